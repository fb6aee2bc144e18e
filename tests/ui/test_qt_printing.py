"""Qt's printer path (used where the operating system's `lp` is missing): a quote PDF
rendered page by page into a real CUPS-PDF queue through QPrinter."""

from __future__ import annotations

import importlib.util
import uuid

import pytest

from tests.app.test_printer import cups_pdf, pdf, wait_for  # noqa: F401  (fixtures)
from ui.widgets.print_actions import print_pdf_with_qt

pytestmark = pytest.mark.skipif(importlib.util.find_spec("PySide6.QtPdf") is None,
                                reason="QtPdf (PySide6-Addons) is not installed")


def test_qt_prints_every_page_to_the_queue(cups_pdf, pdf, qapp):  # noqa: F811
    token = uuid.uuid4().hex[:10]
    assert print_pdf_with_qt(pdf, cups_pdf.queue, f"DealerDesk-qt-{token}") == ""
    printed = wait_for(lambda: next((p for p in cups_pdf.output_dir.glob("*.pdf")
                                     if token in p.name and p.stat().st_size > 10_000), None),
                       timeout=60)
    assert printed is not None, f"no output in {cups_pdf.output_dir}"
    printed.unlink()


def test_qt_refuses_an_unknown_printer(pdf, qapp):  # noqa: F811
    assert "找不到打印机" in print_pdf_with_qt(pdf, "NoSuchPrinter-" + uuid.uuid4().hex[:6], "x")
