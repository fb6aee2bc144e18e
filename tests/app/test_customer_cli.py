"""`main.py customer export ID --out PATH` and `main.py customer erase ID --yes`, each with
its audit row."""

from __future__ import annotations

import io
import json
import stat
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

import main
from app.models import AuditLog, Customer, Vehicle
from app.services import customers, vehicles


@pytest.fixture
def zhang(db, database_url, tmp_path, monkeypatch):
    """张伟 with a car, and a manager account `boss` (only a manager may export or erase)."""
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    c = customers.create_customer(db, name="张伟", salutation="先生", mobile="13812345678")
    vehicles.add_vehicle(db, plate="粤B12345", owner_id=c.id)
    monkeypatch.setattr("sys.stdin", io.StringIO("boss-password-1\n"))
    assert main.main(["--db", database_url, "user", "add", "boss", "--role", "manager",
                      "--password-stdin"]) == 0
    return c.id


def test_only_a_manager_exports_or_erases(db, database_url, zhang, tmp_path, capsys):
    capsys.readouterr()
    assert main.main(["--db", database_url, "customer", "export", str(zhang),
                      "--out", str(tmp_path / "x.json")]) == 2      # the command line itself
    assert "无权" in capsys.readouterr().err and not (tmp_path / "x.json").exists()
    assert main.main(["--db", database_url, "customer", "erase", str(zhang), "--yes"]) == 2
    with db.session() as s:
        assert s.get(Customer, zhang) is not None


def audit_rows(db, action: str) -> list[AuditLog]:
    with db.session() as s:
        rows = list(s.scalars(select(AuditLog).where(AuditLog.action == action)))
        s.expunge_all()
        return rows


def test_export_writes_json_and_pdf_privately_and_audits(db, database_url, zhang, tmp_path,
                                                          capsys):
    out = tmp_path / "zhang.json"
    capsys.readouterr()
    assert main.main(["--db", database_url, "--as", "boss", "customer", "export", str(zhang),
                      "--out", str(out)]) == 0
    pdf = out.with_suffix(".pdf")
    assert capsys.readouterr().out.split() == [str(out), str(pdf)]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["customer_id"] == zhang
    assert data["tables"]["customers"][0]["mobile"] == "13812345678"
    assert data["tables"]["vehicles"][0]["plate"] == "粤B12345"
    for path in (out, pdf):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "张伟" in text and "粤B12345" in text
    (row,) = audit_rows(db, "export")
    assert row.who == "boss" and row.entity_id == zhang


def test_erase_asks_for_yes_then_erases_and_audits(db, database_url, zhang, capsys):
    capsys.readouterr()
    assert main.main(["--db", database_url, "--as", "boss", "customer", "erase", str(zhang)]) == 2
    assert "--yes" in capsys.readouterr().err
    with db.session() as s:
        assert s.get(Customer, zhang).name == "张伟"            # nothing done without --yes
    assert audit_rows(db, "erase") == []
    assert main.main(["--db", database_url, "--as", "boss", "customer", "erase", str(zhang),
                      "--yes"]) == 0
    assert f"customer {zhang} erased" in capsys.readouterr().out
    with db.session() as s:
        assert s.get(Customer, zhang) is None
        assert s.scalars(select(Vehicle)).all() == []
    (row,) = audit_rows(db, "erase")
    assert row.who == "boss" and row.entity_id == zhang
    assert "张伟" not in json.dumps(row.after, ensure_ascii=False)


def test_unknown_customer_is_a_clear_refusal(db, database_url, zhang, tmp_path, capsys):
    capsys.readouterr()
    code = main.main(["--lang", "en", "--db", database_url, "--as", "boss", "customer",
                      "export", "99999",
                      "--out", str(tmp_path / "x.json")])
    assert code == 2 and "99999" in capsys.readouterr().err
    assert not Path(tmp_path / "x.json").exists()
