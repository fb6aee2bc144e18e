"""Helpers for the service tests (the `shop` fixture lives in tests/conftest.py)."""

from __future__ import annotations

from app.errors import UserError


def assert_user_error(exc_info, error_type, field: str | None) -> None:
    """The raised error is `error_type`, names `field`, and has both messages."""
    error = exc_info.value
    assert isinstance(error, UserError)
    assert type(error) is error_type, type(error)
    assert error.field == field
    assert error.zh.strip() and error.en.strip()
    assert error.zh != error.en


def bare_work_order(session, store_id: int, number: str, vehicle_id: int | None = None) -> int:
    """A work order of `store_id` on a new customer's car (or on `vehicle_id`): its id."""
    from app.models import Customer, Vehicle, WorkOrder

    if vehicle_id is None:
        owner = Customer(name="刘洋")
        session.add(owner)
        session.flush()
        car = Vehicle(plate="粤B12345", owner_id=owner.id)
        session.add(car)
        session.flush()
        vehicle_id = car.id
    order = WorkOrder(number=number, store_id=store_id, vehicle_id=vehicle_id)
    session.add(order)
    session.flush()
    return order.id
