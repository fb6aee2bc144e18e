"""The "customer's voice" page: complaints and due surveys in two tabs."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.db import Database
from app.domain.survey_templates import SurveyPolicy
from ui.tasks import TaskRunner
from ui.voice.complaints_page import ComplaintsPage
from ui.voice.surveys_panel import SurveysPanel
from ui.widgets.basics import Retranslatable
from ui.widgets.desk_store import DeskStore


class VoicePage(Retranslatable, QWidget):
    """Complaints (for care and the manager) and the surveys due."""

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | DeskStore | None = None,
                 parent: QWidget | None = None, *,
                 policy: SurveyPolicy = SurveyPolicy()) -> None:
        super().__init__(parent)
        self._overdue = 0
        self.complaints = ComplaintsPage(db, runner, store_id)
        self.surveys = SurveysPanel(db, runner, store_id, acting=self.complaints.acting_id,
                                    policy=policy)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.complaints, "")
        self.tabs.addTab(self.surveys, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.surveys.refreshed.connect(self._count)
        self.complaints.page_loaded.connect(self._flag)
        self.retranslate()

    def set_policy(self, policy: SurveyPolicy) -> None:
        """Schedule and judge surveys by `policy` from now on (the settings changed)."""
        self.surveys.set_policy(policy)

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self._flag(None)
        self._count()

    def _flag(self, page) -> None:
        """Overdue complaints show on the tab, in red, wherever the page is."""
        if page is not None:
            self._overdue = page.counts.get("overdue", 0)
        text = self.tr("投诉 (超时 %1)").replace("%1", str(self._overdue)) if self._overdue \
            else self.tr("投诉")
        self.tabs.setTabText(0, text)
        self.tabs.tabBar().setTabTextColor(0, QColor("#c0392b") if self._overdue else QColor())

    def _count(self) -> None:
        count = self.surveys.model.rowCount()
        self.tabs.setTabText(1, self.tr("待回访 (%1)").replace("%1", str(count)))
