"""Batch scoring: row preservation, formats, resume, engines, errors (issue 6)."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

import slant
from slant import batch
from slant.batch import ADDED_COLUMNS, BatchError, read_table, score_file

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ARTICLES = [
    "Officials said the bridge will reopen on Monday.\n\nThe repairs cost $2 million, "
    "according to the city.",
    "This policy is a disgrace, and voters deserve better.\n\nLawmakers should stop "
    "pretending the deficit does not matter.",
    "The company reported higher profits. Analysts said the results beat expectations.\n\n"
    "Share This Article",
    "Some 20 to 30 troops 'accidentally' entered the zone, the ministry said.",
]


def make_frame(n: int = 12) -> pd.DataFrame:
    return pd.DataFrame({
        "id": [f"a{i:03d}" for i in range(n)],
        "text": [ARTICLES[i % len(ARTICLES)] + f" Item {i}." for i in range(n)],
        "source": [f"outlet-{i % 3}" for i in range(n)],
    })


def write_csv(df: pd.DataFrame, path, sep=",") -> None:
    data = df.to_csv(index=False, sep=sep, lineterminator="\n").encode("utf-8")
    if str(path).endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    with open(path, "wb") as fh:
        fh.write(data)


def write_input(df: pd.DataFrame, path) -> None:
    name = str(path)
    if name.endswith((".csv", ".csv.gz")):
        write_csv(df, path)
    elif name.endswith(".tsv"):
        write_csv(df, path, sep="\t")
    elif name.endswith(".parquet"):
        df.to_parquet(path, index=False)
    else:
        lines = "".join(json.dumps(r) + "\n" for r in df.to_dict("records")).encode()
        with open(path, "wb") as fh:
            fh.write(gzip.compress(lines, mtime=0) if name.endswith(".gz") else lines)


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory):
    """A small model saved by slant itself: fast to load in the subprocess tests."""
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    sentences = ["Officials said the bridge will reopen.", "Profits rose 5 percent.",
                 "This is a disgrace and voters deserve better.", "We should stop this.",
                 "Troops 'accidentally' entered, the ministry said.", "Critics absurdly said so."]
    labels = ["fact", "fact", "commentary", "commentary", "embedded_opinion", "embedded_opinion"]
    estimator = make_pipeline(HashingVectorizer(n_features=2 ** 10), LogisticRegression())
    estimator.fit(sentences, labels)
    path = tmp_path_factory.mktemp("model") / "tiny.skops"
    return str(slant.SlantModel(estimator, manifest={"model_version": "test-tiny"}).save(path))


def run_main(monkeypatch, capsys, *args) -> tuple[int, str]:
    """``slant`` in this process (as the console script runs it): exit code and stderr."""
    from slant import cli

    monkeypatch.setattr(sys, "argv", ["slant", *map(str, args)])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    return exit_info.value.code or 0, capsys.readouterr().err


def run_cli(*args, env=None, check_rc=None):
    proc = subprocess.run([sys.executable, "-m", "slant.cli", *map(str, args)],
                          capture_output=True, text=True, env={**os.environ, **(env or {})},
                          timeout=120)
    if check_rc is not None:
        assert proc.returncode == check_rc, proc.stderr
    return proc


# -- rows and errors ---------------------------------------------------------------------------

def test_rows_kept_in_order_with_bad_rows(tmp_path, model, monkeypatch):
    monkeypatch.setattr(batch, "MAX_TEXT_CHARS", 2000)
    df = make_frame(10)
    df.loc[2, "text"] = ""
    df.loc[4, "text"] = "   \n  "
    df.loc[6, "text"] = "word " * 1000  # 5000 characters: over the (patched) limit
    src = tmp_path / "in.csv"
    write_csv(df, src)
    data = src.read_bytes().replace(b"Item 8.", b"Item \xff\xfe8.")  # invalid UTF-8 in row 8
    data = data.replace(b"outlet-0", b"outlet-\xe9", 1)  # invalid byte in another column, row 0
    src.write_bytes(data)
    out = tmp_path / "out.csv"
    summary = score_file(src, out, chunk_size=3, jobs=1, quiet=True)
    assert summary.rows == 10 and summary.errors == 4

    result = read_table(out)
    assert list(result.columns) == ["id", "text", "source", *ADDED_COLUMNS]
    assert result["id"].tolist() == df["id"].tolist()
    errors = result["error"].tolist()
    assert errors[2] == "empty text" and errors[4] == "empty text"
    assert errors[6].startswith("text too long: 5000 characters")
    assert errors[8] == "undecodable bytes in text"
    assert [e for i, e in enumerate(errors) if i not in (2, 4, 6, 8)] == [""] * 6
    ok = result[result["error"] == ""]
    assert set(ok["slant_label"]) <= {"news", "opinion", "mixed", "empty"}
    assert ok["opinion_share"].astype(float).between(0, 1).all()
    bad = result[result["error"] != ""]
    assert (bad["opinion_share"] == "").all() and (bad["slant_label"] == "").all()
    # Bytes that are not UTF-8 are written back unchanged, in every column.
    assert b"outlet-\xe9" in out.read_bytes() and b"Item \xff\xfe8." in out.read_bytes()
    assert not (tmp_path / "out.csv.partial").exists()


def test_jsonl_bad_lines_and_null_text(tmp_path, model):
    lines = [json.dumps({"id": 1, "text": ARTICLES[0], "meta": {"k": [1, 2]}}),
             "{not json",
             json.dumps({"id": 3, "text": None}),
             json.dumps([1, 2]),
             json.dumps({"id": 5}),
             json.dumps({"id": 6, "text": 42}),
             json.dumps({"id": 7, "text": ARTICLES[1], "extra": "x"})]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    score_file(src, out, chunk_size=4, jobs=1, quiet=True)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 7
    assert [r["error"] for r in rows] == ["", "invalid JSON line", "missing text",
                                          "JSON line is not an object", "missing text",
                                          "missing text", ""]
    assert rows[0]["meta"] == {"k": [1, 2]} and rows[0]["id"] == 1
    assert rows[6]["extra"] == "x" and rows[6]["slant_label"] in ("opinion", "mixed")
    assert rows[2]["opinion_share"] is None and rows[2]["paragraphs_fact"] is None


# -- formats -----------------------------------------------------------------------------------

@pytest.mark.parametrize("ext", ["csv", "tsv", "jsonl", "parquet", "csv.gz", "jsonl.gz"])
def test_each_format_round_trips(tmp_path, model, ext):
    df = make_frame(7)
    df["n"] = range(7)
    src = tmp_path / f"in.{ext}"
    write_input(df, src)
    out = tmp_path / f"out.{ext}"
    score_file(src, out, chunk_size=3, jobs=1, quiet=True)
    result = read_table(out)
    assert list(result.columns) == [*df.columns, *ADDED_COLUMNS]
    for col in df.columns:
        got = [str(v) for v in result[col].tolist()]
        assert got == [str(v) for v in df[col].tolist()], col
    expected = slant.score_frame(df, model=model)
    assert result["slant_label"].tolist() == expected["slant_label"].tolist()
    assert np.allclose(result["opinion_share"].astype(float), expected["opinion_share"])
    assert (result["error"].fillna("") == "").all()


def test_rows_ending_in_a_delimiter_keep_their_columns(tmp_path, model):
    """A trailing comma on every row (common in exported sheets) must not shift the columns
    into an index; a row whose extra field holds data is a malformed file, not a silent cut."""
    src = tmp_path / "in.csv"
    src.write_text("id,text\n7,The council met on Monday.,\n9,Rents rose again.,\n")
    out = tmp_path / "out.csv"
    score_file(src, out, chunk_size=1, jobs=1, quiet=True)
    result = read_table(out)
    assert result["id"].astype(str).tolist() == ["7", "9"]
    assert result["text"].tolist() == ["The council met on Monday.", "Rents rose again."]
    assert (result["error"].fillna("") == "").all()
    src.write_text("id,text\n7,The council met on Monday.,lost\n")
    with pytest.raises(BatchError, match="malformed CSV"):
        score_file(src, tmp_path / "out2.csv", jobs=1, quiet=True)
    assert not (tmp_path / "out2.csv").exists()


def test_cross_format_and_long_tables(tmp_path, model):
    df = make_frame(6).drop(columns=["id"])  # no id column: ids are row numbers
    src = tmp_path / "in.parquet"
    df.to_parquet(src, index=False)
    out, paras, sents = tmp_path / "o.csv", tmp_path / "p.parquet", tmp_path / "s.tsv"
    score_file(src, out, paragraphs=paras, sentences=sents, chunk_size=4, jobs=1, quiet=True)
    p, s = read_table(paras), read_table(sents)
    assert list(p.columns[:5]) == ["id", "paragraph", "start", "end", "label"]
    assert sorted(set(p["id"].astype(int))) == list(range(6))
    assert {"sentence", "role", "score_fact", "markers", "text"} <= set(s.columns)
    counts = read_table(out)
    n_paragraphs = sum(counts[f"paragraphs_{k}"].astype(int).sum()
                       for k in ("fact", "commentary", "embedded_opinion", "boilerplate"))
    assert len(p) == n_paragraphs
    first = df["text"][0]
    for row in p[p["id"].astype(int) == 0].itertuples():
        assert first[row.start:row.end] == row.text


def test_parquet_schema_survives_all_null_chunks(tmp_path, model):
    df = make_frame(6)
    df["score"] = pd.array([None, None, None, 4, 5, None], dtype="Int64")
    df["note"] = [None, None, None, "x", None, "y"]
    src = tmp_path / "in.parquet"
    df.to_parquet(src, index=False)
    out = tmp_path / "out.parquet"
    score_file(src, out, chunk_size=3, jobs=1, quiet=True)
    import pyarrow.parquet as pq

    table = pq.read_table(out)
    assert table.schema.field("score").type == "int64"
    assert table.column("score").to_pylist() == [None, None, None, 4, 5, None]
    assert table.column("note").to_pylist() == [None, None, None, "x", None, "y"]
    assert table.num_rows == 6 and table.schema.names[-len(ADDED_COLUMNS):] == ADDED_COLUMNS


def test_empty_input_gives_header_only(tmp_path, model):
    src = tmp_path / "in.csv"
    src.write_text("id,text\n")
    out = tmp_path / "out.csv"
    summary = score_file(src, out, jobs=1, quiet=True)
    assert summary.rows == 0
    assert out.read_text().splitlines() == [",".join(["id", "text", *ADDED_COLUMNS])]


# -- score_frame -------------------------------------------------------------------------------

def test_score_frame_keeps_index_and_columns(model):
    df = make_frame(5)
    df.index = [10, 20, 30, 40, 50]
    df.loc[30, "text"] = None
    result = slant.score_frame(df, text_col="text", chunk_size=2)
    assert list(result.index) == [10, 20, 30, 40, 50]
    assert list(result.columns) == [*df.columns, *ADDED_COLUMNS]
    assert result.loc[30, "error"] == "missing text" and np.isnan(result.loc[30, "opinion_share"])
    assert result.loc[20, "slant_label"] in ("opinion", "mixed")
    assert str(result["paragraphs_fact"].dtype) == "Int64"
    with pytest.raises(BatchError):
        slant.score_frame(df, text_col="body")


def test_title_col_is_scored_as_headline(model):
    df = pd.DataFrame({"title": ["Bridge to reopen"], "text": [ARTICLES[0]]})
    with_title = slant.score_frame(df, title_col="title")
    without = slant.score_frame(df)
    total = lambda r: sum(int(r[f"paragraphs_{k}"].iloc[0]) for k in  # noqa: E731
                          ("fact", "commentary", "embedded_opinion", "boilerplate"))
    assert total(with_title) == total(without) + 1


# -- resume, parallel and dask engines ---------------------------------------------------------

def test_resume_after_kill_gives_identical_output(tmp_path, tiny_model, ext="csv"):
    df = make_frame(20)
    df.loc[5, "text"] = ""
    src = tmp_path / f"in.{ext}"
    write_input(df, src)
    reference = tmp_path / f"ref.{ext}"
    score_file(src, reference, chunk_size=4, jobs=1, quiet=True, model=tiny_model)

    out = tmp_path / f"out.{ext}"
    killed = run_cli("score", src, out, "--chunk-size", 4, "--jobs", 1, "--quiet",
                     "--model", tiny_model, env={batch._DIE_AFTER_ENV: "2"})
    assert killed.returncode == 137 and killed.stderr == ""  # --quiet: nothing on stderr
    assert not out.exists()  # never a half file under the final name
    state = json.loads((tmp_path / f"out.{ext}.partial" / "state.json").read_text())
    assert state["chunks_done"] == 2

    notes = []
    summary = score_file(src, out, chunk_size=4, jobs=1, resume=True, say=notes.append,
                         model=tiny_model)
    assert any("resuming after 2" in n for n in notes)
    assert summary.rows == 20 and summary.errors == 1
    assert out.read_bytes() == reference.read_bytes()
    assert not (tmp_path / f"out.{ext}.partial").exists()


@pytest.mark.parametrize("ext", ["parquet", "jsonl.gz"])
def test_resume_after_interrupt_gives_identical_output(tmp_path, tiny_model, monkeypatch, ext):
    df = make_frame(14)
    src = tmp_path / f"in.{ext}"
    write_input(df, src)
    reference, out = tmp_path / f"ref.{ext}", tmp_path / f"out.{ext}"
    paras_ref, paras = tmp_path / "pref.parquet", tmp_path / "p.parquet"
    options = dict(chunk_size=4, jobs=1, quiet=True, model=tiny_model)
    score_file(src, reference, paragraphs=paras_ref, **options)

    complete = batch._Partial.complete
    calls = []

    def interrupted(self, scored):
        if len(calls) == 2:
            raise KeyboardInterrupt  # Ctrl-C while the third chunk is being written
        calls.append(scored.index)
        complete(self, scored)

    monkeypatch.setattr(batch._Partial, "complete", interrupted)
    with pytest.raises(KeyboardInterrupt):
        score_file(src, out, paragraphs=paras, **options)
    assert not out.exists() and not paras.exists()
    monkeypatch.setattr(batch._Partial, "complete", complete)
    score_file(src, out, paragraphs=paras, resume=True, **options)
    assert out.read_bytes() == reference.read_bytes()
    assert paras.read_bytes() == paras_ref.read_bytes()


def test_resume_with_changed_options_starts_over(tmp_path, model):
    src = tmp_path / "in.csv"
    write_csv(make_frame(6), src)
    out = tmp_path / "out.csv"
    partial = tmp_path / "out.csv.partial"
    partial.mkdir()
    (partial / "state.json").write_text(json.dumps({"fingerprint": {"x": 1}, "chunks_done": 1}))
    (partial / "out-000000.csv").write_text("garbage\n")
    notes = []
    score_file(src, out, chunk_size=4, jobs=1, resume=True, say=notes.append)
    assert any("starting over" in n for n in notes)
    assert "garbage" not in out.read_text() and len(read_table(out)) == 6


def test_worker_processes_equal_in_process(tmp_path, model):
    src = tmp_path / "in.csv"
    write_csv(make_frame(9), src)
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    score_file(src, one, chunk_size=3, jobs=1, quiet=True)
    score_file(src, two, chunk_size=3, jobs=2, quiet=True)
    assert one.read_bytes() == two.read_bytes()


def test_dask_engine_equals_local_engine(tmp_path, model, monkeypatch):
    pytest.importorskip("dask.dataframe")
    pytest.importorskip("distributed")
    monkeypatch.setenv("SLANT_DASK_PROCESSES", "0")  # threads: no worker start-up cost in CI
    df = make_frame(10)
    df.loc[3, "text"] = None
    src = tmp_path / "in.parquet"
    df.to_parquet(src, index=False)
    local, dasked = tmp_path / "local.parquet", tmp_path / "dask.parquet"
    lp, dp = tmp_path / "lp.csv", tmp_path / "dp.csv"
    score_file(src, local, paragraphs=lp, chunk_size=3, jobs=1, quiet=True)
    score_file(src, dasked, paragraphs=dp, chunk_size=3, jobs=1, engine="dask", quiet=True)
    assert local.read_bytes() == dasked.read_bytes()
    assert lp.read_bytes() == dp.read_bytes()


def test_score_dask_partitions_equal_score_frame(model):
    dd = pytest.importorskip("dask.dataframe")
    import dask

    df = make_frame(8)
    df.loc[2, "text"] = ""
    ddf = dd.from_pandas(df, npartitions=3)
    with dask.config.set(scheduler="synchronous"):
        result = batch.score_dask(ddf).compute()
    expected = slant.score_frame(df)
    assert list(result.columns) == list(expected.columns)
    assert result["error"].tolist() == expected["error"].tolist()
    assert result["slant_label"].tolist() == expected["slant_label"].tolist()


def test_dask_engine_without_dask_says_how_to_install(tmp_path, monkeypatch):
    src = tmp_path / "in.csv"
    write_csv(make_frame(2), src)
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    with pytest.raises(BatchError, match=r'pip install "slant\[dask\]"'):
        score_file(src, tmp_path / "out.csv", engine="dask", quiet=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_failure_before_any_chunk_leaves_nothing(tmp_path, tiny_model, monkeypatch):
    src = tmp_path / "in.csv"
    write_csv(make_frame(4), src)

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(batch, "score_chunk", broken)
    with pytest.raises(RuntimeError):
        score_file(src, tmp_path / "out.csv", jobs=1, quiet=True, model=tiny_model)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_progress_bar_shows_rate_and_eta():
    import io

    stream = io.StringIO()
    bar = batch._Progress(total_bytes=1000, total_rows=None, enabled=True, stream=stream)
    bar.start -= 2.0  # two seconds in
    bar.update(rows=500, position=250, force=True)
    bar.close()
    text = stream.getvalue()
    assert "25%" in text and "500 rows" in text and "rows/s" in text and "ETA" in text
    silent = io.StringIO()
    quiet = batch._Progress(1000, None, enabled=False, stream=silent)
    quiet.update(10, 10, force=True)
    quiet.close()
    assert silent.getvalue() == ""


# -- command line ------------------------------------------------------------------------------

@pytest.mark.parametrize("case", ["missing-input", "unknown-ext", "no-text-col", "bad-output-ext"])
def test_cli_errors_are_one_line_and_leave_no_output(tmp_path, monkeypatch, capsys, case):
    src = tmp_path / "in.csv"
    write_csv(make_frame(2), src)
    out = tmp_path / "out.csv"
    args = {"missing-input": [tmp_path / "nope.csv", out],
            "unknown-ext": [tmp_path / "in.xlsx", out],
            "no-text-col": [src, out, "--text-col", "body"],
            "bad-output-ext": [src, tmp_path / "out.xlsx"]}[case]
    if case == "unknown-ext":
        (tmp_path / "in.xlsx").write_bytes(b"x")
    code, err = run_main(monkeypatch, capsys, "score", *args)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("slant: error:"), err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["in.csv"] + (["in.xlsx"] if case == "unknown-ext" else []))


def test_cli_scores_and_prints_summary(tmp_path, tiny_model, monkeypatch, capsys):
    src = tmp_path / "in.tsv"
    df = make_frame(4)
    df.loc[1, "text"] = ""
    write_csv(df, src, sep="\t")
    out = tmp_path / "out.jsonl"
    code, err = run_main(monkeypatch, capsys, "score", src, out, "--jobs", "1",
                         "--model", tiny_model)
    assert code == 0, err
    assert err.strip().splitlines()[-1].startswith("slant: scored 4 rows (1 errors)")
    assert "\r" not in err  # no progress bar when stderr is not a terminal
    assert len(out.read_text().splitlines()) == 4
