"""`PlateRead`: what the gate hands on for one car passing, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

#: A province character read with less confidence than this is unsure: reception asks a
#: person to confirm the car instead of greeting (general OCR swaps rare provinces).
SURE_PROVINCE_CONFIDENCE = 0.85


@dataclass(frozen=True)
class PlateRead:
    """One plate read for one car pass, voted across the frames it was seen in.

    `plate` is normalised (see `app.domain.plates.normalise`). `valid` says whether it
    satisfies the plate grammar; `partial` marks a read whose province character was missing
    or unsure and was kept as it was read rather than completed by guesswork.
    `uncertain` marks a read whose voted confidence was too low to trust: it is never valid,
    and reception shows it for a person to confirm, never as a greeting.
    `province_confidence` is the voted confidence of the province character (None when
    the read has none or nobody measured it).
    `crop` and `frame` are BGR numpy arrays (or None) and never go into the database as such.
    """

    plate: str
    confidence: float
    color: str | None = None
    char_confidences: tuple[float, ...] = ()
    valid: bool = True
    partial: bool = False
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    camera: str = "gate"
    snapshot_path: str | None = None
    #: `time.monotonic()` when the frame behind the read was captured, for latency figures.
    captured_monotonic: float | None = None
    crop: Any = field(default=None, repr=False, compare=False)
    frame: Any = field(default=None, repr=False, compare=False)
    uncertain: bool = False
    province_confidence: float | None = None

    @property
    def province_unsure(self) -> bool:
        """True when the province character was measured and is below the sure level."""
        return self.province_confidence is not None and self.province_confidence < SURE_PROVINCE_CONFIDENCE
