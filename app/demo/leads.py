"""The showroom's pipeline in the demo store: the prospects' leads at every open stage, the
quoted ones with their quote attached, and follow-ups (some overdue). Choices follow from
each prospect's position, so the rest of the demo's random sequence is left as it was."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from app.demo.context import Context
from app.domain.leads import Stage, Timing

#: (stage, needs the quote) in the order prospects are given them.
STAGES = ((Stage.QUOTED, True), (Stage.NEGOTIATING, True), (Stage.NEW, False),
          (Stage.CONTACTED, False), (Stage.VISITED, False), (Stage.TEST_DRIVE, False))
SOURCES = ("walk_in", "gate", "phone", "referral", "online")
FOLLOW_UPS = ("电话回访，确认试驾时间", "发送配置单与金融方案", "邀约周末到店", "确认库存与交车周期")


def build_leads(ctx: Context, quotes: dict[int, tuple[int, str]]) -> None:
    """A lead for each of the first prospects; `quotes` maps a prospect to (quote id, model)."""
    for n, (customer_id, consultant_id) in enumerate(ctx.prospects[:30]):
        stage, quoted = STAGES[n % len(STAGES)]
        quote_id, model = quotes.get(customer_id, (None, ""))
        if quoted and quote_id is None:
            stage = Stage.VISITED
        moved = ctx.now - timedelta(hours=7 * n + 3)
        lead_id = ctx.writer.add("opportunities", {
            "store_id": ctx.store_id, "customer_id": customer_id,
            "consultant_id": consultant_id, "source": SOURCES[n % len(SOURCES)],
            "catalogue_vehicle_id": None, "interest": model or "凯美瑞",
            "budget": Decimal(150000 + 10000 * (n % 12)), "timing": list(Timing)[n % 4].value,
            "stage": stage, "lost_reason": None, "lost_note": "",
            "quote_id": quote_id if quoted else None, "visit_id": None, "referrer_id": None,
            "notes": "", "created_at": moved - timedelta(days=2), "stage_changed_at": moved,
            "version_id": 1})
        ctx.writer.add("opportunity_stage_changes", {
            "store_id": ctx.store_id, "opportunity_id": lead_id, "from_stage": None,
            "to_stage": stage.value, "at": moved, "by_id": consultant_id})
        ctx.writer.add("lead_tasks", {
            "store_id": ctx.store_id, "opportunity_id": lead_id,
            "title": FOLLOW_UPS[n % len(FOLLOW_UPS)],
            "due_at": ctx.now + timedelta(hours=5 * (n % 5) - 6), "done_at": None,
            "done_by_id": None, "created_at": moved})
