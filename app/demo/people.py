"""Customers and their vehicles: full detail for the first few hundred, light rows after."""

from __future__ import annotations

from datetime import date, timedelta

from app.demo.clock import add_years, anniversary_on_or_after, at
from app.demo.context import Context, VehiclePlan
from app.demo.names import Person, initials, random_person
from app.demo.showcase import Showcase
from app.demo.vehicles import CATALOGUE, Model, pick_colour, pick_model
from app.domain.plates import PlateColor
from app.models import CustomerKind, CustomerSource, CustomerTier, StaffRole

SOURCES = (CustomerSource.WALK_IN, CustomerSource.ONLINE, CustomerSource.REFERRAL,
           CustomerSource.EVENT, CustomerSource.PHONE, CustomerSource.OTHER)
SOURCE_WEIGHTS = (40, 25, 15, 8, 10, 2)
TIERS = (CustomerTier.GOLD, CustomerTier.SILVER, CustomerTier.BRONZE, CustomerTier.STANDARD)
TIER_WEIGHTS = (8, 20, 32, 40)
NOTES = ("", "", "", "", "偏好上午到店", "需要代步车", "喜欢喝绿茶", "对价格较敏感",
         "请联系其家人代为取车", "周末方便接听电话")


def add_customer(ctx: Context, *, detail: bool, showcase: Showcase | None = None) -> dict:
    """Queue one customer and their vehicles; return the customer row (its tier may change)."""
    rng = ctx.rng
    person = Person(showcase.name, showcase.salutation, initials(showcase.name), "") \
        if showcase else random_person(rng)
    kind = CustomerKind.PROSPECT if not showcase and rng.random() < 0.08 else CustomerKind.CUSTOMER
    customer_id = ctx.writer.new_id("customers")
    vehicles = _vehicle_specs(ctx, kind, showcase)
    since = min((p for _, p, _ in vehicles), default=ctx.today - timedelta(days=rng.randint(1, 400)))
    row = _customer_row(ctx, customer_id, person, kind, since, detail)
    if showcase:
        row.update(tier=showcase.tier, notes=showcase.notes, consent_contact=True,
                   consent_contact_at=since, consent_plate_recognition=True,
                   consent_plate_recognition_at=since)
    ctx.writer.add("customers", row)
    for model, purchase, own in vehicles:
        plan = _add_vehicle(ctx, row, model, purchase, showcase)
        if showcase:
            ctx.showcase[showcase.plate] = plan
        if detail and own and kind == CustomerKind.CUSTOMER and (not showcase or showcase.history):
            ctx.serviced.append(plan)
    if detail and kind == CustomerKind.PROSPECT:
        ctx.prospects.append((customer_id, row["consultant_id"]))
    return row


def _vehicle_specs(ctx: Context, kind: CustomerKind,
                   showcase: Showcase | None) -> list[tuple[Model, date, bool]]:
    rng, today = ctx.rng, ctx.today
    if showcase:
        model = next(m for m in CATALOGUE if m.model == showcase.model)
        return [(model, today - timedelta(days=showcase.purchase_days_ago), True)]
    if kind == CustomerKind.PROSPECT:
        count = 1 if rng.random() < 0.5 else 0
    else:
        count = rng.choices((1, 2, 3), cum_weights=(85, 98, 100))[0]
    specs = []
    for n in range(count):
        purchase = today - timedelta(days=rng.randint(3, 6 * 365))
        own = kind == CustomerKind.CUSTOMER and (n == 0 or rng.random() < 0.8)
        specs.append((pick_model(rng, purchase.year, own_brand=own), purchase, own))
    return specs


def _customer_row(ctx: Context, ident: int, person: Person, kind: CustomerKind, since: date,
                  detail: bool) -> dict:
    rng, today = ctx.rng, ctx.today
    mobile = ctx.mobiles.take()
    birthday = date(today.year - rng.randint(22, 65), 1, 1) + timedelta(days=rng.randint(0, 364))
    contact = rng.random() < 0.85
    plate_ok = rng.random() < 0.7
    is_customer = kind == CustomerKind.CUSTOMER
    created = at(since, rng.randint(9 * 60, 18 * 60))
    return {
        "id": ident, "name": person.name, "name_initials": person.initials,
        "salutation": person.salutation, "mobile": mobile, "mobile_tail": mobile[-4:],
        "birthday": birthday, "kind": kind,
        "source": rng.choices(SOURCES, weights=SOURCE_WEIGHTS)[0],
        "consent_contact": contact, "consent_contact_at": since if contact else None,
        "consent_plate_recognition": plate_ok,
        "consent_plate_recognition_at": since if plate_ok else None,
        "tier": rng.choices(TIERS, weights=TIER_WEIGHTS)[0] if is_customer else CustomerTier.STANDARD,
        "consultant_id": ctx.one(StaffRole.SALES_CONSULTANT),
        "advisor_id": ctx.one(StaffRole.SERVICE_ADVISOR) if is_customer else None,
        "notes": rng.choice(NOTES) if detail else "",
        "created_at": created, "updated_at": created, "version_id": 1,
    }


def _add_vehicle(ctx: Context, owner: dict, model: Model, purchase: date,
                 showcase: Showcase | None) -> VehiclePlan:
    rng, today = ctx.rng, ctx.today
    year = purchase.year + (1 if purchase.month >= 10 and rng.random() < 0.5 else 0)
    trim, msrp = rng.choice(model.trims)
    plate = showcase.plate if showcase else (ctx.green if model.new_energy else ctx.blue).take()
    daily_km = rng.randint(15, 70)
    seen = today - timedelta(days=rng.randint(0, min((today - purchase).days, 200)))
    insured = anniversary_on_or_after(purchase, today)
    if showcase and showcase.insurance_in_days is not None:
        insured = today + timedelta(days=showcase.insurance_in_days)
    created = at(purchase, 15 * 60)
    color = PlateColor.GREEN if model.new_energy else PlateColor.BLUE
    ident = ctx.writer.add("vehicles", {
        "plate": plate, "plate_color": color, "vin": ctx.vins.take(model, year),
        "brand": model.brand, "model": model.model, "trim": trim, "year": year,
        "colour": pick_colour(rng), "new_energy": model.new_energy, "purchase_date": purchase,
        "mileage_km": daily_km * (seen - purchase).days + rng.randint(5, 60),
        "mileage_date": seen, "insurance_expiry": insured, "warranty_end": add_years(purchase, 3),
        "owner_id": owner["id"], "active": True, "created_at": created, "updated_at": created,
        "version_id": 1,
    })
    return VehiclePlan(ident, owner["id"], owner["name"], plate, color.value, model, trim, msrp,
                       purchase, daily_km, owner["advisor_id"])
