"""Printing: a real CUPS-PDF queue when cupsd can be started, and the PDF fallback otherwise."""

import io
import os
import pwd
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.errors import PrinterUnavailable
from app.printing.printer import (
    PrintFailed,
    default_fallback_path,
    default_printer,
    list_printers,
    parse_lpstat_printers,
    print_pdf,
    safe_file_name,
    save_pdf,
)
from app.printing.quote_pdf import render_quote
from app.printing.samples import sample_document

# Per process: the test command runs its SQLite and PostgreSQL passes side by side on one
# scheduler, and one pass removing its queues must not pull them from under the other.
QUEUE = f"DealerDeskPDF{os.getpid()}"
OFFLINE_QUEUE = f"DealerDeskOffline{os.getpid()}"
#: Set by the test command when it started the scheduler for this run (ours to configure).
CUPS_OWNED_ENV = "DEALERDESK_TEST_CUPSD"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
C_LOCALE = {**os.environ, "LC_ALL": "C", "LANG": "C"}
posix_only = pytest.mark.skipif(sys.platform.startswith("win"), reason="CUPS tools are POSIX")


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_quote(sample_document(sequence=7))


def wait_for(predicate: Callable[[], object], timeout: float, interval: float = 0.1):
    """Poll `predicate` until it returns something truthy or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(interval)


def _cups(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env=C_LOCALE, timeout=30,
                          check=False)


def _scheduler_running() -> bool:
    return "scheduler is running" in _cups("lpstat", "-r").stdout


def _why_no_cups() -> str | None:
    if sys.platform.startswith("win") or os.geteuid() != 0:
        return "needs root on Linux to start cupsd and add a CUPS-PDF queue"
    missing = [tool for tool in ("cupsd", "lpadmin", "lp", "lpstat", "cupsdisable")
               if not shutil.which(tool)]
    if missing or not PPD.is_file() or not BACKEND.is_file():
        return (f"CUPS-PDF not installed (missing {missing or [str(PPD), str(BACKEND)]}; "
                "apt install cups cups-client cups-bsd printer-driver-cups-pdf)")
    return None


def _output_dir() -> Path:
    """Where cups-pdf writes this user's jobs (`Out` in cups-pdf.conf, default ~/PDF)."""
    out = "${HOME}/PDF"
    if CUPS_PDF_CONF.is_file():
        for line in CUPS_PDF_CONF.read_text(errors="replace").splitlines():
            if re.match(r"\s*Out\s", line):
                out = line.split(None, 1)[1].strip()
    home = pwd.getpwuid(os.getuid()).pw_dir
    return Path(out.replace("${HOME}", home).replace("${USER}", pwd.getpwuid(os.getuid()).pw_name))


@dataclass(frozen=True)
class CupsPdf:
    """The test queues and where their output lands."""

    queue: str
    offline_queue: str
    output_dir: Path
    owns_scheduler: bool


@pytest.fixture(scope="module")
def cups_pdf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CupsPdf]:
    """A CUPS-PDF queue (and a disabled one) on a cupsd this fixture starts if none runs."""
    reason = _why_no_cups()
    if reason:
        pytest.skip(reason)
    process = None
    if not _scheduler_running():
        log_path = tmp_path_factory.mktemp("cupsd") / "cupsd.log"
        with open(log_path, "wb") as log:
            process = subprocess.Popen(["cupsd", "-f"], stdout=log, stderr=subprocess.STDOUT)
        if not wait_for(_scheduler_running, timeout=20):
            _stop(process)
            pytest.skip(f"cupsd did not start: {log_path.read_text(errors='replace')[-500:]}")
    try:
        for name in (QUEUE, OFFLINE_QUEUE):
            added = _cups("lpadmin", "-p", name, "-E", "-v", "cups-pdf:/", "-P", str(PPD))
            assert added.returncode == 0, added.stderr
        _cups("cupsdisable", "-r", "paper jam (test)", OFFLINE_QUEUE)
        owned = process is not None or os.environ.get(CUPS_OWNED_ENV) == "1"
        yield CupsPdf(QUEUE, OFFLINE_QUEUE, _output_dir(), owned)
    finally:
        for name in (QUEUE, OFFLINE_QUEUE):
            _cups("lpadmin", "-x", name)
        if process is not None:
            _stop(process)


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


def _printed_text(output_dir: Path, token: str) -> str | None:
    """The text of the finished cups-pdf output whose name carries `token`, else None."""
    for path in output_dir.glob("*.pdf"):
        if token.lower() in path.name.lower() and path.stat().st_size:
            try:
                text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
            except Exception:  # noqa: BLE001 - ghostscript is still writing it
                return None
            path.unlink()
            return text
    return None


def test_print_to_cups_pdf_queue(cups_pdf, pdf, tmp_path):
    token = uuid.uuid4().hex[:10]
    fallback = tmp_path / "fallback.pdf"
    result = print_pdf(pdf, cups_pdf.queue, title=f"DealerDesk-test-{token}",
                       fallback_path=fallback)
    assert result.printer == cups_pdf.queue
    assert result.job_id and result.job_id.startswith(cups_pdf.queue)
    assert not fallback.exists()
    text = wait_for(lambda: _printed_text(cups_pdf.output_dir, token), timeout=60)
    assert text is not None, f"no output in {cups_pdf.output_dir}"
    assert "Q-20261123-0007" in text and "¥282,476.55" in text


def test_default_printer_used_when_none_given(cups_pdf, pdf, tmp_path):
    if not cups_pdf.owns_scheduler:
        pytest.skip("a scheduler this test did not start keeps its own default printer")
    _cups("lpadmin", "-d", cups_pdf.queue)
    assert default_printer() == cups_pdf.queue
    token = uuid.uuid4().hex[:10]
    result = print_pdf(pdf, title=f"DealerDesk-default-{token}", fallback_path=tmp_path / "f.pdf")
    assert result.printer == cups_pdf.queue
    assert wait_for(lambda: _printed_text(cups_pdf.output_dir, token), timeout=60) is not None


def test_queues_listed_with_their_state(cups_pdf):
    printers = {p.name: p for p in list_printers()}
    assert printers[cups_pdf.queue].enabled
    assert not printers[cups_pdf.offline_queue].enabled
    assert "paper jam" in printers[cups_pdf.offline_queue].reason


def test_offline_printer_refused_and_pdf_saved(cups_pdf, pdf, tmp_path):
    fallback = tmp_path / "offline.pdf"
    with pytest.raises(PrintFailed) as info:
        print_pdf(pdf, cups_pdf.offline_queue, fallback_path=fallback)
    assert "离线" in info.value.zh and "offline" in info.value.en
    assert fallback.read_bytes() == pdf


@posix_only
def test_unknown_printer_refused_and_pdf_saved(pdf, tmp_path):
    fallback = tmp_path / "out" / "unprinted.pdf"
    with pytest.raises(PrinterUnavailable) as info:
        print_pdf(pdf, "DealerDeskNoSuchPrinter", title="Q-test", fallback_path=fallback)
    assert info.value.saved_to == fallback
    assert fallback.read_bytes() == pdf
    assert str(fallback) in info.value.zh and str(fallback) in info.value.en


@posix_only
def test_missing_lp_refused_and_pdf_saved(pdf, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    fallback = tmp_path / "nolp.pdf"
    with pytest.raises(PrintFailed) as info:
        print_pdf(pdf, fallback_path=fallback)
    assert "lp" in info.value.en and "打印系统" in info.value.zh
    assert fallback.read_bytes() == pdf
    assert default_printer() is None and list_printers() == []


def _fake_tools(folder: Path, lpstat_output: str) -> None:
    folder.mkdir()
    for name, body in (("lpstat", f"printf '{lpstat_output}\\n'"), ("lp", "exit 0")):
        script = folder / name
        script.write_text(f"#!/bin/sh\n{body}\n")
        script.chmod(0o755)


@posix_only
def test_no_default_printer_refused(pdf, tmp_path, monkeypatch):
    _fake_tools(tmp_path / "bin", "no system default destination")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    with pytest.raises(PrintFailed) as info:
        print_pdf(pdf, fallback_path=tmp_path / "nodefault.pdf")
    assert "No default printer" in info.value.en and "默认打印机" in info.value.zh
    assert (tmp_path / "nodefault.pdf").read_bytes() == pdf


@posix_only
def test_stopped_scheduler_refused(pdf, tmp_path, monkeypatch):
    _fake_tools(tmp_path / "bin", "lpstat: Scheduler is not running.")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    with pytest.raises(PrintFailed) as info:
        print_pdf(pdf, "Anything", fallback_path=tmp_path / "stopped.pdf")
    assert "CUPS" in info.value.en


def test_parse_lpstat_printers():
    output = ("printer Front is idle.  enabled since Mon Nov 23 09:45:55 2026\n"
              "printer Back disabled since Mon Nov 23 09:46:06 2026 -\n\tpaper jam\n")
    front, back = parse_lpstat_printers(output, default="Front")
    assert (front.name, front.enabled, front.is_default) == ("Front", True, True)
    assert (back.name, back.enabled, back.reason) == ("Back", False, "paper jam")


def test_save_pdf_creates_folders_and_leaves_no_temp(tmp_path, pdf):
    target = save_pdf(pdf, tmp_path / "a" / "b" / "quote.pdf")
    assert target.read_bytes() == pdf
    save_pdf(b"%PDF-new", target)
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in target.parent.iterdir()] == ["quote.pdf"]
    assert PdfReader(io.BytesIO(pdf)).pages


def test_fallback_path_in_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path))
    assert default_fallback_path("Q-20261123-0001 v2") == tmp_path / "printouts" / (
        "Q-20261123-0001_v2.pdf")
    assert safe_file_name('a/b:c*"d') == "a_b_c_d"
    assert safe_file_name("..") == "document"
