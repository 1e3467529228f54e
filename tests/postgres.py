"""A throwaway PostgreSQL server for the tests and benchmarks: initdb into a temporary directory, listening only on
a Unix socket there, fsync off (its data dies with it) unless durable, stopped with `pg_ctl stop -m immediate`.

PostgreSQL refuses to run as root, so under root (CI, containers) the server runs as the `postgres` user the
Debian package creates, owning the temporary directory.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from itertools import count
from pathlib import Path
from urllib.parse import quote


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else the newest /usr/lib/postgresql/*/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0)
    return Path(folders[-1]) if folders else None


class TempServer:
    """Start with start(); database(name) creates an empty database and gives its URL; stop() ends it all."""

    def __init__(self, durable: bool = False) -> None:
        """durable: the server's defaults, every commit flushed to disk (what a benchmark compares with SQLite)."""
        self.durable = durable
        self.bin = binaries()
        if self.bin is None:
            raise RuntimeError("no PostgreSQL binaries (initdb, pg_ctl): apt-get install postgresql")
        self.dir = Path(tempfile.mkdtemp(prefix="flashpoint-pg-"))
        self.data, self.socket = self.dir / "data", self.dir / "run"
        self.socket.mkdir()
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.names = count()

    def _run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> TempServer:
        if self.as_user:
            self.dir.chmod(0o755)
            shutil.chown(self.dir, "postgres")
            shutil.chown(self.socket, "postgres")
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C")
        options = f"-k {self.socket} -c listen_addresses='' -c max_connections=50"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.dir / "log"), "-w", "-t", "60", "start")
        except subprocess.CalledProcessError as exc:
            log = (self.dir / "log").read_text(errors="replace") if (self.dir / "log").exists() else ""
            self.stop()
            raise RuntimeError(f"PostgreSQL did not start: {exc.stderr} {log[-2000:]}") from exc
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@/{database}?host={quote(str(self.socket), safe='/')}"

    def database(self, prefix: str = "t") -> str:
        """A new empty database (a copy of template1, without WAL-logging its files) and its URL."""
        import psycopg

        name = f"{prefix}{next(self.names)}"
        with psycopg.connect(self.url(), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name} STRATEGY FILE_COPY")
        return self.url(name)

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            subprocess.run([*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
                           capture_output=True, timeout=60)
        shutil.rmtree(self.dir, ignore_errors=True)
