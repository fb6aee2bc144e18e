"""The sales catalogue for the demo: vehicles on sale, accessories, insurance, finance."""

from __future__ import annotations

from decimal import Decimal

from app.demo.context import Context
from app.demo.vehicles import CATALOGUE, Model
from app.domain.pricing import EnergyType

ACCESSORIES: tuple[tuple[str, str, str], ...] = (
    ("全车脚垫", "Floor mats", "800.00"),
    ("隐形车衣", "Paint protection film", "6800.00"),
    ("前挡隔热膜", "Windscreen heat film", "1800.00"),
    ("行车记录仪", "Dash camera", "1200.00"),
    ("360 度全景影像", "360° camera", "3500.00"),
    ("家用充电桩（含安装）", "Home charger with installation", "3000.00"),
)
INSURANCE: tuple[tuple[str, str, str, str, bool], ...] = (
    ("中国人保", "交强险", "Compulsory traffic insurance", "950.00", True),
    ("中国人保", "商业险（车损 + 三者 200 万）", "Own damage + third party 2M", "4800.00", False),
    ("平安保险", "商业险（车损 + 三者 300 万 + 座位）", "Own damage + third party 3M + seats",
     "5900.00", False),
)
LENDERS: dict[str, tuple[tuple[str, int, int, str, str, bool], ...]] = {
    "丰田汽车金融": (("三年贴息", 30, 36, "0.0399", "0.00", True),
                 ("五年低息", 20, 60, "0.0299", "1500.00", False)),
    "广汽汇理汽车金融": (("两年零息", 40, 24, "0.0450", "0.00", True),
                   ("标准贷", 20, 36, "0.0499", "2000.00", False)),
    "招商银行信用卡分期": (("一年分期", 30, 12, "0.0350", "0.00", False),),
}


def energy_of(model: Model, trim: str) -> EnergyType:
    """How a model and trim is powered: PHEV for DM-i, battery-electric for the other
    new-energy models, hybrid for 双擎/混动 trims, petrol otherwise."""
    if model.new_energy:
        return EnergyType.PHEV if "DM-i" in model.model else EnergyType.BEV
    return EnergyType.HYBRID if "双擎" in trim or "混动" in trim else EnergyType.PETROL


def build_catalogue(ctx: Context) -> None:
    """Queue the store's own-brand trims, accessories, insurance and lenders' products."""
    year = ctx.today.year
    for model in CATALOGUE:
        if not model.own_brand:
            continue
        for trim, msrp in model.trims:
            ident = ctx.writer.add("catalogue_vehicles", {
                "brand": model.brand, "model": model.model, "trim": trim, "model_year": year,
                "msrp": msrp, "energy": energy_of(model, trim), "active": True,
                "version_id": 1})
            ctx.catalogue[(model.model, trim)] = ident
    for name, name_en, price in ACCESSORIES:
        ctx.writer.add("accessories", {"name": name, "name_en": name_en, "price": Decimal(price),
                                       "active": True, "version_id": 1})
    for insurer, name, name_en, premium, compulsory in INSURANCE:
        ctx.writer.add("insurance_products", {
            "insurer": insurer, "name": name, "name_en": name_en, "premium": Decimal(premium),
            "compulsory": compulsory, "active": True, "version_id": 1})
    _lenders(ctx)


def _lenders(ctx: Context) -> None:
    for lender, products in LENDERS.items():
        lender_id = ctx.writer.add("lenders", {"name": lender, "active": True, "version_id": 1})
        for name, down, term, rate, fees, free in products:
            ctx.finance.append((lender, name, down, term, Decimal(rate), Decimal(fees), free))
            ctx.writer.add("finance_products", {
                "lender_id": lender_id, "name": name, "down_payment_pct": Decimal(down),
                "term_months": term, "annual_rate": Decimal(rate), "fees": Decimal(fees),
                "interest_free": free, "active": True, "version_id": 1})
