"""Sentence and paragraph labels from classifier scores, structure roles and markers."""

from __future__ import annotations

import pytest

from slant import aggregate
from slant.aggregate import (advises, OPINION_MIN_SCORE, article_summary, build_paragraph, marker_threshold,
                             paragraph_label, sentence_label, shown_markers, speaks_as_a_service,
                             writer_opines)
from slant.document import Marker, Sentence
from slant.labels import BOILERPLATE, COMMENTARY, EMBEDDED_OPINION, FACT
from slant.markers import (ADVICE, ASIDE, EVALUATIVE, FIRST_PERSON, IMPERATIVE, RHETORICAL_QUESTION,
                           SCARE_QUOTES)
from slant.structure import (ANSWER, ATTRIBUTION, BOILERPLATE as BP_ROLE, CLAIM, DATA, HEADLINE, POST, PROSE,
                             QUESTION)

#: A fact call that a word marker may still overturn (under ``MARKER_MAX_FACT``).
FACTUAL = {FACT: 0.75, COMMENTARY: 0.15, EMBEDDED_OPINION: 0.1}
OPINIONATED = {FACT: 0.1, COMMENTARY: 0.85, EMBEDDED_OPINION: 0.05}
_P = OPINION_MIN_SCORE - 0.04  # an opinion call just under the confidence an unmarked one needs
UNSURE = {FACT: 1 - _P, COMMENTARY: _P - 0.01, EMBEDDED_OPINION: 0.01}
#: A fact call the context cues may overturn (under ``CONTEXT_CUE_MAX_FACT``).
LEANING = {FACT: 0.72, COMMENTARY: 0.18, EMBEDDED_OPINION: 0.1}


def heavy():
    return Marker(0, 5, "awful", kind=EVALUATIVE, weight=min(0.999, marker_threshold() + 0.05))


def light():
    return Marker(0, 5, "every", kind=EVALUATIVE, weight=marker_threshold() - 0.1)


def test_structure_roles_decide_first():
    assert sentence_label(OPINIONATED, BP_ROLE, [heavy()]) == BOILERPLATE
    assert sentence_label(FACTUAL, POST, []) == EMBEDDED_OPINION
    assert sentence_label(FACTUAL, ATTRIBUTION, []) == EMBEDDED_OPINION


def test_attributed_sentence_is_fact_even_when_the_classifier_says_commentary():
    assert sentence_label(OPINIONATED, PROSE, [], attributed=True) == FACT
    assert sentence_label(OPINIONATED, PROSE, [light()], attributed=True) == FACT


def test_attributed_sentence_with_the_writers_loaded_word_is_embedded_not_commentary():
    assert sentence_label(OPINIONATED, PROSE, [heavy()], attributed=True) == EMBEDDED_OPINION
    assert sentence_label(FACTUAL, PROSE, [heavy()], attributed=True) == EMBEDDED_OPINION


def test_factual_sentence_with_heavy_marker_or_shape_marker_becomes_embedded():
    assert sentence_label(FACTUAL, PROSE, [heavy()]) == EMBEDDED_OPINION
    scare = Marker(0, 3, "‘x’", kind=SCARE_QUOTES, weight=0.4)
    assert sentence_label(FACTUAL, PROSE, [scare]) == EMBEDDED_OPINION
    question = Marker(0, 1, "?", kind=RHETORICAL_QUESTION, weight=0.5)
    assert sentence_label(FACTUAL, PROSE, [question]) == EMBEDDED_OPINION


def test_a_line_of_listed_data_is_fact_whatever_the_classifier_says():
    assert sentence_label(OPINIONATED, DATA, [heavy()]) == FACT


def test_interview_answers_are_fact_and_questions_read_like_attributed_sentences():
    assert sentence_label(OPINIONATED, ANSWER, [heavy()]) == FACT
    question = Marker(0, 1, "?", kind=RHETORICAL_QUESTION, weight=0.5)
    assert sentence_label(OPINIONATED, QUESTION, [question]) == FACT
    assert sentence_label(FACTUAL, QUESTION, [question, heavy()]) == EMBEDDED_OPINION


def test_a_posed_question_speaks_for_the_reader_not_the_writer():
    # "Should I travel?" as an FAQ heading: its "I" is the reader's.
    question = Marker(0, 1, "?", kind=RHETORICAL_QUESTION, weight=0.5)
    me = Marker(7, 8, "I", kind=FIRST_PERSON, weight=0.61)
    assert sentence_label(FACTUAL, HEADLINE, [question, me]) == FACT
    assert sentence_label(FACTUAL, QUESTION, [me]) == FACT
    # A heavy word still counts.
    assert sentence_label(FACTUAL, HEADLINE, [question, me, heavy()]) == EMBEDDED_OPINION


def test_a_headline_question_poses_the_articles_question():
    question = Marker(0, 1, "?", kind=RHETORICAL_QUESTION, weight=0.5)
    assert sentence_label(FACTUAL, HEADLINE, [question]) == FACT
    assert sentence_label(FACTUAL, HEADLINE, [question, heavy()]) == EMBEDDED_OPINION
    # The classifier reads most questions as opinion; a posed one is read by its words.
    assert sentence_label(OPINIONATED, HEADLINE, [question]) == FACT
    # A headline that is not a question is still the classifier's call.
    assert sentence_label(OPINIONATED, HEADLINE, []) == COMMENTARY


def test_light_marker_does_not_promote():
    assert sentence_label(FACTUAL, PROSE, [light()]) == FACT


def test_advice_is_commentary_only_when_the_writer_opines_elsewhere():
    advice = Marker(4, 10, "should", kind=ADVICE, weight=0.66)
    assert LEANING[FACT] < aggregate.CONTEXT_CUE_MAX_FACT
    assert sentence_label(LEANING, PROSE, [advice], writer_opines=True) == COMMENTARY
    assert sentence_label(LEANING, PROSE, [advice]) == FACT
    weak = Marker(4, 10, "should", kind=ADVICE, weight=0.5)
    assert sentence_label(LEANING, PROSE, [weak], writer_opines=True) == FACT


def test_an_opinion_article_reads_its_writers_leaning_prose_as_commentary():
    # Inside an opinion article the classifier's opinion score needs less to be the argument.
    threshold = aggregate.OPINION_ARTICLE_MIN_SCORE
    assert threshold < OPINION_MIN_SCORE
    leaning = {FACT: 1 - threshold, COMMENTARY: threshold * 0.6, EMBEDDED_OPINION: threshold * 0.4}
    assert sentence_label(leaning, PROSE, [], writer_opines=True) == COMMENTARY
    assert sentence_label(leaning, PROSE, []) == FACT  # in news the classifier's call stands
    under = {FACT: 1 - threshold + 0.02, COMMENTARY: threshold - 0.02, EMBEDDED_OPINION: 0.0}
    assert sentence_label(under, PROSE, [], writer_opines=True) == FACT
    # Attributed speech, headlines and page chrome keep their own rules.
    assert sentence_label(leaning, PROSE, [], attributed=True, writer_opines=True) == FACT
    assert sentence_label(leaning, HEADLINE, [], writer_opines=True) == FACT


def test_first_person_counts_like_advice_only_when_the_writer_opines():
    we = Marker(0, 2, "We", kind=FIRST_PERSON, weight=0.61)
    assert sentence_label(LEANING, PROSE, [we], writer_opines=True) == COMMENTARY
    assert sentence_label(LEANING, PROSE, [we]) == FACT
    assert advises([we])
    assert not advises([Marker(0, 2, "We", kind=FIRST_PERSON, weight=0.4)])


def test_word_marker_leaves_a_confident_fact_alone_but_exact_shapes_do_not():
    # "had higher blood pressure two years later": "blood" weighs heavily out of context, but
    # the classifier is sure the sentence reports a finding.
    sure = {FACT: 0.97, COMMENTARY: 0.01, EMBEDDED_OPINION: 0.02}
    assert sure[FACT] >= aggregate.MARKER_MAX_FACT > FACTUAL[FACT]
    assert sentence_label(sure, PROSE, [heavy()]) == FACT
    assert sentence_label(sure, PROSE, [heavy()], attributed=True) == FACT
    assert sentence_label(FACTUAL, PROSE, [heavy()]) == EMBEDDED_OPINION
    scare = Marker(0, 3, "‘x’", kind=SCARE_QUOTES, weight=0.4)
    assert sentence_label(sure, PROSE, [scare]) == EMBEDDED_OPINION
    aside = Marker(0, 5, "oddly", kind=ASIDE, weight=0.87)
    assert sentence_label(sure, PROSE, [aside]) == EMBEDDED_OPINION


def test_context_cue_leaves_a_confident_fact_alone():
    # "I rode all 38 routes": first person, but the classifier is sure it is a report.
    we = Marker(0, 1, "I", kind=FIRST_PERSON, weight=0.61)
    sure = {FACT: 0.99, COMMENTARY: 0.005, EMBEDDED_OPINION: 0.005}
    assert sure[FACT] >= aggregate.CONTEXT_CUE_MAX_FACT
    assert sentence_label(sure, PROSE, [we], writer_opines=True) == FACT


def test_aside_promotes_by_its_learned_weight():
    assert sentence_label(FACTUAL, PROSE, [Marker(0, 5, "oddly", kind=ASIDE, weight=0.87)]) \
        == EMBEDDED_OPINION
    assert sentence_label(FACTUAL, PROSE, [Marker(0, 5, "oddly", kind=ASIDE, weight=0.5)]) == FACT


@pytest.mark.skipif(UNSURE[COMMENTARY] <= UNSURE[FACT], reason="gate at or under 0.5")
def test_unsure_opinion_call_without_any_marker_falls_back_to_fact():
    assert UNSURE[COMMENTARY] + UNSURE[EMBEDDED_OPINION] < OPINION_MIN_SCORE
    assert sentence_label(UNSURE, PROSE, []) == FACT
    assert sentence_label(UNSURE, PROSE, [light()]) == COMMENTARY
    assert sentence_label(OPINIONATED, PROSE, []) == COMMENTARY


def sent(text, label, role=PROSE, start=0):
    return Sentence(start=start, end=start + len(text), text=text, label=label,
                    scores=dict(FACTUAL), role=role)


def test_paragraph_rule():
    assert paragraph_label([sent("Share", BOILERPLATE, BP_ROLE)]) == BOILERPLATE
    assert paragraph_label([sent("a" * 50, COMMENTARY), sent("b" * 50, FACT)]) == COMMENTARY
    assert paragraph_label([sent("a" * 40, COMMENTARY), sent("b" * 60, FACT)]) == EMBEDDED_OPINION
    assert paragraph_label([sent("a" * 10, EMBEDDED_OPINION), sent("b" * 90, FACT)]) == EMBEDDED_OPINION
    assert paragraph_label([sent("a" * 10, FACT), sent("Share", BOILERPLATE, BP_ROLE)]) == FACT


def test_boilerplate_never_counts_toward_opinion_share():
    text = "x" * 200
    opinion = sent("a" * 40, COMMENTARY)
    fact = sent("b" * 60, FACT, start=50)
    widget = sent("c" * 80, BOILERPLATE, BP_ROLE, start=120)
    para = build_paragraph(0, text, 0, 200, [opinion, fact, widget])
    assert para.opinion_share == pytest.approx(0.4)
    summary = article_summary([para])
    assert summary["opinion_share"] == pytest.approx(0.4)
    assert summary["content_chars"] == 100


def test_shown_markers():
    assert shown_markers(FACT, [light()]) == []
    assert shown_markers(COMMENTARY, [light()]) == [light()]
    assert shown_markers(BOILERPLATE, [heavy()]) == []
    assert shown_markers(EMBEDDED_OPINION, [heavy(), light()]) == [heavy(), light()]


def test_writer_opines_when_commentary_is_the_articles_reading():
    share = aggregate.OPINION_MIN_COMMENTARY_SHARE
    at, under = round(100 * share), round(100 * share) - 1
    assert writer_opines([(COMMENTARY, at), (FACT, 100 - at), (BOILERPLATE, 500)])
    assert not writer_opines([(COMMENTARY, under), (FACT, 100 - under)])
    assert not writer_opines([(EMBEDDED_OPINION, 90), (FACT, 10)])  # commentary only counts
    assert not writer_opines([(BOILERPLATE, 10)])


def test_in_an_opinion_article_the_writers_opinion_is_commentary():
    embedded = {FACT: 0.2, COMMENTARY: 0.1, EMBEDDED_OPINION: 0.7}
    assert sentence_label(embedded, PROSE, []) == EMBEDDED_OPINION
    assert sentence_label(embedded, PROSE, [], writer_opines=True) == COMMENTARY
    assert sentence_label(FACTUAL, PROSE, [heavy()], writer_opines=True) == COMMENTARY
    # Attributed words and embedded posts keep their labels there.
    assert sentence_label(FACTUAL, PROSE, [heavy()], attributed=True,
                          writer_opines=True) == EMBEDDED_OPINION
    assert sentence_label(FACTUAL, POST, [], writer_opines=True) == EMBEDDED_OPINION


def test_imperative_is_commentary_in_any_article_and_embedded_when_the_fact_reading_is_sure():
    order = Marker(0, 4, "Skip", kind=IMPERATIVE, weight=0.8)
    assert sentence_label(LEANING, PROSE, [order]) == COMMENTARY
    assert sentence_label(LEANING, PROSE, [order], writer_opines=True) == COMMENTARY
    sure = {FACT: 0.95, COMMENTARY: 0.03, EMBEDDED_OPINION: 0.02}
    assert sentence_label(sure, PROSE, [order]) == EMBEDDED_OPINION
    # "should" still waits for the article to read as opinion.
    advice = Marker(0, 6, "should", kind=ADVICE, weight=0.7)
    assert sentence_label(LEANING, PROSE, [advice]) == FACT


def test_only_a_promoting_imperative_orders_the_reader():
    order = Marker(0, 4, "Keep", kind=IMPERATIVE, weight=0.8)
    assert speaks_as_a_service([order])
    assert not speaks_as_a_service([Marker(0, 6, "should", kind=ADVICE, weight=0.99), heavy()])
    assert not speaks_as_a_service([])


def test_a_headings_imperative_names_a_task_unless_the_page_argues():
    order = Marker(0, 6, "Report", kind=IMPERATIVE, weight=0.8)
    assert sentence_label(LEANING, HEADLINE, [order]) == FACT
    assert sentence_label(LEANING, HEADLINE, [order], writer_opines=True) == COMMENTARY
    assert sentence_label(LEANING, PROSE, [order]) == COMMENTARY


def test_a_short_heading_without_markers_names_a_topic():
    assert sentence_label(OPINIONATED, HEADLINE, [], words=3) == FACT
    # A longer heading, a marked one, one of unknown length or a line of prose: the classifier reads it.
    assert sentence_label(OPINIONATED, HEADLINE, [], words=aggregate.TOPIC_HEADING_MAX_WORDS + 1) == COMMENTARY
    assert sentence_label(OPINIONATED, HEADLINE, [heavy()], words=3) == COMMENTARY
    assert sentence_label(OPINIONATED, HEADLINE, []) == COMMENTARY
    # A light word, or an organisation's "our" outside an opinion page, does not stop it.
    assert sentence_label(OPINIONATED, HEADLINE, [light()], words=3) == FACT
    ours = Marker(0, 3, "Our", kind=FIRST_PERSON, weight=0.7)
    assert sentence_label(OPINIONATED, HEADLINE, [ours], words=3) == FACT
    assert sentence_label(OPINIONATED, HEADLINE, [ours], words=3, writer_opines=True) == COMMENTARY
    # A sentence of prose gets no topic word count, so the classifier reads it; a prose line shaped
    # like a heading (a list item: "Bad breath") names a topic as a heading does.
    assert aggregate.topic_words("Bad breath is common.", PROSE) == 0
    assert sentence_label(OPINIONATED, PROSE, [], words=aggregate.topic_words("Bad breath is common.", PROSE)) == COMMENTARY
    assert aggregate.topic_words("Bad breath", PROSE) == 2
    assert sentence_label(OPINIONATED, PROSE, [], words=aggregate.topic_words("Bad breath", PROSE)) == FACT
    assert aggregate.topic_words("Pricing", POST) == 0


def test_an_order_or_the_house_we_speaks_as_a_service_but_i_does_not():
    order = Marker(0, 4, "Keep", kind=IMPERATIVE, weight=0.8)
    we = Marker(0, 2, "We", kind=FIRST_PERSON, weight=0.7)
    me = Marker(0, 1, "I", kind=FIRST_PERSON, weight=0.7)
    assert speaks_as_a_service([order]) and speaks_as_a_service([we])
    assert not speaks_as_a_service([me]) and not speaks_as_a_service([heavy()])
    # A "we" too light to promote does not count.
    assert not speaks_as_a_service([Marker(0, 2, "We", kind=FIRST_PERSON, weight=0.01)])


def test_a_letters_heading_is_its_case_unless_the_classifier_is_sure_it_names_the_item():
    from slant.aggregate import CLAIM_MIN_FACT
    sure = {FACT: CLAIM_MIN_FACT + 0.01, COMMENTARY: 0.0, EMBEDDED_OPINION: 1 - CLAIM_MIN_FACT - 0.01}
    assert sentence_label(FACTUAL, CLAIM, []) == COMMENTARY      # what a heading would call fact
    assert sentence_label(FACTUAL, HEADLINE, []) == FACT
    assert sentence_label(sure, CLAIM, []) == FACT               # "The council responds"
    order = Marker(0, 3, "Ask", kind=IMPERATIVE, weight=0.99)
    assert sentence_label(sure, CLAIM, [order]) == COMMENTARY    # "Ask the residents first"
