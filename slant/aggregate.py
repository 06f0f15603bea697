"""Sentence → paragraph → article labels and scores, by the rules of LABELS.md."""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Sequence

from .document import Marker, Paragraph, Sentence
from .labels import (ALL_LABELS, BOILERPLATE, COMMENTARY, CONTENT_LABELS, EMBEDDED_OPINION, FACT,
                     OPINION_LABELS)
from .structure import ATTRIBUTION, BOILERPLATE as BOILERPLATE_ROLE, POST

#: Summed marker weight at which a sentence the classifier calls fact becomes embedded opinion.
MARKER_WEIGHT_THRESHOLD = 1.0

#: Article readings for ``slant["label"]``, by the share of content text that is opinion.
NEWS_MAX_OPINION_SHARE = 0.2
OPINION_MIN_COMMENTARY_SHARE = 0.5


def sentence_label(scores: dict[str, float], role: str, markers: Sequence[Marker]) -> str:
    """One sentence's label from its classifier scores, its structural role and its markers."""
    if role == BOILERPLATE_ROLE:
        return BOILERPLATE
    if role in (POST, ATTRIBUTION):
        return EMBEDDED_OPINION
    label = max(CONTENT_LABELS, key=lambda k: scores.get(k, 0.0))
    if label == FACT and sum(m.weight for m in markers) >= MARKER_WEIGHT_THRESHOLD:
        return EMBEDDED_OPINION
    return label


def paragraph_label(sentences: Sequence[Sentence]) -> str:
    """The paragraph rule of LABELS.md, weighting sentences by their length in characters."""
    content = [s for s in sentences if s.label != BOILERPLATE]
    if not content:
        return BOILERPLATE
    content_chars = sum(len(s.text) for s in content)
    commentary_chars = sum(len(s.text) for s in content if s.label == COMMENTARY)
    if commentary_chars * 2 >= content_chars:
        return COMMENTARY
    if any(s.label in OPINION_LABELS or s.role in (POST, ATTRIBUTION) for s in content):
        return EMBEDDED_OPINION
    return FACT


def build_paragraph(index: int, text: str, start: int, end: int,
                    sentences: list[Sentence]) -> Paragraph:
    content = [s for s in sentences if s.label != BOILERPLATE] or sentences
    weights = [len(s.text) for s in content]
    total = sum(weights) or 1
    scores = {k: sum(w * s.scores.get(k, 0.0) for w, s in zip(weights, content)) / total
              for k in CONTENT_LABELS}
    return Paragraph(
        index=index, start=start, end=end, text=text[start:end],
        label=paragraph_label(sentences), scores=scores,
        opinion_share=_opinion_share(sentences), sentences=sentences)


def _opinion_share(sentences: Iterable[Sentence]) -> float:
    content = [s for s in sentences if s.label != BOILERPLATE]
    total = sum(len(s.text) for s in content)
    opinion = sum(len(s.text) for s in content if s.label in OPINION_LABELS)
    return opinion / total if total else 0.0


def article_summary(paragraphs: Sequence[Paragraph]) -> dict:
    """The article-level ``slant`` block.

    ``label`` reads the whole article: ``opinion`` when commentary is at least half of the
    content text, ``news`` when opinion (commentary + embedded) is under a fifth of it,
    ``mixed`` otherwise, and ``empty`` when there is no content text at all.
    """
    sentences = [s for p in paragraphs for s in p.sentences]
    content = [s for s in sentences if s.label != BOILERPLATE]
    content_chars = sum(len(s.text) for s in content)
    by_label = Counter()
    for s in content:
        by_label[s.label] += len(s.text)
    share = {k: (by_label[k] / content_chars if content_chars else 0.0) for k in CONTENT_LABELS}
    opinion_share = share[COMMENTARY] + share[EMBEDDED_OPINION]
    if not content_chars:
        reading = "empty"
    elif share[COMMENTARY] >= OPINION_MIN_COMMENTARY_SHARE:
        reading = "opinion"
    elif opinion_share < NEWS_MAX_OPINION_SHARE:
        reading = "news"
    else:
        reading = "mixed"
    counts = Counter(p.label for p in paragraphs)
    return {
        "label": reading,
        "opinion_share": round(opinion_share, 4),
        "commentary_share": round(share[COMMENTARY], 4),
        "embedded_opinion_share": round(share[EMBEDDED_OPINION], 4),
        "paragraphs": {k: counts.get(k, 0) for k in ALL_LABELS},
        "sentences": {k: sum(1 for s in sentences if s.label == k) for k in ALL_LABELS},
        "content_chars": content_chars,
    }
