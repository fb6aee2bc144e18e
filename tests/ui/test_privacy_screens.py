"""Privacy on screen: the pop-up of a customer without plate-recognition consent, the
consent question when registering, consents and deleted snapshots on the customer window,
password fields and the printable gate notice in the settings."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QLineEdit

from app.domain.reads import PlateRead
from app.models import MatchKind, Visit
from app.services import customers, vehicles
from app.services.common import store_today
from app.services.retention import purge_expired
from app.settings import Settings
from ui.customers.customer_window import CustomerWindow
from ui.reception.controller import ReceptionController
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("DEALERDESK_DATA", str(folder))
    return folder


@pytest.fixture
def controller(db, runner, data):
    controller = ReceptionController(db, runner, popup_timeout_s=0, poll=False)
    yield controller
    runner.drain()
    controller.stop()


def arrive(controller, qtbot, read: PlateRead, snapshot: QImage | None = None):
    with qtbot.waitSignal(controller.popup_shown, timeout=10_000) as shown:
        controller.handle_read(read, snapshot)
    return shown.args[0]


def texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel)
                     if label.isVisibleTo(widget))


def test_a_non_consenting_customers_car_gets_an_anonymous_popup(db, controller, qtbot, data):
    c = customers.create_customer(db, name="张伟", salutation="先生", mobile="13812345678")
    vehicles.add_vehicle(db, plate="粤B12345", owner_id=c.id, brand="丰田", model="凯美瑞")
    crop = np.full((40, 120, 3), 180, np.uint8)
    image = QImage(120, 40, QImage.Format.Format_RGB888)
    image.fill(0x808080)
    popup = arrive(controller, qtbot, PlateRead("粤B12345", 0.98, crop=crop), image)
    shown = texts(popup)
    assert "车辆到店" in shown and "未同意车牌识别" in shown
    for private in ("张", "粤B", "12345", "凯美瑞", "138"):
        assert private not in shown, private
    assert not hasattr(popup, "snapshot_label")           # the picture is not shown …
    assert sorted(data.rglob("*.jpg")) == []              # … and not kept
    assert set(popup.buttons) == {"dismiss"} and not popup.fields


@pytest.mark.parametrize("consent", [True, False])
def test_registering_a_visitor_asks_for_plate_recognition_consent(db, controller, qtbot,
                                                                  consent):
    popup = arrive(controller, qtbot, PlateRead("粤B99999", 0.95))
    box = popup.fields["consent_plate"]
    assert not box.isChecked() and "车牌识别" in texts(popup)    # asked, not assumed
    popup.fields["name"].setText("刘洋")
    popup.fields["mobile"].setText("13987654321")
    box.setChecked(consent)
    with qtbot.waitSignal(controller.arrivals_changed, timeout=10_000):
        popup.buttons["register"].click()
    qtbot.waitUntil(lambda: popup.card.greets, timeout=10_000)
    stored = customers.get_customer(db, popup.card.customer.id).customer
    assert stored.consent_plate_recognition is consent
    assert stored.consent_contact is False                   # not ticked: not given


def test_the_customer_window_shows_consent_dates_and_deleted_snapshots(db, runner, qtbot,
                                                                       switcher, data):
    c = customers.create_customer(db, name="张伟", mobile="13812345678", consent_contact=True,
                                  consent_plate_recognition=True)
    customers.update_customer(db, c.id, c.version, consent_plate_recognition=False)
    arrived = datetime.now(UTC) - timedelta(days=40)
    with db.session() as s:
        s.add(Visit(arrived_at=arrived, plate_read="粤B12345", snapshot_path="/nowhere.jpg",
                    camera="gate", match=MatchKind.EXACT, customer_id=c.id))
    purge_expired(db, 30)
    window = CustomerWindow(db, runner, c.id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.name.text() == "张伟", timeout=10_000)
    today = store_today().isoformat()
    assert window.consent_contact_date.text().endswith("起同意")
    assert window.consent_plate_date.text() == f"{today} 撤回"
    model = window.visits_model
    cell = model.data(model.index(0, model.columnCount() - 1))
    assert cell.startswith("已于 ") and cell.endswith(" 删除")
    switcher.apply("en")
    assert window.consent_plate_date.text() == f"Withdrawn {today}"


def test_the_settings_dialog_hides_passwords(qtbot, tmp_path):
    settings = replace(Settings(), database_url="postgresql+psycopg://dd@db/store",
                       database_password="s3cret", camera_source="rtsp://admin@cam/x",
                       camera_password="campw")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    for field in (dialog.database_password, dialog.camera_password):
        assert field.echoMode() == QLineEdit.EchoMode.Password
    shown = "\n".join(w.text() for w in dialog.findChildren(QLineEdit)
                      if w.echoMode() == QLineEdit.EchoMode.Normal)
    assert "s3cret" not in shown and "campw" not in shown
    dialog.database.setText("postgresql+psycopg://dd:typed@db/other")
    dialog.database_password.clear()
    result = dialog.result_settings()
    assert (result.database_url, result.database_password) == (
        "postgresql+psycopg://dd@db/other", "typed")
    assert result.camera_address() == "rtsp://admin:campw@cam/x"


def test_the_gate_notice_prints_through_the_one_printing_path(qtbot, runner, tmp_path):
    from app.printing.layout import StoreInfo
    from app.printing.privacy_pdf import gate_notice_pdf

    def document(text):
        return "车牌识别告示", gate_notice_pdf(text, StoreInfo("广州天河4S店"))

    dialog = SettingsDialog(Settings(), runner=runner, notice_document=document)
    qtbot.addWidget(dialog)
    dialog.notice.setPlainText("本店入口设有车牌识别摄像头。\n抓拍图片 30 天后删除。")
    target = tmp_path / "notice.pdf"
    with qtbot.waitSignal(dialog.printing.delivered, timeout=20_000):
        dialog.printing.save_pdf(lambda: document(dialog.notice.toPlainText()), target)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "车牌识别告知" in text and "本店入口设有车牌识别摄像头" in text
    assert "30 天后删除" in text and "广州天河4S店" in text
    assert dialog.result_settings().gate_notice.startswith("本店入口")
