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
from tests.app.test_printer import cups_pdf, wait_for  # noqa: F401  (fixtures)
from tests.ui.walker import raw_codes
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


def test_the_complaints_table_shows_each_load_and_language_afresh(db, voice, runner, qtbot,
                                                                 switcher):
    """Cell texts are made once per load: the next load shows the complaint as it stands
    now, and a language change renames the codes in the cells."""
    complaints.open_complaint(db, customer_id=voice.customer_id, category="waiting",
                              words="等了三个小时", by_id=voice.care_id,
                              store_id=voice.store_id, now=RECEIVED)
    page, clock = _page(db, runner, qtbot, RECEIVED + timedelta(minutes=10))
    model = page.model

    def cells() -> list[str]:
        return [model.data(model.index(0, column)) for column in range(model.columnCount())]

    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == cells()[0]
    assert "按时" in cells()[0] and "林娜" in cells() and "待联系" in cells()
    clock["now"] = RECEIVED + timedelta(minutes=61)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh_button.click()
    assert "已超时" in cells()[0] and "周敏" in cells() and "↑" in cells()
    assert page.counts.text().startswith("超时 1")
    switcher.apply("en")
    qtbot.waitUntil(lambda: "Overdue" in cells()[0], timeout=5_000)
    assert not any("已超时" in text or "待联系" in text for text in cells())
    assert page.counts.text().startswith("Overdue 1")       # the counts follow, no reload
    steps = lambda: [page.history.item(i).text() for i in range(page.history.count())]  # noqa: E731
    qtbot.waitUntil(lambda: any("Received" in step for step in steps()), timeout=5_000)
    assert not any("受理" in step for step in steps())     # the steps shown again in English


def test_voice_page_flags_overdue_complaints_on_its_tab(db, voice, runner, qtbot):
    complaints.open_complaint(db, customer_id=voice.customer_id, category="price",
                              words="收费不透明", store_id=voice.store_id, now=RECEIVED)
    page = VoicePage(db, runner, 1)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "超时 1" in page.tabs.tabText(0), timeout=10_000)
    qtbot.waitUntil(lambda: page.complaints.model.rowCount() == 1, timeout=10_000)
    assert page.complaints.model.record(0).owner_name == "周敏"     # escalated by itself


def test_the_shell_escalates_with_no_complaints_page_and_flags_it(db, voice, runner, qtbot):
    """The desk's shell ticks the SLA clock whatever page is shown: no complaints page
    exists here, yet the 61st minute escalates to the manager and raises the banner (with a
    button to the complaints page) that names who is responsible; contact clears it."""
    from PySide6.QtWidgets import QWidget

    from app.settings import Settings
    from ui.complaint_watch import ComplaintWatch
    from ui.main_window import NAVIGATION, MainWindow

    ident = complaints.open_complaint(db, customer_id=voice.customer_id, category="waiting",
                                      words="等了两个小时", by_id=voice.care_id,
                                      store_id=voice.store_id, now=RECEIVED)
    window = MainWindow({key: QWidget() for key in NAVIGATION}, Settings(), "test")
    qtbot.addWidget(window)
    messages.bridge().condition_shown.connect(window.banner.show_condition)
    messages.bridge().condition_cleared.connect(window.banner.clear_condition)
    clock = {"now": RECEIVED + timedelta(minutes=59)}
    watch = ComplaintWatch(db, runner, voice.store_id, clock=lambda: clock["now"])
    try:
        with qtbot.waitSignal(watch.ticked, timeout=10_000) as ticked:
            watch.start()
        assert ticked.args[0].escalated_now == 0
        assert messages.COMPLAINTS_OVERDUE not in messages.bridge().conditions
        clock["now"] = RECEIVED + timedelta(minutes=61)
        with qtbot.waitSignal(watch.ticked, timeout=10_000) as ticked:
            watch.tick()
        assert ticked.args[0].escalated_now == 1
        with db.session() as s:
            complaint = s.get(Complaint, ident)
            assert (complaint.escalation_level, complaint.owner_id) == (1, voice.manager_id)
        text = window.banner.texts()[messages.COMPLAINTS_OVERDUE]
        assert "超时投诉 1 件" in text and "周敏 1 件" in text
        window.banner.buttons[messages.COMPLAINTS_OVERDUE].click()
        assert window.stack.currentIndex() == NAVIGATION.index("voice")
        complaints.take_step(db, ident, "contacted", by_id=voice.manager_id,
                             now=RECEIVED + timedelta(minutes=65))
        clock["now"] = RECEIVED + timedelta(minutes=66)
        with qtbot.waitSignal(watch.ticked, timeout=10_000):
            watch.tick()
        assert messages.COMPLAINTS_OVERDUE not in window.banner.texts()
    finally:
        watch.stop()
        messages.clear_condition(messages.COMPLAINTS_OVERDUE)
        messages.bridge().condition_shown.disconnect(window.banner.show_condition)
        messages.bridge().condition_cleared.disconnect(window.banner.clear_condition)


def test_the_overdue_banner_shows_on_the_owners_and_the_managers_desk_only(db, voice,
                                                                         runner, qtbot):
    """Who is signed in decides the banner: an advisor who owns no overdue complaint sees
    none, the care agent sees hers, the manager sees all; it follows a switch of user."""
    from app.models import Staff
    from ui.complaint_watch import ComplaintWatch

    with db.session() as s:                 # no manager on duty: complaints keep their owner
        s.get(Staff, voice.manager_id).active = False
    complaints.open_complaint(db, customer_id=voice.customer_id, category="waiting",
                              words="等了两个小时", by_id=voice.care_id,
                              store_id=voice.store_id, now=RECEIVED)
    complaints.open_complaint(db, customer_id=voice.customer_id, category="price",
                              words="收费不透明", store_id=voice.store_id, now=RECEIVED)
    clock = {"now": RECEIVED + timedelta(minutes=30)}
    watch = ComplaintWatch(db, runner, voice.store_id, clock=lambda: clock["now"])
    conditions = messages.bridge().conditions
    try:
        set_actor(Actor("陈静", "service_advisor", staff_id=voice.advisor_id))
        with qtbot.waitSignal(watch.ticked, timeout=10_000):
            watch.start()
        assert messages.COMPLAINTS_OVERDUE not in conditions           # nothing overdue yet
        clock["now"] = RECEIVED + timedelta(minutes=61)
        with qtbot.waitSignal(watch.ticked, timeout=10_000) as ticked:
            watch.tick()                    # escalation runs from the advisor's desk too
        assert ticked.args[0].escalated_now == 2 and len(ticked.args[0].overdue) == 2
        assert messages.COMPLAINTS_OVERDUE not in conditions           # owns none
        set_actor(Actor("林娜", "customer_care", staff_id=voice.care_id))   # switch user
        watch.refresh()
        assert conditions[messages.COMPLAINTS_OVERDUE] == "超时投诉 1 件，负责人：林娜 1 件"
        set_actor(Actor("周敏", "manager", staff_id=voice.manager_id))
        watch.refresh()
        text = conditions[messages.COMPLAINTS_OVERDUE]
        assert "超时投诉 2 件" in text and "林娜 1 件" in text and "未分配 1 件" in text
        set_actor(Actor("陈静", "service_advisor", staff_id=voice.advisor_id))
        with qtbot.waitSignal(watch.ticked, timeout=10_000):
            watch.tick()
        assert messages.COMPLAINTS_OVERDUE not in conditions
    finally:
        watch.stop()
        messages.clear_condition(messages.COMPLAINTS_OVERDUE)


def test_the_care_desk_opens_a_due_survey_and_its_answer_closes_the_item(db, voice, runner,
                                                                        qtbot):
    from app.models import CareItem
    from app.services.care_run import run_care
    from ui.care.page import CarePage
    from ui.voice.survey_dialog import SurveyDialog

    now = DELIVERED_AT + timedelta(days=3)
    assert run_care(db, voice.store_id, now=now).created == {"survey": 1}
    page = CarePage(db, runner, voice.store_id, survey_dialog=SurveyDialog, now=now)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.kind.setCurrentIndex(page.kind.findData("survey"))
    qtbot.waitUntil(lambda: page.context is not None, timeout=10_000)
    row = page.current_row()
    assert row.kind == "survey" and page.survey_button.isVisible()
    assert not page.book_button.isVisible()
    with qtbot.waitSignal(page.survey_opened, timeout=10_000) as opened:
        page.record("done")              # "done" on a survey item asks the survey
    dialog = opened.args[0]
    assert dialog.facts.text().startswith(row.detail) and "WO-20261102-001" in dialog.facts.text()
    for code, score in (("overall", 9), ("advisor", 5), ("waiting", 4)):
        qtbot.mouseClick(dialog.findChild(type(page.survey_button), f"{code}_{score}"),
                         Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.loaded, timeout=10_000) as listed:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert listed.args == [0]
    with db.session() as s:
        assert s.get(CareItem, row.id).status == "done"
    assert surveys.due_surveys(db, now=now) == []


def test_survey_settings_from_the_dialog_reach_the_services(db, voice, switcher, runner, qtbot,
                                                           tmp_path, monkeypatch):
    """The delay and the low-score threshold, set in the settings dialog, schedule the next
    survey (through the care desk's run) and judge the answers (the survey list's dialog)."""
    from datetime import UTC

    from app.models import Survey, WorkOrder, WorkOrderStatus
    from app.settings import Settings, load_settings
    from ui.desk import build_window

    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    window = build_window(Settings(store_id=voice.store_id), db, switcher, runner)
    qtbot.addWidget(window)
    runner.drain()
    closed = datetime.now(UTC) - timedelta(days=1)
    with db.session() as s:
        s.add(WorkOrder(number="WO-NEW", store_id=voice.store_id, vehicle_id=voice.vehicle_id,
                        customer_id=voice.customer_id, advisor_id=voice.advisor_id,
                        status=WorkOrderStatus.DELIVERED, opened_at=closed, closed_at=closed))
    dialog = window.open_settings()
    assert dialog.survey_delay.value() == 2 and dialog.survey_low_ten.value() == 4
    dialog.survey_delay.setValue(3)
    dialog.survey_low_ten.setValue(6)
    dialog.accept()
    assert load_settings().survey_delay_days == 3 and load_settings().survey_low_ten == 6
    window.pages["care"].run_today()

    def scheduled():
        with db.session() as s:
            return s.scalars(select(Survey).where(Survey.source_key == "wo:2")).first()

    qtbot.waitUntil(lambda: scheduled() is not None, timeout=10_000)
    survey = scheduled()
    assert survey.due_at == closed + timedelta(days=3)
    number = survey.number
    panel = window.pages["voice"].surveys
    with qtbot.waitSignal(panel.dialog_opened, timeout=10_000) as opened:
        panel.open_survey(number)
    answer = opened.args[0]
    answer.set_score("overall", 6)       # 6 of 10: low with the threshold at 6
    with qtbot.waitSignal(answer.recorded, timeout=10_000) as recorded:
        answer.save()
    assert recorded.args[0].complaint_id is not None
    window.pages["reception"].controller.stop()
    runner.drain()


def test_the_complaint_dialog_stores_the_chosen_work_order(db, voice, runner, qtbot):
    from ui.widgets.voice_panel import CustomerVoicePanel

    panel = CustomerVoicePanel(db, runner, voice.customer_id, voice.store_id)
    qtbot.addWidget(panel)
    dialog = panel.register_complaint()
    qtbot.waitUntil(lambda: dialog.work_order.count() == 2, timeout=10_000)
    assert dialog.vehicle.currentData() is None and dialog.sale.count() == 1
    assert "WO-20261102-001" in dialog.work_order.itemText(1)
    assert "已交车" in dialog.work_order.itemText(1)
    dialog.work_order.setCurrentIndex(1)
    assert dialog.vehicle.currentData() == voice.vehicle_id      # the work order's car
    dialog.category.setCurrentIndex(dialog.category.findData("quality"))
    dialog.words.setPlainText("刹车异响没修好")
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    with db.session() as s:
        complaint = s.scalars(select(Complaint)).one()
        assert (complaint.work_order_id, complaint.vehicle_id) == (voice.work_order_id,
                                                                   voice.vehicle_id)
    row = panel.complaints_model.record(0)
    column = panel.complaints_model.columnCount() - 2
    assert panel.complaints_model.index(0, column).data() == "粤A·12345 · WO-20261102-001"
    assert row.words == "刹车异响没修好"


def _qr_of(pdf, folder) -> str:
    """The QR code decoded from the first page of `pdf`, rendered by pdftoppm."""
    import subprocess

    import cv2

    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf),
                    str(folder / "page")], check=True)
    decoded, _points, _straight = cv2.QRCodeDetector().detectAndDecode(
        cv2.imread(str(folder / "page.png")))
    return decoded


def test_the_paper_form_prints_through_the_one_printing_path(db, voice, runner, qtbot,
                                                            cups_pdf, tmp_path):  # noqa: F811
    """The survey list prints the paper form on the chosen CUPS queue through PrintActions
    (a real CUPS-PDF job, its QR code decoded back) and saves it as PDF the same way."""
    import subprocess

    from ui.widgets.print_actions import PrintActions, PrinterCombo

    surveys.schedule_due(db, now=DELIVERED_AT + timedelta(days=3))
    panel = SurveysPanel(db, runner, voice.store_id, acting=lambda: voice.care_id)
    qtbot.addWidget(panel)
    assert isinstance(panel.printing, PrintActions)
    assert isinstance(panel.printer_combo, PrinterCombo)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1
                    and panel.printer_combo.findData(cups_pdf.queue) >= 0, timeout=10_000)
    number = panel.model.record(0).number
    panel.printer_combo.setCurrentIndex(panel.printer_combo.findData(cups_pdf.queue))
    panel.table.selectRow(0)
    for stale in cups_pdf.output_dir.glob(f"survey-{number}*.pdf"):
        stale.unlink()
    with qtbot.waitSignal(panel.printed, timeout=30_000) as printed:
        panel.print_button.click()
    assert printed.args == [cups_pdf.queue] and cups_pdf.queue in panel.status.text()

    def output():   # the queue writes the file a moment after it takes the job
        done = [p for p in cups_pdf.output_dir.glob(f"survey-{number}*.pdf") if p.stat().st_size]
        if not done:
            return None
        text = subprocess.run(["pdftotext", str(done[0]), "-"], capture_output=True,
                              text=True).stdout
        return done[0] if number in text else None

    paper = wait_for(output, timeout=60)
    assert paper is not None, f"no output in {cups_pdf.output_dir}"
    assert _qr_of(paper, tmp_path) == number
    paper.unlink()
    target = tmp_path / "form.pdf"
    with qtbot.waitSignal(panel.printed, timeout=30_000) as saved:
        panel.save_form(panel.model.record(0).id, str(target))
    assert saved.args == [str(target)] and _qr_of(target, tmp_path) == number


def test_customer_voice_panel_names_voice_codes_by_their_kind_in_both_languages(
        db, voice, runner, qtbot, switcher):
    """A complaint about "sales" and a "declined" survey share their bare codes with a visit
    purpose (看车购车) and a work-order line (已拒绝): the panel shows their own names."""
    from app.domain.code_names import label
    from ui.widgets.voice_panel import CustomerVoicePanel

    complaints.open_complaint(db, customer_id=voice.customer_id, category="sales",
                              words="销售承诺的赠品没给", store_id=voice.store_id, now=RECEIVED)
    surveys.schedule_due(db, now=DELIVERED_AT + timedelta(days=3))
    (due,) = surveys.due_surveys(db, now=DELIVERED_AT + timedelta(days=3))
    surveys.decline(db, due.id, by_id=voice.care_id)
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        panel = CustomerVoicePanel(db, runner, voice.customer_id)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.surveys_model.rowCount() == 1, timeout=10_000)
    panel.show()
    shown = {"zh_CN": ("销售", "客户拒访", "待联系"), "en": ("Sales", "Customer declined", "To contact")}
    for language, (category, status, progress) in shown.items():
        switcher.apply(language)
        cell = lambda model, column: model.index(0, column).data()   # noqa: E731
        assert cell(panel.complaints_model, 1) == category
        assert cell(panel.complaints_model, 3) == progress
        assert cell(panel.surveys_model, 2) == status
        assert raw_codes(panel) == []
    assert label("declined", "zh", kind="survey_status") == "客户拒访"
    assert label("declined", "zh") == "已拒绝"                     # a work-order line's
    assert label("sales", "en", kind="complaint_category") == "Sales"


def test_every_voice_code_has_its_qualified_name():
    from app.domain import complaint_sla, survey_templates
    from app.domain.code_names import CODE_NAMES

    kinds = {"complaint_category": complaint_sla.ComplaintCategory,
             "complaint_grade": complaint_sla.ComplaintGrade,
             "complaint_status": complaint_sla.ComplaintStatus,
             "complaint_step": complaint_sla.ComplaintStep,
             "complaint_channel": complaint_sla.ComplaintChannel,
             "sla_state": complaint_sla.SlaState,
             "survey_occasion": survey_templates.Occasion,
             "survey_channel": survey_templates.SurveyChannel,
             "survey_status": survey_templates.SurveyStatus}
    missing = [f"{kind}.{code}" for kind, enum in kinds.items() for code in enum
               if f"{kind}.{code}" not in CODE_NAMES]
    assert missing == []


def test_declining_a_survey_asks_first(db, voice, runner, qtbot):
    from PySide6.QtWidgets import QPushButton

    surveys.schedule_due(db, now=DELIVERED_AT + timedelta(days=3))
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        panel = SurveysPanel(db, runner, 1, acting=lambda: voice.care_id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.decline_button.click()
    assert panel.model.record(0).number in panel.confirm_box.text()
    panel.confirm_box.findChild(QPushButton, "confirm_back").click()
    assert len(surveys.due_surveys(db, now=DELIVERED_AT + timedelta(days=3))) == 1
    panel.decline_button.click()
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.confirm_box.findChild(QPushButton, "confirm_yes").click()
    assert not surveys.due_surveys(db, now=DELIVERED_AT + timedelta(days=3))
