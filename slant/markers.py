"""Opinion-marker spans inside sentences: the words that make a sentence opinionated.

First version: scare quotes (one to three words in quotation marks that are not a quotation
introduced by a speech verb).
"""

from __future__ import annotations

import re

from .document import Marker

_SCARE = re.compile(r"(?<!\w)[‘“\"']([A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,2})[’”\"']")
_SPEECH_BEFORE = re.compile(r"(?:said|says|told|wrote|called|dubbed|named|titled|:)\s*,?\s*$", re.I)


def find_markers(text: str, start: int, end: int) -> list[Marker]:
    """Markers inside ``text[start:end]``, with offsets into ``text``."""
    markers = []
    for m in _SCARE.finditer(text, start, end):
        if _SPEECH_BEFORE.search(text, max(start, m.start() - 20), m.start()):
            continue
        markers.append(Marker(m.start(), m.end(), m.group(), kind="scare_quotes", weight=1.0))
    return markers
