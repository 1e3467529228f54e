"""What the store remembers about the web (migration 4): each watched source's state and each item's progress.

An item URL is queued ('pending') in the same transaction that records its feed's new ETag, and marked 'done' in
the same transaction that saves its document: a watch killed at any point resumes with exactly the items it had
not finished, and never stores one twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, UTC

from .sqlite import SaveResult, SQLiteStore


@dataclass(frozen=True)
class PendingItem:
    url: str
    source: str | None
    title: str | None
    published: str | None
    outlet: str | None
    attempts: int


@dataclass(frozen=True)
class SourceState:
    etag: str | None
    last_modified: str | None
    last_fetch: float | None  # seconds since the epoch, by the watch's clock


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class WebState:
    def __init__(self, store: SQLiteStore) -> None:
        self.store, self.db = store, store.db

    def finished(self, url: str) -> tuple[str, str | None] | None:
        """(status, reason) of an item already done, else None (new, or still to be tried)."""
        row = self.db.execute("SELECT status, reason FROM web_items WHERE url = ? AND state = 'done'", (url,)).fetchone()
        return (row[0], row[1]) if row else None

    def enqueue(self, source: str | None, items: Iterable[tuple[str, str | None, str | None]], outlet: str | None,
                again: bool = False) -> int:
        """Queue (url, title, published) items not seen before (or, with `again`, seen ones too); how many were new."""
        new = 0
        for url, title, published in items:
            cursor = self.db.execute("INSERT INTO web_items (url, source, title, published, outlet, state, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, 'pending', ?) ON CONFLICT DO NOTHING", (url, source, title, published, outlet, _now()))
            new += cursor.rowcount
            if not cursor.rowcount and again:
                self.db.execute("UPDATE web_items SET state = 'pending', attempts = 0 WHERE url = ?", (url,))
        return new

    def pending(self, sources: Iterable[str | None] | None = None) -> list[PendingItem]:
        sql = "SELECT url, source, title, published, outlet, attempts FROM web_items WHERE state = 'pending'"
        rows = [PendingItem(*row) for row in self.db.execute(sql + " ORDER BY rowid")]
        if sources is None:
            return rows
        wanted = set(sources)
        return [row for row in rows if row.source in wanted]

    def finish(self, item: PendingItem, result: SaveResult, transient: bool, attempts_allowed: int) -> None:
        """Done, unless it failed for a passing reason and has rounds left to try."""
        attempts = item.attempts + 1
        state = "pending" if transient and result.status == "failed" and attempts < attempts_allowed else "done"
        self.db.execute("UPDATE web_items SET state = ?, attempts = ?, doc_id = ?, status = ?, reason = ?, updated_at = ? WHERE url = ?",
                        (state, attempts, result.doc_id, result.status, result.reason, _now(), item.url))

    def source(self, name: str) -> SourceState:
        row = self.db.execute("SELECT etag, last_modified, last_fetch FROM web_sources WHERE name = ?", (name,)).fetchone()
        return SourceState(*row) if row else SourceState(None, None, None)

    def record_source(self, name: str, url: str, kind: str, when: float, status: str, seen: int = 0, new: int = 0,
                      error: bool = False, etag: str | None = None, last_modified: str | None = None, keep_validators: bool = False) -> None:
        self.db.execute(
            """INSERT INTO web_sources (name, url, kind, etag, last_modified, last_fetch, last_status, rounds, items_seen, items_new, errors)
               VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
               ON CONFLICT(name) DO UPDATE SET url=excluded.url, kind=excluded.kind,
                 etag=CASE WHEN ? THEN web_sources.etag ELSE excluded.etag END,
                 last_modified=CASE WHEN ? THEN web_sources.last_modified ELSE excluded.last_modified END,
                 last_fetch=excluded.last_fetch, last_status=excluded.last_status, rounds=web_sources.rounds + 1,
                 items_seen=web_sources.items_seen + excluded.items_seen, items_new=web_sources.items_new + excluded.items_new,
                 errors=web_sources.errors + excluded.errors""",
            (name, url, kind, etag, last_modified, when, status, seen, new, int(error), keep_validators, keep_validators),
        )

    def count_error(self, source: str | None) -> None:
        if source is not None:
            self.db.execute("UPDATE web_sources SET errors = errors + 1 WHERE name = ?", (source,))

    def sources(self) -> list[dict[str, object]]:
        names = ["name", "url", "kind", "last_fetch", "last_status", "rounds", "items_seen", "items_new", "errors", "pending"]
        sql = """SELECT s.name, s.url, s.kind, s.last_fetch, s.last_status, s.rounds, s.items_seen, s.items_new, s.errors,
                        (SELECT count(*) FROM web_items i WHERE i.source = s.name AND i.state = 'pending')
                 FROM web_sources s ORDER BY s.name"""
        rows = [dict(zip(names, row)) for row in self.db.execute(sql)]
        for row in rows:
            stamp = row["last_fetch"]
            row["last_fetch"] = datetime.fromtimestamp(float(stamp), UTC).isoformat(timespec="seconds") if stamp is not None else None
        return rows
