"""Customers: create, update, the profile with vehicles, and the desk's quick search."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pypinyin import Style, lazy_pinyin
from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain import plates
from app.domain.roles import Permission, sees_full_mobile
from app.errors import NotFound, ValidationError
from app.models import (
    Customer,
    CustomerKind,
    CustomerSource,
    CustomerStore,
    CustomerTier,
    Staff,
    StaffRole,
    Vehicle,
    Visit,
)
from app.services import audit, points
from app.services.common import (
    active_staff_id,
    check_version,
    column_limit,
    get_or_raise,
    mask_mobile,
    now_utc,
    parse_choice,
    stale_guard,
    store_today,
)
from app.services.scoping import in_scope, scoped, served, served_customer_ids
from app.services.vehicles import VehicleRecord
from app.services.vehicles import to_record as vehicle_record
from app.validation import check_text, plain_date

_WHAT = ("客户资料", "customer")
_MOBILE = re.compile(r"^1[3-9][0-9]{9}$")
#: Two-character surnames, so 欧阳娜娜 is greeted as 欧阳女士.
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
                      "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "南宫", "独孤")

#: Fields `create_customer` and `update_customer` accept besides `name`.
EDITABLE = frozenset({
    "name", "salutation", "mobile", "birthday", "birthday_lunar", "kind", "source", "consent_contact",
    "consent_contact_at", "consent_plate_recognition", "consent_plate_recognition_at",
    "tier", "consultant_id", "advisor_id", "notes", "referred_by_id",
})


@dataclass(frozen=True)
class CustomerRecord:
    """A customer as the desk shows it. `mobile_masked` is for screens others can see;
    `mobile` is the masked one too when the acting person may not see it in full
    (`roles.sees_full_mobile`), and then `mobile_hidden` is True."""

    id: int
    name: str
    salutation: str
    greeting: str
    mobile: str | None
    mobile_masked: str
    birthday: date | None
    kind: str
    source: str
    tier: str
    consent_contact: bool
    consent_contact_at: date | None
    consent_plate_recognition: bool
    consent_plate_recognition_at: date | None
    consultant_id: int | None
    advisor_id: int | None
    notes: str
    version: int
    #: When a consent was last withdrawn (None while given, or never given).
    consent_contact_withdrawn_at: date | None = None
    consent_plate_recognition_withdrawn_at: date | None = None
    mobile_hidden: bool = False


@dataclass(frozen=True)
class CustomerProfile:
    """A customer with their vehicles and the names of their assigned staff."""

    customer: CustomerRecord
    vehicles: tuple[VehicleRecord, ...]
    consultant_name: str | None
    advisor_name: str | None


@dataclass(frozen=True)
class CustomerHit:
    """One search result; `matched_on` is 'plate', 'mobile', 'mobile_tail', 'name' or
    'initials'."""

    customer_id: int
    name: str
    greeting: str
    mobile_masked: str
    tier: str
    plates: tuple[str, ...]
    matched_on: str


def greeting(name: str, salutation: str) -> str:
    """How staff address the customer: surname + salutation (张先生), or the full name."""
    if not salutation:
        return name
    surname = name[:2] if name.startswith(_COMPOUND_SURNAMES) else name[:1]
    return f"{surname}{salutation}"


def name_initials(name: str) -> str:
    """Lower-case pinyin initials of a name (张伟 → 'zw'), for search."""
    letters = lazy_pinyin(name, style=Style.FIRST_LETTER,
                          errors=lambda rest: [w[:1] for w in re.findall(r"[A-Za-z]+", rest)])
    return re.sub(r"[^a-z]", "", "".join(letters).lower())[:20]


def normalise_mobile(text: str | None) -> str | None:
    """Digits only, without a +86 / 0086 prefix; None for empty."""
    digits = re.sub(r"[\s\-()（）]", "", text or "")
    digits = re.sub(r"^(\+86|0086)", "", digits)
    return digits or None


def to_record(c: Customer) -> CustomerRecord:
    """The plain record of an ORM customer, its mobile as the acting person may see it."""
    hidden = c.mobile is not None and not _sees_mobile(c)
    return CustomerRecord(
        id=c.id, name=c.name, salutation=c.salutation, greeting=greeting(c.name, c.salutation),
        mobile=mask_mobile(c.mobile) if hidden else c.mobile,
        mobile_masked=mask_mobile(c.mobile), mobile_hidden=hidden, birthday=c.birthday,
        kind=str(c.kind), source=str(c.source), tier=str(c.tier),
        consent_contact=c.consent_contact, consent_contact_at=c.consent_contact_at,
        consent_plate_recognition=c.consent_plate_recognition,
        consent_plate_recognition_at=c.consent_plate_recognition_at,
        consultant_id=c.consultant_id, advisor_id=c.advisor_id, notes=c.notes,
        version=c.version_id,
        consent_contact_withdrawn_at=c.consent_contact_withdrawn_at,
        consent_plate_recognition_withdrawn_at=c.consent_plate_recognition_withdrawn_at,
    )


def _sees_mobile(c: Customer) -> bool:
    actor = acting.current()
    return actor is not None and sees_full_mobile(actor.role, actor.staff_id, c.consultant_id,
                                                  system=actor.system)


@acting.needs(Permission.CUSTOMER_EDIT)
def create_customer(db: Database, *, name: str, who: str = "", store_id: int | None = None,
                    **fields: Any) -> CustomerRecord:
    """Register a customer (or prospect). Keyword fields are those of `EDITABLE`. With the
    desk's `store_id`, a customer referred by another (source referral, `referred_by_id`)
    earns the referrer their points there, in the same transaction."""
    with db.session() as s:
        customer = create_customer_in(s, name=name, who=who, **fields)
        if store_id is not None:
            points.award_referral_in(s, customer.id, store_id=store_id, who=who)
        return to_record(customer)


def create_customer_in(session: Session, *, name: str, who: str = "",
                       **fields: Any) -> Customer:
    """`create_customer` inside an open session (for services creating several rows)."""
    _refuse_unknown(fields)
    customer = Customer(name="")
    _apply(session, customer, {"name": name, **fields})
    session.add(customer)
    session.flush()
    audit.record(session, who=who, action="create", row=customer)
    return customer


@acting.needs(Permission.CUSTOMER_EDIT)
def update_customer(db: Database, customer_id: int, expected_version: int, *, who: str = "",
                    **changes: Any) -> CustomerRecord:
    """Change fields of a customer last read at `expected_version`.

    StaleEdit when another desk saved the customer in between: nothing is saved and the
    caller keeps the user's edit to apply again on the fresh record.
    """
    _refuse_unknown(changes)
    with db.session() as s:
        customer = get_or_raise(s, Customer, customer_id, *_WHAT)
        check_version(customer, expected_version, *_WHAT)
        if customer.mobile and changes.get("mobile") == mask_mobile(customer.mobile):
            changes.pop("mobile")   # the masked number shown back: not a change
        before = audit.snapshot(customer)
        _apply(s, customer, changes)
        with stale_guard(*_WHAT):
            s.flush()
        audit.record(s, who=who, action="update", row=customer, before=before)
        return to_record(customer)


@acting.needs(Permission.CUSTOMER_VIEW)
def get_customer(db: Database, customer_id: int) -> CustomerProfile:
    """A customer's profile: their record, vehicles (active first) and assigned staff."""
    with db.session() as s:
        customer = get_or_raise(s, Customer, customer_id, *_WHAT)
        refuse_unserved(s, customer_id)
        audit.record_view(s, customer, what="profile")
        vehicles = s.scalars(select(Vehicle).where(Vehicle.owner_id == customer_id)
                             .order_by(Vehicle.active.desc(), Vehicle.id))
        return CustomerProfile(
            customer=to_record(customer),
            vehicles=tuple(vehicle_record(v) for v in vehicles),
            consultant_name=_staff_name(s, customer.consultant_id),
            advisor_name=_staff_name(s, customer.advisor_id),
        )


#: How far back the customers page's "recent" list looks for arrivals.
RECENT_DAYS = 90
#: Above every character a name or initials hold: the end of a prefix's range.
_LAST_CHARACTER = "\U0010ffff"
#: The plate search of a store's view on PostgreSQL (migration 0012_search).
_PLATE_OWNERS = sql_text("SELECT owner_id, plate FROM dealerdesk_plate_owners(:patterns, :lim)")

#: The longest search reception may type: a name, a plate or a mobile is far shorter.
MAX_SEARCH = 50


@acting.needs(Permission.CUSTOMER_VIEW)
def search_customers(db: Database, query: str, *, limit: int = 50) -> tuple[CustomerHit, ...]:
    """Customers matching what a receptionist typed.

    Eleven digits search the mobile, four digits the mobile's last four (and plates), other
    digit and letter mixes a part of a plate, tolerating one OCR-style confusion (0/D/Q,
    8/B, 1/I/7, 2/Z, 5/S, 6/G); Latin letters alone the pinyin initials (zw → 张伟);
    Chinese characters the name, or the plate when it starts with a province character.
    """
    text = checked_query(query)
    if not text:
        return ()
    with db.session() as s:
        return search_customers_in(s, text, limit)


@acting.needs(Permission.CUSTOMER_VIEW)
def recent_customers(db: Database, *, limit: int = 50) -> tuple[CustomerHit, ...]:
    """The store's customers seen or changed most recently (last arrival in the last
    `RECENT_DAYS`, else last change), for the customers page before anything is typed;
    `matched_on` is empty. Two bounded queries, merged: never a scan of every customer."""
    since = now_utc() - timedelta(days=RECENT_DAYS)
    with db.session() as s:
        seen = dict(s.execute(
            select(Visit.customer_id, func.max(Visit.arrived_at))
            .where(in_scope(Visit.store_id), Visit.customer_id.is_not(None),
                   Visit.arrived_at >= since)
            .group_by(Visit.customer_id).order_by(func.max(Visit.arrived_at).desc())
            .limit(limit)).all())
        changed = s.execute(_changed_last(limit)).all()
        at = {**{i: t for i, t in changed}, **seen}
        ids = sorted(at, key=lambda i: (at[i], i), reverse=True)[:limit]
        return _hits(s, dict.fromkeys(ids, ""), limit)


def _changed_last(limit: int):
    """(customer id, updated_at) of the scope's customers changed last, newest first: a
    store's (or division's) links carry the time (0014_unsettled), read from their index
    under row-level security too; the group's view reads the customers' own index."""
    if not scoped():
        return (select(Customer.id, Customer.updated_at)
                .order_by(Customer.updated_at.desc(), Customer.id.desc()).limit(limit))
    return (select(CustomerStore.customer_id, CustomerStore.updated_at)
            .where(in_scope(CustomerStore.store_id), CustomerStore.updated_at.is_not(None))
            .order_by(CustomerStore.updated_at.desc(), CustomerStore.customer_id.desc())
            .limit(limit))


def refuse_unserved(session: Session, customer_id: int) -> None:
    """NotFound when the desk's store does not serve the customer (another store's)."""
    if scoped() and session.scalar(select(Customer.id).where(
            Customer.id == customer_id, served(Customer.id))) is None:
        raise NotFound(f"找不到该{_WHAT[0]}（编号 {customer_id}）。",
                       f"No such {_WHAT[1]} (id {customer_id}).")


def checked_query(query: str | None) -> str:
    """What was typed in a search field, stripped; refused when too long or not text."""
    text = (query or "").strip()
    if len(text) > MAX_SEARCH:
        raise ValidationError(f"搜索内容过长（最多 {MAX_SEARCH} 个字符），请输入车牌、手机号或姓名。",
                              f"The search is too long (at most {MAX_SEARCH} characters): "
                              "type a plate, a mobile number or a name.", field="query")
    if text:
        check_text("query", text, MAX_SEARCH)
    return text


def search_customers_in(session: Session, text: str, limit: int) -> tuple[CustomerHit, ...]:
    """`search_customers` inside an open session, on text already checked."""
    found: dict[int, str] = {}
    for matched_on, customer_ids in _searches(session, text, limit):
        for customer_id in customer_ids:
            found.setdefault(customer_id, matched_on)
    return _hits(session, found, limit)


def _searches(session: Session, text: str, limit: int):
    """(matched_on, customer ids) pairs, best kind of match first."""
    mobile = normalise_mobile(text) or ""
    plate = plates.normalise(text)
    if mobile.isdigit() and len(mobile) == 11:
        yield "mobile", _ids(session, select(Customer.id).where(Customer.mobile == mobile), limit)
        return
    if mobile.isdigit() and len(mobile) == 4:
        yield "mobile_tail", _ids(session, select(Customer.id)
                                  .where(Customer.mobile_tail == mobile), limit)
    if re.fullmatch(r"[a-zA-Z]+", text):
        yield "initials", served_customer_ids(
            session, "name_initials", lambda column: _starts(column, text.lower()), limit)
    if _looks_like_plate(plate):
        yield "plate", _plate_owner_ids(session, plate, limit)
    elif re.search(r"[\u4e00-\u9fff]", text):
        yield "name", _name_ids(session, text, limit)


def _starts(column, prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`: as a range an index serves (also under row-level
    security: comparisons are leakproof, LIKE is not), and as LIKE to be exact."""
    return and_(column >= prefix, column < prefix + _LAST_CHARACTER,
                column.startswith(prefix, autoescape=True))


def _name_ids(session: Session, text: str, limit: int) -> list[int]:
    """Customers whose name contains `text`: names starting with it first, then the
    others, each in name order."""
    found = served_customer_ids(session, "name", lambda column: _starts(column, text), limit)
    if len(found) < limit:
        found += served_customer_ids(
            session, "name", lambda column: column.contains(text, autoescape=True),
            limit - len(found), leaving_out=found)
    return found


def _looks_like_plate(plate: str) -> bool:
    """A part of a plate: a province character and/or Latin letters and digits with at
    least one digit, or a province character followed by letters."""
    body = plate[1:] if plate[:1] in plates.PROVINCES else plate
    if not re.fullmatch(r"[A-Z0-9]*", body) or len(plate) < 2:
        return False
    return any(c.isdigit() for c in body) or (plate[:1] in plates.PROVINCES and bool(body))


def _plate_owner_ids(session: Session, plate: str, limit: int) -> list[int]:
    """Owners of active vehicles whose plate contains `plate` or a one-confusion variant;
    exact and literal matches first.

    A store's (or division's) view on PostgreSQL asks `dealerdesk_plate_owners` (migration
    0012_search), which may use the plates' trigram index under row-level security."""
    patterns = [plate, *sorted(plates.confusable_variants(plate))]
    if scoped() and session.get_bind().dialect.name == "postgresql":
        rows = session.execute(_PLATE_OWNERS, {"patterns": [f"%{_like_escaped(p)}%"
                                                            for p in patterns],
                                               "lim": limit * 4}).all()
    else:
        rows = session.execute(
            select(Vehicle.owner_id, Vehicle.plate)
            .where(Vehicle.active.is_(True), Vehicle.owner_id.is_not(None),
                   served(Vehicle.owner_id),
                   or_(*(Vehicle.plate.contains(p, autoescape=True) for p in patterns)))
            .limit(limit * 4)).all()
    rows.sort(key=lambda r: (r.plate != plate, plate not in r.plate, r.plate))
    return [r.owner_id for r in rows]


def _like_escaped(text: str) -> str:
    """`text` for a LIKE pattern with the default escape character (backslash)."""
    return re.sub(r"([\\%_])", r"\\\1", text)


def _ids(session: Session, statement, limit: int) -> list[int]:
    return list(session.scalars(statement.where(served(Customer.id)).limit(limit)))


def _hits(session: Session, found: dict[int, str], limit: int) -> tuple[CustomerHit, ...]:
    ids = list(found)[:limit]
    if not ids:
        return ()
    customers = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids)))}
    owned: dict[int, list[str]] = {}
    for owner_id, plate in session.execute(
            select(Vehicle.owner_id, Vehicle.plate)
            .where(Vehicle.owner_id.in_(ids), Vehicle.active.is_(True)).order_by(Vehicle.id)):
        owned.setdefault(owner_id, []).append(plate)
    return tuple(
        CustomerHit(customer_id=i, name=customers[i].name,
                    greeting=greeting(customers[i].name, customers[i].salutation),
                    mobile_masked=mask_mobile(customers[i].mobile), tier=str(customers[i].tier),
                    plates=tuple(owned.get(i, ())), matched_on=found[i])
        for i in ids)


def _refuse_unknown(fields: dict[str, Any]) -> None:
    unknown = set(fields) - EDITABLE
    if unknown:
        raise TypeError(f"unknown customer fields: {sorted(unknown)}")


def _apply(session: Session, customer: Customer, changes: dict[str, Any]) -> None:
    """Validate `changes` and set them on `customer` (no flush until all are checked)."""
    with session.no_autoflush:
        _set_fields(session, customer, changes)


def _set_fields(session: Session, customer: Customer, changes: dict[str, Any]) -> None:
    today = store_today()
    if "name" in changes:
        customer.name = _name(changes["name"])
        customer.name_initials = name_initials(customer.name)
    if "salutation" in changes:
        customer.salutation = _short(changes["salutation"], "salutation", 0, "称呼", "Salutation")
    if "mobile" in changes:
        customer.mobile = validate_mobile(changes["mobile"])
        customer.mobile_tail = customer.mobile[-4:] if customer.mobile else None
    if "birthday" in changes:
        customer.birthday = _birthday(changes["birthday"], today)
    if "birthday_lunar" in changes:
        customer.birthday_lunar = bool(changes["birthday_lunar"])
    if "kind" in changes:
        customer.kind = parse_choice(CustomerKind, changes["kind"], "kind", "客户类型",
                                     "customer kind")
    if "source" in changes:
        customer.source = parse_choice(CustomerSource, changes["source"], "source", "客户来源",
                                       "source")
    if "tier" in changes:
        customer.tier = parse_choice(CustomerTier, changes["tier"], "tier", "客户等级", "tier")
    for consent in ("consent_contact", "consent_plate_recognition"):
        _consent(customer, changes, consent, today)
    if "consultant_id" in changes:
        customer.consultant_id = active_staff_id(session, changes["consultant_id"], "consultant_id",
                                        StaffRole.SALES_CONSULTANT)
    if "advisor_id" in changes:
        customer.advisor_id = active_staff_id(session, changes["advisor_id"], "advisor_id",
                                     StaffRole.SERVICE_ADVISOR)
    if "notes" in changes:
        customer.notes = _short(changes["notes"], "notes", 2000, "备注", "Notes")
    if "referred_by_id" in changes:
        customer.referred_by_id = _referrer(session, customer, changes["referred_by_id"])


def _referrer(session: Session, customer: Customer, referrer_id: int | None) -> int | None:
    """The referrer's id, checked: another customer the store knows."""
    if referrer_id is None:
        return None
    if referrer_id == customer.id or session.get(Customer, referrer_id) is None:
        raise ValidationError("请选择介绍人（另一位已登记的客户）。",
                              "Choose who referred them (another registered customer).",
                              field="referred_by_id")
    return referrer_id


def validate_mobile(text: str | None) -> str | None:
    """A mainland mobile number (11 digits, 1[3-9]…) or None; ValidationError on 'mobile'."""
    mobile = normalise_mobile(text)
    if mobile is not None and not _MOBILE.match(mobile):
        raise ValidationError("手机号须为 11 位数字，以 13–19 开头。",
                              "A mobile number has 11 digits and starts with 13 to 19.",
                              field="mobile")
    return mobile


def _name(value: str | None) -> str:
    # Control characters are refused before whitespace is tidied (\s matches some).
    check_text("name", value or "", None, multiline=True)
    name = re.sub(r"\s+", " ", value or "").strip()
    if not name:
        raise ValidationError("请输入客户姓名。", "Enter the customer's name.", field="name")
    return check_text("name", name, column_limit(Customer, "name"))


def _short(value: str | None, field: str, limit: int, label_zh: str, label_en: str) -> str:
    """Stripped text within its column's limit (or `limit` for unlimited text)."""
    value = (value or "").strip()
    column = column_limit(Customer, field)
    if column is None and len(value) > limit:
        raise ValidationError(f"{label_zh}过长（最多 {limit} 个字）。",
                              f"{label_en} is too long (at most {limit} characters).",
                              field=field)
    return check_text(field, value, column, multiline=column is None)


def _birthday(value: date | None, today: date) -> date | None:
    if plain_date("birthday", value) is None:
        return None
    if value > today:
        raise ValidationError("生日不能晚于今天。", "The birthday cannot be in the future.",
                              field="birthday")
    if value.year < 1900:
        raise ValidationError("生日年份不正确。", "The birthday's year is not plausible.",
                              field="birthday")
    return value


def _consent(customer: Customer, changes: dict[str, Any], name: str, today: date) -> None:
    """Set a consent flag. Giving it dates it (today by default) and clears its withdrawal;
    withdrawing it clears that date and dates the withdrawal; saving it unchanged keeps
    its dates."""
    at_name, off_name = f"{name}_at", f"{name}_withdrawn_at"
    if name in changes:
        given, was = bool(changes[name]), bool(getattr(customer, name))
        setattr(customer, name, given)
        if given and (not was or changes.get(at_name) or getattr(customer, at_name) is None):
            setattr(customer, at_name, changes.get(at_name) or today)
            setattr(customer, off_name, None)
        elif not given:
            setattr(customer, at_name, None)
            if was:
                setattr(customer, off_name, today)
    elif at_name in changes and getattr(customer, name):
        setattr(customer, at_name, changes[at_name])
    at = getattr(customer, at_name)
    if at is not None and at > today:
        raise ValidationError("同意日期不能晚于今天。", "A consent date cannot be in the future.",
                              field=at_name)



def _staff_name(session: Session, staff_id: int | None) -> str | None:
    if staff_id is None:
        return None
    staff = session.get(Staff, staff_id)
    return staff.name if staff else None
