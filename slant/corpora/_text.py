"""Small text helpers shared by the corpus readers."""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"\s+")


def norm_text(text: str) -> str:
    """Key for matching the same sentence across files: NFKC, casefolded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", str(text)).replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return _WS.sub(" ", text).strip().casefold()


def clean_text(text: str, spans=()) -> tuple[str, list[tuple[int, int]]]:
    """Trim outer whitespace and turn line breaks/tabs into spaces, shifting ``spans`` to match.

    Line breaks are replaced one character for one, so offsets inside the text keep meaning;
    spans are clipped to the trimmed text and dropped when they become empty.
    """
    text = str(text)
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    body = body.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    out = []
    for start, end in spans:
        s, e = max(0, start - lead), min(len(body), end - lead)
        if e > s:
            out.append((s, e))
    return body, sorted(set(out))


def find_word_spans(text: str, words) -> list[tuple[int, int]]:
    """Spans of every whole-word, case-insensitive occurrence of each of ``words`` in ``text``."""
    spans = set()
    for word in words:
        word = str(word).strip()
        if not word:
            continue
        pattern = re.escape(word).replace(r"\ ", r"\s+")
        left = r"(?<!\w)" if word[0].isalnum() or word[0] == "_" else ""
        right = r"(?!\w)" if word[-1].isalnum() or word[-1] == "_" else ""
        for m in re.finditer(left + pattern + right, text, flags=re.IGNORECASE):
            spans.add((m.start(), m.end()))
    return sorted(spans)
