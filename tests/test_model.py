"""The model contract: sklearn-style predictions, and a loader that refuses what is not ours."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import numpy as np
import pytest

from slant.labels import CONTENT_LABELS
from slant.model import ModelError, SlantModel, _version_in_range, load_model, manifest_path_for


def test_default_model_predicts_content_labels(model):
    sentences = ["The council voted 7-2 on Tuesday.", "This is a shameful, cowardly decision."]
    proba = model.predict_proba(sentences)
    assert list(model.classes_) == list(CONTENT_LABELS)
    assert proba.shape == (2, 3)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-6)
    assert set(model.predict(sentences)) <= set(CONTENT_LABELS)
    assert model.predict_proba([]).shape == (0, 3)


def test_default_model_manifest_describes_it(model):
    manifest = model.manifest
    for key in ("format", "slant_versions", "sha256", "model_version", "training", "metrics"):
        assert key in manifest, key


def test_load_is_cached(model):
    assert load_model() is load_model()


def test_rewritten_manifest_is_read_again(model, tmp_path):
    target = _copy_default(model, tmp_path)
    first = load_model(target)
    manifest_file = manifest_path_for(target)
    manifest = json.loads(manifest_file.read_text())
    manifest["metrics"] = {"note": "re-evaluated"}
    manifest_file.write_text(json.dumps(manifest))
    again = load_model(target)
    assert again is not first and again.manifest["metrics"] == {"note": "re-evaluated"}


def _copy_default(model, tmp_path: Path) -> Path:
    target = tmp_path / "copy.skops"
    shutil.copy(model.path, target)
    shutil.copy(manifest_path_for(model.path), manifest_path_for(target))
    return target


def test_copied_model_loads(model, tmp_path):
    loaded = load_model(_copy_default(model, tmp_path))
    sentences = ["Officials said the road reopened."]
    np.testing.assert_allclose(loaded.predict_proba(sentences), model.predict_proba(sentences))


def test_tampered_model_is_refused(model, tmp_path):
    target = _copy_default(model, tmp_path)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="sha256"):
        load_model(target)


def test_model_from_another_slant_version_is_refused(model, tmp_path):
    target = _copy_default(model, tmp_path)
    manifest_file = manifest_path_for(target)
    manifest = json.loads(manifest_file.read_text())
    manifest["slant_versions"] = ">=9.0.0,<10.0.0"
    manifest_file.write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match="made for slant"):
        load_model(target)


class _Payload:
    """Unpickling this writes a file: proof that code in a model file ran."""

    def __init__(self, sentinel: str):
        self.sentinel = sentinel

    def __reduce__(self):
        return (Path(self.sentinel).write_text, ("pwned",))


def test_bare_pickle_without_manifest_is_refused_unread(tmp_path):
    sentinel = tmp_path / "ran.txt"
    evil = tmp_path / "evil.joblib"
    evil.write_bytes(pickle.dumps(_Payload(str(sentinel))))
    with pytest.raises(ModelError, match="no manifest"):
        load_model(evil)
    assert not sentinel.exists()


def test_pickle_with_forged_manifest_never_runs(tmp_path):
    """Even a manifest whose hash matches cannot make the loader unpickle a file."""
    import hashlib

    sentinel = tmp_path / "ran.txt"
    evil = tmp_path / "evil.skops"
    evil.write_bytes(pickle.dumps(_Payload(str(sentinel))))
    manifest = {"format": "slant-model/1", "slant_versions": ">=0.0.0,<99.0.0",
                "sha256": hashlib.sha256(evil.read_bytes()).hexdigest()}
    manifest_path_for(evil).write_text(json.dumps(manifest))
    with pytest.raises(ModelError):
        load_model(evil)
    assert not sentinel.exists()


def test_skops_file_with_untrusted_function_is_refused(tmp_path):
    from sklearn.dummy import DummyClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import FunctionTransformer

    estimator = make_pipeline(FunctionTransformer(np.asarray), DummyClassifier())
    estimator.fit([[0], [1]], ["fact", "commentary"])
    path = SlantModel(estimator).save(tmp_path / "sneaky.skops")
    with pytest.raises(ModelError, match="does not trust"):
        load_model(path)


def test_missing_model_file(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        load_model(tmp_path / "nothing.skops")


@pytest.mark.parametrize("version, spec, ok", [
    ("0.1.0", ">=0.1.0,<0.2.0", True),
    ("0.2.0", ">=0.1.0,<0.2.0", False),
    ("0.1.5", ">=0.1.0,<0.2.0", True),
    ("1.0.0", ">=0.1.0", True),
    ("0.1.0", "", False),
    ("0.1.0", "~=0.1", False),
])
def test_version_ranges(version, spec, ok):
    assert _version_in_range(version, spec) is ok
