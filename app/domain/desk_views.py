"""What a desk looks at: its store (本店), its division's stores (大区) or the whole group
(集团总部). Declared once: the settings, the dialog and the desk's scope take the codes here
(their screen names are in `app.domain.code_names`, under `desk_view.`)."""

from __future__ import annotations

from app.errors import ValidationError

#: The desk sees its own store's data (the default).
STORE = "store"
#: The desk sees the stores of one division (大区).
DIVISION = "division"
#: The desk sees every store of the group (集团总部).
GROUP = "group"
#: Every view, in the order the settings dialog offers them.
DESK_VIEWS: tuple[str, ...] = (STORE, DIVISION, GROUP)


def check_view(view: str, division_id: int | None) -> None:
    """Refuse a view the desk cannot take: an unknown one, or a division's without its
    division (`ValidationError` naming the field at fault)."""
    if view not in DESK_VIEWS:
        raise ValidationError(f"未知的视图：{view}", f"Unknown view: {view}", field="desk_view")
    if view == DIVISION and not division_id:
        raise ValidationError("大区视图需要选择一个大区。",
                              "A division's view needs a division: choose one.",
                              field="division_id")

