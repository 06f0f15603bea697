"""MPQA Opinion Corpus 1.2: documents, gold sentence spans and GATE stand-off annotations.

Offsets in the annotation files are byte offsets into ``docs/<doc>`` (pure ASCII; read as
latin-1 so one byte is one character).

Sentence label (writer view, LABELS.md): ``opinion`` when the sentence holds
- a ``GATE_direct-subjective`` whose nested source is the writer alone (``w``), with
  ``intensity`` not in {low, neutral} and not ``insubstantial``, or
- a ``GATE_expressive-subjectivity`` whose nested source is ``w`` alone with intensity above low;
otherwise ``fact`` (private states of quoted sources are attributed content).
An annotation belongs to every sentence it overlaps; zero-length annotations are ignored
(this reproduces the documented CoNLL03 count, 6,079 subjective sentences).

``markers`` are the writer-only expressive-subjectivity spans above low intensity (the spans that
make the sentence opinion); ``ese`` lists every expressive-subjectivity span in the sentence as
``(start, end, nested_source, intensity, polarity)`` for finer use. ``conll_subjective`` is the
README's CoNLL03 rule (any source), kept to check the reader against the documented counts.

Split: the 98 documents in ``test_setCoNLL03`` are ``test``; of the rest, documents whose
``md5(doc id)`` is 1 mod 5 are ``dev``, the others ``train``.
"""

from __future__ import annotations

import hashlib
import re

import pandas as pd

from . import OPINION, CorpusError, corpus_file
from ._text import clean_text

FOLDER = "mpqa_1_2"
DB = "database.mpqa.1.2"
_ATTR = re.compile(r'([\w-]+)="([^"]*)"')
_LOW = {"low", "neutral", ""}


def _parse_anns(path) -> list[dict]:
    anns = []
    try:
        lines = path.read_text(encoding="latin-1").splitlines()
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 4:
            raise CorpusError(f"{path}:{n}: expected id, span, string, type; got {line[:80]!r}")
        try:
            start, end = (int(x) for x in parts[1].split(","))
        except ValueError:
            raise CorpusError(f"{path}:{n}: bad span {parts[1]!r}") from None
        attrs = {k: v.strip() for k, v in _ATTR.findall(parts[4] if len(parts) > 4 else "")}
        anns.append({"start": start, "end": end, "type": parts[3].strip(), **{"attrs": attrs}})
    return anns


def _sources(attrs) -> tuple[str, ...]:
    return tuple(s.strip() for s in attrs.get("nested-source", "").split(",") if s.strip())


def _writer_opinion(ann) -> bool:
    a = ann["attrs"]
    if _sources(a) != ("w",):
        return False
    if ann["type"] == "GATE_direct-subjective":
        return a.get("intensity", "") not in _LOW and "insubstantial" not in a
    if ann["type"] == "GATE_expressive-subjectivity":
        return a.get("intensity", "") not in ("low", "")
    return False


def _conll(ann) -> bool:
    a = ann["attrs"]
    if ann["type"] == "GATE_direct-subjective":
        return a.get("intensity", "") not in ("low", "neutral") and "insubstantial" not in a
    if ann["type"] == "GATE_expressive-subjectivity":
        return a.get("intensity", "") != "low"
    return False


def _doc_list(path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="latin-1").splitlines()
            if line.strip()]


def read_mpqa(root=None, docs=None) -> pd.DataFrame:
    """Gold sentences of the MPQA 1.2 documents (all 535, or ``docs``) as one frame.

    Extra columns: ``doc``, ``sent_start``/``sent_end`` (byte offsets of the cleaned sentence in
    the document), ``index`` (order in the document), ``conll_subjective``, ``ese``.
    """
    doclist = _doc_list(corpus_file(root, FOLDER, DB, "Release-Full-Doclist"))
    test_docs = set(_doc_list(corpus_file(root, FOLDER, DB, "test_setCoNLL03")))
    unknown = test_docs - set(doclist)
    if unknown:
        raise CorpusError(f"test_setCoNLL03 names documents missing from Release-Full-Doclist: "
                          f"{sorted(unknown)[:3]}")
    rows = []
    for doc in docs or doclist:
        text_path = corpus_file(root, FOLDER, DB, "docs", doc)
        sent_path = corpus_file(root, FOLDER, DB, "man_anns", doc, "gatesentences.mpqa.1.2")
        ann_path = corpus_file(root, FOLDER, DB, "man_anns", doc, "gateman.mpqa.lre.1.2")
        body = text_path.read_bytes().decode("latin-1")
        sents = sorted((a["start"], a["end"]) for a in _parse_anns(sent_path)
                       if a["type"] == "GATE_sentence")
        if not sents:
            raise CorpusError(f"{sent_path}: no GATE_sentence spans")
        anns = [a for a in _parse_anns(ann_path)
                if a["type"] in ("GATE_direct-subjective", "GATE_expressive-subjectivity")]
        for s, e in sents:
            if not (0 <= s <= e <= len(body)):
                raise CorpusError(f"{sent_path}: sentence span {s},{e} outside {text_path}")
        if doc in test_docs:
            split = "test"
        else:
            split = "dev" if int(hashlib.md5(doc.encode()).hexdigest(), 16) % 5 == 1 else "train"
        for index, (s, e) in enumerate(sents):
            inside = [a for a in anns if a["start"] < e and a["end"] > s]
            raw = body[s:e]
            writer = [a for a in inside if _writer_opinion(a)]
            ese_all = [a for a in inside if a["type"] == "GATE_expressive-subjectivity"]
            markers = [(max(a["start"], s) - s, min(a["end"], e) - s) for a in writer
                       if a["type"] == "GATE_expressive-subjectivity"]
            text, markers = clean_text(raw, markers)
            if not text:
                continue
            lead = len(raw) - len(raw.lstrip())
            ese = []
            for a in ese_all:
                (span,) = clean_text(raw, [(max(a["start"], s) - s, min(a["end"], e) - s)])[1] or [None]
                if span:
                    ese.append((span[0], span[1], ",".join(_sources(a["attrs"])),
                                a["attrs"].get("intensity", ""), a["attrs"].get("polarity", "")))
            opinion = bool(writer)
            rows.append({
                "text": text,
                "label": OPINION if opinion else "fact",
                "opinion": opinion,
                "source": "mpqa_1_2",
                "split": split,
                "group": doc,
                "markers": markers,
                "doc": doc,
                "index": index,
                "sent_start": s + lead,
                "sent_end": s + lead + len(text),
                "conll_subjective": any(_conll(a) for a in inside),
                "ese": ese,
            })
    return pd.DataFrame(rows)
