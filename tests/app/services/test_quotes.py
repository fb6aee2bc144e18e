"""Quotes and the sales catalogues: numbering, versions, statuses, approvals, refusals."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.domain.finance import FinancePlan
from app.domain.pricing import EnergyType, PricedItem
from app.errors import Conflict, NotFound, StaleEdit, UserError, ValidationError
from app.models import Quote, Staff, StaffRole
from app.printing.quote_pdf import render_quote
from app.services import quotes
from app.services import sales_catalogue as catalogue
from app.services.quotes import ApprovalRequired, QuoteForm
from tests.app.services.conftest import assert_user_error
from tests.sales_seed import signed_in_as

DAY = date(2026, 11, 23)


@dataclass(frozen=True)
class Sales:
    store_id: int
    consultant_id: int
    manager_id: int
    other_manager_id: int
    vehicle_id: int
    bev_id: int
    customer_id: int
    plan: FinancePlan


@pytest.fixture
def sales(db, shop) -> Sales:
    with db.session() as s:
        s.get(Staff, shop.consultant_id).discount_limit = Decimal("5000.00")
        manager = Staff(store_id=shop.store_id, name="周敏", role=StaffRole.MANAGER,
                        mobile="13700001111", discount_limit=Decimal("30000.00"))
        other = Staff(store_id=None, name="吴刚", role=StaffRole.MANAGER,
                      discount_limit=Decimal("8000.00"))
        s.add_all([manager, other])
        s.flush()
        manager_id, other_id = manager.id, other.id
    camry = catalogue.create_vehicle(db, brand="丰田", model="凯美瑞", trim="2.0E 精英版",
                                     model_year=2026, msrp="179800", energy="petrol")
    bz3 = catalogue.create_vehicle(db, brand="丰田", model="bZ3", trim="长续航 Pro",
                                   model_year=2026, msrp="169800", energy="bev")
    lender = catalogue.create_lender(db, name="丰田汽车金融")
    product = catalogue.create_finance_product(
        db, lender.id, name="0 息 24 期", down_payment_pct="30", term_months=24,
        annual_rate="0.0399", interest_free=True)
    from app.services import customers
    customer = customers.create_customer(db, name="张伟", salutation="先生",
                                         mobile="13812345678")
    return Sales(shop.store_id, shop.consultant_id, manager_id, other_id, camry.id, bz3.id,
                 customer.id, product.plan())


def form(sales: Sales, **changes) -> QuoteForm:
    base = QuoteForm(
        vehicle_id=sales.vehicle_id, consultant_id=sales.consultant_id,
        customer_id=sales.customer_id, colour="铂金珍珠白", subsidy=Decimal("3000"),
        discount=Decimal("2000"),
        accessories=(PricedItem("全包围脚垫", Decimal("1280"), "Floor mats"),),
        insurance=(PricedItem("交强险", Decimal("950")),),
        registration_fee=Decimal("500"), finance=(sales.plan,))
    return replace(base, **changes)


def create(db, sales, day=DAY, **changes):
    """Save a quote; with `approved_by_id`, that member of staff is signed in at the desk
    (an approval is proved by the approver, not by naming them)."""
    with signed_in_as(db, changes.get("approved_by_id")):
        return quotes.create_quote(db, form(sales, **changes), store_id=sales.store_id,
                                   today=day)


# --- catalogues ----------------------------------------------------------------------------


def test_catalogue_create_list_update_and_stale_edit(db, sales):
    vehicles = catalogue.list_vehicles(db)
    assert [v.model for v in vehicles] == ["bZ3", "凯美瑞"]
    camry = next(v for v in vehicles if v.id == sales.vehicle_id)
    assert camry.msrp == Decimal("179800.00") and camry.energy is EnergyType.PETROL
    assert camry.title == "丰田 凯美瑞 2026 款 2.0E 精英版"
    updated = catalogue.update_vehicle(db, camry.id, camry.version, msrp="175800")
    assert updated.msrp == Decimal("175800.00") and updated.version == camry.version + 1
    with pytest.raises(StaleEdit):
        catalogue.update_vehicle(db, camry.id, camry.version, msrp="1")
    catalogue.update_vehicle(db, camry.id, None, active=False)
    assert [v.model for v in catalogue.list_vehicles(db)] == ["bZ3"]
    assert len(catalogue.list_vehicles(db, active_only=False)) == 2


def test_accessories_insurance_lenders_and_products(db, sales):
    mats = catalogue.create_accessory(db, name="全包围脚垫", name_en="Floor mats", price="1280")
    catalogue.update_accessory(db, mats.id, mats.version, price="1180")
    assert catalogue.list_accessories(db)[0].price == Decimal("1180.00")
    with pytest.raises(Conflict):
        catalogue.create_accessory(db, name="全包围脚垫", price="1")
    catalogue.create_insurance(db, insurer="平安", name="商业险", premium="4800")
    compulsory = catalogue.create_insurance(db, insurer="平安", name="交强险", premium="950",
                                            compulsory=True)
    assert catalogue.list_insurance(db)[0].id == compulsory.id
    products = catalogue.list_finance_products(db)
    assert [(p.lender, p.term_months, p.interest_free) for p in products] == [
        ("丰田汽车金融", 24, True)]
    changed = catalogue.update_finance_product(db, products[0].id, products[0].version,
                                               term_months=36)
    assert changed.plan().term_months == 36
    assert catalogue.list_lenders(db)[0].products[0].term_months == 36


@pytest.mark.parametrize(("call", "fields", "field"), [
    ("create_vehicle", {"brand": "", "model": "X", "model_year": 2026, "msrp": "1",
                        "energy": "bev"}, "brand"),
    ("create_vehicle", {"brand": "A", "model": "X", "model_year": 2026, "msrp": "abc",
                        "energy": "bev"}, "msrp"),
    ("create_vehicle", {"brand": "A", "model": "X", "model_year": 2026, "msrp": "1",
                        "energy": "diesel"}, "energy"),
    ("create_vehicle", {"brand": "A", "model": "X", "model_year": "20x", "msrp": "1",
                        "energy": "bev"}, "model_year"),
    ("create_accessory", {"name": "膜", "price": "-5"}, "price"),
    ("create_insurance", {"name": "", "premium": "5"}, "name"),
])
def test_catalogue_validation(db, call, fields, field):
    with pytest.raises(ValidationError) as info:
        getattr(catalogue, call)(db, **fields)
    assert_user_error(info, ValidationError, field)


def test_finance_product_validation(db, sales):
    lender = catalogue.list_lenders(db)[0]
    for fields, field in (({"down_payment_pct": "120"}, "down_payment_pct"),
                          ({"term_months": "0"}, "term_months"),
                          ({"annual_rate": "4"}, "annual_rate")):
        values = {"name": "P", "down_payment_pct": "30", "term_months": 12,
                  "annual_rate": "0.04", **fields}
        with pytest.raises(ValidationError) as info:
            catalogue.create_finance_product(db, lender.id, **values)
        assert info.value.field == field


def test_sales_staff_with_limits(db, sales):
    staff = catalogue.list_sales_staff(db, sales.store_id)
    assert [(x.name, x.discount_limit, x.is_manager) for x in staff] == [
        ("李强", Decimal("5000.00"), False), ("周敏", Decimal("30000.00"), True)]


# --- quotes --------------------------------------------------------------------------------


def test_create_prices_and_stores_every_line(db, sales):
    record = create(db, sales)
    assert record.number == "Q-20261123-0001" and record.revision == 1
    assert record.status == "draft" and record.valid_until == DAY + timedelta(days=7)
    detail = quotes.get_quote(db, record.id, today=DAY)
    breakdown, finance = quotes.price(form(sales), catalogue.list_vehicles(db)[1], DAY)
    assert detail.lines == breakdown.lines
    assert record.total == breakdown.total == sum(line.amount for line in detail.lines)
    assert detail.finance == finance and finance[0].total_interest == Decimal("0.00")
    assert detail.form == replace(form(sales), valid_until=record.valid_until)
    assert record.customer_name == "张伟" and record.consultant_name == "李强"
    assert record.vehicle_title == "丰田 凯美瑞 2026 款 2.0E 精英版"


def test_numbers_run_per_store_and_day(db, sales):
    numbers = [create(db, sales).number for _ in range(3)]
    numbers.append(create(db, sales, day=DAY + timedelta(days=1)).number)
    assert numbers == ["Q-20261123-0001", "Q-20261123-0002", "Q-20261123-0003",
                       "Q-20261124-0001"]
    from app.models import Store
    with db.session() as s:
        other = Store(code="SZ01", name="深圳店")
        s.add(other)
        s.flush()
        other_id = other.id
    group_manager = form(sales, consultant_id=sales.other_manager_id)
    assert quotes.create_quote(db, group_manager, store_id=other_id, today=DAY).number \
        == "Q-20261123-0001"
    with pytest.raises(ValidationError) as info:
        quotes.create_quote(db, form(sales), store_id=other_id, today=DAY)
    assert info.value.field == "consultant_id"


def test_a_number_taken_at_the_same_moment_is_retried(db, sales, monkeypatch):
    create(db, sales)
    real = quotes._next_number
    calls = []

    def stale_first(session, store_id, day):
        calls.append(day)
        return "Q-20261123-0001" if len(calls) == 1 else real(session, store_id, day)

    monkeypatch.setattr(quotes, "_next_number", stale_first)
    assert create(db, sales).number == "Q-20261123-0002"
    assert len(calls) == 2


def test_update_a_draft_replaces_its_lines(db, sales):
    record = create(db, sales)
    changed = quotes.update_quote(db, record.id, record.version,
                                  form(sales, discount=Decimal("4000"), accessories=()),
                                  today=DAY)
    assert changed.version > record.version and changed.number == record.number
    assert changed.discount == Decimal("4000.00")
    detail = quotes.get_quote(db, record.id, today=DAY)
    assert [x.kind.value for x in detail.lines].count("accessory") == 0
    with pytest.raises(StaleEdit):
        quotes.update_quote(db, record.id, record.version, form(sales), today=DAY)


def test_revision_is_a_new_row_and_the_old_one_is_kept(db, sales):
    first = create(db, sales)
    quotes.give_quote(db, first.id, first.version, today=DAY)
    with pytest.raises(Conflict):
        quotes.update_quote(db, first.id, None, form(sales), today=DAY)
    second = quotes.revise_quote(db, first.id, form(sales, discount=Decimal("3000")),
                                 today=DAY + timedelta(days=1))
    assert (second.number, second.revision, second.revision_of_id) == (first.number, 2, first.id)
    assert second.status == "draft" and second.quote_date == DAY + timedelta(days=1)
    old = quotes.get_quote(db, first.id, today=DAY)
    assert old.quote.status == "given" and not old.quote.latest
    assert old.form.discount == Decimal("2000.00")
    with pytest.raises(Conflict):
        quotes.revise_quote(db, first.id, today=DAY)
    with pytest.raises(Conflict):
        quotes.accept_quote(db, first.id, today=DAY)
    third = quotes.revise_quote(db, second.id, today=DAY + timedelta(days=1))
    assert third.revision == 3 and third.discount == Decimal("3000.00")
    history = quotes.list_quotes(db, store_id=sales.store_id, today=DAY)
    assert sorted(r.revision for r in history) == [1, 2, 3]
    assert [r.revision for r in quotes.list_quotes(db, latest_only=True, today=DAY)] == [3]


def test_statuses_draft_given_accepted(db, sales):
    record = create(db, sales)
    with pytest.raises(Conflict):
        quotes.accept_quote(db, record.id, today=DAY)
    given = quotes.give_quote(db, record.id, record.version, today=DAY)
    assert given.status == "given"
    with pytest.raises(Conflict):
        quotes.give_quote(db, record.id, today=DAY)
    with pytest.raises(StaleEdit):
        quotes.accept_quote(db, record.id, record.version, today=DAY)
    accepted = quotes.accept_quote(db, record.id, given.version, today=DAY + timedelta(days=7))
    assert accepted.status == "accepted"
    assert quotes.list_quotes(db, status="accepted", today=DAY)[0].id == record.id


def test_expiry_is_computed_from_the_validity_date_and_stored(db, sales):
    record = create(db, sales, valid_until=DAY + timedelta(days=3))
    quotes.give_quote(db, record.id, today=DAY)
    later = DAY + timedelta(days=4)
    assert quotes.get_quote(db, record.id, today=later).quote.status == "expired"
    with pytest.raises(Conflict) as info:
        quotes.accept_quote(db, record.id, today=later)
    assert "过期" in info.value.zh
    assert quotes.expire_quotes(db, today=later) == 1
    with db.session() as s:
        assert s.get(Quote, record.id).status == "expired"
    revised = quotes.revise_quote(db, record.id, today=later)
    assert revised.status == "draft" and revised.valid_until == later + timedelta(days=7)


def test_expiry_moves_the_version_once_and_leaves_valid_quotes(db, sales):
    old = create(db, sales, valid_until=DAY + timedelta(days=3))
    fresh = create(db, sales, valid_until=DAY + timedelta(days=30))
    later = DAY + timedelta(days=4)
    assert quotes.expire_quotes(db, today=later, store_id=sales.store_id + 1) == 0
    assert quotes.expire_quotes(db, today=later, store_id=sales.store_id) == 1
    assert quotes.expire_quotes(db, today=later) == 0
    with db.session() as s:
        stored = s.get(Quote, old.id)
        assert (stored.status, stored.version_id) == ("expired", old.version + 1)
        assert s.get(Quote, fresh.id).status == "draft"
    with pytest.raises(StaleEdit):   # an editor holding the old version is told
        quotes.give_quote(db, old.id, old.version, today=later)


def test_validity_before_the_quote_date_is_refused(db, sales):
    with pytest.raises(ValidationError) as info:
        create(db, sales, valid_until=DAY - timedelta(days=1))
    assert_user_error(info, ValidationError, "valid_until")


def test_discount_beyond_the_limit_needs_a_manager(db, sales):
    with pytest.raises(ApprovalRequired) as info:
        create(db, sales, discount=Decimal("5000.01"))
    assert_user_error(info, ApprovalRequired, "discount")
    assert "需经理审批" in info.value.zh and "李强" in info.value.zh
    at_limit = create(db, sales, discount=Decimal("5000"))
    assert at_limit.approved_by_id is None
    approved = create(db, sales, discount=Decimal("12000"), approved_by_id=sales.manager_id)
    assert (approved.approved_by_id, approved.approved_by_name) == (sales.manager_id, "周敏")
    with db.session() as s:
        assert s.get(Quote, approved.id).approved_at is not None
    lowered = quotes.update_quote(db, approved.id, approved.version,
                                  form(sales, discount=Decimal("100"),
                                       approved_by_id=sales.manager_id), today=DAY)
    assert lowered.approved_by_id is None


@pytest.mark.parametrize(("approver", "discount", "text"), [
    ("consultant", "6000", "审批人须为本店在职经理"),
    ("other_manager", "9000", "审批权限"),
])
def test_the_approver_must_be_a_manager_within_their_limit(db, sales, approver, discount, text):
    approver_id = {"consultant": sales.consultant_id, "other_manager": sales.other_manager_id}
    with pytest.raises(ValidationError) as info:
        create(db, sales, discount=Decimal(discount), approved_by_id=approver_id[approver])
    assert info.value.field == "approved_by_id" and text in info.value.zh


def test_a_negative_total_is_refused(db, sales):
    with pytest.raises(UserError) as info:
        create(db, sales, subsidy=Decimal("100000"), discount=Decimal("90000"),
               approved_by_id=sales.manager_id, insurance=(), accessories=())
    assert info.value.field == "total" and "不能为负数" in info.value.zh
    with db.session() as s:
        assert s.query(Quote).count() == 0


@pytest.mark.parametrize(("changes", "field"), [
    ({"vehicle_id": 999}, "vehicle_id"),
    ({"customer_id": 999}, "customer_id"),
    ({"consultant_id": 999}, "consultant_id"),
    ({"registration_fee": Decimal("-1")}, "registration_fee"),
])
def test_bad_form_fields_are_named(db, sales, changes, field):
    with pytest.raises(UserError) as info:
        create(db, sales, **changes)
    assert info.value.field == field


def test_prospect_created_on_the_spot(db, sales):
    ident, name = quotes.create_prospect(db, name="刘洋", mobile="139 0000 2222",
                                         consultant_id=sales.consultant_id)
    from app.services import customers
    profile = customers.get_customer(db, ident)
    assert (name, profile.customer.kind, profile.customer.mobile) == (
        "刘洋", "prospect", "13900002222")
    with pytest.raises(Conflict) as info:
        quotes.create_prospect(db, name="另一个", mobile="13812345678")
    assert info.value.field == "mobile" and "张伟" in info.value.zh
    for mobile in ("", "123"):
        with pytest.raises(ValidationError) as bad:
            quotes.create_prospect(db, name="刘洋", mobile=mobile)
        assert bad.value.field == "mobile"
    with pytest.raises(ValidationError) as nameless:
        quotes.create_prospect(db, name=" ", mobile="13900003333")
    assert nameless.value.field == "name"


def test_quote_document_renders_what_was_stored(db, sales):
    record = create(db, sales, vehicle_id=sales.bev_id, discount=Decimal("8888.88"),
                    approved_by_id=sales.manager_id)
    doc = quotes.quote_document(db, record.id)
    assert doc.number == record.number and doc.total == record.total
    assert doc.customer_name == "张伟" and doc.consultant_name == "李强"
    assert doc.energy is EnergyType.BEV and doc.store.name == "广州天河4S店"
    tax = next(line for line in doc.lines if line.kind == "purchase_tax")
    assert "新能源减免" in tax.note
    reader = PdfReader(__import__("io").BytesIO(render_quote(doc)))
    text = "".join(page.extract_text() for page in reader.pages)
    assert record.number in text and f"{record.total:,.2f}" in text


def test_missing_quote(db, sales):
    with pytest.raises(NotFound):
        quotes.get_quote(db, 404)
    with pytest.raises(NotFound):
        quotes.quote_document(db, 404)


def test_demo_sales_seed_has_every_status_and_quote_one_prints(db, sales):
    import random

    from tests.sales_seed import seed_sales
    summary = seed_sales(db, store_id=sales.store_id, rng=random.Random(7), today=DAY)
    assert summary.quotes == 12
    assert set(summary.statuses) == {"draft", "given", "accepted", "expired"}
    assert len(catalogue.list_vehicles(db)) == 2  # the fixture's catalogue is kept
    records = quotes.list_quotes(db, store_id=sales.store_id, today=DAY)
    assert any(r.revision == 3 for r in records)
    assert any(r.approved_by_id == sales.manager_id for r in records)
    first = min(records, key=lambda r: r.id)
    assert first.status == "given"
    assert render_quote(quotes.quote_document(db, first.id))[:4] == b"%PDF"
    assert seed_sales(db, store_id=sales.store_id, today=DAY).quotes == 0


def test_demo_catalogues_on_an_empty_database(db):
    from tests.sales_seed import LENDERS, VEHICLES, seed_catalogues
    assert seed_catalogues(db) == len(VEHICLES)
    assert len(catalogue.list_lenders(db)) == len(LENDERS)
    assert seed_catalogues(db) == 0


@pytest.mark.postgres_only
def test_desks_numbering_at_the_same_moment_get_distinct_numbers(db, sales):
    from concurrent.futures import ThreadPoolExecutor

    from app.acting import bound

    with ThreadPoolExecutor(4) as pool:      # each desk thread has someone signed in
        numbers = list(pool.map(bound(lambda _: create(db, sales).number), range(12)))
    assert sorted(numbers) == [f"Q-20261123-{n:04d}" for n in range(1, 13)]


def test_the_list_reads_each_quote_as_opening_it_does(db, sales):
    """The list's records (read together: names and newest revisions in one query each)
    are those each quote opened alone shows, revisions and approvals included."""
    import random

    from tests.sales_seed import seed_sales

    seed_sales(db, store_id=sales.store_id, rng=random.Random(7), today=DAY)
    records = quotes.list_quotes(db, store_id=sales.store_id, today=DAY)
    assert len(records) >= 12 and any(r.approved_by_name for r in records)
    assert {r.latest for r in records} == {True, False}
    assert all(r.customer_name and r.consultant_name for r in records)
    assert list(records) == [quotes.get_quote(db, r.id, today=DAY).quote for r in records]
