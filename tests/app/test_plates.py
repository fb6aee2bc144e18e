"""The plate grammar, table-driven: every province, both green forms, special endings."""

import pytest

from app.domain.plates import (
    PROVINCES,
    PlateColor,
    PlateKind,
    color_fits,
    confusable_variants,
    format_plate,
    is_partial,
    is_valid,
    normalise,
    one_confusable_apart,
    parse,
    valid_confusable_variants,
)


def test_there_are_31_provinces():
    assert len(PROVINCES) == 31
    assert len(set(PROVINCES)) == 31


@pytest.mark.parametrize("province", list(PROVINCES))
def test_every_province_makes_a_valid_blue_plate(province):
    info = parse(f"{province}A12345")
    assert info is not None
    assert info.kind is PlateKind.STANDARD
    assert info.province == province


@pytest.mark.parametrize(
    ("text", "kind", "color"),
    [
        ("粤B12345", PlateKind.STANDARD, PlateColor.BLUE),
        ("京A8K731", PlateKind.STANDARD, PlateColor.YELLOW),
        ("粤O12345", PlateKind.STANDARD, PlateColor.BLUE),   # police-issued authority letter O
        ("皖QD8888", PlateKind.STANDARD, PlateColor.BLUE),
        ("粤BD12345", PlateKind.NEV_SMALL, PlateColor.GREEN),
        ("沪AFJ1234", PlateKind.NEV_SMALL, PlateColor.GREEN),
        ("苏EA12345", PlateKind.NEV_SMALL, PlateColor.GREEN),
        ("粤B12345D", PlateKind.NEV_LARGE, PlateColor.GREEN),
        ("浙A12345F", PlateKind.NEV_LARGE, PlateColor.GREEN),
        ("粤B1234挂", PlateKind.TRAILER, PlateColor.YELLOW),
        ("粤B1234学", PlateKind.COACH, PlateColor.YELLOW),
        ("京A1234警", PlateKind.POLICE, PlateColor.WHITE),
        ("粤Z1234港", PlateKind.HK_MACAO, PlateColor.BLACK),
        ("粤Z1234澳", PlateKind.HK_MACAO, PlateColor.BLACK),
        ("沪A1234领", PlateKind.CONSULATE, PlateColor.BLACK),
        ("使014578", PlateKind.EMBASSY, PlateColor.BLACK),
    ],
)
def test_valid_plates_and_their_colour(text, kind, color):
    info = parse(text)
    assert info is not None, text
    assert info.kind is kind
    assert color in info.colors
    assert color_fits(info, color)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "粤B1234",        # too short
        "粤B123456",      # 8 characters but not a new-energy pattern
        "XB12345",        # not a province
        "粤I12345",       # no authority letter I
        "粤B1234Q5挂",     # too long for a trailer plate
        "粤BX12345",      # X is not a new-energy letter
        "粤BD1234A",      # small NEV plates end in four digits
        "京Z1234港",       # Hong Kong plates are 粤Z only
        "粤B12345挂",      # a special ending replaces the last serial character
        "12345",
    ],
)
def test_invalid_plates_are_refused(text):
    assert parse(text) is None
    assert not is_valid(text)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("粤B·12345", "粤B12345"),
        ("粤 b-12345", "粤B12345"),
        ("粤BO12I5", "粤B01215"),       # O and I never appear in a serial
        ("粤O12345", "粤O12345"),       # the authority letter keeps its O
        ("滬A12345", "沪A12345"),       # traditional province character
        ("粤Ｂ１２３４５", "粤B12345"),   # full-width
        ("遼B1234掛", "辽B1234挂"),
    ],
)
def test_normalise(raw, expected):
    assert normalise(raw) == expected


def test_green_colour_needs_eight_characters():
    seven = parse("粤BD1234")
    assert seven is not None            # a valid blue plate...
    assert not color_fits(seven, PlateColor.GREEN)   # ...but not when seen on green
    eight = parse("粤BD12345")
    assert not color_fits(eight, PlateColor.BLUE)
    assert color_fits(eight, None)


def test_partial_read_lacks_only_the_province():
    assert is_partial("B12345")
    assert is_partial("BD12345")
    assert not is_partial("粤B12345")
    assert not is_partial("12")


def test_confusable_variants_cover_every_pair():
    variants = confusable_variants("粤B10852")
    assert "粤810852" in variants      # B/8
    assert "粤BI0852" in variants      # 1/I
    assert "粤B70852" in variants      # 1/7
    assert "粤B1D852" in variants      # 0/D
    assert "粤B1Q852" in variants      # 0/Q
    assert "粤B10B52" in variants      # 8/B
    assert "粤B108S2" in variants      # 5/S
    assert "粤B1085Z" in variants      # 2/Z
    assert all(v[0] == "粤" for v in variants)
    assert "粤B10852" not in variants


def test_valid_variants_drop_impossible_plates():
    valid = valid_confusable_variants("粤B12345")
    assert "粤B1234S" in valid
    assert "粤8112345" not in valid    # the authority must be a letter
    assert all(is_valid(v) for v in valid)


def test_one_confusable_apart():
    assert one_confusable_apart("粤B1234S", "粤B12345")
    assert one_confusable_apart("粤B6G001", "粤BGG001")
    assert not one_confusable_apart("粤B12345", "粤B12345")
    assert not one_confusable_apart("粤B12345", "粤B12346")      # 5/6 are not confusable
    assert not one_confusable_apart("粤B12SZ5", "粤B12525")      # two substitutions


def test_format_plate_adds_the_dot():
    assert format_plate("粤B12345") == "粤B·12345"
    assert format_plate("使014578") == "使014578"


def test_format_plate_is_the_one_way_a_plate_is_written():
    from app.domain.plates import format_plate

    assert format_plate("粤AZ2T75") == "粤A·Z2T75"
    assert format_plate("粤A·Z2T75") == "粤A·Z2T75"            # never a second dot
    assert format_plate(None) == "" and format_plate("ABC") == "ABC"
