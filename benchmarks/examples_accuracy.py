"""Paragraph-label accuracy of `slant.analyze` on the example articles.

    python benchmarks/examples_accuracy.py [-v] [FILE.txt ...]

Reads every ``data/examples/*.txt`` that has a ``*.labels.tsv`` beside it, plus the shared
acceptance example ``../shared/examples/putin-north-korea.txt`` when it is present. A paragraph
counts as right when its label is the expected one or the TSV's ``also_ok`` label. Prints one line
per article and the total; ``-v`` lists the wrong paragraphs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OWN = REPO / "data" / "examples"
SHARED = REPO.parent / "shared" / "examples"


def read_expected(path: Path) -> dict[int, tuple[str, set[str]]]:
    """``index -> (label, accepted labels)`` from a labels TSV (index, label, also_ok, why)."""
    out = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        fields = (line.split("\t") + ["", "", ""])[:4]
        index, label, also_ok = int(fields[0]), fields[1].strip(), fields[2].strip()
        out[index] = (label, {label} | ({also_ok} if also_ok else set()))
    return out


def example_files(paths=None) -> list[Path]:
    if paths:
        return [Path(p) for p in paths]
    files = sorted(p for p in OWN.glob("*.txt") if p.with_suffix(".labels.tsv").exists())
    shared = SHARED / "putin-north-korea.txt"
    return files + ([shared] if shared.exists() else [])


def score(path: Path, model=None):
    """``(right, total, mistakes)`` for one article; mistakes are (index, got, expected, text)."""
    import slant

    expected = read_expected(path.with_suffix(".labels.tsv"))
    article = slant.analyze(path.read_text(encoding="utf-8"), model=model)
    mistakes = []
    if len(article.paragraphs) != len(expected):
        mistakes.append((-1, f"{len(article.paragraphs)} paragraphs",
                         f"{len(expected)} paragraphs", ""))
    for para in article.paragraphs:
        label, ok = expected.get(para.index, ("?", set()))
        if para.label not in ok:
            mistakes.append((para.index, para.label, label, para.text[:70]))
    total = max(len(expected), len(article.paragraphs))
    wrong = sum(1 for m in mistakes if m[0] >= 0) + abs(len(article.paragraphs) - len(expected))
    return total - wrong, total, mistakes


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    import slant

    model = slant.load_model()
    right = total = 0
    print(f"{'article':32} {'right':>5} {'total':>5} {'accuracy':>8}")
    for path in example_files(args.files):
        r, t, mistakes = score(path, model)
        right, total = right + r, total + t
        print(f"{path.stem:32} {r:5d} {t:5d} {r / t:8.3f}")
        if args.verbose:
            for index, got, want, text in mistakes:
                print(f"    [{index}] got {got}, expected {want}: {text}")
    print(f"{'ALL':32} {right:5d} {total:5d} {right / total if total else 0:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
