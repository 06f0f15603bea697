"""Paragraph-label accuracy of `slant.analyze` on the example articles.

    python benchmarks/examples_accuracy.py [-v] [FILE.txt ...]

Reads every ``data/examples/*.txt`` that has a ``*.labels.tsv`` beside it, plus the shared
acceptance example ``../shared/examples/putin-north-korea.txt`` when it is present. A paragraph
counts as right when its label is the expected one or the TSV's ``also_ok`` label. Prints one line
per article and the total; ``-v`` lists the wrong paragraphs. A TSV counts slant's paragraphs or,
when its row count differs, the file's blank-line-separated blocks (see ``block_labels``).
"""

from __future__ import annotations

import argparse
import re
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


_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def blocks(text: str) -> list[tuple[int, int]]:
    """The blank-line-separated blocks of ``text``, the units a labels TSV counts."""
    out, pos = [], 0
    for m in _BLANK_LINES.finditer(text):
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def block_labels(article, text: str, count: int | None = None) -> list[tuple[str, str]]:
    """``(label, text)`` per labelled unit. A labels TSV counts slant's paragraphs (our own
    articles, some with single line breaks between paragraphs) or, when it has another number of
    rows (``count``), the file's blank-line-separated blocks: slant may split a block further (a
    heading line right above its body), and the paragraphs of one block are then read together by
    the paragraph rule of LABELS.md (``aggregate.paragraph_label``)."""
    from slant.aggregate import paragraph_label

    if count is None or count == len(article.paragraphs):
        return [(p.label, p.text) for p in article.paragraphs]
    spans = blocks(text)
    grouped: list[list] = [[] for _ in spans]
    k = 0
    for para in article.paragraphs:
        while k + 1 < len(spans) and para.start >= spans[k + 1][0]:
            k += 1
        grouped[k].append(para)
    out = []
    for (start, end), paras in zip(spans, grouped):
        if len(paras) == 1:
            label = paras[0].label
        else:
            label = paragraph_label([s for p in paras for s in p.sentences]) if paras else "?"
        out.append((label, text[start:end].strip()))
    return out


def score(path: Path, model=None):
    """``(right, total, mistakes)`` for one article; mistakes are (index, got, expected, text)."""
    import slant

    expected = read_expected(path.with_suffix(".labels.tsv"))
    text = path.read_text(encoding="utf-8")
    got = block_labels(slant.analyze(text, model=model), text, len(expected))
    mistakes = []
    if len(got) != len(expected):
        mistakes.append((-1, f"{len(got)} blocks", f"{len(expected)} labelled", ""))
    for index, (label_got, block) in enumerate(got):
        label, ok = expected.get(index, ("?", set()))
        if label_got not in ok:
            mistakes.append((index, label_got, label, block[:70]))
    total = max(len(expected), len(got))
    wrong = sum(1 for m in mistakes if m[0] >= 0) + abs(len(got) - len(expected))
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
