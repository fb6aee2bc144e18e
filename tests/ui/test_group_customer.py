"""A customer of another store of the group arrives at this store's gate: an unknown plate
here. Reception registers the visitor; a wrong mobile says the plate is the group's and
names nobody (what was typed stays), the owner's own mobile gives their card."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from app.domain.reads import PlateRead
from app.models import Store
from app.services import customers, vehicles
from app.store_scope import working_for
from ui.reception.controller import ReceptionController
from ui.reception.page import ReceptionPage


@pytest.fixture
def store_b_customer(db, shop):
    """Store B (深圳南山4S店) and its customer 王芳 (粤B22222); store A is the shop."""
    with db.session() as s:
        b = Store(code="SZ01", name="深圳南山4S店", province="粤")
        s.add(b)
        s.flush()
        store_b = b.id
    with working_for(store_b):
        wang = customers.create_customer(db, name="王芳", mobile="13812340000", salutation="女士",
                                         consent_plate_recognition=True)
        vehicles.add_vehicle(db, plate="粤B22222", owner_id=wang.id, brand="丰田", model="凯美瑞")
    return wang


@pytest.fixture
def page(db, shop, runner, qtbot, switcher):
    controller = ReceptionController(db, runner, popup_timeout_s=0, poll=False,
                                     store_id=shop.store_id)
    page = ReceptionPage(db, runner, controller)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    runner.drain()
    yield page
    runner.drain()
    controller.stop()


def _texts(popup) -> str:
    return "\n".join(label.text() for label in popup.findChildren(QLabel)
                     if label.isVisibleTo(popup))


def _shot(widget, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("DEALERDESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / name))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_group_customer_is_registered_at_a_second_store_by_their_mobile(
        page, qtbot, db, shop, store_b_customer, switcher, language, tmp_path):
    switcher.apply(language)
    controller = page.controller
    with working_for(shop.store_id):
        with qtbot.waitSignal(controller.popup_shown, timeout=5000) as shown:
            controller.handle_read(PlateRead(plate="粤B22222", confidence=0.95))
        popup = shown.args[0]
        assert popup.card.customer is None           # B's customer: a stranger at A's gate
        popup.fields["name"].setText("王小姐")
        popup.fields["mobile"].setText("13912345678")
        with qtbot.waitSignal(controller.failed, timeout=5000):
            popup.buttons["register"].click()
        refused = popup.error.text()
        assert ("集团" in refused) if language == "zh_CN" else ("group" in refused)
        assert "王芳" not in _texts(popup) and "0000" not in _texts(popup)
        assert popup.fields["name"].text() == "王小姐"            # nothing typed is lost
        assert popup.fields["mobile"].text() == "13912345678"
        assert popup.fields["plate"].property("invalid") is True
        _shot(popup, f"group_plate_refused_{language}.png", tmp_path)
        assert customers.search_customers(db, "王小姐") == ()
        popup.fields["mobile"].setText("13812340000")
        with qtbot.waitSignal(controller.arrivals_changed, timeout=5000):
            popup.buttons["register"].click()
        qtbot.waitUntil(lambda: popup.card.greets, timeout=5000)
        assert popup.card.customer.id == store_b_customer.id
        assert ("王女士" if language == "zh_CN" else "王") in _texts(popup)
        assert "凯美瑞" in _texts(popup)
        _shot(popup, f"group_customer_card_{language}.png", tmp_path)
        assert [h.customer_id for h in customers.search_customers(db, "王芳")] == [
            store_b_customer.id]
