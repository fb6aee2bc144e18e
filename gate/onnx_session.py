"""What the plate-specific ONNX models share: loading one (or None, logged), a one-thread
onnxruntime session and the softmax over their logits."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np

log = logging.getLogger(__name__)

Model = TypeVar("Model")


def load_or_none(factory: Callable[[Path], Model], path: Path, without: str) -> Model | None:
    """`factory(path)`, or None when the model file or onnxruntime is absent, logged with
    `without` (what the gate does without the model)."""
    if not path.exists():
        log.warning("model %s not found: %s", path, without)
        return None
    try:
        return factory(path)
    except ModuleNotFoundError:
        log.warning("onnxruntime is not installed: %s", without)
        return None


def one_thread_session(path: Path):
    """An onnxruntime CPU session for the model at `path` on one thread without spinning
    (the gate's other work keeps the second core); ModuleNotFoundError without onnxruntime."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def softmax(logits: np.ndarray) -> np.ndarray:
    """Probabilities over axis 1 (the classes) of a batch of logits."""
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
