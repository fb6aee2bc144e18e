"""Test-drive speed at the gate: `reception.arrive` for a car of the store's test-drive
fleet (closing its drive) and for an unknown car, with a fleet of `cars` per store over
`stores` stores and `vehicles` customer vehicles in the database.

    python -m bench.testdrive [--stores 20] [--cars 50] [--vehicles 50000] [--runs 200]
                              [--db URL] [--json PATH]

The fleet check is one lookup on the plate's index; an unknown car pays it before the
customer match, so its figure is the arrival path's cost with the check in it.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from app import acting
from app.db import Database
from app.domain import plates
from app.domain.reads import PlateRead
from app.domain.test_drives import CarStatus, DriveStatus
from app.models import Customer, Store, TestDrive, TestDriveCar, Vehicle
from app.services import reception
from bench._common import machine, median, p95, print_figures, write_json

LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def _plates(rng: random.Random, count: int, prefix: str) -> list[str]:
    found: set[str] = set()
    while len(found) < count:
        plate = prefix + "".join(rng.choice(LETTERS) for _ in range(5))
        if plates.is_valid(plate):
            found.add(plate)
    return sorted(found)


def build(db: Database, stores: int, cars: int, vehicles: int, seed: int = 11) -> list[tuple]:
    """Stores, their fleets (each car out on a drive) and customer vehicles; returns
    (store id, fleet car id, plate) of every fleet car."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    fleet_plates = _plates(rng, stores * cars, "粤B")
    with db.engine.begin() as conn:
        conn.execute(insert(Store), [{"id": i + 1, "code": f"S{i:03d}", "name": f"门店{i}",
                                      "created_at": now} for i in range(stores)])
        conn.execute(insert(Customer), [{"id": i + 1, "name": f"客户{i}",
                                         "consent_plate_recognition": True}
                                        for i in range(vehicles)])
        conn.execute(insert(Vehicle), [{"id": i + 1, "plate": p, "owner_id": i + 1}
                                       for i, p in enumerate(_plates(rng, vehicles, "粤A"))])
        rows = [{"id": i + 1, "store_id": i // cars + 1, "plate": p, "model": "凯美瑞",
                 "status": CarStatus.ON_DRIVE, "mileage_km": 1000}
                for i, p in enumerate(fleet_plates)]
        conn.execute(insert(TestDriveCar), rows)
        conn.execute(insert(TestDrive), [{
            "number": f"SJ{i:08d}", "store_id": r["store_id"], "car_id": r["id"],
            "customer_id": rng.randint(1, vehicles), "start_at": now - timedelta(hours=1),
            "end_at": now, "status": DriveStatus.OUT, "licence_number": "440106199003071231",
            "mileage_out": 1000, "fuel_out": 90} for i, r in enumerate(rows)])
    return [(r["store_id"], r["id"], r["plate"]) for r in rows]


def run(stores: int, cars: int, vehicles: int, runs: int, url: str | None = None) -> dict:
    """Build the stores and time a fleet car's and an unknown car's arrival."""
    folder = tempfile.TemporaryDirectory(prefix="bench-testdrive-")
    db = Database(url or f"sqlite:///{Path(folder.name) / 'testdrive.sqlite3'}")
    db.migrate()
    started = time.perf_counter()
    fleet = build(db, stores, cars, vehicles)
    build_s = time.perf_counter() - started
    rng = random.Random(5)
    unknown = _plates(rng, runs, "粤C")
    timings: dict[str, list[float]] = {"fleet_car": [], "unknown_car": []}
    with acting.acting_as(acting.Actor(name="基准", role="reception", desk="bench")):
        for i, (store_id, _car, plate) in enumerate(rng.sample(fleet, min(runs, len(fleet)))):
            for key, read in (("fleet_car", plate), ("unknown_car", unknown[i])):
                t = time.perf_counter()
                card = reception.arrive(db, PlateRead(read, 0.95), store_id=store_id)
                timings[key].append((time.perf_counter() - t) * 1000)
                assert (card.match == "fleet") == (key == "fleet_car")
    return {"machine": machine(), "stores": stores, "cars_per_store": cars,
            "vehicles": vehicles, "build_s": round(build_s, 1),
            **{key: {"median_ms": round(median(v), 2), "p95_ms": round(p95(v), 2), "n": len(v)}
               for key, v in timings.items()}}


def main() -> int:
    """Parse the arguments, run, print and optionally write the figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.testdrive", description=__doc__)
    parser.add_argument("--stores", type=int, default=20)
    parser.add_argument("--cars", type=int, default=50)
    parser.add_argument("--vehicles", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    parser.add_argument("--json", help="write the figures as JSON to this path")
    args = parser.parse_args()
    figures = run(args.stores, args.cars, args.vehicles, args.runs, args.db)
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
