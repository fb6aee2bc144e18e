"""Turn per-frame plate candidates into exactly one `PlateRead` per car pass.

Candidates of consecutive frames that belong to one car (same or similar plate, or near
where it was last seen) form a track. Each track votes per character, weighted by the
recogniser's confidences, and is emitted once: as soon as `min_hits` frames agree on a
valid plate (so reception sees the car while it is still at the gate), or when it leaves
view. A plate emitted within `cooldown` seconds of when it was last seen is not a new
arrival, so a car parked in view, or flickering in and out of detection, never
re-triggers. All times come from an injectable clock, so tests need no sleeping.

Queues: at a barrier the next car appears where the last one was, often half a second
after it left. A read where a pass is, or resembling its plate, starts a pass of its own
when it is another car: a confident valid plate that is not the pass's plate nor a
confusable variant of it; or any readable plate unlike the pass's that follows a gap
(`new_pass_gap` seconds and at least one frame without the pass) or is clearly smaller
than the pass's plate was (a car rolling up only grows). A plate resembling the pass's
(consecutive fleet plates) needs both: confidence and a gap or a shrink.

A pass whose voted confidence is below `early_min_confidence` is never emitted as a valid
plate: it goes out `uncertain`, for a person to confirm. A valid plate also needs its
province voted at `greet_min_province` and read by `min_hits` frames (`end_min_hits` when
the pass ends). A province read at 0.5-0.75 can flip between frames (粤 and 鄂), and the
frames a loaded gate happens to read may all agree on the wrong one, early or at the end:
such a pass waits for more frames and, if its province is still voted under the bar when
it ends, goes out `uncertain`. So does a pass whose province only one frame read (its
other frames read none).
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np

from app.domain.plates import PROVINCES, color_fits, one_confusable_apart, parse
from app.domain.reads import PlateRead

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time, timezone-aware (UTC)."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class TrackerSettings:
    """How reads are grouped into passes and when they are emitted."""

    cooldown: float = 600.0           # seconds a plate stays "already arrived" after last seen
    lost_after: float = 2.0           # seconds unseen before a pass is over
    min_hits: int = 3                 # agreeing frames needed before a pass is emitted early
    end_min_hits: int = 2             # frames a pass needs to be emitted when it ends
    early_min_confidence: float = 0.6  # voted confidence a valid emission needs, early or at the end
    greet_min_province: float = 0.7    # voted province confidence a valid emission needs
    province_min_confidence: float = 0.4
    new_pass_gap: float = 0.3          # seconds unseen after which an unlike read is another car
    new_pass_shrink: float = 0.8       # a read narrower than this share of the pass's plate is another car
    min_plate_width: int = 60
    roi: tuple[int, int, int, int] | None = None  # x, y, w, h in frame pixels (see `Tracker.region`)


@dataclass
class _Track:
    """The frames of one car pass so far."""

    first_seen: datetime
    last_seen: datetime
    centre: np.ndarray
    width: float
    votes: dict[int, list[Counter]] = field(default_factory=dict)
    colors: Counter = field(default_factory=Counter)
    plates: Counter = field(default_factory=Counter)
    unsure: Counter = field(default_factory=Counter)  # frames that read a plate `uncertain`
    hits: int = 0
    missed: int = 0                 # frames since the pass was last fed
    superseded: bool = False        # the next car of a queue is where this one was: it left
    emitted: bool = False
    announced: str = ""             # the plate emitted for this pass, once it is
    best_conf: float = -1.0
    crop: object = None
    frame: object = None
    captured: float | None = None   # monotonic capture time of the pass's latest frame


class Tracker:
    """Groups per-frame candidates into passes and emits one `PlateRead` per pass."""

    def __init__(self, settings: TrackerSettings | None = None, clock: Clock = utc_now,
                 camera: str = "gate") -> None:
        self.settings = settings or TrackerSettings()
        self.clock = clock
        self.camera = camera
        self._tracks: list[_Track] = []
        self._last_seen_plate: dict[str, datetime] = {}

    def update(self, candidates: Sequence, frame: np.ndarray | None = None,
               captured: float | None = None, now: datetime | None = None) -> list[PlateRead]:
        """Feed the candidates read in one frame (possibly none); return reads now due.

        `now` overrides the clock (e.g. a video file's own time line).
        """
        now = now or self.clock()
        shape = frame.shape[:2] if frame is not None else None
        best_first = sorted(candidates, key=lambda c: (c.valid, c.text.confidence), reverse=True)
        fed: set[int] = set()
        for cand in best_first:
            if self._accept(cand, shape):
                self._assign(cand, now, frame, captured, fed)
        for track in self._tracks:
            track.missed = 0 if id(track) in fed else track.missed + 1
        out = [r for t in self._tracks if (r := self._maybe_emit(t, early=True))]
        out += self._expire(now)
        return out

    def flush(self) -> list[PlateRead]:
        """End every pass now (end of a video file, shutdown) and return the reads due."""
        out = [r for t in self._tracks if (r := self._maybe_emit(t, early=False))]
        self._tracks.clear()
        return out

    def region(self, image: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The part of `image` plates are read in (the region of interest, clipped to the
        frame; the whole frame without one) and its top-left corner in frame pixels."""
        x, y, w, h = self._view(image.shape[:2])
        return image[y:y + h, x:x + w], np.array([x, y], np.float32)

    def _view(self, shape: tuple[int, int] | None) -> tuple[int, int, int, int] | None:
        """The region of interest clipped to a frame of `shape` (None: nothing known)."""
        roi = self.settings.roi
        if shape is None:
            return roi
        if roi is None:
            return 0, 0, shape[1], shape[0]
        x, y = min(roi[0], shape[1]), min(roi[1], shape[0])
        return x, y, max(0, min(roi[2], shape[1] - x)), max(0, min(roi[3], shape[0] - y))

    def _accept(self, cand, shape: tuple[int, int] | None) -> bool:
        """True when the candidate is big enough and wholly inside the view (the region of
        interest within the frame): a plate cut by the view's edge lost characters."""
        if cand.width < self.settings.min_plate_width:
            return False
        view = self._view(shape)
        if view is None or not cand.quad.size:
            return True
        x, y, w, h = view
        xs, ys = cand.quad[:, 0], cand.quad[:, 1]
        return bool(xs.min() >= x + 2 and ys.min() >= y + 2 and xs.max() <= x + w - 3 and ys.max() <= y + h - 3)

    def _assign(self, cand, now: datetime, frame, captured, fed: set[int]) -> None:
        """Add a candidate to its pass, starting a new pass when none matches.

        A pass takes one candidate per frame (the best), so a plate read twice in one frame
        does not vote twice.
        """
        centre = cand.quad.mean(axis=0)
        track = self._match(cand, centre)
        if track is not None and self._another_car_here(track, cand, now):
            track.superseded, track = True, None
        if track is not None and id(track) in fed:
            return
        if track is None:
            track = _Track(now, now, centre, cand.width)
            self._tracks.append(track)
        fed.add(id(track))
        track.last_seen, track.centre, track.width = now, centre, cand.width
        track.hits += 1
        track.plates[cand.plate] += 1
        if getattr(cand.text, "uncertain", False):
            track.unsure[cand.plate] += 1
        if cand.text.color:
            track.colors[cand.text.color] += 1
        _vote(track, cand.text)
        track.captured = captured
        if cand.text.confidence > track.best_conf:
            track.best_conf, track.crop, track.frame = cand.text.confidence, cand.crop, frame

    def _match(self, cand, centre: np.ndarray) -> _Track | None:
        """The live pass this candidate belongs to: a similar plate first (one that read
        this very plate before others, then the latest), else the nearest."""
        similar = [t for t in self._tracks
                   if any(_similar(cand.plate, p) for p in t.plates) and not _another_car(t, cand, centre)]
        if similar:
            return max(similar, key=lambda t: (cand.plate in t.plates, t.last_seen))
        near = [t for t in self._tracks if _near(t, cand, centre)]
        return min(near, key=lambda t: np.hypot(*(t.centre - centre)), default=None)

    def _another_car_here(self, track: _Track, cand, now: datetime) -> bool:
        """True when a read that `_match` gave to `track` is the next car of a queue.

        Confidently different: a valid plate read at the early confidence that is neither
        the pass's plate nor a confusable variant of it. A break: the pass was unseen for
        `new_pass_gap` seconds and at least one frame, or the plate is much narrower than
        the pass's was. A plate unlike the pass's needs either; one resembling it (4 of the
        last 6 characters agree) needs both.
        """
        plate = _leading(track)
        if not plate or not (cand.valid or cand.text.partial) or _same_serial(plate, cand.plate):
            return False
        confident = cand.valid and cand.text.confidence >= self.settings.early_min_confidence
        broken = (track.missed >= 1 and (now - track.last_seen).total_seconds() >= self.settings.new_pass_gap) \
            or cand.width < self.settings.new_pass_shrink * track.width
        if _similar(cand.plate, plate):
            return confident and broken
        return confident or broken

    def _maybe_emit(self, track: _Track, early: bool) -> PlateRead | None:
        """The pass's read when it is due and not a repeat within the cooldown."""
        if track.emitted:
            return None
        needed = self.settings.min_hits if early else self.settings.end_min_hits
        if track.hits < needed:
            return None
        read = self._read(track)
        if not read.valid and (early or not read.partial):
            return None
        if not self._may_greet(track, read, needed):
            if early:
                return None
            read = dataclasses.replace(read, valid=False, uncertain=True)
        track.emitted, track.announced = True, read.plate
        if self._recently_seen(read.plate, track.first_seen):
            log.info("plate %s seen again within the cooldown: not a new arrival", read.plate)
            self._last_seen_plate[read.plate] = track.last_seen
            return None
        self._last_seen_plate[read.plate] = track.last_seen
        log.info("arrival %s (%.2f, %d frames)", read.plate, read.confidence, track.hits)
        return read

    def _may_greet(self, track: _Track, read: PlateRead, needed: int) -> bool:
        """True when the pass's read may go out as it is: voted at `early_min_confidence`,
        not mostly read `uncertain`, and, for a valid read, its province read by `needed`
        frames (one frame's province among frames that read none is a single witness)
        and voted at `greet_min_province`, early or at the pass's end."""
        if read.confidence < self.settings.early_min_confidence or _mostly_unsure(track, read.plate):
            return False
        if not read.valid:
            return True
        if _province_frames(track) < needed:
            return False
        return read.char_confidences[0] >= self.settings.greet_min_province

    def _recently_seen(self, plate: str, since: datetime) -> bool:
        """True when this plate (or one a confusable character apart) was seen in the cooldown."""
        for other, seen in self._last_seen_plate.items():
            if (other == plate or one_confusable_apart(other, plate)) and \
                    (since - seen).total_seconds() < self.settings.cooldown:
                return True
        return False

    def _expire(self, now: datetime) -> list[PlateRead]:
        """End passes unseen for `lost_after` seconds, or superseded by the next car of a
        queue (no need to wait: that car is where this one was), emitting those not yet
        emitted."""
        out, live = [], []
        for track in self._tracks:
            if not track.superseded and (now - track.last_seen).total_seconds() < self.settings.lost_after:
                live.append(track)
                continue
            if track.emitted:
                self._last_seen_plate[track.announced] = track.last_seen
            elif (read := self._maybe_emit(track, early=False)) is not None:
                out.append(read)
        self._tracks = live
        return out

    def _read(self, track: _Track) -> PlateRead:
        """The pass's voted plate as a `PlateRead`."""
        chars, confs = _tally(track.votes)
        color = track.colors.most_common(1)[0][0] if track.colors else None
        partial = not chars or chars[0] not in PROVINCES or confs[0] < self.settings.province_min_confidence
        if partial and chars:
            chars, confs = chars[1:], confs[1:]
        plate = "".join(chars)
        info = parse(plate)
        valid = not partial and info is not None and color_fits(info, color if color != "white" else None)
        return PlateRead(
            plate=plate, confidence=round(min(confs, default=0.0), 4), color=color,
            char_confidences=tuple(round(c, 4) for c in confs), valid=valid, partial=partial,
            first_seen=track.first_seen, last_seen=track.last_seen, camera=self.camera,
            captured_monotonic=track.captured, crop=track.crop, frame=track.frame,
            province_confidence=None if partial or not confs else round(confs[0], 4))


def _near(track: _Track, cand, centre: np.ndarray) -> bool:
    """True when the candidate is where the pass was last seen (within 1.5 plate widths)."""
    return bool(np.hypot(*(track.centre - centre)) < 1.5 * max(track.width, cand.width))


def _another_car(track: _Track, cand, centre: np.ndarray) -> bool:
    """True when a read resembling an announced pass is the next car, not a misread of it.

    Fleet and demo cars often have consecutive plates (粤B12345, 粤B12346): a valid plate
    that is neither the announced one nor a confusable character away from it, read away
    from where the pass was last seen, starts a pass of its own.
    """
    if not track.announced or not cand.valid or cand.plate == track.announced:
        return False
    return not one_confusable_apart(track.announced, cand.plate) and not _near(track, cand, centre)


def _mostly_unsure(track: _Track, plate: str) -> bool:
    """True when at least half the frames that read `plate` read it `uncertain` (a
    look-alike only the prior chose, a green plate that may have lost a character)."""
    return track.plates[plate] > 0 and 2 * track.unsure[plate] >= track.plates[plate]


def _leading(track: _Track) -> str:
    """The plate a pass stands for: the one announced, else the one read most often."""
    if track.announced:
        return track.announced
    return track.plates.most_common(1)[0][0] if track.plates else ""


def _serial(plate: str) -> str:
    """The plate without its province character (a partial read is a serial already)."""
    return plate[1:] if plate[:1] in PROVINCES else plate


def _same_serial(a: str, b: str) -> bool:
    """True when two reads have the same serial or serials a confusable character apart
    (a swapped or missing province is a misread of the same car, not another car)."""
    a, b = _serial(a), _serial(b)
    return a == b or one_confusable_apart(a, b)


def _similar(a: str, b: str) -> bool:
    """True when two reads plausibly show the same plate (serials mostly agree)."""
    a, b = a[-6:], b[-6:]
    return sum(x == y for x, y in zip(a[::-1], b[::-1])) >= 4


def _vote(track: _Track, text) -> None:
    """Add one frame's read to the pass's per-character votes, aligned on the serial's end.

    A partial read (no province) votes for every position but the first. Slot -1 of each
    length counts the frames that voted for it ("frames") and for each position (0, 1, ...).
    """
    length = len(text.plate) + (1 if text.partial else 0)
    slots = track.votes.setdefault(length, [Counter() for _ in range(length + 1)])
    offset = length - len(text.plate)
    for i, (char, conf) in enumerate(zip(text.plate, text.confidences)):
        slots[offset + i][char] += conf
        slots[-1][offset + i] += 1
    slots[-1]["frames"] += 1


def _tally(votes: dict[int, list[Counter]]) -> tuple[list[str], list[float]]:
    """Winning character per position ('' where nobody voted) and its mean confidence.

    The plate length with the most frames wins; a character's confidence is its summed
    confidence over the frames that read that position, so disagreement lowers it while
    frames that missed the province (partial reads) do not.
    """
    if not votes:
        return [], []
    length = _leading_length(votes)
    counts = votes[length][-1]
    chars, confs = [], []
    for i, slot in enumerate(votes[length][:-1]):
        if not slot:
            chars.append("")
            confs.append(0.0)
            continue
        char, weight = max(slot.items(), key=lambda kv: kv[1])
        chars.append(char)
        confs.append(min(1.0, weight / max(counts[i], 1)))
    return chars, confs


def _leading_length(votes: dict[int, list[Counter]]) -> int:
    """The plate length most frames voted for (see `_vote`)."""
    return max(votes, key=lambda n: votes[n][-1]["frames"])


def _province_frames(track: _Track) -> int:
    """How many frames read a province for the pass's plate (partial reads do not)."""
    return track.votes[_leading_length(track.votes)][-1][0] if track.votes else 0
