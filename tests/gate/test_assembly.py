"""One assembly of the gate: the CLI and the desk's bridge build it the same way; `main.py
gate --no-db` runs without a database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from argparse import ArgumentParser
from pathlib import Path

import pytest

from gate.assembly import GateCallbacks, GateConfig, build_gate_service, parse_roi
from gate.cli import add_arguments, config_from_args
from gate.service import GateService
from gate.synthetic_queue import QueueCar, write_queue_video
from gate.tracker import TrackerSettings

ROOT = Path(__file__).resolve().parents[2]


def cli_config(*argv: str) -> GateConfig:
    parser = ArgumentParser()
    add_arguments(parser)
    return config_from_args(parser.parse_args(list(argv)))


def test_config_defaults_are_the_trackers_and_the_clis():
    config = cli_config("--source", "gate.mp4")
    assert config == GateConfig(source="gate.mp4")
    settings = config.tracker_settings()
    assert (settings.cooldown, settings.min_plate_width, settings.roi) == (
        TrackerSettings.cooldown, TrackerSettings.min_plate_width, None)


def test_parse_roi_one_rule_for_every_host():
    assert parse_roi("10,20,640,360") == (10, 20, 640, 360)
    assert parse_roi("") is None and parse_roi("  ") is None
    for bad in ("1,2,3", "a,b,c,d", "-1,0,10,10", "0,0,0,10"):
        with pytest.raises(ValueError):
            parse_roi(bad)
    assert cli_config("--source", "0", "--roi", "10,20,640,360").roi == (10, 20, 640, 360)


def test_cli_and_bridge_build_the_same_service(qapp):
    from ui.gate_bridge import GateBridge

    config = cli_config("--source", "rtsp://127.0.0.1:9/none", "--roi", "0,0,640,360",
                        "--cooldown", "30", "--max-fps", "4")
    reads = []
    by_cli = build_gate_service(config, GateCallbacks(reads.append))
    by_bridge = GateBridge(config)._build()
    for service in (by_cli, by_bridge):
        assert isinstance(service, GateService)
        assert service.tracker.settings == TrackerSettings(cooldown=30, roi=(0, 0, 640, 360))
        assert (service.source.name, service.max_fps) == ("rtsp://127.0.0.1:9/none", 4)
    assert by_cli.on_read == reads.append and by_bridge.on_frame is not None


def test_roi_is_applied_once_and_a_plate_cut_by_its_edge_is_ignored():
    import numpy as np

    from gate.tracker import Tracker

    tracker = Tracker(TrackerSettings(roi=(100, 50, 400, 300)))
    image = np.zeros((720, 1280, 3), np.uint8)
    view, offset = tracker.region(image)
    assert view.shape == (300, 400, 3) and tuple(offset) == (100, 50)
    assert Tracker(TrackerSettings(roi=(1200, 700, 400, 300))).region(image)[0].shape == (20, 80, 3)


def test_main_gate_no_db_runs_with_an_unreachable_database(tmp_path):
    video = tmp_path / "gate.avi"
    write_queue_video(video, [QueueCar("粤B12345")], size=(960, 540), fps=10)
    env = {**os.environ, "DEALERDESK_DB": "postgresql+psycopg://nobody:secret@127.0.0.1:9/none",
           "DEALERDESK_DATA": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(ROOT / "main.py"), "gate", "--source", str(video), "--json", "--max-fps", "0"]
    done = subprocess.run(command + ["--no-db"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["plate"] for line in done.stdout.splitlines()] == ["粤B12345"]
    with_db = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert with_db.returncode != 0   # the same run that records arrivals needs the database
