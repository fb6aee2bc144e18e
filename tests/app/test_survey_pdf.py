"""The paper survey form read back: its text with pdftotext, its QR code with OpenCV."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta

import cv2
import pytest

from app.services import surveys
from tests.voice_seed import DELIVERED_AT, seed_voice

pytestmark = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils is not installed")


def test_paper_form_text_and_qr_code_hold_the_survey_number(db, tmp_path):
    seed_voice(db)
    surveys.schedule_due(db, now=DELIVERED_AT + timedelta(days=3))
    (due,) = surveys.due_surveys(db, now=DELIVERED_AT + timedelta(days=3))
    path = surveys.save_paper_form(db, due.number, tmp_path)
    assert path.name == f"{due.number}.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert due.number in text and "张伟" in text and "粤A12345" in text
    assert "您向亲友推荐本店的可能性有多大" in text and "等待时间" in text
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(path),
                    str(tmp_path / "page")], check=True)
    image = cv2.imread(str(tmp_path / "page.png"))
    decoded, _points, _straight = cv2.QRCodeDetector().detectAndDecode(image)
    assert decoded == due.number
    # Typed in later: the number finds the same survey again.
    assert surveys.survey_form(db, decoded).row.id == due.id
