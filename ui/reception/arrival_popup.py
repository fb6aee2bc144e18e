"""The arrival pop-up: who is at the gate and the one action reception needs next.

A pop-up shows one `ArrivalCard` and never changes the database itself: its buttons emit
signals that the reception page turns into service calls, and the page hands the updated
card back through `show_card()`. It is non-modal, keyboard-operable (Tab between fields,
Enter on a button, Esc dismisses), and closes itself after `timeout_s` unless someone has
touched it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.arrival_card import ArrivalCard
from ui.i18n import current_language
from ui.widgets.basics import Retranslatable, clear_layout, local_time, mark_invalid
from ui.widgets.code_text import code_text
from ui.widgets.level_text import benefits_text, level_text
from ui.widgets.voice_text import complaint_warning

PURPOSES = ("sales", "service", "pickup", "other")
#: Care notices by urgency: red overdue, amber due soon, green upcoming (local until the
#: palette module holds the status colours).
URGENCY_COLOURS = {"overdue": "#c0392b", "due_soon": "#b9770e", "upcoming": "#1e7e34"}


class ArrivalPopup(Retranslatable, QFrame):
    """One arrival. Signals carry the card they act on."""

    check_in = Signal(object)                  # card
    hand_over = Signal(object, int)            # card, staff id
    open_customer = Signal(int)                # customer id
    confirm_candidate = Signal(object)         # card
    reject_candidate = Signal(object)          # card
    register = Signal(object, dict)            # card, {name, mobile, plate, purpose, kind,
    #                                            consent_plate, consent_contact}
    dismissed = Signal(object)                 # card
    told_in_person = Signal(object, int)       # card, care item id

    def __init__(self, card: ArrivalCard, staff: list[tuple[int, str, str]], timeout_s: int,
                 snapshot: QImage | None = None, parent: QWidget | None = None) -> None:
        # A tool window of the desk (above it, never above other applications); the
        # pop-up stack may dock it into the reception page's panel instead.
        super().__init__(parent, Qt.WindowType.Tool)
        self.setObjectName("arrivalPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#arrivalPopup { background: white; border: 2px solid #2f80ed; border-radius: 8px; }")
        self.setFixedWidth(420)
        self.card = card
        self._staff = staff
        self._snapshot = snapshot
        self.touched = False
        #: Set once the pop-up was closed (it is never shown again).
        self.is_dismissed = False
        self.fields: dict[str, QWidget] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.error = QLabel()
        self._body = QVBoxLayout(self)
        self.hold_close = lambda: False     # the stack: "not now, the pointer is on us"
        self.hold_retry_ms = 2000
        self.close_timer = QTimer(self, singleShot=True)
        self.close_timer.timeout.connect(self._time_out)
        if timeout_s > 0:
            self.close_timer.start(timeout_s * 1000)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.dismiss,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.show_card(card)

    # --- content -------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Show the card again in the desk's new language, keeping what was typed and the
        message shown (a pop-up stays up across a language change in the settings)."""
        typed = {key: _value(widget) for key, widget in self.fields.items()}
        invalid = {key for key, widget in self.fields.items() if widget.property("invalid")}
        focused = QApplication.focusWidget()
        self.show_card(self.card, self.error.text(),
                       focus=focused is not None and self.isAncestorOf(focused))
        for key, widget in self.fields.items():
            if key in typed:
                _set_value(widget, typed[key])
            mark_invalid(widget, key in invalid)

    def show_card(self, card: ArrivalCard, message: str = "", *, focus: bool = True) -> None:
        """Show `card` (after an action changed it), with an optional error `message`;
        the first field or button takes the focus unless `focus` is False."""
        self.card = card
        clear_layout(self._body)
        self.fields, self.buttons = {}, {}
        self.error = QLabel(message)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        if not card.recorded:
            self._build_unrecorded(card)
        elif card.greets:
            self._build_known(card)
        elif card.match == "candidate" and card.candidate is not None:
            self._build_candidate(card)
        elif card.match == "withheld":
            self._build_withheld(card)
        else:
            self._build_unknown(card)
        self._body.addWidget(self.error)
        for widget in self.findChildren(QWidget, "", Qt.FindChildOption.FindDirectChildrenOnly):
            widget.installEventFilter(self)
            if self.isVisible():
                widget.show()
        first = next(iter(self.fields.values()), None) or next(iter(self.buttons.values()), None)
        if first is not None and focus:
            first.setFocus()

    def _label(self, text: str, style: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if style:
            label.setStyleSheet(style)
        self._body.addWidget(label)
        return label

    def _build_known(self, card: ArrivalCard) -> None:
        customer, vehicle = card.customer, card.vehicle
        self.heading = self._label(self.tr("%1 到店").replace("%1", customer.greeting),
                                   "font-size: 20px; font-weight: bold; color: #1f2d3d;")
        self.level_label = self._label(
            f"{customer.name} · {level_text(customer.tier)} · {customer.mobile_masked}")
        benefits = benefits_text(customer.tier)
        if benefits:
            self.benefits_label = self._label(self.tr("等级权益：%1").replace("%1", benefits),
                                              "color: #8e44ad;")
        if customer.notes:
            self.notes_label = self._label(self.tr("备注：%1").replace("%1", customer.notes),
                                           "background: #fff8e1; color: #5d4037; padding: 4px;")
        if vehicle is not None:
            model = " ".join(p for p in (vehicle.brand, vehicle.model, vehicle.colour) if p)
            self._label(f"{vehicle.plate_display}  {model}", "font-size: 15px;")
        if card.lookalikes:
            self._label(self.tr("注意：有 %1 辆车的车牌与此相近，请核对车牌。").replace("%1", str(card.lookalikes)),
                        "color: #b9770e;")
        if card.open_complaint:
            self.complaint_label = self._label(
                complaint_warning(card.complaint) if card.complaint
                else self.tr("⚠ 该客户有未结投诉，请先了解情况再接待。"),
                "background: #fdecea; color: #c0392b; font-weight: bold; padding: 4px;")
        self._build_booking(card)
        for order in card.open_work_orders:
            self._work_order_row(order, card)
        for item in card.care_due:
            self._care_row(item)
        self.visits_label = self._label(self._visits_text(card))
        staff = [self.tr("销售顾问：%1").replace("%1", card.consultant.name if card.consultant else "—"),
                 self.tr("服务顾问：%1").replace("%1", card.advisor.name if card.advisor else "—")]
        self._label("    ".join(staff))
        self._build_known_actions(card)

    def _visits_text(self, card: ArrivalCard) -> str:
        if card.visit_count == 0 or card.last_visit_at is None:
            return self.tr("首次到店")
        return (self.tr("上次到店：%1 · 此前共到店 %2 次")
                .replace("%1", local_time(card.last_visit_at, "%Y-%m-%d"))
                .replace("%2", str(card.visit_count)))

    def _work_order_row(self, order, card: ArrivalCard) -> None:
        """An open work order: one just opened waits for the advisor to check the car in."""
        if order.status == "waiting_check_in":
            advisor = card.advisor.name if card.advisor else "—"
            self._label(self.tr("已开工单 %1，请服务顾问 %2 接车检查").replace("%1", order.number)
                        .replace("%2", advisor), "color: #1e7e34;")
            return
        promised = local_time(order.promised_at, "%H:%M") if order.promised_at else "—"
        self._label(self.tr("在修工单 %1：%2（承诺 %3）").replace("%1", order.number)
                    .replace("%2", code_text(order.status)).replace("%3", promised))

    def _care_row(self, item) -> None:
        """A care item due for the customer, with "told in person" for a stored one; red
        when overdue, amber when due soon."""
        row = QHBoxLayout()
        label = QLabel("• " + (item.en if current_language() == "en" else item.zh))
        label.setWordWrap(True)
        label.setObjectName(f"care_{item.urgency}")
        label.setStyleSheet(f"color: {URGENCY_COLOURS[item.urgency]};")
        row.addWidget(label, 1)
        if item.item_id is not None:
            self._button(row, f"told_{item.item_id}", self.tr("已当面告知"),
                         lambda: self.told_in_person.emit(self.card, item.item_id))
        self._body.addLayout(row)

    def _build_booking(self, card: ArrivalCard) -> None:
        booking = card.booking
        if booking is None:
            return
        times = f"{local_time(booking.slot_start, '%H:%M')}–{local_time(booking.slot_end, '%H:%M')}"
        text = self.tr("今日预约 %1 %2 · %3 · 服务顾问 %4").replace("%1", times) \
            .replace("%2", "、".join(booking.items)).replace("%3", booking.bay_name) \
            .replace("%4", booking.advisor_name or "—")
        self._label(text, "background: #eaf2fd; padding: 4px;")

    def _build_known_actions(self, card: ArrivalCard) -> None:
        row = QHBoxLayout()
        if card.booking is not None and card.booking.status == "booked":
            self._button(row, "check_in", self.tr("接车登记(&C)"), lambda: self.check_in.emit(self.card), primary=True)
        staff = QComboBox()
        for staff_id, name, role in self._staff:
            staff.addItem(self.tr("%1（%2）").replace("%1", name)
                          .replace("%2", code_text(role)), staff_id)
        host = card.host
        if host is not None and staff.findData(host.id) >= 0:
            staff.setCurrentIndex(staff.findData(host.id))
        self.fields["staff"] = staff
        row.addWidget(staff, 1)
        self._button(row, "hand_over", self.tr("交接(&H)"),
                     lambda: self.hand_over.emit(self.card, staff.currentData()) if staff.count() else None)
        self._body.addLayout(row)
        row2 = QHBoxLayout()
        self._button(row2, "open_customer", self.tr("客户档案(&O)"),
                     lambda: self.open_customer.emit(self.card.customer.id))
        self._button(row2, "dismiss", self.tr("关闭"), self.dismiss)
        self._body.addLayout(row2)

    def _build_candidate(self, card: ArrivalCard) -> None:
        candidate = card.candidate
        who = candidate.customer.greeting if candidate.customer else self.tr("未登记车主")
        self._label(self.tr("请确认来车"), "font-size: 18px; font-weight: bold; color: #b9770e;")
        self._snapshot_label()
        self.question = self._label(
            self.tr("%1 — 是否为 %2（%3）？").replace("%1", card.plate_display)
            .replace("%2", candidate.vehicle.plate_display).replace("%3", who), "font-size: 15px;")
        row = QHBoxLayout()
        self._button(row, "confirm", self.tr("是，确认(&Y)"), lambda: self.confirm_candidate.emit(self.card), primary=True)
        self._button(row, "reject", self.tr("不是(&N)"), lambda: self.reject_candidate.emit(self.card))
        self._button(row, "dismiss", self.tr("关闭"), self.dismiss)
        self._body.addLayout(row)

    def _build_unrecorded(self, card: ArrivalCard) -> None:
        self._label(self.tr("到店未记录"), "font-size: 18px; font-weight: bold; color: #c0392b;")
        self._snapshot_label()
        self.plate_label = self._label(card.plate_display, "font-size: 20px; font-weight: bold;")
        self._label(self.tr("%1 到店").replace("%1", local_time(card.arrived_at, "%H:%M:%S")))
        row = QHBoxLayout()
        self._button(row, "dismiss", self.tr("关闭"), self.dismiss)
        self._body.addLayout(row)

    def _build_withheld(self, card: ArrivalCard) -> None:
        """A customer without plate-recognition consent: that a car came, nothing more (no
        plate, no snapshot, no name); reception greets them as any visitor at the door."""
        self._label(self.tr("车辆到店"), "font-size: 18px; font-weight: bold; color: #1f2d3d;")
        self._label(self.tr("%1 到店").replace("%1", local_time(card.arrived_at, "%H:%M:%S")))
        self._label(self.tr("该车主未同意车牌识别，不显示其身份与车辆信息。"), "color: #555;")
        row = QHBoxLayout()
        self._button(row, "dismiss", self.tr("关闭"), self.dismiss)
        self._body.addLayout(row)

    def _build_unknown(self, card: ArrivalCard) -> None:
        self._label(self.tr("新访客"), "font-size: 18px; font-weight: bold; color: #1f2d3d;")
        self._snapshot_label()
        if card.match == "ambiguous":
            self._label(self.tr("识别结果与多辆车相近（%1），无法确定是哪位客户，请人工核对。")
                        .replace("%1", "、".join(card.candidate_plates)), "color: #b9770e;")
        form = QFormLayout()
        plate = QLineEdit(card.plate)
        name = QLineEdit()
        salutation = QComboBox()
        for value, text in (("先生", self.tr("先生")), ("女士", self.tr("女士")),
                            ("", self.tr("（不称呼）"))):
            salutation.addItem(text, value)
        mobile = QLineEdit()
        purpose = QComboBox()
        for key in PURPOSES:
            purpose.addItem(code_text(key), key)
        kind = QComboBox()
        kind.addItem(self.tr("潜在客户（看车）"), "prospect")
        kind.addItem(self.tr("售后客户"), "service")
        purpose.currentIndexChanged.connect(
            lambda: kind.setCurrentIndex(1 if purpose.currentData() in ("service", "pickup") else 0))
        consent_plate = QCheckBox(self.tr("同意（下次到店识别问候）"))
        consent_contact = QCheckBox(self.tr("同意回访邀约"))
        self.fields.update(plate=plate, name=name, salutation=salutation, mobile=mobile,
                           purpose=purpose, kind=kind, consent_plate=consent_plate,
                           consent_contact=consent_contact)
        form.addRow(self.tr("车牌（可更正）"), plate)
        form.addRow(self.tr("姓名"), name)
        form.addRow(self.tr("称呼"), salutation)
        form.addRow(self.tr("手机号"), mobile)
        form.addRow(self.tr("来访目的"), purpose)
        form.addRow(self.tr("登记为"), kind)
        form.addRow(self.tr("车牌识别"), consent_plate)
        form.addRow(self.tr("回访邀约"), consent_contact)
        self._body.addLayout(form)
        row = QHBoxLayout()
        self._button(row, "register", self.tr("登记(&R)"), self._emit_register, primary=True)
        self._button(row, "dismiss", self.tr("关闭"), self.dismiss)
        self._body.addLayout(row)

    def _snapshot_label(self) -> None:
        if self._snapshot is None or self._snapshot.isNull():
            return
        label = QLabel()
        label.setPixmap(QPixmap.fromImage(self._snapshot).scaledToWidth(
            min(380, self._snapshot.width() * 3), Qt.TransformationMode.SmoothTransformation))
        self._body.addWidget(label)
        self.snapshot_label = label

    def _button(self, row: QHBoxLayout, key: str, text: str, action, primary: bool = False) -> None:
        button = QPushButton(text)
        button.setAutoDefault(True)
        if primary:
            button.setProperty("primary", True)
        button.clicked.connect(action)
        self.buttons[key] = button
        row.addWidget(button)

    def _emit_register(self) -> None:
        values = {key: _value(w) for key, w in self.fields.items()}
        self.register.emit(self.card, {key: value.strip() if isinstance(value, str) else value
                                       for key, value in values.items()})

    # --- behaviour -----------------------------------------------------------------------
    def show_error(self, message: str, field: str | None = None) -> None:
        """Show why an action was refused; what was typed stays."""
        self.error.setText(message)
        for key, widget in self.fields.items():
            mark_invalid(widget, key == field)
        if field in self.fields:
            self.fields[field].setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any key press or click on the pop-up keeps it open (someone is dealing with it)."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.FocusIn) \
                and event.spontaneous():
            self.touch()
        return False

    def touch(self) -> None:
        """Someone is working on this pop-up: stop the automatic close."""
        self.touched = True
        self.close_timer.stop()

    def keyPressEvent(self, event) -> None:
        """A key on the pop-up itself counts as touching it."""
        self.touch()
        super().keyPressEvent(event)

    def _time_out(self) -> None:
        """Close after the timeout, unless the stack holds it (the pointer rests on it)."""
        if self.hold_close():
            self.close_timer.start(self.hold_retry_ms)
        else:
            self.dismiss()

    def dismiss(self) -> None:
        """Close the pop-up (the arrival stays in today's list)."""
        self.is_dismissed = True
        self.close_timer.stop()
        self.dismissed.emit(self.card)
        self.close()


def _value(widget: QWidget):
    """What a field of the pop-up holds: a combo box's data, a check box's state, a line's
    text."""
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    return widget.text()


def _set_value(widget: QWidget, value) -> None:
    """Put `value` (as `_value` read it) back into a field."""
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    else:
        widget.setText(value)
