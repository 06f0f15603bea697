"""Paragraph and sentence segmentation of news text: spans into the original string, never a copy.

How it works, in two passes that only look at a few positions:

* Paragraphs. Blank lines always separate paragraphs. Inside a block without blank lines each line
  break is judged on its two lines. A block of short lines (<= 160 characters) that mostly break
  inside a sentence is hard-wrapped, and there a break is kept only where the next word would have
  fitted on the line (or after a headline); otherwise (text copied from a web page) every line is
  a paragraph. A lower-case next line, or a line ending in a comma, a function word or a title
  such as "Gen.", continues the paragraph in any layout; bylines, timestamps, embedded-post
  attribution lines and list items always stand alone, and a line that ends with a post's
  attribution ("... — Name (@handle) April 7, 2025") ends its paragraph.
* Sentences. str.find locates the only characters a sentence can end on (. ! ? … ‽); a regex reads
  the cluster there (spaced ellipses, closing quotes and brackets), and cheap predicates on the
  token before it and the word after it decide. List items and inline post attributions add
  breaks of their own. Sentences never cross paragraphs.

Every rule reads a bounded window around one candidate, so time is linear in the input.

Known gaps: after an ambiguous abbreviation (U.S., Inc., Ill., Jan.) only a closed-class word
("The", "He", "It") starts a new sentence, so "... in Springfield, Ill. Polls open ..." stays one
sentence; sentences inside a quotation are split like any others; a paragraph that ends in a colon
before a quoted paragraph is its own sentence; a lone carriage return (old Mac text) is not a line
break; inline datelines ("MOSCOW. Jan 14 (Interfax) - ...") stay with their sentence.
"""

from __future__ import annotations

import bisect
import re

from . import _segment_rules as rules

# ---------------------------------------------------------------- shared regexes
# Blank lines and the indentation after them (the block before is right-stripped on its own).
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+[^\S\n]*")
_STRIPPED_LINE = re.compile(r"\S(?:[^\n]*\S)?")
_NON_SPACE = re.compile(r"\S")
_LAST_NON_SPACE = re.compile(r".*\S", re.S)
_TOKEN = re.compile(r"\S{1,40}")
# A sentence can end only in a cluster of terminators (spaced ellipses included) with the closing
# quotes and brackets after it; clusters are matched only where `_terminator_positions` found a
# terminator, because scanning with a character class is several times slower than str.find.
_CLUSTER = re.compile(r"[.!?…‽]+(?:[ \t]?[.!?…]+)*[\"'”’»)\]]*")
_RARE_TERMINATORS = "!?…‽"
_PERIOD_RUN = re.compile(r"\.+")
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«([{¿¡*_"
_WORD_KEY = re.compile(r"[A-Za-z][A-Za-z'’]*")
_FIRST_WORD = re.compile(r"\S*")
_INNER_CAPITAL = re.compile(r"[a-z]{1,3}[A-Z]")  # brand names: iPhone, eBay, iOS, mRNA
_AFTER_DASH = re.compile(r"[-–—]+\s*(\S)")
_NUMBERED_LINE = re.compile(r"(?:\d{1,3}[.)]|[a-z]\))\s")
_LIST_START = re.compile(r"(?:([•‣⁃◦▪●])\s*)?(\d{1,3}|[a-zA-Z])(\.\)|\)|\.)\s")
_INLINE_ATTRIBUTION = rules.INLINE_ATTRIBUTION
_SHORT_QUOTE_TAIL = re.compile(r"[^\"“”\n]{1,40}?[!?][\"”]\s+[a-z]")
# 'Name [Name] said.' closing a quotation: the speech verb ends the clause (maybe with an adverb).
_QUOTE_ATTRIBUTION = re.compile(
    r"([A-Z][\w.’'-]*)(?:\s+[A-Z][\w.’'-]*){0,2}\s+([a-z]+)(?:\s+[a-z]+ly)?\s*[.,;:!?]")
_DATELINE_CAPS = re.compile(r"[A-Z][A-Z'’ -]{2,30}\Z")
_DATELINE_DATE = re.compile(r"[A-Z][\w'’ -]{1,30}, \d{1,2} [A-Z][a-z]{2,8}\Z")
_FUNCTION_WORDS = frozenset("""
a an the of to in on at by for from with and or but nor as than that which who whose whom its their
his her our your my this these those is are was were be been has have had will would could should
""".split())
_WRAP_MAX_WIDTH = 160
#: From this many line breaks on, a hard-wrapped block must show that share of breaks that visibly
#: run on inside a sentence (``_continues``); in wrapped English prose most do.
_WRAP_MIN_EVIDENCE_BREAKS = 3
_WRAP_MIN_RUN_ON = 0.25


# ---------------------------------------------------------------- paragraphs
def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    first = _NON_SPACE.search(text, start, end)
    if first is None:
        return None
    return first.start(), _LAST_NON_SPACE.match(text, first.start(), end).end()


def _ends_like_sentence(line: str, terminators: str = ".!?…:") -> bool:
    last = line[-1]
    if last in _CLOSERS and len(line) > 1:
        last = line[-2]
    return last in terminators


def _ends_with_name_abbreviation(line: str) -> bool:
    """'... met Gen.' or '... John F.': the name goes on on the next line."""
    if line[-1] != ".":
        return False
    word = line[line.rfind(" ") + 1:-1]
    return (len(word) == 1 and word.isupper()) or word.lower() in rules.PREPOSITIVE


def _continues_lower(line: str) -> bool:
    """The line opens with a lower-case word (not a brand such as "iPhone")."""
    return line[0].islower() and not _INNER_CAPITAL.match(line)


def _continues(prev: str, nxt: str) -> bool:
    """The break between these lines sits inside a sentence, whatever the layout."""
    if nxt[0].islower() and not _INNER_CAPITAL.match(nxt):
        return True
    if prev[-1] in ",-–(/&":
        return True
    last_word = prev[prev.rfind(" ") + 1:]
    return last_word in _FUNCTION_WORDS or _ends_with_name_abbreviation(prev)


def _is_paragraph_break(prev: str, nxt: str, width: int, wrapped: bool, prev_opens: bool) -> bool:
    """Whether the line break between ``prev`` and ``nxt`` (neither standalone) ends a paragraph.

    ``prev_opens``: ``prev`` is the first line of its paragraph, so it may be a headline.
    """
    if nxt[0] in rules.BULLETS or _NUMBERED_LINE.match(nxt):
        return True
    if nxt[0] in "-*+" and nxt[1:2] == " " and (prev[0] == nxt[0] or prev[-1] == ":"):
        return True  # a dash list; a lone dash at a line start is more often a wrapped aside
    if _continues(prev, nxt):
        return False
    if not wrapped or (prev_opens and rules.is_headline(prev)):
        return True
    # A wrapper breaks a line only when the next word does not fit; a break where it would fit
    # was the writer's.
    return len(prev) + 1 + len(_FIRST_WORD.match(nxt).group()) <= width


def _is_hard_wrapped(texts: list[str], standalone: list[bool], lower: list[bool], post_end: list[bool],
                     width: int) -> bool:
    """Lines of at most ~160 characters that mostly break inside a sentence were wrapped by a tool.

    Text copied from a web page puts one paragraph on a line: its lines end like sentences (or are
    headlines, bylines and the like), however short they are.
    """
    if width > _WRAP_MAX_WIDTH:
        return False
    inside = breaks = joined = 0
    for i in range(len(texts) - 1):
        if standalone[i] or standalone[i + 1] or post_end[i]:
            continue
        breaks += 1
        prev = texts[i]
        if lower[i + 1] or _ends_with_name_abbreviation(prev) or (
                not _ends_like_sentence(prev) and not rules.is_headline(prev)):
            inside += 1
        joined += _continues(prev, texts[i + 1])
    # A list of unpunctuated items (a sources list, a table of contents) also has lines that do
    # not end like sentences. Wrapped prose shows, over a few breaks, lines that visibly run on
    # (a lower-case start, a trailing comma or function word) or a line that ends a sentence;
    # such a list shows neither.
    prose_signs = (breaks < _WRAP_MIN_EVIDENCE_BREAKS or _WRAP_MIN_RUN_ON * breaks <= joined
                   or any(_ends_like_sentence(line, ".!?…") for line in texts))
    return breaks > 0 and 2 * inside >= breaks and prose_signs


def _block_paragraphs(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    if text[start].isspace():
        start = _NON_SPACE.search(text, start, end).start()
    if text.find("\n", start, end) < 0:
        out.append((start, end))
        return
    matches = list(_STRIPPED_LINE.finditer(text, start, end))
    texts = [m.group() for m in matches]
    is_standalone = rules.is_standalone_line
    # Standalone lines open with a capital, a digit or a dash; skipping lower-case lines is cheap.
    standalone = [not line[0].islower() and is_standalone(line) for line in texts]
    lower = [_continues_lower(line) for line in texts]
    # Lines that end with an embedded post's signature ('... — Name (@handle) April 7, 2025').
    ends_post = rules.ends_with_attribution
    post_end = [line.rfind("(@", len(line) - 200 if len(line) > 200 else 0) >= 0 and ends_post(line)
                for line in texts]
    lengths = sorted(map(len, texts))
    # The wrap width, robust to one over-long line (two lines run together, a pasted URL).
    width = lengths[-2] if len(lengths) > 2 else lengths[-1]
    wrapped = _is_hard_wrapped(texts, standalone, lower, post_end, width)
    para_start = start
    previous_end = matches[0].end()
    for i in range(1, len(texts)):
        line_start = matches[i].start()
        if standalone[i - 1] or standalone[i] or post_end[i - 1] or (not lower[i] and _is_paragraph_break(
                texts[i - 1], texts[i], width, wrapped, para_start == matches[i - 1].start())):
            out.append((para_start, previous_end))
            para_start = line_start
        previous_end = matches[i].end()
    out.append((para_start, previous_end))


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    append = out.append
    find = text.find
    pos = start
    for m in _BLANK_LINES.finditer(text, start, end):
        stop = m.start()
        while stop > pos and text[stop - 1] in " \t\r":
            stop -= 1
        # The common case inline: a one-line block that starts on a non-space character.
        if stop > pos and not text[pos].isspace() and not text[stop - 1].isspace() and find("\n", pos, stop) < 0:
            append((pos, stop))
        else:
            _block_paragraphs(text, pos, stop, out)
        pos = m.end()
    _block_paragraphs(text, pos, end, out)
    return out


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans ``(start, end)`` into ``text``: stripped, in order, covering all non-space text."""
    return _paragraphs(text, 0, len(text))


# ---------------------------------------------------------------- sentences
def _word_key(token: str) -> str:
    m = _WORD_KEY.match(token.lstrip(_OPENERS))
    return m.group().lower() if m else ""


def _is_starter(token: str) -> bool:
    return _word_key(token) in rules.SENTENCE_STARTERS


def _quote_attribution_follows(text: str, start: int, end: int) -> bool:
    """'... ?" Rasul asked.': a name and a speech verb after a closing quote finish the sentence."""
    m = _QUOTE_ATTRIBUTION.match(text, start, min(end, start + 80))
    return (m is not None and m.group(2) in rules.SPEECH_VERBS
            and m.group(1).lower() not in rules.SENTENCE_STARTERS)


def _list_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Breaks before the items of an inline list that the paragraph opens with ('1) ... 2) ...')."""
    m = _LIST_START.match(text, start, end)
    cuts: list[tuple[int, int]] = []
    if m is None:
        return cuts
    bullet, marker, style = m.groups()
    if bullet:
        for b in re.finditer(r"\s(%s)" % re.escape(bullet), text[start:end]):
            cuts.append((start + b.start(1), start + b.start(1)))
        return cuts
    pos = m.end()
    if marker.isdigit():
        number = int(marker)
        following = (str(n) for n in range(number + 1, number + 1000))
    elif marker.islower() and marker != "z":  # not "A. Smith ... B. Jones": capitals are initials
        following = (chr(c) for c in range(ord(marker) + 1, ord("z") + 1))
    else:
        return cuts
    for label in following:
        found = text.find(" " + label + style + " ", pos, end)
        if found < 0:
            break
        cuts.append((found + 1, found + 1))
        pos = found + 1 + len(label)
    return cuts


def _attribution_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if text.find("(@", start, end) < 0:
        return []
    return [(m.start(), m.start()) for m in _INLINE_ATTRIBUTION.finditer(text, start, end)]


def _ends_sentence_after_period(text: str, para_start: int, sent_start: int, dot: int,
                                token: str, nxt: str, has_quote: bool, next_start: int,
                                para_end: int) -> bool:
    """Decide a single period (possibly followed by closing quotes) between ``token`` and ``nxt``."""
    first = nxt.lstrip(_OPENERS)[:1] or nxt[:1]
    bare = token.lstrip(_OPENERS)
    low = bare.lower()
    token_start = dot - len(token)
    if token_start <= sent_start + 2 and rules.LIST_MARKER_TOKEN.match(token) and (
            token_start == sent_start or text[sent_start] in rules.BULLETS):
        return False  # "1. The first item": the period marks the item number
    if "@" in bare or "://" in bare or low.startswith("www."):
        return True
    if "-" in bare or "/" in bare:  # "Sino-U.S.", "Ariz./N.M.": the last part decides
        bare = bare.replace("/", "-").rsplit("-", 1)[-1]
        low = bare.lower()
    if bare[:1].islower() and low in rules.WORD_LIKE:
        return True  # "He sat." is the verb, "Sat." the day
    if rules.LETTER_DOTS.match(bare):
        if low in ("e.g", "i.e"):
            return False
        if low in ("a.m", "p.m"):
            return _ends_after_time(text, sent_start, token_start, nxt, first)
        return _is_starter(nxt)
    if low in rules.PREPOSITIVE:
        return low == "st" and _is_starter(nxt)
    if low in rules.NUMERIC:
        return not first.isdigit() and _is_starter(nxt)
    if low in rules.POSTPOSITIVE:
        return _is_starter(nxt)  # "Acme Inc. It ..." ends; "Acme Inc. President ..." does not
    if low in rules.OTHER:
        return not first.isdigit() and _is_starter(nxt)
    if len(bare) == 1 and bare.isalpha():
        return _ends_after_letter(text, sent_start, token_start, bare, nxt)
    if sent_start == para_start and dot - sent_start <= 40:
        head = text[sent_start:dot]
        if _DATELINE_DATE.match(head) or (
                _DATELINE_CAPS.match(head) and (first.isdigit() or _word_key(nxt) in rules.MONTHS_AND_DAYS)):
            return False  # "MOSCOW. Jan 14 (Interfax) - ..." is one sentence
    if has_quote and _quote_attribution_follows(text, next_start, para_end):
        return False
    return True


def _ends_after_time(text: str, sent_start: int, token_start: int, nxt: str, first: str) -> bool:
    key = _word_key(nxt)
    if key in rules.MONTHS_AND_DAYS or key in rules.TIME_ZONES or nxt[0] in "([":
        return False
    opening = text[sent_start:token_start].split() if token_start - sent_start <= 40 else ()
    if len(opening) <= 3 and opening and opening[0].lower() in rules.INTRO_PREPOSITIONS:
        return False  # "At 5 a.m. Mr. Smith left": a fronted time phrase is not a sentence
    return True


def _ends_after_letter(text: str, sent_start: int, token_start: int, letter: str, nxt: str) -> bool:
    if letter.islower():
        return _is_starter(nxt)
    before = text[max(sent_start, token_start - 40):token_start].split()
    previous_word = before[-1].lstrip(_OPENERS) if before else ""
    after_lower_word = bool(previous_word) and previous_word[0].islower()
    if letter == "I":
        return after_lower_word  # "you and I." ends; "Albert I. Jones" does not
    return after_lower_word and _is_starter(nxt)


def _terminator_positions(text: str, start: int, end: int) -> list[int]:
    """Sorted offsets of every ! ? … ‽ and of the first period of each run in ``text[start:end]``."""
    find = text.find
    positions: list[int] = []
    append = positions.append
    i = find(".", start, end)
    while i >= 0:
        append(i)
        if i + 1 < end and text[i + 1] == ".":
            i = _PERIOD_RUN.match(text, i, end).end()  # "....": one position for the run
        i = find(".", i + 1, end)
    unsorted = False
    for char in _RARE_TERMINATORS:
        i = find(char, start, end)
        while i >= 0:
            append(i)
            unsorted = True
            i = find(char, i + 1, end)
    if unsorted:
        positions.sort()
    return positions


def _sentence_cuts(text: str, start: int, end: int, positions: list[int]) -> list[tuple[int, int]]:
    """(end of one sentence, start of the next) pairs inside the paragraph ``text[start:end]``.

    ``positions`` are the terminator offsets inside the paragraph, in order.
    """
    extra: list[tuple[int, int]] = []
    if _LIST_START.match(text, start, end) is not None:
        extra += _list_cuts(text, start, end)
    if text.find("(@", start, end) >= 0:
        extra += _attribution_cuts(text, start, end)
    if extra:
        extra.sort()
    extra_starts = [s for _, s in extra]
    cuts = list(extra)
    sent_start = start
    abbreviations = rules.ALL_ABBREVIATIONS
    cluster_at = _CLUSTER.match
    skip_until = start
    for dot in positions:
        if dot < skip_until:
            continue  # inside the cluster just read
        m = cluster_at(text, dot, end)
        cluster_end = skip_until = m.end()
        if cluster_end >= end:
            break  # the paragraph's own end
        if not text[cluster_end].isspace():
            continue  # inside a token: U.S.A., 3.5, example.com, "mean...see"
        next_start = cluster_end + 1  # < end: the paragraph ends on a non-space character
        first = text[next_start]
        if first.isspace():
            next_start = _NON_SPACE.search(text, next_start, end).start()
            first = text[next_start]
        if first in _OPENERS and next_start + 1 < end:
            first = text[next_start + 1]
        elif first in "-–—" and next_start + 1 < end:  # "need we ask? -- the ..." is an aside
            after_dash = _AFTER_DASH.match(text, next_start, min(end, next_start + 8))
            if after_dash:
                first = after_dash.group(1)
        if first.islower():
            # A lower-case word continues the sentence; an e-mail address or a brand spelt
            # like "iPhone" may start a new one.
            nxt = _TOKEN.match(text, next_start).group()
            if "@" not in nxt and not _INNER_CAPITAL.match(nxt):
                continue
        if extra_starts:
            i = bisect.bisect_right(extra_starts, dot)
            if i and extra_starts[i - 1] > sent_start:
                sent_start = extra_starts[i - 1]
        cluster = m.group()
        if cluster == ".":
            lo = dot - 40 if dot - 40 > sent_start else sent_start
            space = text.rfind(" ", lo, dot)
            token = text[(space + 1 if space >= 0 else lo):dot]
            # Fast path: an ordinary word ends the sentence before a capital or a digit (a
            # capitalised one only away from a paragraph's opening, where datelines are).
            if not (len(token) > 1 and token.isalpha() and dot - len(token) != sent_start
                    and (token.islower() or sent_start != start or dot - sent_start > 40)
                    and token.lower() not in abbreviations):
                if token and not token[-1].isspace():
                    if not token.isprintable():  # a line break or tab inside the window
                        token = token.split()[-1]
                else:
                    token = ""
                if token[-1:] in "[(":
                    continue  # "[...]" marks an omission
                nxt = _TOKEN.match(text, next_start).group()
                if not _ends_sentence_after_period(text, start, sent_start, dot, token, nxt,
                                                   False, next_start, end):
                    continue
            cut = (cluster_end, next_start)
        else:
            if dot > start and text[dot - 1] in "[(":
                continue  # "[...]" marks an omission
            cut = (cluster_end, next_start)
            core = cluster.rstrip(_CLOSERS) if cluster[-1] in _CLOSERS else cluster
            quoted = cluster[-1] in "\"'”’»"
            if core == ".":
                lo = dot - 40 if dot - 40 > sent_start else sent_start
                before = text[lo:dot]
                token = "" if not before or before[-1].isspace() else before.split()[-1]
                nxt = _TOKEN.match(text, next_start).group()
                if not _ends_sentence_after_period(text, start, sent_start, dot, token, nxt,
                                                   quoted, next_start, end):
                    continue
            elif "…" in core or core.count(".") >= 3:
                if dot - sent_start <= 3 and text[sent_start:dot].strip(_OPENERS) == "":
                    continue  # '". . . We have' opens a quotation with an omission
                attached = dot > start and not text[dot - 1].isspace()
                dots = core.count(".") + 3 * core.count("…")
                if not attached and dots <= 3 and _word_key(_TOKEN.match(text, next_start).group()) in (
                        "i", "i'm", "i’m"):
                    continue  # capital I says nothing about a new sentence after a pause
                if attached and core.startswith(". .") and dots >= 4:
                    cut = (dot + 1, dot + 2)  # "word. . . . Next": the period ends it, the ellipsis opens the next
            elif quoted and _quote_attribution_follows(text, next_start, end):
                continue  # '... ?" Rasul asked.'
            elif not quoted and _SHORT_QUOTE_TAIL.match(text, next_start, min(end, next_start + 60)):
                continue  # '"Stop! Thief!" she cried.': a short quotation and its attribution
        cuts.append(cut)
        sent_start = cut[1]
    if extra and len(cuts) > len(extra):
        cuts.sort(key=lambda c: c[1])
    return cuts


def _sentences_in(text: str, start: int, end: int, out: list[tuple[int, int]], positions: list[int]) -> None:
    current = start
    for cut_end, cut_start in _sentence_cuts(text, start, end, positions):
        if cut_start <= current:
            continue
        if cut_end == cut_start:  # a break before a marker: end at the last non-space before it
            while cut_end > current and text[cut_end - 1].isspace():
                cut_end -= 1
        if cut_end <= current:
            continue
        out.append((current, cut_end))
        current = cut_start
    out.append((current, end))


_last_layout: tuple[str, list[tuple[int, int]], list[int]] | None = None


def _paragraphs_of(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The whole text's paragraphs and their ends, kept for the last text so range calls stay linear."""
    global _last_layout
    layout = _last_layout
    if layout is not None and layout[0] is text:
        return layout[1], layout[2]
    paragraphs = _paragraphs(text, 0, len(text))
    ends = [e for _, e in paragraphs]
    _last_layout = (text, paragraphs, ends)
    return paragraphs, ends


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` into ``text``, covering every non-space character once.

    With ``start``/``end``, only ``text[start:end]`` is split (offsets still refer to ``text``),
    using the paragraph layout of the whole text, so splitting each paragraph of
    `split_paragraphs(text)` this way gives exactly the sentences of ``split_sentences(text)``.
    """
    n = len(text)
    end = n if end is None else max(0, min(end, n))
    start = max(0, min(start, end))
    out: list[tuple[int, int]] = []
    if start == 0 and end == n:
        positions = _terminator_positions(text, 0, n)
        first = bisect.bisect_left
        append = out.append
        list_start = _LIST_START.match
        find = text.find
        i = 0
        for a, b in _paragraphs(text, 0, n):
            j = first(positions, b, i)
            if (j - i > 1 or (j > i and positions[i] < b - 1) or list_start(text, a, b)
                    or find("(@", a, b) >= 0):
                _sentences_in(text, a, b, out, positions[i:j])
            else:  # no terminator but maybe the last character, no list, no post attribution
                append((a, b))
            i = j
        return out
    paragraphs, ends = _paragraphs_of(text)
    for i in range(bisect.bisect_right(ends, start), len(paragraphs)):
        a, b = paragraphs[i]
        if a >= end:
            break
        span = _strip(text, max(a, start), min(b, end))
        if span:
            _sentences_in(text, span[0], span[1], out, _terminator_positions(text, span[0], span[1]))
    return out
