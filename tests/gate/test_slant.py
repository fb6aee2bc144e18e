"""Slanted characters (a plate seen from the side): measured and sheared back upright."""

from __future__ import annotations

import numpy as np
import pytest

from gate.slant import MIN_SHEAR, slant, upright
from gate.synthetic import render_plate


def leaning(img: np.ndarray, shear: float) -> np.ndarray:
    """`img` with each row shifted right by `shear` times its height above the middle row."""
    return upright(img, -shear)


@pytest.mark.parametrize("plate", ["浙A12903", "粤B12345"])
def test_an_upright_plate_is_left_alone(plate):
    assert abs(slant(render_plate(plate, "blue", width=200))) < MIN_SHEAR


@pytest.mark.parametrize("shear", [0.3, -0.5, 0.7])
def test_the_lean_of_a_slanted_plate_is_measured(shear):
    crop = leaning(render_plate("川A019W2", "blue", width=200), shear)
    assert slant(crop) == pytest.approx(shear, abs=0.1)


def test_upright_keeps_every_pixel_and_the_height():
    img = render_plate("川A019W2", "blue", width=200)
    out = upright(img, 0.6)
    assert out.shape[0] == img.shape[0]
    assert out.shape[1] >= img.shape[1] + 0.6 * img.shape[0]
    # the middle row only moves right by the padding: nothing of it is lost
    row, pad = img.shape[0] // 2, (out.shape[1] - img.shape[1]) // 2
    middle = out[row, pad:pad + img.shape[1]].astype(int)
    assert np.abs(middle - img[row].astype(int)).mean() < 12
