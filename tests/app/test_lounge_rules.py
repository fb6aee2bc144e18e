"""The lounge screen's plate mask and the refreshment order rules (pure)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.lounge import masked_plate
from app.domain.refreshments import (
    OrderMoveRefused,
    OrderState,
    charged,
    check_cancel,
    check_quantity,
    is_free,
    next_state,
    worth,
)
from app.errors import ValidationError


@pytest.mark.parametrize(("plate", "shown"), [
    ("粤B12345", "粤B·1**45"),           # 7 characters: an ordinary blue plate
    ("粤BD12345", "粤B·D***45"),         # 8 characters: a new-energy plate
    ("粤B·12345", "粤B·1**45"),          # written with its dot
    ("粤b 1234学", "粤B·1**4学"),        # a special ending, lower case and a space
    ("粤B1234", "粤B·***4"),             # a short (partial) read shows less
    ("粤B12", "粤B·**"),
    ("使123456", "使****56"),  # no province: the whole text is the serial
    ("", ""), (None, ""),
])
def test_masked_plate(plate, shown):
    assert masked_plate(plate) == shown


@pytest.mark.parametrize("plate", ["粤B12345", "粤BD12345", "京AF12345", "沪A1234学", "粤B1234"])
def test_masked_plate_hides_at_least_two_serial_characters(plate):
    shown = masked_plate(plate)
    assert shown.count("*") >= 2
    assert plate not in shown.replace("·", "")
    assert len(shown.replace("·", "")) == len(plate)


def test_an_order_moves_new_preparing_served():
    assert next_state("new") is OrderState.PREPARING
    assert next_state(OrderState.PREPARING) is OrderState.SERVED
    for final in ("served", "cancelled"):
        with pytest.raises(OrderMoveRefused) as refused:
            next_state(final)
        assert refused.value.zh and refused.value.en


def test_only_an_active_order_is_cancelled():
    check_cancel("new")
    check_cancel("preparing")
    with pytest.raises(OrderMoveRefused):
        check_cancel("served")


def test_free_by_level_and_prices():
    assert is_free("gold,silver", "gold") and not is_free("gold", "bronze")
    assert not is_free("", "gold") and not is_free("gold", None)
    lines = [(Decimal("18.00"), 2, False), (Decimal("45.00"), 1, True)]
    assert charged(lines) == Decimal("36.00")
    assert worth(lines) == Decimal("81.00")
    assert check_quantity(3) == 3
    with pytest.raises(ValidationError):
        check_quantity(0)
    with pytest.raises(ValidationError):
        check_quantity(21)
