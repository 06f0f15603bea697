"""Terminal and HTML views of an analysed `Article`. Views only: no labels are computed here."""

from __future__ import annotations

import html
from typing import TextIO

from .document import Article, Paragraph, Sentence
from .labels import BOILERPLATE, COMMENTARY, CONTENT_LABELS, EMBEDDED_OPINION, FACT

TERMINAL_STYLES = {
    FACT: "green",
    COMMENTARY: "magenta",
    EMBEDDED_OPINION: "yellow",
    BOILERPLATE: "bright_black",
}
HTML_COLOURS = {
    FACT: "#e8f5e9",
    COMMENTARY: "#f3e5f5",
    EMBEDDED_OPINION: "#fff8e1",
    BOILERPLATE: "#eeeeee",
}
HTML_BORDERS = {
    FACT: "#43a047",
    COMMENTARY: "#8e24aa",
    EMBEDDED_OPINION: "#f9a825",
    BOILERPLATE: "#9e9e9e",
}
SHORT_NAMES = {FACT: "fact", COMMENTARY: "commentary", EMBEDDED_OPINION: "embedded", }


def _scores_line(scores: dict[str, float]) -> str:
    return " · ".join(f"{SHORT_NAMES[k]} {scores.get(k, 0.0):.2f}" for k in CONTENT_LABELS)


# -- terminal --------------------------------------------------------------------------------

def print_article(article: Article, file: TextIO | None = None, color: bool | None = None) -> None:
    """Print one block per paragraph: its label and scores, then its text with markers shown.

    Colour follows the terminal (off when piped or when ``NO_COLOR`` is set); without colour,
    sentence labels appear in brackets and markers in ``[[double brackets]]`` so nothing is lost.
    """
    from rich.console import Console
    from rich.text import Text

    console = Console(file=file, highlight=False, soft_wrap=False,
                      no_color=None if color is None else not color,
                      force_terminal=color if color else None)
    plain = console.no_color or not console.is_terminal
    summary = article.slant
    console.print(soft_wrap=plain, *[Text(
        f"slant: {summary['label']} · opinion share {summary['opinion_share']:.0%} · "
        + ", ".join(f"{v} {k}" for k, v in summary["paragraphs"].items()), style="bold")])
    for para in article.paragraphs:
        console.print()
        header = Text(f"[{para.index}] {para.label}", style=f"bold {TERMINAL_STYLES[para.label]}")
        if para.label != BOILERPLATE:
            header.append(f"  ({_scores_line(para.scores)})", style="dim")
        console.print(header, soft_wrap=plain)
        console.print(_paragraph_text(article.text, para, plain), soft_wrap=plain)


def _paragraph_text(text: str, para: Paragraph, plain: bool):
    from rich.text import Text

    out = Text()
    cursor = para.start
    for sent in para.sentences:
        out.append(text[cursor:sent.start])
        if plain and len(para.sentences) > 1:
            out.append(f"[{sent.label}] ")
        pos = sent.start
        for marker in sent.markers:
            out.append(text[pos:marker.start], style=TERMINAL_STYLES[sent.label])
            shown = f"[[{marker.text}]]" if plain else marker.text
            out.append(shown, style=f"bold underline reverse {TERMINAL_STYLES[sent.label]}")
            pos = marker.end
        out.append(text[pos:sent.end], style=TERMINAL_STYLES[sent.label])
        cursor = sent.end
    out.append(text[cursor:para.end])
    return out


# -- HTML ------------------------------------------------------------------------------------

_CSS = """
.slant-article{font-family:Georgia,serif;max-width:46em;line-height:1.5;color:#222}
.slant-legend span{display:inline-block;padding:0 .5em;margin-right:.4em;border-left:4px solid}
.slant-summary{font-family:sans-serif;font-size:.9em;margin:.5em 0 1em}
.slant-p{margin:.6em 0;padding:.4em .7em;border-left:5px solid}
.slant-p .slant-tag{font-family:sans-serif;font-size:.75em;font-weight:bold;text-transform:uppercase}
.slant-s{border-bottom:1px dotted transparent}
.slant-s.slant-opinion{border-bottom-color:#b26a00}
.slant-m{text-decoration:underline wavy #c62828;font-weight:bold}
.slant-p.slant-boilerplate{font-family:sans-serif;font-size:.85em;color:#666}
"""


def _paragraph_inner_html(text: str, para: Paragraph) -> str:
    parts = []
    cursor = para.start
    for sent in para.sentences:
        parts.append(html.escape(text[cursor:sent.start]))
        parts.append(_sentence_html(text, sent))
        cursor = sent.end
    parts.append(html.escape(text[cursor:para.end]))
    return "".join(parts)


def _sentence_html(text: str, sent: Sentence) -> str:
    title = f"{sent.label} ({sent.role}) · {_scores_line(sent.scores)}"
    opinion = " slant-opinion" if sent.label in (COMMENTARY, EMBEDDED_OPINION) else ""
    inner, pos = [], sent.start
    for marker in sent.markers:
        inner.append(html.escape(text[pos:marker.start]))
        inner.append(f'<span class="slant-m" title="opinion marker: {html.escape(marker.kind)}">'
                     f"{html.escape(marker.text)}</span>")
        pos = marker.end
    inner.append(html.escape(text[pos:sent.end]))
    return (f'<span class="slant-s{opinion}" data-label="{sent.label}" '
            f'title="{html.escape(title)}">{"".join(inner)}</span>')


def paragraph_html(para: Paragraph, text: str | None = None) -> str:
    """One paragraph as a tinted block; ``text`` is the article text (defaults to the paragraph's)."""
    if text is None:
        text, offset_para = para.text, _shifted(para)
    else:
        offset_para = para
    title = f"{para.label} · {_scores_line(para.scores)} · opinion share {para.opinion_share:.0%}"
    return (f'<div class="slant-p slant-{para.label}" data-label="{para.label}" '
            f'style="background:{HTML_COLOURS[para.label]};border-color:{HTML_BORDERS[para.label]}" '
            f'title="{html.escape(title)}"><span class="slant-tag">{para.label}</span> '
            f"{_paragraph_inner_html(text, offset_para)}</div>")


def _shifted(para: Paragraph) -> Paragraph:
    """The paragraph with offsets relative to its own text, for rendering it alone."""
    from dataclasses import replace

    d = para.start
    sentences = [replace(s, start=s.start - d, end=s.end - d,
                         markers=[replace(m, start=m.start - d, end=m.end - d) for m in s.markers])
                 for s in para.sentences]
    return replace(para, start=0, end=para.end - d, sentences=sentences)


def article_html(article: Article) -> str:
    """The article as an HTML fragment (for notebooks): legend, summary, tinted paragraphs."""
    legend = "".join(
        f'<span style="background:{HTML_COLOURS[k]};border-color:{HTML_BORDERS[k]}">{k}</span>'
        for k in (FACT, COMMENTARY, EMBEDDED_OPINION, BOILERPLATE))
    s = article.slant
    summary = (f"reading: <b>{html.escape(str(s['label']))}</b> · opinion share "
               f"{s['opinion_share']:.0%} · paragraphs: "
               + ", ".join(f"{v} {k}" for k, v in s["paragraphs"].items()))
    body = "\n".join(paragraph_html(p, article.text) for p in article.paragraphs)
    return (f"<style>{_CSS}</style><div class='slant-article'>"
            f"<div class='slant-legend'>{legend}</div>"
            f"<div class='slant-summary'>{summary}</div>{body}</div>")


def html_page(article: Article, title: str = "slant report") -> str:
    """A self-contained page: no external CSS, scripts or fonts."""
    return ("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
            f"<title>{html.escape(title)}</title></head><body>{article_html(article)}</body></html>\n")
