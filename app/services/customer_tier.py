"""A customer's level: what the nightly RFM run computed, and a manual override kept with
who set it, when and why (the nightly run leaves an override alone)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.errors import ValidationError
from app.models import Customer, CustomerRfm, CustomerTier
from app.services.common import get_or_raise, now_utc, parse_choice, store_today

_CUSTOMER = ("客户", "customer")


@dataclass(frozen=True)
class TierStatus:
    """The level shown, the computed one with its RFM figures, and the override if any."""

    customer_id: int
    tier: str
    computed_tier: str
    segment: str
    visits: int
    last_visit: date | None
    spend: Decimal
    computed_on: date | None
    override_tier: str | None
    override_by: str
    override_reason: str
    override_at: datetime | None
    version: int


@acting.needs(Permission.CUSTOMER_VIEW)
def tier_status(db: Database, customer_id: int) -> TierStatus:
    """The customer's level as shown, as computed and as set by hand."""
    with db.session() as s:
        customer = get_or_raise(s, Customer, customer_id, *_CUSTOMER)
        return _status(customer, s.get(CustomerRfm, customer_id))


def _status(customer: Customer, rfm: CustomerRfm | None) -> TierStatus:
    if rfm is None:
        return TierStatus(customer.id, str(customer.tier), str(customer.tier), "", 0, None,
                          Decimal("0.00"), None, None, "", "", None, customer.version_id)
    return TierStatus(customer.id, str(customer.tier), rfm.computed_tier, str(rfm.segment),
                      rfm.visits, rfm.last_visit, rfm.spend, rfm.computed_on,
                      rfm.override_tier, rfm.override_by, rfm.override_reason,
                      rfm.override_at, customer.version_id)


@acting.needs(Permission.CARE_SETTINGS)
def set_tier_override(db: Database, customer_id: int, tier: str | None, *, reason: str = "",
                      who: str = "", now: datetime | None = None) -> TierStatus:
    """Set (or with None clear) a manual level for a customer, kept with who and why; the
    nightly recompute leaves it alone. Setting one needs a reason and who sets it."""
    at = now_utc(now)
    reason, who = (reason or "").strip(), (who or "").strip()
    if tier is not None:
        tier = parse_choice(CustomerTier, tier, "tier", "等级", "tier").value
        if not reason:
            raise ValidationError("手动调整等级请写明原因。",
                                  "Give a reason for setting the level by hand.", field="reason")
        if not who:
            raise ValidationError("请选择调整等级的人。", "Say who sets the level.", field="who")
    with db.session() as s:
        customer = get_or_raise(s, Customer, customer_id, *_CUSTOMER)
        rfm = s.get(CustomerRfm, customer_id)
        if rfm is None:
            rfm = CustomerRfm(customer_id=customer_id, segment="regular",
                              computed_tier=str(customer.tier), spend=Decimal("0.00"),
                              computed_on=store_today(at), visits=0)
            s.add(rfm)
        rfm.override_tier, rfm.override_by = tier, who if tier else ""
        rfm.override_reason = reason if tier else ""
        rfm.override_at = at if tier else None
        customer.tier = tier or rfm.computed_tier
        s.flush()
        return _status(customer, rfm)
