"""What only the PostgreSQL store has: SQLite's SQL rewritten for psycopg, and passwords kept out of messages."""

from __future__ import annotations

import pytest

from flashpoint.errors import StoreError
from flashpoint.store import open_store
from flashpoint.settings import store_label
from flashpoint.store.postgres import translate


def test_sqlite_placeholders_become_psycopg_ones_outside_quotes() -> None:
    assert translate("SELECT * FROM t WHERE a = ? AND b = :name AND c::text = 'x:y ?'") == \
        "SELECT * FROM t WHERE a = %s AND b = %(name)s AND c::text = 'x:y ?'"
    assert translate("SELECT 7 % 2, 'a%b' FROM x CROSS JOIN y ON x.i = y.i") == "SELECT 7 %% 2, 'a%%b' FROM x JOIN y ON x.i = y.i"


def test_the_rewritten_sql_runs_on_the_server(postgres_server) -> None:
    with open_store(postgres_server.database()) as store:
        assert store.db.execute("SELECT 7 % 3, 'a%b:c', :x", {"x": "named"}).fetchone() == (1, "a%b:c", "named")
        assert store.db.execute("SELECT 7 % 3, 'a%b', ?", ("plain",)).fetchone() == (1, "a%b", "plain")


def test_a_password_in_the_url_never_reaches_a_message(postgres_server) -> None:
    assert store_label("postgresql://ana:s3cret@db.example:5433/events?sslmode=require") == \
        "postgresql://ana:***@db.example:5433/events?sslmode=require"
    url = postgres_server.url("nowhere").replace("postgres@", "postgres:s3cret@")
    with pytest.raises(StoreError) as error:
        open_store(url)
    assert "s3cret" not in str(error.value) and 'database "nowhere" does not exist' in str(error.value)
