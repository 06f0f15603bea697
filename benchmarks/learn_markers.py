"""Learn the opinion-marker tables (slant/data/markers.json) and report held-out marker figures.

    python benchmarks/learn_markers.py            # learn, write the table, print the report
    python benchmarks/learn_markers.py --no-write # report only
    python benchmarks/learn_markers.py --eval     # figures of the shipped table, no learning
    python benchmarks/learn_markers.py --cue-weights  # relearn only the writer-voice cue weights
                                                      # (after a change to those cues)

Training data: BABE (SG2, SG1, MBIC) ``biased_words`` and MPQA 1.2 writer expressive-subjectivity
spans, train splits only. Token features: the word, its MPQA-lexicon classes, suffix and shape, and
the sentence model's static word vector (``--vector-scale``; its part of each vocabulary word's
weight is folded into the word table). Thresholds are tuned on the dev splits. Figures are token-level
precision/recall/F1 on the held-out test splits (BABE: the SG2 rows of the fixed test rule; MPQA:
the documents of test_setCoNLL03), next to the baseline that marks every word of the MPQA
subjectivity lexicon, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from slant.corpora import corpora_root, read_babe, read_mpqa
from slant.train import VECTORS_FILE
from slant.markers import (DATA_FILE, MarkerWeights, learn_marker_weights, lexicon_baseline,
                           read_subjectivity_lexicon, token_prf)

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "slant" / "data" / DATA_FILE
#: Scale of the word-vector token features, chosen on the dev splits (see benchmarks/README.md).
VECTOR_SCALE = 1.0
LEXICON = ("mpqa_subjectivity_lexicon", "subjclueslen1-HLTEMNLP05.tff")


def load(root=None, mpqa_train_spans: str = "writer") -> tuple[pd.DataFrame, dict]:
    babe = read_babe(("SG2", "SG1", "MBIC"), root=root)
    babe = babe.drop_duplicates(subset=["text"]).copy()
    mpqa = read_mpqa(root=root)
    if mpqa_train_spans == "all":
        # Train rows learn from every expressive-subjectivity span above low intensity, whoever
        # its source; dev and test keep the writer-only spans they are judged on.
        every = [[(s, e) for s, e, _src, inten, _pol in ese if inten not in ("low", "")]
                 for ese in mpqa["ese"]]
        is_train = mpqa["split"].eq("train")
        mpqa["markers"] = [a if t else m for a, t, m in zip(every, is_train, mpqa["markers"])]
    cols = ["text", "markers", "source", "split", "opinion"]
    babe_test = babe["source"].eq("babe_sg2") & babe["babe_test"]
    babe.loc[babe["split"].eq("test") & ~babe_test, "split"] = "held_out_other"
    frame = pd.concat([babe[cols], mpqa[cols]], ignore_index=True)
    lexicon = read_subjectivity_lexicon(corpora_root(root).joinpath(*LEXICON))
    return frame, lexicon


def word_vectors() -> tuple[list[str], np.ndarray]:
    """The sentence model's static word vectors (``slant.train.VECTORS_FILE``)."""
    data = np.load(REPO / VECTORS_FILE)
    return [str(w) for w in data["words"]], data["vectors"].astype(np.float32)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--eval", action="store_true", help="evaluate the shipped table only")
    ap.add_argument("--cue-weights", action="store_true",
                    help="relearn only the writer-voice cue weights of the shipped table")
    ap.add_argument("--root", default=None)
    ap.add_argument("--mpqa-train-spans", choices=("writer", "all"), default="writer",
                    help="MPQA train spans: the writer's own ESE (default) or every source's")
    ap.add_argument("--vector-scale", type=float, default=VECTOR_SCALE,
                    help="scale of the static word vectors as token features (0: none)")
    args = ap.parse_args(argv)
    frame, lexicon = load(args.root, args.mpqa_train_spans)
    train = frame[frame["split"] == "train"]
    dev = frame[frame["split"] == "dev"]
    test = frame[frame["split"] == "test"]
    if args.cue_weights:
        return relearn_cue_weights(train)
    if args.eval:
        from slant.markers import load_weights

        weights = load_weights()
        tables = {"mark_threshold": weights.mark_threshold,
                  "extend_threshold": weights.extend_threshold}
        args.no_write = True
    else:
        vectors = word_vectors() if args.vector_scale else None
        tables, tuning = learn_marker_weights(train, dev, lexicon, vectors=vectors,
                                              vector_scale=args.vector_scale or 1.0)
        tuning["vectors"] = {"file": VECTORS_FILE, "scale": args.vector_scale} if vectors else None
        weights = MarkerWeights(**tables)
    base = lexicon_baseline(lexicon)
    report = {}
    print(f"train {len(train)} sentences, dev {len(dev)}, test {len(test)}; "
          f"thresholds mark={tables['mark_threshold']} extend={tables['extend_threshold']}")
    print(f"{'corpus (test)':14} {'method':10} {'P':>6} {'R':>6} {'F1':>6}")
    for name, prefix in (("BABE", "babe"), ("MPQA", "mpqa")):
        rows = test[test["source"].str.startswith(prefix)]
        ours = token_prf(rows, weights)
        lex = token_prf(rows, predict=base)
        report[name] = {"learned": ours, "lexicon": lex, "sentences": len(rows)}
        for method, (p, r, f) in (("learned", ours), ("lexicon", lex)):
            print(f"{name:14} {method:10} {p:6.3f} {r:6.3f} {f:6.3f}")
    if not args.no_write:
        tables["metrics"] = {"test_token_prf": report, "dev_tuning": tuning,
                             "train_sentences": len(train)}
        write_table(tables)
        print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB)")
    return 0


def relearn_cue_weights(train: pd.DataFrame) -> int:
    """Rewrite only the cue weights (``markers._cue_rates`` on the train splits), keeping the word
    tables and the thresholds, which those cues do not change."""
    from slant.markers import _cue_rates, load_weights

    raw = json.loads(OUT.read_text(encoding="utf-8"))
    rates = _cue_rates(train, load_weights())
    print("cue weights", {k: (raw.get(k), v) for k, v in rates.items()}, "(old, new)")
    raw.update(rates)
    write_table(raw)
    print(f"wrote {OUT}")
    return 0


def write_table(tables: dict) -> None:
    """Write the marker table (``slant/data/markers.json``) in its one layout."""
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(tables, indent=0, sort_keys=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
