"""Shared pieces of every printed document: page frame, store header, footer, styles, tables.

A4 portrait; the store's name, address and telephone head each page, the document number
and "第 x / y 页" sit in the footer. Amounts are set right-aligned in a fixed style.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache, partial
from itertools import groupby

from reportlab import rl_config
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from app.domain.money import format_cny
from app.domain.store_time import STORE_TZ
from app.printing.fonts import cjk_font

# Binary streams: ASCII85 only inflates the file by a quarter and costs ~3 ms a document.
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
HEADER_HEIGHT = 17 * mm
ACCENT = colors.HexColor("#1F4E79")
RULE = colors.HexColor("#B7C4D3")
SHADE = colors.HexColor("#EEF3F8")
MUTED = colors.HexColor("#5A6470")
#: A watermark light enough to read the page through, dark enough to see on a copy.
WATERMARK = colors.Color(0.75, 0.22, 0.17, alpha=0.22)


@dataclass(frozen=True)
class StoreInfo:
    """The store a document comes from, printed at the head of each page."""

    name: str
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a document, all in the CJK font."""

    font: str
    title: ParagraphStyle
    section: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    amount: ParagraphStyle
    total: ParagraphStyle


def make_styles() -> Styles:
    """Build the styles (after registering the CJK font)."""
    font = cjk_font().name
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    return Styles(
        font=font,
        title=ParagraphStyle("title", parent=body, fontSize=20, leading=24, textColor=ACCENT),
        section=ParagraphStyle("section", parent=body, fontSize=11, leading=14,
                               textColor=ACCENT, spaceBefore=6, spaceAfter=3),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED),
        amount=ParagraphStyle("amount", parent=body, alignment=TA_RIGHT),
        total=ParagraphStyle("total", parent=body, fontSize=14, leading=18, alignment=TA_RIGHT,
                             textColor=ACCENT),
    )


def amount_text(amount: Decimal) -> str:
    """`¥1,234.50`, or `-¥500.00` for a deduction."""
    return f"-{format_cny(-amount)}" if amount < 0 else format_cny(amount)


def local_text(value) -> str:
    """An aware time as printed: the store's zone, to the minute ("—" for None)."""
    return value.astimezone(STORE_TZ).strftime("%Y-%m-%d %H:%M") if value else "—"


def bilingual(zh: str, en: str = "") -> str:
    """Paragraph markup: the Chinese label with its English one smaller and muted."""
    if not en:
        return escape(zh)
    return f'{escape(zh)} <font size="7" color="#5A6470">{escape(en)}</font>'


def escape(text: str) -> str:
    """Escape text for reportlab paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Label(Flowable):
    """A one-line bilingual label ("指导价 MSRP") drawn directly: far cheaper than a Paragraph.

    Falls back to a wrapping Paragraph when the text does not fit its column.
    """

    def __init__(self, zh: str, en: str, font: str, size: float = 9, color=colors.black) -> None:
        super().__init__()
        self.zh, self.en, self.font, self.size, self.color = zh, en, font, size, color
        self.en_size = max(6.5, size * 0.75)
        self._para: Paragraph | None = None

    def _text_width(self) -> float:
        width = stringWidth(self.zh, self.font, self.size)
        return width + (stringWidth(" " + self.en, self.font, self.en_size) if self.en else 0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Size on one line, or as a Paragraph when too wide."""
        width = self._text_width()
        if width <= avail_width:
            self._para = None
            return width, self.size * 1.25
        style = ParagraphStyle("label", fontName=self.font, fontSize=self.size,
                               leading=self.size * 1.25, wordWrap="CJK", textColor=self.color)
        self._para = Paragraph(bilingual(self.zh, self.en), style)
        return self._para.wrap(avail_width, avail_height)

    def draw(self) -> None:
        """Draw the Chinese text, then the English one smaller and muted."""
        if self._para is not None:
            self._para.drawOn(self.canv, 0, 0)
            return
        canvas = self.canv
        baseline = self.size * 0.25
        canvas.setFillColor(self.color)
        canvas.setFont(self.font, self.size)
        canvas.drawString(0, baseline, self.zh)
        if self.en:
            canvas.setFillColor(MUTED)
            canvas.setFont(self.font, self.en_size)
            canvas.drawString(stringWidth(self.zh + " ", self.font, self.size), baseline, self.en)


@lru_cache(maxsize=256)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix of `text` (level M, best mask), cached: reprints cost nothing."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    return tuple(tuple(bool(cell) for cell in row) for row in code.modules)


class QrCode(Flowable):
    """A QR code of `text`, `size` points square, drawn as one filled path."""

    def __init__(self, text: str, size: float, border: int = 4) -> None:
        super().__init__()
        self.modules = qr_modules(text)
        self.size, self.border = size, border

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Always `size` square."""
        return self.size, self.size

    def draw(self) -> None:
        """Fill each horizontal run of dark modules as one rectangle of a single path."""
        count = len(self.modules)
        box = self.size / (count + 2 * self.border)
        path = self.canv.beginPath()
        for row_index, row in enumerate(self.modules):
            y = self.size - (row_index + self.border + 1) * box
            column = 0
            for dark, run in groupby(row):
                length = len(list(run))
                if dark:
                    path.rect((column + self.border) * box, y, length * box, box)
                column += length
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def grid_style(header_rows: int = 1, font: str = "Helvetica", size: float = 9) -> TableStyle:
    """A light-ruled table with a shaded header row; plain-string cells in `font`."""
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.25),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ])


def plain_style(font: str = "Helvetica") -> TableStyle:
    """A table without rules or shading, cells aligned to the top (layout only)."""
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ])


def table(rows: Sequence[Sequence[object]], widths: Sequence[float], style: TableStyle,
          repeat_rows: int = 1) -> Table:
    """A table that splits across pages, repeating its first `repeat_rows` rows."""
    result = Table(list(rows), colWidths=list(widths), repeatRows=repeat_rows)
    result.setStyle(style)
    return result


class _NumberedCanvas(Canvas):
    """Defers pages until the end so the footer can say how many there are."""

    def __init__(self, *args, footer: Callable[[Canvas, int, int], None], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Draw every page's footer with the page count, then write the file."""
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._footer(self, number, len(self._pages))
            super().showPage()
        super().save()


def _draw_header(store: StoreInfo, font: str, canvas: Canvas, _doc: object) -> None:
    top = PAGE_HEIGHT - MARGIN
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.setFont(font, 14)
    canvas.drawString(MARGIN, top - 12, store.name)
    canvas.setFillColor(MUTED)
    canvas.setFont(font, 8)
    contact = "   ".join(part for part in (store.address, f"电话 Tel {store.phone}"
                                            if store.phone else "") if part)
    canvas.drawString(MARGIN, top - 25, contact)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1)
    canvas.line(MARGIN, top - HEADER_HEIGHT + 4 * mm, PAGE_WIDTH - MARGIN, top - HEADER_HEIGHT + 4 * mm)
    canvas.restoreState()


def _draw_footer(reference: str, font: str, canvas: Canvas, page: int, pages: int) -> None:
    canvas.saveState()
    canvas.setFont(font, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, MARGIN - 6 * mm, reference)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 6 * mm,
                           f"第 {page} / {pages} 页  Page {page} of {pages}")
    canvas.restoreState()


def _draw_watermark(text: str, font: str, canvas: Canvas) -> None:
    """`text` large, light and diagonal across the page (a draft is never taken for final)."""
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFont(font, 54)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, 0, text)
    canvas.restoreState()


def build_pdf(story: list[Flowable], store: StoreInfo, reference: str, title: str,
              styles: Styles, watermark: str = "") -> bytes:
    """Lay out `story` on A4 pages under the store header; return the PDF bytes.
    `watermark` (草稿, 未审批 …) is printed across every page when given."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, title=title, author=store.name,
                          creator="DealerDesk")
    body_height = PAGE_HEIGHT - 2 * MARGIN - HEADER_HEIGHT
    # No frame padding: tables of CONTENT_WIDTH line up with the header rule.
    frame = Frame(MARGIN, MARGIN, CONTENT_WIDTH, body_height, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    draw_header = partial(_draw_header, store, styles.font)

    def header(canvas: Canvas, doc_: object) -> None:
        if watermark:
            _draw_watermark(watermark, styles.font, canvas)
        draw_header(canvas, doc_)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=header)])
    footer = partial(_draw_footer, reference, styles.font)
    doc.build(story, canvasmaker=partial(_NumberedCanvas, footer=footer))
    return buffer.getvalue()


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of already-escaped markup."""
    return Paragraph(text, style)
