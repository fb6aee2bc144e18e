"""Opens every screen of the demo desk for the tests that look at all of them (screenshots,
layout): the pages, one of each window, every dialog, and a pile of arrival pop-ups."""

from __future__ import annotations

from sqlalchemy import select

import app.models
from app.domain.reads import PlateRead
from tests.ui.test_no_raw_codes import _first, _open_everything
from tests.ui.walker import open_windows


def open_every_screen(window, db, runner, qtbot) -> None:
    """One of each window and dialog, and three arrival pop-ups (so the side panel shows)."""
    _open_everything(window, db, runner, qtbot)
    customer = window.pages["customers"].open_customer(_first(db, "Customer"))
    runner.drain()
    customer.voice_panel.register_complaint()
    window.pages["service"].calendar.new_booking()
    window.open_settings()                           # the store, view and division rows too
    window.show_about()
    window.pages["customers"].new_customer()
    window.pages["reception"].open_list("in_shop")
    window.pages["testdrive"].book()                 # the booking dialog with its day view
    runner.drain()
    controller = window.pages["reception"].controller
    for plate in _plates(db)[1:3]:
        controller.handle_read(PlateRead(plate=plate, confidence=0.98))
        runner.drain()
    qtbot.waitUntil(lambda: len(controller.stack.popups) >= 3, timeout=10_000)
    runner.drain()


def other_windows(window) -> list:
    """Every visible top-level window but the desk's."""
    return [w for w in open_windows() if w is not window]


def _plates(db) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(app.models.Vehicle.plate)
                              .where(app.models.Vehicle.owner_id.is_not(None))
                              .order_by(app.models.Vehicle.id).limit(3)))
