"""From OCR lines to plates: grammar, runner-up characters, partial reads, colour."""

from __future__ import annotations

import numpy as np
import pytest

from gate.ocr import TextLine, ctc_decode
from gate.plate_text import interpret, judged


def line(text: str, conf: float = 0.99, cands: dict[int, list[tuple[str, float]]] | None = None) -> TextLine:
    cands = cands or {}
    return TextLine(text, tuple(cands[i][0][1] if i in cands else conf for i in range(len(text))),
                    tuple(tuple(cands.get(i, [(c, conf)])) for i, c in enumerate(text)))


def test_ctc_decode_collapses_repeats_and_keeps_runner_ups():
    charset = ["blank", "A", "B", "C"]
    probs = np.array([[0.1, 0.8, 0.05, 0.05], [0.1, 0.9, 0.0, 0.0], [0.9, 0.05, 0.05, 0.0],
                      [0.1, 0.05, 0.25, 0.6], [0.9, 0.1, 0.0, 0.0], [0.1, 0.7, 0.2, 0.0]], np.float32)
    decoded = ctc_decode(probs, charset)
    assert decoded.text == "ACA"
    assert decoded.confidences == (np.float32(0.9), np.float32(0.6), np.float32(0.7))
    assert [c for c, _ in decoded.candidates[1]][:2] == ["C", "B"]


def test_separators_go_and_the_plate_is_valid():
    text = interpret(line("粤B·12345"), "blue")
    assert (text.plate, text.valid, text.partial, len(text.confidences)) == ("粤B12345", True, False, 7)


def test_serial_letter_o_reads_as_zero_and_police_issues_are_kept():
    assert interpret(line("粤O12O45"), "blue").plate == "粤O12045"
    assert interpret(line("皖Q18632"), "blue").valid


def test_runner_up_province_replaces_a_latin_letter_with_its_own_confidence():
    text = interpret(line("MAHG892", cands={0: [("M", 0.6), ("皖", 0.3)]}), "blue")
    assert text.plate == "皖AHG892" and text.valid
    assert abs(text.confidences[0] - 0.3) < 1e-6


def test_missing_province_is_a_partial_read_never_completed():
    text = interpret(line("B12345"), "blue")
    assert (text.plate, text.valid, text.partial) == ("B12345", False, True)


def test_unsure_province_becomes_partial():
    text = interpret(line("湘A12345", cands={0: [("湘", 0.1), ("浙", 0.08)]}), "blue")
    assert (text.plate, text.valid, text.partial) == ("A12345", False, True)


def test_green_plate_with_a_dropped_character_is_not_valid():
    text = interpret(line("皖AD1978"), "green")
    assert text is None or not text.valid


def test_green_eight_character_plate_is_valid_and_blue_colour_rejects_an_unsure_eighth():
    assert interpret(line("皖AD19789"), "green").valid
    blue = interpret(line("皖AD19789", cands={7: [("9", 0.3), ("8", 0.2)]}), "blue")
    assert blue is None or not blue.valid or len(blue.plate) == 7


def test_eight_sure_new_energy_characters_outweigh_a_colour_seen_blue_or_yellow():
    # a green plate's pale gradient under a colour cast is seen as blue: a 7-character
    # window of its 8 characters would be a wrong plate read for sure
    text = interpret(line("晋H·D92204"), "blue")
    assert (text.plate, text.valid, text.uncertain, text.color) == ("晋HD92204", True, False, "green")
    assert interpret(line("新QF65093"), "yellow").plate == "新QF65093"
    # a yellow plate and a stray eighth character: the extended letters (K) do not count
    assert interpret(line("粤AK93312"), "yellow").plate == "粤AK9331"


def test_extra_characters_around_the_plate_are_dropped():
    assert interpret(line("1粤B12345J", cands={0: [("1", 0.5)], 9: [("J", 0.4)]}), "blue").plate == "粤B12345"


def test_traditional_province_is_mapped():
    assert interpret(line("滬A12345"), "blue").plate == "沪A12345"


def test_garbage_is_nothing():
    assert interpret(line("HELLO"), None) is None
    assert interpret(line(""), None) is None


def test_a_look_alike_only_the_prior_chose_makes_the_read_uncertain():
    # the fourth place of a small new-energy plate takes D as well as 0: a confident D
    # turned into 0 by the prior is a guess, confirmed by a person
    text = interpret(line("皖ADD9991"), "green")
    assert (text.plate, text.valid, text.uncertain) == ("皖AD09991", True, True)
    assert text.confidences[3] <= 0.3
    # where the grammar forbids the glyph (a digit place), the look-alike stays sure
    forced = interpret(line("皖AD0999S"), "green")
    assert (forced.plate, forced.valid, forced.uncertain) == ("皖AD09995", True, False)


def test_only_the_letters_a_round_zero_is_read_as_yield_to_the_prior():
    # Q is read for the new-energy 0 as D is: the fourth place turns it into 0, uncertain
    rounded = interpret(line("粤XFQ9107"), "green")
    assert (rounded.plate, rounded.valid, rounded.uncertain) == ("粤XF09107", True, True)
    # a confident Z or S there is a letter the plate carries: read as it stands, sure
    for plate in ("吉HFZ0542", "桂RDS3567"):
        text = interpret(line(plate), "green")
        assert (text.plate, text.valid, text.uncertain) == (plate, True, False)
    # the recogniser's own doubt still decides: a Z it rated below its 2 gives way
    doubted = interpret(line("吉HFZ0542", cands={3: [("Z", 0.45), ("2", 0.55)]}), "green")
    assert doubted.plate == "吉HF20542"


def test_a_sure_character_the_plate_window_leaves_out_makes_the_read_uncertain():
    # a doubled V pushed the last character out of the 7-character window
    doubled = interpret(line("川VV5840X"), "blue")
    assert (doubled.plate, doubled.valid, doubled.uncertain) == ("川VV5840", True, True)
    # a stray mark beside the plate, read less surely, leaves the plate sure
    for seen in (0.92, 0.96):
        stray = interpret(line("粤AK93312", cands={7: [("2", seen)]}), "yellow")
        assert (stray.plate, stray.valid, stray.uncertain) == ("粤AK9331", True, False)


def test_a_plain_confident_read_is_not_uncertain():
    assert not interpret(line("粤B12345"), "blue").uncertain
    assert not interpret(line("粤BD12345"), "green").uncertain


def test_a_yellow_seven_character_read_that_may_be_a_cut_green_plate_is_uncertain():
    assert interpret(line("京CF4094"), "yellow").uncertain
    assert not interpret(line("京CF4094"), "blue").uncertain
    assert not interpret(line("京C24094"), "yellow").uncertain


def test_an_unsure_province_that_still_stands_makes_the_read_uncertain():
    text = interpret(line("湘A12345", cands={0: [("湘", 0.3), ("浙", 0.2)]}), "blue")
    assert (text.plate, text.valid, text.uncertain) == ("湘A12345", True, True)


def test_a_small_plate_with_an_unsure_province_is_uncertain():
    # on a plate under 80 px the province glyph is a few pixels wide: 0.6 is not enough to greet
    text = interpret(line("渝JP3088", cands={0: [("渝", 0.6), ("浙", 0.3)]}), "blue")
    assert judged(text, 60).uncertain and judged(text, 60).valid
    assert judged(text, 60).plate == "渝JP3088"
    # the same read on a larger plate, or a sure province on a small one, may greet
    assert not judged(text, 120).uncertain
    assert not judged(interpret(line("渝JP3088"), "blue"), 60).uncertain
    # a partial read stays what it was
    partial = interpret(line("B12345"), "blue")
    assert judged(partial, 60) == partial


def test_a_weak_province_or_serial_character_may_not_greet_on_a_plate_of_any_size():
    # a province at 0.4 stands (the read is valid, not partial) but does not greet
    weak_province = interpret(line("湘A12345", cands={0: [("湘", 0.4), ("浙", 0.3)]}), "blue")
    assert (weak_province.valid, weak_province.uncertain) == (True, False)
    assert judged(weak_province, 200).uncertain and judged(weak_province, 200).plate == "湘A12345"
    assert not judged(interpret(line("湘A12345", cands={0: [("湘", 0.5), ("浙", 0.3)]}), "blue"), 200).uncertain
    # a serial character at 0.3 (the fifth place: 1 or 7?) does not greet either
    weak_serial = interpret(line("苏CFY713", cands={5: [("1", 0.3), ("7", 0.25)]}), "blue")
    assert (weak_serial.plate, weak_serial.valid) == ("苏CFY713", True)
    assert judged(weak_serial, 200).uncertain
    # the city letter at 0.2 (M or H?) does not greet
    weak_city = interpret(line("皖H12288", cands={1: [("H", 0.2), ("M", 0.18)]}), "blue")
    assert (weak_city.plate, weak_city.valid) == ("皖H12288", True)
    assert judged(weak_city, 200).uncertain
    # but the police O is left out: the grammar's O for a police plate's read 0 is a
    # runner-up with a small probability, and the read greets
    police = interpret(line("粤0A2160", cands={1: [("0", 0.9), ("O", 0.09)]}), "blue")
    assert (police.plate, police.valid, police.uncertain) == ("粤OA2160", True, False)
    assert not judged(police, 200).uncertain


@pytest.mark.parametrize(("text", "partial"), [
    ("川A·572F4", True), ("A572F4", True), ("皖A·B1", True), ("A-01982", True),
    ("17:52:24", False), ("2015/05/11", False), ("地下入口", False), ("572", False),
])
def test_a_partial_plate_has_four_to_eight_plate_characters_and_little_else(text, partial):
    from gate.plate_text import partial_plate

    assert partial_plate(line(text)) is partial


@pytest.mark.parametrize(("text", "chars"), [
    ("B·12345", "B12345"), ("B-12345", "B12345"), ("川A 572F4", "川A572F4"), ("17:52:24", "17:52:24"),
])
def test_a_read_without_its_gaps_keeps_every_other_character(text, chars):
    from gate.plate_text import without_gaps

    assert without_gaps(line(text)) == chars
