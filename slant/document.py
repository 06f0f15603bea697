"""The data model: an analysed article as views over one original text.

Every item carries ``start``/``end`` character offsets into ``Article.text`` and
``article.text[item.start:item.end] == item.text`` always holds, so any label can be shown in
place. Nothing here computes labels; it only holds and presents them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .labels import CONTENT_LABELS


@dataclass(frozen=True)
class Marker:
    """A span inside a sentence that makes it opinionated (a loaded word, scare quotes, ...)."""

    start: int
    end: int
    text: str
    kind: str = "evaluative"
    weight: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Sentence:
    """One sentence with its label, the content-label scores and its opinion markers.

    ``role`` says what the structure stage saw: ``prose``, ``headline``, ``boilerplate``,
    ``post`` (body of an embedded social post), ``attribution`` (the post's attribution line),
    ``answer`` (an interviewee's turn in a transcript), ``question`` (an interviewer's question),
    ``rating`` (a review's rating line or its headline's verdict, the critic's verdict),
    ``claim`` (a letter's heading on a readers' letters page, the letter's case) or ``data`` (a
    line of listed data: a team's line-up, a price list's item).
    """

    start: int
    end: int
    text: str
    label: str
    scores: dict[str, float]
    markers: list[Marker] = field(default_factory=list)
    role: str = "prose"

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "scores": _rounded(self.scores),
            "markers": [m.to_dict() for m in self.markers],
        }

    def _repr_html_(self) -> str:
        from .render import sentence_html

        return sentence_html(self)


@dataclass
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    label: str
    scores: dict[str, float]
    opinion_share: float
    sentences: list[Sentence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "scores": _rounded(self.scores),
            "opinion_share": round(self.opinion_share, 4),
            "sentences": [s.to_dict() for s in self.sentences],
        }

    def _repr_html_(self) -> str:
        from .render import paragraph_html

        return paragraph_html(self)

    def __repr__(self) -> str:  # short: the text and sentences are one attribute away
        return (f"Paragraph(index={self.index}, label={self.label!r}, "
                f"start={self.start}, end={self.end}, sentences={len(self.sentences)}, "
                f"text={_preview(self.text)!r})")


@dataclass
class Article:
    """An analysed article: the original text, its paragraphs and the article-level summary."""

    text: str
    paragraphs: list[Paragraph]
    slant: dict[str, Any]

    @property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]

    def to_dict(self) -> dict[str, Any]:
        return {"slant": self.slant, "paragraphs": [p.to_dict() for p in self.paragraphs]}

    def to_frame(self, level: str = "sentence"):
        """One row per ``sentence`` (default) or per ``paragraph``, as a pandas DataFrame."""
        import pandas as pd

        score_cols = [f"score_{label}" for label in CONTENT_LABELS]
        if level == "paragraph":
            rows = [
                {
                    "paragraph": p.index,
                    "start": p.start,
                    "end": p.end,
                    "label": p.label,
                    **{f"score_{k}": p.scores.get(k, 0.0) for k in CONTENT_LABELS},
                    "opinion_share": p.opinion_share,
                    "n_sentences": len(p.sentences),
                    "text": p.text,
                }
                for p in self.paragraphs
            ]
            columns = ["paragraph", "start", "end", "label", *score_cols,
                       "opinion_share", "n_sentences", "text"]
        elif level == "sentence":
            rows = [
                {
                    "paragraph": p.index,
                    "sentence": i,
                    "start": s.start,
                    "end": s.end,
                    "label": s.label,
                    "role": s.role,
                    **{f"score_{k}": s.scores.get(k, 0.0) for k in CONTENT_LABELS},
                    "markers": [m.text for m in s.markers],
                    "text": s.text,
                }
                for p in self.paragraphs
                for i, s in enumerate(p.sentences)
            ]
            columns = ["paragraph", "sentence", "start", "end", "label", "role", *score_cols,
                       "markers", "text"]
        else:
            raise ValueError(f"level must be 'sentence' or 'paragraph', not {level!r}")
        return pd.DataFrame(rows, columns=columns)

    def _repr_html_(self) -> str:
        from .render import article_html

        return article_html(self)

    def __repr__(self) -> str:  # short, so a REPL or a notebook's text/plain stays readable
        counts = ", ".join(f"{n} {k}" for k, n in (self.slant.get("paragraphs") or {}).items())
        share = self.slant.get("opinion_share")
        return (f"Article(label={self.slant.get('label')!r}, opinion_share="
                f"{share if share is None else round(float(share), 4)}, "
                f"paragraphs={len(self.paragraphs)} ({counts}), chars={len(self.text)}, "
                f"text={_preview(self.text)!r})")

    def to_html(self, title: str = "slant report") -> str:
        """A self-contained HTML page of the article (what ``slant analyze --format html`` writes)."""
        from .render import html_page

        return html_page(self, title=title)


def _preview(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"


def _rounded(scores: dict[str, float]) -> dict[str, float]:
    return {k: round(float(v), 4) for k, v in scores.items()}
