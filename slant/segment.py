"""Paragraph and sentence segmentation over the original string: spans, never rewritten text.

First version: blank-line or one-line-per-paragraph layouts, and sentence ends at [.!?] followed
by whitespace and an upper-case letter or an opening quote, with a small abbreviation list.
"""

from __future__ import annotations

import re

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE = re.compile(r"[^\n]+")
_BLOCK = re.compile(r"\S(?:.*?\S)?(?=\n[ \t\r\f\v]*\n|\s*\Z)", re.S)
_SENT_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "st", "jr", "sr", "inc",
           "co", "corp", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
           "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "lt", "col", "capt", "sgt"}


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blocks between blank lines, or single lines when there are no blank lines."""
    pattern = _BLOCK if _BLANK_LINE.search(text) else _LINE
    spans = (_strip(text, m.start(), m.end()) for m in pattern.finditer(text))
    return [s for s in spans if s]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans covering every non-whitespace character of ``text`` exactly once."""
    spans: list[tuple[int, int]] = []
    for para_start, para_end in split_paragraphs(text):
        start = para_start
        for m in _SENT_END.finditer(text, para_start, para_end):
            word = text[start:m.start()].rsplit(None, 1)[-1].lower() if m.start() > start else ""
            if m.group().startswith(".") and (word.rstrip(".") in _ABBREV or len(word) == 1):
                continue
            span = _strip(text, start, m.end())
            if span:
                spans.append(span)
            start = m.end()
        span = _strip(text, start, para_end)
        if span:
            spans.append(span)
    return spans
