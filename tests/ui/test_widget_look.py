"""Widgets under the desk's style sheet look whole (issue 15, item 10): spin boxes keep their
arrows, OK / Cancel carry no dated icon."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox

from ui.widgets.palette import style_sheet


@pytest.fixture
def desk_style(qapp):
    before = qapp.styleSheet()
    qapp.setStyleSheet(style_sheet())
    yield
    qapp.setStyleSheet(before)


def test_spin_boxes_keep_their_arrows(desk_style, qtbot):
    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(0, 999_999)
    spin.setSpecialValueText(" ")        # no digits: only the arrows can be dark
    spin.resize(200, 30)
    spin.show()
    image = spin.grab().toImage()
    darks = [sum(1 for x in range(image.width() - 18, image.width() - 2)
                 if image.pixelColor(x, y).lightness() < 110)
             for y in range(4, image.height() - 4)]
    # An arrow is a small triangle: a few dark pixels over consecutive rows (a frame drawn
    # by the style sheet instead is one long line).
    assert any(1 <= a <= 6 and 1 <= b <= 6 for a, b in zip(darks, darks[1:])), darks


def test_ok_and_cancel_have_no_icon(qapp, qtbot):
    from PySide6.QtWidgets import QProxyStyle, QStyle

    class IconsOnOk(QProxyStyle):
        """A platform style that puts icons on dialog buttons (as the Linux desktops do)."""

        def styleHint(self, hint, *args):
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, *args)

    before_style, before_sheet = qapp.style().name(), qapp.styleSheet()
    qapp.setStyle(IconsOnOk("fusion"))
    qapp.setStyleSheet(style_sheet())
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        qtbot.addWidget(box)
        hint = qapp.style().styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons,
                                      None, box)
        assert hint == 0
    finally:
        qapp.setStyleSheet(before_sheet)
        qapp.setStyle(before_style)
