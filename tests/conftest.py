"""Shared test fixtures: where the corpora and the shared acceptance example live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def corpora_dir() -> Path:
    return Path(os.environ.get("SLANT_CORPORA", SHARED / "corpora"))


@pytest.fixture
def corpora() -> Path:
    """The corpora folder, or skip: tests that need real data never fail for want of it."""
    root = corpora_dir()
    if not root.is_dir():
        pytest.skip(f"corpora not found at {root} (set SLANT_CORPORA)")
    return root


@pytest.fixture
def shared_example() -> Path:
    """The acceptance article from ../shared/examples, or skip when it is absent."""
    path = SHARED / "examples" / "putin-north-korea.txt"
    if not path.exists():
        pytest.skip(f"shared example not found at {path}")
    return path


@pytest.fixture(scope="session")
def model():
    import slant

    return slant.load_model()
