"""The global search (Ctrl+F): customers by plate, mobile, name or pinyin, work orders and
quotes by number, on the demo store."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.demo import seed_demo_store
from app.errors import ValidationError
from app.models import Customer, Quote, Vehicle, WorkOrder
from app.services.global_search import CUSTOMER, QUOTE, WORK_ORDER, search_everything


@pytest.fixture
def store(db):
    seed_demo_store(db, customers=30, today=date.today())
    return db


def test_a_work_order_number_finds_the_work_order(store):
    with store.session() as s:
        order = s.scalars(select(WorkOrder).order_by(WorkOrder.id)).first()
        number, plate = order.number, s.get(Vehicle, order.vehicle_id).plate
    hits = search_everything(store, number.lower())
    assert hits[0].kind == WORK_ORDER and hits[0].number == number and hits[0].plate == plate
    assert hits[0].id == order.id


def test_a_quote_number_opens_its_newest_revision(store):
    with store.session() as s:
        number, newest = s.execute(select(Quote.number, func.max(Quote.revision))
                                   .group_by(Quote.number).order_by(Quote.number)).first()
        newest_id = s.scalar(select(Quote.id).where(Quote.number == number,
                                                    Quote.revision == newest))
    hits = [h for h in search_everything(store, number) if h.kind == QUOTE]
    assert [(h.number, h.id) for h in hits] == [(number, newest_id)]


def test_plate_mobile_name_and_initials_find_the_customer(store):
    with store.session() as s:
        customer = s.scalars(select(Customer).where(Customer.mobile.is_not(None))
                             .join(Vehicle, Vehicle.owner_id == Customer.id)
                             .order_by(Customer.id)).first()
        plate = s.scalar(select(Vehicle.plate).where(Vehicle.owner_id == customer.id))
        mobile, name, initials = customer.mobile, customer.name, customer.name_initials
    for query in (plate, mobile, name, initials):
        hits = [h for h in search_everything(store, query) if h.kind == CUSTOMER]
        assert customer.id in [h.id for h in hits], query
    assert search_everything(store, "  ") == ()


def test_a_search_too_long_is_refused_with_a_message(store):
    with pytest.raises(ValidationError) as refused:
        search_everything(store, "粤" * 60)
    assert "搜索内容过长" in refused.value.zh
