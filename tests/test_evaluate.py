"""Evaluation protocol: held-out sets, table, manifest/model-card writing on fixtures; and a
skip-if-absent check that the shipped model's manifest matches a fresh evaluation."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from slant.corpora import corpora_root
from slant.evaluate import evaluate, format_table, held_out_sets
from slant.model import SlantModel, load_model
from slant.train import fit, training_frame

FIXTURES = Path(__file__).parent / "fixtures" / "corpora"
REPO = Path(__file__).resolve().parent.parent
REAL = corpora_root()
HAVE_REAL = (REAL / "checkthat2025_task1_en" / "train_en.tsv").exists()


def test_held_out_sets_fixture():
    sets = held_out_sets(FIXTURES)
    assert set(sets) == {"CT24", "CT25", "BABE", "MPQA-writer"}
    assert list(sets["CT24"]["text"]) == ["Rain is forecast for the weekend.",
                                          "What a glorious mess this plan is."]
    assert len(sets["CT25"]) == 2
    assert (sets["BABE"]["source"] == "babe_sg2").all() and sets["BABE"]["babe_test"].all()
    assert set(sets["MPQA-writer"]["doc"]) == {"day1/doc-b"}


def test_evaluate_writes_manifest_and_card(tmp_path):
    frame = training_frame(FIXTURES)
    est = fit(frame, seed=0, features=dict(word_bits=10, char_bits=10))
    path = SlantModel(est).save(tmp_path / "m.skops", model_version="fixture", metrics={})
    model = load_model(path)
    df = evaluate(model=model, corpora_root=FIXTURES, baselines=(), write=True)
    assert list(df["set"]) == ["CT24", "CT25", "BABE", "BABE-binary", "MPQA-writer"]
    assert df["macro_f1"].between(0, 1).all() and (df["sentences_per_s"] > 0).all()
    manifest = json.loads((tmp_path / "m.manifest.json").read_text())
    assert [r["set"] for r in manifest["metrics"]["table"]] == list(df["set"])
    import slant.model

    slant.model._cache.clear()
    assert load_model(path).manifest["metrics"]  # sha256 still valid after the rewrite
    card = (tmp_path / "MODEL_CARD.md").read_text()
    assert "CT24" in card and "<!-- metrics:start -->" in card
    evaluate(model=model, corpora_root=FIXTURES, baselines=(), write=True)
    assert (tmp_path / "MODEL_CARD.md").read_text().count("<!-- metrics:start -->") == 1
    text = format_table(df)
    assert "MPQA-writer" in text and "macro_f1" in text


@pytest.mark.skipif(not HAVE_REAL, reason=f"real corpora not found at {REAL}")
def test_shipped_model_matches_its_manifest():
    path = REPO / "models" / "slant-default.skops"
    model = load_model(path)
    recorded = {r["set"]: r for r in model.manifest.get("metrics", {}).get("table", [])
                if r["system"].startswith("slant")}
    if not recorded:
        pytest.skip("shipped model has no recorded metrics yet")
    df = evaluate(model=model, baselines=(), write=False)
    for r in df.itertuples():
        assert np.isclose(r.macro_f1, recorded[r.set]["macro_f1"], atol=1e-9), r.set
