"""Recording a survey's answers by phone (or from a returned paper form) in under a minute.

One row of score buttons per question (a click per answer, the keyboard's digits work on the
focused row too), a comment line, and Save. A low score tells the agent that a complaint
was opened.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.domain.plates import format_plate
from app.domain.survey_templates import SurveyPolicy
from app.services import surveys
from ui.i18n import current_language
from ui.messages import error_text, show_error
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable, local_time, mark_invalid
from ui.widgets.code_text import code_text


class SurveyDialog(Retranslatable, QDialog):
    """The questions of one survey with score buttons; `recorded` carries the outcome."""

    recorded = Signal(object)    # surveys.RecordedSurvey
    failed = Signal(object)

    def __init__(self, db: Database, runner: TaskRunner, form: surveys.SurveyForm,
                 by_id: int | None, parent: QWidget | None = None, *,
                 policy: SurveyPolicy = SurveyPolicy()) -> None:
        super().__init__(parent)
        self.failed.connect(show_error)
        self._policy = policy
        self._db, self._runner, self._form, self._by_id = db, runner, form, by_id
        row = form.row
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.facts = QLabel(f"{row.number} · {row.customer_name} {row.mobile_masked} · "
                            f"{format_plate(row.plate) or '—'} · {row.work_order_number or ''} · "
                            f"{row.staff_name or '—'} · {local_time(row.event_at, '%Y-%m-%d')}")
        self.groups: dict[str, QButtonGroup] = {}
        self.question_labels: dict[str, QLabel] = {}
        form_layout = QFormLayout()
        english = current_language() == "en"
        for question in form.questions:
            group = QButtonGroup(self)
            group.setExclusive(True)
            buttons = QHBoxLayout()
            for score in range(question.low, question.high + 1):
                button = QPushButton(str(score))
                button.setCheckable(True)
                button.setFixedWidth(44)
                button.setStyleSheet("QPushButton:checked { background: #2f80ed; color: white; "
                                     "font-weight: bold; }")
                button.setObjectName(f"{question.code}_{score}")
                group.addButton(button, score)
                buttons.addWidget(button)
                if form.answers.get(question.code) == score:
                    button.setChecked(True)
            buttons.addStretch(1)
            label = QLabel(question.en if english else question.zh)
            self.question_labels[question.code] = label
            self.groups[question.code] = group
            form_layout.addRow(label, buttons)
        self.comment = QLineEdit(form.comment)
        self.channel = QComboBox()
        for channel in ("phone", "paper"):
            self.channel.addItem(code_text(channel, "survey_channel"), channel)
        self.comment_label, self.channel_label = QLabel(), QLabel()
        form_layout.addRow(self.comment_label, self.comment)
        form_layout.addRow(self.channel_label, self.channel)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addLayout(form_layout)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.setWindowTitle(self.tr("录入回访"))
        self.heading.setText(self.tr("%1满意度回访").replace("%1", code_text(self._form.row.occasion, "survey_occasion")))
        self.comment_label.setText(self.tr("意见与建议"))
        self.channel_label.setText(self.tr("回访方式"))
        self.comment.setPlaceholderText(self.tr("客户的原话（可选）"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

    def scores(self) -> dict[str, int]:
        """The scores chosen so far, by question code."""
        return {code: group.checkedId() for code, group in self.groups.items()
                if group.checkedId() >= 0}

    def set_score(self, code: str, score: int) -> None:
        """Choose `score` for question `code` (as a click on its button does)."""
        self.groups[code].button(score).setChecked(True)

    def save(self) -> None:
        """Record the answers in the background; the dialog stays open on an error."""
        db, key, scores = self._db, self._form.row.id, self.scores()
        comment, channel, by_id = self.comment.text(), self.channel.currentData(), self._by_id
        policy = self._policy
        self.buttons.setEnabled(False)
        self._runner.submit(lambda: surveys.record_answers(db, key, scores, by_id=by_id,
                                                           comment=comment, channel=channel,
                                                           policy=policy),
                            self._saved, self._failed)

    def _saved(self, result) -> None:
        self.buttons.setEnabled(True)
        self.recorded.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
        for code, label in self.question_labels.items():
            mark_invalid(label, getattr(exc, "field", None) == code)
        self.failed.emit(exc)
