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
    # RFM segments (app.domain.care_tiers.Segment)
    "high_value": ("高价值", "High value"), "potential": ("潜力客户", "Potential"),
    "regular": ("常规", "Regular"), "churn_warning": ("流失预警", "Churn warning"),
    "sleeping": ("沉睡", "Sleeping"),
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
    "parts": ("配件专员", "Parts"), "administrator": ("系统管理员", "Administrator"),
    # audit actions
    "create": ("新建", "Created"), "update": ("修改", "Changed"), "view": ("查看", "Viewed"),
    "sign_in": ("登录", "Signed in"), "sign_in_failed": ("登录失败", "Failed sign-in"),
    "sign_out": ("退出登录", "Signed out"), "account_locked": ("账户锁定", "Account locked"),
    "unlock": ("解锁账户", "Account unlocked"), "approve": ("审批", "Approved"),
    "revise": ("修订", "Revised"), "delete": ("删除", "Deleted"),
    "link_store": ("关联本店", "Linked to the store"),   # a group customer, by plate and mobile
    # what a day is for the store (app.domain.working_calendar.DayKind)
    "workday": ("工作日", "Workday"), "weekend": ("周末", "Weekend"),
    "public_holiday": ("法定节假日", "Public holiday"),
    "adjusted_workday": ("调休上班", "Adjusted working day"),
    "store_closed": ("本店闭店", "Store closed"), "store_open": ("本店营业", "Store open"),
    # China's public holidays (chinese-calendar's Holiday names)
    "new_years_day": ("元旦", "New Year's Day"), "spring_festival": ("春节", "Spring Festival"),
    "tomb_sweeping_day": ("清明节", "Tomb-sweeping Day"), "labour_day": ("劳动节", "Labour Day"),
    "dragon_boat_festival": ("端午节", "Dragon Boat Festival"),
    "national_day": ("国庆节", "National Day"),
    "mid_autumn_festival": ("中秋节", "Mid-autumn Festival"),
    "anti_fascist_70th_day": ("抗战胜利70周年纪念日", "Anti-Fascist 70th Day"),
    # why a visitor came; how a plate matched
    "unknown": ("待确认", "To be confirmed"), "sales": ("看车购车", "Buying a car"),
    "service": ("保养维修", "Service / repair"), "pickup": ("提车", "Pick-up"),
    "exact": ("已识别", "Recognised"), "candidate": ("待核对", "To check"),
    "ambiguous": ("多车相近", "Ambiguous"),
    "fleet": ("本店试驾车", "Store's test-drive car"),
    "withheld": ("未识别（未同意车牌识别）", "Not identified (no plate-recognition consent)"),
    # work-order statuses
    "waiting_check_in": ("待接车", "Waiting for check-in"), "diagnosing": ("诊断中", "Diagnosing"),
    "awaiting_approval": ("待客户确认", "Awaiting approval"), "in_repair": ("维修中", "In repair"),
    "quality_check": ("质检中", "Quality check"), "ready_for_pickup": ("待交车", "Ready for pick-up"),
    "delivered": ("已交车", "Delivered"), "cancelled": ("已取消", "Cancelled"),
    # work-order lines and inspection
    "labour": ("工时", "Labour"), "part": ("配件", "Part"),
    "pending": ("待确认", "Pending"), "approved": ("已同意", "Approved"),
    "declined": ("已拒绝", "Declined"),
    "unchecked": ("未检查", "Not checked"), "ok": ("正常", "OK"), "attention": ("需关注", "Attention"), "urgent": ("紧急", "Urgent"),
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
    # transfers between stores
    "requested": ("已申请", "Requested"), "sent": ("已发出", "Sent"),
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
    # what a desk looks at (app.domain.desk_views)
    "desk_view.store": ("本店", "This store"), "desk_view.division": ("大区", "Division"),
    "desk_view.group": ("集团总部", "Head office (every store)"),
    # the gate camera's states (prefixed: a camera "online" is not the customer source)
    "camera.online": ("在线", "online"), "camera.reconnecting": ("重新连接中", "reconnecting"),
    "camera.offline": ("离线", "offline"), "camera.none": ("未配置", "not configured"),
    "camera.connecting": ("连接中", "connecting"), "camera.ended": ("视频已结束", "video ended"),
    # the voice of the customer: qualified by kind (a survey "declined" is not a declined
    # work-order line, a complaint about "sales" is not a visit to buy a car)
    "complaint_category.attitude": ("服务态度", "Service attitude"),
    "complaint_category.quality": ("维修质量", "Repair quality"),
    "complaint_category.waiting": ("等待时间", "Waiting time"),
    "complaint_category.price": ("价格", "Price"), "complaint_category.parts": ("配件", "Parts"),
    "complaint_category.sales": ("销售", "Sales"),
    "complaint_grade.ordinary": ("一般", "Ordinary"), "complaint_grade.major": ("重大", "Major"),
    "complaint_status.open": ("待联系", "To contact"),
    "complaint_status.contacted": ("已联系", "Contacted"),
    "complaint_status.proposed": ("已提方案", "Solution proposed"),
    "complaint_status.accepted": ("客户接受", "Accepted"),
    "complaint_status.closed": ("已结案", "Closed"),
    "complaint_step.received": ("受理", "Received"),
    "complaint_step.contacted": ("已联系", "Contacted"),
    "complaint_step.escalated": ("升级", "Escalated"),
    "complaint_step.proposed": ("已提方案", "Solution proposed"),
    "complaint_step.accepted": ("客户接受", "Accepted"),
    "complaint_step.closed": ("已结案", "Closed"),
    "complaint_step.reopened": ("重新打开", "Reopened"),
    # the verb on the button that takes each step
    "complaint_action.contacted": ("已联系客户", "Contacted the customer"),
    "complaint_action.escalated": ("升级给经理", "Escalate to manager"),
    "complaint_action.proposed": ("提出解决方案", "Propose a solution"),
    "complaint_action.accepted": ("客户已接受", "Customer accepted"),
    "complaint_action.closed": ("结案", "Close"),
    "complaint_action.reopened": ("重新打开", "Reopen"),
    "complaint_channel.phone": ("电话", "Phone"), "complaint_channel.store": ("到店", "In store"),
    "complaint_channel.survey": ("回访", "Survey"), "complaint_channel.web": ("网页", "Web"),
    "sla_state.on_time": ("按时", "On time"),
    "sla_state.due_soon": ("15 分钟内到期", "Due within 15 min"),
    "sla_state.overdue": ("已超时", "Overdue"), "sla_state.done": ("已完成", "Done"),
    "survey_occasion.service": ("维修保养", "Service"),
    "survey_occasion.delivery": ("新车交付", "New car delivery"),
    "survey_channel.phone": ("电话", "Phone"), "survey_channel.paper": ("纸质问卷", "Paper form"),
    "survey_status.due": ("待回访", "Due"), "survey_status.answered": ("已回访", "Answered"),
    "survey_status.declined": ("客户拒访", "Customer declined"),
    # the test-drive fleet and its drives (app.domain.test_drives)
    "test_car.in_service": ("可用", "In service"), "test_car.on_drive": ("试驾中", "Out on a drive"),
    "test_car.retired": ("已退役", "Retired"),
    "test_drive.booked": ("已预约", "Booked"), "test_drive.out": ("试驾中", "Out"),
    "test_drive.returned": ("已还车", "Returned"), "test_drive.cancelled": ("已取消", "Cancelled"),
    # the KPIs (app.domain.kpi) and their levels
    "kpi.invitation_success": ("邀约成功率", "Invitation success"),
    "kpi.reminder_conversion": ("提醒→预约转化率", "Reminder → booking conversion"),
    "kpi.booking_share": ("预约进厂占比", "Bookings share of service arrivals"),
    "kpi.approval_turnaround": ("报价答复时长（小时）", "Approval turnaround (hours)"),
    "kpi.work_order_accuracy": ("工单准确率", "Work-order accuracy"),
    "kpi.lines_changed_after_approval": ("批准后改项率", "Lines changed after approval"),
    "kpi.comebacks": ("30 天返修率", "Comebacks within 30 days"),
    "kpi.satisfaction": ("满意度", "Satisfaction"),
    "kpi.data_completeness": ("客户资料完整率", "Customer data completeness"),
    "kpi.quote_conversion": ("报价→订单转化率", "Quote → order conversion"),
    "kpi.test_drive_conversion": ("试驾→订单转化率", "Test drive → order conversion"),
    "kpi.parts_fill_rate": ("配件满足率", "Parts fill rate"),
    "kpi.refreshment_cost": ("茶歇每次到店成本（元）", "Refreshment cost per visit (yuan)"),
    "kpi_today.arrivals": ("今日到店", "Arrivals today"),
    "kpi_today.expected": ("今日预约", "Booked today"),
    "kpi_today.expected_arrived": ("预约已到", "Booked and arrived"),
    "kpi_today.in_shop": ("在厂车辆", "Cars in the shop"),
    "kpi_today.waiting": ("等待接待", "Customers waiting"),
    "kpi_today.longest_wait_min": ("最长等待（分钟）", "Longest wait (min)"),
    "kpi_today.overdue_updates": ("超时未更新进度", "Progress updates overdue"),
    "kpi_today.open_complaints": ("未结投诉", "Open complaints"),
    "kpi_today.complaints_overdue": ("投诉超时（SLA）", "Complaints past SLA"),
    "kpi_level.store": ("门店", "Store"), "kpi_level.division": ("大区", "Division"),
    "kpi_level.group": ("集团", "Group"), "kpi_level.no_division": ("未分大区", "No division"),
    "kpi_period.week": ("本周", "This week"), "kpi_period.month": ("本月", "This month"),
    # loyalty points (app.domain.points): what a ledger row did, and why
    "points_kind.earn": ("获得", "Earned"), "points_kind.redeem": ("抵扣", "Redeemed"),
    "points_kind.reverse": ("冲销", "Reversed"), "points_kind.adjust": ("人工调整", "Adjusted"),
    "points_source.spend": ("消费", "Spending"), "points_source.referral": ("转介绍", "Referral"),
    "points_source.survey": ("回访问卷", "Survey answered"),
    "points_source.settlement": ("维修结算", "Service bill"),
    "points_source.refreshment": ("点餐", "Refreshment"),
    "points_source.manual": ("手工", "By hand"),
    # refreshments (点餐): menu categories, order states, how an order is paid
    "drink": ("饮品", "Drink"), "snack": ("小食", "Snack"), "lunch": ("午餐", "Lunch"),
    "refreshment_state.new": ("新订单", "New"),
    "refreshment_state.preparing": ("制作中", "Preparing"),
    "refreshment_state.served": ("已送达", "Served"),
    "refreshment_state.cancelled": ("已取消", "Cancelled"),
    # the same states as the lounge's screen words them for the customer
    "lounge_refreshment.new": ("已下单", "Ordered"),
    "lounge_refreshment.preparing": ("制作中", "Being prepared"),
    "lounge_refreshment.served": ("已送达", "Served"),
    "paid_with.free": ("会员免费", "Free (member level)"),
    "paid_with.bill": ("计入账单", "On the bill"), "paid_with.points": ("积分兑换", "Points"),
    # the sales pipeline (潜客/商机), its lost reasons, orders and the delivery checklist
    "lead_stage.new": ("新线索", "New"), "lead_stage.contacted": ("已联系", "Contacted"),
    "lead_stage.visited": ("已到店", "Visited"), "lead_stage.test_drive": ("已试驾", "Test drive"),
    "lead_stage.quoted": ("已报价", "Quoted"), "lead_stage.negotiating": ("议价中", "Negotiating"),
    "lead_stage.ordered": ("已下订", "Ordered"), "lead_stage.delivered": ("已交车", "Delivered"),
    "lead_stage.lost": ("战败", "Lost"),
    "lost_reason.price": ("价格因素", "Price"), "lost_reason.competitor": ("选择竞品", "Chose a competitor"),
    "lost_reason.finance": ("贷款未通过", "Finance refused"),
    "lost_reason.delivery_time": ("交车周期太长", "Delivery too late"),
    "lost_reason.postponed": ("暂缓购车", "Postponed"),
    "lost_reason.unreachable": ("联系不上", "Unreachable"), "lost_reason.other": ("其他", "Other"),
    "purchase_timing.within_month": ("一个月内", "Within a month"),
    "purchase_timing.within_3_months": ("三个月内", "Within 3 months"),
    "purchase_timing.within_6_months": ("半年内", "Within 6 months"),
    "purchase_timing.later": ("半年以上", "Later"),
    "order_status.open": ("待交车", "To deliver"), "order_status.delivered": ("已交车", "Delivered"),
    "order_status.cancelled": ("已取消", "Cancelled"),
    # what became of a cancelled order's deposit
    "deposit_outcome.refunded": ("订金已退还", "Deposit refunded"),
    "deposit_outcome.forfeited": ("订金不退", "Deposit forfeited"),
    "delivery_check.inspected": ("车辆外观内饰检查", "Car inspected with the customer"),
    "delivery_check.documents": ("发票、合格证及随车文件交付", "Invoice and papers handed over"),
    "delivery_check.features": ("车辆功能讲解", "Features explained"),
    "delivery_check.keys": ("钥匙交付", "Keys handed over"),
    "delivery_check.care_intro": ("介绍服务顾问与保养", "Service advisor and care introduced"),
    "delivery_check.photo": ("交车合影", "Delivery photo"),
}


def qualified(code: str, kind: str | None = None) -> str:
    """The table's key of `code`: "kind.code" for a code whose bare name means something
    else elsewhere (a survey's "declined", a complaint's "sales"), the code alone otherwise."""
    return f"{kind}.{code}" if kind else str(code)


def label(code: str, language: str = "zh", kind: str | None = None) -> str:
    """The code's name in 'zh' or 'en' (for print), qualified by `kind` when given; the code
    itself when it has none."""
    names = CODE_NAMES.get(qualified(code, kind))
    if names is None:
        return str(code)
    return names[1] if language.startswith("en") else names[0]
