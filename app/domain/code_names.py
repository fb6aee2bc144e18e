"""The names of the store's codes (statuses, tiers, roles, channels …), in Chinese and English.

The one source: the screen translates through Qt from it (`ui.widgets.code_text`), print
takes its names directly (`label`). A code added to a model or the domain gets its names
here; the screen walker (`tests/ui/walker.py`) fails on any code shown raw.
"""

from __future__ import annotations

#: code: (zh, en)
CODE_NAMES: dict[str, tuple[str, str]] = {
    # customer tiers, kinds and sources
    "gold": ("金卡", "Gold"), "silver": ("银卡", "Silver"), "bronze": ("铜卡", "Bronze"),
    "standard": ("普通", "Standard"),
    "prospect": ("潜在客户", "Prospect"), "customer": ("客户", "Customer"),
    "walk_in": ("到店", "Walk-in"), "gate": ("道闸识别", "Gate camera"),
    "phone": ("电话", "Phone"), "online": ("网络", "Online"), "referral": ("转介绍", "Referral"),
    "event": ("车展活动", "Event"), "other": ("其他", "Other"),
    # what a customer search matched on
    "plate": ("车牌", "Plate"), "mobile": ("手机号", "Mobile"),
    "mobile_tail": ("手机后四位", "Mobile (last 4)"), "name": ("姓名", "Name"),
    "initials": ("拼音首字母", "Initials"),
    # staff roles
    "reception": ("前台", "Reception"), "sales_consultant": ("销售顾问", "Sales consultant"),
    "service_advisor": ("服务顾问", "Service advisor"), "technician": ("技师", "Technician"),
    "customer_care": ("客服", "Customer care"), "manager": ("店长", "Manager"),
    # why a visitor came; how a plate matched
    "unknown": ("待确认", "To be confirmed"), "sales": ("看车购车", "Buying a car"),
    "service": ("保养维修", "Service / repair"), "pickup": ("提车", "Pick-up"),
    "exact": ("已识别", "Recognised"), "candidate": ("待核对", "To check"),
    "ambiguous": ("多车相近", "Ambiguous"),
    # work-order statuses
    "waiting_check_in": ("待接车", "Waiting for check-in"), "diagnosing": ("诊断中", "Diagnosing"),
    "awaiting_approval": ("待客户确认", "Awaiting approval"), "in_repair": ("维修中", "In repair"),
    "quality_check": ("质检中", "Quality check"), "ready_for_pickup": ("待交车", "Ready for pick-up"),
    "delivered": ("已交车", "Delivered"), "cancelled": ("已取消", "Cancelled"),
    # work-order lines and inspection
    "labour": ("工时", "Labour"), "part": ("配件", "Part"),
    "pending": ("待确认", "Pending"), "approved": ("已同意", "Approved"),
    "declined": ("已拒绝", "Declined"),
    "ok": ("正常", "OK"), "attention": ("需关注", "Attention"), "urgent": ("紧急", "Urgent"),
    # bookings, bays
    "booked": ("已预约", "Booked"), "checked_in": ("已到店", "Arrived"),
    "no_show": ("未到店", "No-show"), "completed": ("已完成", "Completed"),
    "app": ("APP 预约", "App"), "advisor_on_behalf": ("顾问代客预约", "Advisor on the customer's behalf"),
    "wechat": ("微信预约", "WeChat"), "normal": ("普通工位", "Bay"), "quick_lane": ("快修通道", "Quick lane"),
    # reception's expected visitors
    "arrived": ("已到店", "Arrived"), "not_yet": ("未到", "Not yet"), "late": ("迟到", "Late"),
    # quotes
    "draft": ("草稿", "Draft"), "given": ("已交客户", "Given"), "accepted": ("已接受", "Accepted"),
    "expired": ("已过期", "Expired"),
    # energy
    "petrol": ("燃油", "Petrol"), "hybrid": ("油电混动", "Hybrid"), "phev": ("插电混动", "Plug-in hybrid"),
    "bev": ("纯电动", "Electric"),
    # complaints, replenishment
    "ordinary": ("一般", "Ordinary"), "major": ("重大", "Major"), "open": ("未处理", "Open"),
    "resolved": ("已解决", "Resolved"), "ordered": ("已订货", "Ordered"), "received": ("已到货", "Received"),
    # the cashier: payment methods and kinds, bills, invoices
    "cash": ("现金", "Cash"), "card": ("银行卡", "Card"), "wechat_pay": ("微信支付", "WeChat Pay"),
    "alipay": ("支付宝", "Alipay"), "transfer": ("转账", "Bank transfer"),
    "payment": ("收款", "Payment"), "refund": ("退款", "Refund"), "deposit": ("订金", "Deposit"),
    "unsettled": ("未结清", "Unsettled"), "settled": ("已结清", "Settled"), "company": ("企业", "Company"),
    "personal": ("个人", "Personal"),
    # purchasing, special orders, accident cases
    "partly_received": ("部分到货", "Partly received"),
    "waiting_part": ("待配件", "Waiting for parts"), "part_arrived": ("配件已到", "Part arrived"),
    "accident": ("事故车", "Accident"), "rescue_call": ("救援电话", "Rescue call"),
    "reported": ("已报案", "Reported"), "towing": ("拖车中", "Towing"),
    "on_site": ("已到店", "At the store"), "assessed": ("已定损", "Assessed"),
    # the gate camera's states (prefixed: a camera "online" is not the customer source)
    "camera.online": ("在线", "online"), "camera.reconnecting": ("重新连接中", "reconnecting"),
    "camera.offline": ("离线", "offline"), "camera.none": ("未配置", "not configured"),
    "camera.connecting": ("连接中", "connecting"), "camera.ended": ("视频已结束", "video ended"),
}


def label(code: str, language: str = "zh") -> str:
    """The code's name in 'zh' or 'en' (for print); the code itself when it has none."""
    names = CODE_NAMES.get(str(code))
    if names is None:
        return str(code)
    return names[1] if language.startswith("en") else names[0]
