"""Streaming batch scoring of article tables: CSV, TSV, JSONL and Parquet, at any size.

``slant score IN OUT`` and :func:`score_file` read the input in chunks of ``chunk_size`` rows,
score each chunk (in worker processes, or on a Dask cluster), and write the chunks in input order,
so memory stays flat however long the input is. Every input row comes out, in order, with all its
columns, plus the columns in :data:`ADDED_COLUMNS`:

``opinion_share``
    share of the article's content text (boilerplate excluded) that is commentary or embedded
    opinion, 0..1; empty/NaN when the row could not be scored.
``paragraphs_fact``, ``paragraphs_commentary``, ``paragraphs_embedded_opinion``, ``paragraphs_boilerplate``
    number of paragraphs with each label (nullable integers).
``slant_label``
    the article-level reading: ``opinion`` when commentary is at least a quarter of the content text,
    ``news`` when opinion (commentary + embedded opinion) is under a fifth of it, ``mixed``
    otherwise, ``empty`` when there is no content text at all (only boilerplate); the empty
    string when the row could not be scored.
``error``
    the empty string when the row was scored; otherwise a short reason, one of

    - ``missing text``: the text cell is null / absent (or not a string);
    - ``empty text``: only whitespace;
    - ``undecodable bytes in text``: the text held bytes that are not UTF-8;
    - ``text too long: N characters (limit 1000000)``: over :data:`MAX_TEXT_CHARS`;
    - ``invalid JSON line`` / ``JSON line is not an object`` (JSONL input);
    - ``could not score: ...``: the pipeline failed on this text (a bug worth reporting).

    A bad row never stops the run.

Decoding: CSV/TSV/JSONL bytes are read as UTF-8 with ``surrogateescape``, so a byte that is not
UTF-8 spoils only its own row: the row is kept, marked ``undecodable bytes in text`` when the bad
bytes are in the text (or title) column, and written back byte for byte to CSV/TSV/JSONL outputs
(to Parquet, which must hold valid UTF-8, they become U+FFFD). CSV/TSV cells are read as strings,
so ids like ``007`` and empty cells come out exactly as they went in.

``--title-col``: the title is scored as the article's headline: the text analysed is
``title + "\\n\\n" + text``, and offsets in the long tables refer to that combined text.

Long tables (``--paragraphs``, ``--sentences``): one row per paragraph / sentence with the row's
id (the ``--id-col`` value, or the 0-based row number when the input has no such column),
indexes, character offsets, label, scores and text.

Engines: ``local`` (default) scores chunks in ``--jobs`` worker processes (forked on Linux, so
each starts with the model the parent loaded; ``--jobs 1`` scores in-process), at most
``jobs + 2`` chunks in flight, written back in input order. ``dask`` (:mod:`slant.batch_dask`)
connects to ``--scheduler`` (or starts a local cluster of ``--jobs`` single-threaded worker
processes), loads and checks the model once per worker with a worker plugin, reads the input as
one ``dask.dataframe`` whose partitions are the local engine's chunks, read on the workers, and
scores each partition there, writing its part files; its output is byte-identical to the local
engine's. Input, output folder and ``--model`` must be at the same path on every worker. Data
already in a ``dask.dataframe`` is scored with :func:`score_dask`, one :func:`score_chunk` per
partition. Dask is optional: ``pip install "slant[dask]"``.

Rows: blank lines in JSONL are not rows; CSV/TSV records are written with ``\n`` line ends
(line breaks inside quoted cells are kept as they were).

Output is atomic and resumable: chunk results go to ``OUTPUT.partial/`` (one part file per chunk
and a ``state.json``); only when every chunk is done are the parts joined into a temporary file
that is moved onto ``OUTPUT``. ``resume=True`` continues from the last completed chunk when the
input file and the options are unchanged; the result is identical to an uninterrupted run.
"""

from __future__ import annotations

import gc
import gzip
import json
import math
import os
import re
import shutil
import sys
import time
import warnings
import zlib
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Sequence

import numpy as np
import pandas as pd

from .labels import ALL_LABELS, CONTENT_LABELS
from .textio import InputError

#: Texts longer than this many characters are not scored (``error`` says so).
MAX_TEXT_CHARS = 1_000_000
DEFAULT_CHUNK_SIZE = 500
#: Columns added to every output row, in this order.
ADDED_COLUMNS = ["opinion_share", *(f"paragraphs_{label}" for label in ALL_LABELS),
                 "slant_label", "error"]
PARAGRAPH_COLUMNS = ["paragraph", "start", "end", "label",
                     *(f"score_{k}" for k in CONTENT_LABELS), "opinion_share", "n_sentences",
                     "text"]
SENTENCE_COLUMNS = ["paragraph", "sentence", "start", "end", "label", "role",
                    *(f"score_{k}" for k in CONTENT_LABELS), "markers", "text"]

#: Test hook: exit abruptly (like a kill) after this many chunks have been completed.
_DIE_AFTER_ENV = "SLANT_BATCH_DIE_AFTER_CHUNKS"
_STATE_VERSION = 1
_SURROGATE = re.compile("[\udc80-\udcff]")


class BatchError(InputError):
    """An input, output or option that makes the whole run impossible (one-line CLI error)."""


# -- formats -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Format:
    kind: str  # "csv", "tsv", "jsonl" or "parquet"
    gzip: bool = False

    @property
    def suffix(self) -> str:
        return "." + self.kind + (".gz" if self.gzip else "")


_EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl",
               ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}


def detect_format(path: str | os.PathLike) -> Format:
    """The table format of ``path`` from its extension (``.csv``, ``.tsv``, ``.jsonl``,
    ``.parquet``, and ``.csv.gz`` / ``.tsv.gz`` / ``.jsonl.gz``)."""
    name = Path(path).name.lower()
    compressed = name.endswith(".gz")
    if compressed:
        name = name[:-3]
    kind = _EXTENSIONS.get(os.path.splitext(name)[1])
    if kind is None or (compressed and kind == "parquet"):
        raise BatchError(f"{path}: unknown table format; use .csv, .tsv, .jsonl, .parquet "
                         "(or .csv.gz, .tsv.gz, .jsonl.gz)")
    return Format(kind, compressed)


# -- reading -----------------------------------------------------------------------------------

_CORRUPT = (EOFError, zlib.error, gzip.BadGzipFile)


@dataclass
class Chunk:
    index: int
    start_row: int
    frame: pd.DataFrame
    #: Per-row reading problems (JSONL lines that are not objects), or None.
    read_errors: Optional[list[str]] = None
    #: How far into the input file reading has got (bytes), for the progress display.
    position: int = 0


def csv_options(kind: str) -> dict:
    """pandas options for reading CSV/TSV as text, the same in every engine.

    ``index_col=False``: a file whose rows end in a delimiter (a trailing comma) keeps its
    columns; pandas would otherwise make the first column an index and shift the rest left.
    """
    return dict(sep="\t" if kind == "tsv" else ",", dtype=object, keep_default_na=False,
                na_filter=False, encoding="utf-8", encoding_errors="surrogateescape",
                index_col=False)


@contextmanager
def strict_csv_warnings():
    """Raise pandas' "loss of data" warning (a row with more non-empty fields than the
    header), so the file is reported malformed instead of silently cut."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", pd.errors.ParserWarning)
        yield


def parse_json_line(line: bytes) -> tuple[dict, str]:
    """One JSONL line as a row and its read error ("" when it is a JSON object; else an empty
    row and the reason)."""
    try:
        obj = json.loads(line.decode("utf-8", "surrogateescape"))
    except ValueError:
        return {}, "invalid JSON line"
    return (obj, "") if isinstance(obj, dict) else ({}, "JSON line is not an object")


def jsonl_frame(rows: list[dict], known: Sequence[str]) -> pd.DataFrame:
    """A chunk of JSON rows: the ``known`` columns first, then keys first seen in this chunk."""
    columns = dict.fromkeys(known)
    for row in rows:
        columns.update(dict.fromkeys(row))
    data = {c: pd.Series([row.get(c) for row in rows], dtype=object) for c in columns}
    return pd.DataFrame(data, columns=list(columns))


class _Reader:
    """Chunks of exactly ``chunk_size`` rows (the last may be shorter; an empty input gives one
    empty chunk with the input's columns), so chunk ``i`` is the same on every run."""

    def __init__(self, path: Path, fmt: Format, chunk_size: int):
        self.path, self.fmt, self.chunk_size = path, fmt, chunk_size
        self.size = path.stat().st_size
        self.total_rows: Optional[int] = None
        try:
            self._read_columns()
        except _CORRUPT as exc:
            raise BatchError(f"{path}: corrupt or truncated file ({_first_line(exc)})") from None

    def _read_columns(self) -> None:
        path, fmt = self.path, self.fmt
        if fmt.kind == "parquet":
            import pyarrow.parquet as pq

            try:
                self._pf = pq.ParquetFile(path)
            except Exception as exc:
                raise BatchError(f"{path}: not a readable Parquet file ({exc})") from None
            self.total_rows = self._pf.metadata.num_rows
            self.columns = list(self._pf.schema_arrow.names)
        elif fmt.kind in ("csv", "tsv"):
            with self._open() as (_, stream):
                try:
                    header = pd.read_csv(stream, nrows=0, **self._csv_options())
                except pd.errors.EmptyDataError:
                    raise BatchError(f"{path}: empty file (no header row)") from None
                except (pd.errors.ParserError, ValueError) as exc:
                    raise BatchError(f"{path}: malformed {fmt.kind.upper()}: "
                                     f"{_first_line(exc)}") from None
            self.columns = [str(c) for c in header.columns]
        else:
            self.columns = self._jsonl_columns()

    def _csv_options(self) -> dict:
        return csv_options(self.fmt.kind)

    class _Opened:
        def __init__(self, reader):
            self.reader = reader

        def __enter__(self):
            self.raw = open(self.reader.path, "rb")
            stream = gzip.GzipFile(fileobj=self.raw) if self.reader.fmt.gzip else self.raw
            return self.raw, stream

        def __exit__(self, *exc):
            self.raw.close()

    def _open(self):
        return self._Opened(self)

    def _jsonl_columns(self) -> list[str]:
        """Keys of the first few hundred JSON lines, in first-seen order."""
        seen: dict[str, None] = {}
        with self._open() as (_, stream):
            for n, line in enumerate(stream):
                if n >= 1000:
                    break
                try:
                    obj = json.loads(line.decode("utf-8", "surrogateescape"))
                except ValueError:
                    continue
                if isinstance(obj, dict):
                    seen.update(dict.fromkeys(obj))
        return list(seen)

    def __iter__(self) -> Iterator[Chunk]:
        kind = self.fmt.kind
        chunks = (self._parquet() if kind == "parquet" else
                  self._csv() if kind in ("csv", "tsv") else self._jsonl())
        start, index = 0, 0
        try:
            for frame, errors, position in chunks:
                yield Chunk(index, start, frame, errors, position)
                start += len(frame)
                index += 1
        except _CORRUPT as exc:
            raise BatchError(f"{self.path}: corrupt or truncated file after row {start} "
                             f"({_first_line(exc)})") from None
        if index == 0:
            yield Chunk(0, 0, pd.DataFrame({c: pd.Series([], dtype=object) for c in self.columns}),
                        None, self.size)

    def _csv(self):
        with self._open() as (raw, stream):
            chunks = pd.read_csv(stream, chunksize=self.chunk_size, **self._csv_options())
            while True:
                try:
                    with strict_csv_warnings():
                        frame = next(chunks)
                except StopIteration:
                    return
                except (pd.errors.ParserError, pd.errors.ParserWarning) as exc:
                    raise BatchError(f"{self.path}: malformed {self.fmt.kind.upper()}: "
                                     f"{_first_line(exc)}") from None
                frame.columns = [str(c) for c in frame.columns]
                yield frame.reset_index(drop=True), None, raw.tell()

    def _jsonl(self):
        with self._open() as (raw, stream):
            rows: list[dict] = []
            errors: list[str] = []
            for line in stream:
                if not line.strip():
                    continue
                row, error = parse_json_line(line)
                rows.append(row)
                errors.append(error)
                if len(rows) == self.chunk_size:
                    yield jsonl_frame(rows, self.columns), errors, raw.tell()
                    rows, errors = [], []
            if rows:
                yield jsonl_frame(rows, self.columns), errors, raw.tell()

    def _parquet(self):
        import pyarrow as pa

        pending: list = []
        count, done = 0, 0
        for batch in self._pf.iter_batches(batch_size=self.chunk_size):
            pending.append(batch)
            count += batch.num_rows
            while count >= self.chunk_size:
                table = pa.Table.from_batches(pending).combine_chunks()
                head, rest = table.slice(0, self.chunk_size), table.slice(self.chunk_size)
                done += head.num_rows
                yield _arrow_to_frame(head), None, self._position(done)
                pending = rest.to_batches() if rest.num_rows else []
                count = rest.num_rows
        if count:
            done += count
            yield _arrow_to_frame(pa.Table.from_batches(pending)), None, self._position(done)

    def _position(self, rows_done: int) -> int:
        return int(self.size * rows_done / self.total_rows) if self.total_rows else self.size


def _arrow_to_frame(table) -> pd.DataFrame:
    # Arrow-backed columns keep the input's exact types (ints with nulls, nested values) so the
    # Parquet output has the input's schema.
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


# -- scoring -----------------------------------------------------------------------------------

@dataclass
class ScoredChunk:
    index: int
    frame: pd.DataFrame
    paragraphs: Optional[pd.DataFrame]
    sentences: Optional[pd.DataFrame]
    errors: int


@dataclass(frozen=True)
class ScoreOptions:
    """Everything a worker needs to score a chunk (small and picklable)."""

    text_col: str = "text"
    id_col: Optional[str] = "id"
    title_col: Optional[str] = None
    model_path: Optional[str] = None
    paragraphs: bool = False
    sentences: bool = False


def _get_model(model_path: Optional[str]):
    from .model import load_model

    return load_model(model_path)  # cached per process: loaded once per worker


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def _row_text(text: Any, title: Any) -> tuple[Optional[str], str]:
    """The text to analyse for one row, or None and the reason it cannot be scored."""
    if _is_missing(text) or not isinstance(text, str):
        return None, "missing text"
    if not text.strip():
        return None, "empty text"
    if isinstance(title, str) and title.strip():
        text = title.strip() + "\n\n" + text
    if _SURROGATE.search(text) or (isinstance(title, str) and _SURROGATE.search(title)):
        return None, "undecodable bytes in text"
    if len(text) > MAX_TEXT_CHARS:
        return None, f"text too long: {len(text)} characters (limit {MAX_TEXT_CHARS})"
    return text, ""


#: Articles go to the pipeline in groups of at most this many characters (and
#: :data:`SCORE_GROUP_ARTICLES` articles): one classifier call per group keeps it fast, and the
#: group size, not ``chunk_size``, bounds the classifier's working memory.
SCORE_GROUP_CHARS = 400_000
SCORE_GROUP_ARTICLES = 200


def _analyze(texts: list[str], model) -> list:
    """Articles for ``texts``, in groups (see :data:`SCORE_GROUP_CHARS`)."""
    results: list = []
    group: list[str] = []
    size = 0
    for text in texts:
        if group and (size + len(text) > SCORE_GROUP_CHARS or len(group) >= SCORE_GROUP_ARTICLES):
            results.extend(_analyze_group(group, model))
            group, size = [], 0
        group.append(text)
        size += len(text)
    if group:
        results.extend(_analyze_group(group, model))
    return results


def _analyze_group(texts: list[str], model) -> list:
    """One classifier call for ``texts``; per row on failure, so one bad row never sinks the
    chunk. A failed row comes back as the exception."""
    from .pipeline import analyze_many

    try:
        return analyze_many(texts, model)
    except Exception:
        results: list = []
        for text in texts:
            try:
                results.append(analyze_many([text], model)[0])
            except Exception as exc:  # noqa: BLE001 - reported in the row's error column
                results.append(exc)
        return results


def score_chunk(frame: pd.DataFrame, options: ScoreOptions, start_row: int = 0,
                read_errors: Optional[list[str]] = None, index: int = 0,
                model=None) -> ScoredChunk:
    """Score one chunk of rows: the input frame plus :data:`ADDED_COLUMNS` (and long tables).

    ``model``: a loaded model; default: ``options.model_path`` loaded once per process.
    """
    n = len(frame)
    clash = [c for c in ADDED_COLUMNS if c in frame.columns]
    if clash:
        raise BatchError(f"input already has column(s) {', '.join(clash)} that slant adds; "
                         "rename or drop them")
    texts = frame[options.text_col].tolist() if options.text_col in frame.columns else [None] * n
    titles = (frame[options.title_col].tolist()
              if options.title_col and options.title_col in frame.columns else [None] * n)
    errors = [""] * n
    todo: list[tuple[int, str]] = []
    for i in range(n):
        if read_errors and read_errors[i]:
            errors[i] = read_errors[i]
            continue
        text, errors[i] = _row_text(texts[i], titles[i])
        if text is not None:
            todo.append((i, text))

    articles: list = [None] * n
    if todo:
        model = model or _get_model(options.model_path)
        for (i, _), result in zip(todo, _analyze([t for _, t in todo], model)):
            if isinstance(result, Exception):
                errors[i] = f"could not score: {type(result).__name__}: {str(result)[:80]}"
            else:
                articles[i] = result

    share = np.full(n, np.nan)
    counts = {label: [pd.NA] * n for label in ALL_LABELS}
    labels = [""] * n
    for i, article in enumerate(articles):
        if article is None:
            continue
        share[i] = article.slant["opinion_share"]
        for label in ALL_LABELS:
            counts[label][i] = article.slant["paragraphs"].get(label, 0)
        labels[i] = article.slant["label"]

    out = frame.copy()
    out["opinion_share"] = share
    for label in ALL_LABELS:
        out[f"paragraphs_{label}"] = pd.array(counts[label], dtype="Int64")
    out["slant_label"] = pd.Series(labels, dtype=object, index=out.index)
    out["error"] = pd.Series(errors, dtype=object, index=out.index)

    paragraphs = sentences = None
    if options.paragraphs or options.sentences:
        id_name = options.id_col or "id"
        if options.id_col and options.id_col in frame.columns:
            ids = frame[options.id_col].tolist()
        else:
            ids = list(range(start_row, start_row + n))
        if options.paragraphs:
            paragraphs = _long_table(articles, ids, id_name, "paragraph", PARAGRAPH_COLUMNS)
        if options.sentences:
            sentences = _long_table(articles, ids, id_name, "sentence", SENTENCE_COLUMNS)
    return ScoredChunk(index, out, paragraphs, sentences, sum(1 for e in errors if e))


def _long_table(articles, ids, id_name, level, columns) -> pd.DataFrame:
    frames, id_values = [], []
    for article, row_id in zip(articles, ids):
        if article is None:
            continue
        part = article.to_frame(level)
        if len(part):
            frames.append(part)
            id_values.extend([row_id] * len(part))
    table = (pd.concat(frames, ignore_index=True) if frames
             else pd.DataFrame({c: [] for c in columns}))
    table = table[columns].copy()
    if "markers" in table.columns:  # a list per sentence: one JSON string, same in every format
        table["markers"] = pd.Series([json.dumps(list(m), ensure_ascii=False)
                                      for m in table["markers"]], dtype=object, index=table.index)
    table.insert(0, id_name, pd.Series(id_values, dtype=object, index=table.index))
    for col in ("paragraph", "sentence", "start", "end", "n_sentences"):
        if col in table.columns:
            table[col] = table[col].astype("int64")
    for col in table.columns:
        if col.startswith("score_") or col == "opinion_share":
            table[col] = table[col].astype("float64")
    for col in ("label", "role", "text"):
        if col in table.columns:
            table[col] = table[col].astype(object)
    return table


def score_frame(df: pd.DataFrame, text_col: str = "text", *, id_col: Optional[str] = "id",
                title_col: Optional[str] = None, model=None,
                chunk_size: int = DEFAULT_CHUNK_SIZE) -> pd.DataFrame:
    """Score a DataFrame of articles in memory (for notebooks).

    Returns a copy of ``df`` (same index, same columns) with :data:`ADDED_COLUMNS`; rows that
    cannot be scored are kept with a reason in ``error``. ``model``: a loaded ``SlantModel``
    or a path (default: the shipped model).
    """
    if text_col not in df.columns:
        raise BatchError(f"no column {text_col!r} in the frame (columns: "
                         f"{', '.join(map(str, list(df.columns)[:10]))})")
    if title_col and title_col not in df.columns:
        raise BatchError(f"no title column {title_col!r} in the frame")
    loaded = None
    if model is not None and not isinstance(model, (str, os.PathLike)):
        loaded = model
    options = ScoreOptions(text_col, id_col, title_col,
                           None if model is None or loaded is not None else str(model))
    return _score_frame(df, options, chunk_size, loaded)


def _score_frame(df: pd.DataFrame, options: ScoreOptions, chunk_size: int,
                 model=None) -> pd.DataFrame:
    if len(df) == 0:
        return score_chunk(df, options, model=model).frame
    parts = [score_chunk(df.iloc[s:s + chunk_size], options, s, model=model).frame
             for s in range(0, len(df), chunk_size)]
    return pd.concat(parts)


# -- writing -----------------------------------------------------------------------------------

def _clean_json_value(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, np.generic):
        return _clean_json_value(value.item())
    if isinstance(value, (pd.Timestamp,)):
        return value.isoformat()
    if isinstance(value, np.ndarray):
        return [_clean_json_value(v) for v in value.tolist()]
    if isinstance(value, dict):
        return {k: _clean_json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean_json_value(v) for v in value]
    return value


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _encode_table(frame: pd.DataFrame, fmt: Format, header: bool) -> bytes:
    """CSV/TSV/JSONL bytes for one chunk (gzip members concatenate into one valid stream)."""
    if fmt.kind in ("csv", "tsv"):
        text = frame.to_csv(index=False, header=header, sep="\t" if fmt.kind == "tsv" else ",",
                            lineterminator="\n")
    else:
        columns = [str(c) for c in frame.columns]
        lines = []
        for row in frame.itertuples(index=False, name=None):
            record = {c: _clean_json_value(v) for c, v in zip(columns, row)}
            lines.append(json.dumps(record, ensure_ascii=False, default=_json_default) + "\n")
        text = "".join(lines)
    data = text.encode("utf-8", "surrogateescape")
    if fmt.gzip:
        data = gzip.compress(data, compresslevel=6, mtime=0)
    return data


def _fix_surrogates(frame: pd.DataFrame) -> pd.DataFrame:
    """Parquet holds valid UTF-8 only: undecodable bytes kept as surrogates become U+FFFD."""
    fixed = None
    for col in frame.columns:
        if frame[col].dtype != object:
            continue
        values = frame[col].tolist()
        if any(isinstance(v, str) and _SURROGATE.search(v) for v in values):
            if fixed is None:
                fixed = frame.copy()
            fixed[col] = pd.Series(
                [v.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                 if isinstance(v, str) else v for v in values], dtype=object, index=frame.index)
    return frame if fixed is None else fixed


def _write_part(frame: pd.DataFrame, fmt: Format, path: Path, header: bool) -> None:
    tmp = path.with_name(path.name + ".tmp")
    if fmt.kind == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(_fix_surrogates(frame), preserve_index=False)
        pq.write_table(table, tmp)
    else:
        with open(tmp, "wb") as fh:
            fh.write(_encode_table(frame, fmt, header))
    os.replace(tmp, path)


def _join_parts(parts: list[Path], fmt: Format, target: Path) -> None:
    """Join part files into ``target`` via a temporary file moved into place at the end."""
    tmp = target.with_name(f".{target.name}.slant-tmp")
    try:
        if fmt.kind == "parquet":
            _join_parquet(parts, tmp)
        else:
            with open(tmp, "wb") as out:
                for part in parts:
                    with open(part, "rb") as fh:
                        shutil.copyfileobj(fh, out, 1 << 20)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _join_parquet(parts: list[Path], tmp: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = [pq.read_schema(p) for p in parts]
    try:
        schema = pa.unify_schemas(schemas, promote_options="permissive")
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise BatchError(f"cannot write Parquet: a column changes type between chunks "
                         f"({_first_line(exc)}); write CSV or JSONL instead") from None
    schema = schema.with_metadata(schemas[0].metadata)
    with pq.ParquetWriter(tmp, schema) as writer:
        for part in parts:
            table = pq.read_table(part)
            columns = [table.column(name) if name in table.column_names
                       else pa.nulls(table.num_rows, schema.field(name).type)
                       for name in schema.names]
            table = pa.Table.from_arrays(columns, names=schema.names).cast(schema)
            writer.write_table(table)


# -- resumable runs ----------------------------------------------------------------------------

@dataclass
class _Target:
    name: str  # "out", "paragraphs", "sentences"
    path: Path
    fmt: Format


def _part_path(folder: Path, target: _Target, index: int) -> Path:
    """Part file of chunk ``index`` for ``target`` (also written by Dask workers)."""
    return folder / f"{target.name}-{index:06d}{target.fmt.suffix}"


class _Partial:
    """``OUTPUT.partial/``: one part file per completed chunk and target, and ``state.json``."""

    def __init__(self, output: Path, targets: list[_Target], fingerprint: dict, resume: bool,
                 say: Callable[[str], None]):
        self.dir = output.with_name(output.name + ".partial")
        self.targets = targets
        self.fingerprint = fingerprint
        self.done = self.rows = self.errors = 0
        state_path = self.dir / "state.json"
        if self.dir.exists():
            state = None
            try:
                state = json.loads(state_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                pass
            if resume and state and state.get("fingerprint") == fingerprint:
                self.done = int(state.get("chunks_done", 0))
                self.rows, self.errors = int(state.get("rows", 0)), int(state.get("errors", 0))
                if not all(self.part(t, i).exists() for t in targets for i in range(self.done)):
                    self.done = self.rows = self.errors = 0  # parts lost: start over
                for stale in self.dir.iterdir():  # parts beyond the last completed chunk
                    if stale.name != "state.json" and self._chunk_of(stale) >= self.done:
                        stale.unlink()
                if self.done:
                    say(f"resuming after {self.done} completed chunk(s)")
                return
            if resume:
                say("nothing to resume from (input or options changed); starting over")
            shutil.rmtree(self.dir)
        elif resume:
            say("nothing to resume from; starting from the beginning")
        self.dir.mkdir()
        self._save()

    @staticmethod
    def _chunk_of(path: Path) -> int:
        match = re.search(r"-(\d+)\.", path.name)
        return int(match.group(1)) if match else -1

    def part(self, target: _Target, index: int) -> Path:
        return _part_path(self.dir, target, index)

    def _save(self) -> None:
        tmp = self.dir / "state.json.tmp"
        tmp.write_text(json.dumps({"version": _STATE_VERSION, "fingerprint": self.fingerprint,
                                   "chunks_done": self.done, "rows": self.rows,
                                   "errors": self.errors}, indent=1), encoding="utf-8")
        os.replace(tmp, self.dir / "state.json")

    def complete(self, scored: ScoredChunk) -> None:
        frames = {"out": scored.frame, "paragraphs": scored.paragraphs,
                  "sentences": scored.sentences}
        for target in self.targets:
            _write_part(frames[target.name], target.fmt, self.part(target, scored.index),
                        header=scored.index == 0)
        self.record(scored.index, len(scored.frame), scored.errors)

    def record(self, index: int, rows: int, errors: int) -> None:
        """Chunk ``index`` (the next one in order) has its part files written."""
        self.done = index + 1
        self.rows += rows
        self.errors += errors
        self._save()

    def finish(self) -> None:
        for target in self.targets:
            _join_parts([self.part(target, i) for i in range(self.done)], target.fmt,
                        target.path)
        shutil.rmtree(self.dir)


def _fingerprint(input_path: Path, options: ScoreOptions, chunk_size: int,
                 targets: list[_Target], model_sha: str) -> dict:
    from . import __version__

    stat = input_path.stat()
    return {"input": str(input_path.resolve()), "size": stat.st_size,
            "mtime_ns": stat.st_mtime_ns, "chunk_size": chunk_size,
            "options": [options.text_col, options.id_col, options.title_col],
            "targets": [[t.name, str(t.path.resolve()), t.fmt.suffix] for t in targets],
            "model_sha256": model_sha, "slant": __version__}


# -- progress ----------------------------------------------------------------------------------

class _Progress:
    """A one-line progress bar on a terminal (rows/s, ETA); silent otherwise."""

    def __init__(self, total_bytes: int, total_rows: Optional[int], enabled: bool,
                 stream=None):
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.total_bytes, self.total_rows = total_bytes, total_rows
        self.start = time.monotonic()
        self.rows = 0
        self.base_rows = 0  # rows done by an earlier run (resume): not counted in the rate
        self.last = 0.0

    def update(self, rows: int, position: int, force: bool = False) -> None:
        self.rows = rows
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < 0.2:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = (rows - self.base_rows) / elapsed
        if self.total_rows:
            fraction = rows / self.total_rows if self.total_rows else 1.0
        else:
            fraction = position / self.total_bytes if self.total_bytes else 1.0
        fraction = min(max(fraction, 0.0), 1.0)
        width = 28
        bar = "#" * int(fraction * width) + "-" * (width - int(fraction * width))
        eta = ""
        if 0 < fraction < 1 and rows > self.base_rows:
            done_fraction = fraction - (self.base_rows / rows) * fraction
            remaining = elapsed * (1 - fraction) / max(done_fraction, 1e-9)
            eta = f"  ETA {_duration(remaining)}"
        self.stream.write(f"\r[{bar}] {fraction:4.0%}  {rows:,} rows  {rate:,.0f} rows/s{eta}   ")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


# -- engines -----------------------------------------------------------------------------------

def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _init_worker(model_path: Optional[str], parent: Optional[int] = None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _die_with_parent(parent)
    _get_model(model_path)  # load (and verify) the model once per worker process


def _die_with_parent(parent: Optional[int]) -> None:
    """On Linux, a worker gets SIGTERM when the run is killed, instead of lingering."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if parent is not None and os.getppid() != parent:  # the parent died before prctl
        os._exit(1)


def _peek(chunks: Iterator[Chunk], n: int) -> tuple[list[Chunk], Iterator[Chunk]]:
    head = []
    for chunk in chunks:
        head.append(chunk)
        if len(head) == n:
            break
    return head, chunks


def _run_local(chunks: Iterator[Chunk], options: ScoreOptions, jobs: int,
               sink: Callable[[ScoredChunk, Chunk], None]) -> None:
    # The objects alive now (imported modules, the loaded model) live as long as the run: frozen,
    # the collector's full passes skip them instead of walking them again and again (about 5% of
    # the scoring time), and forked workers, which inherit the frozen set, don't touch (and so
    # copy) the memory pages they share with this process. Unfrozen when the run ends.
    gc.freeze()
    try:
        _run_local_frozen(chunks, options, jobs, sink)
    finally:
        gc.unfreeze()


def _run_local_frozen(chunks: Iterator[Chunk], options: ScoreOptions, jobs: int,
                      sink: Callable[[ScoredChunk, Chunk], None]) -> None:
    head, rest = _peek(chunks, 2)
    if jobs <= 1 or len(head) < 2:  # one chunk: a pool would only cost start-up time
        for chunk in [*head, *rest]:
            sink(score_chunk(chunk.frame, options, chunk.start_row, chunk.read_errors,
                             chunk.index), chunk)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork (on Linux) starts workers instantly with the model the parent already loaded;
    # elsewhere each spawned worker loads it once in its initializer.
    method = os.environ.get("SLANT_MP_START") or ("fork" if sys.platform == "linux" else "spawn")
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                               initargs=(options.model_path, os.getpid()))
    pending: deque = deque()
    try:
        for chunk in [*head, *rest]:
            future = pool.submit(_score_remote, chunk.frame, options, chunk.start_row,
                                 chunk.read_errors, chunk.index)
            pending.append((future, chunk))
            while len(pending) > jobs + 1:  # bounded in-flight chunks: flat memory
                future, done = pending.popleft()
                sink(_rejoin(future.result(), done), done)
        while pending:
            future, done = pending.popleft()
            sink(_rejoin(future.result(), done), done)
    except BaseException:
        for future, _ in pending:
            future.cancel()
        workers = list(getattr(pool, "_processes", {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for worker in workers:  # don't wait for chunks nobody will write
            worker.terminate()
        queue = getattr(pool, "_call_queue", None)
        if queue is not None:  # don't block exit flushing chunks to workers that are gone
            queue.cancel_join_thread()
        raise
    pool.shutdown()


def _score_remote(frame: pd.DataFrame, options: ScoreOptions, start_row: int,
                  read_errors: Optional[list[str]], index: int) -> ScoredChunk:
    """:func:`score_chunk` in a worker: sends back only the added columns (the parent still
    holds the input rows), which halves what crosses the process boundary."""
    scored = score_chunk(frame, options, start_row, read_errors, index)
    scored.frame = scored.frame[ADDED_COLUMNS]
    return scored


def _rejoin(scored: ScoredChunk, chunk: Chunk) -> ScoredChunk:
    added = scored.frame.set_axis(chunk.frame.index)
    scored.frame = pd.concat([chunk.frame, added], axis=1)
    return scored


def score_dask(ddf, text_col: str = "text", *, id_col: Optional[str] = "id",
               title_col: Optional[str] = None, model: Optional[str] = None):
    """Score a ``dask.dataframe.DataFrame`` lazily: one :func:`score_chunk` per partition.

    The result is a dask DataFrame with the input columns plus :data:`ADDED_COLUMNS`; each
    worker process loads the model once (``model`` must be a path the workers can read, or
    None for the shipped model). The engine itself lives in :mod:`slant.batch_dask`.
    """
    from .batch_dask import score_dask as _score_dask

    return _score_dask(ddf, text_col, id_col=id_col, title_col=title_col, model=model)


def __getattr__(name: str):
    if name == "SlantModelPlugin":  # pickled by earlier versions under this name
        from .batch_dask import plugin_class

        return plugin_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# -- the run -----------------------------------------------------------------------------------

@dataclass
class ScoreSummary:
    rows: int = 0
    errors: int = 0
    chunks: int = 0
    elapsed: float = 0.0
    outputs: list[str] = field(default_factory=list)

    def line(self) -> str:
        rate = self.rows / self.elapsed if self.elapsed else 0.0
        return (f"scored {self.rows:,} rows ({self.errors:,} errors) in "
                f"{_duration(self.elapsed)} ({rate:,.0f} rows/s) -> {', '.join(self.outputs)}")


def score_file(input_path: str | os.PathLike, output_path: str | os.PathLike, *,
               text_col: str = "text", id_col: Optional[str] = "id",
               title_col: Optional[str] = None,
               paragraphs: Optional[str | os.PathLike] = None,
               sentences: Optional[str | os.PathLike] = None,
               jobs: Optional[int] = None, chunk_size: Optional[int] = None,
               model: Optional[str | os.PathLike] = None, engine: str = "local",
               scheduler: Optional[str] = None, resume: bool = False,
               progress: Optional[bool] = None, quiet: bool = False,
               say: Optional[Callable[[str], None]] = None) -> ScoreSummary:
    """Score the table at ``input_path`` into ``output_path`` (formats from the extensions).

    ``progress``: None shows a progress bar only when standard error is a terminal.
    ``say``: where notes go (default: standard error, silenced by ``quiet``).
    """
    started = time.monotonic()
    if say is None:
        say = (lambda msg: None) if quiet else (lambda msg: print(f"slant: {msg}",
                                                                  file=sys.stderr))
    input_path, output_path = Path(input_path), Path(output_path)
    chunk_size = DEFAULT_CHUNK_SIZE if chunk_size is None else int(chunk_size)
    if chunk_size < 1:
        raise BatchError("--chunk-size must be at least 1")
    jobs = default_jobs() if jobs is None or jobs == 0 else int(jobs)
    if jobs < 1:
        raise BatchError("--jobs must be at least 1")
    if engine not in ("local", "dask"):
        raise BatchError(f"unknown engine {engine!r}; use local or dask")
    if scheduler and engine != "dask":
        raise BatchError("--scheduler needs --engine dask")

    if not input_path.exists():
        raise BatchError(f"no such file: {input_path}")
    if input_path.is_dir():
        raise BatchError(f"{input_path} is a directory, not a table")
    in_fmt = detect_format(input_path)
    targets = [_Target("out", output_path, detect_format(output_path))]
    if paragraphs:
        targets.append(_Target("paragraphs", Path(paragraphs), detect_format(paragraphs)))
    if sentences:
        targets.append(_Target("sentences", Path(sentences), detect_format(sentences)))
    seen = {input_path.resolve()}
    for target in targets:
        if not target.path.parent.is_dir():
            raise BatchError(f"output folder does not exist: {target.path.parent}")
        if target.path.resolve() in seen:
            raise BatchError(f"{target.path}: would overwrite the input or another output")
        seen.add(target.path.resolve())
    if engine == "dask":
        try:
            import dask.dataframe  # noqa: F401
            import distributed  # noqa: F401
        except ImportError:
            raise BatchError('--engine dask needs Dask: pip install "slant[dask]"') from None
    if "parquet" in (in_fmt.kind, *(t.fmt.kind for t in targets)):
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise BatchError('Parquet needs pyarrow: pip install "slant[parquet]"') from None

    reader = _Reader(input_path, in_fmt, chunk_size)
    if text_col not in reader.columns and not (in_fmt.kind == "jsonl" and not reader.columns):
        raise BatchError(f"{input_path}: no column {text_col!r} (columns: "
                         f"{', '.join(reader.columns[:10]) or 'none'}); use --text-col")
    if title_col and title_col not in reader.columns and in_fmt.kind != "jsonl":
        raise BatchError(f"{input_path}: no title column {title_col!r}")
    clash = [c for c in ADDED_COLUMNS if c in reader.columns]
    if clash:
        raise BatchError(f"{input_path}: already has column(s) {', '.join(clash)} that slant "
                         "adds; rename or drop them")

    from .model import load_model

    loaded = load_model(model)  # fail early (one-line ModelError) before any output exists
    model_path = str(Path(model).resolve()) if model is not None else None
    model_sha = str(loaded.manifest.get("sha256", ""))
    options = ScoreOptions(text_col, id_col, title_col, model_path,
                           paragraphs=bool(paragraphs), sentences=bool(sentences))

    client = cluster = None
    if engine == "dask":  # connect before anything is written
        from .batch_dask import client as dask_client

        client, cluster = dask_client(scheduler, jobs)
    try:
        return _score_run(reader, input_path, targets, options, chunk_size, model_sha, jobs,
                          engine, client, resume, quiet, progress, say, started)
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


def _score_run(reader, input_path, targets, options, chunk_size, model_sha, jobs, engine,
               client, resume, quiet, progress, say, started) -> ScoreSummary:
    output_path = targets[0].path
    partial = _Partial(output_path, targets,
                       _fingerprint(input_path, options, chunk_size, targets, model_sha),
                       resume, say)
    show = (not quiet) and (sys.stderr.isatty() if progress is None else progress)
    bar = _Progress(reader.size, reader.total_rows, show)
    summary = ScoreSummary(rows=partial.rows, errors=partial.errors)
    bar.base_rows = partial.rows
    die_after = int(os.environ.get(_DIE_AFTER_ENV, "0") or 0)
    skip = partial.done
    completed_this_run = 0

    def pending_chunks() -> Iterator[Chunk]:
        for chunk in reader:
            if chunk.index < skip:
                continue
            yield chunk

    def sink(scored: ScoredChunk, chunk: Chunk) -> None:
        partial.complete(scored)
        counted(chunk.position)

    def recorded(index: int, rows: int, errors: int, position: int) -> None:
        partial.record(index, rows, errors)  # dask: the workers wrote the part files
        counted(position)

    def counted(position: int) -> None:
        nonlocal completed_this_run
        summary.rows, summary.errors = partial.rows, partial.errors
        summary.chunks += 1
        completed_this_run += 1
        bar.update(summary.rows, position)
        if die_after and completed_this_run >= die_after:
            os._exit(137)  # test hook: an abrupt kill after a completed chunk

    try:
        if engine == "dask":
            from . import batch_dask

            batch_dask.run(reader, input_path, targets, options, chunk_size, client, model_sha,
                           partial.dir, skip, recorded)
        else:
            _run_local(pending_chunks(), options, jobs, sink)
    except BaseException as exc:
        bar.close()
        if partial.done == 0:  # nothing worth resuming: leave no trace
            shutil.rmtree(partial.dir, ignore_errors=True)
        elif isinstance(exc, KeyboardInterrupt):
            say(f"stopped after {partial.done} chunk(s); rerun with --resume to continue")
        raise
    bar.update(summary.rows, reader.size, force=True)
    bar.close()
    partial.finish()
    summary.elapsed = time.monotonic() - started
    summary.outputs = [str(t.path) for t in targets]
    return summary


def read_table(path: str | os.PathLike) -> pd.DataFrame:
    """Read a whole table written by ``slant score`` (or any supported input) into memory."""
    path = Path(path)
    fmt = detect_format(path)
    reader = _Reader(path, fmt, 1 << 30)
    frames = [chunk.frame for chunk in reader]
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
