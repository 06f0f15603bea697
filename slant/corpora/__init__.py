"""Readers for the public corpora slant learns from, each reading the ORIGINAL files.

Every reader returns one tidy :class:`pandas.DataFrame` with at least these columns:

``text``
    The sentence (or segment) as it appears in the corpus. Internal newlines are replaced by
    spaces (same length) and outer whitespace is trimmed, with ``markers`` shifted to match.
``label``
    Our label: ``fact``, ``commentary`` or ``embedded_opinion`` where the corpus distinguishes
    them, or :data:`OPINION` (``"opinion"``) for binary corpora whose positive class means
    "commentary or embedded_opinion, not distinguished".
``opinion``
    ``True`` for every label other than ``fact`` (the binary view every corpus shares).
``source``
    Corpus (and sub-file) the row comes from, e.g. ``checkthat2025_task1_en``, ``babe_sg2``.
``split``
    ``train``, ``dev`` or ``test``. Test rows follow the fixed evaluation protocol
    (``slant.evaluate``) and must never reach training.
``group``
    Article / document id, for grouped splits (the sentence id where a corpus has none).
``markers``
    List of ``(start, end)`` character spans into ``text`` that carry opinion (BABE
    ``biased_words``, MPQA writer expressive-subjectivity); empty list when none.

Corpus root: ``$SLANT_CORPORA``, else ``../shared/corpora`` relative to the repository.
A missing or malformed corpus raises :class:`CorpusError` naming the file.
"""

from __future__ import annotations

import os
from pathlib import Path

OPINION = "opinion"
#: Columns every reader returns (readers may add more after these).
COLUMNS = ("text", "label", "opinion", "source", "split", "group", "markers")
SPLITS = ("train", "dev", "test")


class CorpusError(Exception):
    """A corpus file that is missing or not in the expected format."""


def corpora_root(root: str | os.PathLike | None = None) -> Path:
    """Directory holding the corpora: ``root``, else ``$SLANT_CORPORA``, else ``../shared/corpora``."""
    if root is not None:
        return Path(root)
    env = os.environ.get("SLANT_CORPORA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent.parent / "shared" / "corpora"


def corpus_file(root: str | os.PathLike | None, *parts: str) -> Path:
    """Path of a corpus file; :class:`CorpusError` naming it when it does not exist."""
    path = corpora_root(root).joinpath(*parts)
    if not path.exists():
        raise CorpusError(f"corpus file not found: {path} (set $SLANT_CORPORA to the corpora "
                          "directory)")
    return path


from ._text import clean_text, find_word_spans, norm_text  # noqa: E402
from .checkthat import read_checkthat  # noqa: E402
from .babe import babe_is_test, read_babe  # noqa: E402
from .mpqa import read_mpqa  # noqa: E402
from .webis import editorial_texts, read_webis_editorials  # noqa: E402

__all__ = [
    "COLUMNS", "OPINION", "SPLITS", "CorpusError", "babe_is_test", "clean_text", "corpora_root",
    "corpus_file", "editorial_texts", "find_word_spans", "norm_text", "read_babe",
    "read_checkthat", "read_mpqa", "read_webis_editorials",
]
