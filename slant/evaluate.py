"""The fixed held-out evaluation (``slant evaluate``).

Held-out sets (never used for training, feature selection, thresholds or early stopping):

- **CT24**: ``checkthat2025_task1_en/dev_test_en.tsv`` (the 2024 official test), binary.
- **CT25**: ``checkthat2025_task1_en/test_en_labeled.tsv`` (the 2025 official test), binary.
- **BABE**: SG2 rows whose ``md5(news_link)`` is 0 mod 5 (``md5(text)`` without a link), "No
  agreement" dropped: three-class (fact / commentary / embedded_opinion) and binary.
- **MPQA-writer**: the 98 documents of ``test_setCoNLL03``, writer-only opinion vs fact, binary.

A sentence's predicted label is the model's arg-max label; binary scores count commentary and
embedded_opinion as opinion (SUBJ). Speed is sentences per CPU-second of ``predict_proba`` on the
whole set in one batch with one thread. TextBlob (subjectivity, threshold tuned on the same
corpus's train + dev rows only) is computed in the same run as a reference when installed.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, f1_score

from .corpora import corpora_root, read_babe, read_checkthat, read_mpqa
from .labels import COMMENTARY, EMBEDDED_OPINION, FACT

LABELS3 = [FACT, COMMENTARY, EMBEDDED_OPINION]
SET_ORDER = ["CT24", "CT25", "BABE", "BABE-binary", "MPQA-writer"]


def held_out_sets(root=None) -> dict[str, pd.DataFrame]:
    """The evaluation sets: name -> frame with ``text`` and ``label``."""
    root = corpora_root(root)
    ct = read_checkthat(root)
    babe = read_babe(root=root)
    mpqa = read_mpqa(root)
    babe_test = babe[(babe["source"] == "babe_sg2") & babe["babe_test"]]
    return {
        "CT24": ct[ct["eval_set"] == "CT24"].reset_index(drop=True),
        "CT25": ct[ct["eval_set"] == "CT25"].reset_index(drop=True),
        "BABE": babe_test.reset_index(drop=True),
        "MPQA-writer": mpqa[mpqa["split"] == "test"].reset_index(drop=True),
    }


def tuning_sets(root=None) -> dict[str, pd.DataFrame]:
    """Train + dev rows of the same corpora (for tuning baselines' thresholds only)."""
    root = corpora_root(root)
    ct = read_checkthat(root)
    babe = read_babe(root=root)
    mpqa = read_mpqa(root)
    ct_fit = ct[ct["split"] != "test"]
    babe_fit = babe[(babe["source"] == "babe_sg2") & (babe["split"] != "test")]
    mpqa_fit = mpqa[mpqa["split"] != "test"]
    return {"CT24": ct_fit, "CT25": ct_fit, "BABE": babe_fit, "MPQA-writer": mpqa_fit}


def _binary_scores(y_true, y_pred_opinion) -> dict:
    y = np.asarray(y_true, dtype=bool)
    p = np.asarray(y_pred_opinion, dtype=bool)
    f1 = f1_score(y, p, average=None, labels=[False, True], zero_division=0)
    return {"macro_f1": float(f1.mean()), "f1_fact": float(f1[0]), "f1_opinion": float(f1[1]),
            "accuracy": float(accuracy_score(y, p))}


def _rows_for(system: str, sets, predict, three_class: bool = True) -> list[dict]:
    rows = []
    for name, frame in sets.items():
        texts = frame["text"].tolist()
        start = time.process_time()
        labels = predict(name, texts)
        seconds = max(time.process_time() - start, 1e-9)
        speed = len(texts) / seconds
        truth_op = (frame["label"] != FACT).to_numpy()
        if labels is None:
            continue
        pred_op = np.asarray(labels) != FACT
        if name == "BABE":
            if not three_class:
                rows.append({"system": system, "set": name, "n": len(texts), "macro_f1": None})
            else:
                f1 = f1_score(frame["label"], labels, labels=LABELS3, average=None,
                              zero_division=0)
                rows.append({"system": system, "set": "BABE", "n": len(texts),
                             "macro_f1": float(f1.mean()), "f1_fact": float(f1[0]),
                             "f1_commentary": float(f1[1]), "f1_embedded_opinion": float(f1[2]),
                             "accuracy": float(accuracy_score(frame["label"], labels)),
                             "sentences_per_s": speed})
            rows.append({"system": system, "set": "BABE-binary", "n": len(texts),
                         **_binary_scores(truth_op, pred_op), "sentences_per_s": speed})
        else:
            rows.append({"system": system, "set": name, "n": len(texts),
                         **_binary_scores(truth_op, pred_op), "sentences_per_s": speed})
    return [r for r in rows if r.get("macro_f1") is not None]


def _textblob_predictor(root):
    try:
        from textblob import TextBlob
    except ImportError:
        return None
    tuning = tuning_sets(root)
    thresholds = {}

    def subjectivity(texts):
        return np.array([TextBlob(t).sentiment.subjectivity for t in texts])

    cache = {}
    for name, frame in tuning.items():
        key = id(frame)
        if key not in cache:
            s = subjectivity(frame["text"].tolist())
            y = (frame["label"] != FACT).to_numpy()
            best = max(np.arange(0.0, 1.0, 0.025),
                       key=lambda t: f1_score(y, s >= t, average="macro"))
            cache[key] = float(best)
        thresholds[name] = cache[key]

    def predict(name, texts):
        return np.where(subjectivity(texts) >= thresholds[name], "opinion", FACT)

    return predict


def evaluate(model_path=None, corpora_root=None, baselines=("textblob",), write=True,
             model=None) -> pd.DataFrame:
    """Score a model (default: the shipped one) on every held-out set; one row per system×set.

    With ``write=True`` the table goes into the model's manifest (``metrics``; the model file
    and its sha256 are untouched) and into ``models/MODEL_CARD.md`` next to the model.
    """
    from threadpoolctl import threadpool_limits

    from .model import load_model, manifest_path_for

    root = globals()["corpora_root"](corpora_root)
    sets = held_out_sets(root)
    if model is None:
        model = load_model(model_path)
    rows = []
    with threadpool_limits(1):
        rows += _rows_for(f"slant {model.version}", sets,
                          lambda name, texts: model.predict(texts))
        if "textblob" in (baselines or ()):
            tb = _textblob_predictor(root)
            if tb is not None:
                rows += _rows_for("TextBlob subjectivity (threshold tuned on train+dev)",
                                  sets, tb, three_class=False)
    df = pd.DataFrame(rows)
    df["order"] = df["set"].map({s: i for i, s in enumerate(SET_ORDER)})
    df = df.sort_values(["system", "order"], key=lambda c: c if c.name == "order" else
                        c.str.startswith("TextBlob")).drop(columns="order")
    df = df.reset_index(drop=True)
    if write and model.path is not None:
        manifest_path = manifest_path_for(Path(model.path))
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        manifest["metrics"] = {
            "protocol": "slant.evaluate: CT24=dev_test_en, CT25=test_en_labeled, "
                        "BABE=SG2 md5(news_link)%5==0, MPQA-writer=test_setCoNLL03",
            "command": "slant evaluate",
            "table": json.loads(df.to_json(orient="records")),
        }
        manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        model.manifest = manifest
        write_model_card(Path(model.path).parent / "MODEL_CARD.md", manifest, df)
    return df


def format_table(df: pd.DataFrame) -> str:
    """A fixed-width text table of :func:`evaluate`'s result."""
    cols = ["system", "set", "n", "macro_f1", "f1_fact", "f1_opinion", "f1_commentary",
            "f1_embedded_opinion", "accuracy", "sentences_per_s"]
    cols = [c for c in cols if c in df.columns]
    out = df[cols].copy()
    for c in cols[3:]:
        if c == "sentences_per_s":
            out[c] = out[c].map(lambda v: "" if pd.isna(v) else f"{v:,.0f}")
        else:
            out[c] = out[c].map(lambda v: "" if pd.isna(v) else f"{v:.3f}")
    return out.to_string(index=False)


def _markdown(df: pd.DataFrame) -> str:
    cols = ["system", "set", "n", "macro_f1", "f1_fact", "f1_opinion", "f1_commentary",
            "f1_embedded_opinion", "accuracy", "sentences_per_s"]
    cols = [c for c in cols if c in df.columns]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for _, r in df.iterrows():
        cells = []
        for c in cols:
            v = r[c]
            if isinstance(v, float):
                cells.append("" if np.isnan(v) else (f"{v:,.0f}" if c == "sentences_per_s"
                                                     else f"{v:.3f}"))
            else:
                cells.append(str(v))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


_CARD_TABLE_START = "<!-- metrics:start -->"
_CARD_TABLE_END = "<!-- metrics:end -->"


def write_model_card(path: Path, manifest: dict, df: pd.DataFrame) -> None:
    """Insert the metrics table into MODEL_CARD.md between the metrics markers (or create it)."""
    table = (f"{_CARD_TABLE_START}\nModel `{manifest.get('model_version')}`, file "
             f"`{manifest.get('file')}` (sha256 `{str(manifest.get('sha256'))[:16]}…`). "
             f"Command: `slant evaluate`.\n\n{_markdown(df)}\n{_CARD_TABLE_END}")
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if _CARD_TABLE_START in text and _CARD_TABLE_END in text:
            head, rest = text.split(_CARD_TABLE_START, 1)
            _, tail = rest.split(_CARD_TABLE_END, 1)
            path.write_text(head + table + tail, encoding="utf-8")
            return
        path.write_text(text.rstrip() + "\n\n## Held-out evaluation\n" + table + "\n",
                        encoding="utf-8")
        return
    training = manifest.get("training", {})
    lic = "\n".join(f"- {k}: {v}" for k, v in manifest.get("licenses", {}).items())
    path.write_text(
        f"# slant default model\n\nTrained by `{training.get('command', 'slant train')}` on "
        f"{', '.join(training.get('corpora', []))} ({training.get('rows')} rows).\n\n"
        f"## Licenses of the training data\n{lic}\n\n## Held-out evaluation\n{table}\n",
        encoding="utf-8")


if __name__ == "__main__":  # python -m slant.evaluate [model]
    import sys

    print(format_table(evaluate(sys.argv[1] if len(sys.argv) > 1 else None)))
