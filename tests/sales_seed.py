"""The demo store's sales side: catalogues (vehicles, accessories, insurance, lenders and
their finance products) and quotes in every status, made through the quote service.

Call `seed_sales(db, store_id=..., rng=...)` once the store's staff and customers are
committed; on an empty quotes table the first quote made is id 1 (a BEV quote given to the
customer, with three finance plans), so `python main.py quote --id 1 --pdf out.pdf` works.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from app.acting import Actor, acting_as
from app.db import Database
from app.domain.pricing import PricedItem
from app.models import CatalogueVehicle, Customer, CustomerKind, Quote, Staff
from app.services import quotes
from app.services import sales_catalogue as catalogue
from app.services.common import store_today
from app.services.quotes import QuoteForm

#: brand, model, trim, model year, MSRP, energy.
VEHICLES = (
    ("丰田", "凯美瑞", "2.0E 精英版", 2026, "179800", "petrol"),
    ("丰田", "凯美瑞", "2.0HG 双擎豪华版", 2026, "209800", "hybrid"),
    ("丰田", "雷凌", "1.5L CVT 进取版", 2026, "113800", "petrol"),
    ("丰田", "锋兰达", "2.0L 智能电混双擎 豪华版", 2026, "159800", "hybrid"),
    ("丰田", "威兰达", "2.5L 智能电混双擎 四驱旗舰版", 2026, "229800", "hybrid"),
    ("丰田", "威兰达", "插电混动 高性能版", 2026, "269800", "phev"),
    ("丰田", "汉兰达", "2.5L 双擎 四驱至尊版 7座", 2026, "349800", "hybrid"),
    ("丰田", "赛那", "2.5L 双擎 四驱铂金版", 2026, "419800", "hybrid"),
    ("丰田", "铂智3X", "610Max 长续航 Pro", 2026, "159800", "bev"),
    ("丰田", "bZ4X", "长续航 四驱 Pro", 2026, "219800", "bev"),
)
#: name, English name, price.
ACCESSORIES = (
    ("全包围脚垫", "Floor mats", "1280"), ("隐形车衣", "Paint protection film", "6800"),
    ("行车记录仪", "Dash camera", "1499"), ("太阳膜", "Window tint", "3200"),
    ("家用充电桩（含安装）", "Home charger, installed", "2999"), ("后备箱垫", "Trunk mat", "399"),
    ("挡泥板", "Mud flaps", "360"), ("车载冰箱", "Car fridge", "1880"),
)
#: insurer, name, English name, premium, compulsory.
INSURANCE = (
    ("中国人保", "交强险", "Compulsory traffic insurance", "950", True),
    ("中国人保", "商业险（车损 + 三者 200 万）", "Commercial cover", "5860", False),
    ("中国平安", "商业险（车损 + 三者 300 万）", "Commercial cover", "6420", False),
    ("中国平安", "驾乘意外险", "Occupant accident cover", "300", False),
)
#: lender → (product, down payment %, term, annual rate, fees, interest-free).
LENDERS = {
    "丰田汽车金融": (("0 息 24 期", "30", 24, "0.0399", "0", True),
                     ("低首付 36 期", "20", 36, "0.0399", "1500", False)),
    "招商银行": (("信用卡分期 36 期", "20", 36, "0.0350", "2800", False),
                 ("低首付长贷 60 期", "15", 60, "0.0499", "800", False)),
    "中国银行": (("车贷 48 期", "30", 48, "0.0420", "500", False),),
}
REGISTRATION_FEE = Decimal("500")


@dataclass(frozen=True)
class SalesSeedSummary:
    """What `seed_sales` added."""

    vehicles: int
    quotes: int
    statuses: tuple[str, ...]


def seed_catalogues(db: Database) -> int:
    """Fill the sales catalogues when the vehicle catalogue is empty; vehicles added."""
    with db.session() as s:
        if s.scalar(select(func.count()).select_from(CatalogueVehicle)):
            return 0
    for brand, model, trim, year, msrp, energy in VEHICLES:
        catalogue.create_vehicle(db, brand=brand, model=model, trim=trim, model_year=year,
                                 msrp=msrp, energy=energy, who="demo")
    for name, name_en, price in ACCESSORIES:
        catalogue.create_accessory(db, name=name, name_en=name_en, price=price, who="demo")
    for insurer, name, name_en, premium, compulsory in INSURANCE:
        catalogue.create_insurance(db, insurer=insurer, name=name, name_en=name_en,
                                   premium=premium, compulsory=compulsory, who="demo")
    for lender_name, products in LENDERS.items():
        lender = catalogue.create_lender(db, name=lender_name, who="demo")
        for name, down, term, rate, fees, free in products:
            catalogue.create_finance_product(
                db, lender.id, name=name, down_payment_pct=down, term_months=term,
                annual_rate=rate, fees=fees, interest_free=free, who="demo")
    return len(VEHICLES)


def seed_sales(db: Database, *, store_id: int, rng: random.Random | None = None,
               today: date | None = None, count: int = 12) -> SalesSeedSummary:
    """Catalogues, then `count` quotes (at least one per status, one revised twice, one
    with a manager's approval) for the store's consultants and customers.

    Quotes are only added when the store has none yet; prospects are quoted first.
    """
    rng = rng or random.Random(20261123)
    day = today or store_today()
    vehicles = seed_catalogues(db)
    with db.session() as s:
        if s.scalar(select(func.count()).select_from(Quote).where(Quote.store_id == store_id)):
            return SalesSeedSummary(vehicles, 0, ())
        customer_ids = list(s.scalars(
            select(Customer.id).order_by((Customer.kind == CustomerKind.PROSPECT).desc(),
                                         Customer.id).limit(max(count, 1) * 3)))
    staff = catalogue.list_sales_staff(db, store_id)
    consultants = [x for x in staff if not x.is_manager] or list(staff)
    managers = [x for x in staff if x.is_manager]
    if not consultants or not customer_ids:
        return SalesSeedSummary(vehicles, 0, ())
    made = _make_quotes(db, store_id, rng, day, count, customer_ids, consultants, managers)
    return SalesSeedSummary(vehicles, len(made), tuple(sorted(set(made))))


def _make_quotes(db, store_id, rng, day, count, customer_ids, consultants, managers) -> list[str]:
    vehicles = catalogue.list_vehicles(db)
    bev = next(v for v in vehicles if v.energy == "bev")
    plans = [p.plan() for p in catalogue.list_finance_products(db)]
    # (days ago, status to reach, revisions after the first)
    script = [(0, "given", 0), (0, "draft", 0), (2, "accepted", 0), (20, "expired", 0),
              (1, "given", 2), (3, "draft", 0)]
    script += [(rng.randint(0, 25), rng.choice(("draft", "given", "accepted")), 0)
               for _ in range(max(count - len(script), 0))]
    statuses = []
    for index, (ago, target, revisions) in enumerate(script[:max(count, 1)]):
        vehicle = bev if index == 0 else rng.choice(vehicles)
        consultant = consultants[index % len(consultants)]
        form = _form(rng, vehicle, consultant, customer_ids[index % len(customer_ids)], plans,
                     managers, approve=index == 4 and bool(managers))
        quote_day = day - timedelta(days=ago)
        with signed_in_as(db, form.approved_by_id):   # the approving manager at this desk
            record = _quote_with_revisions(db, form, store_id, quote_day, revisions)
        statuses.append(_advance(db, record.id, target, quote_day, day))
    quotes.expire_quotes(db, today=day, store_id=store_id)
    return statuses


def _quote_with_revisions(db: Database, form: QuoteForm, store_id: int, quote_day: date,
                          revisions: int):
    record = quotes.create_quote(db, form, store_id=store_id, who="demo", today=quote_day)
    for revision in range(revisions):
        quotes.give_quote(db, record.id, who="demo", today=quote_day)
        cheaper = replace(form, discount=form.discount + Decimal(500 * (revision + 1)),
                          valid_until=None)
        record = quotes.revise_quote(db, record.id, cheaper, who="demo", today=quote_day)
    return record


@contextmanager
def signed_in_as(db: Database, staff_id: int | None) -> Iterator[None]:
    """Act as the member of staff `staff_id` (signed in at this desk); None: as before."""
    if staff_id is None:
        yield
        return
    with db.session() as s:
        staff = s.get(Staff, staff_id)
        actor = Actor(name=staff.name, role=staff.role.value, staff_id=staff.id, desk="test")
    with acting_as(actor):
        yield


def _advance(db: Database, quote_id: int, target: str, quote_day: date, day: date) -> str:
    if target in ("given", "accepted", "expired"):
        quotes.give_quote(db, quote_id, who="demo", today=quote_day)
    if target == "accepted":
        quotes.accept_quote(db, quote_id, who="demo", today=min(day, quote_day + timedelta(1)))
    return quotes.get_quote(db, quote_id, today=day).quote.status


def _form(rng, vehicle, consultant, customer_id, plans, managers, *, approve: bool) -> QuoteForm:
    accessories = tuple(PricedItem(name, Decimal(price), en) for name, en, price in
                        rng.sample(ACCESSORIES, rng.randint(1, 4)))
    insurance = (PricedItem(INSURANCE[0][1], Decimal(INSURANCE[0][3]), INSURANCE[0][2]),
                 PricedItem(INSURANCE[1][1], Decimal(INSURANCE[1][3]), INSURANCE[1][2]))
    limit = consultant.discount_limit
    discount = Decimal(rng.randrange(0, int(limit) + 1, 100)) if limit else Decimal(0)
    approver = None
    if approve:
        discount, approver = limit + Decimal(3000), managers[0].id
    subsidy = Decimal(rng.choice((0, 2000, 5000, 10000)))
    chosen = tuple(rng.sample(plans, min(len(plans), rng.randint(2, 3))))
    return QuoteForm(
        vehicle_id=vehicle.id, consultant_id=consultant.id, customer_id=customer_id,
        colour=rng.choice(("铂金珍珠白", "曜石黑", "极光蓝", "星光银", "熔岩红")),
        subsidy=subsidy, discount=discount, accessories=accessories, insurance=insurance,
        registration_fee=REGISTRATION_FEE, finance=chosen, approved_by_id=approver,
        notes="赠送首年免费保养一次。" if rng.random() < 0.5 else "")
