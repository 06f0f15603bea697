"""The article-context cues (advice, first person) inside opinion articles, on the Webis
editorials: a dev set, never trained on (declared before this script was first run).

    python benchmarks/context_cues_webis.py

Every editorial of ``webis_editorials_adu`` is rebuilt as an article (``editorial_texts``) and
run through ``slant.analyze_many``. Each labelled unit (assumption / common-ground =
commentary; anecdote / statistics / testimony = fact) takes the label of the slant sentence that
holds most of its characters. Printed per reading: binary macro-F1 (commentary or embedded
opinion = opinion), the F1 of commentary itself, and the share of editorials that read as
opinion. Readings: cues off; cues in context (what ``analyze`` does); cues always on; and in
context with ``aggregate.CONTEXT_CUE_MAX_FACT`` (the classifier fact score above which a cue
does not make a sentence commentary) over a grid. The best grid value is the one to ship.
"""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager

import numpy as np
from sklearn.metrics import f1_score

import slant
from slant import aggregate, pipeline
from slant.corpora import editorial_texts, read_webis_editorials
from slant.labels import COMMENTARY, EMBEDDED_OPINION

GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)


@contextmanager
def patched(obj, name, value):
    saved = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield
    finally:
        setattr(obj, name, saved)


def unit_predictions(articles, docs):
    """Per labelled unit: (gold label, predicted sentence label)."""
    gold, pred = [], []
    for article, (_text, spans) in zip(articles, docs):
        sentences = [s for p in article.paragraphs for s in p.sentences]
        for start, end, label in spans:
            best = max(sentences, key=lambda s: min(end, s.end) - max(start, s.start))
            gold.append(label)
            pred.append(best.label)
    return np.array(gold), np.array(pred)


def report(name, articles, docs, model):
    gold, pred = unit_predictions(articles, docs)
    y = gold == COMMENTARY
    opinion = np.isin(pred, (COMMENTARY, EMBEDDED_OPINION))
    binary = f1_score(y, opinion, average="macro")
    commentary = f1_score(y, pred == COMMENTARY)
    reads = np.mean([a.slant["label"] == "opinion" for a in articles])
    print(f"{name:34} macro-F1 {binary:.4f}  commentary F1 {commentary:.4f}  "
          f"opinion units predicted {opinion.mean():.3f}  editorials read as opinion {reads:.2f}")
    return binary


def main() -> int:
    started = time.time()
    frame = read_webis_editorials()
    docs = list(editorial_texts(frame).values())
    model = slant.load_model()
    texts = [text for text, _ in docs]
    gold = [label for _, spans in docs for *_, label in spans]
    print(f"{len(docs)} editorials, {len(gold)} labelled units, "
          f"{np.mean(np.array(gold) == COMMENTARY):.3f} commentary")
    with patched(pipeline, "writer_opines", lambda readings: False), \
            patched(pipeline, "declares_opinion", lambda text, paragraphs: False):
        report("cues off", pipeline.analyze_many(texts, model), docs, model)
    with patched(pipeline, "writer_opines", lambda readings: True):
        report("cues always", pipeline.analyze_many(texts, model), docs, model)
    best = None
    for value in GRID:
        with patched(aggregate, "CONTEXT_CUE_MAX_FACT", value):
            score = report(f"in context, max fact {value}", pipeline.analyze_many(texts, model),
                           docs, model)
        if best is None or score > best[0] + 1e-9:
            best = (score, value)
    print(f"best CONTEXT_CUE_MAX_FACT = {best[1]} (macro-F1 {best[0]:.4f}); "
          f"shipped: {aggregate.CONTEXT_CUE_MAX_FACT}; {time.time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
