"""The Qt binding keeps Python's reference counts of None and True intact.

PySide6 6.12.0 released one reference to None on every Qt call returning nothing; on
Python 3.11 (where None is not immortal) a desk dies with `none_dealloc` after a few
thousand calls. pyproject.toml keeps that version out; this test catches it coming back.
"""

import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal from Python 3.12")
def test_qt_calls_keep_none_and_true_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        label.setText("张先生")
        label.isVisible()
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
