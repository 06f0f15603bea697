"""Corpus readers: small hand-written fixtures in each corpus's format, plus a skip-if-absent
check of the real corpora against the counts in their SOURCE.md files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from slant.corpora import (COLUMNS, CorpusError, babe_is_test, corpora_root, editorial_texts,
                           find_word_spans, norm_text, read_babe, read_checkthat, read_mpqa,
                           read_webis_editorials)

FIXTURES = Path(__file__).parent / "fixtures" / "corpora"
REAL = corpora_root()
HAVE_REAL = (REAL / "checkthat2025_task1_en" / "train_en.tsv").exists()
needs_real = pytest.mark.skipif(not HAVE_REAL, reason=f"real corpora not found at {REAL} "
                                "(set $SLANT_CORPORA)")


def _check_frame(df):
    assert tuple(df.columns[: len(COLUMNS)]) == COLUMNS
    assert set(df["split"]) <= {"train", "dev", "test"}
    for text, spans in zip(df["text"], df["markers"]):
        assert text == text.strip() and "\n" not in text
        for start, end in spans:
            assert 0 <= start < end <= len(text)
    assert (df["opinion"] == (df["label"] != "fact")).all()


# -- CheckThat ---------------------------------------------------------------------------------

def test_checkthat_fixture():
    df = read_checkthat(FIXTURES)
    _check_frame(df)
    assert len(df) == 9
    assert set(df["label"]) == {"fact", "opinion"}
    assert df.groupby("file")["split"].first().to_dict() == {
        "train_en.tsv": "train", "dev_en.tsv": "dev", "dev_test_en.tsv": "test",
        "test_en_labeled.tsv": "test"}
    # CSV-style quoting: doubled quotes inside, outer quotes removed
    assert '"We will appeal," the mayor said.' in set(df["text"])
    assert 'She called it "a triumph", and she is right.' in set(df["text"])
    # test_en_labeled has a different column order
    ct25 = df[df["eval_set"] == "CT25"]
    assert list(ct25["group"]) == ["y1", "y2"] and list(ct25["label"]) == ["fact", "opinion"]
    # dev rows with a missing solved_conflict field are kept
    assert (df["file"] == "dev_en.tsv").sum() == 2


def test_checkthat_missing_and_malformed(tmp_path):
    with pytest.raises(CorpusError, match="train_en.tsv"):
        read_checkthat(tmp_path)
    shutil.copytree(FIXTURES / "checkthat2025_task1_en", tmp_path / "checkthat2025_task1_en")
    bad = tmp_path / "checkthat2025_task1_en" / "dev_en.tsv"
    bad.write_text("sentence_id\tsentence\tlabel\nq\tSomething.\tMAYBE\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="dev_en.tsv"):
        read_checkthat(tmp_path)
    bad.write_text("id\ttext\nq\tSomething.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="missing columns"):
        read_checkthat(tmp_path)


# -- BABE --------------------------------------------------------------------------------------

def test_babe_fixture_labels_markers_and_splits():
    df = read_babe(root=FIXTURES)
    _check_frame(df)
    sg2 = df[df["source"] == "babe_sg2"]
    assert len(sg2) == 5  # the "No agreement" row is dropped
    assert "Officials counted 1,200 ballots by noon." not in set(df["text"])
    by_text = dict(zip(sg2["text"], sg2["label"]))
    assert by_text["The senate passed the bill by a vote of 52 to 48."] == "fact"
    assert by_text["The reckless senators rammed through a disastrous bill."] == "commentary"
    row = sg2[sg2["text"].str.startswith("The reckless")].iloc[0]
    assert [row["text"][s:e] for s, e in row["markers"]] == ["reckless", "disastrous"]
    # case-insensitive, every whole-word occurrence
    row = sg2[sg2["text"].str.startswith("Critics")].iloc[0]
    assert [row["text"][s:e] for s, e in row["markers"]] == ["radical", "radical"]
    # md5(news_link) % 5 == 0 -> test; the same sentence in SG1 (other link) is test as well
    quoted = df[df["text"].str.startswith('"It is a good day,"')]
    assert set(quoted["source"]) == {"babe_sg2", "babe_sg1"}
    assert set(quoted["split"]) == {"test"}
    assert list(quoted["babe_test"]) == [True, False]
    # empty news_link: md5(text) decides, and group falls back to it
    bridge = sg2[sg2["text"] == "The bridge reopened after repairs."].iloc[0]
    assert bridge["group"].startswith("md5:")
    assert (bridge["split"] == "test") == babe_is_test("", "The bridge reopened after repairs.")
    # MBIC and SG1 share a sentence: it takes the most held-out split of its rows
    lib = df[df["text"] == "A new library opened downtown."]
    assert lib["split"].nunique() == 1
    assert len(read_babe("SG2", root=FIXTURES)) == 5


def test_babe_test_texts_never_in_train_or_dev():
    df = read_babe(root=FIXTURES)
    test = {norm_text(t) for t in df.loc[df["split"] == "test", "text"]}
    assert test
    assert not test & {norm_text(t) for t in df.loc[df["split"] != "test", "text"]}


def test_babe_missing_and_malformed(tmp_path):
    with pytest.raises(CorpusError, match="final_labels_SG2.csv"):
        read_babe(root=tmp_path)
    shutil.copytree(FIXTURES / "babe", tmp_path / "babe")
    path = tmp_path / "babe" / "data" / "final_labels_SG2.csv"
    path.write_text("text,news_link,label_opinion\nx,y,z\n", encoding="utf-8-sig")
    with pytest.raises(CorpusError, match="final_labels_SG2.csv"):
        read_babe(root=tmp_path)
    path.write_text("text;news_link;label_opinion;biased_words\nA b.;l;Strongly felt;[]\n",
                    encoding="utf-8-sig")
    with pytest.raises(CorpusError, match="unexpected label_opinion"):
        read_babe(root=tmp_path)


def test_find_word_spans():
    text = "A so-called 'reform' is no reform; reformers know it."
    assert find_word_spans(text, ["reform"]) == [(13, 19), (27, 33)]
    assert find_word_spans(text, ["so-called"]) == [(2, 11)]
    assert find_word_spans(text, ["", "absent"]) == []


# -- MPQA --------------------------------------------------------------------------------------

def test_mpqa_fixture_writer_rule_and_offsets():
    df = read_mpqa(FIXTURES)
    _check_frame(df)
    assert list(df["doc"]) == ["day1/doc-a"] * 4 + ["day1/doc-b"] * 2  # document order
    assert list(df["split"]) == ["train"] * 4 + ["test"] * 2
    labels = dict(zip(df["text"], df["label"]))
    assert labels["Headline of the day"] == "fact"
    # writer ESE at low intensity only -> fact
    assert labels["The minister said the talks were useful."] == "fact"
    # writer ESE at high intensity -> opinion, with the span as marker
    assert labels["The agreement is a shameful betrayal of workers."] == "opinion"
    row = df[df["text"].str.startswith("The agreement")].iloc[0]
    assert [row["text"][s:e] for s, e in row["markers"]] == ["shameful betrayal"]
    # private state of a quoted source (nested source "w, rebels") -> attributed -> fact
    assert labels["Rebels called the deal a disaster."] == "fact"
    rebels = df[df["text"].str.startswith("Rebels")].iloc[0]
    assert rebels["conll_subjective"] and rebels["markers"] == []
    assert [(rebels["text"][s:e], src) for s, e, src, *_ in rebels["ese"]] == [
        ("a disaster", "w,rebels")]
    # writer direct-subjective at high intensity -> opinion
    assert labels["The government must act now."] == "opinion"
    # byte offsets map back into the document
    doc = (FIXTURES / "mpqa_1_2/database.mpqa.1.2/docs/day1/doc-a").read_text()
    for r in df[df["doc"] == "day1/doc-a"].itertuples():
        assert doc[r.sent_start:r.sent_end] == r.text


def test_mpqa_missing_and_malformed(tmp_path):
    with pytest.raises(CorpusError, match="Release-Full-Doclist"):
        read_mpqa(tmp_path)
    shutil.copytree(FIXTURES / "mpqa_1_2", tmp_path / "mpqa_1_2")
    ann = tmp_path / "mpqa_1_2/database.mpqa.1.2/man_anns/day1/doc-b/gateman.mpqa.lre.1.2"
    ann.write_text("1\tnot-a-span\tstring\tGATE_direct-subjective\t\n")
    with pytest.raises(CorpusError, match="gateman.mpqa.lre.1.2"):
        read_mpqa(tmp_path)
    (tmp_path / "mpqa_1_2/database.mpqa.1.2/docs/day1/doc-b").unlink()
    with pytest.raises(CorpusError, match="doc-b"):
        read_mpqa(tmp_path)


def test_corpora_root_env(monkeypatch, tmp_path):
    monkeypatch.setenv("SLANT_CORPORA", str(tmp_path))
    assert corpora_root() == tmp_path
    monkeypatch.delenv("SLANT_CORPORA")
    assert corpora_root().parts[-2:] == ("shared", "corpora")


# -- real corpora (counts from each SOURCE.md) -------------------------------------------------

@needs_real
def test_real_checkthat_counts():
    df = read_checkthat()
    counts = df.groupby(["file", "label"]).size().to_dict()
    assert counts == {
        ("train_en.tsv", "fact"): 532, ("train_en.tsv", "opinion"): 298,
        ("dev_en.tsv", "fact"): 222, ("dev_en.tsv", "opinion"): 240,
        ("dev_test_en.tsv", "fact"): 362, ("dev_test_en.tsv", "opinion"): 122,
        ("test_en_labeled.tsv", "fact"): 215, ("test_en_labeled.tsv", "opinion"): 85}
    assert not any('""' in t for t in df["text"])  # CSV quoting undone
    held = {norm_text(t) for t in df.loc[df["split"] == "test", "text"]}
    assert not held & {norm_text(t) for t in df.loc[df["split"] != "test", "text"]}


@needs_real
def test_real_babe_counts():
    df = read_babe()
    sizes = df.groupby(["source", "label"]).size().to_dict()
    assert sizes[("babe_sg2", "fact")] == 1600
    assert sizes[("babe_sg2", "embedded_opinion")] == 1000
    assert sizes[("babe_sg2", "commentary")] == 858
    assert sizes[("babe_sg1", "fact")] == 639 and sizes[("babe_sg1", "commentary")] == 425
    assert sizes[("babe_mbic", "fact")] == 572 and sizes[("babe_mbic", "commentary")] == 521
    sg2 = df[df["source"] == "babe_sg2"]
    assert 0.15 < sg2["babe_test"].mean() < 0.25
    assert (sg2["biased_words"].map(len) > 0).sum() >= 1700  # 1,849 before "No agreement" drop
    assert (sg2["markers"].map(len) > 0).sum() > 0.98 * (sg2["biased_words"].map(len) > 0).sum()
    held = {norm_text(t) for t in df.loc[df["split"] == "test", "text"]}
    assert not held & {norm_text(t) for t in df.loc[df["split"] != "test", "text"]}


@needs_real
def test_real_mpqa_counts():
    df = read_mpqa()
    assert len(df) == 11112 and df["doc"].nunique() == 535
    assert df["conll_subjective"].sum() == 6079  # SOURCE.md's CoNLL03 count
    assert df.loc[df["split"] == "test", "doc"].nunique() == 98
    assert 0.15 < df["opinion"].mean() < 0.35


# -- Webis editorials (dev only) ----------------------------------------------------------------

def test_webis_fixture_labels_and_rebuilt_text():
    df = read_webis_editorials(FIXTURES)
    _check_frame(df[df["label"] != ""])
    assert set(df["split"]) == {"dev"}
    assert df["adu"].tolist()[:3] == ["title", "anecdote", "no-unit"]
    text, spans = editorial_texts(df)["testoutlet/001-faresshouldstay"]
    assert text.startswith("Fares should stay where they are\n\nThe board voted 5-2 on Monday")
    assert "raise fares. That was a mistake." in text and "increase, the agency's" in text
    got = [(text[s:e], label) for s, e, label in spans]
    assert got == [("The board voted 5-2 on Monday to raise fares", "fact"),
                   ("That was a mistake", "commentary"),
                   ("Ridership fell 12% after the last increase", "fact"),
                   ("the agency's director told reporters", "fact")]


def test_webis_missing_and_malformed(tmp_path):
    with pytest.raises(CorpusError, match="webis_editorials_adu"):
        read_webis_editorials(tmp_path)
    bad = tmp_path / "webis_editorials_adu" / "data-source" / "x"
    bad.mkdir(parents=True)
    (bad / "001-a.json").write_text('{"paragraphs": [[{"text": "A", "label": "rant"}]]}')
    with pytest.raises(CorpusError, match="unknown unit labels"):
        read_webis_editorials(tmp_path)
    (bad / "001-a.json").write_text("not json")
    with pytest.raises(CorpusError, match="001-a.json"):
        read_webis_editorials(tmp_path)


@pytest.mark.skipif(not (REAL / "webis_editorials_adu").exists(),
                    reason=f"Webis editorials not found under {REAL}")
def test_real_webis_counts():
    df = read_webis_editorials()
    # SOURCE.md: 266 editorials, 4,621 paragraphs, 28,772 segments, and the per-label counts.
    assert df["group"].nunique() == 266 and len(df) == 28772
    assert df.groupby(["group", "paragraph"]).ngroups == 4621
    assert df["adu"].value_counts().to_dict() == {
        "no-unit": 15193, "assumption": 9049, "anecdote": 2430, "testimony": 1064,
        "statistics": 381, "title": 266, "common-ground": 232, "other": 157}
