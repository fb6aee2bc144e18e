"""The "customer's voice" page: complaints and due surveys in two tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.db import Database
from ui.tasks import TaskRunner
from ui.voice.complaints_page import ComplaintsPage
from ui.voice.surveys_panel import SurveysPanel
from ui.widgets.basics import Retranslatable


class VoicePage(Retranslatable, QWidget):
    """Complaints (for care and the manager) and the surveys due."""

    def __init__(self, db: Database, runner: TaskRunner, store_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.complaints = ComplaintsPage(db, runner, store_id)
        self.surveys = SurveysPanel(db, runner, store_id, acting=self.complaints.acting_id)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.complaints, "")
        self.tabs.addTab(self.surveys, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.surveys.refreshed.connect(self._count)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text through the current translator."""
        self.tabs.setTabText(0, self.tr("投诉"))
        self._count()

    def _count(self) -> None:
        count = self.surveys.model.rowCount()
        self.tabs.setTabText(1, self.tr("待回访 (%1)").replace("%1", str(count)))
