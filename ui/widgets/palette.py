"""The desk's look, declared once: colours with a meaning, spacing, and the style sheet.

`resources/style.qss` names colours as `@name` (e.g. `@overdue`); `style_sheet()` fills
them in from `COLOURS`. Code that colours a cell or a label takes the colour from here
(`colour("overdue")`, `status_colour(...)`), so red always means overdue, amber due soon,
green done, across every desk.
"""

from __future__ import annotations

import re
from importlib import resources

#: Every colour of the desk by its meaning.
COLOURS: dict[str, str] = {
    # surfaces and text
    "ink": "#1f2d3d",            # text, headings
    "muted": "#5a6470",          # hints, secondary text
    "background": "#f4f6f9",     # windows and dialogs
    "surface": "#ffffff",        # tables, fields, cards
    "border": "#c5ccd6",         # fields
    "button_border": "#b8c2cf",
    "grid": "#e3e7ed",           # table grid lines
    "header": "#eef1f5",         # table headers
    "header_border": "#dde2e9",
    "status_bar": "#e8ecf1",
    "navigation": "#1f2d3d",
    "navigation_text": "#dfe6ee",
    "navigation_hover": "#2b3d52",
    # action and selection
    "accent": "#2f80ed",         # the primary button, focus, the selected page
    "accent_text": "#ffffff",
    "selection": "#d6e6fd",
    "selection_text": "#111111",
    "info_bg": "#eaf2fd",        # a booking, a neutral notice
    # meanings: red overdue, amber due soon, green done
    "overdue": "#c0392b",
    "overdue_bg": "#fdecea",
    "due_soon": "#b9770e",
    "due_soon_bg": "#fef5e7",
    "done": "#1e7e34",
    "done_bg": "#d5f5e3",
    "awaiting_bg": "#f4ecf7",    # waiting for the customer's answer
    "overdue_text": "#a93226",   # text on @overdue_bg
    "board": "#e3e8ee",          # the work-order board behind its cards
    "board_grid": "#c9d1db",
    "camera_off": "#555555",
    # the lounge's TV screen and the bar's queue (large text, seen from across a room)
    "lounge_bg": "#14202e",
    "lounge_row": "#1d2d40",
    "lounge_row_alt": "#22364d",
    "lounge_text": "#f2f5f8",
    "lounge_muted": "#9fb0c3",
    "lounge_ready": "#6fe39a",       # ready for pick-up, on the dark screen
    "lounge_checking": "#f5c26b",    # quality check, on the dark screen
}

#: Space between related widgets, and around a page's content, in pixels.
SPACING = 8
MARGIN = 12

#: What a state means on screen: a kind of COLOURS' meanings.
STATUS_MEANING = {"overdue": "overdue", "late": "overdue", "due_soon": "due_soon",
                  "waiting": "due_soon", "done": "done", "arrived": "done"}

_TOKEN = re.compile(r"@([a-z_]+)")


def colour(name: str) -> str:
    """The colour named `name` ('overdue', 'due_soon', 'done', 'accent', …)."""
    return COLOURS[name]


def status_colour(state: str, *, background: bool = False) -> str:
    """The colour for a state ('overdue', 'late', 'due_soon', 'done', 'arrived', …); ink
    for a state without a meaning."""
    meaning = STATUS_MEANING.get(state)
    if meaning is None:
        return COLOURS["surface" if background else "ink"]
    return COLOURS[f"{meaning}_bg" if background else meaning]


def fill_colours(text: str) -> str:
    """A style sheet with its `@colour` names filled in from COLOURS."""
    return _TOKEN.sub(lambda m: COLOURS[m.group(1)], text)


def style_sheet() -> str:
    """`resources/style.qss` with its `@colour` names filled in."""
    return fill_colours((resources.files("resources") / "style.qss").read_text(encoding="utf-8"))
