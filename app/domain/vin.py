"""Vehicle identification numbers (ISO 3779 / GB 16735) and their check digit."""

from __future__ import annotations

import re

_VIN_RE = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
_VALUES = {
    **{str(d): d for d in range(10)},
    "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
    "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
    "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def normalise_vin(text: str) -> str:
    """Upper-case `text` and drop spaces and dashes."""
    return re.sub(r"[\s\-]", "", text or "").upper()


def check_digit(vin: str) -> str:
    """The check character (0-9 or X) for a 17-character VIN; position 9 is ignored."""
    total = sum(_VALUES[c] * w for c, w in zip(vin, _WEIGHTS))
    rest = total % 11
    return "X" if rest == 10 else str(rest)


def vin_problem(text: str) -> str | None:
    """Why `text` is not a valid VIN ('length', 'characters', 'check_digit'), or None."""
    vin = normalise_vin(text)
    if len(vin) != 17:
        return "length"
    if not _VIN_RE.match(vin):
        return "characters"
    if vin[8] != check_digit(vin):
        return "check_digit"
    return None


def is_valid_vin(text: str) -> bool:
    """True when `text` is a 17-character VIN with the right check digit."""
    return vin_problem(text) is None


def with_check_digit(vin: str) -> str:
    """`vin` with its ninth character replaced by the correct check digit."""
    return vin[:8] + check_digit(vin) + vin[9:]
