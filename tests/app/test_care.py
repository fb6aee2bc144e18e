"""Month arithmetic of the care rules (app.domain.care)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.care import add_months


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2024, 11, 30), 3, date(2025, 2, 28)),
    (date(2026, 10, 15), 3, date(2027, 1, 15)),
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
])
def test_add_months_clamps(day, months, expected):
    assert add_months(day, months) == expected
