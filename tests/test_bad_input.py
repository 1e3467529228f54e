"""Issue 9: every kind of bad input gives one clear line, a recorded status and the documented exit code — never a
traceback — and leaves what is already stored unchanged. The README's "Bad input" table lists the same kinds."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from flashpoint.cli import main

ARTICLE = "Chile and Peru signed a fisheries agreement in Lima on Tuesday, the foreign ministry said."
OTHER = "Iran accused Israel of bombing its consulate in Damascus on Monday, state media reported."


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def jsonl(tmp: Path, *records: object) -> str:
    path = tmp / "in.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return str(path)


def write(tmp: Path, name: str, data: str | bytes) -> str:
    path = tmp / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(path)


# kind → (inputs under tmp, extra options, exit code, what stderr says, the status recorded for the input or None)
Options = list[str] | Callable[[Path], list[str]]
INGEST: dict[str, tuple[Callable[[Path], list[str]], Options, int, str, str | None]] = {
    "missing path": (lambda t: [str(t / "nope.txt")], [], 1, "no such file or folder", "failed"),
    "empty folder": (lambda t: [str((t / "d").mkdir() or t / "d")], [], 1, "folder has no readable files", "failed"),
    "empty text file": (lambda t: [write(t, "e.txt", "  \n")], [], 1, "empty text", "skipped"),
    "binary file": (lambda t: [write(t, "b.txt", bytes(range(256)) * 20)], [], 1, "binary data", "skipped"),
    "larger than the limit": (lambda t: [write(t, "big.txt", "x " * 3_000_000)], [], 1, "larger than 5 MB", "skipped"),
    "Spanish text": (lambda t: [write(t, "es.txt", "El gobierno de Colombia anunció el lunes que suspenderá las negociaciones con los rebeldes en La Habana.")], [], 1, "not English", "skipped"),
    "short Korean text": (lambda t: [write(t, "ko.txt", "북한은 월요일 미사일을 발사했다")], [], 1, "not English", "skipped"),
    "all capitals": (lambda t: [write(t, "caps.txt", "RUSSIA ATTACKS UKRAINE AGAIN AS TALKS STALL IN GENEVA AND ISTANBUL OVER THE WEEKEND")], [], 1, "all capitals", "skipped"),
    "malformed JSON line": (lambda t: [jsonl(t, "{not json")], [], 1, "in.jsonl:1: malformed JSON line", "failed"),
    "deeply nested JSON": (lambda t: [jsonl(t, '{"text": ' + "[" * 50_000 + "]" * 50_000 + "}")], [], 1, "nested too deeply", "failed"),
    "lone surrogate in text": (lambda t: [jsonl(t, '{"id": "s", "text": "Chile \\ud800 signed"}')], [], 1, "lone surrogate", "failed"),
    "lone surrogate in id": (lambda t: [jsonl(t, '{"id": "\\udc00", "text": "' + ARTICLE + '"}')], [], 1, "lone surrogate", "failed"),
    "JSON line not an object": (lambda t: [jsonl(t, "[1, 2]")], [], 1, "must hold a JSON object", "failed"),
    "no text field": (lambda t: [jsonl(t, {"id": "n", "title": "t"})], [], 1, "no 'text' or 'html' field", "failed"),
    "text is a number": (lambda t: [jsonl(t, {"id": "n", "text": 42})], [], 1, "no 'text' or 'html' field", "failed"),
    "empty text field": (lambda t: [jsonl(t, {"id": "n", "text": ""})], [], 1, "empty text", "skipped"),
    "far-future published": (lambda t: [jsonl(t, {"id": "f", "text": ARTICLE, "published": "2999-01-01"})], [], 1, "is in the future", "failed"),
    "impossible published": (lambda t: [jsonl(t, {"id": "f", "text": ARTICLE, "published": "2024-02-30"})], [], 1, "not a real day", "failed"),
    "unreadable published": (lambda t: [jsonl(t, {"id": "f", "text": ARTICLE, "published": "soon"})], [], 1, "not a date", "failed"),
    "UTF-16 file": (lambda t: [write(t, "u16.txt", ARTICLE.encode("utf-16"))], [], 0, "", "coded"),
    "Latin-1 file": (lambda t: [write(t, "l1.txt", (ARTICLE + " Caf\xe9.").encode("latin-1"))], [], 0, "", "coded"),
    "zero-width characters": (lambda t: [write(t, "zw.txt", ARTICLE.replace("ee", "e\u200be").replace(" ", " \u200f"))], [], 0, "", "coded"),
    "published in words": (lambda t: [jsonl(t, {"id": "w", "text": ARTICLE, "published": "May 10, 2024"})], [], 0, "", "coded"),
    "bad --published": (lambda t: [write(t, "a.txt", ARTICLE)], ["--published", "yesterday"], 2, "not a date", None),
    "future --published": (lambda t: [write(t, "a.txt", ARTICLE)], ["--published", "2999-01-01"], 2, "is in the future", None),
    "missing --actors file": (lambda t: [write(t, "a.txt", ARTICLE)], ["--actors", "/nonexistent/a.yaml"], 2, "does not exist", None),
    "aliases as a string": (lambda t: [write(t, "a.txt", ARTICLE)], lambda t: ["--actors", write(t, "act.yaml", "- name: A Group\n  aliases: AG\n  code: USA\n")], 2, "'aliases' must be a list", None),
    "actors file not YAML": (lambda t: [write(t, "a.txt", ARTICLE)], lambda t: ["--actors", write(t, "act.yaml", "- name: x\n - y: [")], 2, "is not valid YAML", None),
    "missing --settings file": (lambda t: [write(t, "a.txt", ARTICLE)], ["--settings", "/nonexistent/s.yaml"], 2, "cannot read settings file", None),
    "batch_size 0": (lambda t: [write(t, "a.txt", ARTICLE)], lambda t: ["--settings", write(t, "s.yaml", "batch_size: 0")], 2, "batch_size: must be greater than or equal to 1", None),
    "spacy_model not a pipeline": (lambda t: [write(t, "a.txt", ARTICLE)], lambda t: ["--settings", write(t, "s.yaml", "spacy_model: os")], 2, "not an installed spaCy pipeline", None),
    "unknown setting": (lambda t: [write(t, "a.txt", ARTICLE)], lambda t: ["--settings", write(t, "s.yaml", "batch_sise: 3")], 2, "batch_sise: unknown setting", None),
    "settings not a mapping": (lambda t: [write(t, "a.txt", ARTICLE)], lambda t: ["--settings", write(t, "s.yaml", "- 1")], 2, "must hold a mapping", None),
}


def _stored(db: Path) -> dict[str, tuple[str, str | None, int]]:
    if not db.exists():
        return {}
    with sqlite3.connect(db) as connection:
        return {r[0]: (r[1], r[2], r[3]) for r in connection.execute("SELECT id, status, text, n_events FROM documents")}


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> Path:
    """A store already holding one coded article: no bad input may change it."""
    tmp = tmp_path_factory.mktemp("stored")
    db = tmp / "events.db"
    assert run("ingest", write(tmp, "good.txt", OTHER), "--db", str(db), "--published", "2024-04-02").exit_code == 0
    return db


@pytest.mark.parametrize("kind", list(INGEST))
def test_ingest_bad_input(kind: str, tmp_path: Path, stored: Path) -> None:
    inputs, options, code, says, status = INGEST[kind]
    db = tmp_path / "events.db"
    db.write_bytes(stored.read_bytes())
    before = _stored(db)
    result = run("ingest", *inputs(tmp_path), "--db", str(db), *(options(tmp_path) if callable(options) else options))
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    assert says in result.output
    after = _stored(db)
    assert {k: v for k, v in after.items() if k in before} == before  # nothing already stored changed
    new = [v for k, v in after.items() if k not in before]
    if status is None:
        assert new == []
    else:
        assert [v[0] for v in new] == [status]
        assert all(v[1] != "None" for v in new)
    if code == 2:
        assert len([line for line in result.stderr.splitlines() if line.startswith("Error")]) == 1


def _corrupt(db: Path) -> None:
    size = db.stat().st_size
    with db.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xa5" * (size // 2))


STORE_KINDS = {
    "not a database": (lambda db: db.write_text("just text, not SQLite"), "not an intact Flashpoint store"),
    "damaged pages": (_corrupt, "not an intact Flashpoint store"),
    "a folder": (lambda db: db.mkdir(), "is a directory"),
}


@pytest.mark.parametrize("command", [["events"], ["documents"], ["export", "--format", "jsonl", "-o", "OUT"], ["series", "PRK"], ["alerts"], ["ingest", "IN"]])
@pytest.mark.parametrize("kind", list(STORE_KINDS))
def test_a_broken_store_is_one_line_and_exit_2(kind: str, command: list[str], tmp_path: Path, stored: Path) -> None:
    make, says = STORE_KINDS[kind]
    db = tmp_path / "events.db"
    if kind == "damaged pages":
        db.write_bytes(stored.read_bytes())
        for _ in range(3):  # enough rows that damage reaches pages every command reads
            run("ingest", write(tmp_path, "more.jsonl", "\n".join(json.dumps({"id": f"m{i}", "text": f"{ARTICLE} Item {i}."}) for i in range(40))),
                "--db", str(db), "--published", "2024-05-07")
    make(db)
    args = [str(tmp_path / "out.jsonl") if a == "OUT" else write(tmp_path, "a.txt", ARTICLE) if a == "IN" else a for a in command]
    result = run(*args, "--db", str(db))
    assert result.exit_code == 2, result.output
    assert says in result.stderr and "Traceback" not in result.output
    assert len([line for line in result.stderr.splitlines() if line.startswith("Error")]) == 1


def test_a_read_only_store_is_one_line_and_exit_2(tmp_path: Path, stored: Path, monkeypatch) -> None:
    from flashpoint.store import sqlite

    db = tmp_path / "events.db"
    db.write_bytes(stored.read_bytes())
    real = sqlite.SQLiteStore._write_status

    def read_only(self, *args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(sqlite.SQLiteStore, "_write_status", read_only)
    result = run("ingest", write(tmp_path, "a.txt", ARTICLE), "--db", str(db))
    assert result.exit_code == 2 and "the store is read-only" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    monkeypatch.setattr(sqlite.SQLiteStore, "_write_status", real)
    monkeypatch.setattr(sqlite.SQLiteStore, "transaction", lambda self: (_ for _ in ()).throw(sqlite3.OperationalError("attempt to write a readonly database")))
    result = run("series", "IRN", "--db", str(db))
    assert result.exit_code == 2 and "read-only" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("name", ["a#b.db", "a?b.db", "a%20b.db", "we#ird?name%.db"])
def test_store_paths_with_uri_characters_work_and_leave_no_stray_files(name: str, tmp_path: Path, stored: Path) -> None:
    (tmp_path / "s").mkdir()
    db = tmp_path / "s" / name
    db.write_bytes(stored.read_bytes())
    for args in (["series", "IRN"], ["alerts"], ["events"]):
        result = run(*args, "--db", str(db))
        assert result.exit_code in (0, 1) and "Traceback" not in result.output, result.output
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == [name]


@pytest.mark.parametrize(("args", "says"), [
    (["export", "--format", "jsonl", "-o", "/nonexistent/dir/x.jsonl"], "cannot write /nonexistent/dir/x.jsonl"),
    (["export", "--format", "parquet", "-o", "/nonexistent/dir/x.parquet"], "cannot write"),
    (["plot", "network", "-o", "/nonexistent/dir/n.png"], "cannot write"),
    (["plot", "IRN", "ISR", "-o", "/nonexistent/dir/d.png"], "cannot write"),
    (["events", "--limit", "0"], "0 is not in the range x>=1"),
    (["events", "--since", "2024-13"], "not a real day"),
    (["events", "--until", "last week"], "is not a date"),
])
def test_bad_options_and_unwritable_outputs(args: list[str], says: str, stored: Path) -> None:
    result = run(*args, "--db", str(stored))
    assert result.exit_code == 2, result.output
    assert says in result.output and "Traceback" not in result.output


def test_settings_after_the_command_work_as_before_it(tmp_path: Path, stored: Path) -> None:
    settings = write(tmp_path, "s.yaml", "batch_size: 0")
    for args in (["--settings", settings, "events"], ["events", "--settings", settings]):
        result = run(*args, "--db", str(stored))
        assert result.exit_code == 2 and "batch_size" in result.stderr
    good = write(tmp_path, "g.yaml", f"db: {stored}")
    assert run("events", "--settings", good, "--format", "jsonl").exit_code == 0


def test_reingest_semantics_versions_duplicates_and_a_corrected_date(tmp_path: Path) -> None:
    db = str(tmp_path / "e.db")
    path = write(tmp_path, "a.txt", ARTICLE)
    assert run("ingest", path, "--db", db, "--published", "2024-05-07").exit_code == 0
    again = run("ingest", path, "--db", db)
    assert "1 already stored (unchanged)" in again.stdout
    corrected = run("ingest", path, "--db", db, "--published", "2024-05-08")
    assert "1 documents coded (1 a new version of a stored id)" in corrected.stdout
    two = jsonl(tmp_path, {"id": "x", "text": ARTICLE + " First."}, {"id": "x", "text": ARTICLE + " Second."}, {"id": "y", "text": ARTICLE})
    result = run("ingest", two, "--db", db, "--published", "2024-05-07")
    assert result.stdout.startswith("2 documents coded (1 a new version of a stored id), 1 skipped")
    assert "duplicate of" in result.stderr
    with sqlite3.connect(db) as connection:
        rows = dict(connection.execute("SELECT id, version FROM documents WHERE id = 'x'"))
        events = connection.execute("SELECT count(*) FROM events").fetchone()[0]
        n_events = connection.execute("SELECT sum(n_events) FROM documents").fetchone()[0]
    assert rows == {"x": 2} and events == n_events
