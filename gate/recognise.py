"""Read every plate in one frame: locate, straighten, OCR, and apply the plate grammar.

`PlateReader.read(frame)` is a pure function of the frame (given the loaded engine):

1. a frame shaped like a plate (a tight crop) is read whole first; read for sure, every
   character at `SURE_ENOUGH` or more, that read is the answer. Else colour regions
   (`gate.locate.colour_search`) are cut out at full resolution; a colour region in which
   the OCR detector sees no text at all (painted bodywork, foliage, sky) is dropped, which
   costs a few milliseconds against a recognition's 20-40; the rest are read in one batch;
2. regions without a valid read get a few cheap variants (two-row split, other margins,
   contrast-stretched), read one by one until one reads for sure (`SURE_ENOUGH`);
3. a region that read part of a plate but no sure one (the province's end in shade, a
   margin of bodywork read as a character) gets the OCR detector on a small window
   around it, and the plate-shaped boxes there are read (a few ms, where the
   whole-frame detector costs 60-110);
4. when no colour region reads as a valid plate, clusters of vertical edges shaped like a
   plate (`gate.locate.find_edge_plates`: dim, night, colour-cast plates) that lie in no
   colour region read (a region whose screen saw no text covers nothing) are screened and
   read the same way (no variants; the window pass of 3 for their partial reads); when a
   colour region does read a valid plate and the frame has room for other cars
   (`OTHER_ROOM`), the edge regions no read covers are screened and read once each
   (the next cars of a queue, whose plates the colours missed; not with `fallback=False`);
5. when nothing valid was found, the OCR detector runs on the whole frame scaled to
   `DETECT_LIMIT` (small frames enlarged up to `DETECT_UPSCALE`) and its plate-shaped
   text boxes are read the same way;
6. when a large frame still has nothing valid, the detector runs once more at full
   resolution (at most `FINE_DETECT_LIMIT`), where the smallest plates have characters
   it can see;
7. a valid read of a small plate (a cut at most `SMALL_CUT_HEIGHT` px high) that the
   plate model (`gate.plate_model`) reads alike takes, per character, the higher of the
   two confidences; the model's own reads replace nothing;
8. a valid read that may not greet (a small plate whose province is unsure, a weak
   province or serial character) is marked `uncertain` (`gate.plate_text.judged`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

import cv2
import numpy as np

from gate.geometry import expand_quad, order_corners, quad_size, unwarp_points
from gate.locate import (
    Region,
    colour_search,
    cut,
    cut_transform,
    dominant_color,
    find_edge_plates,
    may_be_two_rows,
    search_copy,
    two_rows_line,
    whole_frame,
)
from gate.ocr import OcrEngine
from gate.ocr_types import TextLine
from gate.plate_model import load_plate_model
from gate.plate_text import (
    PlateText,
    interpret,
    judged,
    partial_plate,
    plate_char_count,
    without_gaps,
)
from gate.province import load_province_model, read_provinces
from gate.slant import MIN_SHEAR, slant, upright

log = logging.getLogger(__name__)

#: The OCR detector's boxes are searched on a frame scaled to this longer side.
DETECT_LIMIT = 800
#: At most this many regions per pass are re-read on variants (1 lost plates of both
#: generated hard sets).
MAX_RETRIES = 2
#: At most this many of the detector's boxes are read (3 read the same photos, but the
#: development stream found two cars fewer in one run: kept at 4).
MAX_TEXT_REGIONS = 4
#: Large frames where nothing valid was found are searched again at full resolution, up
#: to this longer side, where plates near the minimum width have characters tall enough
#: for the detector.
FINE_DETECT_LIMIT = 1600
#: A colour region's crop is screened for text at this height (border included): the
#: detector is cheap on so small an image, and at this size it finds the characters of
#: every plate the recogniser reads (development photos and the generated hard set).
SCREEN_HEIGHT = 96
#: The black border around a screened crop, as a fraction of its height: the detector
#: misses text that touches the image's edge.
SCREEN_BORDER = 0.4
#: Regions of these sources are screened for text before being read (most are not plates).
SCREENED = ("color", "edge")
#: Edge regions are not re-read on variants: the detector fallback comes next, and a
#: retry (three recognitions) made the photos that still need the fallback slower while
#: it rescued 2 of 175 development photos and no plate of either hard set.
EDGE_RETRIES = 0
#: Beside a valid read, other plates are searched for (by edges) only in a frame at least
#: this many times as wide as the widest plate read: a car is about four plate widths
#: wide, so a narrower frame is one car's close-up (most development photos; the search
#: costs a detector run of about 5 ms).
OTHER_ROOM = 8
#: ... and its edge regions are screened at this height, smaller than `SCREEN_HEIGHT`
#: to keep that detector run short.
OTHER_SCREEN_HEIGHT = 64
#: Frames smaller than `DETECT_LIMIT` are enlarged up to this factor for the detector:
#: its boxes vanish when characters are under about 12 px tall.
DETECT_UPSCALE = 1.5
#: A sure read with every character at this confidence or more ends the search where it
#: was made: a tight crop is not searched for colour regions too, and a region's remaining
#: variants are not read.
SURE_ENOUGH = 0.8
#: At most this many regions with a partial read get the detector on a window around
#: them, and at most this many of its boxes are read.
LOCAL_MAX = 2
#: The detector's window around a region with a partial read: this fraction of the
#: region's width and of its height added on each side (an edge region may hold only
#: the middle of its plate).
LOCAL_CONTEXT = (0.8, 1.0)
#: The local window is scaled so that the region is about this tall (the detector sees
#: characters from about 12 px; a larger window only costs time).
LOCAL_PLATE_HEIGHT = 40
#: Valid reads of cuts at most this tall (a plate under about 120 px wide: the cut's
#: margins add a quarter) are checked by the plate model.
SMALL_CUT_HEIGHT = 48
#: A screened region that read nothing is searched inside when its screen saw a text
#: box narrower than this fraction of it (a plate in bodywork of the plate's colour).
INNER_WIDTH = 0.7


class RegionReads(NamedTuple):
    """What reading a list of regions gave: candidates, and where to look closer."""

    #: The grammar's candidates (valid and partial reads).
    found: list[PlateCandidate]
    #: Regions that read part of a plate and no sure one, most plate characters first.
    partial: list[Region]
    #: Text boxes (frame quads) the screen saw inside regions that read nothing at all:
    #: a plate inside bodywork of its own colour (a blue plate on a blue car).
    inner: list[np.ndarray]
    #: The regions recognised: every region but those whose screen saw no text.
    read: list[Region]


@dataclass(frozen=True)
class PlateCandidate:
    """One plate read in one frame: the grammar's verdict, where it is, and its crop."""

    text: PlateText
    quad: np.ndarray = field(repr=False)
    crop: np.ndarray = field(repr=False)

    @property
    def plate(self) -> str:
        """The normalised plate (the serial only for a partial read)."""
        return self.text.plate

    @property
    def valid(self) -> bool:
        """True when the plate satisfies the grammar and fits its colour."""
        return self.text.valid

    @property
    def uncertain(self) -> bool:
        """True when the plate is grammatical but its evidence conflicts: a person confirms it."""
        return self.text.uncertain

    @property
    def sure(self) -> bool:
        """A valid read that may greet: valid and not uncertain."""
        return self.text.valid and not self.text.uncertain

    @property
    def width(self) -> float:
        """The plate's width in frame pixels."""
        return quad_size(self.quad)[0]


class PlateReader:
    """Finds and reads plates in frames with one loaded OCR engine."""

    def __init__(self, engine: OcrEngine, min_width: int = 60, max_width: int = 600,
                 detector_fallback: bool = True, province: bool = True) -> None:
        self.engine = engine
        self.min_width = min_width
        self.max_width = max_width
        self.detector_fallback = detector_fallback
        #: The plate-specific province recogniser (None: the OCR engine's provinces alone).
        #: `province` switches both plate-specific models.
        self.province_model = load_province_model() if province else None
        #: The plate-specific reader of small plates (None: the OCR engine alone).
        self.plate_model = load_plate_model() if province else None

    def _recognise(self, images: Sequence[np.ndarray]) -> list[TextLine]:
        """The engine's lines, with the province model's reading fused in when loaded."""
        lines = self.engine.recognise(images)
        if self.province_model is not None and lines:
            lines = read_provinces(self.province_model, list(images), lines)
        return lines

    def read(self, frame: np.ndarray, fallback: bool = True, fine: bool = True) -> list[PlateCandidate]:
        """Every plate read in `frame`: valid reads and partial reads, best first.

        `fallback=False` skips the OCR detector's pass over the whole frame and the search
        for other cars' plates beside a valid read (a video pipeline may run them on every
        few frames only, to save CPU). `fine=False` skips the second, finer detector pass
        on large frames (in a video the car comes closer in the next frames).
        """
        plain = whole_frame(frame)
        first = self._read_regions(frame, [plain]) if plain is not None else RegionReads([], [], [], [])
        if any(_sure_enough(c) for c in first.found):
            # a tight crop read for sure: its colour regions would read the same plate again
            return _judged(first.found)
        copy = search_copy(frame)   # one reduced copy for the colour and the edge searches
        search = colour_search(frame, self.min_width, self.max_width, copy=copy)
        colours = _merge(first, self._read_regions(frame, search.regions))
        results = self._read_closer(frame, colours)
        # a colour region the screen dropped covers nothing: at its scale the characters of
        # a plate inside it were too small for the detector to see
        covered = colours.read
        if _blind(search.flooded, results) or not any(c.valid for c in results):
            edges = self._edge_regions(frame, copy, covered)
            results += self._read_closer(frame, self._read_regions(frame, edges, retries=EDGE_RETRIES))
        elif fallback:
            results += self._other_plates(frame, copy, covered, results)
        if fallback and self.detector_fallback and not any(c.valid for c in results):
            results += self._read_regions(frame, self._text_regions(frame, results), retries=1).found
            longer = max(frame.shape[:2])
            if fine and longer > DETECT_LIMIT * 1.25 and not any(c.valid for c in results):
                regions = self._text_regions(frame, results, min(longer, FINE_DETECT_LIMIT))
                results += self._read_regions(frame, regions, retries=1).found
        return _judged(results)

    def _edge_regions(self, frame: np.ndarray, copy: tuple[float, np.ndarray],
                      covered: Sequence[Region | PlateCandidate]) -> list[Region]:
        """The plate-shaped clusters of vertical edges (searched on the frame's search
        `copy`) that overlap nothing in `covered`."""
        return [r for r in find_edge_plates(frame, self.min_width, self.max_width, copy=copy)
                if not any(_overlaps(seen.quad, r.quad) for seen in covered)]

    def _other_plates(self, frame: np.ndarray, copy: tuple[float, np.ndarray], covered: list[Region],
                      found: list[PlateCandidate]) -> list[PlateCandidate]:
        """Plates the colour search missed beside the ones read (other cars of a queue or a
        car park): in a frame with room for other cars (`OTHER_ROOM`), the edge regions
        that overlap no region already read, screened at `OTHER_SCREEN_HEIGHT` and read
        once each."""
        if frame.shape[1] < OTHER_ROOM * max(c.width for c in found if c.valid):
            return []
        regions = self._edge_regions(frame, copy, [*covered, *found])
        return self._read_regions(frame, regions, retries=0, screen_height=OTHER_SCREEN_HEIGHT).found

    def _read_regions(self, frame: np.ndarray, regions: Sequence[Region], retries: int = MAX_RETRIES,
                      screen_height: int = SCREEN_HEIGHT) -> RegionReads:
        """Read each region; retry the most promising ones without a sure read on variants.
        Regions of the `SCREENED` sources are read only where a screen at `screen_height`
        saw text."""
        crops = [cut(frame, r) for r in regions]
        screened = [i for i, r in enumerate(regions) if r.source in SCREENED]
        screens: list[list[np.ndarray]] = [[] for _ in regions]
        for i, boxes in zip(screened, self._screen([crops[i] for i in screened], screen_height)):
            screens[i] = boxes
        kept = [i for i, r in enumerate(regions) if r.source not in SCREENED or screens[i]]
        regions = [Region(regions[i].quad, _colour(regions[i].color, dominant_color(crops[i])), regions[i].source)
                   for i in kept]
        crops, screens = [crops[i] for i in kept], [screens[i] for i in kept]
        lines = self._recognise(crops)
        found = [self._candidate(r, c, line) for r, c, line in zip(regions, crops, lines)]
        partial = sorted((i for i, f in enumerate(found) if (f is None or not f.sure) and partial_plate(lines[i])),
                         key=lambda i: -plate_char_count(lines[i]))
        for i in partial[:retries]:
            own = without_gaps(lines[i])
            for variant in _variants(frame, regions[i], crops[i]):
                line = self._recognise([variant])[0]
                better = self._candidate(regions[i], crops[i], line)
                if better is not None and _rank(better) > _rank(found[i]):
                    found[i] = better
                if (found[i] is not None and _sure_enough(found[i])) or without_gaps(line) == own:
                    # the other variants cost a recognition each and rarely read better,
                    # least of all once one has read what the region's own cut read
                    break
        self._read_small(regions, crops, found)
        inner = [quad for i, f in enumerate(found) if f is None and i not in partial
                 for quad in _inner_boxes(regions[i], crops[i], screens[i])]
        return RegionReads([f for f in found if f is not None],
                           [regions[i] for i in partial if not (found[i] and found[i].sure)], inner, regions)

    def _read_small(self, regions: Sequence[Region], crops: Sequence[np.ndarray],
                    found: list[PlateCandidate | None]) -> None:
        """Valid reads of small plates (a cut at most `SMALL_CUT_HEIGHT` px high) read again
        by the plate model; where it reads the same plate, each character takes the
        higher of the two confidences (`_agreed`). A region that may be a two-row plate is
        read laid in line as well. The model's own reads replace nothing: trained on
        generated typefaces only, it misreads real plates' provinces and letters at high
        confidence (gate/README.md, eighteenth round)."""
        if self.plate_model is None:
            return
        small = [i for i, c in enumerate(crops) if c.shape[0] <= SMALL_CUT_HEIGHT and found[i] and found[i].valid]
        cuts = [(i, crops[i]) for i in small] + \
            [(i, two_rows_line(crops[i])) for i in small if may_be_two_rows(regions[i].quad)]
        for (i, _), line in zip(cuts, self.plate_model.read([c for _, c in cuts])):
            text = interpret(line, regions[i].color)
            if text is not None and text.valid and text.plate == found[i].plate:
                found[i] = _agreed(found[i], text)

    def _screen(self, crops: Sequence[np.ndarray], height: int = SCREEN_HEIGHT) -> list[list[np.ndarray]]:
        """The OCR detector's text boxes in each crop, in crop pixels: none for painted
        bodywork, foliage or sky.

        Each crop is bordered and scaled to `height`; the crops are laid side by
        side and screened in one detector run (each run has a fixed cost of about 1.5 ms
        here), each box going to the crop its centre lies in.
        """
        if not crops:
            return []
        tiles, backs = zip(*(_screen_tile(crop, height) for crop in crops))
        strip = np.hstack(tiles) if len(tiles) > 1 else tiles[0]
        starts = np.cumsum([0] + [t.shape[1] for t in tiles])
        out: list[list[np.ndarray]] = [[] for _ in crops]
        for quad in self.engine.detect(strip, max(strip.shape[:2])):
            k = int(np.searchsorted(starts, float(quad[:, 0].mean()), side="right")) - 1
            k = min(max(k, 0), len(crops) - 1)
            scale, border = backs[k]
            out[k].append((quad - np.array([starts[k], 0], np.float32)) * scale - border)
        return out

    def _candidate(self, region: Region, crop: np.ndarray, line: TextLine) -> PlateCandidate | None:
        """The grammar's reading of one line for one region, or None."""
        text = interpret(line, region.color)
        return PlateCandidate(text, region.quad, crop) if text is not None else None

    def _read_closer(self, frame: np.ndarray, reads: RegionReads) -> list[PlateCandidate]:
        """`reads`' candidates, and the reads of the text boxes found by looking closer
        (`_local_regions`) around its partial reads and the text seen inside its regions
        that read nothing (the screen's boxes are too coarse to be read themselves)."""
        inner = [Region(quad, None, "text") for quad in reads.inner]
        closer = self._local_regions(frame, reads.partial + inner, reads.found)
        return reads.found + (self._read_regions(frame, closer, retries=1).found if closer else [])

    def _local_regions(self, frame: np.ndarray, unsure: list[Region],
                       found: list[PlateCandidate]) -> list[Region]:
        """The detector's plate-shaped boxes around the regions that read no sure plate.

        A region that read part of a plate (the province cut off, a margin of bodywork
        read as a character) has the plate beside it: the detector, run on a small window
        around it, boxes the whole line for a few milliseconds, where the whole-frame
        fallback costs 60-110.
        """
        boxes = [box for region in unsure[:LOCAL_MAX] for box in self._window_boxes(frame, region)]
        return self._plate_boxes(boxes, found, limit=LOCAL_MAX)

    def _window_boxes(self, frame: np.ndarray, region: Region) -> list[np.ndarray]:
        """The detector's boxes, in frame pixels, in a window of `LOCAL_CONTEXT` around
        `region`, scaled so that the region is about `LOCAL_PLATE_HEIGHT` tall."""
        x, y, w, h = cv2.boundingRect(expand_quad(region.quad, *LOCAL_CONTEXT).astype(np.float32))
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(frame.shape[1], x + w), min(frame.shape[0], y + h)
        if x1 - x0 < 16 or y1 - y0 < 8:
            return []
        window = frame[y0:y1, x0:x1]
        factor = LOCAL_PLATE_HEIGHT / max(quad_size(region.quad)[1], 1.0)
        limit = max(16, round(max(window.shape[:2]) * factor))
        return [quad + np.array([x0, y0], np.float32) for quad in self._detect(window, limit)]

    def _text_regions(self, frame: np.ndarray, seen: list[PlateCandidate],
                      limit: int = DETECT_LIMIT) -> list[Region]:
        """Plate-shaped boxes of the OCR detector that no valid read already covers."""
        return self._plate_boxes(self._detect(frame, limit), seen)

    def _plate_boxes(self, quads: Sequence[np.ndarray], seen: list[PlateCandidate],
                     limit: int = MAX_TEXT_REGIONS) -> list[Region]:
        """The plate-shaped `quads` no valid read covers, as text regions, most plate-like first."""
        scored = []
        for quad in quads:
            w, h = quad_size(quad)
            aspect = w / max(h, 1)
            if not (self.min_width * 0.7 <= w <= self.max_width * 1.5) or not (1.8 <= aspect <= 9):
                continue
            if any(c.valid and _overlaps(c.quad, quad) for c in seen):
                continue
            scored.append((abs(np.log(aspect / 3.6)), Region(quad, None, "text")))
        scored.sort(key=lambda sr: sr[0])
        return [r for _, r in scored[:limit]]

    def _detect(self, frame: np.ndarray, limit: int) -> list[np.ndarray]:
        """The detector's text boxes in frame pixels; frames under `limit` are enlarged first."""
        factor = min(DETECT_UPSCALE, limit / max(frame.shape[:2]))
        if factor <= 1.0:
            return self.engine.detect(frame, limit)
        large = cv2.resize(frame, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
        return [quad / factor for quad in self.engine.detect(large, limit)]


def _screen_tile(crop: np.ndarray, height: int) -> tuple[np.ndarray, tuple[np.ndarray, int]]:
    """`crop` bordered in black (the detector misses text touching the image's edge) and
    scaled to `height`; and how a tile pixel maps back: (scale per axis, border)."""
    border = max(1, int(crop.shape[0] * SCREEN_BORDER))
    padded = cv2.copyMakeBorder(crop, border, border, border, border, cv2.BORDER_CONSTANT, value=(0, 0, 0))
    scale = height / padded.shape[0]
    width = max(1, round(padded.shape[1] * scale))
    tile = cv2.resize(padded, (width, height), interpolation=cv2.INTER_LINEAR if scale > 1 else cv2.INTER_AREA)
    return tile, (np.array([padded.shape[1] / width, padded.shape[0] / height], np.float32), border)


def _sure_enough(candidate: PlateCandidate) -> bool:
    """A sure read with every character at `SURE_ENOUGH` or more: no other reading needed."""
    return candidate.sure and candidate.text.confidence >= SURE_ENOUGH


def _judged(candidates: list[PlateCandidate]) -> list[PlateCandidate]:
    """One candidate per plate, each judged fit to greet or not (`judged`).

    Judged last: it marks a read, it never changes what is read (judged before the
    retries, a variant with another province replaced the read).
    """
    return [replace(c, text=judged(c.text, c.width)) for c in _dedupe(candidates)]


def _merge(a: RegionReads, b: RegionReads) -> RegionReads:
    """Two passes' reads as one."""
    return RegionReads(a.found + b.found, a.partial + b.partial, a.inner + b.inner, a.read + b.read)


def _blind(flooded: tuple[str, ...], found: list[PlateCandidate]) -> bool:
    """True when a colour flooded the frame and no sure read has that colour: a plate of
    that colour may have merged with its surroundings (a green plate on a green-cast road)."""
    read = {c.text.color for c in found if c.sure}
    return any(color not in read for color in flooded)


def _inner_boxes(region: Region, crop: np.ndarray, boxes: list[np.ndarray]) -> list[np.ndarray]:
    """The screen's `boxes` (crop pixels) that are markedly narrower than the crop, as
    frame quads: text inside a region too large to be its plate."""
    matrix, _ = cut_transform(region)
    return [order_corners(unwarp_points(box, matrix)) for box in boxes
            if quad_size(box)[0] < crop.shape[1] * INNER_WIDTH]


def _variants(frame: np.ndarray, region: Region, crop: np.ndarray) -> Iterator[np.ndarray]:
    """Cheap alternative cuts of one region, made one at a time as the retry asks for the
    next: two-row split, a wider margin, that margin sheared upright when the characters
    lean (`gate.slant`), contrast.

    (A tight cut was tried too and rescued nothing on the development photos.)
    """
    if may_be_two_rows(region.quad):
        yield two_rows_line(crop)
    wide = cut(frame, region, pad_x=0.15, pad_y=0.25) if region.source != "frame" else None
    if wide is not None:
        yield wide
    shear = slant(crop)
    if abs(shear) >= MIN_SHEAR:
        # a plate seen from the side: its characters lean, the province at the cut's edge
        yield upright(wide if wide is not None else crop, shear)
    yield _stretch(crop)


def _colour(located: str | None, seen: str | None) -> str | None:
    """The plate colour the grammar checks: green when either the localiser's mask or the
    crop says green (a green plate must never pass as a 7-character one), else the crop's."""
    return "green" if "green" in (located, seen) else seen


def _stretch(crop: np.ndarray) -> np.ndarray:
    """The crop with its contrast equalised locally (dim or hazy plates)."""
    lab = cv2.cvtColor(crop, cv2.COLOR_BGR2LAB)
    lab[..., 0] = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(4, 4)).apply(lab[..., 0])
    return cv2.cvtColor(lab, cv2.COLOR_LAB2BGR)


def _rank(candidate: PlateCandidate | None) -> tuple[int, float]:
    """Sure beats uncertain beats partial beats nothing; then the weakest character's confidence."""
    if candidate is None:
        return (0, 0.0)
    return (3 if candidate.sure else 2 if candidate.valid else 1, candidate.text.confidence)


def _agreed(read: PlateCandidate, model: PlateText) -> PlateCandidate:
    """`read`, which the plate model read alike (`model`): each character at the higher of
    its two confidences, uncertain only when both reads were."""
    text = replace(read.text, confidences=tuple(map(max, read.text.confidences, model.confidences)),
                   uncertain=read.text.uncertain and model.uncertain)
    return replace(read, text=text)


def _dedupe(candidates: list[PlateCandidate]) -> list[PlateCandidate]:
    """One candidate per plate string, and no partial read where a valid one overlaps.

    Two different valid reads of one place are both kept: the tracker votes between them.
    """
    best: dict[str, PlateCandidate] = {}
    for c in sorted(candidates, key=_rank, reverse=True):
        if c.plate in best:
            continue
        if not c.valid and any(v.valid and _overlaps(v.quad, c.quad) for v in best.values()):
            continue
        if not c.valid and any(v.valid and v.plate.endswith(c.plate) for v in best.values()):
            continue
        best[c.plate] = c
    return list(best.values())


def _overlaps(a: np.ndarray, b: np.ndarray) -> bool:
    """True when the centre of quad `b` lies inside quad `a`."""
    centre = tuple(map(float, b.mean(axis=0)))
    return cv2.pointPolygonTest(a.reshape(-1, 1, 2).astype(np.float32), centre, False) >= 0
