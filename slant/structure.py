"""Detectors for non-prose structure: boilerplate lines, embedded social posts, headlines.

`tag_roles` gives every sentence a role the classifier cannot see on its own:
``prose``, ``headline``, ``boilerplate``, ``post`` (embedded social-post body) or
``attribution`` (the post's attribution line). First version: exact line-shape rules.
"""

from __future__ import annotations

import re

PROSE, HEADLINE, BOILERPLATE, POST, ATTRIBUTION = (
    "prose", "headline", "boilerplate", "post", "attribution")

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# "— Name (@handle) June 18, 2024" and its variants (X/Twitter's embed attribution line).
_ATTRIBUTION = re.compile(
    r"^[\-–—]+\s*[^\n()]{1,80}\(@\w{1,30}\)\s*" + _MONTH + r"\.?\s+\d{1,2},\s+\d{4}\s*$")
_TIMESTAMP = re.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|" + _MONTH + r"\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:\s*[-–—,|]?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\s*$")
_WIDGET = re.compile(
    r"^(?:share(?: this(?: article| story| post)?)?|choose your platform\b.*|subscribe\b.*|"
    r"follow us\b.*|sign up\b.*|read more\b.*|advertisement|related(?: articles| stories)?|"
    r"most read|latest news|comments?|print|email|copyright\b.*|©.*|all rights reserved\.?)$",
    re.I)
_BYLINE = re.compile(r"^(?:By\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}$")
_BY_PREFIX = re.compile(r"^By\s+[A-Z]")


def line_role(line: str, *, is_first: bool, is_last_block: bool) -> str:
    """Role of one paragraph-line judged by its shape alone."""
    stripped = line.strip()
    if _ATTRIBUTION.match(stripped):
        return ATTRIBUTION
    if _TIMESTAMP.match(stripped) or _WIDGET.match(stripped):
        return BOILERPLATE
    words = stripped.split()
    if _BY_PREFIX.match(stripped) and len(words) <= 6:
        return BOILERPLATE
    if is_last_block and _BYLINE.match(stripped) and len(words) <= 3:
        return BOILERPLATE
    if is_first and len(words) <= 20 and not stripped.endswith((".", "?", "!", ":", "”", '"')):
        return HEADLINE
    return PROSE


def tag_roles(text: str, paragraphs: list[tuple[int, int]],
              sentences: list[list[tuple[int, int]]]) -> list[list[str]]:
    """A role for every sentence of every paragraph (same nesting as ``sentences``)."""
    n = len(paragraphs)
    para_roles = []
    for i, (start, end) in enumerate(paragraphs):
        # Bylines sit in the trailing run of short lines after the last prose paragraph.
        tail = all(len(text[s:e].split()) <= 8 for s, e in paragraphs[i:])
        para_roles.append(line_role(text[start:end], is_first=i == 0, is_last_block=tail))
    # An attribution line claims the paragraphs just above it as the post body, up to the first
    # one that is prose written to introduce something (ending with a colon) or is not prose.
    for i, role in enumerate(para_roles):
        if role != ATTRIBUTION:
            continue
        j = i - 1
        while j >= 0 and para_roles[j] == PROSE:
            body = text[paragraphs[j][0]:paragraphs[j][1]].rstrip()
            if body.endswith(":") or len(body) > 400:
                break
            para_roles[j] = POST
            j -= 1
    return [[role] * len(sents) for role, sents in zip(para_roles, sentences)]
