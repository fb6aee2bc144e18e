"""Roles and what each may do, declared once (pure: no I/O).

A service function states the `Permission` it needs (`app.acting.needs`); a role may do
what `ROLE_PERMISSIONS` grants it. The UI hides what a role may not do from the same table,
and the service refuses it anyway.
"""

from __future__ import annotations

from enum import StrEnum


class StaffRole(StrEnum):
    """What a member of staff does in the store."""

    RECEPTION = "reception"
    SALES_CONSULTANT = "sales_consultant"
    SERVICE_ADVISOR = "service_advisor"
    TECHNICIAN = "technician"
    PARTS = "parts"
    CUSTOMER_CARE = "customer_care"
    MANAGER = "manager"
    ADMINISTRATOR = "administrator"


class Permission(StrEnum):
    """One thing a service function may need the acting person to be allowed."""

    CUSTOMER_VIEW = "customer.view"
    CUSTOMER_EDIT = "customer.edit"
    CUSTOMER_EXPORT = "customer.export"
    CUSTOMER_ERASE = "customer.erase"
    ARRIVAL = "arrival"
    QUOTE_VIEW = "quote.view"
    QUOTE_EDIT = "quote.edit"
    DISCOUNT_APPROVE = "discount.approve"
    #: Letting a car go before its bill is settled (放行); a grant for it covers nothing else.
    CAR_RELEASE = "car.release"
    CATALOGUE_EDIT = "catalogue.edit"
    BOOKING_EDIT = "booking.edit"
    WORK_ORDER_VIEW = "work_order.view"
    WORK_ORDER_EDIT = "work_order.edit"
    WORKSHOP = "workshop"
    PARTS_VIEW = "parts.view"
    PARTS_EDIT = "parts.edit"
    CARE_WORK = "care.work"
    CARE_SETTINGS = "care.settings"
    CARE_RUN = "care.run"
    SURVEY_WORK = "survey.work"
    COMPLAINT_WORK = "complaint.work"
    REPORTS_VIEW = "reports.view"
    CASHIER = "cashier"
    #: Redeeming a customer's points (积分抵扣) against a bill or a refreshment.
    POINTS_REDEEM = "points.redeem"
    #: Adding or taking points by hand, with a reason (the manager only).
    POINTS_ADJUST = "points.adjust"
    AUDIT_VIEW = "audit.view"
    STAFF_MANAGE = "staff.manage"
    #: The test-drive fleet and its bookings, drives out and back, feedback (试乘试驾).
    TEST_DRIVE = "test_drive"
    #: Administering the store: stores, bays and their hours, service items, the calendar.
    STORE_ADMIN = "store.admin"
    #: Taking refreshment orders for waiting customers and editing the store's menu.
    REFRESHMENT = "refreshment"
    #: Registering a lead (潜客/商机): reception and the showroom.
    LEAD_CREATE = "lead.create"
    #: Working the sales pipeline: stages, follow-ups, orders and delivery.
    LEAD_WORK = "lead.work"


P = Permission

#: What each role may do. The manager may do everything.
ROLE_PERMISSIONS: dict[StaffRole, frozenset[Permission]] = {
    StaffRole.RECEPTION: frozenset({
        P.CUSTOMER_VIEW, P.CUSTOMER_EDIT, P.ARRIVAL, P.BOOKING_EDIT, P.WORK_ORDER_VIEW,
        P.TEST_DRIVE, P.POINTS_REDEEM, P.REFRESHMENT, P.LEAD_CREATE}),
    StaffRole.SALES_CONSULTANT: frozenset({
        P.CUSTOMER_VIEW, P.CUSTOMER_EDIT, P.QUOTE_VIEW, P.QUOTE_EDIT, P.TEST_DRIVE, P.POINTS_REDEEM,
        P.LEAD_CREATE, P.LEAD_WORK}),
    StaffRole.SERVICE_ADVISOR: frozenset({
        P.CUSTOMER_VIEW, P.CUSTOMER_EDIT, P.ARRIVAL, P.BOOKING_EDIT, P.WORK_ORDER_VIEW,
        P.WORK_ORDER_EDIT, P.WORKSHOP, P.PARTS_VIEW, P.SURVEY_WORK, P.CASHIER,
        P.POINTS_REDEEM, P.REFRESHMENT}),
    StaffRole.TECHNICIAN: frozenset({P.WORK_ORDER_VIEW, P.WORKSHOP, P.PARTS_VIEW}),
    StaffRole.PARTS: frozenset({P.PARTS_VIEW, P.PARTS_EDIT, P.WORK_ORDER_VIEW}),
    StaffRole.CUSTOMER_CARE: frozenset({
        P.CUSTOMER_VIEW, P.CUSTOMER_EDIT, P.BOOKING_EDIT, P.CARE_WORK, P.SURVEY_WORK,
        P.COMPLAINT_WORK, P.REPORTS_VIEW, P.QUOTE_VIEW, P.WORK_ORDER_VIEW}),
    StaffRole.MANAGER: frozenset(Permission),
    StaffRole.ADMINISTRATOR: frozenset({
        P.STAFF_MANAGE, P.AUDIT_VIEW, P.CATALOGUE_EDIT, P.CARE_SETTINGS, P.CARE_RUN,
        P.PARTS_VIEW, P.REPORTS_VIEW, P.STORE_ADMIN}),
}

#: What a headless job acting by itself may do (the gate, the nightly care run, the command
#: line without `--as`): record arrivals, run care, print figures and quotes, add accounts.
SYSTEM_PERMISSIONS: frozenset[Permission] = frozenset({
    P.ARRIVAL, P.CARE_RUN, P.REPORTS_VIEW, P.QUOTE_VIEW, P.STAFF_MANAGE})


def allows(role: StaffRole | str | None, permission: Permission, *, system: bool = False) -> bool:
    """True when `role` (or a headless job, `system`) may do `permission`."""
    if system:
        return permission in SYSTEM_PERMISSIONS
    try:
        return permission in ROLE_PERMISSIONS[StaffRole(role)]
    except ValueError:
        return False


def sees_full_mobile(role: StaffRole | str | None, staff_id: int | None,
                     consultant_id: int | None, *, system: bool = False) -> bool:
    """Whether the acting person sees a customer's mobile in full: a sales consultant only
    for their own customers, reception never, every other role that sees customers yes."""
    if system:
        return True
    if role == StaffRole.SALES_CONSULTANT:
        return staff_id is not None and staff_id == consultant_id
    return role not in (StaffRole.RECEPTION, None)


#: Failed sign-ins in a row after which an account is locked until a manager unlocks it.
DEFAULT_MAX_FAILED_SIGN_INS = 5
#: Minutes without input after which the desk locks.
DEFAULT_IDLE_LOCK_MINUTES = 10
#: A PIN is 4 to 8 digits; a password at least 8 characters.
PIN_LENGTHS = range(4, 9)
MIN_PASSWORD_LENGTH = 8
