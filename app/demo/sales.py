"""The sales side: quotes in every status, showroom visits, reorders."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from app.demo.catalogue import energy_of
from app.demo.clock import at
from app.demo.context import Context
from app.demo.leads import build_leads
from app.demo.store import DISCOUNT_LIMITS
from app.demo.vehicles import CATALOGUE, Model, pick_colour
from app.domain.money import to_fen
from app.domain.pricing import format_quote_number, purchase_tax
from app.models import (
    MatchKind,
    QuoteLineKind,
    QuoteStatus,
    ReplenishmentStatus,
    StaffRole,
    VisitPurpose,
)

QUOTE_AGES = {QuoteStatus.DRAFT: (0, 0), QuoteStatus.GIVEN: (0, 5),
              QuoteStatus.ACCEPTED: (1, 20), QuoteStatus.EXPIRED: (20, 60)}


def build_sales(ctx: Context) -> None:
    """Quotes and showroom visits for prospects, replenishment requests."""
    statuses = list(QuoteStatus)
    quoted = {}
    for n, (customer_id, consultant_id) in enumerate(ctx.prospects[:24]):
        quoted[customer_id] = _quote(ctx, n + 1, customer_id, consultant_id,
                                     statuses[n % len(statuses)])
        _showroom_visit(ctx, customer_id, consultant_id)
    _replenishment(ctx)
    build_leads(ctx, quoted)


def _quote(ctx: Context, n: int, customer_id: int, consultant_id: int,
           status: QuoteStatus) -> tuple[int, str]:
    """One quote in `status`: (its id, the model quoted)."""
    rng = ctx.rng
    low, high = QUOTE_AGES[status]
    day = ctx.today - timedelta(days=rng.randint(low, high))
    model = rng.choice([m for m in CATALOGUE if m.own_brand])
    trim, msrp = rng.choice(model.trims)
    discount = Decimal(rng.randrange(2000, 12000, 500))
    approved = discount > DISCOUNT_LIMITS[StaffRole.SALES_CONSULTANT] and status != QuoteStatus.DRAFT
    created = at(day, rng.randint(10 * 60, 18 * 60))
    quote_id = ctx.writer.add("quotes", {
        "store_id": ctx.store_id, "number": format_quote_number(day, n), "revision": 1,
        "revision_of_id": None, "customer_id": customer_id, "consultant_id": consultant_id,
        "brand": model.brand, "model": model.model, "trim": trim, "model_year": day.year,
        "colour": pick_colour(rng), "new_energy": model.new_energy, "status": status,
        "valid_until": day + timedelta(days=7), "notes": "", "created_at": created,
        "version_id": 1, "quote_date": day, "energy": energy_of(model, trim),
        "catalogue_vehicle_id": ctx.catalogue.get((model.model, trim)),
        "approved_by_id": ctx.one(StaffRole.MANAGER) if approved else None,
        "approved_at": created + timedelta(minutes=20) if approved else None,
    })
    _quote_lines(ctx, quote_id, model, trim, msrp, discount, day)
    for lender, product, down, term, rate, fees, free in rng.sample(ctx.finance, 2):
        ctx.writer.add("quote_finance_plans", {
            "quote_id": quote_id, "lender": lender, "down_payment_pct": Decimal(down),
            "term_months": term, "annual_rate": rate, "fees": fees, "product": product,
            "interest_free": free})
    return quote_id, f"{model.model} {trim}"


def _quote_lines(ctx: Context, quote_id: int, model: Model, trim: str, msrp: Decimal,
                 discount: Decimal, day: date) -> None:
    rng = ctx.rng
    subsidy = Decimal(rng.choice((0, 5000, 8000, 10000)))
    tax = purchase_tax(msrp - subsidy - discount, energy_of(model, trim), day).tax
    lines = [
        (QuoteLineKind.MSRP, "厂商指导价", "MSRP", msrp),
        (QuoteLineKind.SUBSIDY, "厂方补贴", "Manufacturer subsidy", subsidy),
        (QuoteLineKind.DISCOUNT, "门店优惠", "Store discount", discount),
        (QuoteLineKind.ACCESSORY, "全车脚垫", "Floor mats", Decimal("800.00")),
        (QuoteLineKind.ACCESSORY, "行车记录仪", "Dash camera", Decimal("1200.00")),
        (QuoteLineKind.INSURANCE, "交强险", "Compulsory traffic insurance", Decimal("950.00")),
        (QuoteLineKind.INSURANCE, "商业险（车损 + 三者 200 万）", "Own damage + third party 2M",
         Decimal("4800.00")),
        (QuoteLineKind.PURCHASE_TAX, "车辆购置税", "Purchase tax", tax),
        (QuoteLineKind.REGISTRATION, "上牌服务费", "Registration", Decimal("800.00")),
    ]
    for position, (kind, label, label_en, amount) in enumerate(lines):
        ctx.writer.add("quote_lines", {"quote_id": quote_id, "position": position, "kind": kind,
                                       "label": label, "label_en": label_en,
                                       "amount": to_fen(amount)})


def _showroom_visit(ctx: Context, customer_id: int, consultant_id: int) -> None:
    rng = ctx.rng
    day = ctx.today - timedelta(days=rng.randint(1, 45))
    arrived = at(day, rng.randint(10 * 60, 18 * 60))
    ctx.writer.add("visits", {
        "arrived_at": arrived, "plate_read": "", "plate_color": None, "confidence": None,
        "snapshot_path": None, "camera": "reception", "match": MatchKind.UNKNOWN,
        "vehicle_id": None, "customer_id": customer_id, "candidate_vehicle_id": None,
        "purpose": VisitPurpose.SALES,
        "outcome": rng.choice(("产品介绍", "试乘试驾", "报价后离店", "预约再次到店")),
        "handled_by_id": consultant_id, "handed_over_at": arrived + timedelta(minutes=2),
    })


def _replenishment(ctx: Context) -> None:
    """Reorders for the parts below threshold, except the last (left for the desk to raise)."""
    low = [(code, p) for code, p in ctx.parts.items()
           if ctx.stock[code].available < p["low_stock_threshold"]]
    for _code, part in low[:-1]:
        ctx.writer.add("replenishment_requests", {
            "part_id": part["id"], "store_id": ctx.store_id, "qty": part["low_stock_threshold"] * 3,
            "status": ReplenishmentStatus.OPEN, "created_at": at(ctx.today, 8 * 60)})
