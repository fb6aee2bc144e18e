"""Accounts, sign-in, lock-out and unlock, approvals, mobile masking, and the audit of
sign-ins, views and edits (append-only on PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.acting import Actor, PermissionRefused, acting_as
from app.domain.roles import Permission
from app.errors import Conflict, ValidationError
from app.models import AuditLog, Staff
from app.services import accounts, audit, customers
from tests.conftest import TEST_ACTOR_NAME

PASSWORD = "correct-horse-1"


def _rows(db, action: str) -> list[AuditLog]:
    with db.session() as s:
        rows = list(s.scalars(select(AuditLog).where(AuditLog.action == action)
                              .order_by(AuditLog.id)))
        s.expunge_all()
        return rows


def test_the_first_manager_then_only_a_manager_adds_accounts(db):
    assert not accounts.has_accounts(db)
    with acting_as(None):
        boss = accounts.create_first_manager(db, name="周敏", password=PASSWORD, desk="前台1")
        with pytest.raises(Conflict):
            accounts.create_first_manager(db, name="别人", password=PASSWORD)
    assert accounts.has_accounts(db)
    assert (boss.login, boss.role, boss.has_password, boss.has_pin) == ("周敏", "manager",
                                                                        True, False)
    with db.session() as s:
        stored = s.scalar(select(Staff.password_hash).where(Staff.login == "周敏"))
    assert stored.startswith("$argon2") and PASSWORD not in stored
    created = _rows(db, "create")
    assert created[-1].who == "周敏" and "hash" not in str(created[-1].after)
    with acting_as(Actor("李强", "sales_consultant", desk="展厅")), \
            pytest.raises(PermissionRefused) as refused:
        accounts.create_account(db, name="新人", role="reception", pin="1234")
    assert "无权" in refused.value.zh and "not allowed" in refused.value.en


def test_a_password_or_a_pin_signs_in_and_both_are_audited(db):
    accounts.create_account(db, name="前台小李", role="reception", password=PASSWORD, pin="2468")
    with acting_as(None):
        by_password = accounts.sign_in(db, "前台小李", PASSWORD, desk="前台1")
        by_pin = accounts.sign_in(db, "前台小李", "2468", desk="前台2")
    assert (by_password.name, by_password.role, by_password.desk) == ("前台小李", "reception",
                                                                     "前台1")
    assert by_pin.staff_id == by_password.staff_id
    signed = _rows(db, "sign_in")
    assert [(r.who, r.desk) for r in signed] == [("前台小李", "前台1"), ("前台小李", "前台2")]


@pytest.mark.parametrize(("secret", "field"), [("short", "password"), ("12a4", "pin")])
def test_weak_secrets_are_refused(db, secret, field):
    kwargs = {field: secret}
    with pytest.raises(ValidationError) as refused:
        accounts.create_account(db, name="某人", role="technician", **kwargs)
    assert refused.value.field == field


def test_lock_out_after_n_failures_and_a_manager_unlocks(db):
    account = accounts.create_account(db, name="技师王", role="technician", password=PASSWORD)
    with acting_as(None):
        for _ in range(2):
            with pytest.raises(accounts.SignInRefused) as wrong:
                accounts.sign_in(db, "技师王", "not-it", desk="车间", max_failures=3)
            assert "用户名或密码错误" in wrong.value.zh
        with pytest.raises(accounts.SignInRefused) as locked:
            accounts.sign_in(db, "技师王", "still-not", desk="车间", max_failures=3)
        assert "已锁定" in locked.value.zh and "locked" in locked.value.en
        with pytest.raises(accounts.SignInRefused):      # even the right password now
            accounts.sign_in(db, "技师王", PASSWORD, desk="车间", max_failures=3)
    failed = _rows(db, "sign_in_failed")
    assert len(failed) == 4 and {r.desk for r in failed} == {"车间"}
    assert failed[-1].after == {"reason": "locked"}
    assert [r.entity_id for r in _rows(db, "account_locked")] == [account.id]
    with acting_as(Actor("李强", "sales_consultant")), pytest.raises(PermissionRefused):
        accounts.unlock_account(db, account.id)
    unlocked = accounts.unlock_account(db, account.id)
    assert not unlocked.locked and unlocked.failed_sign_ins == 0
    assert _rows(db, "unlock")[0].who == TEST_ACTOR_NAME
    with acting_as(None):
        assert accounts.sign_in(db, "技师王", PASSWORD, max_failures=3).name == "技师王"


def test_an_unknown_name_fails_like_a_wrong_password(db):
    with acting_as(None), pytest.raises(accounts.SignInRefused) as refused:
        accounts.sign_in(db, "nobody", "whatever", desk="前台1")
    assert "用户名或密码错误" in refused.value.zh
    assert _rows(db, "sign_in_failed")[0].who == "nobody"


def test_an_approval_needs_the_approvers_own_secret_and_role(db):
    accounts.create_account(db, name="周敏", role="manager", password=PASSWORD)
    accounts.create_account(db, name="李强", role="sales_consultant", password=PASSWORD)
    with acting_as(Actor("李强", "sales_consultant", desk="展厅")):
        with pytest.raises(accounts.SignInRefused):
            accounts.grant_approval(db, "周敏", "guess", Permission.DISCOUNT_APPROVE)
        with pytest.raises(accounts.SignInRefused) as not_manager:
            accounts.grant_approval(db, "李强", PASSWORD, Permission.DISCOUNT_APPROVE)
        assert "无权审批" in not_manager.value.zh
        grant = accounts.grant_approval(db, "周敏", PASSWORD, Permission.DISCOUNT_APPROVE,
                                        amount=Decimal("8000"))
    assert grant.approver_name == "周敏"
    assert accounts.granted_by(grant.token, Permission.DISCOUNT_APPROVE, Decimal("8000")) \
        == grant.approver_id
    assert accounts.granted_by(grant.token, Permission.DISCOUNT_APPROVE, Decimal("8001")) is None
    assert accounts.granted_by(grant.token, Permission.CUSTOMER_ERASE) is None
    assert accounts.granted_by("forged", Permission.DISCOUNT_APPROVE) is None
    approved = _rows(db, "approve")[0]
    assert (approved.who, approved.desk) == ("李强", "展厅")
    assert approved.after["approver"] == "周敏"


def test_mobiles_masked_by_role_and_own_customers(db, sales_store):
    with db.session() as s:
        consultant_id = s.scalar(select(Staff.id).where(Staff.name == "李强"))
    own = customers.create_customer(db, name="刘洋", mobile="13700001111",
                                    consultant_id=consultant_id)
    other = customers.search_customers(db, "张伟")[0]
    other_id = other.customer_id
    consultant = Actor("李强", "sales_consultant", staff_id=consultant_id)
    with acting_as(consultant):
        assert customers.get_customer(db, own.id).customer.mobile == "13700001111"
        shown = customers.get_customer(db, other_id).customer
        assert shown.mobile_hidden and shown.mobile == "138****5678"
    with acting_as(Actor("前台", "reception")):
        assert customers.get_customer(db, own.id).customer.mobile == "137****1111"
    with acting_as(Actor("顾问", "service_advisor")):
        assert customers.get_customer(db, other_id).customer.mobile == "13812345678"
    with acting_as(Actor("前台", "reception")):      # the masked number sent back is no edit
        record = customers.get_customer(db, own.id).customer
        customers.update_customer(db, own.id, record.version, mobile=record.mobile, notes="x")
    assert customers.get_customer(db, own.id).customer.mobile == "13700001111"


def test_a_view_and_an_edit_leave_audit_rows_with_who_and_desk(db):
    created = customers.create_customer(db, name="陈静", mobile="13600002222")
    with acting_as(Actor("服务顾问甲", "service_advisor", staff_id=None, desk="售后2")):
        customers.get_customer(db, created.id)
        customers.update_customer(db, created.id, created.version, mobile="13600003333")
    trail = audit.audit_trail(db, "customers", created.id)
    assert [(e.action, e.who) for e in trail] == [("create", TEST_ACTOR_NAME),
                                                  ("view", "服务顾问甲"),
                                                  ("update", "服务顾问甲")]
    view, edit = trail[1], trail[2]
    assert view.desk == edit.desk == "售后2" and view.customer_id == created.id
    assert edit.before["mobile"] == "13600002222" and edit.before["version_id"] == 1
    assert edit.after["mobile"] == "13600003333"
    assert all(e.who for e in trail)


def test_the_audit_page_filters_and_pages(db):
    first = customers.create_customer(db, name="甲", mobile="13500000001")
    second = customers.create_customer(db, name="乙", mobile="13500000002")
    with acting_as(Actor("看客", "customer_care", desk="客服")):
        for _ in range(3):
            customers.get_customer(db, first.id)
        customers.get_customer(db, second.id)
    views = audit.audit_page(db, action="view", page_size=2)
    assert views.total == 4 and len(views.entries) == 2 and views.entries[0].customer_id \
        == second.id
    assert audit.audit_page(db, action="view", page=1, page_size=2).entries[-1].customer_id \
        == first.id
    assert audit.audit_page(db, customer_id=first.id).total == 4   # created + 3 views
    assert audit.audit_page(db, person="看客").total == 4
    now = datetime.now(UTC)
    assert audit.audit_page(db, since=now + timedelta(hours=1)).total == 0
    assert audit.audit_page(db, until=now + timedelta(hours=1)).total == 6
    with acting_as(Actor("前台", "reception")), pytest.raises(PermissionRefused):
        audit.audit_page(db)


def test_the_audit_log_has_no_update_or_delete_path_in_code():
    names = [n for n in dir(audit) if not n.startswith("_")]
    assert not [n for n in names if any(w in n for w in ("delete", "update", "remove", "edit"))]


@pytest.mark.postgres_only
@pytest.mark.parametrize("statement", ["UPDATE audit_log SET who = 'someone else'",
                                       "DELETE FROM audit_log"])
def test_postgres_refuses_changing_the_audit_log(db, statement):
    customers.create_customer(db, name="丙", mobile="13500000003")
    with db.engine.connect() as connection:
        with pytest.raises(DBAPIError) as refused:
            connection.execute(text(statement))
        assert "append-only" in str(refused.value)
        connection.rollback()
        assert connection.execute(text("SELECT count(*) FROM audit_log")).scalar() == 1
