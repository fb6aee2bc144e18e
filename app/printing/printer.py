"""Saving a PDF, and handing it to the operating system's print queue.

Linux and macOS: CUPS `lp` (the job stays vector), printers listed with `lpstat`. Windows:
the shell's "print" / "printto" verb on a saved file. When no printer can take the job the
PDF is saved to a fallback path and `PrintFailed` (a `PrinterUnavailable`) says where.
No Qt here: a Qt printing fallback, if any, belongs to the UI.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.errors import PrinterUnavailable

log = logging.getLogger(__name__)

COMMAND_TIMEOUT = 30  # seconds; lp returns as soon as the job is queued
_C_LOCALE = {"LC_ALL": "C", "LANG": "C"}  # lpstat's messages are translated otherwise
_JOB_ID = re.compile(r"request id is (\S+)")
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


@dataclass(frozen=True)
class Printer:
    """A print queue: its name, whether it takes jobs now, and whether it is the default."""

    name: str
    enabled: bool
    is_default: bool = False
    reason: str = ""


@dataclass(frozen=True)
class PrintResult:
    """A job handed to the OS: the printer, its job id (CUPS), the file sent (Windows)."""

    printer: str
    job_id: str | None = None
    path: Path | None = None


class PrintFailed(PrinterUnavailable):
    """The printer could not take the job; the PDF was saved to `saved_to` instead."""

    def __init__(self, zh: str, en: str, saved_to: Path) -> None:
        super().__init__(f"{zh}。文档已另存为 PDF：{saved_to}",
                         f"{en}. The PDF was saved to {saved_to}")
        self.saved_to = saved_to
        self.reason_en = en


def save_pdf(data: bytes, path: str | Path) -> Path:
    """Write `data` to `path` atomically (parents created); return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def safe_file_name(title: str) -> str:
    """`title` usable as a file name on every platform."""
    return _UNSAFE.sub("_", title).strip("._") or "document"


def default_fallback_path(title: str) -> Path:
    """Where an unprintable document goes: the data directory's `printouts` folder."""
    from app.paths import data_dir  # late: the data directory is created on first use

    return data_dir() / "printouts" / f"{safe_file_name(title)}.pdf"


def _run(args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, input=data, capture_output=True, timeout=COMMAND_TIMEOUT,
                          env={**os.environ, **_C_LOCALE}, check=False)


def _text(result: subprocess.CompletedProcess[bytes]) -> str:
    return (result.stdout + result.stderr).decode("utf-8", "replace").strip()


def parse_lpstat_printers(output: str, default: str | None = None) -> list[Printer]:
    """Printers from `lpstat -p` output (C locale); the reason line follows a disabled one."""
    printers: list[Printer] = []
    for line in output.splitlines():
        match = re.match(r"printer (\S+) (.*)", line)
        if match:
            name, rest = match.groups()
            printers.append(Printer(name, "disabled" not in rest, name == default))
        elif line.startswith(("\t", " ")) and printers and line.strip():
            last = printers[-1]
            printers[-1] = Printer(last.name, last.enabled, last.is_default, line.strip())
    return printers


def default_printer() -> str | None:
    """The system's default printer, or None (no printer, or no print system)."""
    if sys.platform.startswith("win"):
        return next((p.name for p in list_printers() if p.is_default), None)
    if not shutil.which("lpstat"):
        return None
    try:
        match = re.search(r"system default destination: (\S+)", _text(_run(["lpstat", "-d"])))
    except (OSError, subprocess.TimeoutExpired):
        return None
    return match.group(1) if match else None


def list_printers() -> list[Printer]:
    """The printers the operating system knows (empty when none, or no print system)."""
    if sys.platform.startswith("win"):
        return _windows_printers()
    if not shutil.which("lpstat"):
        return []
    try:
        output = _text(_run(["lpstat", "-p"]))
    except (OSError, subprocess.TimeoutExpired):
        return []
    return parse_lpstat_printers(output, default_printer())


def print_pdf(data: bytes, printer: str | None = None, *, title: str = "DealerDesk",
              fallback_path: str | Path | None = None) -> PrintResult:
    """Print PDF `data` on `printer` (None: the default printer).

    Raises PrintFailed (a PrinterUnavailable) after saving the PDF to `fallback_path`
    (default: `default_fallback_path(title)`) when no print system, no default printer,
    an unknown or offline printer, or a refused job prevents printing.
    """
    fallback = Path(fallback_path) if fallback_path else default_fallback_path(title)
    if sys.platform.startswith("win"):
        return _print_windows(data, printer, fallback)
    try:
        return _print_cups(data, printer, title)
    except _Refused as refused:
        saved = save_pdf(data, fallback)
        log.warning("printing %s failed (%s); saved to %s", title, refused.en, saved)
        raise PrintFailed(refused.zh, refused.en, saved) from None


class _Refused(Exception):
    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh, self.en = zh, en


def _print_cups(data: bytes, printer: str | None, title: str) -> PrintResult:
    if not shutil.which("lp"):
        raise _Refused("未找到打印系统（缺少 lp 命令）", "No print system found (the lp command is missing)")
    name = printer or default_printer()
    if not name:
        raise _Refused("没有设置默认打印机", "No default printer is set")
    _check_printer(name)
    try:
        result = _run(["lp", "-d", name, "-t", title], data)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise _Refused(f"打印服务无响应：{exc}", f"The print service did not respond: {exc}") from exc
    if result.returncode != 0:
        detail = _text(result)
        raise _Refused(f"打印机“{name}”拒绝了打印任务：{detail}",
                       f"Printer '{name}' refused the job: {detail}")
    match = _JOB_ID.search(_text(result))
    return PrintResult(name, match.group(1) if match else None)


def _check_printer(name: str) -> None:
    """Raise _Refused unless CUPS knows `name` and it is enabled (not offline)."""
    if not shutil.which("lpstat"):
        return  # lp alone will tell
    try:
        result = _run(["lpstat", "-p", name])
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise _Refused(f"打印服务无响应：{exc}", f"The print service did not respond: {exc}") from exc
    output = _text(result)
    if "scheduler is not running" in output.lower():
        raise _Refused("打印服务（CUPS）未运行", "The print service (CUPS) is not running")
    found = [p for p in parse_lpstat_printers(output) if p.name == name]
    if result.returncode != 0 or not found:
        raise _Refused(f"找不到打印机“{name}”", f"Printer '{name}' was not found")
    if not found[0].enabled:
        reason = f"：{found[0].reason}" if found[0].reason else ""
        raise _Refused(f"打印机“{name}”已停用或离线{reason}",
                       f"Printer '{name}' is disabled or offline{reason.replace('：', ': ')}")


def _print_windows(data: bytes, printer: str | None, fallback: Path) -> PrintResult:
    """Save, then ask the PDF viewer to print it: the file must outlive this call."""
    path = save_pdf(data, fallback)
    try:
        if printer:
            os.startfile(str(path), "printto", f'"{printer}"')  # type: ignore[attr-defined]
        else:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]
    except OSError as exc:
        raise PrintFailed(f"无法打印（{exc}）", f"Could not print ({exc})", path) from exc
    return PrintResult(printer or default_printer() or "", None, path)


def _windows_printers() -> list[Printer]:
    """Printers from PowerShell's Win32_Printer (name, default, offline)."""
    script = ("Get-CimInstance Win32_Printer | ForEach-Object "
              "{ \"$($_.Default)`t$($_.WorkOffline)`t$($_.Name)\" }")
    try:
        result = _run(["powershell", "-NoProfile", "-NonInteractive", "-Command", script])
    except (OSError, subprocess.TimeoutExpired):
        return []
    printers = []
    for line in result.stdout.decode("utf-8", "replace").splitlines():
        parts = line.split("\t", 2)
        if len(parts) == 3:
            printers.append(Printer(parts[2], parts[1] != "True", parts[0] == "True"))
    return printers
