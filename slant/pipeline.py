"""The one flow: text → paragraphs → sentences → roles → classifier → markers → labels.

`analyze_many` runs the classifier once over the sentences of many articles, which is what
makes batch scoring fast; `analyze` is the single-article case.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .aggregate import (article_summary, build_paragraph, reading_label, sentence_label,
                        shown_markers, topic_words, writer_opines)
from .document import Article, Sentence
from .labels import CONTENT_LABELS
from .markers import attribution_flags, credits_advice_list, find_markers, opens_like_an_order
from .model import SlantModel, load_model
from .segment import split_paragraphs, split_sentences
from .structure import RATING, declares_opinion, reader_letters, tag_roles

#: The classifier reads at most this many characters of a sentence: a longer "sentence" is
#: unsegmentable text (a page without punctuation), and its opening is as telling as all of it.
MAX_CLASSIFIED_CHARS = 2000


@dataclass
class _Layout:
    """Spans and roles of one article before classification."""

    text: str
    paragraphs: list[tuple[int, int]]
    sentences: list[list[tuple[int, int]]]
    roles: list[list[str]]
    declared_opinion: bool
    letters: frozenset[int]  # paragraphs of readers' words that a column answers


def _layout(text: str) -> _Layout:
    paragraphs = split_paragraphs(text)
    sentences = [split_sentences(text, start, end) for start, end in paragraphs]
    return _Layout(text, paragraphs, sentences, tag_roles(text, paragraphs, sentences),
                   declares_opinion(text, paragraphs), reader_letters(text, paragraphs))


def analyze_many(texts: Sequence[str], model: SlantModel | None = None) -> list[Article]:
    """Analyse several articles with one classifier call over all their sentences."""
    model = model or load_model()
    layouts = [_layout(text) for text in texts]
    inputs = [layout.text[s:min(e, s + MAX_CLASSIFIED_CHARS)]
              for layout in layouts for para in layout.sentences for s, e in para]
    # Python floats up front: the same values as float(proba[row, j]), without a NumPy scalar
    # lookup per score.
    proba = model.predict_proba(inputs).tolist()
    articles, row = [], 0
    for layout in layouts:
        read = []  # per paragraph: (start, end, role, credited, scores, markers) per sentence
        # The paragraph before ends with a colon ("The mayor said:") or credits a speaker: a
        # paragraph that is all quotation after it is that speaker's words running on (the
        # convention for a quotation over paragraphs, whether or not the one before closed it).
        introduced = False
        # The paragraph before credits a list of advice to a source ("DFRS issued the following
        # advice:"): the orders under it, paragraph by paragraph, are the source's, not the
        # writer's, up to the first paragraph that does not open with one.
        advice_listed = False
        for index, (spans, roles) in enumerate(zip(layout.sentences, layout.roles)):
            attributed = attribution_flags(layout.text, spans, introduced=introduced)
            listed = advice_listed and bool(spans) and opens_like_an_order(layout.text, *spans[0])
            if listed:
                attributed = [True] * len(spans)
            advice_listed = listed or (bool(spans) and credits_advice_list(layout.text, *spans[-1]))
            introduced = bool(spans) and (
                layout.text[spans[-1][0]:spans[-1][1]].rstrip().endswith(":") or any(attributed))
            # The reader's words, or a source's listed advice, like a quotation.
            letter = index in layout.letters or listed
            para = []
            for (start, end), role, credited in zip(spans, roles, attributed):
                scores = dict(zip(CONTENT_LABELS, proba[row]))
                row += 1
                para.append((start, end, role, credited or letter, scores,
                             [] if letter else find_markers(layout.text, start, end),
                             topic_words(layout.text[start:end], role)))
            read.append(para)
        # Whether the page calls itself opinion or analysis, or reads as opinion apart from advice
        # and first person, decides whether those cues are the writer's commentary
        # (see sentence_label). A box of marks (players' ratings under a match report) is a
        # verdict beside the running text, not a reading of it.
        opines = layout.declared_opinion or writer_opines(
            (reading_label(scores, role, markers, attributed=credited, words=words), end - start)
            for para in read for start, end, role, credited, scores, markers, words in para
            if role != RATING)
        paragraphs = []
        for index, ((p_start, p_end), para) in enumerate(zip(layout.paragraphs, read)):
            sentences = []
            for start, end, role, credited, scores, markers, words in para:
                label = sentence_label(scores, role, markers, attributed=credited,
                                       writer_opines=opines, words=words)
                sentences.append(Sentence(
                    start=start, end=end, text=layout.text[start:end], label=label,
                    scores=scores, markers=shown_markers(label, markers), role=role))
            paragraphs.append(build_paragraph(index, layout.text, p_start, p_end, sentences))
        articles.append(Article(text=layout.text, paragraphs=paragraphs,
                                slant=article_summary(paragraphs)))
    return articles


def analyze(text: str, model: SlantModel | None = None) -> Article:
    """Analyse one article: labelled paragraphs and sentences with scores and markers."""
    return analyze_many([text], model)[0]
