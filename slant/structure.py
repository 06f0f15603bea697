"""Detectors for non-prose structure: boilerplate lines, embedded social posts, headlines.

`tag_roles` gives every sentence a role the classifier cannot see on its own:
``prose``, ``headline``, ``boilerplate``, ``post`` (embedded social-post body) or
``attribution`` (the post's attribution line).

The unit of structure is the *line* (a paragraph may hold several), and where a line holds both a
post body and its attribution ("… pic.twitter.com/x — Name (@handle) June 18, 2024") the line is
cut at the attribution. Each detector is a predicate over the original string:

- line shapes that are exact (attribution lines of X/Twitter, Bluesky, Threads, Truth Social,
  Instagram and Facebook embeds; timestamps; bylines; share/subscribe/follow widgets; navigation;
  "Advertisement"; "Read more"; copyright; photo credits; comment prompts), in
  `slant.line_shapes`, whose predicates are re-exported here;
- context: a "Most Read"/"Related"/"Latest News" heading makes the short teaser lines under it
  boilerplate; an attribution line claims the lines above it as the post body, within the
  platform's length limit, up to a line that introduces it (ends with ":" or reports speech);
  a name-only line beside a byline or timestamp, or in the trailing block of short lines, is a
  byline; the first short unpunctuated line of the page is the headline; the closing paragraph
  that ends with the copyright line is the footer;
- transcripts: paragraphs opening with speaker labels ("Q:", "A:", "Varga:") that take turns
  are an interview; the speaker who asks is the interviewer (``question`` sentences), every
  other speaker's turns, with the unlabelled paragraphs that continue them, are ``answer``.

Every public detector takes one line (or the whole text and spans) and returns offsets or a
role; nothing here rewrites the text.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .line_shapes import (  # the line lexicon; re-exported for callers of the detectors
    attribution_span, boilerplate_line, is_byline, is_headline_shape, is_navigation, listing_dates, listing_spec,
    PHOTO_CREDIT_IN_BRACKETS,
    is_section_heading, is_timestamp, is_widget, platform_limit, headline_verdict, _ABOUT_HEADING, _BARE_HANDLE,
    _BLOG_BYLINE, _CARD_AUTHOR, _CARD_OPENING, _GROUP_CREDIT_DOTTED, _GROUP_POST_SIGNATURE, _GROUP_POSTED_IN, _COMMENT_DATED, _COMMENT_AGE, _COMMENT_INLINE,
    _COMMENTS_MARKER, _CONTENTS_HEADING, _PICTURE_DESCRIPTION, _SIGNUP_FIELD, _COUNT_FIRST_REACTIONS, _DATED_COUNTS, _INBOX_PITCH, _is_comment_header, _JOB_TITLE, _LIVE_ENTRY, _MORE_SECTION,
    _DAY_MONTH, _FORM_LABEL, _FORM_PLACEHOLDER, _POSTCODE_ADDRESS, _UK_POSTCODE, _MONTH, _PAPER_WORD, _WEEKDAY, _NAME, _NAME_ONLY, _NAV_SEP, _PLATFORM, _PLATFORM_CHROME, _PLAYER_MARK, _POLICY_HEADING,
    _POLL_OPTIONS, _POLL_RESULT, _POST_LINK, _RATING_LINE, _REACTION_COUNTS, _REGISTRATION_NUMBER, _REVIEWED, _SCORECARD, _SCORED,
    _SCORED_NOTE, _SENTENCE_CLOSERS, _SHARED_POST_CREDIT, _SIGNATURE, _SKIP_LINK, _SPONSOR_HEADING, _TERMINAL, _SIGNATURE_LINE, _SIGNED_ROLE,
    _TEAM_SIGNATURE, _VALEDICTION, _REVIEWER_CARD, _OWNER_RESPONSE, _NOT_NAME, _SIGNOFF_NAMED,
    _VERDICT_LINE, _VIEW_POST, _VIEWS_EXPRESSED, _WATCH_BUTTON, _WORDED_REACTIONS, _POST_FOOTER, _GROUP_POST_HEADER)

PROSE, HEADLINE, BOILERPLATE, POST, ATTRIBUTION = (
    "prose", "headline", "boilerplate", "post", "attribution")
#: Turns of an interview transcript ("Q: ..." / "A: ...", "Review: ..." / "Varga: ..."): an
#: interviewee's turn is their speech; an interviewer's question asks.
ANSWER, QUESTION = "answer", "question"
#: A review's rating line ("★★½ out of four stars", "Score: 4.5 out of 5") or its headline's
#: verdict ("<Title> review – a bruising war drama"): the critic's verdict.
RATING = "rating"
#: A heading that states its section's case rather than naming a topic: a letter's heading on a
#: readers' letters page ("Consultation was a sham").
CLAIM = "claim"
#: A line of listed data, not prose: a team's line-up ("<Team>: <Name>; <Name>, <Name>, ..."), a
#: price list's item ("Fix a dripping tap ........ from £55"), a listing's labelled detail
#: ("When: Saturday 20 December, 9am-3pm"), a listing's specification, a photo's caption with its
#: credit. It states who played, what a thing costs, when and where, or what a picture shows; the
#: classifier, trained on prose, may read a run of surnames or a trader's item as opinion.
DATA = "data"


# Parameters of the page-context rules below.
#: An "About ..." block or a site's policy box stands in the page's closing part (from this share
#: of its paragraphs); a policy box claims at most this many paragraphs under its heading.
_ABOUT_FROM = 0.6
#: An organisation's blurb about itself: "<Org> is an independent, non-profit ...", "<Group> is a
#: voluntary, non-party group", "<Association> is a volunteer-run association of residents ...".
_ORG_BLURB = re.compile(r"^(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:&|of|for|and|on|[A-Z][\w'’&.-]*)){0,7}\s+is\s+(?:an?\s+)?"
                        r"(?:independent|non-?profit|not-for-profit|voluntary|volunteer-run|nonpartisan|non-partisan|"
                        r"designated|community-run)\b")
_POLICY_MAX_PARAGRAPHS = 4
_SPONSOR_MAX_PARAGRAPHS = 3
_CONTENTS_ENTRY_MAX_WORDS = 10
#: A section heading's teaser block ends at the first line longer than this (words), or after
#: this many lines.
_TEASER_MAX_WORDS = 25
_TEASER_MAX_LINES = 12
#: A poll's results count as its furniture within this many lines of its question or count.
_POLL_NEAR = 3
#: Players' marks are a rating box from this many lines in a row.
_PLAYER_MARKS_MIN_RUN = 3
#: Who a player's mark names: the words before the mark, after a substitute's label.
_MARKED_NAME = re.compile(r"(?:Subs?(?:titute)?\s*:\s*)?(\D*)")
#: The lines of a shared post's body, between its introduction and its credit, at most.
_SHARED_POST_MAX_LINES = 3
#: A reader comment runs at most this many lines under its header.
_COMMENT_MAX_LINES = 6
#: A list's heading: a short line alone in its paragraph that ends with a colon and reports
#: no one ("What we know:", "Today's birthdays:"; not "The mayor said:").
_LIST_HEADING_MAX_WORDS = 5
#: A video card's title, and a box's title, above its button or pitch: at most this many words.
_VIDEO_TITLE_MAX_WORDS = 20
_BOX_TITLE_MAX_WORDS = 8
#: A sign-up box's pitch between its title and its form: at most this many words.
_BOX_PITCH_MAX_WORDS = 25
#: A sign-up form's e-mail row is at most this many words ("Enter your email address | Sign up").
_EMAIL_ROW_MAX_WORDS = 8
#: A chapter list has at least this many lines.
_CHAPTER_MIN_LINES = 3
#: A chapter line: a time from the start and a title, no sentence after it.
_CHAPTER_LINE = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}\s+[^\n]{1,100}(?<![.!])$")
#: A chat message as a stream's or a group's log prints it: the user's lower-case name, a colon,
#: the message ("frostbyte_gg: crown fans real quiet rn"). A transcript's speakers are capitalised.
_CHAT_LINE = re.compile(r"^[a-z][a-z0-9_.]{2,24}:\s+\S")
_CHAT_MIN_LINES = 3
#: A writer's post and employer, the employer in title case ("Senior Lecturer in Sociology,
#: University of Wendmoor"; "Head teacher, Castlegate Academy").
_ROLE_LINE = re.compile(r"^[A-Z][\w'’-]*(?:,?\s+(?:[A-Za-z][\w'’-]*|&))*,\s+[A-Z][\w'’-]*"
                        r"(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the|&))*$")
_ROLE_LINE_MAX_WORDS = 12
#: Or the writer's desk or news service alone ("Local Democracy Reporting Service", "Chief reporter").
_DESK_LINE = re.compile(r"^(?:[A-Z][\w'’&-]*\s+){0,4}(?i:[\w'’&-]+\s+){0,2}(?i:reporting\s+service|news\s+(?:agency|service)|"
                        r"reporter|correspondent|editor|writer|columnist)$")
#: Two writers' names ("Tomasz Example and Priya Example").
_NAME_PAIR = re.compile(r"^" + _NAME + r"\s+(?:and|&)\s+" + _NAME + r"$")
#: A document's title words: "Christmas Trading Update" over its release time is the title, not
#: the writer's name.
_TITLE_NOUN = re.compile(r"\b(?:Update|Report|Results|Statement|Notice|Announcement|Briefing|Summary|Release|Treatment|"
                         r"Service|Price|Fee|Charge)s?\b")
#: A place that is a street ("Dot's Fish Bar, Terrace Road"): a guide's entry, not a letter
#: writer's town, unless a person signs it ("Tom Example, Bell Lane", "Jo and Sam Example,
#: Castle Street"): first names and a surname, none of them a word for premises or a possessive.
_STREET_PLACE = re.compile(r",\s+(?:[A-Z][\w'’-]*\s+)+(?:Road|Street|Lane|Parade|Avenue|Square|Terrace|Close|Drive|"
                           r"Crescent|Arcade|Yard|Quay)$")
_PERSON_ON_A_STREET = re.compile(
    r"^(?!(?:The|A|An|Our|Old|New|St)\b)(?![^,]*\b(?:Bar|Café|Cafe|Inn|Arms|Hall|House|Centre|Church|Chapel|Club|Library|"
    r"School|Kitchen|Bakery|Gallery|Studio|Market|Hotel|Pub|Tavern|Theatre|Shop|Stores?|Farm|Barn|Mill|Deli|Diner|Grill|"
    r"Pantry|Books|Garage)\b)(?:(?:[A-Z][a-z]+\s+(?:and|&)\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}|(?:[A-Z]\.\s*){1,3}[A-Z][a-z'’-]+),")


_OPINION_LABEL = re.compile(
    r"^(?:opinion|op-?ed|editorial|columns?|columnists?|commentary|guest\s+(?:column|essay)|"
    # A critic's review: of a restaurant, film, book, album, show ...
    r"(?:" + _REVIEWED + r"\s+)?reviews?|critic['’]s\s+(?:notebook|pick|take)|"
    r"(?:news\s+)?analysis|"
    r"perspective|viewpoint|letters(?:\s+to\s+the\s+editor)?)\b\s*(?:[:|—–\-›»>/]|$)",
    re.I)
#: The page's own label is read only above the body: lines up to the first long paragraph.
_LABEL_ZONE_MAX_WORDS = 25


#: The disclaimer under opinion pieces: "The views expressed here are her own", "Opinions
#: expressed in this column are those of the author".
_VIEWS_DISCLAIMER = re.compile(
    r"\b" + _VIEWS_EXPRESSED + r"|"
    r"\bguest\s+(?:columns?|essays?|op-?eds?)\s+(?:reflect|represent|express)\b", re.I)


def declares_opinion(text: str, paragraphs: Sequence[tuple[int, int]]) -> bool:
    """Whether the page labels itself opinion or analysis above its body ("Opinion: ...",
    "EDITORIAL", an "Op-Ed |" or "ANALYSIS" kicker): genres whose point is the writer's own
    judgement, so advice there is the writer's. A teaser with that label further down (under
    "Most Read") does not count. The usual disclaimer of an opinion piece ("The views expressed
    here are her own") counts wherever it stands."""
    if _VIEWS_DISCLAIMER.search(text):
        return True
    # A critic's stars or score ("★★½ out of four stars", "Score: 4.5 out of 5") make the page a
    # review, wherever the line stands; a fact-check's word verdict ("Rating: False") does not.
    for s, e in _lines(text, 0, len(text)):
        line = text[s:e]  # the patterns anchor at the line's own start
        if _RATING_LINE.match(line) and _SCORED.search(line):
            return True
    for ps, pe in paragraphs:
        for s, e in _lines(text, ps, pe):
            line = text[s:e]
            if _OPINION_LABEL.match(line) or _section_is_opinion(line) or _opinion_byline(line):
                return True
            if len(line.split()) > _LABEL_ZONE_MAX_WORDS:
                return False
    return False


#: An advice column's reader letter: from "Dear <columnist>:" to the reader's signature ("—
#: Tapped Out in Tollbridge") alone in its paragraph, within a few paragraphs.
_LETTER_OPEN = re.compile(r"\s*dear\s+[^:,\n]{1,40}[:,]", re.I)
_LETTER_SIGNATURE = re.compile(r"^[—–]\s*\S.{0,60}$")
_LETTER_MAX_PARAGRAPHS = 8
_SIGNATURE_MAX_WORDS = 8


def reader_letters(text: str, paragraphs: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The paragraphs holding readers' words that a column answers (empty when none).

    - An advice column's letter: the first paragraph opening "Dear ...:" up to the signature under
      it ("— Worried in Westfield", "Derek Lomax, Pontefract"), when the columnist's answer
      follows, addressing the signer ("Dear <signature>: ...", "Derek, I'm sorry ...").
    - A reader's question in a column's Q&A: a paragraph opening "Q:" that closes with the
      reader's signature ("– Glenys, Abergavenny"), answered by the next paragraph's "A:".
    The reader's words are theirs, not the columnist's.
    """
    out: set[int] = set()
    for i, (ps, pe) in enumerate(paragraphs):
        if not _LETTER_OPEN.match(text, ps, pe):
            continue
        for j in range(i + 1, min(len(paragraphs), i + _LETTER_MAX_PARAGRAPHS)):
            signature = text[paragraphs[j][0]:paragraphs[j][1]].strip()
            named = _SIGNATURE_LINE.match(signature) is not None and len(signature.split()) <= 8
            if _is_letter_signature(signature) or named:
                # The columnist answers the signature ("DEAR TAPPED OUT: ...", "Derek, ..."); an
                # editor's "Dear readers, ..." signed "— Maya" is the page's own letter.
                answer = paragraphs[j + 1] if j + 1 < len(paragraphs) else None
                first = signature.lstrip("—–- ").split()[0].rstrip(",")
                if answer is not None and (_LETTER_OPEN.match(text, *answer) or (
                        named and text.startswith(first + ",", answer[0]))):
                    out.update(range(i, j + 1))
                break
        break  # only the first "Dear ..." opens the reader's letter
    for i in range(len(paragraphs) - 1):
        ps, pe = paragraphs[i]
        if not _READER_QUESTION.match(text, ps, pe):
            continue
        if _SIGNED.search(text[ps:pe].rstrip()) and _COLUMN_ANSWER.match(text, *paragraphs[i + 1]):
            out.add(i)
            continue
        # The signature as a paragraph of its own, between the question and the answer.
        if (i + 2 < len(paragraphs)
                and _is_letter_signature(text[paragraphs[i + 1][0]:paragraphs[i + 1][1]].strip())
                and _COLUMN_ANSWER.match(text, *paragraphs[i + 2])):
            out.update((i, i + 1))
    return frozenset(out)


#: A place or a role in capitalised words, perhaps between commas ("Station Road, <Town>",
#: "Little Hemsby", "<Town> Parish Councillor"), no sentence; or "By email", "Address supplied".
_PLACE_OR_ROLE = re.compile(r"^[A-Z][\w'’-]*(?:,?\s+(?:(?:of|and|on|upon|in|the|&|y|yr)\s+)?[A-Z0-9][\w'’-]*){0,6}(?:\s+(?:ward|division))?$|"
                            # (a role in lower case before the place: "Former carnival marshal, <Village>")
                            r"^[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,3},\s+[A-Z][\w'’-]*(?:,?\s+[A-Z][\w'’-]*){0,5}$|"
                            # (or how the letter came, or that the paper holds the address)
                            r"^(?i:by\s+(?:e-?mail|post)|(?:name\s+and\s+)?address\s+(?:supplied|withheld))$")


def _signs_on_two_lines(name: str, place: str) -> bool:
    """Whether two lines sign a letter: the writer's name ("D. <Name>"), perhaps with a role in
    lower case ("<Name>, volunteer treasurer"), or the paper's note in its place ("Name and
    address supplied", ``_NAME_WITHHELD``), over a place or a role ("Oulston Road, <Town>",
    "<Town> Parish Councillor (writing in a personal capacity)", "<Valleys> Credit Union")."""
    return (_signers_name(_SIGNER_SUFFIX.sub("", name.strip())) or _NAME_WITHHELD.match(name.strip()) is not None) and _PLACE_OR_ROLE.match(_BRACKETED.sub("", place).strip()) is not None


#: What a signer may add after their name: a role in lower case (", volunteer treasurer"), their
#: age (", 16") or letters after their name (", CEng (retd)").
_SIGNER_SUFFIX = re.compile(r",\s+(?:[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}|\d{1,3}|(?=\S*[A-Z]\S*[A-Z])[A-Z][A-Za-z]{1,5}(?:\s+\(retd\.?\))?)$")


def _signers_name(line: str) -> bool:
    """A name alone, or two joined ("Ruth and Ajay <Surname>"), perhaps with an aside in
    brackets ("<Name> (no relation!)")."""
    bare = _BRACKETED.sub("", line).strip()
    return all(_NAME_ONLY.match(part) for part in re.split(r"\s+(?:and|&)\s+", bare))


def _is_letter_signature(line: str) -> bool:
    """A letter's signature alone on its line: "— Worried in Westfield"."""
    return bool(_LETTER_SIGNATURE.match(line)) and len(line.split()) <= _SIGNATURE_MAX_WORDS


_READER_QUESTION = re.compile(r"\s*Q\s*:\s*\S")
#: A reader's signature closing their question, after its last sentence or on its own line.
_SIGNED = re.compile(r"(?:[.?!][\"”’)]?[ \t]+|\n\s*)[—–]\s*[A-Z][^.!?\n]{0,50}$")
_COLUMN_ANSWER = re.compile(r"\s*A\s*:\s*\S")


#: A writer whose job is judgement: "By Name, Racing Tipster", "Name, Columnist", "By Name | Food Critic".
_OPINION_ROLE = re.compile(r"\b(?:columnist|critic|tipster|commentator|sketch\s?writer)s?\b", re.I)


def _opinion_byline(line: str) -> bool:
    """A byline (or a byline's part between separators) that names an opinion writer's job."""
    if not _OPINION_ROLE.search(line):
        return False
    return is_byline(line) or any(is_byline(p) for p in _CHROME_PARTS.split(line.strip()))


def _section_is_opinion(line: str) -> bool:
    """A breadcrumb or section line whose last part is the page's genre ("FOOD & DINING |
    Restaurant Review", "Home › Opinion"); a site menu that merely lists "Opinion" among other
    sections ends with something else."""
    if not is_navigation(line):
        return False
    parts = [p.strip() for p in _NAV_SEP.split(" " + line.strip() + " ") if p.strip()]
    return bool(parts) and bool(_OPINION_LABEL.match(parts[-1]))


# --------------------------------------------------------------------------- tagging

def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        s, e = start + m.start(), start + m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _is_intro(text: str, s: int, e: int) -> bool:
    """A line that introduces a post rather than being one (ends with ":" or reports speech)."""
    from .markers import is_attributed

    return _introduces_post(text[s:e]) or is_attributed(text, s, e)


def _introduces_post(line: str) -> bool:
    """A line that ends with a colon or names the posting ("posted", "on Threads")."""
    return line.rstrip().endswith(":") or bool(_POST_INTRO.search(line))


_POST_INTRO = re.compile(r"\bsocial\s+media\b|\b(?:posted|tweeted|replied|reposted|shared)\b|\bto\s+post\b|"
                         # Naming the platform ("... its figures on X", "on Facebook") or the
                         # post itself ("A post from a resident ...") introduces the embed.
                         r"\bon\s+" + _PLATFORM + r"(?![\w-])|\b(?:post|tweet)\s+(?:from|by)\b|"
                         # or a post on a network outside `_PLATFORM` ("announced it in a post on LinkedIn")
                         r"\b(?:a|her|his|their|its)\s+(?:post|update)\s+on\s+(?:LinkedIn|Nextdoor|Reddit)\b|"
                         # or going there ("... had taken to Facebook to criticise the scheme")
                         r"\b(?:took|taken|taking|takes|turned|went|gone)\s+to\s+" + _PLATFORM + r"(?![\w-])|"
                         # or a group on a platform ("on the Kelsham Parents Chat Facebook group")
                         r"\b(?i:facebook|whatsapp|telegram|discord|nextdoor|reddit)\s+(?:group|page|chat|channel|community)\b|"
                         # or readers' comments quoted below it ("... drew 900 comments. Two are below")
                         r"\bcomments\b.{0,120}\bbelow\b")


#: How far under a listing's event date its venue's address may stand (date / title / venue).
_VENUE_MAX_LINES = 3


def segment_roles(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int, int, str]]:
    """``(paragraph, start, end, role)`` for every line (or part of a line) of the article."""
    # `is_widget` memoises within one article (its passes ask about a line several times); the
    # memo starts empty for each article so that its size stays bounded and a run over repeated
    # documents is timed as if they were new.
    is_widget.cache_clear()
    segs: list[list] = []  # [para, start, end, role]
    for p, (ps, pe) in enumerate(paragraphs):
        for s, e in _lines(text, ps, pe):
            segs.append([p, s, e, PROSE])
    n = len(segs)
    words = [len(text[s:e].split()) for _, s, e, _ in segs]

    # Exact shapes. (A listing's event dates are its content, not the page's timestamp.)
    # (so is each one's venue, an address a line or two under its date)
    events = listing_dates([text[s:e] if paragraphs[p] == (s, e) else "" for p, s, e, _ in segs])
    events |= {j for i in sorted(events) for j in range(i + 1, min(n, i + 1 + _VENUE_MAX_LINES))
               if _POSTCODE_ADDRESS.match(text[segs[j][1]:segs[j][2]].strip())}
    event_starts = {segs[i][1] for i in events}
    for i, seg in enumerate(segs):
        p, s, e, _ = seg
        line = text[s:e].strip()
        if i in events:
            continue
        if (_RATING_LINE.match(line) or _VERDICT_LINE.match(line) or _SCORECARD.match(line)
                or (line[-1:].isdigit() or line.endswith(("★", "☆"))) and _SCORED_NOTE.match(line)):
            seg[3] = RATING
        elif (boilerplate_line(text[s:e]) and not _CARD_AUTHOR.match(text[s:e].strip())
              and not _PLATFORM_CHROME.match(text[s:e].strip())
              and not (line[:1] in "—–" and (_GROUP_POST_SIGNATURE.match(line) or _GROUP_POSTED_IN.match(line)))
              and not ("posted in" in line and _GROUP_CREDIT_DOTTED.match(line))
              and not (line[:1] == "@" and attribution_span(line))):
            seg[3] = BOILERPLATE
        elif _POST_LINK.search(text, s, e) and attribution_span(text[s:e]) is None:
            seg[3] = POST
    _claim_page_title(text, paragraphs, segs, words)
    # A user's bare handle between two furniture lines of its block (a Q&A site's card: "asked
    # <date>" / "tomasvell" / "213 ● 2 ● 9").
    for i in range(1, n - 1):
        if (segs[i][3] == PROSE and segs[i - 1][3] == BOILERPLATE and segs[i + 1][3] == BOILERPLATE
                and segs[i - 1][0] == segs[i][0] == segs[i + 1][0]
                and _CARD_USERNAME.match(text[segs[i][1]:segs[i][2]].strip())):
            segs[i][3] = BOILERPLATE
    # A reader poll's results, beside the poll's question or its count ("POLL: ...?", "4,466 votes
    # · Poll closes Sunday").
    # (The literal checks below are necessary conditions of the patterns they guard: a poll's
    # result holds "vote" or "%", a player's mark a dash, a shared post's credit a separator.)
    for i, seg in enumerate(segs):
        line = text[seg[1]:seg[2]]
        if (seg[3] != PROSE or ("vote" not in line.lower() and "%" not in line)
                or not _POLL_RESULT.match(line.strip())):
            continue
        if any(k[3] == BOILERPLATE and "poll" in text[k[1]:k[2]].lower()
               for k in segs[max(0, i - _POLL_NEAR):i + _POLL_NEAR + 1]):
            seg[3] = BOILERPLATE
            # The poll's question right above its first result, under the poll's label.
            q = i - 1
            if (q >= 1 and segs[q][3] == PROSE and text[segs[q][1]:segs[q][2]].rstrip().endswith("?")
                    and segs[q - 1][3] == BOILERPLATE and "poll" in text[segs[q - 1][1]:segs[q - 1][2]].lower()):
                segs[q][3] = BOILERPLATE
    # A poll laid out in a row: its options between slashes over the vote button ("Yes, services
    # need the money / No, ... / Not sure" over "Vote · View results"), and its question over the
    # options or over the results ("Are this year's lights better or worse?" over "Better 11% ·
    # Worse 66% · 1,482 votes").
    for seg in segs:
        line = text[seg[1]:seg[2]]
        if seg[3] == PROSE and "%" in line and "vote" in line.lower() and _POLL_ROW.match(line.strip()):
            seg[3] = BOILERPLATE
    for i in range(n - 1):
        line = text[segs[i][1]:segs[i][2]].strip()
        below = text[segs[i + 1][1]:segs[i + 1][2]].strip()
        if (segs[i][3] in (PROSE, BOILERPLATE) and " / " in line and segs[i + 1][3] in (PROSE, HEADLINE, BOILERPLATE)
                and _VOTE_BUTTON_ROW.match(below) and paragraphs[segs[i][0]] == (segs[i][1], segs[i][2])):
            segs[i][3] = segs[i + 1][3] = BOILERPLATE
    for i in range(n - 1):
        line = text[segs[i][1]:segs[i][2]].strip()
        if (segs[i][3] not in (PROSE, HEADLINE) or not line.endswith("?") or segs[i + 1][3] != BOILERPLATE
                or paragraphs[segs[i][0]] != (segs[i][1], segs[i][2])):
            continue
        below = text[segs[i + 1][1]:segs[i + 1][2]].strip()
        if (_POLL_VOTES.search(below) or (below.count(" / ") >= 1 and i + 2 < n and segs[i + 2][3] == BOILERPLATE
                                           and _VOTE_BUTTON_ROW.match(text[segs[i + 2][1]:segs[i + 2][2]].strip()))):
            segs[i][3] = BOILERPLATE
    # Players' marks: a run of "Name 6 – verdict" lines, each naming someone else. Lines that
    # share the word before the number count the steps of something ("Stage 1 – Water
    # confidence: ...", "Stage 2 – ...").
    run: list[list] = []
    for seg in segs + [None]:
        if (seg is not None and seg[3] == PROSE and _has_dash(text, seg[1], seg[2])
                and _PLAYER_MARK.match(text[seg[1]:seg[2]].strip())):
            run.append(seg)
            continue
        named = [_MARKED_NAME.match(text[r[1]:r[2]].strip()).group(1) for r in run]
        if len(run) >= _PLAYER_MARKS_MIN_RUN and len(set(named)) == len(named):
            for r in run:
                r[3] = RATING
        run = []
    # A pull quote: a paragraph that repeats words of another paragraph, in larger type, is
    # layout, not a second statement.
    for i in _pull_quotes(text, paragraphs, segs):
        segs[i][3] = BOILERPLATE
    # A reader comment: its header (page furniture) and the lines under it, up to the next header
    # or widget, which are third-party words embedded in the page, like a post's body.
    in_comments = False
    for i in range(n):
        line = text[segs[i][1]:segs[i][2]].strip()
        in_comments = in_comments or bool(_COMMENTS_MARKER.match(line))
        # (not a widget of the same shape: "PRESS RELEASE – 16 July 2025 – FOR IMMEDIATE RELEASE")
        if segs[i][3] != BOILERPLATE and _COMMENT_INLINE.match(line):
            segs[i][3] = POST
            continue
        # Under the comments heading, "Name says:" alone on its line is a header when its date
        # and time take the next line; the comment's text starts under them.
        # Or right under the last comment's "Reply" button, with no date (a reply to it).
        # So is a commenter's name or handle alone ("GreenFingers58") over the comment's date
        # or age ("2 days ago").
        says = in_comments and i + 1 < n and _COMMENT_SAYS.match(line) is not None
        named = in_comments and not says and _named_over_date(text, segs, i)
        dated_below = named or (says and is_timestamp(text[segs[i + 1][1]:segs[i + 1][2]]))
        # Or a handle alone over its comment in the same block, with no date ("MoorSheep66").
        handled = in_comments and not says and not named and _handle_over_comment(text, segs, i)
        says_alone = (says and (dated_below or (i > 0 and segs[i - 1][3] == BOILERPLATE))) or named or handled
        # Or, under the comments heading, "Replying to <Name>" heading a reply's text.
        if not (_is_comment_header(line) or (in_comments and (_COMMENT_DATED.match(line) or _REPLY_HEADER.match(line)))
                or says_alone):
            continue
        if (i > 0 and i + 1 < n and text[segs[i - 1][1]:segs[i - 1][1] + 1] in "★☆"
                and text[segs[i + 1][1]:segs[i + 1][1] + 1] in "★☆"):
            continue  # between reviews that open with their stars, it credits the one above
        if (not in_comments and i > 0 and segs[i - 1][3] == PROSE
                and (_introduces_post(text[segs[i - 1][1]:segs[i - 1][2]])
                     or _closed_by_reactions(text, segs, i))):
            continue  # a post's header under the line that introduces it, not a comment's
        segs[i][3] = BOILERPLATE
        first_line = i + 2 if says_alone and dated_below else i + 1
        if first_line < n and _REPLY_HEADER.match(text[segs[first_line][1]:segs[first_line][2]].strip()):
            first_line += 1  # a reply's "Replying to <name>" under its header: the text starts under it
        for j in range(first_line, min(n, first_line + _COMMENT_MAX_LINES)):
            nxt = text[segs[j][1]:segs[j][2]].strip()
            if (segs[j][3] != PROSE or _is_comment_header(nxt)
                    or (in_comments and (_COMMENT_DATED.match(nxt) or _named_over_date(text, segs, j)
                                         or _handle_over_comment(text, segs, j)))):
                break
            if (not in_comments and segs[j][0] != segs[first_line][0]
                    and not (_WORDED_REACTIONS.match(nxt) or _REACTION_COUNTS.match(nxt))):
                break  # inside the article, a post quoted under its header is one paragraph
            segs[j][3] = POST
    # A customer review: its reviewer line ("Margery T. · Verified buyer · 14 January 2025") credits
    # the lines under it, up to the next widget, as the reviewer's words; a line of stars with
    # the review's title right above it is the reviewer's too.
    for i in range(n):
        line = text[segs[i][1]:segs[i][2]].strip()
        if "erified" not in line or not _REVIEWER_LINE.match(line):
            continue
        segs[i][3] = ATTRIBUTION
        if line[:1] in "—–" or line.lower().startswith("verified"):
            continue  # a dash credit, or one with no reviewer's name, closes the words above it
        if i > 0 and segs[i - 1][3] in (PROSE, RATING) and _STARRED_TITLE.match(text[segs[i - 1][1]:segs[i - 1][2]].strip()):
            segs[i - 1][3] = POST
        for j in range(i + 1, min(n, i + 1 + _COMMENT_MAX_LINES)):
            nxt = text[segs[j][1]:segs[j][2]].strip()
            if segs[j][3] != PROSE or _REVIEWER_LINE.match(nxt) or _SELLER_RESPONSE.match(nxt):
                break
            segs[j][3] = POST
    # Section headings claim the teaser lines under them. "More <section>" ("More travel")
    # is one only over at least two title lines: alone, it may be a subheading ("More rain").
    for i in range(n):
        line = text[segs[i][1]:segs[i][2]].strip()
        # (a title may end with the quotation it leads on: "Carrigan: 'I'm playing my best darts'")
        if not is_section_heading(line) and not (
                _MORE_SECTION.match(line) and i + 2 < n
                and all(is_headline_shape(text[segs[j][1]:segs[j][2]].strip().rstrip("'’\"”"))
                        for j in (i + 1, i + 2))):
            continue
        if _in_menu_block(text, segs, i):
            continue  # a menu's item ("... / Find Us / Contact"), not a heading over what follows
        below = text[segs[i + 1][1]:segs[i + 1][2]].rstrip() if i + 1 < n else ""
        if i + 1 < n and segs[i + 1][3] == PROSE and (
                _PRICE_ITEM.search(below) or (_DASH_PRICE_ITEM.search(below) and not _RECOMMENDS.search(line))):
            # A price list under its heading ("Other Services" / "Motorway lessons: £80", "Box
            # frames — from £85"), not
            # teasers: the heading is the page's own, unless it is a button ("Shop geraniums").
            if not _BUTTON.match(line):
                segs[i][3] = HEADLINE
            continue
        if any(segs[j][1] in event_starts for j in range(i + 1, min(n, i + 3))) or (
                _dated_block(text, segs, i + 1) and not line.lower().startswith(("other ", "more "))):
            # A listing under its heading ("Upcoming Concerts" / "Saturday 13 December 2025 ·
            # 7.00pm" / ...), also one event a line ("Saturday 14 June: <Fair>, 10am – 4pm" /
            # "Thursday 3 July: Valuation day, ..."), not teasers; "Other trips this season" over
            # such lines is a box of the site's other pages.
            segs[i][3] = HEADLINE
            continue
        segs[i][3] = BOILERPLATE
        claimed = []
        for j in range(i + 1, min(n, i + 1 + _TEASER_MAX_LINES)):
            line = text[segs[j][1]:segs[j][2]]
            if is_byline(line):
                # A kicker over the article's own title and byline ("TRENDING" over the headline),
                # not a list of teasers.
                claimed = []
                break
            # A live page's entries ("2:10pm Tuesday – Our water station will stay open.") under
            # "Latest updates" are its content (a key-events list's times head titles).
            if (words[j] > _TEASER_MAX_WORDS or attribution_span(line)
                    or (_LIVE_ENTRY.match(line) and line.rstrip().endswith(_SENTENCE_CLOSERS))):
                if (words[j] > _TEASER_MAX_WORDS and segs[j][3] == PROSE and (len(claimed) == 1 or (
                        len(claimed) == 2 and _EVENT_WHEN.match(text, segs[claimed[1]][1], segs[claimed[1]][2])))):
                    # One title (and its date line) over its own description ("Upcoming walks" /
                    # "Dawn Chorus Walk" / "Sunday 4 May, 5.00am ..."): a section of the page,
                    # not teasers.
                    claimed = []
                break
            if claimed and _BARE_CLOCK.match(line.strip()):
                # A live page's entry opens with its time alone ("02:14"), the stamp furniture
                # like the list: the key events end there.
                claimed.append(j)
                break
            if segs[j][3] in (POST, ATTRIBUTION):
                continue  # a reader's comment under the teasers is the reader's, not a teaser
            if (claimed and _REPORTED_SPEECH.search(line) and not _BLANK_GAP.search(text, segs[i][2], segs[claimed[0]][1])
                    and _BLANK_GAP.search(text, segs[j - 1][2], segs[j][1])):
                # The box copied as one block, its titles under its heading, in the body: the
                # report goes on in the next block ("<Name>, defending, said his client ...").
                break
            if _named_over_date(text, segs, j):
                break  # a commenter's name over the comment's date: the comments start here
            if j + 1 < n and _comment_controls(text[segs[j + 1][1]:segs[j + 1][2]].strip()):
                # A comment over its controls ("23 comments" / "Sort by: Newest" / <Name> /
                # <comment> / "Like · Reply · 14 · 2d"): the comments start here, with their
                # commenter's name.
                if claimed and claimed[-1] == j - 1 and _COMMENTER_NAME.match(text[segs[j - 1][1]:segs[j - 1][2]].strip()):
                    claimed.pop()
                break
            claimed.append(j)
        for j in claimed:
            segs[j][3] = BOILERPLATE
    # A podcast's or video's chapter list: lines in a row, each a time and a title ("00:00
    # Intro", "02:15 Who is building what?"), the first at zero, with the short heading over it.
    k = 0
    while k < n:
        run = k
        while (run < n and segs[run][3] in (PROSE, HEADLINE)
               and paragraphs[segs[run][0]] == (segs[run][1], segs[run][2])
               and _CHAPTER_LINE.match(text[segs[run][1]:segs[run][2]].strip())):
            run += 1
        if run - k >= _CHAPTER_MIN_LINES and not any(
                c.isdigit() and c != "0" for c in text[segs[k][1]:segs[k][2]].strip().split()[0]):
            for j in range(k, run):
                segs[j][3] = BOILERPLATE
            if k > 0 and segs[k - 1][3] in (PROSE, HEADLINE) and words[k - 1] <= _KICKER_MAX_WORDS \
                    and is_headline_shape(text[segs[k - 1][1]:segs[k - 1][2]]):
                segs[k - 1][3] = BOILERPLATE
        k = max(run, k + 1)
    # A box after the body: an organisation's "About <Name>" (a press release's boilerplate
    # paragraph, "About the Author") with the paragraph under it, or a site's policy box
    # ("LETTERS POLICY — WRITE TO US") with up to ``_POLICY_MAX_PARAGRAPHS`` paragraphs under it.
    body_seen = False
    for i in range(n):
        p, s, e, role = segs[i]
        body_seen = body_seen or (role == PROSE and words[i] > _LABEL_ZONE_MAX_WORDS)
        if not (body_seen and p >= _ABOUT_FROM * len(paragraphs) and paragraphs[p] == (s, e)):
            continue
        heading = text[s:e].strip()
        reach = (1 if _ABOUT_HEADING.match(heading)
                 else _POLICY_MAX_PARAGRAPHS if _POLICY_HEADING.match(heading) else 0)
        if reach:
            _claim_box(segs, i, reach, (PROSE, BOILERPLATE))
        elif role == PROSE and _ORG_BLURB.match(heading):
            # The publisher's or group's own blurb after the body ("<Org> is an independent,
            # non-profit fact-checking newsroom. Support our work").
            segs[i][3] = BOILERPLATE
    # A contents box: its heading line ("On this page") over short entry lines, in its own
    # paragraph or in the next one (slant splits a heading line off its block).
    for k in range(n):
        p = segs[k][0]
        if k and segs[k - 1][0] == p:
            continue  # only a paragraph's first segment opens the box
        ps, pe = paragraphs[p]
        first_end = text.find("\n", ps, pe)
        first_end = pe if first_end < 0 else first_end
        if not _CONTENTS_HEADING.match(text[ps:first_end].strip()):
            continue
        # The box's lines: the rest of the heading's paragraph (or, when the heading stands
        # alone, the next paragraph), and the paragraphs slant split off the same block (no
        # blank line between them).
        lines, last = _lines(text, ps, pe)[1:], p
        if not lines and last + 1 < len(paragraphs):
            last += 1
            lines = _lines(text, *paragraphs[last])
        while last + 1 < len(paragraphs) and "\n\n" not in text[paragraphs[last][1]:paragraphs[last + 1][0]]:
            last += 1
            lines += _lines(text, *paragraphs[last])
        if len(lines) >= 2 and all(len(text[a:b].split()) <= _CONTENTS_ENTRY_MAX_WORDS for a, b in lines):
            for j in range(k, n):
                if segs[j][0] > last:
                    break
                segs[j][3] = BOILERPLATE
            continue
        stripped = [text[a:b].strip() for a, b in paragraphs]
        # Or one row of entries between dots or bars ("Where dogs must be on a lead · Off-lead
        # areas · ..."), or one entry per paragraph: the short lines under the heading that come
        # back further down the page as its section headings.
        row = _CHROME_PARTS.split(stripped[p + 1]) if len(lines) == 1 and last == p + 1 else []
        if len(row) >= 2 and all(len(q.split()) <= _CONTENTS_ENTRY_MAX_WORDS for q in row):
            names = set(row)
            for j in range(k, n):
                if segs[j][0] <= p + 1:
                    segs[j][3] = BOILERPLATE
                elif (segs[j][3] in (PROSE, BOILERPLATE) and paragraphs[segs[j][0]] == (segs[j][1], segs[j][2])
                      and text[segs[j][1]:segs[j][2]].strip() in names):
                    segs[j][3] = HEADLINE  # the box names its sections' headings
            continue
        entries = []
        for q in range(p + 1, len(paragraphs)):
            entry = stripped[q]
            if ("\n" in entry or len(entry.split()) > _CONTENTS_ENTRY_MAX_WORDS
                    or entry not in stripped[q + 1:]):
                break
            entries.append(q)
        if len(entries) >= 2:
            names = {stripped[q] for q in entries}
            for j in range(k, n):
                if segs[j][0] <= entries[-1]:
                    segs[j][3] = BOILERPLATE
                elif (segs[j][3] == PROSE and paragraphs[segs[j][0]] == (segs[j][1], segs[j][2])
                      and text[segs[j][1]:segs[j][2]].strip() in names):
                    segs[j][3] = HEADLINE  # the box names its sections' headings
    # A newsletter's sponsor slot: under its heading, the sponsor's read (up to
    # ``_SPONSOR_MAX_PARAGRAPHS`` paragraphs of prose) down to its button or the next heading.
    for i in range(n):
        p, s, e, role = segs[i]
        if paragraphs[p] == (s, e) and _SPONSOR_HEADING.match(text[s:e].strip()):
            _claim_box(segs, i, _SPONSOR_MAX_PARAGRAPHS, (PROSE,))
    # Names beside a byline/timestamp, names in the trailing block of short lines, and a name
    # that an author bio further down opens with ("Priya Natarajan is a labour economist ...").
    tail_from = n
    while tail_from > 0 and words[tail_from - 1] <= 8:
        tail_from -= 1
    for i in range(n):
        line = text[segs[i][1]:segs[i][2]]
        if segs[i][3] != PROSE:
            continue
        # (two writers: "Tomasz Example and Priya Example")
        name = ((words[i] <= 4 and _NAME_ONLY.match(line) is not None) or (words[i] <= 9 and _NAME_PAIR.match(line.strip()))) \
            and not _TITLE_NOUN.search(line)
        # or the writer with their role ("Ines Example, Head of Product Security" over the date)
        if not name and not (words[i] <= 10 and _SIGNED_ROLE.match(line.strip())):
            continue
        # (a post's footer above, dated with its counts, "11 March at 20:15 · 12 reactions",
        # closes the post before: the name under it opens the next one)
        beside = any(segs[k][3] == BOILERPLATE and (_dated(text[segs[k][1]:segs[k][2]])
                                                    or is_byline(text[segs[k][1]:segs[k][2]]))
                     and not (k < i and _COUNTED_FOOTER.search(text[segs[k][1]:segs[k][2]]))
                     for k in (i - 1, i + 1) if 0 <= k < n)
        if beside or (name and (i >= tail_from or _bio_follows(text, segs, i, line.strip()))):
            segs[i][3] = BOILERPLATE
    # The byline's job line: right beside the writer's name, a byline or a timestamp (perhaps
    # with the reading time: "9 December 2024 · 5 min read"). The name right above it is then
    # the writer's too ("Tobias Example" / "Classical music critic" / the date).
    # (The job may stand alone, "Columnist", with the reading time, "Columnist · 5 min read", and
    # may already read as a label: then the line under it must be dated or a byline.)
    for i in range(n):
        s, e = segs[i][1], segs[i][2]
        job = text[s:e].strip()
        timed = False  # (the job with the reading time, "Columnist · 5 min read", is a byline's line itself)
        if job.endswith(" read"):
            job = _READING_TIME.sub("", job)
            timed = job != text[s:e].strip()
        if segs[i][3] not in (PROSE, BOILERPLATE) or len(job.split()) > 4 or not _JOB_TITLE.match(job):
            continue
        near = [segs[k] for k in ((i - 1, i + 1) if segs[i][3] == PROSE else (i + 1,)) if 0 <= k < n]
        # (the writer's handle may sit under the job, over the date: "<Name>" / "Football
        # Columnist" / "@handle" / "Published: ...")
        handle = (i + 2 < n and segs[i][3] == PROSE and segs[i + 1][3] == PROSE
                  and _BARE_HANDLE.match(text[segs[i + 1][1]:segs[i + 1][2]].strip()) is not None)
        if handle:
            near.append(segs[i + 2])
        if timed or any(k[3] == BOILERPLATE and (_NAME_ONLY.match(text[k[1]:k[2]].strip()) or _dated(text[k[1]:k[2]])
                                                 or is_byline(text[k[1]:k[2]]) or _READING_TIME_ALONE.match(text[k[1]:k[2]].strip()))
                        for k in near):
            segs[i][3] = BOILERPLATE
            if handle:
                segs[i + 1][3] = BOILERPLATE
            above = segs[i - 1] if i > 0 else None
            if (above is not None and above[3] in (PROSE, HEADLINE) and paragraphs[above[0]] == (above[1], above[2])
                    and _NAME_ONLY.match(_BY.sub("", text[above[1]:above[2]].strip()))):
                above[3] = BOILERPLATE
    # The writer's post and employer right under the byline ("Senior Lecturer in Sociology,
    # University of Wendmoor"): a short line of capitalised words and their connectors; or the
    # writer's handle ("By <Name>, Education Reporter" / "@handle" / "Published ...").
    for i in range(1, n):
        s, e = segs[i][1], segs[i][2]
        if (segs[i][3] == PROSE and words[i] <= _ROLE_LINE_MAX_WORDS and segs[i - 1][3] == BOILERPLATE
                and is_byline(text[segs[i - 1][1]:segs[i - 1][2]])
                and (_ROLE_LINE.match(text[s:e].strip()) or _DESK_LINE.match(text[s:e].strip())
                     or _BARE_HANDLE.match(text[s:e].strip()))):
            segs[i][3] = BOILERPLATE
    # The bio of the writer the byline names, alone in its paragraph ("Hugo Aldous is the
    # Ledger's parliamentary sketchwriter. His collection ... is out now."): the byline's other half.
    for i in range(n):
        p, s, e, role = segs[i]
        line = text[s:e].strip()
        if role != PROSE or paragraphs[p] != (s, e) or not _AUTHOR_BIO.match(line):
            continue
        # Compared without case: the byline may write "By the Rev. ..." where the bio opens "The Rev. ...".
        name = re.match(_NAME, line).group().lower()
        # (A breadcrumb trail names the page's subject, not its writer: "... › Orrin Marsh"
        # over "Orrin Marsh covers 94 hectares ...".)
        if any(k[3] == BOILERPLATE and name in text[k[1]:k[2]].lower()
               and not _CRUMB_SEP.search(text, k[1], k[2]) for k in segs[:i]):
            segs[i][3] = BOILERPLATE
    # A letter's or guest post's signature: "Name, Town" alone in its paragraph, right under a
    # paragraph of prose that ends a sentence, or under a sign-off ("With warm wishes,"), where a
    # bare name also signs; the signer's role may follow on its own line ("Chief Executive, <Charity>").
    signed: set[int] = set()
    # A free-worded sign-off ("Good birding,", "See you in the yard,"): a short line closed by a
    # comma, alone in its paragraph, with the signer's bare name or team alone right under it.
    for i in range(n - 1):
        p, s, e, role = segs[i]
        if role != PROSE or words[i] > 6 or not text[s:e].rstrip().endswith(","):
            continue
        nxt = segs[i + 1]
        below = text[nxt[1]:nxt[2]].strip()
        if (paragraphs[p] == (s, e) and paragraphs[nxt[0]] == (nxt[1], nxt[2]) and nxt[0] != p
                and not text[s:e].lstrip().lower().startswith(("dear ", "hi ", "hello ", "hey ", "to "))
                and ((words[i + 1] <= 4 and _NAME_ONLY.match(below)) or _TEAM_SIGNATURE.match(below)
                     or _NAMES_WITH_ROLE.match(below))):
            segs[i][3] = BOILERPLATE
    for i in range(1, n):
        p, s, e, role = segs[i]
        prev = segs[i - 1]
        line = text[s:e].strip()
        above = text[prev[1]:prev[2]].rstrip()
        under_signoff = prev[3] == BOILERPLATE and (above.endswith(",") or _VALEDICTION.match(above) is not None)
        bare_name = under_signoff and words[i] <= 4 and _NAME_ONLY.match(line) is not None
        if role == BOILERPLATE and bare_name:
            signed.add(i)  # a name that the closing block's rule already took
            continue
        if (not bare_name and words[i] <= 6 and role in (PROSE, HEADLINE) and paragraphs[p] == (s, e)
                and prev[3] == PROSE and prev[0] != p and above.endswith(_SENTENCE_CLOSERS)
                # (furniture under it, not a table's header row over its rows: "Prices" / "Service
                # | Price" / "Standard sweep | £75")
                and (i + 1 == n or (segs[i + 1][3] == BOILERPLATE and not (
                    i + 2 < n and segs[i + 2][3] in (PROSE, HEADLINE)
                    and not _BLANK_GAP.search(text, segs[i + 1][2], segs[i + 2][1]))))
                and ((words[i] == 1 and _NAME_ONLY.match(line) and line.lower() not in _NOT_NAME)
                     or _SIGNOFF_NAMED.match(line) or _TEAM_SIGNATURE.match(line))):
            # a first name alone, or a sign-off with it ("Fly safe, Gareth"), between the last
            # sentence and the page's furniture signs the page
            segs[i][3] = BOILERPLATE
            continue
        if role == HEADLINE and bare_name and paragraphs[p] == (s, e):
            segs[i][3] = BOILERPLATE  # a one-word name reads as a heading
            signed.add(i)
            continue
        # A full name alone under the last sentence, with the signer's role alone right under it
        # ("Denise Caulfield" / "Area Coordinator, Hollinbrook Neighbourhood Watch").
        if (2 <= words[i] <= 4 and role in (PROSE, BOILERPLATE) and paragraphs[p] == (s, e)
                and i + 1 < n and segs[i + 1][0] != p and prev[0] != p and _NAME_ONLY.match(line)
                and (above.endswith(_SENTENCE_CLOSERS) or under_signoff or i - 1 in signed)
                and (_SIGNED_ROLE.match(below := text[segs[i + 1][1]:segs[i + 1][2]].strip())
                     or _JOB_TITLE.match(below))):
            segs[i][3] = BOILERPLATE
            signed.add(i)
            continue
        # (a signature line followed by more text is headline-shaped: "Jo Example, Chair, <Group>")
        if not (role in (PROSE, HEADLINE) and paragraphs[p] == (s, e) and words[i] <= 12 and "@" not in line
                and prev[3] in (PROSE, BOILERPLATE) and prev[0] != p
                and attribution_span(line) is None):
            continue
        closes = above.endswith(_SENTENCE_CLOSERS) or under_signoff or i - 1 in signed
        # (a person on a street signs only at the letter's end, under which comes the next letter's
        # title or the page's furniture, not over an entry's description; on a page that other
        # letters have signed already, anything may follow, such as the editor's reply)
        signs_on_street = _PERSON_ON_A_STREET.match(line) and (
            i + 1 == n or segs[i + 1][3] != PROSE or is_headline_shape(text[segs[i + 1][1]:segs[i + 1][2]])
            or any(segs[j][3] == BOILERPLATE and _SIGNATURE_LINE.match(text[segs[j][1]:segs[j][2]].strip())
                   for j in range(i)))
        if bare_name or (closes and not (_STREET_PLACE.search(line) and not signs_on_street)
                         and not _THREE_THINGS.match(line)
                         and (((words[i] <= 8 or signs_on_street) and _SIGNATURE_LINE.match(line))
                              or _SIGNED_ROLE.match(line)
                              or (under_signoff and (_TEAM_SIGNATURE.match(line) or _NAMES_WITH_ROLE.match(line))))):
            segs[i][3] = BOILERPLATE
            if under_signoff:  # only a formal close chains to a role line
                signed.add(i)
    # A signature on two lines of its own block under a letter's last sentence: the name, then
    # the place or the role ("D. Okafor" / "Oulston Road, <Town>"; "Keith Arundel" / "<Town>
    # Parish Councillor (writing in a personal capacity)").
    for i in range(1, n - 1):
        name, place, prev = segs[i], segs[i + 1], segs[i - 1]
        # (the two lines may be read as one paragraph: "Jean <Surname> (Mrs)" / "<Village>")
        if (name[3] in (PROSE, HEADLINE, BOILERPLATE) and place[3] in (PROSE, HEADLINE, BOILERPLATE)
                and ((paragraphs[name[0]] == (name[1], name[2]) and paragraphs[place[0]] == (place[1], place[2]))
                     or paragraphs[name[0]] == (name[1], place[2]))
                and prev[3] == PROSE and text[prev[1]:prev[2]].rstrip().endswith(_SENTENCE_CLOSERS)
                and _BLANK_GAP.search(text, prev[2], name[1]) and not _BLANK_GAP.search(text, name[2], place[1])
                and (i + 2 == n or _BLANK_GAP.search(text, place[2], segs[i + 2][1]))
                and _signs_on_two_lines(text[name[1]:name[2]], text[place[1]:place[2]])):
            name[3] = place[3] = BOILERPLATE
    # The publication's name above the headline ("The Capitol Ledger" over "Subscribe") is page
    # chrome: a short first content line whose text the page's boilerplate repeats ("Thanks for
    # reading The Capitol Ledger!", "© 2026 The Capitol Ledger"), with another title line
    # below it before the body.
    first = next((k for k, seg in enumerate(segs) if seg[3] == PROSE), None)
    if first is not None and _is_masthead(text, segs, words, first):
        segs[first][3] = BOILERPLATE
    # The site's tagline between its name and its menu ("THE WEEKLY PIGEON" / "Britain's Most
    # Trusted Source of News That Isn't True" / "Home  Politics  Local ...").
    name = text[segs[0][1]:segs[0][2]].strip() if n else ""
    if (n > 2 and segs[0][3] == BOILERPLATE and segs[1][3] == PROSE
            and is_headline_shape(name) and words[0] <= _MASTHEAD_MAX_WORDS
            and not (is_widget(name) or is_navigation(name) or is_byline(name) or is_timestamp(name))
            and segs[2][3] == BOILERPLATE and is_navigation(text[segs[2][1]:segs[2][2]].strip())
            and is_headline_shape(text[segs[1][1]:segs[1][2]])
            and (words[1] <= _MASTHEAD_TAGLINE_MAX_WORDS
                 # (a trade's list of services runs longer: "Stove Installers · Chimney Sweeps |
                 # Serving <Town> and <Valley> since 2004")
                 or (words[1] <= _MASTHEAD_SERVICES_MAX_WORDS and _has_separator(text, segs[1][1], segs[1][2])))):
        segs[1][3] = BOILERPLATE
    # A site-wide ticker over the page's title ("TRAVEL: <Road> closed overnight until Friday –
    # see latest updates" over "<Headline>"): furniture, when a title of its own follows, before
    # any byline, on another subject (no word of five letters or more in common). A live page's
    # own title opens with the same label ("LIVE: <Council> election count – results as they
    # happen"), and its standfirst under it shares its subject.
    first = next((k for k, seg in enumerate(segs) if seg[3] == PROSE), None)
    if first is not None and _TICKER.match(text, segs[first][1], segs[first][2]):
        nxt = next((k for k in range(first + 1, n) if segs[k][3] in (PROSE, HEADLINE)), None)
        ticker = text[segs[first][1]:segs[first][2]]
        title = text[segs[nxt][1]:segs[nxt][2]] if nxt is not None else ""
        if (nxt is not None and paragraphs[segs[first][0]] == (segs[first][1], segs[first][2])
                and paragraphs[segs[nxt][0]] == (segs[nxt][1], segs[nxt][2])
                and _TICKER_TITLE_MIN_WORDS <= words[nxt] <= _LABEL_ZONE_MAX_WORDS
                and is_headline_shape(title, question=True)
                and not any(is_byline(text[segs[k][1]:segs[k][2]]) or is_timestamp(text[segs[k][1]:segs[k][2]])
                            for k in range(first + 1, nxt))
                and not _long_word_stems(ticker) & _long_word_stems(title)):
            segs[first][3] = BOILERPLATE
    # A kicker: a short section label right above the headline ("City breaks" over "Trams,
    # tiles and a custard tart: why Lisbon still rewards the slow traveller").
    first = next((k for k, seg in enumerate(segs) if seg[3] == PROSE), None)
    if first is not None and first + 1 < n and _is_kicker(text, paragraphs, segs, words, first):
        segs[first][3] = BOILERPLATE
    # The headline: the first content line of the page, if it is short and unpunctuated (and not
    # itself an attribution line).
    first = next((k for k, seg in enumerate(segs) if seg[3] == PROSE), None)
    if first is not None:
        line = text[segs[first][1]:segs[first][2]]
        # The page's title may ask the question the article answers.
        if is_headline_shape(line, question=True) and attribution_span(line) is None:
            segs[first][3] = HEADLINE
        else:
            first = None
    # A professional network's post copied header first: the author ("Name • Title • 2d", or the
    # name alone over "Title at Employer · 1d"), the body, then the card's counts or buttons
    # ("412 reactions · 87 comments", "Like · Comment · Repost", "See more on LinkedIn"). Its
    # author line opens the body below; it does not close the writer's lines above.
    for k in range(len(segs) - 1):
        line = text[segs[k][1]:segs[k][2]].strip()
        if segs[k][3] not in (PROSE, HEADLINE):
            continue
        if (k + 2 < len(segs) and _COMMENTER_NAME.match(line) and paragraphs[segs[k][0]] == (segs[k][1], segs[k][2])
                and segs[k + 1][3] in (PROSE, HEADLINE) and segs[k + 2][3] in (PROSE, HEADLINE, BOILERPLATE)
                and is_headline_shape(text[segs[k + 1][1]:segs[k + 1][2]].strip())
                and _CARD_AGE.match(text[segs[k + 2][1]:segs[k + 2][2]].strip())):
            head = [k, k + 1, k + 2]  # "Name" over "Owner at <Firm> | <Tagline>" over "1d • Edited"
        elif segs[k][3] != PROSE:
            continue
        elif _CARD_AUTHOR.match(line):
            head = [k]
        elif (_COMMENTER_NAME.match(line) and paragraphs[segs[k][0]] == (segs[k][1], segs[k][2])
              and segs[k + 1][3] in (PROSE, HEADLINE)
              and (_ROLE_AND_AGE.match(text[segs[k + 1][1]:segs[k + 1][2]].strip())
                   or _ROLE_PARTS.match(text[segs[k + 1][1]:segs[k + 1][2]].strip()))):
            head = [k, k + 1]
        elif (_NAME_AND_ROLE.match(line) and segs[k + 1][3] in (PROSE, HEADLINE)
              and _CARD_AGE.match(text[segs[k + 1][1]:segs[k + 1][2]].strip())):
            head = [k, k + 1]  # "Name • Title at Employer" over "14h • Edited"
        else:
            continue
        # (A professional post runs long: up to a card's lines, closed by its counts or buttons.)
        body = _prose_run(segs, head[-1] + 1, _CARD_MAX_LINES)
        close = head[-1] + 1 + len(body)
        if body and close < len(segs) and _CARD_CLOSE.match(text[segs[close][1]:segs[close][2]].strip()):
            for h in head:
                segs[h][3] = ATTRIBUTION
            for b in body:
                segs[b][3] = POST
    # Such a post copied after a line that introduces it ("In the post, she wrote:"): the author
    # with the titles ("<Name> · Owner, <Firm> | Former MD, <Firm>"), then the body down to its
    # hashtags or the card's counts. (With the post's age, "<Name> · Owner at <Firm> · 2d", the
    # author's line reads as a menu of three items: it is still the author's.)
    for k in range(1, len(segs) - 1):
        line = text[segs[k][1]:segs[k][2]].strip()
        if (segs[k][3] not in (PROSE, HEADLINE, ATTRIBUTION, BOILERPLATE) or not _NAME_AND_TITLES.match(line)
                or segs[k - 1][3] != PROSE or not _introduces_post(text[segs[k - 1][1]:segs[k - 1][2]])):
            continue
        body = []
        for b in range(k + 1, min(len(segs), k + 1 + _CARD_MAX_LINES)):
            if segs[b][3] not in (PROSE, HEADLINE, POST):
                break
            body.append(b)
            if _HASHTAGS.match(text[segs[b][1]:segs[b][2]].strip()):
                break
        close = k + 1 + len(body)
        if body and (_HASHTAGS.match(text[segs[body[-1]][1]:segs[body[-1]][2]].strip())
                     or (close < len(segs) and _CARD_CLOSE.match(text[segs[close][1]:segs[close][2]].strip()))):
            segs[k][3] = ATTRIBUTION
            for b in body:
                segs[b][3] = POST
    # A group post copied under a line that introduces it, as the group's page prints it: the
    # poster's name, then the group with the post's age ("<Group>  ·  2d  ·"), the body, and the
    # card's counts ("👍❤️ 312     148 comments     27 shares").
    for k in range(1, len(segs) - 3):
        meta = text[segs[k + 1][1]:segs[k + 1][2]].strip()
        if (segs[k][3] not in (PROSE, HEADLINE) or segs[k + 1][3] not in (PROSE, HEADLINE, BOILERPLATE)
                or segs[k - 1][3] != PROSE or ("·" not in meta and "•" not in meta) or not _GROUP_AGE.match(meta)
                or not _NAME_ONLY.match(text[segs[k][1]:segs[k][2]].strip())
                or not _introduces_post(text[segs[k - 1][1]:segs[k - 1][2]])):
            continue
        body = _prose_run(segs, k + 2, _CARD_MAX_LINES)
        close = k + 2 + len(body)
        if body and close < len(segs) and _COUNTS_ROW.match(text[segs[close][1]:segs[close][2]].strip()):
            segs[k][3] = segs[k + 1][3] = ATTRIBUTION
            for b in body:
                segs[b][3] = POST
    # A card copied with its header over the body: the poster's handle or name with the post's
    # day or age ("name_example · 27 Nov", "<Club> Minis & Juniors · 2d") or the bare handle
    # ("jo.example.nq"), the body, then the card's counts ("86 likes · 31 replies", "👍 87   💬
    # 12   ↗ 4", "3d · 48 likes · 12 replies").
    for k in range(len(segs) - 2):
        line = text[segs[k][1]:segs[k][2]].strip()
        if segs[k][3] not in (PROSE, HEADLINE, BOILERPLATE) or segs[k + 1][0] == segs[k][0]:
            continue
        timed = ("·" in line or "•" in line) and (_HANDLE_DAY.match(line) or _NAME_AGE.match(line))
        if not (timed or _LOWER_HANDLE.match(line)):
            continue
        # (the body is one paragraph, right over the counts)
        body = [b for b in _prose_run(segs, k + 1, _CARD_MAX_LINES) if segs[b][0] == segs[k + 1][0]]
        close = k + 1 + len(body)
        if (body and close < len(segs) and segs[close][0] != segs[body[-1]][0]
                and (_COUNTS_ROW.match(text[segs[close][1]:segs[close][2]].strip())
                     or _CARD_CLOSE.match(text[segs[close][1]:segs[close][2]].strip()))):
            segs[k][3] = ATTRIBUTION
            for b in body:
                segs[b][3] = POST
    # Embedded posts: attribution lines and the body above them.
    out_segs = []
    for i, seg in enumerate(segs):
        p, s, e, role = seg
        # A post's footer may already read as a widget ("t.me/channel · 41.7K views · 06:58").
        span = (attribution_span(text[s:e])
                if role in (PROSE, POST) or (role == BOILERPLATE and _POST_FOOTER.match(text[s:e].strip()))
                else None)
        if (span is None and role == PROSE and _card_handle(text[s:e].strip())
                and any(_PLATFORM_CHROME.match(text[segs[k][1]:segs[k][2]].strip())
                        for k in range(i + 1, min(len(segs), i + 3)))):
            # A card's handle over its sound credit, or over the one caption line above it.
            span = (0, e - s)
        credit = text[s:e].strip()
        if (span is None and role in (PROSE, HEADLINE) and out_segs and i + 1 < len(segs)
                and segs[i + 1][3] == PROSE and segs[i + 1][0] != p and _BARE_HANDLE.match(credit)
                and credit in text[out_segs[-1][1]:out_segs[-1][2]]):
            # A card's handle right under the line that names it ("Another user, who posts as
            # @name, filmed ..."): the caption under it is the post.
            for k in range(i + 1, len(segs)):
                if segs[k][0] != segs[i + 1][0] or segs[k][3] != PROSE:
                    break
                segs[k][3] = POST
            out_segs.append([p, s, e, ATTRIBUTION])
            continue
        names_platform = bool(_NAMES_PLATFORM.search(credit))
        # (the stars may open a dash credit: "★★★★☆ — <Names>, <Venue>, March 2024")
        dash_credit = credit.lstrip("★☆ ") if credit[:1] in "★☆" else credit
        rated = dash_credit != credit or credit.endswith(("★", "☆")) or _starred_message(text, out_segs)
        above = text[out_segs[-1][1]:out_segs[-1][2]].rstrip() if out_segs else ""
        quoted = above.endswith(("”", '"'))
        if dash_credit[:2] == "- " and (quoted or rated or names_platform) and above[:2] != "- ":
            # A hyphen typed for the dash ("- Dev M., Leicester, August 2024" under a starred
            # review, "- Name, via Facebook"); under a list item it is the next item.
            dash_credit = "—" + dash_credit[1:]
        dated = dash_credit[:1] in "—–" and "," in dash_credit and is_timestamp(dash_credit.rsplit(",", 1)[-1].strip())
        badged = dash_credit[:1] in "—–" and _under_reviews_badge(text, out_segs)
        quoted_sentence = quoted and above[-2:-1] in ".!?"  # ("... all year.”", not a quoted title)
        carded = (i + 1 < len(segs) and "·" in credit and _HANDLE_DAY.match(credit) is not None
                  and _COUNTS_ROW.match(text[segs[i + 1][1]:segs[i + 1][2]].strip()) is not None)
        if (span is None and role in (BOILERPLATE, HEADLINE, PROSE) and out_segs and out_segs[-1][3] == PROSE
                and ((dash_credit[:1] in "—–" and (role != PROSE or names_platform or dated or rated or quoted or badged)
                      and _DASH_CREDIT.match(dash_credit))
                     or (credit[:6] == "Posted" and _POSTED_IN.match(credit))
                     or carded
                     # (a review's credit naming the review site, the customer by an initial or
                     # giving the stars needs no dash: "<Name>, <Town>, Google review, August
                     # 2024" under "★★★★★ “...”", "Marion T., member since 2023" or "<Name>,
                     # <Town> ★★★★★" under a quoted sentence, not under a review's quoted title,
                     # which it opens; "<Name> · 2 weeks ago" under a review opening with stars)
                     or ((rated or quoted_sentence)
                         and (_REVIEW_SITE.search(credit) or _INITIALLED.match(credit) or credit.endswith(("★", "☆"))
                              or (rated and _AGED_CREDIT.match(credit))
                              or _STAYED.search(credit))
                         and _DASH_CREDIT.match("— " + credit)))):
            # A credit right under a message ("— Ray Dunmore, taxi driver, Hallbridge", "Posted by
            # Name in <Group>") closes it, as a post's
            # attribution does; under the writer's own text it is a signature. A dash line of
            # prose is a credit only under a quotation, or when it names the platform ("— Dawn
            # M., Ashgrove, on Nextdoor") or the day ("— <Group>, 12 October 2024 at 18:05").
            # Dated or rated, under a paragraph that follows a post's credit, it closes the next
            # post of the run ("— Name, 5 February 2025"); a signature under the writer's text
            # gives a role, not a day ("— Name, Club Chair"). A customer's review rated with
            # stars, on the credit ("— Name, <Town> ★★★★★") or opening the message ("★★★★☆ Great
            # teacher ..." / "— Name, parent of a pupil"), is credited so too. So is a card's
            # handle and day under its body, over its counts ("name_example · 20 Feb" / "♡ 312
            # 💬 47"). So is a dash credit under a paragraph below the page's reviews badge, the
            # first or one of the credited reviews under it ("★★★★★ 4.9 average from 86 reviews"
            # / "<Review>" / "— <Names>, <Venue>, September 2024" / "<Review>" / "– Name, <Town>").
            top = _last_paragraph_start(out_segs)
            after_post = top > 0 and out_segs[top - 1][3] == ATTRIBUTION and (dated or rated)
            opening = _credited_message(text, out_segs, platform=names_platform or after_post or carded or badged)
            if opening is not None:
                for j in range(opening, len(out_segs)):
                    out_segs[j][3] = POST
                out_segs.append([p, s, e, ATTRIBUTION])
                continue
        if span is None and role == PROSE and dash_credit[:1] in "“\"":
            # A quotation with its credit on the same line ("“Never once missed a visit.” —
            # Pauline R., Little Fenby"), perhaps after its stars ("★★★★☆ “...” — Tom H."): a
            # customer's words and their credit.
            close = max(credit.rfind("” "), credit.rfind('" '))
            if close > 0 and credit[close - 1:close] in ".!?" and _DASH_CREDIT.match(credit[close + 2:]):
                span = (text[s:e].index(credit) + close + 2, e - s)
        if span is None:
            out_segs.append(seg)
            continue
        a = s + span[0]
        limit = platform_limit(text[a:e])
        if i + 1 < len(segs) and _WATCH_BUTTON.match(text[segs[i + 1][1]:segs[i + 1][2]].strip()):
            # The card's button under the credit names the platform ("View on Instagram").
            limit = max(limit, platform_limit(text[segs[i + 1][1]:segs[i + 1][2]]))
        if text[s:a].strip():
            # Body and attribution share the line.
            out_segs.append([p, s, a, POST])
            out_segs.append([p, a, e, ATTRIBUTION])
            continue
        own_poster = _REDDIT_POSTER.match(text[s:e]) is not None
        if (_BLOG_BYLINE.match(text[s:e]) or own_poster) and not any(
                seg_[3] == PROSE and text[seg_[1]:seg_[2]].rstrip().endswith(
                    _SENTENCE_CLOSERS + (":",) if own_poster else _SENTENCE_CLOSERS)
                for seg_ in out_segs):
            # "Posted by Name on <date>" above the body (only title lines before it, no sentence
            # of prose) is the page's own byline, not an embedded post's signature; on a forum's
            # own page, so is "Posted by u/name · 9h" (with no line introducing it).
            out_segs.append([p, s, e, BOILERPLATE])
            continue
        out_segs.append([p, s, e, ATTRIBUTION])
        here = len(out_segs) - 1
        if _PLATFORM_CHROME.match(text[s:e].strip()) or _card_handle(text[s:e].strip()):
            _claim_card_body(text, out_segs, here)
            continue
        # Climb: lines above, within the platform's limit, up to an introducing line. When the
        # attribution's own paragraph holds lines above it, that paragraph is the whole embed.
        used = 0
        top = len(out_segs) - 2
        # An embed's "View this post on Instagram" button sits between the body and the credit,
        # or its "View more on Instagram" button and like count do.
        if top >= 0 and out_segs[top][3] == BOILERPLATE and _VIEW_POST.match(
                text[out_segs[top][1]:out_segs[top][2]].strip()):
            top -= 1
        else:
            while (top >= 0 and top >= here - 3 and out_segs[top][3] in (BOILERPLATE, ATTRIBUTION)
                   and _EMBED_FOOTER.match(text[out_segs[top][1]:out_segs[top][2]].strip())):
                top -= 1
        # Instagram's embed may open with that button instead, or with the poster's "View
        # profile": the lines between it and the credit are the post, whatever they say.
        opener = next((j for j in range(top, max(-1, top - _CARD_MAX_LINES - 1), -1)
                       if out_segs[j][3] not in (PROSE, POST)), None)
        if (opener is not None and opener < top and out_segs[opener][3] == BOILERPLATE
                and (_VIEW_POST.match(text[out_segs[opener][1]:out_segs[opener][2]].strip())
                     or _VIEW_PROFILE.match(text[out_segs[opener][1]:out_segs[opener][2]].strip()))):
            for j in range(opener + 1, top + 1):
                out_segs[j][3] = POST
            _claim_embed_header(text, out_segs, opener)
            continue
        k = top
        # A body that closes a quotation runs up to the paragraph that opens it.
        quoted = top >= 0 and text[out_segs[top][1]:out_segs[top][2]].rstrip().endswith(("”", '"'))
        while k >= 0:
            q, qs, qe, qrole = out_segs[k]
            # The line right above the credit is the post's body even when it reports speech
            # ("... everyone said was impossible"); a colon or naming the platform ("wrote on
            # Threads that ...") still makes it the writer's introduction.
            if qrole not in (PROSE, POST) or (_is_intro(text, qs, qe) if k < top
                                              else _introduces_post(text[qs:qe])):
                break
            if q != p and k < top and out_segs[k + 1][0] == p:
                break
            if k < top and _LIVE_ENTRY.match(text, qs, qe):
                break  # a live page's entry ("27' Achterberg heads over ...") is the writer's
            if k < top and _DETAIL_LINE.match(text[qs:qe].strip()):
                break  # a listing's labelled detail ("When: ...", "Price: ...") is the listing's
            if (k < top and k > 0 and out_segs[k - 1][3] == ATTRIBUTION and q != out_segs[k + 1][0]
                    and out_segs[k - 1][0] != q):
                # A paragraph of its own right under another post's credit, above a body
                # paragraph, is the writer's bridge between the two ("Not all of the comments
                # were critical.").
                break
            used += qe - qs
            if used > limit and k < top:
                break
            out_segs[k][3] = POST
            k -= 1
            if (quoted and text[qs:qe].lstrip()[:1] in "“\""
                    and not (k >= 0 and text[out_segs[k][1]:out_segs[k][2]].lstrip()[:1] in "“\"")):
                break
        _claim_embed_header(text, out_segs, k)
        if k == here - 1 and _BLOG_BYLINE.match(text[s:e]):
            # "Posted by Name on <date>" with no post above it is the page's own byline.
            out_segs[here][3] = BOILERPLATE
    segs = out_segs
    # An activity card (a run or a ride): its title and caption, the activity's figures, and the
    # athlete with the day under them ("Westmarch XC" / caption / "8.02 km · 29:47 · 3:43 /km" /
    # "<Name> · 11 January 2025 · <Place>"). The figures and the credit close the post; the
    # caption runs up to the line that introduces it, five paragraphs at most, or else two.
    # (Or the athlete, the activity's name and its figures on one line: "<Name> · <Race> Leg 4 ·
    # 6.84 km · 41:12 · 386 m elev gain", which may already read as a post's credit.)
    for k in range(1, len(segs) - 1):
        if segs[k][3] not in (BOILERPLATE, ATTRIBUTION):
            continue
        line = text[segs[k][1]:segs[k][2]].strip()
        if _ATHLETE_FIGURES.match(line):
            credit, figures = k, []
        elif (segs[k + 1][3] == BOILERPLATE and _ACTIVITY_STATS.match(line)
              and _DATED_ATHLETE.match(text[segs[k + 1][1]:segs[k + 1][2]].strip())):
            credit, figures = k + 1, [k]
        else:
            continue
        body, top = _lines_above(segs, k, (PROSE, HEADLINE, POST), _ACTIVITY_CAPTION_MAX_PARAGRAPHS,
                                 lambda j: _introduces_post(text[segs[j][1]:segs[j][2]]))
        if not (top >= 0 and segs[top][3] == PROSE and _introduces_post(text[segs[top][1]:segs[top][2]])):
            # No line introduces it: the caption is the two paragraphs above, up to a speaker's line.
            body, _ = _lines_above(segs, k, (PROSE, HEADLINE), 2, lambda j: _is_intro(text, segs[j][1], segs[j][2]))
        if body:
            for b in body + figures:
                segs[b][3] = POST
            segs[credit][3] = ATTRIBUTION
    # A card copied header first: the account and its badge ("name_example · Verified") or the
    # poster's bare handle ("sandvalley_sal"), the text, closed by the card's button ("View this
    # post on Instagram", "View on Threads").
    # The post's age ("1d") or the place it was tagged in ("<Park>, <Town>") may take a line of
    # its own under the account, and the post's counts may stand over the button.
    for k in range(len(segs) - 2):
        if segs[k][3] not in (PROSE, HEADLINE):
            continue
        head = text[segs[k][1]:segs[k][2]].strip()
        # (a bare lower-case word may be the account too, as "hollesbyplayers" is, where the
        # card's button closes the post below it)
        bare = _BARE_USERNAME.match(head) is not None and head.islower()
        if not (_BADGED_ACCOUNT.match(head) or _poster_handle(head) or bare):
            continue
        sub = text[segs[k + 1][1]:segs[k + 1][2]].strip()
        tagged = (_poster_handle(head) and segs[k + 1][3] in (PROSE, HEADLINE, BOILERPLATE) and segs[k + 1][0] != segs[k][0]
                  and (_CARD_AGE.match(sub) is not None or _TAGGED_PLACE.match(sub) is not None))
        first = k + 2 if tagged else k + 1
        body = _prose_run(segs, first, _CARD_MAX_LINES)
        close = first + len(body)
        if (body and close < len(segs) and segs[close][3] == BOILERPLATE
                and (_card_button(text, segs[close]) or (close + 1 < len(segs) and _card_button(text, segs[close + 1])))):
            segs[k][3] = ATTRIBUTION
            if tagged:
                segs[k + 1][3] = ATTRIBUTION
            for b in body:
                segs[b][3] = POST
    # A post card as a reader copies it from a platform that prints the poster over the body and
    # the time under it ("Name (@handle.bsky.social)" / body / "2 March 2025 at 18:47"). Alone,
    # "Name (@handle)" is an author's signature; over prose closed by a timestamp, it opens a post.
    # The name and the handle may come on lines of their own ("Name" / "@handle.bsky.social").
    for k in range(len(segs) - 2):
        p, s, e, role = segs[k]
        line = text[s:e].strip()
        if ((role == BOILERPLATE and "(@" in line and _SIGNATURE.match(line))
                or (role in (PROSE, HEADLINE, BOILERPLATE) and " @" in line and _NAME_THEN_HANDLE.match(line))):
            head = [k]
        elif (role in (PROSE, HEADLINE, BOILERPLATE) and _HANDLE_ALONE.match(line) and k > 0
              and segs[k - 1][3] in (PROSE, HEADLINE) and segs[k - 1][0] != p
              and _COMMENTER_NAME.match(text[segs[k - 1][1]:segs[k - 1][2]].strip())):
            head = [k - 1, k]
        else:
            continue
        # (The footer may carry the post's counts after the time and read as prose: "8:14 AM ·
        # Feb 11, 2025 · 41 Reposts · 156 Likes".)
        start = k + 1
        if (start < len(segs) and segs[start][3] == BOILERPLATE
                and _FOLLOW_BUTTON.match(text[segs[start][1]:segs[start][2]].strip())):
            start += 1  # (X's "Follow" button between the handle and the post)
        body = []
        for b in _prose_run(segs, start):
            if _DATED_COUNTS.match(text[segs[b][1]:segs[b][2]].strip()):
                break
            body.append(b)
        close = start + len(body)
        if (body and close < len(segs) and segs[close][3] in (BOILERPLATE, PROSE)
                and ((segs[close][3] == BOILERPLATE and is_timestamp(text[segs[close][1]:segs[close][2]]))
                     or _DATED_COUNTS.match(text[segs[close][1]:segs[close][2]].strip()))
                and sum(segs[b][2] - segs[b][1] for b in body) <= platform_limit(line)):
            for h in head + [close]:
                segs[h][3] = ATTRIBUTION
            for b in body:
                segs[b][3] = POST
    # A workplace forum's card: its poster line ("Corvane · Software Engineer"), the body, and the
    # date with its counts under it ("13 Nov · 412 likes · 96 comments"); a Threads card the same
    # with the poster's bare handle on top ("maisie.q.example", see ``_poster_handle``; under such a
    # footer, a bare lower-case word such as "pennyonapenny" is a handle too).
    for k in range(2, len(segs)):
        if segs[k][3] not in (BOILERPLATE, PROSE) or not _DATED_COUNTS.match(text[segs[k][1]:segs[k][2]].strip()):
            continue
        top = k - 1
        while (top > 0 and k - top <= _CARD_BODY_MAX_LINES and segs[top][3] == PROSE
               and not _BARE_USERNAME.match(text[segs[top][1]:segs[top][2]].strip())):
            top -= 1
        head = text[segs[top][1]:segs[top][2]].strip()
        if top < k - 1 and ((segs[top][3] in (BOILERPLATE, PROSE) and _POSTER_LINE.match(head))
                            or (segs[top][3] in (PROSE, HEADLINE) and _BARE_USERNAME.match(head))):
            segs[top][3] = segs[k][3] = ATTRIBUTION
            for b in range(top + 1, k):
                segs[b][3] = POST
    # A chat log quoted in the story: ``_CHAT_MIN_LINES`` or more chat messages in a row.
    k = 0
    while k < len(segs):
        run = k
        while run < len(segs) and segs[run][3] == PROSE and _CHAT_LINE.match(text[segs[run][1]:segs[run][2]].strip()):
            run += 1
        if run - k >= _CHAT_MIN_LINES:
            for j in range(k, run):
                segs[j][3] = POST
        k = max(run, k + 1)
    # A shared post under the line that introduces it ("Owner Karen Mills posted the news on a
    # local group:"), closed by its credit line: the credit is the post's attribution, not a
    # commenter's header (a comment's header sits above its text, not below). Or opened by it,
    # as Facebook lays a post out ("Wes Tandy · August 9 at 2:14 PM · 🌎" right under the
    # introduction): the body then runs down to the post's reaction counts, or is the one line.
    comments_from = next((k for k, seg in enumerate(segs)
                          if _COMMENTS_MARKER.match(text[seg[1]:seg[2]].strip())), len(segs))
    for k in range(1, len(segs) - 1):
        p, s, e, role = segs[k]
        above = text[segs[k - 1][1]:segs[k - 1][2]]
        if (role in (PROSE, BOILERPLATE) and _has_separator(text, s, e)
                and (_SHARED_POST_CREDIT.match(text[s:e].strip()) or _COMMENT_AGE.match(text[s:e].strip()))
                and (segs[k - 1][3] == PROSE or (segs[k - 1][3] == BOILERPLATE and boilerplate_line(above)))
                and ((segs[k - 1][3] == PROSE and _introduces_post(above))
                     # (or under the page's furniture: "Find us on Facebook" / "<Group> · 31
                     # March at 18:22" / post / counts)
                     or (k < comments_from and _closed_by_reactions(text, segs, k)))) or (
                role == BOILERPLATE and k >= 3 and segs[k - 1][3] == BOILERPLATE and segs[k - 2][3] == POST
                and segs[k - 3][3] == ATTRIBUTION and _has_separator(text, s, e)
                and (_SHARED_POST_CREDIT.match(text[s:e].strip())
                     or (_COMMENT_AGE.match(text[s:e].strip()) and _COMMENT_AGE.match(text[segs[k - 3][1]:segs[k - 3][2]].strip())))):
                # (the next under the post before, with a header of the same shape)
            body = _prose_run(segs, k + 1)
            closed = k + 1 + len(body) < len(segs) and segs[k + 1 + len(body)][3] == BOILERPLATE
            if body:
                segs[k][3] = ATTRIBUTION
                for b in (body if closed else body[:1]):
                    segs[b][3] = POST
            elif segs[k + 1][3] == POST:
                segs[k][3] = ATTRIBUTION  # (a reading above took the post's text already)
    for k in range(1, len(segs)):
        p, s, e, role = segs[k]
        # (a credit that reads as prose, its group named at length, still closes the post when
        # it gives the day and the time: "<Name> · 6 July at 22:47 · <Village> Noticeboard")
        if (role not in (BOILERPLATE, PROSE) or not _has_separator(text, s, e)
                or (role == PROSE and " at " not in text[s:e])
                or not _SHARED_POST_CREDIT.match(text[s:e].strip())):
            continue
        j = k - 1
        while (j >= 0 and k - j <= _SHARED_POST_MAX_LINES and segs[j][3] == PROSE
               and not _introduces_post(text[segs[j][1]:segs[j][2]])):
            j -= 1
        # (or right under the credit of the post before, in a run of posts each closed by its own:
        # one paragraph between the two credits)
        if (j >= 0 and j < k - 1 and ((segs[j][3] == PROSE and _introduces_post(text[segs[j][1]:segs[j][2]]))
                                      or (segs[j][3] == ATTRIBUTION and len({segs[b][0] for b in range(j + 1, k)}) == 1
                                          and _has_separator(text, segs[j][1], segs[j][2])
                                          and _SHARED_POST_CREDIT.match(text[segs[j][1]:segs[j][2]].strip())))):
            for b in range(j + 1, k):
                segs[b][3] = POST
            segs[k][3] = ATTRIBUTION
        elif segs[k - 1][3] == PROSE and segs[k - 1][0] != p and any(
                segs[c][3] == ATTRIBUTION and segs[c - 1][3] == POST and _has_separator(text, segs[c][1], segs[c][2])
                and _SHARED_POST_CREDIT.match(text[segs[c][1]:segs[c][2]].strip()) for c in range(1, k)):
            # (a page that closes a post with its credit closes its later posts so too: the
            # paragraph right above a later credit of the same shape is that post)
            for b in range(k - 1, -1, -1):
                if segs[b][0] != segs[k - 1][0]:
                    break
                segs[b][3] = POST
            segs[k][3] = ATTRIBUTION
    # A page's post as Facebook copies it with the name and the time on lines of their own
    # ("Kittiwake Café" / "8 May at 19:52 ·") or on one ("Sandra Example · Friday at 19:48"),
    # the body under them down to its reaction counts.
    for k in range(len(segs) - 3):
        name, when = segs[k], segs[k + 1]
        if ((name[3] in (PROSE, HEADLINE) or (name[3] == BOILERPLATE and not boilerplate_line(text[name[1]:name[2]])))
                and when[3] in (PROSE, HEADLINE, BOILERPLATE)
                and _COMMENTER_NAME.match(text[name[1]:name[2]].strip())
                and _POST_TIME_LINE.match(text[when[1]:when[2]].strip())
                and _closed_by_reactions(text, segs, k + 1, count_first=True)):
            name[3] = when[3] = ATTRIBUTION
            for b in _prose_run(segs, k + 2):
                segs[b][3] = POST
    # (On one line, under a line that introduces it or over its counts, the header opens the
    # paragraph under it; with neither it may be the page's own byline.)
    for k in range(len(segs) - 1):
        header = segs[k]
        if (header[3] in (PROSE, HEADLINE) and segs[k + 1][3] == PROSE and segs[k + 1][0] != header[0]
                and _NAMED_POST_TIME.match(text[header[1]:header[2]].strip())
                and ((k > 0 and segs[k - 1][3] == PROSE and _introduces_post(text[segs[k - 1][1]:segs[k - 1][2]]))
                     or _closed_by_reactions(text, segs, k))):
            header[3] = ATTRIBUTION
            for b in _prose_run(segs, k + 1):
                if segs[b][0] != segs[k + 1][0]:
                    break
                segs[b][3] = POST
    # A post copied with the name over the body and the time and counts under it ("Ailsa
    # Trewin" / body / "19 November at 21:04 · 212 reactions · 87 comments").
    for k in range(min(len(segs), comments_from) - 2):
        name = segs[k]
        if (name[3] not in (PROSE, HEADLINE) or paragraphs[name[0]] != (name[1], name[2])
                or not _COMMENTER_NAME.match(text[name[1]:name[2]].strip())):
            continue
        footer = next((j for j in range(k + 1, min(len(segs), k + 2 + _SHARED_POST_MAX_LINES))
                       if segs[j][3] != PROSE or _TIMED_REACTIONS.match(text[segs[j][1]:segs[j][2]].strip())), None)
        if (footer is not None and footer > k + 1 and footer < comments_from
                and _TIMED_REACTIONS.match(text[segs[footer][1]:segs[footer][2]].strip())):
            name[3] = segs[footer][3] = ATTRIBUTION
            for b in range(k + 1, footer):
                segs[b][3] = POST
    # A group's posts as Facebook lays them out: "Name > Group" over each post's text, under a
    # line that introduces them or under the post before. With the post's date after it ("Name
    # ▸ Group · 18 February at 19:06") the header is a post's wherever it stands. The date may
    # take its own line between the header and the text ("4 March at 08:51").
    for k in range(1, len(segs) - 1):
        p, s, e, role = segs[k]
        above, below = segs[k - 1], segs[k + 1]
        time_below = (below[3] in (BOILERPLATE, HEADLINE, PROSE) and k + 2 < len(segs) and segs[k + 2][3] == PROSE
                      and _POST_TIME_LINE.match(text[below[1]:below[2]].strip()) is not None)
        body = segs[k + 2] if time_below else below
        if (role not in (PROSE, BOILERPLATE, HEADLINE) or body[3] != PROSE or body[0] == p
                or (time_below and body[0] == below[0])):
            continue
        head, _, when = text[s:e].strip().partition(" · ")
        dated = (bool(when) and (_dated(when) or _DAY_MONTH.fullmatch(when) is not None)) or (time_below and not when)
        if (_GROUP_POST_HEADER.match(head) and (dated or not when)
                and (dated or (role != HEADLINE and (
                     (above[3] == PROSE and _introduces_post(text[above[1]:above[2]]))
                     or (above[3] == POST and k >= 2 and segs[k - 2][3] == ATTRIBUTION))))):
            segs[k][3] = ATTRIBUTION
            if time_below:
                below[3] = ATTRIBUTION
            body[3] = POST
    # A card that opens with its chrome ("r/Hollowreach · Posted by u/name · 9h") and has no
    # closing chrome line (votes) below: its body is the line right under the opening. Unless
    # the writer quoted the body first, right under a line that introduces it, and credited it
    # below ("One owner described it in a post:" / body / "Posted by u/name in r/Sub").
    for k, (p, s, e, role) in enumerate(segs[:-1]):
        if role != ATTRIBUTION or not _CARD_OPENING.match(text[s:e].strip()) or segs[k + 1][3] != PROSE:
            continue
        below = segs[k + 1:k + 1 + _CARD_MAX_LINES]
        closes = next((b for b in below if b[3] == ATTRIBUTION), None)
        if (closes is None and k >= 2 and segs[k - 1][3] == PROSE and segs[k - 2][3] == PROSE
                and not _introduces_post(text[segs[k - 1][1]:segs[k - 1][2]])
                and _introduces_post(text[segs[k - 2][1]:segs[k - 2][2]])):
            segs[k - 1][3] = POST
            continue
        if closes is None or _CARD_OPENING.match(text[closes[1]:closes[2]].strip()):
            segs[k + 1][3] = POST
    # A review site's reviews: a guest's card ("Name · Town · 23 contributions", "★★★★☆ Name,
    # 1st year, <course>") or the owner's reply header over the review's lines, down to the
    # page's next furniture line ("Helpful (14) · Share · Report") or the next card. A quoted
    # title right above a guest's card is the review's too.
    def stars_under_name(k):
        # (a widget's card on two lines: the reviewer's name alone, then the stars and the age)
        if k + 1 >= len(segs) or segs[k][3] != PROSE or len(text[segs[k][1]:segs[k][2]].split()) > 4:
            return False
        below = text[segs[k + 1][1]:segs[k + 1][2]].strip()
        return (below[:1] in "★☆" and _STARS_AND_AGE.match(below) is not None
                and _NAME_ONLY.match(text[segs[k][1]:segs[k][2]]) is not None)

    def starred_title(j):
        # (a title, not a card: no parts between dots, no date at its end)
        line = text[segs[j][1]:segs[j][2]].strip()
        return (line[:1] in "★☆" and "·" not in line and not line[-4:].isdigit()
                and _STARRED_TITLE.match(line) is not None and not review_card(j))

    def review_card(k):
        line = text[segs[k][1]:segs[k][2]].strip()
        # (a card ends in its count's noun or opens with its stars; a reply header opens with
        # "Response" or "Reply")
        return ((line[-1:] in "sSnNeEwW" and _REVIEWER_CARD.match(line) is not None)
                or (line[:1] in "★☆" and _STARRED_REVIEWER.match(line) is not None)
                or (line[:1] in "RrMm" and _OWNER_RESPONSE.match(line) is not None)
                or (("★" in line or "☆" in line) and (_NAMED_STARS_AGE.match(line) is not None or _starred_card(line)))
                or (" · " in line and _GUEST_CARD.match(line) is not None)
                or stars_under_name(k))
    card_bodies: set[int] = set()  # lines this pass gave to the card above them
    for k in range(len(segs) - 1):
        # (a guest's card that a pass above took for the credit of the starred title over it
        # still heads the review under it)
        guest = _GUEST_CARD.match(text[segs[k][1]:segs[k][2]].strip()) is not None
        if segs[k][3] not in ((PROSE, BOILERPLATE, HEADLINE, ATTRIBUTION) if guest else (PROSE, BOILERPLATE, HEADLINE)) \
                or not review_card(k):
            continue
        above = text[segs[k - 1][1]:segs[k - 1][2]].strip() if k > 0 else ""
        if (above[:1] in "“\"‘'" and segs[k - 1][3] in (PROSE, POST)
                and (text[segs[k][1]:segs[k][1] + 1] in "★☆" or _starred_card(text[segs[k][1]:segs[k][2]].strip()))
                and k - 1 not in card_bodies and _QUOTED_SENTENCE.search(above)):
            # Under the review it quotes ("“Honestly the best value day out we've had all year.
            # ...”" / "★★★★★ Name, <Town>, on Tripadvisor, Aug 2024"), the starred card is its
            # credit: the lines below are the page's own again. (Under a review's quoted title,
            # it opens the review.)
            segs[k][3] = ATTRIBUTION
            segs[k - 1][3] = POST
            continue
        if segs[k][3] == HEADLINE and not guest:
            continue
        first = k + 2 if stars_under_name(k) else k + 1
        # (the review's starred title may come under its card: "<Name> · Stayed August 2024" /
        # "★★★★★ A proper escape" / review; the next review's title closes this one)
        lead = first + 1 if first < len(segs) and segs[first][3] in (PROSE, HEADLINE, RATING) and starred_title(first) else first
        end = lead
        while (end < min(len(segs), lead + _CARD_MAX_LINES) and segs[end][3] == PROSE and not review_card(end)
               and not starred_title(end)):
            end += 1
        if end > lead and end < len(segs) and (segs[end][3] == BOILERPLATE or review_card(end) or starred_title(end)):
            for c in range(k, first):
                segs[c][3] = ATTRIBUTION
            for b in range(first, end):
                segs[b][3] = POST
                card_bodies.add(b)
            if k > 0 and segs[k - 1][3] in (PROSE, POST) and _QUOTED_TITLE.match(text[segs[k - 1][1]:segs[k - 1][2]].strip()):
                segs[k - 1][3] = POST
            elif (k > 0 and segs[k - 1][3] in (PROSE, POST, HEADLINE, RATING) and k - 1 not in card_bodies
                  and starred_title(k - 1)):
                segs[k - 1][3] = POST  # its starred title over the card ('★★★★★ "Worth every penny"')
    # A planning portal's comments as a story reproduces them: each under its header ("Objection |
    # <Street>, <Village> | Received 28 Feb 2025", "Comment submitted 02 Mar 2025 | Stance:
    # Object"), down to the next header.
    for k in range(len(segs) - 1):
        if segs[k][3] not in (PROSE, BOILERPLATE, HEADLINE) or not _PORTAL_COMMENT.match(text[segs[k][1]:segs[k][2]].strip()):
            continue
        end = k + 1
        while (end < min(len(segs), k + 1 + _CARD_MAX_LINES) and segs[end][3] == PROSE
               and not _PORTAL_COMMENT.match(text[segs[end][1]:segs[end][2]].strip())):
            end += 1
        if end == len(segs) or not _PORTAL_COMMENT.match(text[segs[end][1]:segs[end][2]].strip()):
            # (under the last header, only its first paragraph: the writer's text resumes after it)
            end = k + 1
            while end < len(segs) and segs[end][3] == PROSE and segs[end][0] == segs[k + 1][0]:
                end += 1
        if end > k + 1:
            segs[k][3] = ATTRIBUTION
            for b in range(k + 1, end):
                segs[b][3] = POST
    # A starred quotation's credit alone on the line under it, with no dash ("★★★★★ “Worth every
    # penny.”" / "Carl & Denise, Harrowby Green"), which reads as a letter's signature: the
    # reviewer's name and town.
    for k in range(1, len(segs)):
        if segs[k][3] != BOILERPLATE or segs[k - 1][3] not in (PROSE, POST) or segs[k - 1][0] == segs[k][0]:
            continue
        top = k - 1
        while top > 0 and segs[top - 1][0] == segs[k - 1][0]:
            top -= 1
        opening = text[segs[top][1]:segs[top][2]].lstrip()
        line = text[segs[k][1]:segs[k][2]].strip()
        if (opening[:1] in "★☆" and text[segs[k - 1][1]:segs[k - 1][2]].rstrip().endswith(("”", '"'))
                and len(line.split()) <= 8 and _SIGNATURE_LINE.match(line)):
            segs[k][3] = ATTRIBUTION
            for b in range(top, k):
                segs[b][3] = POST
    # A review's stars alone on the line over it ("★★★★★", "★★★★☆   3 weeks ago"), once a pass
    # above has read the review under them as a post.
    for k in range(len(segs) - 1):
        if (segs[k][3] in (PROSE, RATING, HEADLINE, BOILERPLATE) and segs[k + 1][3] == POST
                and text[segs[k][1]:segs[k][1] + 1] in "★☆"
                and _STARS_ALONE.match(text[segs[k][1]:segs[k][2]].strip())):
            segs[k][3] = POST
    # A social page's comments as it lays them out: the commenter's name (or handle) alone on a
    # line, the comment's lines, then its controls ("2d · Like · Reply · 14", "12 May 2024 ·
    # Reply · 14 likes"). The name credits the comment like a post's attribution; one already
    # read as the comment section's furniture stays furniture.
    for k in range(len(segs) - 2):
        name = text[segs[k][1]:segs[k][2]].strip()
        if segs[k][3] not in (PROSE, HEADLINE, BOILERPLATE):
            continue
        # (the name may carry the comment's date: "<name>   8 Feb 2025 9:14")
        dated_name = _dated_commenter(name)
        if (not (_COMMENTER_NAME.match(name) or _poster_handle(name) or _REPLIED.match(name) or dated_name)
                or (segs[k][3] == BOILERPLATE and boilerplate_line(name) and not dated_name)):
            continue
        end = k + 1
        while (end < min(len(segs), k + 1 + _COMMENT_MAX_BODY_LINES) and segs[end][3] == PROSE
               and not _COMMENTER_NAME.match(text[segs[end][1]:segs[end][2]].strip())):
            end += 1
        if (end > k + 1 and end < len(segs) and segs[end][3] == BOILERPLATE
                and _comment_controls(text[segs[end][1]:segs[end][2]].strip())):
            if segs[k][3] != BOILERPLATE:
                segs[k][3] = ATTRIBUTION
            for b in range(k + 1, end):
                segs[b][3] = POST
    # A list's heading ("What we know:", "Examples of emergency repairs include:") is a
    # heading, unless it introduces an embedded post. (It was page furniture until 5 Dec: the
    # labellers call such lines fact 147 times against 37 boilerplate, most of those "Read
    # more:" and "Name says:", which other shapes catch.)
    for k in range(len(segs) - 1):
        p, s, e, role = segs[k]
        if (role == PROSE and segs[k + 1][3] not in (POST, ATTRIBUTION)
                and _is_list_heading(text, paragraphs[p], s, e)):
            segs[k][3] = HEADLINE
    # The short title line right above a widget: a video card's title over its "Watch on
    # YouTube" button is the post; a box's title over a sign-up box's "... in your inbox" pitch
    # ("The Ledger Energy Briefing") or a poll's options ("What's your verdict on Salt Year?") is
    # the box's.
    for k in range(1, len(segs)):
        above = segs[k - 1]
        if segs[k][3] != BOILERPLATE or above[3] != PROSE:
            continue
        line = text[segs[k][1]:segs[k][2]].strip()
        title = text[above[1]:above[2]]
        if (_WATCH_BUTTON.match(line) and len(title.split()) <= _VIDEO_TITLE_MAX_WORDS
                and not title.rstrip().endswith((".", ":")) and not _is_intro(text, above[1], above[2])):
            above[3] = POST
        elif (paragraphs[above[0]] == (above[1], above[2])
                and (("nbox" in line.lower() and _INBOX_PITCH.match(line)) or _POLL_OPTIONS.match(line))
                and is_headline_shape(title, question=True)
                and len(title.split()) <= _BOX_TITLE_MAX_WORDS):
            above[3] = BOILERPLATE
    # A sign-up box's pitch between the box's title and its form ("Get Brevio Health in your
    # inbox" / "The essentials on health policy, every Thursday." / "Your email address |
    # Subscribe"): the box's. So is a pitch right over the form's e-mail field, with or without
    # a title ("Join the <Bakery> Club for ... 10% off your first order." / "Your email
    # Subscribe"): on the example pages of 6 Dec, 26 of 27 such sentences were boilerplate.
    # The box may be copied as one block, its title over the pitch and the form under it ("Join
    # our lunch list" / "Weekly specials ..., straight to your inbox." / "Email address  [
    # Subscribe ]"): the title is the box's too.
    for k in range(len(segs) - 1):
        p, s, e, role = segs[k]
        above, below = segs[k - 1] if k else None, segs[k + 1]
        boxed = paragraphs[p] == (s, e) or (paragraphs[p][0] == s and below[0] == p and paragraphs[p][1] == below[2])
        if (role != PROSE or not boxed or len(text[s:e].split()) > _BOX_PITCH_MAX_WORDS
                or below[3] != BOILERPLATE or not _SIGN_UP_FORM.search(text, below[1], below[2])):
            continue
        titled = above is not None and above[3] == BOILERPLATE and _INBOX.search(text, above[1], above[2])
        email_field = ("mail" in text[below[1]:below[2]].lower()
                       and len(text[below[1]:below[2]].split()) <= _EMAIL_ROW_MAX_WORDS
                       and text[s:e].rstrip().endswith((".", "!")))
        if titled or email_field:
            segs[k][3] = BOILERPLATE
            if (above is not None and above[3] in (PROSE, HEADLINE) and paragraphs[above[0]] == (above[1], above[2])
                    and paragraphs[p] != (s, e) and not _BLANK_GAP.search(text, above[2], s)
                    and is_headline_shape(text[above[1]:above[2]].strip())
                    and len(text[above[1]:above[2]].split()) <= _BOX_TITLE_MAX_WORDS):
                above[3] = BOILERPLATE
    # Standalone short unpunctuated lines followed by prose, or by a list of such lines ("When
    # to call us" / "Severe toothache ..." / "A broken tooth"), are subheadings.
    def list_item(k: int) -> bool:
        p, s, e, role = segs[k]
        return (role == PROSE and paragraphs[p] == (s, e) and is_headline_shape(text[s:e])
                and len(text[s:e].split()) <= 12)

    items = [list_item(k) for k in range(len(segs))]
    for k, (p, s, e, role) in enumerate(segs):
        nxt = segs[k + 1] if k + 1 < len(segs) else None
        if (items[k] and nxt is not None and nxt[3] == PROSE
                and (len(text[nxt[1]:nxt[2]].split()) > 12
                     or (k + 2 < len(segs) and items[k + 1] and items[k + 2]
                         and not (k > 0 and items[k - 1])))):  # (not an item of the list above)
            segs[k][3] = HEADLINE
    # A button: a short order to act, alone in its paragraph and headed nowhere (no prose follows
    # it before the next heading or the page's furniture): "Order a search online" over "Download
    # the postal enquiry form (PDF)", "Start your report" at the end of its section. Its price or
    # phone number after it does not count ("Buy from our bookshop (£22.50)").
    # (A title line under it is headed nowhere either: a form's field, "Name*", or the next
    # button.)
    for k, (p, s, e, role) in enumerate(segs):
        nxt = segs[k + 1][3] if k + 1 < len(segs) else None
        if role not in (PROSE, HEADLINE) or paragraphs[p] != (s, e) or k == 0:
            continue
        above = text[segs[k - 1][1]:segs[k - 1][2]]
        if role == HEADLINE and segs[k - 1][3] == BOILERPLATE and any(c in above for c in ">›»"):
            continue  # the page's title under its breadcrumb ("Apply for a market stall licence")
        if nxt == PROSE:
            below = text[segs[k + 1][1]:segs[k + 1][2]].strip()
            if (role != PROSE or len(below.split()) > _BUTTON_NEXT_MAX_WORDS
                    or below.endswith((".", "!", ":")) or _LIST_ENTRY.match(below)):
                continue  # (a numbered or bulleted entry is the list the line heads: "Track listing")
        elif nxt not in (BOILERPLATE, HEADLINE, None):
            continue
        if _is_button(text[s:e]):
            segs[k][3] = BOILERPLATE
    # An address between furniture lines ("<Museum>, The Corn Exchange, Tallow Street, <Town>"
    # between the newsletter box and the footer's links, with its phone or not) is the footer's:
    # every segment of its paragraph. So are a form field's list of choices between the form's
    # other lines ("Appointment type: NHS eye test | Private eye test | Contact lens check"), the
    # opening hours ("Open Monday to Saturday 9:00–17:30 · Closed Sundays") and a phone line; and
    # a paragraph of such sentences beside the site's own lines ("<Club>, <Lane>, <Town>.
    # Affiliated to <Association>."). Several such paragraphs may run between the furniture lines
    # (the opening hours a day to a line: "Fri 7.30am–5pm" / "Sat 8am–1pm" / "Sun Closed").
    for k in range(1, len(segs) - 1):
        if segs[k - 1][0] == segs[k][0] or segs[k - 1][3] != BOILERPLATE:
            continue
        last = k - 1
        while last + 1 < len(segs) and segs[last + 1][3] != BOILERPLATE:
            p = segs[last + 1][0]
            end = last + 1
            while end + 1 < len(segs) and segs[end + 1][0] == p:
                end += 1
            if (not all(seg[3] in (PROSE, HEADLINE) for seg in segs[last + 1:end + 1])
                    or not _footer_paragraph(text[paragraphs[p][0]:paragraphs[p][1]].strip())):
                break
            last = end
        if last >= k and last + 1 < len(segs) and segs[last + 1][3] == BOILERPLATE:
            for seg in segs[k:last + 1]:
                seg[3] = BOILERPLATE
    # The footer's own lines may also come with no furniture over them: a button, the address with
    # its phone, the opening hours, then the links down to the page's end. From the bottom up,
    # each such paragraph right above the furniture that closes the page is the footer's.
    k = len(segs)
    while k > 0 and segs[k - 1][3] == BOILERPLATE:
        k -= 1
    swept = False
    while len(segs) > k > 0:
        p = segs[k - 1][0]
        first = k - 1
        while first > 0 and segs[first - 1][0] == p:
            first -= 1
        par = text[paragraphs[p][0]:paragraphs[p][1]].strip()
        if not all(seg[3] in (PROSE, HEADLINE) for seg in segs[first:k]):
            break
        if _footer_paragraph(par):
            for seg in segs[first:k]:
                seg[3] = BOILERPLATE
            swept, k = True, first
            continue
        if swept and first == k - 1 and _is_button(par):
            segs[first][3] = BOILERPLATE  # the button over them ("Book Online")
        break
    # A book's order note ("<Title> is published by <Publisher>. To order a copy for £14.95, go to
    # ... Delivery charges may apply."): the bookshop's box, every sentence of it.
    for p in {seg[0] for seg in segs if ("rder" in text[seg[1]:seg[2]] or "uy " in text[seg[1]:seg[2]])
              and _BOOK_ORDER.search(text, seg[1], seg[2])}:
        for seg in segs:
            if seg[0] == p:
                seg[3] = BOILERPLATE
    # Readers' replies on a platform quoted in a row, each under its writer's bare name ("We
    # asked readers on our Facebook page ..." / "Jo Example" / reply / "Sam Example" / reply):
    # at least ``_REPLIES_MIN`` such pairs right under a line that names the platform.
    k = 0
    while k < len(segs) - 1:
        pairs = []
        j = k
        while (j + 1 < len(segs) and segs[j][3] in (PROSE, HEADLINE) and segs[j + 1][3] == PROSE
               and paragraphs[segs[j][0]] == (segs[j][1], segs[j][2]) and segs[j + 1][0] != segs[j][0]
               and len(text[segs[j][1]:segs[j][2]].split()) <= 4
               and _COMMENTER_NAME.match(text[segs[j][1]:segs[j][2]].strip())
               and not is_headline_shape(text[segs[j + 1][1]:segs[j + 1][2]])):
            pairs.append(j)
            j += 2
        intro = text[segs[k - 1][1]:segs[k - 1][2]] if k > 0 else ""
        if len(pairs) >= _REPLIES_MIN and segs[k - 1][3] == PROSE and _PLATFORM_NAMED.search(intro):
            for j in pairs:
                segs[j][3], segs[j + 1][3] = ATTRIBUTION, POST
            k = pairs[-1] + 2
        else:
            k += 1
    # A post's header as Threads copies it, the poster's bare handle and the post's age or day
    # ("name.example · 2d", "name_example · 27 Nov"), right over a post's body: the post's
    # attribution. Under the comments
    # heading the same line heads a reader's comment, which stays furniture.
    for k in range(min(len(segs), comments_from) - 1):
        p, s, e, role = segs[k]
        if (role in (PROSE, HEADLINE, BOILERPLATE) and segs[k + 1][3] == POST and segs[k + 1][0] != p
                and (_HANDLE_AGE.match(text[s:e].strip()) or _HANDLE_DAY.match(text[s:e].strip()))):
            segs[k][3] = ATTRIBUTION
    blocks = _blocks_of(text, segs)  # (by position: the passes below change roles, not lines)
    _claim_contact_footer(text, segs, blocks)
    _claim_masthead_block(text, segs, blocks)
    _claim_furniture_blocks(text, segs, blocks)
    _claim_form_fields(text, paragraphs, segs, blocks)
    _claim_question_subheadings(text, paragraphs, segs)
    _claim_review_verdict(text, segs)
    _claim_letter_headings(text, paragraphs, segs)
    return [tuple(seg) for seg in segs]


#: A form's field by its shape: required or optional ("Wedding date *", "Where is the nest?
#: (optional)"), a box to tick or a drop-down ("Manual ☐  Automatic ☐", "[ Stove ▾ ]", "Workshop*
#: [Please choose…]"), a blank to fill ("Other £____").
#: (or a question with its choices between slashes: "Which services? Windows / Gutters / Fascias")
_FIELD_SHAPE = re.compile(r"(?:\*|\((?:optional|required|if\s+any)\))$|[☐☑▾]|\[\s*\]|\[\s*(?:please\s+)?(?:choose|select)\b[^\[\]]{0,20}\]|_{3,}|[–-]\s*please\s+(?:select|choose)\s*(?:[–-]|$)|"
                          r"[?:]\s+[^.!?/\n]{1,30}(?:\s/\s[^.!?/\n]{1,30}){2,}$|"
                          # (or each choice a button in brackets: "I'm interested in: [ Windows ] [ Doors ] [ Other ]")
                          r":\s*(?:\[[^\[\]\n]{1,30}\]\s*){2,}$", re.I)
#: A form's send button ("Send enquiry", "Request booking", "Submit", "Continue to payment", "Place
#: order").
#: A comment form's button ("Post comment", "Post your tribute").
_POST_BUTTON = r"post\s+(?:(?:a|my|your)\s+)?(?:comment|reply|review|tribute|message)"
_SEND_BUTTON = re.compile(r"^(?:send|submit|request|book|enquire|register|apply|confirm|sign\s+me\s+up|" + _POST_BUTTON + r"|"
                          r"(?:continue|proceed)\s+to\s+(?:payment|checkout)|place\s+(?:my\s+)?(?:order|booking))\b", re.I)
#: A line that may be a field between a form's own lines: a few words with no sentence end
#: ("Venue", "Phone or email", "Anything we should know? (access, pets)"), or the consent box's
#: sentence ("I agree to <Firm> storing my details ...").
_FIELD_LINE_MAX_WORDS = 12
_BRACKETED = re.compile(r"\s*\([^()\n]*\)")
_CONSENT = re.compile(r"^(?:[☐☑□]\s*)?(?:i\s+agree\b|i\s+consent\b|i'?d\s+like\s+to\s+(?:receive|hear|be\s+contacted)\b|"
                      r"i\s+would\s+like\s+to\s+(?:receive|hear|be\s+contacted)\b|i\s+have\s+read\b)", re.I)
#: How many lines above its send button a form's first field may stand.
_FORM_MAX_LINES = 12


#: A booking form's picker or quantity stepper ("Select date", "Select time slot: 9.30am | 11.00am",
#: "Adult £4.50   −  0  +").
_PICKER = re.compile(r"^(?:select|choose|pick)\s+(?:a\s+|your\s+)?(?:date|time|time\s+slot|day|session|tickets?)\b|[−–-]\s*\d{1,2}\s*\+$", re.I)
#: A field's label by the thing it asks for ("Parent/carer name", "Child's date of birth").
_FIELD_NOUN = re.compile(r"(?:\bname|\bdate\s+of\s+birth|\be-?mail(?:\s+address)?|\b(?:phone|mobile|telephone)(?:\s+number)?|"
                         r"\bpostcode|\baddress)\s*\*?$", re.I)
_FIELD_NOUN_MAX_WORDS = 4


#: A field's label and its choices between wide gaps ("Playing experience   Never played   Played at
#: school   Played in a league"), no sentence among them.
_GAPPED_CHOICES = re.compile(r"^[^.!\n]{2,60}?(?:\s{2,}[^\s.!][^.!\n]{0,40}?){2,12}$")


#: A field's question or label with its choices between slashes ("Which part might you sing?
#: Soprano / Alto / Tenor / Bass / No idea!", "Appliance type: Open fire / Wood burner / Other").
_SLASHED_CHOICES = re.compile(r"^[^?:\n]{1,80}[?:]\*?\s*(?:[^/\n]{1,25}\s/\s){2,}[^/\n]{1,25}$")


def _is_field(line: str) -> bool:
    return bool(_FIELD_SHAPE.search(line) or (len(line) < 40 and _FORM_LABEL.match(line)) or _SLASHED_CHOICES.match(line)
                or _FORM_PLACEHOLDER.match(line) or re.search(r"\(dd/mm/yy(?:yy)?\)$", line, re.I)
                or ("  " in line and _GAPPED_CHOICES.match(line) and not is_navigation(line))
                or (len(line.split()) <= _FIELD_NOUN_MAX_WORDS and _FIELD_NOUN.search(line)) or _PICKER.search(line))


#: A field copied with its box in brackets ("[ dd/mm/yyyy ]", "[7 ▾]").
_BRACKETED_FIELD = re.compile(r"\[[^\[\]\n]{0,30}\]")


#: The longest note a form's block may hold under its send button (words).
_FORM_NOTE_MAX_WORDS = 15


def _send_button(line: str) -> bool:
    """A form's send button, perhaps in its brackets ("Send", "[ Send enquiry ]")."""
    label = line.removeprefix("[").removesuffix("]").strip()
    return bool(_SEND_BUTTON.match(label)) and _is_button(label)


def _fields_on(line: str) -> int:
    """How many fields a line of a form holds: one, or each marked one of a row ("Name *   Email
    *", "☐ Warehouse", "Nights [7 ▾]   Guests [2 ▾]")."""
    return max(1, line.count("*") + line.count("☐") + len(_BRACKETED_FIELD.findall(line)))


def _claim_form_fields(text: str, paragraphs, segs, blocks) -> None:
    """The lines between a form's first field and its send button are its fields, whatever
    their words ("Your name" / "Phone or email" / "Venue" / "Tell us about the job" / "Send
    enquiry"): the form is the page's furniture. Two fields at least must read as fields by their
    shape (``_is_field``; a row of marked fields on one line counts each), so a price list over its
    "Book now" stays content."""
    for k, (p, s, e, role) in enumerate(segs):
        # (the button may be copied in its brackets: "[Send enquiry]")
        if not _send_button(text[s:e].strip()) or paragraphs[p] != (s, e):
            continue
        run, fields = [], []
        for j in range(k - 1, max(-1, k - 1 - _FORM_MAX_LINES), -1):
            q, a, b, kind = segs[j]
            above = text[a:b].strip()
            if paragraphs[q] != (a, b):
                break
            # (a hint in brackets does not count: "Anything we should know? (medical conditions,
            # access needs, nervous about water, etc.)")
            unhinted = _BRACKETED.sub("", above).rstrip()
            if _is_field(above) or _is_field(unhinted):
                # (a row of fields on one line counts each: "Name *   Email *   ☐ Warehouse")
                fields.extend([j] * _fields_on(above))
            elif not (kind == BOILERPLATE or _CONSENT.match(above) or (
                    len(unhinted.split()) <= _FIELD_LINE_MAX_WORDS and not unhinted.endswith((".", "!", ":")))):
                break
            run.append(j)
        if len(fields) >= 2:
            for j in range(_form_top(text, segs, fields[-1]), k + 1):
                if segs[j][3] in (PROSE, HEADLINE):
                    segs[j][3] = BOILERPLATE
    # A sign-up box's one field and its button: the box's pitch right over it, in its block,
    # is the box's too ("Get news of new courses and kiln-opening days" / "Email address [ Subscribe ]").
    for k, (p, s, e, role) in enumerate(segs):
        if role == BOILERPLATE and _SIGNUP_FIELD.match(text[s:e].strip()):
            segs[_form_top(text, segs, k)][3] = BOILERPLATE
    # A block of a form's fields: every line a field or a few words with no sentence end ("Your
    # names*" / "Venue" / "Roughly how many guests?" / "[ The Intimate ▾ ]"), three fields at
    # least, or two over the form's send button when the segmenter joined its lines ("Get a
    # quote" / "Name" / "Phone or email" / "What's wrong with it?" / "Send").
    for first, last in blocks:
        # (a booking box may be one segment: "Check availability" / "Arrival date [dd/mm/yyyy]
        # Nights [7 ▾]" / "Search")
        lines = _block_rows(text, segs, first, last, (PROSE, HEADLINE, BOILERPLATE))
        if lines is None or len(lines) < _FIELD_BLOCK_MIN:
            continue
        fields = sum(_fields_on(line) for line in lines if _is_field(line))
        # (two of them marked or named as fields: a table's rows between wide gaps are not)
        marked = sum(_fields_on(line) for line in lines if _FIELD_SHAPE.search(line) or (
            len(line.split()) <= _FIELD_NOUN_MAX_WORDS and _FIELD_NOUN.search(line)))
        if len(lines) > _FIELD_BLOCK_MIN and _send_button(lines[-2]) and len(lines[-1].split()) <= _FORM_NOTE_MAX_WORDS:
            lines = lines[:-1]  # (the form's note under its button: "We aim to reply within one working day.")
        least = 2 if _send_button(lines[-1]) else _FIELD_BLOCK_MIN
        # (a line of furniture by its shape may stand among them: "Your email address will not be
        # published.")
        if fields >= least and marked >= 2 and all(_is_field(line) or _CONSENT.match(line) or _field_like(line)
                                              or boilerplate_line(line) for line in lines):
            for j in range(first, last + 1):
                segs[j][3] = BOILERPLATE


#: How near the page's end a block of contact lines is its footer (blocks from the last).
_FOOTER_BLOCKS = 6
#: The longest line of a footer's contact block (words), and the longest that may end a sentence.
_CONTACT_LINE_MAX_WORDS = 14
_CONTACT_SENTENCE_MAX_WORDS = 8


def _claim_contact_footer(text: str, segs, blocks) -> None:
    """A block of contact lines near the page's end, one of them with a postcode ("<Firm> Ltd" /
    "Unit 4, <Yard>" / "<Town> AV7 2QH" / "Registered in England and Wales, company no. ..."): the
    site's footer, every line short, none a sentence of more than a few words (or, with no
    postcode, a phone number and an email address in it, the site's links in a row: "<Paper>" /
    "About us | Contact | Advertise | Privacy", or the firm's registration: "Registered in England
    and Wales, company no. ..."). On the example pages of 7 Dec, 34
    such blocks among the last six were labelled furniture (or allowed it) and none fact; higher
    up the page the same block is the place's address, content (among the last eight, two more
    were furniture and one fact, so the rule keeps to six). Of the blocks there with a row of four
    links or more, 108 were labelled furniture and none content."""
    for first, last in blocks[-_FOOTER_BLOCKS:]:
        # (a row of links may share a segment with the line under it)
        lines = _block_rows(text, segs, first, last, (PROSE, HEADLINE, BOILERPLATE, DATA))
        if (lines is not None and len(lines) >= 2
                and (any(_UK_POSTCODE.search(line) for line in lines) or _phone_and_email(lines)
                     or any(_link_row(line) or _REGISTRATION_NUMBER.match(line) for line in lines))
                and all(_word_count(line) <= _CONTACT_LINE_MAX_WORDS for line in lines)
                # (the copyright line is no sentence: "© 2025 <Firm> Ltd. All rights reserved.")
                and not any(line.endswith((".", "!", "?")) and _word_count(line) > _CONTACT_SENTENCE_MAX_WORDS
                            and not line.startswith(("©", "Copyright")) for line in lines)):
            for j in range(first, last + 1):
                segs[j][3] = BOILERPLATE


_FOOTER_PHONE = re.compile(r"(?:^|\s|:)\+?\(?0\d[\d ()-]{8,}\d\b")
_FOOTER_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")


def _word_count(line: str) -> int:
    """The words of a line, its separators ("·", "|") not counted."""
    return sum(any(c.isalnum() for c in w) for w in line.split())


#: A footer's row of links: this many items at least between bars or dots.
_LINK_ROW_MIN_ITEMS = 4


def _link_row(line: str) -> bool:
    """Whether a line is a row of the site's links ("About us | Contact | Advertise | Privacy")."""
    return len(_CHROME_PARTS.split(line)) >= _LINK_ROW_MIN_ITEMS and is_navigation(line)


def _phone_and_email(lines: list[str]) -> bool:
    """Whether a block's lines give both a phone number and an email address, as a contact block
    does that has no postcode ("<Firm>" / "Unit 4, Mill Yard" / "<Town>" / "01632 960418" / "hello@...")."""
    return any(_FOOTER_PHONE.search(line) for line in lines) and any(_FOOTER_EMAIL.search(line) for line in lines)


#: How near the page's top a site's name over its tagline is its masthead (blocks from the first),
#: and the longest name and tagline (words).
_MASTHEAD_BLOCKS = 3
_MASTHEAD_NAME_MAX_WORDS = 6
_MASTHEAD_LINE_MAX_WORDS = 12


def _claim_masthead_block(text: str, segs, blocks) -> None:
    """A block of two short lines among the page's first three, the site's name over its
    tagline ("<Firm> Kennels & Cattery" / "Family-run boarding since 1987", "<Firm> Pest Control" /
    "Local. Licensed. Discreet."): the masthead. On the example pages of 7 Dec, 19 such blocks
    were labelled furniture; the one other was a byline over its date, which stays the byline's."""
    for first, last in blocks[:_MASTHEAD_BLOCKS]:
        lines = _block_lines(text, segs, first, last, (PROSE, HEADLINE, BOILERPLATE))
        if lines is None or len(lines) != 2:
            continue
        name, tagline = lines
        if (len(name.split()) <= _MASTHEAD_NAME_MAX_WORDS and name[:1].isupper()
                and (not name.endswith(_SENTENCE_CLOSERS + (":",)) or _FIRM_ABBREVIATION.search(name))
                and len(tagline.split()) <= _MASTHEAD_LINE_MAX_WORDS and not is_timestamp(tagline)):
            segs[first][3] = segs[last][3] = BOILERPLATE


#: A report's sentence of reported speech ("<Name>, defending, said ..."). Narrower than
#: `markers.is_attributed` on purpose: that one also stops a teaser box at a comment guideline.
_REPORTED_SPEECH = re.compile(r"\b(?:said|told|added|explained|heard)\b")
#: A firm's name may end in its abbreviated kind, full stop and all ("<Name> Walking Co.").
_FIRM_ABBREVIATION = re.compile(r"\b(?:Co|Ltd|Inc|Bros|Corp|plc)\.$")


#: A menu copied one item a line: this many lines at least, of at most this many words each.
_MENU_MIN_LINES = 4
#: A menu copied one item a line opens with "Home" or "Menu", or sits under its heading ("Quick links").
_MENU_TOP = re.compile(r"^(?:home|menu|quick\s+links|useful\s+links)$", re.I)
_MENU_ITEM_MAX_WORDS = 3
#: Among the page's first blocks, a menu copied one item a line needs no "Home" over it: 10 such
#: blocks among the first five on the example pages of 7 Dec, all labelled furniture.
_MENU_TOP_BLOCKS = 5
#: A line longer than this (words) is a sentence of the page, under which no menu stands.
_MENU_TOP_PROSE_WORDS = 12
#: A sign-off block's last line, the signer's post ("Headteacher"): at most this many words.
_SIGNED_POST_MAX_WORDS = 8


def _menu_lines(lines: list[str]) -> bool:
    """Whether a block's lines are a menu copied one item a line: ``_MENU_MIN_LINES`` at least,
    opening with "Home", "Menu" or "Quick links", each a few words with no sentence end."""
    return (len(lines) >= _MENU_MIN_LINES and _MENU_TOP.match(lines[0]) is not None
            and all(len(line.split()) <= _MENU_ITEM_MAX_WORDS and not line.endswith(_SENTENCE_CLOSERS) for line in lines))


def _claim_furniture_blocks(text: str, segs, blocks) -> None:
    """A block of short lines opening with "Home", "Menu" or "Quick links" ("Home" / "Services" /
    "Prices" / "Areas Covered" / "Reviews" / "Contact"), or any such block among the page's first
    five: the site's menu, copied one item a line.
    A block opening with its ad label ("Advertisement" / "<Shop> — Spring Sale now on — 20% off"):
    the ad. On the example pages of 7 Dec, 3 such menus and 6 such ads were labelled furniture
    and none anything else. So are the share buttons copied one a line under "Share", a sign-up
    box closed by its button, a sign-off with the signer's name (and post) in one block, and a
    blog's "About me" box among the page's last blocks ("About me" / "I'm Elin, a lab technician
    who ...": 3 such on the example pages of 7 Dec, all labelled furniture), and its archive box
    ("Archive" / "May 2024 (2)" / ...)."""
    for b, (first, last) in enumerate(blocks):
        # (a blog's archive box, which the comments above it may have claimed as theirs: "Archive"
        # / "May 2024 (2)" / "April 2024 (3)")
        if _ARCHIVE_HEADING.match(text, segs[first][1], segs[first][2]):
            rows = _block_rows(text, segs, first, last, (PROSE, HEADLINE, BOILERPLATE, POST))
            # (its drop-down's label may close it: "Select Month")
            months = rows[1:-1] if rows and rows[-1].lower() == "select month" else (rows or [])[1:]
            if len(months) >= 2 and all(_ARCHIVE_MONTH.match(row) for row in months):
                for j in range(first, last + 1):
                    segs[j][3] = BOILERPLATE
                continue
        lines = _block_lines(text, segs, first, last, (PROSE, HEADLINE, BOILERPLATE))
        if lines is None:
            continue
        rows = _rows_of(lines)
        about = (len(blocks) - b <= _FOOTER_BLOCKS and 2 <= len(lines) <= _ABOUT_BOX_MAX_LINES
                 and _ABOUT_BOX.match(lines[0]) is not None)
        menu = _menu_lines(lines)
        if b < _MENU_TOP_BLOCKS and not menu and not any(
                len(text[s:e].split()) > _MENU_TOP_PROSE_WORDS for _, s, e, _ in segs[:first]):
            # (near the page's top, over its first sentence, it needs no "Home": "News" / "Sport"
            # / "What's On" / "Opinion" / "Subscribe"; a box of scores or hours has figures in
            # its lines, and a list under the page's first sentence is the page's: "What to
            # bring" / "Towel" / "Goggles")
            menu = len(rows) >= _MENU_MIN_LINES and all(
                len(row.split()) <= _MENU_ITEM_MAX_WORDS and not row.endswith(_SENTENCE_CLOSERS + (":",))
                and not any(c.isdigit() for c in row) for row in rows)
        # (the share buttons copied one a line under "Share": "Share" / "Facebook" / "X" /
        # "WhatsApp" / "Email" / "Copy link")
        shared = (len(lines) >= 3 and _SHARE_HEADER.match(lines[0])
                  and all(_SHARE_TARGET.match(line) for line in lines[1:]))
        # (a sign-up box closed by its button, its pitch naming the email: "The <Letter>: the
        # month's gigs in your inbox ..." / "Sign up"; 34 such blocks on the example pages of 7
        # Dec, all labelled furniture)
        signup = (2 <= len(lines) <= _SIGNUP_BOX_MAX_LINES and _SIGNUP_BUTTON.match(lines[-1])
                  and all(len(line.split()) <= _SIGNUP_LINE_MAX_WORDS for line in lines)
                  and any(_SIGNUP_WORD.search(line) for line in lines))
        # (a sign-off over the signer's name, and perhaps the post, in one block: "Warm wishes,"
        # / "<Name>" / "Headteacher")
        signed = (2 <= len(lines) <= 3 and segs[first][3] == BOILERPLATE and lines[0].endswith(",")
                  and len(lines[1].split()) <= 4 and _NAME_ONLY.match(lines[1])
                  and (len(lines) == 2 or (len(lines[2].split()) <= _SIGNED_POST_MAX_WORDS
                                           and not lines[2].endswith(_SENTENCE_CLOSERS))))
        # (a look-up box closed by its field and button, both in brackets: "Check if I cover your
        # postcode" / "[ Enter postcode ]  [Check]"; 111 blocks closed by such a row on the example
        # pages of 7 Dec, all labelled furniture)
        # (furniture by its shape may follow the row: "Join 1,284 other subscribers")
        pair = next((r for r in range(len(rows) - 1, -1, -1) if _BRACKETED_FIELD_AND_BUTTON.match(rows[r])), None)
        lookup = (pair is not None and 2 <= len(rows) <= _SIGNUP_BOX_MAX_LINES
                  and all(boilerplate_line(row) for row in rows[pair + 1:])
                  and all(len(row.split()) <= _SIGNUP_LINE_MAX_WORDS for row in rows))
        if about or menu or shared or signup or lookup or signed or (len(lines) >= 2 and _AD_LABEL.match(lines[0])):
            for j in range(first, last + 1):
                segs[j][3] = BOILERPLATE


#: A blog's archive box: its heading, then a month a line with its count of posts.
_ARCHIVE_HEADING = re.compile(r"\s*(?:blog\s+)?archives?[^\S\n]*(?:\n|$)", re.I)
_ARCHIVE_MONTH = re.compile(r"^" + _MONTH + r"\s+\d{4}(?:\s*\(\d{1,4}\))?$", re.I)
#: A blog's box about its writer, under its heading.
_ABOUT_BOX = re.compile(r"^about\s+(?:me|the\s+(?:author|blogger|writer)|this\s+blog)$", re.I)
_ABOUT_BOX_MAX_LINES = 4
#: An ad's label alone on its line.
_AD_LABEL = re.compile(r"^(?:advertisement|advert|sponsored|promoted|advertising\s+feature)\s*:?$", re.I)
#: A sign-up box's button alone on its last line (or after its field: "Enter your email address
#: Subscribe", "Email address | Subscribe"), and what its pitch names.
_SIGNUP_BUTTON = re.compile(r"^(?:\[[^\[\]\n]{1,30}\]\s*|[^\[\]\n|]{1,30}?(?:\s{3,}|\s*\|\s*))?\[?\s*(?:subscribe|sign\s+up|sign\s+me\s+up|join|follow|submit)\s*\]?$", re.I)
_SIGNUP_WORD = re.compile(r"\b(?:e-?mail|newsletter|inbox)\b", re.I)
#: A form's field and its button, each in brackets, on one row ("[ Enter postcode ]  [Check]").
_BRACKETED_FIELD_AND_BUTTON = re.compile(r"^\[[^\[\]\n]{1,30}\]\s*\[[^\[\]\n]{1,20}\]$")
_SIGNUP_BOX_MAX_LINES = 5
_SIGNUP_LINE_MAX_WORDS = 25
#: A share box's header, and the places its buttons share to, each alone on its line.
_SHARE_HEADER = re.compile(r"^share(?:\s+(?:this|the)\s+(?:article|story|page|post)|\s+this)?\s*:?$", re.I)
_SHARE_TARGET = re.compile(r"^(?:facebook|x|twitter|x\s*\(twitter\)|whatsapp|linkedin|pinterest|reddit|threads|bluesky|"
                           r"messenger|telegram|e-?mail|copy\s+link|print)$", re.I)


#: How many fields make a block of short lines a form's, with no button under it.
_FIELD_BLOCK_MIN = 3


def _field_like(line: str) -> bool:
    """A few words with no sentence end: a line that may be a form's field by its place."""
    unhinted = _BRACKETED.sub("", line).rstrip()
    return len(unhinted.split()) <= _FIELD_LINE_MAX_WORDS and not unhinted.endswith((".", "!", ":"))


def _block_lines(text: str, segs, first: int, last: int, roles) -> list[str] | None:
    """The lines ``first`` to ``last`` of a block, stripped; ``None`` when one of them already
    has a role outside ``roles``."""
    if any(segs[j][3] not in roles for j in range(first, last + 1)):
        return None
    return [text[segs[j][1]:segs[j][2]].strip() for j in range(first, last + 1)]


def _block_rows(text: str, segs, first: int, last: int, roles) -> list[str] | None:
    """The block's lines as the page shows them (``_block_lines``, with a segment that runs over
    two lines read as two: "About us · Contact · Privacy" / "© 2025 <Firm>"); ``None`` likewise."""
    lines = _block_lines(text, segs, first, last, roles)
    return None if lines is None else _rows_of(lines)


def _rows_of(lines: list[str]) -> list[str]:
    """Segments' lines split at the page's line breaks, blank rows dropped."""
    return [row.strip() for line in lines for row in line.split("\n") if row.strip()]


def _blocks_of(text: str, segs) -> list[tuple[int, int]]:
    """The first and last line of each run of lines with no blank line between them."""
    out, first = [], 0
    for j in range(1, len(segs) + 1):
        if j == len(segs) or _BLANK_GAP.search(text, segs[j - 1][2], segs[j][1]):
            out.append((first, j - 1))
            first = j
    return out


_BLANK_GAP = re.compile(r"\n[^\S\n]*\n")


def _form_top(text: str, segs, j: int) -> int:
    """Line ``j``, the form's first field, or the form's title right above it in the same
    block ("Enquiry form" / "Your name*"): a few words with no sentence end."""
    if (j > 0 and segs[j - 1][3] in (PROSE, HEADLINE) and not _BLANK_GAP.search(text, segs[j - 1][2], segs[j][1])
            and _field_like(text[segs[j - 1][1]:segs[j - 1][2]].strip())
            and not text[segs[j - 1][1]:segs[j - 1][2]].rstrip().endswith("?")):
        return j - 1
    return j


#: An address: capitalised parts between commas, three at least, and no sentence, label or aside
#: ("Cast includes: ...", "<Recipe> (One Pot, 35 Minutes)").
_ADDRESS_PARTS = re.compile(r"^[A-Z](?:[^.!?,:()\n]|\.(?=,)){0,60}(?:(?:,(?!\d)|\s[·|])\s*[A-Z0-9][^.!?,:()\n]{0,40}){2,}"
                            # and its phone or opening hours ("... BM4 7TQ. Tel 01632 960418", "...
                            # FL3 8QD. Open Monday to Friday 8am–7pm, Saturday 9am–1pm.", "... · Open
                            # Tue–Sat 11:00–19:00 · 01632 960482")
                            r"(?:[.,·|]\s*(?:(?:Tel|Phone|T)\b[.:]?\s*)?\+?\d[\d ()-]{6,}\d|"
                            r"[.·|]\s*Open\s+[^.!?·|]{0,80}?(?:\d\s*[ap]m\b|\d{1,2}[:.]\d{2})[^.!?·|]{0,60}\.?){0,2}$")
#: A phone line with its hours ("Telephone: 01632 960418 (Monday to Friday, 9am to 4pm)").
_PHONE_LINE = re.compile(r"^(?:tel(?:ephone)?|phone|call(?:\s+(?:now|us|today|the\s+(?:workshop|shop|office|studio|surgery|salon|team)))?(?:\s+on)?|"
                         r"(?:book|order|enquire)\b[\w' ]{0,30}:)\s*:?\s*\+?\d[\d ()-]{6,}\d(?:\s*\([^()\n]{1,60}\))?\.?$", re.I)
#: Opening hours: "Open" or a day first, a time in it, no sentence.
_OPENING_HOURS = re.compile(r"^(?:(?:office|shop|showroom|lines?)\s+)?(?:open(?:ing\s+(?:hours|times))?\s*:?\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)"
                            r"(?:day)?|daily|every\s+day)\b[^.!?\n]{0,120}?\d{1,2}(?:[:.]\d{2}|\s*[ap]m)[^.!?\n]{0,120}"
                            # (and the day it is shut: "Office open Mon–Fri 8am–6pm. Closed Sundays.")
                            r"(?:\.\s+closed\s+[^.!?\n]{1,40})?\.?$|"
                            # (a day the place is shut: "Sun Closed", "Sunday and bank holidays: closed")
                            r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b[\w ,&–-]{0,40}?:?\s+closed\.?$", re.I)
#: A form field's label and three choices at least, each a few words with no sentence in them.
_FIELD_CHOICES = re.compile(r"^[A-Z][\w'’ ]{1,30}:\s*[^|.!?:\n]{1,40}(?:\s\|\s[^|.!?:\n]{1,40}){2,}$")
#: The sentence that makes a paragraph a bookshop's box (see above).
_BOOK_ORDER = re.compile(r"(?:^|(?<=[.!?])\s+)(?:to\s+support\s+[^,.]{1,40},\s+)?(?:to\s+)?(?:order|buy)\s+"
                         r"(?:(?:a|your)\s+copy\b|(?-i:[A-Z])[^.!?]{1,60}?\s+for\s+[£$€]\d|this\s+(?:book|title)\s+for\s+[£$€]\d)", re.I | re.M)


#: A button's order to act (see above), at most this many words, with no price or colon ("Contact
#: lens aftercare check: £20" is a price list's line).
_BUTTON_MAX_WORDS = 6
#: A numbered or bulleted list entry ("1. Salt Road (11:42)", "• Two forms of ID").
_LIST_ENTRY = re.compile(r"^(?:\d{1,2}[.)]|[•·*–-])\s")
#: The longest title line under a button that leaves it headed nowhere (a section's heading or
#: question, a form's field).
_BUTTON_NEXT_MAX_WORDS = 12
#: A line that opens with a day and a date ("Tuesday 12 November, 7.30pm", "Tue 24 Sept · 7pm"), not
#: a time ("Fri 7.30am–5pm" is the opening hours).
_DATED_OPENING = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d{1,2}(?:st|nd|rd|th)?\s", re.I)
#: The gap after a full stop that ends a sentence of a footer's line ("<Town>. Affiliated to ...",
#: "<Town> TM4 2QR. Registered as ...").
_SENTENCE_GAP = re.compile(r"(?:(?<=[a-z]\.)|(?<=\d[A-Z]{2}\.))\s+(?=[A-Z])")
#: The dot or bar between the parts of a contact bar ("Call <phone> · Open Tuesday to Saturday").
_PART_GAP = re.compile(r"\s[·|]\s")
#: A button's price or phone number after its words ("Buy from our bookshop (£22.50)", "Book an
#: inspection online or call us on 01632 960 418").
_BUTTON_TAIL = re.compile(r"\s*\((?:from\s+)?[£$€]\d[\d,.]*\)$|\s+or\s+call(?:\s+us)?(?:\s+on)?\s+\+?\d[\d ()-]{6,}\d\.?$")
_BUTTON = re.compile(r"^(?![^\n]*[:£$€\d])(?:order|submit|start|stay|apply|book|buy|donate|register|sign\s+(?:me\s+)?up|leave\s+(?:us\s+)?a|join|become|download|renew|request|"
                     r"enquire|adopt|respond|confirm|upload|manage|rearrange|add\s+to|ask\s+for|notify\s+me|"
                     r"track|pay|subscribe|search|find|get|make|report|contact|view|see|check|select|choose|continue|watch|listen|shop|send|place|" + _POST_BUTTON + r")\b", re.I)


def _is_button(line: str) -> bool:
    """Whether a line reads as a button: a short order to act (``_BUTTON``), with no sentence
    punctuation once its price or phone number (``_BUTTON_TAIL``) is set aside."""
    label = _BUTTON_TAIL.sub("", line.strip())
    return len(label.split()) <= _BUTTON_MAX_WORDS and is_headline_shape(label) and bool(_BUTTON.match(label))


def _footer_part(part: str) -> bool:
    """A footer's own line: an address, a form field's choices, opening hours or a phone line.
    Not an event's line ("Tuesday 12 November, 7.30pm: ..."), nor a sentence that lists between
    commas ("Help is available in English, Spanish and Russian."): there a name or a street comes
    first ("<Firm> Ltd", "Unit 4")."""
    if _DATED_OPENING.match(part):
        return False
    address = _ADDRESS_PARTS.match(part.rstrip("."))
    if address and not _PART_GAP.search(part):
        head = part.split(",", 1)[0].split()
        address = 2 * sum(w[:1].isupper() or w[:1].isdigit() or w == "&" for w in head) >= len(head)
    return bool(address or _FIELD_CHOICES.match(part) or _OPENING_HOURS.match(part) or _PHONE_LINE.match(part))


def _footer_paragraph(par: str) -> bool:
    """A footer's line (``_footer_part``), or a paragraph of such sentences and parts beside the
    site's own ("<Club>, <Lane>, <Town>. Affiliated to <Association>.")."""
    if _footer_part(par):
        return True
    parts = [q for part in _SENTENCE_GAP.split(par) for q in _PART_GAP.split(part)]
    return (len(parts) > 1 and any(_footer_part(q) for q in parts)
            and all(_footer_part(q) or boilerplate_line(q) for q in parts))


#: An event's date line, opening with its day ("Saturday 14 June 2025, 9pm start, <Place>").
_EVENT_WHEN = re.compile(r"\s*(?:" + _WEEKDAY + r",?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"|" + _MONTH + r"\.?\s+\d{1,2})\b")
#: A heading that lists three things ("Meat, Fish and Dairy", "Bread, Cakes and Preserves"), which
#: a signature's "Name, Role" shape would otherwise take.
_THREE_THINGS = re.compile(r"^[A-Z][a-z]+,\s+[A-Z][a-z]+,?\s+(?:and|&)\s+[A-Z][a-z]+$")
#: A breadcrumb trail's separators ("Home > Your home > Damp and mould").
_CRUMB_SEP = re.compile(r"\s(?:>|›|»)\s")
_PAGE_TITLE_MAX_WORDS = 12


#: How far down the page's lines that are not chrome a review's headline may stand (under a
#: kicker and a section label at most); further down, such a line is another review's teaser.
_REVIEW_VERDICT_REACH = 3


def _claim_review_verdict(text: str, segs) -> None:
    """A review's headline that gives the critic's verdict after the title, or an editorial's
    headline under the paper's label (see ``line_shapes.headline_verdict``), is the verdict, like
    a rating line, whatever its words."""
    seen = 0
    for seg in segs:
        if seg[3] == BOILERPLATE:
            continue
        seen += 1
        if seen > _REVIEW_VERDICT_REACH:
            return
        if seg[3] in (PROSE, HEADLINE) and headline_verdict(text[seg[1]:seg[2]].strip()):
            seg[3] = RATING
            return


#: A readers' letters page holds at least this many signed letters under their headings.
_LETTERS_MIN = 2
#: A letter's heading: up to this many words on a line of its own.
_LETTER_HEADING_MAX_WORDS = 12
#: "From <Name>, <Place>" over a letter names its writer, like the signature.
_FROM_WRITER = re.compile(r"^From\s+[A-Z]")
#: The paper's own signature for a writer it does not name.
_NAME_WITHHELD = re.compile(r"^names?\s+(?:and\s+address(?:es)?\s+)?(?:supplied|withheld)\.?$", re.I)


def _title_cased(line: str) -> bool:
    """Whether every longer word of a line is capitalised, as in a name or a title ("Marrow
    Holm, Wester Skail", "Harvest Family Day, Greystoke Farm"): it names a thing, it argues
    nothing."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


def _heading_line(text: str, paragraphs, seg) -> str | None:
    """The line of a one-line paragraph shaped like a letter's heading, or ``None``."""
    line = text[seg[1]:seg[2]].strip()
    if (paragraphs[seg[0]] == (seg[1], seg[2]) and is_headline_shape(line)
            and len(line.split()) <= _LETTER_HEADING_MAX_WORDS):
        return line
    return None


def _claim_letter_headings(text: str, paragraphs, segs) -> None:
    """The headings of a readers' letters page: each letter's heading line over its paragraphs,
    down to its writer's signature ("<Name>, <Place>"), states the letter's case (``CLAIM``), on
    a page with at least ``_LETTERS_MIN`` such letters. A quoted heading quotes the letter; "From
    <Name>, ..." names its writer; a title-cased heading names a thing (``_title_cased``).
    """
    found = []
    for k, (p, s, e, role) in enumerate(segs):
        line = text[s:e].strip()
        if role != BOILERPLATE or paragraphs[p] != (s, e):
            continue
        if k > 0 and segs[k - 1][3] == BOILERPLATE and _signs_on_two_lines(text[segs[k - 1][1]:segs[k - 1][2]], line):
            j = k - 2  # (a signature on two lines: "D. Okafor" / "Oulston Road, <Town>")
        elif _SIGNATURE_LINE.match(line) or _SIGNED_ROLE.match(line) or _NAME_WITHHELD.match(line):
            j = k - 1
        else:
            continue
        body = set()  # climb the letter's paragraphs up to its heading
        while (j >= 0 and segs[j][3] == PROSE and len(body) <= _LETTER_MAX_PARAGRAPHS
               and not (body and _heading_line(text, paragraphs, segs[j]))):
            body.add(segs[j][0])
            j -= 1
        if j < 0 or not body or segs[j][3] not in (PROSE, HEADLINE) or len(body) > _LETTER_MAX_PARAGRAPHS:
            continue
        heading = _heading_line(text, paragraphs, segs[j])
        if (heading and heading[:1] not in "\"'‘“" and not _FROM_WRITER.match(heading)
                and not _title_cased(heading)
                and any(seg[3] in (PROSE, HEADLINE, CLAIM) for seg in segs[:j])):  # not the page's title
            found.append(j)
    if len(found) >= _LETTERS_MIN:
        for j in found:
            segs[j][3] = CLAIM


def _claim_page_title(text: str, paragraphs, segs, words) -> None:
    """The page's own title under its breadcrumb trail, which names the page by its last crumb
    ("... > Allotments > Waiting List" over "Allotment Waiting List", "... > Report a leak" over
    "Report a leak"): a heading, though it may look like a name beside the date or like a link."""
    for i, seg in enumerate(segs):
        line = text[seg[1]:seg[2]]
        if seg[3] != BOILERPLATE or not (">" in line or "›" in line or "»" in line):
            continue
        parts = _CRUMB_SEP.split(" " + line.strip() + " ")
        crumb = parts[-1].strip().lower()
        # Two parts only under "Home": "Name > Group" heads a group's post.
        if not crumb or not (len(parts) >= 3 or (len(parts) == 2 and parts[0].strip().lower().endswith("home"))):
            continue
        crumb = crumb.replace("&", "and")
        for k in range(i + 1, min(len(segs), i + 3)):
            p, s, e, role = segs[k]
            title = text[s:e].strip().lower().replace("&", "and")
            # A one-word crumb names a section ("Results") that a longer line may merely end with.
            if (paragraphs[p] == (s, e) and words[k] <= _PAGE_TITLE_MAX_WORDS
                    and (title == crumb or (len(crumb.split()) >= 2 and (title.startswith(crumb) or title.endswith(crumb)))
                         or (k == i + 1 and _renames_crumb(text, paragraphs, segs, words, k, crumb)))
                    and not is_byline(text[s:e]) and not is_timestamp(text[s:e])
                    # (the crumb's section beside the page's date is chrome: "<Column> | Friday 6 June 2025, 6:00am")
                    and not any(is_timestamp(part) for part in _NAV_SEP.split(text[s:e].strip())[1:])
                    and not _genre_label_over_title(text, paragraphs, segs, words, k)):
                segs[k][3] = HEADLINE
                break


def _genre_label_over_title(text: str, paragraphs, segs, words, k: int) -> bool:
    """Whether line ``k`` is an article-type label (already furniture) right over a longer
    title of its own paragraph: "Sport › Opinion" / "OPINION" / "<Headline>" names the page's
    genre twice, and the title is the line under the label."""
    if segs[k][3] != BOILERPLATE or k + 1 >= len(segs) or segs[k + 1][3] != PROSE:
        return False
    q, s, e, _ = segs[k + 1]
    return (is_widget(text[segs[k][1]:segs[k][2]]) and paragraphs[q] == (s, e)
            and words[k + 1] > words[k] + 2 and is_headline_shape(text[s:e], question=True))


def _word_stems(text: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[a-z]{4,}", text.lower())}


def _long_word_stems(text: str) -> set[str]:
    """The five-letter stems of words of five letters or more ("overnight" and "overhaul" differ),
    but for the common words that say nothing of a subject ("after", "their")."""
    return {w[:5] for w in re.findall(r"[a-z]{5,}", text.lower()) if w not in _COMMON_LONG_WORDS}


_COMMON_LONG_WORDS = frozenset(
    "about above after again against along among around because before being below between could "
    "during every first other since still their there these those through under until where which "
    "while would years "
    # (and a ticker's stock words: "LATEST: <Road> closed both ways after crash")
    "closed latest update updates warning delays".split())


def _renames_crumb(text: str, paragraphs, segs, words, k: int, crumb: str) -> bool:
    """Whether line ``k``, right under the trail, names the page in its own words ("Leaks and
    bursts" over "Report a leak and find out about compensation"): a headline that shares a word
    with the last crumb. A label in capitals ("GUEST ESSAY"), a release's "Press release" or a
    kicker over the title is not the title."""
    line = text[segs[k][1]:segs[k][2]].strip()
    return (is_headline_shape(line) and not line.isupper()
            and not line.lower().startswith(("press release", "for immediate release"))
            and bool(_word_stems(crumb) & _word_stems(line))
            and not (k + 1 < len(segs) and _is_kicker(text, paragraphs, segs, words, k)))


#: A price list's item: the price after a colon at the end ("Pass Plus course (6 hours): £210").
#: A price list's line, the price after the colon, perhaps with a short note after it ("Watch
#: batteries fitted: £7.00, including a check of the back seal").
_PRICE_TAIL = (r"\s*(?:from\s+)?[£$€]\s?\d[\d,.]*(?:\s+(?:per|an?|each)\b[^.!?]{0,20})?"
               r"(?:(?:[,;]|\s+(?:for|including|with|plus)\b)[^.!?:]{1,60}|\s*\([^)]{1,40}\))?\.?$")
_PRICE_ITEM = re.compile(r":" + _PRICE_TAIL, re.I)
#: The same price after a dash ("Box frames — from £85"): a price list's line, unless its heading
#: recommends other things to buy ("You might also like" / "Oak cheese board — £24").
_DASH_PRICE_ITEM = re.compile(r"\s[—–-]" + _PRICE_TAIL, re.I)
_RECOMMENDS = re.compile(r"\b(?:also\s+like|similar|related|recommended|more\s+from|popular|trending)\b", re.I)
#: A credit naming where it was posted ("— Name, via Facebook", "— Name, Ashgrove, on Nextdoor",
#: "— Name, Exampleton (Google review)").
_NAMES_PLATFORM = re.compile(r",\s*(?:via|on)\s+(?:" + _PLATFORM + r"|Nextdoor|WhatsApp|Telegram|Reddit|Discord)(?![\w-])|"
                             r"\((?:Google|Trustpilot|Tripadvisor|Yelp|Feefo)(?:\s+reviews?)?\)\s*$|"
                             # (or in the brackets that say where it was posted: "(<Group>, Facebook)", "(Facebook)")
                             r"\((?:[^()\n]{1,60},\s*)?(?:" + _PLATFORM + r"|Nextdoor|WhatsApp)\)")
#: A group's name with the post's age or day under the poster's name ("<Group>  ·  2d  ·  🌐",
#: "<Group> · 12 May at 21:14").
_GROUP_AGE = re.compile(r"^[A-Z][^·•\n]{1,60}?\s*[·•]\s*(?:\d{1,2}\s*[mhdw]|\d{1,2}\s+" + _MONTH + r"(?:\s+at\s+\d{1,2}[:.]\d{2})?)"
                        r"(?:\s*[·•]\s*(?:🌐)?)?$")
#: A page's or person's name with the post's age ("<Club> Minis & Juniors · 2d").
_NAME_AGE = re.compile(r"^[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,6}\s*[·•]\s*\d{1,2}\s*[mhdw]$")
#: A user name as a platform prints it in lower case, and the bare handle: one with a dot, an
#: underscore or a digit in it ("jo.example.nq"), which a plain word is not.
_USER_NAME = r"[a-z0-9][a-z0-9._]{2,29}"
_BARE_HANDLE_NAME = r"(?=[a-z0-9._]*[._0-9])" + _USER_NAME
#: A card's handle and the post's day or age ("name_example · 20 Feb", "jo.example · 3d").
_HANDLE_DAY = re.compile(r"^@?" + _BARE_HANDLE_NAME + r"\s*[·•]\s*(?:\d{1,2}\s+" + _MONTH + r"\.?|"
                         + _MONTH + r"\.?\s+\d{1,2}|\d{1,2}\s*[mhdw])$")
#: A card's counts: numbers with their icons or words, set apart by dots or gaps ("♡ 312   💬 47
#: ↻ 58", "48 likes · 12 replies").
_COUNT_ITEM = r"(?:[^\w\s·•|]{1,6}\s*)?[\d.,]+[KkMm]?(?:\s+(?:likes?|replies|reply|reposts?|quotes?|comments?|shares?))?"
_COUNTS_ROW = re.compile(r"^" + _COUNT_ITEM + r"(?:(?:\s*[·•|]\s*|\s{2,})" + _COUNT_ITEM + r")+$|"
                         # (after the post's age: "3d · 48 likes · 12 replies")
                         r"^\d{1,2}\s*[mhdw]\s*[·•]\s*" + _COUNT_ITEM + r"(?:\s*[·•|]\s*" + _COUNT_ITEM + r")*$")
#: A poll's results in a row with the number of votes ("Yes 43% · No 51% · 1,208 votes": the
#: results alone, `_POLL_ROW`, or within a line, `_POLL_VOTES`) and its button row ("Vote",
#: "Vote · View results").
_POLL_VOTES = re.compile(r"\d(?:\.\d)?\s*%.{0,120}?\b[\d.,]+[KkMm]?\s+votes?\b", re.I)
_POLL_ROW = re.compile(r"^(?:[\w'’ ,-]{1,40}?\s*[:–—-]?\s*\d{1,3}(?:\.\d)?\s*%\s*[·•|]\s*){2,}(?:total\s*:?\s*)?[\d.,]+[KkMm]?\s+votes?"
                       r"(?:\s*[·•|]\s*[^·•|]{1,40})?$", re.I)
_VOTE_BUTTON_ROW = re.compile(r"^vote(?:\s*[·•|]\s*(?:(?:view|see)\s+results|[\d.,]+[KkMm]?\s+votes?(?:\s+so\s+far)?))?$", re.I)
#: A post's footer that ends with its counts ("11 March at 20:15 · 12 reactions · 3 replies").
_COUNTED_FOOTER = re.compile(r"[·•|]\s*[\d.,]+[KkMm]?\s+(?:reactions?|likes?|repl(?:y|ies)|comments?|shares?)\s*$", re.I)
#: A poster's bare handle, in lower case with a dot, an underscore or a digit ("jo.example.nq").
_LOWER_HANDLE = re.compile(r"^@?" + _BARE_HANDLE_NAME + r"$")
#: A live entry's time alone on its line ("02:14", "9.05am").
_BARE_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|BST))?$", re.I)
#: A customer's name cut to an initial, with a role or a place ("Marion T., member since 2023").
_INITIALLED = re.compile(r"^[A-Z][a-z'’-]+(?:\s+(?:&|and)\s+[A-Z][a-z'’-]+)?\s+[A-Z]\.(?:,|\s·)\s")
#: A customer's name with the review's age ("<Name> · 2 weeks ago"), under a review that opens
#: with its stars.
_AGED_CREDIT = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+·\s+(?:\d{1,2}|an?)\s+(?:day|week|month|year)s?\s+ago$")
#: A guest's stay in a review's credit ("<Names>, <Town> · Stayed September 2024").
_STAYED = re.compile(r"\b(?:stayed|visited)\s+(?:in\s+)?" + _MONTH + r"\s+\d{4}\b", re.I)
#: A review site named in a customer's credit ("..., Google review, August 2024", "... on Tripadvisor").
_REVIEW_SITE = re.compile(r",\s*(?:via\s+|on\s+)?(?:Google|Tripadvisor|TripAdvisor|Trustpilot|Facebook|Yelp|Feefo|Checkatrade)"
                          r"(?:\s+reviews?)?(?:,|$)")
#: A group post's credit under its text, without the dash or date of ``_GROUP_POSTED_IN``
#: ("Posted by Derek Ollerenshaw in Tessmouth Community Noticeboard"): read as one only under a
#: message (see ``_credited_message``), since a blog's byline has the same words.
_POSTED_IN = re.compile(r"^Posted\s+by\s+[A-Z][^,\n]{0,50}?\s+in\s+[A-Z][^\n]{1,60}$")


def _last_paragraph_start(segs) -> int:
    """The index of the first line of the paragraph that ends ``segs``."""
    first = len(segs) - 1
    while first > 0 and segs[first - 1][0] == segs[-1][0]:
        first -= 1
    return first


def _in_menu_block(text: str, segs, i: int) -> bool:
    """Whether line ``i`` stands in a block that is a menu copied one item a line (`_menu_lines`:
    "Home" / "Our Menu" / ... / "Contact")."""
    first = last = i
    while first > 0 and not _BLANK_GAP.search(text, segs[first - 1][2], segs[first][1]):
        first -= 1
    while last + 1 < len(segs) and not _BLANK_GAP.search(text, segs[last][2], segs[last + 1][1]):
        last += 1
    return _menu_lines([text[segs[j][1]:segs[j][2]].strip() for j in range(first, last + 1)])


def _named_over_date(text: str, segs, i: int) -> bool:
    """Whether line ``i`` is a commenter's name or handle alone ("GreenFingers58") right over
    the comment's date or age alone ("2 days ago"). The name may carry a note in brackets: whom
    it replies to, or the business a reply speaks for ("Sajid Q (Roshni)"); the date, whom the
    comment replies to ("1 day ago · Replying to <Handle>")."""
    if i + 1 >= len(segs) or segs[i][3] not in (PROSE, HEADLINE, BOILERPLATE):
        return False
    line = _NAME_NOTE.sub("", text[segs[i][1]:segs[i][2]].strip())
    return ((_COMMENTER_NAME.match(line) is not None or _LOWER_HANDLE.match(line) is not None
             or _LOWER_USER_NAME.match(line) is not None)
            and is_timestamp(_NAME_NOTE.sub("", text[segs[i + 1][1]:segs[i + 1][2]].strip())))


#: A commenter's note in brackets after their name: "(replying to Gareth W)", "(Roshni)".
#: Or whom it replies to, after the name or the date: "BrackenfordBelle replied to Rob_H", "1 day
#: ago · Replying to <Handle>".
_NAME_NOTE = re.compile(r"(?:\s*[·•|])?\s+(?:\((?:replying\s+to\s+)?[^()\n]{1,30}\)|(?:replying|replied)\s+to\s+@?[\w.'’-]{2,30})$", re.I)
#: A user name with a digit or an underscore in it ("MoorSheep66", "R_Penrose"), alone on its line
#: (a social page's "@handle" over a comment is read as the comment's attribution instead).
_COMMENTER_HANDLE = re.compile(r"^(?=[\w.]*[\d_])[A-Za-z][\w.]{2,24}$")


#: A user name of capitalised words run together ("ChapelRowResident").
_RUN_TOGETHER_NAME = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")


def _handle_over_comment(text: str, segs, i: int) -> bool:
    """Whether line ``i`` is a commenter's handle or name alone ("MoorSheep66", "Derek W",
    "ChapelRowResident") opening its block, with the comment's text under it in the same block
    and no date between them."""
    # (not a line already read as furniture: "Most Read" over its numbered titles, "Sponsored")
    if i + 1 >= len(segs) or segs[i][3] not in (PROSE, HEADLINE) or segs[i + 1][3] != PROSE:
        return False
    line = text[segs[i][1]:segs[i][2]].strip()
    return ((_COMMENTER_HANDLE.match(line) is not None or _COMMENTER_NAME.match(line) is not None
             or _RUN_TOGETHER_NAME.match(line) is not None)
            and not _BLANK_GAP.search(text, segs[i][2], segs[i + 1][1])
            # (a name over its address is a footer's: "<Club>" / "Mill Lane, <Village>, <County>")
            and not _ADDRESS_PARTS.match(text[segs[i + 1][1]:segs[i + 1][2]].strip())
            and (i == 0 or _BLANK_GAP.search(text, segs[i - 1][2], segs[i][1]) is not None))


#: A user name in lower case alone ("carrowmum"): a commenter's only over the comment's date.
_LOWER_USER_NAME = re.compile(r"^@?[a-z][a-z0-9_.]{2,30}$")


def _starred_message(text: str, segs) -> bool:
    """Whether the paragraph that ends ``segs`` opens with a review's stars ("★★★★☆ Great ..."),
    or sits under the review's starred title alone on its line ("★★★★★ Saved the day"), or
    under its five stars alone ("★★★★★")."""
    if not segs:
        return False
    first = _last_paragraph_start(segs)
    if first > 0 and segs[first - 1][0] != segs[first][0]:
        above = text[segs[first - 1][1]:segs[first - 1][2]].strip()
        if _STARRED_TITLE.match(above) or _FIVE_STARS.match(above):
            return True
    return text[segs[first][1]:segs[first][2]].lstrip()[:1] in "★☆"


#: A page's reviews badge: "★★★★★ 4.9 average from 86 reviews on <Site>", "Rated 4.9 out of 5 from
#: 187 Google reviews".
_REVIEWS_BADGE = re.compile(r"^(?:[★☆]+\s*)?(?:rated\s+)?\d(?:\.\d)?\s*(?:/\s*5|out\s+of\s+5|stars?|average)?\b[^.!?]{0,60}\breviews?\b", re.I)


def _under_reviews_badge(text: str, segs) -> bool:
    """Whether the paragraph that ends ``segs`` sits right under the page's reviews badge, or
    under the reviews credited below it ("<Badge>" / "<Review>" / "– Name, <Town>" / "<Review>")."""
    first = _last_paragraph_start(segs)
    while first > 0 and segs[first - 1][3] == ATTRIBUTION:
        first -= 1
        while first > 0 and segs[first - 1][3] == POST:
            first -= 1
    if first == 0 or segs[first - 1][3] != BOILERPLATE:
        return False
    return _REVIEWS_BADGE.match(text[segs[first - 1][1]:segs[first - 1][2]].strip()) is not None


def _credited_message(text: str, segs, platform: bool = False) -> int | None:
    """The first line of the message that a credit under ``segs[-1]`` closes, or ``None``.

    The message is the paragraph right above when the credit names the platform
    (``platform``: "— Name, via Facebook"); otherwise a quotation (its last line closes it, its
    first line opens it), a review opening with its stars ("★★★★★ Turned up on time ..."), or
    the lines under one that introduces a post ("Her daughter wrote on Facebook:"). It runs at most ``_QUOTED_MESSAGE_MAX_LINES`` lines of prose."""
    last = len(segs) - 1
    quoted = text[segs[last][1]:segs[last][2]].rstrip().endswith(("”", '"'))
    if platform:
        # A credit that names the platform ("— Name, via Facebook") closes the paragraph above.
        first = last
        while first > 0 and segs[first - 1][0] == segs[last][0] and segs[first - 1][3] == PROSE:
            first -= 1
        if (all(seg[3] == PROSE for seg in segs[first:]) and last - first < _QUOTED_MESSAGE_MAX_LINES
                and not text[segs[last][1]:segs[last][2]].rstrip().endswith(":")):
            return first
    for j in range(last, max(-1, last - _QUOTED_MESSAGE_MAX_LINES), -1):
        line = text[segs[j][1]:segs[j][2]]
        if segs[j][3] == HEADLINE and _STARRED_TITLE.match(line.strip()):
            return j  # (a review's starred title, read as a heading: "★★★★★ Saved the day")
        if segs[j][3] != PROSE or (not quoted and line.rstrip().endswith(":")):
            return None
        if (quoted and line.lstrip()[:1] in "“\"") or line.lstrip()[:1] in "★☆":
            return j  # (a quotation, or a review opening with its stars)
        above = text[segs[j - 1][1]:segs[j - 1][2]] if j > 0 else ""
        if segs[j - 1][0] != segs[j][0] and _FIVE_STARS.match(above.strip()):
            return j  # (a review under its stars alone on their line)
        if (not quoted and segs[j - 1][3] == PROSE and segs[j - 1][0] != segs[j][0]
                and above.rstrip().endswith(":") and _POST_INTRO.search(above)):
            return j
    return None


def _lines_above(segs, k: int, roles, max_paragraphs: int, stop) -> tuple[list[int], int]:
    """The lines above line ``k`` (nearest first) with one of ``roles``, over at most
    ``max_paragraphs`` paragraphs, up to a line for which ``stop(j)`` holds; and the index of the
    line where the walk stopped (-1 at the page's top)."""
    body, top = [], k - 1
    while (top >= 0 and segs[top][3] in roles and len({segs[b][0] for b in body + [top]}) <= max_paragraphs
           and not stop(top)):
        body.append(top)
        top -= 1
    return body, top


def _prose_run(segs, start: int, limit: int = _SHARED_POST_MAX_LINES) -> list[int]:
    """The lines of prose from ``start`` on, at most ``limit``: a post's body under its opening
    line."""
    body = []
    for b in range(start, min(len(segs), start + limit)):
        if segs[b][3] != PROSE:
            break
        body.append(b)
    return body


def _is_list_heading(text: str, paragraph: tuple[int, int], s: int, e: int) -> bool:
    from .markers import is_attributed

    line = text[s:e].strip()
    if (not line.endswith(":") or paragraph != (s, e) or "?" in line
            or len(line.split()) > _LIST_HEADING_MAX_WORDS):
        return False
    if re.match(r"(?:the|a|an|this|that|these|those|it|he|she|they)\s", line, re.I) or line.endswith(" that:"):
        return False  # "The directive establishes:", "Cabinet resolved that:" are sentences that open a list
    return not is_attributed(text, s, e) and _SPEAKER.fullmatch(line + " x") is None


_CARD_MAX_LINES = 12
#: Signers with their role in lower case, under a sign-off ("Cheers," / "Rob & Hannah Example,
#: co-founders").
_NAMES_WITH_ROLE = re.compile(r"^[A-Z][\w'’-]*(?:\s+(?:&|and)\s+[A-Z][\w'’-]*)?(?:\s+[A-Z][\w'’-]*){0,2},\s+(?:[\w'’-]+\s+){0,2}"
                              r"(?:co-?founders?|founders?|owners?|directors?|editors?|organisers?|hosts?)$")
_QUOTED_MESSAGE_MAX_LINES = 6
#: A post's day and time as a social page prints it ("8 May at 19:52", "Yesterday at 9:14 PM").
#: A poster's or commenter's name as a social page prints it ("Dev Okafor", "Friends of Wennick Shore").
_POSTER_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z&][\w.'’-]*|of|the|and|at|on)){0,4}"
_POST_TIME = (r"(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}|yesterday|today|" + _WEEKDAY + r")(?:,?\s+\d{4})?\s+at\s+"
              r"\d{1,2}[:.]\d{2}(?:\s*[AaPp][Mm])?")
#: That time on its own line under the poster's name ("8 May at 19:52 ·", "<Group> · 2 June at 18:04",
#: "8 May at 15:47 · <Group>").
_POST_TIME_LINE = re.compile(r"^(?:(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:[\w'’&.-]+|[–—]\s+[\w'’&.-]+)){0,6}\s*[·•]\s*)?"  # (after the group's name,
                             + _POST_TIME  # or before it: "8 May at 15:47 · <Group>")
                             + r"(?:\s*[·•]\s*(?-i:[A-Z])[\w'’&.-]*(?:\s+[\w'’&.-]+){0,5})?\s*(?:[·•]\s*(?:🌎|🌍|🌏|🌐|👥)?)?$", re.I)
#: The name and that time on one line ("Sandra Example · Friday at 19:48").
_NAMED_POST_TIME = re.compile(r"^" + _POSTER_NAME + r"\s*[·•]\s*(?i:"
                              + _POST_TIME + r")\s*(?:[·•]\s*(?:🌎|🌍|🌏|🌐|👥)?)?$")
#: That time with the post's counts, under its body ("18 November at 08:31 · 164 reactions").
_TIMED_REACTIONS = re.compile(r"^" + _POST_TIME + r"(?:\s*[·•]\s*[\d.,]+[KkMm]?\s+"
                              r"(?:reactions?|likes?|comments?|shares?|replies|reposts?))+$", re.I)
#: A forum card's poster line: two or three short parts between dots ("Corvane · Software
#: Engineer"); its body runs at most ``_CARD_BODY_MAX_LINES`` lines.
_POSTER_LINE = re.compile(r"^[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,3}(?:\s*[·•]\s*[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,3}){1,2}$")
_CARD_BODY_MAX_LINES = 4
#: An Instagram embed's lines between the body and its credit ("View more on Instagram", "4,812
#: likes"), and its header: the username alone over "View profile".
_STAT = (r"(?:[a-z][a-z ]{0,15}\s)?(?:\d{1,2}\s*h(?:\s*\d{1,2}\s*m(?:in)?)?|[\d.,:]+\s*(?:mi|km|ft|m|/km|/mi|bpm|kcal)?)"
         r"(?:\s+[a-z][a-z ]{0,15}[a-z])?")  # (a time in hours and minutes: "3h 34m")
#: An activity's figures, a distance among them ("14.1 mi · 1:58:41 · Elev gain 5,413 ft").
_ACTIVITY_FIGURES = r"(?=.*\d\s*(?:mi|km)\b)(?:" + _STAT + r"\s*[·•|]\s*){1,5}" + _STAT
#: An activity card's caption under the line that introduces it runs at most this many
#: paragraphs (its title and three paragraphs of text); without that line, two.
_ACTIVITY_CAPTION_MAX_PARAGRAPHS = 5
_ACTIVITY_STATS = re.compile(r"^" + _ACTIVITY_FIGURES + r"$", re.I)
#: The athlete and the day under an activity's figures ("<Name> · 11 January 2025 · <Place>").
_DATED_ATHLETE = re.compile(r"^" + _POSTER_NAME + r"\s*[·•]\s*(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})"
                            r"(?:,?\s+\d{4})?(?:\s*[·•]\s*[^·•\n]{1,60})?$")
_ATHLETE_FIGURES = re.compile(r"^" + _POSTER_NAME + r"\s*[·•]\s*(?:[^·•\n]{1,60}?\s*[·•]\s*){0,2}" + _ACTIVITY_FIGURES + r"$", re.I)
#: What an embed prints between a post's body and its credit: the platform's button, the like
#: count, the link to its comments ("View all 212 comments"), or an activity's figures.
_EMBED_FOOTER = re.compile(r"^(?:view\s+more\s+on\s+(?:instagram|facebook|threads|tiktok)|[\d.,]+\s*[KkMm]?\s+likes|"
                           r"view\s+all\s+[\d.,]+\s*[KkMm]?\s+comments|"
                           + _ACTIVITY_FIGURES + r")$", re.I)
_VIEW_PROFILE = re.compile(r"^view\s+profile$", re.I)
_BARE_USERNAME = re.compile(r"^" + _USER_NAME + r"$")
#: A bare handle (with a dot, an underscore or a digit in it) and a post's age ("name.example · 2d").
_HANDLE_AGE = re.compile(r"^" + _BARE_HANDLE_NAME + r"\s*[·•]\s*\d{1,2}\s*(?:m|h|d|w|y|min|hr|hrs)$")
#: A customer review's credit line: the reviewer and "Verified buyer" (or purchase, customer ...),
#: with the date.
_REVIEWER_LINE = re.compile(r"^(?:[^·•|\n]{1,50}\s*[·•|,]\s*)?verified\s+(?:buyer|purchase|customer|owner|guest|reviewer)\b"
                            r"(?:\s*[·•|,]\s*[^·•|\n]{1,40})?$", re.I)
#: The seller's answer under a review ("Response from <Shop>: Thank you for letting us know ...").
_SELLER_RESPONSE = re.compile(r"^(?:response|reply)\s+from\s+[^:\n]{1,60}:", re.I)
#: A review's title with its stars ("★★★★★ Gorgeous piece").
_STARRED_TITLE = re.compile(r"^[★☆]{5}\s+\S.{0,80}$")
#: A review's five stars alone on their line.
_FIVE_STARS = re.compile(r"^[★☆]{5}$")
#: A commenter's name over the word "says:" and nothing else ("Haddie R. says:").
_COMMENT_SAYS = re.compile(r"^[\w.'’ -]{1,40}?(?:\s+\([^()\n]{1,30}\))?(?:\s+on\s+[\w,:. ]{4,40}?)?\s+(?:says|said|wrote|replied)\s*:$")
#: A credit line: a dash, the person or group, and who they are ("— Rachel, Thornbury", "— Alan
#: Pryce, Saturday volunteer, Crossgate shop", "— The Nakamura family", a planning portal's "— Comment
#: from <Street>, received <date>" or "— Objection, Mr K. Example, <Street>. Comment submitted <date>").
_DASH_CREDIT = re.compile(r"^[—–]\s*[A-Z][\w'’-]*\.?(?:\s+(?:[A-Z&][\w'’-]*\.?|of|the|and|at|from|family)){0,5}"
                          # (where the words were posted, in brackets, perhaps with the day: "— <Name>
                          # (<Group>, Facebook) 4 March 2025")
                          r"(?:\s+\([^()\n]{1,60}\)(?:\s+[^,.!?·()]{1,30})?)?"
                          r"(?:(?:,|\s·)\s*(?:[^,.!?·]|(?<=\b[A-Z])\.){1,60}){0,3}"  # (parts between commas or dots)
                          # (and when it came: "— Objection, Mr K. Ridley, <Street>. Comment submitted Mon 3 March 2025")
                          r"(?:\.\s+(?:[Cc]omment\s+)?(?:submitted|received|posted)\s+[^.!?]{1,40})?$")
#: The line under a poster's name on a professional network: their title and the post's age
#: ("Head Brewer at Example Brewing Co. · 1d").
#: The same line without the age, its roles between bars ("Cabinet Member for Transport, <Council>
#: | Cllr for <Ward>"): read as the author's only over a body that the card's counts close.
_ROLE_PARTS = re.compile(r"^[^•·|\n.!?]{2,80}(?:\s[•·|]\s*[^•·|\n.!?]{2,60}){1,3}$")
_ROLE_AND_AGE = re.compile(r"^[^•·|\n]{2,80}(?:\s[•·|]\s*[^•·|\n]{2,40})?\s[•·|]\s*\d{1,2}\s*(?:h|d|w|mo|hrs?|days?|wks?)(?:\s*[•·|]\s*Edited)?$")
#: A photo card's account with its badge or the place it was tagged in ("name_example · Verified",
#: "name.example · Harrowfield, Kerrow Valley").
#: A card's button to the platform ("View more on Instagram").
_VIEW_MORE = re.compile(r"^view\s+more\s+on\s+" + _PLATFORM + r"$", re.I)
#: The place a photo card was tagged in, on a line of its own under the account ("<Park>, <Town>").
_TAGGED_PLACE = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")
_BADGED_ACCOUNT = re.compile(r"^[a-z0-9_.]{3,30}\s*[·•]\s*(?:Verified|Follow|[A-Z][\w'’-]*(?:,?\s+[A-Z][\w'’-]*){0,4})$")
_NAME_AND_TITLES = re.compile(r"^" + _POSTER_NAME + r"\s+[•·]\s*[^•·|\n.!?]{2,80}(?:\s[•·|]\s*[^•·|\n.!?]{2,60}){0,3}$")
#: A post's closing line of hashtags ("#Bookshops #Retail #HighStreet").
_HASHTAGS = re.compile(r"^(?:#\w+\s*){2,}$")
_HANDLE_ALONE = re.compile(r"^@[A-Za-z0-9_][\w.\-]{0,60}$")
#: A poster's name and handle on one line, perhaps with pronouns ("Name (she/her) @name.bsky.social"),
#: an emoji or the card's "· Follow" button.
_NAME_THEN_HANDLE = re.compile(r"^" + _POSTER_NAME + r"(?:\s+\([a-z]{2,4}/[a-z]{2,5}\))?(?:\s+[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f]+)?"
                               r"\s+@[A-Za-z0-9_][\w.\-]{0,60}(?:\s*[·•]\s*Follow)?$")
_NAME_AND_ROLE = re.compile(r"^" + _POSTER_NAME + r"\s+[•·|]\s*[^•·|\n.!?]{2,80}$")
#: A card's age alone on its line ("14h • Edited", "2d").
_CARD_AGE = re.compile(r"^\d{1,2}\s*(?:h|d|w|mo|hrs?|days?|wks?)(?:\s*[•·|]\s*Edited)?(?:\s*[•·|]\s*🌐)?$")
#: What closes such a post's card: its counts, its buttons, or the link to the platform.
_CARD_CLOSE = re.compile("^(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f]+\\s*)*(?:[\\d.,]+\\s*[KkMm]?\\s+(?:reactions?|likes?|comments?|reposts?)\\b.{0,80}|"
                         r"[\d.,]+\s*[KkMm]?\s*[·•|]\s*[\d.,]+\s*[KkMm]?\s+(?:reactions?|likes?|comments?|reposts?)\b.{0,80}|"
                         r"like\s*[·•|]\s*comment\b.{0,60}|(?:see|view)\s+more\s+on\s+linkedin|view\s+(?:the\s+)?post\s+on\s+linkedin)$", re.I)
#: Readers' replies in a row under their names: at least this many, under a line naming the platform.
_REPLIES_MIN = 2
_PLATFORM_NAMED = re.compile(r"\b" + _PLATFORM + r"\b")
#: A commenter's name alone on its line ("Dev Okafor", "Friends of Wennick Shore").
_COMMENTER_NAME = re.compile(r"^" + _POSTER_NAME + r"$")
#: A reply's first line, naming whom it answers ("Replying to S. Bhattacharya", "↳ Replying to @Rob_H").
_REPLY_HEADER = re.compile(r"^(?:↳\s*)?replying\s+to\s+@?[\w.'’-]{1,30}(?:\s[\w.'’-]{1,30}){0,2}$", re.I)
#: A reply's header on a social page's comments ("<School> replied", "<Name> replied to <Name>").
_REPLIED = re.compile(r"^" + _POSTER_NAME + r"\s+replied(?:\s+to\s+" + _POSTER_NAME + r")?$")
#: A card's closing button that names only the platform ("View on Threads"). Unlike Instagram's
#: "View this post on Instagram", it never opens an embed, so it closes a card only.
_VIEW_ON_PLATFORM = re.compile(r"^view\s+on\s+" + _PLATFORM + r"$", re.I)
#: A comment's controls under it: "Like · Reply · 3d", "2d · Like · Reply · 14".
_COMMENT_CONTROLS = re.compile(r"^(?:\d{1,2}\s*(?:m|h|d|w|y)\s*[·•]\s*)?like\s*[·•]\s*reply\b.{0,40}$", re.I)
#: The controls after a comment's date ("12 May 2024 · Reply · 14 likes", "13 March at 08:15 ·
#: Like · Reply · 47": a bare number is the comment's likes, perhaps behind its thumb: "2 days ago ·
#: 👍 86 · Reply · Report"; "12 March at 11:03 · Like · Reply · 214 reactions").
_DATED_CONTROL = re.compile("^(?:reply|like|report|share|(?:[♥❤♡👍]\ufe0f?\\s*)?[\\d,]+(?:\\s+(?:likes?|replies|reactions?))?|"
                            # (or a button with its count: "Like (14)", "Reply (3)")
                            r"(?:like|reply|replies)\s*\(\d{1,5}\))$", re.I)


def _comment_controls(line: str) -> bool:
    """Whether a line is a comment's controls: "Like · Reply" (``_COMMENT_CONTROLS``), or the
    comment's date with its "Reply" button and counts ("12 May 2024 · Reply · 14 likes")."""
    if _COMMENT_CONTROLS.match(line):
        return True
    parts = _CHROME_PARTS.split(line)
    if (len(parts) >= 2 and _dated(parts[0]) and any(p.lower() == "reply" for p in parts[1:])
            and all(_DATED_CONTROL.match(p) for p in parts[1:])):
        return True
    # (or the buttons spaced apart, a count of recommendations among them: "Recommend 186
    # Report   Reply")
    buttons = [p for p in re.split(r"\s{2,}|\s+[|•·]\s+", line.strip()) if p]
    return (len(buttons) >= 2 and any(b.lower() == "reply" for b in buttons)
            and all(_DATED_CONTROL.match(b) or _RECOMMENDS_COUNT.match(b) or _CONTROL_AGE.match(b) for b in buttons))
#: A commenter and the comment's date, spaced apart or between a dash or dot ("Trainspotter_Steve
#: 8 Feb 2025 9:14", "GeoffH_Example — 16 March, 9:02am").
_DATED_COMMENTER = re.compile(r"^[\w.'’-]{3,30}(?:\s[\w.'’-]+){0,2}(?:\s{2,}|\s+[—–·•|]\s+)(?P<when>\S.{4,40})$")


def _dated_commenter(line: str) -> bool:
    match = _DATED_COMMENTER.match(line)
    return match is not None and _dated(match.group("when"))


#: A comment's age among its buttons ("2d   Like   Reply   41").
_CONTROL_AGE = re.compile(r"^\d{1,2}\s?(?:m|h|d|w|y|mo)$")
#: A comment's recommendations beside its buttons ("Recommend 186", "Recommended (12)").
_RECOMMENDS_COUNT = re.compile(r"^recommend(?:ed|s)?\s*\(?\d{1,6}\)?$", re.I)
_COMMENT_MAX_BODY_LINES = 3
#: A forum poster's line: "Posted by u/name · 9h" (with the forum in front: "r/Sub · Posted by ...").
_REDDIT_POSTER = re.compile(r"^\s*(?:[rt]/\w{2,40}\s*[·•|]\s*)?Posted\s+by\s+u/[\w-]{2,40}\s*(?:[·•|]\s*\d{1,2}\s*(?:m|h|d|w|mo|y)\b.{0,20})?$")
#: A review's age ("3 weeks ago", "a year ago") and its month ("August 2024", "12 March 2025"), as
#: the reviewers' cards below give them.
_REVIEW_AGE = r"(?:\d+|an?|one)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
_REVIEW_MONTH = r"(?:\d{1,2}\s+)?" + _MONTH + r"(?:\s+\d{1,2})?,?\s+\d{4}"
#: A guest's card that opens with the stars given: "★★★★☆ Niamh O., 1st year, Marine Biology",
#: "★★★★★ <Name> · 3 weeks ago", "★★★★★ Megan O. – passed first time, January 2025", "★★★★★ Dylan O. ·
#: Stayed August 2024 with two dogs".
_STARRED_REVIEWER = re.compile(r"^[★☆]{3,6}\s+[A-Z][\w.'’-]*(?:\s+(?:&\s+)?[A-Z][\w.'’-]*){0,2}"
                               # (the party may add a pet: "Gwen & Bryn (and Biscuit the spaniel)")
                               r"(?:\s+\([^()\n]{1,40}\))?"
                               r"(?:(?:,|\s[–—])\s+[^.!?]{1,80}|\s+·\s+(?:" + _REVIEW_AGE + r"|"
                               r"(?i:stayed|visited|reviewed)\b[^.!?·]{1,50}(?:\s+·\s+[^.!?·]{1,40})?))$")
#: A reviewer's card with the name first: "<Name> ★★★★★ 2 weeks ago", "Lou M ★★★☆☆ 3 months ago",
#: or with the town, the age then optional: "Sue M., <Town> ★★★★★".
_NAMED_STARS_AGE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:&\s+)?[A-Z][\w.'’-]*){0,2}(?:"
                              r"\s+[★☆]{3,6}\s*[·•]?\s*(?:" + _REVIEW_AGE + r"|" + _REVIEW_MONTH + r")|"
                              r",\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+[★☆]{3,6}(?:\s*[·•]?\s*(?:" + _REVIEW_AGE + r"|" + _REVIEW_MONTH + r"))?)$")
#: A guest's card without stars: the name (and town) and the stay ("Hannah P. · Stayed August 2024 ·
#: Family with young children", "The <Name> family · Stayed in The Garden Suite, May 2024").
_GUEST_CARD = re.compile(r"^[A-Z][^·\n!?]{1,50}?\s+·\s+(?:stayed|visited)\b[^·\n!?]{1,60}(?:\s+·\s+[^·\n.!?]{1,40})?$", re.I)
#: A reviewer's card with the stars as one of its parts: "<Name>, <Town> · ★★★★★ · August 2024",
#: "Jess, <Town> · Stayed August 2024 · ★★★★★" (see `_starred_card`).
_CARD_NAME = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:&\s+)?[A-Z][\w.'’-]*){0,3}(?:,\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})?$")
_CARD_META = re.compile(r"^(?:(?:stayed|visited|reviewed)\b[^·]{1,40}|" + _REVIEW_MONTH + r"|" + _REVIEW_AGE + r")$", re.I)
_STAR_RUN = re.compile(r"[★☆]{3,6}")


def _starred_card(line: str) -> bool:
    """Whether ``line`` is a reviewer's name (and town) with the stars given and the stay or the
    date, each between dots."""
    parts = [p.strip() for p in line.split(" · ")]
    if not 2 <= len(parts) <= 4 or not _CARD_NAME.match(parts[0]):
        return False
    stars = [p for p in parts[1:] if _STAR_RUN.fullmatch(p)]
    return len(stars) == 1 and all(p in stars or _CARD_META.match(p) for p in parts[1:])


#: A planning portal comment's header: its stance, the commenter's street and the day it came in
#: ("Objection | Wendham Road, <Village> | Received 28 Feb 2025"), or the day and then the stance
#: ("Comment submitted 02 Mar 2025 | Stance: Object", "OBJECTION | <Street> | Received 02/03/2025",
#: "Comment from: Objector, <Street> | Received: 03/03/2025").
#: (perhaps with its weekday: "Received Fri 21 Feb 2025")
_PORTAL_DAY = r"(?:" + _WEEKDAY + r",?\s+)?(?:\d{1,2}\s+" + _MONTH + r"\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
_PORTAL_COMMENT = re.compile(r"^(?:(?:comment\s+)?(?:submitted|received)\s+(?:on\s+)?" + _PORTAL_DAY + r"\s*[|·•]\s*"
                             r"(?:stance|type|position)\s*:\s*(?:object(?:ion)?|support|neutral(?:\s+comment)?|comments?|representation)|"
                             r"(?:objection|support|neutral(?:\s+comment)?|comment)\s*[|·•]\s*[^|·•\n]{1,60}?\s*[|·•]\s*"
                             r"(?:received|submitted)\s*:?\s+(?:on\s+)?" + _PORTAL_DAY + r"|"
                             # (or the commenter's stance and street under a label: "Comment from:
                             # Objector, Mill Lane | Received: 03/03/2025")
                             r"comment\s+(?:from|by)\s*:\s*(?:objector|supporter|neutral|[^|·•\n]{1,20}?)\s*,\s*[^|·•\n]{1,60}?\s*[|·•]\s*"
                             r"(?:received|submitted)\s*:?\s+(?:on\s+)?" + _PORTAL_DAY + r"|"
                             # (or between dashes: "Objection – Coldharbour Lane – 9 April 2025",
                             # "Support – <Street> – received 15 Feb 2025")
                             r"(?:objection|support|neutral(?:\s+comment)?)\s+[–—-]\s+[^–—\n]{1,60}?\s+[–—-]\s+(?:(?:received|submitted)\s+)?" + _PORTAL_DAY + r")$", re.I)
#: A review's stars alone on a line, or with its age ("★★★★☆   3 weeks ago").
_STARS_ALONE = re.compile(r"^[★☆]{3,6}(?:\s+" + _REVIEW_AGE + r")?$")
#: A review's stars and age on their own line, under the reviewer's name alone ("Rosie P." /
#: "★★★★★ · a year ago"), as a review widget lays its cards out.
_STARS_AND_AGE = re.compile(r"^[★☆]{3,6}\s*[·•|–—-]\s*(?:" + _REVIEW_AGE + r"|" + _REVIEW_MONTH + r")$")
#: A sentence's end inside a quotation ("... all year. The kids ...", "... every penny!”"): a
#: quoted review, where a review's quoted title has none.
_QUOTED_SENTENCE = re.compile(r"[.!?](?:\s|[”\"’']$)")
#: A review's title in quotation marks, alone on its line.
_QUOTED_TITLE = re.compile(r"^[“\"‘'][^“”\"]{1,100}[”\"’']$")


def _closed_by_reactions(text: str, segs, here: int, count_first: bool = False) -> bool:
    """Whether the header line ``segs[here]`` tops a post: one to ``_SHARED_POST_MAX_LINES``
    lines of prose under it, then the post's reaction counts ("Thank 48 · Reply 23"), as a
    neighbourhood app lays a post out with no introduction above it. With ``count_first``, for a
    header that already names the poster and the time, counts with the number first ("214
    reactions · 87 comments") close it too."""
    for j in range(here + 2, min(len(segs), here + 2 + _SHARED_POST_MAX_LINES)):
        line = text[segs[j][1]:segs[j][2]].strip()
        if (_WORDED_REACTIONS.match(line) or _REACTION_COUNTS.match(line)
                or (count_first and _COUNT_FIRST_REACTIONS.match(line))):
            return all(segs[b][3] == PROSE for b in range(here + 1, j))
        if segs[j][3] != PROSE:
            return False
    return False


#: X's follow button on a post's card, between the poster's handle and the post.
_FOLLOW_BUTTON = re.compile(r"^\+?\s*follow$", re.I)
#: A video card's user name as some embeds copy it, without the "@" ("tansyunfiltered"): read as
#: the card's handle only where a sound credit ("♬ ...") follows within two lines.
_CARD_USERNAME = re.compile(r"^[a-z0-9_.]{3,30}$")


def _claim_box(segs, i: int, reach: int, through: tuple[str, ...]) -> None:
    """A box's heading ``segs[i]`` and what stands under it, within ``reach`` paragraphs and up
    to the first segment whose role is not in ``through``, are the box's furniture."""
    p = segs[i][0]
    segs[i][3] = BOILERPLATE
    for j in range(i + 1, len(segs)):
        if segs[j][0] > p + reach or segs[j][3] not in through:
            break
        segs[j][3] = BOILERPLATE


def _card_button(text: str, seg) -> bool:
    """Whether a line is a card's closing button ("View this post on Instagram", "View on
    Threads", "Watch on YouTube", "View more on Instagram")."""
    line = text[seg[1]:seg[2]].strip()
    if seg[3] != BOILERPLATE:
        return False
    # (the post's counts and date may stand beside it: "214 likes · View more on Instagram",
    # "87 likes · 29 August · View on Instagram")
    parts = line.split(" · ")
    buttons = [p for p in parts if _VIEW_POST.match(p) or _VIEW_ON_PLATFORM.match(p)
               or _WATCH_BUTTON.match(p) or _VIEW_MORE.match(p)]
    return len(buttons) == 1 and all(p in buttons or _CARD_COUNT.match(p) or _CARD_DAY.fullmatch(p) for p in parts)


#: A post card's day beside its button ("29 August", "28 September 2024").
_CARD_DAY = re.compile(r"(?:" + _DAY_MONTH.pattern + r")(?:,?\s+\d{4})?")
#: A post card's count beside its button ("214 likes", "1.2K views").
_CARD_COUNT = re.compile(r"^[\d,.]+[KkMm]?\s+(?:likes?|comments?|views?|shares?|reposts?|replies)$", re.I)


def _claim_embed_header(text: str, segs, k: int) -> None:
    """The header of an embed whose body starts under ``segs[k]``: the poster's username over
    "View profile" (``segs[k]`` itself, or the line over "View this post on Instagram")."""
    if (k >= 2 and segs[k][3] == BOILERPLATE and _VIEW_POST.match(text[segs[k][1]:segs[k][2]].strip())
            and segs[k - 1][3] == BOILERPLATE):
        k -= 1
    # (or the username right over "View this post on Instagram")
    if not (k >= 1 and segs[k][3] == BOILERPLATE and (_VIEW_PROFILE.match(text[segs[k][1]:segs[k][2]].strip())
                                                      or _VIEW_POST.match(text[segs[k][1]:segs[k][2]].strip()))):
        return
    # (the place the post was tagged in may stand between: "jowhitlow" / "<Town>, <Valley>")
    place = (k >= 2 and segs[k - 1][3] in (PROSE, HEADLINE)
             and _TAGGED_PLACE.match(text[segs[k - 1][1]:segs[k - 1][2]].strip()) is not None)
    head = k - 2 if place else k - 1
    if segs[head][3] in (PROSE, HEADLINE) and _BARE_USERNAME.match(text[segs[head][1]:segs[head][2]].strip()):
        for j in range(head, k):
            segs[j][3] = ATTRIBUTION


def _poster_handle(line: str) -> bool:
    """A poster's bare handle: one lower-case word with a dot, an underscore or a digit in it
    ("sandvalley_sal", "maisie.q.example"); a bare word alone may be an ordinary word."""
    return bool(_BARE_USERNAME.match(line)) and any(c in line for c in "._0123456789")


def _card_handle(line: str) -> bool:
    return bool(_BARE_HANDLE.match(line) or _CARD_USERNAME.match(line))


def _claim_card_body(text: str, segs, here: int) -> None:
    """The post of a card whose chrome line is ``segs[here]``: the lines up to the card's chrome
    line above (a Reddit card's body between its poster and its votes), or else the one line
    right above (a TikTok caption over its handle). A caption may report speech ("the way he
    says ..."); only a line ending in ":" introduces it."""
    if _CARD_OPENING.match(text[segs[here][1]:segs[here][2]].strip()):
        return  # a Reddit card opens with its subreddit and poster: its body is below, not above
    body: list[int] = []
    for k in range(here - 1, max(-1, here - 1 - _CARD_MAX_LINES), -1):
        role = segs[k][3]
        if role == ATTRIBUTION:
            break
        if role not in (PROSE, POST) or text[segs[k][1]:segs[k][2]].rstrip().endswith(":"):
            body = body[:1]
            break
        body.append(k)
    else:  # no chrome line above: the card's caption is the one line over it
        body = body[:1]
    for k in body:
        segs[k][3] = POST


def _dated_block(text: str, segs, k: int) -> bool:
    """Whether the lines from ``k`` open with a run of two or more that each start with a day's
    date and its event after a colon or comma, on different days (a listing one event a line,
    perhaps in one block under its heading: "Saturday 14 June: <Fair>, 10am – 4pm" / "Thursday 3
    July: Valuation day ...")."""
    days = []
    for j in range(k, len(segs)):
        line = text[segs[j][1]:segs[j][2]].strip()
        m = _EVENT_WHEN.match(line) if line[:1].isalpha() else None
        if m is None or line[m.end():m.end() + 1] not in (":", ","):
            break
        days.append(" ".join(m.group().lower().split()))
    return len(days) >= 2 and len(set(days)) == len(days)


_PULL_QUOTE_MIN_WORDS = 6
_PULL_QUOTE_MAX_WORDS = 40


def _pull_quotes(text: str, paragraphs, segs) -> list[int]:
    """Lines that are whole paragraphs and whose words (case, punctuation and quotation marks
    aside) run, in order, inside a longer paragraph above them."""
    words = [" " + " ".join(re.findall(r"\w+", text[ps:pe].lower())) + " " for ps, pe in paragraphs]
    # Only prose is quoted: a heading that repeats an entry of a contents list ("On this page:
    # What is changing? · Can my landlord still evict me?") is not a pull quote.
    prose = {p for p, _, _, role in segs if role == PROSE}
    # (all paragraphs' words in one string, to rule out at once a line that no paragraph above
    # holds: two paragraphs meet at a double space, which no line's words contain)
    whole = "".join(words)
    offsets = [0]
    for w in words:
        offsets.append(offsets[-1] + len(w))
    found = []
    for i, (p, s, e, role) in enumerate(segs):
        n = words[p].count(" ") - 1
        if (role != PROSE or paragraphs[p] != (s, e)
                or not _PULL_QUOTE_MIN_WORDS <= n <= _PULL_QUOTE_MAX_WORDS):
            continue
        if whole.find(words[p], 0, offsets[p]) < 0:
            continue
        # It follows the paragraph it repeats; a line that a later paragraph repeats is a dek or
        # a summary that the lede restates. A line that echoes the title (a paragraph shaped as
        # a headline) is the writer's closing line. A line right under the paragraph that
        # introduces a post by quoting its title ('... on Strava, under the title "<Title>"') is
        # the post's title.
        # (nor is a heading that repeats an entry of a row of jump links: "Where dogs must be on
        # a lead · Off-lead areas · ...")
        if any(len(other) > len(words[p]) and words[p] in other
               and not is_headline_shape(text[paragraphs[q][0]:paragraphs[q][1]].strip())
               and not _CHROME_PARTS.search(text, paragraphs[q][0], paragraphs[q][1])
               and not (q == p - 1 and _introduces_post(text[paragraphs[q][0]:paragraphs[q][1]]))
               for q, other in enumerate(words[:p]) if q in prose):
            found.append(i)
    return found


#: An explainer's question subheadings ("What happened?", "Why does it matter?"): short, each a
#: paragraph of its own, followed by an answer that is not a question, and at least two of them,
#: so that one rhetorical question standing alone in a column is not taken for a heading. A lone
#: one is a heading too when the page has other subheadings ("What happens next?" in a report
#: with headed sections): columns that ask "And who cares?" mostly argue in unheaded prose. A
#: speaker's turn ("Q: Why now?") is left to the transcript reading.
_QUESTION_HEADING_MAX_WORDS = 14
_QUESTION_HEADINGS_MIN = 2


def _claim_question_subheadings(text: str, paragraphs, segs: list[list]) -> None:
    found = []
    for k, (p, s, e, role) in enumerate(segs[:-1]):
        line = text[s:e].strip()
        nxt = segs[k + 1]
        answer = text[nxt[1]:nxt[2]].strip()
        if (role == PROSE and paragraphs[p] == (s, e) and line.endswith("?")
                and is_headline_shape(line, question=True)
                and len(line.split()) <= _QUESTION_HEADING_MAX_WORDS
                and not _ANY_QUOTE_CHAR.match(line) and not _opens_a_turn(line)
                and nxt[3] in (PROSE, HEADLINE) and nxt[0] != p and not answer.endswith("?")):
            found.append(k)  # (the answer may open with a subheading: "Standard cruising licence")
    headed = sum(seg[3] == HEADLINE for seg in segs) >= 2  # a title and a subheading at least
    if len(found) >= _QUESTION_HEADINGS_MIN or (found and headed):
        for k in found:
            segs[k][3] = HEADLINE
    # A numbered question a questionnaire poses ("Question 3: Why should voters choose you?"):
    # asked of the people who answer it, not the writer's rhetoric.
    for seg in segs:
        p, s, e, role = seg
        if role == PROSE and paragraphs[p] == (s, e) and _NUMBERED_QUESTION.match(text[s:e].strip()):
            seg[3] = HEADLINE
    # A quiz's question: a numbered line that asks, right over its lettered options ("1. ...
    # Where was she eventually found?" / "A) In the churchyard ...").
    for k in range(len(segs) - 1):
        p, s, e, role = segs[k]
        if (role == PROSE and segs[k + 1][0] in (p, p + 1) and _QUIZ_QUESTION.match(text[s:e].strip())
                and _QUIZ_OPTION.match(text[segs[k + 1][1]:segs[k + 1][2]].strip())):
            segs[k][3] = HEADLINE


def _opens_a_turn(line: str) -> bool:
    """Whether a line opens with a speaker's label ("Q: Why now?", "MAYOR: Is that fair?"). A topic
    before a colon and a lower-case question ("Range: how far will it go?") is a heading's shape."""
    turn = _SPEAKER.match(line)
    return bool(turn) and not line[turn.end()].islower()


_NUMBERED_QUESTION = re.compile(r"^(?:Question|Q)\s*\d{1,2}\s*[:.)]\s+[^\n]{3,300}\?$")
_QUIZ_QUESTION = re.compile(r"^\d{1,2}[.)]\s+[^\n]{3,400}\?$")
_QUIZ_OPTION = re.compile(r"^\(?[A-Da-d][).:]\s+\S")


_ANY_QUOTE_CHAR = re.compile("[\"“”‘’]")


_PRIORITY = {ATTRIBUTION: 4, POST: 3, PROSE: 2, RATING: 2, CLAIM: 1, HEADLINE: 1, BOILERPLATE: 0}
_MASTHEAD_MAX_WORDS = 6
_MASTHEAD_TAGLINE_MAX_WORDS = 15
_MASTHEAD_SERVICES_MAX_WORDS = 20
_KICKER_MAX_WORDS = 3
#: A news site's ticker: a label before its item, in capitals or not ("TRAVEL: ...", "BREAKING:
#: ...", "WEATHER WARNING: ...", "Travel: ...").
_TICKER = re.compile(r"(?:(?:TRAVEL|TRAFFIC|WEATHER)(?:\s+(?:WARNING|ALERT|UPDATE))?|BREAKING(?:\s+NEWS)?|LIVE|LATEST|JUST\s+IN)\s*[:|]\s+\S", re.I)
_TICKER_TITLE_MIN_WORDS = 5
_BIO_VERB = re.compile(r"\s+(?:is|was|writes|covers|teaches|works|serves|has\s+been|has\s+written)\b")
_PERSON_BIO_VERB = re.compile(r"\s+(?:(?:is|was)\s+(?:a|an)\s|writes\b|covers\b|teaches\b|works\b|serves\b|has\s+been\b|has\s+written\b)")
#: What a writer's bio says they write: "about ...", "for ...", a named column ("The Listening
#: Room, a weekly podcast column"), "a weekly column", "the Work Life column every Wednesday".
_WRITES = (r"(?:writes|has\s+written)\s+(?:about|on|for|"
           r"(?-i:(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}),\s+(?:a|an|the|her|his|their)\s+[^.!?]{0,40}\b"
           r"(?:column|newsletter|blog|series|feature)\b|"
           r"(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:column|newsletter|blog)\b|"
           # ("... has written the <Paper>'s Saturday column since 2009")
           r"the\s+(?:[\w'’-]+\s+){0,3}(?:column|newsletter|blog)\b|"
           r"(?-i:(?:the\s+|The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})(?:\s+(?:column|newsletter|blog))?\s+(?:every|each)\s+\w+)")
_AUTHOR_BIO = re.compile(r"^" + _NAME + r"\s+(?:" + _WRITES + r"|"
                         # (or after who they are: "... is a former geography teacher who writes a
                         # fortnightly column for the <Paper>")
                         r"is\s+(?:an?|the)\s+[^.!?]{1,80}?\s+who\s+" + _WRITES + r"|covers(?!\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?\d)|reports\s+on|(?:is|has\s+been)\s+(?:(?:an?|the|"
                         r"(?:the\s+)?[A-Z][\w'’ ]{0,30}['’]s)\s+)?(?:[\w-]+\s+){0,3}[\w-]*(?i:reporter|writer|columnist|correspondent|editor|critic|archivist|curator|librarian)|"
                         # An office held at a named place ("... has been Vicar of St Oswin's since 2016",
                         # "... is a partner at Heronsgate Veterinary Centre").
                         r"(?:is|has\s+been)\s+(?:an?\s+|the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|(?:senior\s+)?(?:partner|director|"
                         r"founder|co-founder|professor|lecturer|fellow|consultant|trustee|chair|head)(?:\s+in\s+[\w'’ -]{1,30}?)?)\s+(?:of|at)\s+[A-Z][\w'’-]*|"
                         # A teacher's post ("... teaches Year 5 at Orchard Lane Primary School").
                         r"teaches\b[^.!?]{0,60}\bat\s+[A-Z][\w'’-]*|"
                         # A critic's tenure ("... has reviewed classical music for the Post since 2006").
                         r"has\s+(?:reviewed|written\s+about|covered|written\s+for)\b[^.!?]{0,80}\bfor\s+(?:the\s+)?[A-Z][^.!?]{0,60}\b(?:since|for\s+\d+\s+years)\b|"
                         # A reader-questions column ("... answers readers' gardening questions every Sunday")
                         r"answers\s+readers['’]?\s+[\w ]{0,30}questions\b|"
                         # A profession ("... is a chartered accountant and has held a season ticket ...").
                         r"is\s+an?\s+(?:[\w-]+\s+){0,3}(?i:dietitian|nutritionist|accountant|lawyer|solicitor|barrister|doctor|GP|teacher|historian|"
                         r"economist|scientist|academic|campaigner|novelist|author|broadcaster|journalist|analyst|engineer|"
                         r"nurse|architect|farmer|chef|partner|planner|adviser|advisor))\b"
                         r".{0,400}$")


def _has_dash(text: str, s: int, e: int) -> bool:
    return text.find("–", s, e) >= 0 or text.find("—", s, e) >= 0 or text.find("-", s, e) >= 0


_SEPARATOR = re.compile("[·•|—–]")


def _has_separator(text: str, s: int, e: int) -> bool:
    return _SEPARATOR.search(text, s, e) is not None


#: A byline's reading time after the writer's job ("Columnist · 5 min read").
_READING_TIME = re.compile(r"\s*[·|•]\s*\d{1,2}\s+min(?:ute)?s?\s+read$", re.I)
_READING_TIME_ALONE = re.compile(r"^\d{1,2}\s+min(?:ute)?s?\s+read$", re.I)
#: A byline's "By " before the writer's name.
_BY = re.compile(r"^by\s+", re.I)


def _dated(line: str) -> bool:
    """A timestamp, alone or as one part of a chrome line ("Saturday 12 October 2024, 6:00am ·
    6 min read")."""
    return is_timestamp(line) or any(is_timestamp(p) for p in _CHROME_PARTS.split(line.strip()))


_CHROME_PARTS = re.compile(r"\s+[|•·]\s+")


def _bio_follows(text: str, segs, i: int, name: str) -> bool:
    """Whether a later line opens with ``name`` followed by a bio verb ("... is a", "... writes").
    A name that opens with "The" ("The Main Hall is our largest space") is a place's, not a writer's."""
    if name.split(None, 1)[0].lower() in _NOT_NAME or " " not in name:
        return False  # (one word is a topic a later sentence opens with: "Parking" / "Parking is free ...")
    for k in range(i + 1, len(segs)):
        s, e = segs[k][1], segs[k][2]
        if (text.startswith(name, s) and _BIO_VERB.match(text, s + len(name), e)
                and (k > i + 1 or _PERSON_BIO_VERB.match(text, s + len(name), e))):
            # (Right under the line, only "is a ...", "writes ..." describe a person: another
            # sentence opens the section that the line heads, "Direct Debit" / "Direct Debit is
            # the simplest way ...".)
            return True
    return False


def _is_kicker(text: str, paragraphs, segs, words, first: int) -> bool:
    """Whether content line ``first`` is a section label over the headline: at most
    ``_KICKER_MAX_WORDS`` words alone in its paragraph, unpunctuated, and right above a longer
    title line in a paragraph of its own and no longer than the page's label zone (a title
    written as sentences, "A Redditor asked ... . It took ...", only right above the byline). A
    listing's specification is not a title ("Guide price £385,000" over "2 bedrooms | 1 bathroom")."""
    p, s, e, _ = segs[first]
    q, ns, ne, role = segs[first + 1]
    return (words[first] <= _KICKER_MAX_WORDS and paragraphs[p] == (s, e)
            and is_headline_shape(text[s:e]) and role in (PROSE, HEADLINE) and paragraphs[q] == (ns, ne)
            and words[first] + 2 < words[first + 1] <= _LABEL_ZONE_MAX_WORDS and not listing_spec(text[ns:ne])
            and (is_headline_shape(text[ns:ne], question=True) or _above_byline(text, segs, first + 1)))


def _above_byline(text: str, segs, k: int) -> bool:
    """Whether line ``k`` sits right above the page's byline or timestamp (the title zone)."""
    if k + 1 >= len(segs) or segs[k + 1][3] != BOILERPLATE:
        return False
    line = text[segs[k + 1][1]:segs[k + 1][2]].strip()
    return is_byline(line) or is_timestamp(line) or any(
        is_byline(part) or is_timestamp(part) for part in re.split(r"\s[|•·]\s", line))


#: A newspaper's name: "The" and a place's words before the title's word ("The Kelsham Standard",
#: "The <Town> & District Echo").
_PAPER_NAME = re.compile(r"^(?:the\s+)?(?:[a-z][\w'’-]+\s+){1,3}(?:&\s+[a-z][\w'’-]+\s+)?" + _PAPER_WORD + r"$", re.I)
_FIRM_SUFFIX = re.compile(r"(?<=\s(?:co|CO|Co))\.$|(?<=\s(?:ltd|LTD|Ltd|inc|INC|Inc))\.$")


#: Where a line's sentences part (the masthead's tests read a line sentence by sentence).
_SENTENCE_END_GAP = re.compile(r"(?<=[.!?])\s+")
#: The word of a cookie notice, the banner a page may open with above the site's name.
_COOKIES = re.compile(r"\bcookies?\b", re.I)


def _is_masthead(text: str, segs, words, first: int) -> bool:
    """Whether content line ``first`` is the publication's name (see ``segment_roles``)."""
    line = text[segs[first][1]:segs[first][2]].strip()
    # The site's name opening the page right above its menu ("The Lakeshore Ledger" over "Home |
    # News | Politics"), perhaps with its tagline ("EASTSIDE DISPATCH | Neighborhood news for
    # ..."), or repeated by the page's chrome.
    def menu(k: int) -> bool:
        # (or copied one item a line: "Home" / "Services" / "Prices" / ...)
        return k < len(segs) and segs[k][3] == BOILERPLATE and (
            is_navigation(text[segs[k][1]:segs[k][2]].strip())
            or _in_menu_block(text, segs, k))

    # The menu may sit one line lower, under the site's tagline ("The Calder Chronicle" /
    # "Calder University's independent student newspaper since 1921" / "News | Opinion | ...").
    # Only a skip link ("Skip to main content") may come before it.
    # (Or a cookie notice, furniture too, before the name.)
    top = first == 0 or (first == 1 and _SKIP_LINK.match(text[segs[0][1]:segs[0][2]].strip()) is not None) or (
        all(seg[3] == BOILERPLATE for seg in segs[:first]) and _COOKIES.search(text, 0, segs[first][1]) is not None)
    # A paper's name by its shape ("The Ashcombe Courier", "THE DUNSMERE GAZETTE") may sit under
    # the page's banners (cookies, "Subscribe from £1 a week") or over its slogan, and its menu
    # further down. (Alone over the headline, the same shape may be the headline.)
    named = (_PAPER_NAME.match(line) is not None and all(seg[3] == BOILERPLATE for seg in segs[:first])
             and (first > 0 or (first + 1 < len(segs) and segs[first + 1][3] == BOILERPLATE)))
    # Or under a shop's banner ("Free UK delivery on orders over £60").
    over_menu = named or top and (menu(first + 1) or (
        menu(first + 2) and (segs[first + 1][3] == BOILERPLATE or (
            segs[first + 1][3] == PROSE and is_headline_shape(text[segs[first + 1][1]:segs[first + 1][2]])
            and words[first + 1] <= _MASTHEAD_TAGLINE_MAX_WORDS))))
    limit = _MASTHEAD_TAGLINE_MAX_WORDS if over_menu else _MASTHEAD_MAX_WORDS
    # A firm's name may end in its abbreviation's full stop ("IRONHOLLOW BREWING CO.").
    if not is_headline_shape(_FIRM_SUFFIX.sub("", line)) or words[first] > limit:
        return False
    name = re.compile(r"(?<!\w)" + re.escape(line) + r"(?!\w)", re.I)

    def chrome_repeats(k: int) -> bool:
        s, e, role = segs[k][1], segs[k][2], segs[k][3]
        if k == first or not name.search(text, s, e):
            return False
        # A boilerplate line, or a widget sentence inside a longer line ("Thanks for reading
        # The Capitol Ledger! Subscribe for free ...").
        return role == BOILERPLATE or any(
            name.search(part) and is_widget(part)
            for part in _SENTENCE_END_GAP.split(text[s:e]))

    if not over_menu and not any(chrome_repeats(k) for k in range(len(segs))):
        return False
    if over_menu and top and " | " in line:
        return True  # the firm's name and trade between bars over the menu ("<Firm> | Dog Walking, <Town>")
    # Another title line follows before the first long line of prose (the page's title may
    # already be known as one, under its breadcrumb trail).
    for k in range(first + 1, len(segs)):
        if segs[k][3] not in (PROSE, HEADLINE):
            continue
        if words[k] > _LABEL_ZONE_MAX_WORDS and all(
                is_widget(part) for part in _SENTENCE_END_GAP.split(text[segs[k][1]:segs[k][2]].strip())):
            continue  # a banner of furniture sentences ("We value your privacy. We and our partners ...")
        if words[k] > _LABEL_ZONE_MAX_WORDS:
            return False
        title = text[segs[k][1]:segs[k][2]]
        # A long headline (up to the label zone's words) has no full stop either, nor one
        # inside the quotation or the closing aside it may end with ("‘My manager humiliates me
        # ... just banter’", "Our Screen Time Rules (and Why We Stopped Arguing)").
        bare = title.rstrip().rstrip("'’\"”)")
        # (A closing aside in brackets may exclaim: "Brown Butter Brownies (One Bowl!)".)
        before_aside = title[:title.rfind("(")].rstrip() if title.rstrip().endswith(")") else ""
        if (is_headline_shape(title, question=True) or not title.rstrip().endswith(_TERMINAL)
                or (bare != title.rstrip() and not bare.endswith((".", "!")))
                or (before_aside and not before_aside.endswith(_TERMINAL))):
            return True
    return False


def tag_roles(text: str, paragraphs: list[tuple[int, int]],
              sentences: list[list[tuple[int, int]]]) -> list[list[str]]:
    """A role for every sentence of every paragraph (same nesting as ``sentences``).

    A sentence takes the role of the line parts it overlaps; when it spans several (a segmenter
    that did not cut at a line break), a post or attribution part wins, then prose, and it is
    boilerplate only when every part is.
    """
    segs = segment_roles(text, paragraphs)
    by_para: dict[int, list] = {}
    for p, s, e, role in segs:
        by_para.setdefault(p, []).append((s, e, role))
    out = []
    for p, sents in enumerate(sentences):
        parts = by_para.get(p, [])
        roles = []
        for s, e in sents:
            hit = [role for ps, pe, role in parts if ps < e and pe > s] or [PROSE]
            # The bulk of a sentence decides between post and attribution.
            if POST in hit and ATTRIBUTION in hit:
                best = max(((min(e, pe) - max(s, ps), role) for ps, pe, role in parts
                            if ps < e and pe > s and role in (POST, ATTRIBUTION)))
                roles.append(best[1])
            else:
                role = max(hit, key=_PRIORITY.get)
                # A widget or byline sentence inside a prose line ("... Follow her @name."); a
                # whole line that the line reading kept as prose (a listing's event date) stays so.
                if (role == PROSE and len(hit) == 1 and not _whole_part(text, s, e, parts)
                        and (is_widget(text[s:e]) or is_byline(text[s:e]))):
                    role = BOILERPLATE
                # A sentence running from a widget line into a prose line whose part of it is a
                # widget too ("[ Buy now ]  [ Compare ]" / "*Sponsored. Terms apply. ...").
                elif role == PROSE and BOILERPLATE in hit and all(
                        is_widget(text[max(s, ps):min(e, pe)]) for ps, pe, r in parts
                        if r == PROSE and ps < e and pe > s):
                    role = BOILERPLATE
                roles.append(role)
        _claim_widget_prompt(text, sents, roles)
        if sents and roles[0] == BOILERPLATE and (_SPONSOR.match(text, sents[0][0], sents[0][1])
                                                 or _DISCLAIMER.match(text, sents[0][0], sents[0][1])):
            # A sponsor's slot: the pitch after its label is the ad. A disclaimer: the advice
            # after its label ("Always speak to a qualified professional ...") is the notice's.
            roles = [BOILERPLATE] * len(roles)
        out.append(roles)
    _claim_footer(text, sentences, out)
    _claim_footer_heading(text, sentences, out)
    _claim_transcript(text, paragraphs, sentences, out)
    _claim_qa_answers(text, paragraphs, sentences, out)
    _claim_signed_questions(text, paragraphs, out)
    _claim_faq_questions(text, sentences, out)
    _claim_data_lines(text, paragraphs, out)
    _claim_pipe_tables(text, paragraphs, out)
    _claim_captions(text, paragraphs, sentences, out)
    return out


#: A player's name in a line-up, with a note in brackets ("Sillitoe (c)", "Voss (Achterberg 66)").
_PLAYER = r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2}(?:\s+\([^()\n]{1,30}\))?"
#: A team's line-up: the team, then seven players or more between semicolons and commas, perhaps
#: with its bench and cards after ("Interchanges: ...", "Subs not used: ...", "Sin bin: ...").
_TEAM_SHEET = re.compile(r"^[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}\s*:\s*" + _PLAYER + r"(?:\s*[;,]\s*" + _PLAYER + r"){6,}\.?"
                         r"(?:\s+(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3})\s*(?:\([^()\n]{1,20}\))?\s*:\s*[^\n]{1,300}?)*$")


#: A price list's item, its price after a leader ("Shorten sleeves, plain cuff ........ £24.00",
#: "Handrails, per metre ........ from £38").
_PRICE_LIST_ITEM = re.compile(r"^[^\n]{2,120}?\s?(?:\.{4,}|…{2,}|·{4,}|_{4,})\s?(?:from\s+)?[£$€]\s?\d[\d,.]*"
                              r"(?:\s*(?:per|a|an|/)\s*[\w ]{1,20})?$")


#: A table's row with a price in its second cell, its cells between tabs ("Safety Check<TAB>£25<TAB>
#: Brakes, gears, tyres and headset checked ...", "Grants<TAB>£9,000<TAB>£3,800"): 16 of 16 such
#: lines fact on the example pages of 7 Dec.
_TABLE_PRICE_ROW = re.compile(r"^[^\t\n]{2,60}\t[£$€]\d[\d.,]*(?:\t[^\t\n]{1,300})*$")


#: A listing's labelled detail ("When: Easter Sunday, April 20, 11.30am–1pm", "Price: Free
#: (donations welcome)", "Time: about 45 minutes"): on the example pages of 6 Dec such lines,
#: read as prose, were fact 118 times in 120 (and boilerplate, as a widget, 9 more times).
#: A show's or film's running time is one too ("Running time: 2 hours 40 minutes, including one
#: interval"): fact 26 times in 26 on the example pages.
_DETAIL_LINE = re.compile(r"^(?:when|where|price|prices|entry|tickets|cost|admission|venue|dates?|times?|running\s+time|runtime)\s*:\s*\S[^\n]{0,200}$", re.I)


#: A table copied with its cells between bars: this many rows at least, of as many cells each.
_PIPE_TABLE_MIN_ROWS = 3
_PIPE_TABLE_MIN_CELLS = 3


def _pipe_cells(text: str, span: tuple[int, int]) -> int:
    """How many cells a one-line paragraph holds between bars ("Under-7s | 5v5 | Saturday": 3), or 0."""
    line = text[span[0]:span[1]].strip()
    return line.count("|") + 1 if "|" in line and "\n" not in line else 0


def _claim_pipe_tables(text: str, paragraphs, roles: list[list[str]]) -> None:
    """A table copied with its cells between bars, three rows or more in a row with no blank
    line between them and as many cells each (three or more), its header row too ("Age group |
    Born between | Format | Match day" / "Under-7s | 1 Sep 2018 – 31 Aug 2019 | 5v5 | Saturday"
    / ...): data, though a row alone may read as a menu. On the example pages of 7 Dec, 29 such
    blocks were labelled fact, and none anything else. The rows may come as one paragraph."""
    k = 0
    while k < len(paragraphs):
        rows = text[paragraphs[k][0]:paragraphs[k][1]].strip().split("\n")
        if len(rows) >= _PIPE_TABLE_MIN_ROWS and len({row.count("|") if "|" in row else -1 for row in rows}) == 1 \
                and rows[0].count("|") + 1 >= _PIPE_TABLE_MIN_CELLS:
            roles[k] = [DATA] * len(roles[k])
            k += 1
            continue
        cells, run = _pipe_cells(text, paragraphs[k]), k + 1
        if cells >= _PIPE_TABLE_MIN_CELLS:
            while (run < len(paragraphs) and _pipe_cells(text, paragraphs[run]) == cells
                   and not _BLANK_GAP.search(text, paragraphs[run - 1][1], paragraphs[run][0])):
                run += 1
        if run - k >= _PIPE_TABLE_MIN_ROWS:
            for p in range(k, run):
                roles[p] = [DATA] * len(roles[p])
        k = run


def _claim_data_lines(text: str, paragraphs, roles: list[list[str]]) -> None:
    """A team's line-up, a price list's item or table row, a listing's labelled detail or its
    specification between dots ("<Film> (12A) · 2h 04m · Drama · Audio description available")
    standing as its own paragraph is data (``DATA``), whatever the classifier makes of its words."""
    for p, (ps, pe) in enumerate(paragraphs):
        # (a short item may read as a heading: "Handrails, per metre ........ from £38")
        if roles[p] and all(r in (PROSE, HEADLINE) for r in roles[p]):
            line = text[ps:pe].strip()
            if (_TEAM_SHEET.match(line) or _PRICE_LIST_ITEM.match(line) or _DETAIL_LINE.match(line)
                    or _TABLE_PRICE_ROW.match(line) or listing_spec(line)):
                roles[p] = [DATA] * len(roles[p])


#: A photo's caption with its credit in brackets ("<Name> at the chess club she runs in the
#: library (Image: <Photographer> / <Paper>)"). Its line reads as a widget by the credit, but the
#: caption says what the picture shows: on the example pages of 7 Dec, such lines with four
#: words or more before the credit were labelled fact 174 times and allowed fact 22 more, of 196.
_CAPTION_CREDIT = re.compile(r"^(?P<caption>.{1,200}?)\s*" + PHOTO_CREDIT_IN_BRACKETS + r"$", re.I)
_CAPTION_MIN_WORDS = 4


def _claim_captions(text: str, paragraphs, sentences, roles: list[list[str]]) -> None:
    """A captioned photo's line (``_CAPTION_CREDIT``) is data, as a listing's line is; a
    sentence that is only the credit stays the page's furniture. So is a caption whose credit
    follows it as a sentence of its own ("Pupils leaving the school gate. Photo: Ann Lee")."""
    for p, (ps, pe) in enumerate(paragraphs):
        line = text[ps:pe].strip()
        if _credited_caption(text, line, sentences[p], roles[p]):
            roles[p] = [DATA] * (len(roles[p]) - 1) + [BOILERPLATE]
            continue
        if "\n" not in line and _DESCRIBED_PICTURE.match(line):
            roles[p] = [DATA] * len(roles[p])
            continue
        if not roles[p] or not line.endswith((")", ").")) or any(r != BOILERPLATE for r in roles[p]):
            continue
        m = _CAPTION_CREDIT.match(line)
        if m is None or len(m.group("caption").split()) < _CAPTION_MIN_WORDS:
            continue
        roles[p] = [BOILERPLATE if text[s:e].lstrip()[:1] == "(" else DATA for s, e in sentences[p]]


#: A picture described in place of its credit ("Photo: A grey seal and her pup on the north beach,
#: October 2024."): what it shows, data like a caption. On the example pages of 7 Dec, 12 such
#: lines were labelled fact and 2 furniture.
_PICTURE_LABEL = r"(?:photo(?:graph)?|picture|image)s?\s*:\s*"
_DESCRIBED_PICTURE = re.compile(r"^\[?" + _PICTURE_LABEL + _PICTURE_DESCRIPTION, re.I)
#: A photo's credit as a sentence of its own, after its caption ("Photograph: Ann Lee for the Post").
_CREDIT_SENTENCE = re.compile(r"^" + _PICTURE_LABEL + r"\S", re.I)


def _credited_caption(text: str, line: str, sents, roles: list[str]) -> bool:
    """Whether a one-line paragraph is a caption in plain statements over its own credit: its
    last sentence is the credit (furniture), the ones before it prose of four words or more,
    none a question or an exclamation (a reader's picture captioned with a cheer is theirs)."""
    if len(roles) < 2 or "\n" in line or roles[-1] != BOILERPLATE or any(r != PROSE for r in roles[:-1]):
        return False
    if not _CREDIT_SENTENCE.match(text[sents[-1][0]:sents[-1][1]].strip()):
        return False
    caption = text[sents[0][0]:sents[-2][1]].strip()
    return len(caption.split()) >= _CAPTION_MIN_WORDS and caption.endswith(".") and not any(c in caption for c in "?!")


def _whole_part(text: str, s: int, e: int, parts) -> bool:
    """Whether the sentence ``text[s:e]`` is the whole of the line part it falls in."""
    return any(ps < e and pe > s and text[ps:pe].strip() == text[s:e].strip() for ps, pe, _ in parts)


def _claim_signed_questions(text: str, paragraphs, roles: list[list[str]]) -> None:
    """A question a reader sent in, closed by their signature ("Do fish sleep? Our goldfish
    never closes her eyes. — Arjun, 6, Dunmore"), is the reader's words, like speech."""
    for p, (ps, pe) in enumerate(paragraphs):
        if not roles[p] or any(r != PROSE for r in roles[p]):
            continue
        m = _SIGNED.search(text[ps:pe].rstrip())
        if m is not None and "?" in text[ps:ps + m.start() + 1]:
            roles[p] = [ANSWER] * len(roles[p])


#: An FAQ entry's question, before its answer in the same paragraph, is at most this long.
_FAQ_QUESTION_MAX_WORDS = 14


def _claim_faq_questions(text: str, sentences, roles: list[list[str]]) -> None:
    """FAQ entries written as one paragraph each, question then answer ("Can I help at just one
    event? Yes. The Santa Specials ..."), two or more in a row: each question is posed for the
    answer that follows, as an interviewer's is, not the writer's rhetorical question."""
    def entry(p: int) -> bool:
        sents = sentences[p]
        if len(sents) < 2 or roles[p][0] != PROSE:
            return False
        first = text[sents[0][0]:sents[0][1]].rstrip()
        return first.endswith("?") and len(first.split()) <= _FAQ_QUESTION_MAX_WORDS

    entries = [entry(p) for p in range(len(sentences))]
    for p, is_entry in enumerate(entries):
        if is_entry and ((p > 0 and entries[p - 1]) or (p + 1 < len(entries) and entries[p + 1])):
            roles[p][0] = QUESTION


#: A Q&A's heading ("Q&A: ...", "Q and A with ...", "In conversation with ...").
_QA_HEADING = re.compile(r"\s*(?:Q\s*&\s*A|Q\s+and\s+A|In\s+conversation\b|(?:The\s+)?Interview\s*:|"
                         # or the interview's editing note ("This interview has been edited for length")
                         r"this\s+(?:interview|conversation)\s+(?:has\s+been|was)\s+(?:lightly\s+)?(?:edited|condensed))", re.I)
#: A title that opens with the interviewee's words in quotation marks, then a colon; it stands
#: among the page's first paragraphs, at most this many paragraphs above the first question.
_QUOTED_TITLE_LEAD = re.compile(r"\s*[“\"‘'][^”\"\n]{10,200}[”\"’']\s*:\s*\S")
_QUOTED_TITLE_WITHIN = 12
_QUOTED_TITLE_REACH = 10
#: A question line of a Q&A is short (one or two sentences).
_QA_QUESTION_MAX_WORDS = 40
#: The Q&A heading sits at most this many paragraphs above the first question; an answer runs
#: at most this many paragraphs.
_QA_REACH = 3


def _claim_qa_answers(text: str, paragraphs, sentences, roles: list[list[str]]) -> None:
    """A Q&A whose questions stand as their own lines, with no speaker labels, under a "Q&A"
    heading: the paragraphs under each question, up to the next one, are the interviewee's
    answer (speech, like a transcript's turn)."""
    def asks(p: int) -> bool:
        ps, pe = paragraphs[p]
        return (text[ps:pe].rstrip().endswith("?") and (roles[p] == [HEADLINE] or (
            roles[p] and len(roles[p]) <= 2 and all(r == PROSE for r in roles[p])
            and len(text[ps:pe].split()) <= _QA_QUESTION_MAX_WORDS)))

    def quoted(p: int) -> bool:
        ps, pe = paragraphs[p]
        t = text[ps:pe].strip()
        return t[:1] in "“\"" and t[-1:] in "”\"" and bool(roles[p]) and all(r == PROSE for r in roles[p])

    heading = next((p for p, (ps, pe) in enumerate(paragraphs) if _QA_HEADING.match(text, ps, pe)), None)
    reach, titled = _QA_REACH, False
    if heading is None:
        # A profile titled with the interviewee's own words ("“Iron tells you when it's ready”:
        # a morning at <Forge>") is an interview too, its questions under a few paragraphs of
        # introduction: on the example pages of 6 Dec, the paragraph under each of its
        # questions was fact (speech) 91 times in 91.
        heading = next((p for p, (ps, pe) in enumerate(paragraphs[:_QUOTED_TITLE_WITHIN])
                        if roles[p] and roles[p][0] in (HEADLINE, PROSE) and _QUOTED_TITLE_LEAD.match(text, ps, pe)), None)
        reach, titled = _QUOTED_TITLE_REACH, heading is not None
    if heading is None:
        # Without the heading, a profile's questions each answered by a paragraph wholly in
        # quotation marks are an interview all the same: the quoted paragraphs are the answers.
        asked = [q for q in range(len(roles) - 1) if asks(q) and quoted(q + 1)]
        if len(asked) < _QUESTION_HEADINGS_MIN:
            return
        for q in asked:
            if all(r == PROSE for r in roles[q]):
                roles[q] = [QUESTION] * len(roles[q])
            p = q + 1
            while p < len(roles) and p < q + 1 + _QA_REACH and quoted(p):
                roles[p] = [ANSWER] * len(roles[p])
                p += 1
        return
    questions = [p for p in range(heading + 1, len(roles)) if asks(p)]
    if len(questions) < _QUESTION_HEADINGS_MIN or questions[0] - heading > reach:
        return
    for q in questions:
        if all(r == PROSE for r in roles[q]):
            roles[q] = [QUESTION] * len(roles[q])
        # (under the last question of a titled profile, the writer may close the piece: only
        # the paragraph right under it is the answer)
        last = titled and q == questions[-1]
        for p in range(q + 1, min(len(roles), q + 1 + (1 if last else _QA_REACH))):
            if p in questions or not roles[p] or any(r != PROSE for r in roles[p]):
                break
            roles[p] = [ANSWER] * len(roles[p])


#: A speaker label opening a paragraph: "Q:", "A:", "Varga:", "Mayor Varga:", "INTERVIEWER:".
_SPEAKER = re.compile(r"(Q|A|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?:\s*\([\w .'’-]{1,30}\))?"
                      r"\s*:\s+(?=\S)")
#: A reader's question in a chat with readers ("Question from Maureen, Saltings estate: ..."): the
#: reader's words, in the questioner's turn.
_QUESTION_FROM = re.compile(r"(?:Question|Q)\s+from\s+[^:\n]{1,60}:\s+(?=\S)")
_TRANSCRIPT_HEADING = re.compile(r"^(?:full\s+|episode\s+|edited\s+)?transcript(?:\s+excerpt)?:?$", re.I)
_TURN_CLOSERS = (".", "?", "!", "…", "\"", "”", "’", ")", "]")
#: A transcript has at least this many labelled turns, by at least two speakers who each take two.
_MIN_TURNS = 4


def _claim_transcript(text: str, paragraphs, sentences, roles: list[list[str]]) -> None:
    """Give the prose sentences of an interview's turns the roles ``question`` and ``answer``.

    Turns are paragraphs opening with a speaker label. A page is a transcript when at least
    ``_MIN_TURNS`` of them, by two or more speakers each with two or more, mostly alternate
    (a fact box's "Hours:", "Prices:", "Noise:" lines each label once). The interviewer is "Q"
    when there is one, else the speaker whose turns most often ask something.
    """
    turns = []  # (paragraph, speaker)
    readers = set()  # readers' questions
    for p, (ps, pe) in enumerate(paragraphs):
        m = _SPEAKER.match(text, ps, pe)
        who = m.group(1) if m else None
        if who is None and _QUESTION_FROM.match(text, ps, pe):
            who = "Q"
            readers.add(p)
            # a short one reads as a question subheading; it is the reader's turn
            roles[p] = [PROSE if role == HEADLINE else role for role in roles[p]]
        # A turn is speech, closed like a sentence; a labelled list line ("Pros: cheap; light")
        # is not.
        if (who and roles[p] and roles[p][0] == PROSE
                and (text[ps:pe].rstrip().endswith(_TURN_CLOSERS)
                     or _SIGNED.search(text[ps:pe].rstrip()))):  # or closed, then signed
            turns.append((p, who))
    # A print interview that labels only the interviewee's turns ("Vale: ..."), each under the
    # interviewer's unlabelled question: those questions are the interviewer's turns.
    # (A label used once, "Photograph: ...", is not a speaker.)
    repeated = {who for who, count in Counter(who for _, who in turns).items() if count >= 2}
    if len(repeated) == 1:
        asked = [p - 1 for p, who in turns
                 if who in repeated and p > 0 and p - 1 not in readers and roles[p - 1] and roles[p - 1][0] in (PROSE, HEADLINE)
                 and _SPEAKER.match(text, *paragraphs[p - 1]) is None
                 and text[paragraphs[p - 1][0]:paragraphs[p - 1][1]].rstrip().endswith("?")]
        if len(asked) >= _MIN_TURNS - 1:
            for q in asked:
                roles[q] = [PROSE if role == HEADLINE else role for role in roles[q]]
            turns = sorted(turns + [(q, "Q") for q in asked])
    if len(turns) < _MIN_TURNS:
        return
    counts: dict[str, int] = {}
    for _, who in turns:
        counts[who] = counts.get(who, 0) + 1
    # A label used once ("Paris: Why ..." as a title, "Hours:" in a fact box) is not a speaker.
    turns = [(p, who) for p, who in turns if counts[who] >= 2]
    speakers = list(dict.fromkeys(who for _, who in turns))
    switches = sum(a[1] != b[1] for a, b in zip(turns, turns[1:]))
    if len(turns) < _MIN_TURNS or len(speakers) < 2 or 2 * switches < len(turns) - 1:
        return

    # A turn of a speaker of the transcript that a page-furniture shape claimed ("HOST: Thanks,
    # Janet." read as a podcast's credits) is that speaker's turn.
    taken = {p for p, _ in turns}
    for p, (ps, pe) in enumerate(paragraphs):
        m = _SPEAKER.match(text, ps, pe)
        if (m and p not in taken and m.group(1) in speakers and roles[p]
                and all(role == BOILERPLATE for role in roles[p])):
            roles[p] = [PROSE] * len(roles[p])
            turns.append((p, m.group(1)))
    turns.sort()

    def asks(who: str) -> float:
        mine = [p for p, w in turns if w == who]
        return sum("?" in text[paragraphs[p][0]:paragraphs[p][1]] for p in mine) / len(mine)

    interviewer = "Q" if "Q" in counts else max(speakers, key=asks)
    # A print interview's questioner ("Q:", "Review:") is the journalist, writing; on a page
    # that presents a transcript of a broadcast ("Transcript" above the first turn) the host's
    # turns are a record of what they said, like every other speaker's.
    first = turns[0][0]
    broadcast = any(_TRANSCRIPT_HEADING.match(text[ps:pe].strip()) for ps, pe in paragraphs[:first])
    # A turn runs on through unlabelled prose paragraphs up to the next labelled turn.
    ends = [p for p, _ in turns[1:]] + [turns[-1][0] + 1]
    # Readers' questions signed "— Name, Town" are the readers' words, not the journalist's.
    # Under them, answers labelled just "A:" are the column's own (an advice column's replies);
    # a named answer ("Marion: ...") is a guest expert's.
    signed = {p for p, who in turns if who == interviewer
              and (p in readers or _SIGNED.search(text[paragraphs[p][0]:paragraphs[p][1]].rstrip()) is not None)}
    for (p, who), stop in zip(turns, ends):
        if signed and who == "A":
            continue
        for q in range(p, stop):
            for k, (s, e) in enumerate(sentences[q]):
                if roles[q][k] != PROSE:
                    continue
                if text[s:e].rstrip().rstrip("\"'”’)").endswith("?") and who == interviewer:
                    roles[q][k] = QUESTION
                elif who != interviewer or broadcast or p in signed:
                    roles[q][k] = ANSWER


#: A sponsor slot's opening ("This episode is sponsored by ...", "This issue is supported by ...").
_SPONSOR = re.compile(r"\s*(?:this|today['’]s)\s+(?:episode|podcast|newsletter|segment|series|show|briefing|"
                      r"edition|issue|bulletin)\s+is\s+(?:sponsored|presented|supported|brought\s+to\s+you)\s+by\b",
                      re.I)
#: A disclaimer, by its label or by its opening notice ("This column is for general information
#: only and does not constitute regulated financial advice."): the paragraph it opens is the notice.
_DISCLAIMER = re.compile(
    r"\s*(?:(?:medical\s+|legal\s+|financial\s+|important\s+)?disclaimer\s*:|risk\s+warning\s*:|forward[-\s]looking\s+statements?\s*:|"
    # A site's note on its own practice ("A note on court reporting: The Courier publishes ...").
    r"a\s+note\s+on\s+[\w ]{1,40}:|"
    # A sponsor's notice under its label, with the paper's assurances after it.
    r"(?:sponsored|paid|partner|advertiser|promoted)\s+(?:content|partnership|post|feature)\s*:|"
    r"[^.!?]{0,80}\b(?:is|are)\s+"
    r"(?:provided\s+)?for\s+(?:general\s+)?information(?:al)?\s+(?:purposes\s+)?only\b)", re.I)
_INBOX = re.compile(r"\bin\s+your\s+inbox\b", re.I)
#: A sign-up form's line: its email field or its button.
_SIGN_UP_FORM = re.compile(r"\b(?:e-?mail\s+address|enter\s+your\s+e-?mail|subscribe|sign\s+up)\b", re.I)
_SITE_VOICE = re.compile(r"\b(?:we|our|us)\b", re.I)
#: A widget's lead-in or tail is at most this many words ("Hungry for more?", "Every dollar helps.").
_PROMPT_MAX_WORDS = 6
#: A tail may be a short instruction ("Please include the date and headline of the article.").
_TAIL_MAX_WORDS = 10


def _claim_widget_prompt(text: str, sents, roles: list[str]) -> None:
    """A short sentence in a paragraph whose other sentences are all boilerplate belongs to the
    widget ("Hungry for more? Sign up for ... newsletter.", "Tip jar: ... Every dollar helps.")."""
    if len(roles) < 2 or roles.count(BOILERPLATE) != len(roles) - 1:
        return
    k = next(i for i, role in enumerate(roles) if role != BOILERPLATE)
    s, e = sents[k]
    line = text[s:e].strip()
    # A lead-in asks ("Hungry for more?"); a tail follows the widget ("Every dollar helps.").
    words = len(line.split())
    # An author's bio before the contact line ("Nell Hargrove writes about the city. Reach her at
    # ..."): the byline's other half. A sign-up box's pitch before its form ("Wanderline
    # Weekend: our favourite breaks, in your inbox every Friday. Enter your email ...").
    # So is a newsletter's pitch by its day before its button ("Get the best of <Town>'s nature
    # news every Friday."). (A reader-funded site's pitch is a widget shape of its own,
    # `_AUDIENCE_SUPPORTED`.)
    # A plea before the supporter's button ("Support independent jazz writing."), a blogger's
    # farewell before the signature ("Happy hunting. Tamsin x") and a button beside the widget
    # ("Book a lock change online or call us on <phone>. Get a free quote") belong to them too.
    bio = k == 0 and (_AUTHOR_BIO.match(line) is not None or _INBOX.search(line) is not None
                      or _NEWSLETTER_CADENCE.search(line) is not None or _SUPPORT_PLEA.match(line) is not None
                      or _VALEDICTION.match(line) is not None or _is_button(line))
    # The site's short lead-in, in its own "we", before two or more widget sentences ("We
    # independently select the products we mention. If you buy through links ..., we may earn a
    # commission. Learn more ...").
    site = k == 0 and len(roles) > 2 and _SITE_VOICE.search(line) is not None
    if roles[k] == PROSE and ((line.endswith("?") and words <= _PROMPT_MAX_WORDS)
                              or ((k > 0 or site) and words <= _TAIL_MAX_WORDS) or bio):
        roles[k] = BOILERPLATE


#: A newsletter's rhythm in its pitch ("... every Friday", "our weekly round-up").
_NEWSLETTER_CADENCE = re.compile(r"\b(?:every|each)\s+(?:day|week|weekday|morning|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
                             r"\b(?:our|a|the)\s+(?:weekly|daily|monthly|fortnightly)\s+(?:round-?up|newsletter|digest|e-?mail|bulletin|briefing)\b", re.I)
#: A plea to support the site before its supporter's button ("Support independent jazz writing.").
_SUPPORT_PLEA = re.compile(r"^(?:please\s+)?(?:support|back|fund)\s+(?:independent|local|quality|our|us)\b[^.!?]{0,40}[.!]?$", re.I)
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4})|\ball\s+rights\s+reserved\b", re.I)
_COPYRIGHT_INSIDE = re.compile(r"©\s*(?:\d{4}|[A-Z])|\bcopyright\s+©?\s*\d{4}|\ball\s+rights\s+reserved\b", re.I)
_FOOTER_MAX_SENTENCES = 3
#: A heading over the page's furniture alone, at most this many words (see below).
_FOOTER_HEADING_MAX_WORDS = 5
#: The most words of a line that reads as an item of a list of short lines, not a sentence.
_LIST_ITEM_MAX_WORDS = 8


def _claim_footer_heading(text: str, sentences, roles: list[list[str]]) -> None:
    """A short heading with nothing under it but the page's furniture, two paragraphs of it at
    least, to the page's end ("Opening hours" over the footer's hours, address and links) heads
    the footer. Not a field ("Overall: ★★★★", "Certificate: 15") nor the last item of a list of
    short lines (a review's cons)."""
    last = next((p for p in range(len(roles) - 1, -1, -1)
                 if any(role != BOILERPLATE for role in roles[p])), None)
    if last is None or last == 0 or len(roles) - 1 - last < 2 or len(sentences[last]) != 1:
        return
    s, e = sentences[last][0]
    line = text[s:e].strip()
    above = text[sentences[last - 1][0][0]:sentences[last - 1][-1][1]].strip() if sentences[last - 1] else ""
    listed = (len(sentences[last - 1]) == 1 and above[:1] not in "—–" and len(above.split()) <= _LIST_ITEM_MAX_WORDS
              and is_headline_shape(above))
    if (len(line.split()) <= _FOOTER_HEADING_MAX_WORDS and is_headline_shape(line) and not listed
            and not any(c in line for c in ":★☆") and not any(c.isdigit() for c in line)):
        roles[last] = [BOILERPLATE]


def _claim_footer(text: str, sentences, roles: list[list[str]]) -> None:
    """The page's last content paragraph, when it closes with the copyright notice, is the footer:
    its other sentences ("X is a project of Y.", "Spotted an error? ...") are the site's, not the
    article's."""
    last = next((p for p in range(len(roles) - 1, -1, -1)
                 if any(role != BOILERPLATE for role in roles[p])), None)
    if last is None or not sentences[last]:
        return
    s, e = sentences[last][-1]
    # Or the notice sits inside a short footer, before its links ("© 2025 All rights reserved.
    # Privacy | Cookies") or after the publisher's name on one line ("<Magazine> is published by
    # <Firm> Ltd. © 2025 · About · Terms").
    notice = next((k for k, (s, e) in enumerate(sentences[last]) if _COPYRIGHT_INSIDE.search(text, s, e)), None)
    if ((roles[last][-1] == BOILERPLATE and _COPYRIGHT.search(text[s:e].strip()))
            or (notice is not None and len(sentences[last]) <= _FOOTER_MAX_SENTENCES
                and all(role == BOILERPLATE for role in roles[last][notice + 1:]))):
        roles[last] = [BOILERPLATE] * len(roles[last])
