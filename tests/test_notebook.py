"""`notebooks/explore.ipynb` runs top to bottom on a fresh kernel of this interpreter."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"
KERNEL = "slant-test-python"


def test_committed_notebook_has_no_outputs():
    """Outputs are produced by running it, not stored: the file stays small and reviewable."""
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)


@pytest.fixture
def kernel_for_this_python(tmp_path, monkeypatch) -> str:
    """A kernelspec that starts ipykernel with ``sys.executable``, found before any other.

    Whatever ``python3`` kernel the machine has registered, the notebook must run with the
    interpreter (and the installed slant) that runs the tests.
    """
    pytest.importorskip("ipykernel")
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "slant tests", "language": "python",
    }))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel picks its inline backend
    return KERNEL


def test_notebook_executes(kernel_for_this_python):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("matplotlib")

    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=180, kernel_name=kernel_for_this_python,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    # (No bound on the run's total time here: speed is measured by benchmarks/, and a bound that
    # holds on an idle machine failed under load. The per-cell timeout above guards a hang.)
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any error

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any('class="slant-article"' in h for h in html), "an article displays itself"
    assert any('class="slant-sentence"' in h for h in html), "a sentence displays its scores"
    assert any('class="slant-p' in h and 'class="slant-article"' not in h for h in html), \
        "a paragraph displays itself"
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 2, "the opinion-share and position plots"
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "[[" in text or "] fact" in text or "] commentary" in text  # the plain terminal view
