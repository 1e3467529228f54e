from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def stored_documents(db: Path) -> int:
    """Documents a store holds so far, read while another process writes it (0 while it is locked or not yet made)."""
    try:
        with sqlite3.connect(db, timeout=0.1) as connection:
            return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here: clone the project with ../shared beside it (CI always has it)")
    return path


@pytest.fixture
def seeds() -> Path:
    return shared_path("seeds")


@pytest.fixture
def store(db_url: str):
    from flashpoint.store import open_store

    with open_store(db_url) as opened:
        yield opened


# ---------- the store's two backends ---------------------------------------------------------------------
# Test modules marked `pytestmark = pytest.mark.backends` run each test that uses `db_url` (or `store`) on SQLite
# and on PostgreSQL; elsewhere both fixtures are SQLite. Each PostgreSQL test gets a new empty database on one
# server started for the session (tests/postgres.py).
BACKENDS = ["sqlite", "postgresql"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "backends: run the module's store tests on SQLite and on PostgreSQL")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_url" in metafunc.fixturenames and metafunc.definition.get_closest_marker("backends"):
        metafunc.parametrize("db_url", BACKENDS, indirect=True)


@pytest.fixture(scope="session")
def postgres_server():
    from .postgres import TempServer, binaries

    if binaries() is None:
        pytest.skip("PostgreSQL is not installed (no initdb/pg_ctl): apt-get install postgresql (.ci/run does)")
    pytest.importorskip("psycopg", reason="the [postgres] extra is not installed: pip install -e '.[postgres]'")
    server = TempServer().start()
    yield server
    server.stop()


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's store lives: a SQLite file in tmp_path, or a new database on the session's server."""
    if getattr(request, "param", "sqlite") == "postgresql":
        return request.getfixturevalue("postgres_server").database()
    return str(tmp_path / "events.db")
