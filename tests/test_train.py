"""Training: estimator contract, skops round trip, held-out rows never reach training,
and a seeded rebuild is reproducible (on a small subsample, to stay fast)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from slant.corpora import corpora_root, norm_text
from slant.features import CueFeatures, OpinionClassifier
from slant.model import load_model, SlantModel
from slant.train import fit, make_estimator, training_frame

FIXTURES = Path(__file__).parent / "fixtures" / "corpora"
REAL = corpora_root()
HAVE_REAL = (REAL / "checkthat2025_task1_en" / "train_en.tsv").exists()

SENTS = [
    ("The council approved the budget on Tuesday.", "fact"),
    ("Officials said 40 people were hurt in the crash.", "fact"),
    ("The company reported revenue of 3 billion dollars.", "fact"),
    ("The meeting was moved to Thursday.", "fact"),
    ("This is a disgrace, and voters deserve far better.", "commentary"),
    ("We should stop pretending this plan works.", "commentary"),
    ("Frankly, I think the mayor is a fool.", "commentary"),
    ("The reckless mayor rammed through another absurd tax.", "embedded_opinion"),
    ("The so-called reform passed after a shameful debate.", "embedded_opinion"),
    ("The senator, notoriously vain, spoke for an hour.", "embedded_opinion"),
    ("What a glorious mess this is.", "opinion"),
    ("Nobody sane would buy this story.", "opinion"),
]


def _tiny():
    texts = [t for t, _ in SENTS] * 3
    labels = np.array([lab for _, lab in SENTS] * 3, dtype=object)
    return texts, labels


def test_cue_features_shape_and_names():
    cues = CueFeatures().fit(["x"])
    out = cues.transform(["I think we should go.", "Prices rose 3% on Monday, he said."])
    assert out.shape == (2, len(cues.get_feature_names_out()))
    names = list(cues.get_feature_names_out())
    dense = out.toarray()
    assert dense[0, names.index("first_person_sg")] > 0
    assert dense[1, names.index("attribution")] > 0 and dense[1, names.index("percent")] > 0


def test_classifier_fit_predict_and_skops_round_trip(tmp_path):
    texts, labels = _tiny()
    est = make_estimator(0, features=dict(word_bits=12, char_bits=12)).fit(texts, labels)
    proba = est.predict_proba(texts)
    assert proba.shape == (len(texts), 3)
    assert np.allclose(proba.sum(axis=1), 1.0)
    assert list(est.classes_) == ["fact", "commentary", "embedded_opinion"]
    path = SlantModel(est).save(tmp_path / "tiny.skops", model_version="test")
    loaded = load_model(path)
    assert np.allclose(loaded.predict_proba(texts), proba)


def test_classifier_rejects_unknown_labels():
    texts, labels = _tiny()
    labels[0] = "boilerplate"
    with pytest.raises(ValueError, match="unknown labels"):
        OpinionClassifier(features=CueFeatures()).fit(texts, labels)


def test_training_frame_never_holds_test_rows():
    frame = training_frame(FIXTURES)
    assert set(frame["split"]) <= {"train", "dev"}
    from slant.evaluate import held_out_sets
    held = set()
    for df in held_out_sets(FIXTURES).values():
        held |= set(df["text"].map(norm_text))
    assert held and not held & set(frame["text"].map(norm_text))
    # every corpus is class-balanced on its own and weights are positive
    assert (frame["weight"] > 0).all()


@pytest.mark.skipif(not HAVE_REAL, reason=f"real corpora not found at {REAL}")
def test_real_training_frame_excludes_every_held_out_text():
    from slant.evaluate import held_out_sets
    frame = training_frame()
    held = set()
    for df in held_out_sets().values():
        held |= set(df["text"].map(norm_text))
    assert len(held) > 3000
    assert not held & set(frame["text"].map(norm_text))


@pytest.mark.skipif(not HAVE_REAL, reason=f"real corpora not found at {REAL}")
def test_seeded_training_is_reproducible():
    frame = training_frame()
    small = (frame.groupby("source", group_keys=False)
             .apply(lambda g: g.sample(n=min(len(g), 150), random_state=0)))
    probe = frame["text"].head(50).tolist()
    small_features = dict(word_bits=14, char_bits=14)
    a = fit(small, seed=0, features=small_features).predict_proba(probe)
    b = fit(small, seed=0, features=small_features).predict_proba(probe)
    assert np.array_equal(a, b)


def test_static_embeddings_pack_into_the_model(tmp_path):
    from slant.features import StaticEmbeddings, tokenize

    texts, labels = _tiny()
    words = sorted({tok for t in texts for tok in tokenize(t)} - {"mayor"})
    rng = np.random.default_rng(0)
    vec_file = tmp_path / "vectors.npz"
    np.savez(vec_file, words=np.array(words),
             vectors=rng.normal(size=(len(words), 8)).astype(np.float16))
    emb = StaticEmbeddings(vectors_file=str(vec_file)).fit(texts)
    out = emb.transform(["The mayor said nothing.", "", "zzzz qqqq"]).toarray()
    assert out.shape == (3, 8)
    assert np.isclose(np.linalg.norm(out[0]), 1.0) and not out[1].any() and not out[2].any()
    est = make_estimator(0, features=dict(word_bits=10, char_bits=10,
                                          vectors_file=str(vec_file))).fit(texts, labels)
    vec_file.unlink()  # the fitted model must not need the file any more
    path = SlantModel(est).save(tmp_path / "emb.skops", model_version="test")
    assert np.allclose(load_model(path).predict_proba(texts), est.predict_proba(texts))
