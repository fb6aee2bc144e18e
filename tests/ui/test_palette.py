"""The desk's look is declared once: the palette fills every colour name of the style sheet,
and the colours keep their meaning (red overdue, amber due soon, green done)."""

from __future__ import annotations

import re
from importlib import resources

from ui.widgets import palette


def test_every_colour_name_of_the_style_sheet_is_in_the_palette():
    raw = (resources.files("resources") / "style.qss").read_text(encoding="utf-8")
    names = set(re.findall(r"@([a-z_]+)", raw))
    assert names and names <= set(palette.COLOURS)
    filled = palette.style_sheet()
    assert "@" not in filled
    assert palette.COLOURS["accent"] in filled and palette.COLOURS["overdue"] in filled


def test_colours_keep_their_meaning():
    def hue(hex_colour: str) -> tuple[int, int, int]:
        return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))

    red, amber, green = (hue(palette.status_colour(s)) for s in ("overdue", "due_soon", "done"))
    assert red[0] > red[1] + 80 and red[0] > red[2] + 80          # red
    assert amber[0] > amber[1] > amber[2]                          # amber: red > green > blue
    assert green[1] > green[0] + 50 and green[1] > green[2] + 50  # green
    assert palette.status_colour("late") == palette.status_colour("overdue")
    assert palette.status_colour("arrived") == palette.status_colour("done")
    assert palette.status_colour("late", background=True) == palette.COLOURS["overdue_bg"]
    assert palette.status_colour("whatever") == palette.COLOURS["ink"]


def test_the_screens_that_use_the_palette_hard_code_no_colour():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "ui"
    for name in ("reception/page.py", "reception/popup_panel.py", "reception/today_strip.py",
                 "service/board.py", "service/board_model.py", "widgets/global_search.py"):
        text = (root / name).read_text(encoding="utf-8")
        assert not re.findall(r"#[0-9a-fA-F]{6}\b", text), name
