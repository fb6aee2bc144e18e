"""Screenshots of every page, window and dialog of the demo desk, in Chinese and English,
at 1366×768 and 1920×1080, written for a reviewer to look at.

The folder is `$DEALERDESK_SHOTS` when set, else `shots/` under the test's tmp dir (never
the checkout). Each shot is checked to be a real, non-blank image of the screen's size.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTabWidget

from tests.ui.screens import open_every_screen, other_windows
from tests.ui.test_no_raw_codes import demo_desk  # noqa: F401  (a fixture)
from tests.ui.walker import settled
from ui.main_window import NAVIGATION
from ui.widgets import palette

SIZES = ((1366, 768), (1920, 1080))


@pytest.fixture
def shots_dir(tmp_path) -> Path:
    """Where the screenshots go: `$DEALERDESK_SHOTS` or the test's tmp dir."""
    folder = Path(os.environ.get("DEALERDESK_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _save(widget, path: Path) -> Path:
    widget.grab().save(str(path))
    return path


def _tabs(window, qtbot, stem: Path) -> list[Path]:
    """A shot of each further tab of the page's visible tab widgets (the board, …)."""
    shots = []
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != current:
                tabs.setCurrentIndex(index)
                qtbot.waitUntil(lambda: settled(window), timeout=5000)
                shots.append(_save(window, Path(f"{stem}-tab{index}.png")))
        tabs.setCurrentIndex(current)
    return shots


def test_every_page_and_dialog_is_written_as_a_screenshot(demo_desk, db, runner, qtbot,  # noqa: F811
                                                          switcher, shots_dir, qapp):
    qapp.setStyleSheet(palette.style_sheet())
    open_every_screen(demo_desk, db, runner, qtbot)
    written: list[Path] = []
    for language in ("zh_CN", "en"):
        switcher.apply(language)
        lang = language[:2]
        for width, height in SIZES:
            demo_desk.resize(width, height)
            for number, key in enumerate(NAVIGATION, 1):
                demo_desk.show_page(key)
                runner.drain()
                runner.drain()
                qtbot.waitUntil(lambda: settled(demo_desk), timeout=5000)
                written.append(_save(demo_desk, shots_dir / f"{lang}-{width}-page{number}-{key}.png"))
                written += _tabs(demo_desk, qtbot, shots_dir / f"{lang}-{width}-page{number}-{key}")
        names: list[str] = []
        for window in other_windows(demo_desk):
            window.resize(min(window.width(), 1366), min(window.height(), 740))
            qtbot.waitUntil(lambda w=window: settled(w), timeout=5000)
            names.append(type(window).__name__)
            name = names[-1] + (f"-{names.count(names[-1])}" if names.count(names[-1]) > 1 else "")
            written.append(_save(window, shots_dir / f"{lang}-window-{name}.png"))
    qapp.setStyleSheet("")
    assert len(written) >= 2 * (2 * len(NAVIGATION) + 9)
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path
        assert image.width() >= 150 and image.height() >= 100, path
        colours = {image.pixel(x, y) for x in range(0, image.width(), 5)
                   for y in range(0, image.height(), 5)}
        assert len(colours) > 3, f"{path} is blank"
