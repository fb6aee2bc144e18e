"""Names of the voice codes (categories, grades, steps, SLA states…) in the desk's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.complaint_sla import format_age

_CONTEXT = "VoiceText"
_TEXTS = {
    "attitude": QT_TRANSLATE_NOOP("VoiceText", "服务态度"),
    "quality": QT_TRANSLATE_NOOP("VoiceText", "维修质量"),
    "waiting": QT_TRANSLATE_NOOP("VoiceText", "等待时间"),
    "price": QT_TRANSLATE_NOOP("VoiceText", "价格"),
    "parts": QT_TRANSLATE_NOOP("VoiceText", "配件"),
    "sales": QT_TRANSLATE_NOOP("VoiceText", "销售"),
    "ordinary": QT_TRANSLATE_NOOP("VoiceText", "一般"),
    "major": QT_TRANSLATE_NOOP("VoiceText", "重大"),
    "open": QT_TRANSLATE_NOOP("VoiceText", "待联系"),
    "contacted": QT_TRANSLATE_NOOP("VoiceText", "已联系"),
    "proposed": QT_TRANSLATE_NOOP("VoiceText", "已提方案"),
    "accepted": QT_TRANSLATE_NOOP("VoiceText", "客户接受"),
    "closed": QT_TRANSLATE_NOOP("VoiceText", "已结案"),
    "received": QT_TRANSLATE_NOOP("VoiceText", "受理"),
    "escalated": QT_TRANSLATE_NOOP("VoiceText", "升级"),
    "reopened": QT_TRANSLATE_NOOP("VoiceText", "重新打开"),
    "on_time": QT_TRANSLATE_NOOP("VoiceText", "按时"),
    "due_soon": QT_TRANSLATE_NOOP("VoiceText", "15 分钟内到期"),
    "overdue": QT_TRANSLATE_NOOP("VoiceText", "已超时"),
    "done": QT_TRANSLATE_NOOP("VoiceText", "已完成"),
    "phone": QT_TRANSLATE_NOOP("VoiceText", "电话"),
    "store": QT_TRANSLATE_NOOP("VoiceText", "到店"),
    "survey": QT_TRANSLATE_NOOP("VoiceText", "回访"),
    "web": QT_TRANSLATE_NOOP("VoiceText", "网页"),
    "paper": QT_TRANSLATE_NOOP("VoiceText", "纸质问卷"),
    "service": QT_TRANSLATE_NOOP("VoiceText", "维修保养"),
    "delivery": QT_TRANSLATE_NOOP("VoiceText", "新车交付"),
    "due": QT_TRANSLATE_NOOP("VoiceText", "待回访"),
    "answered": QT_TRANSLATE_NOOP("VoiceText", "已回访"),
    "declined": QT_TRANSLATE_NOOP("VoiceText", "客户拒访"),
}
#: The verb on each step's button.
_BUTTONS = {
    "contacted": QT_TRANSLATE_NOOP("VoiceText", "已联系客户"),
    "escalated": QT_TRANSLATE_NOOP("VoiceText", "升级给经理"),
    "proposed": QT_TRANSLATE_NOOP("VoiceText", "提出解决方案"),
    "accepted": QT_TRANSLATE_NOOP("VoiceText", "客户已接受"),
    "closed": QT_TRANSLATE_NOOP("VoiceText", "结案"),
    "reopened": QT_TRANSLATE_NOOP("VoiceText", "重新打开"),
}
_WARNING = QT_TRANSLATE_NOOP("VoiceText", "⚠ 未结投诉（%1·%2）：已 %3，%4，负责人 %5。请先了解情况再接待。")
#: SLA state colours: the row and the pop-up share them.
STATE_COLOURS = {"on_time": "#1e7e34", "due_soon": "#b9770e", "overdue": "#c0392b",
                 "done": "#5a6470"}


def voice_text(code: str) -> str:
    """The translated name of a voice code (the code itself if unknown)."""
    source = _TEXTS.get(str(code))
    return QCoreApplication.translate(_CONTEXT, source) if source else str(code)


def step_button_text(step: str) -> str:
    """The label of the button that takes `step`."""
    source = _BUTTONS.get(str(step))
    return QCoreApplication.translate(_CONTEXT, source) if source else str(step)


def complaint_warning(brief) -> str:
    """The pop-up's line about an open complaint: category, age, state and owner."""
    text = QCoreApplication.translate(_CONTEXT, _WARNING)
    return (text.replace("%1", voice_text(brief.category)).replace("%2", voice_text(brief.grade))
            .replace("%3", format_age(brief.age)).replace("%4", voice_text(brief.status)
                                                         + " · " + voice_text(brief.sla_state))
            .replace("%5", brief.owner_name or "—"))
