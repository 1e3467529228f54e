"""The embedded store: SQLite in WAL mode, recorded migrations, one transaction per document.

Writes are idempotent: a document already stored with the same content changes nothing; the same text
under another id is recorded as a skipped duplicate; re-coding a document replaces its events atomically.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..errors import StoreError
from ..records import Coding, Event

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            content_hash TEXT,
            origin TEXT,
            title TEXT,
            url TEXT,
            published TEXT,
            outlet TEXT,
            text TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('coded', 'skipped', 'failed')),
            reason TEXT,
            n_events INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX documents_hash ON documents(content_hash);
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            event_type TEXT NOT NULL,
            modality TEXT NOT NULL,
            date TEXT,
            attributed INTEGER NOT NULL,
            score REAL,
            quad INTEGER NOT NULL,
            json TEXT NOT NULL
        );
        CREATE INDEX events_doc ON events(doc_id);
        CREATE INDEX events_type_date ON events(event_type, date);
        CREATE TABLE event_actors (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('actor', 'recipient', 'source')),
            code TEXT NOT NULL,
            PRIMARY KEY (event_id, role, code)
        );
        CREATE INDEX event_actors_code ON event_actors(code, role);
        """,
    ),
    (
        2,
        """
        CREATE INDEX events_date ON events(date);
        CREATE TABLE clusters (
            id INTEGER PRIMARY KEY,
            event_type TEXT NOT NULL,
            modality TEXT NOT NULL,
            basis TEXT NOT NULL CHECK (basis IN ('asserted', 'claimed', 'denied')),
            actors TEXT NOT NULL,
            recipients TEXT NOT NULL,
            first_date TEXT,
            last_date TEXT,
            n_reports INTEGER NOT NULL,
            n_outlets INTEGER NOT NULL,
            n_sources INTEGER NOT NULL,
            confirmed_by INTEGER REFERENCES clusters(id) ON DELETE SET NULL,
            denied_by INTEGER REFERENCES clusters(id) ON DELETE SET NULL
        );
        CREATE INDEX clusters_first ON clusters(first_date);
        CREATE TABLE cluster_members (
            event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
            cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
            source TEXT NOT NULL
        );
        CREATE INDEX cluster_members_cluster ON cluster_members(cluster_id);
        CREATE TABLE document_sources (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            day TEXT
        );
        CREATE INDEX document_sources_day ON document_sources(day);
        """,
    ),
]


@dataclass(frozen=True)
class SaveResult:
    doc_id: str
    outcome: str  # "stored", "unchanged", "duplicate"
    status: str
    reason: str | None


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None
    recipient: str | None = None
    event_type: str | None = None
    since: str | None = None
    until: str | None = None
    attributed: bool | None = None
    doc_id: str | None = None
    limit: int | None = None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SQLiteStore:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA busy_timeout=10000")
            self._migrate()
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open store {path}: {exc}; pass --db with a writable file path") from exc

    def _migrate(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        applied = {row[0] for row in self.db.execute("SELECT version FROM schema_migrations")}
        for version, script in MIGRATIONS:
            if version in applied:
                continue
            with self.transaction():
                for statement in filter(str.strip, script.split(";")):
                    self.db.execute(statement)
                self.db.execute("INSERT INTO schema_migrations VALUES (?, ?)", (version, _now()))

    def transaction(self) -> _Transaction:
        return _Transaction(self.db)

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()[0])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------- writes ---------------------------------------------------------------------------------
    def known(self, doc_id: str, content_hash: str) -> SaveResult | None:
        """What saving a document with this id and text would do without coding it again, if it is known."""
        row = self.db.execute("SELECT id, status FROM documents WHERE content_hash = ? AND status = 'coded' LIMIT 1", (content_hash,)).fetchone()
        if row is None:
            return None
        if row[0] == doc_id:
            return SaveResult(doc_id, "unchanged", "coded", "already stored")
        return SaveResult(doc_id, "duplicate", "skipped", f"duplicate of {row[0]}")

    def save(self, coding: Coding) -> SaveResult:
        document = coding.document
        content_hash = document.content_hash if document.text else None
        if content_hash and (known := self.known(document.id, content_hash)) is not None:
            if known.outcome == "duplicate":
                self._write_status(coding, "skipped", known.reason, None)
            return known
        with self.transaction():
            self._write_status(coding, coding.status, coding.reason, content_hash)
            self.db.execute("DELETE FROM events WHERE doc_id = ?", (document.id,))
            for event in coding.events:
                self._insert_event(event)
        return SaveResult(document.id, "stored", coding.status, coding.reason)

    def _write_status(self, coding: Coding, status: str, reason: str | None, content_hash: str | None) -> None:
        d = coding.document
        with self.transaction():
            self.db.execute(
                """INSERT INTO documents (id, content_hash, origin, title, url, published, outlet, text, status, reason, n_events, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(id) DO UPDATE SET content_hash=excluded.content_hash, origin=excluded.origin,
                     title=excluded.title, url=excluded.url, published=excluded.published, outlet=excluded.outlet,
                     text=excluded.text, status=excluded.status, reason=excluded.reason, n_events=excluded.n_events,
                     updated_at=excluded.updated_at""",
                (d.id, content_hash, d.origin, d.title, d.url, d.published, d.outlet, d.text if content_hash else "",
                 status, reason, len(coding.events) if status == "coded" else 0, _now()),
            )

    def _insert_event(self, event: Event) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event.id, event.doc_id, event.event_type, event.modality, event.date, event.attribution is not None,
             event.score, event.quad, event.to_json()),
        )
        roles = [("actor", c) for c in event.actor_codes] + [("recipient", c) for c in event.recipient_codes]
        if event.attribution and event.attribution.source and event.attribution.source.code:
            roles.append(("source", event.attribution.source.code))
        self.db.executemany("INSERT OR IGNORE INTO event_actors VALUES (?, ?, ?)", [(event.id, r, c) for r, c in roles])

    # ---------- reads ----------------------------------------------------------------------------------
    def events(self, where: EventFilter = EventFilter()) -> Iterator[Event]:
        clauses, params = ["1=1"], []
        for role, code in (("actor", where.actor), ("recipient", where.recipient)):
            if code:
                clauses.append("id IN (SELECT event_id FROM event_actors WHERE role = ? AND code = ?)")
                params += [role, code.upper()]
        for clause, value in (("event_type = ?", where.event_type and where.event_type.upper()), ("date >= ?", where.since),
                              ("substr(date, 1, length(?)) <= ?", where.until), ("doc_id = ?", where.doc_id)):
            if value:
                clauses.append(clause)
                params += [value, value] if clause.startswith("substr") else [value]
        if where.attributed is not None:
            clauses.append("attributed = ?")
            params.append(int(where.attributed))
        sql = f"SELECT json FROM events WHERE {' AND '.join(clauses)} ORDER BY date, doc_id, id"
        if where.limit:
            sql += f" LIMIT {int(where.limit)}"
        for (payload,) in self.db.execute(sql, params):
            yield Event.model_validate_json(payload)

    def documents(self, status: str | None = None) -> list[dict[str, object]]:
        sql = "SELECT id, status, reason, n_events, title, origin, published, updated_at FROM documents"
        rows = self.db.execute(sql + (" WHERE status = ?" if status else "") + " ORDER BY updated_at, id", (status,) if status else ())
        names = ["id", "status", "reason", "events", "title", "origin", "published", "updated_at"]
        return [dict(zip(names, row)) for row in rows]

    def counts(self) -> dict[str, int]:
        out = {status: n for status, n in self.db.execute("SELECT status, count(*) FROM documents GROUP BY status")}
        out["events"] = self.db.execute("SELECT count(*) FROM events").fetchone()[0]
        return out


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error; nested use joins the outer transaction."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.outer = False

    def __enter__(self) -> None:
        self.outer = not self.db.in_transaction
        if self.outer:
            self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if self.outer:
            self.db.execute("ROLLBACK" if exc_type else "COMMIT")


def open_store(path: Path | str | None = None) -> SQLiteStore:
    from ..settings import load_settings

    return SQLiteStore(path or load_settings().db)


__all__ = ["SQLiteStore", "EventFilter", "SaveResult", "open_store"]
