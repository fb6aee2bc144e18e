"""Quote pricing (电子报价单): the transparent breakdown of what a car costs the customer.

MSRP − manufacturer subsidy − store discount + accessories + insurance + purchase tax +
registration fee + other fees = total. Every line is rounded to the fen first and the total
is their sum, so the printed lines always add up exactly. Pure: no database, no Qt, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from app.domain.money import ZERO, money, to_fen
from app.errors import UserError, ValidationError

VAT_DIVISOR = Decimal("1.13")
PURCHASE_TAX_RATE = Decimal("0.10")


class EnergyType(StrEnum):
    """How the vehicle is powered; PHEV and BEV count as new-energy (新能源)."""

    PETROL = "petrol"
    HYBRID = "hybrid"
    PHEV = "phev"
    BEV = "bev"

    @property
    def is_new_energy(self) -> bool:
        """True for plug-in hybrids and battery-electric vehicles."""
        return self in (EnergyType.PHEV, EnergyType.BEV)


class LineKind(StrEnum):
    """What a breakdown line is (the same values as the stored quote lines)."""

    MSRP = "msrp"
    SUBSIDY = "subsidy"
    DISCOUNT = "discount"
    ACCESSORY = "accessory"
    INSURANCE = "insurance"
    PURCHASE_TAX = "purchase_tax"
    REGISTRATION = "registration"
    OTHER = "other"


#: Lines that reduce the price; stored positive, they are negative in a breakdown.
DEDUCTIONS = frozenset({LineKind.SUBSIDY, LineKind.DISCOUNT})


def signed_amount(kind: LineKind | str, amount: Decimal) -> Decimal:
    """The breakdown amount of a line stored as a positive `amount` of `kind`."""
    value = money(amount)
    return -abs(value) if LineKind(kind) in DEDUCTIONS else value


@dataclass(frozen=True)
class PricedItem:
    """A named amount the customer pays: an accessory, an insurance product, a fee."""

    name: str
    amount: Decimal
    name_en: str = ""


@dataclass(frozen=True)
class QuoteInput:
    """Everything the price of a quote depends on; amounts in yuan (Decimal, int or str)."""

    msrp: Decimal
    energy: EnergyType
    quote_date: date
    subsidy: Decimal = ZERO
    discount: Decimal = ZERO
    accessories: tuple[PricedItem, ...] = ()
    insurance: tuple[PricedItem, ...] = ()
    registration_fee: Decimal = ZERO
    other_fees: tuple[PricedItem, ...] = ()


@dataclass(frozen=True)
class NevTaxRule:
    """The new-energy purchase-tax relief in force from `start` to `end` (inclusive).

    `relief` is the fraction of the full tax forgiven (1 = exempt, 0.5 = halved) and `cap`
    the most it may forgive per vehicle (None: no cap).
    """

    start: date
    end: date | None
    relief: Decimal
    cap: Decimal | None

    def applies_on(self, day: date) -> bool:
        """True when `day` falls inside this rule's period."""
        return self.start <= day and (self.end is None or day <= self.end)


#: The national rules (财政部 税务总局 2023 年第 10 号公告). From 2028 the full rate applies
#: unless a setting adds a rule (see `tax_rules_from_settings`).
NEV_TAX_RULES: tuple[NevTaxRule, ...] = (
    NevTaxRule(date(2024, 1, 1), date(2025, 12, 31), Decimal("1"), Decimal("30000.00")),
    NevTaxRule(date(2026, 1, 1), date(2027, 12, 31), Decimal("0.5"), Decimal("15000.00")),
)


@dataclass(frozen=True)
class PurchaseTax:
    """How the purchase tax was computed: the base before VAT, full tax, relief, tax due."""

    taxable_price: Decimal
    full_tax: Decimal
    relief: Decimal
    tax: Decimal


@dataclass(frozen=True)
class BreakdownLine:
    """One line of the breakdown; `amount` is signed (subsidy and discount are negative)."""

    kind: LineKind
    label: str
    amount: Decimal
    label_en: str = ""
    note: str = ""
    note_en: str = ""


@dataclass(frozen=True)
class Breakdown:
    """The priced quote: its lines (which sum exactly to `total`) and key figures."""

    lines: tuple[BreakdownLine, ...]
    total: Decimal
    vehicle_price: Decimal
    purchase_tax: PurchaseTax = field(repr=False)


def tax_rules_from_settings(
    entries: Iterable[Mapping[str, object]], base: tuple[NevTaxRule, ...] = NEV_TAX_RULES
) -> tuple[NevTaxRule, ...]:
    """`base` extended by rules from settings: `{"from", "to"?, "relief", "cap"?}` each.

    Dates are ISO strings; `relief` a fraction ("0.5"); `cap` yuan. A later rule wins where
    periods overlap, so a setting can also override a national rule.
    """
    rules = list(base)
    for entry in entries:
        try:
            end = entry.get("to")
            cap = entry.get("cap")
            rules.append(NevTaxRule(
                start=date.fromisoformat(str(entry["from"])),
                end=date.fromisoformat(str(end)) if end else None,
                relief=Decimal(str(entry["relief"])),
                cap=money(str(cap)) if cap not in (None, "") else None,
            ))
        except (KeyError, ValueError, ArithmeticError) as exc:
            raise ValidationError(
                f"购置税减免规则设置有误：{entry}", f"Invalid purchase-tax rule setting: {entry}",
                field="nev_tax_rules",
            ) from exc
    return tuple(rules)


def nev_rule_on(day: date, rules: tuple[NevTaxRule, ...] = NEV_TAX_RULES) -> NevTaxRule | None:
    """The new-energy rule in force on `day` (the last matching one), or None."""
    matching = [rule for rule in rules if rule.applies_on(day)]
    return matching[-1] if matching else None


def purchase_tax(
    vehicle_price: Decimal, energy: EnergyType, day: date,
    rules: tuple[NevTaxRule, ...] = NEV_TAX_RULES,
) -> PurchaseTax:
    """Purchase tax (车辆购置税) on the transaction price of the vehicle, VAT included.

    10% of price / 1.13, each step rounded to the fen; new-energy vehicles get the relief in
    force on `day`, capped per vehicle.
    """
    taxable = to_fen(money(vehicle_price) / VAT_DIVISOR)
    full = to_fen(taxable * PURCHASE_TAX_RATE)
    rule = nev_rule_on(day, rules) if energy.is_new_energy else None
    relief = ZERO
    if rule is not None:
        relief = to_fen(full * rule.relief)
        if rule.cap is not None:
            relief = min(relief, rule.cap)
    return PurchaseTax(taxable, full, relief, full - relief)


def _non_negative(value: Decimal, field_name: str, zh: str, en: str) -> Decimal:
    amount = money(value)
    if amount < 0:
        raise ValidationError(f"{zh}不能为负数", f"{en} must not be negative", field=field_name)
    return amount


def _item_lines(
    items: tuple[PricedItem, ...], kind: LineKind, field_name: str, zh: str, en: str
) -> list[BreakdownLine]:
    lines = []
    for item in items:
        amount = _non_negative(item.amount, field_name, f"{zh}“{item.name}”", f"{en} '{item.name}'")
        lines.append(BreakdownLine(kind, f"{zh}：{item.name}", amount, item.name_en or en))
    return lines


def _tax_note(tax: PurchaseTax) -> tuple[str, str]:
    """How the purchase tax was reached, in Chinese and English."""
    zh = f"计税价 {tax.taxable_price:,.2f} × 10% = {tax.full_tax:,.2f}"
    en = f"Taxable price {tax.taxable_price:,.2f} × 10% = {tax.full_tax:,.2f}"
    if tax.relief:
        zh += f"，新能源减免 -{tax.relief:,.2f}"
        en += f", NEV relief -{tax.relief:,.2f}"
    return zh, en


def compute_breakdown(quote: QuoteInput, rules: tuple[NevTaxRule, ...] = NEV_TAX_RULES) -> Breakdown:
    """Price `quote`: every line rounded to the fen, the total their exact sum.

    Raises UserError when the total would be negative, and ValidationError for a negative
    input or a subsidy plus discount beyond the MSRP.
    """
    msrp = _non_negative(quote.msrp, "msrp", "指导价", "MSRP")
    subsidy = _non_negative(quote.subsidy, "subsidy", "厂方补贴", "Manufacturer subsidy")
    discount = _non_negative(quote.discount, "discount", "门店优惠", "Store discount")
    vehicle_price = msrp - subsidy - discount
    tax = purchase_tax(max(vehicle_price, ZERO), quote.energy, quote.quote_date, rules)
    lines = [
        BreakdownLine(LineKind.MSRP, "指导价", msrp, "MSRP"),
        BreakdownLine(LineKind.SUBSIDY, "厂方补贴", -subsidy, "Manufacturer subsidy"),
        BreakdownLine(LineKind.DISCOUNT, "门店优惠", -discount, "Store discount"),
        *_item_lines(quote.accessories, LineKind.ACCESSORY, "accessories", "精品", "Accessory"),
        *_item_lines(quote.insurance, LineKind.INSURANCE, "insurance", "保险", "Insurance"),
        BreakdownLine(LineKind.PURCHASE_TAX, "购置税", tax.tax, "Purchase tax", *_tax_note(tax)),
        BreakdownLine(
            LineKind.REGISTRATION, "上牌费",
            _non_negative(quote.registration_fee, "registration_fee", "上牌费", "Registration fee"),
            "Registration",
        ),
        *_item_lines(quote.other_fees, LineKind.OTHER, "other_fees", "其他费用", "Other fee"),
    ]
    total = sum((line.amount for line in lines), ZERO)
    check_total(total)
    if vehicle_price < 0:
        raise ValidationError(
            "补贴与优惠合计超过指导价", "Subsidy and discount exceed the MSRP", field="discount"
        )
    return Breakdown(tuple(lines), total, vehicle_price, tax)


def check_total(total: Decimal) -> None:
    """Refuse a negative quote total with a message for the user."""
    if total < 0:
        raise UserError(
            f"报价总额不能为负数（{total:,.2f} 元），请检查补贴和优惠。",
            f"The quote total must not be negative ({total:,.2f} CNY); check subsidy and discount.",
            field="total",
        )


def needs_manager_approval(discount: Decimal, consultant_limit: Decimal) -> bool:
    """True when `discount` exceeds what the consultant may grant alone (经理审批)."""
    return money(discount) > money(consultant_limit)


_QUOTE_NUMBER = re.compile(r"Q-(\d{8})-(\d{4})")


def format_quote_number(day: date, sequence: int) -> str:
    """`Q-YYYYMMDD-NNNN`: the quote's day and its 1-based sequence number that day."""
    if not 1 <= sequence <= 9999:
        raise ValueError(f"quote sequence out of range 1..9999: {sequence}")
    return f"Q-{day:%Y%m%d}-{sequence:04d}"


def parse_quote_number(number: str) -> tuple[date, int]:
    """The day and sequence of a `Q-YYYYMMDD-NNNN` number; ValueError when malformed."""
    match = _QUOTE_NUMBER.fullmatch(number.strip())
    if not match:
        raise ValueError(f"not a quote number: {number!r}")
    day = match.group(1)
    return date(int(day[:4]), int(day[4:6]), int(day[6:])), int(match.group(2))
