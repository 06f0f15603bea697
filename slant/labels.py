"""The label scheme of ../shared/LABELS.md as constants: the one place label names are spelled."""

FACT = "fact"
COMMENTARY = "commentary"
EMBEDDED_OPINION = "embedded_opinion"
BOILERPLATE = "boilerplate"

#: Labels the sentence classifier scores, in the column order of every score vector.
CONTENT_LABELS = (FACT, COMMENTARY, EMBEDDED_OPINION)
#: Every label a sentence or paragraph can carry.
ALL_LABELS = CONTENT_LABELS + (BOILERPLATE,)
OPINION_LABELS = (COMMENTARY, EMBEDDED_OPINION)
