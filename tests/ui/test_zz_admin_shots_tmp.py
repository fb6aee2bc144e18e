"""Temporary: screenshots of the admin tabs (not committed)."""
from datetime import date

from tests.ui.test_no_raw_codes import demo_desk  # noqa: F401
from tests.ui.walker import raw_codes


def test_shots(demo_desk, runner, qtbot, switcher):  # noqa: F811
    window = demo_desk
    window.show_page("admin") if hasattr(window, "show_page") else None
    nav = window.navigation
    nav.setCurrentRow(window.keys.index("admin"))
    page = window.pages["admin"]
    for lang in ("zh_CN", "en"):
        switcher.apply(lang)
        for i in range(page.tabs.count()):
            page.tabs.setCurrentIndex(i)
            runner.drain()
            qtbot.wait(200)
            runner.drain()
            if i == 3 and page.bays.model.rowCount():
                page.bays.table.clicked.emit(page.bays.model.index(0, 0))
            if i == 5:
                page.calendar.show_day(date(2026, 10, 1))
                runner.drain(); qtbot.wait(200); runner.drain()
            qtbot.wait(100)
            window.grab().save(f"/tmp/admin/admin-{lang}-tab{i}.png")
            print(lang, i, raw_codes(page))
        if lang == "zh_CN":
            cal = window.pages["service"].calendar
            nav.setCurrentRow(window.keys.index("service"))
            cal.set_day(date(2026, 10, 1)); runner.drain(); qtbot.wait(200); runner.drain()
            window.grab().save("/tmp/admin/service-national-day.png")
            nav.setCurrentRow(window.keys.index("admin"))
