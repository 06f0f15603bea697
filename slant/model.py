"""`SlantModel`: the fitted sentence classifier, and its safe save/load with a manifest.

A model is two files side by side: ``NAME.skops`` (the estimator, in skops' format, which loads
scikit-learn objects without unpickling arbitrary code) and ``NAME.manifest.json`` (format,
slant version range, sha256 of the model file, classes, training provenance, metrics). Loading
checks the manifest and the hash before the model file is parsed at all, then lets skops build
only types that are scikit-learn's, NumPy's, SciPy's or our own.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from . import __version__
from .labels import CONTENT_LABELS

MODEL_FORMAT = "slant-model/1"
DEFAULT_MODEL_NAME = "slant-default"
MODEL_SUFFIX = ".skops"
MANIFEST_SUFFIX = ".manifest.json"
# Types outside skops' default trust list that a slant model may contain.
_TRUSTED_PREFIXES = ("slant.",)


class ModelError(Exception):
    """A model file that is missing, not ours, tampered with, or from an incompatible version."""


class SlantModel:
    """Sentence classifier over the content labels ``fact``, ``commentary``, ``embedded_opinion``.

    Wraps any fitted estimator whose ``predict_proba`` takes a list of sentence strings; scores
    come back in the fixed column order of ``classes_``.
    """

    def __init__(self, estimator: Any, manifest: dict[str, Any] | None = None,
                 path: Path | None = None):
        self.estimator = estimator
        self.manifest = manifest or {}
        self.path = path
        own = [str(c) for c in estimator.classes_]
        missing = set(own) - set(CONTENT_LABELS)
        if missing:
            raise ModelError(f"estimator predicts unknown labels {sorted(missing)}")
        self.classes_ = np.array(CONTENT_LABELS)
        # Column of each content label in the estimator's output (-1: never predicted).
        self._columns = [own.index(label) if label in own else -1 for label in CONTENT_LABELS]

    def predict_proba(self, sentences: Sequence[str]) -> np.ndarray:
        sentences = list(sentences)
        if not sentences:
            return np.zeros((0, len(CONTENT_LABELS)))
        raw = np.asarray(self.estimator.predict_proba(sentences), dtype=float)
        out = np.zeros((len(sentences), len(CONTENT_LABELS)))
        for j, col in enumerate(self._columns):
            if col >= 0:
                out[:, j] = raw[:, col]
        return out

    def predict(self, sentences: Sequence[str]) -> np.ndarray:
        proba = self.predict_proba(sentences)
        return self.classes_[proba.argmax(axis=1)] if len(proba) else np.array([], dtype=str)

    @property
    def version(self) -> str:
        return str(self.manifest.get("model_version", "unversioned"))

    def __repr__(self) -> str:
        where = f" from {self.path}" if self.path else ""
        return f"<SlantModel {self.version}{where}>"

    # -- persistence -------------------------------------------------------------------------

    def save(self, path: str | os.PathLike, **manifest_fields: Any) -> Path:
        """Write ``path`` (``.skops``) and its manifest; returns the model path.

        Both files are written to temporary names and moved into place, so a crash never
        leaves a model whose manifest does not match it.
        """
        import skops.io as sio

        path = Path(path)
        if path.suffix != MODEL_SUFFIX:
            path = path.with_suffix(MODEL_SUFFIX)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        sio.dump(self.estimator, tmp)
        manifest = {
            **self.manifest,
            **manifest_fields,
            "format": MODEL_FORMAT,
            "slant_version": __version__,
            "slant_versions": _compatible_range(__version__),
            "file": path.name,
            "sha256": _sha256(tmp),
            "bytes": tmp.stat().st_size,
            "classes": list(CONTENT_LABELS),
        }
        manifest_path = manifest_path_for(path)
        manifest_tmp = manifest_path.with_name(manifest_path.name + ".tmp")
        manifest_tmp.write_text(json.dumps(manifest, indent=2, sort_keys=False) + "\n")
        os.replace(tmp, path)
        os.replace(manifest_tmp, manifest_path)
        self.manifest, self.path = manifest, path
        return path


def manifest_path_for(model_path: Path) -> Path:
    name = model_path.name
    stem = name[: -len(MODEL_SUFFIX)] if name.endswith(MODEL_SUFFIX) else model_path.stem
    return model_path.with_name(stem + MANIFEST_SUFFIX)


def default_model_path() -> Path:
    """``$SLANT_MODEL``, else the model shipped in the source tree, else the installed copy."""
    env = os.environ.get("SLANT_MODEL")
    if env:
        return Path(env)
    filename = DEFAULT_MODEL_NAME + MODEL_SUFFIX
    candidates = [
        Path(__file__).resolve().parent.parent / "models" / filename,
        Path(sys.prefix) / "share" / "slant" / "models" / filename,
    ]
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[0]


# Keyed by the model file's path, time and size and by the manifest's content, so a rewritten
# file (a retrained model, a manifest with new metrics) is read again.
_cache: dict[tuple, SlantModel] = {}


def load_model(path: str | os.PathLike | None = None) -> SlantModel:
    """Load a model after checking its manifest and hash; cached per file so repeat calls are free."""
    path = Path(path) if path is not None else default_model_path()
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size,
               _digest_or_none(manifest_path_for(path)))
    except OSError:
        raise ModelError(f"model file not found: {path}") from None
    if key not in _cache:
        _cache[key] = _load_verified(path)
    return _cache[key]


def _digest_or_none(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _load_verified(path: Path) -> SlantModel:
    if path.is_dir():
        raise ModelError(f"model path is a directory, not a model file: {path}")
    manifest_path = manifest_path_for(path)
    if not manifest_path.exists():
        raise ModelError(
            f"refusing to load {path}: no manifest {manifest_path.name} next to it "
            "(only models written by slant are loaded)")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"refusing to load {path}: unreadable manifest ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != MODEL_FORMAT:
        raise ModelError(f"refusing to load {path}: manifest format is not {MODEL_FORMAT}")
    if not _version_in_range(__version__, str(manifest.get("slant_versions", ""))):
        raise ModelError(
            f"refusing to load {path}: made for slant {manifest.get('slant_versions')}, "
            f"this is slant {__version__}")
    digest = _sha256(path)
    if digest != manifest.get("sha256"):
        raise ModelError(f"refusing to load {path}: sha256 does not match its manifest "
                         "(file changed or corrupted)")
    import skops.io as sio

    try:
        untrusted = sio.get_untrusted_types(file=path)
        foreign = [t for t in untrusted if not t.startswith(_TRUSTED_PREFIXES)]
        if foreign:
            raise ModelError(f"refusing to load {path}: it contains types slant does not trust: "
                             + ", ".join(sorted(foreign)[:5]))
        estimator = sio.load(path, trusted=untrusted)
    except ModelError:
        raise
    except Exception as exc:  # skops raises many kinds of error on a malformed file
        raise ModelError(f"refusing to load {path}: not a valid skops model ({exc})") from None
    return SlantModel(estimator, manifest=manifest, path=path)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _parse_version(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.strip().split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts + [0] * (3 - len(parts)))


def _compatible_range(version: str) -> str:
    major, minor, _ = _parse_version(version)[:3]
    upper = f"{major + 1}.0.0" if major else f"0.{minor + 1}.0"
    return f">={major}.{minor}.0,<{upper}"


def _version_in_range(version: str, spec: str) -> bool:
    """True when ``version`` satisfies a spec of ``>=X`` / ``<Y`` clauses joined by commas."""
    clauses = [c.strip() for c in spec.split(",") if c.strip()]
    if not clauses:
        return False
    v = _parse_version(version)
    for clause in clauses:
        for op, test in ((">=", lambda a, b: a >= b), ("<=", lambda a, b: a <= b),
                         ("<", lambda a, b: a < b), (">", lambda a, b: a > b),
                         ("==", lambda a, b: a == b)):
            if clause.startswith(op):
                if not test(v, _parse_version(clause[len(op):])):
                    return False
                break
        else:
            return False
    return True

