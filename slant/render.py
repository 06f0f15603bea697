"""Terminal and HTML views of an analysed `Article`. Views only: no labels are computed here.

Both views are built from the offsets alone: every character shown comes from ``article.text``
(escaped for HTML), so what you see is exactly the text that was analysed.

* `print_article` — the terminal view: one block per paragraph with its label and scores, the
  opinion sentences coloured and the markers highlighted. Without colour (piped, ``NO_COLOR``,
  ``color=False``) it writes plain text in which labels and ``[[markers]]`` stay visible.
* `article_html` / `paragraph_html` / `sentence_html` — HTML fragments for notebooks, styled
  inline (no ``<style>`` needed, so they survive notebook sanitisers).
* `html_page` — a self-contained report page: no scripts, no external CSS, fonts or images, and
  a Content-Security-Policy that forbids scripts and network access even if text slipped through.
"""

from __future__ import annotations

import html
import io
import sys
from dataclasses import dataclass
from typing import Iterable, Sequence, TextIO

from .document import Article, Marker, Paragraph, Sentence
from .labels import BOILERPLATE, COMMENTARY, CONTENT_LABELS, EMBEDDED_OPINION, FACT

LABEL_ORDER = (FACT, COMMENTARY, EMBEDDED_OPINION, BOILERPLATE)
DISPLAY_NAMES = {FACT: "fact", COMMENTARY: "commentary", EMBEDDED_OPINION: "embedded opinion",
                 BOILERPLATE: "boilerplate"}
SHORT_NAMES = {FACT: "fact", COMMENTARY: "commentary", EMBEDDED_OPINION: "embedded"}
DESCRIPTIONS = {
    FACT: "reported in a neutral voice, including attributed quotes",
    COMMENTARY: "the writer's own opinion, stated openly",
    EMBEDDED_OPINION: "opinion inside reporting: loaded words, scare quotes, embedded posts",
    BOILERPLATE: "not article content: bylines, dates, widgets",
}
#: Sentence roles that belong to an embedded social post.
POST_ROLES = ("post", "attribution")

# -- shared helpers ----------------------------------------------------------------------------


def _label_name(label: str) -> str:
    return DISPLAY_NAMES.get(label, str(label))


def _scores_line(scores: dict[str, float]) -> str:
    return " · ".join(f"{SHORT_NAMES[k]} {float(scores.get(k, 0.0)):.2f}" for k in CONTENT_LABELS)


def _is_post(para: Paragraph) -> bool:
    """A paragraph that is (part of) an embedded social post: all its sentences are post lines."""
    return bool(para.sentences) and all(s.role in POST_ROLES for s in para.sentences)


def _is_answer(para: Paragraph) -> bool:
    """An interviewee's turn in a transcript: its words are their speech."""
    return any(s.role == "answer" for s in para.sentences)


def _is_headline(para: Paragraph) -> bool:
    return bool(para.sentences) and all(s.role == "headline" for s in para.sentences)


def _markers_in(sent: Sentence) -> list[Marker]:
    """The sentence's markers inside its span, in order, without overlaps (views must not crash)."""
    out, pos = [], sent.start
    for m in sorted(sent.markers, key=lambda m: (m.start, -m.end)):
        if m.start >= pos and m.end <= sent.end and m.end > m.start:
            out.append(m)
            pos = m.end
    return out


def _pieces(text: str, para: Paragraph):
    """Walk a paragraph: yields ``(sentence or None, [(chunk, is_marker), ...])`` in text order.

    Text between sentences (spaces, newlines) comes with ``sentence=None``; every character of
    ``text[para.start:para.end]`` is yielded exactly once.
    """
    cursor = para.start
    for sent in sorted(para.sentences, key=lambda s: s.start):
        if sent.start < cursor or sent.end > para.end:
            continue  # malformed offsets: skip rather than duplicate text
        if sent.start > cursor:
            yield None, [(text[cursor:sent.start], False)]
        chunks, pos = [], sent.start
        for m in _markers_in(sent):
            if m.start > pos:
                chunks.append((text[pos:m.start], False))
            chunks.append((text[m.start:m.end], True))
            pos = m.end
        if sent.end > pos:
            chunks.append((text[pos:sent.end], False))
        yield sent, chunks
        cursor = sent.end
    if para.end > cursor:
        yield None, [(text[cursor:para.end], False)]


def _summary_parts(summary: dict) -> dict:
    """The article summary with defaults, so a view never fails on a missing key."""
    share = float(summary.get("opinion_share", 0.0) or 0.0)
    commentary = float(summary.get("commentary_share", 0.0) or 0.0)
    embedded = float(summary.get("embedded_opinion_share", 0.0) or 0.0)
    content = summary.get("content_chars")
    return {
        "label": str(summary.get("label", "?")),
        "opinion_share": share,
        "commentary_share": commentary,
        "embedded_opinion_share": embedded,
        "fact_share": max(0.0, 1.0 - commentary - embedded) if content != 0 else 0.0,
        "paragraphs": dict(summary.get("paragraphs", {}) or {}),
    }


def _counts_line(counts: dict) -> str:
    return ", ".join(f"{n} {label}" for label, n in counts.items())


# -- terminal ----------------------------------------------------------------------------------

TERMINAL_STYLES = {
    FACT: "green",
    COMMENTARY: "magenta",
    EMBEDDED_OPINION: "yellow",
    BOILERPLATE: "bright_black",
}
#: How a sentence's own text is styled in colour mode (fact stays in the terminal's colour).
_SENTENCE_STYLES = {FACT: "", COMMENTARY: "magenta", EMBEDDED_OPINION: "yellow",
                    BOILERPLATE: "bright_black"}


def _wants_colour(file: TextIO | None, color: bool | None) -> bool:
    if color is not None:
        return color
    from rich.console import Console

    probe = Console(file=file)  # honours NO_COLOR, FORCE_COLOR, TERM=dumb and isatty
    return probe.is_terminal and not probe.no_color and probe.color_system is not None


def print_article(article: Article, file: TextIO | None = None, color: bool | None = None,
                  width: int | None = None) -> None:
    """Print the article: a summary line, then one block per paragraph.

    Each block starts with the paragraph's number (as in ``article.paragraphs[i]``), its label
    and its scores. With colour, opinion sentences are coloured by their label, markers are bold
    and underlined, and a bar in the label's colour runs down the block. Without colour (``color``
    False, output piped, or ``NO_COLOR`` set) the output is plain text with no escape codes:
    sentence labels appear as ``[label]`` and markers as ``[[marker]]``.
    """
    if _wants_colour(file, color):
        _print_rich(article, file, width)
    else:
        out = file if file is not None else sys.stdout
        out.write(plain_text(article))
        out.flush()


def plain_text(article: Article) -> str:
    """The terminal view without colour, as a string (what ``print_article`` writes when piped)."""
    buf = io.StringIO()
    s = _summary_parts(article.slant)
    buf.write(f"slant: {s['label']} · opinion share {s['opinion_share']:.0%}"
              f" (commentary {s['commentary_share']:.0%},"
              f" embedded {s['embedded_opinion_share']:.0%})"
              f" · {len(article.paragraphs)} paragraphs: {_counts_line(s['paragraphs'])}\n")
    for para in article.paragraphs:
        buf.write("\n")
        tags = [para.label]
        if _is_post(para):
            tags.append("embedded post")
        if _is_headline(para):
            tags.append("headline")
        if _is_answer(para):
            tags.append("interview answer")
        head = f"[{para.index}] " + ", ".join(tags)
        if para.label != BOILERPLATE:
            head += f"  ({_scores_line(para.scores)} · opinion {para.opinion_share:.0%})"
        buf.write(head + "\n")
        tag_sentences = len(para.sentences) > 1
        body = []
        for sent, chunks in _pieces(article.text, para):
            if sent is not None and tag_sentences:
                body.append(f"[{sent.label}] ")
            body.extend(f"[[{c}]]" if is_marker else c for c, is_marker in chunks)
        text = "".join(body)
        prefix = "  | " if _is_post(para) else "  "
        buf.write("\n".join(prefix + line for line in text.split("\n")) + "\n")
    return buf.getvalue()


@dataclass
class _Bar:
    """A renderable drawn with a coloured bar down its left side (rich has no such border)."""

    renderable: object
    style: str
    char: str = "▌"

    def __rich_console__(self, console, options):
        from rich.segment import Segment

        width = max(10, options.max_width - 2)
        lines = console.render_lines(self.renderable, options.update_width(width), pad=False)
        bar = Segment(self.char + " ", console.get_style(self.style) if self.style else None)
        for line in lines:
            yield bar
            yield from line
            yield Segment.line()


def _print_rich(article: Article, file: TextIO | None, width: int | None) -> None:
    from rich.console import Console, Group
    from rich.text import Text

    console = Console(file=file, force_terminal=True, highlight=False, width=width)
    s = _summary_parts(article.slant)
    head = Text()
    head.append(" slant ", style="bold reverse")
    head.append(f" {s['label']}", style="bold")
    head.append(f" · opinion share {s['opinion_share']:.0%}")
    head.append(f" (commentary {s['commentary_share']:.0%}, "
                f"embedded {s['embedded_opinion_share']:.0%})", style="dim")
    head.append(f" · {len(article.paragraphs)} paragraphs: ")
    for i, (label, n) in enumerate(s["paragraphs"].items()):
        head.append(", " if i else "")
        head.append(f"{n} {_label_name(label)}", style=TERMINAL_STYLES.get(label, ""))
    console.print(head)
    legend = Text("legend: ", style="dim")
    for label in LABEL_ORDER:
        legend.append("■ ", style=TERMINAL_STYLES[label])
        legend.append(_label_name(label) + "  ", style="dim")
    legend.append("marker", style="bold underline")
    console.print(legend)

    for para in article.paragraphs:
        colour = TERMINAL_STYLES.get(para.label, "")
        header = Text()
        header.append(f" {_label_name(para.label)} ", style=f"bold black on {colour}")
        header.append(f" #{para.index}", style="dim")
        if _is_post(para):
            header.append("  embedded post", style=f"italic {colour}")
        if para.label != BOILERPLATE:
            header.append(f"  {_scores_line(para.scores)} · opinion {para.opinion_share:.0%}",
                          style="dim")
        body = Text(style="dim" if para.label == BOILERPLATE else "")
        for sent, chunks in _pieces(article.text, para):
            style = _SENTENCE_STYLES.get(sent.label, "") if sent is not None else ""
            if _is_headline(para):
                style = (style + " bold").strip()
            for chunk, is_marker in chunks:
                body.append(chunk, style=f"{style} bold underline".strip() if is_marker else style)
        content = _Bar(body, "bright_black", "┃") if _is_post(para) else body
        console.print()
        console.print(_Bar(Group(header, content), colour))


# -- HTML ----------------------------------------------------------------------------------------

#: label → (paragraph tint, rule/legend colour, sentence highlight)
HTML_PALETTE = {
    FACT: ("#eef7ef", "#43a047", ""),
    COMMENTARY: ("#f7eefa", "#8e24aa", "#ebcdf3"),
    EMBEDDED_OPINION: ("#fff8e6", "#f0a202", "#ffe29a"),
    BOILERPLATE: ("#f3f3f3", "#9e9e9e", ""),
}
_SANS = "system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
_SERIF = "Georgia,'Times New Roman',serif"
_MARKER_STYLE = ("text-decoration:underline;text-decoration-color:#c62828;"
                 "text-decoration-thickness:2px;text-underline-offset:3px;font-weight:600")


def _e(value: object) -> str:
    """Escape for HTML text and attribute values."""
    return html.escape(str(value), quote=True)


def _style(*decls: str) -> str:
    return ";".join(d for d in decls if d)


def _palette(label: str) -> tuple[str, str, str]:
    return HTML_PALETTE.get(label, ("#ffffff", "#607d8b", ""))


def _chip(label: str, small: bool = False) -> str:
    _, rule, _ = _palette(label)
    size = "0.66em" if small else "0.7em"
    return (f'<span class="slant-chip" data-label="{_e(label)}" style="'
            + _style("display:inline-block", f"background:{rule}", "color:#fff",
                     f"font:700 {size}/1.6 {_SANS}", "padding:0 .45em", "border-radius:3px",
                     "text-transform:uppercase", "letter-spacing:.02em", "white-space:nowrap")
            + f'">{_e(_label_name(label))}</span>')


def _score_bar(scores: dict[str, float], width: str = "6.5em") -> str:
    """A thin stacked bar of the three content scores."""
    total = sum(max(0.0, float(scores.get(k, 0.0))) for k in CONTENT_LABELS) or 1.0
    cells = "".join(
        f'<span style="display:inline-block;height:100%;width:'
        f'{100 * max(0.0, float(scores.get(k, 0.0))) / total:.1f}%;background:{_palette(k)[1]}">'
        "</span>"
        for k in CONTENT_LABELS)
    return (f'<span class="slant-scorebar" title="{_e(_scores_line(scores))}" style="'
            + _style("display:flex", f"width:{width}", "height:5px", "margin-top:.35em",
                     "border-radius:2px", "overflow:hidden", "background:#ddd")
            + f'">{cells}</span>')


def _sentence_title(sent: Sentence) -> str:
    title = f"{_label_name(sent.label)} — {sent.role} sentence · {_scores_line(sent.scores)}"
    markers = _markers_in(sent)
    if markers:
        title += " · markers: " + ", ".join(m.text for m in markers)
    return title


def _sentence_span(sent: Sentence, chunks: Sequence[tuple[str, bool]]) -> str:
    # Opinion sentences are highlighted; lines of an embedded post are not (the post block
    # around them already says what they are), they are set in italics instead.
    highlight = "" if sent.role in POST_ROLES else _palette(sent.label)[2]
    style = _style(f"background:{highlight}" if highlight else "",
                   "border-radius:2px" if highlight else "",
                   "color:#777" if sent.label == BOILERPLATE else "",
                   "font-style:italic" if sent.role in POST_ROLES else "")
    inner = "".join(
        f'<span class="slant-m" title="opinion marker: {_e(c)}" style="{_MARKER_STYLE}">'
        f"{_e(c)}</span>" if is_marker else _e(c)
        for c, is_marker in chunks)
    return (f'<span class="slant-s" data-label="{_e(sent.label)}" data-role="{_e(sent.role)}" '
            f'title="{_e(_sentence_title(sent))}"'
            + (f' style="{style}"' if style else "") + f">{inner}</span>")


def _paragraph_text_html(text: str, para: Paragraph) -> str:
    out = []
    for sent, chunks in _pieces(text, para):
        if sent is None:
            out.append(_e("".join(c for c, _ in chunks)))
        else:
            out.append(_sentence_span(sent, chunks))
    return "".join(out)


def paragraph_html(para: Paragraph, text: str | None = None) -> str:
    """One paragraph as a tinted block with its label chip and score bar.

    ``text`` is the whole article text the paragraph's offsets point into; without it the
    paragraph is shown on its own (offsets are taken relative to ``para.start``).
    """
    alone = text is None
    if alone:
        text = " " * para.start + para.text  # offsets stay valid without copying the article
    tint, rule, _ = _palette(para.label)
    boiler = para.label == BOILERPLATE
    headline = _is_headline(para)
    title = f"paragraph {para.index}: {_label_name(para.label)}"
    if not boiler:
        title += f" · {_scores_line(para.scores)} · opinion share {para.opinion_share:.0%}"
    gutter = _chip(para.label, small=boiler)
    if not boiler:
        gutter += _score_bar(para.scores)
    gutter += (f'<span style="display:block;font:.7em {_SANS};color:#888;margin-top:.2em">'
               f"#{para.index}{' · embedded post' if alone and _is_post(para) else ''}</span>")
    if boiler:
        font = f"font:.8em/1.4 {_SANS};color:#777"
    elif headline:
        font = f"font:700 1.3em/1.3 {_SERIF};color:#111"
    else:
        font = f"font:1em/1.55 {_SERIF};color:#1f1f1f"
    block = _style("display:grid", "grid-template-columns:8.6em minmax(0,1fr)", "gap:.9em",
                   f"background:{tint}", f"border-left:5px solid {rule}",
                   "padding:.25em .7em" if boiler else "padding:.55em .8em",
                   "margin:.25em 0" if boiler else "margin:.5em 0", "border-radius:0 4px 4px 0")
    return (f'<div class="slant-p slant-{_e(para.label)}" data-label="{_e(para.label)}" '
            f'data-index="{para.index}" title="{_e(title)}" style="{block}">'
            f'<div class="slant-gutter" style="padding-top:.2em">{gutter}</div>'
            f'<div class="slant-text" style="{font};white-space:pre-wrap;overflow-wrap:anywhere">'
            f"{_paragraph_text_html(text, para)}</div></div>")


def _post_group_html(paras: Sequence[Paragraph], text: str) -> str:
    tag = (f'<div style="font:600 .72em {_SANS};color:#546e7a;text-transform:uppercase;'
           f'letter-spacing:.06em;margin:.1em 0 .2em">&#8618; embedded post</div>')
    return (f'<div class="slant-post" style="margin:.7em 0 .7em 2.2em;padding-left:.8em;'
            f'border-left:3px solid #90a4ae">{tag}'
            + "".join(paragraph_html(p, text) for p in paras) + "</div>")


def _blocks(paragraphs: Sequence[Paragraph]) -> Iterable[tuple[bool, list[Paragraph]]]:
    """Group consecutive embedded-post paragraphs: yields ``(is_post, paragraphs)``."""
    group: list[Paragraph] = []
    for para in paragraphs:
        if _is_post(para):
            group.append(para)
            continue
        if group:
            yield True, group
            group = []
        yield False, [para]
    if group:
        yield True, group


def legend_html() -> str:
    items = "".join(
        f'<span title="{_e(DESCRIPTIONS[k])}" style="display:inline-flex;align-items:center;'
        f'gap:.35em;margin-right:1.1em;white-space:nowrap">'
        f'<span style="display:inline-block;width:1.1em;height:.95em;background:{_palette(k)[0]};'
        f'border:1px solid {_palette(k)[1]};border-left-width:5px"></span>'
        f'{_e(_label_name(k))}</span>'
        for k in LABEL_ORDER)
    items += (f'<span style="white-space:nowrap"><span style="{_MARKER_STYLE}">marker</span>'
              " = the words that make a sentence opinionated</span>")
    return (f'<div class="slant-legend" style="font:.82em/1.8 {_SANS};color:#444;'
            f'margin:.4em 0">{items}</div>')


def _share_bar(s: dict) -> str:
    parts = [(FACT, s["fact_share"]), (COMMENTARY, s["commentary_share"]),
             (EMBEDDED_OPINION, s["embedded_opinion_share"])]
    cells = "".join(
        f'<span title="{_e(_label_name(k))}: {v:.0%} of the content text" style="display:block;'
        f'width:{100 * v:.2f}%;background:{_palette(k)[1]}"></span>'
        for k, v in parts if v > 0)
    return (f'<div class="slant-sharebar" style="display:flex;height:10px;border-radius:3px;'
            f'overflow:hidden;background:#e0e0e0;margin:.45em 0 .3em">{cells}</div>')


def _map_html(article: Article) -> str:
    """One cell per paragraph, as wide as its text, in its label's colour: where opinion sits."""
    total = sum(max(1, p.end - p.start) for p in article.paragraphs) or 1
    cells = "".join(
        f'<span title="#{p.index} {_e(_label_name(p.label))}" style="display:block;'
        f'width:{100 * max(1, p.end - p.start) / total:.2f}%;background:{_palette(p.label)[1]};'
        f'border-right:1px solid #fff"></span>'
        for p in article.paragraphs)
    return (f'<div style="font:.72em {_SANS};color:#777;margin-top:.35em">paragraphs from first '
            f'to last</div><div class="slant-map" style="display:flex;height:14px;'
            f'border-radius:3px;overflow:hidden;background:#e0e0e0;margin:.15em 0">{cells}</div>')


def summary_html(article: Article) -> str:
    """The article summary: reading, opinion share with a bar, paragraph counts and a map."""
    s = _summary_parts(article.slant)
    counts = " ".join(
        f'<span style="white-space:nowrap;margin-right:.6em">{_chip(k, small=True)} {int(n)}</span>'
        for k, n in s["paragraphs"].items())
    return (f'<div class="slant-summary" style="font:.9em/1.5 {_SANS};color:#222;'
            f'background:#fafafa;border:1px solid #e3e3e3;border-radius:6px;padding:.7em .9em;'
            f'margin:.3em 0 .6em">'
            f'<div>Reading: <b class="slant-reading" style="font-size:1.15em">{_e(s["label"])}</b>'
            f' &nbsp;·&nbsp; opinion share <b>{s["opinion_share"]:.0%}</b> of the content text '
            f'<span style="color:#666">(commentary {s["commentary_share"]:.0%}, embedded opinion '
            f'{s["embedded_opinion_share"]:.0%})</span></div>'
            f"{_share_bar(s)}"
            f'<div style="margin-top:.2em">{len(article.paragraphs)} paragraphs: {counts}</div>'
            f"{_map_html(article) if article.paragraphs else ''}</div>")


def article_html(article: Article) -> str:
    """The article as an HTML fragment (for notebooks): summary, legend, tinted paragraphs.

    Embedded posts are indented under a side rule with an "embedded post" tag, boilerplate is
    grey and small, and hovering a paragraph, sentence or marker shows its label and scores.
    """
    blocks = []
    for is_post, paras in _blocks(article.paragraphs):
        if is_post:
            blocks.append(_post_group_html(paras, article.text))
        else:
            blocks.append(paragraph_html(paras[0], article.text))
    if not blocks:
        blocks.append(f'<p style="font:.9em {_SANS};color:#777">(no text)</p>')
    return (f'<div class="slant-article" style="max-width:52em;background:#fff;color:#1f1f1f;'
            f'padding:.4em .2em">{summary_html(article)}{legend_html()}'
            f'{"".join(blocks)}</div>')


def sentence_html(sent: Sentence, text: str | None = None) -> str:
    """One sentence with its markers and a table of its scores: why it got its label."""
    if text is None:
        text = " " * sent.start + sent.text
    para = Paragraph(index=0, start=sent.start, end=sent.end, text=sent.text, label=sent.label,
                     scores=sent.scores, opinion_share=0.0, sentences=[sent])
    best = max(CONTENT_LABELS, key=lambda k: float(sent.scores.get(k, 0.0)))
    rows = "".join(
        f'<tr><td style="padding:0 .8em 0 0">{_e(_label_name(k))}</td>'
        f'<td style="width:12em"><span style="display:block;height:.7em;width:'
        f'{100 * max(0.0, min(1.0, float(sent.scores.get(k, 0.0)))):.1f}%;'
        f'background:{_palette(k)[1]}"></span></td>'
        f'<td style="padding-left:.6em;text-align:right">{float(sent.scores.get(k, 0.0)):.3f}'
        f'{" ◀" if k == best else ""}</td></tr>'
        for k in CONTENT_LABELS)
    markers = _markers_in(sent)
    if sent.role == "boilerplate":
        why = "set by the structure stage: a boilerplate line"
    elif sent.role in POST_ROLES:
        why = "set by the structure stage: a line of an embedded post"
    elif sent.role == "answer":
        why = "set by the structure stage: an interviewee's answer, their speech"
    elif sent.role == "data":
        why = "set by the structure stage: a line of listed data (a team's line-up, a price list's item), fact"
    elif sent.role == "rating":
        why = "set by the structure stage: a review's rating line or headline verdict, the critic's verdict"
    elif sent.role == "claim":
        why = ("set by the structure stage: a letter's heading, the letter's case (fact only when the "
               "classifier is sure it names the item)")
    elif sent.role == "question" and sent.label == "fact":
        why = "an interviewer's question: it asks, and holds no loaded word of the writer's"
    elif sent.label != best and markers:
        why = f"the classifier leans to {_label_name(best)}; its opinion markers make it " \
              f"{_label_name(sent.label)}"
    elif sent.label == best:
        why = f"the classifier's highest score is {_label_name(best)}"
    else:
        why = f"the classifier's highest score is {_label_name(best)}; the labelling rules " \
              f"chose {_label_name(sent.label)}"
    marker_list = ", ".join(f"<b>{_e(m.text)}</b> <span style=\"color:#888\">({_e(m.kind)}, "
                            f"weight {m.weight:.2f})</span>" for m in markers) or "none"
    return ('<div class="slant-sentence" style="max-width:52em;background:#fff;color:#1f1f1f;'
            'padding:.4em .5em">'
            f'<div style="font:1em/1.55 {_SERIF};margin-bottom:.4em">'
            f"{_chip(sent.label)} {_paragraph_text_html(text, para)}</div>"
            f'<table style="font:.82em {_SANS};border-collapse:collapse">{rows}</table>'
            f'<div style="font:.82em {_SANS};color:#444;margin-top:.3em">role: {_e(sent.role)}'
            f" · markers: {marker_list}</div>"
            f'<div class="slant-why" style="font:.82em {_SANS};color:#444">why '
            f"{_e(_label_name(sent.label))}: {_e(why)}</div></div>")


#: Page-only rules: narrow screens put the label above the text instead of beside it.
_PAGE_CSS = ("@media (max-width:560px){.slant-p{grid-template-columns:minmax(0,1fr)!important;"
             "gap:.3em!important}.slant-post{margin-left:.6em!important}"
             ".slant-gutter{display:flex;align-items:center;gap:.6em}"
             ".slant-gutter>*{margin-top:0!important}}"
             "@media print{.slant-p,.slant-summary{break-inside:avoid}}")

_PAGE_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
             "base-uri 'none'; form-action 'none'")


def html_page(article: Article, title: str = "slant report") -> str:
    """A self-contained page: no scripts, no external CSS, fonts or images; works offline.

    The page also declares a Content-Security-Policy that allows inline styles only, so no
    script runs and nothing is fetched even if text were ever left unescaped.
    """
    from . import __version__

    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{_PAGE_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{_PAGE_CSS}</style></head>\n"
        f'<body style="margin:0;background:#fff">'
        f'<main style="max-width:54em;margin:0 auto;padding:1.2em 1.4em 3em">'
        f'<h1 style="font:600 1.05em {_SANS};color:#555;margin:0 0 .4em">{_e(title)}</h1>\n'
        f"{article_html(article)}\n"
        f'<footer style="font:.75em {_SANS};color:#999;margin-top:2em">slant {_e(__version__)}'
        " · hover a paragraph, sentence or marker to see its label and scores</footer>"
        "</main></body></html>\n")
