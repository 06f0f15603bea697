"""Grouped 5-fold cross-validation of a few sentence-model variants on train + dev (no test rows).

Why: the dev splits used so far (CheckThat ``dev_en`` 462 sentences, BABE and MPQA dev folds) gave
differences between variants at noise level (about +-0.01), and the settings picked on them did not
transfer to the held-out sets. Pooling train + dev and scoring every row out of fold gives 2-20x
more scored sentences per corpus, so a less noisy selection signal.

Data: ``slant.train.training_frame(splits=("train", "dev"))`` (every held-out test text already
removed; the test rows are never scored here). Folds: ``StratifiedGroupKFold(5, shuffle=True,
random_state=0)`` over the pooled rows, stratified by corpus x label, grouped by the frame's
``group`` column (BABE: news_link, MPQA: document; CheckThat's ``group`` is the sentence id, so its
folds are per sentence). Per fold the feature union is fitted on the fold's training part, in the
same way as ``make_features(**FEATURES).fit`` (hashing is stateless; the TF-IDF idf and the SIF
word weights are refitted per fold; the script checks once that this equals the real union), the
two heads are fitted as in ``OpinionClassifier.fit`` and the held-out fold is scored with
``OpinionClassifier``'s own combination of the heads.

Scores, on the pooled out-of-fold predictions: CT = CheckThat binary macro-F1 (commentary /
embedded_opinion / opinion = opinion), BABE3 = BABE 3-class macro-F1, BABE2 = BABE binary,
MPQA = MPQA binary; ``mean3`` = mean of CT, BABE3 and MPQA; ``*_op%`` predicted opinion rate
(true rates in the last line). Diagnostics, NOT used for selection: CT scored separately on the
rows from CheckThat's train file (36 % opinion) and dev file (52 %), and the per-fold spread of
mean3. Optionally (``--mdn``) each variant is also trained on all train + dev rows and scored on
MultiDimNews (out-of-domain dev set, never trained on; reader in ``model_dev.py``).

Variants (declared before running):
  V1 shipped      C=1, kind_C=4, mix=0.1, opinion_bias=0, each corpus class-balanced (beta=1)
  V2 previous     C=1, kind_C=1, mix=0,   opinion_bias=0, beta=1
  V3 half priors  as V1 but class-balance weights raised to beta=0.5 (half-way to natural priors)
  V4 natural      as V1 but beta=0 (natural class priors; corpus weights as before)
  V5 V1 + bias    as V1, opinion_bias tuned by CV: for each fold, the bias (grid -1.5..1.5 step
                  0.05) maximising mean3 on the pooled out-of-fold predictions of the OTHER four
                  folds is applied to that fold (nested, so its score is not tuned on itself);
                  the bias to ship is the one maximising mean3 over all five folds
  V6 V2 + bias    as V2 with the bias tuned the same way
where the weight of a row is CORPUS_WEIGHTS[corpus] * (n_corpus / (2 n_corpus,class)) ** beta
(beta=1 is exactly ``training_frame``'s weight), normalised to mean 1.

  V7 V1, binary    as V1 with the decision rule the OpinionClassifier docstring describes:
                  opinion when p >= 0.5 (then the kind with the larger share), instead of the
                  arg-max of the three scores, which calls fact up to p = 2/3 when the kind head
                  is unsure (added before its first run, under the same rule)

  V8 BABE emb out  as V1, but BABE's embedded_opinion rows ("somewhat factual but also
                  opinionated") get weight 0 in the opinion head; BABE's class balance there is
                  computed over its remaining rows (the weights are those of a frame without
                  them, normalised to mean 1 over the rows kept); kind head and combination as V1
  V9 BABE emb fact as V1, but in the opinion head BABE's embedded_opinion rows count as fact
                  (target 0, class balance computed with that target); kind head as V1
                  (V8 and V9 test a baseline note that mapping BABE 'somewhat factual' to opinion
                  hurt CheckThat; added before their first run, under the same rule)

  V10 tokenlearn vectors  V1 settings with the static word vectors refitted by
                  ``benchmarks/model_tokenlearn_vectors.py`` (``models/minilm-static-words-tl.npz``:
                  same words, SIF-weighted sentence mean fitted to the contextual MiniLM sentence
                  embedding of the train+dev sentences and 5,000 Webis segments); everything else
                  (hashing, TF-IDF, cues, heads, combination) as V1. Caveat: the refit saw the
                  TEXTS (never the labels) of every train+dev row, including each CV fold's
                  held-out rows, so its CV score can be slightly optimistic (transductive,
                  unsupervised); V1's vectors also took their word list from the same texts.
                  (Added before its first run, under the same rule.)

PRE-DECLARED SELECTION RULE (written before any run of this script): the variant with the best
mean3 (pooled out-of-fold macro-F1, mean over CT binary, BABE 3-class, MPQA binary) replaces the
shipped settings (V1) only if its mean3 beats V1's by at least 0.01; otherwise V1 stays. No other
column (BABE2, the CT train/dev split, MultiDimNews, opinion rates) enters the decision.

V10 won under that rule and is now the shipped model (``slant/train.py`` FEATURES name the tl
vectors). FROM NOW ON the reference of the same rule is V10: the best CANDIDATE (every variant
except the diagnostics below) replaces V10 only if its mean3 beats V10's by at least 0.01;
otherwise V10 stays. Every variant names its static-vectors file explicitly (V1-V9:
``models/minilm-static-words.npz``, the file they were run with; V10 and later: the tl file),
so that the FEATURES change does not silently give the old variants the new vectors.

Declared 2026-11-28 before their first run, under the rule with V10 as reference:

  V10h per-fold tokenlearn  DIAGNOSTIC, NOT A CANDIDATE (never selected): V10 where, in each fold,
                  the word vectors are refitted by the ridge procedure of
                  ``model_tokenlearn_vectors.py`` (the same function, ``refit_vectors``; same base
                  ``models/minilm-static-words.npz``, same 256-d space recovered from the cached
                  word encodings, same SIF-weighted design and targets, alpha fixed at 0.1, the
                  value the script chose, no per-fold alpha search; written as float16 like the
                  file) from the cached teacher embeddings (``/tmp/tokenlearn_teacher.npz``,
                  checked by its key, the sha1 of the exact sentence list the script builds) of
                  the fold's TRAINING rows plus the same 5,000 Webis segments only: a text that
                  occurs in any held-out row of the fold is left out of the refit (even when a
                  duplicate of it is a training row), the SIF word counts of the refit come from
                  the fold's training texts and the target scale (median teacher norm) from the
                  refit's sentences. Everything else as V10. ``--mdn`` trains on all rows, so
                  there V10h's refit uses all train+dev texts (checked equal to the tl file).
                  V10 minus V10h estimates how optimistic V10's transductive CV score was.
  V12 tl vectors x2  V10 with vectors_scale 2.0 (the L2-normalised static-vector block weighted
                  twice; BASELINES.md: embeddings transfer best across corpora); all else as V10
  V13 tl + previous heads  V10's vectors (tl file, scale 1) with V2's head settings:
                  C 1, kind_C 1, mix 0, beta 1, bias 0

Declared before its first run, under the rule with V10 as reference:

  V14 no word n-grams  DIAGNOSTIC, NOT A CANDIDATE (never selected): V10 (tl vectors, scale 1, V1
                  head settings) without the hashed word 1-2-gram TF-IDF block; the char_wb
                  n-grams, the cue features and the static vectors are kept, fitted per fold as for
                  V10 (``Blocks.fit_transform`` simply leaves the word block out; ``--check`` and
                  ``--mdn`` use ``make_features`` with its "word" part removed). It asks whether
                  the word n-grams carry topic words that CV rewards but that do not transfer.

``--ct-groups {sentence,topic}`` (default ``sentence``: CheckThat's ``group`` is the sentence id,
exactly the folds above) is a DIAGNOSTIC OF TOPIC LEAKAGE, NEVER USED BY THE SELECTION RULE (the
rule's figures come from the default). CheckThat has no article ids, so with ``topic`` each
CheckThat row's group is a topic cluster: TF-IDF of the CheckThat rows' texts only (word unigrams
+ bigrams, English stop words removed, min_df=2, sublinear_tf, L2-normalised rows), TruncatedSVD
to 100 dims (random_state=0), then KMeans(n_clusters=40, random_state=0, n_init=10); sentences of
one topic cluster are then never split between a fold's training and held-out part. BABE and MPQA
groups are unchanged. It tests whether CT's CV score (0.72-0.74) is inflated by same-article
sentences on both sides of a fold, against the held-out CheckThat test sets' 0.53-0.65.

    SLANT_CORPORA=/work/shared/corpora python benchmarks/model_cv.py [--mdn] [--out FILE] [--seed N] \
        [--only V10,V10h,V12,V13,V14] [--ct-groups sentence|topic]

``--seed`` (fold shuffle seed) other than 0 is a robustness diagnostic only; the rule uses seed 0.
``--only`` runs only the variants whose id (the name's first word, e.g. ``V10`` or ``V10h``) is
listed; the rule is then applied among them and needs the reference V10 in the list (variants
not run keep their recorded figures in ``model_cv_latest.txt``). Every variant's scores depend
only on its own settings and the folds, so a subset run gives the same figures as a full run.
V10h needs the teacher cache of ``model_tokenlearn_vectors.py --webis 5000`` (``--teacher-cache``);
if its key does not match the sentence list, the script stops instead of re-encoding.

One BLAS/OpenMP thread (threadpoolctl).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from contextlib import redirect_stdout
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedGroupKFold
from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parent))
REPO = Path(__file__).resolve().parent.parent
from slant.corpora import CorpusError, corpora_root  # noqa: E402
from slant.features import CueFeatures, StaticEmbeddings, _derived  # noqa: E402
from slant.train import CORPUS_WEIGHTS, FEATURES, make_features, training_frame  # noqa: E402
from model_dev import corpus_scores  # noqa: E402

FACT, COM, EMB = "fact", "commentary", "embedded_opinion"
K, SEED = 5, 0
BIAS_GRID = np.round(np.arange(-1.5, 1.5001, 0.05), 2)

#: name -> (opinion C, kind C, mix, beta, bias) ; bias "cv" = tuned by nested CV
VARIANTS = {
    "V1 shipped": (1.0, 4.0, 0.1, 1.0, 0.0),
    "V2 previous": (1.0, 1.0, 0.0, 1.0, 0.0),
    "V3 half priors": (1.0, 4.0, 0.1, 0.5, 0.0),
    "V4 natural priors": (1.0, 4.0, 0.1, 0.0, 0.0),
    "V5 shipped+cv bias": (1.0, 4.0, 0.1, 1.0, "cv"),
    "V6 previous+cv bias": (1.0, 1.0, 0.0, 1.0, "cv"),
}
SHARPNESS = 3.0
#: Variants that decide opinion by p >= 0.5 instead of the arg-max of the three scores.
BINARY_DECISION = {"V7 shipped, p>=0.5"}
VARIANTS["V7 shipped, p>=0.5"] = VARIANTS["V1 shipped"]
#: How BABE's embedded_opinion rows enter the opinion head, if not as opinion (V1):
#: "drop" = weight 0 (class balance over the other rows), "fact" = target 0.
BABE_EMBEDDED = {"V8 BABE emb dropped": "drop", "V9 BABE emb as fact": "fact"}
for _name in BABE_EMBEDDED:
    VARIANTS[_name] = VARIANTS["V1 shipped"]
#: Static-vectors file of every variant, named explicitly: FEATURES["vectors_file"] is now the
#: tl file (V10 shipped), so V1-V9 are pinned to the file they were run with.
BASE_VECTORS = "models/minilm-static-words.npz"
TL_VECTORS = "models/minilm-static-words-tl.npz"
#: V10h: vectors refitted per fold from the fold's training texts (+ Webis), see FoldVectors
PER_FOLD = "per-fold tokenlearn refit"
VECTORS = {name: BASE_VECTORS for name in VARIANTS}
#: Static-vector block weight (vectors_scale) when not 1.0
SCALES: dict[str, float] = {}
REFERENCE = "V10 tokenlearn vectors"
#: Variants reported but never selected by the rule.
DIAGNOSTIC = {"V10h per-fold tokenlearn", "V14 no word n-grams"}
VARIANTS[REFERENCE] = VARIANTS["V1 shipped"]
VECTORS[REFERENCE] = TL_VECTORS
VARIANTS["V10h per-fold tokenlearn"] = VARIANTS[REFERENCE]
VECTORS["V10h per-fold tokenlearn"] = PER_FOLD
VARIANTS["V12 tl vectors x2"] = VARIANTS[REFERENCE]
VECTORS["V12 tl vectors x2"] = TL_VECTORS
SCALES["V12 tl vectors x2"] = 2.0
VARIANTS["V13 tl + previous heads"] = VARIANTS["V2 previous"]
VECTORS["V13 tl + previous heads"] = TL_VECTORS
#: Variants fitted without the hashed word n-gram block (char_wb, cues, static vectors kept)
NO_WORD_BLOCK = {"V14 no word n-grams"}
VARIANTS["V14 no word n-grams"] = VARIANTS[REFERENCE]
VECTORS["V14 no word n-grams"] = TL_VECTORS
#: teacher cache and Webis count of the run that wrote TL_VECTORS (model_tokenlearn_vectors.py)
TEACHER_CACHE, TL_WEBIS, TL_MAX_SENTENCES, TL_ALPHA = "/tmp/tokenlearn_teacher.npz", 5000, 40000, 0.1


def vectors_of(name: str) -> tuple[str, float, bool]:
    """Feature spec of variant ``name``: (static-vectors file, vectors_scale, word block used);
    every variant names its file (KeyError if not), so a change of FEATURES never changes a
    declared variant."""
    return VECTORS[name], SCALES.get(name, 1.0), name not in NO_WORD_BLOCK


def union_of(spec):
    """``make_features`` union of a feature spec (its "word" part removed if not used)."""
    vf, sc, word = spec
    union = make_features(**{**FEATURES, "vectors_file": vf, "vectors_scale": sc})
    if not word:
        union.transformer_list = [p for p in union.transformer_list if p[0] != "word"]
    return union


def topic_groups(texts, n_clusters=40, seed=0):
    """Topic-cluster id of every text: k-means over a 100-d SVD of an L2-normalised TF-IDF
    (word 1-2-grams, English stop words removed, min_df 2, sublinear tf) of ``texts`` only."""
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer

    X = TfidfVectorizer(ngram_range=(1, 2), stop_words="english", min_df=2, sublinear_tf=True,
                        norm="l2").fit_transform(texts)
    Xr = TruncatedSVD(n_components=100, random_state=seed).fit_transform(X)
    return KMeans(n_clusters=n_clusters, random_state=seed, n_init=10).fit_predict(Xr)


def select(names, only):
    """Variants whose id (first word of the name) is in the comma-separated ``only``."""
    if not only:
        return list(names)
    ids = [x.strip() for x in only.split(",") if x.strip()]
    known = {n.split()[0] for n in names}
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise SystemExit(f"--only: unknown variant id(s) {unknown}; known: {sorted(known)}")
    return [n for n in names if n.split()[0] in ids]


class FoldVectors:
    """V10h's vectors: ``model_tokenlearn_vectors.refit_vectors`` on the cached teacher
    embeddings of a fold's training texts plus the Webis segments (held-out texts left out)."""

    def __init__(self, frame_texts, tmpdir, say):
        import model_tokenlearn_vectors as tl

        self.tl, self.tmpdir, self.say = tl, Path(tmpdir), say
        sents, labelled = tl.sentences(TL_MAX_SENTENCES, TL_WEBIS)
        self.raw = tl.load_teacher(TEACHER_CACHE, sents)
        if self.raw is None:
            raise SystemExit(f"teacher cache {TEACHER_CACHE} missing or its key does not match the "
                             f"{len(sents)} sentences model_tokenlearn_vectors.py builds: V10h "
                             "would need re-encoding (run that script with --webis 5000 first)")
        self.sents, self.n_lab = sents, len(labelled)
        pos = {t: i for i, t in enumerate(labelled)}
        self.row_pos = np.array([pos[str(t)] for t in frame_texts])
        self.words, self.W0 = tl.load_vectors(REPO / BASE_VECTORS)
        self.E = np.load(TEACHER_CACHE + ".words.npy")
        self.W_tl = tl.load_vectors(REPO / TL_VECTORS)[1]
        self.webis = list(range(self.n_lab, len(sents)))
        say(f"# V10h: teacher cache matches ({len(sents)} sentences = {self.n_lab} train+dev texts "
            f"+ {len(self.webis)} Webis; key = sha1 of the list); frame rows -> texts mapped")

    def refit(self, train_rows, held_rows, tag):
        """Write and return the vectors file refitted on the texts of ``train_rows`` that occur in
        no row of ``held_rows``, plus the Webis segments."""
        tl, ts = self.tl, time.time()
        held = set(self.row_pos[held_rows].tolist())
        train_all = set(self.row_pos[train_rows].tolist())
        train = sorted(train_all - held)
        idx = train + self.webis
        texts = [self.sents[i] for i in idx]
        count_texts = [self.sents[i] for i in train]
        W, X, T, it = tl.refit_vectors(texts, self.raw[idx], count_texts, self.words, self.W0,
                                       self.E, TL_ALPHA)
        path = self.tmpdir / f"tl-{tag}.npz"
        tl.save_vectors(path, self.words, W)
        msg = (f"# V10h refit {tag}: {len(train)} train texts ({len(train_all & held)} also in "
               f"held-out rows, left out) + {len(self.webis)} Webis, {X.shape[0]} with a known "
               f"word, {it} CG iterations, {time.time() - ts:.0f}s")
        if held:
            hidx = sorted(held)
            Xh, Th = tl.problem([self.sents[i] for i in hidx], self.raw[hidx], count_texts,
                                self.words, self.W0, self.E)
            Wf = W.astype(np.float16).astype(np.float64)
            c = [tl.cosines(Xh @ M, Th).mean() for M in (self.W0, Wf, self.W_tl)]
            msg += (f"; teacher cosine on the {len(hidx)} held-out texts: base {c[0]:.3f}, "
                    f"this refit {c[1]:.3f}, tl file (saw them) {c[2]:.3f}")
        else:
            d = np.abs(W.astype(np.float16).astype(np.float64) - self.W_tl).max()
            msg += f"; max |W - tl file| = {d:.2e}"
        self.say(msg)
        return str(path)


def babe_embedded(name: str) -> str:
    return BABE_EMBEDDED.get(name, "opinion")


def corpus_of(source: str) -> str:
    return "babe" if source.startswith("babe") else source


def opinion_target(frame: pd.DataFrame, emb: str = "opinion"):
    """Opinion-head target (bool) of every row and the rows it is trained on, with BABE's
    embedded_opinion rows counted as ``emb``: "opinion" (as shipped), "fact" or "drop"."""
    y = frame["label"].to_numpy()
    target = y != FACT
    keep = np.ones(len(y), bool)
    babe_emb = (frame["corpus"].to_numpy() == "babe") & (y == EMB)
    if emb == "fact":
        target = target & ~babe_emb
    elif emb == "drop":
        keep = ~babe_emb
    elif emb != "opinion":
        raise ValueError(emb)
    return target, keep


def row_weights(frame: pd.DataFrame, idx: np.ndarray, beta: float,
                emb: str = "opinion") -> np.ndarray:
    """training_frame's weights computed on rows ``idx`` only, class balance raised to ``beta``;
    the opinion target and the rows kept (others weight 0) from ``opinion_target(frame, emb)``."""
    corpus = frame["corpus"].to_numpy()[idx]
    target, keep = opinion_target(frame, emb)
    opinion, keep = target[idx], keep[idx]
    w = np.zeros(len(idx))
    for name in np.unique(corpus):
        inc = (corpus == name) & keep
        for value in (True, False):
            cell = inc & (opinion == value)
            if cell.any():
                w[cell] = CORPUS_WEIGHTS.get(name, 1.0) * (inc.sum() / (2 * cell.sum())) ** beta
    return w / w[keep].mean()


class Blocks:
    """Raw (unfitted-part) feature blocks of all texts, computed once; ``fit_transform(train)``
    then gives the feature matrix a union fitted on rows ``train`` would give, for every row."""

    def __init__(self, texts, vectors_file=None, scale=None):
        self.n_train_texts = len(texts)
        f = FEATURES
        self.texts = texts
        self.word = HashingVectorizer(
            analyzer="word", ngram_range=tuple(f["word_ngrams"]), n_features=2 ** f["word_bits"],
            alternate_sign=False, norm=None, lowercase=True, dtype=np.float32).transform(texts)
        self.char = HashingVectorizer(
            analyzer="char_wb", ngram_range=tuple(f["char_ngrams"]),
            n_features=2 ** f["char_bits"], alternate_sign=False, norm=None, lowercase=True,
            dtype=np.float32).transform(texts)
        self.cues = CueFeatures(scale=f["cue_scale"]).fit(texts).transform(texts)
        self._set_vectors(vectors_file, scale)
        self.use_word = True
        self.n = len(texts)

    def _set_vectors(self, vectors_file=None, scale=None):
        f = FEATURES
        self.emb = StaticEmbeddings(vectors_file=str(vectors_file or f["vectors_file"]),
                                    scale=f["vectors_scale"] if scale is None else scale
                                    ).fit(self.texts[:1])
        idx, sent = self.emb._lookup(self.texts)
        keep = idx >= 0
        self.tok_idx, self.tok_sent = idx[keep], sent[keep]

    def with_vectors(self, vectors_file, scale=None, word=True):
        """A copy sharing the word, char and cue blocks, with another static-vectors file/scale;
        ``word=False``: its features leave the word n-gram block out."""
        other = object.__new__(Blocks)
        other.__dict__.update(self.__dict__)
        other._set_vectors(vectors_file, scale)
        other.use_word = word
        return other

    def fit_transform(self, train_rows, rows=None):
        """Features of ``rows`` (default all) from a union fitted on ``train_rows``."""
        rows = np.arange(self.n) if rows is None else rows
        out = []
        for M in ((self.word, self.char) if self.use_word else (self.char,)):
            t = TfidfTransformer(sublinear_tf=True).fit(M[train_rows])
            out.append(t.transform(M[rows]))
        out.append(self.cues[rows])
        # SIF weights from the word frequencies of the training rows (StaticEmbeddings.fit)
        in_train = np.zeros(self.n, bool)
        in_train[train_rows] = True
        tr = in_train[self.tok_sent]
        counts = np.bincount(self.tok_idx[tr], minlength=len(self.emb.words_)).astype(float)
        p = counts / max(counts.sum(), 1.0)
        weights = (self.emb.sif_a / (self.emb.sif_a + p)).astype(np.float32)
        S = sp.csr_matrix((weights[self.tok_idx], (self.tok_sent, self.tok_idx)),
                          shape=(self.n, len(self.emb.words_)), dtype=np.float32)[rows]
        v = np.asarray(S @ _derived(self.emb)[0])
        v = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9) * self.emb.scale
        out.append(sp.csr_matrix(v))
        return sp.hstack(out, format="csr")


def fit_heads(Z, y, w, kind_mask, C, kind_C):
    g = LogisticRegression(C=C, max_iter=3000, random_state=0).fit(
        Z, (y != FACT).astype(int), sample_weight=w)
    k = LogisticRegression(C=kind_C, class_weight="balanced", max_iter=3000,
                           random_state=0).fit(Z[kind_mask], y[kind_mask].astype(str))
    return g, k


def head_scores(g, k, Z):
    general = Z @ g.coef_[0] + g.intercept_[0]
    kind = np.asarray(Z @ k.coef_.T + k.intercept_)
    order = list(k.classes_)
    kind = kind[:, [order.index(c) for c in (FACT, COM, EMB)]]
    return general, kind


def combine(general, kind, mix, bias, sharp=SHARPNESS, binary=False):
    """OpinionClassifier._parts + predict (same formula); ``binary``: opinion when p >= 0.5."""
    kind = kind - kind.max(axis=1, keepdims=True)
    pk = np.exp(kind)
    pk = pk / pk.sum(axis=1, keepdims=True)
    eps = 1e-9
    kl = np.log(pk[:, 1] + pk[:, 2] + eps) - np.log(pk[:, 0] + eps)
    z = (1.0 - mix) * general + mix * kl + bias
    p = 1.0 / (1.0 + np.exp(-z))
    ratio = (pk[:, 1] + eps) / (pk[:, 2] + eps)
    q = 1.0 / (1.0 + ratio ** (-float(sharp)))
    P = np.column_stack([1.0 - p, p * q, p * (1.0 - q)])
    if binary:
        return np.where(p < 0.5, FACT, np.where(q >= 0.5, COM, EMB)).astype(object)
    return np.array([FACT, COM, EMB], dtype=object)[P.argmax(1)]


def scores(frame, pred, rows=None):
    """Per-corpus macro-F1 and opinion rates of predictions ``pred`` for ``frame`` rows."""
    rows = np.arange(len(frame)) if rows is None else rows
    corpus = frame["corpus"].to_numpy()[rows]
    y = frame["label"].to_numpy()[rows]
    pr = pred[rows] if len(pred) == len(frame) else pred
    out = {}
    for name, key in (("checkthat2025_task1_en", "CT"), ("babe", "BABE"), ("mpqa_1_2", "MPQA")):
        m = corpus == name
        out.update(corpus_scores(key, y[m], pr[m]))
        out[key + "_op%"] = 100 * float(np.mean(pr[m] != FACT))
    out["mean3"] = float(np.mean([out["CT"], out["BABE3"], out["MPQA"]]))
    return out


def best_bias(frame, gen, kind, mix, rows):
    """Bias of BIAS_GRID with the best mean3 on ``rows`` (ties: smallest |bias|)."""
    best = None
    for b in sorted(BIAS_GRID, key=abs):
        m = scores(frame, combine(gen[rows], kind[rows], mix, b), rows)["mean3"]
        if best is None or m > best[0] + 1e-12:
            best = (m, b)
    return best[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mdn", action="store_true", help="also score MultiDimNews (full fits)")
    ap.add_argument("--out", default=None, help="also write the table to this file")
    ap.add_argument("--check", action="store_true", help="check the blocks against the union")
    ap.add_argument("--seed", type=int, default=SEED,
                    help="fold shuffle seed (the selection rule uses the default, 0)")
    ap.add_argument("--smoke", type=int, default=0, help="every n-th row only (code test)")
    ap.add_argument("--only", default="",
                    help="comma-separated variant ids (first word of the name), e.g. V10,V10h")
    ap.add_argument("--ct-groups", choices=("sentence", "topic"), default="sentence",
                    help="CheckThat CV groups: sentence id (default, the rule's folds) or topic "
                         "cluster (diagnostic of topic leakage, never used by the rule)")
    args = ap.parse_args()
    buf = io.StringIO()
    run = {n: VARIANTS[n] for n in select(VARIANTS, args.only)}

    def say(*a):
        print(*a)
        print(*a, file=buf)
        sys.stdout.flush()

    t0 = time.time()
    root = corpora_root(None)
    with threadpool_limits(1), tempfile.TemporaryDirectory(prefix="model_cv_") as tmpdir:
        frame = training_frame(root, splits=("train", "dev"))
        if args.smoke:
            frame = frame.iloc[::args.smoke].reset_index(drop=True)
        frame["corpus"] = frame["source"].map(corpus_of)
        assert np.allclose(row_weights(frame, np.arange(len(frame)), 1.0), frame["weight"]) \
            or args.smoke
        texts = frame["text"].tolist()
        y = frame["label"].to_numpy(object)
        kind_mask = frame["kind"].to_numpy(bool)
        blocks = Blocks(texts, FEATURES["vectors_file"], FEATURES["vectors_scale"])
        # feature specs (file, scale, word block) of the variants run; PER_FOLD ones per fold
        specs = sorted({vectors_of(n) for n in run}, key=str)
        vec_blocks = {sp_: blocks.with_vectors(*sp_) for sp_ in specs if sp_[0] != PER_FOLD}
        fold_vectors = (FoldVectors(texts, tmpdir, say) if any(sp_[0] == PER_FOLD for sp_ in specs)
                        else None)
        say(f"# variants run: {', '.join(run)}")
        say(f"# rows {len(frame)}; raw blocks {time.time() - t0:.0f}s")
        if args.check:  # the per-fold construction equals make_features(**FEATURES).fit
            sub = np.arange(0, len(frame), 7)
            rows_ = np.arange(0, len(frame), 11)
            checks = {(FEATURES["vectors_file"], FEATURES["vectors_scale"], True): blocks,
                      **vec_blocks}
            for spec_, bl in checks.items():
                union = union_of(spec_).fit([texts[i] for i in sub])
                ref = union.transform([texts[i] for i in rows_])
                diff = abs(ref - bl.fit_transform(sub, rows_)).max()
                say(f"# check {spec_}: max |union - blocks| = {diff:.2e}")
                assert diff < 1e-5, diff

        strat = frame["corpus"] + "/" + frame["label"]
        if args.ct_groups == "topic":  # diagnostic only: CheckThat grouped by topic cluster
            ct_rows = np.flatnonzero(frame["corpus"].to_numpy() == "checkthat2025_task1_en")
            topic = topic_groups([texts[i] for i in ct_rows])
            frame["group"] = frame["group"].astype(str)
            frame.loc[ct_rows, "group"] = [f"topic{c}" for c in topic]
            sizes = np.bincount(topic, minlength=40)
            say(f"# CT groups: topic clusters (diagnostic, not the rule's folds): {len(ct_rows)} "
                f"CT rows in {len(sizes)} clusters, largest {sizes.max()}, smallest {sizes.min()}, "
                f"median {int(np.median(sizes))}; sizes {sorted(sizes.tolist(), reverse=True)}")
        else:
            say("# CT groups: sentence id (default)")
        groups = frame["corpus"] + "/" + frame["group"].astype(str)
        folds = list(StratifiedGroupKFold(K, shuffle=True, random_state=args.seed)
                     .split(np.zeros(len(frame)), strat, groups))
        fold_of = np.empty(len(frame), int)
        for f, (_, te) in enumerate(folds):
            fold_of[te] = f
        say("# fold sizes " + ", ".join(str(len(te)) for _, te in folds))

        # heads are keyed by their settings and the static-vector spec
        op_heads = sorted({(v[0], v[3], babe_embedded(n), vectors_of(n))
                           for n, v in run.items()}, key=str)
        kind_Cs = sorted({(v[1], vectors_of(n)) for n, v in run.items()}, key=str)
        gen = {h: np.zeros(len(frame)) for h in op_heads}
        kin = {c: np.zeros((len(frame), 3)) for c in kind_Cs}
        for f, (tr, te) in enumerate(folds):
            tf = time.time()
            fold_file = (fold_vectors.refit(tr, te, f"fold{f}") if fold_vectors is not None
                         else None)
            for spec in specs:
                bl = vec_blocks[spec] if spec[0] != PER_FOLD else blocks.with_vectors(
                    fold_file, *spec[1:])
                Z = bl.fit_transform(tr)
                Ztr, Zte = Z[tr], Z[te]
                for (C, beta, emb, v) in op_heads:
                    if v != spec:
                        continue
                    target = opinion_target(frame, emb)[0]
                    g = LogisticRegression(C=C, max_iter=3000, random_state=0).fit(
                        Ztr, target[tr].astype(int),
                        sample_weight=row_weights(frame, tr, beta, emb))
                    gen[(C, beta, emb, v)][te] = Zte @ g.coef_[0] + g.intercept_[0]
                for (kc, v) in kind_Cs:
                    if v != spec:
                        continue
                    km = kind_mask[tr]
                    k = LogisticRegression(C=kc, class_weight="balanced", max_iter=3000,
                                           random_state=0).fit(Ztr[km], y[tr][km].astype(str))
                    order = list(k.classes_)
                    kin[(kc, v)][te] = np.asarray(Zte @ k.coef_.T + k.intercept_)[
                        :, [order.index(c) for c in (FACT, COM, EMB)]]
            say(f"# fold {f}: {time.time() - tf:.0f}s")

        rows, per_fold, shipped_bias = [], {}, {}
        ct_file = frame["split"].to_numpy()
        is_ct = frame["corpus"].to_numpy() == "checkthat2025_task1_en"
        for name, (C, kc, mix, beta, bias) in run.items():
            G, Kd = gen[(C, beta, babe_embedded(name), vectors_of(name))], kin[(kc, vectors_of(name))]
            if bias == "cv":
                pred = np.empty(len(frame), object)
                chosen = []
                for f in range(K):
                    other = np.flatnonzero(fold_of != f)
                    b = best_bias(frame, G, Kd, mix, other)
                    chosen.append(float(b))
                    te = np.flatnonzero(fold_of == f)
                    pred[te] = combine(G[te], Kd[te], mix, b)
                shipped_bias[name] = (float(best_bias(frame, G, Kd, mix, np.arange(len(frame)))), chosen)
            else:
                pred = combine(G, Kd, mix, bias, binary=name in BINARY_DECISION)
            s = scores(frame, pred)
            for split in ("train", "dev"):
                r = np.flatnonzero(is_ct & (ct_file == split))
                s[f"CT[{split}]"] = f1_score(y[r] != FACT, pred[r] != FACT, average="macro")
            fm = [scores(frame, pred, np.flatnonzero(fold_of == f))["mean3"] for f in range(K)]
            per_fold[name] = np.array(fm)
            s["fold_sd"] = float(np.std(fm, ddof=1))
            rows.append({"variant": name, **s})
        table = pd.DataFrame(rows).set_index("variant")
        true = {"CT_op%": 100 * np.mean(y[is_ct] != FACT),
                "BABE_op%": 100 * np.mean(y[frame["corpus"].to_numpy() == "babe"] != FACT),
                "MPQA_op%": 100 * np.mean(y[frame["corpus"].to_numpy() == "mpqa_1_2"] != FACT)}
        cols = ["CT", "BABE3", "BABE2", "MPQA", "mean3", "fold_sd", "CT_op%", "BABE_op%",
                "MPQA_op%", "CT[train]", "CT[dev]"]
        table = table[cols]
        pd.set_option("display.width", 250)
        say(f"\n## Pooled out-of-fold scores ({K}-fold grouped CV, seed {args.seed}, "
            f"{len(frame)} train+dev rows, CT groups: {args.ct_groups})")
        say(table.round(3).to_string())
        say("true opinion rates: " + ", ".join(f"{k} {v:.1f}" for k, v in true.items()))
        for name, (b, chosen) in shipped_bias.items():
            say(f"{name}: bias chosen per fold (on the other folds) {chosen}; "
                f"on all folds {b}")
        ref = REFERENCE if REFERENCE in run else "V1 shipped" if "V1 shipped" in run else None
        if ref is not None and len(run) > 1:
            base = per_fold[ref]
            say(f"paired per-fold mean3 differences vs {ref.split()[0]} (mean, min, max): " + "; ".join(
                f"{n}: {np.mean(v - base):+.3f} ({np.min(v - base):+.3f}, {np.max(v - base):+.3f})"
                for n, v in per_fold.items() if n != ref))

        # the pre-declared rule; reference V10 (the shipped model); diagnostics never selected
        if args.ct_groups != "sentence":
            say(f"\nRULE: not applied (--ct-groups {args.ct_groups} is a diagnostic of topic "
                "leakage; the rule uses the default sentence groups)")
        elif REFERENCE in run:
            cand = table.loc[[n for n in table.index if n not in DIAGNOSTIC], "mean3"]
            best = cand.idxmax()
            margin = cand[best] - cand[REFERENCE]
            winner = best if (best != REFERENCE and margin >= 0.01) else REFERENCE
            say(f"\nRULE (reference {REFERENCE.split()[0]}, candidates run: "
                f"{', '.join(n.split()[0] for n in cand.index)}): best mean3 = {best} "
                f"({cand[best]:.4f}), {REFERENCE.split()[0]} = {cand[REFERENCE]:.4f}, "
                f"margin {margin:+.4f} -> selected: {winner}")
        else:
            say(f"\nRULE: not applied ({REFERENCE} not run)")

        if args.mdn:
            from model_dev import read_multidimnews_subj
            try:
                mdn = read_multidimnews_subj(root)
            except CorpusError as exc:
                say("# skipping MultiDimNews:", exc)
                mdn = None
            if mdn is not None:
                tm = time.time()
                allrows = np.arange(len(frame))
                ym = mdn["label"].to_numpy(object) != FACT
                gm, km_ = {}, {}
                for spec in specs:
                    vf, sc, word = spec
                    if vf == PER_FOLD:  # trained on all rows: the refit sees all train+dev texts
                        vf = fold_vectors.refit(allrows, allrows[:0], "all")
                    union = union_of((vf, sc, word)).fit(texts)
                    Zall = union.transform(texts)
                    Zm = union.transform(mdn["text"].tolist())
                    for (C, beta, emb, v) in op_heads:
                        if v != spec:
                            continue
                        target = opinion_target(frame, emb)[0]
                        g = LogisticRegression(C=C, max_iter=3000, random_state=0).fit(
                            Zall, target.astype(int),
                            sample_weight=row_weights(frame, allrows, beta, emb))
                        gm[(C, beta, emb, v)] = Zm @ g.coef_[0] + g.intercept_[0]
                    for (kc, v) in kind_Cs:
                        if v != spec:
                            continue
                        k = LogisticRegression(C=kc, class_weight="balanced", max_iter=3000,
                                               random_state=0).fit(Zall[kind_mask],
                                                                   y[kind_mask].astype(str))
                        order = list(k.classes_)
                        km_[(kc, v)] = np.asarray(Zm @ k.coef_.T + k.intercept_)[
                            :, [order.index(c) for c in (FACT, COM, EMB)]]
                say(f"\n## MultiDimNews (out-of-domain dev; trained on all {len(frame)} rows; "
                    f"{len(mdn)} sentences, true opinion {100 * ym.mean():.1f} %; {time.time() - tm:.0f}s)")
                for name, (C, kc, mix, beta, bias) in run.items():
                    b = shipped_bias[name][0] if bias == "cv" else bias
                    pr = combine(gm[(C, beta, babe_embedded(name), vectors_of(name))],
                                 km_[(kc, vectors_of(name))], mix, b,
                                 binary=name in BINARY_DECISION) != FACT
                    say(f"{name:24s} bias {b:+.2f}  MDN macro-F1 {f1_score(ym, pr, average='macro'):.3f}"
                        f"  op% {100 * pr.mean():.1f}")
        say(f"\n# wall time {time.time() - t0:.0f}s (one thread)")
    if args.out:
        Path(args.out).write_text(buf.getvalue())


if __name__ == "__main__":
    main()
