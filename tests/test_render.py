"""The terminal and HTML views, on articles built by hand (so no test depends on the model)."""

from __future__ import annotations

import html
import io
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from slant import Article, Marker, Paragraph, Sentence
from slant.render import article_html, html_page, paragraph_html, plain_text, print_article

REPO = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[")
SCRIPT = "<script>document.body.setAttribute('data-pwned','1')</script>"


def _scores(label: str) -> dict[str, float]:
    base = {"fact": 0.1, "commentary": 0.1, "embedded_opinion": 0.1}
    if label in base:
        base[label] = 0.8
    return base


def build_article(paragraphs: list[list[tuple[str, str, str]]], para_labels: list[str],
                  markers: dict[str, str] | None = None) -> Article:
    """An Article from ``[[(sentence text, label, role), ...], ...]`` joined by blank lines.

    ``markers`` maps a sentence text to a substring of it that becomes a marker.
    """
    markers = markers or {}
    text, paras = "", []
    for index, (sentences, label) in enumerate(zip(paragraphs, para_labels)):
        if index:
            text += "\n\n"
        p_start, sents = len(text), []
        for j, (s_text, s_label, role) in enumerate(sentences):
            if j:
                text += "\n" if role == "attribution" else " "
            start = len(text)
            text += s_text
            found = []
            if s_text in markers:
                at = start + s_text.index(markers[s_text])
                found.append(Marker(at, at + len(markers[s_text]), markers[s_text],
                                    kind="scare_quotes"))
            sents.append(Sentence(start, len(text), s_text, s_label, _scores(s_label), found,
                                  role))
        paras.append(Paragraph(index, p_start, len(text), text[p_start:], label, _scores(label),
                               0.5 if label in ("commentary", "embedded_opinion") else 0.0,
                               sents))
    counts: dict[str, int] = {}
    for label in para_labels:
        counts[label] = counts.get(label, 0) + 1
    slant = {"label": "mixed", "opinion_share": 0.4, "commentary_share": 0.25,
             "embedded_opinion_share": 0.15, "paragraphs": counts, "content_chars": len(text)}
    return Article(text=text, paragraphs=paras, slant=slant)


@pytest.fixture
def article() -> Article:
    return build_article(
        [
            [("Council Approves Bridge Repair", "fact", "headline")],
            [("The council voted 7-2 on Tuesday.", "fact", "prose"),
             ("Officials called the plan a 'rescue' of the city.", "embedded_opinion", "prose")],
            [("This policy is a disgrace & voters deserve better.", "commentary", "prose")],
            [("Two years of warnings and they finally act.", "embedded_opinion", "post"),
             ("— Harbor Merchants (@HarborMerchants) March 4, 2025", "embedded_opinion",
              "attribution")],
            [(f"A reader wrote {SCRIPT} and <b>bold</b> \"quotes\".", "fact", "prose")],
            [("Share this article", "boilerplate", "boilerplate")],
        ],
        ["fact", "embedded_opinion", "commentary", "embedded_opinion", "fact", "boilerplate"],
        markers={"Officials called the plan a 'rescue' of the city.": "'rescue'"},
    )


def test_the_builder_keeps_offsets(article):
    for para in article.paragraphs:
        assert article.text[para.start:para.end] == para.text
        for sent in para.sentences:
            assert article.text[sent.start:sent.end] == sent.text
            for m in sent.markers:
                assert article.text[m.start:m.end] == m.text


# -- terminal ------------------------------------------------------------------------------------

def test_plain_view_keeps_labels_markers_and_text(article):
    buf = io.StringIO()
    print_article(article, file=buf, color=False)
    out = buf.getvalue()
    assert out == plain_text(article)
    assert not ANSI.search(out)
    assert out.startswith("slant: mixed")
    for para in article.paragraphs:
        assert f"\n[{para.index}] {para.label}" in out
    assert "[embedded_opinion] Officials called the plan a [['rescue']] of the city." in out
    assert "[fact] The council voted 7-2 on Tuesday." in out
    assert "embedded post" in out and "headline" in out
    assert SCRIPT in out, "the terminal shows the text as it is"
    # every sentence's text survives (markers aside), in order
    positions = [out.index(s.text) for s in article.sentences if not s.markers]
    assert positions == sorted(positions)


def test_plain_view_tags_an_interview_answer():
    article = build_article(
        [[("Q: Why now?", "fact", "question")],
         [("A: The pier is finally ready.", "fact", "answer")]],
        ["fact", "fact"])
    out = plain_text(article)
    assert "[1] fact, interview answer" in out
    assert "[0] fact  (" in out


def test_plain_view_of_a_multiline_post_marks_every_line(article):
    out = plain_text(article)
    block = out.split("\n[3] ")[1].split("\n\n")[0]
    body = block.splitlines()[1:]
    assert len(body) == 2 and all(line.startswith("  | ") for line in body)


def test_colour_view_has_colour_and_all_words(article):
    buf = io.StringIO()
    print_article(article, file=buf, color=True, width=60)
    out = buf.getvalue()
    assert ANSI.search(out)
    bare = re.sub(r"\x1b\[[0-9;]*m", "", out)
    for word in re.findall(r"\w+", article.text):
        assert word in bare
    assert max(len(line) for line in bare.splitlines()) <= 60


def test_auto_colour_follows_no_color(article, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")  # a terminal, as far as rich is concerned
    monkeypatch.delenv("NO_COLOR", raising=False)
    buf = io.StringIO()
    print_article(article, file=buf)
    assert ANSI.search(buf.getvalue())
    monkeypatch.setenv("NO_COLOR", "1")
    buf = io.StringIO()
    print_article(article, file=buf)
    assert buf.getvalue() == plain_text(article)


def test_auto_colour_is_off_for_a_file(article, monkeypatch):
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    buf = io.StringIO()
    print_article(article, file=buf)
    assert buf.getvalue() == plain_text(article)


def _run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "slant.cli", *args], capture_output=True,
                          timeout=180, env={**os.environ, **(env or {})})


def test_cli_text_view_is_plain_when_piped_and_coloured_on_request(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Council Approves Repair\n\nThe council voted 7-2 on Tuesday to repair the "
                   "bridge. This is a disgrace, and voters deserve better.\n\nShare this article\n",
                   encoding="utf-8")
    result = _run_cli("analyze", str(src), env={"NO_COLOR": "1", "FORCE_COLOR": ""})
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert not ANSI.search(out)
    assert re.search(r"^\[0\] (fact|commentary|embedded_opinion)", out, re.M)
    assert re.search(r"^\[2\] boilerplate", out, re.M)
    forced = _run_cli("analyze", str(src), "--color", env={"NO_COLOR": ""})
    assert forced.returncode == 0 and ANSI.search(forced.stdout.decode())


# -- HTML ----------------------------------------------------------------------------------------

class _Tree(HTMLParser):
    """Collects elements (tag, attrs) and, per ``slant-text`` block, the text inside it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.blocks: list[str] = []
        self._depth = 0  # >0 while inside a slant-text div
        self.texts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if self._depth:
            self._depth += 1
        elif "slant-text" in (attrs.get("class") or "").split():
            self._depth = 1
            self.blocks.append("")

    def handle_endtag(self, tag):
        if self._depth:
            self._depth -= 1

    def handle_data(self, data):
        self.texts.append(data)
        if self._depth:
            self.blocks[-1] += data


def parse(markup: str) -> _Tree:
    tree = _Tree()
    tree.feed(markup)
    tree.close()
    return tree


def with_class(tree: _Tree, name: str) -> list[dict]:
    return [a for _, a in tree.elements if name in (a.get("class") or "").split()]


def test_html_shows_every_paragraph_exactly(article):
    tree = parse(article_html(article))
    paras = with_class(tree, "slant-p")
    assert [p["data-label"] for p in paras] == [p.label for p in article.paragraphs]
    assert [int(p["data-index"]) for p in paras] == list(range(len(article.paragraphs)))
    assert tree.blocks == [p.text for p in article.paragraphs]


def test_html_escapes_text(article):
    page = html_page(article, title="<script>alert(1)</script>")
    assert "<script" not in page.lower()
    assert html.escape(SCRIPT) in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page
    tree = parse(page)
    assert not [t for t, _ in tree.elements if t in ("script", "img", "iframe", "object", "embed")]


def test_html_page_is_self_contained(article):
    page = html_page(article)
    assert page.startswith("<!DOCTYPE html>")
    assert 'http-equiv="Content-Security-Policy"' in page and "default-src 'none'" in page
    for reference in ("src=", "href=", "url(", "@import", "<link", "http://", "https://"):
        assert reference not in page, reference
    assert "<meta charset=\"utf-8\">" in page


def test_html_has_legend_summary_markers_posts_and_hover_titles(article):
    markup = article_html(article)
    tree = parse(markup)
    assert with_class(tree, "slant-legend") and with_class(tree, "slant-summary")
    shown = "".join(tree.texts)
    assert "mixed" in shown and "40%" in shown
    markers = with_class(tree, "slant-m")
    assert len(markers) == 1 and "rescue" in markers[0]["title"]
    posts = with_class(tree, "slant-post")
    assert len(posts) == 1 and "embedded post" in shown
    sentences = with_class(tree, "slant-s")
    assert len(sentences) == len(article.sentences)
    for attrs, sent in zip(sentences, article.sentences):
        assert attrs["data-label"] == sent.label and attrs["data-role"] == sent.role
        assert "fact 0." in attrs["title"] and "commentary 0." in attrs["title"]
    titled = with_class(tree, "slant-p")
    assert all(a["title"].startswith(f"paragraph {i}:") for i, a in enumerate(titled))
    boiler = [a for a in titled if a["data-label"] == "boilerplate"][0]
    assert "font:.8em" in boiler.get("style", "") or "slant-boilerplate" in boiler["class"]


def test_post_block_holds_the_post_paragraphs_only(article):
    markup = article_html(article)
    start = markup.index('class="slant-post"')
    post = markup[start:]
    assert 'data-index="3"' in post.split('data-index="4"')[0]
    assert 'data-index="2"' not in post


def test_repr_html_of_article_paragraph_and_sentence(article):
    assert article._repr_html_() == article_html(article)
    para = article.paragraphs[1]
    tree = parse(para._repr_html_())
    assert tree.blocks == [para.text]
    assert para._repr_html_() == paragraph_html(para)
    sent = para.sentences[1]
    shown = sent._repr_html_()
    assert "rescue" in shown and "scare_quotes" in shown and "0.800" in shown


def test_views_survive_malformed_markers_and_empty_articles(article):
    sent = article.paragraphs[1].sentences[1]
    sent.markers = [Marker(sent.start + 2, sent.start + 8, sent.text[2:8]),
                    Marker(sent.start + 4, sent.start + 10, sent.text[4:10]),  # overlaps
                    Marker(sent.end - 2, sent.end + 30, "out of range")]
    tree = parse(article_html(article))
    assert tree.blocks == [p.text for p in article.paragraphs]
    assert len(with_class(tree, "slant-m")) == 1
    plain_text(article)
    empty = Article(text="", paragraphs=[], slant={"label": "empty", "opinion_share": 0.0,
                                                   "paragraphs": {}})
    assert "no text" in article_html(empty)
    assert plain_text(empty).startswith("slant: empty")
    print_article(empty, file=io.StringIO(), color=True)


_chars = st.sampled_from(list("ab <>&\"'’\n\t é“”") + ["\u00a0", "\U0001f600"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(_chars, min_size=1, max_size=30), min_size=1, max_size=5),
       st.data())
def test_html_and_plain_views_keep_any_text(chunks, data):
    """Whatever characters an article holds, the HTML text of each paragraph is exactly it."""
    sentences = [[(c, data.draw(st.sampled_from(["fact", "commentary", "embedded_opinion",
                                                  "boilerplate"])), "prose")] for c in chunks]
    labels = [s[0][1] for s in sentences]
    art = build_article(sentences, labels)
    for para in art.paragraphs:  # a marker on the first character(s) of every sentence
        for sent in para.sentences:
            sent.markers = [Marker(sent.start, sent.start + 1, sent.text[:1])]
    markup = html_page(art)
    assert "<script" not in markup
    tree = parse(markup)
    assert tree.blocks == [p.text for p in art.paragraphs]
    out = plain_text(art)
    assert not ANSI.search(out)


def test_analyzed_article_renders_structurally(model):
    """On a real analysis (labels may change with the model): one block per paragraph, text kept."""
    import slant

    text = (REPO / "data" / "examples" / "harbor-bridge-vote.txt").read_text(encoding="utf-8")
    art = slant.analyze(text, model=model)
    tree = parse(art._repr_html_())
    assert len(with_class(tree, "slant-p")) == len(art.paragraphs)
    assert tree.blocks == [p.text for p in art.paragraphs]
    out = plain_text(art)
    assert out.count("\n[") == len(art.paragraphs)
    assert len(art.to_frame()) == len(art.sentences)
    assert len(art.to_frame(level="paragraph")) == len(art.paragraphs)


def test_reprs_are_short(article):
    """The text/plain beside the HTML in a notebook, and what a REPL prints, stay one line."""
    long = build_article([[("word " * 2000, "fact", "prose")]], ["fact"])
    for shown in (repr(article), repr(long), repr(long.paragraphs[0])):
        assert "\n" not in shown and len(shown) < 300
    assert repr(article).startswith("Article(label='mixed'")


def test_a_post_paragraph_on_its_own_says_it_is_a_post(article):
    assert "embedded post" in article.paragraphs[3]._repr_html_()
    assert "embedded post" not in article.paragraphs[1]._repr_html_()
