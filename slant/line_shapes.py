"""Line shapes: the exact patterns of one line of a page, and the predicates over them.

The lexicon `structure` reads pages with: embedded posts' attribution lines (X/Twitter, Bluesky,
Threads, Truth Social, Instagram, Facebook, TikTok, Reddit and LinkedIn cards), timestamps,
datelines, bylines and credits, share/subscribe/follow widgets and the other page furniture
(navigation, "Advertisement", "Read more", copyright, photo credits, comment prompts, shopping
and poll boxes, newsletter pitches), section headings over teaser links, review ratings and
players' marks. Each predicate takes one line and answers from its shape alone; what a line is
in its page (a name beside a byline, a post's body above its credit) is `structure`'s job.
"""

from __future__ import annotations

import functools
import re
from typing import Callable, Sequence

import ahocorasick

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
_DATE = (r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
         r"\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"\.?,?\s+\d{4})")
# (one group, so that a pattern built around it keeps both of its forms behind the same prefix)
_TIME = (r"(?:\d{1,2}(?::\d{2}){1,2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b(?:[+-]\d{1,2}(?::?\d{2})?)?)?|"
         r"\d{1,2}\s*[AaPp]\.?[Mm]\.?(?:\s+[A-Z]{2,4}\b(?:[+-]\d{1,2}(?::?\d{2})?)?)?)")
_PLATFORM = r"(?:X|Twitter|Bluesky|Threads|Truth\s+Social|Instagram|Facebook|Mastodon|TikTok|Strava)"
#: A handle, with a Mastodon account's instance ("@name@instance.social").
_HANDLE = r"@[A-Za-z0-9_][\w.\-]{0,60}(?:@[\w-]+(?:\.[\w-]+)+)?"

#: The attribution line of an embedded post: "— Name (@handle) June 18, 2024" and variants
#: ("… on X", "… at 3:04 PM", a bare "Name (@handle) June 18, 2024" line, Bluesky handles with
#: domains). Searched at the end of a line; what precedes it on the line is the post body.
_ATTRIBUTION_TAIL = re.compile(
    r"(?:(?:[—–―]|--?)\s*)(?P<name>[^\n()—–―]{0,80}?)\s*\(?" + _HANDLE + r"\)?"
    r"(?:,?\s+(?:(?:posted|post|shared)\s+)?on\s+" + _PLATFORM + r"\b|\s*[·•|]\s*" + _PLATFORM + r"\b)?\s*[,.:·•|]?\s*"
    r"(?:(?:on\s+)?(?:" + _WEEKDAY + r",?\s+)?(?:" + _DATE + r"|" + _MONTH + r"\.?\s+\d{1,2}))?"
    r"(?:\s*(?:[,|·•]|at)?\s*(?:" + _TIME + r"))?"
    # The post's reach, as the embed shows it: "· 2.1M views", "· 88K likes".
    r"(?:\s*[,|·•]\s*[\d.,]+\s*[KkMm]?\s+(?:views|likes|plays|reactions|comments|shares|reposts))*\s*$")
_ATTRIBUTION_BARE = re.compile(
    r"^(?P<name>[A-Z][^\n()—–―!?:]{0,60}?)\s*\(" + _HANDLE + r"\)\s*(?:(?:posted\s+)?on\s+" + _PLATFORM
    + r"\b\s*)?[,.]?\s*(?:(?:on\s+)?" + _DATE + r")?(?:\s*(?:at)?\s*(?:" + _TIME + r"))?\s*$")
_ATTRIBUTION_PLATFORM = re.compile(
    # A Discord message's credit: "— kestrel in #announcements".
    r"^(?:(?:[—–―]|--?)\s*[\w.'’-]{1,40}\s+in\s+#[\w-]{1,40}(?:\s+on\s+Discord)?\s*$|"
    # "— Name (Studio), #announcements, <Game> Official Discord, 3 June 2025", "— name | Community
    # Manager, reply in #announcements, 3 June 2025".
    r"(?:[—–―]|--?)\s*\S[^\n#]{0,80}?[\s,]#[\w-]{1,40}\b[^\n]{0,80}?(?:Discord|" + _DATE + r")\s*$|"
    # A review site's credit under the review: "★☆☆☆☆ Rated 1 out of 5 – Marcus D., Trustpilot, 11 February 2025".
    r"[★☆]{5}\s*(?:[Rr]ated\s+\d(?:\.\d)?\s+out\s+of\s+5)?\s*[–—-]\s*[^,\n]{1,40},\s*(?:Trustpilot|Google(?:\s+[Rr]eviews?)?|"
    r"Tripadvisor|Yelp|Feefo)\b.{0,40}$|"
    # A group chat message's credit: "— Name Surname, Ashdown Road Neighbours group, 15:47".
    r"(?:[—–―]|--?)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+[^,\n]{1,60}\b(?i:group|chat|noticeboard|notice\s+board|forum)\b"
    r"(?:\s+on\s+(?:WhatsApp|Facebook|Nextdoor))?,?\s*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]m)?|\d{1,2}\s+" + _MONTH + r"\.?|" + _MONTH
    + r"\.?\s+\d{1,2})?\s*$|"
    # The same without the dash, then with its date and perhaps its time: "Name Surname, Example
    # Community Noticeboard, 3 March 2025 (at 07:42)".
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+(?:[A-Z][\w.'’&-]*\s+){1,6}(?:Group|Chat|Noticeboard|Notice\s+Board|Forum)\b"
    r"(?:\s+on\s+(?:WhatsApp|Facebook|Nextdoor))?,\s*(?:" + _DATE + r"|\d{1,2}\s+" + _MONTH + r"\.?|" + _MONTH + r"\.?\s+\d{1,2})"
    r"(?:\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?\s*$|"
    # "A post shared by <Name> (@handle)", perhaps with its day and reach ("· 26 Nov 2024 · 5,806 likes").
    r"A\s+post\s+shared\s+by\s+.{1,80}?(?:\s*[·•|]\s*[\d.,]+\s*[KkMm]?\s+(?:likes|comments|views|reactions|shares))*|Posted\s+by\s+(?:the\s+)?[A-Z].{0,80}?\s+on\s+(?:"
    + _WEEKDAY + r",?\s+)?" + _DATE + r"(?:.{0,30}|\s*[|·•]\s*[^|·•\n]{1,80})|Post\s+by\s+" + _HANDLE + r".{0,40}|"
    r"[A-Z][\w.’' -]{1,60}\s+(?:Truth\s+Social|Threads|Bluesky)\s+Post\b.{0,60}|"
    r"(?:[—–―]|--?)\s*[A-Z][\w.’' -]{1,60},?\s+(?:posted|shared|writing|wrote)\s+on\s+" + _PLATFORM
    + r"\b,?\s*(?:(?:on\s+)?" + _DATE + r")?.{0,20}|"
    # A group chat message credited with its time only ("— Year 8 parent, 8:47pm").
    r"[—–―]\s*[A-Z][^,\n]{1,40},\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*$|"
    # A forum post credited with the poster's place and day ("— Jolene Achterberg, Kelsey Vale, 3
    # March", with its reach: "· 186 likes · 64 comments"), a review credited as verified ("—
    # Hannah R., tenant 2019–2021 (verified tenancy)").
    r"[—–―]\s*[A-Z][\w.’' -]{1,40},\s*[A-Z][\w.’' -]{1,40},\s*(?:posted\s+)?(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})(?:,?\s+\d{4})?"
    r"(?:\s*[·•|]\s*[\d.,]+\s*[KkMm]?\s+(?:likes|comments|reactions|shares|replies))*\s*$|"
    r"(?:[—–―]|--?)\s*[A-Z][^()\n]{1,80}\(\s*verified\s+(?:tenancy|tenant|purchase|buyer|customer|owner|guest|stay|reviewer|member)\s*\)\s*$|"
    # "— Cllr Name (Ward), Facebook, 12 April 2025", "— Name on Threads, April 12, 2025".
    # "— Name, Governor of <Region> (@handle), Telegram, 14 May 2024, 07:40".
    # "— Lower Ashby Community Noticeboard (Facebook), 9 October 2024": the platform in brackets;
    # "— Name, in <Group> (Facebook group), 16 July": the group the poster wrote in.
    r"(?:[—–―]|--?)\s*[A-Z][\w.’'& -]{1,60}?(?:,\s+in\s+(?:the\s+)?[A-Z][\w.’'& -]{1,60}?)?\s*"
    r"\(\s*(?:" + _PLATFORM + r"|Telegram|WhatsApp|Nextdoor)(?:\s+(?:group|page|chat))?\s*\),?\s*(?:" + _DATE
    + r"|\d{1,2}\s+" + _MONTH + r"\.?|" + _MONTH + r"\.?\s+\d{1,2})(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?$|"
    # "— Dani Example, staff nurse, posting in <Group>": the poster and the group it went to.
    r"(?:[—–―]|--?)\s*[A-Z][\w.’' -]{1,60}?(?:,\s*\w[\w.’' -]{1,60}?)?,?\s+(?:posting|posted|writing)\s+(?:in|on|to)\s+(?:the\s+)?[A-Z][^,\n]{1,60}"
    r"(?:,\s*(?:" + _DATE + r"|\d{1,2}\s+" + _MONTH + r"\.?|" + _MONTH + r"\.?\s+\d{1,2}))?$|"
    # A card's credit led by the handle: "@name · TikTok · 30 May 2025".
    r"@[\w.]{2,40}\s*[·•|,]\s*(?:" + _PLATFORM + r"|Telegram)\s*[·•|,]\s*(?:" + _DATE + r"|\d{1,2}\s+" + _MONTH + r"\.?|" + _MONTH
    + r"\.?\s+\d{1,2})(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?$|"
    # "— @handle on Instagram, 13 February": a handle for the name, a day without its year.
    r"(?:[—–―]|--?)\s*(?:[A-Z][\w.’' -]{1,60}?|@[\w.]{2,40})(?:,\s*\w[\w.’' -]{1,60}?)?(?:\s*\([^()\n]{1,40}\))?(?:,\s*(?:on\s+)?|\s+on\s+)(?:"
    + _PLATFORM + r"|Telegram),?\s*(?:(?:" + _DATE + r"|\d{1,2}\s+" + _MONTH + r"\.?|" + _MONTH + r"\.?\s+\d{1,2})"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?)?"
    # with the post's reach after it: "· 312 likes · 48 comments".
    r"(?:\s*[·•|]\s*[\d.,]+\s*[KkMm]?\s+(?:likes|comments|reactions|shares|replies|reposts))*)$")
#: A neighbourhood app's signature under a post: "— Kevin L., Linden Street · Alder Park
#: Neighbors · Mar 13" (a dash, the poster, the group, and the day); a rating app's under a
#: check-in, with a lower-case handle ("— hopsandhedges · ★★★★½ · <Beer> · 3 May").
#: A group post's day in its credit, perhaps with the time ("14 May", "10 March at 19:47"), and
#: the post's counts after it ("· 112 reactions · 64 comments"): parts of the credit patterns below.
_POST_DAY = (r"(?:\d{1,2}\s+" + _MONTH + r"\.?(?:\s+\d{4})?|" + _MONTH + r"\.?\s+\d{1,2}(?:,\s*\d{4})?)"
             r"(?:\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?")
_POST_COUNTS = r"(?:\s*[·•]\s*[\d.,]+[KkMm]?\s+(?:reactions?|likes?|comments?|shares?|replies))"
_GROUP_POST_SIGNATURE = re.compile(
    r"^[—–]\s*(?:[A-Z]|[a-z](?=[\w.]{1,30}\s*[·•]))[^·•\n]{1,60}(?:\s*[·•]\s*[^·•\n]{1,40}){1,2}\s*[·•]\s*(?:" + _MONTH
    + r"\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + _MONTH + r"\.?(?:\s+\d{4})?|\d{1,2}\s*[hdwm])$|"
    # or the poster and the group in one part, then the day and the post's counts ("— <Name>,
    # <Group> · 10 March at 19:47 · 112 reactions · 64 comments", "— <Name> in <Group> · ...")
    r"^[—–]\s*[A-Z][^·•\n]{1,80}\s*[·•]\s*" + _POST_DAY + _POST_COUNTS + r"+$")
#: A group post's credit under its text: a dash, the poster and the group, then the day ("— Posted
#: by Jo M. in Brackenfold Parents, 12 November at 07:31", "— Posted by a radiographer, 12 March",
#: "— Name, posted in <Group>, 2 March at 21:58", "— Name in <Group> (public group), 11 March"),
#: and perhaps the post's counts ("· 212 reactions · 87 comments"). Without "Posted by", the group
#: is needed: "— Name, 8 March" alone is a signature.
_GROUP_NAME = r"[A-Z][^,\n]{1,60}?(?:\s*\((?:public|private)\s+group\))?"
_GROUP_POSTED_IN = re.compile(
    r"^[—–]\s*(?:[Pp]osted\s+by\s+(?:[A-Z]|an?\s+[a-z])[^,\n]{0,50}?(?:\s+in\s+" + _GROUP_NAME
    # (or on a page: "— Posted by Name on the <Centre> Facebook page, 14 October")
    + r"|\s+on\s+(?:the\s+|their\s+|its\s+)?[A-Z][^,\n]{0,60}?\s+(?:Facebook|Instagram)\s+(?:page|group))?|"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*posted)?\s+in\s+" + _GROUP_NAME + r"),\s*"
    r"(?:(?:" + _WEEKDAY + r",?\s+)?(?:" + _MONTH + r"\.?\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r"\.?)(?:,?\s+\d{4})?)"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?" + _POST_COUNTS + r"*$")
#: A group post's credit with dots between its parts, the group after "posted in" ("<Name>  ·  posted
#: in <Group> (public group)  ·  14 May  ·  87 reactions  ·  23 comments").
_GROUP_CREDIT_DOTTED = re.compile(
    r"^(?:[—–]\s*)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*[·•]\s*posted\s+in\s+" + _GROUP_NAME + r"\s*[·•]\s*"
    + _POST_DAY + _POST_COUNTS + r"*$")
#: A group post's credit parts: the poster's name, and the day with the time.
_POSTER_WORDS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_CREDIT_DAY_AT_TIME = (r"(?:\d{1,2}\s+" + _MONTH + r"\.?|" + _MONTH + r"\.?\s+\d{1,2})(?:,?\s+\d{4})?\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?")
#: A group post's credit with the group after "in" ("<Name> in <Group> · 14 October at 22:41 ·
#: 312 reactions"): it names the group, so it closes the post above it wherever it stands.
_GROUP_CREDIT_IN = re.compile(r"^(?:[—–]\s*)?" + _POSTER_WORDS + r"\s+in\s+[A-Z][^·•\n\d]{2,60}?\s*[·•]\s*" + _CREDIT_DAY_AT_TIME
                              + _POST_COUNTS + r"*$")
#: A forum post's credit under its quoted text: "— u/name, r/Forum, 11 March 2025 · 4.8k upvotes"
#: (or "— u/name in r/Forum, 13 Oct 2025").
_REDDIT_CREDIT = re.compile(r"^[—–]\s*u/[\w-]{2,40}(?:,\s*|\s+in\s+)r/\w{2,40}(?:,\s*" + _DATE + r")?"
                            r"(?:\s*[·•]\s*[\d.,]+\s*[kKmM]?\s+(?:upvotes|points))?$")
#: A professional network's author line under a post: "Name • Title, Employer • 14h" (a page's
#: own "By Name • Staff • 2h" or "Name • 3 min read • 2d" is its byline).
_CARD_AUTHOR = re.compile(
    r"^(?!By\s)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*[•·](?!\s*\d+\s+min)\s*[^•·\n]{1,80}\s*[•·]\s*"
    r"\d{1,2}\s*(?:h|d|w|mo|hrs?|days?|wks?)(?:\s*[•·]\s*Edited)?$")
_MASTODON_AUTHOR = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+@[\w.]{1,40}@[\w-]+(?:\.[\w-]+)+"
#: A video card's author line: the name, the handle in brackets and the platform ("Name
#: (@handle) · TikTok").
_NAMED_HANDLE_CARD = (r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+\(@[\w.]{1,40}\)\s*[·•]\s*"
                      r"(?:TikTok|Instagram|Threads|Bluesky|X)")
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
    r"(?:comments?|replies|shares|reposts))*|[♬♫]\s*\S.{0,100}|"
    # A Mastodon card's author line: the name and the full handle with its instance; a video
    # card's ("Name (@handle) · TikTok").
    + _MASTODON_AUTHOR + r"|" + _NAMED_HANDLE_CARD + r")$")
#: The chrome lines that open a card (its body follows them): "r/HelpMeFind", "Posted by u/name".
_CARD_OPENING = re.compile(r"^(?:" + _REDDIT_OPENING + r"|(?:" + _MASTODON_AUTHOR + r"|" + _NAMED_HANDLE_CARD + r")$)")
#: A card's bare handle line ("@moss.and.paddle"): chrome only right above another chrome line
#: (a TikTok card's sound credit); alone, it is an author's signature at the end of a column.
_BARE_HANDLE = re.compile(r"^" + _HANDLE + r"$")
_BLOG_BYLINE = re.compile(r"^Posted\s+by\s+(?!u/)", re.I)
#: A video card's button; the short title line right above it is the video's (the post's) title.
_WATCH_BUTTON = re.compile(r"^(?:watch|view)\s+on\s+(?:youtube|tiktok|vimeo|instagram|x|facebook)$",
                           re.I)
_CRUMB_MAX_WORDS = 7
#: A live page's entry opens with its minute or clock time ("27' ", "90+4' ", "14:05 ").
_LIVE_ENTRY = re.compile(r"\s*(?:\d{1,3}(?:\+\d{1,2})?['’′]|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s")
_VIEW_POST = re.compile(r"^view\s+(?:this\s+)?post\s+on\s+\w+(?:\s*[·•|]\s*[\d,.]+[km]?\s+(?:likes?|comments?|views?))*$", re.I)
#: A post's footer under its body: a Telegram channel's link with its views and time
#: ("t.me/channel · 41.7K views · 06:58"), or a LinkedIn-style author line with the post's
#: age and counts ("Name · General Secretary, <Union> · 3h · 2,416 reactions · 389 comments").
_POST_FOOTER = re.compile(
    # A professional post's credit under it, with the post's age ("— <Name>, Managing Director at
    # <Firm> · 2d").
    r"^[—–]\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3},\s*[^·•|\n]{2,80}?\s*[·•]\s*\d{1,2}\s*(?:h|d|w|mo)(?:\s*[·•]\s*Edited)?$|"
    # A Threads card's footer under the post ("Post by @name · 14 Sep 2025 · View on Threads").
    r"^Post\s+by\s+" + _HANDLE + r"\s*[·•|].{0,60}$|"
    r"^(?:https?://)?(?:t\.me|telegram\.me)/\w+(?:/\d+)?(?:\s*[·•|]\s*(?:[\d.,]+\s*[KkMm]?\s+views|\d{1,2}:\d{2}|"
    + _DATE + r"))+$|"
    # (not a blog's byline with its comment count: "By Name · date · 41 comments")
    # (the age may be left out: "Name · Chief Executive at <Firm> · 2,318 reactions · 164 comments")
    # (nor a comment's buttons: "Report · Reply · 12 likes")
    r"^(?!by\s|reply\b|like\b|report\b)(?=.*\b(?:reactions?|likes?|reposts?)\b)(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}"
    r"(?:(?:\s*[·•|]\s*[^·•|\d]{1,80}?)(?=\s*[·•|])|(?=\s*[·•|]\s*(?:\d{1,2}\s*(?:h|d|w|m|mo|hrs?|mins?)|\d+\s+(?:hours?|days?|weeks?)\s+ago|" + _DATE + r")))"
    r"(?:\s*[·•|]\s*(?:\d{1,2}\s*(?:h|d|w|m|mo|hrs?|mins?)|\d+\s+(?:hours?|days?|weeks?)\s+ago|" + _DATE + r"))?"
    r"(?:\s*[·•|]\s*[\d.,]+\s*[KkMm]?\s+(?:reactions?|likes?|comments?|reposts?|shares?|views)){1,4}$|"
    # a Facebook page's credit with the day, time and counts ("Example & District Angling Club,
    # 16 June at 21:47 · 412 shares"): a reaction, like, share or repost count, not comments alone.
    r"^(?!by\s)(?=.*\b(?:reactions?|likes?|reposts?|shares?)$)(?-i:[A-Z])[\w.'’-]*(?:\s+(?:&|and|of|the|(?-i:[A-Z])[\w.'’-]*)){0,5},?\s*"
    r"(?:[·•|]\s*)?(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\.?\s+\d{1,2})(?:,?\s+\d{4})?(?:\s*(?:at|,)?\s*" + _TIME + r")?"
    r"(?:\s*[·•|]\s*[\d.,]+\s*[KkMm]?\s+(?:reactions?|likes?|comments?|reposts?|shares?)){1,4}$|"
    # a credit naming the platform between the poster and the day ("<Shop> · Facebook · 8 April
    # at 09:27", "— Name (@handle) · TikTok · 2 Sept 2025 · ♬ original sound – handle").
    r"^(?:[—–]\s*)?(?!by\s)(?-i:[A-Z])[^·•|\n]{0,60}?\s*[·•]\s*(?:facebook|instagram|tiktok|threads|x|bluesky|linkedin|mastodon|strava)\s*[·•]\s*"
    r"(?:\d{1,2}\s+" + _MONTH + r"\.?|" + _MONTH + r"\.?\s+\d{1,2})(?:,?\s+\d{4})?(?:\s*(?:at|,)?\s*" + _TIME + r")?"
    # (a sound credit, or an activity's figures: "· Distance 162.3 km · Elev Gain 2,634 m · Time 4:51:07")
    r"(?:\s*[·•]\s*[♬♫].{0,100}|(?:\s*[·•]\s*(?:[a-z][a-z ]{0,15}\s)?[\d.,:]+\s*(?:mi|km|ft|m)?){1,5})?$", re.I)
#: What a score holds that a fact-check's verdict word does not: stars, or "N out of M", "N/M".
_SCORED = re.compile(r"[★☆✩✭✮⭐½]|\d\s*(?:out\s+of|/)\s*\d|\bout\s+of\s+(?:four|five|ten)\b", re.I)
#: A verdict paragraph under its label ("Verdict: Done by Sunday. ..."): the writer's judgement.
_VERDICT_LINE = re.compile(
    # (with a review's pros and cons: "Cons: Flat, samey dialogue · ...")
    r"^(?:(?:(?:our\s+|the\s+|my\s+)?(?:verdict|prediction)|(?:our|my)\s+(?:pick|ratings?|scores?)|pros|cons|"
    r"(?:best|key|standout)\s+(?:track|song|dish|moment))\s*:|"
    # A buying guide's pick with its price ("Best overall: Corvell Aria 1.7L, £64.99", "Best for
    # tea lovers: ..."); an award's winner has no price.
    r"(?:best|top)\s+(?:overall|budget|value|buy|pick|splurge|upgrade|for\s+[\w'’ -]{1,30}|[\w'’-]+(?:\s+[\w'’-]+)?)\s*:\s*"
    r"(?=[^:]{1,80},\s*[$£€]\d[\d.,]*$)|"
    # A player's or an entrant's mark and verdict: "Leon Marsh – 9/10: Took his goal superbly."
    r"[^:\n]{1,60}\s[–—-]\s*\d{1,2}(?:\.\d)?\s*/\s*10\s*:)\s*\S.{0,400}$", re.I)
#: A review's headline: the title, "review" and, after a colon or a dash, the critic's one-line
#: verdict ("<Title> review – a bruising, beautifully acted war drama", "Review: <Bar>, <Town> –
#: briny, brilliant and worth the wait"). "Review" capitalised inside a line is a name ("The
#: Wrenfield Review: four issues a year"). A restaurant's review names the place and its street
#: or town before the colon instead ("<Bakery>, <Wharf>: the khachapuri worth crossing the river
#: for").
_REVIEW_HEADLINE = re.compile(r"^(?:(?:[A-Z][a-z]+\s+)?[Rr]eview\s*:\s*|.{2,120}?\breview\s*(?:[:–—]|\s-)\s*|"
                              r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:&|and|of|the)?\s*[A-Z][\w'’&.-]*){0,4},"
                              r"\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}:\s+)(?P<verdict>\S.*)$")
#: A headline that says what the piece is rather than how it went: a time spent with the thing
#: ("four weeks with the new moisturiser", "a year on a vanishing estuary"), "... tested", or the
#: kind of piece ("a swimmer's guide", "restaurant review").
_PIECE_DESCRIPTION = re.compile(
    r"^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\s+(?:days?|nights?|weeks?|"
    r"months?|years?|hours?|miles?|seasons?)\s+(?:with|on|in|at|of|inside|aboard|behind)\b|"
    r".*\b(?:tested|reviewed|tried|driven|compared|rated|guide|review|preview|profile|interview|"
    r"explainer|timetable|itinerary|map)s?$", re.I)
_WH_WORDS = frozenset("what who how why when where which".split())


#: An editorial's headline under the paper's label ("Our view: Closing the museum would be a false
#: economy", "The Courier view: ...", "Editorial: ...", "Opinion: ..."): the paper's own case.
_LABELLED_OPINION_HEADLINE = re.compile(
    r"^(?:(?:our|the\s+[A-Z][\w'’]*(?:['’]s)?|[A-Z][\w'’]*(?:['’]s)?)\s+view|editorial|opinion|leader)\s*:\s+"
    r"(?P<claim>\S.*)$", re.I)


def headline_verdict(line: str) -> bool:
    """Whether a headline is its writer's verdict rather than a topic: a review's verdict after
    its title (``review_verdict``) or an editorial's claim under the paper's label (at least
    three words: "Our view: <claim>")."""
    m = _LABELLED_OPINION_HEADLINE.match(line)
    if m is not None:
        return len(m.group("claim").split()) >= 3 and not m.group("claim").rstrip().endswith("?")
    return review_verdict(line)


def review_verdict(line: str) -> bool:
    """Whether a headline is a review's title with the critic's verdict after it (see
    ``_REVIEW_HEADLINE``): the part after the title reads as a phrase, not as another title
    (most of its words lower-case: "<Band> – <Album>" is a title), is not a question ("is it
    worth £38?"), does not open with a question word ("what happened at the meeting") and does
    not say what the test was (``_PIECE_DESCRIPTION``)."""
    m = _REVIEW_HEADLINE.match(line)
    if m is None:
        return False
    verdict = m.group("verdict").strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", verdict)
    if len(words) < 3 or verdict.endswith("?") or words[0].lower() in _WH_WORDS:
        return False
    lower = sum(1 for w in words if w[0].islower())
    return 2 * lower > len(words) and not _PIECE_DESCRIPTION.match(verdict)


#: A critic's scored note: sentences about one item closed by the mark ("... My pick of the week.
#: 93/100", "... Lovely with sardines. 4/5").
_SCORED_NOTE = re.compile(
    r"^.{10,600}[.!?)]\s+(?:\d{1,3}\s*/\s*100|\d{1,2}(?:\.\d)?\s*/\s*(?:5|10)|(?:[★☆]\s*){1,5})$")
#: A player's mark and verdict without the "/10": "Ryan Etherington 6 – Solid enough ...",
#: "Sub: Danny Okafor 9 – Two goals in 33 minutes." A bare number after a name is a mark only in
#: a run of such lines (see ``structure``): one alone may be "Route 9 – closed".
_PLAYER_MARK = re.compile(
    r"^(?:Subs?(?:titute)?\s*:\s*)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+\d{1,2}(?:\.5)?"
    r"(?:\s*/\s*10)?\s*[–—-]\s*[A-Z].{0,300}$|"
    # the mark after the dash: "Femi Ashworth – 9. Man of the match ...", "Danny Pelham (sub) – 8. ..."
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s+\((?:c|sub|gk)\))?\s*[–—-]\s*\d{1,2}(?:\.5)?(?:\s*/\s*10)?\.\s+[A-Z].{0,300}$")
#: A critic's marks per aspect: "Food 3/10 | Atmosphere 4/10 | Service 5/10".
_MARKED_ASPECT = (r"(?i:food|cooking|service|atmosphere|ambience|value|drinks|decor|setting|comfort|location|cleanliness|"
                  r"rooms?|overall|taste|presentation|vibe|staff|facilities|welcome|coffee|cakes?|beer|wine|"
                  # (a roast's parts, as a Sunday-lunch blog marks them)
                  r"meat|potatoes|roasties|yorkshire(?:\s+pudding)?|gravy|veg|vegetables|portions?|pudding|dessert)")
_SCORECARD = re.compile(r"^(?:(?:Ratings?|Scores?|Marks?)\s*:\s*)?(?:[A-Z][\w&'’ -]{0,25}?:?\s*\d{1,2}(?:\.\d)?\s*/\s*(?:5|10|20|100)\s*"
                        r"(?:[|·•,]\s*|\s{2,}|$)){2,}$|"
                        # stars for the marks ("Food ★★★☆☆   Service ★★★★☆   Value ★★★☆☆")
                        r"^(?:[A-Z][\w&'’-]*(?:\s[\w&'’-]+){0,2}:?\s*[★☆½]{3,6}(?:\s{2,}|\s*[|·•]\s*|$)){2,}$|"
                        # one mark on its own line, under its label ("Food: 9/10", "Atmosphere: 7/10")
                        r"^[A-Z][\w&'’-]*(?:\s[\w&'’-]+){0,2}:\s*\d{1,2}(?:\.\d)?\s*/\s*(?:5|10)$|"
                        # (or after a gap, if the label is what a critic marks: "Food  4/5", "Overall  ★★★★☆")
                        r"^" + _MARKED_ASPECT + r"(?::\s*|[ \t]{2,})(?:\d{1,2}(?:\.\d)?\s*/\s*(?:5|10)|[★☆½]{3,6})$|"
                        # the marks set apart by gaps, the scale given once, at the end ("Food 8   Service 8
                        # Value 7   Overall 7/10")
                        r"^(?:[A-Z][\w&'’-]*(?:\s[\w&'’-]+){0,2}:?\s\d{1,2}(?:\.\d)?\s{2,}){2,}"
                        r"[A-Z][\w&'’-]*(?:\s[\w&'’-]+){0,2}:?\s\d{1,2}(?:\.\d)?\s*/\s*(?:5|10|20|100)$|"
                        # the marks between dots with no scale, three at least, each labelled by what a
                        # critic marks ("Food 9 · Atmosphere 7 · Service 8 · Value 9")
                        r"^(?:" + _MARKED_ASPECT + r":?\s\d{1,2}(?:\.\d)?\s*[·•|]\s*){2,}" + _MARKED_ASPECT + r":?\s\d{1,2}(?:\.\d)?$|"
                        # (or four marks and more, the last the overall one with its scale: "Fish 9 ·
                        # Chips 7 · Batter 9 · Extras 7 · Value 8 · Overall 8.5/10")
                        r"^(?:[A-Z][a-z]+:?\s\d{1,2}(?:\.\d)?\s*[·•|]\s*){3,}(?i:overall):?\s\d{1,2}(?:\.\d)?\s*/\s*(?:5|10|20|100)$")
_RATING_LINE = re.compile(
    # The label may name the outlet ("ReelPulse rating: ★★★½ (3.5 out of 5)").
    r"^(?:(?:our\s+|the\s+|(?-i:[A-Z])[\w'’-]*\s+)?(?:rating|grade|score|verdict|ruling)\s*:\s*)?(?:"
    r"(?:[★☆✩✭✮⭐½]\s*)+(?:(?:out\s+of|/)\s*(?:\d|two|three|four|five)(?:\s+stars?)?)?|"
    # (out of four at least: "1/2" and "2/2" under a post number the parts of a thread)
    r"(?:\d(?:\.\d)?|one|two|three|four|five)(?:\s+stars?)?\s*(?:out\s+of|/)\s*(?:[4-9]|10|20|25|50|four|five|ten)(?:\s+stars?)?|"
    r"(?<=:)\s*[A-F][+-]?|"
    # A fact-check's verdict ("Rating: False", "Our ruling: Mostly true").
    r"(?<=:)\s*(?:(?:mostly|half|partly)[\s-])?(?:true|false|misleading|unproven|unsupported|"
    r"inaccurate|accurate|correct|incorrect|mixed|mixture|pants\s+on\s+fire|fabricated|satire|"
    r"missing\s+context|altered|needs\s+context))\s*(?:\([\w\s.,/-]{1,30}\))?\.?$", re.I)
#: A reader comment's header ("Marcy T. says: March 6, 2025 at 7:12 am", "HC_Dad_of_3 says:
#: ..."); the comment's text follows it, up to the next header.
_COMMENT_HEADER = re.compile(r"^[\w.'’ -]{1,40}(?:\s+\(@[\w.]{2,30}\)|\s@\s[\w.'’& -]{1,40}|\s+\([\w.'’& -]{2,40}\))?\s+(?:says|said|wrote|replied)\s*:\s*(?:on\s+)?"
                             + r"(?:" + _DATE + r"|\d{1,2}\s+" + _MONTH + r"(?=\s+at\s))(?:\s*(?:at|,)?\s*" + _TIME + r")?\s*$")
#: A commenter and the comment's date or age: "Dev R. · November 7, 2025 at 6:40 pm",
#: "old_man_tech · 45 minutes ago", "oakby_lad · Yesterday".
_COMMENTER_DATED = (r"(?:(?:Posted\s+by\s+)?@?[\w.'’ &,-]{1,50}(?:\s*\((?:post\s+)?[A-Za-z](?:[\w'’-]|\s(?:&\s)?){2,30}\))?"
                    r"(?:\s*[✔✓]\ufe0f?\s*(?i:verified|author|owner|staff)?)?"
                    # (a reply's header: "<Name> (author) replying to <commenter> · <date>", "<Name>
                    # (<Business>) replied · <date>", "<Business> ✔ Verified · <date>"; a
                    # hyphen between spaces may stand for the dash: "dumplingdan - 10 March 2024")
                    r"(?:\s+(?:replying|replied)\s+to\s+@?[\w.'’-]{2,30}(?:\s[\w.'’-]{1,30})?|\s+replied)?\s*(?:[·•|—–]|(?<=\s)-(?=\s))\s*(?:" + _DATE + r"(?:\s*(?:at|,)?\s*" + _TIME
                    + r")?|\d{1,2}\s+" + _MONTH + r"\s+at\s+" + _TIME + r"|(?:[Yy]esterday|[Tt]oday)(?:\s+at\s+" + _TIME + r")?|\d{1,3}\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[mhdw])\s+ago"
                    # a video site's "@name · 3 weeks ago (edited)", also without the dot
                    r"(?:\s+\(edited\))?)|@[\w.-]{2,40}\s+(?:\d{1,3}|an?)\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
                    r"(?:\s+\(edited\))?)")
#: A reader comment with its header on the same line: "Dev R. · November 7, 2025 at 6:40 pm —
#: Way too much paprika ...".
#: A comment's header with its age ("Janet Morley · 2h", "AshfordLocal · 45m").
_COMMENT_AGE = re.compile(r"^(?!\d)[\w.'’-]+(?:\s[\w.'’-]+){0,2}(?:\s*[·•|]\s*[A-Z][\w.'’-]*(?:\s[\w.'’-]+){0,3}"
                          # (an age in words needs the poster's area between: "<Name> · <Area> · 3 days
                          # ago"; "<Name> · 2 hours ago" alone is also a blog's byline)
                          r"\s*[·•|]\s*(?:\d{1,2}|an?)\s+(?:minute|hour|day|week)s?\s+ago|(?:\s*[·•|]\s*[A-Z][\w.'’-]*(?:\s[\w.'’-]+){0,3})?"
                          r"\s*[·•|]\s*\d{1,2}\s*(?:m|h|hrs?|d|w)(?:\s+ago)?)"
                          # and the comment's votes ("pixelmoth · 14h · ▲ 341")
                          r"(?:\s*[·•|]\s*[▲△⬆↑]\s*[\d.,]+[KkMm]?)?$")
#: A post's reaction buttons with their counts, in words ("Thank 48 · Reply 23", "Like 1.2K · Share 40").
#: A forum's vote row ("▲ 96 · Reply", "▲ 214 ▼ · 163 comments · Share · Save · Report") and a
#: commenter's header that ends in its reply link ("saltmere_sam · 12 June 2025 at 10:14 · Reply").
_THREAD_VOTES = re.compile(r"^(?:[▲△⬆↑]\s*[\d.,]+[KkMm]?(?:\s*[▼▽⬇↓])?(?:\s*[·•|]\s*(?:reply|share|save|report|award|"
                           r"[\d.,]+[KkMm]?\s+(?:comments?|replies)))*|" + _COMMENTER_DATED + r"\s*[·•|]\s*reply|"
                           # (the reply link first: "Reply · 18 ↑")
                           # (or with its up and down votes after a gap: "Reply   ▲ 41   ▼ 3")
                           r"reply\s*(?:[·•|]\s*|\s{2,})(?:[▲△⬆↑]\s*[\d.,]+[KkMm]?(?:\s+[▼▽⬇↓]\s*[\d.,]+[KkMm]?)?|[\d.,]+[KkMm]?\s*[▲△⬆↑])|"
                           # (or after them: "▲ 48  ▼ 3  Reply")
                           r"[▲△⬆↑]\s*[\d.,]+[KkMm]?\s+[▼▽⬇↓]\s*[\d.,]+[KkMm]?\s*(?:[·•|]\s*|\s{2,})reply)$", re.I)
_WORDED_REACTIONS = re.compile(r"^(?:(?:thanks?|likes?|repl(?:y|ies)|shares?|comments?|reactions?)\s*[\d.,]+[km]?"
                               r"\s*(?:[·•|]\s*|$)){2,4}$", re.I)
#: The same counts with the number first ("42 Thanks · 17 Replies", "214 reposts · 1.1K likes");
#: furniture, but not taken as the end of a post by the readings that look for one
#: (``_WORDED_REACTIONS``).
_COUNT_FIRST_REACTIONS = re.compile(r"^(?:[\d.,]+[km]?\s*(?:thanks?|likes?|repl(?:y|ies)|shares?|comments?|reactions?|reposts?|quotes?|views?)"
                                    r"\s*(?:[·•|]\s*|$)){2,4}$|"
                                    # (or spaced apart, with the card's reply button: "61 Likes  9 Reposts  Reply")
                                    r"^(?:[\d.,]+[km]?\s*(?:likes?|reposts?|replies|shares?|quotes?|views?)\s{2,}){2,4}(?:reply|share)$", re.I)
#: A post's counts spaced apart with no dots, the number first ("142 Reposts 37 Quotes 611 Likes",
#: "4 replies   11 reposts   52 likes"), as X's and Bluesky's cards copy, with X's link to the
#: replies after them ("318 reposts   1.4K likes   Read 96 replies").
_SPACED_COUNTS = re.compile(r"^[\d.,]+[KkMm]?\s+(?:replies|reposts|retweets|quotes|likes|comments|shares|views|bookmarks|reactions)"
                            r"(?:\s+[\d.,]+[KkMm]?\s+(?:replies|reposts|retweets|quotes|likes|comments|shares|views|bookmarks|reactions)){1,4}"
                            r"(?:\s+Read\s+[\d.,]+[KkMm]?\s+repl(?:y|ies))?$", re.I)
_COMMENT_INLINE = re.compile(r"^" + _COMMENTER_DATED + r"\s*(?:[—–-]\s|:)\s*\S")
#: A commenter's header with the date ("dre_w23 · February 22, 2025 at 11:52 pm", the day
#: alone: "Jude Farrant · 12 Mar", or after "on": "Jo Example on 15 March 2025 at 8:12 am"); the
#: same shape as a byline, so it counts only below the comment section's marker ("2 Comments").
#: A reply's header may open with its arrow ("↳ <Name> (Author) · 9 Feb 2025, 17:40").
_COMMENT_DATED = re.compile(r"^(?:[↳↪]\s*)?(?:" + _COMMENTER_DATED + r"|[\w.'’ &-]{1,50}\s[·•]\s\d{1,2}\s+" + _MONTH + r"\.?|"
                            # (or the time alone, on the day's page: "<handle> · 7:12pm")
                            r"[\w.'’&-]{2,30}(?:\s[\w.'’&-]{1,30})?\s[·•]\s\d{1,2}[:.]\d{2}\s*(?:[ap]m)?|"
                            r"[\w.'’ &-]{1,50}?\s+on\s+" + _DATE + r"(?:\s*(?:at|,)\s*" + _TIME + r")?)$")
#: A shared post's credit: the poster, the date and the group or page it went to ("Karen Mills ·
#: 10 November at 21:04 · Harrowfield Community Noticeboard").
_SHARED_POST_CREDIT = re.compile(
    # (the poster's place may come between: "<Name> · <Farm>, <Village> · 7 May at 14:12 · 312 likes")
    r"^(?:" + _COMMENTER_DATED + r"|[\w.'’ &–-]{1,50}(?:\s*[·•|]\s*[^·•|\n\d]{1,50})?\s*[·•|]\s*(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH
    + r"\.?\s+\d{1,2})(?:\s*(?:at|,)?\s*" + _TIME + r")?)(?:\s*[·•|]\s*[^·•|\n]{1,60}){0,3}$")
_COMMENTS_MARKER = re.compile(r"^(?:\d[\d,]*\s+(?:comments?(?:\s*[|·•]?\s*sort\s+by\b.{0,40}|\s*[|·•]\s*join\s+the\s+(?:conversation|discussion)\b.{0,40}|\s*[|·•]\s*(?:sign|log)\s+in\s+to\s+(?:comment|reply|join\s+in)\b.{0,40})?|thoughts?\s+on\b.*|responses?(?:\s+to\b.*)?|tributes)|tributes\s*\([\d,]+\)|"
                              # "Comments (87) · Sort by: Newest | Oldest"
                              # (also "Listener comments (37)", "Readers' comments")
                              r"(?:(?:readers?|listeners?|viewers?|players?|members?|visitors?|guests?|customers?)['’]?\s+)?comments?(?:\s*\([\d,]+\))?(?:(?:\s*[·•|]\s*|\s{2,})(?:sort(?:\s+by)?\b|log\s+in\b|sign\s+in\b).{0,80})?|"
                              r"guest\s*book|condolences|leave\s+a\s+(?:reply|comment)\b.*|"
                              # (or their house rules over them: "Have your say. Comments are subject to our house rules.")
                              r"(?:have\s+your\s+say[.:!]?\s+)?comments\s+are\s+(?:subject\s+to|moderated|pre-?moderated)\b.{0,100}|"
                              r"join\s+the\s+(?:conversation|discussion)\b.*)$", re.I)
_POST_LINK = re.compile(r"\b(?:pic\.twitter\.com|t\.co|x\.com|bsky\.app|threads\.net)/\S+")
#: Body-length limits of the platforms (characters); an unknown platform gets X's.
_BODY_LIMIT = {"x": 300, "twitter": 300, "bluesky": 320, "threads": 520, "truth": 520,
               "instagram": 2200, "facebook": 2200, "tiktok": 2200, "strava": 2200, "mastodon": 520, "linkedin": 3000,
               "telegram": 4096, r"t\.me": 4096}

#: A page's date: a full date, or a weekday with day and month and no year ("Thursday 14
#: November", "Wednesday, July 17"; without the weekday "July 17" alone could be anything).
_PAGE_DATE = (r"(?:(?:" + _WEEKDAY + r",?\s+)?" + _DATE + r"|" + _WEEKDAY + r",?\s+(?:" + _MONTH
              + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"\.?))")
#: A page's clock time, also with a dot as British pages write it ("7.05am", "09.00 BST"); a
#: dotted time needs its am/pm or zone, or it is a decimal.
_PAGE_TIME = (r"(?:" + _TIME + r"|\d{1,2}\.\d{2}(?:\s*[AaPp]\.?[Mm]\.?(?:\s+[A-Z]{2,4}\b)?|\s+[A-Z]{2,4}\b))")
#: Right after a date, a dotted time needs no am/pm ("Thursday 14 March 2024, 06.12").
_DOTTED_TIME = r"\d{1,2}\.\d{2}"
#: The page's section after its date ("Mar 12, 2025 - Health", "4 June 2025 | World News").
_SECTION_NAME = r"(?-i:[A-Z][\w&'’]*(?:\s+(?:&\s+)?[A-Z][\w&'’]*){0,2})"
#: A relative time: "3 hours ago", "an hour ago", "3 weeks ago".
_AGO = r"(?:\d+|an?|one)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
#: A timestamp's update after it ("... | Updated 2 hours ago"), or in brackets ("Tuesday 11 March 2025,
#: 4:47pm (updated 6:12pm)"): a time alone there is that day's.
_UPDATE_NOTE = (r"(?:updated|last\s+(?:updated|modified))(?:\s+on)?\s*:?\s*(?:" + _AGO + r"|" + _PAGE_DATE
                + r"(?:\s*(?:[-–—,|·•]|at)?\s*" + _PAGE_TIME + r")?|" + _PAGE_TIME + r")")
_TIMESTAMP = re.compile(
    r"^(?:(?:(?:Agenda|Minutes|Report|Notice|Decision|Schedule|Timetable|Listings|Prices|Fees)\s+)?(?:Updated?|Page\s+updated|Published|Released|Posted|Reviewed|(?:Page\s+)?Last\s+(?:updated|modified|reviewed)|(?:Originally|First)\s+published|Date|Week\s+of|"
    r"Original\s+(?:release|appeal|story|post))\s*[:–—-]?\s*(?:on\s+|at\s+)?)?"
    r"(?:" + _PAGE_DATE + r"(?:\s*(?:[-–—,|·•]|at)?\s*(?:" + _PAGE_TIME + r"|" + _DOTTED_TIME
    + r"))?(?:\s+[-–—|·•]\s+" + _SECTION_NAME + r")?|" + _PAGE_TIME + r"(?:\s*(?:[-–—,|·•]|on)?\s*" + _PAGE_DATE
    + r")?|" + _AGO + r")(?:\s*[·•|,–—-]\s*" + _UPDATE_NOTE + r"|\s*\(\s*" + _UPDATE_NOTE + r"\s*\))?\s*$", re.I)
#: After its label a date needs no year: "Published 4 June", "Updated June 4 at 9:30am".
_LABELLED_DAY = re.compile(
    r"^(?:Updated|Published|Posted|(?:Page\s+)?Last\s+updated|(?:Originally|First)\s+published)\s*:?\s*(?:on\s+|at\s+)?(?:"
    + _WEEKDAY + r",?\s+" + _PAGE_TIME + r"|(?:\d{1,2}\s+"
    + _MONTH + r"\.?|" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:\s*(?:[-–—,|·•]|at)?\s*" + _PAGE_TIME
    + r")?|" + _PAGE_TIME + r"(?:\s*[-–—,|·•]?\s*(?:" + _WEEKDAY + r"|\d{1,2}\s+" + _MONTH + r"\.?|" + _MONTH
    + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?))?)"
    # and its update time ("Published 9:14am, 14 February | Updated 11:02am")
    r"(?:\s*[|·•,]\s*updated\s*:?\s*(?:at\s+)?" + _PAGE_TIME + r")?\s*$", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{2,40}(?:\s*\([A-Za-z .]{2,30}\))?\s*[—–-]+\s*$")
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:de|van|von|da|del|la|le|bin|al)?\s*[A-Z][\w.'’-]*){0,3}"
_NOT_NAME = {"the", "this", "that", "then", "now", "contrast", "comparison", "far", "way", "law",
             "default", "design", "definition", "all", "any", "no", "some", "most", "monday",
             "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "noon", "midnight",
             "january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "early", "late", "next", "last"}
_BYLINE = re.compile(
    r"^(?:By|BY|Written\s+by|Words\s+by|Words:|Column\s+by|Created\s+by|As\s+told\s+to|Story\s+by|Compiled\s+by|Curated\s+by|Interview\s+by|Reporting\s+by|(?:Match\s+)?Report\s+by|(?:Match\s+)?report\s+by|"
    r"(?:[A-Z][a-z]+\s+)?[Rr]eview\s+by|"
    r"(?:(?:Medically|Clinically|Expert)\s+)?[Rr]eviewed\s+by|Fact[-\s][Cc]hecked\s+by)\s+(?:[Tt]he\s+)?"
    # A title before the name ("By the Rev. Miriam Ashdown", "By Dr Ana Ruiz").
    r"(?:(?:Rev(?:d|erend)?|Dr|Prof(?:essor)?|Canon|Father|Rabbi|Imam|Cllr|Sir|Dame)\.?\s+)?(?P<who>" + _NAME
    + r"(?:\s*(?:,|and|&)\s*" + _NAME + r")*)(?:\s*[,|–—-]\s*[A-Za-z][A-Za-z0-9 .,&'’()-]{0,59}|"
    # the date and reading time between bars ("By <Name> | 9 March 2024 | 6 min read")
    r"(?:\s*[|·•]\s*[A-Za-z0-9][A-Za-z0-9 .,:&'’()-]{0,40}){1,3}|"
    r"\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'’ .-]{1,40}(?:,\s*[A-Z][\w'’ .-]{1,30})?)?\.?$")
_WIRE_CREDITS = re.compile(
    r"^(?:\(?(?:Additional\s+(?:[Rr]eporting|[Ww]riting)|Reporting|Writing|Editing|Reported|Edited)\s+by\s+[A-Z].{0,300}\)?|"
    r"[A-Z][^.]{0,100}\b(?:contributed|contributing)\s+(?:(?:to\s+)?(?:this\s+)?(?:report|story|article|"
    r"reporting)(?:\s+from\s+[A-Z][^.]{0,40})?|from\s+[A-Z][^.]{0,40})\.?)$")
#: A group post's header as Facebook shows it: "Name > Group" (or "▶", "▸", "›").
_GROUP_POST_HEADER = re.compile(r"^" + _NAME + r"\s*[>▶►▸›]\s*(?-i:[A-Z])[\w'’&., –-]{1,60}(?:\s*\([\w'’&., -]{2,40}\))?$")
_NAME_ONLY = re.compile(r"^" + _NAME + r"$")
#: A writer's job alone on its line ("Parliamentary sketchwriter", "Chief Political
#: Correspondent", "Columnist"): with a byline or the writer's name beside it, the byline's second line.
_JOB_TITLE = re.compile(r"^(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?(?:\s+|(?<=\w)))?(?i:[\w-]*(?:writer|reporter|"
                        r"correspondent|columnist|editor|critic|contributor|photographer)s?)$")
#: "Marguerite Osei, Tallow Point", "— Dolores M., Fenwick", "Jo Example (aged 15), Exampleton": a name
#: and a place.
_SIGNATURE_LINE = re.compile(r"^(?:[—–-]\s*)?" + _NAME + r"(?:\s+(?:and|&)\s+" + _NAME + r")?(?:\s+\([^()\n]{1,20}\))?,\s+"
                             # (or how the letter came: "<Name>, by email")
                             + r"(?:(?-i:by)\s+(?-i:email|e-mail|post)$|" + _NAME + r")"
                             # and the place's district ("<Name>, Cold Ashby Farm, near <Town>")
                             + r"(?:,\s+(?:near\s+)?" + _NAME + r")?(?:\s+\([^()\n]{1,30}\))?$|"
                             # with the writer's role between ("Jo Example, former town councillor, Exampleton",
                             # "Jo Example (17), student representative, <School>")
                             r"^" + _NAME + r"(?:\s+\([^()\n]{1,20}\))?,\s+(?:a\s+|an\s+|the\s+)?[a-z][\w'’-]*(?:\s+[\w'’-]+){0,5},\s+" + _NAME
                             # (the body's kind may be in lower case: "..., chair, <Town> Festival committee")
                             + r"(?:\s+(?:committee|group|association|society|club|team|board|trust|campaign|forum))?"
                             # (and a note: "..., chair, <Parish Council> (writing in a personal capacity)")
                             + r"(?:\s+\([^()\n]{1,40}\))?$|"
                             # or a role of a place ("Jo Example, former mayor of Exampleton")
                             r"^" + _NAME + r",\s+(?:a\s+|an\s+|the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}\s+(?:of|at|for)\s+(?:the\s+)?" + _NAME + r"$|"
                             # A letter writer's pseudonym: "— Tapped Out in Tollbridge".
                             r"^[—–]\s*[A-Z][^.!?]{1,60}$")
#: A signature by a team under a sign-off: "Jenny, Tom and all the team at Hollybrook", "The
#: Hollybrook team".
_TEAM_SIGNATURE = re.compile(r"^(?:[A-Z][\w'’-]*(?:,\s+|\s+(?:and|&)\s+)){0,4}(?:(?:all\s+)?the\s+(?:whole\s+)?)?"
                             r"(?:[A-Z][\w'’&-]*\s+){0,3}team(?:\s+at\s+[A-Z][\w'’&. -]{1,40})?$", re.I)
#: A one-line sign-off with the writer's first name: "Fly safe, Gareth", "Thank you so much, Sam x".
_SIGNOFF_NAMED = re.compile(r"^[A-Z][\w'’]*(?:\s+[\w'’]+){0,3},\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:&|and)\s+(?-i:[A-Z])[\w'’-]+)?(?:\s+x{1,3})?$")
#: A newsletter's closing line, above the writer's bare name ("That's all for this month. ...",
#: "Thanks for reading, ...", "Until next week, ...").
_VALEDICTION = re.compile(r"^(?:that['’]s\s+(?:all|it)\s+(?:from|for)\b|thanks?(?:\s+you)?\s+(?:so\s+much\s+)?for\s+reading\b|"
                          r"until\s+next\s+(?:time|week|month)\b|see\s+you\s+(?:next|soon|then|there|at|in|on)\b|take\s+care\b|"
                          r"happy\s+[a-z]+ing[.!]*$)", re.I)
#: A review site's card over a guest's review ("Sophie R. · Harlow Green · 23 contributions") and
#: the owner's reply header ("Response from <Name>, Owner at <Hotel> · Responded 2 Oct 2024").
_REVIEWER_CARD = re.compile(r"^(?!by\s)[\w.'’ -]{2,40}?(?:\s*[·•|]\s*[^·•|\n]{1,40}?)?\s*[·•|]\s*\d[\d,]*\s+(?:contributions?|reviews?|helpful\s+votes?)$", re.I)
_OWNER_RESPONSE = re.compile(r"^(?:management\s+)?(?:response|reply)\s+from\s+(?:[^·•|\n:]{1,80}?(?:\s*[·•|]\s*(?:responded|replied)\s+[^·•|\n]{1,30})?|"
                             # (or as a label over the reply: "Response from <Name> (owner):")
                             r"[^·•|\n:.!?]{1,60}:)$", re.I)
#: A signature with the signer's full role ("Helen Example, Chief Nurse and Director of Patient
#: Experience"): under a paragraph of prose, the close of a letter or welcome. The name may carry
#: titles ("The Revd Canon Jo Example, Vicar of Exampleton") and a bracketed note ("Dr Jo Example
#: (retired GP), Abbey Walk, Exampleton"); a one-word role needs the organisation after it ("Jo
#: Example, Chair, Example Residents' Association"), and the organisation may give its address
#: ("..., Example Bird Group, Hessle Lane, Upper Exampleton").
_SIGNED_ROLE = re.compile(r"^(?:(?:The\s+)?(?:Revd|Rev\.?|Reverend|Canon|Dr|Prof\.?|Cllr|Father|Sister)\s+){0,3}" + _NAME + r"(?:\s+\([^()\n]{1,30}\))?,\s+(?-i:[A-Z])[\w'’-]*"
                          r"(?:(?:\s+(?:(?-i:[A-Z])[\w'’-]*|and|of|for|in|the|&|ward|division)){1,9}(?=,|$|\s+\()|(?=,))"
                          # and the organisation ("..., Head of Fraud Prevention, <Bank>")
                          r"(?:,\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|of|the|and|&)){0,5}){0,2}"
                          # and a note after it ("... Council (writing in a personal capacity)")
                          r"(?:\s+\([^()\n]{1,40}\))?$")
#: An institution signing the piece: "By the Editorial Board", "By The Herald Staff".
_BYLINE_INSTITUTION = re.compile(
    r"^By\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+|(?:and|&)\s+){0,6}(?:Board|Staff|Editors|Desk|Teams?|Newsroom|Readers|Contributors|Press\s+Office)\.?$", re.I)
#: "The views expressed are the author's own": an opinion page's notice (a widget line, and a sign
#: that the page is opinion, see `declares_opinion`).
_VIEWS_EXPRESSED = (r"(?:(?:views|opinions)\s+(?:expressed|in\s+(?:this\s+(?:column|article|piece)|(?-i:[A-Z])[\w'’]*(?:\s+(?-i:[A-Z])[\w'’]*){0,3}))\b[^.]{0,60}?\b(?:are|is)\s+(?:solely\s+)?"
                    r"(?:(?:his|her|their|my|the\s+author['’]s|the\s+writer['’]s)\s+own|"
                    r"(?:those|that)\s+of\s+the\s+(?:author|writer|contributor|chair(?:man|woman)?|chair)s?)|"
                    # "Opinion pieces reflect the views of the author and not necessarily ..."
                    r"(?:opinion\s+pieces|columns|comment\s+pieces)\s+reflect\s+the\s+views\s+of\s+(?:the|their)\s+"
                    r"(?:author|writer|contributor)s?|"
                    # "<Paper> Comment represents the view of the newspaper." (the paper's name
                    # before it is allowed where the line is read whole, below)
                    r"(?:comment|view|opinion)\s+(?:represents|is)\s+the\s+(?:views?|opinion)\s+of\s+(?:the|this)\s+"
                    r"(?:newspaper|paper|publication|editor|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}[.,])|"
                    # "This is the view of the <Paper>."
                    r"this\s+is\s+the\s+(?:view|opinion)\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\.)")
#: A row of sharing targets ("Facebook  X  Email  Copy link").
_PLATFORM_LIST = (r"(?:(?:facebook|twitter|x|linkedin|whatsapp|reddit|e-?mail|pinterest|telegram|"
                  r"flipboard|print|copy(?:\s+link)?|messenger|threads|bluesky|mastodon|post)\s*[,|·•/]?\s*){2,}")
#: What a critic reviews, in a review's kicker ("NON-FICTION REVIEW", "Restaurant Review").
_REVIEWED = (r"(?:restaurant|film|movie|book|album|music|theat(?:er|re)|concert|tv|television|game|"
             r"dining|food|non-?fiction|fiction|poetry|art|dance|opera|stage|exhibition)")
#: An accessibility link that opens a page's copy ("Skip to main content", "Skip navigation").
_SKIP_LINK_TEXT = r"skip\s+(?:to\s+)?(?:main\s+)?(?:content|navigation)"
_SKIP_LINK = re.compile(r"^" + _SKIP_LINK_TEXT + r"$", re.I)
#: A newsletter's issue, by its season or month ("Spring 2024", "March 2024").
_ISSUE_DATE = r"(?:spring|summer|autumn|winter|" + _MONTH + r")\s+\d{4}"
#: What a picture shows, after "Photo:" in place of its credit: an article (or a verb in -ing)
#: and six words or more ("Photo: A grey seal and her pup on the north beach, October 2024",
#: "Photo: Replacing a cast iron downpipe on a terrace"); a credit names a person or an outlet.
#: (a lower-case word opens a description too, "Photo: the paddock behind ...", never a credit's
#: name; the credit's own words aside: "Photo: supplied by family", "Photo: courtesy of ...";
#: after "Pictures:" it is a gallery's title: "Pictures: the night the storm hit")
_PICTURE_DESCRIPTION = (r"(?-i:A|An|The|Two|Three|One|Our|[A-Z][a-z]+ing(?=\s+[a-z])|"
                        # (or a thing named in lower-case words, not a person: "Brown sugar milk
                        # tea with ...", "Highbury saxony in Oatmeal, fitted ...")
                        r"(?<!s: )(?:[A-Z][a-z]+(?=\s+[a-z][\w'’-]*\s+[a-z])|"
                        r"(?!(?:supplied|courtesy|by|via|from|credit|copyright|handout|submitted|contributed|file|archive)\b)[a-z][\w'’-]*|"
                        # (or names, then what the picture shows in two lower-case words of four
                        # letters or more, with no credit's word, outlet ("for the <Paper>"), second
                        # credit or slash: "Bramble and Sooty, the guinea pigs who have lived in
                        # the shop since 2021")
                        r"(?![^\n]*(?:\b(?:supplied|courtesy|credit|handout|copyright|archive|submitted|contributed|via)\b|"
                        r"\bfor\s+(?:the\s+)?(?-i:[A-Z])|\b(?:photo(?:graph)?|picture|image)s?\s*:))"
                        r"(?=[^/\n]*?\b[a-z]{4,}\b[^/\n]*?\b[a-z]{4,}\b)(?-i:[A-Z])[\w'’-]*))"
                        r"\s+(?:\S+\s+){5}")
#: A cookie notice's label before its sentence ("Manage cookies: We and our partners use ...",
#: "Cookie notice: We use cookies ...").
_COOKIE_LABEL = r"(?:(?:manage\s+)?cookies?(?:\s+(?:notice|settings|preferences))?\s*:\s*)?"
_WIDGET = re.compile(
    r"^(?:share(?:\s+(?:this|the)(?:\s+[a-z-]+){0,2})?(?:\s+(?:on|via)\s+\w+)?(?:\s*:?(?:\s*" + _PLATFORM_LIST + r")?)?|"
    # A newsletter's sign-up after its lead-in ("Get camp news first: sign up for the <Club>
    # newsletter"); a blog's tip jar ("Found this guide useful? Buy me a coffee ..."); a critic's
    # meals note ("<Name> pays for all her meals. Restaurants are not told ...").
    r"[^.!?:\n]{1,60}:\s*sign\s+up\s+(?:for|to)\s+[^.!?]{0,60}\bnewsletter\b[^.!?]{0,40}\.?|"
    r"(?:[^?\n]{1,60}\?\s+|if\s+you(?:['’]ve)?\s+(?:enjoyed|liked|found)\s+this(?:\s+[\w-]+)?(?:\s+useful)?,?\s+(?:you\s+can\s+)?|"
    r"if\s+this\s+(?:post|guide|review|article|page)\s+helped(?:\s+you)?,?\s+(?:you\s+can\s+)?)?buy\s+(?:me|us)\s+a\s+coffee\b.{0,150}|"
    # A live page's refresh switch ("Auto-update: ON").
    r"auto-?\s?(?:update|refresh)\s*:?\s*(?:on|off)|"
    r"(?-i:[A-Z])[^.!?]{1,60}\b(?:pays?|paid)\s+for\s+(?:all\s+)?(?:(?:her|his|their|its|our)\s+)?(?:own\s+)?meals?(?:\s+and\s+drinks)?\s*[.,;].{0,200}|"
    # (or who pays: "<Name>'s meals are paid for by the <Paper> ...")
    r"(?-i:[A-Z])[^.!?]{1,60}['’]s\s+meals\s+(?:are|were)\s+(?:always\s+)?paid\s+for\s+by\b.{0,200}|"
    # A help prompt ("Questions about your appointment? Read our FAQs or contact the helpline ...").
    r"(?:any\s+)?(?:questions?|queries)(?:\s+about\s+[^?]{1,50})?\?\s+(?:read|see|visit|check|call|contact|e-?mail|ask|get\s+in\s+touch)\b.{0,160}|"
    # A forum post's quotation header ("Quoting ferncottage_jo:"), a report's list of papers
    # ("Accompanying documents:").
    r"quoting\s+@?[\w.'’-]{2,40}\s*:|(?:accompanying|supporting|background)\s+(?:documents|papers)\s*:|"
    # A live page's reload prompt ("Refresh for the latest", "Refresh to see new posts").
    r"refresh\s+(?:for|to\s+see|this\s+page)\b.{0,40}|"
    # Inline teaser links ("Related: Voters rejected a levy in November").
    r"(?:related(?:\s+(?:opinion|coverage|stories|reading|content|video|episodes?|information|links|meetings?|documents?|decisions?))?|see\s+also|"
    r"more\s+coverage|more\s+(?:episodes|stories|videos|podcasts)|more\s+from\s+[^:]{1,40})\s*:.{1,150}|"
    # An article-type kicker alone on its line ("ANALYSIS", "Opinion", "Live updates").
    r"(?:news\s+)?analysis|opinion|editorial|commentary|perspective|explainer|fact\s+check|satire|"
    r"guest\s+(?:essay|column|opinion|commentary)|(?:(?:parliamentary|political|politics)\s+)?sketch|"
    r"live(?:\s+updates?)?\s*:\s*(?:follow|read|get|see|watch)\b.{1,150}|"
    r"(?:" + _REVIEWED + r"\s+)?reviews?|"
    r"live(?:\s+updates)?(?:\s*\([^()]{1,40}\))?|breaking(?:\s+news)?|exclusive|developing(?:\s+story)?|"
    r"choose\s+your\s+platform\b.*|subscribe\b.{0,80}|sign\s+(?:up|in)\b.{0,80}|"
    r"log\s+in(?:\s+(?:or\s+register|to\s+\w+(?:\s+\w+){0,4}))?|"
    r"(?:subscribe|sign\s+up)\b.{0,120}\bnewsletters?\b.{0,80}|(?:enter|type)\s+your\s+(?:e-?mail|home\s+address|address|zip(?:\s+code)?|postcode)\b.{0,60}|"
    # Page tools: "Find your polling place", "Schedule a showing", a contact block's phone line.
    r"find\s+your\s+(?:polling\s+place|ballot|representatives?|district|precinct)\b.{0,60}|"
    r"find\s+your\s+(?:bin\s+(?:day|collection\s+day)|nearest\s+[\w ]{1,20}|local\s+[\w ]{1,20})\s*:?.{0,120}|"
    r"schedule\s+a\s+(?:showing|tour|viewing|visit|call|demo|consultation)\b.{0,60}|"
    r"(?:direct|office|cell|mobile|phone|tel|fax|reception|switchboard|enquiries)\s*:\s*\+?\(?\d[\d ().-]{6,}\d|"
    # Engagement counts under a newsletter post ("42 Likes · 6 Restacks"), its comment thread,
    # a release's end mark ("###", "-30-"), and a link button ("Shop the Cloud Hybrid →").
    r"[\d.,]+\s*[km]?\s+(?:likes?|restacks?|candles?\s+lit)(?:\s*[·•∙|]\s*[\d.,]+\s*[km]?\s+(?:likes?|"
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
    r"from\s*:\s*(?:the\s+)?(?-i:[A-Z])[^!?<>@]{1,120}|(?:is|was)\s+this\s+(?:page|guide|article|answer|newsletter|bulletin|email|information|advice|fact\s+check|story|review|post|comment)\s+"
    r"(?:useful|helpful)(?:\?.{0,200}|(?:\s+yes\s*/?\s*no)?)|"
    r"\d+\s+(?:thoughts?|responses?|replies|comments?)\s+on\s+.{1,200}|"
    r"(?:stream\s+it|(?:stream|watch)\s+on\s+(?-i:[A-Z])\w+)\s*:.{0,160}|"
    # Notices and appeals of the page, not the story: "This is a developing story and will be
    # updated."; donation prompts ("Tip jar: ...", "Support our journalism ...", "Donate").
    r"this\s+is\s+a\s+(?:developing|breaking)\s+(?:news\s+)?story\b.{0,80}|"
    r"(?:this\s+)?(?:story|article|post|page)\s+will\s+be\s+updated\b.{0,80}|"
    # (after the reader's cue: "Enjoyed this? Support independent music writing — become a
    # member ...": writing, with the button in the sentence; alone, "Support independent jazz
    # writing." may open a club's plea)
    r"(?:(?:enjoyed|liked)\s+this\?\s+)?(?:support\s+us\b.{0,120}|"
    r"support\s+(?:independent|local)\s+(?:[\w-]+\s+)?writing\s*[—–:,-]\s*become\s+a\s+(?:[\w'’-]+\s+){0,2}(?:member|patron|supporter|subscriber)\b.{0,200}|"
    r"(?:tip\s+jar|donate|(?:to\s+|help\s+)?support\s+(?:this|our|the|independent|local|student|community|public[-\s]interest)\s+(?:[\w-]+\s+)?(?:blog|site|newsletter|"
    r"journalism|reporting|work|coverage|news)|become\s+a\s+(?:paying\s+)?(?:member|patron|supporter|"
    r"subscriber))\b.{0,200})|"
    # A newsletter's sign-off ("Thanks for reading The Ledger!").
    r"thanks?(?:\s+you)?\s+(?:so\s+much\s+)?for\s+reading(?:\s+[^,;:.!?]{1,50})?[.!]?|"
    r"follow\s+(?:us|me|him|her|them|@\w+|(?:the|our)\s+(?:studio|shop|salon|club|team|practice|school|farm|gallery|pack|crew|gang)|(?-i:[A-Z])[\w&'’-]*(?:\s+(?:&\s+|and\s+)?(?-i:[A-Z])[\w&'’-]*){0,2}\s+on\s+"
    r"(?:Instagram|X|Twitter|TikTok|Facebook|Threads|Bluesky|Pinterest|LinkedIn|YouTube))\b.{0,120}|reply(?:\s*[·•|]\s*\d[\d,.]*[km]?)?|comments\s+are\s+(?:closed|disabled)\b.{0,40}|(?:this\s+)?(?:discussion|thread|conversation)\s+is\s+(?:now\s+)?closed(?:\s+(?:for|to)\s+(?:new\s+)?comments)?\.?|get\s+(?:the|our)\b.{0,40}\bnewsletter\b.*|newsletter|"
    r"read\s+(?:more|next|the\s+full\s+(?:story|article))\b.{0,150}|continue\s+reading\b.{0,60}|"
    r"also\s+read\b.{0,150}|click\s+here\b.{0,80}|advertisements?|ad|sponsored(?:\s+content)?|"
    r"skip\s+(?:to\s+\w+(?:\s+\w+)?|ad)|(?:[🔊🎧▶►]\ufe0f?\s*)?listen\s+to\s+(?:this|the)\s+(?:article|story)\b.{0,30}|"
    r"\d+[\s-]+min(?:ute)?s?\s+read|print|email|copy\s+link|link\s+copied|save(?:\s+article)?|auto-?\s?refresh(?:\s*:\s*(?:on|off))?|"
    # (a sold-out listing's button: "Sold out – join the waiting list")
    r"sold\s+out\s*[—–-]\s*join\s+the\s+waiting\s+list|"
    # (a blog's subscriber count under its sign-up box: "Join 1,284 other subscribers")
    r"join\s+[\d,]+\s+other\s+(?:subscribers|followers|readers)|"
    # (a live entry's clock time alone, with a dot, on the 24-hour clock: "22.18", "09.05"; "3.50"
    # alone may be a price)
    r"(?:0\d|1[3-9]|2[0-3])\.[0-5]\d|"
    # (a comment count behind its icon, "💬 58 comments")
    r"(?:💬\s*)?(?:(?:(?:readers?['’]?|audience)\s+)?comments?(?:\s*\([\d,]+\))?|[\d,]+\s+(?:comments?|tributes|responses?)|tributes\s*\([\d,]+\))(?:\s*[—–·|:-]\s*(?:log\s+in|sign\s+in|show|view|join|read|add)\b.{0,50})?|"
    r"(?:leave|post|add|view|show|see)\s+(?:a\s+|all\s+|your\s+)?comments?.{0,30}|"
    # (a live page's reload button: "Show latest updates")
    r"show\s+(?:the\s+)?(?:latest|new|more|all)\s+(?:updates|posts|entries)|"
    r"(?:log\s+in|sign\s+in|register|subscribe)(?:\s+or\s+(?:register|sign\s+up))?\s+to\s+"
    r"(?:(?:add|post|leave)\s+(?:a|your)\s+)?(?:comment|reply|join\s+the\s+(?:conversation|discussion))\b.{0,40}|"
    r"(?:show|load|see)\s+more(?:\s+(?:updates|posts|entries|comments|stories|results|supporters|donations|reviews))?|"
    # A newsletter's issue line and notices ("Issue #187 — Thursday 6 June 2024", "Subscriber-only
    # content. Please do not forward ...", "Risk warning: The value of investments ...").
    r"issue\s*(?:#|no\.?\s*)?\d+\s*[—–|·,-]\s*.{0,40}|subscriber[-\s]only\b.{0,100}|"
    r"risk\s+warning\s*:.{0,400}|"
    r"join\s+the\s+(?:conversation|discussion)\b.{0,60}|"
    r"what\s+do\s+you\s+think\b.{0,100}|tell\s+us\b.{0,60}\b(?:comments?|below|e-?mail|what\s+you\s+think|"
    r"your\s+(?:stories|story|experiences?|views?|thoughts))\b.{0,150}|"
    # A corrections prompt ("Spotted an error?", "Read our corrections policy ...").
    r"(?:spot(?:ted)?|see|saw|found|notice[ds]?)\s+an?\s+(?:error|mistake|typo|leak|fault|pothole)\b.{0,300}|"
    r"to\s+(?:report|flag)\s+an?\s+(?:possible\s+|suspected\s+|factual\s+)?(?:error|mistake|typo|correction)\b.{0,300}|"
    r"read\s+our\s+(?:corrections?|ethics|editorial|fact-?checking)\s+polic(?:y|ies)\b.{0,100}|"
    r"copyright\b.{0,150}|©.{0,300}|©.{0,150}\bregistered\s+(?:in|office)\b.{0,200}|\(c\)\s*\d{4}.{0,100}|"
    r"(?:(?:production|rehearsal|event|cover|header|top)\s+)?(?:photo(?:graph)?|image|video|graphic|illustration|picture)s?(?:\s+credits?)?\s*:"
    r"(?!\s*" + _PICTURE_DESCRIPTION + r").{0,120}|"
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
    r"(?:this|today['’]s)\s+(?:episode|podcast|newsletter|segment|series|show|briefing|edition|issue|bulletin)"
    r"\s+is\s+(?:sponsored|presented|"
    r"supported|brought\s+to\s+you)\s+by\b.{0,80}|"
    r"to\s+submit\s+(?:a|an|your)\s+(?:column|letter|op-?ed|essay|story|tip|question)\b.{0,120}|"
    # ("Want to write for our Opinion page? Send up to 700 words to ...")
    r"(?:want|like)\s+to\s+write\s+for\s+(?:us|our\s+[\w'’ ]{1,30}?(?:page|section|pages))\?.{0,200}|"
    r"letters\s+to\s+the\s+editor\s*:.{1,200}|submit\s+(?:a|your)\s+letter\b.{0,160}|"
    r"(?:please\s+|(?:letters|submissions)\s+must\s+)?include\s+your\s+(?:full\s+)?name\b.{0,120}|"
    r"(?:[^.!?\n]{1,40}\.\s+)?(?:letters|submissions)(?:\s+for\s+publication)?\s+(?:should|must)\s+(?:be|include|not\s+exceed)\b.{0,300}|"
    r"(?:our\s+view|the\s+[\w'’ ]{1,30}?(?:editorial\s+view|leader(?:\s+column)?))\s+is\s+(?:agreed|written|decided)\s+by\b.{0,250}|"
    # (or "The <Paper> View is the opinion of the <Paper>, agreed by ...", "About Our View: Our
    # View is the <Paper>'s editorial column. ...")
    r"(?:about\s+our\s+view\s*:\s*)?our\s+view\s+is\s+the\s+(?-i:[A-Z])[\w'’]*(?:\s+(?-i:[A-Z])[\w'’]*){0,3}\s+(?:editorial|leader)(?:\s+column)?\b.{0,300}|"
    r"(?:the\s+[\w'’ ]{1,30}?\b|our\s+)view\s+is\s+the\s+(?:opinion|view|voice)\s+of\s+[^.]{1,60},\s+(?:agreed|written|decided)\s+by\b.{0,250}|"
    # A picture's button ("Click to enlarge"), a breaking story's "More to follow.", a comment
    # section's notice ("Comments are the responsibility of the person who posts them."), a
    # blog's like button ("★ Like").
    r"(?:click|tap)\s+(?:to|for)\s+(?:enlarge|expand|zoom)(?:\s+(?:image|map|photo|picture))?|more\s+to\s+follow\.?|(?:📌\s*)?pin\s+(?:it|this)(?:\s+for\s+later)?|"
    r"comments\s+are\s+the\s+(?:sole\s+)?responsibility\s+of\b.{0,250}|[★☆]\s*like|"
    r"comments\s+are\s+(?:held|checked|reviewed)\s+(?:for\s+approval|before\s+(?:they|publication))\b.{0,200}|"
    r"comments\s+(?:reflect|represent|are)\s+the\s+views\s+of\s+(?:the\s+)?(?:readers|commenters|their\s+authors)\b.{0,200}|"
    # A newsletter's issue line ("<Newsletter> · Spring 2024 · Issue 87") and its contents line
    # ("Also in this issue: ...").
    r"[^·|•\n]{1,50}[·|•]\s*" + _ISSUE_DATE + r"\s*[·|•]\s*issue\s+(?:no\.?\s*)?\d{1,4}|"
    r"also\s+in\s+this\s+issue\s*:.{1,300}|"
    + _ISSUE_DATE + r"\s+issue(?:\s*[·|•]\s*\d{1,2}\s+min(?:ute)?s?\s+read)?|"
    # A column's or the editorials' note on themselves ("About this column: <Column> is written each
    # month by ...", "About our editorials: Editorials represent the view of the <Paper> ...").
    r"about\s+this\s+column\s*:.{1,400}|(?:about\s+our\s+(?:editorials|view)\s*:\s*)?(?:(?-i:[A-Z])[\w'’]*\s+){0,2}(?:editorials|view\s+(?:articles|pieces|columns))\s+(?:are|represent|give|express|set\s+out)\s+the\s+(?:views?|opinion|position)\s+of\b.{0,300}|"
    # (or of the pieces under the paper's label: "Articles headed "Our view" are the opinion of
    # the <Paper>. ...", "'Our View' pieces are written by the <Paper>'s editorial team ...")
    r"(?:about\s+our\s+editorials\s*:\s*)?(?:the\s+)?(?:(?:articles|pieces|columns)\s+headed\s+)?[\"'‘“]our\s+view[\"'’”]\s+(?:(?:pieces|articles|columns?)\s+)?(?:are|is|represents?)\s+"
    r"(?:the\s+(?:opinion|view)\s+of|written\s+by|agreed\s+by)\b.{0,300}|"
    # Whether the firm covers the reader's street ("Not sure if you're in our area? Drop us a
    # message with your postcode."), its chat button ("💬 WhatsApp us").
    # (its postcode box may follow on the next line: "Enter postcode [ Check ]")
    r"not\s+sure\s+(?:if|whether)\s+(?:you['’]re|you\s+are|we)\s+(?:in\s+(?:range|our\s+area)|(?:reach|cover)\s+you)\?.{0,160}\bpostcode\b.{0,100}(?:\n[^\n]{0,40}\[[^\]\n]{0,20}\])?|"
    r"(?:💬\s*)?whatsapp\s+(?:us|me)|"
    # A blog's footer: its platform and theme ("Powered by <Platform> | Theme: <Name>").
    r"(?:proudly\s+)?powered\s+by\s+[^|·•\n]{1,60}?\s*[|·•]\s*theme\s*:\s*[^\n]{1,60}|"
    # (the note's heading alone, "About our editorials", and its call for replies: "To respond to
    # an editorial, write to letters@...")
    r"about\s+(?:our\s+editorials|our\s+view|this\s+column)|"
    r"to\s+respond\s+to\s+(?:an?|this|our)\s+(?:editorial|leader|column)\b.{0,200}|"
    # A file's download link ("Peg map (PDF, 420KB) – Download", "The full rules (PDF, 9 pages)
    # can be downloaded here.").
    r"the\s+full\s+[^\n]{1,80}?\s+can\s+be\s+(?:downloaded|read|viewed)\s+here\.?|"
    r"[^()\n]{1,60}\((?:pdf|docx?|xlsx?)\b[^()]{0,30}\)\s*[–—-]\s*download|"
    # A job ad's banner with its link ("Now hiring: part-time drivers. Find out more"), a
    # press strip ("As featured in: <Magazine> · <Magazine>", "As featured in <Magazine>", "Featured in: <Magazine> | <Award>"), a reviews link row ("Read all
    # reviews on Google | Leave us a review").
    # (and a news ticker: "Latest news: We're recruiting ... – read more", "Club News: <item> · <item>")
    r"(?:latest|club)\s+news\s*:\s*(?:.{1,150}?\s[–—-]\s*read\s+more|[^·\n]{1,100}(?:\s·\s[^·\n]{1,100})+)|"
    r"(?:now\s+hiring|we['’]re\s+hiring)\s*[:!–—-]\s*.{1,150}?\b(?:find\s+out\s+more|apply(?:\s+(?:now|here|online))?|see\s+(?:our\s+)?(?:vacancies|jobs)|learn\s+more|more\s+info)\.?|as\s+(?:featured|seen)\s+(?:in|on)\s*:.{1,200}|as\s+(?:featured|seen)\s+(?:in|on)\s+(?:the\s+)?(?-i:[A-Z])[^.!?,]{1,100}|(?:featured|seen)\s+(?:in|on)\s*:\s*(?-i:[A-Z])[^.!?]{1,200}|"
    r"read\s+(?:all\s+)?(?:our\s+)?(?:[\d,]+\s+)?reviews\s+on\s+[\w.]+(?:\s*\(\s*(?:average(?:\s+rating)?\s*:?\s*)?\d(?:\.\d)?\s*[★☆]?\s*\))?(?:\s*[|·]\s*leave\s+(?:us\s+)?a\s+review)?|"
    # A rating badge ("Google Rating 4.9 ★★★★★ Based on 312 reviews", also after its stars:
    # "★★★★★ Google rating 4.9 from 212 reviews", "★★★★★ 4.8 on Google · 212 reviews").
    r"[★☆⭐]+\s*\d(?:\.\d)?\s+on\s+(?:google|tripadvisor|trustpilot|facebook|checkatrade|yell)\s*[·|–-]\s*[\d,]+\s+reviews?|"
    r"(?:google|tripadvisor|trustpilot|facebook|checkatrade|yell)\s+reviews?\s*[★☆⭐]+\s*\d(?:\.\d)?\s*\(\s*[\d,]+\s+reviews?\s*\)|"
    r"(?:[★☆⭐]+\s*)?(?:google|tripadvisor|trustpilot|facebook|checkatrade|yell)\s+rating\s*:?\s*\d(?:\.\d)?\s*(?:/\s*5|out\s+of\s+5)?\s*[★☆]*\s*"
    r"(?:[·|–-]\s*)?(?:based\s+on|from)\s+[\d,]+\s+(?:\w+\s+)?reviews?|"
    # (and a reviews box's note: "Reviews are collected from verified guests after their stay.")
    r"(?:all\s+)?reviews\s+are\s+(?:collected|verified|moderated|checked)\s+(?:from|by|before|after)\b.{0,250}|"
    r"share\s+your\s+(?:memories|tributes|stories|photos|pictures)\b[^.!?:]{0,60}:\s*(?:e-?mail|contact|call|message)\b.{0,150}|"
    r"[\w'’ ]{1,40}\s+advice\s+is\s+given\s+in\s+good\s+faith\b.{0,300}|"
    r"more\s+letters\s+(?:appear|are|can\s+be\s+found)\b[^.!?]{0,80}\.?|(?:latest\s+)?from\s+(?:our|the|my)\s+(?:blog|journal|diary|news\s+desk)\s*:.{1,150}|"
    r"(?:the\s+(?:advice|information)\s+in\s+)?this\s+(?:column|article|page)\s+(?:is|gives|offers|provides)\s+general"
    r"(?:\s+(?:guidance|information|advice))?(?:\s+only)?\b.{0,250}|"
    r"how\s+to\s+submit\s+(?:a|an|your)\s+(?:letter|op-?ed|column|tip|story)\b.{0,40}|"
    # Readers' star ratings ("★★★★★ 4.9 from 186 votes"): a widget, not the critic's verdict.
    r"(?:[★☆⭐½]\s*)+\s*(?:rated\s+)?\d(?:\.\d)?\s*(?:/\s*5\s*|out\s+of\s+5\s*)?(?:from|\(|(?:[·|,]\s*)?based\s+on)\s*[\d,]+\s+(?:[a-z]+\s+)?(?:votes|ratings|reviews)\)?(?:\s+on\s+(?-i:[A-Z])[\w.]+)?|"
    # A comment section's rules under their label ("Our community guidelines: be respectful, ...").
    r"our\s+community\s+(?:guidelines|rules|standards)\s*:.{1,250}|"
    r"(?:(?:executive|senior|associate)\s+)?(?:host|co-?host|producer|editor|engineer|mixing|"
    r"sound\s+design|music|theme\s+music|presenter)s?(?:\s+by)?\s*:\s*(?-i:[A-Z])[\w.'’-]*"
    r"(?:[ ,&]+(?:and\s+)?(?-i:[A-Z])[\w.'’-]*){0,7}\.?|"
    # A comment section: "Leave a Reply", "Your email address will not be published.",
    # "Required fields are marked *", a commenter's header ("Marcy T. says: March 6, 2025 at 7:12
    # am", see `_COMMENT_HEADER`).
    r"(?:leave|add)\s+a\s+(?:reply|comment)\b.{0,160}|your\s+email(?:\s+address)?\s+(?:will\s+not|won['’]t)\s+be\s+(?:published|shown(?:\s+publicly)?)\b.{0,80}|"
    # A blog's follow box on one line ("Follow by email: enter your email address to receive
    # notifications of new posts. Follow")
    r"follow\s+(?:(?:this|the|our|my)\s+)?(?:blog\s+|(?-i:[A-Z])[\w'’&,]*(?:\s+[\w'’&,]+){0,5}?\s+)?(?:by|via)\s+e-?mail(?:\s*[:–—-]\s*.{1,200})?|"
    # (or in the site's voice: "We won't publish your email address. Fields marked * ..."); a
    # comment thread's pages ("Older comments")
    r"(?:we|i)\s+(?:will\s+not|won['’]t|never)\s+(?:publish|show|display)\s+your\s+e-?mail(?:\s+address)?\b.{0,120}|(?:older|newer)\s+comments|"
    r"we(?:['’]ll|\s+will)\s+never\s+(?:show|publish|share|display)\s+your\s+e-?mail(?:\s+address)?\b.{0,80}|"
    r"required\s+fields\s+are\s+marked\b.{0,10}|(?:fields|questions)\s+marked\s+(?:with\s+an?\s+)?(?:\*|asterisk)\s+are\s+"
    r"(?:required|mandatory|compulsory)\b.{0,160}|"
    r"\*\s*(?:=\s*)?(?:required|mandatory)(?:\s+(?:field|question)s?)?\.?|\*\s*indicates\s+(?:an?\s+)?(?:required|mandatory)\s+(?:field|question)s?\.?|"
    # Page tools and ads: "Mortgage calculator: ...", "SPONSORED · ...", "Featured Agent: ...",
    # "View listings »", "[Subscribe]", app downloads, alert sign-ups.
    r"(?:mortgage|payment|loan|retirement|tax)\s+calculator\b.{0,160}|(?:sponsored|paid\s+(?:post|content)|"
    r"promoted|advertisement|ad)\s*[·|:—–]\s*.{1,200}|featured\s+(?:agent|listing|partner)s?\s*:.{1,160}|"
    r"view\s+(?:all\s+)?(?:listings|deals|offers|more)\s*[»›>]?|\[\s*\w+(?:\s+\w+)?\s*\]|"
    r"(?:get\s+[^:]{1,40}:\s*)?download\s+(?:the|our)\s+.{1,60}?\bapp\b.{0,60}|"
    # (a free download's link: "Download my free budget template (Google Sheets)")
    r"download\s+(?:my|our|the)\s+free\s+[\w' -]{1,40}?\b(?:template|guide|checklist|planner|pdf|printable|worksheet)s?(?:\s*\([^()]{1,40}\))?|"
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
    r"(?:the\s+|(?:[\w'’]+\s+){1,3}(?=(?:comment|view|opinion)\s))?" + _VIEWS_EXPRESSED + r".{0,100}|"
    # A film's or show's credits block: "Directed by ...", "Starring ...", "Rated PG-13 for ...".
    # (Not its running time: on the example pages of 6 Dec, "Running time: ..." lines were fact 26
    # times in 26.)
    r"(?:directed|written|produced)\s+by\s+(?-i:[A-Z])[^\"”]{0,100}|starring\s+(?-i:[A-Z]).{0,200}|"
    r"rated\s+(?-i:(?:G|PG|PG-13|R|NC-17|TV-\w+|M|MA15\+))\b.{0,100}|"
    r"(?:(?:suggested\s+)?(?:tags|topics)|tagged(?:\s+with)?|filed\s+under)\s*:.{0,150}|(?:posted|filed)\s+in\s+[\w &,-]{1,40}|"
    r"menu|search(?:\s+[\w-]+(?:\.[\w-]+)+)?|home|back\s+to\s+top|"
    # A newsletter's pitch ("Never miss an event: get our monthly What's On email").
    r"(?:never\s+miss\s+an?\s+[\w-]+\s*[:,–—-]\s*)?get\s+our\s+(?:free\s+)?(?:weekly|monthly|daily|fortnightly)\s+"
    r"[^.!?]{0,40}?(?:e-?mail|newsletter|bulletin)s?|"
    # A comment thread's buttons, a document link and a box's heading.
    r"report\s+(?:this\s+)?comment|(?:to\s+comment,?\s+)?you\s+must\s+be\s+(?:logged|signed)\s+in\b.{0,80}|"
    r"key\s+(?:takeaways|points)|at\s+a\s+glance|(?:purchase|acquire|buy)\s+licensing\s+rights|shop\s+the\s+(?:look|story|post|trend|edit|tools|products|materials|kit|range)\b.{0,200}|(?:shop|buy|adopt|enter)\s+now|"
    r"report\s+(?:a|an)\s+(?:scam|crime|error|problem|issue|outage)\b.{0,200}|"
    r"(?:reader|readers['’]?|today['’]s|quick)\s+poll|"
    r"this\s+(?:post|article|story|page|review|guide|video)\s+(?:contains|includes|may\s+contain)\s+(?:affiliate\s+links|(?:an?\s+)?(?:pr|press)\s+samples?|gifted\s+(?:items?|products?))\b.{0,400}|"
    # A markets ticker ("BTC $67,412 ▲2.1%   ETH $2,648 ▲1.4%"), labelled disclaimers and
    # notices, gambling notices, spoiler warnings, a recap's "Previously:" link, a newsletter's
    # pitch and sign-off, a sponsor slot's heading and a "Learn more" link.
    r"(?:[A-Z]{2,6}\s+\$?[\d,.]+\s*[▲▼△▽↑↓+\-−]\s*[\d.]+%\s*){2,}|"
    r"(?:disclaimer|disclosure)\s*:.{1,400}|accessibility\s*:.{0,80}\b(?:website|web\s+site|this\s+site|"
    r"web\s+content|digital)\b.{0,300}|not\s+(?:financial|investment|legal)\s+advice\b.{0,300}|"
    r"odds\s+(?:are\s+)?(?:correct|accurate)\b.{0,160}|(?:please\s+)?(?:bet|gamble|play|drink|enjoy\s+\w+)\s+responsibly\b.{0,300}|"
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
    # A chart's or table's source line ("Source: National Weather Service", "Source: <Body>
    # analysis of <register>. A methodology note is available ...").
    r"source\s*:\s*(?:[^.!?]{1,80}|\S.{1,250})|"
    r"view\s+this\s+post\s+on\s+\w+|(?:view|watch|listen)\s+on\s+\w+|embed|in\s+this\s+(?:issue|edition|newsletter)\s*:.{1,300}|"
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
    # ("This guidance is general and does not constitute legal advice. ...")
    r"this\s+(?:guidance|information|advice|article|page)\s+is\s+general\b.{0,40}?\b(?:is\s+not|does\s+not\s+constitute)\s+"
    r"(?:legal|financial|medical|tax|investment|professional)\s+advice\b.{0,200}|"
    # (a clinic's or adviser's site: "Information on this website is not a substitute for medical
    # advice. If you ...")
    r"(?:the\s+)?information\s+(?:on|in)\s+this\s+(?:website|site|page|leaflet)\s+is\s+[^.!?]{0,30}?"
    r"not\s+(?:intended\s+as\s+)?a\s+(?:substitute|replacement)\s+for\b.{0,250}|"
    # Sponsored content's disclosure, a press trip's, and an advert's fine print.
    r"this\s+(?:content|article|story|post|feature)\s+(?:was|is)\s+(?:produced|created|paid\s+for|"
    r"sponsored|presented)\s+by\b.{0,100}(?:\.\s+.{0,40}\b(?:editorial|news(?:room)?)\s+staff\b.{0,80})?|"
    r"the\s+(?:writer|author|reporter)\s+(?:travell?ed|stayed|was\s+hosted)\s+(?:as\s+(?:a\s+)?guests?\s+of|"
    r"courtesy\s+of|with\s+support\s+from)\b.{0,160}|"
    r"(?:offer|discount|promotion|coupon|promo\s+code)s?\s+(?:is\s+)?(?:valid|ends|expires|applies)\b.{0,200}|"
    r"(?:editor['’]s\s+note\s*:\s*)?(?:guest\s+)?(?:letters|columns|comments|opinions)\s+"
    r"(?:reflect|represent|express)\s+(?:only\s+)?"
    r"(?:the\s+(?:views|opinions)\s+of\s+)?(?:their|the)\s+(?:writers|authors)\b.{0,100}|"
    # (or the paper's disclaimer of them: "Views expressed in letters are not necessarily those of
    # the Gazette.")
    r"(?:the\s+)?(?:views|opinions)\s+expressed\s+(?:in\s+)?(?:letters|comments|columns)\s+(?:are\s+)?not\s+necessarily\s+"
    r"(?:those\s+of\s+)?[^!?]{1,80}|"
    r"by\s+(?:signing\s+up|subscribing|registering|clicking|continuing|writing\s+to\s+us|contacting\s+us|"
    r"submitting|sending|uploading)\b.{0,60}\byou\s+(?:agree|confirm)\b.{0,300}|"
    # A newsletter's pitch ("Get the Backstage Brief: ... straight to your inbox.").
    r"(?:get|sign\s+up\s+for|subscribe\s+to)\b.{0,120}\byour\s+inbox\b.{0,80}|"
    # An obituary page's prompts ("Leave a condolence", "Sign the Guestbook", "Send Flowers").
    r"(?:leave|share|post|offer)\s+(?:a\s+)?(?:condolences?|memory|memories|tribute)\b.{0,60}|"
    r"leave\s+a\s+(?:tribute|condolence)\s+for\s+[^.]{1,60}\.\s+(?:tributes|condolences|messages)\s+are\s+moderated\b.{0,200}|"
    r"sign\s+the\s+guest\s*book\b.{0,40}|send\s+flowers\b.{0,40}|"
    # Shopping buttons and affiliate notices ("Buy now at Retailer ($49)", "We may earn a
    # commission when you buy through links on our site.").
    r"(?:buy|shop)(?:\s+(?:it|now))?\s+(?:at|from|on)\s+[^.]{1,40}|"
    r"(?:buy|order)\s+(?:the\s+|this\s+)?(?:new\s+)?(?:book|album|record|novel|it|kit|shirt|tickets?)\s*:.{0,200}|"
    # A reader poll's count ("1,482 votes ·
    # Poll closes 10 March"); a teaser list after its label ("More reviews: A | B"); a video or
    # audio teaser ("Watch: Name's first interview, exclusively on RoversTV").
    r"[\d,]+\s+votes(?:\s*[·•|]\s*.{0,60})?|(?:(?:quick|reader|our)\s+)?poll\s*:\s*.{1,200}|"
    r"more\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*:\s*[^.!?]{1,200}|[▶►]?\s*(?:watch|listen)\s*:\s*[^.!?]{1,120}|"
    r"[▶►]\s*(?:watch|listen\s+to)\s+(?:the\s+)?[\w'’ -]{1,30}:\s*[^.!?]{1,160}|"
    # An embed's own chrome around it ("Skip X post by Name", "End of X post by Name").
    r"(?:skip|end\s+of)\s+(?:x|twitter|instagram|facebook|tiktok|youtube|bluesky|threads)\s+(?:post|content|video)"
    r"(?:\s+by\s+[^.!?]{1,60}|,?\s+\d{1,2})?|"
    # A labelled list of teaser links, two or more between bars ("You might also like: A | B",
    # "More on Castlebridge Town: A | B | C").
    # (and after its lead-in: "If you enjoyed this, you might like: A · B")
    r"(?:(?:if\s+you\s+(?:enjoyed|liked)\s+this(?:\s+(?:post|review|article|piece|story))?,?\s+)?you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)|more\s+(?:on|from|in|about)\s+[^:|]{1,40}|related(?:\s+\w+)?|quick\s+links|"
    r"read\s+(?:more|next|also)|see\s+also|also\s+read|recommended(?:\s+\w+)?|where\s+to\s+(?:watch|stream)\b[^:|]{0,40})"
    r"\s*:\s*[^|·•]{1,150}"
    r"(?:\s[|·•]\s[^|·•]{1,150})+|"
    # A call for readers' stories ("Have you been affected by the rail works? Email ...") and a
    # share prompt ("Enjoyed this? Share it with someone who ...:").
    r"(?:(?:are\s+you\s+in\s+[^?]{1,40}\s+or\s+)?(?:have\s+you|have\s+your\s+[^?]{1,40})\s+been\s+affected|"
    r"were\s+you\s+(?:there|affected)|do\s+you\s+have\s+(?:a\s+story|information|(?:a\s+)?memor(?:y|ies)|photos|pictures)|"
    r"do\s+you\s+(?:live|work)(?:\s+or\s+(?:live|work))?\s+(?:near|in|on)\b)"
    r"\b[^?]{0,100}\?\s*(?:email|e-mail|contact|get\s+in\s+touch|write|call|message|tell\s+us|share|send)\b.{0,160}|"
    # a call for sources after a question ("Do you run a stall at the market? Get in touch with
    # our newsroom at ...")
    r"[^?\n]{1,80}\?\s+(?:get\s+in\s+touch|contact|e-?mail|write\s+to)\s+(?:with\s+)?(?:our|the)\s+(?:newsroom|news\s*desk|news\s+team|reporters?)\b.{0,120}|"
    # (or at the newsroom's address: "Do you own property on the coast? Get in touch at newsdesk@<paper>")
    r"[^?\n]{1,80}\?\s+(?:get\s+in\s+touch|contact\s+us|e-?mail\s+us)\s+(?:at|on|via)\s+[\w.-]*(?:news|desk|editor)[\w.-]*@\S+.{0,120}|"
    # A letters page's rule on names ("We do not publish anonymous letters, but ...").
    r"we\s+(?:do\s+not|don['’]t|will\s+not|won['’]t)\s+publish\s+anonymous\s+letters\b.{0,200}|"
    # A petition's link ("Sign the petition here → <site>/petition").
    r"sign\s+(?:the|our)\s+petition(?:\s+(?:here|now|online))?(?:\s*[→»:]\s*\S+)?\.?|"
    r"(?:sponsored|paid|partner|advertiser|promoted)\s+(?:content|partnership|post|feature)\s*:.{0,200}|"
    # An appeal's donation box: amounts, text-to-give, Gift Aid, the charity's registration.
    r"(?:choose|select|pick)\s+(?:an?\s+)?(?:amount|donation)\s*:.{0,120}|"
    r"(?:or\s+)?text\s+[A-Z0-9 ]{2,20}\s+to\s+\d{4,6}\s+to\s+(?:give|donate)\b.{0,160}|"
    r"(?:boost|increase)\s+your\s+(?:donation|gift)\s+by\b.{0,400}|"
    # A schedule's notes ("All times local (AEDT). Schedule subject to change ...").
    r"(?:all\s+times\s+(?:are\s+)?(?:local|(?-i:[A-Z]{2,5}))\b|schedules?\s+(?:is\s+|are\s+)?subject\s+to\s+change\b).{0,200}|"
    r"please\s+include\s+(?:your|a\s+(?:daytime|contact|full))\b.{0,160}|"
    # A club site's fixtures widget: "NEXT MATCH | Home v Away | date | ground | Buy tickets", a
    # fixture row ending in its ticket or travel link, a ticket price list, "View all fixtures".
    r"next\s+(?:match|game|fixture)\s*[|:·–—-].{0,200}|"
    r"(?:match\s*day\s+)?tickets?\s*:\s*[^|]{1,60}[£$€]\d[^|]{0,30}(?:\|[^|]{1,60}){2,}.{0,80}|"
    r"view\s+all\s+(?:fixtures|results|matches|events|dates)|view\s+all\s+\d[\d,]*\s+[^.!?]{1,60}|"
    # A quiz's furniture, a link to the full source (the moderation notice is `_MODERATED`).
    r"scroll\s+down\s+(?:for|to\s+see)\b.{0,80}|"
    r"read\s+the\s+full\s+[^.!?]{1,80}\s+on\s+[\w.-]+\.[a-z.]{2,}|"
    r"read\s+the\s+full\s+(?:judgment|judgement|report|ruling|decision|statement|study|paper|transcript|text)\b[^.!?]{0,60}|"
    # A live page's call for pictures and its "Load earlier updates" button; a bulletin sign-up.
    r"send\s+(?:us\s+)?your\s+(?:[\w'’-]+\s+)?(?:pictures|photos|videos|stories|footage|tips)\b.{0,200}|"
    r"load\s+(?:more|earlier|older|newer)\s+(?:updates|posts|entries|comments|stories)|"
    r"sign\s+up\s+(?:to|for)\s+.{0,60}\b(?:newsletter|bulletin|briefing|digest|alerts?)\b.{0,160}|"
    # Affiliate buttons' fine print ("Partner offer from Brightcoin · Ad", "*Sponsored. Terms
    # apply. Offer from Novaswap for new customers only.").
    r"(?:partner|sponsored|special)\s+offer\s+from\s+[^.!?]{1,40}|\*?sponsored\.?|terms\s+(?:and\s+conditions\s+)?apply\.?|"
    r"offer\s+from\s+[^.!?]{1,40}\s+for\s+new\s+customers\s+only\.?|"
    r"comments\s+(?:(?:on|for|to)\s+this\s+(?:article|story|post|piece|page)\s+)?(?:have\s+been|are)\s+(?:(?:switched|turned)\s+off|closed|disabled)\b.{0,200}|"
    # A finance or health page's disclaimer ("Important: This article is for general information
    # only and does not constitute financial advice.").
    r"(?:important\s*:\s*)?(?:this|the)\s+(?:article|information|content|column|guide|page|q\s*&\s*a)\s+(?:is|are|gives|provides)\s+"
    r"(?:provided\s+)?(?:for\s+)?(?:general\s+)?information(?:al)?\s+(?:purposes\s+)?only\b.{0,200}|"
    # A support line under a hard story ("If you have been affected by the issues in this
    # article, ..."), a subscription offer, a club or site's "Official website of ..." tagline.
    r"(?:if\s+you\s+(?:have\s+been|are)|anyone)\s+affected\s+by\s+(?:any\s+of\s+)?(?:the\s+)?(?:issues|anything|topics|this\s+(?:story|article|report))\b.{0,300}|"
    # A paper's calls for letters, columns and pictures ("The <Paper> welcomes letters on this and
    # any other subject. Email ...", "Want to write for us? ...", "We'll be bringing you updates
    # throughout the day – send your photos ...").
    # (said as "We welcome letters", only with the terms after it: "We welcome replies. Letters
    # of up to 300 words ..."; alone, the sentence may open a page's own text)
    r"(?:the\s+[\w'’ ]{1,40}\s+)?welcomes\s+(?:your\s+)?letters\b.{0,300}|"
    r"we\s+(?:always\s+)?welcome\s+(?:your\s+)?(?:letters|replies)\b[^.!?]{0,60}[.!]\s+\S.{10,300}|want\s+to\s+(?:write\s+for\s+us|respond|reply)\?.{0,250}|"
    r"we(?:['’]ll|\s+will)\s+be\s+bringing\s+you\s+(?:the\s+latest\s+)?(?:updates|news)\b.{0,250}|"
    # (and a release's note: "This is a press release submitted to the <Paper> and published
    # unedited.", "This article was supplied by <Trust> and is published ...")
    r"this\s+is\s+a\s+press\s+release\s+(?:issued|submitted|supplied|sent)\s+(?:by|to)\b.{0,250}|"
    r"this\s+(?:article|story)\s+was\s+(?:supplied|submitted|provided)\s+by\b.{0,250}|"
    r"save\s+\d{1,2}\s?%\s+on\b.{0,80}\b(?:subscription|digital\s+access|first\s+(?:year|month|three\s+months))\b.{0,120}|"
    r"(?:the\s+)?official\s+(?:website|site|home\s+page)\s+of\s+(?-i:[A-Z]).{0,200}|"
    # A newsletter's salutation and sign-off ("Dear Parents and Carers,", "With warm wishes,"),
    # its back-issue links ("Previous newsletters: ... | ..."), a live page's close ("That's all
    # from court today.").
    r"(?:dear|hello|hi)\s+(?-i:[A-Z])[\w'’&-]*(?:\s+(?:and\s+|&\s+)?[\w'’&-]+){0,3},|"
    r"dear\s+(?:valued\s+)?(?:customer|reader|member|subscriber|supporter|resident|colleague|parent|friend|neighbour|all|everyone)s?,|"
    r"(?:with\s+)?(?:thanks\s+and\s+)?(?:warm(?:est)?|best|kind(?:est)?)\s+(?:wishes|regards)(?:\s+to\s+you\s+all)?,?"
    # (with the signer's name and role on the same line: "With best wishes, Rosalind Quay, Director")
    r"(?:\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}(?:\s+and\s+the\s+[\w'’ ]{1,30}\s+team)?(?:,\s+[\w'’ -]{1,40})?)?|in\s+solidarity,?|yours\s+(?:sincerely|faithfully),?|"
    r"previous\s+(?:newsletters|issues|editions|results|bulletins|reports|notices)\s*:.{1,300}|"
    r"that['’]s\s+all\s+(?:from|for)\s+(?:us|me|court|today|now|this\s+\w+|the\s+\w+)\b[^.!?]{0,40}[.!]?|"
    # A donation pitch, a markets widget's delay notice, a photo feature's byline ("Donate from
    # £3 a month.", "Prices delayed by at least 15 minutes.", "Words and photographs by ...").
    r"(?:support\s+independent\s+[\w-]+(?:\s+[\w-]+)?\.\s*)?donate\s+from\s+[£$€]\s?\d[\d.,]*(?:\s+a\s+month)?\.?|"
    r"(?:prices?|quotes?|data)\s+(?:are\s+)?delayed\s+by\s+(?:at\s+least\s+)?\d+\s+minutes\b.{0,80}|"
    r"(?:words|text|story)\s+(?:and|&)\s+(?:photographs|photos|pictures|images)\s*(?:by|:)\s+(?-i:[A-Z])[\w'’ .-]{1,60}|"
    # A letters page's disclaimer ("Letters published in the <Paper> do not necessarily reflect
    # the views of the newspaper."); a bookshop link's note ("Buy from our partner bookshop (we
    # may earn a small commission)").
    r"(?:letters|comments|views|opinions)\s+(?:published|expressed|printed)\s+(?:in|on|here)\b[^.!?]{0,60}?\s+do\s+not\s+necessarily\s+(?:reflect|represent)\b.{0,120}|"
    # (a shared council reporter's note: "Local Democracy Reporters are funded by the BBC ...")
    r"(?:the\s+)?local\s+democracy\s+report(?:ers?|ing\s+service)\b[^.]{0,40}?\s+(?:is|are)\s+(?:funded|part\s+of|a\s+partnership)\b.{0,250}|"
    # (a prompt to review after a question: "Shopped with us? Leave us a review on Google or ...")
    r"[^?.!\n]{1,40}\?\s+(?:leave|write)\s+(?:us\s+)?a\s+review\b[^.!?]{0,120}[.!]?|"
    # (a paper's link to its photo sales: "Buy a photo")
    r"buy\s+a\s+(?:photo|print|picture)|"
    r"buy\s+(?:it\s+)?from\s+our\s+partner\s+(?:bookshop|bookseller|shop|retailer)\b.{0,120}|"
    # A column's call for questions ("Send us your question! Are you aged 5 to 12 ...").
    r"(?:send|email|submit)\s+(?:us\s+)?your\s+questions?\s*[!.:]\s*.{0,300}|"
    # A horizontal rule typed as a line ("___", "***", "* * *").
    r"[_*=~•·—–-](?:\s?[_*=~•·—–-]){2,}|"
    # An advice page's furniture ("On this page: ...", "Last reviewed: ... | Next review due: ...").
    r"on\s+this\s+page\s*:.{1,400}|last\s+(?:reviewed|checked)\s*:?\s*[^|]{1,40}(?:\|\s*next\s+review(?:\s+due)?\s*:?.{1,40})?|"
    # Links to the neighbouring post ("Previous episode: ...", "← Previous post: ... | Next post: ...").
    r"(?:←\s*)?(?:previous|next)\s+(?:episode|recap|review|post|article|story|chapter)\s*:.{1,240}(?<!\.)|"
    # A shop's banner and a cookie notice ("Free delivery on orders over £30", "We use cookies ...").
    # (a firm's free collection nearby, perhaps with its phone: "Free local collection on repairs
    # within 10 miles of <Town> — call <number>")
    r"free\s+(?:local\s+)?(?:collection|delivery|pick-?up|(?:home\s+)?(?:survey|measuring(?:\s+visit)?)s?)(?:\s+(?:and|&)\s+(?:delivery|return|drop-?off))?(?:\s+on\s+[\w ]{1,30}?)?"
    r"\s+within\s+\d+\s+miles\b[^.!?|·•–—]{0,60}(?:\s*[|·•–—]\s*[^|·•–—.!?]{1,60}){0,3}|"
    r"free\s+(?:local\s+|standard\s+|next-day\s+|uk\s+|us\s+)?(?:delivery|shipping|returns)\s+(?:in\s+[\w' ]{1,30}?\s+)?on\s+(?:all\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}(?:orders|[\w-]+)\s+(?:over|above)\s+[£$€]\s?\d[\d.,]*"
    # (and where: "... over £150 within 10 miles of the shop")
    r"(?:\s+within\s+\d+\s+miles\b[^.!?|·•]{0,40})?(?:\s*[|·•–—]\s*[^|·•–—]{1,60}){0,3}|(?:🍪\s*)?" + _COOKIE_LABEL + r"we\s+use\s+(?:some\s+|a\s+(?:small\s+)?(?:number\s+of|few(?:\s+of)?)\s+|only\s+)?(?:essential\s+|necessary\s+|strictly\s+necessary\s+)?cookies\b.{0,300}|(?:(?:privacy\s*(?:&|and)\s*cookies|cookies\s*(?:&|and)\s*privacy)\s*:\s*)?(?:this|our)\s+(?:site|website|blog)\s+uses\s+(?:a\s+few\s+|some\s+)?cookies\b.{0,300}|cookies\s*:\s*(?:this|our)\s+(?:site|website|blog)\b[^.]{0,60}\bcookies\b.{0,200}|"
    r"cookies\s+help\s+(?:us|me|(?:this|our)\s+(?:site|blog|website|shop))\b[^.!?]{0,80}[.!]\s*.{0,200}?\b(?:accept|reject|settings|preferences|ok)\b.{0,80}|"
    # ("We'd like to set analytics cookies ...", "Can we store analytics cookies on your device? ...")
    r"(?:cookies\s+on\s+this\s+(?:site|website)\s*:\s*)?(?:we['’]d\s+like\s+to\s+(?:set|use)|can\s+we\s+(?:store|use|set))\s+(?:[\w-]+\s+){0,2}cookies\b.{0,300}|"
    # A newspaper's notices desk ("To place a death notice or an In Memoriam announcement, call ...",
    # "Place a death notice, in memoriam or thank-you notice from £25. ...").
    r"(?:to\s+)?place\s+(?:a|an|your)\s+(?:death|birth|family|memorial|in\s+memoriam|funeral|marriage)\s+(?:notice|announcement)\b.{0,250}|"
    # A court round-up's or a site's note on its own practice ("A note on court reporting: ...").
    r"a\s+note\s+on\s+(?:our\s+)?(?:court\s+)?(?:reporting|coverage|sources|this\s+(?:article|story|page))\s*:.{1,400}|"
    # A statistics release's furniture ("This is the latest release. View previous releases",
    # "Release date: ... | Next release: ...", "Table of contents: ...").
    r"this\s+is\s+the\s+latest\s+release\.?(?:\s*view\s+(?:all\s+)?previous\s+releases)?|view\s+(?:all\s+)?previous\s+releases|"
    r"release\s+date\s*:\s*[^|]{1,40}(?:\|\s*next\s+release\s*:\s*.{1,40})?|table\s+of\s+contents\b.{0,500}|"
    # A listings page's notices ("Listings are correct at the time of publication.", "... check
    # with the venue before you travel.", "Have an event coming up? Send details to ...").
    r"(?:event\s+|all\s+)?(?:listings|details|prices|times|information|dates)\b[^.]{0,60}\b(?:are|were)\s+correct\s+at\s+the\s+time\s+of\s+"
    r"(?:publication|writing|going\s+to\s+press)(?:\.|\s+(?:and|but)\b.{0,200})?|(?:photo\s+)?gallery|"
    r"(?:events?|details|times|prices)\s+(?:can|may|might)\s+change\b.{0,80}\bcheck\s+with\s+the\s+(?:venue|organisers?|organizers?)\b.{0,80}|"
    r"have\s+(?:an?\s+)?(?:event|story|tip)\b.{0,40}\?\s*send\s+(?:us\s+)?(?:details|it)\b.{0,200}|"
    # A donation form's Gift Aid declaration ("Yes, I am a UK taxpayer and would like <Charity> to
    # claim Gift Aid ...", "☐ Add Gift Aid. I'm a UK taxpayer ..."); a blog post's categories and tags ("Posted in Reviews, Theatre · Tagged ...").
    r"(?:[☐□]\s*)?(?:yes,?\s+|add\s+gift\s+aid[.:]\s+)?i(?:\s+am|['’]m)\s+a\s+uk\s+tax\s?payer\b.{0,400}|posted\s+in\s+[^·•|\n]{1,80}?\s*[·•|]\s*tagged\s*:?\s+.{1,200}|"
    # A paper's subscription offer ("Get the Courier from £4.99 a month. Cancel any time.").
    r"(?:(?:get|read)|subscribe\s+to)\s+(?:the\s+)?(?-i:[A-Z])[\w'’&]*(?:\s+(?-i:[A-Z])[\w'’&]*){0,3}\s+from\s+[£$€]\d[\d.,]*\s+(?:a|per)\s+(?:week|month|year)\b.{0,80}|"
    # A cookie-consent banner's text, and its buttons alone on their line ("Accept all").
    r"(?:accept|reject)\s+all(?:\s+cookies)?|close\s+and\s+accept|manage\s+(?:preferences|cookies|cookie\s+settings)|cookie\s+settings|"
    # (the banner's pointer to its policy on a line of its own: "To find out more, including how
    # to control cookies, see here: Cookie Policy")
    r"to\s+find\s+out\s+more(?:,\s+including\s+how\s+to\s+control\s+cookies)?,\s+see\s+here\s*:\s*cookie\s+policy|"
    # A paywall's count ("You have 2 free articles remaining this month. Subscribe from £1 a week").
    r"you\s+have\s+(?:\d{1,2}|one|two|three|no)\s+(?:free\s+)?(?:articles?|stories)\s+(?:left|remaining)\b.{0,120}|"
    r"we\s+value\s+your\s+privacy\.?|" + _COOKIE_LABEL + r"we\s+and\s+our\s+(?:\d+\s+)?(?:partners|vendors)\s+(?:use|store|process)\b.{0,300}|"
    r"you\s+can\s+(?:change|update|manage|withdraw)\s+(?:your\s+)?(?:choices|consent|preferences|cookie\s+settings)\b.{0,160}|"
    # A site's content licence ("All content is available under the Open ... Licence v2.0").
    r"all\s+content\s+is\s+available\s+under\s+the\b.{0,80}\blicen[cs]e\b.{0,120}|"
    # A release's embargo line; a mortgage illustration's regulatory warning.
    r"embargoed\s+(?:until|till)\b.{0,80}|(?:figures|examples?)\s+(?:are|is)\s+(?:for\s+)?illustrati(?:ve|on)\s+(?:only|purposes\s+only)\.?|"
    r"your\s+home\s+(?:may|might|could)\s+be\s+repossessed\b.{0,120}|"
    # A podcast's production credits ("Producer: Name · Sound design: Name", "Music: ... licensed
    # via ...", "Host: Name").
    r"(?:(?:executive\s+|assistant\s+|series\s+)?producers?|hosts?|presenters?|sound\s+design(?:\s+and\s+mixing)?|"
    r"mixing|(?:theme\s+|original\s+)?music|artwork|engineer|editors?)\s*:\s*[^.!?]{1,200}|"
    # An invitation to pitch a reader's story ("Do you have an experience you'd like to share?
    # Pitch your First person story to ...").
    r"do\s+you\s+have\s+(?:an?\s+)?(?:experience|story)\s+(?:you['’]?d|you\s+would)\s+like\s+to\s+share\?.{0,240}|"
    r"pitch\s+(?:us\s+)?your\s+.{1,60}?\s+to\s+[\w.+-]+@[\w-]+\.[\w.]+.{0,200}|"
    # A metered paywall's count ("You have read 2 of your 3 free articles this month ..."), an
    # offer's button ("Claim Offer"), a link to the full card or table ("View the full
    # racecard"), arrowed links ("→ Read the announcement", "← Previous: Issue #213 ..."), a poll
    # with its options ("This week's poll: ... Yes · No"), a sign-up box's privacy notice, a
    # promo's capitalised label ("EVENT | ...").
    r"you(?:['’]ve|\s+have)\s+read\s+(?:\d+|one|two|three|four)\s+of\s+(?:your\s+)?(?:\d+|one|two|three|four|five|ten)\s+"
    r"free\s+(?:articles?|stories|pieces)\b.{0,300}|"
    r"claim\s+(?:offer|now|(?:your|this)\s+(?:offer|bonus|free\s+bets?))|view\s+(?:the\s+)?full\s+[\w'’ -]{1,40}|"
    r"[→»›▶►]\s*(?:[^.!?]|(?<=\d)\.(?=\d)){1,80}|[←‹«]\s*.{1,150}|"
    r"(?:this\s+week['’]s|today['’]s|quick|readers?['’]?)\s+poll\s*:.{1,200}|"
    r"privacy\s+notice\s*:.{1,300}|we\s+use\s+your\s+sign-?\s?up\b.{0,300}|"
    r"(?-i:EVENT|WEBINAR|SPONSORED|PROMOTED|PROMOTION|PARTNER\s+CONTENT)\s*[|:]\s*.{1,200}|"
    # A video page's chrome: "Skip navigation", the channel's subscribers, the buttons with the
    # like count ("8.1K   Share   Download   Clip   Save"), the views and date ("286,402 views
    # 14 Mar 2024  #hiking"), "Show less", a comment's likes and replies ("1.4K   Reply   · 23
    # replies"); a date with a reading time ("3 March · 7 minute read"); links to a gallery or a
    # full report ("View the Sports Day photo gallery (86 photos)", "Read our full methodology");
    # topic links ("Explore more on these topics: ..."); a donation pitch ("Like what you read?
    # ..."); a deal page's price check ("Prices checked at 06:30 on 14 November. ...").
    + _SKIP_LINK_TEXT + r"|[\d.,]+\s*[KkMm]?\s+subscribers|"
    r"[\d.,]+\s*[KkMm]?(?:\s+(?:share|download|clip|save|remix|thanks)){2,7}|"
    r"[\d.,]+\s*[KkMm]?\s+views(?:\s*[·•|]?\s*(?:" + _DATE + r"|(?:\d+|an?)\s+\w+\s+ago|#\w+))*|show\s+(?:less|more)|"
    r"[\d.,]+\s*[KkMm]?\s*(?:[·•|]\s*)?reply(?:\s*[·•|]?\s*[\d.,]+\s+repl(?:y|ies))?|"
    r"(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})(?:,?\s+\d{4})?\s*[·•|]\s*\d{1,3}\s+min(?:ute)?s?\s+read|"
    r"view\s+(?:the\s+|our\s+)?[\w'’ -]{0,40}\bgallery\b.{0,80}|read\s+(?:our|the)\s+full\s+[\w'’ -]{1,60}|"
    r"explore\s+more\s+on\s+(?:these|this|related)\s+topics?(?:\s*:.{1,200})?|like\s+what\s+you(?:['’]ve)?\s+(?:read|seen?)\?.{0,300}|"
    r"like\s+this\s+(?:review|post|article|piece|blog)\?\s+(?:get|subscribe|sign\s+up|join|follow)\b.{0,250}|"
    r"prices?\s+(?:were\s+)?checked\s+(?:at|on)\b.{0,300}|"
    # A team's credit ("Written by the Brightwater science team. Reviewed by Dr ...").
    r"(?:written|compiled|produced)\s+by\s+(?:(?:the\s+)?(?-i:[A-Z])|our\s+\w)[\w'’ ]{0,40}?\s+team\b.{0,200}|"
    # A club's partners ("Principal Partner: <firm> · Kit Partner: ..."), an election imprint
    # ("Promoted by <name> on behalf of <candidate>, both at <address>"), an advice page's
    # disclaimer ("This information is a general guide and is not a substitute for legal advice"),
    # an analysis slot's label inside a live page ("Analysis, by transport correspondent <name>").
    r"(?:principal|main|official|kit|shirt|headline|club|season|title|event)\s+(?:partner|sponsor)s?\s*:.{1,300}|"
    r"promoted\s+(?:and\s+published\s+)?by\s+.{1,200}?\bon\s+behalf\s+of\b.{0,200}|"
    r"(?:promoted|published|printed)\s+(?:and\s+(?:promoted|published|printed)\s+)?by\s+[^,.]{2,60}(?:,\s*[^,.]{1,60}){1,5},?\s+"
    r"[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\.?|"
    r"this\s+(?:information|page|article|guide)\s+is\s+(?:for\s+)?(?:a\s+)?general\s+(?:guide|information)\b.{0,250}|"
    r"(?:analysis|comment|opinion)\s*[,:|–—-]\s*by\s+[^.!?]{1,80}|"
    # An affiliate notice by its label, a station's now-playing bar, a reading time alone, a
    # letters invitation under an op-ed ("Do you have an opinion on the issues raised ...?").
    r"affiliate\s+(?:notice|disclosure|links?)\s*:.{1,300}|now\s+playing\s*:.{1,120}|\d{1,3}\s+min(?:ute)?s?\s+read|"
    r"do\s+you\s+have\s+an?\s+(?:opinion|view)\s+on\b.{0,300}|"
    # A "most read" list run into one line ("1. <headline> 2. <headline> 3. ..."), a comment
    # invitation ("Join the conversation: ..."), a newsletter's data promise ("We will only use your
    # email address to ..."), "Print this page", "Stay in touch. Sign up ...", an appeal page's
    # headings ("Other ways to help").
    r"1\.\s+[^.!?]{5,150}?\s+2\.\s+[^.!?]{5,150}(?:\s+\d\.\s+[^.!?]{5,150})*|"
    r"join\s+the\s+(?:conversation|discussion)\s*[:.!–—-].{0,300}|"
    r"we(?:\s+will|['’]ll)\s+only\s+use\s+your\s+(?:e-?mail(?:\s+address)?|details|data)\b.{0,300}|"
    r"print(?:\s+this\s+(?:page|article|story))?|stay\s+in\s+touch\b.{0,200}|"
    # A meter's count ("You have 2 free articles left ..."), a bookshop button ("Buy <title> from our partner bookshop. ..."),
    # "Reading time: 4 minutes · ...", "Image source: ...", a comment moderation notice, a shop's
    # delivery banner, an advice column's helpline note ("If any of the issues in this column
    # affect you, ...").
    r"you\s+have\s+(?:\d+|one|two|three)\s+free\s+(?:articles?|stories)\s+left\b.{0,300}|"
    r"buy\s+.{1,80}?\s+from\s+our\s+(?:partner\s+)?(?:bookshop|shop|store)\b.{0,300}|reading\s+time\s*:\s*\d+\s+min(?:ute)?s?\b.{0,80}|"
    r"(?:image|photo|picture)\s+source\s*:.{1,120}|all\s+comments\s+are\s+(?:checked|moderated|reviewed)\b.{0,200}|"
    r"free\s+(?:standard\s+)?delivery\s+on\s+(?:all\s+)?orders\s+over\b.{0,100}|"
    r"if\s+any\s+of\s+the\s+issues\s+(?:in|raised\s+in)\s+this\s+(?:column|article|story)\b.{0,300}|"
    # A site search box ("Search this site"), a press page's downloads ("Download: Statement (PDF,
    # 180KB) | ..."), the comment count with its rules ("Comments (212) · Comments on this piece
    # are open until ..."), a mortgage page's regulatory warnings.
    r"search\s+(?:this|the|our)\s+(?:site|website)|download\s*:.{1,200}|comments?\s*\([\d,]+\)\s*[·•|:.]\s*.{1,300}|"
    r"(?:warning\s*:\s*)?if\s+you\s+(?:fall\s+behind|do\s+not\s+keep\s+up)\s+(?:on|with)\s+(?:your\s+)?(?:mortgage\s+)?(?:re)?payments\b.{0,250}|"
    r"think\s+carefully\s+before\s+securing\s+other\s+debts\b.{0,250}|"
    # An investment page's risk warnings ("The value of shares, and any income from them, can fall
    # as well as rise ...", "Past performance is not a reliable guide to future returns.").
    r"(?:the\s+)?value\s+of\s+(?:your\s+)?(?:shares|investments?|funds?|units|stocks)\b.{0,100}?\bcan\s+(?:go\s+down|fall)\s+"
    r"as\s+well\s+as\s+(?:up|rise)\b.{0,300}|past\s+performance\s+is\s+not\s+(?:a\s+)?(?:reliable\s+)?(?:guide|indicat(?:or|ion))\b.{0,200}|"
    # A sign-up box's data promise ("We'll never share your details. See our privacy notice."), a
    # fundraising regulator's notice, a donation box's heading and its amounts ("£8 · £15 · Other amount").
    r"we(?:['’]ll|\s+will)\s+never\s+(?:share|sell|pass\s+on)(?:\s+or\s+(?:swap|share|sell))?\s+your\s+(?:personal\s+)?"
    r"(?:details|data|e-?mail(?:\s+address)?|information)\b.{0,200}|"
    r"we\s+are\s+(?:members?\s+of|registered\s+with)\s+the\s+fundraising\s+(?:regulator|standards?)\b.{0,300}|"
    r"make\s+a\s+(?:one-off\s+|monthly\s+|regular\s+)?donation\b.{0,200}|"
    # A chart's credits ("Source: <board papers>. Graphic: <desk>"), "Reuse this content", a
    # group invitation ("Join our <town> Memories group on Facebook"), a blog's kiss sign-off
    # ("Hannah x"), a paywalled table's count ("Showing 7 of 14 seats. Join ...").
    r"sources?\s*:\s*[^.]{1,100}\.\s*(?:graphic|graphics|chart|interactive)\s*(?:by\s*)?:\s*[^.!?]{1,80}\.?|"
    r"graphics?\s*(?:by\s*)?:\s*[^.!?]{1,80}\.?|reuse\s+this\s+content|"
    r"join\s+(?:our|the)\s+.{1,60}?\s+(?:group|community|page)\s+on\s+(?:facebook|instagram|whatsapp|nextdoor|reddit|discord)\b.{0,100}|"
    r"(?-i:[A-Z][a-z]+\s+x{1,3})|"
    r"showing\s+\d+\s+of\s+\d+\s+[\w'’ -]{1,30}\.\s.{0,200}|"
    # A property page's listings heading ("Homes for sale in <town>"), a switchboard bar ("Main
    # switchboard 01632 960 200 | In an emergency call 999").
    r"(?:homes|houses|properties|flats)\s+(?:for\s+sale|to\s+rent)\s+(?:in|near)\s+(?-i:[A-Z])[\w'’ -]{1,40}|"
    r"(?:main\s+)?switchboard\s*:?\s*\+?\d[\d ]{6,20}(?:\s*[|·•]\s*[^|·•]{1,60}){0,3}|"
    # Review and shop buttons ("Read all 143 guest reviews", "Check prices and availability"), a
    # membership pitch ("Join today from £4 a month"), an author box ("About the author: ..."), a
    # sponsor's label ("In partnership with <firm>"), a works notice's apology.
    # (with the site's rating: "Read all 186 reviews on <Site>  ★ 4.9"); a letters page's badge ("★ Letter of the week")
    r"read\s+all\s+\d[\d,]*\s+[^.!?]{1,40}(?:★\s*\d(?:\.\d)?)?|(?:★\s*)?letter\s+of\s+the\s+(?:week|month)|check\s+(?:prices?\s+(?:and|&)\s+)?availability(?:\s+(?:and|&)\s+book(?:\s+now)?)?|check\s+(?:your|a)\s+date|"
    r"jump\s+to\s*:.{1,300}|like\s+this\s*:.{0,80}|be\s+the\s+first\s+to\s+like\s+this\.?|"
    # An email sign-up link ("Get security advisories by email"), a reporting scheme's credit ("This
    # article was produced by the Local Democracy Reporting Service, ...").
    r"get\s+(?:[\w-]+\s+){0,3}(?:advisories|alerts|updates|notifications|news|bulletins)\s+by\s+(?:e-?mail|text|sms)\b.{0,80}|"
    # A regional site's location picker ("Local news for: <area> · Change location"), its travel
    # link ("Live travel: check the latest ..."), a gallery's counter ("1 of 18"), a recipe's photo
    # call ("Made this recipe? Share your photos ..."), a council site's cookie banner ("Cookies on
    # example.gov.uk. We use ...").
    r"local\s+(?:news|weather|services)\s+for\s*:.{1,100}|live\s+(?:travel|traffic|weather)\s*:.{1,150}|\d{1,3}\s+of\s+\d{1,3}|"
    # A press release's slug ("PRESS RELEASE — FOR IMMEDIATE RELEASE"), a shop box ("Shop this post:
    # ..."), a breadcrumb's label ("You are here: Home > ..."), a most-viewed list after its colon, an
    # academic-news site's republishing footer ("Republish our articles for free ..."), a donation
    # pitch's opener ("Before you go... ..."), a
    # help prompt ("Still need help? Chat with us ..."), "Buy tickets online".
    r"(?:press\s+release\s*[—–:-]?\s*)?for\s+immediate\s+release(?:\s*[—–:-]\s*[^.!?]{1,40})?|"
    r"press\s+release\s*[—–:|-]\s*(?:\w+\s+)?(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2},?)\s+\d{4}(?:\s*[—–:|-]\s*for\s+immediate\s+release)?|shop\s+(?:this|the)\s+(?:post|look|story|article|recipe)\s*:.{1,300}|"
    r"you\s+are\s+here\s*:.{1,200}|most\s+(?:read|popular|viewed|shared)(?:\s+in\s+[\w'’&-]+(?:\s+[\w'’&-]+){0,2})?\s*:.{1,300}|"
    r"republish\s+(?:our|this)\s+(?:articles?|stories|story|content)\b.{0,200}|before\s+you\s+go\s*(?:(?:\.\.\.|…|[:—–-])\s*.{1,400}|,\s*(?:please\s+)?(?:consider|support|donate|subscribe|sign\s+up|help)\b.{1,400})|"
    r"still\s+need\s+help\?.{0,200}|buy\s+tickets(?:\s+(?:online|now|here))?|"
    # A firm's membership of its trade body ("Registered member, <Guild>", "Proud member of the <Association>").
    r"(?:(?:a\s+)?(?:registered|accredited|approved|proud|full)\s+members?|members?)(?:\s+of|,)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w&'’-]*(?:\s+(?:of|and|&|for|the|(?-i:[A-Z])[\w&'’-]*)){0,8}\.?|"
    # Event and venue buttons and offers ("Register now", "Become a Friend from £40 a year ..."), a
    # contact line ("Contact the events team: events@... · 01632 ...", "Speak to our cruise team:
    # 0800 ..."), an app promo ("Download the <station> Weather app ..."), a newsletter's issue line
    # ("Issue #212 · Thursday 14 March · ..."), a blog comment's header ("Name says: 12 September
    # 2025 at 8.14 pm"), a press release's boilerplate ("About <Org>: <Org> is ...").
    r"register\s+(?:now|today|here|online)|become\s+a\s+(?:friend|member|patron|supporter)\s+(?:from|for)\s+[£$€]\s?\d.{0,200}|"
    r"contact\s+(?:the|our)\s+[\w'’ -]{1,30}\s*:\s*\S+@\S+.{0,120}|(?:speak|talk)\s+to\s+(?:our|the)\s+[\w'’ -]{1,30}\s*:\s*\+?\d[\d ]{6,20}.{0,100}|"
    r"download\s+(?:the|our)\s+.{1,60}?\bapp\b.{0,200}|issue\s+#?\d+\s*[·•|—–-].{0,200}|"
    r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}(?:\s+\((?:post\s+)?(?:author|admin)\)|"
    # (or the commenter's own outfit after "@": "Kerry @ <Brewery> says: ...")
    r"\s@\s(?-i:[A-Z])[\w'’.&-]*(?:\s+[\w'’.&-]+){0,3})?\s+says\s*:\s*" + _PAGE_DATE + r"(?:,?\s+(?:at\s+)?" + _PAGE_TIME + r")?|"
    # (numbered among the notes to editors too: "4. About <Org>: <Org> is ...")
    r"(?:\d{1,2}\.\s+)?about\s+(?:the\s+)?(?P<org>(?-i:[A-Z])[\w'’&.-]*(?:\s+(?-i:[A-Z])[\w'’&.-]*){0,5})\s*:\s*(?:the\s+)?(?P=org)\b.{0,600}|"
    r"(?:(?:have|did)\s+you\s+)?(?:made|tried)\s+(?:this|our|one\s+of\s+our)(?:\s+(?:recipe|recipes|dish|bake))?\?.{0,200}|cookies\s+on\s+[\w.-]+\.[a-z.]{2,}\b.{0,300}|"
    r"this\s+(?:article|story|report)\s+was\s+(?:produced|written|supplied)\s+by\s+(?:the\s+|a\s+)?[^.!?]{0,60}\breporting\s+"
    r"(?:service|scheme|partnership|project)\b.{0,300}|"
    r"(?:members?\s+go\s+free\s*:\s*)?join\s+(?:today\s+|now\s+|us\s+)?from\s+[£$€]\s?\d[\d.,]*(?:\s+(?:a|per)\s+(?:month|year|week))?\b.{0,200}|"
    r"about\s+the\s+(?:author|writer|reviewer|critic|columnist|contributor)\s*:.{1,300}|(?:in\s+partnership\s+with|in\s+association\s+with|sponsored\s+by)\s+(?-i:[A-Z])[^.!?]{1,60}|"
    r"we\s+apologi[sz]e\s+for\s+any\s+inconvenience\b.{0,120}|"
    r"(?:[£$€]\s?\d[\d,.]*\s*[·•|/]\s*){2,}(?:[£$€]\s?\d[\d,.]*|other(?:\s+amount)?)|"
    # A betting offer's fine print ("18+ only.", "T&Cs apply.").
    r"18\+\s*only\.?|(?:full\s+)?(?:T\s*&\s*Cs|T&C)\s+apply\.?|(?:filed\s+under|categor(?:y|ies))\s*:\s*[^.!?]{1,80}|"
    # A post's byline with no date ("Posted by the Communications Team"); the views disclaimer
    # of a guest piece ("Editor's note: The views expressed in this article are the author's own").
    r"posted\s+by\s+(?:the\s+)?(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:&\s+)?(?-i:[A-Z])[\w'’&.-]*){0,4}"
    # (a team's post may give its date after "on": "... Elections Team on Friday 14 March 2025 at
    # 10:00"; "Posted by <name> on <date>" alone is an embedded post's credit)
    r"(?:\s+(?:team|committee)(?:\s+on\s+" + _PAGE_DATE + r"(?:,?\s+(?:at\s+)?" + _PAGE_TIME + r")?)?)?"
    r"(?:\s*\([^()]{1,40}\))?(?:,\s+[\w'’&.-]+(?:\s+[\w'’&.-]+){0,3}){0,2}"
    r"(?:\s*[·•|]\s*(?:" + _WEEKDAY + r",?\s+)?(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})(?:,?\s+\d{4})?"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?)?(?:\s*[·•|]\s*\d{1,3}\s+min(?:ute)?s?\s+read)?"
    r"(?:\s*[·•|]\s*(?:filed\s+under|categor(?:y|ies))\s*:\s*[^·•|]{1,40})?|"
    r"(?:editor['’]s\s+note\s*:\s*)?the\s+views\s+expressed\s+(?:in\s+this\s+(?:article|piece|column|post)\s+)?are\s+"
    r"(?:those\s+of\s+)?the\s+(?:author|writer)['’]?s?(?:\s+own)?\b.{0,200}|"
    # (a blogger's: "Views here are my own and not those of my employer.", perhaps after a note
    # that names were changed)
    r"(?:names\s+(?:and\s+[\w ]{1,30}?\s+)?have\s+been\s+changed\.\s+)?(?:the\s+|all\s+)?(?:views|opinions)\s+(?:expressed\s+)?"
    r"(?:here\s+|on\s+this\s+(?:blog|site|page)\s+|in\s+this\s+(?:post|blog|piece)\s+)?are\s+(?:my|our|his|her|their)\s+own\b.{0,200}|"
    r"purchase\s+licensing\s+rights\b.{0,30}|(?:some\s+of\s+)?the\s+links\s+(?:on|in)\s+this\s+(?:page|article|story)\s+are\s+affiliate\s+links\.?|"
    r"[♡♥☆★]?\s*(?:save|add)\s+(?:to\s+(?:my\s+)?(?:list|shortlist|wish\s*list|favou?rites)|for\s+later)|book\s+(?:a\s+table|now|tickets|your\s+(?:place|table|tickets)|this\s+(?:package|room|experience|course|session|tour|event))|(?:(?:ticket\s+)?prices?|(?:event\s+)?details|information|(?:opening\s+)?times)(?:\s+and\s+[\w\s]{1,30}?)?\s+(?:are\s+|were\s+)?(?:correct|accurate)\s+(?:at|as\s+of)\s+"
    r"(?:the\s+)?time\s+of\s+(?:publication|publishing|writing|going\s+to\s+press|our\s+visits?)\b.{0,200}|"
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
    # (perhaps after its promise of independence, the clause unpunctuated: "Our recommendations are
    # made independently by our journalists. When you book through some links on this page we
    # may earn a commission.", "As an affiliate we may earn a small commission on purchases ...").
    r"(?:our\s+(?:recommendations|reviews|picks|choices)\s+are\s+(?:made\s+)?independent(?:ly)?\b[^.]{0,60}\.\s+)?"
    r"(?:(?:when|if)\s+you\s+(?:buy|shop|click|book)\b[^,]{0,60}?,?\s+|as\s+an\s+(?:[\w-]+\s+)?(?:affiliate|associate),?\s+)?"
    r"(?:we|this\s+site|our\s+\w+)\s+(?:may\s+)?(?:earn|receive)\s+(?:an?\s+)?(?:small\s+)?"
    r"(?:commission|affiliate|share\s+of\s+sales)\b.{0,160}|"
    # A newswire release's furniture: "News provided by ...", "About <Company>", "Forward-Looking
    # Statements", "Media Contact:", "SOURCE <Company>", a line that is only an email or phone.
    r"news\s+provided\s+by\b.{0,120}|"
    r"about\s+(?-i:[A-Z])[\w&'’-]*(?:,?\s+(?-i:[A-Z])[\w&'’-]*){0,5}(?:,?\s+(?:inc|llc|ltd|corp|co)\.?)?|"
    r"(?:forward[-\s]looking\s+statements?|safe\s+harbou?r(?:\s+statement)?)(?:\s*:.{1,300})?|"
    r"(?:\d{1,2}\.\s+)?(?:media|press|investor)\s+(?:contacts?|enquiries|inquiries)\s*:?.{0,200}|"
    # (or asked for: "2. For media enquiries, contact the press office on <phone> ...")
    r"(?:\d{1,2}\.\s+)?for\s+(?:media|press)\s+(?:enquiries|inquiries),?\s+(?:please\s+)?(?:contact|call|e-?mail|ring)\b.{0,160}|(?-i:SOURCE\s+[A-Z]).{1,60}|"
    r"(?:[\w ,'’-]{1,40}:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ().-]{6,}\d|"
    # An advice column's call for letters, with its address.
    r"(?:write|send|email)\s+(?:to\s+)?(?-i:[A-Z])\w+\b[^.!?]{0,160}?[\w.+-]+@[\w-]+\.[\w.]+.{0,160}|"
    r"(?:use\s+)?(?:signal|whatsapp|telegram)\s+(?:on|at)\s+\+?\d[\d ().-]{6,}\d.{0,160}|"
    r"(?:send|email|e-mail|write|submit)\s+(?:your\s+)?(?:questions?|letters?|problems?)\b.{0,100}"
    r"[\w.+-]+@[\w-]+\.[\w.]+.{0,80}|(?:letters|submissions)\s+(?:may|will)\s+(?:have\s+)?be(?:en)?\s+edited\b.{0,300}|"
    r"more\s+news\s+from\s+(?:this\s+source|[^.]{1,40})|download(?:\s+(?:pdf|the\s+app|our\s+app|(?:the\s+)?(?:full\s+)?(?:(?-i:[A-Z]{2,5})\s+)?(?:data(?:set)?|report|spreadsheet|file|figures)"
    r"(?:\s*\([^)]{1,30}\))?))?|"
    # A regulatory announcement's number ("RNS Number: 7731K"), a comment's reply count ("3 replies").
    r"(?-i:[A-Z]{2,6})\s+number\s*:\s*\d{3,6}[A-Z]|[\d.,]+\s*[km]?\s+replies|[\d,]+\s+answers?\s+sorted\s+by\b.{0,60}|"
    r"(?:[✓✔]\s*)?accepted\s+answer|"
    + _PLATFORM_LIST + r")$", re.I)
#: One shop button of a buying guide: "Buy at Harlow & Finch · £64.99", "Check price at ShopDirectly".
_RETAILER_BUTTON = (r"(?:(?:buy|shop|order)\s+(?:now\s+)?(?:at|from|on)|(?:check|compare|see)\s+(?:the\s+)?(?:latest\s+)?prices?\s+(?:at|on)|"
                    r"see\s+(?:the\s+)?deal\s+at)\s+(?-i:[A-Z])[^·•|.!?]{0,40}?(?:\s*[·•–—-]\s*[$£€]\d[\d.,]*)?")
#: Widget shapes tried only on a line whose first word is in `_LEAD_WORDS` (each of them opens
#: with one of those words), so that the other lines do not pay for them (see `_widget_match`).
_WIDGET_LEAD = re.compile(
    r"^(?:"
    # A post's and a video page's links ("Read 46 replies on Bluesky", "Pinned by @Channel",
    # "Chapters: 0:00 Intro | 0:42 ..."), a screenshot's credit, an affiliate notice that names
    # the page ("Some links on this page are affiliate links. ..."), a regulatory news service's
    # footer, a jobs or crowdfunding page's buttons ("Apply now", "Save job", "Report this project
    # to ..."), a comment gate ("Only backers can post comments. Log in"), a petition page's
    # links ("Show on a map", "Read the response in full", "This petition is closed").
    r"(?:read|see|view)\s+[\d.,]+\s*[km]?\s+(?:replies|comments|reposts|quotes)(?:\s+on\s+\w+)?|pinned\s+by\s+@?[\w.-]{2,40}|"
    r"chapters\s*:\s*0?0:00\b.{0,400}|screen\s?(?:shot|grab)s?\s*(?::|via\b|from\b)\s*[^.!?]{1,60}|"
    r"(?:some\s+(?:of\s+the\s+)?)?links\s+(?:on|in)\s+this\s+(?:page|article|post|story|guide|newsletter|email)\s+(?:are|may\s+be)\s+affiliate\s+links\b.{0,300}|"
    r"this\s+information\s+is\s+provided\s+by\s+[^.]{1,80}\bregulatory\s+news\b.{0,300}|"
    r"apply\s+(?:now|online|here|today)|save\s+(?:this\s+)?(?:job|search|listing|property|recipe)|"
    r"buy\s+(?:a\s+|your\s+)?season\s+tickets?(?:\s+now|\s+online)?|"
    r"buy\s+(?:a|your)\s+(?:day\s+|season\s+|annual\s+)?(?:ticket|permit|pass|licence)s?\s+online|"
    r"search\s+(?:courses|jobs|events|listings|our\s+site|the\s+site)(?:,\s*e\.g\.\s*.{1,80})?|"
    # A scheme's join button ("Join the Puppy Health Plan"), a box office's contact line (not a
    # venue's sentence about its own: "Box office: we can sell tickets for your event ..."), a
    # writer's follow prompt ("Follow Tom @TomExampleWrites").
    r"join\s+(?:the\s+|our\s+)?(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,4}|box\s+office\s*:\s*(?!(?:we|you|i)\b)\S.{0,150}|"
    r"follow\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:on\s+\w+\s+)?@\w{2,30}|"
    # (or anyone, on a named platform: "Follow <Dog>, <Cat> and friends on Instagram @<handle>")
    r"follow\s+[^@\n]{1,50}?\s+on\s+(?:instagram|facebook|x|twitter|tiktok|threads|bluesky)\s*:?\s*@[\w.]{2,40}|"
    # A bank's buttons ("Open an account", "Open an account online   Book a branch appointment").
    r"open\s+(?:an?\s+|your\s+)?(?:account|isa|savings\s+account)(?:\s+online|\s+today|\s+now)?(?:\s{3,}[^.!?]{1,60})?|"
    r"report\s+this\s+(?:project|campaign|fundraiser|listing|post|review|ad|video)(?:\s+to\s+[\w.-]+)?|"
    r"only\s+(?:paid\s+)?(?:backers|subscribers|members|supporters|donors|registered\s+(?:users|readers))\s+can\s+(?:post\s+|leave\s+|add\s+)?"
    r"(?:comments?|repl(?:y|ies))\b.{0,60}|"
    r"show\s+on\s+(?:a|the)\s+map|"
    # A book extract's credit ("Adapted from <Title> by <Author>, published by ..."), a link to
    # the site's section ("Go to market news section").
    r"(?:adapted|extracted|excerpted|taken)\s+from\s+[^.!?]{1,80}?\s+by\s+(?-i:[A-Z]).{0,250}|"
    r"go\s+to\s+(?:the\s+)?[\w'’ -]{1,30}\s+(?:section|page|homepage)|"
    # A share row without separators ("Share on Facebook Share on X Copy link"), a paid
    # partnership's notice, a shop's link to its site, a list page's count ("Showing 7 notices
    # published this week"), a notice's paper and date ("Published in The Courier on 19 November
    # 2024"), an alerts pitch, a letters page's rules ("Write to us: ..."), thanks to a sponsor,
    # cookie buttons, a comment sort button and reply count, a council page's contact officer, a
    # live story's update labels ("Latest update, 5.31pm"), a blog's pin prompt, an inline
    # contents list, a puzzle box, a reference number ("Reference: FOI-2025-0418"), a calendar link.
    r"(?:share\s+on\s+\w+\s*){2,}(?:copy\s+link)?|"
    r"this\s+(?:content|article|story|post|feature)\s+(?:was|is)\s+(?:produced|created|written)\s+in\s+(?:paid\s+)?partnership\s+with\b.{0,200}|"
    r"shop\s+(?:the\s+|our\s+)?[\w'’ -]{0,40}?\s*(?:at|on)\s+(?:www\.)?[\w-]+(?:\.[\w-]+)+|"
    r"showing\s+\d[\d,]*\s+(?:(?:of|out\s+of)\s+\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(?:results|notices|items|listings|properties|homes|"
    r"jobs|articles|stories|events|walks|courses|sessions|tours|classes)\b.{0,60}|"
    r"(?:first\s+)?(?:published|appeared)\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'’ &.-]{1,60}?\s+on\s+(?:" + _WEEKDAY + r",?\s+)?" + _DATE + r"|"
    r"get\s+[\w'’ -]{1,40}?\s+alerts\b.{0,200}|get\s+[\w'’ ,&-]{1,60}?\s+(?:by|via)\s+e-?mail|write\s+to\s+us\s*(?::|at\b|on\b).{1,300}|"
    r"thanks?\s+(?:(?:as\s+always|again|once\s+again)\s*,?\s*)?to\s+our\s+(?:[\w-]+\s+){0,2}sponsors?\b.{0,200}|"
    r"(?:accept|reject|decline)\s+(?:all\s+|analytics\s+|additional\s+|optional\s+)?cookies|(?:accept|reject|decline)\s+(?:all\s+)?non-?essential(?:\s+cookies)?|(?:view|manage|change)\s+cookie\s+(?:settings|preferences)|"
    r"sort\s+by(?:\s*:.{0,80})?|"
    r"(?:(?:lead\s+|contact\s+)?officer|contact)\s*:\s*[^.]{1,80}\.\s*(?:e-?mail|tel(?:ephone)?|phone)\s*:.{1,120}|"
    r"(?:(?:latest|earlier|previous)\s+)?(?:update|original\s+report)\s*[,:—–-]?\s*(?:(?:" + _WEEKDAY + r",?\s+)?\d{1,2}\s+" + _MONTH
    + r",?\s+)?(?:at\s+)?\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|"
    r"pin\s+(?:this|it)(?:\s+(?:post|pin|image))?(?:\s+for\s+later)?\s*!?|contents\s*:\s*1[.)]\s.{1,400}|"
    r"(?:puzzle|quiz|problem)\s+of\s+the\s+(?:day|week)\s*:.{1,200}|"
    r"(?:our\s+)?(?:ref(?:erence)?|case\s+(?:ref(?:erence)?|number|no\.?)|request\s+(?:ref(?:erence)?|number))\s*:\s*[A-Z]{0,8}[-/]?\d[\w/-]{2,30}|"
    r"add\s+to\s+(?:your\s+)?calendar(?:\s*\((?:ics|ical)\))?|read\s+(?:the|this|our|their)\s+[\w'’ -]{1,40}?\s+in\s+full|"
    r"this\s+(?:petition|poll|survey|competition)\s+(?:is|has)\s+(?:now\s+)?closed\b.{0,80}|"
    # A rescue team's or museum's boxes ("Support your local team: ...", "Open today 10:00–17:00 ·
    # Free entry · Book a guided tour"), letters and
    # comparison prompts, a forum thread's header and reactions ("Started by name · 3 Jul 2024 ·
    # Replies: 7", "Reactions: name, name and 4 others", "You must log in or register to reply
    # here."), a map link, a report link, a newsletter's paywall ("This post is for paid
    # subscribers", "Upgrade to paid ...", "Already a paid subscriber? Sign in", "Discover more
    # from ...", "Over 9,000 subscribers"), a shop's sign-up and recall links, a survey button.
    r"support\s+your\s+local\s+[\w-]+\s*:.{0,300}|open\s+(?:today|now)\s+\d{1,2}[:.]\d{2}\s*[–-]\s*\d{1,2}[:.]\d{2}|"
    r"free\s+(?:entry|admission)|book\s+(?:a|an|your)\s+(?:guided\s+)?(?:tour|visit|place|table|tickets?|appointment|session|call)\b.{0,200}|"
    r"book\s+(?:your\s+)?tickets?\b.{0,80}|"
    r"(?:have|got)\s+something\s+to\s+say\?.{0,300}|compare\s+[\w'’ -]{1,40}?\s+(?:deals|prices|quotes|tariffs)\b.{0,120}|"
    r"prices?\s+quoted\s+(?:are|is)\s+(?:for|based\s+on)\b.{0,300}|started\s+by\s+@?[\w.-]{2,40}\s*[·•|].{1,120}|"
    r"reactions\s*:\s*.{1,120}?\band\s+\d+\s+others?|you\s+(?:must|need\s+to)\s+(?:log\s+in|sign\s+in|register|be\s+(?:signed|logged)\s+in)\b.{0,80}|"
    r"view\s+[\w'’ -]{1,40}?\s+on\s+(?:our|the|an)\s+(?:interactive\s+)?map|"
    r"report\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:bin|light|fault|sighting|leak|repair)\b.{0,60}|"
    r"this\s+(?:post|article|story|episode|issue)\s+is\s+(?:only\s+)?for\s+(?:paid\s+)?(?:subscribers|members)\b.{0,80}|"
    r"upgrade\s+(?:to\s+paid|(?:your\s+)?subscription|now)\b.{0,100}|already\s+(?:a\s+)?(?:paid\s+)?(?:subscriber|member)\?.{0,60}|"
    r"discover\s+more\s+from\b.{1,60}|over\s+[\d,.]+\s*[km]?\s+subscribers|"
    r"register\s+(?:for\s+(?:the\s+)?(?:recall|event|updates|webinar)|here|online)|"
    r"join\s+(?:the|our)\s+.{0,40}\bnewsletter\b.{0,120}|"
    r"(?:start|take|complete)\s+(?:the|our|this)\s+(?:[\w-]+\s+)?(?:survey|questionnaire|consultation)\b.{0,60}|"
    # A newsletter's or minutes' download link ("Download this issue as a PDF · ..."), a gallery's
    # counter and buttons ("Photo 1 of 7", "Buy this photo"), a reprints notice, the next update
    # of a live notice ("Next update: 6pm today"), a postcode checker, a call for young writers,
    # a minutes page's blank signature line.
    r"download\s+(?:this|these|the)\s+(?:issue|newsletter|minutes|report|leaflet|agenda|document|bulletin|guide|page|factsheet)\b.{0,150}|"
    r"(?:photo|image|picture|slide)\s+\d{1,3}\s+of\s+\d{1,3}|buy\s+(?:this|the)\s+(?:photo|picture|image|print)\b.{0,60}|"
    r"reprints?\s+of\b.{0,200}\bavailable\b.{0,200}|"
    r"next\s+update\s*(?:at|due)?\s*:?\s*(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[.:]\d{2})(?:\s+(?:today|tomorrow|tonight))?\.?|"
    r"check\s+(?:whether|if)\s+your\s+(?:address|area|home|property|street)\b.{0,60}\bpostcode\b.{0,40}|"
    # A search box ("Search the National Health Guide website", "Search the catalogue Go"), an
    # inline contents list between bars, a volunteering deadline, a newsletter promotion's
    # leftover label, a Q&A site's chrome ("Asked 1 year ago  Modified ...", "Share  Improve this
    # answer  Follow", "answered Mar 2, 2023 at 22:31", "Not the answer you're looking for? ..."),
    # "Get involved: ...".
    r"search\s+(?:the\s+|our\s+)?[\w'’ -]{0,40}?\b(?:site|website|catalogue|archives?|collections?|database)\b(?:\s+go)?|"
    r"contents\s*:\s*[^|]{1,80}(?:\s\|\s[^|]{1,80}){1,12}|apply\s+(?:to\s+\w+\s+)?by\s+\d{1,2}\s+" + _MONTH + r"\b.{0,40}|"
    r"after\s+newsletter\s+promotion|asked\s+.{1,40}?\bago\b.{0,120}|share\s+improve\s+this\s+(?:question|answer|post)(?:\s+follow)?|"
    r"(?:asked|answered|edited|modified)\s+(?:" + _DATE + r"(?:\s+at\s+" + _TIME + r")?|" + _AGO + r")|"
    r"not\s+the\s+answer\s+you['’]re\s+looking\s+for\?.{0,200}|get\s+involved\s*[:·—–-]\s*.{1,200}|"
    # A volunteering button, a radio page's replay link, a ticket link, a newsletter's sponsor
    # ("This issue of <Name> is sponsored by ..."), an email pitch by its name, a renewal button,
    # a newsletter pitch after "Sign up to <Name>:".
    r"apply\s+to\s+(?:volunteer|join(?:\s+us)?)|(?:listen|watch)\s+again\s*:.{1,200}|buy\s+(?:your\s+)?tickets\b.{0,60}|"
    r"this\s+(?:issue|edition|episode)\s+of\s+[^.]{1,40}\s+is\s+(?:sponsored|supported|brought\s+to\s+you)\s+by\b.{0,120}|"
    r"get\s+(?:the|our)\s+[^:]{1,40}\s+(?:email|newsletter)\s*:.{1,200}|renew\s+(?:now|online|your\s+membership)\b.{0,60}|"
    r"sign\s+up\s+(?:to|for)\s+(?:the\s+)?(?-i:[A-Z])[^:]{1,40}:\s.{1,250}|"
    # An advertisement feature's notices, an inquiry's or court's summary note, a hearing's
    # recording link, a price check, a seat booking, text-update and help-page prompts, a court
    # summary's citation line, a letter's loving sign-off with its name ("With love and prayers,
    # Clare"), a survey and a previous-report link.
    r"(?:images?|photos?|cgis?)\s+(?:are|is)\s+(?:computer[-\s]generated|for\s+illustrat\w+\s+purposes)\b.{0,300}|"
    r"this\s+is\s+a\s+(?:paid[-\s]for\s+)?(?:advertisement|advertising|sponsored|promotional)\s+(?:feature|content|article)\b.{0,300}|"
    r"this\s+summary\s+(?:is|has\s+been|was)\s+(?:prepared|provided|produced|written)\b.{0,300}|"
    r"watch\s+(?:the\s+)?(?:recording|livestream|replay|video)\s+of\b.{0,80}|check\s+(?:the\s+)?(?:current|latest)\s+price\b.{0,120}|"
    r"reserve\s+(?:a|your)\s+(?:seat|place|table|ticket|copy)s?\b.{0,40}|get\s+(?:text|sms|email)\s+updates\b.{0,250}|"
    r"still\s+(?:having\s+(?:problems|trouble|issues)|need\s+help)\?.{0,120}|"
    r"popular\s+(?:help\s+)?(?:topics|articles|searches|questions)\s*:.{1,300}|neutral\s+citation\s*:\s*\[\d{4}\].{0,300}|"
    r"with\s+(?:love(?:\s+and\s+prayers)?|every\s+blessing|blessings|prayers)\s*,?(?:\s*(?-i:[A-Z])[\w'’-]+)?|"
    r"view\s+(?:our|the)\s+(?:previous|latest|full)\s+[\w ]{1,30}\s+report\b.{0,40}|"
    # A quote button and a reviews badge ("Rated 4.8 out of 5 from 2,140 reviews on ..."), a
    # pattern's download and rating, a newsletter's forward link, a share-or-comment row, ticket,
    # box office and mailing-list pitches, appointment and complaint links, a help page's prompts
    # ("Still can't find your answer?"), a fundraising button.
    r"get\s+(?:my|a|your)\s+(?:free\s+|fixed(?:[-\s]price)?\s+|no[-\s]obligation\s+)?quote\b.{0,40}|"
    r"get\s+(?:my|a|your)\s+(?:free\s+|fixed(?:[-\s]price)?\s+|no[-\s]obligation\s+)?quote(?:\s+now)?\s*:\s*call\b.{0,80}|"
    # A form's button in the reader's voice ("Send my enquiry", "Book my place").
    r"(?:send|submit|book|start|claim|reserve|request|create|update)\s+my\s+[\w'’-]+(?:\s+[\w'’-]+)?|"
    r"rated\s+(?:excellent\s*[·•|–-]?\s*)?\d(?:\.\d)?\s*(?:out\s+of\s+|/\s*)5\b.{0,80}\breviews?\b.{0,40}|"
    r"download\s+(?:the\s+)?(?:printable\s+|free\s+)?(?:pdf|pattern|file|leaflet)\s*\([^)]{1,40}\)|"
    r"view\s+(?:the\s+)?availability(?:\s+calendar)?|availability\s+calendar(?:\s*[–—:-]\s*(?:select|choose|pick)\s+[\w ]{1,40})?|"
    # (and the calendar's key: "Key: ■ Booked □ Available ◩ Changeover day")
    r"key\s*:\s*[■□◩◪▪▫●○◼◻]\s*[\w -]{1,20}?(?:\s+[■□◩◪▪▫●○◼◻]\s*[\w -]{1,20}?){1,4}|rate\s+this\s+[\w ]{1,20}\s*:.{0,80}|"
    r"forward\s+(?:this\s+)?to\s+a\s+friend|share\s+or\s+comment\s+on\s+this\s+\w+\s*:.{1,120}|"
    r"(?:season\s+)?tickets?\s+(?:are\s+)?(?:on\s+sale|available)\s+now\b.{0,150}|box\s+office\s*:?\s*\+?\d[\d ()-]{6,}.{0,100}|"
    r"be\s+the\s+first\s+to\s+(?:hear|know)\b.{0,250}|ready\s+to\s+(?:get\s+started|apply|book|join)\?.{0,200}|"
    # (a prompt to get in touch: "Ready to talk about a piece? Send us ...", "Prefer to talk? Ring ...")
    r"(?:ready\s+to\s+(?:start|give\s+it\s+a\s+(?:go|try)|talk(?:\s+about\s+[^?]{1,30})?)|prefer\s+to\s+(?:talk|speak|chat|call|phone))\?\s+"
    r"(?:send|fill|call|ring|phone|e-?mail|contact|book|get\s+in\s+touch|drop|message|click|use|tap|apply|join)\b.{0,200}|"
    r"make\s+a\s+(?:complaint|comment|compliment|payment|donation|claim)\b.{0,80}|still\s+(?:can['’]?t|cannot)\s+find\b.{0,60}|"
    r"start\s+your\s+(?:fundraiser|fundraising|application|claim)\b.{0,40}|start\s+(?:your\s+)?(?:free\s+)?trial|find\s+us(?:\s+on\s+(?:facebook|instagram|x|twitter|tiktok|youtube|linkedin|threads)(?:\s*:\s*[^.!?]{1,60})?)?|"
    r"my\s+(?:booking|account|basket|orders?)|"
    # (a basket with its total: "Basket (0) · £0.00")
    r"(?:view\s+|sample\s+)?(?:basket|cart|trolley)\s*\(\d+\)(?:\s*[·|]?\s*[£$€]\d[\d.,]*)?(?:\s{2,}(?:(?:sign\s+in|log\s+in)(?:\s*(?:/|\||or)\s*(?:register|sign\s+up))?|my\s+account|search\b[\w ]{0,30}))?|"
    # (and the saved items' count: "Shortlist (0)", "Wishlist (2)", also after a heart; see
    # `_ICON_COUNT`)
    r"(?:shortlist|wish\s*list|saved(?:\s+items)?|favou?rites)\s*\(\d+\)|"
    r"open\s+(?:daily|every\s+day)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]m)?\s*[–-]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]m)?|"
    # A letters invitation after "Do you agree?", a ticket count, an embed's "View more on
    # Instagram", a crime-report line, a press page's image download, a members' login, a site
    # credit, a crypto risk warning.
    r"do\s+you\s+agree\?.{0,300}|(?:limited|few|last)\s+(?:tickets?|places|seats)\s+(?:remaining|left|available)\b.{0,40}|"
    r"view\s+more\s+on\s+\w+|report\s+(?:a\s+)?crime\s+online\b.{0,250}|"
    r"download\s+(?:high[-\s]resolution\s+|hi[-\s]res\s+)?(?:press\s+)?(?:images|photos|pictures)\b.{0,60}|"
    r"members['’]?\s+(?:login|log\s+in|area(?:\s*:?\s*log\s*in|\s*\((?:login|log\s+in)\))?)|(?:website|site)\s+(?:design(?:ed)?|built|powered)\s+by\b.{0,60}|"
    # A match report's poll prompt, a paper's notices advert.
    r"who\s+(?:was|is)\s+your\s+(?:player|man|woman|star)\s+of\s+the\s+(?:match|game|day)\?\s*(?:vote(?:\s+now)?|have\s+your\s+say)?|"
    # A club's follow links ("Follow the Otters: Facebook   Instagram"), a newsletter's pitch by
    # its day ("Get planning applications in your area every Friday with our free Planning Watch
    # newsletter."), a form's reply promise with its consent ("We aim to reply within one working
    # day. By sending this form you agree to our privacy policy.").
    r"follow\s+(?:the\s+|us\s+on\s*)?[\w'’& ]{0,30}:\s*(?:facebook|instagram|x|twitter|tiktok|youtube|threads|linkedin)"
    r"(?:(?:\s{2,}|\s*[·|•,]\s*|\s+and\s+)(?:facebook|instagram|x|twitter|tiktok|youtube|threads|linkedin))*|"
    r"get\s+[\w'’ ]{3,60}\s+(?:every|each)\s+(?:day|week|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
    r"with\s+our\s+(?:free\s+)?[\w'’ ]{0,40}newsletter\b.{0,80}|"
    r"we(?:['’]ll|\s+will|\s+aim\s+to|\s+try\s+to|\s+usually)\s+(?:reply|respond|get\s+back\s+to\s+you)\s+within\s+[\w ]{1,20}?(?:days?|hours?)\.\s+"
    r"(?:by\s+(?:sending|submitting)\s+this\s+form|your\s+details\s+(?:are|will\s+be)\s+only\s+used|we\s+(?:will\s+)?only\s+use\s+your)\b.{0,200}|"
    r"place\s+a\s+(?:family\s+|death\s+|birth\s+)?notice\s*:.{1,200}|"
    # A booking panel's furniture ("Reserve", "You won't be charged yet", "Exact location provided
    # after booking"), an X card's "Follow" button, a ticket alert ("NOTIFY ME WHEN TICKETS GO ON
    # SALE"), a condolence book's or thread's pager ("Show 4 more entries | Sign the book of condolence").
    r"reserve(?:\s+now)?|message\s+(?:the\s+)?host|to\s+protect\s+your\s+payment\b.{0,200}|you\s+won['’]t\s+be\s+charged\s+yet|check[-\s]?in\s+[^\s].{0,30}?\s{2,}check[-\s]?out\s+[^\s].{0,30}?(?:\s{2,}guests?\s+.{1,30})?|exact\s+(?:location|address)\s+(?:provided|given|shared)\s+after\s+booking\.?|"
    r"follow(?:\s+us)?|notify\s+me\s+(?:when|if)\b.{1,80}|"
    # (a booking site's own section headings over a listing: "About this hut", "What this place
    # offers", "Where you'll be", "Meet your hosts", "Things to know"; a blog host's credit)
    r"about\s+this\s+(?:place|hut|cabin|cottage|home|space|pod|property|listing|room|yurt|barn|lodge|stay)|what\s+this\s+place\s+offers|"
    r"where\s+you['’]ll\s+(?:be|sleep)|meet\s+(?:your|the)\s+hosts?|things\s+to\s+know|blog\s+at\s+[\w.-]{3,40}\.?|"
    r"show\s+\d{1,4}\s+more\s+(?:entries|comments|replies|messages|tributes|reviews|condolences)(?:\s*[|·•]\s*[^|·•.!?]{1,60})?|"
    # (a post's share buttons one by one: "Pin it", "Email this post"; a sports page's call for
    # results: "Got a result or a report from your club? Send it to us ...")
    r"pin\s+it|e-?mail\s+this\s+(?:post|page|article|story|recipe)|don['’]t\s+miss\s+out\s*:\s*get\b.{0,250}|"
    r"got\s+an?\s+(?:result|report|story|photo|picture|tip|event)\b[^?]{0,60}\?\s+(?:send|email|e-mail|upload|share|tell)\b.{0,250}|"
    r"crypto\s*(?:assets?|currencies|investments?)\s+(?:are|is)\s+(?:highly\s+)?(?:volatile|risky|unregulated)\b.{0,300}|"
    # A union's and a station's pitches ("Not a member yet? Join ...", "Listen on 97.3 FM · DAB+
    # ..."), a sponsor's credit line, an application link.
    r"not\s+(?:a\s+member|registered)\s+yet\?.{0,250}|listen\s+(?:live\s+)?on\s+[\d.]+\s*(?:fm|am)\b.{0,200}|"
    r"sponsored\s+by\s+(?-i:[A-Z])[^.!?]{1,200}|"
    r"apply\s+for\s+(?:a|an|the)\s+[\w'’ -]{1,60}?\b(?:grant|licen[cs]e|permit|passport|scheme|loan|place)\b.{0,40}|"
    # A firm's contact bar ("Call us: 01632 960 418 | Mon–Fri 7.30am–5pm | Rated 4.9/5 from 126
    # reviews", "Call now: 01632 960 418 (24 hours)", "Book now: 01632 960 418").
    r"(?:call\s+(?:us|now)|book\s+now)\s*(?:free\s+|(?:at\s+)?any\s*time(?:,\s*day\s+or\s+night)?\s*)?(?:(?::|on)\s*)?\+?\d[\d ()-]{6,}\d(?:\s+\((?:24\s+hours|24/7)\))?|"
    # "Call 24/7: 01632 960 447", a call-out firm's bar
    r"call\s+(?:us\s+|now,?\s+)?(?:24/7|24\s+hours(?:\s+a\s+day)?|day\s+or\s+night)\s*(?::|on)?\s*\+?\d[\d ()-]{6,}\d|"
    # A column's call for questions ("If you have a question for Aldous, email ..."), a site's
    # feedback and volunteering pitches, a page's update history link.
    r"if\s+you\s+have\s+a\s+question\s+for\b.{0,40}\b(?:email|write|contact)\b.{0,200}|help\s+us\s+improve\b.{0,300}|"
    r"volunteer\s+with\s+us\s*:.{1,250}|see\s+all\s+updates|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*[–-]\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s*\d{1,2}(?:[.:]\d{2})?\s*[ap]m\s*[–-]\s*"
    r"\d{1,2}(?:[.:]\d{2})?\s*[ap]m|"
    r"could\s+you\s+be\s+(?:a|an|our|the\s+next)\b[^?]{1,40}\?\s*(?:we\s+(?:welcome|want|are\s+looking|would\s+love)|we['’]d\s+love|"
    r"email|get\s+in\s+touch|apply|send|write)\b.{0,300}|signed\s*:\s*[._…\s]{5,}.{0,80}|"
    # A buying guide's shop buttons ("Buy at Harlow & Finch · £64.99 | Check price at
    # ShopDirectly"), an investor page's share price and report downloads ("Download full
    # report (PDF, 8.7MB) | ..."), a pager ("Previous: <title> | Next: <title>"), a
    # forward-looking-statements notice, a listing's reference and agent lines ("Listing ref:
    # PB-MG-20871 · Added 14 October", "Marketed by <agent>, <branch> · <phone> · ..."), a sign-up
    # box's privacy promise and a bookshop pitch (gated in `_widget_match`: see `_COMMON_LEAD`), a
    # app download under a booking label, a link to more guidance ("Find out more about school
    # transport"), a notice's date ("Dated 6 February 2025").
    + _RETAILER_BUTTON + r"(?:\s*[|·•]\s*" + _RETAILER_BUTTON + r")*|"
    r"share\s+price\s*(?:\([A-Z.:]{1,10}\))?\s*:?\s*[\d.,]+\s*p?\s*[▲▼△▽↑↓+\-−]\s*[\d.,]+\s*p?(?:\s*\(\s*[+\-−]?[\d.]+\s*%\s*\))?"
    r"(?:\s*[|·•]\s*[^|·•]{1,60})*|"
    # (beside the page's other links, after a dot, a bar or a gap: "Download this calendar (PDF)
    # Add to Google Calendar", "Download the full report (PDF, 2.1 MB)   Previous reports: ...")
    r"download\s+[^|()]{1,60}\((?:pdf|docx?|xlsx?|zip|csv|epub|ics)(?:,\s*[^)]{1,40})?\)(?:(?:\s*[|·•]\s*|\s{2,})[^|·•]{1,60})*|"
    r"previous\s*:\s*[^|]{1,80}\|\s*next\s*:\s*[^|]{1,80}|"
    r"(?:cautionary\s+(?:statement|note)(?:\s+regarding\s+forward[-\s]looking\s+statements)?|forward[-\s]looking\s+statements?)\s*:.{1,600}|"
    r"this\s+(?:press\s+release|announcement|statement|report|document|release|presentation)\s+(?:contains|includes|may\s+contain)\s+"
    r"(?:certain\s+)?forward[-\s]looking\s+statements\b.{0,600}|"
    r"(?:listing|property|advert|job|vacancy)\s+(?:ref(?:erence)?|id|no\.?|number)\s*:?\s*[A-Z0-9][\w/-]{2,20}(?:\s*[·•|]\s*[^·•|]{1,40}){0,3}|"
    r"marketed\s+by\s+(?-i:[A-Z])[^·•|]{1,60}(?:\s*[·•|]\s*[^·•|]{1,60}){1,4}|"
    r"book\s+(?:a|an|your)\s+[\w ]{1,30}:\s*download\s+(?:the|our)\s+.{1,60}?\bapp\b.{0,60}|"
    r"find\s+out\s+more\s+about\s+[^.!?:]{1,80}|"
    r"dated\s+(?:this\s+)?(?:" + _PAGE_DATE + r"|\d{1,2}(?:st|nd|rd|th)\s+day\s+of\s+" + _MONTH + r",?\s+\d{4})\.?|"
    # A recipe page's buttons and notices ("Jump to Recipe", "Nutrition information is an
    # automatically generated estimate ...", "Never miss a recipe! Join ... in your inbox").
    r"(?:jump\s+to|print|save|pin)\s+(?:the\s+|this\s+)?recipe|"
    r"nutrition(?:al)?\s+(?:information|info|facts|values)\s+(?:is|are)\s+.{0,40}\bestimates?\b.{0,250}|"
    r"never\s+miss\s+(?:a|an|another)\s+[\w-]+(?:\s+[\w-]+)?\s*[!.]\s*.{0,120}\b(?:inbox|sign\s+up|subscribe|join|remind)\b.{0,160}|"
    # An encyclopaedia page's chrome: its section headings with their edit link ("See
    # also[edit]"), its tabs and menu, its tagline, maintenance notice, disambiguation note, inline
    # contents, licence and last-edited lines.
    r"(?:see\s+also|references|external\s+links|notes|further\s+reading|bibliography|sources|citations)\s*\[edit\].{0,300}|"
    r"this\s+page\s+was\s+last\s+(?:edited|modified|updated)\s+on\b.{0,80}|"
    # A leader's house note ("This article reflects the view of the <Paper> editorial board.
    # Letters in response ..."), a small site's keeper ("This website is maintained by the
    # Parish Clerk. Report a problem ...").
    r"this\s+(?:article|editorial|column|leader|piece)\s+(?:reflects|represents|expresses)\s+the\s+(?:editorial\s+)?(?:view|views|opinion|position)\s+of\b.{0,250}|"
    r"this\s+(?:web)?site\s+is\s+(?:maintained|managed|run|updated|looked\s+after)\s+by\b.{0,250}|"
    r"this\s+(?:article|section)\s+(?:needs|has\s+multiple\s+issues|relies\s+(?:largely|entirely)|does\s+not\s+cite|is\s+about)\b.{0,300}|"
    r"article\s+talk\b.{0,80}|main\s+menu\b.{0,300}|"
    r"contents\s+(?:\(hide\)\s+)?1\s+[^\d]{1,40}\s+(?:1\.1|2)\s+.{0,600}|text\s+is\s+available\s+under\b.{0,300}|"
    # An email's header and footer ("To: <list>", "Message sent via <service> on behalf of ...",
    # "Please do not reply to this email ...", "This email contains important information ..."),
    # an app link, a pre-order button, a gallery link, a project's support box.
    r"message\s+sent\s+(?:via|by|from|on\s+behalf)\b.{0,250}|"
    r"please\s+(?:do\s+not|don['’]t)\s+(?:reply\s+to|use|respond\s+to)\s+this\s+(?:e-?mail|address|inbox|message|mailbox)\b.{0,250}|"
    r"this\s+(?:e-?mail|message)\s+(?:contains|was\s+sent|has\s+been\s+sent|is\s+being\s+sent|is\s+intended)\b.{0,250}|"
    r"get\s+(?:the|our)\s+[\w'’ ]{1,30}\s+app\s*[:.!].{0,160}|pre-?order(?:\s+(?:now|today|yours|it\s+now))?|"
    r"see\s+all\s+\d+\s+(?:looks|photos|pictures|images|reviews|comments)\b.{0,80}|"
    r"support\s+(?:the|our)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*:\s*.{1,300}|"
    # A newsletter's greeting to all and its sign-off with the names ("Evening all,", "Cheers,
    # Rosie & Tom (your landlords)").
    r"(?:(?:good\s+)?(?:morning|afternoon|evening)|hi|hello|hey)\s+(?:all|everyone|everybody|folks|friends|team),|"
    r"cheers,\s*(?-i:[A-Z])[\w'’-]+(?:\s*(?:&|and)\s*(?-i:[A-Z])[\w'’-]+)?(?:\s*\([^)]{1,40}\))?|"
    # A parliament's written question page: its number, asker, answerer and dates.
    r"(?:asked|answered)\s+by\s+(?-i:[A-Z])[^.!?]{1,100}|answered\s+on\s+" + _PAGE_DATE + r"|uin\s+\d+\b[^.!?]{0,100}|"
    r"grouped\s+question\s*:.{1,200}|question\s+for\s+(?:the\s+)?(?:department|ministry|secretary\s+of\s+state|minister)\b[^.!?]{0,100}|"
    # A campaign page's buttons ("Vote now", "Follow the campaign: Instagram @name · ...").
    r"vote\s+now|follow\s+(?:the|our)\s+(?:campaign|project|dig|club|team|journey|progress)\s*(?::|on)\s*.{1,200}|"
    # A council page's document and site links ("Download these comments as a PDF (186 KB)",
    # "View all planning applications on the <Council> website"), a notice's publisher line
    # ("Published 21 March 2025 by the Parish Clerk"), an update line ("Updated 6:42am June 3 —
    # first published 5:15am"), shop, venue, charity and club pitches ("Free local delivery on
    # orders over £40 ...", "Become a Friend of the <Theatre> from £40 a year ...", "Gift Aid it:
    # ...", "TICKETS: ... Buy now ...", "Apply to adopt <Name>", "Add your name: ...", "Join the
    # association: ..."), a notice of other languages and formats.
    r"download\s+(?:this|these)\s+[\w'’ ]{1,40}\s+as\s+an?\s+(?:printable\s+)?(?:pdf|word\s+document|docx?)\b(?:\s*\([^)]{1,20}\))?|"
    r"view\s+all\s+[\w ]{1,40}\s+on\s+the\s+.{1,80}\s+(?:website|portal|site)\.?|"
    r"published\s+" + _PAGE_DATE + r"\s+by\s+(?:the\s+)?(?-i:[A-Z])[\w'’ ]{1,40}|"
    r"updated\s+[\w:., ]{1,30}\s*[—–|·-]\s*(?:first\s+)?published\s+[\w:., ]{1,30}|"
    r"free\s+(?:uk\s+|local\s+|next[-\s]day\s+|standard\s+)?(?:delivery|postage|shipping)\s+on\s+(?:your\s+first\s+|all\s+)?(?:online\s+)?(?:orders?|shops?|purchases?)\s+"
    r"(?:over|above)\b.{0,150}|"
    r"become\s+a\s+friend\s+of\b.{0,250}|"
    r"gift\s+aid(?:\s+it)?\s*[:!].{1,300}|(?:boost|increase)\s+your\s+(?:donation|gift)\s+(?:by\s+25\s?%\s+)?with\s+gift\s+aid\b.{0,200}|"
    r"tickets\s*:.{1,200}\bbuy\s+now\b.{0,100}|apply\s+to\s+(?:adopt|foster|sponsor|volunteer|join)\b.{0,40}|"
    r"add\s+your\s+name\s*:.{1,300}|join\s+(?:the|our)\s+[\w'’ ]{1,30}\s*:.{1,300}|"
    r"this\s+(?:information|page|leaflet|document|guide)\s+is\s+(?:also\s+)?available\s+in\s+(?:other|different)\s+(?:languages|formats)\b.{0,250}|"
    # A live page's key events row, a fundraising page's links, a statistics bulletin's release
    # and contact lines and contents, a speech's notices ("Check against delivery.", "Ends. Watch
    # the full speech on ..."), an event page's host and audience lines and its suggested events
    # ("SAT, 22 MAR · Repair Café at <venue> · 18 going"), a booking button.
    r"key\s+events\s*:.{1,400}|visit\s+(?:the\s+)?(?:charity(?:['’]s)?|our|their|official)\s+website|"
    r"report\s+this\s+(?:page|fundraiser|event|listing|post|profile|review)|"
    r"statistical\s+bulletin\s*[|·•].{0,200}|release\s+date\s*:.{1,120}|next\s+release\s*:.{1,80}|"
    r"contact\s*:\s*[^@]{1,80}[\w.+-]+@[\w-]+\.[\w.]+.{0,100}|table\s+of\s+contents\s*:.{1,600}|"
    r"check\s+against\s+delivery\.?|ends\s*[.:]\s+(?:watch|read|listen|see|notes)\b.{0,200}|"
    r"event\s+by\s+(?-i:[A-Z]).{1,120}|public\s*[·•]\s*anyone\s+on\s+or\s+off\s+facebook|write\s+a\s+(?:comment|reply|review)\b.{0,20}|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,\s*\d{1,2}\s+[a-z]{3,9}\s*[·•]\s*.{1,80}[·•]\s*[\d,.]+[km]?\s+(?:going|interested)\b.{0,40}|"
    r"book\s+(?:a|your)\s+(?:free\s+)?(?:[\w-]+\s+)?(?:viewing|tour|visit|table|consultation|demo|call|show\s*round|appointment|service|repair|"
    r"eye\s+test|test\s+drive)|"
    # A shop's basket row, a thread's reply links, a waiting list, a charity's helpline and the
    # review note of its guidance, a byline by role ("Review by <Name>"), a comparison site's
    # disclosure, an influencer's shop link.
    # (the quantity may be a box: "Quantity: [ 1 ]   Add to basket")
    r"(?:quantity\s*:\s*(?:\d+\s*\||\[\s*\d+\s*▾?\s*\])\s*)?add\s+to\s+(?:basket|bag|cart|trolley|wish\s*list)\b.{0,80}|"
    r"reply\s+to\s+this\s+(?:thread|post|topic|discussion)|"
    r"(?:log|sign)\s+in\s+or\s+(?:join|register|sign\s+up)\b.{0,60}?\bto\s+(?:post|reply|comment|join)\b.{0,60}|"
    r"join\s+(?:the|our)\s+waiting\s+list\b.{0,100}|talk\s+to\s+us\b.{0,300}\b(?:line|helpline)\b.{0,200}|"
    r"this\s+(?:information|page|guide|article|leaflet)\s+was\s+(?:written|produced|reviewed)\s+by\b.{0,300}|"
    r"(?:review(?:ed)?|words|interview|(?:programme\s+)?notes)\s+by\s+(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,3}(?:,\s+[\w'’ ]{1,40})?|"
    r"how\s+we\s+make\s+money\s*:.{1,400}|shop\s+my\s+[\w'’ ]{1,40}:.{1,300}|"
    # A newsletter's paywall ("Keep reading with a 7-day free trial", "Subscribe to <Name> to
    # keep reading this post ...", "Ready for more?"), a shop's extract and star widgets, a
    # schedule's update and change notices, a bank's call recording note, a shoot's credits
    # ("Styling: <Name>. Hair: <Name>."), a board's papers link and review dates, a post's date
    # and categories ("Posted 2 April in Magazine, Nature Notes"), a consultation's status and
    # response links, a broadcast link, a priced buy link, a contents line.
    r"keep\s+reading\s+with\s+a\s+[\w-]+\s+free\s+trial\b.{0,60}|"
    r"subscribe\s+to\s+.{1,60}?\s+to\s+(?:keep\s+reading|read\s+the\s+rest|continue\s+reading)\b.{0,250}|ready\s+for\s+more\?|"
    r"read\s+an\s+extract|updated\s+.{1,40}?\.\s+all\s+times\s+(?:shown|are|listed)\b.{0,80}|"
    r"calls\s+(?:may\s+be|are)\s+(?:recorded|monitored)(?:\s+(?:and|or)\s+(?:recorded|monitored))?\s+for\s+(?:training|quality|security|monitoring)\b.{0,250}|"
    r"(?:styling|hair|make-?up|photography|grooming|set\s+design)\s*:\s*(?-i:[A-Z]).{1,300}|"
    r"download\s+(?:the|these|our)\s+(?:new\s+|latest\s+|full\s+)?(?:papers|documents|report|minutes|agenda|slides|presentation|timetables?|"
    r"guide|leaflet|brochure|forms?)\b.{0,40}|"
    r"page\s+last\s+reviewed\s*:?.{1,40}?next\s+review\s+due\s*:?.{1,30}|"
    r"posted\s+(?:on\s+)?(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})(?:,?\s+\d{4})?\s+in\s+[\w &,'’-]{1,60}|"
    r"status\s*:\s*(?:open|closed|live|now\s+closed)(?:\s*[|·•].{0,200})?|respond\s+to\s+this\s+(?:consultation|survey|petition)|"
    r"watch\s+(?:it\s+)?live\s+on\s+(?-i:[A-Z]).{1,200}|"
    r"buy\s+(?:the\s+)?.{1,60}?\s+from\s+[£$€]\d[\d.,]*\s+at\s+(?-i:[A-Z])[\w.&'’ -]{1,40}|contents\s*:\s*[^.!?]{1,400}|"
    # Sponsor and gallery lines ("Our 2024 sponsors: ... | ...", "Photo gallery from the day: 84
    # photos by <Name>"), an out-of-hours number, a shop's update, help and contact lines, a
    # partner credit, a "be first to hear" pitch, a call-back button, a site credit, draft-minutes
    # and recent-posts lines, a sale and a report's update credit, a local finder, a priced buy
    # row, a post's sign-up pitch, an allergy notice, a photo sales link.
    r"our\s+(?:\d{4}\s+)?(?:sponsors|partners|supporters)\s*:.{1,300}|sponsors?\s*:.{1,300}|"
    r"(?:photo\s+)?gallery\b.{0,40}:\s*\d+\s+(?:photos|pictures|images)\b.{0,80}|out\s+of\s+hours\s*:\s*\+?\(?\d[\d ().-]{6,}\d|"
    r"last\s+updated\s+by\s+.{1,80}?\s+on\s+" + _PAGE_DATE + r"|didn['’]?t\s+find\s+(?:your|the|what)\b[^?]{0,40}\?.{0,200}|"
    r"contact\s+(?:the\s+)?seller|official\s+[\w ]{1,30}\s+partner\s*:.{1,80}|be\s+(?:the\s+)?first\s+to\s+(?:hear|know)\b.{0,200}|"
    r"request\s+a\s+call[-\s]?back|website\s+by\s+(?-i:[A-Z]).{1,60}|"
    r"these\s+minutes\s+(?:are|were)\s+(?:published\s+)?(?:in\s+)?draft\b.{0,200}|recent\s+posts\s*:.{1,300}|"
    r"buy\s+online\s+and\s+save\b.{0,200}|(?:last\s+)?updated:?\s+[\w:,. ]{1,40}?\s+by\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’ &-]{1,60}|(?:[\w'’-]+\s+){0,2}(?:committee|secretary|clerk|editor|team|office)\b)\.?|"
    r"find\s+an?\s+[\w-]+(?:\s+[\w-]+){0,2}\s+near\s+you|buy\s+[^:]{1,60}:\s*[£$€]\d[\d.,]*\s+at\s+(?-i:[A-Z]).{1,200}|"
    r"enjoyed\s+this\s+(?:post|article|newsletter|story|review|piece)\?.{0,200}|"
    r"if\s+you\s+have\s+(?:a|an|any)\s+(?:food\s+)?(?:allerg(?:y|ies)|intolerances?)\b.{0,250}|"
    r"buy\s+(?:photos|prints|pictures)\s+from\s+this\s+(?:gallery|page|story)\b.{0,120}|"
    # A club's, shop's, landlord's and event page's lines ("Contact us: <phone>, ...", "Free click
    # & collect in 1 hour", "Shop by department: ...", "Register to attend in person", "Watch the
    # livestream", "Members of the media should contact ...", "Submit a question for the panel
    # ...", a blogger's "About <Name>: I'm ...", "Get my free ...", "Join the <club> from £14.50 a month: ...",
    # "Next event: ...", "Marshals wanted! ...", "View the full draw ... on the <site>"), a
    # column's adviser disclaimer, a live blog's funding note.
    r"contact\s+us\s*:\s*\+?\d.{0,250}|free\s+click\s*(?:&|and)\s*collect\b.{0,60}|shop\s+by\s+(?:department|category|brand|room)\s*:.{1,300}|"
    r"register\s+to\s+attend\b.{0,60}|watch\s+the\s+(?:livestream|live\s+stream|recording|replay|webcast)\b.{0,40}|"
    r"members\s+of\s+the\s+(?:media|press)\s+(?:should|can|may|are\s+asked\s+to)\s+contact\b.{0,200}|"
    r"submit\s+(?:a|your)\s+questions?\b.{0,250}|about\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*:\s*(?-i:I)['’\s].{1,400}|get\s+my\s+free\b.{0,250}|"
    r"join\s+(?:the|our)\s+[\w'’ ]{1,40}\s+from\s+[£$€]\d.{0,250}|next\s+event\s*:.{1,250}|"
    r"(?:marshals|volunteers|helpers|stewards)\s+(?:wanted|needed)\s*[!.:]\s*.{0,250}|"
    # A call-to-book line, a lender's buttons and notices, a status page's notifications and
    # platform credit.
    r"call\s+\+?\d[\d ()-]{6,}\d(?:\s+(?:or|to)\s+(?:book|visit|order|apply|e-?mail)\b.{0,120})?|check\s+(?:my|your)\s+(?:rate|eligibility|credit\s+score)|"
    r"talk\s+to\s+(?:a|an|our)\s+[\w ]{1,30}|you\s+(?:might|may)\s+also\s+(?:need|like|want)\s*:.{1,300}|"
    r"(?:loans?|offers?|rates?|credit|finance)\s+(?:is\s+|are\s+)?subject\s+to\s+(?:credit\s+)?(?:approval|status)\b.{0,300}|"
    r"get\s+(?:e-?mail|sms|text)\s+notifications\b.{0,200}|(?:proudly\s+)?powered\s+by\s+(?-i:[A-Z])[\w.-]+\.?|(?:web\s*)?site\s+(?:designed\s+|built\s+)?by\s+(?-i:[A-Z])[\w.-]+(?:\s+(?-i:[A-Z])[\w.-]+)?|view\s+the\s+full\s+[\w ,]{1,60}\s+on\s+the\s+.{1,120}|"
    r"this\s+(?:live\s+blog|article|story|report|piece)\s+was\s+(?:produced|written|funded|published)\s+(?:as\s+part\s+of|in\s+partnership\s+with|"
    r"with\s+(?:support|funding)\s+from)\b.{0,250}|"
    # A results page's download row and sponsor, a calendar link, a sponsors' thanks, a programme's
    # update and change note, a review list's counter, a forum thread's starter line, a concert's
    # phones notice, a volunteering forward prompt. ("Last updated <date> by the <officer>" is the
    # update credit above.)
    r"full\s+[\w'’ -]{0,40}results\b.{0,60}:\s*.{1,200}|[\w-]+\s+sponsors?\s*:.{1,300}|add\s+(?:\w+\s+){0,2}to\s+(?:your\s+)?calendar(?:\s*\([^)]{1,30}\))?|"
    r"with\s+thanks\s+to\s+(?:our\s+)?(?:sponsors|partners|supporters)\s*:.{1,300}|"
    r"last\s+updated\s+" + _PAGE_DATE + r"\.\s+.{0,200}\bsubject\s+to\s+change\b.{0,100}|"
    r"showing\s+\d+(?:\s*[–-]\s*\d+)?\s+of\s+[\d,]+\s+(?:reviews|results|comments|items|products)\b.{0,80}|"
    r"thread\s+starter\s+\S+.{0,200}|"
    r"please\s+(?:switch|turn)\s+off\s+(?:your\s+)?(?:mobile\s+)?phones\b.{0,250}|know\s+someone\s+who\b[^?]{0,80}\?\s*(?:forward|share|send)\b.{0,200}|"
    # A booking line, a page's review credit, a club's meeting and joining lines, a listing's
    # publisher and supplier notes, an investment page's figures note, information box and
    # trading name, a discussion's closing time, an alert's number, a form's send button, a
    # discount pitch, a café's contact line.
    r"book\s+online\s+or\s+call\s+\+?\d[\d ()-]{6,}\d.{0,60}|last\s+reviewed\s+.{1,40}?\s+by\s+(?:the\s+)?.{1,80}|next\s+meeting\s*:.{1,250}|"
    r"join\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,3}(?:association|club|society|union|group|network|trust|friends)[.!]\s+membership\b.{0,250}|join\s+(?-i:[A-Z][\w&-]*)(?:\s+(?-i:[A-Z][\w&-]*)){0,2}\s+today\b.{0,100}|"
    r"register\s+your\s+interest\b.{0,100}|register\s+for\s+your\s+[\w ]{1,30}|listed\s+by\s+(?-i:[A-Z]).{1,60}|"
    r"(?:event\s+)?(?:details|information|listings)\s+(?:are|is)\s+(?:supplied|provided)\s+by\s+the\s+(?:organisers?|venue|promoters?)\b.{0,250}|"
    # (the notice's own sentence: what follows it, "Prices correct as of March 2025. Materials
    # are charged at cost.", is the page's)
    r"(?:figures|prices|data)\s+(?:are\s+)?correct\s+as\s+(?:at|of)\b[^.!?]{0,120}[.!]?|important\s+information\s*:.{1,400}|"
    r"this\s+discussion\s+is\s+(?:now\s+)?(?:open|closed)\b.{0,250}|alert\s+\d{1,3}/\d{4}\b.{0,120}|send\s+(?:enquiry|message|request)|"
    r"get\s+\d{1,2}\s?%\s+off\b.{0,250}|"
    r"call\s+(?:the\s+)?[\w'’ ]{1,30}\s+on\s+\+?\d[\d ()-]{6,}\d\s+or\s+e-?mail\s+[\w.+-]+@[\w-]+\.[\w.]+.{0,100}|"
    # A member's and a saver's prompts, a crowdfunding update's number, a gallery link, a guide's
    # template buttons and cross-sell, a mailing-list pitch.
    r"already\s+(?:renewed|registered|a\s+member|booked|subscribed)\?.{0,200}|questions\?\s+.{0,120}\b(?:e-?mail|call|contact)\b.{0,150}|"
    r"ready\s+to\s+(?:open|apply|book|join|switch|start)\b[^?]{0,60}\?.{0,250}|update\s*#\s*\d+(?:\s*[·•|]\s*[^·•|]{1,30})?|"
    r"see\s+(?:our|the)\s+(?:full\s+)?gallery\b.{0,100}|copy\s+(?:template|text|link|code)|"
    r"download\s+as\s+(?:a\s+)?(?:word\s+document|pdf|docx?)\b(?:\s*\([^)]{1,20}\))?|switch\s+and\s+save\s*:.{1,250}|"
    r"join\s+our\s+mailing\s+list\b.{0,250}|"
    # (after a short call: "Stay in tune! Join our mailing list for concert news ...")
    r"(?:stay|keep)\s+in\s+(?:tune|touch|the\s+loop)!\s+join\s+our\s+mailing\s+list\b.{0,250}|"
    # A booking button of a few words ("Book a walk", "Book a free taster session"), a list's
    # "Load 158 more comments" / "Load more incidents", a forum commenter with the comment's age
    # ("u/quietlybuilding · 8h", "u/Council_Comms · Official · 6h"), a search box's placeholder
    # ("Search halls, universities or cities"), a review site's disclaimer and its editors' note,
    # a charity's other ways to help ("Other ways to get involved: Volunteer ... · Fundraise ...").
    r"book\s+(?:a|an|your)\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+(?:\s+(?:at|in|with)\s+(?:our\s+|the\s+)?[^.!?]{1,40})?\s*[→»]?|"
    r"(?:load|show|view|see)\s+(?:[\d,]+\s+)?more\s+(?:[\w'’-]+\s*){1,3}(?:\(\d[\d,]*\))?|"
    r"u/[\w-]{2,40}(?:\s*[·•]\s*(?-i:[A-Z])[\w ]{1,20})?\s*[·•]\s*\d{1,2}\s*(?:m|h|d|w|mo|y|mins?|hrs?)(?:\s+ago)?|"
    r"search\s+[\w'’-]+(?:\s+[\w'’-]+)?(?:,\s*[\w'’-]+(?:\s+[\w'’-]+)?)+,?\s+or\s+[\w'’-]+(?:\s+[\w'’-]+)?|"
    r"reviews\s+(?:are|reflect|represent)\s+the\s+(?:personal\s+|own\s+)?(?:opinions?|views?)\s+of\b.{0,250}|"
    r"information\s+(?:provided|supplied)\s+by\s+[^.]{1,60}\.\s+last\s+(?:checked|updated|reviewed)\b.{0,60}|"
    # the label a copied page keeps of a comments embed; a photo link ("View photographs from
    # the day").
    r"facebook\s+comments\s+plugin|(?:view|see)\s+(?:the\s+|our\s+|more\s+)?(?:photos|photographs|pictures)\s+(?:from|of)\s+[^.!?]{1,40}|"
    # a ticker's other story ("Breaking: Flood warnings in place for <river>", "Travel update:
    # Roadworks on Mill Lane extended until Friday"; "BREAKING  <item>", its label set off by a gap).
    # An embed that failed to load ("Sorry, we couldn't load this post. View on X").
    r"sorry,?\s+(?:we|this\s+\w+)\s+(?:couldn['’]t|could\s+not|can['’]t|cannot)\s+(?:load|display|show|be\s+(?:loaded|displayed|shown))(?:\s+(?:this|the)\s+(?:post|content|video|tweet|embed|image))?\b[^.!?]{0,20}[.!]?(?:\s+(?:view|see|watch)\s+(?:it\s+)?on\s+[\w.]+)?|"
    # (a banner's "LATEST: <item>", in capitals only: "Latest: ..." may open a live page's entry)
    r"(?:breaking|travel\s+update|(?-i:LATEST))(?:\s*:\s+|(?-i:(?<=BREAKING))[ \t]{2,})[^.!?]{5,120}|"
    # A report button ("Report it online", "Report a pothole online"); a review page's rating
    # key ("Ratings: ★★★★ extraordinary; ★★★ excellent; ..."); an affiliate notice; a shop
    # button ("Buy the book").
    r"report\s+(?:an?\s+[\w-]+|it)\s+online|ratings?\s*:\s*[★☆]+\s+[\w ]{1,30}[;,].{1,250}|"
    r"affiliate\s+(?:notice|disclosure)\s*:.{1,300}|buy\s+(?:the|this)\s+(?:book|album|record|tickets?)|"
    # A results page's pointer ("Full results and series standings are on the Results page.").
    r"full\s+(?:results|tables|rankings|standings|scorecards?|layout\s+list)\b[^.!?]{0,80}?\s(?:are\s+)?(?:available\s+)?(?:on|at)\s+the\s+"
    r"[^.!?]{1,60}?\b(?:page|website|site)\.?|"
    # A forum reply's time ("Replied 18 Sep, 21:14"); an office's number ("Call our <Town> office:
    # 01632 ..."); a note on how the piece was made ("This article was produced under the <Local
    # News> Partnership.", "This transcript was produced automatically ..."); a reader-photo
    # call ("Want to see your photo here? Upload it at ..."); a group link ("Join the <Club> on
    # Facebook"); a guestbook's counter ("Showing 4 of 23 tributes") and results link ("See all
    # <Town> results"); a comment list's sort label.
    r"replied\s+(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})(?:,?\s*\d{4})?(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?|"
    r"call\s+(?:our|the|us)\b[^:.!?]{0,40}:\s*\+?\d[\d ()-]{6,}\d(?:\s*[·•|]\s*[^·•|\n.!?]{1,30}){0,2}|"
    r"this\s+(?:article|story|piece)\s+(?:was|is)\s+(?:produced|written|published|funded|supported)\s+(?:under|through|as\s+part\s+of|"
    r"with\s+(?:the\s+)?(?:support|funding)\s+(?:of|from))\b.{0,250}|"
    r"this\s+transcript\s+(?:was|has\s+been|is)\b.{0,300}|"
    r"want\s+to\s+see\s+your\s+(?:photos?|pictures?|work|story)\s+(?:here|featured|in\s+print)\?.{0,400}|"
    r"join\s+(?:the|our)\s+[\w'’ ]{1,40}?\s+on\s+(?:facebook|instagram|x|twitter|whatsapp|discord|linkedin)\.?|"
    r"showing\s+\d+(?:\s*[–-]\s*\d+)?\s+of\s+[\d,]+\s+\w+|see\s+all\s+(?:[\w'’-]+\s+){0,3}(?:results|tributes|reviews|photos|events)|"
    r"(?:newest|oldest)\s+first|"
    # A help box's heading ("Still have a question?"), buttons ("Invest now", "Sign the <name>
    # petition"), a search box ("Search reviews…"), shop and store links ("Buy this book from
    # your local bookshop · ...", "Download on the App Store | Get it on Google Play"), a
    # newsletter's pager ("Previous issue: <title> | Next issue: <title>"), a comment gate ("Log
    # in with your <Uni> account to comment."), a call for reviewers ("Want to be a <Site>
    # reviewer? ...").
    r"still\s+have\s+(?:a\s+)?questions?\??|(?:invest|donate|pledge|buy\s+shares)\s+now|sign\s+(?:the|our)\s+(?:[\w'’ -]{1,40}\s+)?petition(?:\s*:\s*[^.!?]{1,80})?|"
    r"search\s+[\w'’ ]{1,30}(?:…|\.\.\.)|buy\s+(?:this|the)\s+(?:book|album|record|film|game)\s+from\b.{0,150}|"
    r"download\s+on\s+the\s+app\s+store\b.{0,80}|get\s+it\s+on\s+google\s+play\b.{0,40}|"
    r"previous\s+(?:issue|post|article|episode|edition)\s*:[^|·•]{1,80}(?:[|·•]\s*next\s+(?:issue|post|article|episode|edition)\s*:.{1,80})?|"
    r"log\s+in\b.{0,60}\bto\s+(?:comment|reply|join\s+the\s+(?:conversation|discussion))\.?(?:\s+please\s+read\s+our\b[^.!?]{0,100}\.?)?|"
    r"want\s+to\s+(?:be|become)\s+an?\s+[\w'’ -]{1,40}\?.{0,250}|"
    # A box's heading over the page's own blurb ("About the speaker", "About this project").
    r"about\s+(?:the|this|our)\s+(?:speakers?|presenters?|projects?|charity|book|authors?|artists?|hosts?|writers?|events?|show|club)|"
    r"(?:customer|guest|client|visitor)\s+reviews|"
    # A crowdfunding risk warning ("Capital at risk. Investing in a small business ..."); a
    # charity's ways to help ("How you can help: Donate food | Give money | ..."); buttons
    # ("Apply online for school transport", "Speak to a lettings adviser").
    r"capital\s+at\s+risk\b.{0,400}|how\s+(?:you\s+can|to)\s+help\s*:.{1,200}|apply\s+online\s+for\s+[\w'’ -]{1,40}|"
    r"speak\s+to\s+(?:a|an|one\s+of\s+our)\s+[\w'’ -]{0,30}?(?:adviser|advisor|expert|specialist|agent|consultant)|"
    # A bulletin board's chrome: a post's header ("by <user> » Mon 3 Mar 2025, 07:48"), its
    # buttons and boxes ("Post Reply", "Display posts from previous: ...", "Who is online: ...");
    # a phone line ("Call or text: 07700 900318"); a text-size control ("Text size: A A A").
    r"by\s+\S[^»\n]{0,40}?\s*»\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?\d{1,2}\s+[a-z]{3,9}\s+\d{4},?\s+\d{1,2}:\d{2}(?:\s*[ap]m)?|"
    r"post\s+(?:a\s+)?reply|display\s+posts\s+from\s+previous\b.{0,200}|who\s+is\s+online\s*[:?].{0,200}|"
    r"(?:call|phone)\s+or\s+text(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*:?\s*\+?\d[\d ()-]{6,}\d(?:\s*\([^()]{1,80}\))?(?:\s*[·•|]\s*.{1,120})?|text\s+size\s*:.{0,30}|"
    # More buttons and boxes: "Search courses", "Or call us on 01632 ...", "Join the union",
    # "Members' comments (5)", "Read the full report: <sections>", a filter row ending in its button,
    # a shop's "Add the April Mixed Case to your basket".
    r"add\s+(?:the\s+|a\s+|this\s+)?[^.!?]{1,60}?\s+to\s+(?:your\s+)?(?:basket|bag|cart|trolley)|"
    # Online-service buttons ("Apply for Housing Benefit online", "Report a lost item online"), an
    # embed's "View profile", a review form ("Leave a review: Your rating ☆☆☆☆☆ | Your name | ...").
    r"apply\s+(?:for\s+)?[^.!?]{1,40}?\s+online|report\s+(?:(?:a|an)\s+)?[\w'’ -]{1,30}?\s+(?:online|now)|view\s+profile|"
    # a booking bar ("Book Now · Call us on 01632 ... · Open 8am–6pm daily") or button with its
    # price ("Book now – £7.50"), a price link ("Check prices for Hotel Lantern")
    r"book\s+now\s*(?:[·•|]|[–—-](?=\s*£)).{1,150}|check\s+(?:the\s+)?(?:latest\s+)?prices?\s+(?:for|at|on)\s+[^.!?]{1,60}|"
    r"check\s+availability(?:\s*(?:&|and)\s*book(?:\s+online|\s+now)?)?|check\s+if\s+you\s+(?:qualify|are\s+eligible|can\s+(?:get|claim|apply))\b[^.!?]{0,60}|"
    # gallery links ("View the full-size images on Flickr"), support asks ("If you found this review
    # useful, you can buy me a coffee ..."), a recipe's ask ("Did you make this recipe? Tag ..."),
    # a service's start button ("Start now: report a street light fault"), a sales ask ("Ready to
    # take the next step? Book a free mortgage appointment ...").
    r"view\s+(?:the\s+)?(?:full-size\s+)?(?:images|photos|pictures|gallery)\s+(?:on|from|of)\b[^.!?]{1,80}|"
    r"if\s+you\s+found\s+this(?:\s+[\w ]{1,20}?)?\s+(?:useful|helpful)\b.{0,200}|did\s+you\s+make\s+this\s+(?:recipe|dish|bake)\?.{0,200}|"
    r"start\s+now(?:\s*[:–—-]\s*[^.!?]{1,80})?|ready\s+to\s+[\w' ]{1,30}\?\s+(?:book|call|contact|apply|get|start|speak)\b.{0,200}|"
    # a shop button with its price ("Shop Ayacana Lot 7 – £13.50")
    r"shop\s+[^.!?]{1,60}?\s[–—-]\s*[£$€]\d[\d.,]*|"
    r"leave\s+a\s+(?:review|comment|reply|rating)\s*:.{1,200}|"
    # (or the button alone under the reviews: "Leave a review", "Leave us a review on Google")
    r"(?:leave|write|add)\s+(?:us\s+)?a\s+(?:review|rating)(?:\s+on\s+[\w.]+)?|"
    # "Enter online"; a help box ("Still have a question? Chat to our Smart Home team, 8am to 8pm").
    r"enter\s+online|still\s+have\s+(?:a\s+|any\s+)?questions?\?\s+.{1,200}|"
    # A newsletter's sign-off ("See you at the table!").
    r"see\s+you\s+(?:at|in|on|there|next)\b[^.?!]{0,40}!|"
    # A comments box's buttons ("Show all 9 comments", "Submit comment"), an app pitch ("Get the
    # <Operator> app for live train times ..."), a sharing ask ("Found this useful? Pin it ...").
    r"was\s+this\s+(?:review\s+|answer\s+|page\s+)?(?:helpful|useful)\?(?:\s*yes\s*\(\d+\)\s*[·•|]?\s*no\s*\(\d+\))?|"
    r"show\s+all\s+[\d,]+\s+(?:comments|replies|reviews|answers)|submit\s+(?:a\s+|your\s+)?(?:comment|review|question|letter|entry)|"
    r"get\s+the\s+[\w'’& -]{1,30}\s+app\b.{0,200}|found\s+this\s+(?:useful|helpful)\?\s+.{1,200}|"
    # and a site's search box by its name ("Search Pellmore"), a programme's letters address
    # ("Write to Sunday Mailbag"), a programme's byline ("Presented by <Name> | Sundays 10:00 ...").
    r"search\s+(?-i:[A-Z])[\w'’&-]+|write\s+to\s+(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,3}|"
    r"presented\s+by\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}(?:\s*[|·•]\s*.{1,150})?|"
    r"search\s+(?:courses|clubs|fixtures|news|jobs|events|articles|stories|products|reviews|listings|results|notices|recipes)"
    r"(?:(?:,\s*|\s+and\s+|\s+or\s+)(?:courses|clubs|fixtures|news|jobs|events|articles|stories|products|reviews|listings|results|notices|recipes))*|"
    r"or\s+call\s+(?:us\s+)?(?:on\s+)?\+?\d[\d ()-]{6,}\d\.?|join\s+(?:the|our)\s+(?:union|club|society|association|campaign)(?:\s+(?:today|now))?|"
    r"(?:members|readers)['’]?\s+comments\s*\(\d+\)|read\s+the\s+full\s+(?:(?:report|accounts|review)\s*:.{1,300}|"
    r"(?:report|statement|judgment|judgement|decision|findings)\s+(?:on|at)\s+(?:the\s+)?[^.!?]{1,60}\.?)|"
    r"[^|]{1,40}:\s*[^|]{1,40}(?:\s*\|\s*[^|]{1,40}:\s*[^|]{1,40})+\s*\|\s*apply\s+filters?|"
    # Helplines and sign-ups: "Helpline: 0300 ... (Monday to Friday, ...)", "Call our helpline on
    # ... or start a webchat", "Follow the <Team> on X: @handle", "Newsletter: Sign up for ...",
    # "Request our free legacy guide", "Adopt a red panda from £40 – ...", "Please enjoy <gin>
    # responsibly. ...", a letters page's "Name and address supplied".
    r"helpline\s*:\s*\+?\d[\d ]{6,}\d.{0,80}|call\s+our\s+(?:[\w-]+\s+)?(?:helpline|advice\s+line)\s+on\s+\+?\d[\d ]{6,}\d.{0,120}|"
    r"follow\s+(?:the\s+|us\s+|our\s+)?[^:]{0,60}?\s*on\s+(?:x|twitter|facebook|instagram|bluesky|threads)\s*:\s*@[\w.]{2,40}|"
    r"newsletter\s*:\s*sign\s+up\b.{0,150}|request\s+(?:a|our|your)\s+free\s+[\w ]{1,30}?(?:guide|pack|brochure)\b.{0,60}|"
    r"adopt\s+an?\s+[\w ]{1,30}\s+from\s+[£$€]\d.{0,200}|please\s+enjoy\s+(?:[^.]{1,40}\s+)?responsibly\b.{0,250}|name\s+and\s+address\s+supplied(?:,\s+(?-i:[A-Z])[\w'’ -]{1,30})?\.?|"
    # Links and boxes: "Find out about volunteering", "Member Login", "On this page", "Similar
    # threads: ...", "Follow <Name>: @handle", and calls for readers' stories and pictures
    # ("Want to share your own story? ...", "Have a weather photo? Send it ...").
    r"find\s+out\s+(?:more\s+)?about\s+[^.!?]{1,60}|members?['’]?\s+log\s?in|"
    r"similar\s+(?:threads|posts|questions|articles)\s*:.{1,300}|follow\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s*:\s*@[\w.]{2,40}|"
    r"want\s+to\s+share\s+your\s+(?:own\s+)?(?:story|experience|photos?|pictures?)\?.{0,250}|"
    # A status page's incident line ("Incident HCF-2291 · Opened <date> · Last updated ..."); a
    # venue's opening line ("Open today 10:00 am – 5:00 pm · <address>"); membership buttons
    # ("Join Now", "Give a Gift Membership"); a live page's byline ("Live text commentary by
    # <Name>"); a directory's search line ("Search: plumber in <Town>").
    r"incident\s+[A-Z0-9][\w-]{2,}\s*[·•|].{0,200}|open\s+today\s+\d.{0,150}|(?:join|enrol|enroll)\s+(?:now|today)|give\s+a\s+gift\s+membership|"
    r"live\s+(?:text\s+)?(?:commentary|coverage|blog|updates)\s+by\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}|search\s*:\s*[^.!?]{1,60}|"
    r"have\s+an?\s+(?:[\w'’ ]{1,30}\s+)?(?:photos?|pictures?|story|tip|event|opinion|view)(?:\s+[\w'’ ]{1,40})?\?\s+(?:send|email|e-mail|upload|share|tell)\b.{0,250}|"
    # An outlet's note on where its code is ("Our editorial code and complaints procedure are
    # published on our Standards page. ...").
    r"our\s+(?:editorial\s+)?(?:code|standards|complaints\s+(?:policy|procedure))\b[^.!?]{0,80}\b(?:is|are)\s+(?:published|available|set\s+out)\b.{0,250})$", re.I)
_LEAD_WORDS = frozenset(
    "notify availability proudly sorry exact stay who place we about what where meet things blog check message to pin email e got don basket cart trolley shortlist wishlist wish saved favourites favorites prefer read see view pinned chapters screen screenshot screenshots screengrab screengrabs some links this apply save "
    "report only show adapted extracted excerpted taken go share shop showing first published appeared get write "
    "thank thanks accept reject decline manage change sort lead contact officer latest earlier previous update "
    "original pin contents puzzle quiz problem our ref reference case request add support open free book have got "
    "compare prices price started reactions you upgrade already discover over register join start take "
    "complete download photo image picture slide buy reprint reprints next check could signed search after "
    "asked answered edited modified not listen renew sign images cgi cgis watch reserve still popular neutral "
    "with rated rate forward tickets ticket season box be ready make find my do limited few last members website "
    "site crypto cryptoassets sponsored call mon tue wed thu fri sat sun if help volunteer cautionary listing "
    "property advert job vacancy marketed dated order jump print pin nutrition nutritional "
    "never references external notes further bibliography sources citations article main text message please "
    "pre good morning afternoon evening hi hello hey cheers uin grouped question vote follow updated become gift "
    "tickets key visit statistical release table ends event public quantity reply log talk review reviewed words "
    "interview how keep subscribe ready calls styling hair make photography grooming set page posted status respond "
    "watch sponsors sponsor gallery out didn official recent enjoyed these submit about marshals volunteers helpers "
    "stewards loans loan offers offer rates rate credit finance powered full league club main headline title kit race "
    "event gold with thread know send listed figures data important alert details information listings questions copy "
    "enrol enroll presented found was leave enter did switch load u reviews facebook breaking latest travel full ratings affiliate replied want showing newest oldest still invest donate pledge customer guest client visitor capital speak by post display who text find member members similar incident give live or readers season phone helpline newsletter adopt name".split())
_FIRST_WORD = re.compile(r"[a-z]+")
#: A photo's credit in brackets closing its caption ("(Image: <Photographer> / <Paper>)", "(Photo
#: courtesy of the family)"); `slant.structure` reads the caption before it.
PHOTO_CREDIT_IN_BRACKETS = (r"\((?:(?:reader['’]?s?|staff)\s+)?(?:photo|image|picture)s?\s*(?::|(?:by|credit|courtesy)\b)"
                            r"[^)]{0,80}\)\.?")
#: The widget shapes that may open with any text ("... in the comments below", "... All rights
#: reserved", a trailing photo credit or agency credit). Kept apart from `_WIDGET` because trying
#: them costs a backtracking scan of the line, and tried only on a line holding a literal that
#: one of them needs (see `_widget_match`): ``_WIDGET.match(x) or _WIDGET_TAIL.match(x)`` is
#: exactly the one pattern with all the alternatives.
_WIDGET_TAIL = re.compile(
    r"^(?:.{0,80}\b(?:in|to)\s+the\s+comments?(?:\s+(?:section|below))?\s*[.!]?|"
    # (a gallery's counter: "1 / 24")
    r"\d{1,3}\s+/\s+\d{1,3}|"
    r".{0,100}all\s+rights\s+reserved\.?|"
    r".{0,200}" + PHOTO_CREDIT_IN_BRACKETS + r"|"
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
    r"^(?:(?:this(?:\s+week['’]s)?|today['’]s)\s+(?:story|article|report|newsletter|edition|issue|quiz|puzzle|crossword)|(?:the\s+|today['’]s\s+)?"
    r"[\w'’ -]{0,30}(?:newsletter|briefing|digest|edition|roundup))\s+(?:is|was)\s+(?:written|compiled|"
    r"produced|edited|curated)\s+by\s+(?-i:[A-Z])[\w.'’ -]{1,40}?(?:,?\s+and\s+(?:edited|produced|"
    r"compiled)\s+by\s+(?-i:[A-Z])[\w.'’ -]{1,40}?)?\.?$", re.I)
#: An affiliate notice by name ("BlockPulse may receive a commission when you sign up ...", "Buy
#: from our partner bookshop – <Site> may earn a small commission").
_NAMED_AFFILIATE = re.compile(r"^(?:(?:if|when)\s+you\s+\w+[^,]{0,60},\s*|buy\s+(?:it\s+|a\s+copy\s+)?(?:from|at)\s+[^–—]{1,60}\s[–—]\s+)?(?:we|(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3})\s+(?:may\s+)?"
                              r"(?:earn|receive)\s+(?:an?\s+)?(?:small\s+)?(?:commission|affiliate|"
                              r"share\s+of\s+sales)\b.{0,160}$", re.I)
#: A humour site's notice ("The Daily Shrug is a satirical publication. All stories are fiction
#: ...").
_SATIRE_NOTICE = re.compile(r"^(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4}\s+is\s+a\s+"
                            r"satirical\s+(?:publication|site|website|newspaper|news\s+site)\b.{0,300}$|"
                            r"^(?:any|all)\s+resemblance\s+to\s+real\b.{0,200}$", re.I)
#: A site's funding notice ("TechBench is supported by its audience.").
_AUDIENCE_SUPPORTED = re.compile(r"^.{1,40}\bis\s+(?:independent\s+and\s+)?(?:supported|funded)\s+by\s+(?:its|our)\s+(?:audience|readers)\b"
                                 r".{0,80}$|^.{1,40}\bis\s+(?:reader|audience)-supported\b.{0,250}$|"
                                 # "<Site> is run by two people and funded by its readers. ...", "<Site> is free
                                 # to read and funded by readers like you."
                                 r"^[^.]{1,80}\b(?:funded|supported)\s+(?:entirely\s+|largely\s+)?by\s+(?:(?:its|our)\s+readers\b|"
                                 r"readers(?:\s+like\s+you\b|\s*[.!](?:\s|$))).{0,300}$", re.I)
#: A listing's legal notices: fair housing, "information deemed reliable but not guaranteed".
_LISTING_NOTICE = re.compile(r"^.{0,80}\b(?:committed\s+to\s+the\s+letter\s+and\s+spirit\b.{0,80}\bhousing|"
                             r"equal\s+housing\s+opportunity|(?:is\s+)?deemed\s+reliable\s+but\s+not\s+guaranteed|"
                             r"we\s+do\s+not\s+discriminate)"
                             r"\b.{0,400}$", re.I)
_ALERT_SIGNUP = re.compile(r"^[\w ]{1,30}\s+alerts(?:\s+by\s+(?:e-?mail|text|sms))?\s*:\s*sign\s+up\b.{0,160}$|"
                           # "Get new listings first: set up an email alert for 2 bedroom flats in ..."
                           r"^[^.!?]{0,60}?\bset\s+up\s+(?:an?\s+)?(?:e-?mail\s+|job\s+|property\s+)?alert\b.{0,160}$", re.I)
#: A picture's credit, alone or after a caption of a few words ("Rowan Fellows. Photograph: Sam
#: Ockley for the Gazette"; a caption that is a sentence is content, and labellers read it so),
#: and a postal address "c/o" someone ("Alder Hill Residents' Association, c/o 14 Vicarage Road").
_PHOTO_CREDIT = re.compile(r"^(?:[^.!?\s]+(?:\s+[^.!?\s]+){0,4}[.!?]\s+)?(?:photograph|photo|picture|image|illustration)s?"
                           r"\s*(?::|by\b)\s*(?!" + _PICTURE_DESCRIPTION + r")(?-i:[A-Z])[^.!?]{1,80}\.?$", re.I)
_CARE_OF = re.compile(r"^[^.!?]{1,80}(?:,|\s[·•|])\s*c/o\s+[^.!?]{1,100}$", re.I)
#: A form's empty fields: "Your first name or pseudonym [          ]  Your question [          ]".
#: A sign-up box's one field with its button ("Email address [ Subscribe ]"), or with the button
#: bare after the empty field ("Email address [      ] Subscribe").
_SIGNUP_FIELD = re.compile(r"^[^\[\]]{1,30}\[\s*(?i:subscribe|sign\s+up|submit|send|go|search|join)\s*\]$|"
                           # (the button may be in brackets too: "[Your email]  [Subscribe]")
                           r"^[^\[\]]{0,80}\[[^\[\]]{0,24}\]\s*(?:(?i:subscribe|sign\s+up|submit|send|go|search|join|check|find)|"
                           r"\[\s*(?i:subscribe|sign\s+up|submit|send|go|join|follow)\s*\])$")
_FORM_FIELDS = re.compile(r"^(?:[^\[\]]{1,60}\[\s*\]\s*){2,}[^\[\]]{0,40}(?:\[[^\[\]]{1,20}\])?$|" + _SIGNUP_FIELD.pattern)
#: A reader poll's options: "( ) Her best yet  ( ) Good, not great  ( ) Disappointing".
_POLL_OPTIONS = re.compile(r"^(?:(?:\(\s?\)|○|◯|☐|\[\s?\])\s*[^()○◯☐\[\]]{1,40}){2,}(?:\[[^\[\]]{1,20}\])?"
                           r"(?:\s+(?:view|see)\s+results)?$", re.I)
#: A shopping box's price line: "Kestrel DualDrive 256GB — $29.99 at Amazon | Check price".
#: A roundup's price buttons: "£59.00 at Currfield – Buy at Currfield | £62.99 at Brightlane – Buy at ...".
_PRICE_BUTTONS = re.compile(r"^(?:[$£€]\d[\d.,]*\s+at\s+[^|–—-]{1,40}?\s*[–—-]\s*(?:buy|shop|see\s+deal)\s+at\s+[^|]{1,40}?\s*(?:\||$)\s*)+$",
                            re.I)
_PRICE_AT_RETAILER = re.compile(
    # A price button alone: "£169 at Vellum Store".
    r"^[$£€]\d[\d.,]*\s+at\s+(?-i:[A-Z])[\w&'’ .-]{1,40}$|"
    # A booking box's deals: "Deals from £92 per night · Stayzio £92 · Hotelpoint £96".
    r"^deals?\s+from\s+[$£€]\d[\d.,]*(?:\s+(?:per|a)\s+(?:night|person|room))?\s*[·•|]\s*.{0,200}$|"
    # A buying link with the price and the shop in brackets: "Buy <Product> (£24, example.co.uk)".
    r"^buy\s+[^.!?()]{1,80}\([$£€]\d[\d.,]*,\s*[^()]{1,60}\)$|"
    r"^[^.!?|]{1,80}?(?:\s[—–-]\s*|,\s+)[$£€]\d[\d.,]*\s+(?:at|from)\s+(?-i:[A-Z])[^.|]{0,40}?"
    r"(?:\s*\|\s*(?:(?:check|see|compare)\s+prices?|(?:buy|shop)\s+now|(?:see|view|get)\s+(?:the\s+)?deal))?\s*$",
    re.I)
#: A shopping box's item with its price and button: "SunLeaf D3, 90 gummies — £8.99 — Best value —
#: Buy now at Healthmart".
_PRICE_THEN_BUY = re.compile(
    r"^[^.!?|]{1,80}?\s[—–|-]\s*[$£€]\d[\d.,]*(?:\s*[—–|-]\s*[^—–|]{1,30})*?\s*[—–|-]\s*"
    r"(?:buy|shop|order)(?:\s+(?:it|now|here))?(?:\s+(?:at|from|on)\s+(?-i:[A-Z])[^.|]{0,40})?\s*$", re.I)
#: A reader poll's result for one option: "Yes – 2,814 votes (63%)". An election's result has the
#: same shape, so it counts only beside the poll's own furniture (see ``structure``).
_POLL_RESULT = re.compile(r"^[\w'’ ,.()-]{1,40}?\s*[–—-]\s*(?:[\d,]+\s+votes?(?:\s*\(\d{1,3}(?:\.\d)?\s*%\))?|"
                          # or its share alone ("Only from May to September — 19%")
                          r"\d{1,3}(?:\.\d)?\s*%)$", re.I)
#: Widget shapes that open with any text, each tried only on a line holding its literal (see
#: `_widget_match`): a charity's registration ("Hearth & Home is a registered charity (No.
#: 1187342).", "... a registered charity in England and Wales, no. 1187342."), a share prompt after a question ("Enjoyed this? Share it with someone who ...:",
#: "How did you do? Share your score:"), a column's notice ("Maggie regrets she cannot reply to
#: every letter personally.").
_CHARITY_NUMBER = re.compile(r"^[^.!?]{1,60}\bis\s+a\s+registered\s+charity(?:\s+in\s+(?:England(?:\s+and\s+Wales)?|Scotland|Wales|Northern\s+Ireland))?"
                             r"\s*[,(]?\s*(?:no\.?|number|reg(?:istered)?\.?"
                             r"\s+no\.?)\s*\d{5,8}\)?.{0,300}$|"
                             # (without its number, perhaps with its address: "... is a registered
                             # charity in England and Wales. Correspondence: c/o ...")
                             r"^[^.!?]{1,60}\bis\s+a\s+registered\s+charity(?:\s+in\s+(?:England(?:\s+and\s+Wales)?|Scotland|Wales|Northern\s+Ireland)|"
                             r"\s+run\s+(?:entirely\s+)?by\s+volunteers)\."
                             r"(?:\s+(?:correspondence|registered\s+office|address|post)\s*:[^!?]{1,200})?$|"
                             # a society's registration ("... is a registered community benefit
                             # society, no. 30417R. ...")
                             r"^[^.!?]{1,80}\bis\s+a\s+registered\s+(?:community\s+benefit\s+|co-?operative\s+|friendly\s+)society\s*[,(]?\s*"
                             r"(?:no\.?|number)\s*\d{4,8}[A-Z]{0,2}\)?.{0,300}$|"
                             # a charity's legal footer ("... is a registered charity and a
                             # company limited by guarantee registered in England ...")
                             r"^.{0,80}\bregistered\s+charity\b.{0,200}\b(?:company\s+limited\s+by\s+guarantee|"
                             r"registered\s+in\s+(?:England|Scotland|Wales))\b.{0,200}$", re.I)
#: The body that runs a venue or service, in its footer ("Operated by <Trust>, a not-for-profit
#: organisation", "Run by <Name> Ltd, a social enterprise").
_OPERATED_BY = re.compile(r"^(?:operated|run|managed)\s+(?:on\s+behalf\s+of\s+[^,]{1,60}\s+)?by\s+(?-i:[A-Z])[^.!?]{1,80},\s+"
                          r"an?\s+(?:not[-\s]for[-\s]profit|registered\s+charity|charitable\s+trust|social\s+enterprise|"
                          r"community\s+interest\s+company|company\s+limited\s+by\s+guarantee)\b[^.!?]{0,80}\.?$", re.I)
#: A paper's footer naming the group that owns it ("Part of Marlgate Media Ltd.", "The <Paper> is
#: part of <Group> Newspapers").
_PART_OF_GROUP = re.compile(r"^(?:(?-i:[A-Z])[\w&'’ .-]{1,60}\s+is\s+)?part\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w&'’ .-]{0,50}?\b"
                            r"(?:media|group|publishing|newspapers|press|publications)(?:\s+(?:ltd|limited|plc|group))?\.?$", re.I)
#: A form's promise under its send button: a reply within a time, and the details kept ("We'll
#: reply within one working day. We never share your details with anyone.", "We reply to every
#: enquiry within one working day. By sending this form you agree ...").
_REPLY_PROMISE = re.compile(r"^(?:we|i)(?:['’]ll|\s+will|\s+aim\s+to|\s+usually)?\s+(?:reply|respond|get\s+back\s+to\s+you)(?:\s+to\s+(?:every|all|your)\s+\w+)?\s+within\s+[^.!?]{1,40}?"
                            r"(?:(?:[.,;]\s*|\s+and\s+)we(?:['’]ll)?\s+(?:never|don['’]t|do\s+not|won['’]t|will\s+not)\s+(?:share|pass|sell|give)\b|"
                            # (or the form's consent: "... By sending this form you agree ...")
                            r"[.,;]\s*by\s+(?:sending|submitting|completing)\s+this\s+form\b|"
                            # (or what the details are for: "... Your details are only used to arrange your sweep.")
                            r"[.,;]\s*your\s+(?:details|information|data)\s+(?:are|is|will\s+be)\s+(?:only\s+)?used\s+to\b)"
                            r"[^!?]{0,160}[.!]?$", re.I)
#: A blog's count of the comments under a post, naming it ("3 responses to “<Title>”"), and a
#: heading over posts copied from the paper's own social page ("From our Facebook page").
_RESPONSES_TO = re.compile(r"^(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:responses?|comments?|repl(?:y|ies)|thoughts)\s+(?:to|on)\s+[“\"‘'].{1,150}[”\"’']$|"
                           r"^(?:from|on)\s+our\s+(?:facebook|instagram|x|twitter|threads|tiktok)\s+page$", re.I)
#: A paper's subscription pitch ("Subscribe to the Chronicle: unlimited access to local news for £1 a
#: week ...") and a site's tip jar ("Enjoy our reviews? Buy us a coffee").
_SUBSCRIBE_PITCH = re.compile(r"^subscribe\s+to\s+(?:the\s+)?(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,3}\s*(?::|–|—|-|\s+for)\s*"
                              r"[^!?]{0,80}?\b(?:unlimited\s+access|e-?edition|[£$€]\d)[^!?]{0,160}$|"
                              # (or asks for support: "Enjoy our reviews? Buy us a coffee", "Enjoyed
                              # this report? <Site> is run by volunteers. Support us on Patreon ...")
                              r"^(?:enjoy|like|love|value)(?:ed|s)?\s+(?:(?:our|this|my|the)\s+)?[\w ]{1,20}\?\s+[^?]{0,120}?\b"
                              r"(?:support\s+(?:us|our\s+work|the\s+site)|donate|become\s+a\s+(?:patron|supporter|member|friend)|"
                              r"buy\s+(?:us|me)\s+a\s+coffee)\b[^?]{0,100}$|"
                              # (or says the site is free to read before asking: "<Site> is free to read
                              # and run by volunteers. If you value ..., please consider supporting us ...")
                              r"^(?:the\s+)?(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,3}\s+is\s+(?:independent|free\s+to\s+read|run\s+by\s+volunteers)\b[^?]{0,160}?"
                              r"\b(?:support(?:ing)?\s+us|donate|become\s+a\s+(?:patron|supporter|member|friend))\b[^?]{0,100}$", re.I)
#: A form's labels run together on one line, two of them marked required ("Your name* Email
#: address* Phone number Moving from (postcode)*"); the last may ask ("Name* Phone* Postcode How
#: can we help?").
_STARRED_FIELDS = re.compile(r"^(?:[A-Z][^*.!?\n]{0,39}\*\s+){2,}(?:[A-Z][^.!?\n]{0,80}\??)?$")
#: A Facebook group's name over its members' posts, as the card shows it ("<Village> Community
#: Noticeboard · Public group", "... · Private group · 3.4K members").
_GROUP_CHROME = re.compile(r"^[^·•|\n]{2,80}?\s*[·•]\s*(?:Public|Private)\s+group(?:\s*[·•]\s*[\d.,]+[KkMm]?\s+members)?$")
_SHARE_PROMPT = re.compile(r"^(?:[\w'’ ]{1,30}\?\s+)?share\s+(?:(?:it|this(?:\s+\w+)?)\s+with\b[^.!?]{0,60}|"
                           # "Made one? Share your finished cowl on our community board with #Tag"
                           r"your\s+(?:[\w'’-]+\s+){0,3}(?:on|with|using)\s+(?:our|us|the)\b.{0,150}|"
                           r"your\s+(?:score|results?)\s*:?.{0,120})$", re.I)
_CANNOT_REPLY = re.compile(r"^(?-i:[A-Z])[\w'’-]*\s+regrets?\s+(?:that\s+)?(?:she|he|they|we|I)\s+(?:cannot|can['’]t|"
                           r"(?:is|are|am)\s+unable\s+to)\s+(?:reply|respond|answer)\b.{0,100}$", re.I)
#: A post's reaction counts under it ("❤️ 164 · 💬 92 replies", "👍 1.2K · 🔁 310").
_REACTION_COUNTS = re.compile(r"^(?:[^\w\s·•|]{1,4}\s*[\d.,]+[KkMm]?(?:\s+(?:replies|comments|likes|shares|reactions|"
                              r"reposts|views))?\s*(?:[·•|]\s*|(?<=\s\s)|$)){2,6}"
                              # (then a link, or a count after its word: "👍 43   💬 7   Shares 2")
                              r"(?:view\s+on\s+\w+|share|(?:shares|comments|reposts|views)\s+[\d.,]+[KkMm]?)?$|"
                              # A Facebook post's footer: its reaction emoji and total, then its
                              # comment and share counts ("❤️👍 486 · 174 comments",
                              # "💙 402 · Comments turned off"), perhaps spaced apart instead
                              # ("👍❤️ 184   63 comments   211 shares"), the emoji perhaps lost
                              # in the copy ("218     63 comments     9 shares").
                              r"^[^\w\s·•|]{0,8}\s*[\d.,]+[KkMm]?(?:(?:\s*[·•|]\s*|\s{2,})(?:[\d.,]+[KkMm]?\s+(?:comments?|shares?|"
                              r"replies|reposts?|views)|comments?\s+(?:turned\s+off|closed|disabled|off)))+$|"
                              # a comment count and the buttons beside it ("💬 212 comments · Share")
                              r"^[^\w\s·•|]{1,4}\s*[\d.,]+[KkMm]?\s+comments?(?:\s*[·•|]\s*(?:share|save|reply|print))+$|"
                              # a neighbourhood app's worded counts behind their icons ("👍 Helpful 31
                              # 💬 9 replies", "❤️ Thank 12 · 💬 Reply 4")
                              r"^(?:[^\w\s·•|]{1,4}\s*(?:(?:helpful|thanks?|likes?|agree|repl(?:y|ies))\s+[\d.,]+[KkMm]?|"
                              r"[\d.,]+[KkMm]?\s+(?:replies|comments|likes|thanks))\s*(?:[·•|]\s*|\s{2,}|$)){2,4}$", re.I)
#: A link button: a short unpunctuated label closed by an arrow ("Shop the Cloud Hybrid →") or
#: a document's "(PDF)" ("Read the ruling (PDF)").
_LINK_BUTTON = re.compile(r"^(?:[^.!?<>]|(?<=\d)\.(?=\d)){1,80}\s*[→»▶►›>]$|"
                          # A promo box closed by its button ("... In association with <firm>.
                          # Save your place ›").
                          r"^.{1,400}[.!?]\s+(?-i:[A-Z])[^.!?]{0,40}\s*[→»▶►›]$|^[^.!?]{1,80}\(\s*(?:pdf|word|docx?|xlsx?|excel|csv|spreadsheet|ods|odt|ics|ical|zip|jpe?g|png|tiff?|mp3|mp4)(?:\s*,\s*[\d.,]+\s*[km]?b)?(?:\s*,\s*\d+\s+pages?)?\s*\)$", re.I)


#: A press release's notes to editors: the paper's DOI, its author list, "... is available for
#: interview", "Images ... are available for use".
_PRESS_NOTE = re.compile(
    r"^(?:\d{1,2}\.\s+)?(?:DOI\s*:\s*10\.\d{4,9}/\S+|Authors?\s*:\s*[A-Z][^:]{1,300}|"
    r"(?-i:[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,4})"
    # "... and the museum's head of conservation, Name, are available for interview"
    r"(?:\s+and\s+(?:the\s+)?[^,.!?]{1,60},\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),)?"
    r"\s+(?:is|are)\s+available\s+for\s+(?:interviews?|comment)\b.{0,160}|"
    r"(?:(?:further|additional|more)\s+)?(?:press\s+)?(?:(?:high-resolution|hi-res)\s+)?(?:[\w-]+\s+){0,2}(?:images?|photos?|photographs|pictures|video)\b.{0,100}\b(?:is|are|can\s+be)\s+"
    r"(?:available\s+(?:for\s+use|to\s+download|on\s+request)|downloaded)\b.{0,240})$", re.I)


#: A document's link with its format and size, after the title ("FOI-2025-0418 Claims data XLSX, 36 KB").
_FILE_LINE = re.compile(r"^[^.!?]{1,120}\s(?:pdf|xlsx?|docx?|csv|ods|odt|zip)\s*,?\s*[\d.,]+\s*[kmg]b$", re.I)


#: A forum post's attached pictures ("IMG_4471.jpg (212.4 KB · Views: 96) | IMG_4473.jpg ..."), a
#: copyright after the product's name ("Forum software © 2010–2024 <Ltd>"), a post's counts and
#: its share button ("142 · 38 · Share").
_ATTACHMENTS = re.compile(r"^(?:[\w.-]{1,60}\.(?:jpe?g|png|gif|webp|pdf)\s*\(\s*[\d.,]+\s*[kmg]b\b[^)]{0,40}\)\s*(?:[|·•,]\s*|$))+$", re.I)
_COPYRIGHT_AFTER = re.compile(r"^[^.!?]{1,60}©\s*(?:\d{4}|(?-i:[A-Z]))[^.!?]{0,100}\.?$", re.I)
_COUNTS_AND_SHARE = re.compile(r"^[\d.,]+[km]?(?:\s*[·•∙|]\s*[\d.,]+[km]?)*\s*[·•∙|]\s*share$", re.I)


#: A contact line of a release or report: "Name, Team | Email: name@example.org | Telephone: ...".
_CONTACT_LINE = re.compile(r"^(?:contact\s*:\s*)?[^|@]{1,60}\|\s*(?:e-?mail\s*:\s*)?[\w.+-]+@[\w-]+\.[\w.]+"
                           r"(?:\s*\|\s*(?:tel(?:ephone)?|phone)\s*:?\s*\+?[\d ()-]{5,20})?\s*$", re.I)


#: An organisation's footer line: its address, then its telephone ("School, Mill Lane, Town
#: FN4 7QD | Tel: 01632 960123 | office@...").
_ADDRESS_LINE = re.compile(r"^[^|·•.!?]{1,120}[|·•]\s*(?:tel(?:ephone)?|phone)\s*:?\s*\+?[\d ()-]{6,20}(?:\s*[|·•]\s*[^|·•]{1,80}){0,5}$", re.I)


#: Promotions and notices that may open with any text, each tried behind its literal (see
#: `_widget_match`): a betting offer closed by its fine print ("NEW CUSTOMER OFFER: ... Full T&Cs
#: apply."), an operator's licence notice ("<Brand> is operated by <Ltd> and licensed by ..."), a
#: valuation or quote advert ("Book a free, no-obligation valuation with ..."), a directory
#: entry with its link ("<Firm>: pallet racking and shelving. View profile"), a sign-up pitch
#: closed by its form ("... Enter your email address. Sign up") or opening with its call ("Don't miss
#: the latest news: sign up to our free daily newsletter").
_TCS_TAIL = re.compile(r"^.{0,400}\b(?:full\s+)?(?:T\s*&\s*Cs|T&C)\s+apply\.?(?:\s+(?:18|21)\+\.?(?:\s+[\w.]{1,30}){0,2})?$", re.I)
_OPERATOR_LICENCE = re.compile(r"^(?-i:[A-Z])[\w&.'’ -]{0,40}\s+is\s+(?:operated|owned|run)\s+by\s+[^.]{1,80}\b"
                               r"(?:licensed|regulated)\s+by\b.{0,300}$", re.I)
_NO_OBLIGATION = re.compile(r"^.{0,200}\b(?:book|call|get|request|arrange|claim)\s+(?:a|your)\s+free,?\s+"
                            r"no[-\s]obligation\b.{0,200}$", re.I)
_DIRECTORY_ENTRY = re.compile(r"^[^.!?:]{1,60}:\s.{1,200}?\s+view\s+(?:full\s+)?(?:profile|listing|details)$", re.I)
_SIGNUP_TAIL = re.compile(r"^.{0,300}(?:[.!?|]|address|e-?mail)\s+(?:sign\s+up|subscribe)(?:\s+(?:now|today|(?:for\s+)?free|here))?[.!]?"
                          # (and its promise: "... Your email address   SUBSCRIBE   No spam, unsubscribe any time.")
                          r"(?:\s+(?:no\s+spam|(?:you\s+can\s+)?unsubscribe)\b[^|]{0,100})?$|"
                          r"^.{0,80}\bsign\s+up\s+(?:to|for)\s+our\b.{0,200}$|"
                          # a box with its form and notice on one line ("Sign up to The Remote: ...
                          # Enter your email address. Sign up. We'll never share your details ...")
                          r"^sign\s+up\s+(?:to|for)\s+.{1,200}?\benter\s+your\s+e-?mail\b.{0,250}$|"
                          # or opening with its name ("Byte Size: our free weekly newsletter ... Enter your email
                          # address. Sign up. You can unsubscribe at any time.")
                          r"^[^.!?]{1,60}:\s+(?:our|a|the)\s+(?:free\s+)?(?:daily|weekly|monthly|fortnightly)?\s*(?:newsletter|briefing|digest|bulletin)\b"
                          r".{0,200}?\benter\s+your\s+e-?mail\b.{0,250}$|"
                          # or "<Name> newsletter: <what it brings>. Enter your email address"
                          r"^[^.!?:]{1,60}\bnewsletter\s*:\s.{0,200}?\benter\s+your\s+e-?mail(?:\s+address)?\b.{0,250}$", re.I)
#: A link line: a label and its address ("Route map and GPX file: example.org/route").
_LINK_LINE = re.compile(r"^[^:]{1,60}:\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/[^\s]*$", re.I)
#: A reporter's location and a colleague's credit at a wire story's end ("Name reported from
#: Kastrel. <Agency> writer Name in Brellin contributed to this report."); a comments notice at
#: the end of a line ("... Comments are open to registered readers ...").
_REPORTED_FROM = re.compile(r"^(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+reported\s+from\s+[^.]{1,40}\.(?:\s.{0,200})?$", re.I)
_COMMENTS_TAIL = re.compile(r"^comments\s+(?:from\s+[\w-]+\s+)?are\s+(?:checked|moderated|reviewed|read)\s+by\b.{0,200}$|"
                            # ("Comments are not open on court reports for legal reasons.")
                            r"^comments\s+are\s+(?:not\s+open|disabled|switched\s+off|turned\s+off)\b.{0,160}$|"
                            r"^.{0,120}\bcomments\s+are\s+(?:now\s+)?(?:open|closed)(?:\s+(?:to\s+(?:registered\s+)?(?:readers|"
                            r"subscribers|members|users)|until\b|for\s+\d|on\s+this\b)|\s*[.!]|$).{0,200}$", re.I)
#: A column's schedule note ("Name's 50 Years Ago column appears every Friday in the Echo ..."), a
#: call for readers' stories or witnesses ("We'd love to hear from you. Email ...", "We would love
#: to feature your big day", "Contact our newsdesk at ...", "Have your say in the comments ..."),
#: a charity's number in a footer ("<Charity>, <address> · Registered charity no. 1187654").
_SCHEDULE_NOTE = re.compile(r"^[^.!?]{0,80}\b(?:column|feature|series|digest|strip|notices|listings)\s+(?:appears?|runs?|(?:is|are)\s+published)\s+"
                            r"(?:[\w ]{1,30}?\s+)?(?:every|each)\b.{0,200}$|"
                            # "Name writes every Saturday. Got something she should learn next? ..."
                            r"^(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+writes\s+(?:here\s+)?(?:every|each)\s+"
                            r"(?:week|fortnight|month|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.{0,200}$", re.I)
#: The wish opens its own sentence: "..., and we would love to hear from you" closes a plea.
_STORY_CALL = re.compile(r"^(?:.{0,120}?[.?!]\s+)?we(?:['’]d|\s+would)\s+(?:love|like)\s+to\s+(?:hear\s+from\s+you|feature\s+your)\b.{0,250}$|"
                         # "Do you work at <Hospital>? Tell us how the changes affect you: news@..."
                         r"^[^.!?]{3,100}\?\s+tell\s+us\b[^.!?]{0,120}?[:,]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$|"
                         r"^.{0,120}\b(?:(?:contact|email|e-mail|call|get\s+in\s+touch\s+with)\s+(?:our|the)\s+newsdesk\s+(?:at|on|by|via|using|through)|have\s+your\s+say\s+in\s+the\s+comments)\b.{0,250}$", re.I)
#: A row of a pattern's or recipe's buttons ("Download the printable PDF with chart | Save to your
#: pattern library"); its licence note ("This pattern is free for personal use. Please don't sell ...").
_ACTION_WORD = r"(?:download|save|print|pin|share|email|add\s+to|jump\s+to|rate\s+this)\b[^|·•\n]{0,50}"
_ACTION_ROW = re.compile(r"^" + _ACTION_WORD + r"(?:\s*[|·•]\s*" + _ACTION_WORD + r"){1,5}$", re.I)
_PERSONAL_USE = re.compile(r"^this\s+(?:pattern|recipe|design|chart|printable|template)\s+is\s+(?:free\s+)?for\s+personal"
                           r"(?:,?\s+non-?commercial)?\s+use\b.{0,250}$", re.I)
#: A trade's registration line ("Gas Safe Register No. 604118 | Member of the <Guild>"); a letters
#: page's submission notes ("Letters should be no more than 300 words ...", "Email the letters desk
#: or write to The Editor, <Paper>, <address>").
_TRADE_REGISTER = re.compile(r"^[\w&'’ -]{2,40}\bregister(?:ed)?\s+(?:no\.?|number)\s*:?\s*\d{4,8}\b.{0,120}$|"
                             # a trade body's membership in a footer row ("Member of the <Guild> · Fully insured ...")
                             # (or a club's: "Member club of the <Association>  ·  Club no. WC0417")
                             r"^member(?:\s+club)?\s+of\s+(?:the\s+)?[^·|•\n.!?]{3,60}?\s*[·|•]\s*(?:[^.!?]|(?<=no)\.){0,160}$|"
                             # a licence's ("Licensed by <Council>, licence no. ABA/2231 · Privacy")
                             r"^licensed\s+by\s+[^.!?]{2,60},\s*licen[cs]e\s+(?:no\.?|number)\s*:?\s*[A-Z]{0,4}[/-]?\d{2,8}\b.{0,160}$", re.I)
_LETTERS_DESK = re.compile(r"^(?:how\s+to\s+write\s+to\s+us\s*:\s*)?(?:letters\s+(?:should|must)\s+(?:be\s+)?(?:no\s+(?:more|longer)\s+than|under|kept\s+(?:to|under))\s+\d+\s+words\b|"
                           r"e-?mail\s+(?:the\s+)?letters\s+desk\b|write\s+to\s+the\s+editor\s*[,:]|write\s+to\s*:\s*(?:the\s+)?(?:letters|editor)\b|"
                           # "Write to letters@<paper>.co.uk, including your name and address."
                           r"(?:write|e-?mail)\s+(?:to\s+)?letters@[\w.-]+\b|"
                           # "Letters responding to this editorial can be sent to ...", "Letters on
                           # this subject are welcome."
                           r"letters\s+(?:responding\s+to|about|on)\s+this\s+(?:and\s+other\s+)?(?:editorial|article|column|subject|topic|issue)s?\s+"
                           r"(?:(?:can|may|should)\s+be\s+(?:sent|e-?mailed|addressed)\s+to|are\s+welcome)\b).{0,250}$", re.I)
#: A firm's footer giving its company number, closing a sentence or a part ("<Firm> Ltd, Unit 3,
#: <Estate>, <Village>. Company No. 09913362. VAT No. GB 318 4471 09", "<Firm>, <address> | Company
#: no. 00491872 | Cookie policy"), not inside a clause ("... (company no. 11860432) through ...").
_COMPANY_NUMBER_FOOTER = re.compile(r"^.{0,200}\b(?:registered\s+)?company\s+(?:no\.?|number)\s*:?\s*\d{6,8}"
                                    r"(?:\.|\s*[·•|]\s*[^·•|\n]{1,80}|\.?\s+vat\s+(?:reg(?:istration)?\.?\s+)?(?:no\.?|number)\s*:?\s*[A-Z]{0,2}\s?\d[\d ]{5,14}\d)*\.?$", re.I)
_CHARITY_FOOTER = re.compile(r"^.{0,200}\bregistered\s+charity\s+(?:(?:no\.?|number|reg\.?)\s*:?\s*[A-Z]{0,3}\d[\d-]*|\d{6,8})\b.{0,100}$", re.I)
#: A charity's legal footer in its other forms ("<Charity> is a charitable incorporated
#: organisation entered on the Register of Charities ..., number 5530214."), a call for readers'
#: reports that is only a question and an address ("Have you lost or found a pet? Email
#: pets@..."), a helpline prompt ("Need help now? ... call our free helpline on ..."), a
#: valuation advert ("Get a free, instant valuation in 30 seconds. Value my car"), a classified
#: search box ("Search 2,184 cars for sale"), a corrections invitation ("If you believe an entry
#: contains an error, email ..."), a submissions notice ("..., but cannot guarantee publication.").
_CHARITABLE_BODY = re.compile(r"^.{0,80}\bis\s+a\s+charitable\s+(?:incorporated\s+organisation|company|trust|community\s+benefit\s+society)\b.{0,200}?"
                              r"\b(?:number|no\.?)\s*:?\s*[A-Z]{0,3}\d{4,8}\b.{0,200}$", re.I)
#: Shapes that may open with any text, each behind its literal in `_widget_match`: a forecast or
#: search box ("Five-day forecast for your area: enter a town or postcode"), a paywall's pitch
#: ("Join <site> to unlock the full results table"), a review's policy ("Pub Watch visits
#: anonymously and pays for all food and drink."), a newsletter's issue line ("The Heron –
#: Newsletter No. 14 – Spring Term – Friday 17 January").
_PLACE_BOX = re.compile(r"^[^.!?]{0,60}\b(?:enter|search\s+for)\s+(?:a|your)\s+(?:town|city|location|place|postcode|post\s+code|zip(?:\s+code)?)"
                        r"(?:\s*(?:,|or|and)\s+(?:a\s+)?(?:town|city|postcode|post\s+code|zip(?:\s+code)?)){0,2}$", re.I)
_UNLOCK_PITCH = re.compile(r"^.{0,150}\bto\s+unlock\s+(?:the\s+)?(?:full|all|every)\b.{0,100}$", re.I)
_ANONYMOUS_REVIEWS = re.compile(r"^(?:[^.!?]{1,80}[.!]\s+)?[^.!?]{1,60}\b(?:visits?|dines?|eats?|reviews?|travels?|stays?)\s+"
                                r"anonymously\b.{0,160}$|"
                                # "<Guide> is independent and pays for every meal we review."
                                r"^[^.!?]{1,80}\bpays?\s+for\s+(?:every|all|each)\s+(?:meals?|stays?|visits?|products?|items?|nights?)\s+"
                                r"(?:(?:we|it|they)\s+(?:review|test|eat|try)s?|featured|reviewed|eaten|tested)\b.{0,160}$", re.I)
#: An academic-news site's funding line ("<University> provides funding as a member of <site>").
_FUNDING_MEMBER = re.compile(r"^[^.!?]{1,80}\bprovides\s+funding\s+as\s+(?:a\s+)?(?:member|partner|founding\s+partner)\s+of\b.{0,120}$", re.I)
_ISSUE_LINE = re.compile(r"^[^.!?|·•]{1,60}(?:\s[–—|·•-]\s|,\s)(?:[\w'’-]+\s+){0,2}?(?:newsletter|issue|edition|bulletin)\s+(?:no\.?\s*)?\d+\b"
                         r"(?:(?:\s[–—|·•-]\s|,\s)[^.!?,|·•]{1,40}){0,3}$", re.I)
#: A page's note on its own slot ("Young Reporters is the Gazette's weekly page written by pupils ...").
_PAGE_NOTE = re.compile(r"^[^.!?]{1,60}\bis\s+(?:the|our|a)\s+[\w'’ -]{0,40}?(?:weekly|monthly|daily|fortnightly)\s+(?:page|column|feature|section|slot)\b.{0,300}$", re.I)
#: A sponsor's credit line ("Awards evening sponsored by <firm>"), not a sentence ("The event was
#: sponsored by ..."); an archive picture's reference ("..., c.1895. Ref: CLA/PH/041"); a service's
#: line ("<Archives> is a service of <Council>").
_SPONSORED_BY = re.compile(r"^(?![^.!?]*\b(?:is|was|are|were|be|been|being|will|has|have|had)\s+(?:\w+\s+)?sponsored)"
                           r"[^.!?()]{1,50}\bsponsored\s+by\s+(?-i:[A-Z])[^.!?()]{1,60}\.?$", re.I)
#: A Q&A site's user card under a post: reputation and badge counts ("213 ● 2 ● 9").
_BADGE_COUNTS = re.compile(r"^[\d.,]+[kKmM]?(?:\s*●\s*[\d.,]+[kKmM]?){1,3}$")
_ARCHIVE_REF = re.compile(r"^.{0,200}\bref(?:erence)?\s*:\s*(?-i:[A-Z]{2,})[/\w.-]*\d[\w/.-]*\.?$", re.I)
#: An organisation's postal address closed by its postcode, with its phone or links after it
#: ("<Farm>, Wrenford Lane, Upper Ashcombe, WR7 4HB · 01632 960418"), or by a PO box. One way of
#: several to reach a service ("In person: at our office, 14 Tanner's Row, EB3 7QL", "By post: ...")
#: is the page's content: the labellers call such lines fact 30 times against 3.
_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}"
_UK_POSTCODE = re.compile(r"\b" + _POSTCODE + r"\b")
_POSTCODE_ADDRESS = re.compile(r"^(?![\w ]{0,20}[Aa]ddress\s*:)(?!(?i:in\s+person|by\s+(?:post|phone|email)|online|write\s+to\s+us)\b)(?!(?:" + _WEEKDAY + r"|\d{1,2}\s+" + _MONTH + r")\b)[^.!?|·•]{1,100},\s*(?:[A-Z][\w'’-]*\s+){0,2}" + _POSTCODE + r"(?:\s*[|·•]\s*[^|·•]{1,80}){0,5}$")
_PO_BOX = re.compile(r"^[^.!?]{1,60},\s*P\.?\s?O\.?\s+Box\s+\d{1,6}(?:,\s*[^.!?,]{1,40}){0,3}$", re.I)
#: A financial firm's regulatory line; an embed's header ("mothparadeband • Follow"); a form's
#: blank fields ("Nominee's name: ______ Membership no.: ____"); a review's loan note ("<Maker>
#: provided a review unit for this article. ...").
_REGULATED = re.compile(r"^[^.]{1,80}\bis\s+authori[sz]ed\s+(?:(?:and|&)\s+regulated\b|by\s+the\s+(?-i:[A-Z])).{0,300}$", re.I)
_EMBED_HEADER = re.compile(r"^@?[\w.]{2,30}\s*[•·]\s*follow$", re.I)
_BLANK_FIELDS = re.compile(r"^(?:[^_:]{1,40}:\s*_{4,}\s*){1,4}$")
_REVIEW_UNIT = re.compile(r"^[^.]{1,60}\bprovided\s+(?:a|the)\s+(?:review\s+(?:unit|sample|copy)|sample|loan\s+unit)\b.{0,250}$", re.I)
#: A social page's counts ("14,208 likes · 15,930 followers", "148 comments · 1.2K shares") and
#: a forum member's card ("dougal_k · 112 posts", "<name> · Destination Expert: <Isles> · 2,341
#: posts"); a post's age with its audience globe ("2d · 🌐"); a reaction row ("👍❤️😮 312").
_PAGE_COUNTS = re.compile(r"^(?:[\d.,]+\s*[km]?\s+(?:likes|followers)\s*[·•|]\s*[\d.,]+\s*[km]?\s+(?:followers|following|talking\s+about\s+this)|"
                          r"[\d.,]+\s*[km]?\s+comments?\s*[·•|]\s*[\d.,]+\s*[km]?\s+shares?|"
                          r"[\w.-]{2,40}(?:\s*[·•|]\s*[^·•|\n]{1,80})?\s*[·•|]\s*[\d,]+\s+posts)$", re.I)
_POST_AGE_GLOBE = re.compile(r"^\d{1,2}\s*(?:m|h|d|w|y|mins?|hrs?)\s*[·•]\s*[🌐🌎🌍🌏]$")
_EMOJI_REACTIONS = re.compile("^(?:[\U0001F44D\U0001F44E\u2764\U0001F60D\U0001F62E\U0001F602\U0001F622\U0001F621\U0001F970\U0001F525\U0001F44F]\ufe0f?){1,6}\\s*[\\d.,]+\\s*[KkMm]?$")
#: An editor's bracketed note ("[Transcript excerpt ends at 21:05. The full transcript is ...]").
_BRACKETED_NOTE = re.compile(r"^\[(?:transcript|audio|video|recording|excerpt)\b[^\]]{0,300}\]$", re.I)
#: A shop's code banner ("Free delivery on your first box – use code FIRSTBRIGHT at checkout").
_PROMO_CODE = re.compile(r"^.{0,100}\buse\s+(?:the\s+)?(?:promo\s+|discount\s+|voucher\s+)?code\s+(?-i:[A-Z0-9]{4,})\b.{0,60}$", re.I)
#: A row of a page's counts ("143 backers · 19 days to go", "Reviews posted 9 May 2025 · 2
#: reviews · 1 comment").
_COUNT_ITEM = r"[\d,]+\s+(?:reviews?|comments?|backers|supporters|days?\s+(?:to\s+go|left)|ratings?|pledges)"
_COUNTS_ROW = re.compile(r"^(?:[^·•|]{1,40}\s*[·•|]\s*)?" + _COUNT_ITEM + r"(?:\s*[·•|]\s*" + _COUNT_ITEM + r")+$", re.I)
#: An emergency line ("Emergency? Always dial 999", "In an emergency, always call 999. For
#: non-emergencies call 101 ...").
_EMERGENCY_CALL = re.compile(r"^(?:emergency\?\s+|in\s+an?\s+emergency,?\s+)(?:always\s+)?(?:dial|call|ring)\s+(?:999|911|112)\b.{0,250}$", re.I)
#: A form's drop-down ("Select a branch: <Branch> ▾", "Select a departure date ▾ | Check availability").
_DROPDOWN = re.compile(r"^[^.!?▾]{1,60}▾(?:\s*[|·•]\s*[^|·•.!?]{1,40})*$")
#: A newsletter's call to write back ("Got a number we should know about? Just reply to this
#: email."); its publisher note ("The <Dispatch> is published every Friday by <Firm> ..."); a
#: firm's dotted footer ending in its registration ("<Firm> · <address> · Registered in England
#: No. 11843620").
_REPLY_PROMPT = re.compile(r"^[^?]{1,80}\?\s+(?:just\s+)?(?:hit\s+)?reply\s+to\s+this\s+(?:e-?mail|newsletter|message)\b.{0,120}$", re.I)
_PUBLISHED_EVERY = re.compile(r"^[^.!?]{1,60}\bis\s+published\s+(?:every|each)\s+\w+(?:\s+\w+)?\s+by\b.{0,250}$", re.I)
_REGISTERED_FOOTER = re.compile(r"^[^.!?]{1,120}[·•|]\s*registered\s+in\s+(?:england|scotland|wales|northern\s+ireland)(?:\s+and\s+wales)?"
                                r"\s*(?:no\.?|number|company\s+(?:no\.?|number))\s*:?\s*\d{6,8}\.?$|"
                                # or opening the line, with the firm's scheme or VAT number after it
                                # ("Registered in England No. 10482217 · Approved Contractor, <Scheme>")
                                r"^registered\s+(?:in\s+(?:england|scotland|wales|northern\s+ireland)(?:\s+and\s+wales)?|pharmacy\s+premises|charity),?"
                                r"\s*(?:no\.?|number|company\s+(?:no\.?|number))\s*:?\s*\d{6,8}(?:\s*[·•|.]\s*[^·•|\n]{1,80}){0,3}\.?$|"
                                # or anywhere in the footer, its number closing a sentence or a part
                                # ("<Firm> is part of <Group>. Registered in England No. 04419836.
                                # Registered office: ...", "<Firm> CIC · Registered in England and
                                # Wales No. 10938472 · <address>"), not a clause going on (", for stays ...")
                                r"^.{0,200}\bregistered\s+in\s+(?:england|scotland|wales)(?:\s*(?:&|and)\s*wales)?,?\s*(?:under\s+)?"
                                r"(?:company\s+|charity\s+)?(?:no\.?|number)\s*:?\s*\d{6,8}"
                                r"(?:\.|\s*[·•|]\s*[^·•|\n]{1,80}|\.\s+registered\s+(?:office|charity)\b[^\n]{0,150})*$", re.I)
#: A paper's note on its editorials ("<Paper> editorials represent the view of the newspaper's
#: editorial board ...", "This editorial represents the majority view ...", "Unsigned editorials
#: represent ..."); a timetable's accuracy note ("Timetable correct at time of publishing.
#: ..."); a column's slot note ("<Name> answers readers' consumer problems every Sunday. ...").
_EDITORIALS_NOTE = re.compile(r"^(?:[\w'’]+\s+){0,3}editorials?\s+(?:represents?|reflects?)\s+the\b.{0,300}$|"
                              # (under its label: "About our editorials: Our View sets out the position of ...")
                              r"^about\s+our\s+(?:editorials?|leaders?)\s*:.{1,300}$|"
                              # the house view's label ("Herald View is the opinion of The <Paper>. ...")
                              r"^(?-i:[A-Z])[\w'’]+\s+(?:view|comment|opinion)\s+is\s+the\s+(?:view|opinion|voice)\s+of\s+(?:the\s+)?(?-i:[A-Z]).{0,300}$|"
                              # (or who agrees it: "The <Paper>'s view is agreed by its editorial board and ...")
                              r"^(?:the\s+)?(?-i:[A-Z])[\w'’]+\s+(?:view|comment|opinion|leader)\s+is\s+(?:agreed|decided|written)\s+by\s+"
                              r"(?:its|the|our)\s+editorial\s+board\b.{0,300}$", re.I)
_CORRECT_AT_PUBLISHING = re.compile(r"^(?:the\s+)?(?:timetable|prices?|information|details|dates|times|listings?)\s+(?:is\s+|are\s+)?correct\s+at\s+"
                                    r"(?:the\s+)?time\s+of\s+(?:publishing|publication)\b.{0,250}$", re.I)
_COLUMN_SLOT = re.compile(r"^(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+answers\s+readers['’]?\s+[\w ]{1,40}\s+every\s+\w+\b.{0,250}$", re.I)
#: A blog's shop link ("SHOP: <item>, £12.99 (affiliate link)").
_AFFILIATE_ITEM = re.compile(r"^.{1,150}\(\s*affiliate\s+link\s*\)\.?$", re.I)
#: A podcast's or site's funding pitch ("<Show> is listener-funded. Support the show from £3 ...").
_LISTENER_FUNDED = re.compile(r"^[^.!?]{1,60}\bis\s+(?:listener|reader|viewer|audience|member)-funded\b.{0,250}$", re.I)
#: A review site's invitation ("Lived in <Hall>? Write a review and help next year's students
#: decide."); a forum's community box ("About Community · <forum> · <blurb> · 24.6k members · 112 online").
_REVIEW_INVITE = re.compile(r"^(?:[^.!?]{1,80}\?\s+)?write\s+a\s+review\b.{0,200}$", re.I)
_COMMUNITY_BOX = re.compile(r"^.{0,250}[\d.,]+\s*[km]?\s+members\s*[·•|]\s*[\d.,]+\s*[km]?\s+online$", re.I)
#: An editorial board's members ("The Courier's editorial board: Publisher <Name>, Editor <Name>, ...").
_BOARD_LIST = re.compile(r"^[^.!?:]{0,40}\beditorial\s+board\s*:\s*(?-i:[A-Z]).{1,300}$", re.I)
_AFFILIATED = re.compile(r"^(?:(?-i:[A-Z][\w&'’.-]*)(?:\s+(?-i:[A-Z&][\w&'’.-]*)){1,7}\s+is\s+)?affiliated\s+to\b[^.]{1,120}\.?"
                         r"(?:\s+[^.]{1,120}\.?)?$", re.I)
_SERVICE_OF = re.compile(r"^[^.!?]{1,80}\bis\s+(?:a|part\s+of\s+the)\s+service\s+(?:of|provided\s+by|run\s+by)\b.{0,200}$", re.I)
#: A company's footer with its registration ("<Media> Ltd · 4 Cable Row, Bristol · Registered in England No. ...",
#: "<Review> CIC. Registered in England and Wales.").
_COMPANY_FOOTER = re.compile(r"^(?:[^.!?]|(?<=\bco)\.){0,80}\b(?:ltd|limited|plc|llp|(?-i:CIC))\b.{0,200}\bregistered\s+(?:in\s+(?:england|scotland|wales|"
                             r"northern\s+ireland)|(?:in\s+[\w ]{1,30}?\s+)?(?:under\s+)?company\s+(?:number|no\.?)|office\b)\b.{0,200}$", re.I)
#: An organisation's name and postal address, the postcode closing the line ("<Club> Ltd, The Old
#: Forge, Mill Lane, Dunmore DV4 2RT"); a charity's registration in words ("... is a charity
#: registered in England and Wales (1123456)").
_COMPANY_ADDRESS = re.compile(r"^(?:[^.!?]|(?<=\bco)\.){1,60}\b(?:ltd|limited|plc|llp|cic)\b[^.!?]{0,100},\s*[^.!?,]{1,40}\s(?-i:" + _POSTCODE + r")$", re.I)
_CHARITY_REGISTERED = re.compile(r"^[^.!?]{1,80}\bis\s+a\s+charity\s+registered\s+in\s+(?:england|scotland|wales|northern\s+ireland)\b.{0,200}$", re.I)
_QUESTION_CONTACT = re.compile(r"^[^.!?]{5,100}\?\s*(?:we['’]d\s+(?:love|like)\s+to\s+hear\b[^.!?]{0,80}[.!]\s+)?(?:email|e-mail|contact|call|ring|text|whatsapp|message|write\s+to|send|tell\s+us(?:\s+what\s+you\s+think)?|share|(?:speak|talk)\s+to)\s+(?:free\s+)?"
                               r"(?:us\s+(?:an?\s+|your\s+)?(?:photos?|pictures?|pics|videos?|tips?|story|stories|details)\s+)?"
                               r"(?:(?:them|it|these|those|your\s+[\w ]{1,30}?)\s+)?(?:(?:our|the)\s+[\w'’ -]{1,40}?(?:,\s+[\w'’ .-]{1,40},)?\s+)?(?:(?:to|at|on|with)\s+)?(?:us\s+(?:at|on)\s+)?(?:[\w.+-]+@[\w-]+\.[\w.]+|\+?\(?\d[\d ()-]{6,20})"
                               # (the number may have its hours after a dash: "Heating packed up? Call <number> -
                               # we answer until 10pm, seven days a week.")
                               r"(?:\s*\([^)]{1,60}\))?(?:\s+[–—-]\s+[^.!?]{1,80})?(?:\s+(?:by|before|with)\s+[^.!?,]{1,40})?(?:,\s*[^.,]{1,40})?(?:,?\s+(?:or|and)\s.{0,200})?(?:\.\s+[^.!?]{1,120}[.!])?\.?$", re.I)
#: Widget shapes that open with a common word ("We", "To", "For", "From", "No", "New", "The"),
#: kept in a small pattern of their own so that the many sentences opening with those words do
#: not pay for all of `_WIDGET_LEAD` (tried only on a line opening with one of `_COMMON_WORDS`,
#: see `_widget_match`): a sign-up box's
#: privacy promise ("We will not share your email ... You can unsubscribe at any time.", "No spam,
#: unsubscribe any time."), a
#: bookshop pitch ("To support <Site>, order your copy from ..."), an email's "To:" line, an
#: encyclopaedia's disambiguation note and tagline ("For the village in <County>, see <Name>.",
#: "From <Site>, the free encyclopedia"), "No comments yet", a free-trial banner ("New here?
#: Try seven days free, ...").
_COMMON_LEAD = re.compile(
    r"^(?:we\s+(?:will\s+)?(?:never|not|won['’]t)\s+(?:ever\s+)?(?:share|sell|pass\s+on)\s+your\s+(?:e-?mail(?:\s+address)?|details|data|"
    r"information)\b.{0,250}|you\s+can\s+unsubscribe\s+at\s+any\s+time\b.{0,200}|no\s+spam[,.;]?\s+(?:you\s+can\s+)?unsubscribe\s+(?:at\s+)?any\s*time\b.{0,200}|"
    r"to\s+support\s+(?:the\s+)?(?-i:[A-Z])[\w'’&.-]*(?:\s+[\w'’&.-]+){0,3},\s+(?:order|buy|get)\s+(?:your|a)\s+copy\b.{0,200}|"
    r"to\s*:\s*[^.!?]{1,80}|for\s+(?:the|other)\s+[^,.]{1,60},\s+see\s+[^.]{1,80}\.?|"
    r"from\s+[\w'’ -]{1,30},\s+the\s+free\s+(?:online\s+)?encyclop(?:a)?edia|"
    # A newsletter's or column's byline ("From the desk of Rosalind Vane").
    r"from\s+the\s+desk\s+of\s+(?:the\s+)?[^.!?]{1,60}|"
    # An editorial's byline ("The Gazette's editorial board").
    r"the\s+(?:[\w'’-]+\s+){0,3}editorial\s+board\.?|"
    # A comment form's notice ("Your name and address will be published on this website with
    # your comment.").
    r"your\s+name\s+(?:and\s+(?:address|town)\s+)?will\s+be\s+published\b.{0,250}|"
    # and a newsletter note's signer with a role ("From Jo Example, club captain").
    r"from\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3},\s+(?:[\w'’-]+\s+){0,2}(?:captain|chair(?:man|woman|person)?|editor|secretary|"
    r"treasurer|president|manager|organiser|coach|head\s+teacher|headteacher|vicar|warden)|"
    r"no\s+comments(?:\s+yet)?\.?(?:\s*(?:leave\s+a\s+(?:reply|comment)|be\s+the\s+first\b.{0,60}))?|"
    r"(?:new\s+(?:here|to\s+[\w'’ ]{1,30})\?\s+)?(?:try|get|claim)\s+(?:(?:your|a|our)\s+)?(?:first\s+)?(?:\w+\s+)?(?:days?|weeks?|months?)\s+"
    r"(?:for\s+)?free\b.{0,200}|"
    # A bulletin's close ("That's the news. More at half past eight, ..."), a rescue's or
    # charity's other way to help ("Can't adopt? Sponsor <Name> for £5 a month ..."), a release's
    # contact line ("For interviews and further information please contact <Name>, ...").
    r"that['’]s\s+(?:the|all\s+the)\s+news(?:\s+(?:for\s+now|this\s+\w+|at\s+[\w ]{1,20}))?\s*[.,!].{0,250}|"
    r"can['’]?t\s+(?:adopt|foster|volunteer|donate|make\s+it|attend|give)\?.{0,250}|"
    r"for\s+(?:interviews|(?:more|further)\s+information|media\s+enquiries|press\s+enquiries)\b.{0,60}?\b(?:contact|call|e-?mail)\b.{0,250}|"
    r"we['’]re\s+sorry\s+for\s+(?:any|the)\s+(?:disruption|inconvenience)\b.{0,200}|"
    # A column's adviser disclaimer ("<Name> is not a regulated financial adviser. ..."), a blog's
    # comment prompt ("Your turn: ...?"), an event page's stream note.
    r"your\s+turn\s*:.{1,250}|"
    r"the\s+(?:livestream|live\s+stream|recording)\s+will\s+(?:appear|be\s+available|be\s+posted)\b.{0,250}|"
    # A charity's or council's reporting line ("To report suspected cruelty, call our 24-hour line on ...").
    r"to\s+report\s+(?:a\s+|an\s+|suspected\s+)?[\w' -]{1,40},\s+(?:please\s+)?(?:call|ring|contact|e-?mail|phone)\b.{0,250}|"
    r"your\s+eligible\s+deposits\b.{0,300}|"
    # A charity's other ways to help ("Other ways to get involved: Volunteer ... · Fundraise ..."),
    # a comment list's sort label, a school's or club's group ("Part of the <Name> Learning Trust.").
    r"other\s+ways\s+to\s+(?:get\s+involved|help|give|support\s+us)\s*:.{1,300}|most\s+relevant|"
    r"part\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w&'’ -]{1,60}\s(?:trust|group|federation|network|partnership)\.?|"
    # An offer's small print ("New customers only. Discount applies to ..."); a bulletin by email
    # ("Get the weekly report by email — Subscribe").
    r"new\s+customers\s+only[.:]\s.{0,300}|on\s+this\s+page|get\s+in\s+touch|get\s+updates\s+(?:like\s+this\s+)?by\s+e-?mail\b.{0,200}|"
    r"we\s+reserve\s+the\s+right\s+to\s+edit\b.{0,200}|we\s+may\s+edit\s+(?:letters|comments|contributions|submissions|posts|reviews)\b.{0,250}|get\s+updates\s+(?:for|on|about)\s+this\b.{0,200}|get\s+(?:the|our)\s+[\w'’ ]{1,30}\s+by\s+e-?mail\b.{0,60}|"
    # A shop's age gate ("You must be 18 or over to buy from this site.").
    r"you\s+must\s+be\s+(?:aged\s+)?(?:1[689]|21)\s*(?:\+|or\s+over|or\s+older)\s+to\s+(?:buy|purchase|order|enter|use|visit|view)\b.{0,150})$", re.I)
#: A contact line under its role: "Parish Clerk: Mrs Janet Example · clerk@example.org · 01632 960000".
_ROLE_CONTACT = re.compile(r"^[A-Z][\w'’ -]{1,30}:\s*(?:(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+)?[A-Z][\w.'’ -]{1,40}\s*[·|•,]\s*|\+?\(?\d[\d ().-]{6,}\d\s*[·|•,]\s*)?"
                           r"[\w.+-]+@[\w-]+\.[\w.]+(?:\s*[·|•]\s*[^·|•]{1,60}){0,3}$")
#: A fundraising page's total ("£1,385 raised of £1,500 target by 62 supporters"); an outlet's or
#: firm's regulator notice ("The <Paper> abides by the Editors' Code of Practice ...", "We follow
#: the Editors' Code ...", "We are committed to the Editors' Code ...", "<Agent> is
#: a member of the Lettings Ombudsman Service ..."); a blog's likes ("★ Like   23 bloggers like
#: this."); a citation box ("9. Cite this statistical bulletin: ..."); a reuse licence ("Our charts
#: may be reused under a Creative Commons ... licence"); a donation page's security note ("Card
#: payments are handled securely by <Firm>. ...").
#: A paper's poll by its question ("Gazette poll: Should <Park> become a car park?"); "Snap poll:
#: who won the debate?" may head a live page's entry.
_PAPER_POLL = re.compile(r"^(?:(?!the\b)[\w'’]+\s+)?poll\s*:\s*(?:should|do\s+you|would\s+you|will\s+you|are\s+you)\b[^?\n]{3,150}\?$", re.I)
_RAISED_TOTAL = re.compile(r"^[£$€][\d,.]+[km]?\s+raised\s+(?:of|from|towards)\s+(?:a\s+|the\s+|our\s+)?[£$€][\d,.]+[km]?(?:\s+(?:target|goal))?\b.{0,60}$", re.I)
_REGULATOR_NOTICE = re.compile(r"^(?:the\s+)?(?-i:[A-Z])[\w'’ &.-]{1,60}\s+(?:is\s+(?:published|owned)\s+by\s+[^.]{1,80}?\s+and\s+)?(?:abides?\s+by|(?:is|are)\s+regulated\s+by|is\s+a\s+member\s+of|are\s+(?:a\s+)?members?\s+of|adheres?\s+to|subscribes?\s+to|follows?)\s+"
                               r"(?:the\s+)?(?-i:[A-Z])[^.]{0,120}?\b(?:code|ipso|impress|standards|ombudsman|regulator|regulation|authority|commission|complaints\s+panel)\b.{0,250}$|"
                               # (or committed to the press code by name: "We are committed to the Editors' Code of Practice. ...")
                               r"^(?:the\s+)?(?-i:[A-Z])[\w'’ &.-]{1,60}\s+(?:is|are)\s+committed\s+to\s+(?:the\s+)?(?:editors['’]?\s+code|ipso|impress)\b.{0,250}$|"
                               # (a paper's footer that ends with it: "<Paper>, <address>. Part of <Group> Ltd. Regulated by IPSO.")
                               r"^.{0,200}\bregulated\s+by\s+(?:the\s+)?(?:ipso|impress|independent\s+press\s+standards\s+organi[sz]ation)\b.{0,120}$", re.I)
_BLOGGERS_LIKE = re.compile(r"^.{0,20}\b[\d,]+\s+(?:bloggers?|people)\s+likes?\s+this\.?$", re.I)
_CITE_THIS = re.compile(r"^(?:\d{1,2}\.\s+)?cite\s+this\s+(?:[\w-]+\s+){0,2}(?:bulletin|article|page|report|paper|release|dataset)\b.{0,300}$", re.I)
_REUSE_LICENCE = re.compile(r"^.{0,80}\b(?:may|can)\s+be\s+(?:re)?used\s+under\s+(?:a|the)\s+creative\s+commons\b.{0,200}$", re.I)
_SECURE_DONATION = re.compile(r"^(?:your\s+(?:donation|payment|gift)\s+is|(?:card\s+)?payments\s+are)\s+(?:processed\s+|handled\s+)?secure(?:ly)?\b.{0,250}$", re.I)
#: A shop's and catalogue's page chrome: a back link ("< Back to catalogue: ..."), an item with
#: its basket button ("<Title> – £6.99 | Add to basket"), a stock line ("In stock. Order within
#: ..."), review votes ("47 people found this helpful | ..."); a form's consent notice; a
#: charity's gift ask ("A gift of £15 could pay for ..."); an affiliate link behind an emoji ("👉
#: Check ferry times and book your tickets on FerryHop").
_BACK_LINK = re.compile(r"^[<←‹«]?\s*back\s+to\s+(?:the\s+)?[\w'’ ]{1,30}(?:\s*:\s*.{1,80}|\s*[↑⬆])?$", re.I)
_BASKET_ITEM = re.compile(r"^.{1,120}[$£€]\d[\d.,]*\s*\|\s*add\s+to\s+(?:basket|bag|cart|trolley)\b.{0,40}$|"
                          r"^(?:[$£€]\d[\d.,]*\s+)?(?:add\s+to\s+(?:basket|bag|cart|trolley|wish\s*list)\s*){1,3}$", re.I)
_IN_STOCK = re.compile(r"^(?:only\s+\d+\s+left\s+)?in\s+stock\s*(?:[.,:;·|–—-]|$).{0,250}$", re.I)
_FOUND_HELPFUL = re.compile(r"^(?:[♥❤♡👍]\ufe0f?\s*)?[\d,]+\s+(?:people|person|customers?|readers?)\s+found\s+this\s+(?:helpful|useful)\b.{0,80}$", re.I)
_FORM_CONSENT = re.compile(r"^by\s+(?:submitting|sending|completing|using)\s+this\s+form\b.{0,300}$", re.I)
_GIFT_ASK = re.compile(r"^.{0,120}\ba\s+(?:gift|donation)\s+of\s+(?:just\s+)?[£$€]\d[\d,.]*\s+(?:a\s+month\s+)?(?:could|can|will)\s+"
                       r"(?:pay|fund|buy|cover|help|provide)\b.{0,250}$", re.I)
_EMOJI_LINK = re.compile("^[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\\s*(?:check|book|shop|compare|find|get|grab|see|reserve)\\b"
                         ".{0,150}\\b(?:on|at|with|via)\\s+(?-i:[A-Z])[\\w.-]+.{0,60}$", re.I)
#: A link that says it opens a new window ("Register to vote (opens in a new window)"); a
#: schedule's or menu's change notice ("Fixtures, times and channels are subject to change. ...").
_NEW_WINDOW_LINK = re.compile(r"^[^.!?]{1,80}\(\s*opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)\s*\)$", re.I)
_SUBJECT_TO_CHANGE = re.compile(r"^(?:all\s+)?(?:fixtures|times|prices|dates|details|line-?ups|schedules|programmes?|events|timings|channels|"
                                r"listings|menus?|kick-?off\s+times)(?:,?\s+(?:and\s+)?(?:fixtures|times|prices|dates|details|line-?ups|"
                                r"schedules|channels|events|timings|listings))*\s+(?:are|is|may\s+be)\s+subject\s+to\s+change\b.{0,250}$", re.I)
#: The first words of the `_COMMON_LEAD` shapes: a line opening with another word skips them.
_COMMON_WORDS = frozenset("we you to for from no new try get claim that can the your other most part what on".split())
#: A footer's contact bar: the organisation, its address with the postcode, and more between dots
#: ("<Shop> · 14 Caddick Street, Oldenford OF2 3LB · © 2024 · Terms", "<Clinic> · <address> · 01632 ...").
_ADDRESS_BAR = re.compile(r"^[^·\n]{3,60}\s·\s[^·\n]{0,60}\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b[^·\n]{0,20}(?:\s·\s[^·\n]{1,80})+$|"
                          # The organisation, its address, phone and email between dots, no postcode.
                          r"^[^·\n]{3,120}\s·\s\+?\(?\d[\d ()-]{7,}\d\s·\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|"
                          # (or after the address's full stop, the phones labelled: "<Firm> Ltd, Unit 4, <Court>,
                          # <Town>. Tel <number> · Mobile <number> · <email>")
                          r"^[^·\n]{3,120}\.\s+(?i:tel|phone|t)\.?:?\s*\+?\(?\d[\d ()-]{7,}\d"
                          r"(?:\s·\s(?i:mobile|mob|m)\.?:?\s*\+?\(?\d[\d ()-]{7,}\d)?\s·\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
#: A contact bar: the phone number beside other chrome ("Call 01632 960418 | Open Monday to
#: Friday, 8am to 6.30pm", "Tel 01632 960 418 | hello@example.org", "Call <phone> — 24-hour
#: emergency line").
_PHONE_NUMBER = r"\+?\(?\d[\d ()-]{6,}\d"
_PHONE_BAR = re.compile(r"^(?:call|tel|phone|telephone|ring)(?:\s+or\s+(?:text|whatsapp))?(?:\s+us)?(?:\s+(?:free|now|today))?(?:\s+on)?\.?\s*:?\s+"
                        + _PHONE_NUMBER +
                        # a second number to text ("Call 01632 960 418 or text 07700 900 362"), or
                        r"(?:\s+or\s+(?:(?:text|whatsapp)(?:\s+us)?(?:\s+on)?\s+)?" + _PHONE_NUMBER + r"(?:\s*[|·•—–]\s*\S.{0,100})?|"
                        # a bar of other contacts, or a button beside the number ("Call 01632
                        # 960 418 or Request a Callback", "... or request a callback")
                        r"\s*[|·•—–]\s*\S.{0,100}|\s+or\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[a-z]{1,3}\s+)?(?-i:[A-Z])[\w'’-]*){1,3}|"
                        r"\s+or\s+(?:request|book)\s+a\s+call\s?-?back|\s+or\s+book\s+online)$|"
                        # the header's line to a named tradesperson ("Call or WhatsApp Danny: 07700 900 318",
                        # "Call Tom: 01632 960 318", "Call Tom on 07700 914362", "Call or WhatsApp: 07700 900 482")
                        # (perhaps with another way in: "Call Dean on 07700 900417 or message us on WhatsApp")
                        r"^(?:call|ring)(?:\s+or\s+(?:text|whatsapp)(?:\s+(?-i:[A-Z])[\w'’-]+)?|\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:or|and|&)\s+(?-i:[A-Z])[\w'’-]+)?)\s*(?::|\s+on)\s*" + _PHONE_NUMBER
                        + r"(?:\s+or\s+(?:message|text|whatsapp|email)(?:\s+(?:us|me|him|her))?(?:\s+on\s+(?:whatsapp|facebook|messenger))?(?:\s+(?:any\s*time|24/7))?"
                        # or the header's other line after a dot or a dash ("Call Jan on <number> · Open
                        # all year round", "Call Gary on <number> — Mon to Sat")
                        r"|\s+[·•|—–]\s+[^·•|.!?]{1,60})?$|"
                        # or with the hours the line is open ("Call Gary on 07700 900418 (Mon–Sat, 8am–6pm)",
                        # "Call us on <number> (8am–8pm, seven days a week)", "Call or WhatsApp <number> (Mon–Sat, 8am–6pm)")
                        r"^(?:call|ring)(?:\s+or\s+(?:text|whatsapp))?(?:\s+(?-i:[A-Z])[\w'’-]+|\s+us)?(?:\s+on)?\s*:?\s*" + _PHONE_NUMBER
                        + r"\s*\((?:mon|tue|wed|thu|fri|sat|sun|daily|\d{1,2}(?:[.:]\d{2})?\s*[ap]m)[^()]{2,40}\)$", re.I)
#: A phone number alone under its icon or its label ("📞 01632 960418", "24/7 Emergency Line:
#: 01632 960 418", "Out of hours: 07700 900315").
_PHONE_ALONE = re.compile(r"^(?:(?:📞|☎\ufe0f?|✆)\s*|(?:[\w/'’&-]+\s+){0,4}(?:line|phone|mobile|office|tel|hours|24/7|emergenc(?:y|ies))"
                          r"(?:\s*\([^()]{1,20}\))?\s*:\s*)" + _PHONE_NUMBER + r"$|"
                          # (or a helpline's header, its number and hours after a dot: "Carers' helpline 01632
                          # 960 418 · Mon–Fri 9am–5pm")
                          r"^(?:[\w'’&-]+\s+){0,3}(?:help\s?line|advice\s+line|booking\s+line)\s+" + _PHONE_NUMBER
                          + r"\s*[·•|]\s*(?:mon|tue|wed|thu|fri|sat|sun|daily|24)[^·•|\n]{0,40}$", re.I)
#: A contact form's prompt with its promise of a reply ("Fill in our short form or call <Name> on
#: <phone> and we'll get back to you within one working day"), perhaps after a question
#: ("Questions before you join? Fill in the form and ...").
_FORM_PROMPT = re.compile(r"^(?:[^?.!\n]{1,60}\?\s+)?(?:fill\s+in|complete|use)\s+(?:our|the|this)\b[^.!?]{0,40}\bform\b[^.!?]{0,100}\band\s+"
                          r"(?:we['’]ll|we\s+will|(?:one\s+of\s+(?:us|(?:our|the)\s+team)|someone|a\s+member\s+of\s+(?:our|the)\s+team)\s+will)\s+"
                          r"(?:get\s+back\s+to\s+you|call\s+you\s+back|be\s+in\s+touch|reply)\b[^.!?]{0,60}[.!]?$", re.I)
#: A book review's shop button with the price ("Buy from our partner bookshop: £17.09", "Buy it
#: from the Review bookshop (£22.50)").
_BOOKSHOP_BUTTON = re.compile(r"^buy\s+(?:it\s+|a\s+copy\s+|this\s+book\s+|the\s+book\s+)?(?:from|at|via)\s+(?:our|the)\s+"
                              r"(?:[\w'’]+\s+){0,2}(?:bookshop|book\s+shop|bookstore|shop)\s*(?::\s*|\(|for\s+)(?:from\s+)?[£$€]\d[\d.,]*\)?$", re.I)
#: A track list's or a list's button ("Show all 14 tracks", "Read all reviews").
_SHOW_ALL = re.compile(r"^(?:show|see|view|read)\s+all(?:\s+\d+|\s+our)?\s+(?:tracks|episodes|reviews|photos|comments|replies|results|dates|"
                       r"events|stories|articles|shops|stores|branches|locations|venues|offers|products|jobs|vacancies|amenities|facilities)"
                       # (and where they are: "See all 14 shops on the map", "Read all reviews on Google")
                       r"(?:\s+on\s+(?:the\s+map|a\s+map|google|tripadvisor|trustpilot|facebook))?$", re.I)
#: A comment the site took down ("This comment has been removed by a moderator.", "Comment
#: deleted by the author").
_MODERATED = re.compile(r"^(?:this\s+)?(?:comment|post|reply|message)\s+(?:has\s+been\s+|was\s+)?(?:removed|deleted|hidden|withdrawn)"
                        r"(?:\s+by\s+(?:a\s+|the\s+)?(?:moderators?|administrators?|admins?|author|user|poster|site))?"
                        r"(?:\s+for\s+[^.!?]{1,60})?\.?(?:\s+why\?)?$|"
                        # (the comments' rule: "Keep it civil. Comments are moderated and may be removed. ...",
                        # "This comment section is moderated.", "Our comments on this story are pre-moderated.")
                        r"^(?:[^.!?\n]{1,40}[.!]\s+)?(?:this\s+|our\s+)?comment(?:s|ing|\s+section)(?:\s+on\s+this\s+(?:article|story|page|post))?\s+"
                        r"(?:is|are|may\s+be)\s+(?:pre-?)?moderated\b.{0,200}$|"
                        # ("... Comments containing offensive or defamatory content will be removed. ...")
                        r"^(?:[^.!?\n]{1,60}[.!]\s+)?(?:any\s+)?comments\s+(?:that\s+(?:are|contain)|which\s+(?:are|contain)|containing)\s+"
                        r"[^.!?]{1,80}\s+will\s+be\s+(?:removed|deleted)\b.{0,200}$", re.I)
#: A planning portal's notes around its comments: the comments closed ("Comments can no longer be
#: made on this application because a decision has been issued.", "The consultation period for
#: this application has ended. ..."), their heading with its count ("Public comments (218)",
#: "Public comments – showing 1 to 8 of 63, newest first") and the officer's sign-off ("Report by:
#: <Name>, Senior Planning Officer, 9 April 2025").
#: (the portal's note on its comments, and an officer's name and post, "R. Example, Senior Planning Officer, ")
_AS_RECEIVED = r"comments\s+are\s+(?:published|shown|displayed)\s+as\s+(?:received|submitted)\b"
_OFFICER = r"(?-i:[A-Z])[^,.!?]{0,30}(?:\.[^,.!?]{1,30})*,\s+"
_PORTAL_NOTE = re.compile(r"^comments\s+can\s+no\s+longer\s+be\s+(?:made|submitted|added|left)\b.{0,200}$|"
                          r"^the\s+(?:consultation|comment(?:ing)?|public\s+comment)\s+period\s+"
                          r"(?:for\s+this\s+application\s+(?:has\s+)?|has\s+)(?:ended|closed|expired)\b.{0,200}$|"
                          r"^public\s+comments\s*(?:\(\d[\d,]*\))?(?:\s*[|–—-]\s*showing\s+\d[^.!?]{0,80})?"
                          # (and the portal's note on them: "Comments are published as received ...")
                          r"(?:\.\s+" + _AS_RECEIVED + r"[^.!?]{0,120}\.?)?$|"
                          r"^(?:countersigned|signed|authori[sz]ed|approved)(?:\s+by)?\s*:?\s+" + _OFFICER + r"[^.!?]{2,80}$|"
                          r"^" + _AS_RECEIVED + r".{0,200}$|"
                          r"^(?:report\s+(?:(?:prepared\s+|agreed\s+|written\s+)?by|author|agreed))\s*:?\s+" + _OFFICER + r"[^,]{2,50},\s+"
                          r"[^,]{0,20}\d[^,]{0,20}$", re.I)
#: A form's consent box without its box ("I'm happy for <Charity> to contact me about volunteering.
#: We will never sell or swap your details. Read our privacy policy.").
_CONTACT_CONSENT = re.compile(r"^(?:(?:[☐☑□]|\[\s?\])\s*)?i(?:['’]m|\s+am|\s+would\s+be)\s+happy\s+(?:for\s+[^.!?]{1,60}?\s+)?"
                              r"to\s+(?:contact|email|keep\s+in\s+touch\s+with|hear\s+from|receive)\b[^.!?]{0,120}[.!]?"
                              r"(?:\s+[^.!?]{0,120}\b(?:your\s+(?:details|data|information|email)|privacy\s+(?:policy|notice)|"
                              r"unsubscribe)\b[^.!?]{0,60}[.!]?){0,3}$|"
                              # (or agrees to the keeping of them: "I agree to the Society storing my
                              # details to manage the waiting list, as set out in the privacy notice. *",
                              # "I consent to <Group> storing these details ...")
                              r"^(?:(?:[☐☑□]|\[\s?\])\s*)?i\s+(?:agree|consent)\s+to\s+(?:the\s+|us\s+)?[^.!?]{0,60}?\b(?:storing|using|holding|keeping|processing)\s+"
                              r"(?:my|these)\s+(?:personal\s+)?(?:details|data|information)\b[^.!?]{0,160}[.!]?"
                              r"(?:\s+[^.!?]{0,80}\bprivacy\s+(?:policy|notice)\b[^.!?]{0,40}[.!]?)?\s*\*?$", re.I)
#: A page's other furniture: its page count ("Page 1 of 3"), the complaints line ("Corrections
#: and complaints: read our editorial complaints policy."), a letters page's address ("Letters:
#: write to letters@<paper>. Letters may be edited ..."), the comment rules ("Comments are subject
#: to our community guidelines."), a scorecard's link, a sponsors' heading ("Proudly supported by").
_PAGE_FURNITURE = re.compile(r"^page\s+\d{1,3}\s+of\s+\d{1,3}$|"
                             r"^corrections\s+and\s+complaints\s*:.{1,160}$|^(?:to\s+)?(?:read|see)\s+our\s+(?:editorial\s+)?(?:code\s+and\s+)?complaints\s+(?:policy|procedure)\b.{0,80}$|"
                             r"^letters\s*:\s*(?:write|e-?mail|send)\b[^\n]{0,40}@.{0,200}$|"
                             r"^comment(?:s\s+are|ing\s+is)\s+(?:subject\s+to|moderated\s+(?:in\s+line\s+with|according\s+to))\s+our\b.{0,160}$|"
                             # (who may comment, and the rules' link: "Commenting is open to registered
                             # readers.", "Read our community guidelines.", "Our community guidelines apply.")
                             r"^comment(?:s\s+are|ing\s+is)\s+(?:only\s+)?open\s+(?:only\s+)?to\s+(?:registered\s+|signed-in\s+|logged-in\s+)?"
                             r"(?:readers|subscribers|users|members)\b.{0,160}$|"
                             r"^(?:please\s+)?read\s+our\s+(?:community|comment(?:ing|s)?)\s+(?:guidelines|rules|standards|policy)\b[^.!?]{0,60}[.!]?$|"
                             r"^our\s+(?:community|comment(?:ing|s)?)\s+(?:guidelines|rules|standards|policy)\s+apply\b.{0,160}$|"
                             r"^comments\s+are\s+checked\s+(?:for\s+spam\s+)?before\s+(?:they\s+(?:appear|are\s+published)|publication)\b.{0,160}$|"
                             r"^please\s+keep\s+(?:comments|it|the\s+discussion)\s+civil\b.{0,200}$|"
                             r"^comments\s+(?:appear|are\s+published|will\s+appear)\s+(?:only\s+)?(?:after|once)\s+(?:moderation|approval|they\s+have\s+been\s+approved)\b.{0,160}$|"
                             r"^(?:view\s+(?:the\s+)?)?full\s+(?:scorecard|match\s+stats)$|^(?:proudly\s+)?(?:supported|sponsored)\s+by\s*:?$|"
                             # (or with its backers on the line: "Supported by <Council> and the <Fund>",
                             # "Supported by: <Foundation> · <Council> · <Firm> Ltd")
                             r"^(?:proudly\s+)?(?:supported|sponsored|funded)\s+by\s*:?\s+(?:the\s+)?(?-i:[A-Z])[^.!?\n]{1,200}\.?$|"
                             # (and "Story continues below", "Commenting is now closed on this article",
                             # "Our sponsors", "Read previous reports: 2022–23 · 2021–22", "Request a
                             # free quote", "Fill in the form below and ...", a press office's "Images
                             # ... are available from our media library")
                             r"^story\s+continues\s+(?:below|after\s+(?:the\s+)?(?:advert(?:isement)?|ad))$|"
                             r"^commenting\s+(?:is\s+)?(?:now\s+)?(?:closed|disabled)(?:\s+(?:on|for)\s+this\s+(?:article|story|page|post))?\.?$|"
                             r"^(?:our\s+|club\s+|match\s+)?sponsors$|"
                             r"^(?:read|see|view)\s+(?:our\s+)?(?:previous|past|earlier|older)\s+[\w ]{1,20}\s*:\s*[^.!?]{1,100}$|"
                             r"^request\s+a\s+(?:free\s+)?(?:quote|callback|call\s*back|brochure)$|"
                             r"^(?:please\s+)?fill\s+in\s+(?:the|this|our)\s+form\s+(?:below|above)\b.{0,160}$|"
                             r"^(?:images?|photos?|photographs?|pictures?|video)\b[^.!?]{0,60}\bavailable\s+(?:from|in|on|via)\s+our\s+"
                             r"(?:media\s+library|press\s+office|newsroom|media\s+centre)\b.{0,200}$", re.I)
#: A reply's header in a thread: "<username> replying to <username>", "↳ Replying to <username>".
#: A release's credit: "Submitted by <Organisation>".
_SUBMITTED_BY = re.compile(r"^submitted\s+by\s+(?:the\s+)?(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:(?-i:[A-Z&])[\w'’&.-]*|of|for|and|the)){0,7}$", re.I)
_REPLYING_TO = re.compile(r"^(?:[\w.'’-]{3,30}\s+|↳\s*)?replying\s+to\s+@?[\w.'’-]{3,30}$", re.I)
#: Where the piece first ran ("This interview first appeared in the summer 2024 issue of <Magazine>."),
#: a sponsor's credit ("Our junior sections are proudly sponsored by <Firm>."), a site's
#: essential-cookies notice with its button ("This site uses only essential cookies.   OK").
_PIECE_NOTE = re.compile(r"^this\s+(?:article|interview|story|feature|piece|review|column|essay)\s+(?:(?:first|originally)\s+(?:appeared|ran)|"
                         r"was\s+(?:first|originally)\s+(?:published|printed))\s+in\b[^!?]{0,120}$|"
                         r"^[^.!?]{0,60}\b(?:proudly|kindly|generously)\s+(?:sponsored|supported)\s+by\s*:?\s+[^!?]{1,100}$|"
                         r"^this\s+(?:site|website)\s+uses\s+(?:only\s+)?(?:essential|necessary|strictly\s+necessary)\s+cookies\b[^!?]{0,120}$", re.I)
#: A police or emergency page's standing advice ("In an emergency, or if a crime is in progress,
#: always call 999. ..."): the labellers call it page furniture 8 times in 10.
_EMERGENCY_999 = re.compile(r"^(?:in\s+an\s+emergency|in\s+a\s+(?:life[-\s]threatening|medical|real)\s+emergency|if\s+it['’]s\s+an\s+emergency)(?:,?\s+or\s+(?:if\s+)?(?:a\s+)?crime\s+is\s+"
                            r"(?:in\s+progress|happening(?:\s+(?:now|right\s+now))?))?,?\s+(?:always\s+)?(?:call|dial|ring)\s+999\b.{0,300}$", re.I)
#: A sports site's ticker of other scores ("LIVE: <Team> 12–10 <Team> (58') | <Team> 7–21 <Team>",
#: "FULL-TIME: <Team> 1-1 <Team> · <Team> 3-0 <Team>").
_SCORE_TICKER = re.compile(r"^(?:LIVE|FULL[- ]TIME|FT|HALF[- ]TIME|HT|LATEST(?:\s+SCORES)?|RESULTS)\s*:\s*"
                           r"[^|·•]{3,60}?\d{1,3}\s*[–-]\s*\d{1,3}[^|·•]{2,60}(?:[|·•][^|·•]{3,60}?\d{1,3}\s*[–-]\s*\d{1,3}[^|·•]{2,60}){1,8}$")
#: A mortgage calculator's warnings ("This calculator is for illustration only. Your home may be
#: repossessed if you do not keep up repayments ...").
_MORTGAGE_WARNING = re.compile(r"^(?:(?:this\s+calculator|(?:the\s+)?figures|results?)\s+(?:is|are)\s+(?:for\s+illustration|illustrative)(?:\s+only)?\.\s+)?"
                               r"your\s+home\s+may\s+be\s+repossessed\b.{0,300}$", re.I)
#: A calendar's weekday header ("Mon Tue Wed Thu Fri Sat Sun") and its key ("Key: ■ Booked  □
#: Provisional  ○ Available").
_CALENDAR_ROW = re.compile(r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|M|T|W|F|S)\s+){4,6}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|M|T|W|F|S)$|"
                           r"^[Kk]ey\s*:\s*(?:[■□○●◼◻▪▫✓✗✔✘]\s*[\w-]+(?:\s[\w-]+)?\s*){2,6}$")
#: A printed form's blanks to sign and date ("Signed ……………… (Chairman)      Date ………").
_BLANK_SIGNATURE = re.compile(r"^(?:(?:signed|signature|date|name|print\s+name|position)\s*:?\s*(?:[.…_]\s*){4,}"
                              r"(?:\([^()]{1,30}\))?\s*){1,4}$", re.I)
#: A form's button that can only be a form's ("Find address", "Calculate my estimate").
_FORM_BUTTON = re.compile(r"^(?:find\s+(?:my\s+)?address|calculate(?:\s+my)?\s+(?:estimate|quote|price|cost)|get\s+my\s+(?:estimate|quote))$", re.I)
#: A blog's comment form's box and its theme credit ("Save my name, email, and website in this
#: browser for the next time I comment.", "Powered by WordPress · Theme: <Theme> by <Studio>", or the
#: theme alone: "Theme: <Theme> by <Studio> Themes").
_BLOG_FORM_LINE = re.compile(r"^(?:[☐□]\s*)?save\s+my\s+name,?\s+(?:and\s+)?e-?mail(?:,?\s+and\s+website)?\s+in\s+this\s+browser\b[^!?]{0,60}$|"
                             r"^powered\s+by\s+wordpress\s*[·|•]\s*theme\s*:[^.!?]{1,80}$|"
                             r"^theme\s*:[^.!?]{1,40}?\s+by\s+[^.!?]{0,40}\b(?:themes?|studio|design|wordpress(?:\.com)?)\.?$|"
                             # (and its like button as copied while it loads: "Like Loading...")
                             r"^(?:★\s*)?like\s+loading(?:\.{3}|…)$", re.I)
#: A paper's imprint in its footer ("<Paper> is published by <Group> Media Ltd, 14 Sheep Street,
#: <Town> <postcode>.", "Published by <Group> Media Ltd.") and where complaints go.
_PUBLISHER_LINE = re.compile(r"^(?:(?-i:(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){1,5})is\s+)?published\s+by\s+(?-i:(?:[A-Z][\w'’&.-]*\s+){1,5})"
                             r"(?:ltd|limited|plc|llp)(?:\.|,\s*[^!?]{1,120})?$|"
                             r"^complaints\s+about\s+(?:our\s+)?(?:journalism|coverage|content|articles?)\b[^!?]{0,150}$", re.I)
#: A page's weather widget, perhaps after the day's date: "<Town> 9°C, light rain", "Thursday, 10
#: April 2025  ·  14°C, light showers", "Today: light showers, 11°C" (not a forecast's sentence).
_WEATHER_SKY = (r"(?:(?:light|heavy|sunny|bright|clear|dry|cloudy|partly\s+cloudy|mostly\s+\w+)\s+)?(?:rain|showers|drizzle|cloud|cloudy|"
                r"sunny(?:\s+spells)?|sunshine|fog|mist|snow|sleet|clear|overcast|fair|dry|windy|bright|spells|intervals)")
_WEATHER = re.compile(r"^(?:[^|·•\n]{1,40}?(?:\s*[|·•]\s*|\s{2,}))?(?:(?:today|now)\s*:\s*)?(?:"
                      # (the sky perhaps as its icon too: "<Town> 19°C ☀ Sunny spells")
                      r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+-?\d{1,2}\s?°[CF]?(?:,?\s+(?:[☀☁⛅🌤🌥🌦🌧⛈🌨❄🌫]\ufe0f?\s*)?" + _WEATHER_SKY + r")?|"
                      r"-?\d{1,2}\s?°[CF]?,?\s+" + _WEATHER_SKY + r"|"
                      + _WEATHER_SKY + r",\s*-?\d{1,2}\s?°[CF]?)$", re.I)
#: A business's registration number alone ("Registered pharmacy number 1090442.", "Company
#: number 08412277", "Registered in England & Wales, company no. 04417729").
_REGISTRATION_NUMBER = re.compile(r"^(?:registered\s+(?:in\s+england(?:\s*(?:&|and)\s*wales)?\s*[,.·]?\s*)?)?(?:pharmacy|company|premises|vat|gphc)\s+(?:registration\s+)?(?:no\.?|number)\s*:?\s*"
                                  r"[A-Z]{0,3}\s?\d[\d -]{3,}\.?"
                                  # (or the country after the number: "Company No. 09384412 · Registered in England & Wales")
                                  r"(?:\s*[·|,]\s*registered\s+in\s+england(?:\s*(?:&|and)\s*wales)?\.?)?$", re.I)
#: A form's field with its placeholder ("Preferred date: dd/mm/yyyy", "Time: hh:mm").
#: (after a colon or a wide gap; an amount's field is its currency sign alone: "Other amount: £")
_FORM_PLACEHOLDER = re.compile(r"^[^:\n]{2,40}?(?::\s*|\s{3,})(?:dd/mm/yy(?:yy)?|mm/dd/yy(?:yy)?|yyyy-mm-dd|hh:mm|_{3,}|(?<=:)\s*[£$€])\s*\*?$", re.I)
#: A form's field label alone on its line ("Email address", "Your email*").
_FORM_LABEL_OPENINGS = ("email", "e-mail", "your ", "first ", "last ", "full ", "postcode", "name", "phone", "telephone", "mobile")
_FORM_LABEL = re.compile(r"^(?:your\s+)?(?:e-?mail(?:\s+address)?(?:\s+or\s+(?:phone|telephone)(?:\s+number)?)?|first\s+name|last\s+name|full\s+name|"
                         r"name|(?:tele)?phone\s+number|mobile\s+number|message|postcode)\s*\*?:?$", re.I)
#: A form's other parts: a consent or choice box ("☐ Keep me updated about ... by email", "[ ] I am
#: a nervous patient and would like ..."), the buttons that move on or send it ("Continue to
#: payment", "Submit registration"), an optional field ("I am walking in memory of (optional)"), a
#: question with its choices ("Are you registering for NHS or private care?* ( ) NHS ( ) Private").
_FORM_CONTROL = re.compile(r"^(?:(?:[☐☑□]|\[\s?\])\s*(?:keep\s+me|i|send\s+me|sign\s+me\s+up|"
                           r"please\s+(?:send|keep|contact)|yes,?\s+(?:i|please))\b.{0,200}|"
                           r"continue\s+to\s+(?:payment|checkout|booking|the\s+next\s+step|next\s+step|step\s+\d)(?:\s*\([^()]{1,20}\))?|"
                           r"submit(?:\s+(?:your|my|the|a|an)?\s*[\w'’-]+){0,2}\s*[→»]?|"
                           r"[^()\n]{1,120}\?\*?\s*(?:\(\s?\)\s*(?:(?!\(\s?\))[^\n]){1,60}){2,}|"
                           r"(?!\d)[^.!?\n]{2,60}\(optional\))$", re.I)  # (not a recipe's "100ml cream (optional)")
#: A page's reference with its review date ("Research Guide No. 3 · Last reviewed 11 February
#: 2025", "Timetable valid from Monday 3 March · Last updated 26 February").
_LAST_REVIEWED_META = re.compile(r"^(?:(?:[^·|•\n.!?]|\.(?=\s*\d)){1,60}\s[·|•]\s+|"
                                 # (or the part of the page it dates: "Price list last updated 3 March 2025")
                                 r"(?:(?:this\s+)?(?:price\s+list|prices|pricing|timetable|menu|page|fees)\s+))"
                                 r"last\s+(?:updated|reviewed|revised|checked)\s*:?\s*(?:on\s+)?"
                                 r"[^·|•\n]{0,30}\d[^·|•\n]{0,20}$|"
                                 # (or alone, with who updated it: "Last updated 3 January 2025 by <Name>,
                                 # Fixtures Secretary", "Page last updated 2 August 2025 by the club secretary")
                                 r"^(?:page\s+)?last\s+(?:updated|reviewed)\s*:?\s*(?:on\s+)?\d{1,2}\s+" + _MONTH + r"(?:\s+\d{4})?\s+by\s+"
                                 r"(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}(?:,\s+[\w'’ ]{2,40})?|the\s+[\w'’. ]{2,40})$", re.I)
#: A column's adviser disclaimer: "<Name> is not a regulated financial adviser. ...".
_ADVISER_DISCLAIMER = re.compile(r"^this\s+(?:column|article|page|guide)\s+(?:offers|gives|provides)\s+general\s+"
                                 r"information\s+(?:only\s+)?and\s+is\s+not\s+a\s+substitute\s+for\b.{0,300}$|^(?-i:[A-Z])[\w'’ -]{1,40}\s+is\s+not\s+a\s+(?:regulated\s+|qualified\s+|registered\s+)?(?:financial\s+adviser|"
                                 r"lawyer|solicitor|doctor|medical\s+professional|tax\s+adviser)\b.{0,300}$", re.I)
#: A poll's option with its share ("○ Four stars: excellent (29%)") and its vote button ("[Vote]
#: 1,284 votes so far. ..."); a forum's user card ("name · New member") and solved mark ("name
#: marked this thread as Solved."); a pager between angle brackets ("< <previous> | <next> >");
#: a sports club's registration ("<Club> is a registered Community Amateur Sports Club ...",
#: "Registered as a Community Amateur Sports Club.").
_POLL_SHARE = re.compile(r"^[○◯☐]\s*[^()]{1,80}\(\s*\d{1,3}(?:\.\d)?\s*%\s*\)$")
_VOTE_BUTTON = re.compile(r"^\[\s*\w+(?:\s+\w+)?\s*\]\s*[\d,]+\s+votes\b.{0,100}$", re.I)
_MEMBER_CARD = re.compile(r"^[\w.-]{2,30}\s*·\s*(?:new|junior|senior|well-known|active|established|trusted)\s+member$", re.I)
_MARKED_SOLVED = re.compile(r"^\S{2,30}\s+marked\s+this\s+(?:thread|question|post|topic)\s+as\s+(?:solved|answered|resolved)\.?$", re.I)
_ANGLE_PAGER = re.compile(r"^<\s*[^<>|]{1,80}\|\s*[^<>|]{1,80}\s*>$")
#: An affiliate link's button after the product ("The pot I use: <Brand> 26cm Dutch Oven — Check price").
_CHECK_PRICE = re.compile(r"^[^!?]{1,120}\s[—–:|-]\s*check\s+(?:the\s+)?(?:latest\s+)?prices?(?:\s+(?:on|at)\s+[\w .]{1,30})?$", re.I)
#: A product's or place's rating summary ("★★★★★ 4.9 average from 1,318 ratings", "... from 212
#: Google reviews", "4.0 of 5 bubbles · 386 reviews · #7 of 22 hotels in <Town>"): the readers'
#: score, not the critic's.
_RATING_SUMMARY = re.compile(r"^rating\s*:\s*(?:[★☆⭐✩]{1,5}\s*)?\d(?:\.\d)?\s+from\s+[\d,]+\s+(?:votes|ratings|reviews)$|"
                             r"^(?:[★☆⭐✩]{1,5}\s*)?\d(?:\.\d)?\s*(?:average|(?:out\s+)?of\s+5(?:\s+(?:stars|bubbles))?|/\s*5)\s*"
                             r"(?:average\s+)?(?:[·•|,]\s*|from\s+|based\s+on\s+)?[\d,]+\+?\s+(?:(?:google|tripadvisor|trustpilot|facebook|feefo|"
                             r"checkatrade|yell)\s+)?(?:(?:verified|customer|independent)\s+)?(?:ratings|reviews|votes)\b.{0,80}$", re.I)
#: An interactive map's or chart's placeholder, the whole line in brackets ("[Map: reported defects
#: near you. Use the + and - buttons to zoom ...]").
_MAP_PLACEHOLDER = re.compile(r"^\[\s*(?:interactive\s+)?(?:map|chart|graphic)\b[^\]]{0,250}\]$", re.I)
#: A newspaper's print-edition note under a web article ("A version of this article appears in
#: print on March 15, 2025, Section B, Page 11, with the headline: ...").
_PRINT_VERSION_NOTE = re.compile(r"^(?:a\s+version\s+of\s+)?this\s+(?:article|story|review|column|obituary|essay|piece|interview)\s+"
                                 r"(?:appears|appeared|was\s+published)\s+in\s+print\b.{0,300}$", re.I)
_REGISTERED_BODY = re.compile(r"^(?:.{0,60}\bis\s+a\s+registered\s+|registered\s+as\s+an?\s+)community\s+amateur\s+sports\s+club\b.{0,250}$", re.I)
#: A discount banner ("AUTUMN OFFER: Save 20% on selected frames ..."); a firm's trading-name and
#: company-number footers; a form's required field ("Email address *", "Wedding date*").
_OFFER_BANNER = re.compile(r"^(?:[\w'’&-]+\s+){0,4}(?:offer|sale)\s*:\s*.{0,40}?\b\d{1,2}\s?%\s+(?:off|on)\b.{0,200}$", re.I)
#: A letter's signature with the writer's name withheld ("Stallholder, name and address supplied").
_ADDRESS_SUPPLIED = re.compile(r"^(?-i:[A-Z])[\w'’ -]{1,40},\s+name\s+and\s+address\s+supplied\.?$", re.I)
#: A letters page's section label ("Your letters", "LETTERS TO THE EDITOR"): on the example pages of
#: 7 Dec, 14 of 15 such lines labelled furniture (the 15th fact, furniture also accepted). Not a heading over
#: teasers: the letters under it are the page's.
_LETTERS_LABEL = re.compile(r"^(?:your\s+letters|letters\s+to\s+the\s+editor|readers['’]\s+letters)$", re.I)
#: A blog's one-line box about its writer ("About me: I'm Ros, a former teacher who ...").
_ABOUT_ME_LINE = re.compile(r"^about\s+me\s*:\s*(?:I['’]m|I\s+am)\s+(?-i:[A-Z])[\w'’-]*\b.{0,400}$", re.I)
#: A newsletter's box on one line, its label first ("Newsletter: The <Paper> Daily – sign up for free").
_NEWSLETTER_LINE = re.compile(r"^newsletter\s*:\s*.{1,200}?\b(?:sign\s+(?:me\s+)?up|subscribe|inbox)\b.{0,80}$", re.I)
#: A comments box's sign-in prompt ("To comment, please sign in or register.").
_SIGN_IN_TO_COMMENT = re.compile(r"^to\s+(?:comment|join\s+the\s+(?:conversation|discussion)),?\s+(?:please\s+)?(?:sign|log)\s+in\b.{0,80}$", re.I)
#: A live page's filter ("Show key events only").
_KEY_EVENTS_TOGGLE = re.compile(r"^show\s+key\s+events\s+only$", re.I)
#: A site's chat button ("Need help choosing? Chat with us ●", "Talk to us now").
_CHAT_BUTTON = re.compile(r"^(?:💬\s*)?(?:[^?\n]{1,40}\?\s+)?(?:chat|talk)\s+(?:with|to)\s+us(?:\s+(?:now|live|online|on\s+whatsapp))?\s*[●•🟢💬]?$", re.I)
_TRADING_NAME = re.compile(r"^.{0,60}\bis\s+(?:a|the)\s+trading\s+name\s+of\b.{0,300}$", re.I)
_COMPANY_NUMBER = re.compile(r"^[^.!?]{0,80}\b(?:ltd|limited|plc|llp)\b.{0,200}\bcompany\s+(?:no\.?|number)\s*:?\s*\d{6,8}\b.{0,120}$", re.I)
_REQUIRED_FIELD = re.compile(r"^[A-Z][\w'’ ()/,-]{1,60}?\s?\*$")
#: Likes under an update ("87 people like this update"); a guide's inline contents ("In this guide:
#: Check your contract · Give notice in writing · ...").
_LIKES_UPDATE = re.compile(r"^[\d,]+\s+(?:people|backers|supporters|members)\s+like\s+this\s+(?:update|post|comment)$", re.I)
_INLINE_CONTENTS = re.compile(r"^in\s+this\s+(?:guide|article|page|section)\s*:.{1,400}$", re.I)
#: A row of bracketed buttons ("[ Buy the book ] [ Download this guide (PDF) ]"); an
#: encyclopaedia's numbered citation ("1. ^ "Title". Publisher."); a site's account links
#: ("Search <Site> Search Donate Create account Log in").
_BUTTON_ROW = re.compile(r"^(?:\[\s*[^\[\]]{1,40}?\s*\]\s*){2,}$")
_WIKI_CITATION = re.compile(r"^\d{1,3}\.?\s*\^\s*\S.{0,400}$")
_ACCOUNT_LINKS = re.compile(r"^.{0,80}\bcreate\s+account\s+(?:log|sign)\s+in\b.{0,40}$", re.I)
#: A call for readers' contributions by email: "Please send your sightings to sightings@... by Sunday".
_SEND_TO_ADDRESS = re.compile(r"^(?:please\s+)?(?:send|e-?mail)\s+(?:us\s+)?(?:your|any)\s+[\w'’ -]{1,30}?\s+(?:to|at)\s+"
                              r"[\w.+-]+@[\w-]+\.[\w.]+\b.{0,250}$", re.I)
_HELPLINE_PROMPT = re.compile(r"^need\s+(?:help|support|advice|someone\s+to\s+talk\s+to|to\s+talk)(?:\s+(?:now|today|urgently|(?:about|with|on)\s+[^?]{1,60}))?\?"
                              r".{0,300}?\b(?:helpline|(?:call|ring)\s+(?:us|our)\b|our\s+(?:[\w-]+\s+)?team\b|contact\s+us\b|get\s+in\s+touch\b|"
                              r"chat\s+(?:to|with)\s+us\b).{0,200}$", re.I)
_VALUATION_ADVERT = re.compile(r"^.{0,200}\b(?:get|book|request|claim)\s+(?:a|your)\s+free,?\s+(?:instant\s+|online\s+)?"
                               r"valuation\b.{0,200}$", re.I)
_LISTINGS_SEARCH = re.compile(r"^.{0,120}\bsearch\s+(?:over\s+|more\s+than\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,3}"
                              r"(?:for\s+sale|to\s+rent|listings|jobs|vacancies)\b.{0,60}$", re.I)
_ERROR_INVITE = re.compile(r"^.{0,200}\bif\s+you\s+(?:believe|think|spot|notice)\s+(?:that\s+)?(?:an?\s+|this\s+|any\s+)?"
                           r"(?:entry|article|story|report|listing|result|mistake|error|inaccuracy)\b.{0,80}?"
                           r"\b(?:email|e-mail|contact|write\s+to|let\s+us\s+know)\b.{0,200}$", re.I)
_NO_GUARANTEE = re.compile(r"^.{0,200}\bcannot\s+guarantee\s+(?:publication|to\s+publish|that\s+(?:every|all)\s+[\w ]{1,30}?"
                           r"will\s+be\s+(?:published|included))\b.{0,100}$|"
                           # a crowdfunding platform's notice ("<Site> does not guarantee projects ...")
                           r"^[^.!?]{1,40}\bdoes\s+not\s+guarantee\s+(?:projects|campaigns|fundraisers|rewards)\b.{0,300}$", re.I)
#: A listed company's notices: the market-abuse statement ("The Company considers that the
#: information in this announcement constitutes inside information ..."); a newsletter's pitch by
#: its name ("Shelf Life: our weekly books newsletter, with reviews ...").
_INSIDE_INFORMATION = re.compile(r"^.{0,120}\bconstitutes?\s+inside\s+information\b.{0,400}$", re.I)
_NEWSLETTER_PITCH = re.compile(r"^[^.!?:]{1,40}:\s+(?:our|the|a)\s+(?:free\s+)?(?:daily|weekly|monthly|fortnightly)\s+"
                               r"(?:[\w'’-]+\s+){0,2}newsletter\b[^.!?]{0,150}[.!]?$", re.I)


def _is_comment_header(line: str) -> bool:
    return bool(_COMMENT_HEADER.match(line) or (_COMMENT_AGE.match(line) and not _widget_match(line)))


_BY_WORD = re.compile(r"\sby\s")
_CREDIT_VERB = re.compile(r"written|compiled|produced|edited|curated")


#: A booking form's choices ("Select a practice: <A> | <B>", "Choose a stylist: Any available · <Name>
#: · <Name>") and a day's time slots ("Wednesday
#: 14 May: 9:00 | 9:30 | 11:15").
_FORM_CHOICES = re.compile(r"^(?:(?:select|choose|pick)\s+(?:a|an|the|your)\s+[\w'’ ]{1,30}:\s*[^|·\n]{1,60}?(?:(?:\s*[|·]\s*|\s{2,})[^|·\n]{1,60}?)+|"
                           r"[^:|\n]{1,40}:\s*\d{1,2}[:.]\d{2}(?:(?:\s*[|·]\s*|\s{2,})\d{1,2}[:.]\d{2}){2,})$", re.I)
#: A form copied as one row, its parts set apart by wide gaps (``_NAV_GAP``): a field, a button
#: that sends the form ("Your name   Your town   Your letter (max 300 words)   Send letter"),
#: fields marked required ("Name*   Email*   Phone"), or a poll's results with its vote count
#: ("Yes 78%   No 14%   Not sure 8%   (1,243 votes)").
_FORM_SEND = re.compile(r"^(?:send|submit|calculate|upload|vote|search|subscribe|sign\s+up|choose\s+files?|find\s+(?:my\s+)?address|"
                        r"\[[^\[\]]{1,40}\]|"  # a field or a drop-down in brackets ("[ Stove installation ▾ ]")
                        # (a cookie banner's buttons: "Accept all    Manage preferences")
                        r"accept\s+all(?:\s+cookies)?|reject\s+all|manage\s+(?:preferences|cookies|settings)|cookie\s+settings|"
                        r"view\s+results|send\s+(?:message|letter|enquiry|request)|request\s+(?:a\s+)?(?:callback|booking|quote)|sign\s+me\s+up|"
                        # (a comment form's button; a donation form's choice: "Give once   Give monthly")
                        r"post\s+(?:comment|reply)|give\s+(?:once|monthly|regularly)|other\s+amount|"
                        # (a drop-down's prompt: "Time slot *   Select a time")
                        r"select\s+(?:a|an|your)\s+\w+(?:\s+\w+)?)$", re.I)
_POLL_ANSWERS = frozenset({"yes", "no", "undecided", "not sure", "don't know", "maybe", "other"})
_CARD_CONTROL = re.compile(r"^(?:[♥❤♡↻🔁💬👍↪⤴]\ufe0f?\s*)?(?:[\d.,]+[KkMm]?|\d{1,2}\s?(?:m|h|d|w|y|mo)|like|liked\s+by\s+[\d,]+\s+people|reply|repost|"
                           r"comment|share|send|copy\s+link|read\s+[\d.,]+[KkMm]?\s+replies|"
                           # (a count beside its word: "Shares 2", "7 comments")
                           r"(?:likes|comments|shares|replies)\s+[\d.,]+[KkMm]?|[\d.,]+[KkMm]?\s+(?:likes?|comments?|shares?|replies)|"
                           # (or the icon after the word: "Share ⤴", "Comments 🗨 23")
                           r"(?:share|comments?|replies)\s*[⤴↗🗨💬]\ufe0f?(?:\s*[\d.,]+[KkMm]?)?)$", re.I)
_DROPDOWN_FIELD = re.compile(r"^[A-Z][\w'’ ]{1,30}:\s*\[[^\[\]]{0,40}\]$")
_STARRED_ITEM = re.compile(r"^[A-Z][\w'’ -]{0,30}\s?\*$")
#: A form field's label with its choices, at most this many words.
_FORM_CHOICES_MAX_WORDS = 14
_VOTE_SHARE = re.compile(r"^[\w'’ ,-]{1,40}?\s\d{1,3}(?:\.\d)?\s?%$")
_VOTE_COUNT = re.compile(r"^\(?[\d,]+\s+votes?\)?$", re.I)


def _gapped_form(line: str) -> bool:
    """Whether ``line`` is a form or poll copied as one gapped row (see ``_FORM_SEND``), or a
    post card's controls and counts ("♥ 412   ↻ 97   Read 23 replies")."""
    items = [g.strip() for g in _NAV_GAP.split(line.strip()) if g.strip()]
    if (len(items) >= 2 and all(_CARD_CONTROL.match(g) for g in items)
            and not all(g.replace(",", "").replace(".", "").isdigit() for g in items)):
        return True
    if len(items) < 2 or any(g.endswith((".", "!")) for g in items):
        return False
    # (two required fields mark a form, whose choices may run long: "Days available: Mon Tue
    # Wed Thu Fri Sat Sun", "Service: Full Groom / Bath & Tidy / Puppy Introduction / ...", and
    # whose other fields may ask: "Any medical conditions we should know about?")
    if (sum(bool(_STARRED_ITEM.match(g)) for g in items) >= 2
            and all(len(g.split()) <= _FORM_CHOICES_MAX_WORDS for g in items)):
        return True
    if any(g.endswith("?") for g in items):
        # A field that asks, in a row ending with the form's send button ("Name   Postcode   What
        # do you need help with?   SEND"), or a question over its short choices ("How often?
        # One-off   Monthly", "Can we leave a voicemail on this number?   Yes   No").
        return ((_FORM_SEND.match(items[-1]) is not None and all(len(g.split()) <= 8 for g in items))
                or (items[0].endswith("?") and 3 <= len(items) <= 5
                    and all(len(g.split()) <= 3 and not g.endswith("?") for g in items[1:])))
    if any(len(g.split()) > 8 for g in items):
        return False
    if any(_FORM_SEND.match(g) for g in items):
        return True
    if sum(bool(_DROPDOWN_FIELD.match(g)) for g in items) >= 2:
        return True  # a calculator's drop-downs ("Number of windows: [ 1 ▾ ]   Glass: [ Standard ▾ ]")
    if all(g.lower() in _POLL_ANSWERS for g in items):
        return True  # a poll's answers ("Yes  No  Undecided")
    if all(_VOTE_SHARE.match(g) and g.rsplit(None, 1)[0].lower() in _POLL_ANSWERS for g in items):
        return True  # or its results, the count on a line of its own ("Yes 31%   No 64%   Not sure 5%")
    return (len(items) >= 3 and bool(_VOTE_COUNT.match(items[-1]))
            and all(_VOTE_SHARE.match(g) for g in items[:-1]))


#: A form's question and its radio buttons or tick boxes ("I would like to register as: ( ) NHS
#: patient ( ) Private patient ( ) Not sure", "Which day will you come?  ○ Saturday  ○ Sunday",
#: "Choose your distance *   ○ 5K – £18   ○ 10K – £22").
_FORM_BOXES = re.compile(r"^[^:?*\n]{1,60}(?::|\?|\s\*)(?:\s*\*)?\s*(?:(?:\(\s?\)|\[\s?\]|[○◯☐□])\s*[^()\[\]○◯☐□:\n]{1,40}){2,}$")
#: A firm's contact row: its name, address, phone and e-mail between dots or bars ("<Firm> Ltd ·
#: 4 Tanner's Yard, <Town> · 01632 960 418 · hello@<firm>.co.uk"), or a label's name, phone and
#: e-mail between commas ("Bookings: <Name>, 01632 960775, bookings@<hall>.org.uk").
_CONTACT_ROW = re.compile(r"^(?-i:[A-Z])[\w ]{1,30}:\s*[^,:\n]{2,40},\s*\+?\d[\d ()-]{8,}\d,\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$|"
                          r"^(?=.*\s[·|•]\s*\+?\d[\d ()-]{8,}\d\s*(?:[·|•]|$))(?=.*\s[·|•]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:[·|•]|$))"
                          r"[^·|•.!?\n]{2,60}(?:\s[·|•]\s*[^·|•!?\n]{2,60}){2,5}$")
#: A club's sponsor credit: "Today's match sponsor: <Firm>, <Town>".
_MATCH_SPONSOR = re.compile(r"^(?:today['’]s\s+)?(?:match|kit|ball|programme|page)\s+sponsors?\s*:\s*(?-i:[A-Z])[^.!?]{1,120}$", re.I)


#: A site's search box as copied ("Search …", "Search this site Search").
_SEARCH_BOX = re.compile(r"^search(?:\s+(?:this|the|our)\s+(?:site|website|blog))?(?:\s+search)?\s*(?:…|\.\.\.)?$", re.I)
#: Share buttons run together with no gaps ("Share on Facebook Share on X Email this article").
_SHARE_RUN = re.compile(r"^(?:(?:share\s+(?:on|by|via)\s+\w+|e-?mail\s+this(?:\s+(?:page|article|story|post))?|copy\s+link|print)\s*){2,}$", re.I)
#: The word "Share" over its buttons copied as icons or letters, bare or in brackets ("Share [f]
#: [X] [✉]", "Share this article [f] [X] [in]", "Share 🔗 f 𝕏 ✉", "Share: f in", "Share 🔗 Facebook X WhatsApp"): two buttons at least, none a
#: word but "in" or a platform's name.
_SHARE_ICONS = re.compile(r"^(?:\d{1,2}\s+min(?:ute)?s?\s+read\s*(?:[·•|]|\s{2,})\s*)?(?:🔗\s*)?share(?:\s+this\s+(?:article|story|page|post))?\s*:?(?:\s+(?:\[[^\]\n]{1,12}\]|\S|[^\w\s]{2}|in|"
                          r"facebook|whatsapp|linkedin|e-?mail|copy\s+link)){2,}$", re.I)
#: A booking form's step ("Step 2 of 4: Choose your practitioner").
_FORM_STEP = re.compile(r"^step\s+\d{1,2}\s+of\s+\d{1,2}\b[^.!?]{0,60}$", re.I)
#: A post's or comment's buttons run together, perhaps after the like count ("Like Comment Share",
#: "👍 42 Reply Report").
_BUTTON_WORDS = re.compile("^(?:[♥❤♡👍]\ufe0f?\\s*[\\d,.]+[KkMm]?\\s+)?(?i:like|comment|share|reply|report|repost|send)"
                           "(?:\\s+(?i:like|comment|share|reply|report|repost|send)){1,4}$|"
                           # (or one with its count: "Like (9)", a review's "👍 Helpful (18)")
                           "^(?:👍\\s*)?(?i:like|reply|replies|helpful|useful)\\s*\\(\\d{1,5}\\)$|"
                           # (or asked, with its thumb: "Helpful? 👍 12")
                           "^(?i:helpful|useful)\\?\\s*👍?\\s*\\d{1,5}$|"
                           # (or a comment's controls with its age and likes: "Like · Reply · 52m · 18")
                           "^(?i:like)\\s*[·•]\\s*(?i:reply)\\s*[·•]\\s*\\d{1,2}\\s*(?:m|h|d|w|y|mo)\\s*[·•]\\s*[\\d,.]+[KkMm]?$|"
                           # (or a phone's call bar: "📞 Tap to call")
                           "^(?:📞\\s*)?(?i:tap\\s+to\\s+(?:call|ring|phone|text)(?:\\s+us)?)$")
#: A like count behind its heart or thumb ("♥ 9", "👍 14", "♡ 412 likes") or before it ("12 👍"),
#: a comment's or a card's.
_ICON_COUNT = re.compile("^(?:[♥❤♡👍💬]\ufe0f?\\s*[\\d,.]+[KkMm]?(?:\\s+likes?)?|[\\d,.]+[KkMm]?\\s*[♥❤♡👍]\ufe0f?|"
                         # (a post's likes and reposts behind their icons: "♥ 86 ↻ 41")
                         "[♥❤♡👍]\ufe0f?\\s*[\\d,.]+[KkMm]?(?:\\s+[↻🔁💬]\ufe0f?\\s*[\\d,.]+[KkMm]?){1,3}|"
                         "[♥❤♡]\\s*(?:shortlist|wish\\s*list|saved(?:\\s+items)?|favou?rites)\\s*\\(\\d+\\))$", re.I)


#: A site's credit, alone or in a footer row ("Website kindly maintained by a plot holder · Privacy ·
#: Last updated <date>", "Privacy · Accessibility · Website built and looked after by volunteers ·
#: Page last updated 12 May 2025"), whose credit runs longer than a menu's item.
_WEBSITE_CREDIT_ROW = re.compile(r"^(?:[^·|\n]{1,60}?\s+[·|]\s+){0,5}(?:website|site)(?:\s+(?:kindly\s+)?(?:built|designed|made|maintained|run|hosted)"
                                 r"(?:\s+and\s+(?:looked\s+after|maintained|hosted|run))?)?\s+by\b[^·|\n]{1,60}(?:\s+[·|]\s+[^·|\n]{1,40}){0,4}$", re.I)
#: A blog's related post as WordPress lists it: title, date and category ("New learners wanted –
#: 12 September 2024 – In “St Mary's Church”").
_RELATED_POST = re.compile(r"^[^\n]{3,120}?\s[–—-]\s" + _DATE + r"\s[–—-]\s(?:In|Similar\s+post)\s+[“\"][^”\"\n]{1,60}[”\"]$")
#: A police or council release's filing fields spaced apart ("Area: <District>   Crime type: Vehicle
#: crime").
_RELEASE_FIELDS = re.compile(r"^(?:area|district|force\s+area|location|ward)\s*:\s*[^:\n]{2,40}?\s{2,}"
                             r"(?:crime\s+type|category|incident\s+type|type|topic)\s*:\s*[^:\n]{2,40}$", re.I)


_PHONE_ROW_SEP = re.compile(r"\s+\|\s+|\s{3,}")
_PHONE_NUMBER_IN = re.compile(_PHONE_NUMBER)


def _phone_row(line: str) -> bool:
    """Whether ``line`` is a header's numbers set apart by a bar or a gap, each under its icon or
    label ("☎ 01632 960 418   |   24hr emergencies: 07700 900 273"), or a number beside the
    address ("📞 01632 960418   |   Unit 3, <Farm> Barns, <Village>")."""
    if _PHONE_NUMBER_IN.search(line) is None:
        return False
    parts = [p.strip() for p in _PHONE_ROW_SEP.split(line) if p.strip()]
    phones = [bool(_PHONE_ALONE.match(p)) for p in parts]
    return len(parts) >= 2 and any(phones) and all(
        is_phone or ("," in p and len(p.split()) <= 10 and not p.endswith((".", "!", "?"))) for p, is_phone in zip(parts, phones))


#: The widget shapes that need a keyword in the lowered line (a literal the shape holds, or the
#: line's opening or ending): each as its keywords and its test, the test unchanged from when it
#: stood in `_widget_match`'s chain. `_widget_match` runs a test only when one pass of an
#: Aho-Corasick automaton over the line (`_KEYWORD_AUTOMATON`) has found one of its keywords, where
#: the chain tested some 170 substrings one by one; the lines it is asked about (about two per
#: sentence of an article) hold one of them 0.85 times on average.
_KEYWORD_SHAPES: tuple[tuple[tuple[str, ...], Callable[[str, str], object]], ...] = (
    (("step",),
     lambda line, low: low.startswith("step") and _FORM_STEP.match(line)),
    (("search",),
     lambda line, low: low.startswith("search") and _SEARCH_BOX.match(line)),
    (("share",),
     lambda line, low: (low.startswith("share") and _SHARE_RUN.match(line)) or _SHARE_ICONS.match(line)),
    (("sponsor",),
     lambda line, low: "sponsor" in low and _MATCH_SPONSOR.match(line)),
    (("last ",),
     lambda line, low: "last " in low and _LAST_REVIEWED_META.match(line)),
    (("form",),
     lambda line, low: "form" in low and _FORM_PROMPT.match(line)),
    (("buy",),
     lambda line, low: low.startswith("buy") and _BOOKSHOP_BUTTON.match(line)),
    ((" all ", "read all"),
     lambda line, low: (" all " in low or low.startswith("read all")) and _SHOW_ALL.match(line)),
    (("removed", "deleted", "hidden", "withdrawn", "moderated"),
     lambda line, low: ("removed" in low or "deleted" in low or "hidden" in low or "withdrawn" in low or "moderated" in low)
                       and _MODERATED.match(line)),
    (("comments can", "period", "public comments", "report", "signed", "authori", "approved", "as received"),
     lambda line, low: ("comments can" in low or "period" in low or "as received" in low
                        or low.startswith(("public comments", "report", "countersigned", "signed", "authori", "approved")))
                       and _PORTAL_NOTE.match(line)),
    (("happy", "agree", "consent"),
     lambda line, low: ("happy" in low or "agree" in low or "consent" in low) and _CONTACT_CONSENT.match(line)),
    (("page", "correction", "read", "see", "to read", "to see", "letters", "comments", "full", "view", "proudly", "supported", "sponsored", "funded", "story", "commenting", "our", "club", "match", "sponsors", "request", "please", "fill", "image", "photo", "picture", "video"),
     lambda line, low: low.startswith(("page", "correction", "read", "see", "to read", "to see", "letters", "comments", "full", "view", "proudly", "supported", "sponsored", "funded", "story", "commenting", "our", "club", "match", "sponsors", "request", "please", "fill", "image", "photo", "picture", "video"))
                       and _PAGE_FURNITURE.match(line)),
    (("submitted by",),
     lambda line, low: low.startswith("submitted by") and _SUBMITTED_BY.match(line)),
    (("replying to ",),
     lambda line, low: "replying to " in low and _REPLYING_TO.match(line)),
    (("this", "proudly", "kindly", "generously"),
     lambda line, low: ("this" in low or "proudly" in low or "kindly" in low or "generously" in low)
                       and _PIECE_NOTE.match(line)),
    (("repossessed",),
     lambda line, low: "repossessed" in low and _MORTGAGE_WARNING.match(line)),
    (("find", "calculate", "get my"),
     lambda line, low: low.startswith(("find", "calculate", "get my")) and _FORM_BUTTON.match(line)),
    (("save my", "wordpress", "theme", "like", "★"),
     lambda line, low: ("save my" in low or "wordpress" in low or low.startswith(("theme", "like", "★")))
                       and _BLOG_FORM_LINE.match(line)),
    (("site",),
     lambda line, low: "site" in low and " by " in low and _WEBSITE_CREDIT_ROW.match(line)),
    (("number", "no"),
     lambda line, low: ("number" in low or "no" in low) and _REGISTRATION_NUMBER.match(line)),
    (("is not a",),
     lambda line, low: "is not a" in low and _ADVISER_DISCLAIMER.match(line)),
    (("raised",),
     lambda line, low: "raised" in low and _RAISED_TOTAL.match(line)),
    (("poll",),
     lambda line, low: "poll" in low and _PAPER_POLL.match(line)),
    ((" abide", "regulated by", " member", " adhere", " subscribe", " follow", " committed to"),
     lambda line, low: (" abide" in low or "regulated by" in low or " member" in low or " adhere" in low or " subscribe" in low
                        or " follow" in low or " committed to" in low)
                       and _REGULATOR_NOTICE.match(line)),
    (("bloggers", "people like"),
     lambda line, low: ("bloggers" in low or "people like" in low) and _BLOGGERS_LIKE.match(line)),
    (("cite this",),
     lambda line, low: "cite this" in low and _CITE_THIS.match(line)),
    (("creative commons",),
     lambda line, low: "creative commons" in low and _REUSE_LICENCE.match(line)),
    (("secure",),
     lambda line, low: "secure" in low and _SECURE_DONATION.match(line)),
    (("back to",),
     lambda line, low: "back to" in low and _BACK_LINK.match(line)),
    (("add to",),
     lambda line, low: "add to" in low and _BASKET_ITEM.match(line)),
    (("in stock",),
     lambda line, low: "in stock" in low and _IN_STOCK.match(line)),
    (("found this",),
     lambda line, low: "found this" in low and _FOUND_HELPFUL.match(line)),
    (("this form",),
     lambda line, low: "this form" in low and _FORM_CONSENT.match(line)),
    (("gift of", "donation of"),
     lambda line, low: ("gift of" in low or "donation of" in low) and _GIFT_ASK.match(line)),
    (("opens in",),
     lambda line, low: "opens in" in low and _NEW_WINDOW_LINK.match(line)),
    (("subject to change",),
     lambda line, low: "subject to change" in low and _SUBJECT_TO_CHANGE.match(line)),
    (("member",),
     lambda line, low: "member" in low and _MEMBER_CARD.match(line)),
    (("marked this",),
     lambda line, low: "marked this" in low and _MARKED_SOLVED.match(line)),
    (("is a registered", "registered as"),
     lambda line, low: ("is a registered" in low or low.startswith("registered as")) and _REGISTERED_BODY.match(line)),
    (("check price",),
     lambda line, low: "check price" in low and _CHECK_PRICE.match(line)),
    (("in print",),
     lambda line, low: "in print" in low and _PRINT_VERSION_NOTE.match(line)),
    (("ratings", "reviews", "votes"),
     lambda line, low: ("ratings" in low or "reviews" in low or "votes" in low) and _RATING_SUMMARY.match(line)),
    (("offer", "sale"),
     lambda line, low: ("offer" in low or "sale" in low) and "%" in line and _OFFER_BANNER.match(line)),
    (("trading name",),
     lambda line, low: "trading name" in low and _TRADING_NAME.match(line)),
    (("about me",),
     lambda line, low: low.startswith("about me") and _ABOUT_ME_LINE.match(line)),
    (("letters",),
     lambda line, low: len(line) < 30 and _LETTERS_LABEL.match(line)),
    (("newsletter",),
     lambda line, low: low.startswith("newsletter") and _NEWSLETTER_LINE.match(line)),
    (("to comment", "to join the"),
     lambda line, low: low.startswith("to ") and _SIGN_IN_TO_COMMENT.match(line)),
    (("key events only",),
     lambda line, low: "key events only" in low and _KEY_EVENTS_TOGGLE.match(line)),
    (("address supplied",),
     lambda line, low: "address supplied" in low and _ADDRESS_SUPPLIED.match(line)),
    (("chat with us", "talk to us"),
     lambda line, low: ("chat with us" in low or "talk to us" in low) and _CHAT_BUTTON.match(line)),
    (("company n",),
     lambda line, low: "company n" in low and _COMPANY_NUMBER.match(line)),
    (("like this",),
     lambda line, low: "like this" in low and _LIKES_UPDATE.match(line)),
    (("in this ",),
     lambda line, low: "in this " in low and _INLINE_CONTENTS.match(line)),
    (("create account",),
     lambda line, low: "create account" in low and _ACCOUNT_LINKS.match(line)),
    (("photo", "picture", "image", "illustration"),
     lambda line, low: ("photo" in low or "picture" in low or "image" in low or "illustration" in low)
                       and _PHOTO_CREDIT.match(line)),
    (("c/o",),
     lambda line, low: "c/o" in low and _CARE_OF.match(line)),
    (("registered charity", "society"),
     lambda line, low: ("registered charity" in low or "society" in low) and _CHARITY_NUMBER.match(line)),
    ((" by ",),
     lambda line, low: " by " in low and _OPERATED_BY.match(line)),
    (("part of",),
     lambda line, low: "part of" in low and _PART_OF_GROUP.match(line)),
    (("subscribe", "coffee", "support", "donate", "become a"),
     lambda line, low: (low.startswith("subscribe") or "coffee" in low or "support" in low or "donate" in low or "become a" in low)
                       and _SUBSCRIBE_PITCH.match(line)),
    (("within",),
     lambda line, low: "within" in low and _REPLY_PROMISE.match(line)),
    (("group",),
     lambda line, low: "group" in low and _GROUP_CHROME.match(line)),
    (("share",),
     lambda line, low: "share" in low and _SHARE_PROMPT.match(line)),
    (("regret",),
     lambda line, low: "regret" in low and _CANNOT_REPLY.match(line)),
    (("doi", "author", "available", "download"),
     lambda line, low: ("doi" in low or "author" in low or "available" in low or "download" in low)
                       and _PRESS_NOTE.match(line)),
    (("kb", "mb"),
     lambda line, low: "(" in line and ("kb" in low or "mb" in low) and _ATTACHMENTS.match(line)),
    (("share",),
     lambda line, low: "share" in low and _COUNTS_AND_SHARE.match(line)),
    (("kb", "mb", "gb"),
     lambda line, low: low.endswith(("kb", "mb", "gb")) and _FILE_LINE.match(line)),
    (("tel", "phone"),
     lambda line, low: ("|" in line or "·" in line or "•" in line)
                       and ("tel" in low or "phone" in low)
                       and _ADDRESS_LINE.match(line)),
    (("reported from",),
     lambda line, low: "reported from" in low and _REPORTED_FROM.match(line)),
    (("comments are", "comments "),
     lambda line, low: ("comments are" in low or low.startswith("comments ")) and _COMMENTS_TAIL.match(line)),
    ((" by ",),
     lambda line, low: " by " in low and ("licens" in low or "regulated" in low) and _OPERATOR_LICENCE.match(line)),
    (("appear", "run", "published", "writes"),
     lambda line, low: ("appear" in low or "run" in low or "published" in low or "writes" in low)
                       and _SCHEDULE_NOTE.match(line)),
    (("love to", "like to", "newsdesk", "your say", "tell us"),
     lambda line, low: ("love to" in low or "like to" in low or "newsdesk" in low or "your say" in low or "tell us" in low)
                       and _STORY_CALL.match(line)),
    (("personal",),
     lambda line, low: "personal" in low and _PERSONAL_USE.match(line)),
    (("register", "licen", "member of", "member club of"),
     lambda line, low: ("register" in low or "licen" in low or low.startswith(("member of", "member club of")))
                       and _TRADE_REGISTER.match(line)),
    (("letters", "editor"),
     lambda line, low: ("letters" in low or "editor" in low) and _LETTERS_DESK.match(line)),
    (("registered charity",),
     lambda line, low: "registered charity" in low and _CHARITY_FOOTER.match(line)),
    (("obligation",),
     lambda line, low: "obligation" in low and _NO_OBLIGATION.match(line)),
    (("charitable",),
     lambda line, low: "charitable" in low and _CHARITABLE_BODY.match(line)),
    (("need",),
     lambda line, low: "need" in low and _HELPLINE_PROMPT.match(line)),
    (("valuation",),
     lambda line, low: "valuation" in low and _VALUATION_ADVERT.match(line)),
    (("search",),
     lambda line, low: "search" in low and _LISTINGS_SEARCH.match(line)),
    (("if you",),
     lambda line, low: "if you" in low and _ERROR_INVITE.match(line)),
    (("guarantee",),
     lambda line, low: "guarantee" in low and _NO_GUARANTEE.match(line)),
    (("inside information",),
     lambda line, low: "inside information" in low and _INSIDE_INFORMATION.match(line)),
    (("newsletter",),
     lambda line, low: "newsletter" in low and _NEWSLETTER_PITCH.match(line)),
    (("enter", "search"),
     lambda line, low: ("enter" in low or "search" in low) and _PLACE_BOX.match(line)),
    (("unlock",),
     lambda line, low: "unlock" in low and _UNLOCK_PITCH.match(line)),
    (("anonymously", "pays for", "pay for"),
     lambda line, low: ("anonymously" in low or "pays for" in low or "pay for" in low)
                       and _ANONYMOUS_REVIEWS.match(line)),
    (("funding",),
     lambda line, low: "funding" in low and _FUNDING_MEMBER.match(line)),
    (("registered",),
     lambda line, low: "registered" in low and _COMPANY_FOOTER.match(line)),
    # (it ends in the postcode)
    (("ltd", "limited", "plc", "llp", "cic"),
     lambda line, low: line[-1:].isupper()
                       and ("ltd" in low or "limited" in low or "plc" in low or "llp" in low or "cic" in low)
                       and _COMPANY_ADDRESS.match(line)),
    (("charity registered",),
     lambda line, low: "charity registered" in low and _CHARITY_REGISTERED.match(line)),
    (("sponsored by",),
     lambda line, low: "sponsored by" in low and _SPONSORED_BY.match(line)),
    (("ref",),
     lambda line, low: "ref" in low and _ARCHIVE_REF.match(line)),
    (("service ",),
     lambda line, low: "service " in low and _SERVICE_OF.match(line)),
    (("affiliated to",),
     lambda line, low: "affiliated to" in low and _AFFILIATED.match(line)),
    (("editorial board",),
     lambda line, low: "editorial board" in low and _BOARD_LIST.match(line)),
    (("authorised", "authorized"),
     lambda line, low: ("authorised" in low or "authorized" in low) and _REGULATED.match(line)),
    (("follow",),
     lambda line, low: "follow" in low and _EMBED_HEADER.match(line)),
    (("provided",),
     lambda line, low: "provided" in low and _REVIEW_UNIT.match(line)),
    (("write a review",),
     lambda line, low: "write a review" in low and _REVIEW_INVITE.match(line)),
    (("follow", "shares", "posts"),
     lambda line, low: ("follow" in low or "shares" in low or low.endswith("posts")) and _PAGE_COUNTS.match(line)),
    (("code",),
     lambda line, low: "code" in low and _PROMO_CODE.match(line)),
    (("-funded",),
     lambda line, low: "-funded" in low and _LISTENER_FUNDED.match(line)),
    (("affiliate link",),
     lambda line, low: "affiliate link" in low and _AFFILIATE_ITEM.match(line)),
    (("reply to this",),
     lambda line, low: "reply to this" in low and _REPLY_PROMPT.match(line)),
    (("published every",),
     lambda line, low: "published every" in low and _PUBLISHED_EVERY.match(line)),
    (("registered ",),
     lambda line, low: "registered " in low and _REGISTERED_FOOTER.match(line)),
    (("company n",),
     lambda line, low: "company n" in low and _COMPANY_NUMBER_FOOTER.match(line)),
    (("time of publi",),
     lambda line, low: "time of publi" in low and _CORRECT_AT_PUBLISHING.match(line)),
    (("answers readers",),
     lambda line, low: "answers readers" in low and _COLUMN_SLOT.match(line)),
    (("emergency",),
     lambda line, low: "emergency" in low and _EMERGENCY_CALL.match(line)),
    (("online",),
     lambda line, low: "online" in low and "members" in low and _COMMUNITY_BOX.match(line)),
    (("box",),
     lambda line, low: "box" in low and _PO_BOX.match(line)),
    ((" weekly ", " monthly ", " daily "),
     lambda line, low: (" weekly " in low or " monthly " in low or " daily " in low) and _PAGE_NOTE.match(line)),
    (("issue", "bulletin", "edition", "newsletter"),
     lambda line, low: ("issue" in low or "bulletin" in low or "edition" in low or "newsletter" in low)
                       and _ISSUE_LINE.match(line)),
    (("profile", "listing", "details"),
     lambda line, low: low.endswith(("profile", "listing", "details")) and _DIRECTORY_ENTRY.match(line)),
    (("sign up", "subscribe", "enter your"),
     lambda line, low: ("sign up" in low or "subscribe" in low or "enter your" in low) and _SIGNUP_TAIL.match(line)),
    (("nbox",),
     lambda line, low: "nbox" in low and _INBOX_PITCH.match(line)),
    (("alert",),
     lambda line, low: "alert" in low and _ALERT_SIGNUP.match(line)),
    (("supported", "funded"),
     lambda line, low: ("supported" in low or "funded" in low) and _AUDIENCE_SUPPORTED.match(line)),
    (("satiric", "resemblance"),
     lambda line, low: ("satiric" in low or "resemblance" in low) and _SATIRE_NOTICE.match(line)),
    (("housing", "reliable", "discriminat"),
     lambda line, low: ("housing" in low or "reliable" in low or "discriminat" in low) and _LISTING_NOTICE.match(line)),
    (("commission", "affiliate", "sales"),
     lambda line, low: ("commission" in low or "affiliate" in low or "sales" in low) and _NAMED_AFFILIATE.match(line)),
    (_FORM_LABEL_OPENINGS,
     lambda line, low: len(line) < 40 and low.startswith(_FORM_LABEL_OPENINGS) and _FORM_LABEL.match(line)),
    (("editorial", " is the ", "about our"),
     lambda line, low: (("editorial" in low and (" represent" in low or " reflect" in low or " is agreed by" in low))
                        or " is the " in low or low.startswith("about our"))
                       and _EDITORIALS_NOTE.match(line)),
)


def _keyword_automaton(shapes) -> ahocorasick.Automaton:
    """An automaton that finds every keyword of ``shapes`` in a string (overlapping ones too),
    each with the indexes of the shapes it opens."""
    by_keyword: dict[str, list[int]] = {}
    for index, (keywords, _) in enumerate(shapes):
        for keyword in keywords:
            by_keyword.setdefault(keyword, []).append(index)
    automaton = ahocorasick.Automaton()
    for keyword, indexes in by_keyword.items():
        automaton.add_word(keyword, tuple(indexes))
    automaton.make_automaton()
    return automaton


_KEYWORD_AUTOMATON = _keyword_automaton(_KEYWORD_SHAPES)


def _widget_match(line: str) -> bool:
    """Whether ``line`` is one of the widget shapes: `_WIDGET`, a shape of `_KEYWORD_SHAPES` whose
    keyword the lowered line holds, or one of the shapes below, each behind a cheap test (a
    character the line must hold, its first word)."""
    if _WIDGET.match(line):
        return True
    if (line[:1] in "♥❤♡👍💬" or line[-1:] in "♥❤♡👍\ufe0f") and _ICON_COUNT.match(line):
        return True
    if len(line) < 40 and _BUTTON_WORDS.match(line):
        return True
    low = line.lower()
    first = _FIRST_WORD.match(low)
    # (each shape at most once, though its keywords may occur many times)
    tried: set[int] = set()
    for _, indexes in _KEYWORD_AUTOMATON.iter(low):
        for index in indexes:
            if index not in tried:
                tried.add(index)
                if _KEYWORD_SHAPES[index][1](line, low):
                    return True
    if first is not None and first.group() in _LEAD_WORDS and _WIDGET_LEAD.match(line):
        return True
    # Each `_WIDGET_TAIL` shape holds "comment", "reserved" ("erved" here), "(", "/" or "via";
    # the other shapes hold their own literal. Under re.I the letters a, b, c, d, e, l, m, n, o,
    # r, t, v, x, y match only characters whose lower() is that letter, so the lowered line holds
    # the literal; "i" also matches "İ" (lowered "i̇") and "ı", hence the three spellings of
    # "via" and "nbox" for "inbox".
    if ("comment" in low or "erved" in low or "(" in line or "/" in line
            or "via" in low or "vi\u0307a" in low or "v\u0131a" in low) and _WIDGET_TAIL.match(line):
        return True
    stripped = line.rstrip()
    if stripped and (stripped[-1] in "→»▶►›>" or stripped[-1] == ")") and _LINK_BUTTON.match(stripped):
        return True
    if ("$" in line or "£" in line or "€" in line) and (_PRICE_AT_RETAILER.match(line)
                                                        or _PRICE_THEN_BUY.match(line)
                                                        or _PRICE_BUTTONS.match(line)):
        return True
    if line[:1] in "(○◯☐[" and _POLL_OPTIONS.match(line):
        return True
    if "[" in line and _FORM_FIELDS.match(line):
        return True
    if ("|" in line or "·" in line or "  " in line) and ":" in line and _FORM_CHOICES.match(line):
        return True
    if (":" in line or "?" in line or "*" in line) and _FORM_BOXES.match(line):
        return True
    if ("  " in line or "\t" in line) and _gapped_form(line):
        return True
    if "@" in line and _CONTACT_ROW.match(line):
        return True
    if first is not None and first.group() in _COMMON_WORDS and _COMMON_LEAD.match(line):
        return True
    if " · " in line and _ADDRESS_BAR.match(line):
        return True
    if first is not None and first.group() in ("call", "tel", "phone", "telephone", "ring") and _PHONE_BAR.match(line):
        return True
    if ((line[-1:].isdigit() or "line " in low) and _PHONE_ALONE.match(line)) or (("|" in line or "   " in line) and _phone_row(line)):
        return True
    if ("/" in line or "__" in line or "hh:" in low or line[-1:] in "£$€") and _FORM_PLACEHOLDER.match(line):
        return True
    if "999" in line and _EMERGENCY_999.match(line):
        return True
    if line[:1].isupper() and ":" in line and _SCORE_TICKER.match(line):
        return True
    if line[:1] in "MTWFSKk" and _CALENDAR_ROW.match(line):
        return True
    if ("…" in line or "...." in line or "___" in line) and _BLANK_SIGNATURE.match(line):
        return True
    if len(line) < 40 and _PAPER_VIEW.match(line):
        return True
    if "°" in line and _WEATHER.match(line):
        return True
    if ("ublished by" in line or "omplaints" in line) and _PUBLISHER_LINE.match(line):
        return True
    if "  " in line and _RELEASE_FIELDS.match(line):
        return True
    if (" In “" in line or ' In "' in line) and _RELATED_POST.match(line):
        return True
    if (line[:1] in "☐☑□[" or low.startswith(("continue", "submit")) or low.endswith("(optional)")
            or "( )" in line) and _FORM_CONTROL.match(line):
        return True
    if line[:1] > "\u2190" and _EMOJI_LINK.match(line):
        return True
    if line[:1] in "○◯☐" and _POLL_SHARE.match(line):
        return True
    if line[:1] == "[" and _VOTE_BUTTON.match(line):
        return True
    if line[:1] == "<" and _ANGLE_PAGER.match(line):
        return True
    if line[:1] == "[" and _MAP_PLACEHOLDER.match(line):
        return True
    if line.endswith("*") and _REQUIRED_FIELD.match(line):
        return True
    if line[:1] == "[" and _BUTTON_ROW.match(line):
        return True
    if "^" in line and _WIKI_CITATION.match(line):
        return True
    if ("·" in line or "•" in line or "|" in line or "  " in line) and _REACTION_COUNTS.match(line):
        return True
    if (line[:1].isdigit() or low.startswith(("from our", "on our", "one ", "two ", "three ", "four ", "five ", "six ", "seven ",
                                                "eight ", "nine ", "ten "))) and _RESPONSES_TO.match(line):
        return True
    if line.count("*") >= 2 and _STARRED_FIELDS.match(line):
        return True
    if "©" in line and _COPYRIGHT_AFTER.match(line):
        return True
    if ("·" in line or "•" in line or "|" in line or "  " in line) and (_WORDED_REACTIONS.match(line) or _COUNT_FIRST_REACTIONS.match(line)):
        return True
    if line[:1].isdigit() and _SPACED_COUNTS.match(line):
        return True
    if ("reply" in low or line[:1] in "▲△⬆↑") and _THREAD_VOTES.match(line):
        return True
    if "@" in line and "|" in line and _CONTACT_LINE.match(line):
        return True
    if "/" in line and ":" in line and _LINK_LINE.match(line):
        return True
    if "&" in line and _TCS_TAIL.match(line):
        return True
    if ("|" in line or "·" in line or "•" in line) and _ACTION_ROW.match(line):
        return True
    if "?" in line and _QUESTION_CONTACT.match(line):
        return True
    if "@" in line and (_SEND_TO_ADDRESS.match(line) or _ROLE_CONTACT.match(line)):
        return True
    if "●" in line and _BADGE_COUNTS.match(line):
        return True
    if "___" in line and _BLANK_FIELDS.match(line):
        return True
    if line[-1:] in "🌐🌎🌍🌏" and _POST_AGE_GLOBE.match(line):
        return True
    if line[:1] > "\u2190" and _EMOJI_REACTIONS.match(line):
        return True
    if line[:1] == "[" and _BRACKETED_NOTE.match(line):
        return True
    if "▾" in line and _DROPDOWN.match(line):
        return True
    if ("·" in line or "|" in line or "•" in line) and _COUNTS_ROW.match(line):
        return True
    # (a line of prose ends in punctuation; the address ends in its postcode or its last link)
    if not line.endswith((".", "!", "?", '"', "”")) and "," in line and _UK_POSTCODE.search(line) and _POSTCODE_ADDRESS.match(line):
        return True
    return (_BY_WORD.search(low) is not None and _CREDIT_VERB.search(low) is not None
            and _CREDITS.match(line) is not None)


_SECTION = re.compile(
    r"^(?:\d{1,2}\.\s+)?(?:most\s+(?:read|popular|viewed|shared)(?:\s+(?:in|on|from)\s+[\w'’&-]+(?:\s+[\w'’&-]+){0,2})?|related(?:\s+(?:article|coverage|content|news|reading|advice|information|"
    r"fact[-\s]?checks|help|(?:[a-z'’-]+\s+)?[a-z'’-]+s|to\s+this\s+(?:story|article|page)))?|"
    # A promoted box's label ("SPONSORED WEBINAR", "Partner content").
    r"(?:sponsored|promoted|partner)\s+(?:webinar|content|event|feature|post|story|stories)|latest(?:(?:\s+[\w'’-]+){0,2}\s+(?:news|stories|headlines|articles?))?|trending(?:\s+(?:now|in\s+[\w'’&-]+(?:\s+[\w'’&-]+){0,2}))?|"
    r"recommended(?:\s+(?:for\s+you|reading|stories))?|(?:if\s+you\s+(?:enjoyed|liked)\s+this(?:\s+(?:post|review|article|piece|story))?,?\s+)?you\s+(?:may|might)\s+also\s+(?:like|enjoy|need|be\s+interested\s+in)|key\s+events|"
    r"(?:read\s+)?more\s+(?:from|on|in)\b.{0,40}|"
    r"(?:read\s+)?more\s+(?:[\w'’-]+\s+){0,2}(?:stories|news|headlines|coverage|articles|fact[-\s]?checks|"
    r"columns|reviews|previews|reports|features|interviews|analysis|explainers|guides|quizzes|puzzles|games|letters|recipes|"
    r"podcasts|videos|obituaries)|top\s+stories|"
    r"editor['’]?s\s+picks?|don['’]?t\s+miss|shop\s+(?:the\s+)?[\w'’-]+|popular(?:\s+(?:now|posts|articles|stories))?|in\s+case\s+you\s+missed\s+it|"
    r"where\s+to\s+(?:watch|stream|buy|listen|see\s+it)|plan\s+your\s+(?:journey|trip|visit|route)|"
    r"(?:upcoming\s+)?fixtures(?:\s+(?:and|&)\s+results)?|"
    r"(?:send|email|submit)\s+(?:us\s+)?your\s+(?:questions?|letters?|stories|tips?|views|problems?|weddings?|photos|pictures|news)|"
    r"from\s+(?:the|our)\s+(?:[\w'’-]+\s+)?(?:blog|journal)|(?:related|more)\s+opinion|what\s+to\s+read\s+next|read\s+next|up\s+next|(?:listen|watch)\s+again|more\s+episodes|"
    r"previous\s+(?:episodes|columns|posts|issues|articles|stories|bulletins|editions)|listings?\s+information|further\s+reading|around\s+the\s+web|from\s+our\s+partners|links|"
    r"other\s+ways\s+to\s+(?:help|give|support(?:\s+us)?)|(?:latest|earlier|previous)\s+updates|related\s+research|"
    r"suggested\s+(?:events|posts|groups|pages|articles|reading)|other\s+(?:[\w-]+\s+)?(?:vacancies|jobs|roles|opportunities)(?:\s+you\s+(?:might|may)\s+like)?|useful\s+links|also\s+in\s+(?:this\s+(?:issue|edition|newsletter|bulletin)|issue\s+(?:no\.?\s*)?\d{1,4})|"
    r"(?:upcoming|other|more)\s+(?:[\w-]+\s+)?(?:auctions|sales|courses|classes|exhibitions|workshops|music|services|works|routes|trails|events|dates|talks|meetings|walks|concerts|shows|trips|visits|outings|excursions)(?:\s+near\s+you|\s+this\s+(?:season|year|term|month))?|"
    r"other\s+(?:incidents|issues|outages)(?:\s+and\s+maintenance)?|other\s+(?:dogs|cats|pets|animals)\s+(?:looking\s+for|needing|in\s+need\s+of)\s+(?:new\s+)?(?:homes?|a\s+home)|"
    r"other\s+(?:recent\s+|local\s+)?(?:club\s+)?(?:notices|news)(?:\s+(?:on|for|in|from)\s+[^.!?:]{1,50})?|(?:other\s+)?recent\s+(?:posts|articles|stories|news|recalls|updates|"
    r"issues|editions|newsletters)|"
    # A fact-check's or report's list of its sources.
    r"sources?|references|sources\s+and\s+(?:notes|methods|methodology)|topics|tags|"
    # A release's contact block ("Media contact:" over the name, title and phone lines), a bare
    # "Read more" over teaser links.
    r"(?:(?:media|press|investor|further)\s+)?(?:contacts?|inquiries|enquiries)|read\s+more|"
    r"(?:supplementary\s+|supporting\s+|background\s+|related\s+)?(?:documents|downloads|attachments)|classifieds|"
    r"latest\s+(?:from|in|on)\s+[^.!?:]{1,40}|"
    r"recent\s+(?:callouts|incidents|jobs|releases|projects|reports|results)|background\s+reading|"
    r"similar\s+(?:threads|posts|listings|products|jobs|lots|cars|vehicles|(?:properties|homes)(?:\s+(?:to\s+rent|for\s+sale|nearby))?)(?:\s+in\s+this\s+(?:auction|sale|area))?|"
    r"neighbouring\s+(?:wards|constituencies|councils|divisions|seats)|more\s+reviews(?:\s+(?:for|of|from|by)\s+[^.!?:]{1,40})?|"
    r"similar\s+(?:halls|hotels|venues|places|restaurants|schools|courses|events|campsites|holiday\s+homes|cottages|gyms)"
    r"(?:\s+(?:near|in|around)\s+[^.!?:]{1,50})?|(?:customers|people)\s+(?:also\s+)?(?:viewed|bought|liked)|frequently\s+bought\s+together|"
    r"(?:other\s+|more\s+)?recent\s+(?:announcements|releases|press\s+releases)(?:\s+from\s+[^.!?:]{1,60})?|"
    r"more\s+(?:jobs|vacancies|roles)(?:\s+(?:at|from|in|with|near)\s+[^.!?:]{1,60})?)\s*:?$",
    re.I)
_NAV_SEP = re.compile(r"\s(?:\||•|·|›|‹|»|>|/)\s")
_NAV_GAP = re.compile(r"[ \t]{2,}|\t")
_NAV_GAP_MIN_ITEMS = 4
#: The icon a menu or share item carries before its name ("☰", "🔍", "🔗", "✉").
_ICON = re.compile(r"^[\u2190-\u2BFF\U0001D400-\U0001D7FF\U0001F000-\U0001FAFF\ufe0f]+\s*")


def _without_icon(item: str) -> str:
    """A menu or share item's name without the icon before it ("" when it is only an icon; a
    letter of a mathematical alphabet, such as "𝕏", is an icon too)."""
    return _ICON.sub("", item)


#: A breadcrumb of two to four short parts between slashes, each opening with a capital and
#: holding letters only ("Space / Comets", "Route guides / Northern climbs"); on the example
#: pages all 70 such lines are furniture to the labellers.
_SLASH_CRUMB = re.compile(r"^[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,3}(?:\s/\s[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,3}){1,3}$")
#: A page's own controls: with one of them, three gapped items are a menu ("Menu  Search  My account").
_CHROME_ITEMS = frozenset({"menu", "search", "home", "sign in", "log in", "subscribe", "register", "my account"})
#: Three or more of those controls with single spaces between them ("Menu Search Sign in").
_CHROME_ROW = re.compile(r"^(?:menu|search|home|sign\s+in|log\s+in|subscribe|register|my\s+account)"
                         r"(?:\s+(?:menu|search|home|sign\s+in|log\s+in|subscribe|register|my\s+account)){2,}$", re.I)
_SOCIAL_SITES = frozenset({"facebook", "instagram", "x", "twitter", "youtube", "tiktok", "linkedin", "threads",
                           "bluesky", "pinterest", "whatsapp", "mastodon", "strava"})
#: A share widget's item ("Share on Facebook", "Email this page", "Copy link").
_SHARE_ITEM = re.compile(r"(?:share\s+on\s+\w+|e-?mail(?:\s+this(?:\s+(?:page|article|story))?)?|copy\s+link|"
                         r"print(?:\s+this\s+page)?)", re.I)
#: "More travel", "More in Business": a section's teaser heading (see ``segment_roles``).
_MORE_SECTION = re.compile(r"^More\s+(?:(?:in|from|on)\s+)?[A-Z&]?[\w&'’-]*(?:\s+[\w&'’-]+){0,3}$")
#: A contents box's first line ("On this page", "Contents", "In this guide"); the short lines
#: under it, in its block, are its entries (see ``structure``).
_CONTENTS_HEADING = re.compile(r"^(?:on\s+this\s+page|contents|table\s+of\s+contents|in\s+this\s+(?:article|guide|page|story))\s*:?$", re.I)
#: The heading of an organisation's or author's "About" block ("About the University of
#: Eastmere", "About Example Analytics", "About the Author").
_ABOUT_HEADING = re.compile(r"^About\s+(?:Us|(?:this|the)\s+(?:series|project|newsletter|podcast|column|author|authors|presenter|host|show|speaker|speakers)|(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|and|for|"
                            r"the|&)){0,7})$")
#: A site's policy box after the body ("LETTERS POLICY — WRITE TO US", "Contact us", "How to
#: complain"): its heading and the paragraphs under it are the site's, not the article's.
_POLICY_HEADING = re.compile(
    r"^(?:(?:letters|comments|corrections|complaints|editorial)\s+policy|write\s+to\s+us|contact\s+us|"
    r"contact\s+the\s+(?:[\w'’-]+\s+){0,2}(?:editor|newsroom|desk)|get\s+help|"
    r"need\s+help\??(?:\s+contact\s+(?:our|the)\s+[\w'’ ]{1,40})?|how\s+to\s+complain|corrections\s+and\s+complaints|our\s+(?:editorial\s+)?standards)"
    r"(?:\s*[—–|:-]\s*(?:write\s+to\s+us|contact\s+us|how\s+to\s+(?:write|complain)))?:?$", re.I)
#: A sponsor slot's heading in a newsletter ("SPONSORED · A word from this week's sponsor",
#: "Today's sponsor"): the paragraphs under it, down to its button, are the sponsor's.
_SPONSOR_HEADING = re.compile(
    r"^(?:sponsored|sponsor(?:ed)?\s+(?:message|content|segment|read|post)|(?:sponsored\s*[·•|:–—-]\s*)?"
    r"a\s+(?:word|message)\s+from\s+(?:our|this\s+\w+['’]s|today['’]s)\s+sponsors?|"
    r"(?:this\s+\w+['’]s|today['’]s)\s+sponsor)\s*:?$", re.I)
_TERMINAL = (".", "?", "!", ":", "”", '"', "’", "'", ")")
#: How a line of prose that is a sentence ends (a title or label line ends otherwise).
_SENTENCE_CLOSERS = (".", "?", "!", "”", '"', "’", "'")


# --------------------------------------------------------------------------- line detectors

def attribution_span(line: str) -> tuple[int, int] | None:
    """Offsets of an embedded post's attribution inside ``line`` (``None`` when it has none).

    The span runs to the end of the line; what comes before it is the post body. A handle
    mentioned in running prose ("she wrote to @cityhall asking …") is not an attribution: the
    handle must close the line, alone or with its date, time or platform.
    """
    stripped = line.rstrip()
    m = (_ATTRIBUTION_PLATFORM.match(stripped.lstrip()) or _PLATFORM_CHROME.match(stripped.lstrip())
         or _CARD_AUTHOR.match(stripped.lstrip()) or _GROUP_POST_SIGNATURE.match(stripped.lstrip())
         or (("osted by" in stripped or " in " in stripped) and _GROUP_POSTED_IN.match(stripped.lstrip()))
         or ("posted in" in stripped and _GROUP_CREDIT_DOTTED.match(stripped.lstrip()))
         or (" in " in stripped and " at " in stripped and _GROUP_CREDIT_IN.match(stripped.lstrip()))
         or ("u/" in stripped and _REDDIT_CREDIT.match(stripped.lstrip()))
         or (("·" in stripped or "•" in stripped or "|" in stripped) and _POST_FOOTER.match(stripped.lstrip())))
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
        # A lower-case name ("— ellie (@elliesaysno_) March 5, 2025") only after a dash opening
        # the line: in running prose a lower-case word before a handle is not a credit.
        if len(name.split()) > 8 or (name and not (name[0].isupper() or name[0].isdigit())
                                     and not stripped.lstrip().startswith(("—", "–", "―"))):
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
    if _POST_FOOTER.match(line.strip()):
        return _BODY_LIMIT["linkedin"]  # a footer with reactions and no platform: LinkedIn's layout
    return _BODY_LIMIT["x"]


def is_timestamp(line: str) -> bool:
    """A line that is only a date and/or time ("Tue, 06/18/2024 – 11:00", "Updated 3 hours ago"),
    or a publication time followed by its update ("09:14, 14 OCT 2025 Updated 11:02, 14 OCT 2025")."""
    # (a note that it is the update's time: "Thursday 17 July 2025, 6:58pm (last updated)")
    stripped = line.strip()
    if stripped.endswith(")"):
        stripped = _BARE_UPDATE_NOTE.sub("", stripped)
    if _TIMESTAMP.match(stripped) or _LABELLED_DAY.match(stripped) or _DAY_AT_TIME.match(stripped):
        return True
    parts = _UPDATED_SPLIT.split(stripped)
    return len(parts) == 2 and all(_TIMESTAMP.match(p) for p in parts)


_UPDATED_SPLIT = re.compile(r"\s+(?=(?:Updated|Last\s+updated)\b)")
_BARE_UPDATE_NOTE = re.compile(r"\s*\((?:last\s+)?updated\)$", re.I)
#: A post card's footer: the date and time with the post's counts ("11 Mar 2025, 21:17 · 214 boosts
#: · 388 favourites").
_DATED_COUNTS = re.compile(r"^(?:posted\s+(?:on\s+)?|replying\s+to\s+@[\w.]{1,40}\s*[·•|]\s*)?(?:" + _TIME + r"\s*[·•,]\s*)?(?:" + _DATE + r"|\d{1,2}\s+" + _MONTH + r"\.?|" + _MONTH + r"\.?\s+\d{1,2})"
                           r"(?:,?\s*(?:at\s+)?" + _TIME + r")?(?:(?:\s*[·•|]\s*|\s{2,})[\d.,]+\s*[KkMm]?\s+(?:boosts?|favou?rites?|likes?|reposts?|replies|"
                           r"shares?|views|retweets|quotes|comments?))+"
                           # (and the card's button: "Posted 10 Mar · 1.2K likes · View on Threads")
                           r"(?:\s*[·•|]\s*view\s+(?:(?:this\s+)?post\s+)?on\s+\w+)?$", re.I)
#: A day and month with its clock time ("Mar 12, 10:58 UTC", "21 May, 10:00 local time"): with
#: the time, a day without a year is a timestamp (alone, "Saturday 17 May" may head a day's
#: programme); and a month with its year alone ("March 2025"), as a status page or an archive
#: heads its entries.
_DAY_AT_TIME = re.compile(r"^(?:(?:\d{1,2}\s+" + _MONTH + r"\.?|" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:at\s+)?"
                          + _PAGE_TIME + r"(?:\s+local\s+time)?|" + _MONTH + r"\s+\d{4}|"
                          # (or the time first, as a comment's header gives it: "9:14am, 3 May")
                          + _PAGE_TIME + r",?\s+(?:on\s+)?(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?))$", re.I)


#: (a display name may carry an emoji: "Name 🌾 (@handle)")
_SIGNATURE = re.compile(r"^" + _NAME + r"\s*(?:[^\w\s()]{1,4}\s*)?\(" + _HANDLE + r"\)$")


#: A reporter's line with where they report from: "Aisha Karim, courts reporter, at Northgate
#: Crown Court", "Dan Whitcombe, at Meadow Lane".
#: A blog's "Posted on May 14, 2024 by Clara Whitfield", also with a title and a role ("... by
#: Councillor Name, Leader of the Council").
_POSTED_ON_BY = re.compile(r"^Posted\s+(?:on\s+)?(?:" + _WEEKDAY + r",?\s+)?(?:" + _DATE + r"|\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})\s+by\s+(?:the\s+)?"
                           r"(?:(?:Councillor|Cllr|Dr|Prof(?:essor)?|Rev(?:d|erend)?|Sir|Dame)\.?\s+)?" + _NAME
                           + r"(?:\s+&\s+" + _NAME + r")?(?:(?:\s+[a-z][\w-]*){0,2}\s+(?:team|office|desk))?(?:,\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|and|for|&)){0,8}"
                           # or a role in lower case ("..., newsletter editor", "..., club secretary")
                           r"|,\s+(?:[\w'’&-]+\s+){0,3}(?:editor|secretary|chair(?:man|woman|person)?|treasurer|president|"
                           r"manager|officer|co-?ordinator|correspondent|reporter|writer|columnist|director|rep|representative)"
                           # (any role in lower case, up to four words: "..., churchwarden")
                           r"|,\s+[a-z][\w'’&-]*(?:\s+[a-z][\w'’&-]*){0,3})?"
                           # or "@" the blog ("... by Tamsin @ Dog-Eared")
                           r"(?:\s+@\s+[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3})?"
                           # (or where: "... by Rhian at <Farm>"; or a note in brackets: "... by Bev (the
                           # one at the desk)")
                           r"(?:\s+(?:in|at)\s+[A-Z][\w&'’ ]{1,40}|\s+\([^()\n]{2,40}\))?"
                           # and the comments' count ("... by <Name> — 7 Comments")
                           r"(?:\s+[—–-]\s+(?:\d+|no)\s+(?i:comments?|responses?))?$")
_BYLINE_AT = re.compile(r"^" + _NAME + r"(?:\s+(?:and|&)\s+" + _NAME + r")?(?:,\s+(?:[\w'’-]+\s+){0,3}(?:reporter|correspondent|editor|writer|"
                        r"columnist|critic))?,\s+at\s+(?:the\s+)?[A-Z][\w'’ .-]{1,60}$")


_NICKNAME = re.compile(r"(?<=[A-Za-z])\s+[\"“‘'][A-Z][\w.-]{0,20}[\"”’']\s+(?=[A-Z])")


_LOWER_BYLINE = re.compile(r"^by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:\s+and\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})?$")


def is_byline(line: str) -> bool:
    """A byline ("By Jane Doe", "By Jane Doe and Sam Roe, Reuters", an author's "Jane Doe
    (@janedoe)" signature); "By the way, …" is not."""
    stripped = line.strip()
    # The literal checks are necessary conditions of the case-sensitive patterns they guard
    # (a signature holds "(@", a wire credit "by" or "contribut"), so skipping is exact.
    if "(@" in stripped and _SIGNATURE.match(stripped):
        return True
    if (("by" in stripped or "contribut" in stripped) and _WIRE_CREDITS.match(stripped)
            and len(stripped.split()) <= 50):
        return True
    if (_BYLINE_INSTITUTION.match(stripped) or (", at " in stripped and _BYLINE_AT.match(stripped))
            or _POSTED_ON_BY.match(stripped) or _AUTHOR_CREDIT.match(stripped)):
        return True
    if stripped[:3] == "by " and _LOWER_BYLINE.match(stripped):
        return True  # a byline set in lower case ("by Orla Brannigan")
    m = _BYLINE.match(stripped)
    if m is None and ('"' in stripped or "“" in stripped or "‘" in stripped):
        # A writer's quoted nickname between the names ('By Jordan "Quill" Abernathy').
        m = _BYLINE.match(_NICKNAME.sub(" ", stripped))
    if not m or len(stripped.split()) > 14:
        return False
    first = m.group("who").split()[0].lower().rstrip(",")
    return first not in _NOT_NAME


@functools.lru_cache(maxsize=4096)
def is_widget(line: str) -> bool:
    """Share/subscribe/follow widgets, navigation, ads, "Read more", copyright, credits, comments.

    Memoised: `slant.structure` asks about one line several times (it empties the memo per article)."""
    stripped = line.strip()
    if len(stripped.split()) > 40:
        return False
    if _widget_match(stripped):
        return True
    # A widget may open with its pictograph ("🛒 Basket (0)   Sign in").
    if stripped[:1] >= "\U0001F000":
        rest = _without_icon(stripped)
        if rest and _widget_match(rest):
            return True
    return is_navigation(stripped)


_FIGURE = re.compile(r"[+\-−]?[$£€]?\d[\d.,]*\s*(?:%|pts?|bp|[kmb]n?|°[CF]?)?|n/a|[–—-]|\d[\d.]*\s*/\s*\d{1,3}|\d{1,2}:\d{2}(?:[.:]\d{1,3})?|"
                     # a duration ("2 hours 13 minutes")
                     r"\d{1,3}\s*(?:hours?|hrs?|minutes?|mins?)(?:\s+\d{1,2}\s*(?:minutes?|mins?|seconds?|secs?))?|"
                     # (a course's days, and its prices: "RYA Powerboat Level 2 | 2 days | <dates> | £230 / £280")
                     r"\d{1,2}\s*(?:days?|nights?|weeks?)|[$£€]\d[\d.,]*\s*/\s*[$£€]\d[\d.,]*", re.I)
#: A schedule's row opens with its clock time ("11.00 am | St Aldric's Church | £10"): not a menu.
_CLOCK_CELL = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2}", re.I)
_WEEKDAY_CELL = re.compile(_WEEKDAY, re.I)
#: (a day's date, perhaps with its weekday and a note: "Sat 12 Apr", "Mon 5 May (bank holiday)")
_DATE_CELL = re.compile(r"(?:" + _WEEKDAY + r",?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"\.?(?:\s+\d{4})?(?:\s*\([^()]{1,30}\))?", re.I)
#: (or the day and the time in one cell: "Monday 6.00–7.15pm")
_DAY_TIME_CELL = re.compile(_WEEKDAY + r"s?\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
                            r"(?:\s*[–-]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)?", re.I)
#: A labelled result ("Moreno-Tate 44%") or price ("Norway Spruce £32", not a button's "Give £15");
#: a ticker's moves ("KIA 38,905.12 ▼ 1.07%") are page chrome.
_LABELLED_FIGURE = re.compile(r"(?!(?i:give|donate|pay|buy|book|add)\b)[^▲▼↑↓]{1,40}?\s(?:[+\-−]?[$£€]?\d[\d.,]*\s*(?:%|pts?)|[$£€]\d[\d.,]*|\d{1,2}\.\d{1,2})")
_KEY_VALUE = re.compile(r"^[A-Za-z][\w ./-]{0,20}:\s*\S*\d")
_DATE_RANGE = re.compile(r"\d{1,2}(?:\s+" + _MONTH + r")?\s*[–—-]\s*\d{1,2}\s+" + _MONTH + r"(?:\s+\d{4})?", re.I)
_LABELLED_PART = re.compile(r"^([A-Z][\w ./-]{0,20}):\s+\S")
_CREDIT_LABELS = {"words", "text", "photos", "photo", "photography", "photographs", "pictures", "images",
                  "video", "film", "illustration", "illustrations", "design", "graphics", "editing",
                  "edited by", "interview", "styling", "production", "produced by", "reporting", "reporter",
                  "camera", "camera and edit", "camera and editing", "filmed by", "editor", "presenter", "producer"}


_NAME_DASH = re.compile(r"\s+[—–]\s+")


_VERDICT_LIST = re.compile(r"^\s*(?:pros|cons|for|against|likes|dislikes)\s*:", re.I)


#: A row of topic links may open with its label ("Trending: <topic> · <topic> · ...").
_TOPICS_LABEL = re.compile(r"^(?:trending(?:\s+now)?|hot\s+topics|popular\s+topics)\s*:\s*", re.I)


def is_navigation(line: str) -> bool:
    """A breadcrumb or menu line: three or more short items between separators."""
    if line.rstrip().endswith(".") and "©" not in line:  # first: most lines asked about are prose
        return False
    line = _TOPICS_LABEL.sub("", line)
    if _VERDICT_LIST.match(line):
        return False  # a review's pros or cons between dots ("Pros: Nine-day battery · Bright display")
    if listing_spec(line):
        return False  # a listing's own specification ("Sleeps 4 · 2 bedrooms · 1 bathroom")
    parts = [p.strip() for p in _NAV_SEP.split(" " + line.strip() + " ")]
    if any(_DATE_RANGE.fullmatch(p) for p in parts):
        return False  # a listing's dates ("<Show> | Main House | 18 September – 11 October")
    if (len(parts) >= 3 and any(_DAY_TIME_CELL.fullmatch(p) for p in parts[1:])
            and any(p[:1] in "£$€" and p[1:2].isdigit() for p in parts)):
        return False  # a session's day, time and price ("Mini Red (ages 4–7) · Saturdays 9–10am · £6")
    if (len(parts) >= 3 and _DATE_CELL.fullmatch(parts[0])
            and any(p[:1] in "£$€" and p[1:2].isdigit() for p in parts)):
        return False  # a dated listing's row ("Sat 12 Apr | <Walk> | Grade 1 | 7 km | £22 | 5 places left")
    # The site's name before its menu, set off by a dash ("The Northern Ledger — Business |
    # Markets | ..."), is one more item.
    parts = [q.strip() for p in parts if p for q in (_NAME_DASH.split(p) if len(parts) >= 3 else [p])]
    # A menu copied without its separators keeps the gaps between items ("The Daily Meridian
    # News   Business   Opinion   Subscribe", "The Courier | News  Sport  Local  Sign in"); prose
    # has single spaces.
    gapped = [g for p in parts for g in _NAV_GAP.split(p) if g]
    # An item's icon ("☰ Menu", "🔍 Search", "🔗 Copy link") is not part of its name; an item
    # that is only an icon ("✉") is a button all the same.
    named = [_without_icon(g) for g in gapped]
    # (a row of the site's social links is one too: "Instagram   Facebook   YouTube", with the
    # accounts or not: "Instagram @name   Facebook /name")
    if (len(gapped) > len(parts) and (len(gapped) >= _NAV_GAP_MIN_ITEMS or (
            len(gapped) >= 3 and any(g.lower() in _CHROME_ITEMS for g in named))
            or all((g.split()[0].lower() if g else "") in _SOCIAL_SITES or _SHARE_ITEM.fullmatch(g) for g in named))
            and any(named)
            and all(not g or (len(g.split()) <= 4 and (g[0].isalpha() or g[0] == "©")) for g in named)):
        return True
    if _CHROME_ROW.match(line.strip()):
        return True  # the page's own controls run together ("Menu Search Sign in")
    social = line.split() if len(line) < 80 else ()
    if len(social) >= 3 and all(w.lower() in _SOCIAL_SITES for w in social):
        return True  # the site's social links run together ("Facebook Instagram X YouTube")
    if " / " in line and _SLASH_CRUMB.match(line.strip()):
        return True  # a section and its subsection ("Guides / Northern Lakes", "BOOKS / EXCERPT")
    if ("›" in line or "‹" in line) and len(parts) >= 2 and all(len(p.split()) <= _CRUMB_MAX_WORDS for p in parts):
        return True  # a breadcrumb: "Shows › The Morning Line with Dev Marsh"
    if (len(parts) >= 2 and parts[0].lower() == "home" and (" > " in line or " › " in line or " » " in line)
            and all(len(p.split()) <= 2 * _CRUMB_MAX_WORDS for p in parts)):
        return True  # a breadcrumb ending in the page's own title ("Home > Incidents > Boil water notice: ...", "Home » ...")
    if (" > " in line and line.count(" > ") >= 2 and len(parts) == line.count(" > ") + 1
            and all(p[:1].isupper() and len(p.split()) <= _CRUMB_MAX_WORDS for p in parts)):
        return True  # a trail from another root: "Help centre > Claims > How to make a claim"
    # A footer's copyright item ("© Example Office 2025") may run longer than a menu item.
    # A long menu may hold a five-word item ("A to Z of services | Find a ward | ...").
    # Two "Label: value" parts are a spec line ("Tenure: Freehold · Council tax band: G"),
    # unless the labels are a story's credits ("Words: Name | Camera and edit: Name"), whose
    # parts may run longer than a menu's items.
    labels = [m.group(1).lower() if m else None for m in map(_LABELLED_PART.match, parts)] if ":" in line else []
    labelled = [label for label in labels if label is not None]
    if len(labelled) >= 2 and not all(label in _CREDIT_LABELS for label in labelled):
        return False
    credits = set(k for k, label in enumerate(labels) if label in _CREDIT_LABELS) if len(labelled) >= 2 else set()
    longest = 5 if len(parts) >= 5 else 4
    if any(len(p.split()) > longest and not p.startswith(("©", "Copyright")) and k not in credits
           for k, p in enumerate(parts)):
        return False
    if any(_KEY_VALUE.match(p) for p in parts):
        return False  # a spec sheet's line ("RAM: 16GB | Storage: 1TB"), not a menu
    if len(parts) >= 3 and (_CLOCK_CELL.fullmatch(parts[0]) or _DAY_TIME_CELL.fullmatch(parts[0]) or (
            # or with its day before the time ("Monday | 17:30–18:15 | Minnows | Main pool")
            _WEEKDAY_CELL.fullmatch(parts[0]) and _CLOCK_CELL.match(parts[1]))):
        return False
    figures = sum(bool(_FIGURE.fullmatch(p) or _LABELLED_FIGURE.fullmatch(p)) for p in parts)
    if 2 * figures >= len(parts) or (figures >= 2 and any(p.endswith("%") for p in parts)):
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


#: A site's sections, as its menu names them.
_MENU_WORDS = frozenset(
    "news sport sports business opinion culture lifestyle travel politics entertainment weather puzzles "
    "podcasts video videos newsletter newsletters subscribe home reviews features festivals live listen money "
    "health science tech technology world local comment obituaries jobs property motoring crosswords games "
    "events music film books arts food chess fashion education about contact blog shop membership gallery donate "
    "faq faqs letters notices directory leisure edition".split())
#: A newspaper's title word ("The Kelsham <Standard>").
_PAPER_WORD = (r"(?:courier|gazette|echo|observer|standard|advertiser|mercury|times|herald|chronicle|journal|express|telegraph|"
               r"argus|mail|bugle|examiner|sentinel|tribune|ledger|dispatch|clarion|messenger|recorder|enquirer|pioneer|packet|citizen)")
#: A paper's masthead slogan: "Serving <Town>, <Town> and the <Valley> since 1874".
_SERVING_SINCE = re.compile(r"^(?:proudly\s+)?serving\s+[^.!?\n]{3,100}?\s+since\s+\d{4}\.?$|"
                            # or after the year it was founded or the paper's name in capitals ("Est.
                            # 1872 · Serving <Town>, <Town> and the <Valley>", "<PAPER> – Serving ...")
                            r"^(?:est(?:ablished|\.)?\s*\d{4}|(?-i:[A-Z][A-Z&'’. ]{2,40}))\s*[·•|–—-]\s*serving\s+[^.!?\n]{3,100}$|"
                            # or the paper's name by its title word ("The <Town> Chronicle – serving ...")
                            r"^(?:the\s+)?(?:[\w'’-]+\s+){1,3}" + _PAPER_WORD + r"\s*[·•|–—-]\s*serving\s+[^.!?\n]{3,100}$", re.I)
#: A paper's digital edition as its menu names it ("e-Edition", "ePaper"): one more section.
_DIGITAL_EDITION = re.compile(r"(?<!\S)e-?(?:Edition|Paper)(?!\S)")
_BARE_MENU_MIN_ITEMS = 5
_BARE_MENU_MIN_SECTIONS = 3
_BARE_MENU_SHARE = 0.6
_NOT_A_MENU = re.compile(r"[^\w\s&]|(?:^|\s)[^A-Z&\s]")


def _is_bare_menu(line: str) -> bool:
    """A menu copied without separators or gaps ("News Sport Business Opinion Culture Subscribe"):
    capitalised words only, mostly (and at least three) a site's section names."""
    if "dition" in line or "Paper" in line:
        line = _DIGITAL_EDITION.sub("Edition", line)
    if _NOT_A_MENU.search(line):  # first: a lower-case word or punctuation rules out most lines
        return False
    words = line.split()
    if not _BARE_MENU_MIN_ITEMS <= len(words) <= 3 * _BARE_MENU_MIN_ITEMS:
        return False
    sections = sum(w.lower() in _MENU_WORDS for w in words)
    # a headline in title case names a section or two among its other words
    return (sections >= _BARE_MENU_MIN_SECTIONS and sections >= _BARE_MENU_SHARE * len(words)
            and all(w.isalpha() or w == "&" for w in words))


def boilerplate_line(line: str) -> bool:
    """Any exact boilerplate shape (timestamp, dateline, byline, widget, section heading)."""
    stripped = line.strip()
    if listing_spec(stripped):
        return False  # content, though it reads like a menu (see `listing_spec`)
    if stripped[-1:].isalpha() and _DAY_HEADING.match(stripped):
        # A programme's or guide's day heading ("Saturday 17 May") is content: a page's own date
        # carries its year or time.
        return False
    if (is_timestamp(stripped) or is_byline(stripped) or is_widget(stripped)
            or is_section_heading(stripped) or bool(_DATELINE.match(stripped)) or _is_bare_menu(stripped)
            or ("," in stripped and _PLACE_AND_DATE.match(stripped))
            or ("erving" in stripped and _SERVING_SINCE.match(stripped))):
        return True
    # "By Jane Roe | Published 8:05 AM EST, Thu January 9, 2025", "Posted in Travel | 23 Comments":
    # every part between separators is a byline, timestamp or widget.
    # After a byline, a short name between separators is the section or outlet ("By Jane Roe |
    # Courier Check | Updated May 9, 2025").
    parts = [p.strip() for p in re.split(r"\s+[|•·/]\s+|\s{2,}", stripped)]
    if len(parts) < 2 or len(stripped.split()) > 30 or not all(parts):
        return False
    # (a row of buttons may give each its icon: "♡ Save   ⤴ Share   Print brochure"; a review's
    # votes end in "Report")
    buttons = [_BUTTON_ICON.sub("", p) or p for p in parts]
    # (an icon may be the widget itself: "💬 48")
    widgets = [bool(_widget_match(b) or (b != p and _widget_match(p))) for b, p in zip(buttons, parts)]
    if any(widgets) and all(w or b in _ROW_BUTTONS for w, b in zip(widgets, buttons)):
        return True
    # A blog's "Posted by <name> on <date>, <time>" opens such a line too (alone, the same words
    # may credit an embedded post; see `attribution_span`).
    signed = is_byline(parts[0]) or bool(_POSTED_BY_ON.match(parts[0])) or (
        _CREDITED_BY.match(parts[0]) is not None and any(is_timestamp(p) or _DAY_MONTH.fullmatch(p) for p in parts[1:]))
    # "The Carrow Bay Sentinel | Sunday, March 9, 2025": beside a byline or a timestamp, a short
    # name between separators is the section or the outlet.
    named = signed or any(is_timestamp(p) for p in parts)
    # Beside a widget or the copyright, one- or two-word capitalised parts are the footer's links
    # ("Comments (212) · © Post 2029 · Privacy · Terms · Contact").
    # A practice's phone bar names each branch by its phone ("Ashcombe Road: 01632 960 418 |
    # Millbrook Surgery: 01632 960 733 | Book online").
    chrome = any(_widget_match(p) or _PLACE_PHONE.match(p) for p in parts)
    # A section's one- or two-word name may stand before the byline too ("Annual report | Posted
    # 22 January 2025 by the <Charity> team").
    bylined = signed or any(is_byline(p) for p in parts[1:])
    return all(_widget_match(p) or is_timestamp(p) or is_byline(p) or _AUTHOR_CREDIT.match(p)
               or _PLACE_PHONE.match(p)
               or (k == 0 and signed)
               # the section or its categories ("Match Days, Live")
               or (named and len(p.split()) <= 5 and all(_OUTLET_NAME.match(q) for q in p.split(", ")))
               # beside a date, the paper's own voice ("The Gazette's view | Published <date>")
               or (named and _HOUSE_VIEW.match(p))
               # or the page's section before its date, in sentence case ("Readers' letters |
               # Thursday 22 May 2025, 6:00 am")
               or (k == 0 and len(parts) == 2 and is_timestamp(parts[1]) and len(p.split()) <= 3 and p[:1].isupper()
                   and p.replace(" ", "").replace("'", "").replace("’", "").isalpha())
               # or a commenter's username ("mikethecritic · 10 Nov 2025 07.15", "Hollis_B replying
               # to mikethecritic · ...") or name with a note ("Tom H. (Laser sailor) · <date>")
               or (named and k == 0 and (_USERNAME_PART.match(p) or _NOTED_NAME_PART.match(p)))
               # after a blog's byline, its categories in sentence case ("Council watch, Planning")
               or (signed and k > 0 and len(p.split()) <= 5 and all(q[:1].isupper() for q in p.split(", ")))
               # beside a date, the writer with a job title ("Name, VP of Infrastructure · date")
               or (named and _NAME_AND_TITLE.match(p))
               # beside a date, the page's other record fields ("Last reviewed: <date> | Policy
               # owner: <team>")
               or (named and k > 0 and _RECORD_FIELD.match(p))
               or ((chrome or bylined) and len(p.split()) <= 2 and (p[:1].isupper() or _DAY_MONTH.fullmatch(p) is not None))
               # beside the date, the masthead's motto ("Wednesday, 12 March 2025 · Serving <Town>
               # and the <Valley> since 1891")
               or (named and _SERVING_SINCE.match(p))
               # after a timestamp, its section or desk in sentence case ("Published <date> | Roads
               # policing | <Town>", "Published: <date> | Media and communications team")
               or (named and k > 0 and is_timestamp(parts[0]) and p[:1].isupper()
                   and (len(p.split()) <= 3 or (len(p.split()) <= 5 and p.rsplit(None, 1)[-1] in _DESK_WORDS))
                   and p.replace(" ", "").replace("-", "").isalpha())
               for k, p in enumerate(parts))


#: The last word of a desk's name after a timestamp ("Media and communications team").
_DESK_WORDS = frozenset({"team", "desk", "office", "unit", "department"})


#: An event's day and start time alone on its line ("Saturday 18 October 2025, 7.30pm", "Tuesday 7
#: October 2025, 9.30am to 11.00am", "Saturday 13 December 2025 · 7.00pm"). A page's own timestamp has the same shape, but a page has
#: one: two or more of them on different days are a listing's dates (`listing_dates`). On the
#: example pages of 6 Dec, such lines were fact 14 times in 14 where a page held two or more, and
#: boilerplate 229 times in 231 where it held one.
_EVENT_CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?"
#: (the event's title and details between dots: "Sat 17 May 2025, 7.30pm · Spring Spectacular", but
#: not a booking widget's slot: "Thu 14 Nov · 6.30pm · 3 spaces left · Book")
_EVENT_PARTS = r"(?:\s*[·•|](?!\s*(?:book|join|sold|fully|\d+\s+(?:spaces|places|seats)\b))\s*[^·•|\n]{1,60})"
_EVENT_DATE = re.compile(r"^(?P<day>" + _WEEKDAY + r",?\s+\d{1,2}(?:st|nd|rd|th)?\s+"
                         # (or the days it runs: "Wednesday 23 to Friday 25 July")
                         r"(?:(?:to|–|-)\s+" + _WEEKDAY + r",?\s+\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH + r"(?:,?\s+\d{4})?)(?:"
                         r"(?:,?\s+|\s*[·•|]\s*)(?:from\s+)?" + _EVENT_CLOCK + r"(?:\s*(?:to|until|–|-)\s*" + _EVENT_CLOCK + r")?"
                         r"(?:\s*\([^()\n]{1,60}\))?(?:" + _EVENT_PARTS + r"{0,6}|"
                         # (or its title, venue and prices after a dash: "Saturday 13 December, 7pm
                         # — Christmas Concert, <Church>. Tickets £12.")
                         r"\s+[–—]\s+[^–—\n]{3,200})|"
                         # (a 24-hour clock only after a comma or a dot, with the event's title after it:
                         # "Sat 5 April · 08:30 · A ride · 95 km · Leader: <Name>"; alone, "Tuesday 14
                         # November, 06:52" heads a status page's update)
                         r"(?:,\s*|\s*[·•|]\s*)\d{1,2}:\d{2}(?:\s*[–-]\s*\d{1,2}:\d{2})?" + _EVENT_PARTS + r"{1,6}|"
                         # (or the venue's address, with its postcode, after a dot: "Saturday 5 July · Wick
                         # Meadows, Thornbury Wick <postcode> · Gates 8am to 6pm")
                         r"\s*[·•|]\s*[^·•|\n]{3,80}?,\s*[^·•|\n]{0,40}?\b(?-i:" + _POSTCODE + r")" + _EVENT_PARTS + r"{0,6})$", re.I)


#: A show's title, then its days and its venue after a dash ("<Play> by <Name> – 16–19 October,
#: <Hall>"); without the venue, a title and its date are a teaser ("<Club> wins cup – 14 March").
_TITLED_RUN = re.compile(r"^[^–—\n]{2,80}?\s[–—]\s(?P<day>(?:" + _WEEKDAY + r",?\s+)?\d{1,2}(?:st|nd|rd|th)?"
                         r"(?:\s*[–-]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+" + _MONTH + r"(?:\s+\d{4})?)(?:,\s*(?=[^\d\s])[^,\n]{1,60}){1,2}$", re.I)


def listing_dates(lines: Sequence[str]) -> set[int]:
    """Indices of the lines that are a listing's event dates (``_EVENT_DATE``, or a title before
    its dates: ``_TITLED_RUN``; on two or more different days), not the page's own timestamp."""
    found = {}
    for i, line in enumerate(lines):
        stripped = line.strip()
        match = (_EVENT_DATE.match(stripped) or _TITLED_RUN.match(stripped)) if line[:1].isalpha() else None
        if match:
            found[i] = " ".join(match.group("day").lower().replace(",", " ").split())
    return set(found) if len(set(found.values())) >= 2 else set()


#: The icon a button row gives a button ("♡ Save", "⤴ Share").
_BUTTON_ICON = re.compile(r"^[♡♥❤⤴↗🔗✉🖨⎙📞☎☰🔍🔖💬🛒]\ufe0f?\s*")
#: Buttons that stand only in such a row ("Report" under a review, "Print brochure" beside
#: "Save").
_ROW_BUTTONS = frozenset({"Report", "Print brochure", "Print details", "Download brochure", "Email agent", "Floorplan", "Floor plan"})


#: A holiday let's or a house's specification between dots, opening with what it sleeps, its rooms,
#: its size, its floor or its price: on the example pages of 6 Dec, 12 in 12 such lines were fact.
_LISTING_SPEC = re.compile(r"^(?:★\s*[\d.]+\s*\(\d[\d,]*\s+reviews?\)\s+·\s+)?(?:ref(?:erence)?\.?\s*:?\s*[A-Z0-9-]{3,12}\s+·\s+|(?-i:[A-Z])[^·\n\d]{1,40}\s+·\s+(?=sleeps\s))?(?:sleeps\s+\d+|\d+\s+(?:bedrooms?|bathrooms?|m²|sq\.?\s*ft)|(?:ground|first|second|third|top|lower|upper)\s+floor|"
                           # (a room's, opening with its beds: "Super king or twin · Sea view · Walk-in shower · Sleeps 2")
                           r"(?:super\s+king|king|double|twin|single|triple|family)(?:\s+(?:or|plus|and|&)\s+[^·\n]{1,30})?(?=\s+·)|"
                           r"£[\d,]+\s+(?:guide\s+price|asking\s+price|offers\s+over)|"
                           # (or its nightly rate: "£95 per night (Sun–Thu) · £110 per night (Fri–Sat) · Sleeps 2")
                           r"£[\d,]+\s+per\s+night(?:\s+\([^()\n]{1,20}\))?)(?:\s+·\s+[^·\n]{1,50}){2,8}$", re.I)


#: A package's or class's specification: its length, then its ages or its size ("45 minutes · Ages
#: 2–4 · Up to 15 children"); a reading time or a post's age ("5 min read · Share") has neither.
_PACKAGE_SPEC = re.compile(r"^(?:\d{1,2}\s*(?:hours?|hrs?)(?:\s+\d{1,2}\s*(?:minutes?|mins?))?|\d{1,3}\s*(?:minutes?|mins?))"
                           r"\s+·\s+(?:ages?\s+\d|up\s+to\s+\d)[^·\n]{0,30}(?:\s+·\s+[^·\n]{1,50}){0,6}$", re.I)


#: A film's running time and its director, certificate or country and year, between dots on a
#: cinema's listing ("12A · 112 mins · Dir. <Name> · France/Belgium 2024", "<Title> (15) · 1h 34m
#: · Drama"): on the example pages of 6-7 Dec, 17 of 17 such lines were fact; an episode's or a
#: recipe's time ("41 min", "30 mins") comes without them.
_RUNNING_TIME = re.compile(r"\d{2,3}\s*(?:mins|minutes)|\dh\s?\d{2}m", re.I)
_FILM_CREDIT = re.compile(r"(?:dir\.|directed\s+by)\s|(?:U|PG|12A?|15|18)$|(?:[A-Z][A-Za-z/]{1,20}\s)?(?:19|20)\d{2}$|"
                          r".{1,60}\s\((?:U|PG|12A?|15|18)\)$")


def _film_spec(stripped: str) -> bool:
    parts = stripped.split(" · ")
    return (len(parts) >= 3 and any(_RUNNING_TIME.fullmatch(p) for p in parts)
            and any(_FILM_CREDIT.match(p) for p in parts))


def listing_spec(line: str) -> bool:
    """A listing's own specification between dots ("Sleeps 2 · 21 m² · King bed · Sea view"),
    which reads like a menu; a similar listing's teaser gives its name and "From £..." instead.
    A package's (`_PACKAGE_SPEC`) and a film's (`_film_spec`) too. The parts may stand between
    bars instead ("Sleeps 5 | 3 bedrooms | 2 bathrooms")."""
    stripped = line.strip()
    if " | " in stripped and " · " not in stripped:
        stripped = stripped.replace(" | ", " · ")
    return " · " in stripped and (_LISTING_SPEC.match(stripped) is not None and "from £" not in stripped.lower()
                                  or _PACKAGE_SPEC.match(stripped) is not None or _film_spec(stripped))


_DAY_HEADING = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+"
                          r"(?:January|February|March|April|May|June|July|August|September|October|November|December)$")
_DAY_MONTH = re.compile(r"\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}")


#: A release's place and date on their own line ("Corvenna, 19 October 2025").
_PLACE_AND_DATE = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+(?:" + _WEEKDAY + r",?\s+)?" + _DATE + r"$")
_POSTED_BY_ON = re.compile(r"^Posted\s+by\s+(?:the\s+)?[A-Z][^|·•]{0,60}?\s+on\s+(?:" + _WEEKDAY + r",?\s+)?" + _DATE
                           + r"(?:,?\s*(?:at\s+)?" + _TIME + r")?"
                           # (and the blog's categories: "... on 9 December 2024 in Reviews, Pantomime")
                           + r"(?:\s+in\s+[A-Z][^|·•]{0,60})?$")
#: A page's poster or issuer, beside a date in its chrome line ("Posted by <Name> at <Shop> ·
#: 3 October 2024 · 4 min read", "Issued by the Ranger Service · Updated 12 June 2025, 08:30").
_CREDITED_BY = re.compile(r"^(?:[Pp]osted|[Ii]ssued|[Pp]ublished|[Ss]ent|[Cc]ompiled)\s+by\s+(?:the\s+(?:editors?|[a-z]+\s+(?:team|editor))|(?:the\s+)?[A-Z][\w'’&-]*"
                          r"(?:\s+(?:[A-Z&][\w'’&-]*|of|the|and)){0,5}(?:\s+(?:press\s+office|newsroom|team|desk))?)"
                          r"(?:\s+at\s+[A-Z][\w'’&-]*(?:\s+[A-Z&][\w'’&-]*){0,3}|,\s+[a-z][\w'’ -]{1,30})?$")
_RECORD_FIELD = re.compile(r"^(?:policy|page|content|document|service)\s+(?:owner|author|lead|contact)\s*:\s*[^:]{1,60}$", re.I)
_NAME_AND_TITLE = re.compile(r"^" + _NAME + r",\s+(?-i:[A-Z])[\w&'’. -]{1,40}$")
_OUTLET_NAME = re.compile(r"^(?:The\s+)?" + _NAME + r"$")
#: A branch or a line named by its phone (see `boilerplate_line`); a bare "Telephone: <number>" is
#: a field.
_PLACE_PHONE = re.compile(r"^(?!(?:Tel(?:ephone)?|Phone|Mobile|Fax|Call)\b)[A-Z][\w'’ &.-]{0,40}:\s*\+?\d[\d ()-]{6,}\d$|"
                          # (or a line named without a colon: "24-hour emergency line 07700 900273")
                          r"^[\w'’ -]{0,30}\b(?i:line|helpline|number)\s+" + _PHONE_NUMBER + r"$")
_USERNAME_PART = re.compile(r"^[A-Za-z0-9_.]{3,30}(?:\s+replying\s+to\s+[A-Za-z0-9_.]{3,30})?$")
#: A commenter's name with a note in brackets ("Tom H. (Laser sailor)"), or the host's reply
#: ("Reply from <Club>"): beside a date, a comment's header (see `boilerplate_line`).
_NOTED_NAME_PART = re.compile(r"^(?:" + _NAME + r"\s+\((?:[\w'’&.-]+\s?){1,4}\)|Reply\s+from\s+(?:the\s+)?" + _NAME + r")$")
#: An editorial's label by the paper's title word ("Courier View", "MERCURY VIEW", "Gazette Leader
#: Comment"): the paper speaking as itself.
_PAPER_VIEW = re.compile(r"^(?:the\s+)?" + _PAPER_WORD + r"(?:['’]s)?(?:\s+leader)?\s+(?:view|comment|opinion)$", re.I)
#: An editorial's label, the paper speaking as itself: "The Gazette's view", "Our view", "<Paper>
#: editorial".
_HOUSE_VIEW = re.compile(r"^(?:(?:The\s+)?" + _NAME + r"(?:['’]s)?|Our)\s+(?:view|opinion|verdict|editorial)$")


#: A name with a newsroom role, between separators of a page-chrome line ("Analysis | Theo
#: Marchetti, city hall reporter").
_AUTHOR_JOB = r"(?:[\w'’-]+\s+){0,3}(?:reporter|correspondent|editor|writer|columnist|critic|producer|contributor)s?"
#: "Name, data reporter", and two of them ("Name, investigations reporter, and Name, data reporter").
_AUTHOR_CREDIT = re.compile(r"^" + _NAME + r",\s+" + _AUTHOR_JOB + r"(?:,?\s+and\s+" + _NAME + r",\s+"
                            + _AUTHOR_JOB + r")?$", re.I)
