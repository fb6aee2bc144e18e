"""Headless quote printing: `python main.py quote --id N --pdf out.pdf` / `--print [PRINTER]`."""

from __future__ import annotations

from pathlib import Path

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.errors import ValidationError
from app.printing.printer import PrintResult, print_pdf, safe_file_name, save_pdf
from app.printing.quote_pdf import render_quote
from app.services.quotes import quote_document


@acting.needs(Permission.QUOTE_VIEW)
def quote_pdf(db: Database, quote_id: int) -> tuple[str, bytes]:
    """The quote's number (with its revision) and its PDF bytes."""
    doc = quote_document(db, quote_id)
    title = doc.number if doc.revision == 1 else f"{doc.number}-R{doc.revision}"
    return title, render_quote(doc)


@acting.needs(Permission.QUOTE_VIEW)
def quote_print_job(db: Database, quote_id: int) -> tuple[str, bytes]:
    """The quote as the desk prints it: the print job's title ("报价单 N") and its PDF."""
    title, data = quote_pdf(db, quote_id)
    return f"报价单 {title}", data


@acting.needs(Permission.QUOTE_VIEW)
def export_quote_pdf(db: Database, quote_id: int, path: str | Path) -> Path:
    """Save the quote as a PDF at `path`; the path written."""
    _title, data = quote_pdf(db, quote_id)
    return save_pdf(data, path)


@acting.needs(Permission.QUOTE_VIEW)
def print_quote(db: Database, quote_id: int, printer: str | None = None, *,
                fallback_path: str | Path | None = None) -> PrintResult:
    """Print the quote on `printer` (None or '': the default printer).

    A missing or offline printer raises PrintFailed after saving the PDF to `fallback_path`
    (default: the data directory's printouts folder); its message says where.
    """
    title, data = quote_print_job(db, quote_id)
    return print_pdf(data, printer or None, title=safe_file_name(title),
                     fallback_path=fallback_path)


def check_pdf_target(path: str | Path) -> Path:
    """`path` if a PDF may be written there: not a folder, in a folder that exists (a
    mistyped folder is refused rather than created)."""
    target = Path(path)
    if target.is_dir() or str(path).endswith(("/", "\\")):
        raise ValidationError(f"“{path}”是文件夹，请给出 PDF 文件名，例如 {target / 'quote.pdf'}。",
                              f"{path!s} is a folder: give a PDF file name, e.g. "
                              f"{target / 'quote.pdf'}.", field="pdf")
    if not target.parent.is_dir():
        raise ValidationError(f"文件夹“{target.parent}”不存在。",
                              f"The folder {target.parent} does not exist.", field="pdf")
    return target


@acting.needs(Permission.QUOTE_VIEW)
def run(db: Database, quote_id: int, *, pdf: str | None = None,
        printer: str | None = None) -> int:
    """The `quote` sub-command: save and/or print; with neither, save `<number>.pdf` here."""
    if pdf is not None:
        check_pdf_target(pdf)
    if pdf is None and printer is None:
        title, data = quote_pdf(db, quote_id)
        pdf = f"{safe_file_name(title)}.pdf"
    if pdf is not None:
        print(f"saved {export_quote_pdf(db, quote_id, pdf)}")
    if printer is not None:
        result = print_quote(db, quote_id, printer)
        job = f" (job {result.job_id})" if result.job_id else ""
        print(f"sent to printer {result.printer}{job}")
    return 0
