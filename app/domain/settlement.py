"""The cashier's rules (收银/结算): what a work order costs, who pays which part, the
discounts a customer gets, how payments and refunds balance, and the day's close.

Pure arithmetic on `Decimal` yuan, to the fen: the services read the work order and the
payments and ask these functions for the figures before they store anything.

Order of the figures: the work approved (labour + parts) is the gross; the insurer and the
warranty pay the amounts agreed with them; what is left is the customer's share, on which
the customer's level gives its discount (`TIER_DISCOUNT`) and a further discount may be
granted (above `DISCOUNT_LIMIT` only with a manager's approval); the rest is due.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from stdnum.cn import uscc

from app.domain.money import ZERO, to_fen
from app.errors import ValidationError


class PaymentMethod(StrEnum):
    """How money changed hands at the cashier."""

    CASH = "cash"
    CARD = "card"
    WECHAT_PAY = "wechat_pay"
    ALIPAY = "alipay"
    TRANSFER = "transfer"


#: Methods whose payment is recorded by the provider's transaction number.
NEEDS_TRANSACTION_NO = frozenset({PaymentMethod.WECHAT_PAY, PaymentMethod.ALIPAY,
                                  PaymentMethod.TRANSFER})

#: The discount each customer level gets on the share the customer pays.
TIER_DISCOUNT: dict[str, Decimal] = {
    "gold": Decimal("0.10"), "silver": Decimal("0.05"), "bronze": Decimal("0.02"),
    "standard": Decimal("0"),
}
#: The largest further discount (yuan) the cashier grants without a manager's approval.
DISCOUNT_LIMIT = Decimal("200.00")


class InvoiceKind(StrEnum):
    """Who the invoice (发票) is made out to."""

    COMPANY = "company"
    PERSONAL = "personal"


@dataclass(frozen=True)
class Figures:
    """A settlement's amounts, each to the fen; `customer_due` is what the customer pays."""

    labour: Decimal
    parts: Decimal
    insurer: Decimal
    warranty: Decimal
    tier_rate: Decimal
    tier_discount: Decimal
    extra_discount: Decimal

    @property
    def gross(self) -> Decimal:
        """The work approved: labour plus parts."""
        return self.labour + self.parts

    @property
    def customer_share(self) -> Decimal:
        """What is left for the customer before discounts."""
        return self.gross - self.insurer - self.warranty

    @property
    def customer_due(self) -> Decimal:
        """What the customer pays."""
        return self.customer_share - self.tier_discount - self.extra_discount


def figures(labour: Decimal, parts: Decimal, *, tier: str = "standard",
            insurer: Decimal = ZERO, warranty: Decimal = ZERO,
            extra_discount: Decimal = ZERO) -> Figures:
    """The settlement's figures; ValidationError (naming the field) when the insurer and
    warranty pay more than the work, or a discount would leave the customer a negative due."""
    for value, field, zh, en in ((insurer, "insurer_amount", "保险公司承担", "insurer's share"),
                                 (warranty, "warranty_amount", "索赔（保修）承担",
                                  "warranty's share"),
                                 (extra_discount, "extra_discount", "优惠", "discount")):
        if value < 0:
            raise ValidationError(f"{zh}不能为负数。", f"The {en} cannot be negative.",
                                  field=field)
    labour, parts = to_fen(labour), to_fen(parts)
    if insurer + warranty > labour + parts:
        raise ValidationError("保险与索赔承担合计超过维修总额。",
                              "The insurer's and the warranty's shares exceed the work done.",
                              field="insurer_amount")
    rate = TIER_DISCOUNT.get(str(tier), ZERO)
    share = labour + parts - insurer - warranty
    tier_discount = to_fen(share * rate)
    if extra_discount > share - tier_discount:
        raise ValidationError("优惠超过客户应付金额。",
                              "The discount exceeds what the customer pays.",
                              field="extra_discount")
    return Figures(labour, parts, to_fen(insurer), to_fen(warranty), rate, tier_discount,
                   to_fen(extra_discount))


def needs_approval(extra_discount: Decimal) -> bool:
    """True when a further discount is beyond what the cashier grants alone."""
    return extra_discount > DISCOUNT_LIMIT


def check_payment(method: str, amount: Decimal, transaction_no: str) -> PaymentMethod:
    """The method of a valid payment; ValidationError for a non-positive amount or a
    WeChat Pay / Alipay / transfer without its transaction number."""
    try:
        chosen = PaymentMethod(method)
    except ValueError:
        raise ValidationError("请选择支付方式。", "Choose how the customer pays.",
                              field="method") from None
    if amount <= 0:
        raise ValidationError("金额须大于 0。", "The amount must be more than 0.",
                              field="amount")
    if chosen in NEEDS_TRANSACTION_NO and not transaction_no.strip():
        raise ValidationError("请填写交易单号。", "Enter the transaction number.",
                              field="transaction_no")
    return chosen


def balance(due: Decimal, amounts: Iterable[Decimal]) -> Decimal:
    """What is still owed: the due less the signed payments (refunds are negative);
    negative when more was paid than is due."""
    return to_fen(due - sum(amounts, ZERO))


def takings(entries: Iterable[tuple[str, Decimal]]) -> dict[str, Decimal]:
    """The net amount taken per method from (method, signed amount) pairs, every method
    listed (zero where nothing was taken)."""
    result = {str(m): ZERO for m in PaymentMethod}
    for method, amount in entries:
        result[str(method)] = to_fen(result.get(str(method), ZERO) + amount)
    return result


def differences(recorded: Mapping[str, Decimal],
                counted: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """Counted minus recorded per method (a method not counted counts as zero)."""
    return {m: to_fen(counted.get(m, ZERO) - recorded.get(m, ZERO)) for m in recorded}


def check_tax_number(kind: str, title: str, tax_number: str) -> tuple[InvoiceKind, str, str]:
    """The invoice's kind, title and tax number, checked: a company invoice needs its name
    and a valid unified social credit code (统一社会信用代码, validated by python-stdnum);
    a personal one needs a name and takes no tax number."""
    try:
        chosen = InvoiceKind(kind)
    except ValueError:
        raise ValidationError("请选择发票抬头类型。", "Choose a company or a personal invoice.",
                              field="kind") from None
    title = (title or "").strip()
    if not title:
        raise ValidationError("请填写发票抬头。", "Enter the invoice title (the name).",
                              field="title")
    number = uscc.compact(tax_number or "") if tax_number else ""
    if chosen is InvoiceKind.COMPANY:
        if not uscc.is_valid(number):
            raise ValidationError("纳税人识别号无效，请核对 18 位统一社会信用代码。",
                                  "The tax number is not a valid 18-character unified social "
                                  "credit code.", field="tax_number")
    else:
        number = ""
    return chosen, title, number
