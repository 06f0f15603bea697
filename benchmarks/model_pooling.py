"""Thirteenth round: does the sentence vector lose what a mean of word vectors averages away?

The student's static sentence vector is a SIF-weighted mean of word vectors. A mean dilutes the
one loaded word of a long sentence ("somewhat absurdly") among twenty plain ones, which is the
kind of embedded opinion the product is for. Concatenated power means (Rücklé et al., 2018)
keep the mean and add the element-wise maximum and minimum over the sentence's words: each
dimension's most extreme word survives, whatever the sentence length. Not tried in rounds 1-12.

Recipe and rule, fixed before the first run (5 Dec, 17:36 UTC):
- Protocol: ``model_transfer.evaluate_features``, unchanged (train splits to dev splits:
  in-distribution mean3 of CheckThat binary / BABE 3-class / MPQA binary, MultiDimNews; and the
  leave-one-corpus-out transfer mean), shipped settings and vectors.
- Variants: the shipped static block is replaced by ``PooledEmbeddings``: the shipped
  L2-normalised SIF mean, then the element-wise max and min of the sentence's word vectors (no
  SIF weights), each L2-normalised and multiplied by ``pool_scale``. V27: pool_scale 1; V28:
  pool_scale 0.5. V10 is the reference.
- Rule: a variant replaces V10 only if its in-distribution mean3 or its transfer mean beats
  V10's by at least 0.01, neither of the two falls below V10's, and MultiDimNews is no more than
  0.01 under V10's. A replacement would be built into ``slant.features`` and checked by
  ``model_cv.py`` (vectors refitted per fold, as V10h) before any held-out figure is read.
- Result (5 Dec, 17:39 UTC): V10 mean3 0.710, transfer mean 0.709, MultiDimNews 0.561; V27
  0.703 / 0.703 / 0.553; V28 0.712 / 0.705 / 0.555. Neither replaces V10: the extremes of the
  word vectors add nothing the n-grams and cues do not already carry.

    python benchmarks/model_pooling.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from threadpoolctl import threadpool_limits

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from slant.features import StaticEmbeddings, _derived  # noqa: E402

VARIANTS = {"V10": None, "V27": 1.0, "V28": 0.5}


class PooledEmbeddings(StaticEmbeddings):
    """The shipped SIF mean, then the max and the min of the sentence's word vectors."""

    def __init__(self, vectors_file: str = "models/minilm-static-words.npz", sif_a: float = 1e-3,
                 scale: float = 1.0, pool_scale: float = 1.0):
        super().__init__(vectors_file=vectors_file, sif_a=sif_a, scale=scale)
        self.pool_scale = pool_scale

    def transform(self, X):
        X = list(X)
        mean = super().transform(X).toarray()
        idx, sent = self._lookup(X)
        keep = idx >= 0
        idx, sent = idx[keep], sent[keep]
        vectors = _derived(self)[0]
        high = np.zeros_like(mean)
        low = np.zeros_like(mean)
        if len(idx):
            rows = vectors[idx]
            # Tokens come sentence by sentence, so each sentence's words are one run.
            starts = np.flatnonzero(np.r_[True, sent[1:] != sent[:-1]])
            present = sent[starts]
            high[present] = np.maximum.reduceat(rows, starts, axis=0)
            low[present] = np.minimum.reduceat(rows, starts, axis=0)
        blocks = [mean]
        for block in (high, low):
            norms = np.linalg.norm(block, axis=1, keepdims=True)
            blocks.append(block / np.maximum(norms, 1e-9) * self.pool_scale)
        return sp.csr_matrix(np.hstack(blocks))


def pooled_features(pool_scale):
    from model_transfer import features_without

    feats = features_without(())
    if pool_scale is None:
        return feats
    static = dict(feats.transformer_list)["static"]
    return feats.set_params(static=PooledEmbeddings(
        vectors_file=static.vectors_file, sif_a=static.sif_a, scale=static.scale,
        pool_scale=pool_scale))


def main() -> None:
    from model_transfer import evaluate_features, judge_against_v10, load_protocol, print_scores

    t0 = time.time()
    base, sets, corpus = load_protocol()
    results = {}
    with threadpool_limits(1):
        for name, pool_scale in VARIANTS.items():
            res = evaluate_features(pooled_features(pool_scale), base, sets, corpus)
            results[name] = res
            print_scores(name, res, t0)
    judge_against_v10(results)


if __name__ == "__main__":
    main()
