"""Detectors for non-prose structure: boilerplate lines, embedded social posts, headlines.

`tag_roles` gives every sentence a role the classifier cannot see on its own:
``prose``, ``headline``, ``boilerplate``, ``post`` (embedded social-post body) or
``attribution`` (the post's attribution line).

The unit of structure is the *line* (a paragraph may hold several), and where a line holds both a
post body and its attribution ("… pic.twitter.com/x — Name (@handle) June 18, 2024") the line is
cut at the attribution. Each detector is a predicate over the original string:

- line shapes that are exact (attribution lines of X/Twitter, Bluesky, Threads, Truth Social,
  Instagram and Facebook embeds; timestamps; bylines; share/subscribe/follow widgets; navigation;
  "Advertisement"; "Read more"; copyright; photo credits; comment prompts);
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
from typing import Sequence

PROSE, HEADLINE, BOILERPLATE, POST, ATTRIBUTION = (
    "prose", "headline", "boilerplate", "post", "attribution")
#: Turns of an interview transcript ("Q: ..." / "A: ...", "Review: ..." / "Varga: ..."): an
#: interviewee's turn is their speech; an interviewer's question asks.
ANSWER, QUESTION = "answer", "question"
#: A review's rating line ("★★½ out of four stars", "Score: 4.5 out of 5"): the critic's verdict.
RATING = "rating"

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
_DATE = (r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
         r"\d{1,2}\s+" + _MONTH + r"\.?,?\s+\d{4})")
_TIME = (r"\d{1,2}(?::\d{2}){1,2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b(?:[+-]\d{1,2}(?::?\d{2})?)?)?|"
         r"\d{1,2}\s*[AaPp]\.?[Mm]\.?(?:\s+[A-Z]{2,4}\b(?:[+-]\d{1,2}(?::?\d{2})?)?)?")
_PLATFORM = r"(?:X|Twitter|Bluesky|Threads|Truth\s+Social|Instagram|Facebook|Mastodon|TikTok)"
#: A handle, with a Mastodon account's instance ("@name@instance.social").
_HANDLE = r"@[A-Za-z0-9_][\w.\-]{0,60}(?:@[\w-]+(?:\.[\w-]+)+)?"

#: The attribution line of an embedded post: "— Name (@handle) June 18, 2024" and variants
#: ("… on X", "… at 3:04 PM", a bare "Name (@handle) June 18, 2024" line, Bluesky handles with
#: domains). Searched at the end of a line; what precedes it on the line is the post body.
_ATTRIBUTION_TAIL = re.compile(
    r"(?:(?:[—–―]|--?)\s*)(?P<name>[^\n()—–―]{0,80}?)\s*\(?" + _HANDLE + r"\)?"
    r"(?:,?\s+(?:(?:posted|post|shared)\s+)?on\s+" + _PLATFORM + r"\b)?\s*[,.:]?\s*"
    r"(?:(?:on\s+)?(?:" + _WEEKDAY + r",?\s+)?(?:" + _DATE + r"|" + _MONTH + r"\.?\s+\d{1,2}))?"
    r"(?:\s*(?:[,|·•]|at)?\s*(?:" + _TIME + r"))?"
    # The post's reach, as the embed shows it: "· 2.1M views", "· 88K likes".
    r"(?:\s*[,|·•]\s*[\d.,]+\s*[KkMm]?\s+(?:views|likes|plays|reactions|comments|shares|reposts))*\s*$")
_ATTRIBUTION_BARE = re.compile(
    r"^(?P<name>[A-Z][^\n()—–―!?:]{0,60}?)\s*\(" + _HANDLE + r"\)\s*(?:(?:posted\s+)?on\s+" + _PLATFORM
    + r"\b\s*)?[,.]?\s*(?:(?:on\s+)?" + _DATE + r")?(?:\s*(?:at)?\s*(?:" + _TIME + r"))?\s*$")
_ATTRIBUTION_PLATFORM = re.compile(
    r"^(?:A\s+post\s+shared\s+by\s+.{1,80}|Posted\s+by\s+[A-Z].{0,80}?\s+on\s+(?:"
    + _WEEKDAY + r",?\s+)?" + _DATE + r".{0,30}|Post\s+by\s+" + _HANDLE + r".{0,40}|"
    r"[A-Z][\w.’' -]{1,60}\s+(?:Truth\s+Social|Threads|Bluesky)\s+Post\b.{0,60}|"
    r"(?:[—–―]|--?)\s*[A-Z][\w.’' -]{1,60},?\s+(?:posted|shared|writing|wrote)\s+on\s+" + _PLATFORM
    + r"\b,?\s*(?:(?:on\s+)?" + _DATE + r")?.{0,20}|"
    # "— Cllr Name (Ward), Facebook, 12 April 2025", "— Name on Threads, April 12, 2025".
    r"(?:[—–―]|--?)\s*[A-Z][\w.’' -]{1,60}?(?:\s*\([^()\n]{1,40}\))?(?:,\s*|\s+on\s+)" + _PLATFORM
    + r",?\s*(?:" + _DATE + r")?)$")
#: A neighbourhood app's signature under a post: "— Kevin L., Linden Street · Alder Park
#: Neighbors · Mar 13" (a dash, the poster, the group, and the day).
_GROUP_POST_SIGNATURE = re.compile(
    r"^[—–]\s*[A-Z][^·•\n]{1,60}(?:\s*[·•]\s*[^·•\n]{1,40}){1,2}\s*[·•]\s*(?:" + _MONTH
    + r"\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s*[hdwm])$")
#: A professional network's author line under a post: "Name • Title, Employer • 14h" (a page's
#: own "By Name • Staff • 2h" or "Name • 3 min read • 2d" is its byline).
_CARD_AUTHOR = re.compile(
    r"^(?!By\s)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*[•·](?!\s*\d+\s+min)\s*[^•·\n]{1,80}\s*[•·]\s*"
    r"\d{1,2}\s*(?:h|d|w|mo|hrs?|days?|wks?)(?:\s*[•·]\s*Edited)?$")
#: How a Reddit card opens: its subreddit alone, or the poster's line (with the subreddit in
#: front when both share a line: "r/Hollowreach · Posted by u/name · 11h").
_REDDIT_OPENING = r"r/\w{2,40}$|(?:r/\w{2,40}\s*[·•|]\s*)?Posted\s+by\s+u/"
#: The chrome an embedded post's card prints around its body, each alone on its line: a Reddit
#: card's subreddit ("r/HelpMeFind"), poster ("Posted by u/name · 9d") and vote count ("31.4k
#: upvotes · 2.2k comments"); a TikTok or Instagram card's bare handle ("@moss.and.paddle") and
#: sound credit ("♬ original sound – name"). Read like an attribution line: the lines between
#: them, or above a closing one, are the post.
_PLATFORM_CHROME = re.compile(
    r"^(?:" + _REDDIT_OPENING + r"[\w-]{2,40}\b.{0,40}|"
    r"[\d.,]+\s*[kKmM]?\s+(?:upvotes?|points|likes)(?:\s*[·•|,]\s*[\d.,]+\s*[kKmM]?\s+"
    r"(?:comments?|replies|shares|reposts))*|♬\s*\S.{0,100})$")
#: The chrome lines that open a card (its body follows them): "r/HelpMeFind", "Posted by u/name".
_CARD_OPENING = re.compile(r"^(?:" + _REDDIT_OPENING + r")")
#: A card's bare handle line ("@moss.and.paddle"): chrome only right above another chrome line
#: (a TikTok card's sound credit); alone, it is an author's signature at the end of a column.
_BARE_HANDLE = re.compile(r"^" + _HANDLE + r"$")
_BLOG_BYLINE = re.compile(r"^Posted\s+by\s+(?!u/)", re.I)
#: A video card's button; the short title line right above it is the video's (the post's) title.
_WATCH_BUTTON = re.compile(r"^(?:watch|view)\s+on\s+(?:youtube|tiktok|vimeo|instagram|x|facebook)$",
                           re.I)
_VIDEO_TITLE_MAX_WORDS = 20
_BOX_TITLE_MAX_WORDS = 8
_CRUMB_MAX_WORDS = 7
#: A live page's entry opens with its minute or clock time ("27' ", "90+4' ", "14:05 ").
_LIVE_ENTRY = re.compile(r"\s*(?:\d{1,3}(?:\+\d{1,2})?['’′]|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s")
_VIEW_POST = re.compile(r"^view\s+(?:this\s+)?post\s+on\s+\w+$", re.I)
#: What a score holds that a fact-check's verdict word does not: stars, or "N out of M", "N/M".
_SCORED = re.compile(r"[★☆✩✭✮⭐½]|\d\s*(?:out\s+of|/)\s*\d|\bout\s+of\s+(?:four|five|ten)\b", re.I)
#: A verdict paragraph under its label ("Verdict: Done by Sunday. ..."): the writer's judgement.
_VERDICT_LINE = re.compile(
    r"^(?:(?:(?:our\s+|the\s+|my\s+)?(?:verdict|prediction)|(?:our|my)\s+(?:pick|ratings?|scores?)|"
    r"(?:best|key|standout)\s+(?:track|song|dish|moment))\s*:|"
    # A player's or an entrant's mark and verdict: "Leon Marsh – 9/10: Took his goal superbly."
    r"[^:\n]{1,60}\s[–—-]\s*\d{1,2}(?:\.\d)?\s*/\s*10\s*:)\s*\S.{0,400}$", re.I)
#: A critic's scored note: sentences about one item closed by the mark ("... My pick of the week.
#: 93/100", "... Lovely with sardines. 4/5").
_SCORED_NOTE = re.compile(
    r"^.{10,600}[.!?)]\s+(?:\d{1,3}\s*/\s*100|\d{1,2}(?:\.\d)?\s*/\s*(?:5|10)|(?:[★☆]\s*){1,5})$")
#: A player's mark and verdict without the "/10": "Ryan Etherington 6 – Solid enough ...",
#: "Sub: Danny Okafor 9 – Two goals in 33 minutes." A bare number after a name is a mark only in
#: a run of such lines (``_PLAYER_MARKS_MIN_RUN``): one alone may be "Route 9 – closed".
_PLAYER_MARK = re.compile(
    r"^(?:Subs?(?:titute)?\s*:\s*)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+\d{1,2}(?:\.5)?"
    r"(?:\s*/\s*10)?\s*[–—-]\s*[A-Z].{0,300}$")
_PLAYER_MARKS_MIN_RUN = 3
#: A critic's marks per aspect: "Food 3/10 | Atmosphere 4/10 | Service 5/10".
_SCORECARD = re.compile(r"^(?:[A-Z][\w&'’ -]{0,25}?:?\s*\d{1,2}(?:\.\d)?\s*/\s*(?:5|10|20|100)\s*"
                        r"(?:[|·•,]\s*|$)){2,}$")
_RATING_LINE = re.compile(
    r"^(?:(?:our\s+|the\s+)?(?:rating|grade|score|verdict|ruling)\s*:\s*)?(?:"
    r"(?:[★☆✩✭✮⭐½]\s*)+(?:(?:out\s+of|/)\s*(?:\d|two|three|four|five)(?:\s+stars?)?)?|"
    r"(?:\d(?:\.\d)?|one|two|three|four|five)\s*(?:out\s+of|/)\s*(?:\d{1,2}|four|five|ten)(?:\s+stars?)?|"
    r"(?<=:)\s*[A-F][+-]?|"
    # A fact-check's verdict ("Rating: False", "Our ruling: Mostly true").
    r"(?<=:)\s*(?:(?:mostly|half|partly)[\s-])?(?:true|false|misleading|unproven|unsupported|"
    r"inaccurate|accurate|correct|incorrect|mixed|mixture|pants\s+on\s+fire|fabricated|satire|"
    r"missing\s+context|altered|needs\s+context))\s*(?:\([\w\s-]{1,30}\))?\.?$", re.I)
#: A list's heading: a short line alone in its paragraph that ends with a colon and reports
#: no one ("What we know:", "Today's birthdays:"; not "The mayor said:").
_LIST_HEADING_MAX_WORDS = 5
#: A reader comment's header ("Marcy T. says: March 6, 2025 at 7:12 am", "HC_Dad_of_3 says:
#: ..."); the comment's text follows it, up to the next header.
_COMMENT_HEADER = re.compile(r"^[\w.'’ -]{1,40}\s+(?:says|said|wrote|replied)\s*:\s*(?:on\s+)?"
                             + _DATE + r"(?:\s*(?:at|,)?\s*" + _TIME + r")?\s*$")
#: A commenter and the comment's date or age: "Dev R. · November 7, 2025 at 6:40 pm",
#: "old_man_tech · 45 minutes ago".
_COMMENTER_DATED = (r"(?:Posted\s+by\s+)?[\w.'’ &,-]{1,50}\s*[·•|—–]\s*(?:" + _DATE + r"(?:\s*(?:at|,)?\s*" + _TIME
                    + r")?|\d{1,3}\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[mhdw])\s+ago)")
#: A reader comment with its header on the same line: "Dev R. · November 7, 2025 at 6:40 pm —
#: Way too much paprika ...".
#: A comment's header with its age ("Janet Morley · 2h", "AshfordLocal · 45m").
_COMMENT_AGE = re.compile(r"^[\w.'’-]+(?:\s[\w.'’-]+){0,2}\s*[·•|]\s*\d{1,2}\s*(?:m|h|hrs?|d|w)(?:\s+ago)?$")
_COMMENT_INLINE = re.compile(r"^" + _COMMENTER_DATED + r"\s*(?:[—–-]\s|:)\s*\S")
_COMMENT_MAX_LINES = 6
#: A commenter's header with the date ("dre_w23 · February 22, 2025 at 11:52 pm"); the same
#: shape as a byline, so it counts only below the comment section's marker ("2 Comments").
_COMMENT_DATED = re.compile(r"^" + _COMMENTER_DATED + r"$")
#: A shared post's credit: the poster, the date and the group or page it went to ("Karen Mills ·
#: 10 November at 21:04 · Harrowfield Community Noticeboard").
_SHARED_POST_CREDIT = re.compile(
    r"^(?:" + _COMMENTER_DATED + r"|[\w.'’ &-]{1,50}\s*[·•|]\s*(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH
    + r"\.?\s+\d{1,2})(?:\s*(?:at|,)?\s*" + _TIME + r")?)(?:\s*[·•|]\s*[^·•|\n]{1,60})?$")
#: The lines of a shared post's body, between its introduction and its credit, at most.
_SHARED_POST_MAX_LINES = 3
_COMMENTS_MARKER = re.compile(r"^(?:\d+\s+(?:comments?|thoughts?\s+on\b.*|responses?\s+to\b.*)|"
                              # "Comments (87) · Sort by: Newest | Oldest"
                              r"comments?(?:\s*\(\d+\))?(?:\s*[·•|]\s*sort\s+by\b.{0,80})?|guest\s*book|condolences|leave\s+a\s+(?:reply|comment)\b.*|"
                              r"join\s+the\s+(?:conversation|discussion)\b.*)$", re.I)
_POST_LINK = re.compile(r"\b(?:pic\.twitter\.com|t\.co|x\.com|bsky\.app|threads\.net)/\S+")
#: Body-length limits of the platforms (characters); an unknown platform gets X's.
_BODY_LIMIT = {"x": 300, "twitter": 300, "bluesky": 320, "threads": 520, "truth": 520,
               "instagram": 2200, "facebook": 2200, "mastodon": 520}

#: A page's date: a full date, or a weekday with day and month and no year ("Thursday 14
#: November", "Wednesday, July 17"; without the weekday "July 17" alone could be anything).
_PAGE_DATE = (r"(?:(?:" + _WEEKDAY + r",?\s+)?" + _DATE + r"|" + _WEEKDAY + r",?\s+(?:" + _MONTH
              + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"\.?))")
#: A page's clock time, also with a dot as British pages write it ("7.05am", "09.00 BST"); a
#: dotted time needs its am/pm or zone, or it is a decimal.
_PAGE_TIME = (r"(?:" + _TIME + r"|\d{1,2}\.\d{2}(?:\s*[AaPp]\.?[Mm]\.?|\s+[A-Z]{2,4}\b))")
#: A relative time: "3 hours ago", "an hour ago".
_AGO = r"(?:\d+|an?|one)\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago"
_TIMESTAMP = re.compile(
    r"^(?:(?:Updated|Published|Posted|Last\s+updated|Originally\s+published|Date|Week\s+of)\s*:?\s*(?:on\s+|at\s+)?)?"
    r"(?:" + _PAGE_DATE + r"(?:\s*(?:[-–—,|·•]|at)?\s*" + _PAGE_TIME
    + r")?|" + _PAGE_TIME + r"(?:\s*(?:[-–—,|·•]|on)?\s*" + _PAGE_DATE
    + r")?|" + _AGO + r")(?:\s*[·•|,–—-]\s*(?:updated|last\s+(?:updated|modified))(?:\s+on)?\s*:?\s*(?:" + _AGO
    + r"|" + _PAGE_DATE + r"(?:\s*(?:[-–—,|·•]|at)?\s*" + _PAGE_TIME + r")?))?\s*$", re.I)
#: After its label a date needs no year: "Published 4 June", "Updated June 4 at 9:30am".
_LABELLED_DAY = re.compile(
    r"^(?:Updated|Published|Posted|Last\s+updated|Originally\s+published)\s*:?\s*(?:on\s+|at\s+)?(?:(?:\d{1,2}\s+"
    + _MONTH + r"\.?|" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:\s*(?:[-–—,|·•]|at)?\s*" + _PAGE_TIME
    + r")?|" + _PAGE_TIME + r"(?:\s*[-–—,|·•]?\s*" + _WEEKDAY + r")?)\s*$", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{2,40}(?:\s*\([A-Za-z .]{2,30}\))?\s*[—–-]+\s*$")
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:de|van|von|da|del|la|le|bin|al)?\s*[A-Z][\w.'’-]*){0,3}"
_NOT_NAME = {"the", "this", "that", "then", "now", "contrast", "comparison", "far", "way", "law",
             "default", "design", "definition", "all", "any", "no", "some", "most", "monday",
             "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "noon", "midnight",
             "january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "early", "late", "next", "last"}
_BYLINE = re.compile(
    r"^(?:By|BY|Written\s+by|Words\s+by|Story\s+by|Reporting\s+by|Report\s+by|"
    r"(?:(?:Medically|Clinically|Expert)\s+)?[Rr]eviewed\s+by|Fact[-\s][Cc]hecked\s+by)\s+(?P<who>" + _NAME
    + r"(?:\s*(?:,|and|&)\s*" + _NAME + r")*)(?:\s*[,|–—-]\s*[A-Za-z][A-Za-z0-9 .,&'’]{0,59}|"
    r"\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'’ .-]{1,40})?\.?$")
_WIRE_CREDITS = re.compile(
    r"^(?:\(?(?:Additional\s+(?:[Rr]eporting|[Ww]riting)|Reporting|Writing|Editing|Reported|Edited)\s+by\s+[A-Z].{0,150}\)?|"
    r"[A-Z][^.]{0,100}\b(?:contributed|contributing)\s+(?:to\s+)?(?:this\s+)?(?:report|story|article|"
    r"reporting)(?:\s+from\s+[A-Z][^.]{0,40})?\.?)$")
_NAME_ONLY = re.compile(r"^" + _NAME + r"$")
#: A writer's job alone on its line ("Parliamentary sketchwriter", "Chief Political
#: Correspondent"): with a byline or the writer's name beside it, the byline's second line.
_JOB_TITLE = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?(?:\s+|(?<=\w))(?i:[\w-]*(?:writer|reporter|"
                        r"correspondent|columnist|editor|critic|contributor|photographer)s?)$")
#: "Marguerite Osei, Tallow Point", "— Dolores M., Fenwick": a name and a place.
_SIGNATURE_LINE = re.compile(r"^(?:[—–-]\s*)?" + _NAME + r",\s+" + _NAME + r"$|"
                             # A letter writer's pseudonym: "— Tapped Out in Tollbridge".
                             r"^[—–]\s*[A-Z][^.!?]{1,60}$")
#: An institution signing the piece: "By the Editorial Board", "By The Herald Staff".
_BYLINE_INSTITUTION = re.compile(
    r"^By\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:Board|Staff|Editors|Desk|Team|Newsroom|Readers|Contributors)\.?$", re.I)
#: "The views expressed are the author's own": an opinion page's notice (a widget line, and a sign
#: that the page is opinion, see `declares_opinion`).
_VIEWS_EXPRESSED = (r"(?:views|opinions)\s+expressed\b[^.]{0,60}?\b(?:are|is)\s+(?:solely\s+)?"
                    r"(?:(?:his|her|their|my|the\s+author['’]s|the\s+writer['’]s)\s+own|"
                    r"(?:those|that)\s+of\s+the\s+(?:author|writer|contributor)s?)\b")
#: A row of sharing targets ("Facebook  X  Email  Copy link").
_PLATFORM_LIST = (r"(?:(?:facebook|twitter|x|linkedin|whatsapp|reddit|e-?mail|pinterest|telegram|"
                  r"flipboard|print|copy(?:\s+link)?|messenger|threads|bluesky)\s*[,|·•/]?\s*){2,}")
#: What a critic reviews, in a review's kicker ("NON-FICTION REVIEW", "Restaurant Review").
_REVIEWED = (r"(?:restaurant|film|movie|book|album|music|theat(?:er|re)|concert|tv|television|game|"
             r"dining|food|non-?fiction|fiction|poetry|art|dance|opera|stage|exhibition)")
_WIDGET = re.compile(
    r"^(?:share(?:\s+(?:this|the)(?:\s+[a-z-]+){0,2})?(?:\s+(?:on|via)\s+\w+)?(?:\s*:\s*" + _PLATFORM_LIST + r")?|"
    # A live page's reload prompt ("Refresh for the latest", "Refresh to see new posts").
    r"refresh\s+(?:for|to\s+see|this\s+page)\b.{0,40}|"
    # Inline teaser links ("Related: Voters rejected a levy in November").
    r"(?:related(?:\s+(?:opinion|coverage|stories|reading|content|video|episodes?))?|see\s+also|"
    r"more\s+coverage|more\s+(?:episodes|stories|videos|podcasts)|more\s+from\s+[^:]{1,40})\s*:.{1,150}|"
    # An article-type kicker alone on its line ("ANALYSIS", "Opinion", "Live updates").
    r"(?:news\s+)?analysis|opinion|editorial|commentary|perspective|explainer|fact\s+check|satire|"
    r"guest\s+(?:essay|column|opinion|commentary)|(?:(?:parliamentary|political|politics)\s+)?sketch|"
    r"live\s+updates?\s*:\s*(?:follow|read|get|see|watch)\b.{1,150}|"
    r"(?:" + _REVIEWED + r"\s+)?reviews?|"
    r"live(?:\s+updates)?|breaking(?:\s+news)?|exclusive|developing(?:\s+story)?|"
    r"choose\s+your\s+platform\b.*|subscribe\b.{0,80}|sign\s+(?:up|in)\b.{0,80}|"
    r"log\s+in(?:\s+(?:or\s+register|to\s+\w+(?:\s+\w+){0,4}))?|"
    r"(?:subscribe|sign\s+up)\b.{0,120}\bnewsletters?\b.{0,80}|(?:enter|type)\s+your\s+(?:e-?mail|home\s+address|address|zip(?:\s+code)?|postcode)\b.{0,60}|"
    # Page tools: "Find your polling place", "Schedule a showing", a contact block's phone line.
    r"find\s+your\s+(?:polling\s+place|ballot|representatives?|district|precinct)\b.{0,60}|"
    r"schedule\s+a\s+(?:showing|tour|viewing|visit|call|demo|consultation)\b.{0,60}|"
    r"(?:direct|office|cell|mobile|phone|tel|fax)\s*:\s*\+?\(?\d[\d ().-]{6,}\d|"
    # Engagement counts under a newsletter post ("42 Likes · 6 Restacks"), its comment thread,
    # a release's end mark ("###", "-30-"), and a link button ("Shop the Cloud Hybrid →").
    r"[\d.,]+\s*[km]?\s+(?:likes?|restacks?|candles?\s+lit)(?:\s*[·•|]\s*[\d.,]+\s*[km]?\s+(?:likes?|"
    r"restacks?|candles?\s+lit|comments?|shares?|messages?|condolences|tributes))*|"
    # An obituary guestbook's and a paid notice's furniture ("View all 31 messages", "PAID NOTICE
    # — placed by the family").
    r"guest\s*book|condolences|(?:view|see|read)\s+all\s+\d*\s*(?:messages|comments|replies|tributes|condolences|entries)|"
    r"paid\s+(?:notice|obituary|announcement)\b.{0,60}|discussion\s+about\s+this\s+(?:post|article|story)|#{3,}|-\s*30\s*-|"
    # A release's other furniture: its label, its end mark and the heading of its notes.
    r"(?:news|press|media)\s+release|[-–—]*\s*ends\s*[-–—]*|notes?\s+(?:to|for)\s+editors?:?|"
    # A government page's issuer line and feedback widget ("From: Department for ...", "Is this
    # page useful? Yes / No"); a comment section's count ("3 thoughts on “Title”"); a streaming
    # offer ("Stream it: ... on Nexaflix, from £5.99 a month", "Watch on StreamBox: ...").
    r"from\s*:\s*(?:the\s+)?(?-i:[A-Z])[^.!?<>@]{1,80}|(?:is|was)\s+this\s+(?:page|article)\s+(?:useful|helpful)\?.{0,40}|"
    r"\d+\s+(?:thoughts?|responses?|replies|comments?)\s+on\s+.{1,200}|"
    r"(?:stream\s+it|(?:stream|watch)\s+on\s+(?-i:[A-Z])\w+)\s*:.{0,160}|"
    # Notices and appeals of the page, not the story: "This is a developing story and will be
    # updated."; donation prompts ("Tip jar: ...", "Support our journalism ...", "Donate").
    r"this\s+is\s+a\s+(?:developing|breaking)\s+(?:news\s+)?story\b.{0,80}|"
    r"(?:this\s+)?(?:story|article|post|page)\s+will\s+be\s+updated\b.{0,80}|"
    r"support\s+us\b.{0,120}|(?:tip\s+jar|donate|(?:to\s+|help\s+)?support\s+(?:this|our|independent|local)\s+(?:[\w-]+\s+)?(?:blog|site|newsletter|"
    r"journalism|reporting|work|coverage|news)|become\s+a\s+(?:paying\s+)?(?:member|patron|supporter|"
    r"subscriber))\b.{0,200}|"
    # A newsletter's sign-off ("Thanks for reading The Ledger!").
    r"thanks?(?:\s+you)?\s+(?:so\s+much\s+)?for\s+reading(?:\s+[^,;:.!?]{1,50})?[.!]?|"
    r"follow\s+(?:us|me|him|her|them|@\w+|(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,2}\s+on\s+"
    r"(?:Instagram|X|Twitter|TikTok|Facebook|Threads|Bluesky|Pinterest|LinkedIn|YouTube))\b.{0,120}|reply|comments\s+are\s+(?:closed|disabled)\b.{0,40}|(?:this\s+)?(?:discussion|thread|conversation)\s+is\s+(?:now\s+)?closed(?:\s+(?:for|to)\s+(?:new\s+)?comments)?\.?|get\s+(?:the|our)\b.{0,40}\bnewsletter\b.*|newsletter|"
    r"read\s+(?:more|next|the\s+full\s+(?:story|article))\b.{0,150}|continue\s+reading\b.{0,60}|"
    r"also\s+read\b.{0,150}|click\s+here\b.{0,80}|advertisement|ad|sponsored(?:\s+content)?|"
    r"skip\s+(?:to\s+\w+(?:\s+\w+)?|ad)|listen\s+to\s+(?:this|the)\s+(?:article|story)\b.{0,30}|"
    r"\d+\s+min(?:ute)?s?\s+read|print|email|copy\s+link|link\s+copied|save(?:\s+article)?|"
    r"(?:comments?(?:\s*\(\d+\))?|\d+\s+comments?)(?:\s*[—–·|:-]\s*(?:log\s+in|sign\s+in|show|view|join|read|add)\b.{0,50})?|"
    r"(?:leave|post|add|view|show|see)\s+(?:a\s+|all\s+)?comments?.{0,30}|"
    r"(?:log\s+in|sign\s+in|register|subscribe)(?:\s+or\s+(?:register|sign\s+up))?\s+to\s+"
    r"(?:(?:add|post|leave)\s+(?:a|your)\s+)?(?:comment|reply|join\s+the\s+(?:conversation|discussion))\b.{0,40}|"
    r"(?:show|load|see)\s+more(?:\s+(?:updates|posts|entries|comments|stories|results))?|"
    # A newsletter's issue line and notices ("Issue #187 — Thursday 6 June 2024", "Subscriber-only
    # content. Please do not forward ...", "Risk warning: The value of investments ...").
    r"issue\s*(?:#|no\.?\s*)?\d+\s*[—–|·,-]\s*.{0,40}|subscriber[-\s]only\b.{0,100}|"
    r"risk\s+warning\s*:.{0,400}|"
    r"join\s+the\s+(?:conversation|discussion)\b.{0,60}|"
    r"what\s+do\s+you\s+think\b.{0,100}|tell\s+us\b.{0,60}\b(?:comments?|below|e-?mail|what\s+you\s+think|"
    r"your\s+(?:stories|story|experiences?|views?|thoughts))\b.{0,150}|"
    # A corrections prompt ("Spotted an error?", "Read our corrections policy ...").
    r"(?:spot(?:ted)?|see|saw|found|notice[ds]?)\s+an?\s+(?:error|mistake|typo)\b.{0,80}|"
    r"to\s+(?:report|flag)\s+an?\s+(?:error|mistake|typo|correction)\b.{0,160}|"
    r"read\s+our\s+(?:corrections?|ethics|editorial|fact-?checking)\s+polic(?:y|ies)\b.{0,100}|"
    r"copyright\b.{0,150}|©.{0,150}|\(c\)\s*\d{4}.{0,100}|"
    r"(?:photo(?:graph)?|image|video|graphic|illustration|picture)s?(?:\s+credits?)?\s*:.{0,120}|"
    # Where the story ran in print ("This story appears in the Spring 2025 issue of ...", "A
    # version of this article appeared in print on ...").
    r"(?:this|a\s+version\s+of\s+this)\s+(?:story|article|feature|essay|piece)\s+(?:originally\s+)?"
    r"(?:appears|appeared|ran|was\s+(?:first\s+|originally\s+)?published)\s+(?:in|on)\b.{0,60}"
    r"\b(?:issue|edition|print|magazine)\b.{0,60}|"
    # The newsroom's tip line ("Have a news tip? Email ... or call ...").
    r"(?:have|got)\s+(?:a\s+(?:news\s+|story\s+)?tip|(?:a\s+)?(?:photos?|videos?|memor(?:y|ies)))\b.{0,120}|"
    r"get\s+(?:breaking\s+)?(?:news\s+)?alerts\b.{0,120}|"
    # A player's buttons ("▶ Play episode (41:07)", "Listen now"), a transcript's editing note,
    # a sponsor line, a call for submissions, and a show's credits ("Producer: Name").
    r"[▶►]?\s*(?:play|listen)(?:\s+(?:now|episode|(?:to\s+)?(?:the\s+)?(?:episode|podcast)))?"
    r"(?:\s*\(\d{1,2}:\d{2}(?::\d{2})?\))?|"
    r"this\s+(?:transcript|interview|conversation|excerpt)\s+(?:has\s+been|was)\s+(?:lightly\s+)?"
    r"(?:edited|condensed)\b.{0,120}|"
    r"(?:this|today['’]s)\s+(?:episode|podcast|newsletter|segment|series|show|briefing|edition|issue)"
    r"\s+is\s+(?:sponsored|presented|"
    r"supported|brought\s+to\s+you)\s+by\b.{0,80}|"
    r"to\s+submit\s+(?:a|an|your)\s+(?:column|letter|op-?ed|essay|story|tip|question)\b.{0,120}|"
    r"letters\s+to\s+the\s+editor\s*:.{1,200}|submit\s+(?:a|your)\s+letter\b.{0,160}|"
    r"(?:please\s+|(?:letters|submissions)\s+must\s+)?include\s+your\s+(?:full\s+)?name\b.{0,120}|"
    r"(?:letters|submissions)\s+(?:should|must)\s+(?:be|include|not\s+exceed)\b.{0,300}|"
    r"how\s+to\s+submit\s+(?:a|an|your)\s+(?:letter|op-?ed|column|tip|story)\b.{0,40}|"
    # Readers' star ratings ("★★★★★ 4.9 from 186 votes"): a widget, not the critic's verdict.
    r"(?:[★☆⭐]\s*)+\s*\d(?:\.\d)?\s*(?:/\s*5\s*)?(?:from|\()\s*[\d,]+\s+(?:votes|ratings|reviews)\)?|"
    r"(?:(?:executive|senior|associate)\s+)?(?:host|co-?host|producer|editor|engineer|mixing|"
    r"sound\s+design|music|theme\s+music|presenter)s?(?:\s+by)?\s*:\s*(?-i:[A-Z])[\w.'’-]*"
    r"(?:[ ,&]+(?:and\s+)?(?-i:[A-Z])[\w.'’-]*){0,7}\.?|"
    # A comment section: "Leave a Reply", "Your email address will not be published.",
    # "Required fields are marked *", a commenter's header ("Marcy T. says: March 6, 2025 at 7:12
    # am", see `_COMMENT_HEADER`).
    r"leave\s+a\s+(?:reply|comment)\b.{0,160}|your\s+email\s+address\s+will\s+not\s+be\s+published\b.{0,80}|"
    r"required\s+fields\s+are\s+marked\b.{0,10}|"
    # Page tools and ads: "Mortgage calculator: ...", "SPONSORED · ...", "Featured Agent: ...",
    # "View listings »", "[Subscribe]", app downloads, alert sign-ups.
    r"(?:mortgage|payment|loan|retirement|tax)\s+calculator\b.{0,160}|(?:sponsored|paid\s+(?:post|content)|"
    r"promoted|advertisement)\s*[·|:—–-]\s*.{1,200}|featured\s+(?:agent|listing|partner)s?\s*:.{1,160}|"
    r"view\s+(?:all\s+)?(?:listings|deals|offers|more)\s*[»›>]?|\[\s*\w+(?:\s+\w+)?\s*\]|"
    r"(?:get\s+[^:]{1,40}:\s*)?download\s+(?:the|our)\s+.{1,60}?\bapp\b.{0,60}|"
    r"sign\s+up\s+for\b.{0,60}\b(?:alerts|newsletters?|updates)\b.{0,120}|"
    # An author's contact line ("Reach him at name@example.com", "Contact the reporter on X").
    r"(?:write\s+to|e-?mail|contact|reach)\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s+"
    r"(?:securely\s+)?(?:at|on|via)\s+(?:[\w.+-]+@[\w-]+\.[\w.]+|Signal|WhatsApp|\+?\(?\d).{0,160}|e-?mail\s+[\w.+-]+@[\w-]+\.[\w.]+.{0,200}|contact\s+us\b[^,;:]{0,60}|"
    r"do\s+you\s+have\s+(?:information|a\s+tip|tips|a\s+story)\b[^.?]{0,60}\?.{0,160}|"
    r"gift\s+(?:this\s+)?(?:article|story|subscription)|read\s+the\s+(?:documents|full\s+report|filing|lawsuit)|"
    r"coming\s+(?:\w+\s+){0,2}in\s+part\s+\d+\b.{0,200}|part\s+\d+\s+of\s+\d+|"
    r"[A-Z]{1,6}\s+\$?[\d,.]+\s+[+\-−▲▼]\s*[\d.,]+\s*(?:\(\s*[+\-−]?[\d.]+%\s*\))?.{0,80}|"
    r"(?:reach|contact|e-?mail|write\s+to|message)\s+(?:him|her|them|me|us|the\s+(?:author|writer|"
    r"reporter|columnist|desk))\s+(?:at|on|via)\s+(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w|"
    r"(?:X|Twitter|Bluesky|Threads|Mastodon|Signal|WhatsApp)\b|\+?\d[\d ().-]{6,}\d).{0,60}|"
    # A call for readers' stories ("Have a small-business story we should tell? Email ...").
    r"(?:have|got|know\s+of)\s+an?\s+(?:[\w-]+\s+){0,3}(?:story|story\s+idea|question|problem|complaint)"
    r"(?:\s+(?:we|you)\s+should\s+\w+|\s+(?:about|on|for)\s+[^?]{1,40})?\s*\?.{0,120}|"
    # An opinion page's own notice ("This is an opinion column.", "The views expressed are the
    # author's own.").
    r"this\s+is\s+an?\s+(?:opinion|guest|satirical|satire|humou?r)\s+(?:column|piece|essay|article)\.?|"
    r"(?:the\s+)?" + _VIEWS_EXPRESSED + r".{0,100}|"
    # A film's or show's credits block: "Directed by ...", "Starring ...", "Running time: ...",
    # "Rated PG-13 for ...".
    r"(?:directed|written|produced)\s+by\s+(?-i:[A-Z])[^\"”]{0,100}|starring\s+(?-i:[A-Z]).{0,200}|"
    r"(?:running\s+time|runtime)\s*:.{0,80}|rated\s+(?-i:(?:G|PG|PG-13|R|NC-17|TV-\w+|M|MA15\+))\b.{0,100}|"
    r"(?:tags|topics|filed\s+under)\s*:.{0,150}|(?:posted|filed)\s+in\s+[\w &,-]{1,40}|"
    r"menu|search|home|back\s+to\s+top|"
    # A comment thread's buttons, a document link and a box's heading.
    r"report\s+(?:this\s+)?comment|you\s+must\s+be\s+logged\s+in\b.{0,80}|"
    r"key\s+(?:takeaways|points)|at\s+a\s+glance|purchase\s+licensing\s+rights|shop\s+the\s+(?:look|story|post|trend|edit)\b.{0,200}|(?:shop|buy)\s+now|"
    r"report\s+(?:a|an)\s+(?:scam|crime|error|problem|issue|outage)\b.{0,200}|"
    r"(?:reader|readers['’]?|today['’]s|quick)\s+poll|"
    r"this\s+(?:post|article|story|page)\s+(?:contains|includes|may\s+contain)\s+affiliate\s+links\b.{0,200}|"
    # A markets ticker ("BTC $67,412 ▲2.1%   ETH $2,648 ▲1.4%"), labelled disclaimers and
    # notices, gambling notices, spoiler warnings, a recap's "Previously:" link, a newsletter's
    # pitch and sign-off, a sponsor slot's heading and a "Learn more" link.
    r"(?:[A-Z]{2,6}\s+\$?[\d,.]+\s*[▲▼△▽↑↓+\-−]\s*[\d.]+%\s*){2,}|"
    r"(?:disclaimer|disclosure)\s*:.{1,400}|accessibility\s*:.{0,80}\b(?:website|web\s+site|this\s+site|"
    r"web\s+content|digital)\b.{0,300}|not\s+(?:financial|investment|legal)\s+advice\b.{0,300}|"
    r"odds\s+(?:are\s+)?(?:correct|accurate)\b.{0,160}|(?:please\s+)?(?:bet|gamble|drink|enjoy\s+\w+)\s+responsibly\b.{0,200}|"
    r"spoiler\s+(?:warning|alert)\b.{0,200}|previously\s*:.{1,150}|"
    r"that['’]s\s+(?:it|all)\s+for\s+(?:this\s+\w+|today|now)\b.{0,200}|"
    r"reply\s+to\s+this\s+e-?mail\b.{0,160}|a\s+(?:word|message)\s+from\s+(?:our|this\s+\w+['’]s)\s+sponsors?|"
    r"learn\s+more\b.{0,80}|"
    # A newsletter's frame: "View in browser", "You're receiving this email because ...", its
    # credits ("The Morning Briefing is written by Name and edited by Name."), its recurring
    # features ("Quote of the day"), a texting service's notice, and a comment prompt's heading.
    r"view\s+(?:this\s+(?:e-?mail|newsletter|message)\s+)?(?:in\s+(?:your\s+|a\s+)?(?:web\s+)?browser|"
    r"online)|you(?:['’]re|\s+are)\s+receiving\s+this\b.{0,200}|"
    r"(?:quote|photo|picture|number|chart|word|stat)\s+of\s+the\s+(?:day|week)|"
    r"(?:msg|message)\s*(?:&|and)\s*data\s+rates\s+may\s+apply\.?|"
    r"have\s+your\s+say\b[^.]{0,40}\.?|"
    # A chart's or table's source line ("Source: National Weather Service").
    r"source\s*:\s*[^.!?]{1,80}|"
    r"view\s+this\s+post\s+on\s+\w+|(?:view|watch|listen)\s+on\s+\w+|embed|"
    # Notices of a finance page's data feed ("Market data delayed at least 15 minutes.",
    # "Quotes provided by ...").
    r"(?:all\s+)?(?:market\s+data|(?:stock\s+)?quotes?|prices?)\s+(?:(?:are|is)\s+)?delayed\s+"
    r"(?:(?:at\s+least|by|up\s+to)\s+)?\d+\s+min\w*\b.{0,80}|"
    r"(?:market\s+data|(?:stock\s+)?quotes?)\s+(?:provided|supplied|powered)\s+by\b.{0,60}|"
    # The outlet's policies and disclaimers: "Our Standards: ...", "This article is for
    # informational purposes only ...", "Letters reflect the views of their writers ...",
    # "By signing up, you agree to our Terms of Use ...".
    r"our\s+(?:standards|ethics(?:\s+policy)?|editorial\s+(?:standards|guidelines|policy)|"
    r"(?:trust|editorial)\s+principles)(?:\s*:.{0,80})?|"
    r"(?:disclaimer\s*:\s*)?this\s+(?:article|content|story|information|page|column|post|newsletter)\s+is\s+(?:provided\s+)?for\s+(?:general\s+)?"
    r"(?:informational|information|educational)\s+(?:purposes\s+)?only\b.{0,160}|"
    r"this\s+(?:article|content|story|page)\s+(?:provides|offers|contains|is)\s+(?:general\s+)?"
    r"information\b.{0,40}\bnot\s+(?:legal|financial|medical|tax|investment)\s+advice\b.{0,200}|"
    # Sponsored content's disclosure, a press trip's, and an advert's fine print.
    r"this\s+(?:content|article|story|post|feature)\s+(?:was|is)\s+(?:produced|created|paid\s+for|"
    r"sponsored|presented)\s+by\b.{0,100}(?:\.\s+.{0,40}\b(?:editorial|news(?:room)?)\s+staff\b.{0,80})?|"
    r"the\s+(?:writer|author|reporter)\s+(?:travell?ed|stayed|was\s+hosted)\s+(?:as\s+(?:a\s+)?guests?\s+of|"
    r"courtesy\s+of|with\s+support\s+from)\b.{0,160}|"
    r"(?:offer|discount|promotion|coupon|promo\s+code)s?\s+(?:is\s+)?(?:valid|ends|expires|applies)\b.{0,200}|"
    r"(?:editor['’]s\s+note\s*:\s*)?(?:guest\s+)?(?:letters|columns|comments|opinions)\s+"
    r"(?:reflect|represent|express)\s+(?:only\s+)?"
    r"(?:the\s+(?:views|opinions)\s+of\s+)?(?:their|the)\s+(?:writers|authors)\b.{0,100}|"
    r"by\s+(?:signing\s+up|subscribing|registering|clicking|continuing|writing\s+to\s+us|contacting\s+us|"
    r"submitting)\b.{0,40}\byou\s+agree\b.{0,120}|"
    # A column's notice under its call for letters ("Maggie regrets she cannot reply to every
    # letter personally.").
    r"(?-i:[A-Z])[\w'’-]*\s+regrets?\s+(?:that\s+)?(?:she|he|they|we|i)\s+(?:cannot|can['’]t|(?:is|are|am)\s+"
    r"unable\s+to)\s+(?:reply|respond|answer)\b.{0,100}|"
    # A newsletter's pitch ("Get the Backstage Brief: ... straight to your inbox.").
    r"(?:get|sign\s+up\s+for|subscribe\s+to)\b.{0,120}\byour\s+inbox\b.{0,80}|"
    # An obituary page's prompts ("Leave a condolence", "Sign the Guestbook", "Send Flowers").
    r"(?:leave|share|post|offer)\s+(?:a\s+)?(?:condolences?|memory|memories|tribute)\b.{0,60}|"
    r"sign\s+the\s+guest\s*book\b.{0,40}|send\s+flowers\b.{0,40}|"
    # Shopping buttons and affiliate notices ("Buy now at Retailer ($49)", "We may earn a
    # commission when you buy through links on our site.").
    r"(?:buy|shop)(?:\s+(?:it|now))?\s+(?:at|from|on)\s+[^.]{1,40}|"
    r"(?:buy|order)\s+(?:the\s+|this\s+)?(?:new\s+)?(?:book|album|record|novel|it|kit|shirt|tickets?)\s*:.{0,200}|"
    # A reader poll's count ("1,482 votes ·
    # Poll closes 10 March"); a teaser list after its label ("More reviews: A | B"); a video or
    # audio teaser ("Watch: Name's first interview, exclusively on RoversTV").
    r"[\d,]+\s+votes(?:\s*[·•|]\s*.{0,60})?|(?:(?:quick|reader|our)\s+)?poll\s*:\s*.{1,200}|"
    r"more\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*:\s*[^.!?]{1,200}|(?:watch|listen)\s*:\s*[^.!?]{1,120}|"
    # A labelled list of teaser links, two or more between bars ("You might also like: A | B",
    # "More on Castlebridge Town: A | B | C").
    r"(?:you\s+(?:may|might)\s+also\s+like|more\s+(?:on|from|in|about)\s+[^:|]{1,40}|related(?:\s+\w+)?|"
    r"read\s+(?:more|next|also)|see\s+also|also\s+read|recommended(?:\s+\w+)?)\s*:\s*[^|]{1,150}"
    r"(?:\s\|\s[^|]{1,150})+|"
    r"save\s+for\s+later|prices?\s+(?:are\s+)?(?:correct|accurate)\s+(?:at|as\s+of)\s+(?:the\s+)?time\s+of\s+"
    r"(?:publication|publishing|writing|going\s+to\s+press)\.?|"
    # An audio player's controls ("▶ Play 00:00 / 14:32 Volume ..."), a transcript's bracketed
    # note ("[Travel news and adverts removed]", "[Music]"), a station's "Have your say: text ...",
    # an email's sender line, a newsletter's greeting ("Hello neighbours,"), a column's "Next
    # week: ..." teaser.
    r"[▶►]?\s*(?:play|pause)\s+\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}\b.{0,120}|"
    r"\[[^\[\].!?]{1,90}\]|have\s+your\s+say(?:\s*[:—–-]\s*.{0,200})?|in\s+this\s+(?:issue|edition|newsletter)|"
    r"(?:from|reply-to|sender)\s*:\s*[^<>\n]{0,80}<[^<>@\s]+@[^<>\s]+>|"
    r"(?:hello|hi|hey|greetings|good\s+(?:morning|afternoon|evening))(?:\s+[\w'’-]+){0,3},|"
    r"(?:next\s+(?:week|time|month)|coming\s+(?:up\s+)?next\s+week)\s*:\s*.{1,150}|(?:check|see)\s+price\s+at\s+[^.]{1,40}|"
    r"(?:check|see|compare)\s+prices?\s*:.{1,120}|"
    r"(?:(?:when|if)\s+you\s+(?:buy|shop|click)\b[^,]{0,60},\s*)?"
    r"(?:we|this\s+site|our\s+\w+)\s+(?:may\s+)?(?:earn|receive)\s+(?:an?\s+)?(?:small\s+)?"
    r"(?:commission|affiliate|share\s+of\s+sales)\b.{0,160}|"
    # A newswire release's furniture: "News provided by ...", "About <Company>", "Forward-Looking
    # Statements", "Media Contact:", "SOURCE <Company>", a line that is only an email or phone.
    r"news\s+provided\s+by\b.{0,120}|"
    r"about\s+(?-i:[A-Z])[\w&'’-]*(?:,?\s+(?-i:[A-Z])[\w&'’-]*){0,5}(?:,?\s+(?:inc|llc|ltd|corp|co)\.?)?|"
    r"(?:forward-looking\s+statements?|safe\s+harbou?r(?:\s+statement)?)|"
    r"(?:\d{1,2}\.\s+)?(?:media|press|investor)\s+(?:contacts?|enquiries|inquiries)\s*:?.{0,120}|(?-i:SOURCE\s+[A-Z]).{1,60}|"
    r"(?:[\w ,'’-]{1,40}:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ().-]{6,}\d|"
    # An advice column's call for letters, with its address.
    r"(?:write|send|email)\s+(?:to\s+)?(?-i:[A-Z])\w+\b[^.!?]{0,160}?[\w.+-]+@[\w-]+\.[\w.]+.{0,160}|"
    r"(?:use\s+)?(?:signal|whatsapp|telegram)\s+(?:on|at)\s+\+?\d[\d ().-]{6,}\d.{0,160}|"
    r"(?:send|email|e-mail|write|submit)\s+(?:your\s+)?(?:questions?|letters?|problems?)\b.{0,100}"
    r"[\w.+-]+@[\w-]+\.[\w.]+.{0,80}|(?:letters|submissions)\s+(?:may|will)\s+be\s+edited\b.{0,120}|"
    r"more\s+news\s+from\s+(?:this\s+source|[^.]{1,40})|download(?:\s+(?:pdf|the\s+app|our\s+app|(?:the\s+)?(?:full\s+)?(?:data(?:set)?|report|spreadsheet|file|figures)"
    r"(?:\s*\([^)]{1,30}\))?))?|"
    + _PLATFORM_LIST + r")$", re.I)
#: The widget shapes that may open with any text ("... in the comments below", "... All rights
#: reserved", a trailing photo credit or agency credit). Kept apart from `_WIDGET` because trying
#: them costs a backtracking scan of the line, and tried only on a line holding a literal that
#: one of them needs (see `_widget_match`): ``_WIDGET.match(x) or _WIDGET_TAIL.match(x)`` is
#: exactly the one pattern with all the alternatives.
_WIDGET_TAIL = re.compile(
    r"^(?:.{0,80}\b(?:in|to)\s+the\s+comments?(?:\s+(?:section|below))?\s*[.!]?|"
    r".{0,100}all\s+rights\s+reserved\.?|"
    r".{0,200}\((?:photo|image|picture)s?\s*(?::|(?:by|credit|courtesy)\b)[^)]{0,80}\)\.?|"
    # A caption's bare credit: "(Dana Reyes/Riverton Courier)", a photographer and an outlet.
    r".{0,200}\((?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3}\s*/\s*(?-i:[A-Z])[\w&.'’-]*"
    r"(?:\s+(?-i:[A-Z&])[\w&.'’-]*){0,4}\)\.?|"
    r".{0,200}(?:/|\bvia\s+)(?:Getty\s+Images|AP|AFP|Reuters|Shutterstock|EPA|Bloomberg)\b[^.]{0,40})$",
    re.I)
#: More shapes that may open with any text, each tried only on a line holding its literal (see
#: `_widget_match`): a newsletter's pitch ("... stories, in your inbox every morning"), its
#: credits ("The Morning Briefing is written by Name and edited by Name."), an alert sign-up
#: behind its label ("Weather alerts: Sign up ...").
_INBOX_PITCH = re.compile(
    r"^.{0,100}\b(?:stories|news|newsletter|headlines|briefing|digest)\b.{0,40}\bin\s+your\s+inbox\b.{0,80}$",
    re.I)
_CREDITS = re.compile(
    r"^(?:this\s+(?:story|article|report|newsletter|edition|issue)|(?:the\s+|today['’]s\s+)?"
    r"[\w'’ -]{0,30}(?:newsletter|briefing|digest|edition|roundup))\s+(?:is|was)\s+(?:written|compiled|"
    r"produced|edited|curated)\s+by\s+(?-i:[A-Z])[\w.'’ -]{1,40}?(?:,?\s+and\s+(?:edited|produced|"
    r"compiled)\s+by\s+(?-i:[A-Z])[\w.'’ -]{1,40}?)?\.?$", re.I)
#: An affiliate notice by name ("BlockPulse may receive a commission when you sign up ...").
_NAMED_AFFILIATE = re.compile(r"^(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}\s+(?:may\s+)?"
                              r"(?:earn|receive)\s+(?:an?\s+)?(?:small\s+)?(?:commission|affiliate|"
                              r"share\s+of\s+sales)\b.{0,160}$", re.I)
#: A humour site's notice ("The Daily Shrug is a satirical publication. All stories are fiction
#: ...").
_SATIRE_NOTICE = re.compile(r"^(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4}\s+is\s+a\s+"
                            r"satirical\s+(?:publication|site|website|newspaper|news\s+site)\b.{0,300}$|"
                            r"^(?:any|all)\s+resemblance\s+to\s+real\b.{0,200}$", re.I)
#: A site's funding notice ("TechBench is supported by its audience.").
_AUDIENCE_SUPPORTED = re.compile(r"^.{1,40}\bis\s+(?:supported|funded)\s+by\s+(?:its|our)\s+(?:audience|readers)\b"
                                 r".{0,80}$|^.{1,40}\bis\s+(?:reader|audience)-supported\b.{0,80}$", re.I)
#: A listing's legal notices: fair housing, "information deemed reliable but not guaranteed".
_LISTING_NOTICE = re.compile(r"^.{0,80}\b(?:committed\s+to\s+the\s+letter\s+and\s+spirit\b.{0,80}\bhousing|"
                             r"equal\s+housing\s+opportunity|(?:is\s+)?deemed\s+reliable\s+but\s+not\s+guaranteed|"
                             r"we\s+do\s+not\s+discriminate)"
                             r"\b.{0,400}$", re.I)
_ALERT_SIGNUP = re.compile(r"^[\w ]{1,30}\s+alerts\s*:\s*sign\s+up\b.{0,160}$", re.I)
#: A link button: a short unpunctuated label closed by an arrow ("Shop the Cloud Hybrid →") or
#: a document's "(PDF)" ("Read the ruling (PDF)").
#: A picture's credit, alone or after a caption of a few words ("Rowan Fellows. Photograph: Sam
#: Ockley for the Gazette"; a caption that is a sentence is content, and labellers read it so),
#: and a postal address "c/o" someone ("Alder Hill Residents' Association, c/o 14 Vicarage Road").
_PHOTO_CREDIT = re.compile(r"^(?:[^.!?\s]+(?:\s+[^.!?\s]+){0,4}[.!?]\s+)?(?:photograph|photo|picture|image|illustration)s?"
                           r"\s*(?::|by\b)\s*(?-i:[A-Z])[^.!?]{1,80}\.?$", re.I)
_CARE_OF = re.compile(r"^[^.!?]{1,80},\s*c/o\s+[^.!?]{1,100}$", re.I)
#: A form's empty fields: "Your first name or pseudonym [          ]  Your question [          ]".
_FORM_FIELDS = re.compile(r"^(?:[^\[\]]{1,60}\[\s*\]\s*){2,}[^\[\]]{0,40}(?:\[[^\[\]]{1,20}\])?$")
#: A reader poll's options: "( ) Her best yet  ( ) Good, not great  ( ) Disappointing".
_POLL_OPTIONS = re.compile(r"^(?:(?:\(\s?\)|○|◯|☐|\[\s?\])\s*[^()○◯☐\[\]]{1,40}){2,}(?:\[[^\[\]]{1,20}\])?$")
#: A shopping box's price line: "Kestrel DualDrive 256GB — $29.99 at Amazon | Check price".
_PRICE_AT_RETAILER = re.compile(
    r"^[^.!?|]{1,80}?\s[—–-]\s*[$£€]\d[\d.,]*\s+(?:at|from)\s+(?-i:[A-Z])[^.|]{0,40}?"
    r"(?:\s*\|\s*(?:(?:check|see|compare)\s+prices?|(?:buy|shop)\s+now|(?:see|view|get)\s+(?:the\s+)?deal))?\s*$",
    re.I)
#: A shopping box's item with its price and button: "SunLeaf D3, 90 gummies — £8.99 — Best value —
#: Buy now at Healthmart".
_PRICE_THEN_BUY = re.compile(
    r"^[^.!?|]{1,80}?\s[—–|-]\s*[$£€]\d[\d.,]*(?:\s*[—–|-]\s*[^—–|]{1,30})*?\s*[—–|-]\s*"
    r"(?:buy|shop|order)(?:\s+(?:it|now|here))?(?:\s+(?:at|from|on)\s+(?-i:[A-Z])[^.|]{0,40})?\s*$", re.I)
#: A reader poll's result for one option: "Yes – 2,814 votes (63%)". An election's result has the
#: same shape, so it counts only beside the poll's own furniture (``_POLL_NEAR`` lines).
_POLL_RESULT = re.compile(r"^[\w'’ ,.()-]{1,40}?\s*[–—-]\s*[\d,]+\s+votes?(?:\s*\(\d{1,3}(?:\.\d)?\s*%\))?$", re.I)
_POLL_NEAR = 3
_LINK_BUTTON = re.compile(r"^[^.!?]{1,80}\s*[→»▶►]$|^[^.!?]{1,60}\(\s*pdf\s*\)$", re.I)


def _is_comment_header(line: str) -> bool:
    return bool(_COMMENT_HEADER.match(line) or (_COMMENT_AGE.match(line) and not _widget_match(line)))


_BY_WORD = re.compile(r"\sby\s")
_CREDIT_VERB = re.compile(r"written|compiled|produced|edited|curated")


def _widget_match(line: str) -> bool:
    """Whether ``line`` is one of the widget shapes (`_WIDGET` or `_WIDGET_TAIL`)."""
    if _WIDGET.match(line):
        return True
    # Each `_WIDGET_TAIL` shape holds "comment", "reserved" ("erved" here), "(", "/" or "via";
    # the other shapes hold their own literal. Under re.I the letters a, b, c, d, e, l, m, n, o,
    # r, t, v, x, y match only characters whose lower() is that letter, so the lowered line holds
    # the literal; "i" also matches "İ" (lowered "i̇") and "ı", hence the three spellings of
    # "via" and "nbox" for "inbox".
    low = line.lower()
    if ("comment" in low or "erved" in low or "(" in line or "/" in line
            or "via" in low or "vi\u0307a" in low or "v\u0131a" in low) and _WIDGET_TAIL.match(line):
        return True
    stripped = line.rstrip()
    if stripped and (stripped[-1] in "→»▶►" or stripped[-1] == ")") and _LINK_BUTTON.match(stripped):
        return True
    if ("$" in line or "£" in line or "€" in line) and (_PRICE_AT_RETAILER.match(line)
                                                        or _PRICE_THEN_BUY.match(line)):
        return True
    if line[:1] in "(○◯☐[" and _POLL_OPTIONS.match(line):
        return True
    if "[" in line and _FORM_FIELDS.match(line):
        return True
    if (("photo" in low or "picture" in low or "image" in low or "illustration" in low)
            and _PHOTO_CREDIT.match(line)):
        return True
    if "c/o" in low and _CARE_OF.match(line):
        return True
    if "nbox" in low and _INBOX_PITCH.match(line):
        return True
    if "alert" in low and _ALERT_SIGNUP.match(line):
        return True
    if "supported" in low and _AUDIENCE_SUPPORTED.match(line):
        return True
    if ("satiric" in low or "resemblance" in low) and _SATIRE_NOTICE.match(line):
        return True
    if ("housing" in low or "reliable" in low or "discriminat" in low) and _LISTING_NOTICE.match(line):
        return True
    if ("commission" in low or "affiliate" in low or "sales" in low) and _NAMED_AFFILIATE.match(line):
        return True
    return (_BY_WORD.search(low) is not None and _CREDIT_VERB.search(low) is not None
            and _CREDITS.match(line) is not None)


_SECTION = re.compile(
    r"^(?:most\s+(?:read|popular|viewed|shared)(?:\s+(?:in|on|from)\s+[\w'’&-]+(?:\s+[\w'’&-]+){0,2})?|related(?:\s+(?:articles?|stories|coverage|content|"
    r"news|posts|reading))?|latest(?:\s+(?:news|stories|headlines|articles?))?|trending(?:\s+now)?|"
    r"recommended(?:\s+(?:for\s+you|reading|stories))?|you\s+(?:may|might)\s+also\s+like|"
    r"(?:read\s+)?more\s+(?:from|on|in)\b.{0,40}|"
    r"(?:read\s+)?more\s+(?:[\w'’-]+\s+)?(?:stories|news|headlines|coverage|articles|fact[-\s]?checks|"
    r"columns|reviews|analysis|explainers)|top\s+stories|"
    r"editor['’]?s\s+picks?|don['’]?t\s+miss|shop\s+(?:the\s+)?[\w'’-]+|popular(?:\s+now)?|in\s+case\s+you\s+missed\s+it|"
    r"what\s+to\s+read\s+next|read\s+next|up\s+next|(?:listen|watch)\s+again|more\s+episodes|"
    r"previous\s+episodes|further\s+reading|around\s+the\s+web|from\s+our\s+partners|"
    # A fact-check's or report's list of its sources.
    r"sources?|references|sources\s+and\s+(?:notes|methods|methodology)|topics|tags|"
    # A release's contact block ("Media contact:" over the name, title and phone lines), a bare
    # "Read more" over teaser links.
    r"(?:media|press)\s+(?:contacts?|inquiries|enquiries)|read\s+more)\s*:?$",
    re.I)
_NAV_SEP = re.compile(r"\s(?:\||•|·|›|»|>|/)\s")
_NAV_GAP = re.compile(r"[ \t]{2,}|\t")
_NAV_GAP_MIN_ITEMS = 4
#: An "About ..." block stands in the page's closing part (from this share of its paragraphs).
_ABOUT_FROM = 0.6
#: "More travel", "More in Business": a section's teaser heading (see ``segment_roles``).
_MORE_SECTION = re.compile(r"^More\s+(?:(?:in|from|on)\s+)?[A-Z&]?[\w&'’-]*(?:\s+[\w&'’-]+)?$")
#: The heading of an organisation's or author's "About" block ("About the University of
#: Eastmere", "About Example Analytics", "About the Author").
_ABOUT_HEADING = re.compile(r"^About\s+(?:Us|(?:this|the)\s+(?:series|project|newsletter|podcast|column|author|authors)|(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|and|for|"
                            r"the|&)){0,7})$")
_TERMINAL = (".", "?", "!", ":", "”", '"', "’", "'", ")")
#: How a line of prose that is a sentence ends (a title or label line ends otherwise).
_SENTENCE_CLOSERS = (".", "?", "!", "”", '"', "’", "'")
#: A section heading's teaser block ends at the first line longer than this (words).
_TEASER_MAX_WORDS = 25
_TEASER_MAX_LINES = 12


# --------------------------------------------------------------------------- line detectors

def attribution_span(line: str) -> tuple[int, int] | None:
    """Offsets of an embedded post's attribution inside ``line`` (``None`` when it has none).

    The span runs to the end of the line; what comes before it is the post body. A handle
    mentioned in running prose ("she wrote to @cityhall asking …") is not an attribution: the
    handle must close the line, alone or with its date, time or platform.
    """
    stripped = line.rstrip()
    m = (_ATTRIBUTION_PLATFORM.match(stripped.lstrip()) or _PLATFORM_CHROME.match(stripped.lstrip())
         or _CARD_AUTHOR.match(stripped.lstrip()) or _GROUP_POST_SIGNATURE.match(stripped.lstrip()))
    if m:
        lead = len(stripped) - len(stripped.lstrip())
        return lead, len(stripped)
    if "@" not in stripped:
        return None  # the other two shapes hold a handle, whose "@" is literal in their patterns
    m = _ATTRIBUTION_BARE.match(stripped.lstrip())
    # Without a dash, the handle needs a date or platform after it: "Jane Roe (@janeroe)" alone
    # is an author's signature (see is_byline), not an embedded post.
    if (m and len(m.group("name").split()) <= 6 and not _POST_LINK.search(m.group("name"))
            and not stripped.endswith(")")):
        lead = len(stripped) - len(stripped.lstrip())
        return lead, len(stripped)
    for m in _ATTRIBUTION_TAIL.finditer(stripped):
        name = m.group("name")
        if len(name.split()) > 8 or (name and not (name[0].isupper() or name[0].isdigit())):
            continue
        # Either a date, a platform, or a dash opening the line: "— Name (@handle)" alone.
        tail = stripped[m.start():]
        has_date = re.search(_DATE + r"|\b" + _PLATFORM + r"\b", tail[len(name) + 1:] if name else tail)
        if has_date or not stripped[:m.start()].strip():
            return m.start(), len(stripped)
    return None


def platform_limit(line: str) -> int:
    """The post-body length limit of the platform an attribution line names."""
    low = line.lower()
    for key, limit in _BODY_LIMIT.items():
        if re.search(r"\b" + key + r"\b", low):
            return limit
    return _BODY_LIMIT["x"]


def is_timestamp(line: str) -> bool:
    """A line that is only a date and/or time ("Tue, 06/18/2024 – 11:00", "Updated 3 hours ago"),
    or a publication time followed by its update ("09:14, 14 OCT 2025 Updated 11:02, 14 OCT 2025")."""
    stripped = line.strip()
    if _TIMESTAMP.match(stripped) or _LABELLED_DAY.match(stripped):
        return True
    parts = _UPDATED_SPLIT.split(stripped)
    return len(parts) == 2 and all(_TIMESTAMP.match(p) for p in parts)


_UPDATED_SPLIT = re.compile(r"\s+(?=(?:Updated|Last\s+updated)\b)")


_SIGNATURE = re.compile(r"^" + _NAME + r"\s*\(" + _HANDLE + r"\)$")


#: A reporter's line with where they report from: "Aisha Karim, courts reporter, at Northgate
#: Crown Court", "Dan Whitcombe, at Meadow Lane".
#: A blog's "Posted on May 14, 2024 by Clara Whitfield".
_POSTED_ON_BY = re.compile(r"^Posted\s+(?:on\s+)?" + _DATE + r"\s+by\s+" + _NAME + r"$")
_BYLINE_AT = re.compile(r"^" + _NAME + r"(?:,\s+(?:[\w'’-]+\s+){0,3}(?:reporter|correspondent|editor|writer|"
                        r"columnist|critic))?,\s+at\s+(?:the\s+)?[A-Z][\w'’ .-]{1,60}$")


def is_byline(line: str) -> bool:
    """A byline ("By Jane Doe", "By Jane Doe and Sam Roe, Reuters", an author's "Jane Doe
    (@janedoe)" signature); "By the way, …" is not."""
    stripped = line.strip()
    # The literal checks are necessary conditions of the case-sensitive patterns they guard
    # (a signature holds "(@", a wire credit "by" or "contribut"), so skipping is exact.
    if "(@" in stripped and _SIGNATURE.match(stripped):
        return True
    if (("by" in stripped or "contribut" in stripped) and _WIRE_CREDITS.match(stripped)
            and len(stripped.split()) <= 30):
        return True
    if (_BYLINE_INSTITUTION.match(stripped) or (", at " in stripped and _BYLINE_AT.match(stripped))
            or _POSTED_ON_BY.match(stripped) or _AUTHOR_CREDIT.match(stripped)):
        return True
    m = _BYLINE.match(stripped)
    if not m or len(stripped.split()) > 14:
        return False
    first = m.group("who").split()[0].lower().rstrip(",")
    return first not in _NOT_NAME


def is_widget(line: str) -> bool:
    """Share/subscribe/follow widgets, navigation, ads, "Read more", copyright, credits, comments."""
    stripped = line.strip()
    if len(stripped.split()) > 40:
        return False
    if _widget_match(stripped):
        return True
    return is_navigation(stripped)


_FIGURE = re.compile(r"[+\-−]?[$£€]?\d[\d.,]*\s*(?:%|pts?|bp|[kmb]n?)?|n/a", re.I)
#: A labelled result ("Moreno-Tate 44%"); a ticker's moves ("KIA 38,905.12 ▼ 1.07%") are page chrome.
_LABELLED_FIGURE = re.compile(r"[^▲▼↑↓]{1,40}?\s[+\-−]?[$£€]?\d[\d.,]*\s*(?:%|pts?)")
_KEY_VALUE = re.compile(r"^[A-Za-z][\w ./-]{0,20}:\s*\S*\d")


def is_navigation(line: str) -> bool:
    """A breadcrumb or menu line: three or more short items between separators."""
    if line.rstrip().endswith("."):  # checked first: most lines asked about are prose sentences
        return False
    parts = [p.strip() for p in _NAV_SEP.split(" " + line.strip() + " ")]
    parts = [p for p in parts if p]
    # A menu copied without its separators keeps the gaps between items ("The Daily Meridian
    # News   Business   Opinion   Subscribe", "The Courier | News  Sport  Local  Sign in"); prose
    # has single spaces.
    gapped = [g for p in parts for g in _NAV_GAP.split(p) if g]
    if (len(gapped) > len(parts) and len(gapped) >= _NAV_GAP_MIN_ITEMS
            and all(len(g.split()) <= 4 and g[0].isalpha() for g in gapped)):
        return True
    if "›" in line and len(parts) >= 2 and all(len(p.split()) <= _CRUMB_MAX_WORDS for p in parts):
        return True  # a breadcrumb: "Shows › The Morning Line with Dev Marsh"
    if any(len(p.split()) > 4 for p in parts):
        return False
    if any(_KEY_VALUE.match(p) for p in parts):
        return False  # a spec sheet's line ("RAM: 16GB | Storage: 1TB"), not a menu
    if 2 * sum(bool(_FIGURE.fullmatch(p) or _LABELLED_FIGURE.fullmatch(p)) for p in parts) >= len(parts):
        # A data table's row ("S&P 500 | 5,912.06 | -48.95 | -0.82%") or a poll's results
        # ("Moreno-Tate 44% · Ashdown 39%"), not a menu.
        return False
    if len(parts) >= 3:
        return True
    # Two section names: "Sports | Local Politics", "Editor's picks | Business" (each opens
    # with a capital; "Apples | oranges" does not).
    return len(parts) == 2 and " / " not in line and all(p[0].isupper() for p in parts)


def is_section_heading(line: str) -> bool:
    """A page-section heading ("Most Read", "Related Stories", "Latest News") over teaser links."""
    return bool(_SECTION.match(line.strip()))


def is_headline_shape(line: str, question: bool = False) -> bool:
    """A short line without sentence-final punctuation (a title or subheading); with
    ``question``, a short line ending in a question mark too ("Have bills really tripled?")."""
    stripped = line.strip()
    words = stripped.split()
    if question and stripped.endswith("?"):
        stripped = stripped[:-1]
    return 1 <= len(words) <= 20 and not stripped.endswith(_TERMINAL) and any(c.isalpha() for c in stripped)


def boilerplate_line(line: str) -> bool:
    """Any exact boilerplate shape (timestamp, dateline, byline, widget, section heading)."""
    stripped = line.strip()
    if (is_timestamp(stripped) or is_byline(stripped) or is_widget(stripped)
            or is_section_heading(stripped) or bool(_DATELINE.match(stripped))):
        return True
    # "By Jane Roe | Published 8:05 AM EST, Thu January 9, 2025", "Posted in Travel | 23 Comments":
    # every part between separators is a byline, timestamp or widget.
    # After a byline, a short name between separators is the section or outlet ("By Jane Roe |
    # Courier Check | Updated May 9, 2025").
    parts = [p.strip() for p in re.split(r"\s+[|•·/]\s+|\s{2,}", stripped)]
    if len(parts) < 2 or len(stripped.split()) > 30 or not all(parts):
        return False
    signed = is_byline(parts[0])
    # "The Carrow Bay Sentinel | Sunday, March 9, 2025": beside a byline or a timestamp, a short
    # name between separators is the section or the outlet.
    named = signed or any(is_timestamp(p) for p in parts)
    return all(_widget_match(p) or is_timestamp(p) or is_byline(p) or _AUTHOR_CREDIT.match(p)
               or (named and len(p.split()) <= 5 and _OUTLET_NAME.match(p)) for p in parts)


_OUTLET_NAME = re.compile(r"^(?:The\s+)?" + _NAME + r"$")


#: A name with a newsroom role, between separators of a page-chrome line ("Analysis | Theo
#: Marchetti, city hall reporter").
_AUTHOR_CREDIT = re.compile(r"^" + _NAME + r",\s+(?:[\w'’-]+\s+){0,3}(?:reporter|correspondent|"
                            r"editor|writer|columnist|critic|producer|contributor)s?$", re.I)


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
            if _OPINION_LABEL.match(line) or _section_is_opinion(line):
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


def _is_letter_signature(line: str) -> bool:
    """A letter's signature alone on its line: "— Worried in Westfield"."""
    return bool(_LETTER_SIGNATURE.match(line)) and len(line.split()) <= _SIGNATURE_MAX_WORDS


_READER_QUESTION = re.compile(r"\s*Q\s*:\s*\S")
#: A reader's signature closing their question, after its last sentence or on its own line.
_SIGNED = re.compile(r"(?:[.?!][\"”’)]?[ \t]+|\n\s*)[—–]\s*[A-Z][^.!?\n]{0,50}$")
_COLUMN_ANSWER = re.compile(r"\s*A\s*:\s*\S")


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


_POST_INTRO = re.compile(r"\bsocial\s+media\b|\b(?:posted|tweeted|replied|reposted|shared)\b|"
                         # Naming the platform ("... its figures on X", "on Facebook") or the
                         # post itself ("A post from a resident ...") introduces the embed.
                         r"\bon\s+" + _PLATFORM + r"(?![\w-])|\b(?:post|tweet)\s+(?:from|by)\b")


def segment_roles(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int, int, str]]:
    """``(paragraph, start, end, role)`` for every line (or part of a line) of the article."""
    segs: list[list] = []  # [para, start, end, role]
    for p, (ps, pe) in enumerate(paragraphs):
        for s, e in _lines(text, ps, pe):
            segs.append([p, s, e, PROSE])
    n = len(segs)
    words = [len(text[s:e].split()) for _, s, e, _ in segs]

    # Exact shapes.
    for seg in segs:
        p, s, e, _ = seg
        line = text[s:e].strip()
        if (_RATING_LINE.match(line) or _VERDICT_LINE.match(line) or _SCORECARD.match(line)
                or (line[-1:].isdigit() or line.endswith(("★", "☆"))) and _SCORED_NOTE.match(line)):
            seg[3] = RATING
        elif (boilerplate_line(text[s:e]) and not _CARD_AUTHOR.match(text[s:e].strip())
              and not _PLATFORM_CHROME.match(text[s:e].strip())):
            seg[3] = BOILERPLATE
        elif _POST_LINK.search(text, s, e) and attribution_span(text[s:e]) is None:
            seg[3] = POST
    # A reader poll's results, beside the poll's question or its count ("POLL: ...?", "4,466 votes
    # · Poll closes Sunday").
    for i, seg in enumerate(segs):
        if seg[3] != PROSE or not _POLL_RESULT.match(text[seg[1]:seg[2]].strip()):
            continue
        if any(k[3] == BOILERPLATE and "poll" in text[k[1]:k[2]].lower()
               for k in segs[max(0, i - _POLL_NEAR):i + _POLL_NEAR + 1]):
            seg[3] = BOILERPLATE
    # Players' marks: a run of "Name 6 – verdict" lines.
    run: list[list] = []
    for seg in segs + [None]:
        if seg is not None and seg[3] == PROSE and _PLAYER_MARK.match(text[seg[1]:seg[2]].strip()):
            run.append(seg)
            continue
        if len(run) >= _PLAYER_MARKS_MIN_RUN:
            for r in run:
                r[3] = RATING
        run = []
    # A pull quote: a paragraph that repeats words of another paragraph, in larger type, is
    # layout, not a second statement.
    for i in _pull_quotes(text, paragraphs, segs):
        segs[i][3] = BOILERPLATE
    # A reader comment: its header and the lines under it, up to the next header or widget.
    in_comments = False
    for i in range(n):
        line = text[segs[i][1]:segs[i][2]].strip()
        in_comments = in_comments or bool(_COMMENTS_MARKER.match(line))
        if _COMMENT_INLINE.match(line):
            segs[i][3] = BOILERPLATE
            continue
        if not (_is_comment_header(line) or (in_comments and _COMMENT_DATED.match(line))):
            continue
        segs[i][3] = BOILERPLATE
        for j in range(i + 1, min(n, i + 1 + _COMMENT_MAX_LINES)):
            nxt = text[segs[j][1]:segs[j][2]].strip()
            if segs[j][3] != PROSE or _is_comment_header(nxt) or (in_comments and _COMMENT_DATED.match(nxt)):
                break
            segs[j][3] = BOILERPLATE
    # Section headings claim the teaser lines under them. "More <section>" ("More travel")
    # is one only over at least two title lines: alone, it may be a subheading ("More rain").
    for i in range(n):
        line = text[segs[i][1]:segs[i][2]].strip()
        if not is_section_heading(line) and not (
                _MORE_SECTION.match(line) and i + 2 < n
                and all(is_headline_shape(text[segs[j][1]:segs[j][2]]) for j in (i + 1, i + 2))):
            continue
        segs[i][3] = BOILERPLATE
        for j in range(i + 1, min(n, i + 1 + _TEASER_MAX_LINES)):
            if words[j] > _TEASER_MAX_WORDS or attribution_span(text[segs[j][1]:segs[j][2]]):
                break
            segs[j][3] = BOILERPLATE
    # An organisation's "About <Name>" block after the body (a press release's boilerplate
    # paragraph, "About the Author"): the heading and the paragraph under it.
    body_seen = False
    for i in range(n):
        p, s, e, role = segs[i]
        body_seen = body_seen or (role == PROSE and words[i] > _LABEL_ZONE_MAX_WORDS)
        if not (body_seen and p >= _ABOUT_FROM * len(paragraphs) and paragraphs[p] == (s, e)
                and _ABOUT_HEADING.match(text[s:e].strip())):
            continue
        segs[i][3] = BOILERPLATE
        for j in range(i + 1, n):
            if segs[j][0] != p + 1 or segs[j][3] != PROSE:
                break
            segs[j][3] = BOILERPLATE
    # Names beside a byline/timestamp, names in the trailing block of short lines, and a name
    # that an author bio further down opens with ("Priya Natarajan is a labour economist ...").
    tail_from = n
    while tail_from > 0 and words[tail_from - 1] <= 8:
        tail_from -= 1
    for i in range(n):
        line = text[segs[i][1]:segs[i][2]]
        if segs[i][3] != PROSE or not _NAME_ONLY.match(line) or words[i] > 4:
            continue
        near = [segs[k] for k in (i - 1, i + 1) if 0 <= k < n]
        if i >= tail_from or any(
                k[3] == BOILERPLATE and (is_timestamp(text[k[1]:k[2]]) or is_byline(text[k[1]:k[2]]))
                for k in near) or _bio_follows(text, segs, i, line.strip()):
            segs[i][3] = BOILERPLATE
    # The byline's job line: right beside the writer's name, a byline or a timestamp.
    for i in range(n):
        s, e = segs[i][1], segs[i][2]
        if segs[i][3] != PROSE or words[i] > 4 or not _JOB_TITLE.match(text[s:e].strip()):
            continue
        near = [segs[k] for k in (i - 1, i + 1) if 0 <= k < n]
        if any(k[3] == BOILERPLATE and (_NAME_ONLY.match(text[k[1]:k[2]].strip())
                                        or is_timestamp(text[k[1]:k[2]]) or is_byline(text[k[1]:k[2]]))
               for k in near):
            segs[i][3] = BOILERPLATE
    # The bio of the writer the byline names, alone in its paragraph ("Hugo Aldous is the
    # Ledger's parliamentary sketchwriter. His collection ... is out now."): the byline's other half.
    for i in range(n):
        p, s, e, role = segs[i]
        line = text[s:e].strip()
        if role != PROSE or paragraphs[p] != (s, e) or not _AUTHOR_BIO.match(line):
            continue
        name = re.match(_NAME, line).group()
        if any(k[3] == BOILERPLATE and name in text[k[1]:k[2]] for k in segs[:i]):
            segs[i][3] = BOILERPLATE
    # A letter's or guest post's signature: "Name, Town" alone in its paragraph, right under a
    # paragraph of prose, or a newsletter's sign-off, that ends a sentence.
    for i in range(1, n):
        p, s, e, role = segs[i]
        prev = segs[i - 1]
        if (role == PROSE and paragraphs[p] == (s, e) and words[i] <= 8
                and _SIGNATURE_LINE.match(text[s:e].strip()) and "@" not in text[s:e]
                and attribution_span(text[s:e]) is None and prev[3] in (PROSE, BOILERPLATE)
                and prev[0] != p and text[prev[1]:prev[2]].rstrip().endswith(_SENTENCE_CLOSERS)):
            segs[i][3] = BOILERPLATE
    # The publication's name above the headline ("The Capitol Ledger" over "Subscribe") is page
    # chrome: a short first content line whose text the page's boilerplate repeats ("Thanks for
    # reading The Capitol Ledger!", "© 2026 The Capitol Ledger"), with another title line
    # below it before the body.
    first = next((k for k, seg in enumerate(segs) if seg[3] == PROSE), None)
    if first is not None and _is_masthead(text, segs, words, first):
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
    # Embedded posts: attribution lines and the body above them.
    out_segs = []
    for i, seg in enumerate(segs):
        p, s, e, role = seg
        span = attribution_span(text[s:e]) if role in (PROSE, POST) else None
        if (span is None and role == PROSE and _BARE_HANDLE.match(text[s:e].strip())
                and any(_PLATFORM_CHROME.match(text[segs[k][1]:segs[k][2]].strip())
                        for k in range(i + 1, min(len(segs), i + 3)))):
            # A card's handle over its sound credit, or over the one caption line above it.
            span = (0, e - s)
        if span is None:
            out_segs.append(seg)
            continue
        a = s + span[0]
        limit = platform_limit(text[a:e])
        if text[s:a].strip():
            # Body and attribution share the line.
            out_segs.append([p, s, a, POST])
            out_segs.append([p, a, e, ATTRIBUTION])
            continue
        if _BLOG_BYLINE.match(text[s:e]) and not any(
                seg_[3] == PROSE and text[seg_[1]:seg_[2]].endswith(_SENTENCE_CLOSERS)
                for seg_ in out_segs):
            # "Posted by Name on <date>" above the body (only title lines before it, no sentence
            # of prose) is the page's own byline, not an embedded post's signature.
            out_segs.append([p, s, e, BOILERPLATE])
            continue
        out_segs.append([p, s, e, ATTRIBUTION])
        here = len(out_segs) - 1
        if _PLATFORM_CHROME.match(text[s:e].strip()) or _BARE_HANDLE.match(text[s:e].strip()):
            _claim_card_body(text, out_segs, here)
            continue
        # Climb: lines above, within the platform's limit, up to an introducing line. When the
        # attribution's own paragraph holds lines above it, that paragraph is the whole embed.
        used = 0
        top = len(out_segs) - 2
        # An embed's "View this post on Instagram" button sits between the body and the credit.
        if top >= 0 and out_segs[top][3] == BOILERPLATE and _VIEW_POST.match(
                text[out_segs[top][1]:out_segs[top][2]].strip()):
            top -= 1
        k = top
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
            used += qe - qs
            if used > limit and k < top:
                break
            out_segs[k][3] = POST
            k -= 1
        if k == here - 1 and _BLOG_BYLINE.match(text[s:e]):
            # "Posted by Name on <date>" with no post above it is the page's own byline.
            out_segs[here][3] = BOILERPLATE
    segs = out_segs
    # A shared post under the line that introduces it ("Owner Karen Mills posted the news on a
    # local group:"), closed by its credit line: the credit is the post's attribution, not a
    # commenter's header (a comment's header sits above its text, not below).
    for k in range(1, len(segs)):
        p, s, e, role = segs[k]
        if role != BOILERPLATE or not _SHARED_POST_CREDIT.match(text[s:e].strip()):
            continue
        j = k - 1
        while (j >= 0 and k - j <= _SHARED_POST_MAX_LINES and segs[j][3] == PROSE
               and not _introduces_post(text[segs[j][1]:segs[j][2]])):
            j -= 1
        if (j >= 0 and j < k - 1 and segs[j][3] == PROSE
                and _introduces_post(text[segs[j][1]:segs[j][2]])):
            for b in range(j + 1, k):
                segs[b][3] = POST
            segs[k][3] = ATTRIBUTION
    # A card that opens with its chrome ("r/Hollowreach · Posted by u/name · 9h") and has no
    # closing chrome line (votes) below: its body is the line right under the opening.
    for k, (p, s, e, role) in enumerate(segs[:-1]):
        if role != ATTRIBUTION or not _CARD_OPENING.match(text[s:e].strip()) or segs[k + 1][3] != PROSE:
            continue
        below = segs[k + 1:k + 1 + _CARD_MAX_LINES]
        closes = next((b for b in below if b[3] == ATTRIBUTION), None)
        if closes is None or _CARD_OPENING.match(text[closes[1]:closes[2]].strip()):
            segs[k + 1][3] = POST
    # A list's heading ("What we know:"), unless it introduces an embedded post.
    for k in range(len(segs) - 1):
        p, s, e, role = segs[k]
        if (role == PROSE and segs[k + 1][3] not in (POST, ATTRIBUTION)
                and _is_list_heading(text, paragraphs[p], s, e)):
            segs[k][3] = BOILERPLATE
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
    # Standalone short unpunctuated lines followed by prose are subheadings.
    for k, (p, s, e, role) in enumerate(segs):
        if role != PROSE:
            continue
        alone = paragraphs[p] == (s, e)
        nxt = segs[k + 1] if k + 1 < len(segs) else None
        if (alone and is_headline_shape(text[s:e]) and len(text[s:e].split()) <= 12
                and nxt is not None and nxt[3] == PROSE and len(text[nxt[1]:nxt[2]].split()) > 12):
            segs[k][3] = HEADLINE
    _claim_question_subheadings(text, paragraphs, segs)
    return [tuple(seg) for seg in segs]


def _is_list_heading(text: str, paragraph: tuple[int, int], s: int, e: int) -> bool:
    from .markers import is_attributed

    line = text[s:e].strip()
    if (not line.endswith(":") or paragraph != (s, e) or "?" in line
            or len(line.split()) > _LIST_HEADING_MAX_WORDS):
        return False
    if re.match(r"(?:the|a|an|this|that|these|those|it|he|she|they)\s", line, re.I):
        return False  # "The directive establishes:" is a sentence that opens a list
    return not is_attributed(text, s, e) and _SPEAKER.fullmatch(line + " x") is None


_CARD_MAX_LINES = 12


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


_PULL_QUOTE_MIN_WORDS = 6
_PULL_QUOTE_MAX_WORDS = 40


def _pull_quotes(text: str, paragraphs, segs) -> list[int]:
    """Lines that are whole paragraphs and whose words (case, punctuation and quotation marks
    aside) run, in order, inside a longer paragraph above them."""
    words = [" " + " ".join(re.findall(r"\w+", text[ps:pe].lower())) + " " for ps, pe in paragraphs]
    found = []
    for i, (p, s, e, role) in enumerate(segs):
        n = words[p].count(" ") - 1
        if (role != PROSE or paragraphs[p] != (s, e)
                or not _PULL_QUOTE_MIN_WORDS <= n <= _PULL_QUOTE_MAX_WORDS):
            continue
        # It follows the paragraph it repeats; a line that a later paragraph repeats is a dek or
        # a summary that the lede restates.
        if any(len(other) > len(words[p]) and words[p] in other for other in words[:p]):
            found.append(i)
    return found


#: An explainer's question subheadings ("What happened?", "Why does it matter?"): short, each a
#: paragraph of its own, followed by an answer that is not a question, and at least two of them,
#: so that one rhetorical question standing alone in a column is not taken for a heading. A
#: speaker's turn ("Q: Why now?") is left to the transcript reading.
_QUESTION_HEADING_MAX_WORDS = 10
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
                and not _ANY_QUOTE_CHAR.match(line) and not _SPEAKER.match(line)
                and nxt[3] == PROSE and nxt[0] != p and not answer.endswith("?")):
            found.append(k)
    if len(found) >= _QUESTION_HEADINGS_MIN:
        for k in found:
            segs[k][3] = HEADLINE
    # A numbered question a questionnaire poses ("Question 3: Why should voters choose you?"):
    # asked of the people who answer it, not the writer's rhetoric.
    for seg in segs:
        p, s, e, role = seg
        if role == PROSE and paragraphs[p] == (s, e) and _NUMBERED_QUESTION.match(text[s:e].strip()):
            seg[3] = HEADLINE


_NUMBERED_QUESTION = re.compile(r"^(?:Question|Q)\s*\d{1,2}\s*[:.)]\s+[^\n]{3,300}\?$")


_ANY_QUOTE_CHAR = re.compile("[\"“”‘’]")


_PRIORITY = {ATTRIBUTION: 4, POST: 3, PROSE: 2, RATING: 2, HEADLINE: 1, BOILERPLATE: 0}
_MASTHEAD_MAX_WORDS = 6
_MASTHEAD_TAGLINE_MAX_WORDS = 15
_KICKER_MAX_WORDS = 3
_BIO_VERB = re.compile(r"\s+(?:is|was|writes|covers|teaches|works|serves|has\s+been)\b")
_AUTHOR_BIO = re.compile(r"^" + _NAME + r"\s+(?:writes\s+(?:about|on|for)|covers|reports\s+on|is\s+(?:an?|the|"
                         r"(?:the\s+)?[A-Z][\w'’ ]{0,30}['’]s)\s+(?:[\w-]+\s+){0,3}[\w-]*(?:reporter|writer|columnist|correspondent|editor|critic))\b"
                         r".{0,120}$")


def _bio_follows(text: str, segs, i: int, name: str) -> bool:
    """Whether a later line opens with ``name`` followed by a bio verb ("... is a", "... writes")."""
    for seg in segs[i + 1:]:
        s, e = seg[1], seg[2]
        if text.startswith(name, s) and _BIO_VERB.match(text, s + len(name), e):
            return True
    return False


def _is_kicker(text: str, paragraphs, segs, words, first: int) -> bool:
    """Whether content line ``first`` is a section label over the headline: at most
    ``_KICKER_MAX_WORDS`` words alone in its paragraph, unpunctuated, and right above a longer
    title line in a paragraph of its own and no longer than the page's label zone (a title
    written as sentences, "A Redditor asked ... . It took ...", only right above the byline)."""
    p, s, e, _ = segs[first]
    q, ns, ne, role = segs[first + 1]
    return (words[first] <= _KICKER_MAX_WORDS and paragraphs[p] == (s, e)
            and is_headline_shape(text[s:e]) and role == PROSE and paragraphs[q] == (ns, ne)
            and words[first] + 2 < words[first + 1] <= _LABEL_ZONE_MAX_WORDS
            and (is_headline_shape(text[ns:ne], question=True) or _above_byline(text, segs, first + 1)))


def _above_byline(text: str, segs, k: int) -> bool:
    """Whether line ``k`` sits right above the page's byline or timestamp (the title zone)."""
    if k + 1 >= len(segs) or segs[k + 1][3] != BOILERPLATE:
        return False
    line = text[segs[k + 1][1]:segs[k + 1][2]].strip()
    return is_byline(line) or is_timestamp(line) or any(
        is_byline(part) or is_timestamp(part) for part in re.split(r"\s[|•·]\s", line))


def _is_masthead(text: str, segs, words, first: int) -> bool:
    """Whether content line ``first`` is the publication's name (see ``segment_roles``)."""
    line = text[segs[first][1]:segs[first][2]].strip()
    # The site's name opening the page right above its menu ("The Lakeshore Ledger" over "Home |
    # News | Politics"), perhaps with its tagline ("EASTSIDE DISPATCH | Neighborhood news for
    # ..."), or repeated by the page's chrome.
    over_menu = (first == 0 and len(segs) > 1 and segs[1][3] == BOILERPLATE
                 and is_navigation(text[segs[1][1]:segs[1][2]].strip()))
    limit = _MASTHEAD_TAGLINE_MAX_WORDS if over_menu else _MASTHEAD_MAX_WORDS
    if not is_headline_shape(line) or words[first] > limit:
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
            for part in re.split(r"(?<=[.!?])\s+", text[s:e]))

    if not over_menu and not any(chrome_repeats(k) for k in range(len(segs))):
        return False
    # Another title line follows before the first long line of prose.
    for k in range(first + 1, len(segs)):
        if segs[k][3] != PROSE:
            continue
        if words[k] > _LABEL_ZONE_MAX_WORDS:
            return False
        if is_headline_shape(text[segs[k][1]:segs[k][2]], question=True):
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
                # A widget or byline sentence inside a prose line ("... Follow her @name.").
                if role == PROSE and len(hit) == 1 and (is_widget(text[s:e]) or is_byline(text[s:e])):
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
    _claim_transcript(text, paragraphs, sentences, out)
    _claim_qa_answers(text, paragraphs, sentences, out)
    return out


#: A Q&A's heading ("Q&A: ...", "Q and A with ...", "In conversation with ...").
_QA_HEADING = re.compile(r"\s*(?:Q\s*&\s*A|Q\s+and\s+A|In\s+conversation\b|(?:The\s+)?Interview\s*:)", re.I)
#: The Q&A heading sits at most this many paragraphs above the first question; an answer runs
#: at most this many paragraphs.
_QA_REACH = 3


def _claim_qa_answers(text: str, paragraphs, sentences, roles: list[list[str]]) -> None:
    """A Q&A whose questions stand as their own lines, with no speaker labels, under a "Q&A"
    heading: the paragraphs under each question, up to the next one, are the interviewee's
    answer (speech, like a transcript's turn)."""
    questions = [p for p, r in enumerate(roles)
                 if r == [HEADLINE] and text[paragraphs[p][0]:paragraphs[p][1]].rstrip().endswith("?")]
    if len(questions) < _QUESTION_HEADINGS_MIN or not any(
            _QA_HEADING.match(text, *paragraphs[p])
            for p in range(max(0, questions[0] - _QA_REACH), questions[0])):
        return
    for q in questions:
        for p in range(q + 1, min(len(roles), q + 1 + _QA_REACH)):
            if p in questions or not roles[p] or any(r != PROSE for r in roles[p]):
                break
            roles[p] = [ANSWER] * len(roles[p])


#: A speaker label opening a paragraph: "Q:", "A:", "Varga:", "Mayor Varga:", "INTERVIEWER:".
_SPEAKER = re.compile(r"(Q|A|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?:\s*\([\w .'’-]{1,30}\))?"
                      r"\s*:\s+(?=\S)")
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
    for p, (ps, pe) in enumerate(paragraphs):
        m = _SPEAKER.match(text, ps, pe)
        # A turn is speech, closed like a sentence; a labelled list line ("Pros: cheap; light")
        # is not.
        if (m and roles[p] and roles[p][0] == PROSE
                and text[ps:pe].rstrip().endswith(_TURN_CLOSERS)):
            turns.append((p, m.group(1)))
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
    for (p, who), stop in zip(turns, ends):
        for q in range(p, stop):
            for k, (s, e) in enumerate(sentences[q]):
                if roles[q][k] != PROSE:
                    continue
                if text[s:e].rstrip().rstrip("\"'”’)").endswith("?") and who == interviewer:
                    roles[q][k] = QUESTION
                elif who != interviewer or broadcast:
                    roles[q][k] = ANSWER


#: A sponsor slot's opening ("This episode is sponsored by ...", "This issue is supported by ...").
_SPONSOR = re.compile(r"\s*(?:this|today['’]s)\s+(?:episode|podcast|newsletter|segment|series|show|briefing|"
                      r"edition|issue)\s+is\s+(?:sponsored|presented|supported|brought\s+to\s+you)\s+by\b",
                      re.I)
_DISCLAIMER = re.compile(r"\s*(?:medical\s+|legal\s+|financial\s+|important\s+)?disclaimer\s*:", re.I)
_INBOX = re.compile(r"\bin\s+your\s+inbox\b", re.I)
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
    bio = k == 0 and (_AUTHOR_BIO.match(line) is not None or _INBOX.search(line) is not None)
    # The site's short lead-in, in its own "we", before two or more widget sentences ("We
    # independently select the products we mention. If you buy through links ..., we may earn a
    # commission. Learn more ...").
    site = k == 0 and len(roles) > 2 and _SITE_VOICE.search(line) is not None
    if roles[k] == PROSE and ((line.endswith("?") and words <= _PROMPT_MAX_WORDS)
                              or ((k > 0 or site) and words <= _TAIL_MAX_WORDS) or bio):
        roles[k] = BOILERPLATE


_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4})|\ball\s+rights\s+reserved\b", re.I)


def _claim_footer(text: str, sentences, roles: list[list[str]]) -> None:
    """The page's last content paragraph, when it closes with the copyright notice, is the footer:
    its other sentences ("X is a project of Y.", "Spotted an error? ...") are the site's, not the
    article's."""
    last = next((p for p in range(len(roles) - 1, -1, -1)
                 if any(role != BOILERPLATE for role in roles[p])), None)
    if last is None or not sentences[last]:
        return
    s, e = sentences[last][-1]
    if roles[last][-1] == BOILERPLATE and _COPYRIGHT.search(text[s:e].strip()):
        roles[last] = [BOILERPLATE] * len(roles[last])
