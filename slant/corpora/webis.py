"""Webis-Editorials-16 ADU labels (COLING-20 release): argumentative units of news editorials.

Every editorial is opinion, so the corpus cannot contrast news with op-eds; what it gives is
which parts of an opinion article are the writer's claims and which are factual or attributed
evidence. slant uses it only as a **dev** set (never trained on) for the behaviour of the
article-context cues (``slant.aggregate.sentence_label``) inside opinion articles.

Label mapping (unit level): ``assumption`` (the author's claim, conclusion or opinion) and
``common-ground`` (a self-evident statement the author asserts) -> ``commentary``;
``anecdote``, ``statistics`` and ``testimony`` (a statement attributed to an expert or witness)
-> ``fact``; ``title``, ``other`` and ``no-unit`` (punctuation and connectives between units)
carry no label (empty string) and are kept so that the editorial's text can be rebuilt.
"""

from __future__ import annotations

import json
import re

import pandas as pd

from . import CorpusError, corpus_file

FOLDER = "webis_editorials_adu"
_LABELS = {"assumption": "commentary", "common-ground": "commentary", "anecdote": "fact",
           "statistics": "fact", "testimony": "fact", "title": "", "other": "", "no-unit": ""}
#: A segment that starts with one of these attaches to the previous one without a space.
_NO_SPACE_BEFORE = re.compile(r"^[.,;:!?)\]”’%]")


def read_webis_editorials(root=None) -> pd.DataFrame:
    """Every segment of every editorial, in order, one row per segment.

    Columns: the common ones (``split`` is ``dev`` for every row; ``group`` is
    ``outlet/file-stem``) plus ``adu`` (the original unit type), ``outlet``, ``paragraph``
    (index in the editorial; 0 is the title) and ``segment`` (index in the paragraph).
    """
    folder = corpus_file(root, FOLDER, "data-source")
    files = sorted(folder.glob("*/*.json"))
    if not files:
        raise CorpusError(f"no editorial JSON files under {folder}")
    rows = []
    for path in files:
        try:
            paragraphs = json.loads(path.read_text(encoding="utf-8"))["paragraphs"]
            units = [(p, k, str(seg["text"]), str(seg["label"]))
                     for p, para in enumerate(paragraphs) for k, seg in enumerate(para)]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CorpusError(f"cannot read {path}: expected {{'paragraphs': [[{{'text', "
                              f"'label'}}, ...], ...]}} ({exc})") from None
        bad = sorted({adu for *_, adu in units} - set(_LABELS))
        if bad:
            raise CorpusError(f"{path}: unknown unit labels {bad[:5]}")
        group = f"{path.parent.name}/{path.stem}"
        for p, k, text, adu in units:
            label = _LABELS[adu]
            rows.append({"text": text.replace("\n", " ").strip(), "label": label,
                         "opinion": label == "commentary", "source": FOLDER, "split": "dev",
                         "group": group, "markers": [], "adu": adu,
                         "outlet": path.parent.name, "paragraph": p, "segment": k})
    return pd.DataFrame(rows)


def editorial_texts(frame: pd.DataFrame) -> dict[str, tuple[str, list[tuple[int, int, str]]]]:
    """Each editorial rebuilt as article text (title and paragraphs separated by blank lines,
    segments joined by a space unless the next starts with punctuation), with the
    ``(start, end, label)`` span of every labelled unit in it."""
    out = {}
    for group, rows in frame.groupby("group", sort=False):
        text, spans, last_paragraph = "", [], None
        for para, seg, label in zip(rows["paragraph"], rows["text"], rows["label"]):
            if not seg:
                continue
            if last_paragraph is not None and para != last_paragraph:
                text += "\n\n"
            elif text and not _NO_SPACE_BEFORE.match(seg):
                text += " "
            last_paragraph = para
            if label:
                spans.append((len(text), len(text) + len(seg), label))
            text += seg
        out[group] = (text, spans)
    return out
