"""Opinion-marker spans inside sentences: the words that make a sentence opinionated.

Three kinds of marker, each with a probability-like ``weight``:

``evaluative``
    Words (and runs of adjacent words) whose learned probability of sitting inside an opinion
    span is high. The probabilities come from a token-level logistic regression fitted on the
    BABE ``biased_words`` and MPQA writer expressive-subjectivity spans of the *train* splits
    (:func:`learn_marker_weights`, run by ``benchmarks/learn_markers.py``; features: the word,
    its MPQA-lexicon classes, suffix, shape and the sentence model's static word vector, so a
    word unseen in the spans takes its weight from words of like meaning), shipped as the small
    table ``slant/data/markers.json``. A weaker word right next to a marked one (a hedge such as
    "somewhat" before a loaded adverb) joins the span when its own probability clears a second,
    lower threshold. Both thresholds are tuned on the dev splits.
``scare_quotes``
    One to three words in quotation marks in a sentence that attributes nothing to anyone; and
    "so-called" after its owner ("the council's so-called consultation"), scare quotes in words.
``rhetorical_question``
    A question in the writer's own voice (not inside quotation marks, not attributed).
``exclamation``
    An exclamation mark in the writer's own voice, a cue of sarcasm or indignation.
``advice``
    A modal of recommendation or obligation ("should", "must", "ought to", "it is time to",
    "we need to") in the writer's own voice: outside quotation marks, in a sentence that credits
    nobody and asks nothing. Advice is commentary by LABELS.md.
``imperative``
    An order to the reader in the writer's own voice ("Skip the dessert.", "Don't strand the
    island.", "If the bill arrives late, pay it anyway.", "Check whether the price includes
    ..."), under the same conditions. Unlike "should", which in news often carries a source's
    words on, an imperative outside quotation marks is the writer's advice almost every time
    (train sentences: opinion 10 of 11), so it does not wait for the article to read as opinion.
    The writer naming what follows as their advice ("My advice: go midweek", "Our top tip? ...",
    "My advice is to ...", "Top tip: ...") counts as one, whatever verb follows: on the example
    pages it fixed 20 paragraphs and broke 2, with every dev figure unchanged.
``aside``
    A learned word run holding an adverb and set off by commas or opening the sentence
    ("The plan, somewhat conveniently, arrives ..."); a learned word run inside a comment
    adjunct, a short phrase that opens the sentence before a comma and frames the writer's view
    of what follows ("In a stroke of genius, the app launched ..."); or a short adverb phrase
    between commas inside the sentence whose words all clear the run-extension threshold ("The
    board, rather tellingly, did not ..."): the writer stepping in to comment, also in a
    sentence that reports someone ("The agency, somewhat generously, described ..."). It takes
    the place of the lighter evaluative run it is.
``certainty``
    An adverb of certainty ("no doubt", "surely", "undoubtedly", "doubtless", "undeniably",
    "inevitably", "unquestionably") in the writer's own voice, under the same conditions as
    advice: the writer vouching for what no report can show ("Drivers will no doubt sleep
    soundly"), which is speculation. Hedges ("probably", "likely") are not: in news they
    qualify reported expectations (opinion in 7 of 20 such MPQA train sentences).
``first_person``
    "we", "us", "our" or "I" in the writer's own voice: outside quotation marks, in a sentence
    that credits nobody. Outside quotes, news speaks in the third person; a writer who says "we"
    is arguing ("We have seen this before.").

The weights of the last eight are learned too: the share of train sentences with that shape that
the corpora label as opinion (for advice, asides, certainty, first person and imperatives, the mean of
the per-corpus shares).

Words inside a quotation that the sentence attributes to a source (a long quotation, or any
quotation in a sentence with a speech verb or "according to") are the source's words, not the
writer's, and are never markers: "treacherous" inside a quoted statement is the speaker's.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from importlib import resources
from typing import Iterable, Sequence

from .document import Marker

(EVALUATIVE, SCARE_QUOTES, RHETORICAL_QUESTION, EXCLAMATION, ADVICE, ASIDE, FIRST_PERSON, IMPERATIVE,
 CERTAINTY) = (
    "evaluative", "scare_quotes", "rhetorical_question", "exclamation", "advice", "aside",
    "first_person", "imperative", "certainty")
#: Writer-voice cues that promote a sentence only when their learned weight reaches
#: ``SENTENCE_PRECISION`` (opinion more often than not, with a margin).
WEIGHED_CUES = (ADVICE, ASIDE, FIRST_PERSON, IMPERATIVE, CERTAINTY)
#: Writer-voice cues that make a sentence commentary only in an article that reads as opinion
#: (see ``aggregate.sentence_label``): in news they more often continue a source's words.
CONTEXT_CUES = (ADVICE, FIRST_PERSON)

# Words; handles (@name), hashtags and the parts of links are not words a writer chose.
_TOKEN = re.compile(r"(?<![@#/.\w])[A-Za-z]+(?:['’\-][A-Za-z]+)*(?![\w/]|\.\w|://)")
# Quotations: double curly, straight double, single curly (an apostrophe between letters is not
# a closing quote), straight single only around words.
_QUOTE = re.compile(
    r"“[^“”]*(?:”|$)|\"[^\"\n]*(?:\"|$)|(?<!\w)‘(?:[^‘’]|’(?=\w))*(?:’|$)|(?<!\w)'[^'\n]{1,60}'(?!\w)")
#: Speech and attribution cues: a sentence with one of these reports someone's words.
_SPEECH_WORDS = frozenset("""
said says say saying told tells wrote writes write writing added adds argued argues stated states
explained explains noted notes claimed claims insisted insists warned warns emphasized emphasised
emphasizes emphasises underscored underscores outlined described describes asked asks replied
replies tweeted posted announced announces declared declares stressed stresses acknowledged
acknowledges remarked contended maintained suggested suggests urged urges reported reports cited
quoted called calls dubbed labeled labelled recalled conceded concedes admitted admits complained
complains charged testified responded responds countered asserted observed posed headlined titled
""".split())
#: The bare forms among them, which also give orders ("Say what you will ...", "Ask any parent
#: ..."): they credit someone only after a subject, not when they open the sentence.
_SPEECH_BASE = frozenset("say write ask".split())
_OPENERS = frozenset("and but so please just then now also".split())
#: Before a bare speech verb these make it an infinitive, a modal's verb or a coordinated order
#: ("hard to argue with", "It should publish the contracts and explain ..."), not a report.
_NOT_A_SUBJECT = frozenset("""
to and or not never should must will would could can may might shall do does did please
""".split())
#: Speech verbs that are also plural nouns ("inspection reports", "the claims"): a verb after a
#: subject, a noun after a determiner or closing the sentence.
_NOUN_LIKE = frozenset("reports notes states calls claims".split())
_DETERMINERS = frozenset("""
the a an their his her its our your my these those such many some several all both any no own
""".split())
_SPEECH_PHRASE = re.compile(
    r"according\s+to\b|in\s+an?\s+(?:statement|interview|op-ed|post|email|letter)\b", re.I)
_WORD = re.compile(r"[A-Za-z]+")
#: A claim the page states under its label to check or debunk it ("The claim: A photo shows ...",
#: "3. Myth: More is always better"): the claimants' view, not the writer's.
_LABELLED_CLAIM = re.compile(
    r"\s*(?:\d{1,2}[.)]\s*)?(?:the\s+|viral\s+)?(?:myth|claim|rumou?r)\s*(?:#?\d{1,2}\s*)?:\s*\S", re.I)


#: A speech verb closing a comparison ("better than its reputation suggests", "worse than
#: the polls say") measures the writer's claim against someone's; it credits nobody with it.
_COMPARED_WITH_CLAIM = re.compile(r"\bthan((?:\s+[\w'’-]+){1,5})", re.I)
_QUANTITY = re.compile(r"(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                       r"twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?|half|"
                       r"twice|several|some|many|few)(?:$|-))", re.I)


#: A speech verb whose subject is the writer ("I'm going to say", "we argued last year", "I will
#: happily argue"): the writer speaking in their own voice credits no source.
_WRITER_SPEAKS = re.compile(
    r"\b(?:I|[Ww]e)(?:['’](?:m|d|ll|ve|re))?(?:\s+[A-Za-z]+){0,3}?\s+(?P<verb>"
    + "|".join(sorted(_SPEECH_WORDS, key=len, reverse=True)) + r")\b")


def _blank_writer_speech(text: str) -> str:
    """``text`` with each speech verb of a first-person subject blanked."""
    for m in _WRITER_SPEAKS.finditer(text):
        text = text[:m.start("verb")] + " " * len(m.group("verb")) + text[m.end("verb"):]
    return text


def _has_speech_cue(text: str) -> bool:
    """A speech verb or an attribution phrase ("according to", "in a statement") in ``text``,
    other than one that closes a comparison (:data:`_COMPARED_WITH_CLAIM`) or whose subject is
    the writer (:data:`_WRITER_SPEAKS`)."""
    words = _WORD.findall(text.lower())
    if _SPEECH_WORDS.isdisjoint(words):
        return bool(_SPEECH_PHRASE.search(text))
    if "i" in words or "we" in words:
        text = _blank_writer_speech(text)
        words = _WORD.findall(text.lower())
    if "than" in words and not _SPEECH_WORDS.isdisjoint(words):
        words = _WORD.findall(_blank_compared_claims(text).lower())
    # A bare speech verb credits someone only after its subject: not opening the sentence ("Say
    # what you will ...", "Please ask ..."), not after "to", a modal or "and". A plural noun
    # ("their inspection reports") is no verb, nor is the noun of "in writing".
    first = 1 if words and words[0] in _OPENERS else 0
    kept = [w for k, w in enumerate(words)
            if not (w in _SPEECH_BASE and (k <= first or words[k - 1] in _NOT_A_SUBJECT))
            and not (w in _NOUN_LIKE and (k in (0, len(words) - 1) or words[k - 1] in _DETERMINERS))
            and not (w == "writing" and k > 0 and words[k - 1] == "in")]  # "Put it in writing."
    return not _SPEECH_WORDS.isdisjoint(kept) or bool(_SPEECH_PHRASE.search(text))


def _blank_compared_claims(text: str) -> str:
    """``text`` with each "than ... <speech verb>" comparison blanked up to its verb; a count
    of speakers ("more than 40 people said") is kept, since they are credited."""
    for m in _COMPARED_WITH_CLAIM.finditer(text):
        if _QUANTITY.match(m.group(1).split()[0]):
            continue
        for w in _WORD.finditer(text, m.start(1), m.end(1)):
            if w.group().lower() in _SPEECH_WORDS:
                text = text[:m.start()] + " " * (w.end() - m.start()) + text[w.end():]
                break
    return text


_INTRO_BEFORE = re.compile(r"[:,]\s*$")
#: A verb of grading or describing right before a quotation: the words are the grade or label a
#: source gave ("rated it \"fair\"", "inspectors described staff as \"warm and patient\""), not the
#: writer's scare quotes.
_RATED_AS = re.compile(r"\b(?:rated|graded|classed|classified|described|labelled|labeled|marked|termed|"
                       r"listed)(?:\s+(?:the\s+)?\w+)?(?:\s+as)?\s*$")
#: A verb that works a screen or a form right before a quotation: the words are a button's or a
#: menu's label ("Choose \"Appointments\"", "tap \"Book now\""), not scare quotes.
_WORKS_A_SCREEN = re.compile(r"\b(?:choose|select|click(?:\s+on)?|tap(?:\s+on)?|press|tick|untick|type|enter|"
                             r"go\s+to|search\s+for)\s*(?:[\"“][^\"“”]{1,40}[\"”]\s*,?\s*(?:then|and(?:\s+then)?)\s*)?$", re.I)
_ANY_QUOTE = re.compile("[“\"‘']")
_EXCLAIM = re.compile(r"(?<![?!])!+")
_SENT_QUESTION = re.compile(r"\?[\"'”’)\]]*\s*$")
_MAX_SCARE_WORDS = 3
# "should" before its subject is a condition or a question ("Should the board refuse, ..."),
# not advice.
_ADVICE = re.compile(
    r"\b(?:should(?!\s+(?:it|he|she|they|we|you|i|there|this|that|these|those|the|a|an)\b)|must|"
    r"ought\s+to|it(?:\s+is|['’]s)\s+(?:high\s+)?time\s+(?:to|for)|we\s+(?:need|have)\s+to|"
    r"let\s+us|let['’]s)\b", re.I)
#: An imperative: a sentence that opens (after an optional "If ...," clause, a "Please"/"Just"/
#: "And" and a "Don't"/"Never") with a bare word directly followed by its object ("Skip the
#: dessert", "Keep it short"). A noun or a name does not take an object without a verb between,
#: so the word is a verb unless it is one of the function words, adverbs, time words and
#: quantifiers below that may open a sentence before a noun phrase ("Yesterday the", "Half the",
#: "Given the"), a participle ("Asked the question") or a plural ("Rates the"). "that" is not
#: taken for an object: after a noun it opens a clause ("Demagogue that he is").
_IMPERATIVE = re.compile(
    r"(?:[•▪◦‣*–-][ \t]+)?"  # a bulleted list's item ("• Chit your first early potatoes ...")
    r"(?:[Tt]ip:[ \t]+)?"  # a tip's label ("Tip: always bring us the original key")
    r"(?:(?:And|But|So|Now|Then)\s+(?=[Ii]f|[Ww]hen|[Bb]efore|[Uu]n|[Oo]nce|[Ww]h|[Nn]ext))?"
    r"(?:(?:[Ii]f|[Ww]hen|[Ww]henever|[Bb]efore|[Uu]ntil|[Uu]nless|[Oo]nce|[Ww]hile|[Ww]hatever|[Nn]ext\s+time)\b[^,.;:!?]{0,80},\s*)?"
    r"(?:(?:Please|Just|So|Now|And|But|Then|Instead|Simply),?\s+)?"
    r"(?P<negation>(?:[Dd]on['’]t|[Dd]o\s+not|[Nn]ever|[Aa]lways)\s+)?"
    r"(?P<verb>[A-Za-z][a-z]+)\s+(?:the|a|an|your|yourself|yourselves|it|them|this|these|those|"
    r"some|any|every|everything|nothing|no|him|her|me|us|whether|how)\b(?:\s+(?P<next>\S+))?")
_NOT_IMPERATIVE = frozenset("""
about above across after against along amid amidst among around as at atop before behind below
beneath beside besides between beyond by despite down during except for from in inside instead
into like near of off on onto opposite out outside over past per plus regarding round since than
that then there these this those though through throughout till to toward towards under
underneath unlike until up upon versus via with within without notwithstanding concerning
following including excluding given what whatever when whenever where whereas wherever whether
which while who whom whose why how yet also still now here today tonight tomorrow yesterday
overnight meanwhile thus hence therefore however moreover furthermore nevertheless nonetheless
otherwise overall later earlier once twice again anyway indeed perhaps maybe sometime sometimes
soon already ever often rather quite almost enough altogether elsewhere everywhere ahead abroad
nearby afterward afterwards so and or nor if unless because although even just only never always
not no yes well but last first next every each all both either neither many much more most less least
some any few several such own other another same half whole the a an his her its their our my
your we they he she it i you one two three four five six seven eight nine ten hundred thousand
mr mrs ms dr sir madam monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december can could will would shall
should must might is are was were be been has have had does did
""".split())
#: A modal after one of these in its clause asks or describes ("whether action should be taken",
#: "how the process should work"); it does not advise.
_EMBEDDING = re.compile(r"\b(?:whether|if|how|what|which|who|whom|why|when|where)\b", re.I)
_CLAUSE_START = re.compile(r"[,;:()—–]|^")
_ADVERB = re.compile(r"[a-z]ly$", re.I)
#: Adverbs of certainty: the writer vouching for a claim (see ``certainty`` above).
_CERTAINTY = re.compile(
    r"\b(?:[Nn]o\s+doubt|[Ss]urely|[Uu]ndoubtedly|[Dd]oubtless|[Uu]ndeniably|[Ii]nevitably|"
    r"[Uu]nquestionably)\b")
#: A comment adjunct: a short phrase opening the sentence before a comma, headed by a preposition
#: that frames the writer's view of what follows ("In a stroke of genius,", "By some ironical
#: trick of history,", "Like many such screeds,"). Circumstance prepositions ("After", "Despite",
#: "Amid", "Against") and phrases holding a number ("In its 2019 report,") set the scene
#: instead, and conjunctive adjuncts and adjuncts of usuality (``_CONNECTIVE``: "In fact,", "For
#: this reason,", "In most cases,") link to the sentence before or qualify it, so none counts.
#: Train sentences holding a learned word run inside such a phrase are opinion 9 of 9 times in
#: BABE and 7 of 12 in MPQA; dev 3 of 4 and 4 of 4.
_COMMENT_ADJUNCT = re.compile(r"\s*(?P<head>In|By|To|With|For|Like)\s+(?P<body>[^,;:\n]{1,60}?)\s*,\s")
_COMMENT_ADJUNCT_MAX_WORDS = 6
#: "With" before a noun and a participle is an absolute clause, a circumstance ("With the
#: election looming,", "With prices soaring,"), not the writer's comment.
_ABSOLUTE_CLAUSE = re.compile(r"With\s.*\s\w+(?:ing|ed)\s*,$")
_CONNECTIVE = re.compile(
    r"(?:in\s+(?:actual\s+)?fact|in\s+reality|in\s+truth|in\s+practice|in\s+theory|"
    r"in\s+(?:stark\s+)?contrast|by\s+contrast|on\s+the\s+(?:contrary|whole|other\s+hand)|"
    r"in\s+general|in\s+short|in\s+sum|in\s+addition|in\s+particular|in\s+other\s+words|"
    r"in\s+any\s+case|in\s+the\s+end|in\s+turn|for\s+(?:example|instance)|"
    r"for\s+the\s+most\s+part|in\s+spite\s+of|to\s+(?:the|some|an?)\s+(?:\w+\s+)?extent|"
    r"to\s+be\s+sure|by\s+the\s+way|by\s+and\s+large|with\s+(?:that|this)|"
    r"for\s+(?:this|that|the\s+same)\s+reason|in\s+(?:most|many|some|all|this|that|either)\s+cases?)\b", re.I)
#: A short phrase between commas inside a sentence: the slot of a parenthetical comment.
_PARENTHETICAL = re.compile(r"(?<=,)\s*([A-Za-z]+(?:\s+[A-Za-z]+){0,2})\s*(?=,)")
# "I" only before a lower-case word or a contraction ("I think", "I've"); after a capitalised
# word it is a numeral ("World War I"), see ``_first_person``.
_FIRST_PERSON = re.compile(
    r"\b(?:[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves)\b|\bI(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)")
_CAPITALISED_BEFORE = re.compile(r"(?<!\w)[A-Z][\w.]*\s+$")


@dataclass(frozen=True)
class MarkerWeights:
    """The learned tables (see :func:`learn_marker_weights`)."""

    intercept: float
    word: dict
    suffix: dict
    shape: dict
    mark_threshold: float
    extend_threshold: float
    scare_quotes: float
    rhetorical_question: float
    exclamation: float = 0.5
    sentence_threshold: float = 0.9
    advice: float = 0.5
    aside: float = 0.5
    first_person: float = 0.5
    imperative: float = 0.5
    certainty: float = 0.5
    # Memo of token probabilities by (word, sentence-initial): news reuses a small vocabulary,
    # so most tokens of a batch are looked up once. Bounded by clearing when full.
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def token_proba(self, word: str, first: bool) -> float:
        """Probability that ``word`` is inside an opinion span (a context-free reading: adding the
        neighbouring words as features did not raise held-out F1)."""
        z = (self.intercept + self.word.get(word.lower(), 0.0)
             + self.suffix.get(_suffix(word), 0.0) + self.shape.get(_shape(word, first), 0.0))
        return 1.0 / (1.0 + math.exp(-z))


def _suffix(word: str) -> str:
    w = word.lower()
    return w[-3:] if len(w) > 4 else ""


def _shape(word: str, first: bool) -> str:
    if word.isupper() and len(word) > 1:
        return "upper"
    if word[:1].isupper():
        return "first" if first else "title"
    return "lower"


def token_features(word: str, first: bool, lexicon: dict | None = None,
                   known: Iterable[str] | None = None) -> dict[str, float]:
    """Features of one token for the marker model (word, lexicon class, suffix, shape)."""
    w = word.lower()
    feats = {"shape=" + _shape(word, first): 1.0}
    if known is None or w in known:
        feats["w=" + w] = 1.0
    if _suffix(word):
        feats["suf=" + _suffix(word)] = 1.0
    for cls in (lexicon or {}).get(w, ()):
        feats["lex=" + cls] = 1.0
    return feats


DATA_FILE = "markers.json"


@lru_cache(maxsize=1)
def load_weights() -> MarkerWeights | None:
    """The shipped marker tables, or ``None`` when they have not been learned yet."""
    try:
        raw = json.loads(resources.files("slant").joinpath("data", DATA_FILE).read_text("utf-8"))
    except (FileNotFoundError, OSError):
        return None
    return MarkerWeights(
        intercept=raw["intercept"], word=raw["word"], suffix=raw["suffix"], shape=raw["shape"],
        mark_threshold=raw["mark_threshold"], extend_threshold=raw["extend_threshold"],
        scare_quotes=raw["scare_quotes"], rhetorical_question=raw["rhetorical_question"],
        exclamation=raw.get("exclamation", 0.5),
        sentence_threshold=raw.get("sentence_threshold", 0.9),
        advice=raw.get("advice", 0.5), aside=raw.get("aside", 0.5),
        first_person=raw.get("first_person", 0.5), imperative=raw.get("imperative", 0.5),
        certainty=raw.get("certainty", 0.5))


# --------------------------------------------------------------------------- sentence reading

def _per_text_memo(fn):
    """Memoise ``fn(text, start, end)`` for the latest ``text`` object only: the pipeline asks
    the same of a sentence several times (attribution flags, then markers). Holding one text
    bounds the memory; a list result is copied for each caller."""
    latest = [(None, {})]

    @wraps(fn)
    def memoised(text, start=0, end=None):
        held, memo = latest[0]  # one read: threads each see a consistent (text, memo) pair
        if held is not text:
            memo = {}
            latest[0] = (text, memo)
        value = memo.get((start, end))
        if value is None:
            value = memo[(start, end)] = fn(text, start, end)
        return list(value) if type(value) is list else value

    return memoised


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word spans inside ``text[start:end]``."""
    end = len(text) if end is None else end
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


@_per_text_memo
def quotations(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of quotations (quote marks included) inside ``text[start:end]``.

    A quotation still open at the sentence end runs to it, and a closing mark before any opening
    one closes a quotation that began in an earlier sentence (it runs from the sentence start).
    """
    end = len(text) if end is None else end
    out = []
    close = text.find("”", start, end)
    opening = text.find("“", start, end)
    if close != -1 and (opening == -1 or close < opening):
        out.append((start, close + 1))
        start = close + 1
    else:
        mark = quote_open_at(text, start)
        if mark is not None:
            # A sentence inside a quotation that began in an earlier sentence of the paragraph
            # ("“We cannot wait. This plan is a disgrace. We will act,” she said."): quoted up to
            # its closing mark, or whole.
            close = text.find(mark, start, end)
            stop = end if close == -1 else close + 1
            out.append((start, stop))
            start = stop
    if _ANY_QUOTE.search(text, start, end):
        out.extend((m.start(), m.end()) for m in _QUOTE.finditer(text, start, end)
                   if m.end() - m.start() > 2)
    return out


#: How far back a quotation may have opened (characters): a quoted passage longer than this
#: is not one speaker's quotation but a page without closing marks.
_QUOTE_SPAN_MAX = 2000


#: What follows an inch mark: a lower-case word or a number ('12" pizza', '12"x18"'); a
#: closing quotation mark after a year is followed by punctuation or a capital.
_INCH_AFTER = re.compile(r"\s?[a-z0-9]")


def quote_open_at(text: str, start: int) -> str | None:
    """The closing mark (”, or ") of a quotation still open at ``start``, opened earlier in the
    same paragraph (blank lines end paragraphs), or ``None``: the sentence at ``start`` is then
    quoted (see :func:`quotations`). Runs on every sentence, so it searches ``text`` in place
    instead of slicing it."""
    low = max(0, start - _QUOTE_SPAN_MAX)
    para = text.rfind("\n\n", low, start)
    begin = low if para == -1 else para + 2
    opened = text.rfind("“", begin, start)
    if opened != -1 and opened > text.rfind("”", begin, start):
        return "”"
    marks = text.count('"', begin, start)
    if marks % 2 == 1:
        inches, k = 0, text.find('"', begin, start)
        while k != -1:  # an inch mark ('a 12" pizza', '6\'2" tall') opens nothing
            inches += bool(k > 0 and text[k - 1].isdigit() and _INCH_AFTER.match(text, k + 1))
            k = text.find('"', k + 1, start)
        if (marks - inches) % 2 == 1:
            return '"'
    return None


@_per_text_memo
def is_attributed(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the sentence reports someone's words or views (a speech verb, "according to").

    Only the text outside quotation marks is read, so a speech verb inside a quotation does not
    count.
    """
    end = len(text) if end is None else end
    outside = _outside(text, start, end, quotations(text, start, end))
    if outside.rstrip().endswith("?"):
        return False  # a question in the writer's own voice reports nobody
    if _has_speech_cue(outside) or _LABELLED_CLAIM.match(text, start, end):
        return True
    # Direct speech introduced by a comma or colon: '... posed in a headline, "Is it ...?"'.
    return any(qs > start and _INTRO_BEFORE.search(text, max(start, qs - 3), qs)
               and _quote_words(text, qs, qe) > _MAX_SCARE_WORDS
               for qs, qe in quotations(text, start, end))


def is_quotation(text: str, start: int, end: int) -> bool:
    """Whether the whole sentence sits inside quotation marks (a quoted sentence)."""
    quotes = quotations(text, start, end)
    return (bool(quotes) and quotes[0][0] == start and quotes[-1][1] >= end - 1
            and not _has_speech_cue(_outside(text, start, end, quotes)))


#: A lead-in that sums up the sources' views by a negated universal quantifier ("Not everyone
#: is persuaded.", "Not every speaker opposed the plan.", "Not all economists agree.").
_DISSENT_LEAD_IN = re.compile(r"\s*(?:(?:But|Yet|And|Still|However),?\s+[Nn]ot|Not)\s+(?:everyone|everybody|every\s+\w+|"
                              r"all\s+(?:of\s+)?\w+)\b")
_LEAD_IN_MAX_WORDS = 10


def attribution_flags(text: str, sentences: Sequence[tuple[int, int]],
                      introduced: bool = False) -> list[bool]:
    """For the sentences of one paragraph: which report someone's words or views.

    A sentence is attributed when it has its own speech cue (:func:`is_attributed`), or when it
    is a quoted sentence in a paragraph where another sentence credits a source (the second
    sentence of ``"We cannot wait," she said. "This is the choice."``), or in a paragraph that
    is all quotation under a line that introduces it (``introduced``: the paragraph before ends
    with a colon, "In a statement, the mayor said:").
    """
    own = [is_attributed(text, s, e) for s, e in sentences]
    credited = any(own) or (introduced and bool(sentences)
                            and all(is_quotation(text, s, e) for s, e in sentences))
    flags = [a or (credited and is_quotation(text, s, e)) for a, (s, e) in zip(own, sentences)]
    # "Not everyone is convinced. Analysts at X wrote ...": a short lead-in that a quantifier
    # opens sums up the views of the sources the paragraph goes on to credit.
    for k in range(len(sentences) - 1):
        s, e = sentences[k]
        if (not flags[k] and any(own[k + 1:]) and _DISSENT_LEAD_IN.match(text, s, e)
                and len(text[s:e].split()) <= _LEAD_IN_MAX_WORDS):
            flags[k] = True
    return flags


#: A lead-in that credits a list of advice to a source ("DFRS issued the following advice for
#: anyone using a portable heater:", "Tips from the fire service:").
_CREDITED_ADVICE = re.compile(
    r"\b(?:issued|gave|offered|published|shared|released|recommends|recommended|advises|advised|urges|"
    r"urged)\s+(?:the\s+following|these|this|its|their|some|the)\s+(?:[\w-]+\s+){0,2}(?:advice|tips|"
    r"guidance|recommendations|steps|warnings?|instructions|precautions)\b|"
    r"\b(?:advice|tips|guidance|recommendations)\s+from\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def credits_advice_list(text: str, start: int, end: int) -> bool:
    """Whether the sentence ends with a colon and credits what follows to a source (a speech
    cue, or "X issued the following advice ...:"); "Here are our tips:" is the writer's own."""
    line = text[start:end].rstrip()
    if not line.endswith(":") or _FIRST_PERSON.search(line):
        return False
    return is_attributed(text, start, end) or bool(_CREDITED_ADVICE.search(line))


def opens_like_an_order(text: str, start: int, end: int) -> bool:
    """Whether the sentence opens like an order: an imperative (see ``imperative``), or a bare
    verb-shaped word before a lower-case one ("Keep heaters ...", "Never leave ..."). The looser
    reading serves only to follow a list of orders that a lead-in credits to a source."""
    if _imperative(text, start, end) is not None:
        return True
    m = _ORDER_OPENING.match(text, start, end)
    return m is not None and _verb_shaped(m.group("verb"))


def _verb_shaped(word: str) -> bool:
    """Whether a word opening a sentence may be a bare verb: not a function word, adverb, time
    word or quantifier (``_NOT_IMPERATIVE``), not "-ly", "-ing", "-ed" or a plural "-s"."""
    lower = word.lower()
    return not (lower in _NOT_IMPERATIVE or lower.endswith(("ly", "ing", "ed"))
                or (lower.endswith("s") and not lower.endswith("ss")))


_ORDER_OPENING = re.compile(r"\s*(?:[•▪◦‣*–-]\s+|\d{1,2}[.)]\s+)?(?:(?:Don['’]t|Do\s+not|Never|Always|"
                            r"Please)\s+)?(?P<verb>[A-Z][a-z]+)\s+[a-z]")


def _outside(text: str, start: int, end: int, quotes: Sequence[tuple[int, int]]) -> str:
    if not quotes:
        return text[start:end]  # most sentences: nothing to blank out
    chars = list(text[start:end])
    for qs, qe in quotes:
        for i in range(qs - start, qe - start):
            chars[i] = " "
    return "".join(chars)


def _quote_words(text: str, qs: int, qe: int) -> int:
    return len(_TOKEN.findall(text, qs, qe))


#: "so-called" after its owner ("the council's", "its", "her"), outside quotation marks.
_OWNED_SO_CALLED = re.compile(r"(?:['’]s|\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Yy]our|[Oo]ur))\s+(so[- ]called)\b")


def find_markers(text: str, start: int, end: int,
                 weights: MarkerWeights | None = None) -> list[Marker]:
    """Markers inside ``text[start:end]``, with offsets into ``text``, in reading order."""
    weights = weights or load_weights()
    quotes = quotations(text, start, end)
    attributed = is_attributed(text, start, end)
    markers: list[Marker] = []
    # Scare quotes: a short quotation that nobody is credited with.
    scare_weight = weights.scare_quotes if weights else 1.0
    for qs, qe in quotes:
        n = _quote_words(text, qs, qe)
        if attributed or not 1 <= n <= _MAX_SCARE_WORDS or text[qe - 1] not in "”’\"'":
            continue
        if _INTRO_BEFORE.search(text, max(start, qs - 3), qs):
            continue
        if _RATED_AS.search(text, max(start, qs - 40), qs):
            continue  # a grade or label someone gave: 'rated it "fair"', 'described staff as "warm"'
        if _WORKS_A_SCREEN.search(text, max(start, qs - 70), qs):
            continue  # a button's or menu's label: 'Choose "Appointments", then "Book ..."'
        if qs == start or re.search(r"[!?]", text[qs:qe]):
            continue  # a sentence opening with a quotation, or an exclamation, is speech
        if _is_title(text[qs + 1:qe - 1]):
            continue  # a song, book or show: "Paper Lanterns", "The Long Way Home"
        if _is_nickname(text, qs, qe):
            continue  # Edward 'Ted' Halloran, HALLORAN, Edward John ('Ted')
        markers.append(Marker(qs, qe, text[qs:qe], kind=SCARE_QUOTES, weight=scare_weight))
    # "The council's so-called consultation": a name the writer keeps at arm's length, scare
    # quotes in words. Unowned, "so-called" names a term ("so-called hedgehog highways").
    for m in _OWNED_SO_CALLED.finditer(text, start, end):
        if not any(qs <= m.start(1) < qe for qs, qe in quotes):
            markers.append(Marker(m.start(1), m.end(1), m.group(1), kind=SCARE_QUOTES, weight=scare_weight))
    if weights is not None:
        words = [m for m in _word_markers(text, start, end, quotes, weights)
                 if not _is_record(text, m, end)
                 and not any(k.kind == SCARE_QUOTES and k.start <= m.start < k.end for k in markers)]
        words = _asides(text, start, end, quotes, words, weights)
        if not attributed:
            words = _certainty(text, start, end, quotes, words, weights)
            words = _context_cues(text, start, end, quotes, words, weights)
        markers.extend(words)
        # A question in the writer's own voice.
        if not attributed and _SENT_QUESTION.search(text, start, end):
            q = end - 1
            while q > start and text[q] != "?":
                q -= 1
            if not any(qs <= q < qe for qs, qe in quotes):
                markers.append(Marker(q, q + 1, "?", kind=RHETORICAL_QUESTION,
                                      weight=weights.rhetorical_question))
        # An exclamation in the writer's own voice (not "?!" closing a question).
        if not attributed:
            for m in _EXCLAIM.finditer(text, start, end):
                if not any(qs <= m.start() < qe for qs, qe in quotes) and not _in_question(text, m.start()):
                    markers.append(Marker(m.start(), m.end(), m.group(), kind=EXCLAMATION,
                                          weight=weights.exclamation))
                    break
    return sorted(markers, key=lambda m: (m.start, m.end))


#: A superlative after its determiner ("their worst", "the single highest"); the determiner keeps
#: "interest" or "protest" out.
_SUPERLATIVE = re.compile(r"\b(?:the|its|their|his|her|our|your|whose)\s+(?:\w+\s+)?"
                          r"(?:worst|best|most|least|\w{3,}est)\b", re.I)
#: A superlative measured against a span of time or the record ("their worst session since
#: 2020", "the highest level on record") states a record, which is checked, not judged: such
#: sentences are opinion in 5 of 15 train sentences (BABE, MPQA), against 40 % for superlatives
#: in general.
_RECORD_FRAME = re.compile(
    r"(?:\s+[\w,%$.'’-]+){0,6}?\s+(?:since|on\s+record|ever\s+recorded|in\s+(?:history|"
    r"(?:its|their|the\s+\w+['’]s)\s+history|(?:\d+|a|two|three|four|five|six|seven|eight|nine|"
    r"ten|several|many)\s+(?:years|decades|months|weeks)))\b", re.I)


def _is_record(text: str, m: Marker, end: int) -> bool:
    """A word marker holding a superlative ("worst", "worst storm") that a record frame follows."""
    return (bool(_RECORD_FRAME.match(text, m.end, end))
            and bool(_SUPERLATIVE.search(text, max(0, m.start - 30), m.end)))


#: Words a title may leave in lower case ("Pride and Prejudice", "War of the Worlds").
_TITLE_MINOR = frozenset("a an and as at but by for in nor of on or the to".split())


_NAME_BEFORE = re.compile(r"[A-Z][\w.’'-]*,?\s*\(?$")
_NAME_AFTER = re.compile(r"\)|\s+[A-Z]")
_CAPITALISED = re.compile(r"[A-Z][\w.’-]*(?:\s+[A-Z][\w.’-]*)?")


def _is_nickname(text: str, qs: int, qe: int) -> bool:
    """A quoted name between the parts of a person's name: "Edward 'Ted' Halloran", "Edward John
    ('Ted')"."""
    return (_CAPITALISED.fullmatch(text, qs + 1, qe - 1) is not None
            and _NAME_BEFORE.search(text, max(0, qs - 40), qs) is not None
            and _NAME_AFTER.match(text, qe) is not None)


def _is_title(quoted: str) -> bool:
    """Two or more words, each capitalised but for minor words inside: a title, not a word the
    writer holds at arm's length."""
    words = _WORD.findall(quoted)
    return len(words) >= 2 and words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in _TITLE_MINOR for w in words[1:])


def _asides(text, start, end, quotes, words: list[Marker],
            weights: MarkerWeights) -> list[Marker]:
    """Asides (see the module docstring), in any sentence: set off by commas, outside quotation
    marks, an aside is the writer's even in a sentence that reports someone ("The agency,
    somewhat generously, described ..."). An aside replaces the evaluative run it is; runs
    already heavy enough to promote the sentence stay as they are."""
    heavy = weights.sentence_threshold
    out = []
    for m in words:
        if m.weight < heavy and _is_aside(text, start, end, m):
            m = Marker(m.start, m.end, m.text, kind=ASIDE, weight=weights.aside)
        out.append(m)
    for s, e in _parenthetical_asides(text, start, end, quotes, weights):
        if any(m.start < e and m.end > s and (m.kind == ASIDE or m.weight >= heavy) for m in out):
            continue
        out = [m for m in out if not (m.start < e and m.end > s)]
        out.append(Marker(s, e, text[s:e], kind=ASIDE, weight=weights.aside))
    return out


def _context_cues(text, start, end, quotes, words: list[Marker],
                  weights: MarkerWeights) -> list[Marker]:
    """First person and advice in an unattributed sentence (see the module docstring); an
    advice marker absorbs the light runs it overlaps ("should stop")."""
    heavy = weights.sentence_threshold
    out = list(words)
    first = _first_person(text, start, end, quotes)
    if first is not None:
        out.append(Marker(first.start(), first.end(), first.group(), kind=FIRST_PERSON,
                          weight=weights.first_person))
    label = _advice_label(text, start, end)
    if label is not None:
        out.append(Marker(label[0], label[1], text[label[0]:label[1]], kind=IMPERATIVE,
                          weight=weights.imperative))
        return out
    if _SENT_QUESTION.search(text, start, end):
        return out  # a question asks; it does not advise
    verb = _imperative(text, start, end)
    if verb is not None:
        out.append(Marker(verb[0], verb[1], text[verb[0]:verb[1]], kind=IMPERATIVE,
                          weight=weights.imperative))
        return out
    advice = _ADVICE.search(text, start, end)
    if advice is None:
        return out
    for a in _ADVICE.finditer(text, advice.start(), end):
        if any(qs <= a.start() < qe for qs, qe in quotes):
            continue
        clause = text[start:a.start()]
        clause = clause[max(m.end() for m in _CLAUSE_START.finditer(clause)):]
        if _EMBEDDING.search(clause):
            continue
        merged = [m for m in out if m.kind == EVALUATIVE and m.weight < heavy
                  and m.start < a.end() and m.end > a.start()]
        s = min([a.start()] + [m.start for m in merged])
        e = max([a.end()] + [m.end for m in merged])
        out = [m for m in out if m not in merged]
        out.append(Marker(s, e, text[s:e], kind=ADVICE, weight=weights.advice))
        break  # one advice cue says it all
    return out


_LIST_NUMBER = re.compile(r"[ \t]*\d{1,2}[.)][ \t]")
#: The writer naming what follows as their own advice: "My advice: go midweek", "Our top tip?
#: Book early", "My advice is simple: slow down", "Our advice is to apply early", "Top tip: ...".
#: It orders the reader as plainly as an imperative does, whatever verb follows. "Our advice is
#: free" (a service describing itself) and "Our advice line ..." are not labels.
_ADVICE_LABEL = re.compile(
    r"(?:(?:My|Our)\s+(?:(?:top|best|one|main|big|golden|only|first|final|usual|own)\s+)?"
    r"(?:advice|tips?|recommendation|suggestion|rule\s+of\s+thumb)"
    r"(?:\s+(?:for|to|on)\s+[^:?.!]{1,40}?)?"
    r"(?:\s*[:?]|\s*,\s*for\s+what\s+it(?:['’]s|\s+is)\s+worth\s*[:,]|"
    r"\s+(?:is|remains|would\s+be)\s+(?:(?:simple|clear|this|always|still|the\s+same)[^:.!?]{0,60}[:—–]|"
    r"(?:always\s+|simply\s+|still\s+)?to\s+(?=[a-z])|that\b))"
    r"|(?:Top|Pro|Insider|Expert|Handy|Quick)\s+tip\s*[:?!])")


def _advice_label(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of an advice label (``_ADVICE_LABEL``) that opens the sentence and has the advice
    after it, in the sentence or (after "Our advice?") on the same line; else ``None``."""
    m = _ADVICE_LABEL.match(text, start, end)
    if m is None:
        return None
    stop = end
    if end <= m.end() + 1:  # the label is the whole sentence ("Our advice?"): look along its line
        line_end = text.find("\n", m.end())
        stop = len(text) if line_end < 0 else line_end
    return (m.start(), m.end()) if text[m.end():stop].strip() else None


#: An order that says when or how to go rather than what to do with an object: "Go early",
#: "Go on a weekday", "Go in September", "Come hungry", "Arrive early", "Go for the beef",
#: "Go on, treat yourself". A verb of going takes no object, so ``_IMPERATIVE`` misses it.
#: "Go to ..." is left out: it is how service pages give directions ("Go to Account > ..."), and
#: so is a cheer ("Come on, Rovers!").
_GOING_ORDER = re.compile(
    r"(?:(?:Please|Just|So|Now|And|But|Then|Instead|Simply),?\s+)?"
    r"(?P<verb>(?:Go|Come|Arrive|Get\s+there)|(?:[Dd]on['’]t|[Nn]ever|[Aa]lways)\s+(?:go|come|arrive|get\s+there))"
    r"(?:,?\s+(?:early|late|midweek|off-peak|hungry|thirsty|alone|slowly|prepared|sober)\b"
    r"|\s+for\s+the\s"
    r"|(?<![Cc]ome)\s+on,\s"
    r"|\s+(?:on|in|at|during)\s+(?:(?:a|the|any)\s+)?(?:(?:quiet|grey|wet|dry|sunny|clear|calm|cold|warm|late|early|last|first)\s+)*"
    r"(?:weekdays?|weeknights?|weekends?|mornings?|afternoons?|evenings?|lunchtime|lunch|"
    r"sunset|sunrise|dusk|dawn|night|spring|summer|autumn|winter|off-season|low\s+tide|high\s+tide|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|fortnight|week|month)\b)")


def _imperative(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the verb (with "Don't"/"Never" before it) of a sentence that gives an order
    in the writer's voice, or ``None``. A sentence that opens with a quotation mark is speech."""
    going = _GOING_ORDER.match(text, start, end)
    m = _IMPERATIVE.match(text, start, end) if going is None else None
    if (going is None and m is None) or _LIST_NUMBER.match(text, text.rfind("\n", 0, start) + 1, end):
        return None  # (a numbered step, "1. Heat the oil. Add the onion.", is a procedure)
    if going is not None:
        return going.start("verb"), going.end("verb")
    word = m.group("verb")
    if not _verb_shaped(word) or word.lower().startswith("wh"):
        return None
    if m.start("verb") == start and not word[:1].isupper():
        return None  # a lower-case opening is a fragment, not a sentence start
    if (m.group("next") or "")[:1].isupper():
        return None  # a name: "Save the Children", "Meet the Press"
    first = m.start("negation") if m.group("negation") else m.start("verb")
    return first, m.end("verb")


def _is_aside(text: str, start: int, end: int, m: Marker) -> bool:
    """A run holding an adverb, set off by commas or opening the sentence before a comma; or a
    run inside a comment adjunct that opens the sentence (see ``_COMMENT_ADJUNCT``)."""
    if m.kind != EVALUATIVE:
        return False
    if any(_ADVERB.search(w) for w in m.text.split()):
        before = text[start:m.start].rstrip()
        return (before == "" or before.endswith(",")) and text[m.end:end].lstrip().startswith(",")
    adjunct = _COMMENT_ADJUNCT.match(text, start, end)
    return (adjunct is not None and m.end <= adjunct.end("body")
            and len(adjunct.group("body").split()) <= _COMMENT_ADJUNCT_MAX_WORDS
            and not any(c.isdigit() for c in adjunct.group("body"))
            and not _ABSOLUTE_CLAUSE.match(adjunct.group(0).strip())
            and _CONNECTIVE.match(text, adjunct.start("head")) is None)


def _certainty(text, start, end, quotes, words: list[Marker], weights: MarkerWeights) -> list[Marker]:
    """The first adverb of certainty outside quotation marks (see the module docstring); it takes
    the place of the lighter word run it overlaps."""
    heavy = weights.sentence_threshold
    for c in _CERTAINTY.finditer(text, start, end):
        s, e = c.span()
        if any(qs <= s < qe for qs, qe in quotes):
            continue
        if any(m.start < e and m.end > s and m.weight >= heavy for m in words):
            return words
        kept = [m for m in words if not (m.start < e and m.end > s)]
        return kept + [Marker(s, e, c.group(), kind=CERTAINTY, weight=weights.certainty)]
    return words


def _first_person(text: str, start: int, end: int, quotes):
    """The first writer's-voice "we"/"us"/"our"/"I" outside quotation marks, or ``None``."""
    for m in _FIRST_PERSON.finditer(text, start, end):
        if any(qs <= m.start() < qe for qs, qe in quotes):
            continue
        if m.group() == "I":
            before = _CAPITALISED_BEFORE.search(text, max(start, m.start() - 40), m.start())
            if before and text[start:before.start()].strip():
                continue  # a capitalised word that does not open the sentence: "War I"
        return m
    return None


def _parenthetical_asides(text: str, start: int, end: int, quotes,
                          weights: MarkerWeights) -> list[tuple[int, int]]:
    """Adverb phrases of one to three words between commas inside the sentence, every word at
    least as opinion-like as a run extension ("The board, rather tellingly, did not ...")."""
    if text.count(",", start, end) < 2:
        return []
    out = []
    for m in _PARENTHETICAL.finditer(text, start, end):
        s, e = m.span(1)
        if not _ADVERB.search(text, s, e) or any(qs <= s < qe for qs, qe in quotes):
            continue
        scored = token_probas(text, s, e, weights)
        if scored and all(p >= weights.extend_threshold for _, _, p in scored):
            out.append((s, e))
    return out


_MEMO_LIMIT = 500_000


def token_probas(text: str, start: int, end: int,
                 weights: MarkerWeights) -> list[tuple[int, int, float]]:
    """Every word with its marker probability; a capitalised word inside a sentence is a name
    and scores 0."""
    memo = weights.memo
    if len(memo) > _MEMO_LIMIT:
        memo.clear()
    get = memo.get
    out = []
    first = True
    spans = [m.span() for m in _TOKEN.finditer(text, start, end)]
    # In a Title Case headline every word is capitalised: a known word there is that word, and
    # only unknown capitalised words are taken for names.
    title_case = (len(spans) >= _TITLE_CASE_MIN_WORDS and sum(text[s].isupper() for s, _ in spans)
                  >= _TITLE_CASE_SHARE * len(spans))
    for s, e in spans:
        word = text[s:e]
        key = (word, first, title_case)
        p = get(key)
        if p is None:
            name = not first and _shape(word, False) == "title" and not (
                title_case and word.lower() in weights.word)
            p = memo[key] = 0.0 if name else weights.token_proba(
                word.lower() if title_case else word, first)
        out.append((s, e, p))
        first = False
    return out


_TITLE_CASE_MIN_WORDS = 4
_TITLE_CASE_SHARE = 0.7


def _word_markers(text, start, end, quotes, weights: MarkerWeights) -> list[Marker]:
    scored = token_probas(text, start, end, weights)
    if quotes:
        scored = [(s, e, p) for s, e, p in scored if not any(qs <= s < qe for qs, qe in quotes)]
    return [Marker(s, e, text[s:e], kind=EVALUATIVE, weight=w)
            for s, e, w in _runs(text, scored, weights.mark_threshold, weights.extend_threshold)]


#: Closed-class words (determiners, pronouns, prepositions, conjunctions, be/have/do): the
#: context-free token model scores some of them high ("above", "does", "me"), but none carries an
#: opinion on its own, so they may extend a marker run and never start one. Modals, negation,
#: quantifiers ("must", "no", "most") and adverbs of degree ("never", "only") stay open to
#: marking: they often do carry one.
_CLOSED_CLASS = frozenset("""
a an the this that these those some any each i me my mine we us our ours you your yours he him his
she her hers it its they them their theirs who whom whose which what and or but so yet for because
although though if unless while whereas since as than then in on at by with from to of into onto
over under above below between among through during before after about against without within
along across behind beyond around near toward towards upon up down out off is am are was were be
been being have has had do does did
""".split())


def _runs(text, scored, mark: float, extend: float) -> list[tuple[int, int, float]]:
    """Maximal runs of adjacent tokens that hold a token at ``mark`` (not a closed-class word)
    and others at ``extend``."""
    out = []
    i = 0
    while i < len(scored):
        if scored[i][2] < mark or text[scored[i][0]:scored[i][1]].lower() in _CLOSED_CLASS:
            i += 1
            continue
        lo = hi = i
        while lo > 0 and scored[lo - 1][2] >= extend and _adjacent(text, scored[lo - 1], scored[lo]):
            lo -= 1
        while (hi + 1 < len(scored) and scored[hi + 1][2] >= extend
               and _adjacent(text, scored[hi], scored[hi + 1])):
            hi += 1
        if out and out[-1][1] >= scored[lo][0]:
            s, _, w = out.pop()
            lo_start = s
        else:
            lo_start, w = scored[lo][0], 0.0
        out.append((lo_start, scored[hi][1], max([w] + [p for _, _, p in scored[lo:hi + 1]])))
        i = hi + 1
    return out


def _adjacent(text: str, a, b) -> bool:
    return text[a[1]:b[0]].strip() in ("", "-")


# --------------------------------------------------------------------------- learning

def read_subjectivity_lexicon(path) -> dict[str, tuple[str, ...]]:
    """The MPQA subjectivity lexicon as ``word -> (classes...)`` (strength and polarity)."""
    out: dict[str, set] = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        fields = dict(kv.split("=", 1) for kv in line.split() if "=" in kv)
        if "word1" not in fields:
            continue
        word = fields["word1"].lower()
        cls = out.setdefault(word, set())
        cls.add(fields.get("type", ""))
        cls.add(fields.get("type", "") + ":" + fields.get("priorpolarity", ""))
    return {w: tuple(sorted(c)) for w, c in out.items()}


def gold_token_labels(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Every token of ``text`` with whether it overlaps a gold marker span."""
    return [(s, e, any(s < ge and e > gs for gs, ge in spans)) for s, e in tokens(text)]


def learn_marker_weights(train: "pd.DataFrame", dev: "pd.DataFrame", lexicon: dict,  # noqa: F821
                         min_count: int = 2, C: float = 0.5,
                         vectors: tuple | None = None, vector_scale: float = 1.0) -> tuple[dict, dict]:
    """Fit the token model on ``train`` rows, tune thresholds on ``dev`` rows.

    ``train``/``dev`` need ``text``, ``markers``, ``source`` and ``opinion`` columns. Returns the
    JSON-able tables and a report of the dev figures used for tuning. With ``vectors`` (``(words,
    matrix)``, the static word vectors of the sentence model) each token also gets its word's
    vector (times ``vector_scale``) as features, so a word never or rarely seen in the training
    spans takes its weight from words of like meaning; the vector part of every vocabulary
    word's weight is folded into the word table, so reading the table is unchanged.
    """
    from collections import Counter

    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(text[s:e].lower() for text in train["text"] for s, e in tokens(text))
    known = {w for w, c in counts.items() if c >= min_count}
    vocab = {w: i for i, w in enumerate(vectors[0])} if vectors is not None else {}
    X, y, sw, in_vocab = [], [], [], []
    for text, spans, source in zip(train["text"], train["markers"], train["source"]):
        for i, (s, e, gold) in enumerate(gold_token_labels(text, spans)):
            X.append(token_features(text[s:e], i == 0, lexicon, known))
            y.append(gold)
            sw.append(1.0)
            in_vocab.append(vocab.get(text[s:e].lower(), -1))
    vec = DictVectorizer()
    Xm = vec.fit_transform(X)
    vec_w = None
    if vectors is not None:
        import scipy.sparse as sp

        matrix = np.asarray(vectors[1], dtype=np.float32) * vector_scale
        rows = np.array(in_vocab)
        dense = np.zeros((len(rows), matrix.shape[1]), dtype=np.float32)
        dense[rows >= 0] = matrix[rows[rows >= 0]]
        Xm = sp.hstack([Xm, sp.csr_matrix(dense)], format="csr")
    clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    clf.fit(Xm, np.array(y), sample_weight=np.array(sw))
    n_sparse = len(vec.get_feature_names_out())
    coef = dict(zip(vec.get_feature_names_out(), clf.coef_[0][:n_sparse]))
    if vectors is not None:
        vec_w = matrix @ clf.coef_[0][n_sparse:]
    word = {}
    for w in known | set(lexicon) | set(vocab):
        z = coef.get("w=" + w, 0.0) + sum(coef.get("lex=" + c, 0.0) for c in lexicon.get(w, ()))
        if w in vocab:
            z += vec_w[vocab[w]]
        if abs(z) >= 0.05:
            word[w] = round(float(z), 3)
    tables = {
        "intercept": round(float(clf.intercept_[0]), 4),
        "word": dict(sorted(word.items())),
        "suffix": {k[4:]: round(float(v), 3) for k, v in sorted(coef.items())
                   if k.startswith("suf=") and abs(v) >= 0.01},
        "shape": {k[6:]: round(float(v), 3) for k, v in sorted(coef.items())
                  if k.startswith("shape=")},

        "mark_threshold": 0.5, "extend_threshold": 0.5,
        "scare_quotes": 1.0, "rhetorical_question": 1.0, "sentence_threshold": 0.9,
    }
    # Shape weights: share of train sentences with the shape that the corpora call opinion.
    tables["scare_quotes"], tables["rhetorical_question"], tables["exclamation"] = _shape_rates(train)
    # Thresholds: maximise the mean of the per-corpus token F1 on dev.
    weights = MarkerWeights(**tables)
    cached = {src: [(text, gold, token_probas(text, 0, len(text), weights))
                    for text, gold in zip(rows["text"], rows["markers"])]
              for src, rows in _by_corpus(dev)}
    best = None
    for mark in np.arange(0.5, 0.96, 0.025):
        for extend in np.arange(0.3, mark + 0.001, 0.05):
            per = {src: _prf_scored(items, float(mark), float(extend))[2]
                   for src, items in cached.items()}
            score = sum(per.values()) / len(per)
            if best is None or score > best[0]:
                best = (score, float(mark), float(extend), per)
    tables["mark_threshold"] = round(best[1], 3)
    tables["extend_threshold"] = round(best[2], 3)
    # Sentence threshold: the lowest weight at which, on dev, a sentence holding a writer-voice
    # marker that heavy is labelled opinion at least SENTENCE_PRECISION of the time (mean over
    # the corpora) -- a marker promotes a sentence only when it is more often right than wrong.
    weights = MarkerWeights(**tables)
    # (The word runs before any of them becomes an advice or aside cue: the cues have weights
    # of their own, learned below.)
    heaviest = {src: [(max([m.weight for m in _word_markers(t, 0, len(t), quotations(t), weights)]
                           + [0.0]), bool(o))
                      for t, o in zip(rows["text"], rows["opinion"])]
                for src, rows in _by_corpus(dev)}
    curve = {}
    for t in np.arange(0.7, 0.99, 0.01):
        prec = []
        for items in heaviest.values():
            hits = [o for w, o in items if w >= t]
            prec.append(sum(hits) / len(hits) if hits else 0.0)
        curve[round(float(t), 2)] = sum(prec) / len(prec)
    reach = [t for t, p in curve.items() if p >= SENTENCE_PRECISION]
    tables["sentence_threshold"] = min(reach) if reach else 0.95
    tables.update(_cue_rates(train, MarkerWeights(**tables)))
    return tables, {"dev_mean_f1": best[0], "dev_f1": best[3], "sentence_precision": curve}


SENTENCE_PRECISION = 0.6


def _prf_scored(items, mark: float, extend: float) -> tuple[float, float, float]:
    return _span_prf((text, gold, [(ps, pe) for ps, pe, _ in _runs(text, scored, mark, extend)])
                     for text, gold, scored in items)


def _span_prf(items) -> tuple[float, float, float]:
    """Token-level precision, recall and F1 over ``(text, gold spans, predicted spans)``."""
    tp = fp = fn = 0
    for text, gold, pred in items:
        for s, e, g in gold_token_labels(text, gold):
            p = any(s < pe and e > ps for ps, pe in pred)
            tp += p and g
            fp += p and not g
            fn += g and not p
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def _in_question(text: str, i: int) -> bool:
    return i > 0 and text[i - 1] == "?"


def _writer_exclaims(text: str, quotes) -> bool:
    return any(not any(qs <= m.start() < qe for qs, qe in quotes)
               for m in _EXCLAIM.finditer(text))


def _shape_rates(train) -> tuple[float, float, float]:
    scare = question = exclaim = (0, 0)
    for text, opinion in zip(train["text"], train["opinion"]):
        quotes = quotations(text)
        attributed = is_attributed(text)
        if any(m.kind == SCARE_QUOTES for m in find_markers(text, 0, len(text), None)):
            scare = (scare[0] + bool(opinion), scare[1] + 1)
        if not attributed and _SENT_QUESTION.search(text) and not (
                quotes and quotes[-1][1] >= len(text.rstrip()) - 1):
            question = (question[0] + bool(opinion), question[1] + 1)
        if not attributed and _writer_exclaims(text, quotes):
            exclaim = (exclaim[0] + bool(opinion), exclaim[1] + 1)
    # Laplace-smoothed rates.
    return tuple(round((k + 1) / (n + 2), 3) for k, n in (scare, question, exclaim))


def _cue_rates(train, weights: MarkerWeights) -> dict[str, float]:
    """Weights of the writer-voice cues (advice, aside, first person): per corpus, the
    Laplace-smoothed share of train sentences with the cue that are opinion; then the mean over
    corpora (so the larger corpus does not decide)."""
    rates = {kind: [] for kind in WEIGHED_CUES}
    for _src, rows in _by_corpus(train):
        counts = {kind: [0, 0] for kind in WEIGHED_CUES}
        for text, opinion in zip(rows["text"], rows["opinion"]):
            kinds = {m.kind for m in find_markers(text, 0, len(text), weights)}
            for kind in counts:
                if kind in kinds:
                    counts[kind][0] += bool(opinion)
                    counts[kind][1] += 1
        for kind, (k, n) in counts.items():
            rates[kind].append((k + 1) / (n + 2))
    return {kind: round(sum(r) / len(r), 3) for kind, r in rates.items()}


def _by_corpus(frame):
    kind = frame["source"].str.split("_").str[0]
    return [(k, frame[kind == k]) for k in sorted(set(kind))]


def predicted_spans(text: str, weights: MarkerWeights) -> list[tuple[int, int]]:
    """Evaluative-marker spans the model predicts over a whole corpus sentence (no quote rule)."""
    scored = token_probas(text, 0, len(text), weights)
    return [(s, e) for s, e, _ in _runs(text, scored, weights.mark_threshold,
                                        weights.extend_threshold)]


def token_prf(rows, weights: MarkerWeights | None = None, predict=None) -> tuple[float, float, float]:
    """Token-level precision, recall and F1 of predicted marker spans against gold ``markers``."""
    predict = predict or (lambda text: predicted_spans(text, weights))
    return _span_prf((text, gold, predict(text)) for text, gold in zip(rows["text"], rows["markers"]))


def lexicon_baseline(lexicon: dict):
    """The baseline predictor: every word of the subjectivity lexicon is a marker."""
    def predict(text: str) -> list[tuple[int, int]]:
        return [(s, e) for s, e in tokens(text) if text[s:e].lower() in lexicon]
    return predict
