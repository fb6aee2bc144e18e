"""`main.py report --month YYYY-MM [--store CODE|--group] [--json]`: every KPI with its
numerator and denominator, as the person named by `--as`."""

from __future__ import annotations

import io
import json

import pytest

import main
from tests import kpi_seed


@pytest.fixture
def group(db, database_url, tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    seeded = kpi_seed.seed_group(db)
    for login, role in (("boss", "manager"), ("tech", "technician")):
        monkeypatch.setattr("sys.stdin", io.StringIO("boss-password-1\n"))
        assert main.main(["--db", database_url, "user", "add", login, "--role", role,
                          "--password-stdin", "--store", str(seeded.gz01)]) == 0
    return seeded


def test_a_store_month_as_json_has_every_numerator_and_denominator(database_url, group, capsys):
    capsys.readouterr()
    assert main.main(["--db", database_url, "--as", "boss", "report", "--month",
                      kpi_seed.MONTH, "--store", "GZ01", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {k["code"]: (k["numerator"], k["denominator"]) for k in data["kpis"]} == {
        code: (str(num), den) for code, (num, den) in kpi_seed.EXPECTED.items()}


def test_the_group_as_text_names_each_kpi_with_its_counts(database_url, group, capsys):
    capsys.readouterr()
    assert main.main(["--db", database_url, "--lang", "en", "--as", "boss", "report",
                      "--month", kpi_seed.MONTH, "--group"]) == 0
    out = capsys.readouterr().out
    assert "Group" in out and "华南大区" in out and "华东大区" in out
    share = next(line for line in out.splitlines() if "Bookings share" in line)
    assert "3 / 8" in share and "37.5%" in share


def test_refusals_are_one_line_in_the_users_language(database_url, group, capsys):
    capsys.readouterr()
    assert main.main(["--db", database_url, "--as", "boss", "report", "--month", "2026-13",
                      "--group"]) == 2
    assert "YYYY-MM" in capsys.readouterr().err
    assert main.main(["--db", database_url, "--as", "boss", "report", "--month", "2026-11",
                      "--store", "XX99"]) == 2
    assert "XX99" in capsys.readouterr().err
    assert main.main(["--db", database_url, "--as", "tech", "report", "--month", "2026-11",
                      "--group"]) == 2
    assert "无权" in capsys.readouterr().err



def _group_json(database_url, capsys) -> dict:
    assert main.main(["--db", database_url, "--as", "boss", "report", "--month",
                      kpi_seed.MONTH, "--group", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_kpi_days_counts_the_daily_figures_and_the_group_report_stays_the_same(
        database_url, group, capsys):
    capsys.readouterr()
    live = _group_json(database_url, capsys)
    assert main.main(["--db", database_url, "--as", "boss", "kpi-days", "--from", "2026-11-01",
                      "--to", "2026-11-30", "--json"]) == 0
    counted = json.loads(capsys.readouterr().out)
    assert (counted["first"], counted["last"], counted["days"]) == ("2026-11-01", "2026-11-30",
                                                                   30)
    assert counted["rows"] > 0
    assert _group_json(database_url, capsys) == live


def test_kpi_days_refuses_an_open_day(database_url, group, capsys):
    capsys.readouterr()
    assert main.main(["--db", database_url, "--lang", "en", "--as", "boss", "kpi-days",
                      "--from", "2026-11-01", "--to", "2999-01-01"]) != 0
    captured = capsys.readouterr()
    assert "closed days" in captured.err + captured.out
