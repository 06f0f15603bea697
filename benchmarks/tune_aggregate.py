"""Tune `slant.aggregate.OPINION_MIN_SCORE` on the dev splits (never on test).

    python benchmarks/tune_aggregate.py

For every dev sentence of MPQA 1.2 and BABE (SG2, SG1, MBIC), runs the shipped classifier, the
markers and the attribution check, labels it with `sentence_label` for a grid of values of the
confidence an unmarked opinion call needs, and prints the binary (opinion vs fact) macro-F1 per
corpus and their mean. The value with the best mean is the one to put in aggregate.py. BABE dev
may overlap the classifier's training data, so MPQA dev is the fairer of the two.

Then it checks the article-context cues, advice and first person (``writer_opines`` in
``sentence_label``), on the MPQA dev documents, read whole: cues off, cues gated by the rest of
the document (what ``analyze`` does), and cues always on.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score

sys.path.insert(0, str(Path(__file__).resolve().parent))

import slant  # noqa: E402
from slant import aggregate  # noqa: E402
from slant.corpora import read_mpqa  # noqa: E402
from slant.labels import CONTENT_LABELS, FACT  # noqa: E402
from slant.markers import attribution_flags, find_markers  # noqa: E402
from slant.structure import PROSE  # noqa: E402
from learn_markers import load  # noqa: E402

GRID = (0.0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def sentence_readings(model, texts) -> list[tuple[dict, list, bool]]:
    """Each text read as one prose sentence: class scores, markers, attributed or not."""
    texts = list(texts)
    rows = []
    for text, p in zip(texts, model.predict_proba(texts)):
        scores = {label: float(p[j]) for j, label in enumerate(CONTENT_LABELS)}
        rows.append((scores, find_markers(text, 0, len(text)),
                     attribution_flags(text, [(0, len(text))])[0]))
    return rows


def main() -> int:
    frame, _ = load()
    dev = frame[frame["split"] == "dev"].reset_index(drop=True)
    model = slant.load_model()
    rows = sentence_readings(model, dev["text"])
    y = dev["opinion"].to_numpy(bool)
    corpus = dev["source"].str.split("_").str[0].to_numpy()
    saved = aggregate.OPINION_MIN_SCORE
    print(f"{'min score':>9} " + " ".join(f"{c:>6}" for c in sorted(set(corpus))) + "   mean")
    best = None
    try:
        for value in GRID:
            aggregate.OPINION_MIN_SCORE = value
            pred = np.array([aggregate.sentence_label(s, PROSE, m, attributed=a) != FACT
                             for s, m, a in rows])
            per = [f1_score(y[corpus == c], pred[corpus == c], average="macro")
                   for c in sorted(set(corpus))]
            mean = sum(per) / len(per)
            print(f"{value:9.2f} " + " ".join(f"{f:6.3f}" for f in per) + f" {mean:6.3f}")
            if best is None or mean > best[0]:
                best = (mean, value)
    finally:
        aggregate.OPINION_MIN_SCORE = saved
    print(f"best OPINION_MIN_SCORE = {best[1]} (mean macro-F1 {best[0]:.3f}); shipped: {saved}")
    advice_in_context(model)
    return 0


def advice_in_context(model) -> None:
    """Binary macro-F1 on MPQA dev documents for three readings of the context cues (advice,
    first person)."""
    mpqa = read_mpqa()
    dev = mpqa[mpqa["split"] == "dev"].sort_values(["group", "index"]).reset_index(drop=True)
    rows = sentence_readings(model, dev["text"])
    readings = {}
    for group, text, (scores, markers, credited) in zip(dev["group"], dev["text"], rows):
        label = aggregate.sentence_label(scores, PROSE, markers, attributed=credited)
        readings.setdefault(group, []).append((label, len(text)))
    opines = {group: aggregate.writer_opines(r) for group, r in readings.items()}
    y = dev["opinion"].to_numpy(bool)
    for name, context in (("cues off", lambda g: False), ("cues in context", opines.get),
                          ("cues always", lambda g: True)):
        pred = np.array([aggregate.sentence_label(s, PROSE, m, attributed=a,
                                                  writer_opines=context(g)) != FACT
                         for g, (s, m, a) in zip(dev["group"], rows)])
        changed = int(sum(aggregate.advises(m) for _s, m, _a in rows))
        print(f"MPQA dev documents, {name:18} macro-F1 {f1_score(y, pred, average='macro'):.4f}"
              f" ({changed} sentences hold advice or first person)")


if __name__ == "__main__":
    sys.exit(main())
