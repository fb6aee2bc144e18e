"""A store's care settings: its changes to the rules, the RFM thresholds and level names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from decimal import Decimal

from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain.care_rules import EDITABLE_FIELDS, CareKind, Rule, kinds_in_order, with_overrides
from app.domain.care_tiers import DEFAULT_LEVELS, Level, RfmThresholds, levels_with
from app.domain.points import PointsRules
from app.domain.roles import Permission
from app.errors import ValidationError
from app.models import CareSetting
from app.services import points

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


@dataclass(frozen=True)
class CareSettings:
    """A store's care settings as the settings dialog edits them."""

    rules: tuple[Rule, ...]
    levels: tuple[Level, ...]
    thresholds: RfmThresholds
    #: The loyalty points rules (积分规则), kept beside the care settings.
    points: PointsRules = PointsRules()


@acting.open_to_signed_in
def store_settings(db: Database, store_id: int) -> CareSettings:
    """The store's rules (in the desk's order), levels and RFM thresholds."""
    with db.session() as s:
        return _settings_in(s, store_id)


def _settings_in(s: Session, store_id: int) -> CareSettings:
    rules = rules_in(s, store_id)
    return CareSettings(tuple(rules[kind] for kind in kinds_in_order()),
                        tuple(levels_in(s, store_id).values()), thresholds_in(s, store_id),
                        points.rules_in(s, store_id))


@acting.needs(Permission.CARE_SETTINGS)
def save_settings(db: Database, store_id: int, *,
                  rules: Mapping[str, Mapping[str, object]] | None = None,
                  levels: Mapping[str, Mapping[str, str]] | None = None,
                  thresholds: Mapping[str, object] | None = None,
                  points_rules: Mapping[str, object] | None = None,
                  who: str = "") -> CareSettings:
    """Save the dialog's changes in one transaction: rules {kind: {field: value}}, levels
    {code: {zh, en, benefits_zh, benefits_en}}, RFM thresholds {field: value}, the points
    rules {field: value}. Everything is checked before anything is stored (a bad points
    value rolls the whole transaction back); the next care run uses the new settings."""
    for kind, changes in (rules or {}).items():
        _check_rule(kind, changes)
    checked_levels = {code: _check_level(code, changes) for code, changes in (levels or {}).items()}
    checked_rfm = _check_thresholds(thresholds or {})
    with db.session() as s:
        for kind, changes in (rules or {}).items():
            _merge(s, store_id, RULES, kind, _stored_rule(changes), who)
        for code, changes in checked_levels.items():
            _merge(s, store_id, LEVELS, code, changes, who)
        if checked_rfm:
            _merge(s, store_id, RFM, None, checked_rfm, who)
        if points_rules:
            points.save_points_rules_in(s, store_id, points_rules, who=who)
        return _settings_in(s, store_id)


@acting.needs(Permission.CARE_SETTINGS)
def set_rule(db: Database, store_id: int, kind: str, changes: Mapping[str, object], *,
             who: str = "") -> Rule:
    """Change one rule's numbers (or switch it off) for this store; returns the new rule."""
    return next(r for r in save_settings(db, store_id, rules={kind: changes}, who=who).rules
                if r.kind == kind)


@acting.needs(Permission.CARE_SETTINGS)
def set_level(db: Database, store_id: int, code: str, changes: Mapping[str, str], *,
              who: str = "") -> Level:
    """Rename a level or set its benefits for this store."""
    return next(level for level in
                save_settings(db, store_id, levels={code: changes}, who=who).levels
                if level.code == code)


def _refuse(name: str, zh: str, en: str):
    raise ValidationError(zh, en, field=name)


def _check_rule(kind: str, changes: Mapping[str, object]) -> None:
    if kind not in set(CareKind):
        _refuse("kind", f"没有这种关怀类型：{kind}", f"No such care kind: {kind}")
    unknown = set(changes) - set(EDITABLE_FIELDS) - {"model_intervals"}
    if unknown:
        _refuse("changes", f"不能修改：{', '.join(sorted(unknown))}",
                f"Cannot change: {', '.join(sorted(unknown))}")
    for name, value in changes.items():
        if name == "enabled":
            continue
        if name == "model_intervals":
            _check_intervals(value)
        elif not _whole(value):
            _refuse(name, f"{name} 必须是非负整数。", f"{name} must be a whole number, not negative.")
    if changes.get("max_attempts", 1) == 0:
        _refuse("max_attempts", "最多尝试次数至少为 1。", "Try at least once.")


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _check_intervals(value: object) -> None:
    rows = value if isinstance(value, list | tuple) else None
    if rows is None or any(not isinstance(r, list | tuple) or len(r) != 3 for r in rows):
        _refuse("model_intervals", "车型保养间隔应为（车型、月数、公里数）。",
                "A service interval by model is (model, months, km).")
    for model, months, km in rows:
        if not isinstance(model, str) or not model.strip():
            _refuse("model_intervals", "车型保养间隔：请填写车型。",
                    "Service interval by model: give the model.")
        if not _whole(months) or not _whole(km) or months + km == 0:
            _refuse("model_intervals",
                    f"车型“{model}”的保养间隔须为整数月数和公里数（不能都为 0）。",
                    f"The interval of model '{model}' needs whole months and km (not both 0).")


def _stored_rule(changes: Mapping[str, object]) -> dict:
    stored = dict(changes)
    if "model_intervals" in stored:
        stored["model_intervals"] = [[m.strip(), mo, km] for m, mo, km in stored["model_intervals"]]
    return stored


def _check_level(code: str, changes: Mapping[str, str]) -> dict[str, str]:
    if code not in {level.code for level in DEFAULT_LEVELS}:
        _refuse("code", f"没有这个等级：{code}", f"No such level: {code}")
    known = {"zh", "en", "benefits_zh", "benefits_en"}
    if set(changes) - known:
        _refuse("changes", f"不能修改：{', '.join(sorted(set(changes) - known))}",
                f"Cannot change: {', '.join(sorted(set(changes) - known))}")
    values = {k: str(v).strip() for k, v in changes.items()}
    for name in ("zh", "en"):
        if name in values and not values[name]:
            _refuse(name, "等级名称不能为空。", "A level needs a name.")
        if len(values.get(name, "")) > _LEVEL_NAME_MAX:
            _refuse(name, f"等级名称最多 {_LEVEL_NAME_MAX} 个字。",
                    f"A level name has at most {_LEVEL_NAME_MAX} characters.")
    return values


_LEVEL_NAME_MAX = 12


def _check_thresholds(changes: Mapping[str, object]) -> dict[str, object]:
    kinds = {f.name: f.type for f in fields(RfmThresholds)}
    checked: dict[str, object] = {}
    for name, value in changes.items():
        if name not in kinds:
            _refuse("thresholds", f"不能修改：{name}", f"Cannot change: {name}")
        if "Decimal" in str(kinds[name]):
            try:
                amount = Decimal(str(value))
            except ArithmeticError:
                amount = Decimal(-1)
            if not amount.is_finite() or amount < 0:
                _refuse(name, f"{name} 必须是非负金额。", f"{name} must be an amount, not negative.")
            checked[name] = str(amount.quantize(Decimal("0.01")))
        elif not _whole(value):
            _refuse(name, f"{name} 必须是非负整数。", f"{name} must be a whole number, not negative.")
        else:
            checked[name] = value
    return checked


def _merge(s: Session, store_id: int, section: str, key: str | None,
           changes: Mapping[str, object], who: str) -> None:
    """Lay `changes` over the store's stored overrides of `key` in `section` (over the
    section itself when `key` is None)."""
    row = s.get(CareSetting, (store_id, section)) or CareSetting(
        store_id=store_id, section=section, values={})
    values = dict(row.values)
    if key is None:
        values.update(changes)
    else:
        values[key] = {**values.get(key, {}), **changes}
    row.values, row.updated_by = values, who
    s.add(row)
    s.flush()
