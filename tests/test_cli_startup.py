"""Start-up and command-line failures: one line in the user's language, exit code 2, no
traceback (unless --debug), for every command; the desk opens with its banner instead."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(tmp_path: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "DEALERDESK_DATA": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DEALERDESK_DB", None)
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8")


def _finish(process: subprocess.Popen) -> tuple[int, list[str], str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, [line for line in err.splitlines() if line.strip()], out


COMMANDS = {
    "migrate": ["migrate"],
    "seed": ["seed", "--customers", "5"],
    "quote": ["quote", "--id", "1"],
    "gate": ["gate", "--source", "gate.mp4"],
}


def test_every_command_with_the_database_down_says_so_in_one_line(tmp_path):
    url = f"postgresql+psycopg://dealer@127.0.0.1:{_closed_port()}/store"
    running = {name: _start(tmp_path, "--db", url, *args) for name, args in COMMANDS.items()}
    running["en"] = _start(tmp_path, "--db", url, "--lang", "en", "migrate")
    running["debug"] = _start(tmp_path, "--db", url, "--debug", "migrate")
    results = {name: _finish(p) for name, p in running.items()}
    for name in COMMANDS:
        code, err, _ = results[name]
        assert code == 2 and len(err) == 1, (name, err)
        assert err[0].startswith("无法连接数据库：") and "Connection refused" in err[0], err
    code, err, _ = results["en"]
    assert code == 2 and err == [err[0]] and err[0].startswith("The database cannot be reached")
    code, err, _ = results["debug"]
    assert code == 2 and any("Traceback" in line for line in err)


def test_the_desk_opens_when_the_database_is_down(tmp_path):
    url = f"postgresql+psycopg://dealer@127.0.0.1:{_closed_port()}/store"
    shot = tmp_path / "desk.png"
    code, err, _ = _finish(_start(tmp_path, "--db", url, "--quit-after", "1500",
                                  "--screenshot", str(shot)))
    assert code == 0 and shot.exists()
    assert not any("Traceback" in line for line in err), err


@pytest.mark.parametrize("url, expected", [
    ("postgres//nohost", "数据库地址无效"),
    ("nosuchdriver://x/y", "数据库地址无效"),
])
def test_a_wrong_url_is_one_line(tmp_path, url, expected):
    code, err, _ = _finish(_start(tmp_path, "--db", url, "migrate"))
    assert code == 2 and len(err) == 1 and expected in err[0], err


def test_a_schema_newer_than_the_program_is_refused(tmp_path):
    path = tmp_path / "future.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('0099_future')"))
    engine.dispose()
    code, err, _ = _finish(_start(tmp_path, "--db", f"sqlite:///{path}", "seed"))
    assert code == 2 and len(err) == 1 and "数据库结构比本程序新" in err[0], err


def test_a_wrong_password_is_named(db_kind):
    """The server's own words for a refused login (as psycopg reports them)."""
    from sqlalchemy.exc import OperationalError

    from app.db import explain

    orig = Exception('connection failed: connection to server at "10.0.0.5", port 5432 '
                     'failed: FATAL:  password authentication failed for user "dealer"\n')
    error = explain(OperationalError("connect", {}, orig))
    assert "密码错误" in error.zh and "wrong user name or password" in error.en


@pytest.mark.parametrize("args, expected", [
    (["seed", "--customers", "-5"], "不能为负数"),
    (["seed", "--customers", "many"], "须为整数"),
    (["quote", "--id", "-1"], "不能为负数"),
])
def test_negative_or_malformed_counts_are_refused(tmp_path, args, expected):
    code, err, _ = _finish(_start(tmp_path, "--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", *args))
    assert code == 2 and len(err) == 1 and expected in err[0], err
