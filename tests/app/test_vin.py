"""VIN check digit (ISO 3779 / GB 16735)."""

import pytest

from app.domain.vin import check_digit, is_valid_vin, vin_problem, with_check_digit


@pytest.mark.parametrize("vin", ["1M8GDM9AXKP042788", "11111111111111111", "LSVAM4187C2184847"])
def test_known_valid_vins(vin):
    assert vin_problem(vin) is None
    assert is_valid_vin(vin.lower())


def test_wrong_check_digit():
    assert vin_problem("1M8GDM9A1KP042788") == "check_digit"


def test_length_and_characters():
    assert vin_problem("1M8GDM9AXKP04278") == "length"
    assert vin_problem("1M8GDM9AXKP04278O") == "characters"   # O is never used
    assert vin_problem("") == "length"


def test_with_check_digit_makes_any_vin_valid():
    vin = with_check_digit("LFV2A21K0E3123456")
    assert is_valid_vin(vin)
    assert vin[8] == check_digit(vin)
