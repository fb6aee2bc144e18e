"""Fixtures of the gate tests: the OCR engine loaded once, generated plates and videos."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest


@pytest.fixture(scope="session")
def engine():
    """The default (ONNX) OCR engine, loaded once for the whole session."""
    from gate.ocr import load_engine

    return load_engine("onnx")


@pytest.fixture(scope="session")
def reader(engine):
    """A `PlateReader` over the session's engine."""
    from gate.recognise import PlateReader

    return PlateReader(engine)


class Recorder:
    """Collects callback values and lets a test wait for a condition on them."""

    def __init__(self) -> None:
        self.items: list = []
        self._cond = threading.Condition()

    def __call__(self, item) -> None:
        with self._cond:
            self.items.append(item)
            self._cond.notify_all()

    def wait_for(self, predicate: Callable[[list], bool], timeout: float = 30.0) -> bool:
        """Wait until `predicate(items)` holds; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: predicate(list(self.items)), timeout)


@pytest.fixture
def recorder() -> Callable[[], Recorder]:
    """A factory of `Recorder`s."""
    return Recorder
