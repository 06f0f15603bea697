"""`slant.analyze` end to end: offsets, aggregation invariants, frames."""

from __future__ import annotations

import pytest

import slant
from slant.labels import ALL_LABELS, BOILERPLATE, CONTENT_LABELS, FACT

ARTICLE = (
    "Storm Closes Coastal Highway For Second Day\n\n"
    "By Jordan Pike\n\n"
    "State crews closed Route 9 on Monday after waves washed sand across both lanes. "
    "\"We will reopen it as soon as it is safe,\" a transportation spokesman said.\n\n"
    "Officials have known for a decade that this road floods, and their refusal to move it is "
    "a scandal. Drivers deserve better.\n\n"
    "Share this article\n"
)


@pytest.fixture(scope="module")
def article(model):
    return slant.analyze(ARTICLE, model=model)


def test_offsets_slice_back_everywhere(article):
    for para in article.paragraphs:
        assert ARTICLE[para.start:para.end] == para.text
        for sent in para.sentences:
            assert ARTICLE[sent.start:sent.end] == sent.text
            assert para.start <= sent.start < sent.end <= para.end
            for marker in sent.markers:
                assert ARTICLE[marker.start:marker.end] == marker.text
                assert sent.start <= marker.start < marker.end <= sent.end


def test_every_non_space_character_is_in_exactly_one_sentence(article):
    covered = [0] * len(ARTICLE)
    for sent in article.sentences:
        for i in range(sent.start, sent.end):
            covered[i] += 1
    assert all(covered[i] == 1 for i, ch in enumerate(ARTICLE) if not ch.isspace())


def test_labels_and_scores_are_well_formed(article):
    assert [p.index for p in article.paragraphs] == list(range(len(article.paragraphs)))
    for para in article.paragraphs:
        assert para.label in ALL_LABELS
        assert set(para.scores) == set(CONTENT_LABELS)
        assert abs(sum(para.scores.values()) - 1) < 1e-6
        assert 0 <= para.opinion_share <= 1
    assert article.paragraphs[-1].label == BOILERPLATE


def test_summary_counts_and_share(article):
    summary = article.slant
    assert sum(summary["paragraphs"].values()) == len(article.paragraphs)
    content = [s for s in article.sentences if s.label != BOILERPLATE]
    opinion = sum(len(s.text) for s in content if s.label != "fact")
    assert summary["opinion_share"] == pytest.approx(
        opinion / sum(len(s.text) for s in content), abs=1e-4)
    assert summary["label"] in {"news", "mixed", "opinion"}


def test_frames(article):
    sentences = article.to_frame()
    assert len(sentences) == len(article.sentences)
    assert {"paragraph", "start", "end", "label", "score_fact", "markers", "text"} <= set(sentences)
    paragraphs = article.to_frame("paragraph")
    assert list(paragraphs["paragraph"]) == list(range(len(article.paragraphs)))
    with pytest.raises(ValueError):
        article.to_frame("word")


def test_analyze_many_matches_analyze(model, article):
    other = "The bridge reopened on Friday, officials said."
    many = slant.analyze_many([ARTICLE, other, ""], model=model)
    assert many[0].to_dict() == article.to_dict()
    assert len(many[1].paragraphs) == 1 and many[2].paragraphs == []


def test_empty_article(model):
    empty = slant.analyze("  \n\n ", model=model)
    assert empty.paragraphs == [] and empty.slant["label"] == "empty"


def test_a_quotation_under_its_speakers_colon_line_is_the_speakers(model):
    text = ("The council met on Tuesday.\n\nIn a statement, the mayor said:\n\n"
            "“This plan is a disgrace and a betrayal of every family in this city. We will fight it.”\n\n"
            "The council votes on Friday.\n")
    quoted = slant.analyze(text, model=model).paragraphs[2]
    assert quoted.label == FACT and all(s.markers == [] for s in quoted.sentences)


def test_an_advice_columns_reader_letter_is_the_readers(model):
    text = ("Ask the Doctor: Is ibuprofen safe for my knees?\n\n"
            "Dear Dr. Okafor: I think my doctor is a fool and this whole system is a disgrace.\n\n"
            "— Worried in Westfield\n\n"
            "Dear Worried: You are asking exactly the right question. Take the lowest dose that works.\n")
    paragraphs = slant.analyze(text, model=model).paragraphs
    assert paragraphs[1].label == FACT and paragraphs[1].sentences[0].markers == []


def test_a_quoted_speaker_running_on_into_the_next_paragraph_stays_the_speakers(model):
    text = ("Nurses walked out on Monday.\n\n“We are exhausted,” said nurse Ana Ruiz. “Every shift "
            "we are short three people.\n\n“People think this is about money. It is a disgrace that "
            "we cannot care for patients properly.”\n\nThe hospital declined to comment.\n")
    paragraphs = slant.analyze(text, model=model).paragraphs
    assert paragraphs[2].label == FACT and all(s.markers == [] for s in paragraphs[2].sentences)


def test_a_quotation_paragraph_after_a_credited_quotation_is_the_same_speakers(model):
    # The speaker's quotation closed, then a new paragraph of quotation with no credit of its own.
    text = ("The club confirmed the signing on Friday.\n\nHead coach Ryan Doyle said: “He is brave "
            "on the ball.”\n\n“It is a disgrace that people doubted him. The supporters are going to "
            "love him.”\n\nThe fee was not disclosed.\n")
    paragraphs = slant.analyze(text, model=model).paragraphs
    assert paragraphs[2].label == FACT and all(s.markers == [] for s in paragraphs[2].sentences)
    # After a paragraph that credits nobody, nobody is credited: the classifier reads it.
    alone = text.replace("Head coach Ryan Doyle said: “He is brave on the ball.”",
                         "The fee was a club record.")
    assert slant.analyze(alone, model=model).paragraphs[2].label != FACT


def test_a_writers_certainty_about_a_reported_event_is_embedded_opinion(model):
    text = ("The county shut its last ferry office on Friday, moving ticket sales online.\n\n"
            "Commuters will no doubt enjoy queuing at the pier with their phones.\n\n"
            "Commuters will queue at the pier with their phones from Monday.\n")
    paras = slant.analyze(text, model=model).paragraphs
    certain = paras[1].sentences[0]
    assert certain.label != FACT
    assert any(m.kind == "certainty" and m.text == "no doubt" for m in certain.markers)
    assert paras[2].label == FACT  # the same report without the writer's certainty


def test_orders_a_lead_in_credits_to_a_source_are_the_sources(model):
    orders = ("Keep heaters a metre away from curtains and bedding.\n\n"
              "Never leave a heater running when you go to bed.\n\n")
    credited = ("Crews were called to the house at 2am.\n\n"
                "The fire service issued the following advice for anyone using a heater:\n\n" + orders)
    paras = slant.analyze(credited, model=model).paragraphs
    assert [p.label for p in paras[2:4]] == [FACT, FACT]
    assert not any(m.kind == "imperative" for p in paras[2:4] for s in p.sentences for m in s.markers)
    # Under the writer's own lead-in, the same orders are the writer's advice.
    own = "Crews were called to the house at 2am.\n\nHere are our tips:\n\n" + orders
    paras = slant.analyze(own, model=model).paragraphs
    assert any(s.label != FACT for p in paras[2:4] for s in p.sentences)


def test_the_article_reading_counts_a_services_orders_as_fact(monkeypatch):
    # Left out of the reading, a service page's orders let its few other sentences decide it;
    # counted as fact, they weigh as the plain instructions they are.
    import slant.pipeline as pipeline

    seen = []
    real = pipeline.writer_opines

    def spy(readings):
        readings = list(readings)
        seen.extend(readings)
        return real(readings)

    monkeypatch.setattr(pipeline, "writer_opines", spy)
    order = "Turn off the stopcock before you call us."
    slant.analyze(f"Report a leak\n\n{order}\n\nLeaks are repaired within five working days.\n")
    assert (FACT, len(order)) in seen
