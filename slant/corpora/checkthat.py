"""CheckThat! 2025 Task 1 English (subjectivity of news sentences): SUBJ / OBJ."""

from __future__ import annotations

import csv

import pandas as pd

from . import OPINION, CorpusError, corpus_file
from ._text import clean_text

FOLDER = "checkthat2025_task1_en"
#: file -> (split, evaluation set name or None)
FILES = {
    "train_en.tsv": ("train", None),
    "dev_en.tsv": ("dev", None),
    "dev_test_en.tsv": ("test", "CT24"),
    "test_en_labeled.tsv": ("test", "CT25"),
}
_LABELS = {"SUBJ": OPINION, "OBJ": "fact"}


def read_checkthat(root=None, files=None) -> pd.DataFrame:
    """All labelled CheckThat! 2025 English files as one frame.

    ``label`` is ``opinion`` (SUBJ) or ``fact`` (OBJ); extra columns ``id`` (sentence_id),
    ``file``, ``eval_set`` (``CT24`` for dev_test_en, ``CT25`` for test_en_labeled, else empty)
    and ``solved_conflict``. The TSVs use CSV-style quoting, which this parser honours.
    """
    frames = []
    for name in files or FILES:
        if name not in FILES:
            raise CorpusError(f"unknown CheckThat file {name!r}; expected one of {list(FILES)}")
        split, eval_set = FILES[name]
        path = corpus_file(root, FOLDER, name)
        try:
            raw = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False,
                              quoting=csv.QUOTE_MINIMAL, encoding="utf-8")
        except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as exc:
            raise CorpusError(f"cannot parse {path}: {exc}") from None
        missing = {"sentence_id", "sentence", "label"} - set(raw.columns)
        if missing:
            raise CorpusError(f"{path}: missing columns {sorted(missing)} "
                              f"(found {list(raw.columns)})")
        bad = sorted(set(raw["label"]) - set(_LABELS))
        if bad:
            raise CorpusError(f"{path}: unexpected labels {bad[:5]} (expected SUBJ/OBJ)")
        texts = [clean_text(t)[0] for t in raw["sentence"]]
        if any(not t for t in texts):
            raise CorpusError(f"{path}: empty sentence in row(s) "
                              f"{[i + 2 for i, t in enumerate(texts) if not t][:5]}")
        frames.append(pd.DataFrame({
            "text": texts,
            "label": raw["label"].map(_LABELS),
            "opinion": raw["label"].eq("SUBJ"),
            "source": FOLDER,
            "split": split,
            "group": raw["sentence_id"],
            "markers": [[] for _ in range(len(raw))],
            "id": raw["sentence_id"],
            "file": name,
            "eval_set": eval_set or "",
            "solved_conflict": raw.get("solved_conflict", pd.Series([""] * len(raw))).values,
        }))
    return pd.concat(frames, ignore_index=True)
