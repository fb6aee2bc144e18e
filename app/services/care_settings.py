"""A store's care settings: its changes to the rules, the RFM thresholds and level names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from decimal import Decimal

from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.care_rules import EDITABLE_FIELDS, CareKind, Rule, with_overrides
from app.domain.care_tiers import Level, RfmThresholds, levels_with
from app.domain.roles import Permission
from app.errors import ValidationError
from app.models import CareSetting

RULES, LEVELS, RFM = "rules", "levels", "rfm"


def _values(session: Session, store_id: int, section: str) -> dict:
    row = session.get(CareSetting, (store_id, section))
    return dict(row.values) if row else {}


def rules_in(session: Session, store_id: int) -> dict[CareKind, Rule]:
    """The store's rules: the defaults with its changes (inside a caller's session)."""
    return with_overrides(_values(session, store_id, RULES))


def levels_in(session: Session, store_id: int) -> dict[str, Level]:
    """The store's levels with its own names and benefits."""
    return levels_with(_values(session, store_id, LEVELS))


def thresholds_in(session: Session, store_id: int) -> RfmThresholds:
    """The store's RFM thresholds."""
    changes = _values(session, store_id, RFM)
    known = {f.name: f.type for f in fields(RfmThresholds)}
    values = {k: (Decimal(str(v)) if "Decimal" in known[k] else int(v))
              for k, v in changes.items() if k in known}
    return replace(RfmThresholds(), **values)


@acting.open_to_signed_in
def store_rules(db: Database, store_id: int) -> dict[CareKind, Rule]:
    """The store's care rules, for the settings page and the run."""
    with db.session() as s:
        return rules_in(s, store_id)


@acting.open_to_signed_in
def store_levels(db: Database, store_id: int) -> dict[str, Level]:
    """The store's level names and benefits."""
    with db.session() as s:
        return levels_in(s, store_id)


@acting.needs(Permission.CARE_SETTINGS)
def set_rule(db: Database, store_id: int, kind: str, changes: Mapping[str, object], *,
             who: str = "") -> Rule:
    """Change one rule's numbers (or switch it off) for this store; returns the new rule."""
    if kind not in set(CareKind):
        raise ValidationError(f"没有这种关怀类型：{kind}", f"No such care kind: {kind}",
                              field="kind")
    unknown = set(changes) - set(EDITABLE_FIELDS) - {"model_intervals"}
    if unknown:
        raise ValidationError(f"不能修改：{', '.join(sorted(unknown))}",
                              f"Cannot change: {', '.join(sorted(unknown))}", field="changes")
    for name, value in changes.items():
        if name not in {"enabled", "model_intervals"} and (not isinstance(value, int)
                                                           or value < 0):
            raise ValidationError(f"{name} 必须是非负整数。",
                                  f"{name} must be a whole number, not negative.", field=name)
    with db.session() as s:
        _merge(s, store_id, RULES, kind, changes, who)
        return rules_in(s, store_id)[CareKind(kind)]


@acting.needs(Permission.CARE_SETTINGS)
def set_level(db: Database, store_id: int, code: str, changes: Mapping[str, str], *,
              who: str = "") -> Level:
    """Rename a level or set its benefits for this store."""
    with db.session() as s:
        if code not in levels_in(s, store_id):
            raise ValidationError(f"没有这个等级：{code}", f"No such level: {code}", field="code")
        _merge(s, store_id, LEVELS, code, changes, who)
        return levels_in(s, store_id)[code]


def _merge(s: Session, store_id: int, section: str, key: str, changes: Mapping[str, object],
           who: str) -> None:
    """Lay `changes` over the store's stored overrides of `key` in `section`."""
    row = s.get(CareSetting, (store_id, section)) or CareSetting(
        store_id=store_id, section=section, values={})
    values = dict(row.values)
    values[key] = {**values.get(key, {}), **changes}
    row.values, row.updated_by = values, who
    s.add(row)
    s.flush()
