"""The customer's voice on the desk, driven through Qt: the complaints page, the survey
entry dialog, the arrival pop-up warning about an open complaint."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.acting import Actor, set_actor
from app.domain.reads import PlateRead
from app.domain.store_time import STORE_TZ
from app.models import Complaint, ComplaintStepRecord
from app.services import complaints, reception, surveys
from tests.voice_seed import DELIVERED_AT, seed_voice
from ui import messages
from ui.reception.arrival_popup import ArrivalPopup
from ui.tasks import TaskRunner
from ui.voice.complaints_page import ComplaintsPage
from ui.voice.page import VoicePage
from ui.voice.surveys_panel import SurveysPanel

RECEIVED = datetime(2026, 11, 10, 9, 0, tzinfo=STORE_TZ)


@pytest.fixture
def runner(qapp):
    return TaskRunner()


@pytest.fixture
def voice(db):
    return seed_voice(db)


def _page(db, runner, qtbot, now):
    clock = {"now": now}
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        page = ComplaintsPage(db, runner, 1, clock=lambda: clock["now"])
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    return page, clock


def test_complaints_page_escalates_and_steps_through_buttons(db, voice, runner, qtbot):
    ident = complaints.open_complaint(db, customer_id=voice.customer_id, category="waiting",
                                      words="等了三个小时没人管", by_id=voice.care_id,
                                      store_id=voice.store_id, now=RECEIVED)
    page, clock = _page(db, runner, qtbot, RECEIVED + timedelta(minutes=59))
    assert page.model.record(0).sla_state == "due_soon"
    assert "15 分钟内到期 1" in page.counts.text()
    page.resize(1366, 700)
    clock["now"] = RECEIVED + timedelta(minutes=61)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh_button.click()
    row = page.model.record(0)
    assert (row.sla_state, row.owner_name, row.escalation_level) == ("overdue", "周敏", 1)
    assert "超时 1" in page.counts.text() and "自动升级 1" in page.status.text()
    assert page.step_buttons["contacted"].isEnabled()
    assert not page.step_buttons["closed"].isEnabled()
    set_actor(Actor("林娜", "customer_care", staff_id=voice.care_id, desk="客服"))  # signs in
    page.note.setText("已电话致歉，约明天到店")
    with qtbot.waitSignal(page.step_taken, timeout=10_000) as taken:
        qtbot.mouseClick(page.step_buttons["contacted"], Qt.MouseButton.LeftButton)
    assert taken.args[0].status == "contacted"
    qtbot.waitUntil(lambda: page.history.count() == 3, timeout=10_000)
    assert "林娜" in page.history.item(2).text() and "已电话致歉" in page.history.item(2).text()
    assert "系统" in page.history.item(1).text()
    qtbot.waitUntil(lambda: page.step_buttons["proposed"].isEnabled(), timeout=10_000)
    with qtbot.waitSignal(page.step_taken, timeout=10_000):
        qtbot.mouseClick(page.step_buttons["proposed"], Qt.MouseButton.LeftButton)
    with db.session() as s:
        complaint = s.get(Complaint, ident)
        assert complaint.status == "proposed" and complaint.contacted_at is not None
        by = s.scalars(select(ComplaintStepRecord.by_id).where(
            ComplaintStepRecord.complaint_id == ident).order_by(ComplaintStepRecord.id)).all()
        assert by == [voice.care_id, None, voice.care_id, voice.care_id]
    page.state_filter.setCurrentIndex(page.state_filter.findData("overdue"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)


def test_survey_dialog_records_a_low_score_and_opens_a_complaint(db, voice, runner, qtbot):
    surveys.schedule_due(db, now=DELIVERED_AT + timedelta(days=3))
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        panel = SurveysPanel(db, runner, 1, acting=lambda: voice.care_id)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    number = panel.model.record(0).number
    panel.number.setText(number.lower())           # typed in from the paper form
    with qtbot.waitSignal(panel.dialog_opened, timeout=10_000) as opened:
        qtbot.mouseClick(panel.number_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    for code, score in (("overall", 3), ("advisor", 4), ("waiting", 1), ("quality", 4)):
        qtbot.mouseClick(dialog.findChild(type(panel.record_button), f"{code}_{score}"),
                         Qt.MouseButton.LeftButton)
    dialog.comment.setText("等待太久")
    assert dialog.scores() == {"overall": 3, "advisor": 4, "waiting": 1, "quality": 4}
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "自动生成投诉" in panel.status.text()
    (row,) = complaints.customer_complaints(db, voice.customer_id)
    assert row.channel == "survey" and row.work_order_number == "WO-20261102-001"


def test_survey_dialog_keeps_the_answers_on_a_bad_entry(db, voice, runner, qtbot):
    surveys.schedule_due(db, now=DELIVERED_AT + timedelta(days=3))
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        panel = SurveysPanel(db, runner, 1, acting=lambda: voice.care_id)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    with qtbot.waitSignal(panel.dialog_opened, timeout=10_000) as opened:
        panel.open_survey(panel.model.record(0).id)
    dialog = opened.args[0]
    dialog.set_score("advisor", 5)
    shown: list[str] = []
    messages.bridge().status.connect(shown.append)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.save()
    messages.bridge().status.disconnect(shown.append)
    assert "总体评分" in dialog.error.text() and dialog.isVisible()
    assert shown == [dialog.error.text()]            # the one error path's status bar too
    assert dialog.scores() == {"advisor": 5}


def test_arrival_popup_shows_the_open_complaint(db, voice, qtbot):
    complaints.open_complaint(db, customer_id=voice.customer_id, category="quality",
                              words="刚保养完发动机灯又亮", grade="major", by_id=voice.manager_id,
                              store_id=voice.store_id, vehicle_id=voice.vehicle_id,
                              now=RECEIVED)
    card = reception.arrive(db, PlateRead("粤A12345", 0.98), now=RECEIVED + timedelta(minutes=30))
    assert card.complaint.category == "quality" and card.complaint.owner_name == "周敏"
    popup = ArrivalPopup(card, [], 0)
    qtbot.addWidget(popup)
    text = popup.complaint_label.text()
    assert "维修质量" in text and "重大" in text and "0:30" in text and "周敏" in text
    assert "待联系" in text


def test_voice_page_flags_overdue_complaints_on_its_tab(db, voice, runner, qtbot):
    complaints.open_complaint(db, customer_id=voice.customer_id, category="price",
                              words="收费不透明", store_id=voice.store_id, now=RECEIVED)
    page = VoicePage(db, runner, 1)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "超时 1" in page.tabs.tabText(0), timeout=10_000)
    qtbot.waitUntil(lambda: page.complaints.model.rowCount() == 1, timeout=10_000)
    assert page.complaints.model.record(0).owner_name == "周敏"     # escalated by itself
