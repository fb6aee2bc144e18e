"""Pick lists: staff by role, bays in order, service items."""

from __future__ import annotations

from decimal import Decimal

from app.services import catalogue


def test_staff_by_role_and_activity(db, shop):
    advisors = catalogue.list_staff(db, "service_advisor")
    assert [s.name for s in advisors] == ["陈静"]
    everyone = catalogue.list_staff(db, "service_advisor", active_only=False)
    assert {s.id for s in everyone} == {shop.advisor_id, shop.left_advisor_id}
    assert len(catalogue.list_staff(db)) == 4


def test_bays_and_items(db, shop):
    assert [b.kind for b in catalogue.list_bays(db)] == ["normal", "normal", "quick_lane"]
    items = catalogue.list_service_items(db)
    assert [i.code for i in items] == ["BRK", "FLT", "OIL"]
    assert items[2].price == Decimal("380.00") and items[2].labour_hours == Decimal("0.50")
    assert {i.code for i in catalogue.list_service_items(db, quick_only=True)} == {"FLT", "OIL"}
