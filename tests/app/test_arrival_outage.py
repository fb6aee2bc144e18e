"""The headless gate (`main.py gate`) while PostgreSQL is stopped and started again:
every car is recorded once, in order, and every snapshot belongs to a visit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import create_engine, text

from gate.synthetic import CarPass, write_gate_video
from tests.pg_server import pg_server  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parents[2]
PLATES = ["粤B12345", "湘A0H123", "京AD12345", "沪C77889", "粤A5K321", "浙B66778"]


def test_headless_gate_survives_a_database_outage(pg_server, tmp_path):  # noqa: F811
    url = pg_server.create_store()
    video = tmp_path / "gate.mp4"
    # Each car lingers 3.6 s: on a loaded machine the recogniser sees only some frames.
    passes = [CarPass(p, "green" if len(p) == 8 else "blue", enter=0.3 + 4.0 * i, duration=3.6)
              for i, p in enumerate(PLATES)]
    write_gate_video(video, passes, size=(960, 540), noise=0)
    data = tmp_path / "data"
    env = {**os.environ, "DEALERDESK_DATA": str(data), "PYTHONPATH": str(ROOT)}
    gate = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", url, "gate", "--source", str(video),
         "--json", "--max-fps", "10"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, encoding="utf-8")
    errors: list[str] = []
    threading.Thread(target=lambda: errors.extend(gate.stderr), daemon=True).start()
    printed = []
    for line in gate.stdout:
        printed.append(json.loads(line)["plate"])
        if len(printed) == 1:
            pg_server.stop()          # the database goes away after the first car …
        if len(printed) == 4:
            pg_server.start()         # … and comes back after the fourth
    assert gate.wait(120) == 0, "".join(errors)
    assert printed == PLATES
    assert any("恢复后补记" in line for line in errors)
    engine = create_engine(url)
    with engine.connect() as conn:
        visits = conn.execute(text("SELECT plate_read, arrived_at, snapshot_path, read_id "
                                   "FROM visits ORDER BY id")).all()
    engine.dispose()
    assert [v.plate_read for v in visits] == PLATES                 # once each, in order
    assert [v.arrived_at for v in visits] == sorted(v.arrived_at for v in visits)
    assert len({v.read_id for v in visits}) == len(PLATES)
    snapshots = {str(p) for p in (data / "snapshots").rglob("*.jpg")}
    assert snapshots == {v.snapshot_path for v in visits}           # no orphan snapshot
    from app.services.outbox import ArrivalOutbox

    assert ArrivalOutbox(data / "arrival-outbox.sqlite3").count() == 0
