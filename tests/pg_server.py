"""A private PostgreSQL server a test may stop and start (outage tests).

It lives in the test's temporary folder, listens on a free loopback port and is removed
afterwards; tests using it skip when PostgreSQL's binaries are not installed.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    return Path(found[-1]) if found else None


class PostgresServer:
    """`start()`, `stop()` and `url(dbname)` of a throw-away cluster."""

    def __init__(self, folder: Path) -> None:
        self.bin = _bin_dir()
        if self.bin is None or not (self.bin / "initdb").exists():
            pytest.skip("PostgreSQL binaries are not installed")
        self.folder = folder
        self.data = folder / "pgdata"
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        folder.mkdir(parents=True, exist_ok=True)
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            shutil.chown(folder, "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-E", "UTF8", "-U", "postgres")

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        self._run("pg_ctl", "-D", str(self.data), "-w", "-l", str(self.folder / "log"), "-o",
                  f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off",
                  "start")

    def stop(self) -> None:
        """Stop the server at once (open connections are cut)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL of `database` on this server."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_store(self, name: str = "store") -> str:
        """A new database migrated to head; its URL."""
        from sqlalchemy import create_engine, text

        from app.db import migrate

        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        migrate(self.url(name))
        return self.url(name)


@pytest.fixture
def pg_server():
    """A started private PostgreSQL server, stopped and removed after the test.

    Its folder is directly under the temporary directory: the `postgres` user (when the
    tests run as root) cannot enter pytest's private one.
    """
    folder = Path(tempfile.mkdtemp(prefix="dealerdesk-pg-"))
    try:
        server = PostgresServer(folder)
        server.start()
        yield server
        try:
            server.stop()
        except subprocess.CalledProcessError:
            pass            # already stopped by the test
    finally:
        shutil.rmtree(folder, ignore_errors=True)
