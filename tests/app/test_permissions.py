"""Every service function states what it needs, and every role gets exactly that.

The walk covers every public function of `app.services` that takes the database (`db`): it
fails on one without a declaration (`@acting.needs(...)`, `@acting.open_to_signed_in` or
`@acting.before_sign_in`). Functions taking an open session run inside a declared call and
are covered by it; pure helpers touch no stored data.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import app.services
from app import acting
from app.acting import Actor, NotSignedIn, PermissionRefused, acting_as
from app.domain.roles import ROLE_PERMISSIONS, Permission, StaffRole, allows


def _service_functions():
    for info in pkgutil.iter_modules(app.services.__path__):
        module = importlib.import_module(f"app.services.{info.name}")
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn):
                continue
            if getattr(fn, "__module__", "") != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            if params and params[0] == "db":
                yield f"{info.name}.{name}", fn


SERVICES = dict(_service_functions())
GUARDED = {name: fn for name, fn in SERVICES.items()
           if isinstance(acting.declared(fn), Permission)}


def test_every_service_function_declares_what_it_needs():
    assert len(SERVICES) > 120          # the walk sees the services
    undeclared = [name for name, fn in SERVICES.items() if acting.declared(fn) is None]
    assert not undeclared, f"declare a permission on: {undeclared}"


def test_only_the_sign_in_itself_runs_with_nobody_signed_in():
    before = sorted(name for name, fn in SERVICES.items()
                    if acting.declared(fn) == acting.BEFORE_SIGN_IN)
    assert before == ["accounts.command_line_actor", "accounts.create_first_manager",
                      "accounts.has_accounts", "accounts.sign_in"]


@pytest.mark.parametrize("role", list(StaffRole))
def test_every_role_against_every_guarded_function(role):
    """A refusal comes before anything runs (db=None is never touched when refused)."""
    actor = Actor(name="某员工", role=role.value, staff_id=None, desk="test")
    wrong = []
    with acting_as(actor):
        for name, fn in GUARDED.items():
            needed = acting.declared(fn)
            try:
                fn(None)
                refused = False
            except PermissionRefused as exc:
                refused = True
                assert exc.zh and exc.en and exc.zh != exc.en
            except Exception:  # noqa: BLE001 - allowed through, then failed on db=None
                refused = False
            if refused == allows(role, needed):
                wrong.append((name, needed, refused))
    assert not wrong, wrong


@pytest.mark.parametrize("name", sorted(n for n, fn in SERVICES.items()
                                        if acting.declared(fn) != acting.BEFORE_SIGN_IN))
def test_nobody_signed_in_is_refused(name):
    with acting_as(None), pytest.raises(NotSignedIn) as refused:
        SERVICES[name](None)
    assert refused.value.zh == "请先登录。"


# The store's policy, stated independently of the table it is checked against.
POLICY = {
    "audit.audit_page": {StaffRole.MANAGER, StaffRole.ADMINISTRATOR},
    "accounts.unlock_account": {StaffRole.MANAGER, StaffRole.ADMINISTRATOR},
    "accounts.create_account": {StaffRole.MANAGER, StaffRole.ADMINISTRATOR},
    "customers.update_customer": {StaffRole.RECEPTION, StaffRole.SALES_CONSULTANT,
                                  StaffRole.SERVICE_ADVISOR, StaffRole.CUSTOMER_CARE,
                                  StaffRole.MANAGER},
    "quotes.create_quote": {StaffRole.SALES_CONSULTANT, StaffRole.MANAGER},
    "stock.receive": {StaffRole.PARTS, StaffRole.MANAGER},
    "work_orders.move": {StaffRole.SERVICE_ADVISOR, StaffRole.TECHNICIAN, StaffRole.MANAGER},
    "care_settings.set_rule": {StaffRole.MANAGER, StaffRole.ADMINISTRATOR},
    "reception.register_visitor": {StaffRole.RECEPTION, StaffRole.SERVICE_ADVISOR,
                                   StaffRole.MANAGER},
}


@pytest.mark.parametrize("name", sorted(POLICY))
def test_the_store_policy_holds(name):
    needed = acting.declared(SERVICES[name])
    assert {role for role in StaffRole if allows(role, needed)} == POLICY[name]


def test_export_and_erase_are_the_managers_alone():
    for permission in (Permission.CUSTOMER_EXPORT, Permission.CUSTOMER_ERASE):
        assert {r for r, granted in ROLE_PERMISSIONS.items() if permission in granted} \
            == {StaffRole.MANAGER}
        assert not allows(None, permission, system=True)


def test_a_new_undeclared_service_function_would_be_caught():
    def new_service(db):  # what an engineer might add without a declaration
        return db

    assert acting.declared(new_service) is None
    assert acting.declared(acting.needs(Permission.CUSTOMER_VIEW)(new_service)) \
        == Permission.CUSTOMER_VIEW
