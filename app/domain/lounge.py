"""What the lounge screen (客休区大屏) may show of a car: its plate masked (pure)."""

from __future__ import annotations

from app.domain.plates import PROVINCES, normalise

#: Characters of the serial kept at its start and at its end.
_KEEP_HEAD, _KEEP_TAIL = 1, 2
#: A serial shorter than this is masked whole but for its last character.
_MIN_SERIAL_SHOWN = 5


def masked_plate(plate: str | None) -> str:
    """The plate as a public screen may show it: province and authority letter, a middle
    dot, the serial's first character and last two, the rest as stars
    (粤B12345 → 粤B·1**45, new-energy 粤BD12345 → 粤B·D***45).

    Never more than three serial characters show, and at least two are always hidden; a
    short or malformed read shows less, never more. Empty in, empty out."""
    text = normalise(plate or "")
    if not text:
        return ""
    if len(text) >= 3 and text[0] in PROVINCES:
        head, serial = f"{text[:2]}·", text[2:]
    else:
        head, serial = "", text
    if len(serial) >= _MIN_SERIAL_SHOWN:
        hidden = len(serial) - _KEEP_HEAD - _KEEP_TAIL
        return f"{head}{serial[:_KEEP_HEAD]}{'*' * hidden}{serial[-_KEEP_TAIL:]}"
    if len(serial) >= 3:
        return f"{head}{'*' * (len(serial) - 1)}{serial[-1]}"
    return f"{head}{'*' * len(serial)}"
