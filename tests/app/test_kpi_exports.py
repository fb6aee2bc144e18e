"""The KPI report's CSV and printed PDF, read back (csv module; pdftotext, pdftoppm)."""

from __future__ import annotations

import csv
import io
import re
import subprocess

import pytest

from app.services import kpi, kpi_export
from tests import kpi_seed


@pytest.fixture
def group(db):
    return kpi_seed.seed_group(db)


def test_the_csv_has_every_kpi_of_the_store_with_its_counts(db, group):
    report = kpi.month_report(db, kpi_seed.MONTH, "store", group.gz01)
    rows = list(csv.DictReader(io.StringIO(kpi_export.report_csv(report, "en"))))
    store_rows = {r["kpi"]: r for r in rows if r["level"] == "Store"}
    assert {k: (r["numerator"], int(r["denominator"])) for k, r in store_rows.items()} == {
        code: (str(num), den) for code, (num, den) in kpi_seed.EXPECTED.items()}
    assert store_rows["booking_share"]["value"] == "40.0"
    assert {r["place"] for r in rows if r["level"] == "consultant"} == {"李强", "王敏"}


def test_the_group_csv_in_chinese_has_its_divisions(db, group):
    report = kpi.month_report(db, kpi_seed.MONTH, "group")
    rows = list(csv.reader(io.StringIO(kpi_export.report_csv(report, "zh"))))
    assert rows[0][:4] == ["期间", "层级", "代码", "范围"]
    assert {r[3] for r in rows[1:] if r[1] == "大区"} == {"华南大区", "华东大区"}
    assert {r[3] for r in rows[1:] if r[1] == "集团"} == {"集团"}


def test_the_pdf_reads_back_with_every_kpi_and_its_counts(db, group, tmp_path):
    report = kpi.month_report(db, kpi_seed.MONTH, "division", group.south_id)
    title, pdf = kpi_export.report_pdf(db, report, group.gz01)
    path = tmp_path / "kpi.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "2026-11" in title
    assert "经营指标报表" in text and "华南大区" in text and "广州天河店" in text
    assert "预约进厂占比" in text
    assert re.search(r"50\.0%\s+3\s+6\s+由预约开出的工单", text)    # GZ01 2/5 + GZ02 1/1
    assert "GZ01" in text and "GZ02" in text and "李强" in text
    assert re.search(r"¥30\.00\s+60\.00\s+2\s", text)              # GZ01's ¥60 for 2 visits
    assert "成交订单" in text and "Ordered" in text
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path),
                    str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 0
