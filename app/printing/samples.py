"""A realistic sample quote: for a printer test page, the benchmark and the tests."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from app.domain.finance import FinancePlan, compare_plans
from app.domain.pricing import (
    EnergyType,
    PricedItem,
    QuoteInput,
    compute_breakdown,
    format_quote_number,
)
from app.printing.layout import StoreInfo
from app.printing.quote_pdf import QuoteDocument

SAMPLE_STORE = StoreInfo("星辰汽车 4S 店", "上海市闵行区沪闵路 1888 号", "021-6488 8888")
_ACCESSORIES = (
    ("全包围脚垫", "Floor mats", "1280"), ("隐形车衣", "Paint protection film", "6800"),
    ("行车记录仪", "Dash camera", "1499"), ("太阳膜", "Window tint", "3200"),
    ("家用充电桩（含安装）", "Home charger, installed", "2999"), ("后备箱垫", "Trunk mat", "399.5"),
)
SAMPLE_PLANS = (
    FinancePlan("比亚迪汽车金融", "0 息 24 期", Decimal(30), 24, Decimal("0.0399"),
                Decimal("0"), interest_free=True),
    FinancePlan("平安银行", "信用卡分期", Decimal(20), 36, Decimal("0.0399"), Decimal("1500")),
    FinancePlan("招商银行", "低首付长贷", Decimal(15), 60, Decimal("0.0499"), Decimal("800")),
)


def sample_quote_input(day: date = date(2026, 11, 23), accessories: int = 4) -> QuoteInput:
    """A BEV quote with `accessories` accessory lines (repeating the catalogue when many)."""
    items = []
    for index in range(accessories):
        zh, en, price = _ACCESSORIES[index % len(_ACCESSORIES)]
        round_ = index // len(_ACCESSORIES)
        items.append(PricedItem(f"{zh} #{round_ + 1}" if round_ else zh, Decimal(price), en))
    return QuoteInput(
        msrp=Decimal("269800"), energy=EnergyType.BEV, quote_date=day,
        subsidy=Decimal("10000"), discount=Decimal("8888.88"), accessories=tuple(items),
        insurance=(PricedItem("交强险", Decimal("950"), "Compulsory traffic insurance"),
                   PricedItem("商业险（车损 + 三者 200 万）", Decimal("6234.17"), "Commercial cover")),
        registration_fee=Decimal("500"),
        other_fees=(PricedItem("金融服务费", Decimal("0"), "Finance service fee"),),
    )


def sample_document(sequence: int = 1, accessories: int = 4, day: date = date(2026, 11, 23),
                    customer_name: str = "张伟") -> QuoteDocument:
    """A complete sample QuoteDocument, its figures computed by the pricing rules."""
    breakdown = compute_breakdown(sample_quote_input(day, accessories))
    plans = compare_plans(SAMPLE_PLANS, breakdown.vehicle_price, breakdown.total)
    return QuoteDocument(
        store=SAMPLE_STORE, number=format_quote_number(day, sequence), quote_date=day,
        valid_until=day + timedelta(days=14), consultant_name="李娜",
        consultant_phone="139 1234 5678", customer_name=customer_name,
        customer_salutation="先生", customer_mobile="138 0013 8000", vehicle_brand="比亚迪",
        vehicle_model="汉 EV", vehicle_trim="荣耀版 610km 尊贵型", vehicle_year=2026,
        energy=EnergyType.BEV, lines=breakdown.lines, total=breakdown.total, finance=plans,
        notes="赠送首年免费保养一次；置换旧车另享 3,000 元补贴（需评估）。", colour="雪域白",
    )
