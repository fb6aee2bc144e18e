"""`python main.py quote --id N --pdf PATH` / `--print [PRINTER]` on a seeded store."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.services import quote_commands, quotes
from app.services.common import store_today
from tests.sales_seed import seed_sales

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def seeded(db, sales_store):
    summary = seed_sales(db, store_id=sales_store, rng=random.Random(3))
    assert summary.quotes and "given" in summary.statuses
    return db


def main(database_url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEALERDESK_DATA": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", database_url, "quote",
                           *args], capture_output=True, text=True, env=env, timeout=120,
                          cwd=tmp_path, check=False)


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_quote_one_saved_as_pdf(seeded, database_url, tmp_path):
    out = tmp_path / "out.pdf"
    result = main(database_url, tmp_path, "--id", "1", "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    doc = quotes.quote_document(seeded, 1)
    text = pdf_text(out)
    assert doc.number in text and doc.customer_name in text
    for line in doc.lines:
        assert f"{abs(line.amount):,.2f}" in text
    assert f"{doc.total:,.2f}" in text


def test_printing_to_a_missing_printer_saves_the_pdf(seeded, database_url, tmp_path):
    result = main(database_url, tmp_path, "--id", "1", "--print", "no-such-printer")
    assert result.returncode == 2
    assert "PDF" in result.stderr
    saved = list((tmp_path / "data" / "printouts").glob("*.pdf"))
    assert len(saved) == 1
    assert quotes.quote_document(seeded, 1).number in pdf_text(saved[0])


def test_unknown_quote_is_a_clear_error(seeded, database_url, tmp_path):
    result = main(database_url, tmp_path, "--id", "999", "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "找不到该报价单" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_revision_file_name_and_print_fallback_in_process(seeded, tmp_path, monkeypatch):
    latest = next(r for r in quotes.list_quotes(seeded, today=store_today() + timedelta(1))
                  if r.revision > 1)
    title, data = quote_commands.quote_pdf(seeded, latest.id)
    assert title == f"{latest.number}-R{latest.revision}" and data[:4] == b"%PDF"
    monkeypatch.chdir(tmp_path)
    assert quote_commands.run(seeded, latest.id) == 0
    assert (tmp_path / f"{title}.pdf").exists()
    from app.printing.printer import PrintFailed
    with pytest.raises(PrintFailed) as info:
        quote_commands.print_quote(seeded, latest.id, "no-such-printer",
                                   fallback_path=tmp_path / "fallback.pdf")
    assert info.value.saved_to == tmp_path / "fallback.pdf" and info.value.saved_to.exists()


def test_quote_pdf_into_a_folder_or_a_missing_folder_is_refused(seeded, database_url, tmp_path):
    for target, expected in ((tmp_path, "是文件夹"), (tmp_path / "nope" / "q.pdf", "不存在")):
        result = main(database_url, tmp_path, "--id", "1", "--pdf", str(target))
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert result.returncode == 2 and len(lines) == 1 and expected in lines[0], lines
    assert not (tmp_path / "nope").exists()
