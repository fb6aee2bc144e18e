"""The printed quote read back: every amount, the customer and the number; the QR code."""

import dataclasses
import io
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.pricing import EnergyType
from app.printing.fonts import FONT_ENV, candidate_fonts, cjk_font, load_truetype
from app.printing.layout import amount_text
from app.printing.quote_pdf import QuoteDocument, render_quote
from app.printing.samples import sample_document


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _figures(doc: QuoteDocument) -> list[str]:
    amounts = [line.amount for line in doc.lines] + [doc.total]
    for result in doc.finance:
        amounts += [result.down_payment, result.loan_amount, result.monthly_payment,
                    result.final_payment, result.total_interest, result.fees, result.total_cost]
    return [amount_text(amount) for amount in amounts]


@pytest.fixture(scope="module")
def doc() -> QuoteDocument:
    return sample_document(sequence=42, customer_name="欧阳娜娜")


@pytest.fixture(scope="module")
def pdf(doc) -> bytes:
    return render_quote(doc)


def test_pdf_is_one_a4_page(pdf):
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width)) == 595


def test_every_amount_customer_and_number_read_back(doc, pdf):
    text = _text(pdf)
    assert doc.number == "Q-20261123-0042" and doc.number in text
    assert "欧阳娜娜" in text
    assert "电子报价单" in text and "第 1 / 1 页" in text
    missing = [figure for figure in _figures(doc) if figure not in text]
    assert not missing


def test_labels_and_validity_printed(doc, pdf):
    text = _text(pdf)
    for label in ("指导价", "厂方补贴", "门店优惠", "购置税", "上牌费", "合计", "金融方案对比",
                  "月供", "总利息", "2026-12-07", "李娜", "纯电动", "汉 EV"):
        assert label in text


def test_cjk_font_embedded_as_truetype(pdf):
    if not cjk_font().embedded:
        pytest.skip("no TrueType CJK font on this machine: the CID fallback embeds nothing")
    assert b"/FontFile2" in pdf


def test_long_quote_breaks_pages_and_keeps_every_line(doc):
    long_doc = sample_document(sequence=43, accessories=80)
    pdf = render_quote(long_doc)
    reader = PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    assert pages >= 3
    text = _text(pdf)
    assert f"第 {pages} / {pages} 页" in text
    assert text.count("项目") >= 2  # the breakdown header repeats on the next page
    assert all(figure in text for figure in _figures(long_doc))
    assert "后备箱垫 #13" in text


@pytest.mark.parametrize("energy", list(EnergyType))
def test_every_energy_type_renders_without_finance(doc, energy):
    plain = dataclasses.replace(doc, energy=energy, finance=(), notes="", vehicle_year=None,
                                revision=2)
    text = _text(render_quote(plain))
    assert "金融方案对比" not in text and "Rev. 2" in text


def test_lines_not_adding_up_refused(doc):
    with pytest.raises(ValueError, match="do not add up"):
        render_quote(dataclasses.replace(doc, total=doc.total + Decimal("0.01")))


def test_markup_characters_are_printed_literally(doc):
    odd = dataclasses.replace(doc, customer_name="A&B <Co>", notes="1 < 2 & 3 > 2")
    text = _text(render_quote(odd))
    assert "A&B <Co>" in text and "1 < 2 & 3 > 2" in text


@pytest.mark.parametrize("dpi", [100, 150])
def test_qr_code_decodes_to_quote_number(doc, pdf, tmp_path, dpi):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    cv2 = pytest.importorskip("cv2")
    (tmp_path / "quote.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "quote.pdf", "page"],
                   cwd=tmp_path, check=True, timeout=60)
    image = cv2.imread(str(tmp_path / "page.png"))
    decoded, points, _ = cv2.QRCodeDetector().detectAndDecode(image)
    assert points is not None
    assert decoded == doc.number


def test_font_candidates_and_refusal(tmp_path, monkeypatch):
    fake_cff = tmp_path / "NotoSansCJKsc-Regular.otf"
    fake_cff.write_bytes(b"OTTO" + bytes(200))  # CFF-flavoured OpenType: not embeddable
    assert load_truetype(fake_cff, 0) is None
    assert load_truetype(tmp_path / "missing.ttf", 0) is None
    monkeypatch.setenv(FONT_ENV, str(fake_cff))
    assert candidate_fonts("linux")[0] == (fake_cff, 0)
    assert Path("C:/Windows/Fonts/msyh.ttc") in [p for p, _ in candidate_fonts("win32")]
    assert Path("/System/Library/Fonts/PingFang.ttc") in [p for p, _ in candidate_fonts("darwin")]


def test_font_registered_once():
    assert cjk_font() is cjk_font()


def test_cid_font_is_the_last_resort(doc, monkeypatch):
    from app.printing import fonts

    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "candidate_fonts", lambda platform=None: [])
    assert fonts.cjk_font() == fonts.CjkFont("STSong-Light", None, False)
    pdf = render_quote(doc)
    assert b"/FontFile2" not in pdf
    assert doc.number in _text(pdf)
