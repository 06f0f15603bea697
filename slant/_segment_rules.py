"""Word lists and line predicates for `slant.segment`.

Everything here is a predicate over a short, bounded piece of the original string, so the
segmenter stays linear: callers never pass more than one line or one token.
"""

from __future__ import annotations

import re

# Abbreviations that precede a name or a number: a capitalised word after them continues the sentence.
PREPOSITIVE = frozenset("""
mr mrs ms messrs mmes dr prof gen gens lt col sen sens rep reps gov govs pres rev hon capt cpt
sgt maj adm cmdr cmdt brig cpl pvt fr atty supt insp det mt st ft sta sto ste lieut rt
""".split())

# Abbreviations that stand before a number ("No. 5", "p. 55"): before a digit they never end a sentence.
NUMERIC = frozenset("no nos nr vol vols p pp fig figs art sec ch para op ca approx tel ext n° nº".split())

# Abbreviations that usually close a name or a phrase: a capitalised word after them starts a sentence.
POSTPOSITIVE = frozenset("inc co corp ltd llc plc jr sr bros esq etc al cie".split())

# Everything else that takes a period but is not a sentence end by itself.
OTHER = frozenset("""
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
vs v cf viz approx est dept depts govt univ assn assoc ave blvd rd hwy sq bldg mln bln bn mn
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb
nev okla ore pa penn tenn tex va vt wash wis wyo
e.g i.e a.m p.m u.s u.k u.n e.u d.c u.s.a ph.d
""".split())

# Abbreviations that are also everyday words: written in lower case ("He sat. Everyone stood.")
# they are the word, so a period after them is an ordinary sentence end.
WORD_LIKE = frozenset("""
sat sun wed mar mass miss wash ill ore pa mo ind del est ark gen rep reps pres rev hon det col sen
sens mon ave
""".split())

MONTHS_AND_DAYS = frozenset("""
jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august
september october november december mon tue tues wed thu thur thurs fri sat sun monday tuesday
wednesday thursday friday saturday sunday
""".split())

TIME_ZONES = frozenset("et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest jst ist msk".split())

# Closed-class words that begin sentences: after an ambiguous abbreviation, one of these means
# "new sentence" while a capitalised content word ("U.S. Government") means "same sentence".
SENTENCE_STARTERS = frozenset("""
the a an he she it they we you i this that these those there here his her its their our my your
in on at but and or so yet if when while after before as since although though however meanwhile
also still then now thus therefore hence what who whom whose why how where which some many most
all both each every no not none one two three for from with by to under according last next other
such do does did is are was were has have had can could will would should may might must let
""".split())

SPEECH_VERBS = frozenset("""
said says asked asks told tells added adds wrote writes commented comments noted notes explained
explains continued continues replied replies stressed stresses insisted insists declared declares
remarked remarks warned warns concluded concludes argued argues exclaimed shouted recalled recalls
""".split())

INTRO_PREPOSITIONS = frozenset("at by before after until till since from on in around about".split())

ALL_ABBREVIATIONS = PREPOSITIVE | NUMERIC | POSTPOSITIVE | OTHER

# "U.S", "a.m", "E.U", "U.S.A": single letters joined by periods (the final period is the candidate).
LETTER_DOTS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]\Z")
# List markers at the start of a sentence: "1", "9", "a", "iv", optionally after a bullet.
LIST_MARKER_TOKEN = re.compile(r"[\W_]?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})\Z")
BULLETS = "•‣⁃◦▪●"

_TERMINAL_END = re.compile(r"[.!?…:;,\"'”’)\]]\s*\Z")
# '(@handle)' of an embedded post: an X handle or a domain handle such as '@name.bsky.social'.
HANDLE = r"\(@\w{1,30}(?:\.\w{1,30}){0,4}\)"
_ATTRIBUTION = re.compile(r"[—–―]{1,2}\s?\S[^\n]{0,80}?" + HANDLE)
# The same signature closing a line after the post's text ('... pic.twitter.com/x — Name (@h) May 2,
# 2024'): a dash after a space, a name without brackets, the handle, then at most a date or a time.
INLINE_ATTRIBUTION = re.compile(r"(?<=\s)[—–―]{1,2}\s?[^\s(][^\n(]{0,60}" + HANDLE)
_ATTRIBUTION_AT_END = re.compile(r"(?:(?<=\s)|^)[—–―]{1,2}\s?[^\s(][^\n(]{0,60}" + HANDLE
                                 + r"([^\n()]{0,40})\Z")
_BYLINE = re.compile(r"B[Yy]:?\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|&|,|de|van|von|al))*"
                     r"(?:\s*[,|/–—-]\s*[^\n]{0,60})?\Z")
_DATE_OR_TIME = re.compile(
    r"\d{1,2}:\d{2}|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_DATELINE_LINE = re.compile(r"[A-Z][A-Z.'’ /-]{1,40}(?:,\s*[A-Z][a-z]*\.?\s*\d{1,2})?"
                            r"(?:\s*\([^()\n]{1,40}\))?\s*[-–—:]{0,2}\Z")
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")
# Words a timestamp line may hold besides dates and times ("Updated 10:32 AM ET, Mon June 3").
_TIMESTAMP_WORDS = MONTHS_AND_DAYS | TIME_ZONES | frozenset("""
a m p am pm at on by updated published posted last modified edited ago hours hour hrs min mins
minutes of th st nd rd
""".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SMALL_WORDS = frozenset("a an the and or of in on at to for by with from as vs via de la".split())
# A word that starts in lower case and is not one of _SMALL_WORDS: the line is not in Title Case.
_LOWER_CONTENT_WORD = re.compile(
    r"(?<![^\W\d_])(?!(?:%s)(?![^\W\d_]))[a-z]" % "|".join(sorted(_SMALL_WORDS, key=len, reverse=True)))


def ends_without_terminal(line: str) -> bool:
    return not _TERMINAL_END.search(line[-3:])


def is_attribution_line(line: str) -> bool:
    """'— Name (@handle) June 18, 2024': the signature under an embedded post."""
    return line[:1] in "—–―" and _ATTRIBUTION.match(line) is not None


def ends_with_attribution(line: str) -> bool:
    """The line ends with '— Name (@handle) April 7, 2025': an embedded post, text and signature."""
    n = len(line)
    at = line.rfind("(@", max(0, n - 200))
    if at < 0:
        return False
    m = _ATTRIBUTION_AT_END.search(line, max(0, at - 70))
    if m is None:
        return False
    tail = m.group(1)
    if not tail.strip():
        return True
    # Only a date or a time may follow the handle ('April 7, 2025 at 9:14 PM'), not more prose.
    return _DIGIT.search(tail) is not None and all(
        w.lower() in _TIMESTAMP_WORDS for w in _LETTERS.findall(tail))


def is_byline(line: str) -> bool:
    return (len(line) <= 100 and line[0] == "B" and line[-1] != "."
            and _BYLINE.match(line) is not None)


def is_timestamp(line: str) -> bool:
    """A short line that is mostly a date or a time ('Tue, 06/18/2024 – 11:00')."""
    if len(line) > 80 or line[-1] == "." or _DIGIT.search(line) is None or not _DATE_OR_TIME.search(line):
        return False
    other_words = [w for w in _LETTERS.findall(line) if w.lower() not in _TIMESTAMP_WORDS]
    return len(other_words) <= 1


def is_headline(line: str) -> bool:
    """Title Case or ALL CAPS, no final punctuation: a headline, section title or dateline."""
    if (len(line) > 200 or not (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘")
            or not ends_without_terminal(line) or _LOWER_CONTENT_WORD.search(line)):
        return False
    words = _WORD.findall(line)
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) < 1:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised == len(content) and (len(content) >= 2 or line.isupper())


def is_dateline(line: str) -> bool:
    """'WASHINGTON —', 'LONDON, June 3 (Reuters) -': a place in capitals, maybe a date and an agency."""
    return len(line) <= 60 and _DATELINE_LINE.match(line) is not None


def is_standalone_line(line: str) -> bool:
    """A line that is never merged with its neighbours, whatever the layout."""
    if len(line) > 100:
        return False
    first = line[0]
    if first in "—–―":
        return is_attribution_line(line)
    if first == "B" and is_byline(line):
        return True
    if first.isupper() and line[1:2].isupper() and is_dateline(line):
        return True
    # A timestamp, inlined: the cheap tests first because most short lines are wrapped prose.
    if len(line) > 80 or line[-1] == "." or _DIGIT.search(line) is None:
        return False
    return is_timestamp(line)
