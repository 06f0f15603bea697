"""The Dask engine (``--engine dask``): the same output as the local engine, byte for byte, with
the input read as a dask.dataframe on the workers (issue 6)."""

from __future__ import annotations

import gzip
import json
import random
import sys

import pandas as pd
import pytest

from slant import batch
from slant.batch import BatchError, score_file

dd = pytest.importorskip("dask.dataframe", reason="the Dask engine needs dask[dataframe]")
pytest.importorskip("distributed", reason="the Dask engine needs distributed")

from slant import batch_dask  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ARTICLES = [
    "Officials said the bridge will reopen on Monday.\n\nThe repairs cost $2 million, "
    "according to the city.",
    'This policy is a disgrace, and voters deserve "better".\n\nLawmakers should stop '
    "pretending the deficit does not matter.",
    "The company reported higher profits.\r\nShare This Article",
    "Some 20 to 30 troops 'accidentally' entered the zone, the ministry said.",
]


@pytest.fixture(scope="module")
def scheduler():
    """One in-process cluster for the module: threads start instantly and see monkeypatches."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                      dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def frame_with_bad_rows(n: int = 11) -> pd.DataFrame:
    df = pd.DataFrame({
        "id": [f"a{i:03d}" for i in range(n)],
        "text": [ARTICLES[i % len(ARTICLES)] + f" Item {i}." for i in range(n)],
        "source": [f"outlet-{i % 3}" for i in range(n)],
    })
    bad = {2: "",               # empty text
           4: "  \n ",          # only whitespace
           5: None,             # missing text (an empty cell in CSV/TSV)
           7: "word " * 80}     # over the (patched) size limit
    for row, text in bad.items():
        if row < n:
            df.loc[row, "text"] = text
    return df


def write(df: pd.DataFrame, path) -> None:
    """``df`` in the format of ``path``, with undecodable bytes in row 8 (text formats), a
    blank line and a line that is not a JSON object (JSONL)."""
    name = str(path)
    if name.endswith(".parquet"):
        df.to_parquet(path, index=False)
        return
    if ".jsonl" in name:
        records = [{k: v for k, v in r.items() if not (k == "text" and v is None)}
                   for r in df.to_dict("records")]  # row 5: no "text" key at all
        data = "".join(json.dumps(r) + "\n" for r in records).encode() + b"\n[1, 2]\n{bad\n"
    else:
        data = df.to_csv(index=False, sep="\t" if ".tsv" in name else ",",
                         lineterminator="\n").encode()
    data = data.replace(b"Item 8.", b"Item \xff\xfe8.")
    if name.endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    with open(path, "wb") as fh:
        fh.write(data)


@pytest.mark.parametrize("ext", ["csv", "tsv", "jsonl", "parquet", "csv.gz", "jsonl.gz"])
def test_dask_output_equals_local_byte_for_byte(tmp_path, model, monkeypatch, scheduler, ext):
    monkeypatch.setattr(batch, "MAX_TEXT_CHARS", 300)
    src = tmp_path / f"in.{ext}"
    df = frame_with_bad_rows()
    write(df.drop(columns="id"), src)  # no id column: long tables carry global row numbers
    out_ext = "parquet" if ext == "parquet" else ext
    outputs = {}
    for engine in ("local", "dask"):
        out = tmp_path / f"{engine}.{out_ext}"
        paras, sents = tmp_path / f"{engine}-p.csv", tmp_path / f"{engine}-s.{out_ext}"
        if engine == "dask":  # rows are read on the workers only, gzip inputs too
            monkeypatch.setattr(batch._Reader, "__iter__", _client_must_not_read)
        summary = score_file(src, out, paragraphs=paras, sentences=sents, chunk_size=3, jobs=1,
                             engine=engine, scheduler=scheduler if engine == "dask" else None,
                             quiet=True)
        outputs[engine] = [p.read_bytes() for p in (out, paras, sents)]
    assert outputs["dask"] == outputs["local"]
    monkeypatch.undo()
    result = batch.read_table(tmp_path / f"dask.{out_ext}")
    errors = result["error"].tolist()
    assert errors[2] == errors[4] == "empty text"
    assert errors[5] == ("empty text" if "sv" in ext else "missing text")  # CSV: empty cell
    assert errors[7].startswith("text too long")
    if ext != "parquet":
        assert errors[8] == "undecodable bytes in text"
    if "jsonl" in ext:
        assert errors[-2:] == ["JSON line is not an object", "invalid JSON line"]
    assert summary.rows == len(result) and summary.errors == sum(1 for e in errors if e)
    sentences = batch.read_table(tmp_path / f"dask-s.{out_ext}")
    assert sorted(set(sentences["id"].astype(int))) == [i for i, e in enumerate(errors) if not e]
    assert not list(tmp_path.glob("*.partial"))


def _client_must_not_read(self):
    raise AssertionError("the client read input rows")


def test_partitions_are_the_local_chunks_read_on_workers(tmp_path, scheduler):
    """One partition per chunk; a quoted multi-line text never straddles two partitions."""
    from dask.distributed import Client

    src = tmp_path / "in.csv"
    write(frame_with_bad_rows(10), src)
    reader = batch._Reader(src, batch.detect_format(src), 4)
    with Client(scheduler) as client:
        source = batch_dask._Source(str(src), reader.fmt, str(src), 4, tuple(reader.columns))
        source, blocks = batch_dask._plan(source, reader, client, tmp_path)
        ddf = batch_dask.read_dask(source, blocks)
        assert ddf.npartitions == 3
        parts = [p.compute() for p in ddf.to_delayed()]
    local = [chunk.frame for chunk in batch._Reader(src, reader.fmt, 4)]
    assert [len(p) for p in parts] == [4, 4, 2]
    for mine, theirs in zip(parts, local):
        pd.testing.assert_frame_equal(mine, theirs)


@pytest.mark.parametrize("sep", [",", "\t"])
def test_range_scan_agrees_with_pandas_on_awkward_csv(tmp_path, sep):
    """Random files of quotes, escaped quotes, quoted line breaks, CR and CRLF line ends,
    blank and whitespace-only lines, stray quotes and extra fields: every partition holds
    exactly the rows of the local engine's chunk (the scan runs here, without a cluster)."""
    rng = random.Random(1)
    pieces = ["a", "b c", '"', '""', ",", "\t", "\n", "\r\n", "\r", " ", "\n\n", "  \n",
              'x"y', '"q,\n"', "\t\n", "\xff"]
    kind = "csv" if sep == "," else "tsv"
    path = tmp_path / f"f.{kind}"
    compared = 0
    for _ in range(70):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        data = f"id{sep}text\n{body}".encode("utf-8").replace("\xff".encode(), b"\xff")
        path.write_bytes(data)
        size = rng.randint(1, 4)
        fmt = batch.detect_format(path)
        try:
            local = [c.frame for c in batch._Reader(path, fmt, size)]
        except Exception:  # noqa: BLE001 - malformed for pandas too: nothing to compare
            continue
        header_end, ranges, wide = batch_dask._plan_text(str(path), fmt, size)
        source = batch_dask._Source(str(path), fmt, str(path), size,
                                    tuple(batch._Reader(path, fmt, size).columns),
                                    header_end, wide)
        blocks = [batch_dask._Block(i, s, e) for i, (s, e) in enumerate(ranges)]
        mine = [batch_dask._read_partition(b, source) for b in blocks] or local[:1]
        assert len(mine) == len(local), data
        for a, b in zip(mine, local):
            pd.testing.assert_frame_equal(a, b)
        compared += 1
    assert compared > 35


@pytest.mark.parametrize("ext", ["jsonl", "csv.gz"])
def test_resume_after_interrupt_gives_identical_output(tmp_path, model, monkeypatch, scheduler,
                                                       ext):
    src = tmp_path / f"in.{ext}"
    write(frame_with_bad_rows(14), src)
    reference, out = tmp_path / f"ref.{ext}", tmp_path / f"out.{ext}"
    score_file(src, reference, chunk_size=3, jobs=1, quiet=True)

    record = batch._Partial.record

    def interrupted(self, index, rows, errors):
        if index == 2:
            raise KeyboardInterrupt  # Ctrl-C after two chunks were recorded
        record(self, index, rows, errors)

    options = dict(chunk_size=3, engine="dask", scheduler=scheduler, quiet=True)
    monkeypatch.setattr(batch._Partial, "record", interrupted)
    with pytest.raises(KeyboardInterrupt):
        score_file(src, out, **options)
    assert not out.exists()
    monkeypatch.setattr(batch._Partial, "record", record)
    notes = []
    score_file(src, out, resume=True, say=notes.append, **{**options, "quiet": False})
    assert any("resuming after 2" in n for n in notes)
    assert out.read_bytes() == reference.read_bytes()


def test_tasks_carry_the_model_path_not_the_model(tmp_path, model, scheduler):
    """Workers load the model once (worker plugin + per-process cache); a task is small."""
    import pickle

    src = tmp_path / "in.csv"
    write(frame_with_bad_rows(4), src)
    options = batch.ScoreOptions()
    assert pickle.loads(pickle.dumps(options)).model_path is None
    plugin = batch_dask.plugin_class()(None, model.manifest["sha256"])
    assert len(pickle.dumps(plugin)) < 2_000
    plugin.setup()  # the check a worker runs at start: same model as the client


def test_malformed_csv_is_one_line_error_and_leaves_nothing(tmp_path, model, scheduler):
    src = tmp_path / "in.csv"
    src.write_bytes(b"id,text\n1,fine\n2,too,many,fields\n")
    with pytest.raises(BatchError, match="malformed CSV") as info:
        score_file(src, tmp_path / "out.csv", engine="dask", scheduler=scheduler, quiet=True)
    assert "\n" not in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_rows_ending_in_a_delimiter_equal_local(tmp_path, model, scheduler):
    src = tmp_path / "in.csv"
    src.write_text("id,text\n" + "".join(f"{i},Row {i} was read.,\n" for i in range(7)))
    local, mine = tmp_path / "local.csv", tmp_path / "dask.csv"
    score_file(src, local, chunk_size=3, jobs=1, quiet=True)
    score_file(src, mine, chunk_size=3, engine="dask", scheduler=scheduler, quiet=True)
    assert mine.read_bytes() == local.read_bytes()
    assert pd.read_csv(mine, dtype=str)["id"].tolist() == [str(i) for i in range(7)]


def test_default_local_cluster_and_cli(tmp_path, model, monkeypatch, capsys):
    monkeypatch.setenv("SLANT_DASK_PROCESSES", "0")  # threads: no worker start-up cost in CI
    src = tmp_path / "in.tsv"
    write(frame_with_bad_rows(9), src)
    local, dasked = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    score_file(src, local, chunk_size=2, jobs=1, quiet=True)
    from slant import cli

    monkeypatch.setattr(sys, "argv", ["slant", "score", str(src), str(dasked), "--engine",
                                      "dask", "--jobs", "1", "--chunk-size", "2"])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert (exit_info.value.code or 0) == 0
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith("slant: scored 9 rows (4 errors)")
    assert dasked.read_bytes() == local.read_bytes()


def test_cli_without_dask_says_how_to_install(tmp_path, monkeypatch, capsys):
    src = tmp_path / "in.csv"
    write(frame_with_bad_rows(2), src)
    monkeypatch.setitem(sys.modules, "dask.dataframe", None)  # as if not installed
    from slant import cli

    monkeypatch.setattr(sys, "argv", ["slant", "score", str(src), str(tmp_path / "o.csv"),
                                      "--engine", "dask"])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    err = capsys.readouterr().err.strip().splitlines()
    assert exit_info.value.code == 2 and len(err) == 1
    assert 'pip install "slant[dask]"' in err[0]


@pytest.mark.parametrize("ext", ["jsonl", "jsonl.gz"])
def test_jsonl_keys_first_seen_late_come_out_as_locally(tmp_path, scheduler, ext):
    """A chunk has the keys seen in it (plus those of the first 1000 lines), in both engines."""
    rows = [{"id": i, "text": ""} for i in range(1100)]  # empty texts: nothing to score
    for i in range(1050, 1100, 7):
        rows[i]["late"] = i
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    src = tmp_path / f"in.{ext}"
    src.write_bytes(gzip.compress(data, mtime=0) if ext.endswith(".gz") else data)
    local, dasked = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    score_file(src, local, chunk_size=400, jobs=1, quiet=True)
    score_file(src, dasked, chunk_size=400, engine="dask", scheduler=scheduler, quiet=True)
    assert dasked.read_bytes() == local.read_bytes()
    assert local.read_bytes().count(b'"late"') == 300  # the last chunk only


def test_scheduler_without_workers_is_one_line_error_not_a_hang(tmp_path, model, monkeypatch):
    from dask.distributed import LocalCluster

    src = tmp_path / "in.csv"
    src.write_text("id,text\n1,The council met on Monday.\n")
    monkeypatch.setenv("SLANT_DASK_WORKER_WAIT", "0.5")
    with LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as empty:
        with pytest.raises(BatchError, match="has no workers") as info:
            score_file(src, tmp_path / "out.csv", engine="dask",
                       scheduler=empty.scheduler_address, quiet=True)
    assert "\n" not in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


@pytest.mark.parametrize("ext", ["csv.gz", "jsonl.gz"])
def test_gzip_input_is_split_into_one_partition_per_chunk(tmp_path, model, scheduler, ext):
    src = tmp_path / f"in.{ext}"
    write(frame_with_bad_rows(), src)
    seen = []
    real = batch_dask.read_dask

    def spy(source, blocks):
        seen.append((source, blocks))
        return real(source, blocks)

    import unittest.mock as mock
    with mock.patch.object(batch_dask, "read_dask", spy):
        score_file(src, tmp_path / f"out.{ext}", chunk_size=3, engine="dask",
                   scheduler=scheduler, quiet=True)
    (source, blocks), = seen
    chunks = len(list(batch._Reader(src, batch.detect_format(src), 3)))
    assert chunks >= 4 and [b.first_chunk for b in blocks] == list(range(chunks))
    assert not source.fmt.gzip and source.origin == str(src.resolve())
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"in.{ext}", f"out.{ext}"]


def test_corrupt_gzip_is_one_line_error_and_leaves_nothing(tmp_path, model, scheduler):
    src = tmp_path / "in.csv.gz"
    src.write_bytes(gzip.compress(b"id,text\n1,The council met.\n" * 50, mtime=0)[:-30])
    with pytest.raises(BatchError, match="gzip") as info:
        score_file(src, tmp_path / "out.csv", engine="dask", scheduler=scheduler, quiet=True)
    assert "\n" not in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv.gz"]
