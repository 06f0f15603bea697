"""A faster, output-identical ``transform`` for fitted hashed n-gram blocks at prediction time.

The model's text blocks are ``Pipeline(HashingVectorizer(...), TfidfTransformer(...))``. For the
``char_wb`` block scikit-learn derives and hashes about three n-grams per character of every
sentence, the largest single cost of a prediction, yet news reuses a small vocabulary. The
analyzer pads each whitespace-separated word of the (lower-cased) text and takes n-grams inside
it only, so a sentence's counts are the sum of its words' counts: each distinct word's hashed
counts are computed once and kept as a row of a sparse matrix ``H``, a batch's counts are
``W @ H`` with ``W`` the sentence-by-word occurrence counts, and the block's remaining fitted steps
(the TF-IDF) run unchanged. (The ``word`` block was tried the same way, with a cached bucket per
n-gram; it was slower than scikit-learn's, whose hashing loop is compiled, so it is left alone.)

Hashing goes through scikit-learn's own ``FeatureHasher`` (what ``HashingVectorizer`` uses), and a
word's n-grams through the fitted vectorizer's own ``_char_wb_ngrams``, so buckets cannot drift
from scikit-learn's. The counts are small integers (exact in float32) and the matrix is returned in
canonical form (sorted indices, no duplicates), like scikit-learn's, so the TF-IDF step gives the
same floats bit for bit.

Only blocks whose parameters make this exact take the fast path (see :func:`_plan`); anything else
(another analyzer, a custom preprocessor or tokenizer, accent stripping, stop words, signed or
normalised hashing, binary counts, non-``str`` input) returns ``None`` and the caller uses the ordinary ``transform``.
Nothing is stored in the model file: caches live in this process only and are keyed by the
hashing parameters, so two models with the same hashing share them.
"""

from __future__ import annotations

import threading

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction import FeatureHasher
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.pipeline import Pipeline

#: Cache bounds, checked at the start of a call (the cache is cleared when over either): a news
#: vocabulary is a few tens of thousands of words; these keep a process under ~40 MB of cache.
MAX_WORDS = 1 << 17
MAX_CHAR_ENTRIES = 1 << 22

_caches: dict[tuple, object] = {}


def fast_transform(block, X):
    """``block.transform(X)`` computed through the caches, or ``None`` when ``block`` does not
    qualify (the caller then calls ``block.transform(X)`` itself)."""
    plan = _plan(block)
    if plan is None or len(X) == 0 or not all(isinstance(x, str) for x in X):
        return None
    vec, rest = plan
    key = (tuple(vec.ngram_range), int(vec.n_features), vec.lowercase, np.dtype(vec.dtype).str)
    cache = _caches.get(key)
    if cache is None:
        cache = _caches[key] = _CharWbCache(vec)
    Xt = cache.counts(X)
    for step in rest:
        Xt = step.transform(Xt)
    return Xt


def _plan(block):
    """``(vectorizer, later steps)`` when ``block`` is a hashed ``char_wb`` block we reproduce
    exactly. (``char_wb`` ignores ``tokenizer`` and ``stop_words``; a block that sets them is
    unusual enough to be left to scikit-learn all the same.)"""
    if isinstance(block, Pipeline):
        steps = [step for _, step in block.steps if step is not None and step != "passthrough"]
    else:
        steps = [block]
    if not steps or type(steps[0]) is not HashingVectorizer:
        return None
    vec = steps[0]
    try:
        min_n, max_n = vec.ngram_range
        qualifies = (
            vec.input == "content" and vec.analyzer == "char_wb"
            and vec.preprocessor is None and vec.tokenizer is None and not vec.strip_accents
            and vec.stop_words is None and not vec.binary and vec.norm is None
            and not vec.alternate_sign and isinstance(vec.lowercase, bool)
            and isinstance(min_n, int) and isinstance(max_n, int) and 1 <= min_n <= max_n
            and isinstance(vec.n_features, int) and vec.n_features >= 1
            and hasattr(vec, "_char_wb_ngrams"))
    except (AttributeError, TypeError, ValueError):
        return None
    if not qualifies or not all(hasattr(step, "transform") for step in steps[1:]):
        return None
    return vec, steps[1:]


def _hasher(vec) -> FeatureHasher:
    # Exactly the hasher HashingVectorizer.transform builds.
    return FeatureHasher(n_features=vec.n_features, input_type="string", dtype=vec.dtype,
                         alternate_sign=False)


class _CharWbCache:
    """Hashed ``char_wb`` counts per distinct word, as the rows of one growing CSR matrix."""

    def __init__(self, vec):
        self.hasher = _hasher(vec)
        self.ngrams = vec._char_wb_ngrams  # depends only on ngram_range, which is in the key
        self.lowercase = vec.lowercase
        self.dtype = np.dtype(vec.dtype)
        self.n_features = vec.n_features
        # Dask's thread-based local cluster can predict from several threads of one process.
        self.lock = threading.Lock()
        self._clear()

    def _clear(self):
        self.rows: dict[str, int] = {}
        self.indptr = np.zeros(1024, dtype=np.int64)
        self.indices = np.zeros(1 << 16, dtype=np.int32)
        self.data = np.zeros(1 << 16, dtype=self.dtype)
        self.nnz = 0

    def counts(self, X):
        with self.lock:
            try:
                return self._counts(X)
            except BaseException:
                self._clear()  # words may have been given rows that were never filled in
                raise

    def _counts(self, X):
        if len(self.rows) > MAX_WORDS or self.nnz > MAX_CHAR_ENTRIES:
            self._clear()
        rows, lower = self.rows, self.lowercase
        words: list[str] = []
        indptr = [0]
        for doc in X:
            # str.split() splits exactly where sklearn's whitespace-collapse-then-split does
            # (re's \s is str.isspace for str patterns).
            words.extend((doc.lower() if lower else doc).split())
            indptr.append(len(words))
        ids = list(map(rows.get, words))
        if None in ids:  # words not seen before: give them rows
            new = list(dict.fromkeys(w for w, i in zip(words, ids) if i is None))
            rows.update(zip(new, range(len(rows), len(rows) + len(new))))
            self._add(new)
            ids = list(map(rows.get, words))
        n_words = len(rows)
        H = sp.csr_matrix((self.data[:self.nnz], self.indices[:self.nnz],
                           self.indptr[:n_words + 1]), shape=(n_words, self.n_features),
                          copy=False)
        W = sp.csr_matrix((np.ones(len(ids), dtype=self.dtype), np.asarray(ids, dtype=np.int64),
                           np.asarray(indptr, dtype=np.int64)), shape=(len(X), n_words))
        out = W @ H
        out.sum_duplicates()  # sorts the indices: the canonical form sklearn returns
        return out

    def _add(self, words: list[str]):
        M = self.hasher.transform(self.ngrams(w) for w in words)
        n0, n1 = len(self.rows) - len(words), len(self.rows)
        nnz1 = self.nnz + M.nnz
        if nnz1 > len(self.indices):
            size = max(nnz1, 2 * len(self.indices))
            self.indices = np.resize(self.indices, size)
            self.data = np.resize(self.data, size)
        if n1 + 1 > len(self.indptr):
            self.indptr = np.resize(self.indptr, max(n1 + 1, 2 * len(self.indptr)))
        self.indices[self.nnz:nnz1] = M.indices
        self.data[self.nnz:nnz1] = M.data
        self.indptr[n0 + 1:n1 + 1] = self.nnz + M.indptr[1:]
        self.nnz = nnz1
