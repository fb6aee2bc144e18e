"""The Chinese licence-plate grammar (GA 36): normalisation, validation and confusables.

Everything here is pure: strings in, strings or small frozen dataclasses out. The gate uses
it to decide whether an OCR string is a plate at all; reception uses it to match a read
against the store's vehicles while tolerating the usual OCR confusions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

#: The 31 province-level abbreviations of mainland China, in GA 36 order.
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

#: Traditional forms OCR (or a Hong Kong keyboard) may produce, mapped to the simplified one.
TRADITIONAL = {
    "滬": "沪", "遼": "辽", "魯": "鲁", "蘇": "苏", "贛": "赣", "閩": "闽", "貴": "贵",
    "寧": "宁", "陝": "陕", "雲": "云", "晉": "晋", "瓊": "琼", "黒": "黑", "掛": "挂",
    "學": "学", "領": "领", "滙": "沪",
}

#: Letters allowed in the serial part: Latin capitals without I and O.
SERIAL_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_ALNUM = f"[{SERIAL_LETTERS}0-9]"
#: The issuing-authority letter: any capital but I (粤O and 京O are police issues).
_AUTHORITY = "[A-HJ-Z]"
#: Third character of a small new-energy plate: D A B C E (battery) or F G H J K (other).
_NEV_LETTERS = "ABCDEFGHJK"
#: Final characters that turn a 7-character plate into a special class.
SPECIAL_ENDINGS = "挂学警港澳领"

#: Groups of characters OCR mistakes for one another on plates.
CONFUSABLE_GROUPS: tuple[frozenset[str], ...] = (
    frozenset("0DQ"),
    frozenset("8B"),
    frozenset("1I7"),
    frozenset("2Z"),
    frozenset("5S"),
    frozenset("6G"),
)

_SEPARATORS = re.compile(r"[\s·•.\-_—–:：]+")


class PlateColor(StrEnum):
    """Background colour of a plate, which follows from its class."""

    BLUE = "blue"
    YELLOW = "yellow"
    GREEN = "green"
    WHITE = "white"
    BLACK = "black"


class PlateKind(StrEnum):
    """The class of plate the grammar recognised."""

    STANDARD = "standard"            # 粤B12345: blue (small car) or yellow (large vehicle)
    TRAILER = "trailer"              # 粤B1234挂
    COACH = "coach"                  # 粤B1234学: driving-school car
    POLICE = "police"                # 粤B1234警
    HK_MACAO = "hk_macao"            # 粤Z1234港 / 粤Z1234澳
    CONSULATE = "consulate"          # 粤A1234领
    EMBASSY = "embassy"              # 使014578
    NEV_SMALL = "nev_small"          # 粤BD12345: green new-energy small car
    NEV_LARGE = "nev_large"          # 粤B12345D: green new-energy large vehicle


_PATTERNS: tuple[tuple[PlateKind, re.Pattern[str]], ...] = (
    (PlateKind.NEV_SMALL, re.compile(f"^[{PROVINCES}]{_AUTHORITY}[{_NEV_LETTERS}]{_ALNUM}[0-9]{{4}}$")),
    (PlateKind.NEV_LARGE, re.compile(f"^[{PROVINCES}]{_AUTHORITY}[0-9]{{5}}[{_NEV_LETTERS}]$")),
    (PlateKind.STANDARD, re.compile(f"^[{PROVINCES}]{_AUTHORITY}{_ALNUM}{{5}}$")),
    (PlateKind.TRAILER, re.compile(f"^[{PROVINCES}]{_AUTHORITY}{_ALNUM}{{4}}挂$")),
    (PlateKind.COACH, re.compile(f"^[{PROVINCES}]{_AUTHORITY}{_ALNUM}{{4}}学$")),
    (PlateKind.POLICE, re.compile(f"^[{PROVINCES}]{_AUTHORITY}{_ALNUM}{{4}}警$")),
    (PlateKind.HK_MACAO, re.compile(f"^粤Z{_ALNUM}{{4}}[港澳]$")),
    (PlateKind.CONSULATE, re.compile(f"^[{PROVINCES}]{_AUTHORITY}{_ALNUM}{{4}}领$")),
    (PlateKind.EMBASSY, re.compile(r"^使[0-9]{6}$|^[0-9]{6}使$")),
)

_COLORS: dict[PlateKind, frozenset[PlateColor]] = {
    PlateKind.STANDARD: frozenset({PlateColor.BLUE, PlateColor.YELLOW}),
    PlateKind.TRAILER: frozenset({PlateColor.YELLOW}),
    PlateKind.COACH: frozenset({PlateColor.YELLOW}),
    PlateKind.POLICE: frozenset({PlateColor.WHITE}),
    PlateKind.HK_MACAO: frozenset({PlateColor.BLACK}),
    PlateKind.CONSULATE: frozenset({PlateColor.BLACK}),
    PlateKind.EMBASSY: frozenset({PlateColor.BLACK}),
    PlateKind.NEV_SMALL: frozenset({PlateColor.GREEN}),
    PlateKind.NEV_LARGE: frozenset({PlateColor.GREEN, PlateColor.YELLOW}),
}


@dataclass(frozen=True, slots=True)
class PlateInfo:
    """A plate string that satisfies the grammar, with what the grammar says about it."""

    plate: str
    kind: PlateKind
    colors: frozenset[PlateColor]

    @property
    def province(self) -> str:
        """The province abbreviation, or '' for an embassy plate."""
        return self.plate[0] if self.plate[0] in PROVINCES else ""

    @property
    def is_new_energy(self) -> bool:
        """True for green new-energy plates."""
        return self.kind in (PlateKind.NEV_SMALL, PlateKind.NEV_LARGE)


def normalise(text: str) -> str:
    """Return `text` in canonical plate form.

    Separators (spaces, `·`, dashes) go, Latin letters are upper-cased, full-width
    characters become half-width, traditional province characters become simplified, and in
    the serial (from the third character on) O becomes 0 and I becomes 1, because serials
    never use those letters.
    """
    text = _SEPARATORS.sub("", _to_halfwidth(text or "")).upper()
    chars = [TRADITIONAL.get(c, c) for c in text]
    for i in range(2, len(chars)):
        if chars[i] == "O":
            chars[i] = "0"
        elif chars[i] == "I":
            chars[i] = "1"
    return "".join(chars)


def _to_halfwidth(text: str) -> str:
    """Map full-width ASCII (Ａ, １) to its half-width form."""
    return "".join(chr(ord(c) - 0xFEE0) if "！" <= c <= "～" else c for c in text)


def parse(text: str) -> PlateInfo | None:
    """Normalise `text` and return its `PlateInfo`, or None when it is not a valid plate."""
    plate = normalise(text)
    for kind, pattern in _PATTERNS:
        if pattern.match(plate):
            return PlateInfo(plate=plate, kind=kind, colors=_COLORS[kind])
    return None


def is_valid(text: str) -> bool:
    """True when `text` normalises to a plate the grammar accepts."""
    return parse(text) is not None


#: Every pattern of `_PATTERNS` in one: whether a canonical string is a plate at all.
_ANY_PLATE = re.compile("|".join(f"(?:{pattern.pattern})" for _kind, pattern in _PATTERNS))


def is_valid_normalised(plate: str) -> bool:
    """`is_valid` for a string already in canonical form (`normalise`): the arrival path
    tests dozens of variants of one read."""
    return _ANY_PLATE.match(plate) is not None


def color_fits(info: PlateInfo, color: PlateColor | str | None) -> bool:
    """True when a seen background colour is possible for this plate class.

    An unknown colour (None) fits anything; a green plate must have eight characters and a
    seven-character ordinary plate cannot be green.
    """
    if color is None:
        return True
    return PlateColor(color) in info.colors


def is_partial(text: str) -> bool:
    """True when `text` lacks only its province character to be a valid plate.

    The gate keeps such a read with its confidence instead of guessing the province.
    """
    plate = normalise(text)
    if not plate or plate[0] in PROVINCES or plate[0] == "使":
        return False
    return any(is_valid(p + plate) for p in "京粤")


def confusable_with(char: str) -> frozenset[str]:
    """The characters OCR may confuse with `char` (not including `char` itself)."""
    for group in CONFUSABLE_GROUPS:
        if char in group:
            return group - {char}
    return frozenset()


def confusable_variants(plate: str) -> set[str]:
    """Every string one confusable substitution away from `plate` (valid or not).

    The province character is never substituted: the groups hold Latin letters and digits.
    """
    variants: set[str] = set()
    for i, char in enumerate(plate):
        for other in confusable_with(char):
            variants.add(plate[:i] + other + plate[i + 1:])
    return variants


def valid_confusable_variants(plate: str) -> set[str]:
    """The variants of `plate` (canonical) one confusable substitution away that are valid
    plates in canonical form (an I put into the serial is no plate: it reads as 1)."""
    return {v for v in confusable_variants(plate) if is_valid_normalised(v)}


def in_other_provinces(plate: str) -> set[str]:
    """The valid plates with the serial of `plate` (canonical) under another province."""
    if plate[:1] not in PROVINCES:
        return set()
    return {p + plate[1:] for p in PROVINCES
            if p != plate[0] and is_valid_normalised(p + plate[1:])}


def one_confusable_apart(a: str, b: str) -> bool:
    """True when `a` and `b` differ in exactly one position by a confusable pair."""
    if len(a) != len(b):
        return False
    diffs = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diffs) == 1 and diffs[0][1] in confusable_with(diffs[0][0])


def format_plate(plate: str | None) -> str:
    """The plate as printed on the metal and as every screen writes it: a middle dot after
    the authority letter (粤A·Z2T75). The one formatting function; a formatted plate comes
    back unchanged, an empty one as ""."""
    plate = (plate or "").replace("·", "")
    if len(plate) >= 3 and plate[0] in PROVINCES:
        return f"{plate[:2]}·{plate[2:]}"
    return plate
