"""Opinion markers: learned word markers, scare quotes, rhetorical questions, attribution."""

from __future__ import annotations

import json
from importlib import resources

import pandas as pd
import pytest

from slant.markers import (ADVICE, ASIDE, CERTAINTY, EVALUATIVE, EXCLAMATION, FIRST_PERSON, IMPERATIVE, RHETORICAL_QUESTION,
                           SCARE_QUOTES, MarkerWeights,
                           attribution_flags, find_markers, is_attributed, lexicon_baseline,
                           load_weights, quotations, token_prf, tokens)


def markers(text, weights=None):
    return find_markers(text, 0, len(text), weights)


def kinds(text):
    return [(m.text, m.kind) for m in markers(text)]


@pytest.fixture(scope="module")
def weights():
    w = load_weights()
    assert w is not None, "slant/data/markers.json missing: run benchmarks/learn_markers.py"
    return w


def test_shipped_table_is_learned_and_beats_the_lexicon_baseline(weights):
    raw = json.loads(resources.files("slant").joinpath("data", "markers.json").read_text("utf-8"))
    assert 0 < weights.extend_threshold <= weights.mark_threshold < 1
    assert weights.mark_threshold <= weights.sentence_threshold < 1
    assert 0 < weights.scare_quotes < 1 and 0 < weights.rhetorical_question < 1
    figures = raw["metrics"]["test_token_prf"]
    for corpus in ("BABE", "MPQA"):
        assert figures[corpus]["learned"][2] > figures[corpus]["lexicon"][2]


def test_offsets_slice_back_and_sit_inside_the_sentence(weights):
    text = "Intro. The agency somewhat absurdly announced a ‘temporary’ review. Outro."
    start, end = 7, 67
    for m in find_markers(text, start, end, weights):
        assert text[m.start:m.end] == m.text
        assert start <= m.start < m.end <= end
        assert 0 < m.weight <= 1


def test_mocking_adverb_with_its_hedge_is_one_marker(weights):
    found = [m for m in markers("The agency somewhat absurdly announced a review on Monday.", weights)
             if m.kind == EVALUATIVE]
    assert any(m.text == "somewhat absurdly" for m in found)
    assert max(m.weight for m in found) >= weights.sentence_threshold


def test_hedged_adverb_set_off_by_commas_is_an_aside(weights):
    found = markers("The report, rather conveniently, appeared a day after the vote.", weights)
    assert [(m.text, m.kind) for m in found if m.kind == ASIDE] == [("rather conveniently", ASIDE)]
    assert weights.aside >= 0.6  # learned: such sentences are mostly opinion in train
    # Not set off: an ordinary evaluative run.
    assert not any(m.kind == ASIDE for m in markers(
        "The report rather conveniently appeared a day after the vote.", weights))


def test_adverb_phrase_between_commas_is_an_aside_even_when_each_word_is_light(weights):
    # Neither "rather" nor the adverb clears the marking threshold alone; the parenthetical slot
    # between commas is what makes them the writer's comment.
    text = "The panel, rather pointedly, did not consider trimming its own travel budget."
    assert [(m.text, m.kind) for m in markers(text, weights) if m.kind == ASIDE] == [
        ("rather pointedly", ASIDE)]


def test_aside_counts_in_a_sentence_that_reports_someone(weights):
    # The report is the source's; the comment set off by commas is the writer's.
    text = 'The panel, rather pointedly, described the delay as a "brief pause."'
    assert is_attributed(text, 0, len(text))
    assert [(m.text, m.kind) for m in markers(text, weights) if m.kind == ASIDE] == [
        ("rather pointedly", ASIDE)]


@pytest.mark.parametrize("text", [
    "The panel, meanwhile, voted to trim its travel budget.",         # no adverb in -ly
    "The panel, officially, meets on Tuesdays in the old courthouse.",  # a neutral adverb
    'The panel was, "rather pointedly," silent, a member said.',      # quoted and attributed
    "The panel rather pointedly did not vote, and the chair left.",     # not set off by commas
])
def test_neutral_or_quoted_parentheticals_are_not_asides(text, weights):
    assert not any(m.kind == ASIDE for m in markers(text, weights))


@pytest.mark.parametrize("text, word", [
    ("In a stroke of genius, the app launched on the morning of a phone outage.", "genius"),
    ("Like most vanity projects, the tower ran over budget.", "vanity"),
])
def test_a_learned_word_in_an_opening_comment_adjunct_is_an_aside(text, word, weights):
    found = [m for m in markers(text, weights) if m.kind == ASIDE]
    assert len(found) == 1 and word in found[0].text
    assert weights.aside >= 0.6  # learned: such train sentences are mostly opinion


@pytest.mark.parametrize("text", [
    "In fact, the brutal storm cut power to the town.",             # a connective
    "For this reason, the brutal storm closed the school.",          # a connective
    "After years of arduous talks, the deal was signed.",           # a circumstance
    "With the election looming, the party unveiled its manifesto.",   # an absolute clause
    "In its 2019 report, the board called the plan reckless.",       # holds a number
    "The app, launched in a stroke of genius, crashed at once.",     # not opening the sentence
])
def test_connectives_circumstances_and_inner_phrases_are_not_comment_adjuncts(text, weights):
    assert not any(m.kind == ASIDE for m in markers(text, weights))


@pytest.mark.parametrize("text, adverb", [
    ("Drivers will no doubt sleep soundly knowing that.", "no doubt"),
    ("Surely no other department will hire him.", "Surely"),
    ("The bill will doubtless cost more than the council admits.", "doubtless"),
])
def test_adverb_of_certainty_in_the_writers_voice(text, adverb, weights):
    found = [m for m in markers(text, weights) if m.kind == CERTAINTY]
    assert [m.text for m in found] == [adverb]
    assert weights.certainty >= 0.6  # learned: such train sentences are mostly opinion
    # It takes the place of the word run it overlaps, not both.
    assert not any(m.kind == EVALUATIVE and m.start < found[0].end and m.end > found[0].start
                   for m in markers(text, weights))


def test_a_heavier_word_run_keeps_its_own_weight(weights):
    # "undoubtedly" weighs more as a learned word than the cue's share: it stays that marker.
    found = markers("The bill will undoubtedly cost more than the council admits.", weights)
    assert [(m.text, m.kind) for m in found] == [("undoubtedly", EVALUATIVE)]
    assert found[0].weight >= weights.sentence_threshold


@pytest.mark.parametrize("text", [
    "Officials said the bill will no doubt rise.",                   # attributed
    'The mayor called the plan "surely the best we have."',          # inside a quotation
    "The bill will probably rise next year.",                         # a hedge, not certainty
    "The vote leaves little doubt about the outcome.",                 # not the phrase
])
def test_no_certainty_marker_outside_the_writers_own_claim(text, weights):
    assert not any(m.kind == CERTAINTY for m in markers(text, weights))


@pytest.mark.parametrize("text", [
    "We have seen this before.",
    "Nobody consulted us before the fare rose.",
    "Our streets deserve better lighting than this.",
    "As I see it, the plan has no money behind it.",
])
def test_first_person_in_the_writers_voice(text, weights):
    found = [m for m in markers(text, weights) if m.kind == FIRST_PERSON]
    assert len(found) == 1 and found[0].text.lower() in ("we", "us", "our", "i")
    assert 0 < weights.first_person < 1


@pytest.mark.parametrize("text", [
    '"We have seen this before," the mayor said.',                 # attributed
    'The union called it "a fight we cannot lose."',                # inside a quotation
    "US officials met their counterparts after World War I ended.", # "US", a numeral "I"
    "The council voted 7-2 to repair the bridge.",
])
def test_first_person_needs_the_writers_own_unquoted_words(text, weights):
    assert not any(m.kind == FIRST_PERSON for m in markers(text, weights))


@pytest.mark.parametrize("text", [
    "The board should stop treating riders as a piggy bank.",
    "It is time to publish every inspection report.",
    "If the council wants trust back, it must open its books.",
])
def test_writer_advice(text, weights):
    assert any(m.kind == ADVICE for m in markers(text, weights))


@pytest.mark.parametrize("text", [
    "The board should stop the increase, the union said.",       # attributed
    'The union wants the board to "stop the increase now."',     # inside a quotation
    "Should the board refuse, the union will strike in May.",    # a condition
    "Why should riders pay more for less?",                      # a question
    "Members will decide whether action should be taken.",       # an indirect question
])
def test_advice_needs_the_writers_own_unquoted_main_clause(text, weights):
    assert not any(m.kind == ADVICE for m in markers(text, weights))


@pytest.mark.parametrize("text, verb", [
    ("Skip the dessert and order a second plate of noodles.", "Skip"),
    ("Keep it short.", "Keep"),
    ("Don't strand the island on weekends.", "Don't strand"),
    ("If the bill arrives late, pay it anyway.", "pay"),
    ("Consider this: the plan fails its own test.", "Consider"),
    ("And fire the offensive coordinator before Sunday.", "fire"),
    ("And if your house is drafty, seal it first.", "seal"),
    ("Check whether the price includes removing the old boiler.", "Check"),
    ("• Chit your first early potatoes in egg boxes.", "Chit"),
])
def test_imperative_in_the_writers_voice(text, verb, weights):
    assert [m.text for m in markers(text, weights) if m.kind == IMPERATIVE] == [verb]


@pytest.mark.parametrize("text", [
    "Yesterday the council voted to close the pool.",         # a time word before the subject
    "Half the cost falls on the county.",                     # a quantifier
    "Given the risks, officials paused the project.",         # a preposition-like participle
    "Asked the question twice, the mayor left the room.",     # a participle
    "Save the Children said the camps need water.",           # a name ("Children")
    "Hopes that the talks would resume faded on Friday.",     # a plural noun
    "Demagogue that he is, the senator smiled.",              # "that" opens a clause
    '"Stop the circus," the senator told reporters.',         # quoted speech, attributed
    "Watch the video, the agency urged residents.",           # attributed
    "Would the board take the deal?",                         # a question
    "The board will take the deal.",
    "People who sleep little have other pressures.",             # a noun before a clause
    "Whoever the culprits are, they did little damage.",         # a wh-word, not a verb
    "1. Heat the oil in a large pot.",                          # a numbered step
    "• Voters back the plan, the poll found.",                  # a bullet, then a subject
    "And the council voted to take the deal.",
])
def test_not_an_imperative(text, weights):
    assert not any(m.kind == IMPERATIVE for m in markers(text, weights))


def test_loaded_word_in_writers_voice(weights):
    found = markers("The effects of this idiotic policy will last for decades.", weights)
    assert any("idiotic" in m.text for m in found)


def test_neutral_report_has_no_heavy_marker(weights):
    text = "The council voted 7-2 on Tuesday to spend $48 million repairing the bridge."
    assert all(m.weight < weights.sentence_threshold for m in markers(text, weights))


@pytest.mark.parametrize("text, attributed", [
    ("The system works better than its reputation suggests.", False),
    ("The plan costs more than officials said it would.", False),
    ("It is worse than the polls say, the senator said.", True),      # credited after all
    ("More than 40 residents said they had lost power.", True),       # a count of speakers
    ("Fewer than two-thirds told the council they backed it.", True),
])
def test_a_speech_verb_closing_a_comparison_credits_nobody(text, attributed):
    assert is_attributed(text, 0, len(text)) is attributed


def test_words_inside_an_attributed_quote_are_not_markers(weights):
    text = '"This is a disgraceful, idiotic and dangerous plan," the senator said on Monday.'
    assert [m for m in markers(text, weights) if m.kind == EVALUATIVE] == []
    text2 = 'According to the union, the offer was "an insult to every worker."'
    assert all(m.start < text2.index('"') for m in markers(text2, weights))


def test_scare_quotes():
    assert ("‘accidentally’", SCARE_QUOTES) in kinds("Some 30 troops ‘accidentally’ crossed the border.")
    assert ('"reviewed"', SCARE_QUOTES) in kinds('The tickets will be "reviewed" next month.')


@pytest.mark.parametrize("text", [
    "“We’re not concerned about the trip,” Kirby said.",
    "He called the plan “reckless” in a statement.",
    "Ushakov outlined that a “strategic treaty” will be signed.",
    "The mayor’s office didn’t comment on the city’s plans.",
    "The bill, titled “Safe Streets,” passed.",
    "“Reckless.”",
    '"Go home!" the crowd chanted.',
    "“Not now,” came the reply.",
    'The couple met on the set of the video for her single "Paper Lanterns," in 2018.',
    "The band played “The Long Way to the Harbor” twice.",
])
def test_quotes_that_are_not_scare_quotes(text):
    assert all(k != SCARE_QUOTES for _, k in kinds(text))


def test_rhetorical_question_in_the_writers_voice_only():
    assert any(k == RHETORICAL_QUESTION for _, k in
               kinds("Who could possibly have predicted that this would cause problems?"))
    assert all(k != RHETORICAL_QUESTION for _, k in
               kinds('"Who will pay for this?" the mayor asked.'))
    assert all(k != RHETORICAL_QUESTION for _, k in
               kinds('The site asked in a headline, "Is a war starting?!"'))


def test_exclamation_in_the_writers_voice_only():
    assert ("!", EXCLAMATION) in kinds("Great job, everyone!")
    assert all(k != EXCLAMATION for _, k in kinds('"Go home!" the crowd chanted, police said.'))
    assert all(k != EXCLAMATION for _, k in kinds("Is a war starting?!"))


@pytest.mark.parametrize("text", [
    "Analysts said Kim and Putin may adopt a joint declaration.",
    "Putin wrote that the two countries would resist sanctions.",
    "According to the association, the union wants 14%.",
    "“We will stay out as long as it takes,” said Katrin Vos.",
    "The minister told reporters the government would not intervene.",
    "The site ran a headline, “Is a war starting over the weekend?!”",
    "We will fight this, said Jones.", "As I noted, officials said the road would close.",
    "We said in a statement that the plan had failed.",
    # A bare speech verb after its plural subject, a speech verb that is also a plural noun.
    "Officials say the road will reopen on Monday.", "The agency reports that 40 people died.",
])
def test_attributed_sentences(text):
    assert is_attributed(text)


@pytest.mark.parametrize("text", [
    "The city council voted 7-2 on Tuesday.",
    "Who could possibly have predicted that?",
    "He left before the report was “said” to be final?",
    "Some 30 troops ‘accidentally’ entered the South.",
    "The plan, “temporary” as it is, starts Monday.",
    # The writer speaking in the first person credits no source.
    "Okay, I’m going to say something controversial: most bean soups are bland.",
    "We argued last year that the levy was wrong.", "I asked the mayor why.",
    # A bare speech verb that opens the sentence or follows "to" or a modal reports nobody; a
    # plural noun is no verb.
    "Say what you will about the plan, it works.", "Please ask your pharmacist first.",
    "It is hard to say whether the plan works.", "Lawmakers should read their own inspection reports.",
    "Calls from residents flooded the line.", "The claims were false.",
])
def test_unattributed_sentences(text):
    assert not is_attributed(text)


def test_a_sentence_inside_a_quotation_opened_earlier_in_the_paragraph_is_quoted(weights):
    text = ("“We cannot wait any longer. This plan is a disgrace and a betrayal of every family. "
            "We will act now,” Mayor Jane Roe said.")
    bounds = [0, text.index("This"), text.index("We will")]
    spans = [(bounds[0], bounds[1] - 1), (bounds[1], bounds[2] - 1), (bounds[2], len(text))]
    middle = spans[1]
    assert quotations(text, *middle) == [middle]
    assert attribution_flags(text, spans) == [True, True, True]
    # The mayor's words are not the writer's markers.
    assert [m for m in find_markers(text, *middle, weights) if m.kind == EVALUATIVE] == []
    # Straight quotation marks too, and a paragraph break ends an unclosed quotation.
    plain = '"I used to wake at 3 a.m. Now I sleep straight through. I love it."'
    mid = (plain.index("Now"), plain.index("I love") - 1)
    assert quotations(plain, *mid) == [mid]
    broken = "“We will fight this.\n\nThe council voted 7-2 on Tuesday."
    assert quotations(broken, broken.index("The"), len(broken)) == []


def test_a_not_everyone_lead_in_to_a_credited_source_sums_up_their_views():
    text = ("Not everyone is convinced. Analysts at Example Securities wrote on Monday that the "
            "rally looks stretched.")
    cut = text.index("Analysts")
    assert attribution_flags(text, [(0, cut - 1), (cut, len(text))]) == [True, True]
    # Without a credited sentence after it, it is the writer's own claim.
    alone = "Not everyone is convinced. The rally looks stretched."
    cut = alone.index("The")
    assert attribution_flags(alone, [(0, cut - 1), (cut, len(alone))]) == [False, False]
    # After a connective the "not" is lower-case.
    however = text.replace("Not everyone", "However, not everyone")
    cut = however.index("Analysts")
    assert attribution_flags(however, [(0, cut - 1), (cut, len(however))]) == [True, True]


def test_a_quoted_paragraph_under_a_line_that_introduces_it_is_attributed():
    text = "“This plan is a disgrace. We will fight it.”"
    cut = text.index("We")
    spans = [(0, cut - 1), (cut, len(text))]
    assert attribution_flags(text, spans, introduced=True) == [True, True]
    assert attribution_flags(text, spans) == [False, False]
    # Prose under a colon is the writer's list or argument, not a quotation.
    prose = "This plan is a disgrace. We will fight it."
    cut = prose.index("We")
    assert attribution_flags(prose, [(0, cut - 1), (cut, len(prose))], introduced=True) == [False, False]


def test_quoted_sentence_after_an_attributed_one_is_attributed():
    text = '"We cannot keep patching it," the council president said. "This is the responsible choice."'
    first_end = text.index("said.") + 5
    spans = [(0, first_end), (first_end + 1, len(text))]
    assert attribution_flags(text, spans) == [True, True]
    alone = '"This is the responsible choice."'
    assert attribution_flags(alone, [(0, len(alone))]) == [False]


def test_quotation_continued_from_an_earlier_sentence():
    text = "will contain the most sensitive questions.” FM Lavrov is also attending."
    assert quotations(text)[0] == (0, text.index("”") + 1)


def test_handles_and_links_are_not_words():
    text = "Thanks for nothing @idiotic_user pic.twitter.com/abc https://t.co/xyz"
    words = [text[s:e] for s, e in tokens(text)]
    assert words == ["Thanks", "for", "nothing"]


def test_token_prf_and_lexicon_baseline():
    rows = pd.DataFrame({"text": ["a truly awful plan", "the plan passed"],
                         "markers": [[(2, 13)], []]})
    predict = lexicon_baseline({"awful": ("strongsubj",), "plan": ("weaksubj",)})
    p, r, f = token_prf(rows, predict=predict)
    # predicted: awful, plan, plan; gold: truly, awful
    assert p == pytest.approx(1 / 3) and r == pytest.approx(1 / 2) and 0 < f < 1


def test_no_table_still_gives_shape_markers():
    assert kinds("Troops ‘accidentally’ crossed.") and markers("Troops ‘accidentally’ crossed.", None) is not None


def test_learn_marker_weights_on_a_toy_corpus():
    from slant.markers import learn_marker_weights

    train = pd.DataFrame({
        "text": ["a truly awful plan", "an awful idea", "the plan passed", "the idea passed",
                 "awful news today", "the news today"],
        "markers": [[(2, 13)], [(3, 8)], [], [], [(0, 5)], []],
        "source": ["babe_sg2"] * 3 + ["mpqa_1_2"] * 3,
        "opinion": [True, True, False, False, True, False],
    })
    tables, report = learn_marker_weights(train, train, {"awful": ("strongsubj",)}, min_count=1)
    w = MarkerWeights(**tables)
    assert w.token_proba("awful", False) > w.token_proba("passed", False)
    assert "dev_f1" in report


def test_a_closed_class_word_extends_a_marker_but_never_starts_one():
    weights = MarkerWeights(intercept=-5.0, word={"above": 10.0, "awful": 10.0, "of": 8.0},
                            suffix={}, shape={}, mark_threshold=0.775, extend_threshold=0.55,
                            scare_quotes=0.5, rhetorical_question=0.5)
    alone = "She works in an office above the terminal."
    assert [m for m in find_markers(alone, 0, len(alone), weights) if m.kind == EVALUATIVE] == []
    run = "The plan is full of awful ideas."
    assert [m.text for m in find_markers(run, 0, len(run), weights)] == ["of awful"]


def test_known_words_of_a_title_case_headline_are_words_not_names():
    weights = MarkerWeights(intercept=-5.0, word={"cronies": 10.0}, suffix={},
                            shape={"title": -3.0}, mark_threshold=0.775, extend_threshold=0.55,
                            scare_quotes=0.5, rhetorical_question=0.5)
    headline = "Mayor Whitcombe's Cronies Kill Council Livestream"
    assert [m.text for m in find_markers(headline, 0, len(headline), weights)] == ["Cronies"]
    # In a sentence, a capitalised word inside it is a name.
    sentence = "The board met the Cronies, a local band, on Monday."
    assert find_markers(sentence, 0, len(sentence), weights) == []


def test_a_superlative_measured_against_time_is_a_record_not_a_judgement(weights):
    def marked(text):
        return [m.text.lower() for m in markers(text, weights) if m.kind == EVALUATIVE]
    assert "worst" in " ".join(marked("It was the worst decision the council has made."))
    for record in ("Shares tumbled 14%, their worst session since the company listed.",
                   "Inflation reached its highest level on record in May.",
                   "It was the worst storm in 40 years."):
        assert not any("worst" in m or "highest" in m for m in marked(record)), record


def test_a_later_sentence_of_a_numbered_step_is_no_imperative_either(weights):
    text = "1. Heat the oil in a large pot. Add the onion and stir."
    start = text.index("Add")
    assert not any(m.kind == IMPERATIVE for m in find_markers(text, start, len(text), weights))


@pytest.mark.parametrize("text, scare", [
    ("Former foreman Edward 'Ted' Halloran died on Monday.", []),
    ("HALLORAN, Edward John ('Ted') died peacefully at home.", []),
    ("Troops 'accidentally' entered the zone.", ["'accidentally'"]),
    ("The 'Democratic' party won the seat.", ["'Democratic'"]),
])
def test_a_nickname_between_the_parts_of_a_name_is_not_scare_quotes(text, scare, weights):
    assert [m.text for m in markers(text, weights) if m.kind == SCARE_QUOTES] == scare


def test_in_writing_is_a_noun_not_a_report():
    text = "Put everything in writing."
    assert not is_attributed(text, 0, len(text))
    assert [m.kind for m in markers(text, load_weights())] == [IMPERATIVE]
    said = "She said so in writing."
    assert is_attributed(said, 0, len(said))


@pytest.mark.parametrize("text", [
    "3. Myth: When it comes to vitamin D, more is always better",
    "The claim: A photo shows thousands of dead fish in the lake.",
    "Myth #2: With more sanctions, the regime will walk away.",
])
def test_a_claim_under_its_label_is_the_claimants(text):
    assert is_attributed(text, 0, len(text))


@pytest.mark.parametrize("text", ["Myths about vitamin D abound.", "The claims were false."])
def test_claim_words_in_prose_credit_nobody(text):
    assert not is_attributed(text, 0, len(text))


def test_a_lead_in_that_credits_a_list_of_advice():
    from slant.markers import credits_advice_list, opens_like_an_order
    for lead in ("DFRS issued the following advice for anyone using a heater:",
                 "The fire service said:", "Tips from the Fire Service:"):
        assert credits_advice_list(lead, 0, len(lead)), lead
    for lead in ("Here are our tips:", "We issued the following advice:", "The council issued the advice."):
        assert not credits_advice_list(lead, 0, len(lead)), lead
    for order in ("Keep heaters a metre from curtains.", "Never leave a heater running.",
                  "Plug heaters into a wall socket."):
        assert opens_like_an_order(order, 0, len(order)), order
    for report in ("Firefighters arrived at 2am.", "Homeowners said they were shocked.", "The heater caught fire."):
        assert not opens_like_an_order(report, 0, len(report)), report


@pytest.mark.parametrize("sentence", ['The bridge was last inspected in 2018, when it was rated "fair".',
                                      'Inspectors described staff as “warm and patient”.',
                                      'Items in the sale are marked "final sale" at checkout.'])
def test_a_grade_or_label_someone_gave_is_no_scare_quote(sentence):
    assert not [m for m in find_markers(sentence, 0, len(sentence)) if m.kind == SCARE_QUOTES]


def test_a_quoted_word_without_a_grading_verb_is_still_a_scare_quote():
    sentence = 'The "consultation" lasted a week.'
    assert [m for m in find_markers(sentence, 0, len(sentence)) if m.kind == SCARE_QUOTES]
    chosen = 'The council chose the "consultation" route.'
    assert [m for m in find_markers(chosen, 0, len(chosen)) if m.kind == SCARE_QUOTES]


@pytest.mark.parametrize("sentence", ['Log in to your account and select "Renew membership".',
                                      'Choose "Appointments", then "Book an appointment".',
                                      'Tap “Report a repair” and add a photo.'])
def test_a_button_or_menu_label_after_a_verb_that_works_a_screen_is_no_scare_quote(sentence):
    assert not [m for m in find_markers(sentence, 0, len(sentence)) if m.kind == SCARE_QUOTES]


@pytest.mark.parametrize("sentence", ["The council's so-called consultation ran for nine days.",
                                      "Its so-called quiet mode is louder than the kettle it replaced.",
                                      "On the third day her so-called mentor asked for a deposit."])
def test_an_owned_so_called_keeps_the_name_at_arms_length(sentence):
    marks = [m for m in find_markers(sentence, 0, len(sentence)) if m.kind == SCARE_QUOTES]
    assert [m.text for m in marks] == ["so-called"]


@pytest.mark.parametrize("sentence", ["The trust will create so-called hedgehog highways along the lane.",
                                      'He said the "so-called experts" had got it wrong.'])
def test_a_so_called_without_an_owner_or_inside_a_quotation_names_a_term(sentence):
    assert not [m for m in find_markers(sentence, 0, len(sentence)) if m.kind == SCARE_QUOTES and m.text == "so-called"]


@pytest.mark.parametrize("text, label", [
    ("My advice: go midweek and sit on the left.", "My advice:"),
    ("Our top tip? Book the Tuesday slot.", "Our top tip?"),
    ("My advice is simple: slow down.", "My advice is simple:"),
    ("Our advice is to apply before the summer holidays.", "Our advice is to "),
    ("Top tip: parking in the village is very limited.", "Top tip:"),
    ("My advice, for what it's worth: get there early.", "My advice, for what it's worth:"),
])
def test_the_writer_naming_their_own_advice_is_an_order_to_the_reader(text, label, weights):
    assert [m.text for m in markers(text, weights) if m.kind == IMPERATIVE] == [label]


@pytest.mark.parametrize("text", [
    "Our advice is free and confidential.",                 # a service describing itself
    "Our advice line took 2,340 calls last year.",
    "Tip: the lasagne can be assembled a day ahead.",       # a bare tip that orders nothing
    '"My advice: sell now," the broker told clients.',      # someone else's, attributed
])
def test_no_advice_label(text, weights):
    assert not any(m.kind == IMPERATIVE for m in markers(text, weights))


def test_a_tip_that_orders_the_reader_is_an_imperative(weights):
    text = "Tip: keep your receipt and the box."
    assert [m.text for m in markers(text, weights) if m.kind == IMPERATIVE] == ["keep"]


# ---- an order that says when or how to go (485th-488th blind batches)
@pytest.mark.parametrize("text, verb", [
    ("Go early, before the coaches from the resorts arrive at noon.", "Go"),
    ("Go on a weekday if you can.", "Go"),
    ("Go in the last fortnight of October and take the loop anticlockwise.", "Go"),
    ("Come hungry.", "Come"),
    ("Arrive early if you want to watch the boats come in.", "Arrive"),
    ("Go for the beef, and forgive the crumble.", "Go"),
    ("Go on, treat yourself.", "Go"),
    ("Don't go on a Saturday unless you like queueing.", "Don't go"),
])
def test_an_order_about_when_or_how_to_go(text, verb, weights):
    assert [m.text for m in markers(text, weights) if m.kind == IMPERATIVE] == [verb]


@pytest.mark.parametrize("text", [
    "Go to Account > My pass > Cancel renewal.",   # a service page's directions
    "Come on, Rovers!",                             # a cheer
    "Come September, the prices rise again.",       # "Come" as a preposition
    "Go-ahead given for 40 homes on the old dairy site.",
    "1. Go early to the registration desk.",        # a numbered step
])
def test_not_an_order_about_going(text, weights):
    assert not any(m.kind == IMPERATIVE for m in markers(text, weights))
