"""Seventh round, second half: does the linear student learn from the MiniLM teacher's soft labels?

    python benchmarks/model_distill.py /tmp/teacher-train-f0.npz /tmp/teacher-train-f1.npz

Inputs are two runs of ``model_teacher.py --splits train --fold K --pool`` (K = 0, 1): each
teacher was fine-tuned on half of the train rows (split by md5 of the row's article or document)
and scored the other half, so every train row has an out-of-fold teacher probability; each also
scored the sentences of the Webis editorials (unlabelled), averaged here.

Variants, declared before the first run (4 Dec, after the teacher's dev figures and before any
student figure): all use the shipped features and settings, fitted on the train splits and
scored on the dev splits as ``model_dev.py`` does; only the opinion head's targets change.
- D0: gold labels (the shipped recipe; the reference).
- D1: target 0.5 x gold + 0.5 x the teacher's out-of-fold probability.
- D2: target = the teacher's out-of-fold probability alone.
- D3: D1 plus the Webis sentences with the teacher's probability as target, their total weight
  that of one corpus (each corpus weighs the same in the opinion head).
The kind head keeps BABE's gold labels. Rule: the best of D1-D3 by the dev mean of CheckThat
binary / BABE 3-class / MPQA binary macro-F1 replaces D0 only if it beats D0 by at least 0.01.
A soft target is fitted as two weighted copies of the row (opinion with weight w x t, fact with
weight w x (1 - t)), which is logistic regression's loss for that target.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from model_dev import FACT, dev_sets, score, shipped_labels  # noqa: E402

from slant.corpora import corpora_root, norm_text  # noqa: E402
from slant.train import FEATURES, PARAMS, make_features, training_frame  # noqa: E402


def main(argv=None):
    paths = (argv or sys.argv[1:])[:2]
    root = corpora_root(None)
    with threadpool_limits(1):
        t0 = time.time()
        base = training_frame(root, splits=("train",)).reset_index(drop=True)
        sets, _ = dev_sets(root)
        from model_teacher import webis_sentences
        pool_texts = webis_sentences(root)
        tables = [np.load(p) for p in paths]
        # Out of fold: each train row was scored by exactly one teacher (the one that did not
        # train on it); the pool and the dev rows were scored by both (averaged).
        scored: dict[str, list[float]] = {}
        for z in tables:
            for key, p in zip(z["keys"], z["opinion"]):
                scored.setdefault(str(key), []).append(float(p))
        teacher = {k: float(np.mean(v)) for k, v in scored.items()}
        base_keys = base["text"].map(norm_text)
        missing = int((~base_keys.isin(teacher.keys())).sum())
        t_base = base_keys.map(teacher).fillna(0.5).to_numpy(float)
        t_pool = np.array([teacher.get(norm_text(t), 0.5) for t in pool_texts])
        gold = (base["label"] != FACT).to_numpy(float)
        print(f"{len(base)} train rows ({missing} without a teacher score), {len(pool_texts)} "
              f"pool sentences; teacher calls {100 * np.mean(t_base >= 0.5):.1f} % of train and "
              f"{100 * np.mean(t_pool >= 0.5):.1f} % of the pool opinion; agreement with gold "
              f"{100 * np.mean((t_base >= 0.5) == (gold == 1)):.1f} %", file=sys.stderr)

        feats = make_features(**FEATURES).fit(base["text"].tolist())
        Zb = feats.transform(base["text"].tolist())
        Zp = feats.transform(pool_texts)
        Zd = {k: feats.transform(v["text"].tolist()) for k, v in sets.items()}
        w = base["weight"].to_numpy(float)
        km = base["kind"].to_numpy(bool)
        kind = LogisticRegression(C=PARAMS["kind_C"], class_weight="balanced", max_iter=3000,
                                  random_state=0).fit(Zb[km], base["label"].to_numpy(object)[km].astype(str))
        print(f"features and kind head {time.time() - t0:.0f}s", file=sys.stderr)

        def opinion_head(Z, target, weight):
            Z2 = sp.vstack([Z, Z]).tocsr()
            y2 = np.r_[np.ones(Z.shape[0]), np.zeros(Z.shape[0])].astype(int)
            w2 = np.r_[weight * target, weight * (1 - target)]
            keep = w2 > 0
            return LogisticRegression(C=PARAMS["C"], max_iter=3000, random_state=0).fit(
                Z2[keep], y2[keep], sample_weight=w2[keep])

        pool_w = np.full(len(pool_texts), w.sum() / 3 / max(1, len(pool_texts)))
        variants = {
            "D0 gold": (Zb, gold, w),
            "D1 0.5 gold + 0.5 teacher": (Zb, 0.5 * gold + 0.5 * t_base, w),
            "D2 teacher": (Zb, t_base, w),
            "D3 D1 + Webis pool": (sp.vstack([Zb, Zp]).tocsr(),
                                   np.r_[0.5 * gold + 0.5 * t_base, t_pool], np.r_[w, pool_w]),
        }
        rows = []
        for name, (Z, target, weight) in variants.items():
            head = opinion_head(Z, target, weight)
            preds = {}
            for k, Zk in Zd.items():
                general = Zk @ head.coef_[0] + head.intercept_[0]
                preds[k] = shipped_labels(general, Zk, kind, PARAMS)
            s = score(sets, preds)
            rows.append((name, s))
            print(f"{name:28s} " + " ".join(f"{k} {v:.3f}" for k, v in s.items()), flush=True)
        ref = rows[0][1]["mean3"]
        best = max(rows[1:], key=lambda r: r[1]["mean3"])
        verdict = "replaces D0" if best[1]["mean3"] >= ref + 0.01 else "does not replace D0"
        print(f"best {best[0]}: mean3 {best[1]['mean3']:.4f} against D0 {ref:.4f} "
              f"({best[1]['mean3'] - ref:+.4f}): {verdict} (margin 0.01); {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
