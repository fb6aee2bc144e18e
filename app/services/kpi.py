"""The KPI dashboard and report: a store's, a division's or the group's figures for a week
or month, with the drill-down one level below, and one store's figures of today.

Every count is an aggregate on the database, per store (`app.services.kpi_queries`); a
division's and the group's figures are their stores' numerators and denominators added up
(`app.domain.kpi.combine`), never an average of rates.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import acting
from app.db import Database
from app.domain import kpi as rules
from app.domain.kpi import PERIOD_KPIS, Figure, Level, Period
from app.domain.roles import Permission
from app.errors import NotFound
from app.models import Division, Staff, Store
from app.services import kpi_daily as daily
from app.services import kpi_queries as q
from app.services.common import day_bounds, now_utc, store_today


@dataclass(frozen=True)
class Place:
    """A store, a division or the group: what a report is of."""

    level: str
    id: int | None
    code: str
    name: str


@dataclass(frozen=True)
class PlaceFigures:
    """One place's figures, in the order of `PERIOD_KPIS`."""

    place: Place
    figures: tuple[Figure, ...]

    def figure(self, code: str) -> Figure:
        """The figure of KPI `code`."""
        return next(f for f in self.figures if f.code == code)


@dataclass(frozen=True)
class ConsultantFigure:
    """Quote → order conversion of one sales consultant (None: quotes without one)."""

    store_id: int
    consultant_id: int | None
    name: str
    figure: Figure


@dataclass(frozen=True)
class DayPoint:
    """One store day: work orders opened and, of them, from a booking."""

    day: date
    work_orders: int
    booked: int


@dataclass(frozen=True)
class KpiReport:
    """A place's figures for a period, the places one level below, the consultants'
    quote conversion and the daily work orders."""

    period: Period
    place: Place
    figures: tuple[Figure, ...]
    children: tuple[PlaceFigures, ...]
    consultants: tuple[ConsultantFigure, ...]
    daily: tuple[DayPoint, ...]

    def figure(self, code: str) -> Figure:
        """The figure of KPI `code`."""
        return next(f for f in self.figures if f.code == code)

    def as_json(self) -> dict:
        """Plain JSON: every KPI with its numerator, denominator and value (as strings)."""
        def lines(figures):
            return [{"code": f.code, "numerator": str(f.numerator),
                     "denominator": f.denominator,
                     "value": None if f.value is None else str(f.value),
                     "unit": str(rules.definition(f.code).unit)} for f in figures]

        return {"period": self.period.label, "level": self.place.level,
                "place": {"id": self.place.id, "code": self.place.code, "name": self.place.name},
                "kpis": lines(self.figures),
                "children": [{"level": c.place.level, "id": c.place.id, "code": c.place.code,
                              "name": c.place.name, "kpis": lines(c.figures)}
                             for c in self.children],
                "consultants": [{"store_id": c.store_id, "consultant_id": c.consultant_id,
                                 "name": c.name, "ordered": str(c.figure.numerator),
                                 "given": c.figure.denominator,
                                 "value": None if c.figure.value is None else str(c.figure.value)}
                                for c in self.consultants],
                "daily": [{"day": p.day.isoformat(), "work_orders": p.work_orders,
                           "booked": p.booked} for p in self.daily]}


@dataclass(frozen=True)
class TodayFigures:
    """One store's figures of today (`app.domain.kpi.TODAY_FIGURES`) and its cars on site
    by work-order status."""

    store_id: int
    day: date
    counts: tuple[tuple[str, int], ...]
    in_shop: tuple[tuple[str, int], ...]

    def count(self, name: str) -> int:
        """Today's figure `name`."""
        return dict(self.counts)[name]


@dataclass(frozen=True)
class Dashboard:
    """What the manager's dashboard opens with: today (a store's only) and the period's
    report."""

    today: TodayFigures | None
    report: KpiReport


@dataclass(frozen=True)
class PlaceChoice:
    """A division with its stores, for the level chooser."""

    division: Place
    stores: tuple[Place, ...]


@acting.needs(Permission.REPORTS_VIEW)
def kpi_report(db: Database, period: Period, level: str = Level.STORE,
               place_id: int | None = None) -> KpiReport:
    """The figures of a store (`place_id` its id), a division (its id; None: the stores in
    no division) or the group for `period`, with the places one level below."""
    with db.session() as session:
        return _report(session, period, Level(level), place_id, store_today(now_utc()))


@acting.needs(Permission.REPORTS_VIEW)
def month_report(db: Database, month: str, level: str = Level.STORE,
                 place_id: int | None = None) -> KpiReport:
    """`kpi_report` for the month `YYYY-MM`."""
    return kpi_report(db, rules.month_period(month), level, place_id)


@acting.needs(Permission.REPORTS_VIEW)
def today_figures(db: Database, store_id: int, now: datetime | None = None) -> TodayFigures:
    """One store's figures of today."""
    with db.session() as session:
        return _today(session, store_id, now_utc(now))


@acting.needs(Permission.REPORTS_VIEW)
def dashboard(db: Database, level: str, place_id: int | None, period_kind: str = "month",
              now: datetime | None = None) -> Dashboard:
    """The dashboard of a store (with today's figures), a division or the group: the week or
    month containing today, in one session."""
    at = now_utc(now)
    period = rules.period_of(period_kind, store_today(at))
    level = Level(level)
    with db.session() as session:
        report = _report(session, period, level, place_id, store_today(at))
        today = _today(session, place_id, at) if level is Level.STORE else None
        return Dashboard(today, report)


@acting.needs(Permission.REPORTS_VIEW)
def place_choices(db: Database) -> tuple[PlaceChoice, ...]:
    """The divisions and their stores (a group has tens of stores: bounded by nature)."""
    with db.session() as session:
        divisions = session.execute(select(Division.id, Division.code, Division.name)
                                    .order_by(Division.code).limit(500)).all()
        stores = session.execute(select(Store.id, Store.code, Store.name, Store.division_id)
                                 .order_by(Store.code).limit(2000)).all()
    by_division: dict[int | None, list[Place]] = defaultdict(list)
    for sid, code, name, division_id in stores:
        by_division[division_id].append(Place(Level.STORE, sid, code, name))
    choices = [PlaceChoice(Place(Level.DIVISION, did, code, name), tuple(by_division[did]))
               for did, code, name in divisions]
    if by_division[None]:
        choices.append(PlaceChoice(_NO_DIVISION, tuple(by_division[None])))
    return tuple(choices)


@acting.needs(Permission.REPORTS_VIEW)
def store_by_code(db: Database, code: str) -> Place:
    """The store with `code` (NotFound otherwise)."""
    with db.session() as session:
        row = session.execute(select(Store.id, Store.code, Store.name)
                              .where(Store.code == code.strip())).first()
    if row is None:
        raise NotFound(f"没有代码为“{code}”的门店。", f"No store has the code '{code}'.",
                       field="store")
    return Place(Level.STORE, row[0], row[1], row[2])


#: The group, and the stores in no division (named on screen and paper by their level).
_GROUP = Place(Level.GROUP, None, "", "")
_NO_DIVISION = Place(Level.DIVISION, None, "", "")


def _today(session: Session, store_id: int, at: datetime) -> TodayFigures:
    day = store_today(at)
    start, end = day_bounds(day)
    counts = q.today_counts(session, store_id, start, end, at)
    in_shop = q.in_shop_by_status(session, store_id)
    counts["in_shop"] = sum(in_shop.values())
    return TodayFigures(store_id, day, tuple((n, counts[n]) for n in rules.TODAY_FIGURES),
                        tuple(sorted(in_shop.items())))


def _report(session: Session, period: Period, level: Level, place_id: int | None,
            today: date) -> KpiReport:
    q.without_jit(session)
    place, children, stores = _scope(session, level, place_id)
    quotes = q.quote_orders(session, period, stores)
    # The closed days of the day-by-day KPIs from the materialised figures, today's live
    # (every KPI live when a closed day of the period has not been counted).
    stored = daily.read(session, period, stores, today)
    per_store = _per_store(session, period, stores, quotes, stored and stored.counts)
    consultants = _consultants(session, quotes)

    def figures_of(ids) -> tuple[Figure, ...]:
        return tuple(rules.combine(k.code, (per_store[k.code].get(i, Figure(k.code, Decimal(0), 0))
                                            for i in ids)) for k in PERIOD_KPIS)

    all_ids = stores if stores is not None else [sid for _c, ids in children for sid in ids]
    rows = tuple(PlaceFigures(child, figures_of(ids)) for child, ids in children)
    if level is Level.DIVISION:
        days = ()
    elif stored is not None:
        days = stored.days
    else:
        days = q.daily_work_orders(session, period, stores)
    return KpiReport(period, place, figures_of(all_ids), rows, consultants,
                     tuple(DayPoint(_as_date(d), int(n), int(b)) for d, n, b in days))


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _scope(session: Session, level: Level, place_id: int | None):
    """(the place, its children with their store ids, the store ids to count or None)."""
    stores = session.execute(select(Store.id, Store.code, Store.name, Store.division_id)
                             .order_by(Store.code)).all()
    if level is Level.STORE:
        row = next((s for s in stores if s[0] == place_id), None)
        if row is None:
            raise NotFound("没有这家门店。", "No such store.", field="store")
        return Place(Level.STORE, row[0], row[1], row[2]), (), [row[0]]
    if level is Level.DIVISION:
        place = _NO_DIVISION
        if place_id is not None:
            found = session.execute(select(Division.code, Division.name)
                                    .where(Division.id == place_id)).first()
            if found is None:
                raise NotFound("没有这个大区。", "No such division.", field="division")
            place = Place(Level.DIVISION, place_id, found[0], found[1])
        mine = [s for s in stores if s[3] == place_id]
        return place, [(Place(Level.STORE, s[0], s[1], s[2]), [s[0]]) for s in mine], \
            [s[0] for s in mine]
    divisions = session.execute(select(Division.id, Division.code, Division.name)
                                .order_by(Division.code)).all()
    children = [(Place(Level.DIVISION, did, code, name), [s[0] for s in stores if s[3] == did])
                for did, code, name in divisions]
    loose = [s[0] for s in stores if s[3] is None]
    if loose:
        children.append((_NO_DIVISION, loose))
    # Every store by id (a group has tens): the queries then read the (store_id, …) indexes.
    return _GROUP, children, [s[0] for s in stores]


def _per_store(session: Session, period: Period, stores, quote_orders: dict,
               additive: dict[str, q.Counts] | None) -> dict[str, dict[int, Figure]]:
    """{kpi code: {store id: figure}} from one aggregate query per KPI (`additive`: the
    day-by-day KPIs' counts when they were read from the materialised daily figures)."""
    counts: dict[str, q.Counts] = {
        "invitation_success": q.invitation_success(session, period, stores),
        "reminder_conversion": q.reminder_conversion(session, period, stores),
        "data_completeness": q.data_completeness(session, period, stores),
        "refreshment_cost": q.refreshment_cost(session, period, stores),
        "test_drive_conversion": q.test_drive_conversion(session, period, stores),
        **(additive or q.additive_counts(session, period, stores)),
    }
    quotes: dict[int, tuple[Decimal, int]] = {}
    for (store, _consultant), (num, den) in quote_orders.items():
        before = quotes.get(store, (Decimal(0), 0))
        quotes[store] = (before[0] + num, before[1] + den)
    counts["quote_conversion"] = quotes
    return {code: {store: Figure(code, num, den) for store, (num, den) in by_store.items()}
            for code, by_store in counts.items()}


def _consultants(session: Session, found: dict) -> tuple[ConsultantFigure, ...]:
    ids = [c for _s, c in found if c is not None]
    names = dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all()) \
        if ids else {}
    rows = [ConsultantFigure(store, consultant, names.get(consultant, "—"),
                             Figure("quote_conversion", num, den))
            for (store, consultant), (num, den) in found.items()]
    return tuple(sorted(rows, key=lambda r: (r.store_id, r.name)))
