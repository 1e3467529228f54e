import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from flashpoint.cli import main

pytestmark = pytest.mark.backends  # the tests with a store (db_url) run on SQLite and on PostgreSQL

ARTICLE = "Chile and Peru signed a fisheries agreement in Lima on Tuesday, the foreign ministry said.\n"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_code_prints_jsonl_events(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    result = run("code", str(path), "--published", "2024-05-07", "--format", "jsonl")
    assert result.exit_code == 0
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and all(e["date"].startswith("2024-05") for e in events)


def test_code_reads_stdin_and_rejects_bad_dates() -> None:
    assert run("code", "-", "--format", "csv", input=ARTICLE).exit_code == 0
    bad = run("code", "-", "--published", "yesterday", input=ARTICLE)
    assert bad.exit_code == 2 and "not a date: use YYYY-MM-DD" in bad.output


def test_nothing_processable_exits_1_with_one_line_per_problem(tmp_path: Path) -> None:
    result = run("code", str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"failed: {tmp_path / 'missing.txt'}: no such file or folder"


def test_ingest_is_idempotent_and_records_every_status(tmp_path: Path, db_url: str) -> None:
    db = db_url
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE)
    (tmp_path / "in" / "copy.jsonl").write_text(json.dumps({"id": "copy", "text": ARTICLE}) + "\n{broken\n")
    (tmp_path / "in" / "empty.txt").write_text("  \n")
    first = run("ingest", str(tmp_path / "in"), "--db", str(db), "--published", "2024-05-07")
    assert first.exit_code == 0
    assert first.stdout.startswith("1 documents coded, 2 skipped, 1 failed;")
    second = run("ingest", str(tmp_path / "in"), "--db", str(db))
    assert "1 already stored (unchanged)" in second.stdout
    docs = [json.loads(line) for line in run("documents", "--db", str(db), "--format", "jsonl").stdout.splitlines()]
    assert sorted(d["status"] for d in docs) == ["coded", "failed", "skipped", "skipped"]
    assert any(d["reason"].startswith("duplicate of") for d in docs if d["status"] == "skipped")
    events_once = run("events", "--db", str(db), "--format", "jsonl").stdout
    assert events_once and events_once == run("events", "--db", str(db), "--format", "jsonl").stdout


def test_events_filters_and_export(tmp_path: Path, db_url: str) -> None:
    db = db_url
    (tmp_path / "a.txt").write_text(ARTICLE)
    run("ingest", str(tmp_path / "a.txt"), "--db", str(db), "--published", "2024-05-07")
    assert run("events", "--db", str(db), "--actor", "CHL").exit_code == 0
    none = run("events", "--db", str(db), "--actor", "ZZZ")
    assert none.exit_code == 1 and "no events match" in none.stderr
    out = tmp_path / "events.parquet"
    assert run("export", "--db", str(db), "--format", "parquet", "-o", str(out)).exit_code == 0
    assert len(pd.read_parquet(out)) >= 1


def test_unwritable_store_is_a_clean_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("events", "--db", str(blocker / "sub" / "e.db"))
    assert result.exit_code == 2 and result.stderr.startswith("Error: cannot open store")


def test_an_unreachable_server_or_a_missing_driver_is_a_clean_error(tmp_path: Path, monkeypatch) -> None:
    result = run("events", "--db", f"postgresql://nobody@/flashpoint?host={tmp_path}")  # no server listens there
    assert result.exit_code == 2 and result.stderr.startswith("Error: cannot open store postgresql://nobody@/flashpoint")
    assert "is the PostgreSQL server running" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    monkeypatch.setitem(__import__("sys").modules, "psycopg", None)  # as without the [postgres] extra
    missing = run("events", "--db", "postgresql://localhost/flashpoint")
    assert missing.exit_code == 2 and "pip install 'flashpoint[postgres]'" in missing.stderr


def test_flashpoint_db_names_the_store_when_db_is_not_given(tmp_path: Path, db_url: str, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    monkeypatch.setenv("FLASHPOINT_DB", db_url)
    assert run("ingest", str(tmp_path / "a.txt"), "--published", "2024-05-07").exit_code == 0
    assert [d["status"] for d in map(json.loads, run("documents", "--format", "jsonl").stdout.splitlines())] == ["coded"]
