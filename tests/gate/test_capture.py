"""Frame sources, the one-slot hand-off and the reconnecting capture worker."""

from __future__ import annotations

import threading

import cv2
import numpy as np
import pytest

from gate.capture import (
    CameraState,
    CaptureWorker,
    Frame,
    LatestFrame,
    OpenCvSource,
    SourceEnded,
    parse_source,
)
from tests.gate.mjpeg_server import MjpegCamera, free_port


def _frames(n: int, size=(160, 120)) -> list[np.ndarray]:
    return [np.full((size[1], size[0], 3), 10 * i % 255, np.uint8) for i in range(n)]


def test_parse_source_tells_usb_indices_from_paths_and_urls():
    assert parse_source("0") == 0
    assert parse_source(" 2 ") == 2
    assert parse_source("rtsp://cam/1") == "rtsp://cam/1"
    assert parse_source("gate.mp4") == "gate.mp4"


def test_latest_frame_keeps_only_the_newest_and_counts_drops():
    slot = LatestFrame()
    for i in range(5):
        slot.put(Frame(np.zeros((2, 2, 3), np.uint8), i, 0.0))
    assert slot.take(0).index == 4
    assert slot.dropped == 4
    assert slot.take(0) is None
    slot.close()
    assert slot.take(None) is None


def test_lossless_slot_hands_on_every_frame():
    slot = LatestFrame(lossless=True)
    got = []

    def consume():
        while (frame := slot.take(5)) is not None:
            got.append(frame.index)

    consumer = threading.Thread(target=consume)
    consumer.start()
    for i in range(20):
        slot.put(Frame(np.zeros((2, 2, 3), np.uint8), i, 0.0))
    slot.close()
    consumer.join(10)
    assert got == list(range(20)) and slot.dropped == 0


@pytest.fixture
def video(tmp_path):
    path = tmp_path / "clip.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 25, (160, 120))
    for frame in _frames(10):
        writer.write(frame)
    writer.release()
    return path


def test_video_file_source_reads_to_its_end(video):
    source = OpenCvSource(str(video), realtime=False)
    source.open()
    count = 0
    with pytest.raises(SourceEnded):
        while True:
            source.read()
            count += 1
    source.close()
    assert count == 10 and not source.live


def test_looping_file_keeps_playing(video):
    source = OpenCvSource(str(video), loop=True, realtime=False)
    source.open()
    assert all(source.read() is not None for _ in range(25))
    source.close()


def test_missing_file_is_reported_offline_with_its_reason(tmp_path, recorder):
    statuses, slot = recorder(), LatestFrame()
    worker = CaptureWorker(OpenCvSource(str(tmp_path / "none.mp4")), slot, statuses, threading.Event())
    worker.run()
    assert statuses.items[-1].state == CameraState.OFFLINE
    assert "none.mp4" in statuses.items[-1].reason


def test_file_played_to_its_end_reports_ended(video, recorder):
    statuses, slot = recorder(), LatestFrame(lossless=True)
    worker = CaptureWorker(OpenCvSource(str(video), realtime=False), slot, statuses, threading.Event())
    thread = threading.Thread(target=worker.run)
    thread.start()
    frames = []
    while (frame := slot.take(10)) is not None:
        frames.append(frame)
    thread.join(10)
    assert [s.state for s in statuses.items] == [CameraState.CONNECTING, CameraState.ONLINE, CameraState.ENDED]
    assert len(frames) == 10


class FlakySource:
    """A live source that fails on its 3rd read and whose first reopen fails."""

    name, live = "flaky", True

    def __init__(self) -> None:
        self.opens = self.reads = 0

    def open(self):
        self.opens += 1
        if self.opens == 2:
            raise OSError("connection refused")

    def read(self):
        self.reads += 1
        if self.reads == 3:
            raise OSError("stream dropped")
        return np.zeros((4, 4, 3), np.uint8)

    def close(self):
        pass


def test_worker_reconnects_with_backoff_and_reports_each_state(recorder):
    statuses, slot, stop = recorder(), LatestFrame(), threading.Event()
    source = FlakySource()
    worker = CaptureWorker(source, slot, statuses, stop, backoff=(0.01, 0.02))
    thread = threading.Thread(target=worker.run)
    thread.start()
    assert statuses.wait_for(lambda s: [x.state for x in s].count(CameraState.ONLINE) >= 2)
    stop.set()
    thread.join(10)
    states = [s.state for s in statuses.items]
    assert states[:5] == [CameraState.CONNECTING, CameraState.ONLINE, CameraState.RECONNECTING,
                          CameraState.RECONNECTING, CameraState.ONLINE]
    assert "stream dropped" in statuses.items[2].reason
    assert "connection refused" in statuses.items[3].reason
    assert states[-1] == CameraState.OFFLINE and source.opens == 3


def test_mjpeg_stream_that_vanishes_and_comes_back(recorder):
    camera = MjpegCamera(_frames(5, (320, 240)), free_port())
    camera.start()
    statuses, slot, stop = recorder(), LatestFrame(), threading.Event()
    worker = CaptureWorker(OpenCvSource(camera.url), slot, statuses, stop, backoff=(0.2, 0.5))
    thread = threading.Thread(target=worker.run)
    thread.start()
    try:
        assert statuses.wait_for(lambda s: any(x.state == CameraState.ONLINE for x in s), 20)
        assert slot.take(10).image.shape == (240, 320, 3)
        camera.stop()
        assert statuses.wait_for(lambda s: s[-1].state == CameraState.RECONNECTING, 20)
        camera.start()
        assert statuses.wait_for(lambda s: s[-1].state == CameraState.ONLINE, 30)
        assert slot.take(10) is not None
    finally:
        stop.set()
        thread.join(15)
        camera.stop()
    assert not thread.is_alive()
