"""The whole pipeline on a video file the test writes: threads, callbacks, errors."""

from __future__ import annotations

import json
from argparse import ArgumentParser
from datetime import UTC, datetime, timedelta

import pytest

from gate.capture import CameraState, OpenCvSource
from gate.service import GateService
from gate.synthetic import CarPass, render_plate, write_gate_video
from gate.synthetic_queue import QueueCar, QueueTiming, write_queue_video
from gate.tracker import Tracker, TrackerSettings

FPS = 10
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
PASSES = [
    CarPass("粤B12345", "blue", enter=0.2, duration=2.0),
    CarPass("湘A0H123", "yellow", enter=2.3, duration=2.0, angle=6),   # right behind the first
    CarPass("京AD12345", "green", enter=5.0, duration=2.0, blur=1.0),
    CarPass("沪C77889", "blue", enter=7.5, duration=2.0, parked=True, brightness=0.7),
]


@pytest.fixture(scope="module")
def gate_video(tmp_path_factory):
    path = tmp_path_factory.mktemp("video") / "gate.avi"
    expected = write_gate_video(path, PASSES, seconds=14, size=(960, 540), fps=FPS)
    return path, expected


def video_clock(frame):
    return T0 + timedelta(seconds=frame.index / FPS)


def run_service(path, reader, recorder, **kwargs):
    reads, statuses, errors = recorder(), recorder(), recorder()
    service = GateService(OpenCvSource(str(path), realtime=False), reader, Tracker(TrackerSettings()),
                          reads, statuses, errors, max_fps=0, lossless=True, frame_clock=video_clock,
                          fallback_every=4, **kwargs)
    service.start()
    assert service.wait(120)
    service.stop()
    return service, reads.items, statuses.items, errors.items


def test_video_gives_one_read_per_car_and_none_for_the_parked_car_again(gate_video, reader, recorder):
    path, expected = gate_video
    service, reads, statuses, errors = run_service(path, reader, recorder)
    assert errors == []
    assert [r.plate for r in reads] == [e.plate for e in expected]
    assert all(r.valid and r.first_seen.tzinfo for r in reads)
    assert reads[2].color == "green" and len(reads[2].plate) == 8
    assert statuses[-1].state == CameraState.ENDED
    assert service.processed == 140 and service.dropped == 0


def test_recogniser_exception_reaches_on_error_and_the_log(gate_video, recorder, caplog):
    class Broken:
        def read(self, image, fallback=True, fine=True):
            raise RuntimeError("model exploded")

    _, reads, _, errors = run_service(gate_video[0], Broken(), recorder)
    assert reads == [] and errors and isinstance(errors[0], RuntimeError)
    assert "model exploded" in caplog.text


def test_stop_joins_the_threads_of_a_live_camera(reader, recorder, tmp_path):
    path = tmp_path / "loop.avi"
    write_gate_video(path, [CarPass("粤B12345", enter=0, duration=1)], seconds=1, size=(320, 240), fps=FPS)
    statuses = recorder()
    service = GateService(OpenCvSource(str(path), loop=True), reader, Tracker(), recorder(), statuses, max_fps=5)
    service.start()
    assert statuses.wait_for(lambda s: any(x.state == CameraState.ONLINE for x in s))
    service.stop()
    assert not any(t.is_alive() for t in service._threads)
    assert statuses.items[-1].state == CameraState.OFFLINE


def test_cli_prints_json_lines_and_records_each_read(gate_video, capsys):
    from gate.cli import add_arguments, run

    parser = ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args(["--source", str(gate_video[0]), "--json", "--max-fps", "0", "--min-plate-width", "60"])
    recorded = []
    assert run(args, record=recorded.append) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {x["plate"] for x in lines} <= {p.plate for p in PASSES}
    assert len(lines) == len(recorded) >= 1
    first = lines[0]
    assert set(first) >= {"plate", "color", "confidence", "char_confidences", "valid", "partial", "first_seen", "last_seen"}
    assert datetime.fromisoformat(first["first_seen"]).tzinfo is not None


def test_cli_rejects_a_bad_roi():
    from gate.cli import add_arguments

    parser = ArgumentParser()
    add_arguments(parser)
    with pytest.raises(SystemExit):
        parser.parse_args(["--source", "0", "--roi", "1,2,3"])


def test_rendered_plate_sizes():
    assert render_plate("粤B12345", "blue", 440).shape == (140, 440, 3)
    assert render_plate("粤BD12345", "green", 480).shape == (140, 480, 3)
    assert render_plate("粤B12345", "yellow", 440, two_rows=True).shape == (220, 440, 3)


def test_cli_returns_2_when_the_source_cannot_be_opened(tmp_path, capsys):
    from gate.cli import add_arguments, run

    parser = ArgumentParser()
    add_arguments(parser)
    assert run(parser.parse_args(["--source", str(tmp_path / "missing.mp4"), "--no-db"])) == 2
    assert "offline" in capsys.readouterr().err


QUEUE = [QueueCar("粤B12345"), QueueCar("湘A0H123", "yellow", angle=4), QueueCar("京AD12345", "green"),
         QueueCar("粤B12346", blur=0.8), QueueCar("川A5Q8K2", brightness=0.8)]


def test_a_queue_half_a_second_apart_at_the_same_spot_gives_one_arrival_each(reader, recorder, tmp_path):
    path = tmp_path / "queue.avi"
    expected = write_queue_video(path, QUEUE, QueueTiming(gap=0.5), size=(960, 540), fps=FPS)
    _, reads, _, errors = run_service(path, reader, recorder)
    assert errors == []
    assert [r.plate for r in reads] == [e.plate for e in expected]
    assert all(r.valid and not r.uncertain for r in reads)
