"""Customer-voice speed: the complaints page and a month's figures.

    python -m bench.voice [--surveys 10000] [--complaints 2000] [--runs 30] [--db URL] [--json PATH]

Builds a store with `surveys` answered surveys (six scores each) spread over twelve months,
as many delivered work orders, and `complaints` complaints (about 15% still open, in every
SLA state) in a temporary SQLite file or the empty database at `--db`. "Complaints page"
is what the desk does when the page shows: the service call (clocks, auto-escalation, one
query for the rows), filling the Qt model and painting the table offscreen. "Month
figures" is `voice_figures.month_figures` for the latest full month. Targets: p95 <= 150 ms
and <= 500 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from app.db import Database
from app.domain.store_time import STORE_TZ
from app.domain.survey_templates import Occasion, current_template
from app.models import (
    Complaint,
    ComplaintStepRecord,
    Customer,
    Staff,
    StaffRole,
    Store,
    Survey,
    SurveyAnswer,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from app.services import voice_figures
from bench._common import machine, median, p95, print_figures, write_json

PAGE_TARGET_MS = 150.0
FIGURES_TARGET_MS = 500.0
CATEGORIES = ("attitude", "quality", "waiting", "price", "parts", "sales")


def build_store(db: Database, surveys: int, complaints: int, now: datetime, seed: int = 17) -> None:
    """The store's staff, customers, work orders, surveys with answers and complaints."""
    rng = random.Random(seed)
    questions = current_template(Occasion.SERVICE).questions
    with db.session() as s:
        store = Store(code="BENCH", name="基准门店")
        s.add(store)
        s.flush()
        staff = [Staff(store_id=store.id, name=f"顾问{i}", role=StaffRole.SERVICE_ADVISOR)
                 for i in range(10)]
        staff += [Staff(store_id=store.id, name="经理", role=StaffRole.MANAGER),
                  Staff(store_id=store.id, name="客服", role=StaffRole.CUSTOMER_CARE)]
        s.add_all(staff)
        s.flush()
        advisors, care = [x.id for x in staff[:10]], staff[-1].id
        customers = max(1, surveys // 5)
        conn = s.connection()
        conn.execute(insert(Customer), [{"id": i + 1, "name": f"客户{i}", "mobile": f"139{i:08d}"}
                                        for i in range(customers)])
        conn.execute(insert(Vehicle), [{"id": i + 1, "plate": f"粤B{i:05d}", "owner_id": i + 1}
                                       for i in range(customers)])
        orders, rows, answers = [], [], []
        for i in range(surveys):
            closed = now - timedelta(minutes=rng.randint(3 * 1440, 365 * 1440))
            customer = i % customers + 1
            advisor = rng.choice(advisors)
            orders.append({"id": i + 1, "number": f"WO{i:08d}", "store_id": store.id,
                           "vehicle_id": customer, "customer_id": customer, "advisor_id": advisor,
                           "status": WorkOrderStatus.DELIVERED, "opened_at": closed - timedelta(hours=3),
                           "closed_at": closed})
            rows.append({"id": i + 1, "number": f"SV{i + 1:07d}", "source_key": f"wo:{i + 1}",
                         "store_id": store.id, "occasion": Occasion.SERVICE, "template_version": 1,
                         "customer_id": customer, "vehicle_id": customer, "work_order_id": i + 1,
                         "staff_id": advisor, "event_at": closed, "due_at": closed + timedelta(days=2),
                         "status": "answered", "channel": "phone",
                         "answered_at": closed + timedelta(days=2, hours=rng.randint(1, 20)),
                         "answered_by_id": care})
            for q in questions:
                answers.append({"survey_id": i + 1, "question": q.code,
                                "score": rng.randint(max(q.scale.low, q.scale.high - 4), q.scale.high),
                                "scale_low": q.scale.low, "scale_high": q.scale.high})
        conn.execute(insert(WorkOrder), orders)
        conn.execute(insert(Survey), rows)
        for start in range(0, len(answers), 20_000):
            conn.execute(insert(SurveyAnswer), answers[start:start + 20_000])
        complaint_rows, steps = [], []
        for i in range(complaints):
            open_ = i % 7 == 0
            received = now - (timedelta(minutes=rng.randint(5, 1800)) if open_ else
                              timedelta(minutes=rng.randint(2 * 1440, 365 * 1440)))
            contacted = received + timedelta(minutes=rng.randint(5, 90))
            proposed = contacted + timedelta(hours=rng.randint(1, 30))
            done = not open_
            contacted_now = done or rng.random() < 0.4
            complaint_rows.append({
                "id": i + 1, "store_id": store.id, "customer_id": i % customers + 1,
                "vehicle_id": i % customers + 1, "work_order_id": rng.randint(1, surveys),
                "channel": "phone", "category": rng.choice(CATEGORIES),
                "grade": "major" if i % 11 == 0 else "ordinary",
                "status": "closed" if done else ("contacted" if contacted_now else "open"),
                "summary": "等待时间太长", "owner_id": care, "created_at": received,
                "round_started_at": received,
                "contacted_at": contacted if contacted_now else None,
                "first_contacted_at": contacted if contacted_now else None,
                "proposed_at": proposed if done else None,
                "first_proposed_at": proposed if done else None,
                "accepted_at": proposed if done else None, "closed_at": proposed if done else None})
            steps.append({"complaint_id": i + 1, "step": "received", "at": received, "by_id": care,
                          "note": ""})
        conn.execute(insert(Complaint), complaint_rows)
        conn.execute(insert(ComplaintStepRecord), steps)
    if not db.is_sqlite:
        with db.engine.begin() as conn:
            for table in ("customers", "vehicles", "work_orders", "surveys", "complaints"):
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT max(id) FROM {table}))")


def manager(db: Database):
    """The bench store's manager as the acting person (the complaints page needs one)."""
    from app.acting import Actor

    with db.session() as s:
        staff_id, name = s.execute(select(Staff.id, Staff.name)
                                   .where(Staff.role == StaffRole.MANAGER)).one()
    return Actor(name=name, role=StaffRole.MANAGER, staff_id=staff_id, desk="bench")


def run(surveys: int, complaints: int, runs: int, url: str | None = None) -> dict:
    """Build the store and time the complaints page and the month's figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app import acting
    from app.services import complaints as complaint_service
    from ui.tasks import TaskRunner
    from ui.voice.complaints_page import ComplaintsPage

    folder = tempfile.TemporaryDirectory(prefix="bench-voice-")
    url = url or f"sqlite:///{Path(folder.name) / 'voice.sqlite3'}"
    db = Database(url)
    db.migrate()
    now = datetime.now(UTC)
    started = time.perf_counter()
    build_store(db, surveys, complaints, now)
    build_s = time.perf_counter() - started
    acting.set_actor(manager(db))                       # the page is the care role's and the manager's
    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()
    page = ComplaintsPage(db, runner, None)
    page.timer.stop()
    deadline = time.perf_counter() + 60
    while page.model.rowCount() == 0 and time.perf_counter() < deadline:
        app.processEvents()                             # its own first load, off the UI thread
    page.resize(1366, 700)
    page.show()
    app.processEvents()

    def open_page() -> int:
        result = complaint_service.complaints_page(db, now=datetime.now(UTC))
        page.model.set_records(result.rows)
        page.table.viewport().repaint()
        return len(result.rows)

    shown = open_page()                                 # the first opening escalates overdue ones
    page_ms = []
    for _ in range(runs):
        start = time.perf_counter()
        open_page()
        page_ms.append((time.perf_counter() - start) * 1000)
    last_month = (now.astimezone(STORE_TZ).replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    voice_figures.month_figures(db, last_month)
    figures_ms = []
    for _ in range(runs):
        start = time.perf_counter()
        figures = voice_figures.month_figures(db, last_month)
        figures_ms.append((time.perf_counter() - start) * 1000)
    page.close()
    app.processEvents()
    db.dispose()
    folder.cleanup()
    return {
        "complaints_page_ms": {"median": round(median(page_ms), 2), "p95": round(p95(page_ms), 2),
                               "max": round(max(page_ms), 2)},
        "month_figures_ms": {"median": round(median(figures_ms), 2),
                             "p95": round(p95(figures_ms), 2), "max": round(max(figures_ms), 2)},
        "surveys": surveys, "complaints": complaints, "open_complaints_shown": shown,
        "month": last_month, "month_surveys": figures.surveys_answered,
        "month_complaints": figures.complaints, "runs": runs,
        "database": "sqlite" if url.startswith("sqlite") else "postgresql",
        "build_s": round(build_s, 1),
        "targets_p95_ms": {"complaints_page": PAGE_TARGET_MS, "month_figures": FIGURES_TARGET_MS},
        "machine": machine(),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line entry: print the figures, write them as JSON with --json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--surveys", type=int, default=10_000)
    parser.add_argument("--complaints", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--db", metavar="URL", help="an empty database instead of SQLite")
    parser.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    args = parser.parse_args(argv)
    figures = run(max(1, args.surveys), max(1, args.complaints), max(1, args.runs), args.db)
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
