"""UI test fixtures: offscreen Qt, Chinese by default, and no stray modal dialog."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ui.garbage import settle


@pytest.fixture(scope="session", autouse=True)
def garbage_on_the_main_thread():
    """As in the desk: no cyclic garbage collection on worker threads (it may free Qt
    objects there); collect between tests instead. What exists once every test module is
    imported lives as long as the session: it is frozen out of those collections, so each
    walks only what the tests made since."""
    gc.disable()
    settle()
    yield
    gc.unfreeze()
    gc.enable()


@pytest.fixture(autouse=True)
def collect_garbage():
    """Collect the garbage of the previous test on the main thread."""
    gc.collect()
    yield


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):
    """Fail a test that would block on a modal `exec()`: dialogs must use `open()`."""

    def refuse(self, *args, **kwargs):
        raise AssertionError(f"a modal dialog was exec()'d: {type(self).__name__}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: refuse(None)))


@pytest.fixture
def switcher(qapp: QApplication):
    """A LanguageSwitcher on the test application, reset to Chinese afterwards."""
    from ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    switcher.apply("zh_CN")
    yield switcher
    switcher.apply("zh_CN")


@pytest.fixture(autouse=True)
def no_workers_left_running():
    """Fail a test that leaves a gate thread or a pooled worker running behind it."""
    before = {t.ident for t in threading.enumerate()}
    yield
    QThreadPool.globalInstance().waitForDone(5000)
    left = [t.name for t in threading.enumerate()
            if t.ident not in before and t.is_alive() and t.name.startswith("gate")]
    assert not left, f"threads still running after the test: {left}"


@pytest.fixture
def runner():
    """A TaskRunner whose calls have all run, callbacks included, when the test ends."""
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    yield runner
    runner.drain()


@pytest.fixture(autouse=True)
def shipped_level_names():
    """Each test starts and ends with the shipped level names (the desk keeps its store's
    names in one object; a test that renames a level must not leak into the next)."""
    from app.domain.care_tiers import DEFAULT_LEVELS
    from ui.widgets.level_text import store_levels

    shipped = {level.code: level for level in DEFAULT_LEVELS}
    store_levels().levels = dict(shipped)
    yield
    store_levels().levels = dict(shipped)
