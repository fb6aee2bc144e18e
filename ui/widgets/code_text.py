"""Translatable names of the desk's codes (statuses, results, channels, tiers, roles,
visit purposes…).

The Chinese source strings are marked with QT_TRANSLATE_NOOP so lupdate collects them; the
functions translate them through the current translator.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "ServiceText"

_TEXTS: dict[str, str] = {
    # customer tiers
    "gold": QT_TRANSLATE_NOOP("ServiceText", "金卡"),
    "silver": QT_TRANSLATE_NOOP("ServiceText", "银卡"),
    "bronze": QT_TRANSLATE_NOOP("ServiceText", "铜卡"),
    "standard": QT_TRANSLATE_NOOP("ServiceText", "普通"),
    # staff roles
    "reception": QT_TRANSLATE_NOOP("ServiceText", "前台"),
    "sales_consultant": QT_TRANSLATE_NOOP("ServiceText", "销售顾问"),
    "service_advisor": QT_TRANSLATE_NOOP("ServiceText", "服务顾问"),
    "technician": QT_TRANSLATE_NOOP("ServiceText", "技师"),
    "customer_care": QT_TRANSLATE_NOOP("ServiceText", "客服"),
    "manager": QT_TRANSLATE_NOOP("ServiceText", "店长"),
    # why a visitor came
    "unknown": QT_TRANSLATE_NOOP("ServiceText", "待确认"),
    "sales": QT_TRANSLATE_NOOP("ServiceText", "看车购车"),
    "service": QT_TRANSLATE_NOOP("ServiceText", "保养维修"),
    "pickup": QT_TRANSLATE_NOOP("ServiceText", "提车"),
    "other": QT_TRANSLATE_NOOP("ServiceText", "其他"),
    # work-order statuses
    "waiting_check_in": QT_TRANSLATE_NOOP("ServiceText", "待接车"),
    "diagnosing": QT_TRANSLATE_NOOP("ServiceText", "诊断中"),
    "awaiting_approval": QT_TRANSLATE_NOOP("ServiceText", "待客户确认"),
    "in_repair": QT_TRANSLATE_NOOP("ServiceText", "维修中"),
    "quality_check": QT_TRANSLATE_NOOP("ServiceText", "质检中"),
    "ready_for_pickup": QT_TRANSLATE_NOOP("ServiceText", "待交车"),
    "delivered": QT_TRANSLATE_NOOP("ServiceText", "已交车"),
    "cancelled": QT_TRANSLATE_NOOP("ServiceText", "已取消"),
    # line kinds and approvals
    "labour": QT_TRANSLATE_NOOP("ServiceText", "工时"),
    "part": QT_TRANSLATE_NOOP("ServiceText", "配件"),
    "pending": QT_TRANSLATE_NOOP("ServiceText", "待确认"),
    "approved": QT_TRANSLATE_NOOP("ServiceText", "已同意"),
    "declined": QT_TRANSLATE_NOOP("ServiceText", "已拒绝"),
    # inspection results
    "ok": QT_TRANSLATE_NOOP("ServiceText", "正常"),
    "attention": QT_TRANSLATE_NOOP("ServiceText", "需关注"),
    "urgent": QT_TRANSLATE_NOOP("ServiceText", "紧急"),
    # booking statuses and channels
    "booked": QT_TRANSLATE_NOOP("ServiceText", "已预约"),
    "checked_in": QT_TRANSLATE_NOOP("ServiceText", "已到店"),
    "no_show": QT_TRANSLATE_NOOP("ServiceText", "未到店"),
    "completed": QT_TRANSLATE_NOOP("ServiceText", "已完成"),
    "phone": QT_TRANSLATE_NOOP("ServiceText", "电话预约"),
    "app": QT_TRANSLATE_NOOP("ServiceText", "APP 预约"),
    "walk_in": QT_TRANSLATE_NOOP("ServiceText", "到店预约"),
    "advisor_on_behalf": QT_TRANSLATE_NOOP("ServiceText", "顾问代客预约"),
    "wechat": QT_TRANSLATE_NOOP("ServiceText", "微信预约"),
    "normal": QT_TRANSLATE_NOOP("ServiceText", "普通工位"),
    "quick_lane": QT_TRANSLATE_NOOP("ServiceText", "快修通道"),
}

#: Inspection checklist item names as sources, so the checklist reads in English too.
CHECKLIST_TEXTS: dict[str, str] = {
    "机油": QT_TRANSLATE_NOOP("ServiceText", "机油"),
    "机滤": QT_TRANSLATE_NOOP("ServiceText", "机滤"),
    "空气滤芯": QT_TRANSLATE_NOOP("ServiceText", "空气滤芯"),
    "空调滤芯": QT_TRANSLATE_NOOP("ServiceText", "空调滤芯"),
    "轮胎及胎压": QT_TRANSLATE_NOOP("ServiceText", "轮胎及胎压"),
    "刹车": QT_TRANSLATE_NOOP("ServiceText", "刹车"),
    "蓄电池": QT_TRANSLATE_NOOP("ServiceText", "蓄电池"),
    "灯光": QT_TRANSLATE_NOOP("ServiceText", "灯光"),
    "雨刮": QT_TRANSLATE_NOOP("ServiceText", "雨刮"),
    "底盘": QT_TRANSLATE_NOOP("ServiceText", "底盘"),
    "冷却液": QT_TRANSLATE_NOOP("ServiceText", "冷却液"),
}


def code_text(code: str) -> str:
    """The translated name of a status, result, kind or channel code (the code if unknown)."""
    source = _TEXTS.get(str(code))
    return QCoreApplication.translate(_CONTEXT, source) if source else str(code)


def checklist_text(item: str) -> str:
    """A checklist item's name in the current language."""
    return QCoreApplication.translate(_CONTEXT, item) if item in CHECKLIST_TEXTS else item
