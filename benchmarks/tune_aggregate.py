"""Tune the sentence-label settings of `slant.aggregate` on the dev splits (never on test).

    python benchmarks/tune_aggregate.py            # report
    python benchmarks/tune_aggregate.py --write    # also store the chosen marker threshold

A sentence model is fitted on the TRAIN splits only (the shipped recipe, ``slant.train.fit``,
seed 0), so that its scores on the dev splits are those of a model that has not seen them (the
shipped model trains on train + dev, and its dev scores would hide every error a marker could
fix). Every dev sentence of CheckThat, BABE SG2 and MPQA (``training_frame(splits=("dev",))``)
is read as one prose sentence: class scores, markers, attributed or not. Three settings are swept
together, by the mean of the per-corpus binary (opinion vs fact) macro-F1:

- the weight at which one learned word marker promotes a factual sentence to embedded opinion
  (``sentence_threshold`` of ``slant/data/markers.json``, which ``--write`` updates;
  ``learn_markers.py`` first sets it by a precision rule, this sets it by the end task);
- ``aggregate.OPINION_MIN_SCORE``, the confidence an unmarked opinion call needs (a constant
  in aggregate.py, edited by hand);
- ``aggregate.MARKER_MAX_FACT``, the classifier fact score from which a word marker no longer
  promotes the sentence (a constant in aggregate.py, edited by hand; 1.01: always promotes).

Then it checks the article-context cues, advice and first person (``writer_opines`` in
``sentence_label``), on the MPQA dev documents, read whole: cues off, cues gated by the rest of
the document (what ``analyze`` does), and cues always on.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from unittest.mock import patch
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score

sys.path.insert(0, str(Path(__file__).resolve().parent))

from slant import aggregate  # noqa: E402
from slant.corpora import read_mpqa  # noqa: E402
from slant.labels import CONTENT_LABELS, FACT  # noqa: E402
from slant.markers import attribution_flags, find_markers, load_weights  # noqa: E402
from slant.model import SlantModel  # noqa: E402
from slant.structure import PROSE  # noqa: E402
from slant.train import fit, training_frame  # noqa: E402
from learn_markers import OUT as DATA, write_table  # noqa: E402

GRID = (0.0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
#: Word-marker promotion thresholds tried (above 1: word markers never promote).
MARKER_GRID = (0.88, 0.89, 0.9, 0.91, 0.92, 0.93, 0.94, 0.95, 0.96, 0.97, 1.01)
#: Fact scores from which a word marker no longer promotes (1.01: it always does).
MAX_FACT_GRID = (1.01, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7)


def classifier_readings(model, texts) -> list[tuple[dict, bool]]:
    """Each text read as one prose sentence: class scores, attributed or not (no markers)."""
    texts = list(texts)
    return [({label: float(p[j]) for j, label in enumerate(CONTENT_LABELS)},
             attribution_flags(text, [(0, len(text))])[0])
            for text, p in zip(texts, model.predict_proba(texts))]


def sentence_readings(model, texts, weights=None, base=None) -> list[tuple[dict, list, bool]]:
    """Each text read as one prose sentence: class scores, markers, attributed or not.
    ``base``: the texts' :func:`classifier_readings`, when already computed."""
    texts = list(texts)
    base = base if base is not None else classifier_readings(model, texts)
    return [(scores, find_markers(text, 0, len(text), weights), credited)
            for text, (scores, credited) in zip(texts, base)]


def train_only_model():
    started = time.time()
    est = fit(training_frame(splits=("train",)), seed=0)
    print(f"sentence model fitted on the train splits in {time.time() - started:.0f}s")
    return SlantModel(est)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true",
                    help="store the chosen marker threshold in slant/data/markers.json")
    args = ap.parse_args(argv)
    model = train_only_model()
    dev = training_frame(splits=("dev",))
    y = (dev["label"] != FACT).to_numpy()
    corpus = dev["source"].str.split("_").str[0].to_numpy()
    names = sorted(set(corpus))
    shipped = load_weights()
    saved_gate, saved_threshold = aggregate.OPINION_MIN_SCORE, aggregate.marker_threshold
    saved_bound = aggregate.MARKER_MAX_FACT
    print(f"{'marker':>6} {'bound':>5} {'gate':>5} " + " ".join(f"{c[:6]:>6}" for c in names)
          + "   mean")
    best = None
    base = classifier_readings(model, dev["text"])  # the threshold changes only the markers
    words = [aggregate.topic_words(text, PROSE) for text in dev["text"]]  # as slant.pipeline reads them
    try:
        for threshold in MARKER_GRID:
            # The threshold also decides which runs count as heavy beside the asides and cues.
            weights = dataclasses.replace(shipped, sentence_threshold=threshold, memo={})
            rows = sentence_readings(model, dev["text"], weights, base=base)
            aggregate.marker_threshold = lambda t=threshold: t
            for bound in MAX_FACT_GRID:
                aggregate.MARKER_MAX_FACT = bound
                for gate in GRID:
                    aggregate.OPINION_MIN_SCORE = gate
                    pred = np.array([aggregate.sentence_label(s, PROSE, m, attributed=a, words=w) != FACT
                                     for (s, m, a), w in zip(rows, words)])
                    per = [f1_score(y[corpus == c], pred[corpus == c], average="macro")
                           for c in names]
                    mean = sum(per) / len(per)
                    print(f"{threshold:6.2f} {bound:5.2f} {gate:5.2f} "
                          + " ".join(f"{f:6.3f}" for f in per) + f" {mean:6.4f}")
                    if best is None or mean > best[0] + 1e-9:
                        best = (mean, threshold, gate, bound)
    finally:
        aggregate.OPINION_MIN_SCORE, aggregate.marker_threshold = saved_gate, saved_threshold
        aggregate.MARKER_MAX_FACT = saved_bound
    print(f"best: marker threshold {best[1]}, MARKER_MAX_FACT {best[3]}, OPINION_MIN_SCORE "
          f"{best[2]} (mean macro-F1 {best[0]:.4f}); shipped: {shipped.sentence_threshold}, "
          f"{saved_bound}, {saved_gate}")
    if args.write:
        raw = json.loads(DATA.read_text(encoding="utf-8"))
        raw["sentence_threshold"] = best[1]
        raw.setdefault("metrics", {})["sentence_threshold_tuning"] = {
            "command": "python benchmarks/tune_aggregate.py --write",
            "dev_mean_macro_f1": round(best[0], 4), "gate": best[2], "max_fact": best[3]}
        write_table(raw)
        print(f"wrote sentence_threshold {best[1]} to {DATA}")
    advice_in_context(model)
    return 0


def advice_in_context(model) -> None:
    """Binary macro-F1 on MPQA dev documents for three readings of the context cues (advice,
    first person)."""
    mpqa = read_mpqa()
    dev = mpqa[mpqa["split"] == "dev"].sort_values(["group", "index"]).reset_index(drop=True)
    rows = sentence_readings(model, dev["text"])
    words = [aggregate.topic_words(text, PROSE) for text in dev["text"]]
    readings = {}
    for group, text, (scores, markers, credited), w in zip(dev["group"], dev["text"], rows, words):
        # The article's reading, as slant.pipeline reads it.
        label = aggregate.reading_label(scores, PROSE, markers, attributed=credited, words=w)
        readings.setdefault(group, []).append((label, len(text)))
    opines = {group: aggregate.writer_opines(readings.get(group, [])) for group in set(dev["group"])}
    y = dev["opinion"].to_numpy(bool)

    def macro_f1(context) -> float:
        """Binary macro-F1 with ``context(group)`` as each document's ``writer_opines``."""
        pred = np.array([aggregate.sentence_label(s, PROSE, m, attributed=a, words=w,
                                                  writer_opines=context(g)) != FACT
                         for g, (s, m, a), w in zip(dev["group"], rows, words)])
        return f1_score(y, pred, average="macro")

    changed = int(sum(aggregate.advises(m) for _s, m, _a in rows))
    for name, context in (("cues off", lambda g: False), ("cues in context", opines.get),
                          ("cues always", lambda g: True)):
        print(f"MPQA dev documents, {name:18} macro-F1 {macro_f1(context):.4f}"
              f" ({changed} sentences hold advice or first person)")
    # The article reading's gate (aggregate.OPINION_MIN_COMMENTARY_SHARE), read in context.
    for value in (0.3, 0.25, 0.2, 0.15):
        with patch.object(aggregate, "OPINION_MIN_COMMENTARY_SHARE", value):
            gated = {group: aggregate.writer_opines(r) for group, r in readings.items()}
            score = macro_f1(gated.get)
        print(f"MPQA dev documents in context, min commentary share {value:4}: "
              f"macro-F1 {score:.4f} ({np.mean(list(gated.values())):.2f} of documents read as opinion)")
    # The opinion-article prior (aggregate.OPINION_ARTICLE_MIN_SCORE), read in context: the
    # third figure of the rule in context_cues_webis.py.
    for value in (1.01, 0.5, 0.45, 0.4, 0.35, 0.3):
        with patch.object(aggregate, "OPINION_ARTICLE_MIN_SCORE", value):
            score = macro_f1(opines.get)
        print(f"MPQA dev documents in context, opinion-article min score {value:4}: macro-F1 {score:.4f}")

if __name__ == "__main__":
    sys.exit(main())
