"""Bring the current figures of `data/examples/README.md` up to date.

    python benchmarks/examples_readme_figures.py [--check]

Each example page's row in that README gives its first-run figure and its figure now ("31/36
first, 33/36 now", or "31/36 first and now"). A later rule can fix an older page, which leaves the
second figure behind. This scores every example page with the shipped model (as
`examples_accuracy.py` does) and rewrites the figure now of every row whose total matches; the
first-run figure is history and never changes. With ``--check`` it only reports stale rows and
exits 1 when there are any.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from examples_accuracy import OWN, example_files, score  # noqa: E402

README = OWN / "README.md"
_ROW = re.compile(r"^\| `([^`]+)` \|")
_FIGURES = re.compile(r"(\d+)/(\d+) first(?: and now|, (\d+)/(\d+) now)")


def current_figures() -> dict[str, tuple[int, int]]:
    import slant

    model = slant.load_model()
    out = {}
    for path in example_files():
        right, total, _ = score(path, model)
        out[path.stem] = (right, total)
    return out


def refresh(lines: list[str], now: dict[str, tuple[int, int]]) -> tuple[list[str], int]:
    """The README's lines with each row's figure now replaced; and how many rows changed."""
    changed = 0
    out = []
    for line in lines:
        row = _ROW.match(line)
        if row and row.group(1) in now:
            right, total = now[row.group(1)]

            def renew(m: re.Match) -> str:
                first, of = int(m.group(1)), int(m.group(2))
                if of != total:
                    return m.group(0)  # a figure about something else on that row
                return f"{first}/{of} first and now" if right == first else f"{first}/{of} first, {right}/{of} now"

            new = _FIGURES.sub(renew, line)
            changed += new != line
            line = new
        out.append(line)
    return out, changed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale rows only")
    args = parser.parse_args(argv)
    lines = README.read_text(encoding="utf-8").split("\n")
    new, changed = refresh(lines, current_figures())
    print(f"{changed} rows with a stale figure now")
    if args.check:
        return 1 if changed else 0
    README.write_text("\n".join(new), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
