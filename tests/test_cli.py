"""The `slant analyze` command as a user runs it: output shapes and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "data" / "examples" / "harbor-bridge-vote.txt"


def run_slant(*args: str, stdin: bytes | None = None, timeout: float = 120,
              env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "slant.cli", *args], input=stdin,
                          capture_output=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def assert_one_line_error(result: subprocess.CompletedProcess, fragment: str) -> None:
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert fragment in err
    assert result.stdout == b""


def test_json_output_has_the_documented_shape():
    result = run_slant("analyze", str(EXAMPLE), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    doc = json.loads(result.stdout)
    text = EXAMPLE.read_text(encoding="utf-8")
    assert set(doc) == {"slant", "paragraphs"}
    assert {"label", "opinion_share", "paragraphs"} <= set(doc["slant"])
    assert doc["paragraphs"], "the example has paragraphs"
    for i, para in enumerate(doc["paragraphs"]):
        assert {"index", "start", "end", "text", "label", "scores", "sentences"} <= set(para)
        assert para["index"] == i
        assert text[para["start"]:para["end"]] == para["text"]
        for sent in para["sentences"]:
            assert set(sent) == {"start", "end", "text", "label", "scores", "markers"}
            assert text[sent["start"]:sent["end"]] == sent["text"]
            assert set(sent["scores"]) == {"fact", "commentary", "embedded_opinion"}
            for marker in sent["markers"]:
                assert set(marker) == {"start", "end", "text"}
                assert text[marker["start"]:marker["end"]] == marker["text"]
    counts = doc["slant"]["paragraphs"]
    assert sum(counts.values()) == len(doc["paragraphs"])


def test_shared_example_gives_21_paragraphs_that_slice_back(shared_example):
    result = run_slant("analyze", str(shared_example), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    doc = json.loads(result.stdout)
    text = shared_example.read_text(encoding="utf-8")
    assert len(doc["paragraphs"]) == 21
    assert all(text[p["start"]:p["end"]] == p["text"] for p in doc["paragraphs"])


def test_stdin_and_plain_text_view():
    result = run_slant("analyze", "-", stdin=EXAMPLE.read_bytes(), env={"NO_COLOR": "1"})
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "\x1b[" not in out, "no colour codes when piped"
    assert out.count("\n[") >= 5  # one labelled block per paragraph
    assert any(f"] {label}" in out for label in ("fact", "commentary", "embedded_opinion"))


def test_missing_file():
    assert_one_line_error(run_slant("analyze", "/no/such/article.txt"), "no such file")


def test_directory(tmp_path):
    assert_one_line_error(run_slant("analyze", str(tmp_path)), "directory")


def test_binary_file(tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert_one_line_error(run_slant("analyze", str(binary)), "binary")


def test_model_without_manifest_is_refused(tmp_path):
    bare = tmp_path / "model.joblib"
    bare.write_bytes(b"not really a model")
    assert_one_line_error(run_slant("analyze", str(EXAMPLE), "--model", str(bare)), "manifest")


@pytest.mark.parametrize("content", [b"", b"   \n\n\t \n"])
def test_empty_or_blank_text_gives_zero_paragraphs(content):
    result = run_slant("analyze", "-", "--format", "json", stdin=content)
    assert result.returncode == 0, result.stderr.decode()
    doc = json.loads(result.stdout)
    assert doc["paragraphs"] == []
    assert doc["slant"]["opinion_share"] == 0


def test_invalid_utf8_is_replaced_with_a_warning():
    data = b"The mayor opened the caf\xe9 on Main Street.\n\nShe said it would stay open."
    result = run_slant("analyze", "-", "--format", "json", stdin=data)
    assert result.returncode == 0
    err = result.stderr.decode()
    assert len(err.strip().splitlines()) == 1 and "warning" in err
    doc = json.loads(result.stdout)
    texts = " ".join(p["text"] for p in doc["paragraphs"])
    assert "caf\ufffd on Main Street" in texts and "She said it would stay open." in texts


def test_two_megabyte_line_without_punctuation_finishes():
    words = ("lorem ipsum dolor sit amet consectetur adipiscing elit " * 40000)[:2_000_000]
    result = run_slant("analyze", "-", "--format", "json", stdin=words.encode(), timeout=30)
    assert result.returncode == 0
    doc = json.loads(result.stdout)
    assert sum(len(p["text"]) for p in doc["paragraphs"]) == len(words.strip())


def test_html_report_is_written_atomically(tmp_path):
    report = tmp_path / "report.html"
    result = run_slant("analyze", str(EXAMPLE), "--format", "html", "-o", str(report))
    assert result.returncode == 0, result.stderr.decode()
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Harbor" in page
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_help_texts_explain_themselves():
    top = run_slant("--help")
    assert top.returncode == 0 and b"analyze" in top.stdout
    sub = run_slant("analyze", "--help")
    assert sub.returncode == 0 and b"--format" in sub.stdout and b"--model" in sub.stdout


def test_evaluate_without_corpora_is_a_one_line_error(tmp_path):
    result = run_slant("evaluate", "--no-write", env={"SLANT_CORPORA": str(tmp_path / "none")})
    assert_one_line_error(result, "not found")
