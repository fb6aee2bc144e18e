"""The arrival pop-up's line about an open complaint, and the SLA states' colours.

The names of the voice codes (categories, grades, steps, SLA states …) are in the one
code-name table, `app.domain.code_names`, qualified by their kind; see `code_text`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.complaint_sla import format_age
from ui.widgets.code_text import code_text

_CONTEXT = "VoiceText"
_WARNING = QT_TRANSLATE_NOOP("VoiceText", "⚠ 未结投诉（%1·%2）：已 %3，%4，负责人 %5。请先了解情况再接待。")
#: SLA state colours: the row and the pop-up share them.
STATE_COLOURS = {"on_time": "#1e7e34", "due_soon": "#b9770e", "overdue": "#c0392b",
                 "done": "#5a6470"}


def complaint_warning(brief) -> str:
    """The pop-up's line about an open complaint: category, age, state and owner."""
    text = QCoreApplication.translate(_CONTEXT, _WARNING)
    state = (code_text(brief.status, "complaint_status") + " · "
             + code_text(brief.sla_state, "sla_state"))
    return (text.replace("%1", code_text(brief.category, "complaint_category"))
            .replace("%2", code_text(brief.grade, "complaint_grade"))
            .replace("%3", format_age(brief.age)).replace("%4", state)
            .replace("%5", brief.owner_name or "—"))
