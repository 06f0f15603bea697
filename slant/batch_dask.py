"""The Dask engine of ``slant score`` (``--engine dask``): the input file read as one
``dask.dataframe`` whose partitions are read on the workers, scored there with the model loaded
once per worker, and written there as the run's part files.

Why partitions are the local engine's chunks: partition ``i`` holds exactly the rows of the local
engine's chunk ``i`` (``chunk_size`` rows), so each partition writes the same part file the local
engine writes for that chunk, the part files are joined the same way, and the output is
byte-identical; row numbers (ids when the input has no id column) are ``i * chunk_size + k``
without any counting pass; and ``--resume`` works per chunk as it does locally.

How partitions are found: one planning task on a worker scans the file once for record
boundaries (CSV/TSV: quote-aware, following pandas' tokenizer; JSONL: non-blank lines) and
returns the byte range of every chunk; each partition then reads and parses only its byte range
(CSV/TSV prefixed with the header line), with the local engine's parser options, so undecodable
bytes, empty cells and ids come out exactly as locally. Parquet partitions are row ranges read
with pyarrow from the row groups that hold them (the row counts are in the footer; no scan).
A gzip file cannot be split as it is: the planning task first decompresses it into the run's
``OUTPUT.partial/`` folder (on the shared file system, like the output), then plans that plain
copy, so a compressed input is scored in parallel too; the copy goes with the folder when the
run ends. Decompression is one sequential pass, fast next to scoring.
``dd.read_csv`` / ``dd.read_json`` / ``dd.read_parquet`` are not used because they split CSV
at raw line ends (breaking quoted multi-line articles), parse JSON lines with different rules
(no per-row errors), convert string types, and do not align partitions with chunks.

Why the workers write the output: a scored partition never travels back to the client; each
task writes its chunk's part files into ``OUTPUT.partial/`` (each part written to a temporary
name and renamed), returns only row and error counts, and the client joins the parts in order
into a temporary file moved onto ``OUTPUT`` at the end, as for the local engine. Client memory
is flat whatever the input size; the cost is that input, output folder and ``--model`` must be
at the same path on every worker (a shared file system), as reading on the workers needs anyway.
"""

from __future__ import annotations

import io
import mmap
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import pandas as pd

from . import batch
from .batch import BatchError, Format, ScoreOptions

#: Hidden column that carries JSONL reading problems from a partition to its scoring task.
READ_ERROR_COL = "__slant_read_error__"
#: Name of the plain copy of a gzip input inside ``OUTPUT.partial/`` (no ``-N.`` in it, so the
#: resume bookkeeping never takes it for a chunk's part file).
PLAIN_COPY = "input-plain"


@dataclass(frozen=True)
class _Source:
    """What a worker needs to read partitions of one input file (small, picklable)."""

    path: str  # absolute: the workers' working directories differ from the client's
    fmt: Format
    #: The user's input file, named in messages (``path`` is a plain copy of a gzip input).
    origin: str
    chunk_size: int
    columns: tuple  # the local reader's columns (header, first JSON keys, Parquet schema)
    header_end: int = 0  # CSV/TSV: bytes of the header record, prepended to every range
    #: CSV/TSV whose first data row has more fields than the header (rows ending in a
    #: delimiter): the local reader accepts wide rows anywhere in such a file, and only there.
    first_row_wide: bool = False


@dataclass(frozen=True)
class _Block:
    """One partition: chunk ``first_chunk``, read from bytes (CSV/TSV/JSONL) or rows (Parquet)
    ``start:end``."""

    first_chunk: int
    start: int
    end: int


# -- planning (one task, on a worker) --------------------------------------------------------

_CSV_STOP = re.compile(rb'["\r\n]')
_QUOTE, _CR, _LF = 0x22, 0x0D, 0x0A
_BLANK = (0x20, 0x09)


def _csv_record_end(data, pos: int, delim: int, n: int) -> int:
    """End (exclusive) of the CSV record starting at ``pos``, as pandas' C tokenizer sees it:
    a quote opens a quoted field only at the start of a field (elsewhere it is a literal
    character), ``""`` inside it is a quote, and a line end outside quotes ends the record."""
    i = pos
    while True:
        m = _CSV_STOP.search(data, i)
        if m is None:
            return n
        j = m.start()
        c = data[j]
        if c == _QUOTE:
            if j == pos or data[j - 1] == delim:
                k = j + 1
                while True:
                    q = data.find(b'"', k)
                    if q == -1:
                        return n  # EOF inside a quoted field: the parse reports it
                    if q + 1 < n and data[q + 1] == _QUOTE:
                        k = q + 2
                        continue
                    break
                i = q + 1
            else:
                i = j + 1
        elif c == _CR:
            return j + 2 if j + 1 < n and data[j + 1] == _LF else j + 1
        else:
            return j + 1


def _csv_skip_blank(data, pos: int, delim: int, n: int) -> int:
    """Skip the lines pandas skips at the start of a record (``skip_blank_lines``): empty, or
    only spaces and tabs other than the delimiter; after a lone ``\r`` pandas also swallows
    a following delimiter. Returns where the next record starts."""
    while pos < n:
        c = data[pos]
        j = pos
        if c in _BLANK and c != delim:
            while j < n and data[j] in _BLANK and data[j] != delim:
                j += 1
            if j == n:
                return n
            c = data[j]
        if c == _LF:
            pos = j + 1
        elif c == _CR:
            pos = j + 1
            if pos < n and data[pos] in (_LF, delim):
                pos += 1
        else:
            return pos  # a record (leading blanks are part of its first field)
    return n


def _plan_text(path: str, fmt: Format,
               chunk_size: int) -> tuple[int, list[tuple[int, int]], bool]:
    """Header length, the byte range of each chunk of ``chunk_size`` rows (CSV/TSV/JSONL),
    and whether the first data row has more fields than the header."""
    size = os.path.getsize(path)
    if size == 0:
        return 0, [], False
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        n = len(data)
        ranges: list[tuple[int, int]] = []
        if fmt.kind == "jsonl":
            pos = start = count = 0
            while pos < n:
                end = data.find(b"\n", pos)
                end = n if end == -1 else end + 1
                if data[pos:end].strip():  # blank lines are not rows (as locally)
                    count += 1
                    if count == chunk_size:
                        ranges.append((start, end))
                        start, count = end, 0
                pos = end
            if count:
                ranges.append((start, n))
            return 0, ranges, False
        delim = 0x09 if fmt.kind == "tsv" else 0x2C
        first = _csv_skip_blank(data, 0, delim, n)
        header_end = _csv_record_end(data, first, delim, n)
        row = _csv_skip_blank(data, header_end, delim, n)
        wide = _first_row_wide(data[:_csv_record_end(data, row, delim, n)], fmt)
        pos = start = header_end
        count = 0
        while True:
            pos = _csv_skip_blank(data, pos, delim, n)
            if pos >= n:
                break
            pos = _csv_record_end(data, pos, delim, n)
            count += 1
            if count == chunk_size:
                ranges.append((start, pos))
                start, count = pos, 0
        if count:
            ranges.append((start, n))
        return header_end, ranges, wide


def _first_row_wide(head: bytes, fmt: Format) -> bool:
    """Whether the first data row has more fields than the header (pandas, left to infer an
    index, makes the extra leading fields one)."""
    try:
        # Only the shape matters: replacing bad bytes keeps pandas from failing to build an
        # index out of undecodable text.
        frame = pd.read_csv(io.BytesIO(head), **{**batch.csv_options(fmt.kind), "index_col": None,
                                                 "encoding_errors": "replace"})
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError):
        return False  # the partition that holds the row reports the problem
    return not isinstance(frame.index, pd.RangeIndex)


def _gunzip(path: str, target: str) -> None:
    """Decompress ``path`` into ``target`` (written under a temporary name, then renamed)."""
    import gzip
    import shutil

    tmp = target + ".tmp"
    try:
        with gzip.open(path, "rb") as src, open(tmp, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
    except batch._CORRUPT as exc:
        Path(tmp).unlink(missing_ok=True)
        raise BatchError(f"{path}: corrupt or truncated gzip data ({batch._first_line(exc)})") \
            from None
    os.replace(tmp, target)


def _plan(source: _Source, reader, client, part_dir: Path) -> tuple[_Source, list[_Block]]:
    fmt, chunk_size = source.fmt, source.chunk_size
    if fmt.gzip:  # not splittable as it is: plan a plain copy next to the part files
        plain = str((part_dir / f"{PLAIN_COPY}.{fmt.kind}").resolve())
        _result(client.submit(_gunzip, source.path, plain, pure=False), source.origin)
        source = _replace(source, path=plain, fmt=Format(fmt.kind))
        fmt = source.fmt
    if fmt.kind == "parquet":  # row counts are in the footer the client already read
        total = int(reader.total_rows or 0)
        blocks = [_Block(i, s, min(s + chunk_size, total))
                  for i, s in enumerate(range(0, total, chunk_size))]
        return source, blocks or [_Block(0, 0, 0)]
    # The scan reads the whole file, so it runs on a worker, next to where partitions are read.
    future = client.submit(_plan_text, source.path, fmt, chunk_size, pure=False)
    header_end, ranges, wide = _result(future, source.origin)
    blocks = [_Block(i, s, e) for i, (s, e) in enumerate(ranges)]
    if not blocks:  # only a header: one empty chunk, as locally
        blocks = [_Block(0, header_end, header_end)]
    return _replace(source, header_end=header_end, first_row_wide=wide), blocks


def _replace(source: _Source, **changes) -> _Source:
    from dataclasses import replace

    return replace(source, **changes)


# -- reading partitions (on the workers) -----------------------------------------------------

def _read_partition(block: _Block, source: _Source) -> pd.DataFrame:
    """The rows of one partition, parsed exactly as the local engine parses them."""
    fmt = source.fmt
    path = Path(source.path)
    if fmt.kind == "parquet":
        return _read_parquet_rows(path, block.start, block.end, list(source.columns))
    with open(path, "rb") as fh:
        fh.seek(block.start)
        body = fh.read(block.end - block.start)
        if fmt.kind == "jsonl":
            return _jsonl_frame(body, list(source.columns))
        fh.seek(0)
        header = fh.read(source.header_end)
    copy = " of its decompressed text" if source.origin != source.path else ""
    where = f"{source.origin}: malformed {fmt.kind.upper()} (in the bytes from {block.start}{copy})"
    options = batch.csv_options(fmt.kind)
    if not source.first_row_wide:
        # Read whole, the file rejects a wide row; a range starting with one must fail too,
        # so let pandas show it (as an inferred index) instead of accepting it.
        options["index_col"] = None
    try:
        with batch.strict_csv_warnings():
            frame = pd.read_csv(io.BytesIO(header + body), **options)
    except (pd.errors.ParserError, pd.errors.ParserWarning) as exc:
        raise BatchError(f"{where}: {batch._first_line(exc)}") from None
    except ValueError:  # pandas could not make an index of a wide row's undecodable text
        raise BatchError(f"{where}: a row has more fields than the header") from None
    if not isinstance(frame.index, pd.RangeIndex):
        raise BatchError(f"{where}: a row has more fields than the header")
    frame.columns = [str(c) for c in frame.columns]
    return frame.reset_index(drop=True)


def _jsonl_frame(body: bytes, known: list[str]) -> pd.DataFrame:
    """JSON lines as the local reader builds a chunk: known columns first, then new keys; a
    line that is not a JSON object is an empty row with its reason in :data:`READ_ERROR_COL`."""
    rows: list[dict] = []
    errors: list[str] = []
    for line in io.BytesIO(body):
        if line.strip():
            row, error = batch.parse_json_line(line)
            rows.append(row)
            errors.append(error)
    frame = batch.jsonl_frame(rows, known)
    frame[READ_ERROR_COL] = pd.Series(errors, dtype=object, index=frame.index)
    return frame


def _read_parquet_rows(path: Path, start: int, end: int, columns: list[str]) -> pd.DataFrame:
    """Rows ``start:end`` of a Parquet file, reading only the row groups that hold them."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    groups, first_row, row = [], None, 0
    for g in range(pf.metadata.num_row_groups):
        n = pf.metadata.row_group(g).num_rows
        if row + n > start and row < end:
            groups.append(g)
            first_row = row if first_row is None else first_row
        row += n
    if not groups:
        return batch._arrow_to_frame(pf.schema_arrow.empty_table())
    batches, seen = [], first_row
    for rb in pf.iter_batches(batch_size=max(1, end - start), row_groups=groups):
        lo, hi = max(start - seen, 0), min(end - seen, rb.num_rows)
        if hi > lo:
            batches.append(rb.slice(lo, hi - lo))
        seen += rb.num_rows
        if seen >= end:
            break
    table = pa.Table.from_batches(batches, schema=pf.schema_arrow).combine_chunks()
    return batch._arrow_to_frame(table)


def _meta(source: _Source) -> pd.DataFrame:
    if source.fmt.kind == "parquet":
        import pyarrow.parquet as pq

        return batch._arrow_to_frame(pq.read_schema(source.path).empty_table())
    columns = list(source.columns) + ([READ_ERROR_COL] if source.fmt.kind == "jsonl" else [])
    return pd.DataFrame({c: pd.Series([], dtype=object) for c in columns})


def read_dask(source: _Source, blocks: list[_Block]):
    """The input as one ``dask.dataframe``: one partition per block, read on the workers."""
    import dask
    import dask.dataframe as dd

    # Keep object columns as they are: Arrow strings cannot hold the surrogates that carry
    # undecodable bytes through unchanged.
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_map(_read_partition, blocks, source=source, meta=_meta(source),
                           enforce_metadata=False, label="slant-read")


# -- scoring partitions (on the workers) -----------------------------------------------------

def _score_partition_parts(frame: pd.DataFrame, block: _Block, source: _Source,
                           options: ScoreOptions, part_dir: str,
                           targets: list) -> tuple[int, int, int, int]:
    """Score one partition (one chunk) and write its part files; returns ``(chunk, rows,
    errors, position)``, the only thing sent back to the client."""
    read_errors = frame.pop(READ_ERROR_COL).tolist() if READ_ERROR_COL in frame else None
    index = block.first_chunk
    scored = batch.score_chunk(frame.reset_index(drop=True), options,
                               index * source.chunk_size, read_errors, index)
    frames = {"out": scored.frame, "paragraphs": scored.paragraphs,
              "sentences": scored.sentences}
    for target in targets:
        batch._write_part(frames[target.name], target.fmt,
                          batch._part_path(Path(part_dir), target, index), header=index == 0)
    return index, len(frame), scored.errors, block.end


# -- the run (on the client) -----------------------------------------------------------------

def run(reader, input_path: Path, targets: list, options: ScoreOptions, chunk_size: int,
        client, model_sha: str, part_dir: Path, skip: int,
        record: Callable[[int, int, int, int], None]) -> None:
    """Score ``input_path`` on the cluster; ``record(chunk, rows, errors, position)`` is
    called for each chunk in input order once its part files are written."""
    import dask

    try:
        client.register_plugin(plugin_class()(options.model_path, model_sha), name="slant-model")
    except Exception as exc:  # noqa: BLE001 - a worker could not load or check the model
        raise BatchError(f"a Dask worker could not load the slant model: "
                         f"{batch._first_line(exc)}") from None
    path = str(Path(input_path).resolve())
    source = _Source(path, reader.fmt, path, chunk_size, tuple(reader.columns))
    source, blocks = _plan(source, reader, client, part_dir)
    # Progress is counted in bytes of the input file (compressed, for a gzip input).
    if source.fmt.kind == "parquet":  # byte offsets of rows are unknown: scale by rows
        position = {b.first_chunk: reader._position(b.end) for b in blocks}
    else:
        scale = reader.size / max(os.path.getsize(source.path), 1)
        position = {b.first_chunk: int(b.end * scale) for b in blocks}
    ddf = read_dask(source, blocks)
    targets = [batch._Target(t.name, t.path.resolve(), t.fmt) for t in targets]
    todo = [(p, b) for p, b in zip(ddf.to_delayed(), blocks) if b.first_chunk >= skip]
    tasks = [dask.delayed(_score_partition_parts, pure=True)(
        part, b, source, options, str(part_dir.resolve()), targets) for part, b in todo]
    futures = client.compute(tasks)
    try:
        for future in futures:  # in input order; later partitions keep running meanwhile
            index, rows, errors, _end = _result(future, source.origin)
            record(index, rows, errors, position[index])
    except BaseException:
        client.cancel(futures)
        raise


def _result(future, path: str):
    try:
        return future.result()
    except BatchError:
        raise
    except OSError as exc:  # e.g. a worker that does not see the file
        raise BatchError(f"a Dask worker could not read or write a file ({batch._first_line(exc)}); "
                         f"the input ({path}), the output folder and --model must be at the "
                         "same path on every worker") from None


# -- the model on the workers ----------------------------------------------------------------

class _ModelPlugin:
    """Loads (and checks) the model once when each Dask worker starts; tasks then find it in
    the per-process model cache, so the client never sends the model with a task."""

    def __init__(self, model_path: Optional[str], sha256: str):
        self.model_path, self.sha256 = model_path, sha256
        self.name = "slant-model"

    def setup(self, worker=None):
        model = batch._get_model(self.model_path)
        if self.sha256 and model.manifest.get("sha256") != self.sha256:
            raise RuntimeError("the worker's slant model differs from the client's "
                               "(pass --model with a path every worker can read)")

    def teardown(self, worker=None):
        pass

    def transition(self, *args, **kwargs):
        pass


_PLUGIN_CLASS = None


def plugin_class():
    """``SlantModelPlugin``: a real ``distributed`` WorkerPlugin, made on first use so that
    this module imports without ``distributed``; importable as
    ``slant.batch_dask.SlantModelPlugin`` (module ``__getattr__``), so workers unpickle it by
    reference."""
    global _PLUGIN_CLASS
    if _PLUGIN_CLASS is None:
        from distributed.diagnostics.plugin import WorkerPlugin

        class SlantModelPlugin(_ModelPlugin, WorkerPlugin):
            pass

        SlantModelPlugin.__module__ = __name__
        SlantModelPlugin.__qualname__ = "SlantModelPlugin"
        _PLUGIN_CLASS = SlantModelPlugin
    return _PLUGIN_CLASS


def __getattr__(name: str):
    if name == "SlantModelPlugin":
        return plugin_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def client(scheduler: Optional[str], jobs: int):
    """A client of the cluster at ``scheduler``, or of a new local cluster of ``jobs``
    single-threaded worker processes (threads when ``SLANT_DASK_PROCESSES=0``, for tests)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise BatchError('the dask engine needs Dask: pip install "slant[dask]"') from None
    if scheduler:
        try:
            remote = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: "
                             f"{batch._first_line(exc)}") from None
        # A scheduler without workers would queue the tasks forever.
        wait = float(os.environ.get("SLANT_DASK_WORKER_WAIT", "60"))
        try:
            remote.wait_for_workers(1, timeout=wait)
        except (OSError, TimeoutError):
            remote.close()
            raise BatchError(f"the Dask scheduler at {scheduler} has no workers "
                             f"(waited {wait:g} s; SLANT_DASK_WORKER_WAIT sets the wait)") from None
        return remote, None
    processes = os.environ.get("SLANT_DASK_PROCESSES", "1") != "0"
    import logging
    import sys

    import dask

    # Forked workers start with the model the client already loaded and checked (the plugin
    # then finds it cached): ~1 s instead of every worker loading it again (~15 s on 2 cores).
    method = os.environ.get("SLANT_MP_START") or ("fork" if sys.platform == "linux" else "spawn")
    with dask.config.set({"distributed.worker.multiprocessing-method": method}):
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=processes,
                               # errors reach the user as one line from the client
                               dashboard_address=":0", silence_logs=logging.CRITICAL)
    return Client(cluster), cluster


# -- a dask.dataframe already in hand --------------------------------------------------------

def score_dask(ddf, text_col: str = "text", *, id_col: Optional[str] = "id",
               title_col: Optional[str] = None, model: Optional[str] = None):
    """Score a ``dask.dataframe.DataFrame`` lazily: one :func:`slant.batch.score_chunk` per
    partition (see :func:`slant.batch.score_dask`)."""
    options = ScoreOptions(text_col, id_col, title_col, None if model is None else str(model))
    meta = ddf._meta.drop(columns=[READ_ERROR_COL], errors="ignore")
    meta = batch.score_chunk(meta, options).frame
    return ddf.map_partitions(_score_frame_partition, options, meta=meta)


def _score_frame_partition(frame: pd.DataFrame, options: ScoreOptions) -> pd.DataFrame:
    frame = frame.copy()
    errors = frame.pop(READ_ERROR_COL).tolist() if READ_ERROR_COL in frame else None
    scored = batch.score_chunk(frame.reset_index(drop=True), options, read_errors=errors)
    return scored.frame.set_axis(frame.index)
