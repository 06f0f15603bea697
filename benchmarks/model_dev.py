"""Dev-split comparison of sentence-model variants (no test rows are read for scoring).

Trains on the *train* splits only (``slant.train.training_frame(splits=("train",))``) and scores
on the dev splits: CheckThat ``dev_en`` (binary), BABE SG2 md5(news_link) % 5 == 1 (3-class and
binary), MPQA md5(doc) % 5 == 1 (writer-only, binary), and MultiDimNews (out-of-domain DEV,
declared before looking: every article, subjectivity CSV label, binary). The feature union is
fitted once; each variant refits only the two heads, so a run of a dozen variants stays lean.

    SLANT_CORPORA=../shared/corpora python benchmarks/model_dev.py C kind_C use_extra op_extra \
        mix bias sharp kind_bias [nb balance]

Each argument is a Python list of values to try (the grid is their product), e.g.
``"[1.0]" "[1.0,2.0,4.0]" "[False]" "[False]" "[0,0.1,0.2]" "[0]" "[3.0]" "[0]"``.
``use_extra``: also train the kind head on SG1/MBIC train rows whose text is not in SG2
(``True``) or on every SG1/MBIC train row (``"all"``); ``op_extra``: those rows in the opinion
head too; ``kind_bias``: offset of the commentary-vs-embedded logit; ``nb``: exponent of a
naive-Bayes log-count-ratio scaling of the n-gram columns (folded back into the coefficients);
``balance``: 1 = each corpus class-balanced (shipped), 0 = corpora weighted equally with their
natural class priors. Columns ``*_op%`` are the share of sentences predicted opinion.
"""

from __future__ import annotations

import csv
import itertools
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from threadpoolctl import threadpool_limits

from slant.corpora import (CorpusError, corpora_root, norm_text, read_babe, read_checkthat,
                           read_mpqa)
from slant.train import FEATURES, make_features, training_frame

FACT, COM, EMB = "fact", "commentary", "embedded_opinion"
MDN_FILE = "multidimnews_ukraine/all-data-as-csv/sentences-with-binary-labels-subj.csv"


def read_multidimnews_subj(root) -> pd.DataFrame:
    path = Path(root) / MDN_FILE
    if not path.exists():
        raise CorpusError(f"MultiDimNews file not found: {path}")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh) if r]
    if any(len(r) != 2 or r[1] not in ("0", "1") for r in rows):
        raise CorpusError(f"{path}: expected rows 'text,label' with label 0/1")
    return pd.DataFrame({"text": [r[0] for r in rows],
                         "label": [FACT if r[1] == "0" else "opinion" for r in rows]})


def dev_sets(root):
    ct = read_checkthat(root)
    babe = read_babe(root=root)
    mpqa = read_mpqa(root)
    sets = {
        "CT": ct[ct["split"] == "dev"],
        "BABE": babe[(babe["source"] == "babe_sg2") & (babe["split"] == "dev")]
        .drop_duplicates("text"),
        "MPQA": mpqa[mpqa["split"] == "dev"],
    }
    try:
        sets["MDN"] = read_multidimnews_subj(root)
    except CorpusError as exc:
        print("skipping MultiDimNews:", exc, file=sys.stderr)
    return {k: v.reset_index(drop=True) for k, v in sets.items()}, babe


def extra_babe(babe, base_texts, every=False):
    """SG1/MBIC train rows: those whose text is not in SG2 train (SG1 preferred over MBIC), or
    with ``every`` all of them (a second and third label for SG2's texts)."""
    x = babe[(babe["source"] != "babe_sg2") & (babe["split"] == "train")].copy()
    if every:
        return x
    x["_n"] = x["text"].map(norm_text)
    x = x[~x["_n"].isin(base_texts)].sort_values("source", ascending=False)
    return x.drop_duplicates("_n")


def combine(general, kind, classes, mix, bias, sharp, kind_bias):
    order = list(classes)
    kind = kind - kind.max(axis=1, keepdims=True)
    pk = np.exp(kind)
    pk = (pk / pk.sum(axis=1, keepdims=True))[:, [order.index(c) for c in (FACT, COM, EMB)]]
    eps = 1e-9
    kl = np.log(pk[:, 1] + pk[:, 2] + eps) - np.log(pk[:, 0] + eps)
    z = (1 - mix) * general + mix * kl + bias
    p = 1 / (1 + np.exp(-z))
    qz = sharp * (np.log(pk[:, 1] + eps) - np.log(pk[:, 2] + eps)) + kind_bias
    q = 1 / (1 + np.exp(-qz))
    P = np.column_stack([1 - p, p * q, p * (1 - q)])
    return np.array([FACT, COM, EMB])[P.argmax(1)]


def shipped_labels(general, Z, kind, params) -> np.ndarray:
    """Labels from an opinion logit and the fitted kind head over features ``Z``, combined as the
    shipped model combines them (``params``: ``slant.train.PARAMS``)."""
    kd = np.asarray(Z @ kind.coef_.T + kind.intercept_)
    return combine(general, kd, kind.classes_, params["mix"], params["opinion_bias"],
                   params["kind_sharpness"], 0.0)


def corpus_scores(key: str, y, pr) -> dict:
    """Macro-F1 of one corpus's predictions: 3-class and binary for BABE, binary otherwise."""
    if key == "BABE":
        return {"BABE3": f1_score(y, pr, labels=[FACT, COM, EMB], average="macro"),
                "BABE2": f1_score(y != FACT, pr != FACT, average="macro")}
    return {key: f1_score(y != FACT, pr != FACT, average="macro")}


def score(sets, preds):
    out = {}
    for name, frame in sets.items():
        pr = preds[name]
        out.update(corpus_scores(name, frame["label"].to_numpy(), pr))
        if name != "BABE":
            out[name + "_op%"] = 100 * float(np.mean(pr != FACT))
    out["mean3"] = np.mean([out["CT"], out["BABE3"], out["MPQA"]])
    return out


def main():
    root = corpora_root(None)
    with threadpool_limits(1):
        t0 = time.time()
        base = training_frame(root, splits=("train",))
        sets, babe = dev_sets(root)
        extra = extra_babe(babe, set(base.loc[base["kind"], "text"].map(norm_text)))
        extra = extra.assign(weight=1.0, kind=True)
        allx = extra_babe(babe, None, every=True)
        feats = make_features(**FEATURES).fit(base["text"].tolist())
        Zb = feats.transform(base["text"].tolist())
        Ze = feats.transform(extra["text"].tolist())
        Za = feats.transform(allx["text"].tolist())
        Zd = {k: feats.transform(v["text"].tolist()) for k, v in sets.items()}
        print(f"features {time.time() - t0:.0f}s; train {len(base)}, extra babe {len(extra)}",
              file=sys.stderr)
        import scipy.sparse as sp

        cache = {}

        n_ngram = 2 ** FEATURES["word_bits"] + 2 ** FEATURES["char_bits"]
        y_all = base["label"].to_numpy(object)
        w_bal = base["weight"].to_numpy(float)

        def nb_scale(gamma):
            """NB log-count ratio |r|^gamma per n-gram column (1 for cues and vectors)."""
            if not gamma:
                return None
            op = (y_all != FACT)
            B = Zb[:, :n_ngram].copy()
            B.data[:] = 1.0
            pos = np.asarray(B.T @ (w_bal * op)).ravel() + 1.0
            neg = np.asarray(B.T @ (w_bal * ~op)).ravel() + 1.0
            r = np.abs(np.log((pos / pos.sum()) / (neg / neg.sum())))
            seen = np.asarray((B != 0).sum(axis=0)).ravel() > 0
            r = r / r[seen].mean()
            return np.concatenate([r ** gamma, np.ones(Zb.shape[1] - n_ngram)])

        def heads(C, kind_C, use_extra, op_extra, nb=0, balance=1.0):
            key = (C, kind_C, use_extra, op_extra, nb, balance)
            if key in cache:
                return cache[key]
            y = y_all
            # balance 1: each corpus class-balanced (shipped); 0: corpora equal, natural priors
            corpus = base["source"].map(lambda s: "babe" if s.startswith("babe") else s)
            size = corpus.map(corpus.value_counts()).to_numpy(float)
            w = w_bal ** balance * (len(base) / corpus.nunique() / size) ** (1 - balance)
            w = w / w.mean()
            scale = nb_scale(nb)
            km = base["kind"].to_numpy(bool)
            Zk, yk = Zb[km], y[km]
            if use_extra == "all":
                Zk = sp.vstack([Zk, Za]).tocsr()
                yk = np.concatenate([yk, allx["label"].to_numpy(object)])
            elif use_extra:
                Zk = sp.vstack([Zk, Ze]).tocsr()
                yk = np.concatenate([yk, extra["label"].to_numpy(object)])
            Zo, yo, wo = Zb, y, w
            if op_extra:
                Zo = sp.vstack([Zb, Ze]).tocsr()
                yo = np.concatenate([y, extra["label"].to_numpy(object)])
                wo = np.concatenate([w, np.full(len(extra), np.median(w[km]))])
            if scale is not None:
                D = sp.diags(scale.astype(np.float32))
                Zo, Zk = (Zo @ D).tocsr(), (Zk @ D).tocsr()
            g = LogisticRegression(C=C, max_iter=3000, random_state=0).fit(
                Zo, (yo != FACT).astype(int), sample_weight=wo)
            k = LogisticRegression(C=kind_C, class_weight="balanced", max_iter=3000,
                                   random_state=0).fit(Zk, yk.astype(str))
            gc, kc = g.coef_[0], k.coef_
            if scale is not None:
                gc, kc = gc * scale, kc * scale
            out = {n: (Z @ gc + g.intercept_[0], np.asarray(Z @ kc.T + k.intercept_))
                   for n, Z in Zd.items()}
            cache[key] = (out, k.classes_)
            return cache[key]

        names = ["C", "kind_C", "use_extra", "op_extra", "mix", "bias", "sharp", "kind_bias",
                 "nb", "balance"]
        grid = [dict(zip(names, v))
                for v in itertools.product(*[eval(a) for a in sys.argv[1:11]])]
        rows = []
        for g in grid:
            out, classes = heads(g["C"], g["kind_C"], g["use_extra"], g["op_extra"],
                                 g.get("nb", 0), g.get("balance", 1.0))
            preds = {n: combine(gen, kd, classes, g["mix"], g["bias"], g["sharp"],
                                g["kind_bias"]) for n, (gen, kd) in out.items()}
            rows.append({**g, **score(sets, preds)})
        df = pd.DataFrame(rows)
        pd.set_option("display.width", 250)
        print(df.round(3).to_string(index=False))


if __name__ == "__main__":
    main()
