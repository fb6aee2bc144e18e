"""`main.py user add NAME --role ROLE --password-stdin`, `user list` and `--as`: accounts
from the command line, each recorded in the audit with who ran it."""

from __future__ import annotations

import getpass
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]


def _run(tmp_path: Path, url: str, *args: str, stdin: str = "") -> tuple[int, str, str]:
    env = {**os.environ, "DEALERDESK_DATA": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DEALERDESK_DB", None)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", url, *args],
                          cwd=tmp_path, env=env, input=stdin, capture_output=True, text=True,
                          encoding="utf-8", timeout=120)
    return done.returncode, done.stdout, done.stderr


def test_user_add_list_and_acting_as_an_account(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    code, out, err = _run(tmp_path, url, "user", "add", "boss", "--role", "manager",
                          "--password-stdin", stdin="boss-password-1\n")
    assert code == 0 and "boss" in out, err
    code, out, err = _run(tmp_path, url, "user", "add", "desk1", "--role", "reception",
                          "--pin-stdin", stdin="2468\n")
    assert code == 0, err
    code, out, err = _run(tmp_path, url, "user", "add", "weak", "--role", "technician",
                          "--password-stdin", stdin="short\n")
    assert code == 2 and "密码至少 8 位" in err
    code, out, err = _run(tmp_path, url, "user", "add", "x", "--role", "pilot",
                          "--password-stdin", stdin="long-enough-1\n")
    assert code == 2 and "pilot" in err
    code, out, err = _run(tmp_path, url, "--as", "boss", "user", "list")
    assert code == 0, err
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows == [["boss", "manager", "password", "-", "active"],
                    ["desk1", "reception", "-", "pin", "active"]]
    code, out, err = _run(tmp_path, url, "--as", "desk1", "user", "add", "y", "--role",
                          "manager", "--password-stdin", stdin="long-enough-1\n")
    assert code == 2 and "无权" in err            # reception may not add accounts
    code, out, err = _run(tmp_path, url, "--as", "nobody", "user", "list")
    assert code == 2 and "nobody" in err
    engine = create_engine(url)
    with engine.connect() as conn:
        who = conn.execute(text("SELECT who FROM audit_log WHERE action = 'create' "
                                "ORDER BY id")).scalars().all()
    engine.dispose()
    assert who == [f"cli:{getpass.getuser()}"] * 2
