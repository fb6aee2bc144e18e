"""The printed quote (电子报价单): `render_quote(doc) -> bytes`, pure reportlab, in memory.

Store header, title and quote number with a QR code carrying the number, customer and
vehicle, the price breakdown with its total, the finance plans side by side, validity,
consultant and signatures. Long quotes (many accessories) flow onto further pages, the
breakdown's header row repeated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.domain.finance import FinanceResult
from app.domain.money import ZERO
from app.domain.pricing import BreakdownLine, EnergyType
from app.printing.layout import (
    ACCENT,
    CONTENT_WIDTH,
    MUTED,
    RULE,
    SHADE,
    Label,
    QrCode,
    StoreInfo,
    Styles,
    amount_text,
    bilingual,
    build_pdf,
    escape,
    grid_style,
    make_styles,
    para,
    plain_style,
    table,
)

ENERGY_LABELS = {
    EnergyType.PETROL: ("燃油", "Petrol"),
    EnergyType.HYBRID: ("油电混合", "Hybrid"),
    EnergyType.PHEV: ("插电混动", "Plug-in hybrid"),
    EnergyType.BEV: ("纯电动", "Battery electric"),
}
PLANS_PER_TABLE = 4
QR_SIZE = 28 * mm


@dataclass(frozen=True)
class QuoteDocument:
    """Everything printed on a quote; `lines` must sum exactly to `total`."""

    store: StoreInfo
    number: str
    quote_date: date
    valid_until: date
    consultant_name: str
    consultant_phone: str
    customer_name: str
    customer_salutation: str
    customer_mobile: str
    vehicle_brand: str
    vehicle_model: str
    vehicle_trim: str
    vehicle_year: int | None
    energy: EnergyType
    lines: tuple[BreakdownLine, ...]
    total: Decimal
    finance: tuple[FinanceResult, ...] = ()
    notes: str = ""
    colour: str = ""
    revision: int = 1
    #: Across every page of a quote that is not final: "草稿 DRAFT", "未审批 NOT APPROVED".
    watermark: str = ""


def render_quote(doc: QuoteDocument) -> bytes:
    """The quote as PDF bytes (A4). ValueError when the lines do not add up to the total."""
    if sum((line.amount for line in doc.lines), ZERO) != doc.total:
        raise ValueError(f"quote {doc.number}: lines do not add up to the total {doc.total}")
    styles = make_styles()
    story: list[Flowable] = [
        _title_block(doc, styles), Spacer(1, 3 * mm),
        _parties_block(doc, styles),
        para(bilingual("价格明细", "Price breakdown"), styles.section),
        _breakdown_table(doc, styles),
    ]
    if doc.finance:
        story += _finance_section(doc.finance, styles)
    story.append(_closing_block(doc, styles))
    return build_pdf(story, doc.store, doc.number, f"电子报价单 {doc.number}", styles,
                     watermark=doc.watermark)


def _title_block(doc: QuoteDocument, s: Styles) -> Flowable:
    revision = f"（第 {doc.revision} 版 Rev. {doc.revision}）" if doc.revision > 1 else ""
    left = [
        para('电子报价单 <font size="12" color="#5A6470">Quotation</font>', s.title),
        Spacer(1, 1 * mm),
        para(bilingual("报价单号", "No.") + f"  {escape(doc.number)}{revision}", s.body),
        para(bilingual("报价日期", "Date") + f"  {doc.quote_date:%Y-%m-%d}", s.body),
        para(bilingual("有效期至", "Valid until") + f"  {doc.valid_until:%Y-%m-%d}", s.body),
    ]
    style = plain_style(s.font)
    style.add("ALIGN", (1, 0), (1, 0), "RIGHT")
    return table([[left, QrCode(doc.number, QR_SIZE)]], [CONTENT_WIDTH - QR_SIZE, QR_SIZE],
                 style, repeat_rows=0)


def _vehicle_text(doc: QuoteDocument) -> str:
    year = f"{doc.vehicle_year} 款" if doc.vehicle_year else ""
    parts = [doc.vehicle_brand, doc.vehicle_model, year, doc.vehicle_trim, doc.colour]
    return " ".join(part for part in parts if part)


def _parties_block(doc: QuoteDocument, s: Styles) -> Flowable:
    zh, en = ENERGY_LABELS[doc.energy]
    customer = f"{doc.customer_name} {doc.customer_salutation}".strip()
    label = lambda zh_, en_: Label(zh_, en_, s.font)  # noqa: E731
    rows = [
        [label("客户", "Customer"), customer, label("手机", "Mobile"), doc.customer_mobile],
        [label("车型", "Vehicle"), para(escape(_vehicle_text(doc)), s.body),
         label("能源", "Energy"), Label(zh, en, s.font)],
        [label("销售顾问", "Consultant"), doc.consultant_name, label("电话", "Phone"),
         doc.consultant_phone],
    ]
    widths = [30 * mm, CONTENT_WIDTH / 2 - 30 * mm, 24 * mm, CONTENT_WIDTH / 2 - 24 * mm]
    style = grid_style(1, s.font)
    style.add("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE)
    style.add("BACKGROUND", (0, 0), (-1, 0), colors.white)
    style.add("BACKGROUND", (0, 0), (0, -1), SHADE)
    style.add("BACKGROUND", (2, 0), (2, -1), SHADE)
    return table(rows, widths, style, repeat_rows=0)


def _breakdown_table(doc: QuoteDocument, s: Styles) -> Flowable:
    rows: list[list[object]] = [
        [Label("项目", "Item", s.font), Label("说明", "Details", s.font), "金额（元） CNY"]
    ]
    for line in doc.lines:
        note = Label(line.note, line.note_en, s.font, 7.5, MUTED) if line.note else ""
        rows.append([Label(line.label, line.label_en, s.font), note, amount_text(line.amount)])
    rows.append([Label("合计", "Total", s.font, 12, ACCENT), "", amount_text(doc.total)])
    style = grid_style(1, s.font)
    style.add("ALIGN", (2, 0), (2, -1), "RIGHT")
    style.add("LINEABOVE", (0, -1), (-1, -1), 1.2, ACCENT)
    style.add("BACKGROUND", (0, -1), (-1, -1), SHADE)
    style.add("FONTNAME", (2, -1), (2, -1), "Helvetica-Bold")
    style.add("FONTSIZE", (2, -1), (2, -1), 14)
    style.add("TEXTCOLOR", (2, -1), (2, -1), ACCENT)
    style.add("TOPPADDING", (0, -1), (-1, -1), 5)
    style.add("BOTTOMPADDING", (0, -1), (-1, -1), 5)
    return table(rows, [66 * mm, CONTENT_WIDTH - 100 * mm, 34 * mm], style)


_FINANCE_ROWS: tuple[tuple[str, str, str], ...] = (
    ("贷款金额", "Loan", "loan_amount"),
    ("月供", "Monthly", "monthly_payment"),
    ("末期月供", "Final instalment", "final_payment"),
    ("总利息", "Total interest", "total_interest"),
    ("手续费", "Fees", "fees"),
    ("总成本", "Total cost", "total_cost"),
)


def _rate_text(result: FinanceResult) -> str:
    plan = result.plan
    if plan.interest_free:
        return f"{plan.term_months} 期 / 0%（贴息）"
    return f"{plan.term_months} 期 / {Decimal(plan.annual_rate) * 100:.2f}%"


def _finance_table(results: tuple[FinanceResult, ...], s: Styles) -> Flowable:
    rows: list[list[object]] = [
        [Label("方案", "Plan", s.font)] + [r.plan.lender for r in results],
        [Label("产品", "Product", s.font)] + [r.plan.product for r in results],
        [Label("期数 / 年利率", "Term / rate", s.font)] + [_rate_text(r) for r in results],
        [Label("首付", "Down payment", s.font)]
        + [f"{amount_text(r.down_payment)}（{Decimal(r.plan.down_payment_pct):g}%）" for r in results],
    ]
    for zh, en, attr in _FINANCE_ROWS:
        rows.append([Label(zh, en, s.font)] + [amount_text(getattr(r, attr)) for r in results])
    label_width = 40 * mm
    column = (CONTENT_WIDTH - label_width) / max(len(results), 3)
    style = grid_style(1, s.font)
    style.add("ALIGN", (1, 0), (-1, -1), "RIGHT")
    style.add("BACKGROUND", (0, 5), (-1, 5), SHADE)
    style.add("BACKGROUND", (0, -1), (-1, -1), SHADE)
    result = table(rows, [label_width] + [column] * len(results), style)
    result.hAlign = "LEFT"
    return result


def _finance_section(results: tuple[FinanceResult, ...], s: Styles) -> list[Flowable]:
    flowables: list[Flowable] = []
    for start in range(0, len(results), PLANS_PER_TABLE):
        block: list[Flowable] = [_finance_table(results[start:start + PLANS_PER_TABLE], s)]
        if start == 0:
            block.insert(0, para(bilingual("金融方案对比", "Finance plans compared"), s.section))
        flowables += [KeepTogether(block), Spacer(1, 2 * mm)]
    note = ("总成本 = 报价合计 + 总利息 + 手续费；末期月供含分摊尾差。"
            " Total cost = quote total + interest + fees; the final instalment absorbs rounding.")
    flowables.append(para(escape(note), s.small))
    return flowables


def _closing_block(doc: QuoteDocument, s: Styles) -> Flowable:
    parts: list[Flowable] = [Spacer(1, 3 * mm)]
    if doc.notes:
        parts += [Label("备注", "Notes", s.font, 11, ACCENT), Spacer(1, 1.5 * mm),
                  para(escape(doc.notes), s.body)]
    validity = (f"本报价有效期至 {doc.valid_until:%Y-%m-%d}，价格以签订合同时为准。"
                f" This quote is valid until {doc.valid_until:%Y-%m-%d}.")
    parts += [Spacer(1, 2 * mm), para(escape(validity), s.small), Spacer(1, 6 * mm)]
    signature = [[
        para(bilingual("销售顾问", "Consultant") + f"：{escape(doc.consultant_name)}"
             f"  {escape(doc.consultant_phone)}", s.body),
        para(bilingual("客户签字", "Customer signature") + "：________________", s.body),
    ]]
    parts.append(table(signature, [CONTENT_WIDTH / 2] * 2, plain_style(s.font), repeat_rows=0))
    return KeepTogether(parts)
