"""One read per car pass: voting, cooldown, parked cars, two cars in a row, ROI, size."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np

from gate.plate_text import PlateText
from gate.recognise import PlateCandidate
from gate.tracker import Tracker, TrackerSettings


class FakeClock:
    """A clock the test moves forward by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def cand(plate: str, x: float = 500, conf: float = 0.98, color: str = "blue", width: float = 150,
         valid: bool = True, partial: bool = False, province: float | None = None) -> PlateCandidate:
    """A read of `plate`, every character at `conf` (the first at `province` when given)."""
    quad = np.array([[x, 400], [x + width, 400], [x + width, 445], [x, 445]], np.float32)
    confs = (conf,) * len(plate) if province is None else (province,) + (conf,) * (len(plate) - 1)
    text = PlateText(plate, confs, valid, partial, color)
    return PlateCandidate(text, quad, np.zeros((45, int(width), 3), np.uint8))


def drive(tracker: Tracker, clock: FakeClock, frames: list[list[PlateCandidate]], step: float = 0.12) -> list:
    reads = []
    for candidates in frames:
        reads += tracker.update(candidates, frame=None)
        clock.advance(step)
    return reads


def gone(tracker: Tracker, clock: FakeClock, seconds: float = 3.0) -> list:
    clock.advance(seconds)
    return tracker.update([])


def test_one_read_per_pass_with_votes_across_frames():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    frames = [[cand("粤B12345")], [cand("粤B12845", conf=0.6)], [cand("粤B12345")], [cand("粤B12345")]] + [[cand("粤B12345")]] * 20
    reads = drive(tracker, clock, frames) + gone(tracker, clock) + tracker.flush()
    assert [r.plate for r in reads] == ["粤B12345"]
    read = reads[0]
    assert read.valid and not read.partial and read.color == "blue"
    assert len(read.char_confidences) == 7 and read.char_confidences[4] < read.char_confidences[3]
    assert read.first_seen.tzinfo is not None and read.first_seen <= read.last_seen


def test_same_plate_within_the_cooldown_is_not_a_new_arrival():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(cooldown=600), clock)
    first = drive(tracker, clock, [[cand("粤B12345")]] * 5) + gone(tracker, clock)
    clock.advance(300)
    again = drive(tracker, clock, [[cand("粤B12345")]] * 5) + gone(tracker, clock)
    clock.advance(700)
    later = drive(tracker, clock, [[cand("粤B12345")]] * 5) + gone(tracker, clock)
    assert len(first) == 1 and again == [] and len(later) == 1


def test_parked_car_flickering_in_view_never_retriggers():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(cooldown=600), clock)
    reads = []
    for _ in range(60):  # 30 minutes parked, detection lost now and then
        reads += drive(tracker, clock, [[cand("京A88731")]] * 5, step=5)
        reads += gone(tracker, clock, seconds=3)
    assert [r.plate for r in reads] == ["京A88731"]


def test_two_cars_in_a_row_are_two_arrivals():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    frames = [[cand("粤B12345", x=300)]] * 6 + [[cand("粤B12345", x=300), cand("湘A0H123", x=800)]] * 2 + [[cand("湘A0H123", x=800)]] * 6
    reads = drive(tracker, clock, frames) + gone(tracker, clock)
    assert [r.plate for r in reads] == ["粤B12345", "湘A0H123"]


def test_next_car_with_a_consecutive_plate_is_a_new_arrival():
    """A fleet car right behind another, its plate one digit on, entering at the far side."""
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    frames = [[cand("粤B12345", x=800)]] * 6 + [[cand("粤B12346", x=100)]] * 6
    reads = drive(tracker, clock, frames) + gone(tracker, clock)
    assert [r.plate for r in reads] == ["粤B12345", "粤B12346"]


def test_misread_where_the_announced_car_still_is_is_not_a_new_arrival():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    frames = [[cand("粤B12345", x=800)]] * 6 + [[cand("粤B12346", x=820)]] * 3 + [[cand("粤B12345", x=840)]] * 3
    reads = drive(tracker, clock, frames) + gone(tracker, clock)
    assert [r.plate for r in reads] == ["粤B12345"]


def test_partial_reads_stay_partial():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    frames = [[cand("B12345", valid=False, partial=True)]] * 6
    reads = drive(tracker, clock, frames) + gone(tracker, clock)
    assert len(reads) == 1
    assert (reads[0].plate, reads[0].valid, reads[0].partial) == ("B12345", False, True)


def test_province_seen_in_some_frames_is_voted_in():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    frames = [[cand("B12345", valid=False, partial=True)], [cand("粤B12345")], [cand("粤B12345")], [cand("粤B12345")]]
    reads = drive(tracker, clock, frames) + gone(tracker, clock)
    assert [(r.plate, r.valid) for r in reads] == [("粤B12345", True)]


def test_single_frame_glimpses_are_ignored():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    reads = drive(tracker, clock, [[cand("粤B12345")], [], [], []]) + gone(tracker, clock)
    assert reads == []


def test_region_of_interest_and_minimum_width_filter_candidates():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(roi=(0, 0, 640, 720), min_plate_width=100), clock)
    frames = [[cand("粤B12345", x=900), cand("湘A11111", x=100, width=80), cand("京A88731", x=200)]] * 5
    reads = drive(tracker, clock, frames) + gone(tracker, clock)
    assert [r.plate for r in reads] == ["京A88731"]


def test_new_energy_plate_with_a_dropped_character_in_one_frame():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    frames = [[cand("皖AD19789", color="green")]] * 4 + [[cand("皖AD1978", color="blue")]]
    reads = drive(tracker, clock, frames) + gone(tracker, clock) + tracker.flush()
    assert [(r.plate, r.color) for r in reads] == [("皖AD19789", "green")]


def test_plate_cut_by_the_frame_edge_does_not_vote():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    frame = np.zeros((720, 1280, 3), np.uint8)
    edge = cand("粤B1234", x=0)  # half outside the frame: a character lost
    whole = cand("粤B12345", x=300)
    reads = []
    for candidates in [[edge]] * 3 + [[whole]] * 4:
        reads += tracker.update(candidates, frame=frame)
        clock.advance(0.12)
    reads += gone(tracker, clock)
    assert [r.plate for r in reads] == ["粤B12345"]


def queue_frames(plates: list[str], gap_frames: int = 4, step_frames: int = 16) -> list[list[PlateCandidate]]:
    """A queue at the barrier: each car appears at the same spot and grows while it rolls
    up (2 s at 8 frames a second), then `gap_frames` frames of empty road."""
    frames = []
    for plate in plates:
        for i in range(step_frames):
            width = 130 + 60 * i / (step_frames - 1)
            color = "green" if len(plate) == 8 else "blue"
            first = i == 0  # the smallest view: the province not read yet
            frames.append([cand(plate[1:], x=640 - width / 2, width=width, color=color, valid=False, partial=True)
                           if first else cand(plate, x=640 - width / 2, width=width, color=color)])
        frames += [[]] * gap_frames
    return frames


QUEUE = ["粤B12345", "湘A0H123", "京AD12345", "沪C77889", "粤B12346", "川A5Q8K2"]


def test_a_queue_half_a_second_apart_at_the_same_spot_is_one_arrival_per_car():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    reads = drive(tracker, clock, queue_frames(QUEUE), step=0.125) + gone(tracker, clock) + tracker.flush()
    assert [r.plate for r in reads] == QUEUE
    assert all(r.valid and not r.uncertain for r in reads)


def test_a_queue_with_no_empty_road_between_cars_is_one_arrival_per_car():
    """The next car is visible the moment the last one leaves: it is smaller (further)."""
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    reads = drive(tracker, clock, queue_frames(QUEUE, gap_frames=0), step=0.125) + gone(tracker, clock)
    assert [r.plate for r in reads] == QUEUE


def test_a_confusable_variant_at_the_same_spot_after_a_gap_is_the_same_car():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    frames = [[cand("粤B12345")]] * 6 + [[]] * 4 + [[cand("粤B1234S")]] * 6 + [[cand("湘B12345")]] * 4
    reads = drive(tracker, clock, frames) + gone(tracker, clock)
    assert [r.plate for r in reads] == ["粤B12345"]


def test_a_low_confidence_vote_is_emitted_uncertain_not_valid():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(early_min_confidence=0.6), clock)
    reads = drive(tracker, clock, [[cand("粤B12345", conf=0.5)]] * 8) + gone(tracker, clock)
    assert len(reads) == 1
    read = reads[0]
    assert (read.plate, read.valid, read.uncertain) == ("粤B12345", False, True)
    assert read.confidence < 0.6


def test_a_province_read_at_middling_confidence_waits_for_the_whole_pass():
    """Three frames agreeing on 鄂 at 0.65 are not a greeting yet: a province read that
    weakly flips between frames, and the pass's later frames read 粤. Decided by all its
    frames when it ends, the pass goes out without a province (a person's to confirm),
    never as the wrong valid plate."""
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    first = drive(tracker, clock, [[cand("鄂AB2893", province=0.65)]] * 3)
    assert first == []
    later = drive(tracker, clock, [[cand("粤AB2893", province=0.7)]] * 3 + [[cand("鄂AB2893", province=0.65)]])
    reads = first + later + gone(tracker, clock)
    assert [(r.plate, r.valid, r.partial) for r in reads] == [("AB2893", False, True)]
    # a province read surely is still greeted from the third frame, while the car is in view
    sure = Tracker(TrackerSettings(), clock)
    assert [r.plate for r in drive(sure, clock, [[cand("粤AB2893", province=0.9)]] * 3)] == ["粤AB2893"]


def test_a_province_voted_under_the_bar_when_the_pass_ends_is_not_greeted():
    """The frames a loaded gate reads may all agree on a weakly read province (鄂 at 0.6
    for 粤, the frames between them reading the serial alone). The pass is not greeted
    early, and at its end that vote goes out uncertain, for a person to confirm."""
    def frames(plate: str, province: float) -> list[list[PlateCandidate]]:
        """Five frames reading `plate` with its province at `province`, the serial alone between."""
        read, serial = [cand(plate, province=province)], [cand("AB2893", valid=False, partial=True)]
        return [read, serial] * 4 + [read]

    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    early = drive(tracker, clock, frames("鄂AB2893", 0.6))
    assert early == []
    reads = gone(tracker, clock)
    assert [(r.plate, r.valid, r.uncertain) for r in reads] == [("鄂AB2893", False, True)]
    # the same pass with its province voted at the bar is greeted
    at_bar = Tracker(TrackerSettings(), clock)
    reads = drive(at_bar, clock, frames("粤AB2893", 0.7)) + gone(at_bar, clock)
    assert [(r.plate, r.valid, r.uncertain) for r in reads] == [("粤AB2893", True, False)]


def test_a_confident_read_carries_its_province_confidence():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    frames = [[cand("粤B12345", conf=0.9)]] * 4
    reads = drive(tracker, clock, frames) + gone(tracker, clock)
    assert [(r.valid, r.uncertain, r.province_confidence) for r in reads] == [(True, False, 0.9)]


def test_the_pass_a_queue_car_supersedes_ends_at_once():
    """A car read only doubtfully is emitted (uncertain) the moment the next car is where it
    was, not `lost_after` seconds later."""
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(lost_after=2.0), clock)
    drive(tracker, clock, [[cand("粤B12345", conf=0.5, width=180)]] * 8 + [[]] * 3)
    reads = tracker.update([cand("湘A0H123", width=130)])
    assert [(r.plate, r.uncertain) for r in reads] == [("粤B12345", True)]
    later = drive(tracker, clock, [[cand("湘A0H123", width=140)]] * 3) + gone(tracker, clock)
    assert [r.plate for r in later] == ["湘A0H123"]


def test_a_pass_read_uncertain_in_most_frames_goes_out_uncertain_not_valid():
    clock = FakeClock()
    tracker = Tracker(TrackerSettings(), clock)
    unsure = cand("京CF4094", color="yellow")
    unsure = PlateCandidate(PlateText("京CF4094", (0.98,) * 7, True, False, "yellow", uncertain=True), unsure.quad, unsure.crop)
    reads = drive(tracker, clock, [[unsure]] * 10) + gone(tracker, clock) + tracker.flush()
    assert [(r.plate, r.valid, r.uncertain) for r in reads] == [("京CF4094", False, True)]
