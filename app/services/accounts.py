"""Staff accounts: sign-in with a password or a PIN (argon2), lock-out, unlock, and
approvals given by the approver's own credentials.

Signing in returns the `Actor` the desk then acts as (`app.acting.set_actor`). Every sign-in,
failed sign-in, lock and unlock is an audit row. An approval (a discount beyond a
consultant's limit) is a one-time grant issued here when the approver types their own
password or PIN; the service that needs the approval checks the grant (`granted_by`).
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass
from decimal import Decimal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.roles import (
    DEFAULT_MAX_FAILED_SIGN_INS,
    MIN_PASSWORD_LENGTH,
    PIN_LENGTHS,
    Permission,
    StaffRole,
)
from app.errors import Conflict, NotFound, UserError, ValidationError
from app.models import Staff, Store
from app.services import audit, scoping
from app.services.common import parse_choice

_HASHER = PasswordHasher()
#: How long an approval grant stays good (seconds): the save it was given for follows it.
GRANT_SECONDS = 600


class SignInRefused(UserError):
    """A wrong name or secret, or a locked account."""


@dataclass(frozen=True)
class AccountRecord:
    """A member of staff with a sign-in account (never the hashes)."""

    id: int
    login: str
    name: str
    role: str
    store_id: int | None
    has_password: bool
    has_pin: bool
    failed_sign_ins: int
    locked: bool
    active: bool


@dataclass(frozen=True)
class Grant:
    """An approval by `approver_name`, for `permission`, good for `GRANT_SECONDS`; its
    `token` goes with the request that needs it."""

    token: str
    approver_id: int
    approver_name: str
    permission: str
    amount: Decimal | None = None


_GRANTS: dict[str, tuple[int, str, float, Decimal | None]] = {}
_GRANTS_LOCK = threading.Lock()


@acting.before_sign_in
def has_accounts(db: Database) -> bool:
    """True once any member of staff has a sign-in account (else the desk asks for the
    first manager)."""
    with db.session() as s:
        return bool(s.scalar(select(func.count()).select_from(Staff)
                             .where(Staff.login.is_not(None))))


@acting.before_sign_in
def create_first_manager(db: Database, *, name: str, password: str, pin: str = "",
                         store_id: int | None = None, desk: str = "") -> AccountRecord:
    """The first account of a new install: a store manager. Refused once any account exists."""
    with db.session() as s:
        if s.scalar(select(func.count()).select_from(Staff).where(Staff.login.is_not(None))):
            raise Conflict("已有账户，请由经理添加新账户。",
                           "Accounts exist already: a manager adds new ones.")
        staff = _account_in(s, name=name, role=StaffRole.MANAGER, password=password, pin=pin,
                            store_id=store_id)
        s.flush()
        _audit_created(s, staff, who=staff.name)
        return _record(staff)


@acting.needs(Permission.STAFF_MANAGE)
def create_account(db: Database, *, name: str, role: str, password: str = "", pin: str = "",
                   store_id: int | None = None,
                   discount_limit: Decimal | None = None) -> AccountRecord:
    """A sign-in account for `name` (an existing member of staff of that name without an
    account gets it; else a new member of staff) with a password and/or a PIN."""
    role = parse_choice(StaffRole, role, "role", "角色", "role")
    with db.session() as s:
        staff = _account_in(s, name=name, role=role, password=password, pin=pin,
                            store_id=store_id, discount_limit=discount_limit)
        s.flush()
        _audit_created(s, staff)
        return _record(staff)


@acting.needs(Permission.STAFF_MANAGE)
def list_accounts(db: Database) -> tuple[AccountRecord, ...]:
    """Every member of staff with an account, by name: of the scope's stores (a store's
    desk lists its own staff and the group's, never another store's)."""
    with db.session() as s:
        rows = s.scalars(select(Staff).where(Staff.login.is_not(None),
                                             scoping.in_scope_or_unowned(Staff.store_id))
                         .order_by(Staff.login))
        return tuple(_record(r) for r in rows)


@acting.needs(Permission.STAFF_MANAGE)
def update_account(db: Database, staff_id: int, *, role: str | None = None,
                   active: bool | None = None) -> AccountRecord:
    """Change a member of staff's role, or stop (`active=False`) or restore their account:
    a stopped account cannot sign in, and its history stays. Refuses to stop or demote
    the last active manager (nobody could administer the store any more)."""
    new_role = None if role is None else parse_choice(StaffRole, role, "role", "角色", "role")
    with db.session() as s:
        staff = _scoped_account(s, staff_id)
        before = {"role": staff.role.value, "active": staff.active}
        staff.role = new_role or staff.role
        staff.active = staff.active if active is None else bool(active)
        if before["role"] == StaffRole.MANAGER.value and before["active"] and not (
                staff.role == StaffRole.MANAGER and staff.active):
            _keep_a_manager(s, staff.id)
        audit.record_event(s, action="update", entity="staff", entity_id=staff.id,
                           before=before, after={"role": staff.role.value,
                                                 "active": staff.active})
        return _record(staff)


def _scoped_account(s: Session, staff_id: int) -> Staff:
    """The account `staff_id` when the scope's stores may administer it (NotFound for
    another store's, as for none)."""
    staff = s.scalar(select(Staff).where(Staff.id == staff_id, Staff.login.is_not(None),
                                         scoping.in_scope_or_unowned(Staff.store_id)))
    if staff is None:
        raise NotFound("找不到该账户。", "That account does not exist.")
    return staff


def _keep_a_manager(s: Session, leaving_id: int) -> None:
    others = s.scalar(select(func.count()).select_from(Staff).where(
        Staff.id != leaving_id, Staff.role == StaffRole.MANAGER, Staff.active.is_(True),
        Staff.login.is_not(None)))
    if not others:
        raise Conflict("这是唯一可登录的店长账户，不能停用或改为其他角色。",
                       "This is the only manager account that can sign in: it cannot be "
                       "stopped or given another role.", field="role")


@acting.needs(Permission.STAFF_MANAGE)
def unlock_account(db: Database, staff_id: int) -> AccountRecord:
    """Unlock an account locked after too many failed sign-ins."""
    with db.session() as s:
        staff = _scoped_account(s, staff_id)
        staff.locked, staff.failed_sign_ins = False, 0
        audit.record_event(s, action="unlock", entity="staff", entity_id=staff.id,
                           after={"login": staff.login})
        return _record(staff)


@acting.before_sign_in
def sign_in(db: Database, login: str, secret: str, *, desk: str = "",
            max_failures: int = DEFAULT_MAX_FAILED_SIGN_INS) -> acting.Actor:
    """The Actor for `login` when `secret` is its password or PIN; every attempt is audited
    and the account locks after `max_failures` failures in a row."""
    with db.session() as s:
        staff, refusal = _check_in(s, login, secret, desk, max_failures)
        if refusal is None:
            audit.record_event(s, action="sign_in", entity="staff", entity_id=staff.id,
                               who=staff.name, desk=desk)
            return acting.Actor(name=staff.name, role=staff.role.value, staff_id=staff.id,
                                desk=desk, login=staff.login or "")
    raise refusal


@acting.before_sign_in
def command_line_actor(db: Database, login: str, *, desk: str = "") -> acting.Actor:
    """The Actor of a headless command run `--as login` (an active, unlocked account; the
    command line runs where the database can be reached anyway, so no secret is asked)."""
    with db.session() as s:
        staff = s.scalar(select(Staff).where(Staff.login == (login or "").strip()))
        if staff is None or not staff.active or staff.locked:
            raise NotFound(f"没有可用的账户 {login}。", f"No usable account {login}.")
        return acting.Actor(name=staff.name, role=staff.role.value, staff_id=staff.id,
                            desk=desk[:50], login=staff.login or "")


@acting.open_to_signed_in
def grant_approval(db: Database, login: str, secret: str, permission: Permission, *,
                   amount: Decimal | None = None, desk: str = "",
                   max_failures: int = DEFAULT_MAX_FAILED_SIGN_INS) -> Grant:
    """An approval given by `login` typing their own password or PIN on this desk, for up
    to `amount` (e.g. the discount shown to them); refused unless their role grants
    `permission`. The grant is good for a few minutes."""
    with db.session() as s:
        staff, refusal = _check_in(s, login, secret, desk, max_failures)
        if refusal is None:
            if not acting.Actor(staff.name, staff.role.value).may(permission):
                refusal = SignInRefused(f"{staff.name} 无权审批此项。",
                                        f"{staff.name} may not approve this.")
            else:
                audit.record_event(s, action="approve", entity="staff", entity_id=staff.id,
                                   after={"permission": str(permission), "approver": staff.name,
                                          "amount": None if amount is None else str(amount)},
                                   desk=desk)
                grant = Grant(secrets.token_urlsafe(16), staff.id, staff.name, str(permission),
                              amount)
    if refusal is not None:
        raise refusal
    with _GRANTS_LOCK:
        _GRANTS[grant.token] = (grant.approver_id, grant.permission,
                                time.monotonic() + GRANT_SECONDS, amount)
    return grant


def granted_by(token: str | None, permission: Permission,
               amount: Decimal | None = None) -> int | None:
    """The approver's staff id of a grant for `permission` still good and covering
    `amount`, else None."""
    if not token:
        return None
    with _GRANTS_LOCK:
        found = _GRANTS.get(token)
    if found is None or found[1] != str(permission) or found[2] < time.monotonic():
        return None
    if found[3] is not None and amount is not None and amount > found[3]:
        return None
    return found[0]


def proved_approver(token: str | None, permission: Permission,
                    amount: Decimal | None = None) -> int | None:
    """Who proved an approval for `permission` (up to `amount`): the approver of a grant
    still good, else the signed-in person when their role grants it; None when nobody did
    (a staff id merely named proves nothing)."""
    granted = granted_by(token, permission, amount)
    if granted is not None:
        return granted
    actor = acting.current()
    if actor is not None and actor.staff_id is not None and actor.may(permission):
        return actor.staff_id
    return None


def _check_in(s: Session, login: str, secret: str, desk: str,
              max_failures: int) -> tuple[Staff | None, UserError | None]:
    """The account when `secret` opens it, else the refusal (the failure already counted
    and audited in `s`, which commits)."""
    login = (login or "").strip()
    staff = s.scalar(select(Staff).where(Staff.login == login)) if login else None
    wrong = SignInRefused("用户名或密码错误。", "Wrong name or password.")
    if staff is None or not staff.active:
        audit.record_event(s, action="sign_in_failed", entity="staff", who=login or "?",
                           desk=desk, after={"reason": "unknown"})
        return None, wrong
    if staff.locked:
        audit.record_event(s, action="sign_in_failed", entity="staff", entity_id=staff.id,
                           who=staff.name, desk=desk, after={"reason": "locked"})
        return None, _locked_error()
    if _verify(staff.password_hash, secret) or _verify(staff.pin_hash, secret):
        staff.failed_sign_ins = 0
        return staff, None
    staff.failed_sign_ins += 1
    audit.record_event(s, action="sign_in_failed", entity="staff", entity_id=staff.id,
                       who=staff.name, desk=desk, after={"failures": staff.failed_sign_ins})
    if staff.failed_sign_ins >= max(max_failures, 1):
        staff.locked = True
        audit.record_event(s, action="account_locked", entity="staff", entity_id=staff.id,
                           who=staff.name, desk=desk)
        return None, _locked_error()
    return None, wrong


def _locked_error() -> SignInRefused:
    return SignInRefused("账户已锁定（多次登录失败），请店长解锁。",
                         "The account is locked after too many failed sign-ins: "
                         "a manager must unlock it.")


def hash_secret(secret: str) -> str:
    """The argon2 hash of a password or PIN (what the staff row stores)."""
    return _HASHER.hash(secret)


def _verify(stored: str | None, secret: str) -> bool:
    if not stored or not secret:
        return False
    try:
        return _HASHER.verify(stored, secret)
    except (VerificationError, InvalidHashError):
        return False


def _account_in(s: Session, *, name: str, role: StaffRole, password: str, pin: str,
                store_id: int | None, discount_limit: Decimal | None = None) -> Staff:
    name = " ".join((name or "").split())
    if not name or len(name) > 50:
        raise ValidationError("请填写姓名（最多 50 字）。", "Enter a name (up to 50 characters).",
                              field="name")
    _check_secrets(password, pin)
    if s.scalar(select(Staff.id).where(Staff.login == name)) is not None:
        raise Conflict(f"账户 {name} 已存在。", f"The account {name} exists already.",
                       field="name")
    staff = s.scalar(select(Staff).where(Staff.name == name, Staff.login.is_(None),
                                         Staff.role == role).limit(1))
    if staff is None:
        store_id = store_id if store_id is not None and s.get(Store, store_id) else None
        staff = Staff(name=name, role=role, store_id=store_id, discount_limit=discount_limit)
        s.add(staff)
    staff.login = name
    staff.password_hash = hash_secret(password) if password else None
    staff.pin_hash = hash_secret(pin) if pin else None
    staff.failed_sign_ins, staff.locked, staff.active = 0, False, True
    return staff


def _check_secrets(password: str, pin: str) -> None:
    if not password and not pin:
        raise ValidationError("请设置密码或 PIN。", "Set a password or a PIN.", field="password")
    if password and len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"密码至少 {MIN_PASSWORD_LENGTH} 位。",
                              f"A password has at least {MIN_PASSWORD_LENGTH} characters.",
                              field="password")
    if pin and (not pin.isdigit() or len(pin) not in PIN_LENGTHS):
        raise ValidationError(
            f"PIN 须为 {PIN_LENGTHS.start}–{PIN_LENGTHS.stop - 1} 位数字。",
            f"A PIN is {PIN_LENGTHS.start} to {PIN_LENGTHS.stop - 1} digits.", field="pin")


def _audit_created(s: Session, staff: Staff, who: str = "") -> None:
    """The audit row of a new account: never its password or PIN hash."""
    audit.record_event(s, action="create", entity="staff", entity_id=staff.id, who=who,
                       after={"login": staff.login, "name": staff.name,
                              "role": staff.role.value, "pin": bool(staff.pin_hash)})


def _record(staff: Staff) -> AccountRecord:
    return AccountRecord(staff.id, staff.login or "", staff.name, staff.role.value,
                         staff.store_id, bool(staff.password_hash), bool(staff.pin_hash),
                         staff.failed_sign_ins, staff.locked, staff.active)
