"""BABE (Bias Annotations By Experts, SG1/SG2) and MBIC (crowd labels of the SG1 sentences).

``label_opinion`` is mapped as in LABELS.md (Entirely factual -> fact, Somewhat factual but also
opinionated -> embedded_opinion, Expresses writer's opinion -> commentary); "No agreement" and
empty labels are dropped. ``biased_words`` become marker spans (every whole-word occurrence).

Split (fixed, see ``slant.evaluate``): a row is ``test`` when ``md5(news_link)`` read as an integer
is 0 mod 5 (``md5(text)`` when the link is empty), ``dev`` when it is 1 mod 5, else ``train``.
Because SG1 and MBIC repeat many SG2 sentences, every normalised text then takes the most
held-out split any of its rows has (test > dev > train), so no sentence of a test row is ever
in train or dev under any file.
"""

from __future__ import annotations

import ast
import hashlib
import warnings

import pandas as pd

from . import CorpusError, corpus_file
from ._text import clean_text, find_word_spans, norm_text

FOLDER = "babe"
FILES = {
    "SG2": "data/final_labels_SG2.csv",
    "SG1": "data/final_labels_SG1.csv",
    "MBIC": "data/final_labels_MBIC.xlsx",
}
OPINION_MAP = {
    "Entirely factual": "fact",
    "Somewhat factual but also opinionated": "embedded_opinion",
    "Expresses writer\u2019s opinion": "commentary",
    "Expresses writer's opinion": "commentary",
}
DROP = {"No agreement", ""}
_RANK = {"train": 0, "dev": 1, "test": 2}


def _bucket(news_link: str, text: str) -> int:
    key = news_link.strip() or text
    return int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % 5


def babe_is_test(news_link: str, text: str) -> bool:
    """The fixed BABE test rule: ``md5(news_link)`` (``md5(text)`` if no link) is 0 mod 5."""
    return _bucket(str(news_link or ""), str(text)) == 0


def _parse_words(value, path, row) -> list[str]:
    value = "" if value is None or (isinstance(value, float) and value != value) else str(value)
    value = value.strip()
    if not value:
        return []
    try:
        words = ast.literal_eval(value)
    except (ValueError, SyntaxError):
        raise CorpusError(f"{path}: row {row}: biased_words is not a list: {value[:60]!r}") from None
    if isinstance(words, str):
        words = [words]
    if not isinstance(words, (list, tuple)):
        raise CorpusError(f"{path}: row {row}: biased_words is not a list: {value[:60]!r}")
    return [str(w) for w in words]


def _read_file(root, which: str) -> pd.DataFrame:
    if which not in FILES:
        raise CorpusError(f"unknown BABE file {which!r}; expected one of {list(FILES)}")
    path = corpus_file(root, FOLDER, FILES[which])
    try:
        if path.suffix == ".xlsx":
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                raw = pd.read_excel(path, sheet_name=0, dtype=str).fillna("")
        else:
            raw = pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype=str,
                              keep_default_na=False)
    except ImportError as exc:
        raise CorpusError(f"cannot read {path}: {exc} (install openpyxl)") from None
    except Exception as exc:  # parser errors of csv/xlsx come in many types
        raise CorpusError(f"cannot parse {path}: {exc}") from None
    need = {"text", "news_link", "label_opinion", "biased_words"}
    missing = need - set(raw.columns)
    if missing:
        raise CorpusError(f"{path}: missing columns {sorted(missing)} (found {list(raw.columns)}"
                          "; is it ';'-separated UTF-8 with BOM?)")
    labels = raw["label_opinion"].str.strip()
    unknown = sorted(set(labels) - set(OPINION_MAP) - DROP)
    if unknown:
        raise CorpusError(f"{path}: unexpected label_opinion values {unknown[:5]}")
    rows = []
    for i, rec in enumerate(raw.itertuples(index=False)):
        lab = labels.iat[i]
        if lab in DROP:
            continue
        words = _parse_words(rec.biased_words, path, i + 2)
        text, _ = clean_text(rec.text)
        if not text:
            continue
        rows.append({
            "text": text,
            "label": OPINION_MAP[lab],
            "opinion": OPINION_MAP[lab] != "fact",
            "source": "babe_" + which.lower(),
            "news_link": rec.news_link.strip(),
            "_raw_text": rec.text,
            "markers": find_word_spans(text, words),
            "biased_words": words,
            "label_bias": getattr(rec, "label_bias", ""),
            "outlet": getattr(rec, "outlet", ""),
            "topic": getattr(rec, "topic", ""),
            "leaning": getattr(rec, "type", ""),
        })
    return pd.DataFrame(rows)


def read_babe(which=("SG2", "SG1", "MBIC"), root=None) -> pd.DataFrame:
    """BABE rows from the files in ``which`` (any of ``SG2``, ``SG1``, ``MBIC``) as one frame.

    ``babe_test`` marks the rows of the fixed test rule itself (the BABE test set is the SG2 rows
    with it); ``split`` may also be ``test`` for rows that merely share a test row's text.
    Extra columns: ``news_link``, ``biased_words``, ``label_bias``, ``outlet``, ``topic``,
    ``leaning``. ``group`` is the news_link (or the text's md5 when the link is empty).
    Splits are computed across all three files whatever ``which`` asks for.
    """
    if isinstance(which, str):
        which = (which,)
    frames = {w: _read_file(root, w) for w in FILES}
    every = pd.concat(frames.values(), ignore_index=True)
    every["_norm"] = every["text"].map(norm_text)
    own = [
        {0: "test", 1: "dev"}.get(_bucket(link, raw), "train")
        for link, raw in zip(every["news_link"], every["_raw_text"])
    ]
    every["split"] = own
    every["babe_test"] = [s == "test" for s in own]
    rank = every["split"].map(_RANK).groupby(every["_norm"]).transform("max")
    every["split"] = rank.map({v: k for k, v in _RANK.items()})
    every["group"] = [
        link or "md5:" + hashlib.md5(raw.encode("utf-8")).hexdigest()
        for link, raw in zip(every["news_link"], every["_raw_text"])
    ]
    keep = every["source"].isin(["babe_" + w.lower() for w in which])
    out = every[keep].drop(columns=["_norm", "_raw_text"]).reset_index(drop=True)
    cols = ["text", "label", "opinion", "source", "split", "group", "markers"]
    return out[cols + [c for c in out.columns if c not in cols]]
