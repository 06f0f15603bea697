"""Tests for slant.segment: span guarantees, news hard cases, layouts, corpora targets, linear time.

All example sentences here are written for these tests; corpus text is only read at test time.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slant.segment import split_paragraphs, split_sentences

SEGBENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "tools" / "segbench"


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def paragraphs(text: str) -> list[str]:
    return [text[a:b] for a, b in split_paragraphs(text)]


def assert_valid_spans(text: str, spans: list[tuple[int, int]]) -> None:
    """In order, non-overlapping, stripped, non-empty, covering every non-space character once."""
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(text), (start, end)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert text[position:start].strip() == "", "a non-space character was skipped"
        position = end
    assert text[position:].strip() == ""


# ---------------------------------------------------------------- properties
NEWSY = st.text(
    alphabet=st.sampled_from(list("aAbBzZ019 .  ..!?…\"'“”‘’()[]@/:;,-—–•\n\n\t\r\u00a0\u2028é")),
    max_size=300)
WORDS = st.lists(
    st.sampled_from(["The", "U.S.", "Mr.", "a.m.", "I.", "said", "5", "1.", "2)", "...", ". . .",
                     "“Yes.”", "(He left.)", "Inc.", "J.", "— Ann (@ann) May 1, 2024", "\n", "\n\n",
                     "By Ann Lee", "10:30", "•", "e.g.", "!", "?", "x@y.org.", "Sen.", "no."]),
    max_size=40).map(" ".join)
PROPERTY_SETTINGS = settings(max_examples=150, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(st.one_of(NEWSY, WORDS, st.text(max_size=200)))
def test_spans_are_valid_on_arbitrary_text(text):
    paras = split_paragraphs(text)
    sents = split_sentences(text)
    assert_valid_spans(text, paras)
    assert_valid_spans(text, sents)
    # every sentence lies inside one paragraph
    ends = iter(paras)
    para = next(ends, None)
    for start, end in sents:
        while para is not None and para[1] < end:
            para = next(ends, None)
        assert para is not None and para[0] <= start and end <= para[1]


@PROPERTY_SETTINGS
@given(st.one_of(NEWSY, WORDS))
def test_splitting_a_range_matches_the_whole_text(text):
    whole = split_sentences(text)
    assert split_sentences(text, 0, len(text)) == whole
    by_paragraph = [s for a, b in split_paragraphs(text) for s in split_sentences(text, a, b)]
    assert by_paragraph == whole


@PROPERTY_SETTINGS
@given(st.one_of(NEWSY, WORDS), st.integers(0, 400), st.integers(0, 400))
def test_any_range_gives_valid_spans_inside_it(text, start, end):
    start, end = min(start, end, len(text)), min(max(start, end), len(text))
    spans = split_sentences(text, start, end)
    # outside the range, the text counts as white space
    masked = " " * start + text[start:end] + " " * (len(text) - end)
    assert_valid_spans(masked, spans)


def test_empty_and_blank_text():
    assert split_sentences("") == [] and split_paragraphs("") == []
    assert split_sentences(" \n\t \n") == [] and split_paragraphs("\n\n\n") == []


def test_offsets_refer_to_the_original_string():
    text = "  First one.  Second one.\n\n  Third one.  "
    assert split_sentences(text) == [(2, 12), (14, 25), (29, 39)]


# ---------------------------------------------------------------- news hard cases
@pytest.mark.parametrize("text, expected", [
    # quotations spanning sentences
    ('The senator said: "We will not back it. It is a bad bill." Then she left.',
     ['The senator said: "We will not back it.', 'It is a bad bill."', "Then she left."]),
    ("“It is over,” the coach said. “We lost.”", ["“It is over,” the coach said.", "“We lost.”"]),
    ('"Why now?" Ms. Park asked. Nobody answered.', ['"Why now?" Ms. Park asked.', "Nobody answered."]),
    ('"We are done." she said quietly.', ['"We are done." she said quietly.']),
    ('"Stop! Stop!" the crowd chanted. Police moved in.',
     ['"Stop! Stop!" the crowd chanted.', "Police moved in."]),
    # abbreviations
    ("The U.S. Army said on Tuesday it would act. Gen. Mark Lowe landed on Jan. 5 with aides.",
     ["The U.S. Army said on Tuesday it would act.", "Gen. Mark Lowe landed on Jan. 5 with aides."]),
    ("They flew to the U.S. The trip took a day.", ["They flew to the U.S.", "The trip took a day."]),
    ("Shares of Widget Inc. rose. Rivals fell.", ["Shares of Widget Inc. rose.", "Rivals fell."]),
    ("The deal was signed by Widget Inc. It closes in May.",
     ["The deal was signed by Widget Inc.", "It closes in May."]),
    ("Dr. Ruth Okafor and Prof. Li met Sen. Diaz in St. Paul.",
     ["Dr. Ruth Okafor and Prof. Li met Sen. Diaz in St. Paul."]),
    ("Donors gave food, blankets, etc. to the shelter.", ["Donors gave food, blankets, etc. to the shelter."]),
    ("He sat. Everyone stood.", ["He sat.", "Everyone stood."]),
    # after an ambiguous abbreviation only a closed-class word ("The", "He") starts a sentence
    ("The vote is on Sat. March 2 in Springfield, Ill. The polls open early.",
     ["The vote is on Sat. March 2 in Springfield, Ill.", "The polls open early."]),
    # initials
    ("Police said J. R. Smith, 45, was held. His lawyer, Ann B. Cole, said nothing.",
     ["Police said J. R. Smith, 45, was held.", "His lawyer, Ann B. Cole, said nothing."]),
    ("The choice was between you and I. Then came the vote.",
     ["The choice was between you and I.", "Then came the vote."]),
    # numbers and times
    ("The bank lost $1.2 billion in 2023. Its shares fell 4.5 percent.",
     ["The bank lost $1.2 billion in 2023.", "Its shares fell 4.5 percent."]),
    ("Trading opens at 5 a.m. on Monday. It closes at 4 p.m. The bell rings twice.",
     ["Trading opens at 5 a.m. on Monday.", "It closes at 4 p.m.", "The bell rings twice."]),
    ("The blast came at 11:30 p.m. EST on Friday.", ["The blast came at 11:30 p.m. EST on Friday."]),
    ("By 6 a.m. Ms. Diaz had left.", ["By 6 a.m. Ms. Diaz had left."]),
    ("The report is on p. 12 and table No. 4 sums it up.", ["The report is on p. 12 and table No. 4 sums it up."]),
    # ellipses
    ("She waited... and waited. Nothing came… Then it rang.",
     ["She waited... and waited.", "Nothing came…", "Then it rang."]),
    ("The memo said the plan [...] was final.", ["The memo said the plan [...] was final."]),
    ("I was going to say . . . I forget.", ["I was going to say . . . I forget."]),
    # URLs and e-mails
    ("Read it at https://news.example.org/a/b.html. Then write to desk@example.org. We answer.",
     ["Read it at https://news.example.org/a/b.html.", "Then write to desk@example.org.", "We answer."]),
    ("Mail tips to news.desk@example.com or call us.", ["Mail tips to news.desk@example.com or call us."]),
    # a brand spelt in lower case starts a sentence
    ("Sales fell last year. iPhone sales rose.", ["Sales fell last year.", "iPhone sales rose."]),
    # exclamation in a name, parentheses
    ("She worked at Yahoo! in sales.", ["She worked at Yahoo! in sales."]),
    ("The agency (which was closed.) reopened today.", ["The agency (which was closed.) reopened today."]),
    # inline lists
    ("Bring 1) bread 2) milk 3) eggs", ["Bring 1) bread 2) milk 3) eggs"]),
    ("1) Bread for the week 2) Milk for the kids", ["1) Bread for the week", "2) Milk for the kids"]),
    ("a. Stop the bleeding b. Call for help", ["a. Stop the bleeding", "b. Call for help"]),
    ("A. Diaz beat B. Cole in the final.", ["A. Diaz beat B. Cole in the final."]),
    ("• 1. Stay inside • 2. Keep calm", ["• 1. Stay inside", "• 2. Keep calm"]),
    # inline dateline stays with its sentence
    ("LAGOS, 4 March. The port reopened on Monday.", ["LAGOS, 4 March. The port reopened on Monday."]),
    # embedded post attribution on the same line as the post
    ("Big day for the city pic.twitter.com/x1y2 — Ana Ruiz (@anaruiz) May 2, 2024",
     ["Big day for the city pic.twitter.com/x1y2", "— Ana Ruiz (@anaruiz) May 2, 2024"]),
])
def test_hard_cases(text, expected):
    assert sentences(text) == expected


def test_standalone_lines_in_a_web_page_layout():
    text = ("Storm Floods Coastal Towns As Rivers Rise\n"
            "By Maria Lopez\n"
            "June 3, 2024 at 7:45 a.m. EDT\n"
            "MIAMI — Heavy rain flooded several towns on Monday. Officials urged people to leave.\n"
            "Water is rising fast all along the coast.\n"
            "— Weather Desk (@wxdesk) June 3, 2024\n"
            "Share this article\n")
    assert sentences(text) == [
        "Storm Floods Coastal Towns As Rivers Rise",
        "By Maria Lopez",
        "June 3, 2024 at 7:45 a.m. EDT",
        "MIAMI — Heavy rain flooded several towns on Monday.",
        "Officials urged people to leave.",
        "Water is rising fast all along the coast.",
        "— Weather Desk (@wxdesk) June 3, 2024",
        "Share this article",
    ]
    assert len(paragraphs(text)) == 7


def test_standalone_lines_inside_hard_wrapped_text():
    text = ("Council Approves New Budget After Long Night\n"
            "By Tom Weller, Staff Writer\n"
            "Updated 10:32 AM ET, Mon June 3, 2024\n"
            "SPRINGFIELD —\n"
            "The city council approved a budget early on Tuesday that raises\n"
            "school spending by 4 percent, the largest rise in ten years.\n")
    assert sentences(text) == [
        "Council Approves New Budget After Long Night",
        "By Tom Weller, Staff Writer",
        "Updated 10:32 AM ET, Mon June 3, 2024",
        "SPRINGFIELD —",
        "The city council approved a budget early on Tuesday that raises\n"
        "school spending by 4 percent, the largest rise in ten years.",
    ]


# ---------------------------------------------------------------- layouts
def test_blank_line_layout():
    text = ("MADRID, June 3 (Agency) - Spain's government said on Monday it would raise\n"
            "the minimum wage.\n\n"
            "The rise, the third in three years, starts in July.\n \t\n"
            "Unions cheered. Employers did not.")
    assert paragraphs(text) == [
        "MADRID, June 3 (Agency) - Spain's government said on Monday it would raise\nthe minimum wage.",
        "The rise, the third in three years, starts in July.",
        "Unions cheered. Employers did not.",
    ]
    assert len(sentences(text)) == 4


def test_one_paragraph_per_line_layout():
    text = ("Heavy rain flooded the town on Monday. Officials urged people to leave.\n"
            '"We have never seen water this high," said the mayor.\n'
            "The river is expected to crest on Wednesday.\n")
    assert len(paragraphs(text)) == 3
    assert len(sentences(text)) == 4


def test_hard_wrapped_paragraphs_without_blank_lines():
    text = ("Lawmakers in the state capital voted on Tuesday to approve a\n"
            "budget that raises school spending by 4 percent, the largest\n"
            "increase in a decade. The governor is expected to sign it.\n"
            "Opponents said the plan would strain the state's finances in\n"
            "the years ahead.\n"
            "The vote came after weeks of talks between the two parties,\n"
            "which had clashed over the size of the increase.\n")
    paras = paragraphs(text)
    assert len(paras) == 2
    assert paras[1].startswith("The vote came")
    assert sentences(text)[0].endswith("the largest\nincrease in a decade.")
    assert len(sentences(text)) == 4


@pytest.mark.parametrize("text", [
    "The order came from Gen.\nRaymond Tate on Monday.",
    "Officials said the bridge, which opened in\n1998, would close.",
    "The ministry said it would review the\nDecember report.",
])
def test_a_line_break_inside_a_sentence_is_not_a_break(text):
    assert len(sentences(text)) == 1


def test_lines_ending_with_a_post_attribution_are_paragraphs():
    text = ("Readers wasted no time. A few of the answers:\n"
            "Nine hours on a bench and a voucher for a sandwich. Lovely. pic.twitter.com/Qm7dZ2 "
            "— Tomas Pike (@tpike) March 3, 2025\n"
            'A "minor delay" that lasted until breakfast. — Ines Moll (@ines_moll) March 3, 2025\n'
            "my suitcase is having a better trip than me — Ola Berg (@olaberg.bsky.social) "
            "March 3, 2025 at 11:02 PM\n"
            "The carrier said it would review its rebooking rules.")
    paras = paragraphs(text)
    assert paras == [line for line in text.split("\n")]
    sents = sentences(text)
    assert "— Tomas Pike (@tpike) March 3, 2025" in sents
    assert "— Ines Moll (@ines_moll) March 3, 2025" in sents
    assert "— Ola Berg (@olaberg.bsky.social) March 3, 2025 at 11:02 PM" in sents
    assert "my suitcase is having a better trip than me" in sents


@pytest.mark.parametrize("text", [
    # a handle in the middle of a wrapped line
    "The council shared the closure notice with followers of @citycouncil early\n"
    "Tuesday, and said more details would follow.",
    # a dash, a name and a handle, but prose rather than a date after it
    "The plan was first floated by the mayor — Dana Holt (@danaholt) late last\n"
    "Friday in a post that drew replies.",
])
def test_a_handle_inside_wrapped_text_does_not_end_the_paragraph(text):
    assert len(paragraphs(text)) == 1


def test_line_lists_are_paragraphs():
    assert paragraphs("- first point\n- second point") == ["- first point", "- second point"]
    assert paragraphs("1. First item\n2. Second item") == ["1. First item", "2. Second item"]


def test_unpunctuated_item_lines_are_not_hard_wrapped_prose():
    # A sources list: no line ends like a sentence, and none runs on into the next.
    items = ["Brennock Water Authority, residential rate schedules, 2019–2025",
             "Brennock Water Authority, customer notice, March 2025",
             "City of Brennock, adopted budgets, fiscal years 2021–2025",
             "State Department of Environmental Quality, consent order, August 2020"]
    assert paragraphs("\n".join(items)) == items
    # Wrapped prose of the same width still joins: its lines run on.
    wrapped = ("The authority approved the first increase in 2021 after the state ordered\n"
               "a new treatment plant, and the board voted for a second one in 2023 to\n"
               "cover the rest of the $96 million cost, which rose by a third during the\n"
               "two years of design work")
    assert len(paragraphs(wrapped)) == 1


# ---------------------------------------------------------------- shared example and corpora
def test_shared_example_layout(shared_example):
    text = shared_example.read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert paragraphs(text) == lines
    sents = sentences(text)
    assert len(sents) == 31
    standalone = [lines[0], lines[-4], lines[-3], lines[-2], lines[-1]]
    standalone += [line for line in lines if line.startswith("—") and "(@" in line]
    assert len(standalone) == 6
    for line in standalone:
        assert line in sents, line
    # the pipeline's way: paragraphs first, then sentences per paragraph range
    assert [s for a, b in split_paragraphs(text) for s in split_sentences(text, a, b)] == split_sentences(text)


def test_golden_rules(corpora):
    path = corpora / "golden_rules_en" / "golden_rules_en.jsonl"
    if not path.exists():
        pytest.skip(f"Golden Rules not found at {path}")
    cases = [json.loads(line) for line in path.open(encoding="utf-8")]
    failed = [c["id"] for c in cases if sentences(c["text"]) != c["sentences"]]
    assert len(cases) - len(failed) >= 47, failed


def test_mpqa_whole_document_boundary_f1(corpora):
    root = corpora / "mpqa_1_2" / "database.mpqa.1.2"
    if not root.is_dir():
        pytest.skip(f"MPQA 1.2 not found at {root}")
    if not (SEGBENCH / "segbench.py").exists():
        pytest.skip(f"segbench (the MPQA scorer) not found at {SEGBENCH}")
    sys.path.insert(0, str(SEGBENCH))
    try:
        import segbench
    finally:
        sys.path.remove(str(SEGBENCH))
    result = segbench.run_mpqa(split_sentences, segbench.mpqa_docs(str(root)), "raw")
    assert result["f1"] >= 98.8, result


# ---------------------------------------------------------------- linear time
def _cpu_seconds(text: str, runs: int) -> float:
    """Best CPU time of ``runs`` segmentations, with the garbage collector paused: in a long test
    session its full collections scan the whole heap and would make any allocation look
    superlinear."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.process_time()
            split_sentences(text)
            split_paragraphs(text)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


# Each input grows to 10x its size in the test; the large ones reach 1 MB, the ones that make
# per-line or per-candidate work (millions of short lines, initials) stop at 0.2-0.5 MB to keep
# the suite fast.
ADVERSARIAL = {
    "no punctuation": "word " * 20_000,
    "no spaces": "x" * 100_000,
    "periods": "." * 100_000,
    "spaced periods": ". " * 50_000,
    "digits": "1" * 50_000 + ".5 " + "9." * 25_000,
    "nested quotes and brackets": "“‘([{\"" * 10_000 + "Yes." + "\"}])’”" * 10_000,
    "spaces": " " * 100_000 + "end.",
    "blank lines with spaces": "\n \t" * 30_000 + "x",
    "newlines": "a\n" * 5_000,
    "short lines": "Hi there\n" * 2_000,
    "initials": "A. " * 5_000,
    "abbreviations": "Mr. U.S. a.m. Inc. " * 1_000,
    "times without a break": "At 5 a.m. EST " * 2_000,
    "pauses before I": "so ... I " * 3_000,
    "numbered list": "1) go " + " ".join(f"{i}) go" for i in range(2, 3_000)),
    "quoted exclamations": '"Go!" Ann said. ' * 2_000,
    "attributions": "ok — Ann (@ann) May 1, 2024 " * 1_000,
    "posts with attributions": "ok. — Ann (@ann.bsky.social) May 1, 2024\n" * 1_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_time_grows_linearly(name):
    small = ADVERSARIAL[name]
    large = small * 10
    # Best of several runs on both sides, so one slow run (GC, a busy core) is not read as growth.
    t_small, t_large = _cpu_seconds(small, 3), _cpu_seconds(large, 2)
    assert t_large < 5.0, f"{name}: {t_large:.2f} s for {len(large):,} characters"
    assert t_large < 30 * t_small + 0.1, f"{name}: {t_small:.4f} s -> {t_large:.4f} s for 10x input"
