"""Speed-ups give exactly what the plain first versions gave: cue features, static-vector lookup,
the per-text memo of marker reading."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from slant import features
from slant.features import CueFeatures, tokenize

TEXTS = [
    "", " ", "I think we should, of course, act now!", "According to officials, 12% died.",
    "The BEST, greatest, fairest and most honest of them all?", "Per cent per cent PER CENT",
    "“Scare” ‘quotes’ and 'straight' ones: (parens) — dashes – too;",
    "Need to have to has to no doubt in fact", "don't can't won't isn't i'm we're you'll",
    "Ünïcödé naïve café ΟΔΟΣ 中文 😀 \x00 nul", "x" * 3000, "repeat " * 50,
]


def _reference_cues(X, scale):
    """CueFeatures.transform as first written (one NumPy cell update per hit)."""
    n_cues = len(features._CUE_NAMES)
    rows = np.zeros((len(X), n_cues + 3))
    sup = features._CUE_INDEX["superlative"]
    for i, text in enumerate(X):
        text = str(text)
        row = rows[i]
        tokens = features._TOKEN.findall(text)
        caps, prev, letters = 0, "", 0
        for tok in tokens:
            low = tok.lower()
            for j in features._WORD_TO_CUES.get(low, ()):
                row[j] += 1
            if prev:
                j = features._BIGRAM_TO_CUE.get(prev + " " + low)
                if j is not None:
                    row[j] += 1
            if len(low) > 4 and features._SUPERLATIVE.search(low):
                row[sup] += 1
            if tok[0].isupper():
                caps += 1
            letters += len(tok)
            prev = low
        for ch in text:
            j = features._CHAR_TO_CUE.get(ch)
            if j is not None:
                row[j] += 1
        n = max(len(tokens), 1)
        row[n_cues] = len(tokens)
        row[n_cues + 1] = caps / n
        row[n_cues + 2] = letters / n / 10.0
    rows[:, : n_cues + 1] = np.log1p(rows[:, : n_cues + 1])
    return rows * scale


def test_cues_equal_reference():
    cues = CueFeatures(scale=0.5).fit(["x"])
    for texts in (TEXTS, TEXTS[::-1], TEXTS[:1]):
        np.testing.assert_array_equal(cues.transform(texts).toarray(),
                                      _reference_cues(texts, 0.5))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=60)
                | st.lists(st.sampled_from(["I", "we", "said", "per", "cent", "best", "most",
                                            "of", "course", "?", "%", "“", "'", " ", "Need",
                                            "to", "5"]), max_size=20).map(" ".join),
                min_size=1, max_size=5))
def test_cues_equal_reference_on_random_text(texts):
    np.testing.assert_array_equal(CueFeatures().fit(["x"]).transform(texts).toarray(),
                                  _reference_cues(texts, 1.0))


def _reference_lookup(emb, X):
    toks, sent = [], []
    for i, text in enumerate(X):
        t = tokenize(text)
        toks.extend(t)
        sent.extend([i] * len(t))
    arr = np.array(toks)
    pos = np.minimum(np.searchsorted(emb.words_, arr), len(emb.words_) - 1)
    return np.where(emb.words_[pos] == arr, pos, -1), np.asarray(sent, dtype=np.int64)


def test_static_lookup_equals_searchsorted(model):
    blocks = dict(model.estimator.features_.transformer_list)
    emb = blocks.get("static")
    if emb is None:
        pytest.skip("the shipped model has no static word vectors")
    texts = TEXTS[2:] + ["the of and to", "zzzzqqq unknownword", "!!! ... ,,,", "\x00"]
    idx, sent = emb._lookup(texts)
    ref_idx, ref_sent = _reference_lookup(emb, texts)
    np.testing.assert_array_equal(idx, ref_idx)
    np.testing.assert_array_equal(sent, ref_sent)
    assert (idx >= 0).any() and (idx < 0).any()
    before = emb.transform(texts).toarray()
    features._DERIVED.clear()  # the derived tables are rebuilt the same
    np.testing.assert_array_equal(emb.transform(texts).toarray(), before)


def test_prediction_adds_no_state_to_the_model(model):
    """Caches live outside the estimator, so a model saved after predicting is unchanged."""
    import pickle

    model.predict_proba(["warm up"])  # sklearn's word analyzer notes its stop-word check once
    before = pickle.dumps(model.estimator)
    model.predict_proba(TEXTS)
    assert pickle.dumps(model.estimator) == before


def test_marker_memo_gives_fresh_results_equal_to_unmemoised():
    from pathlib import Path

    from slant import markers
    from slant.segment import split_paragraphs, split_sentences

    examples = Path(__file__).resolve().parent.parent / "data" / "examples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))]
    texts.append('He said: "We will win." “Wonderful,” she wrote. Is it \'really\' over?')
    for text in texts + texts[:2]:  # the same text again, after others: the memo moves on
        for ps, pe in split_paragraphs(text):
            spans = split_sentences(text, ps, pe)
            flags = markers.attribution_flags(text, spans)
            for s, e in spans:
                quotes = markers.quotations(text, s, e)
                assert quotes == markers.quotations.__wrapped__(text, s, e)
                assert quotes is not markers.quotations(text, s, e)  # callers get their own list
                assert (markers.is_attributed(text, s, e)
                        == markers.is_attributed.__wrapped__(text, s, e))
            assert flags == markers.attribution_flags(text, spans)
    assert markers.quotations(texts[-1]) == markers.quotations.__wrapped__(texts[-1])


def _example_lines() -> list[str]:
    from pathlib import Path

    examples = Path(__file__).resolve().parent.parent / "data" / "examples"
    lines = {line.strip() for p in sorted(examples.glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines()}
    return sorted(line for line in lines if line and len(line.split()) <= 40)


def test_widget_keyword_shapes_never_match_without_their_keyword():
    """`_widget_match` tries a keyword shape only when the lowered line holds one of its keywords:
    on every line of the example pages, a shape that would match holds one (so skipping it
    elsewhere changes no answer)."""
    from slant import line_shapes

    shapes = line_shapes._KEYWORD_SHAPES
    matched = 0
    for line in _example_lines():
        low = line.lower()
        for keywords, test in shapes:
            if test(line, low):
                matched += 1
                if not any(k in low for k in keywords):
                    pytest.fail(f"shape {keywords} matches {line!r} without its keyword")
    assert matched > 500  # the pages hold many such widgets: the check above is not idle


_KEYWORD_PIECES = sorted({k for keywords, _ in __import__("slant.line_shapes").line_shapes._KEYWORD_SHAPES
                          for k in keywords})


@given(st.lists(st.sampled_from(_KEYWORD_PIECES + [" ", "x", "s", "İ", "ı", "😀", "no", "b"]), max_size=12))
@settings(max_examples=300, deadline=None)
def test_keyword_automaton_finds_every_keyword_in_the_line(pieces):
    """The automaton finds each keyword wherever `in` would, overlapping and repeated ones too."""
    from slant import line_shapes

    text = "".join(pieces)
    found = {i for _, indexes in line_shapes._KEYWORD_AUTOMATON.iter(text) for i in indexes}
    expected = {i for i, (keywords, _) in enumerate(line_shapes._KEYWORD_SHAPES)
                if any(k in text for k in keywords)}
    assert found == expected
