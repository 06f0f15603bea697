"""Reading article text from files or stdin: decoding rules and clear errors for bad input."""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path


class InputError(Exception):
    """Input that cannot be analysed (missing file, a directory, binary data)."""


@dataclass
class Decoded:
    text: str
    replaced: int  # number of undecodable byte sequences replaced by U+FFFD


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters, in the first 8 KB: not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return len(head) > 0 and control / len(head) > 0.1


def decode(data: bytes) -> Decoded:
    """UTF-8 (a BOM is dropped); undecodable bytes become U+FFFD and are counted."""
    try:
        return Decoded(data.decode("utf-8-sig"), 0)
    except UnicodeDecodeError:
        text = data.decode("utf-8-sig", errors="replace")
        strict_part = data.decode("utf-8-sig", errors="ignore")
        replaced = text.count("\ufffd") - strict_part.count("\ufffd")
        return Decoded(text, max(replaced, 1))


def read_article(source: str) -> Decoded:
    """Bytes of ``source`` (a path, or ``-`` for stdin), checked and decoded."""
    if source == "-":
        data = sys.stdin.buffer.read()
        name = "standard input"
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"no such file: {source}")
        if path.is_dir():
            raise InputError(f"{source} is a directory, not a text file")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {source}: {exc.strerror or exc}") from None
        name = source
    if looks_binary(data):
        raise InputError(f"{name} looks like a binary file, not text")
    return decode(data)


def write_atomically(path: str | os.PathLike, content: str) -> None:
    """Write ``content`` to a temporary file beside ``path`` and move it into place."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
