"""scikit-learn transformers and the sentence estimator slant's model is built from.

Everything here follows the scikit-learn contract (parameters only in ``__init__``, fitted state
in attributes ending in ``_``) and holds only plain Python / NumPy / SciPy / scikit-learn objects,
so a fitted model round-trips through skops and loads under slant's trust check (types whose
module starts with ``slant.``).
"""

from __future__ import annotations

import re
import threading
import weakref
from itertools import chain, repeat

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin, clone
from sklearn.linear_model import LogisticRegression

from .ngram_cache import fast_transform

FACT, COMMENTARY, EMBEDDED, OPINION = "fact", "commentary", "embedded_opinion", "opinion"

# --------------------------------------------------------------------------------------------
# Hand-built cues
# --------------------------------------------------------------------------------------------

def _words(text: str) -> frozenset:
    return frozenset(text.split())


#: Word cues: name -> single words (lowercase). Two-word cues are in ``_BIGRAM_CUES``.
_WORD_CUES = {
    "first_person_sg": _words("i me my mine myself i'm i've i'd i'll"),
    "first_person_pl": _words("we us our ours ourselves we're we've we'd we'll let's"),
    "second_person": _words("you your yours yourself yourselves you're you've you'd you'll"),
    "modal_obligation": _words("should shouldn't must mustn't ought needs"),
    "modal_possibility": _words("may might could would can't cannot couldn't wouldn't"),
    "hedge": _words("perhaps maybe probably possibly likely unlikely seem seems seemed "
                    "apparently arguably presumably supposedly somewhat rather fairly suggest "
                    "suggests think believe guess suppose"),
    "intensifier": _words("very extremely absolutely utterly truly really totally completely "
                          "incredibly remarkably deeply highly so too such quite simply just "
                          "even ever never always nothing everything anyone everyone"),
    "evaluative": _words("good bad great terrible awful wonderful best worst better worse "
                         "important absurd ridiculous shameful disgrace disgraceful outrage "
                         "outrageous stupid idiotic brilliant excellent horrible dangerous wrong "
                         "right fair unfair beautiful ugly sad happy crazy insane pathetic "
                         "disaster disastrous failure success successful problem problems hope "
                         "fear love hate"),
    "attribution": _words("said says say told tells according added stated announced reported "
                          "claimed claims argued argues explained noted wrote writes asked "
                          "insisted warned acknowledged confirmed denied spokesman spokeswoman "
                          "spokesperson statement tweeted posted"),
    "negation": _words("not no never n't nobody none nor neither don't doesn't didn't isn't "
                       "aren't wasn't weren't won't"),
    "contrast": _words("but however yet although though despite instead nevertheless whereas "
                       "while"),
    "rhetorical": _words("indeed clearly obviously surely certainly frankly honestly "
                         "undoubtedly needless"),
    "date": _words("monday tuesday wednesday thursday friday saturday sunday january february "
                   "march april june july august september october november december"),
}
_BIGRAM_CUES = {
    "modal_obligation": {"need to", "have to", "has to"},
    "attribution": {"according to"},
    "rhetorical": {"of course", "in fact", "no doubt"},
    "percent": {"per cent"},
}
_CHAR_CUES = {
    "number": "0123456789",
    "percent": "%",
    "double_quote": "\"\u201c\u201d",
    "single_quote": "\u2018\u2019'",
    "question": "?",
    "exclamation": "!",
    "colon_dash": ":;\u2014\u2013",
    "parenthesis": "()",
}
_CUE_NAMES = tuple(dict.fromkeys(
    list(_WORD_CUES) + list(_BIGRAM_CUES) + list(_CHAR_CUES) + ["superlative"]))
_CUE_INDEX = {name: i for i, name in enumerate(_CUE_NAMES)}
_WORD_TO_CUES: dict[str, tuple[int, ...]] = {}
for _name, _ws in _WORD_CUES.items():
    for _w in _ws:
        _WORD_TO_CUES[_w] = _WORD_TO_CUES.get(_w, ()) + (_CUE_INDEX[_name],)
_BIGRAM_TO_CUE = {bg: _CUE_INDEX[n] for n, bgs in _BIGRAM_CUES.items() for bg in bgs}
_CHAR_TO_CUE = {ch: _CUE_INDEX[n] for n, chars in _CHAR_CUES.items() for ch in chars}
_TOKEN = re.compile(r"[\w']+")
_SUPERLATIVE = re.compile(r"(?:est|most|least)$")


class CueFeatures(TransformerMixin, BaseEstimator):
    """Counts of hand-built opinion and attribution cues, plus length and shape, per sentence.

    Cues: first/second person, modality, hedges, intensifiers, evaluative words, attribution
    verbs, negation, contrast, rhetorical adverbs, dates, numbers, percentages, quotes, question
    and exclamation marks, dashes, parentheses, superlatives. Counts are ``log1p``-scaled and
    multiplied by ``scale``; the output is a small sparse matrix (``len(names_)`` columns).
    """

    def __init__(self, scale: float = 1.0):
        self.scale = scale

    def fit(self, X, y=None):
        self.names_ = np.array(_CUE_NAMES + ("n_words", "cap_ratio", "avg_word_len"),
                               dtype=object)
        return self

    def get_feature_names_out(self, input_features=None):
        return np.asarray(self.names_, dtype=object)

    def transform(self, X):
        # The whole batch at once: tokens become ids in a vocabulary of per-token facts (cue
        # columns, capitalised, length), and counts are summed by bincount. Counts and sums are
        # integers, so the numbers are the ones a cell-by-cell loop gives.
        with _CUE_LOCK:  # the shared vocabulary grows in place
            return self._transform(X)

    def _transform(self, X):
        n_cues = len(_CUE_NAMES)
        width = n_cues + 3
        texts = [str(text) for text in X]
        n = len(texts)
        rows = np.zeros((n, width))
        toks = [_TOKEN.findall(text) for text in texts]
        lengths = np.fromiter(map(len, toks), dtype=np.int64, count=n)
        flat = list(chain.from_iterable(toks))
        vocab = _CUE_VOCAB
        if len(vocab.ids) > _CUE_VOCAB_LIMIT:
            vocab.clear()
        ids = list(map(vocab.ids.get, flat))
        if None in ids:
            vocab.add(dict.fromkeys(t for t, i in zip(flat, ids) if i is None))
            ids = list(map(vocab.ids.get, flat))
        ids = np.asarray(ids, dtype=np.int64)
        sent = np.repeat(np.arange(n, dtype=np.int64), lengths)
        base = sent * width
        hits = []
        # Word cues (and superlatives): the few tokens that carry any.
        for p in np.flatnonzero(vocab.has_cue[ids]).tolist():
            b = int(base[p])
            hits.extend(b + j for j in vocab.cues[ids[p]])
        # Two-word cues: a token after a possible first word in the same sentence.
        if len(ids) > 1:
            pairs = np.flatnonzero(vocab.bigram_first[ids[:-1]] & (sent[1:] == sent[:-1]))
            low = vocab.low
            for p in pairs.tolist():
                j = _BIGRAM_TO_CUE.get(low[ids[p]] + " " + low[ids[p + 1]])
                if j is not None:
                    hits.append(int(base[p]) + j)
        # Cue characters.
        for i, text in enumerate(texts):
            found = _CUE_CHAR.findall(text)
            if found:
                b = i * width
                hits.extend(b + _CHAR_TO_CUE[ch] for ch in found)
        if hits:
            rows += np.bincount(hits, minlength=rows.size).reshape(rows.shape)
        caps = np.bincount(sent, weights=vocab.cap[ids], minlength=n)
        letters = np.bincount(sent, weights=vocab.length[ids], minlength=n)
        per = np.maximum(lengths, 1)
        rows[:, n_cues] = lengths
        rows[:, n_cues + 1] = caps / per
        rows[:, n_cues + 2] = letters / per / 10.0
        rows[:, : n_cues + 1] = np.log1p(rows[:, : n_cues + 1])
        return sp.csr_matrix(rows * self.scale)


class _CueVocab:
    """Per-token facts for :class:`CueFeatures`, by token id. News reuses a small vocabulary;
    cleared when it outgrows ``_CUE_VOCAB_LIMIT``."""

    def __init__(self):
        self.clear()

    def clear(self):
        self.ids: dict[str, int] = {}
        self.low: list[str] = []
        self.cues: list[tuple[int, ...]] = []
        self.has_cue = np.zeros(0, dtype=bool)
        self.bigram_first = np.zeros(0, dtype=bool)
        self.cap = np.zeros(0)
        self.length = np.zeros(0)

    def add(self, tokens):
        facts = [_token_cues(tok) for tok in tokens]
        self.ids.update(zip(tokens, range(len(self.ids), len(self.ids) + len(facts))))
        self.low.extend(f[0] for f in facts)
        self.cues.extend(f[1] for f in facts)
        self.has_cue = np.concatenate([self.has_cue, [bool(f[1]) for f in facts]])
        self.bigram_first = np.concatenate([self.bigram_first,
                                            [f[0] in _BIGRAM_FIRST for f in facts]])
        self.cap = np.concatenate([self.cap, [float(f[2]) for f in facts]])
        self.length = np.concatenate([self.length, [float(len(t)) for t in tokens]])


_CUE_VOCAB = _CueVocab()
_CUE_LOCK = threading.Lock()
_CUE_VOCAB_LIMIT = 200_000
_BIGRAM_FIRST = frozenset(bg.split()[0] for bg in _BIGRAM_TO_CUE)
_CUE_CHAR = re.compile("[" + re.escape("".join(_CHAR_TO_CUE)) + "]")


def _token_cues(tok: str) -> tuple[str, tuple[int, ...], bool]:
    low = tok.lower()
    cues = _WORD_TO_CUES.get(low, ())
    if len(low) > 4 and _SUPERLATIVE.search(low):
        cues += (_CUE_INDEX["superlative"],)
    return low, cues, tok[0].isupper()


# --------------------------------------------------------------------------------------------
# The sentence classifier: opinion head + kind head
# --------------------------------------------------------------------------------------------

class OpinionClassifier(ClassifierMixin, BaseEstimator):
    """Two logistic-regression heads over one shared feature transformer.

    ``fit(X, y, sample_weight, kind_mask)`` takes labels ``fact``, ``commentary``,
    ``embedded_opinion`` and ``opinion`` (opinion whose kind the corpus does not say).

    - The *opinion head* learns opinion vs fact from every row (binary logistic regression).
    - The *kind head* learns fact / commentary / embedded_opinion (multinomial) from the rows in
      ``kind_mask`` (default: every row not labelled ``opinion``); in practice the corpus that
      makes the three-way distinction (BABE).

    Scores: ``z = (1 - mix) * opinion_logit + mix * kind_opinion_logit + opinion_bias``,
    ``p = sigmoid(z)``, ``q = P_kind(commentary) / (P_kind(commentary) + P_kind(embedded))``;
    ``P(fact) = 1 - p`` and ``p`` is split between commentary and embedded_opinion by ``q``
    sharpened to the power ``kind_sharpness`` (so the arg-max label is ``fact`` when ``p < 0.5``,
    and also up to ``p = 2/3`` when the kind head cannot tell commentary from embedded opinion).
    Deciding opinion by ``p >= 0.5`` alone instead was compared by grouped CV on train+dev
    (``benchmarks/model_cv.py``, variant V7): mean macro-F1 0.700 against 0.701, so the arg-max
    stays.
    """

    def __init__(self, features=None, C: float = 1.0, kind_C: float = 1.0, mix: float = 0.0,
                 opinion_bias: float = 0.0, kind_sharpness: float = 3.0,
                 kind_class_weight="balanced", max_iter: int = 3000, random_state: int = 0):
        self.features = features
        self.C = C
        self.kind_C = kind_C
        self.mix = mix
        self.opinion_bias = opinion_bias
        self.kind_sharpness = kind_sharpness
        self.kind_class_weight = kind_class_weight
        self.max_iter = max_iter
        self.random_state = random_state

    def fit(self, X, y, sample_weight=None, kind_mask=None):
        X = list(X)
        y = np.asarray(y, dtype=object)
        w = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, float)
        bad = set(y) - {FACT, COMMENTARY, EMBEDDED, OPINION}
        if bad:
            raise ValueError(f"unknown labels {sorted(bad)}")
        kind = (y != OPINION) if kind_mask is None else np.asarray(kind_mask, bool)
        if set(y[kind]) != {FACT, COMMENTARY, EMBEDDED}:
            raise ValueError("the kind head needs fact, commentary and embedded_opinion rows")
        self.features_ = clone(self.features).fit(X, y)
        Z = self.features_.transform(X)
        self.opinion_head_ = LogisticRegression(
            C=self.C, max_iter=self.max_iter, random_state=self.random_state).fit(
                Z, (y != FACT).astype(int), sample_weight=w)
        self.kind_head_ = LogisticRegression(
            C=self.kind_C, class_weight=self.kind_class_weight, max_iter=self.max_iter,
            random_state=self.random_state).fit(Z[kind], y[kind].astype(str))
        order = list(self.kind_head_.classes_)
        self.kind_columns_ = np.array([order.index(c) for c in (FACT, COMMENTARY, EMBEDDED)])
        self.classes_ = np.array([FACT, COMMENTARY, EMBEDDED], dtype=object)
        return self

    def _scores(self, X):
        """Opinion-head logits and kind-head class scores, block by block.

        Same numbers as transforming with the feature union and calling the heads, without
        building the stacked matrix (a sixth of the prediction time on long sentences). Hashed
        n-gram blocks go through :mod:`slant.ngram_cache` (same matrix, from cached words).
        """
        X = list(X)
        union = self.features_
        g_coef, k_coef = self.opinion_head_.coef_, self.kind_head_.coef_
        general = np.full(len(X), float(self.opinion_head_.intercept_[0]))
        kind = np.tile(self.kind_head_.intercept_, (len(X), 1))
        blocks = getattr(union, "transformer_list", None)
        if blocks is None or getattr(union, "transformer_weights", None):
            Z = union.transform(X)
            return general + Z @ g_coef[0], kind + Z @ k_coef.T
        offset = 0
        for _, transformer in blocks:
            if transformer == "drop":
                continue
            B = fast_transform(transformer, X)
            if B is None:
                B = transformer.transform(X)
            width = B.shape[1]
            general += B @ g_coef[0, offset:offset + width]
            kind += B @ k_coef[:, offset:offset + width].T
            offset += width
        return general, np.asarray(kind)

    def _parts(self, X):
        general, kind = self._scores(X)
        kind = kind - kind.max(axis=1, keepdims=True)
        pk = np.exp(kind)
        pk = (pk / pk.sum(axis=1, keepdims=True))[:, self.kind_columns_]
        eps = 1e-9
        kind_logit = np.log(pk[:, 1] + pk[:, 2] + eps) - np.log(pk[:, 0] + eps)
        z = (1.0 - self.mix) * general + self.mix * kind_logit + self.opinion_bias
        p = 1.0 / (1.0 + np.exp(-z))
        ratio = (pk[:, 1] + eps) / (pk[:, 2] + eps)
        q = 1.0 / (1.0 + ratio ** (-float(self.kind_sharpness)))
        return p, q

    def predict_proba(self, X):
        p, q = self._parts(X)
        return np.column_stack([1.0 - p, p * q, p * (1.0 - q)])

    def predict(self, X):
        return self.classes_[self.predict_proba(X).argmax(axis=1)]


# --------------------------------------------------------------------------------------------
# Static word vectors (distilled offline from all-MiniLM-L6-v2; see benchmarks/)
# --------------------------------------------------------------------------------------------

_VEC_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")


def tokenize(text: str) -> list[str]:
    """Lower-cased word and punctuation tokens, the unit of the static vectors."""
    return _VEC_TOKEN.findall(str(text).lower())


class StaticEmbeddings(TransformerMixin, BaseEstimator):
    """Sentence vector = SIF-weighted mean of static word vectors, L2-normalised, times ``scale``.

    ``fit`` reads ``vectors_file`` (an ``.npz`` with a sorted unicode array ``words`` and a
    float16 matrix ``vectors``, written by ``benchmarks/model_distill_vectors.py``) and keeps
    both as fitted state, so the fitted transformer is self-contained: it needs no file, no
    torch and no network at prediction time. Word weights are ``a / (a + p(w))`` with ``p``
    the word's relative frequency in the training texts.
    """

    def __init__(self, vectors_file: str = "models/minilm-static-words.npz", sif_a: float = 1e-3,
                 scale: float = 1.0):
        self.vectors_file = vectors_file
        self.sif_a = sif_a
        self.scale = scale

    def fit(self, X, y=None):
        from pathlib import Path

        path = Path(self.vectors_file)
        if not path.is_absolute() and not path.exists():
            path = Path(__file__).resolve().parent.parent / path
        with np.load(path, allow_pickle=False) as data:
            self.words_ = np.asarray(data["words"])
            self.vectors_ = np.asarray(data["vectors"], dtype=np.float16)
        counts = np.zeros(len(self.words_))
        idx, _ = self._lookup(X)
        np.add.at(counts, idx[idx >= 0], 1.0)
        p = counts / max(counts.sum(), 1.0)
        self.weights_ = (self.sif_a / (self.sif_a + p)).astype(np.float32)
        return self

    def _lookup(self, X):
        toks, sent = [], []
        for i, text in enumerate(X):
            t = tokenize(text)
            toks.extend(t)
            sent.extend([i] * len(t))
        if not toks:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        index = _derived(self)[1]
        if index is not None:
            pos = np.fromiter(map(index.get, toks, repeat(-1, len(toks))), dtype=np.int64,
                              count=len(toks))
            return pos, np.asarray(sent, dtype=np.int64)
        arr = np.array(toks)
        pos = np.searchsorted(self.words_, arr)
        pos = np.minimum(pos, len(self.words_) - 1)
        found = self.words_[pos] == arr
        return np.where(found, pos, -1), np.asarray(sent, dtype=np.int64)

    def transform(self, X):
        X = list(X)
        idx, sent = self._lookup(X)
        keep = idx >= 0
        idx, sent = idx[keep], sent[keep]
        S = sp.csr_matrix((self.weights_[idx], (sent, idx)),
                          shape=(len(X), len(self.words_)), dtype=np.float32)
        out = np.asarray(S @ _derived(self)[0])
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        out = out / np.maximum(norms, 1e-9) * self.scale
        return sp.csr_matrix(out)


# Derived lookup tables of fitted StaticEmbeddings, kept outside the estimator so they never
# reach a saved model file: (the fitted arrays they come from, float32 vectors, word -> row).
_DERIVED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _derived(emb: StaticEmbeddings):
    entry = _DERIVED.get(emb)
    if entry is None or entry[0] is not emb.words_ or entry[1] is not emb.vectors_:
        words = emb.words_
        # A dict finds exactly what searchsorted + equality finds when the words are sorted,
        # distinct and non-empty (numpy drops trailing NULs, so only "" could differ).
        ok = len(words) > 0 and bool((words[1:] > words[:-1]).all()) and words[0] != ""
        index = {w: i for i, w in enumerate(words.tolist())} if ok else None
        entry = (words, emb.vectors_, emb.vectors_.astype(np.float32), index)
        _DERIVED[emb] = entry
    return entry[2], entry[3]
