"""The example articles: paragraph labels against their expected-labels TSVs, and the shared
acceptance example's 21 labels and markers (read from ../shared/examples, never copied here)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import slant

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from examples_accuracy import OWN, block_labels, read_expected  # noqa: E402
from examples_readme_figures import refresh  # noqa: E402

ARTICLES = sorted(p for p in OWN.glob("*.txt") if p.with_suffix(".labels.tsv").exists())

from known_misses import KNOWN_MISSES  # noqa: E402  (paragraphs still wrong, with why)


@pytest.fixture(scope="module")
def analysed(model):
    """Each article's ``(label, text)`` per unit its TSV counts (see ``block_labels``)."""
    out = {}
    for p in ARTICLES:
        text = p.read_text(encoding="utf-8")
        count = len(read_expected(p.with_suffix(".labels.tsv")))
        out[p.stem] = block_labels(slant.analyze(text, model=model), text, count)
    return out


def test_there_are_at_least_six_examples():
    assert len(ARTICLES) >= 6


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_paragraph_labels(path, analysed):
    got = analysed[path.stem]
    expected = read_expected(path.with_suffix(".labels.tsv"))
    assert len(got) == len(expected), [block[:40] for _, block in got]
    wrong = []
    for index, (label_got, block) in enumerate(got):
        label, ok = expected[index]
        if label_got not in ok and (path.stem, index) not in KNOWN_MISSES:
            wrong.append((index, label_got, label, block[:60]))
    assert wrong == []


@pytest.mark.parametrize("key", sorted(KNOWN_MISSES), ids=[f"{a}-{i}" for a, i in sorted(KNOWN_MISSES)])
def test_known_misses(key, analysed):
    stem, index = key
    expected = read_expected((OWN / stem).with_suffix(".labels.tsv"))
    label_got = analysed[stem][index][0]
    if label_got not in expected[index][1]:
        pytest.xfail(KNOWN_MISSES[key])
    # Strict: a miss that is now right must leave the list, or the list stops telling the truth.
    pytest.fail(f"{stem} paragraph {index} is now labelled right ({label_got}); "
                "remove it from KNOWN_MISSES")


def test_shared_example_labels_and_markers(shared_example, model):
    article = slant.analyze(shared_example.read_text(encoding="utf-8"), model=model)
    expected = read_expected(shared_example.with_suffix(".labels.tsv"))
    assert len(article.paragraphs) == 21 == len(expected)
    got = [(p.index, p.label) for p in article.paragraphs if p.label not in expected[p.index][1]]
    assert got == []

    def marker_texts(index):
        return [m.text for s in article.paragraphs[index].sentences for m in s.markers]

    assert any("somewhat absurdly" in m for m in marker_texts(16))
    assert any("idiotic" in m for m in marker_texts(10))
    assert any("accidentally" in m for m in marker_texts(15))
    # Opinion inside attributed quotes is the source's, not a marker of the writer's.
    assert not any("treacherous" in m for m in marker_texts(4))


def test_a_block_that_slant_splits_is_read_by_the_paragraph_rule(model):
    from examples_accuracy import blocks

    text = ("Council votes to close libraries\n\nLive updates\n"
            "The council voted 5-2 on Tuesday to close every branch library on Sundays.\n\n"
            "This policy is a disgrace, and voters deserve better.\n")
    assert [text[s:e].strip()[:5] for s, e in blocks(text)] == ["Counc", "Live ", "This "]
    article = slant.analyze(text, model=model)
    assert len(article.paragraphs) == 4   # the heading line is a paragraph of its own
    got = block_labels(article, text, 3)
    # The heading (boilerplate) and the report under it (fact) read together: fact.
    assert [label for label, _ in got] == [article.paragraphs[0].label, "fact",
                                           article.paragraphs[3].label]
    # Counted as slant's paragraphs, the labels are slant's own.
    assert block_labels(article, text, len(article.paragraphs)) == [
        (p.label, p.text) for p in article.paragraphs]


def test_the_readme_refresh_renews_the_figure_now_and_keeps_the_first_run():
    lines = ["| `page-a` | a page (blind; 31/36 first and now): notes |",
             "| `page-b` | a page (blind; 30/41 first, 36/41 now) |",
             "| `page-c` | a page (blind; 10/12 first, 11/12 now); 3/5 first and now of its posts |",
             "| `page-d` | unscored |"]
    new, changed = refresh(lines, {"page-a": (33, 36), "page-b": (30, 41), "page-c": (11, 12)})
    assert new[0] == "| `page-a` | a page (blind; 31/36 first, 33/36 now): notes |"
    assert new[1] == "| `page-b` | a page (blind; 30/41 first and now) |"
    assert new[2] == lines[2]  # already current; a figure with another total is left alone
    assert new[3] == lines[3]
    assert changed == 2

