"""The cached char_wb path gives scikit-learn's matrices exactly, and the model's scores with it."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.pipeline import make_pipeline

import slant.features
from slant import ngram_cache
from slant.ngram_cache import fast_transform

TEXTS = [
    "The council voted 7-2 on Tuesday to approve the bridge.",
    "This is a shameful, cowardly decision -- and everyone knows it!",
    "", " ", "   \t\n  ", "\u00a0", "word\u00a0word\u2003word\u3000end", "a\x1cb\x1fc\x85d",
    "zero\u200bwidth joiner\u200dhere", "x", "ab", "abc", "I", "a b c d e f g",
    "repeat repeat repeat repeat REPEAT Repeat rePEAT",
    "Numbers: 1,234.56 and 7% of 2024's 3rd-quarter GDP (+0.4%).",
    "“Curly quotes,” ‘single’ — em dash – en dash … ellipsis",
    "Ünïcödé naïve café déjà vu Straße İstanbul ΟΔΟΣ ΑΣ. Σ σ ς",
    "中文没有空格的句子。日本語も。 한국어 문장",
    "Emoji 😀😀 flags 🇺🇸 and ZWJ 👩‍👩‍👧 sequences",
    "x" * 3000, ("supercalifragilistic" * 40) + " tail",
    "!!!???...,,,;;;", "@handle #hashtag https://example.com/a?b=c&d=e",
    "\r\nWindows\r\nlines\r\n\r\n",
]

SETTINGS = [
    dict(ngram_range=(3, 5), n_features=2 ** 18, dtype=np.float32),  # the shipped model's
    dict(ngram_range=(2, 5), n_features=2 ** 10, dtype=np.float32),  # many hash collisions
    dict(ngram_range=(1, 1), n_features=2 ** 12, dtype=np.float64, lowercase=False),
    dict(ngram_range=(1, 3), n_features=97, dtype=np.float64),
    dict(ngram_range=(4, 7), n_features=2 ** 16, dtype=np.float32, lowercase=False),
]


def _block(tfidf=True, **params):
    vec = HashingVectorizer(analyzer="char_wb", alternate_sign=False, norm=None, **params)
    block = make_pipeline(vec, TfidfTransformer(sublinear_tf=True)) if tfidf else vec
    return block.fit(TEXTS[:3] + TEXTS[12:])


def _assert_same(block, texts):
    expected = block.transform(texts)
    got = fast_transform(block, texts)
    assert got is not None
    assert got.shape == expected.shape
    assert got.dtype == expected.dtype
    np.testing.assert_array_equal(got.indptr, expected.indptr)
    np.testing.assert_array_equal(got.indices, expected.indices)
    np.testing.assert_array_equal(got.data, expected.data)  # bit for bit, not approximately


@pytest.mark.parametrize("params", SETTINGS)
@pytest.mark.parametrize("tfidf", [True, False])
def test_fast_path_equals_sklearn(params, tfidf):
    block = _block(tfidf, **params)
    _assert_same(block, TEXTS)  # cold cache
    _assert_same(block, TEXTS[::-1])  # warm cache, other order
    _assert_same(block, ["only new words here zzqv", "and repeat repeat"])
    _assert_same(block, ["   "])  # no words at all


def test_fast_path_survives_cache_clearing(monkeypatch):
    block = _block(**SETTINGS[0])
    monkeypatch.setattr(ngram_cache, "MAX_WORDS", 5)
    for i in range(4):
        _assert_same(block, TEXTS[i::2])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=80),
                min_size=1, max_size=6))
def test_fast_path_equals_sklearn_on_random_text(texts):
    _assert_same(_block(**SETTINGS[1]), texts)


@pytest.mark.filterwarnings("ignore:The parameter 'stop_words' will not be used")
@pytest.mark.parametrize("params", [
    dict(analyzer="word"), dict(analyzer="char"), dict(analyzer="char_wb", alternate_sign=True),
    dict(analyzer="char_wb", norm="l2"), dict(analyzer="char_wb", binary=True),
    dict(analyzer="char_wb", strip_accents="unicode"),
    dict(analyzer="char_wb", preprocessor=str.upper),
    dict(analyzer="char_wb", stop_words=["the"]),
])
def test_other_blocks_fall_back(params):
    params = {"alternate_sign": False, "norm": None, **params}
    block = make_pipeline(HashingVectorizer(**params), TfidfTransformer()).fit(TEXTS[:3])
    assert fast_transform(block, TEXTS[:3]) is None
    assert fast_transform(TfidfTransformer(), TEXTS[:3]) is None


def test_non_text_input_falls_back():
    block = _block(**SETTINGS[0])
    assert fast_transform(block, [b"bytes are decoded by sklearn"]) is None
    assert fast_transform(block, []) is None


def test_shipped_model_uses_fast_path_and_scores_are_unchanged(model, monkeypatch):
    estimator = model.estimator
    blocks = dict(estimator.features_.transformer_list)
    assert ngram_cache._plan(blocks["char"]) is not None  # the fast path is really taken
    sentences = [t for t in TEXTS if t.strip()] + [
        "The senator said the plan was a disaster.", "Officials confirmed 12 deaths on Monday.",
        "Frankly, this is the worst idea the city has ever had."] * 3
    fast = estimator.predict_proba(sentences)
    monkeypatch.setattr(slant.features, "fast_transform", lambda block, X: None)
    slow = estimator.predict_proba(sentences)
    np.testing.assert_array_equal(fast, slow)
