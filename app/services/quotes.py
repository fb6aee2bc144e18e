"""Quotes (电子报价单): drafts priced by `app.domain.pricing`, numbered `Q-YYYYMMDD-NNNN` per
store and day, revised as new versions, given, accepted or expired, and printed.

A draft may be edited in place; once given to the customer a quote is only changed by a new
revision (same number, revision + 1, the old row kept). A discount beyond the consultant's
limit needs a manager's approval, recorded on the quote. Lines are stored positive; their
sign follows from their kind (`signed_amount`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app import acting
from app.db import Database
from app.domain.finance import FinancePlan, FinanceResult, compare_plans
from app.domain.money import ZERO, money
from app.domain.pricing import (
    NEV_TAX_RULES,
    Breakdown,
    BreakdownLine,
    EnergyType,
    LineKind,
    NevTaxRule,
    PricedItem,
    QuoteInput,
    compute_breakdown,
    format_quote_number,
    needs_manager_approval,
    parse_quote_number,
    signed_amount,
)
from app.domain.roles import Permission
from app.errors import Conflict, UserError, ValidationError
from app.models import (
    CatalogueVehicle,
    Customer,
    CustomerKind,
    Quote,
    QuoteFinancePlan,
    QuoteLine,
    QuoteStatus,
    Staff,
    StaffRole,
    Store,
)
from app.printing.quote_pdf import QuoteDocument
from app.services import accounts, audit
from app.services.common import (
    check_version,
    get_or_raise,
    mask_mobile,
    now_utc,
    stale_guard,
    store_today,
)
from app.services.customers import create_customer_in, validate_mobile
from app.services.sales_catalogue import (
    SalesStaffRecord,
    VehicleRecord,
    sales_staff_record,
    vehicle_record,
)
from app.services.store_info import store_info_in

#: How long a quote is valid by default (days after the quote date).
VALID_DAYS = 7
#: Attempts at a fresh number when another desk took the same one at the same moment.
NUMBER_ATTEMPTS = 10
_WHAT = ("报价单", "quote")
_OPEN = (QuoteStatus.DRAFT, QuoteStatus.GIVEN)
_ITEM_KINDS = {LineKind.ACCESSORY: "accessories", LineKind.INSURANCE: "insurance",
               LineKind.OTHER: "other_fees"}
_GENERIC_EN = {LineKind.ACCESSORY: "Accessory", LineKind.INSURANCE: "Insurance",
               LineKind.OTHER: "Other fee"}


class ApprovalRequired(ValidationError):
    """The discount is beyond the consultant's limit and no manager approved it."""


@dataclass(frozen=True)
class QuoteForm:
    """What the consultant fills in; amounts in yuan. `valid_until` None: `VALID_DAYS`."""

    vehicle_id: int
    consultant_id: int
    customer_id: int | None = None
    colour: str = ""
    subsidy: Decimal = ZERO
    discount: Decimal = ZERO
    accessories: tuple[PricedItem, ...] = ()
    insurance: tuple[PricedItem, ...] = ()
    registration_fee: Decimal = ZERO
    other_fees: tuple[PricedItem, ...] = ()
    finance: tuple[FinancePlan, ...] = ()
    valid_until: date | None = None
    notes: str = ""
    #: The manager approving a discount beyond the consultant's limit (as shown; the
    #: service trusts only `approval_token`, a manager signed in, or an approval the quote
    #: or its previous revision already holds for at least this discount).
    approved_by_id: int | None = None
    #: A one-time grant from `accounts.grant_approval`: the manager typed their own
    #: password or PIN at this desk.
    approval_token: str | None = None


@dataclass(frozen=True)
class QuoteRecord:
    """A quote as lists and the editor show it; `status` is as of today (expiry applied)."""

    id: int
    store_id: int
    number: str
    revision: int
    revision_of_id: int | None
    latest: bool
    customer_id: int | None
    customer_name: str
    customer_mobile_masked: str
    consultant_id: int | None
    consultant_name: str
    vehicle_id: int | None
    vehicle_title: str
    colour: str
    quote_date: date
    valid_until: date
    status: str
    total: Decimal
    discount: Decimal
    approved_by_id: int | None
    approved_by_name: str
    version: int


@dataclass(frozen=True)
class QuoteDetail:
    """A quote with its form (to edit or revise), priced lines and finance comparison."""

    quote: QuoteRecord
    form: QuoteForm
    lines: tuple[BreakdownLine, ...]
    finance: tuple[FinanceResult, ...]


# --- pure helpers the editor uses too ------------------------------------------------------


def quote_input(form: QuoteForm, vehicle: VehicleRecord, day: date) -> QuoteInput:
    """The pricing input of `form` for `vehicle` on `day`."""
    return QuoteInput(
        msrp=vehicle.msrp, energy=vehicle.energy, quote_date=day, subsidy=form.subsidy,
        discount=form.discount, accessories=form.accessories, insurance=form.insurance,
        registration_fee=form.registration_fee, other_fees=form.other_fees)


def price(form: QuoteForm, vehicle: VehicleRecord, day: date,
          rules: tuple[NevTaxRule, ...] = NEV_TAX_RULES
          ) -> tuple[Breakdown, tuple[FinanceResult, ...]]:
    """The breakdown and the finance comparison of `form` (UserError when refused)."""
    breakdown = compute_breakdown(quote_input(form, vehicle, day), rules)
    return breakdown, compare_plans(form.finance, breakdown.vehicle_price, breakdown.total)


def approval_required(discount: Decimal, consultant: SalesStaffRecord) -> bool:
    """True when `consultant` may not give `discount` without a manager (经理审批)."""
    return needs_manager_approval(discount, consultant.discount_limit)


def status_on(status: QuoteStatus | str, valid_until: date | None, day: date) -> QuoteStatus:
    """The status of a quote on `day`: an open quote past its validity has expired."""
    status = QuoteStatus(status)
    if status in _OPEN and valid_until is not None and valid_until < day:
        return QuoteStatus.EXPIRED
    return status


# --- use cases -----------------------------------------------------------------------------


@acting.needs(Permission.QUOTE_EDIT)
def create_quote(db: Database, form: QuoteForm, *, store_id: int, who: str = "",
                 today: date | None = None,
                 rules: tuple[NevTaxRule, ...] = NEV_TAX_RULES) -> QuoteRecord:
    """Price `form` and save it as a new draft with the next number of the store's day."""
    day = today or store_today()
    with db.session() as s:
        get_or_raise(s, Store, store_id, "门店", "store", field="store_id")
        # One desk at a time numbers a store's quotes (PostgreSQL row lock until commit);
        # the unique constraint and a retry remain the safety net.
        s.execute(select(Store.id).where(Store.id == store_id).with_for_update())
        quote = _insert_numbered(s, lambda number: _new_quote(s, form, store_id, number, 1,
                                                              None, day, rules),
                                 store_id, day)
        audit.record(s, who=who, action="create", row=quote)
        return _record(s, quote, day)


@acting.needs(Permission.QUOTE_EDIT)
def update_quote(db: Database, quote_id: int, expected_version: int | None, form: QuoteForm,
                 *, who: str = "", today: date | None = None,
                 rules: tuple[NevTaxRule, ...] = NEV_TAX_RULES) -> QuoteRecord:
    """Re-price and save a draft last read at `expected_version`.

    A quote given to the customer is not changed: revise it instead (Conflict).
    """
    day = today or store_today()
    with db.session() as s:
        quote = get_or_raise(s, Quote, quote_id, *_WHAT)
        check_version(quote, expected_version, *_WHAT)
        if status_on(quote.status, quote.valid_until, day) != QuoteStatus.DRAFT:
            raise Conflict("只有草稿可以修改；已交给客户的报价请另存为新版本。",
                           "Only a draft can be edited; revise a quote given to the customer.")
        before = audit.snapshot(quote)
        _fill(s, quote, form, day, rules)
        flag_modified(quote, "notes")  # lines alone would not bump the version
        with stale_guard(*_WHAT):
            s.flush()
        audit.record(s, who=who, action="update", row=quote, before=before)
        return _record(s, quote, day)


@acting.needs(Permission.QUOTE_EDIT)
def revise_quote(db: Database, quote_id: int, form: QuoteForm | None = None, *,
                 who: str = "", today: date | None = None,
                 rules: tuple[NevTaxRule, ...] = NEV_TAX_RULES) -> QuoteRecord:
    """A new version (draft) of the newest revision of a quote: same number, revision + 1.

    The old version is kept as it was. `form` None copies the old version's form, re-priced
    today and valid for `VALID_DAYS` from today.
    """
    day = today or store_today()
    with db.session() as s:
        old = get_or_raise(s, Quote, quote_id, *_WHAT)
        if not _is_latest(s, old):
            raise Conflict("该报价已有更新的版本，请在最新版本上修改。",
                           "This quote has a newer revision; revise the newest one.")
        form = form or replace(_form(old), valid_until=None)
        quote = _new_quote(s, form, old.store_id, old.number, old.revision + 1, old.id, day,
                           rules)
        try:
            with s.begin_nested():
                s.add(quote)
                s.flush()
        except IntegrityError:
            raise Conflict("其他工位刚刚创建了该报价的新版本，请刷新。",
                           "Another desk has just revised this quote; reload it.") from None
        audit.record(s, who=who, action="revise", row=quote)
        return _record(s, quote, day)


@acting.needs(Permission.QUOTE_EDIT)
def give_quote(db: Database, quote_id: int, expected_version: int | None = None, *,
               who: str = "", today: date | None = None) -> QuoteRecord:
    """Mark a draft as given to the customer (交给客户)."""
    return _move(db, quote_id, expected_version, QuoteStatus.DRAFT, QuoteStatus.GIVEN, who,
                 today)


@acting.needs(Permission.QUOTE_EDIT)
def accept_quote(db: Database, quote_id: int, expected_version: int | None = None, *,
                 who: str = "", today: date | None = None) -> QuoteRecord:
    """Record that the customer accepted a quote given to them, within its validity."""
    return _move(db, quote_id, expected_version, QuoteStatus.GIVEN, QuoteStatus.ACCEPTED, who,
                 today)


@acting.needs(Permission.QUOTE_VIEW)
def expire_quotes(db: Database, *, today: date | None = None,
                  store_id: int | None = None) -> int:
    """Store `expired` on every draft or given quote past its validity; how many."""
    day = today or store_today()
    # One UPDATE on the database (the group holds 500,000 quotes): never the quotes loaded
    # as objects; the version moves on as an ORM save would (an open editor sees it).
    query = (update(Quote).where(Quote.status.in_(_OPEN), Quote.valid_until < day)
             .values(status=QuoteStatus.EXPIRED, version_id=Quote.version_id + 1)
             .execution_options(synchronize_session=False))
    if store_id is not None:
        query = query.where(Quote.store_id == store_id)
    with db.session() as s:
        return s.execute(query).rowcount


@acting.needs(Permission.QUOTE_VIEW)
def get_quote(db: Database, quote_id: int, *, today: date | None = None) -> QuoteDetail:
    """A quote with its form, lines and finance comparison."""
    day = today or store_today()
    with db.session() as s:
        quote = get_or_raise(s, Quote, quote_id, *_WHAT)
        lines, finance = _priced(quote)
        return QuoteDetail(_record(s, quote, day), _form(quote), lines, finance)


@acting.needs(Permission.QUOTE_VIEW)
def list_quotes(db: Database, *, store_id: int | None = None, customer_id: int | None = None,
                status: QuoteStatus | str | None = None, latest_only: bool = False,
                limit: int = 200, today: date | None = None) -> tuple[QuoteRecord, ...]:
    """Quotes newest first, filtered by store, customer and status (as of today)."""
    day = today or store_today()
    query = select(Quote).order_by(Quote.quote_date.desc(), Quote.id.desc())
    if store_id is not None:
        query = query.where(Quote.store_id == store_id)
    if customer_id is not None:
        query = query.where(Quote.customer_id == customer_id)
    with db.session() as s:
        # Status (as of today) and the newest revision are known only once read: look
        # further ahead when filtering on them.
        ahead = limit if status is None and not latest_only else limit * 4
        records = _records(s, list(s.scalars(query.limit(ahead))), day)
    if status is not None:
        records = [r for r in records if r.status == QuoteStatus(status)]
    if latest_only:
        records = [r for r in records if r.latest]
    return tuple(records[:limit])


@acting.needs(Permission.QUOTE_EDIT)
def create_prospect(db: Database, *, name: str, mobile: str, consultant_id: int | None = None,
                    who: str = "") -> tuple[int, str]:
    """Register an unknown customer on the spot as a prospect (潜客): (id, name).

    The mobile is required and must not belong to a customer already (Conflict names them).
    """
    number = validate_mobile(mobile)
    if number is None:
        raise ValidationError("请输入客户手机号。", "Enter the customer's mobile number.",
                              field="mobile")
    with db.session() as s:
        existing = s.scalar(select(Customer).where(Customer.mobile == number).limit(1))
        if existing is not None:
            raise Conflict(f"该手机号已登记为客户“{existing.name}”，请直接搜索选择。",
                           f"This mobile belongs to customer {existing.name}; search for them.",
                           field="mobile")
        customer = create_customer_in(s, name=name, mobile=number, kind=CustomerKind.PROSPECT,
                                      consultant_id=consultant_id, who=who)
        return customer.id, customer.name


@acting.needs(Permission.QUOTE_VIEW)
def quote_document(db: Database, quote_id: int) -> QuoteDocument:
    """Everything `render_quote` prints for a quote."""
    with db.session() as s:
        quote = get_or_raise(s, Quote, quote_id, *_WHAT)
        customer = s.get(Customer, quote.customer_id) if quote.customer_id else None
        consultant = s.get(Staff, quote.consultant_id) if quote.consultant_id else None
        lines, finance = _priced(quote)
        return QuoteDocument(
            store=store_info_in(s, quote.store_id),
            number=quote.number, quote_date=_quote_date(quote),
            valid_until=quote.valid_until or _quote_date(quote),
            consultant_name=consultant.name if consultant else "",
            consultant_phone=(consultant.mobile or "") if consultant else "",
            customer_name=customer.name if customer else "",
            customer_salutation=customer.salutation if customer else "",
            customer_mobile=(customer.mobile or "") if customer else "",
            vehicle_brand=quote.brand, vehicle_model=quote.model, vehicle_trim=quote.trim,
            vehicle_year=quote.model_year, energy=_energy(quote), lines=lines,
            total=sum((line.amount for line in lines), ZERO), finance=finance,
            notes=quote.notes, colour=quote.colour, revision=quote.revision,
            watermark=_watermark(quote, consultant))


def _watermark(quote: Quote, consultant: Staff | None) -> str:
    """草稿 on a draft, 未审批 on a discount beyond the consultant's limit nobody approved."""
    marks = []
    if quote.status == QuoteStatus.DRAFT:
        marks.append("草稿 DRAFT")
    if (consultant is not None and quote.approved_by_id is None
            and approval_required(_form(quote).discount, sales_staff_record(consultant))):
        marks.append("未审批 NOT APPROVED")
    return " · ".join(marks)


# --- building and storing ------------------------------------------------------------------


def _insert_numbered(session: Session, build, store_id: int, day: date) -> Quote:
    """Insert the quote `build(number)` makes under the next free number of `day`.

    Two desks may pick the same number at once: the unique constraint refuses the second,
    which tries the next number (in a savepoint, so the rest of the work is kept).
    """
    for _attempt in range(NUMBER_ATTEMPTS):
        quote = build(_next_number(session, store_id, day))
        try:
            with session.begin_nested():
                session.add(quote)
                session.flush()
            return quote
        except IntegrityError:
            continue
    raise Conflict("报价单号分配冲突，请重试。", "Could not allocate a quote number; try again.")


def _next_number(session: Session, store_id: int, day: date) -> str:
    """The number after the store's highest number of `day`."""
    prefix = format_quote_number(day, 1)[:-4]
    last = session.scalar(select(func.max(Quote.number))
                          .where(Quote.store_id == store_id, Quote.number.like(f"{prefix}%")))
    sequence = parse_quote_number(last)[1] + 1 if last else 1
    if sequence > 9999:
        raise Conflict("今日报价单号已用完。", "No quote numbers are left for today.")
    return format_quote_number(day, sequence)


def _new_quote(session: Session, form: QuoteForm, store_id: int, number: str, revision: int,
               revision_of_id: int | None, day: date, rules) -> Quote:
    quote = Quote(store_id=store_id, number=number, revision=revision,
                  revision_of_id=revision_of_id, status=QuoteStatus.DRAFT)
    _fill(session, quote, form, day, rules)
    return quote


def _fill(session: Session, quote: Quote, form: QuoteForm, day: date, rules) -> None:
    """Validate `form`, price it and put it on `quote` (lines and plans replaced)."""
    vehicle = get_or_raise(session, CatalogueVehicle, form.vehicle_id, "车型", "vehicle",
                           field="vehicle_id")
    consultant = _consultant(session, form.consultant_id, quote.store_id)
    if form.customer_id is not None:
        get_or_raise(session, Customer, form.customer_id, "客户", "customer", field="customer_id")
    breakdown, _finance = price(form, vehicle_record(vehicle), day, rules)
    approver = _approval(session, form, consultant, quote.store_id, _standing(session, quote))
    quote.customer_id, quote.consultant_id = form.customer_id, consultant.id
    quote.catalogue_vehicle_id = vehicle.id
    quote.brand, quote.model, quote.trim = vehicle.brand, vehicle.model, vehicle.trim
    quote.model_year, quote.energy = vehicle.model_year, vehicle.energy
    quote.new_energy = vehicle_record(vehicle).energy.is_new_energy
    quote.colour = " ".join(form.colour.split())[:30]
    quote.notes = (form.notes or "").strip()[:2000]
    quote.quote_date = day
    quote.valid_until = _valid_until(form.valid_until, day)
    if approver is None:
        quote.approved_by_id = quote.approved_at = None
    elif quote.approved_by_id != approver.id:
        quote.approved_by_id, quote.approved_at = approver.id, now_utc()
    quote.lines = [QuoteLine(position=i, kind=line.kind.value, label=line.label[:80],
                             label_en=line.label_en[:80], amount=abs(line.amount))
                   for i, line in enumerate(breakdown.lines)]
    quote.finance_plans = [QuoteFinancePlan(
        lender=p.lender[:60], product=p.product[:60], down_payment_pct=Decimal(p.down_payment_pct),
        term_months=p.term_months, annual_rate=Decimal(p.annual_rate), fees=money(p.fees),
        interest_free=p.interest_free) for p in form.finance]


def _valid_until(value: date | None, day: date) -> date:
    if value is None:
        return day + timedelta(days=VALID_DAYS)
    if value < day:
        raise ValidationError("有效期不能早于报价日期。",
                              "The quote cannot be valid until a day before it was made.",
                              field="valid_until")
    return value


def _consultant(session: Session, staff_id: int, store_id: int) -> SalesStaffRecord:
    staff = session.get(Staff, staff_id) if staff_id is not None else None
    if (staff is None or not staff.active or staff.store_id not in (None, store_id)
            or staff.role not in (StaffRole.SALES_CONSULTANT, StaffRole.MANAGER)):
        raise ValidationError("请选择本店在职的销售顾问。",
                              "Choose an active sales consultant of this store.",
                              field="consultant_id")
    return sales_staff_record(staff)


def _standing(session: Session, quote: Quote) -> tuple[int | None, Decimal]:
    """The approver and discount the quote (or the revision it copies) already holds."""
    source = quote if quote.id is not None else (
        session.get(Quote, quote.revision_of_id) if quote.revision_of_id else None)
    if source is None or source.approved_by_id is None:
        return None, ZERO
    return source.approved_by_id, _line_sum(source, LineKind.DISCOUNT)


def _approval(session: Session, form: QuoteForm, consultant: SalesStaffRecord,
              store_id: int, standing: tuple[int | None, Decimal]) -> SalesStaffRecord | None:
    """The approving manager when the discount needs one; ApprovalRequired when missing.

    The approver is whoever proved it: a grant (`form.approval_token`, the manager typed
    their password or PIN), the signed-in person when they may approve, or the approval the
    quote already holds for at least this discount. A name chosen in a list proves nothing.
    """
    if not approval_required(form.discount, consultant):
        return None
    approver_id = _proved_approver(form, standing)
    if approver_id is None:
        if form.approved_by_id is not None:
            raise ValidationError(
                "审批人须为本店在职经理，并由其本人在此工位登录或输入密码 / PIN。",
                "The approver must be an active manager of this store, signing in or typing "
                "their own password or PIN at this desk.", field="approved_by_id")
        raise approval_error(form.discount, consultant)
    staff = session.get(Staff, approver_id)
    if (staff is None or not staff.active or staff.role != StaffRole.MANAGER
            or staff.store_id not in (None, store_id)):
        raise ValidationError("审批人须为本店在职经理。",
                              "The approver must be an active manager of this store.",
                              field="approved_by_id")
    manager = sales_staff_record(staff)
    if staff.discount_limit is not None and money(form.discount) > manager.discount_limit:
        raise ValidationError(
            f"优惠超出经理 {manager.name} 的审批权限（{manager.discount_limit:,.2f} 元）。",
            f"The discount is beyond manager {manager.name}'s approval limit "
            f"({manager.discount_limit:,.2f} CNY).", field="approved_by_id")
    return manager


def _proved_approver(form: QuoteForm, standing: tuple[int | None, Decimal]) -> int | None:
    proved = accounts.proved_approver(form.approval_token, Permission.DISCOUNT_APPROVE,
                                      money(form.discount))
    if proved is not None:
        return proved
    approver_id, discount = standing
    if approver_id is not None and form.approved_by_id == approver_id \
            and money(form.discount) <= discount:
        return approver_id
    return None


def approval_error(discount: Decimal, consultant: SalesStaffRecord) -> ApprovalRequired:
    """The message for a discount beyond `consultant`'s limit (the editor shows it too)."""
    return ApprovalRequired(
        f"门店优惠 {money(discount):,.2f} 元超出销售顾问 {consultant.name} 的权限"
        f"（{consultant.discount_limit:,.2f} 元），需经理审批。",
        f"A store discount of {money(discount):,.2f} CNY is beyond {consultant.name}'s limit "
        f"({consultant.discount_limit:,.2f} CNY): a manager must approve it.", field="discount")


def _move(db: Database, quote_id: int, expected_version: int | None, source: QuoteStatus,
          target: QuoteStatus, who: str, today: date | None) -> QuoteRecord:
    day = today or store_today()
    with db.session() as s:
        quote = get_or_raise(s, Quote, quote_id, *_WHAT)
        check_version(quote, expected_version, *_WHAT)
        current = status_on(quote.status, quote.valid_until, day)
        if current == QuoteStatus.EXPIRED:
            raise Conflict(f"报价已过期（有效期至 {quote.valid_until:%Y-%m-%d}），请另存为新版本。",
                           f"The quote expired on {quote.valid_until:%Y-%m-%d}; revise it.")
        if not _is_latest(s, quote):
            raise Conflict("该报价已有更新的版本。", "This quote has a newer revision.")
        if current != source:
            raise Conflict(_TRANSITION_ZH[target], _TRANSITION_EN[target])
        before = audit.snapshot(quote)
        quote.status = target
        with stale_guard(*_WHAT):
            s.flush()
        audit.record(s, who=who, action=target.value, row=quote, before=before)
        return _record(s, quote, day)


_TRANSITION_ZH = {QuoteStatus.GIVEN: "只有草稿可以交给客户。",
                  QuoteStatus.ACCEPTED: "只有已交给客户的报价可以确认接受。"}
_TRANSITION_EN = {QuoteStatus.GIVEN: "Only a draft can be given to the customer.",
                  QuoteStatus.ACCEPTED: "Only a quote given to the customer can be accepted."}


# --- reading back --------------------------------------------------------------------------


def _is_latest(session: Session, quote: Quote) -> bool:
    newest = session.scalar(select(func.max(Quote.revision))
                            .where(Quote.store_id == quote.store_id, Quote.number == quote.number))
    return newest == quote.revision


def _quote_date(quote: Quote) -> date:
    return quote.quote_date or store_today(quote.created_at)


def _energy(quote: Quote) -> EnergyType:
    if quote.energy is not None:
        return EnergyType(quote.energy)
    return EnergyType.BEV if quote.new_energy else EnergyType.PETROL


def _stored_lines(quote: Quote) -> tuple[BreakdownLine, ...]:
    return tuple(BreakdownLine(LineKind(line.kind), line.label,
                               signed_amount(line.kind, line.amount), line.label_en)
                 for line in quote.lines)


def _plans(quote: Quote) -> tuple[FinancePlan, ...]:
    return tuple(FinancePlan(p.lender, p.product, p.down_payment_pct, p.term_months,
                             p.annual_rate, p.fees, p.interest_free) for p in quote.finance_plans)


def _priced(quote: Quote) -> tuple[tuple[BreakdownLine, ...], tuple[FinanceResult, ...]]:
    """The stored lines (with the tax note when re-pricing agrees) and the finance figures."""
    lines = _stored_lines(quote)
    total = sum((line.amount for line in lines), ZERO)
    vehicle_price = sum((line.amount for line in lines if line.kind in
                         (LineKind.MSRP, LineKind.SUBSIDY, LineKind.DISCOUNT)), ZERO)
    try:
        form = _form(quote)
        repriced = compute_breakdown(QuoteInput(
            msrp=_line_sum(quote, LineKind.MSRP), energy=_energy(quote),
            quote_date=_quote_date(quote), subsidy=form.subsidy, discount=form.discount,
            accessories=form.accessories, insurance=form.insurance,
            registration_fee=form.registration_fee, other_fees=form.other_fees))
        if [x.amount for x in repriced.lines] == [x.amount for x in lines]:
            lines = repriced.lines
    except UserError:
        pass
    return lines, compare_plans(_plans(quote), vehicle_price, total)


def _line_sum(quote: Quote, kind: LineKind) -> Decimal:
    return sum((line.amount for line in quote.lines if line.kind == kind), ZERO)


def _item(line: QuoteLine) -> PricedItem:
    kind = LineKind(line.kind)
    name = line.label.split("：", 1)[1] if "：" in line.label else line.label
    name_en = "" if line.label_en == _GENERIC_EN[kind] else line.label_en
    return PricedItem(name, line.amount, name_en)


def _form(quote: Quote) -> QuoteForm:
    """The form a stored quote was made from (to edit or revise it)."""
    items: dict[str, list[PricedItem]] = {"accessories": [], "insurance": [], "other_fees": []}
    for line in quote.lines:
        if LineKind(line.kind) in _ITEM_KINDS:
            items[_ITEM_KINDS[LineKind(line.kind)]].append(_item(line))
    return QuoteForm(
        vehicle_id=quote.catalogue_vehicle_id, consultant_id=quote.consultant_id,
        customer_id=quote.customer_id, colour=quote.colour,
        subsidy=_line_sum(quote, LineKind.SUBSIDY), discount=_line_sum(quote, LineKind.DISCOUNT),
        accessories=tuple(items["accessories"]), insurance=tuple(items["insurance"]),
        registration_fee=_line_sum(quote, LineKind.REGISTRATION),
        other_fees=tuple(items["other_fees"]), finance=_plans(quote),
        valid_until=quote.valid_until, notes=quote.notes, approved_by_id=quote.approved_by_id)


def _record(session: Session, quote: Quote, day: date) -> QuoteRecord:
    return _records(session, [quote], day)[0]


def _records(session: Session, quotes: list[Quote], day: date) -> list[QuoteRecord]:
    """The records of `quotes`: their customers, staff and newest revisions read in one
    query each, whatever the number of quotes (a list of 800 is 3 queries, not 2,400)."""
    customers = {c.id: c for c in session.scalars(select(Customer).where(
        Customer.id.in_({q.customer_id for q in quotes if q.customer_id})))}
    names = dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(
        {x for q in quotes for x in (q.consultant_id, q.approved_by_id) if x}))).all())
    newest = {(store, number): revision for store, number, revision in session.execute(
        select(Quote.store_id, Quote.number, func.max(Quote.revision))
        .where(Quote.store_id.in_({q.store_id for q in quotes}),
               Quote.number.in_({q.number for q in quotes}))
        .group_by(Quote.store_id, Quote.number))}
    return [_record_of(q, day, customers.get(q.customer_id), names,
                       newest.get((q.store_id, q.number)) == q.revision) for q in quotes]


def _record_of(quote: Quote, day: date, customer: Customer | None, names: dict[int, str],
               latest: bool) -> QuoteRecord:
    year = f"{quote.model_year} 款" if quote.model_year else ""
    title = " ".join(p for p in (quote.brand, quote.model, year, quote.trim) if p)
    return QuoteRecord(
        id=quote.id, store_id=quote.store_id, number=quote.number, revision=quote.revision,
        revision_of_id=quote.revision_of_id, latest=latest,
        customer_id=quote.customer_id, customer_name=customer.name if customer else "",
        customer_mobile_masked=mask_mobile(customer.mobile) if customer else "",
        consultant_id=quote.consultant_id,
        consultant_name=names.get(quote.consultant_id, ""),
        vehicle_id=quote.catalogue_vehicle_id, vehicle_title=title, colour=quote.colour,
        quote_date=_quote_date(quote), valid_until=quote.valid_until or _quote_date(quote),
        status=status_on(quote.status, quote.valid_until, day).value,
        total=sum((signed_amount(x.kind, x.amount) for x in quote.lines), ZERO),
        discount=_line_sum(quote, LineKind.DISCOUNT), approved_by_id=quote.approved_by_id,
        approved_by_name=names.get(quote.approved_by_id, ""), version=quote.version_id)
