"""The embedded store: SQLite in WAL mode, recorded migrations, one transaction per document.

Writes are idempotent and each is one transaction that checks and writes together:
- the same id with the same text and publication date changes nothing ("unchanged");
- the same text under another id is recorded as a skipped duplicate of the stored one (and has no events);
- a known id with a new text or a new publication date is a new version: the document row and its events
  are replaced, `version` goes up by one and the replaced version is kept in `document_versions`
  (content hash, publication date, status, event count, when it was replaced).
Migrations run in one exclusive transaction each, so processes opening a new store together are safe.

PostgresStore (postgres.py) is the same store on a PostgreSQL server: it inherits this class's protocol and its
portable SQL and overrides only what the dialects do differently (the class attributes and methods marked so).
"""

from __future__ import annotations

import json
import math
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote
from pathlib import Path
from typing import Any, Protocol

from ..errors import StoreError
from ..formats import Provenance
from ..records import Coding, Event

# The monitor's facts: each dated event denormalised once per code it names (code_facts) and once per directed
# actor→recipient pair (dyad_facts), with its period labels and its cluster's weight, so that series and alerts
# aggregate over one narrow table, stored in the order of its codes and dates (WITHOUT ROWID), instead of joining
# five tables per event.
# Triggers keep them current whatever writes the events, actors or clusters; events' deletion cascades.
_FACT_COLUMNS = """date TEXT NOT NULL, day TEXT, week TEXT, month TEXT, score REAL, quad INTEGER NOT NULL,
    modality TEXT NOT NULL, attributed INTEGER NOT NULL, cluster_id INTEGER, cluster_weight REAL"""
# the period labels as aggregate used to compute them from events.date; NULL where the date is too coarse
_FACT_VALUES = """e.date, CASE WHEN length(e.date) >= 10 THEN e.date END,
    CASE WHEN length(e.date) >= 10 THEN date(e.date, '-6 days', 'weekday 1') END,
    CASE WHEN length(e.date) >= 7 THEN substr(e.date, 1, 7) END, e.score, e.quad, e.modality, e.attributed, m.cluster_id,
    CASE WHEN c.id IS NULL THEN 1.0 ELSE (1 + log2(c.n_sources)) / c.n_reports END"""
_FACT_FROM = """FROM events e LEFT JOIN cluster_members m ON m.event_id = e.id LEFT JOIN clusters c ON c.id = m.cluster_id"""
# a member of a cluster that is not stored counts as unclustered, as the LEFT JOIN above makes it
_MEMBER_WEIGHT = """CASE WHEN EXISTS (SELECT 1 FROM clusters c WHERE c.id = new.cluster_id)
    THEN (SELECT (1 + log2(c.n_sources)) / c.n_reports FROM clusters c WHERE c.id = new.cluster_id) ELSE 1.0 END"""

# dyad_periods: per directed dyad and period (of each length), the reports and the sums of score × cluster weight
# for each class of weight in the escalation index (actual or future, asserted or claimed), so the index under any
# settings is a linear combination of four columns. Updated by differences as facts come, go and are re-weighted.
# dyad_conflict_days: the days (dates cut to ten characters) with actual material conflict in each directed dyad.
FACT_PERIODS = ("day", "week", "month")
_WATCH_LOCK = threading.Lock()
# checkpoint a long run of writes every 64k pages (256 MiB at 4 KiB) rather than SQLite's 1,000: each hot index page
# is copied into the database once per checkpoint, and the write-ahead log stays bounded
BULK_CHECKPOINT_PAGES = 65_536
_APART_PAGE = 5000  # rows read at a time from a temporary table (read_apart)
_WATCHERS: dict[str, sqlite3.Connection] = {}  # store file -> the connection that reads its data_version
_PERIOD_SUMS = {
    "actual_asserted": "CASE WHEN {f}modality = 'actual' AND NOT {f}attributed THEN coalesce({f}score, 0) * coalesce({f}cluster_weight, 0) ELSE 0 END",
    "actual_claimed": "CASE WHEN {f}modality = 'actual' AND {f}attributed THEN coalesce({f}score, 0) * coalesce({f}cluster_weight, 0) ELSE 0 END",
    "future_asserted": "CASE WHEN {f}modality IN ('future', 'hypothetical') AND NOT {f}attributed "
                       "THEN coalesce({f}score, 0) * coalesce({f}cluster_weight, 0) ELSE 0 END",
    "future_claimed": "CASE WHEN {f}modality IN ('future', 'hypothetical') AND {f}attributed "
                      "THEN coalesce({f}score, 0) * coalesce({f}cluster_weight, 0) ELSE 0 END",
}


def _period_change(row: str, by: str, sign: str) -> str:
    terms = [term.format(f=f"{row}.") for term in _PERIOD_SUMS.values()]
    return f"""INSERT INTO dyad_periods SELECT {row}.actor, {row}.recipient, '{by}', {row}.{by}, {sign}1, {", ".join(f"{sign}({t})" for t in terms)}
        WHERE {row}.{by} IS NOT NULL ON CONFLICT DO UPDATE SET reports = reports + excluded.reports,
        {", ".join(f"{name} = {name} + excluded.{name}" for name in _PERIOD_SUMS)};"""


_PERIOD_TRIGGERS = f"""
    CREATE TRIGGER periods_on_fact AFTER INSERT ON dyad_facts BEGIN
        {" ".join(_period_change("new", by, "") for by in FACT_PERIODS)}
    END;
    CREATE TRIGGER conflicts_on_fact AFTER INSERT ON dyad_facts WHEN new.quad = 4 AND new.modality = 'actual' BEGIN
        INSERT INTO dyad_conflict_days VALUES (new.actor, new.recipient, substr(new.date, 1, 10), 1)
            ON CONFLICT DO UPDATE SET reports = reports + 1;
    END;
    CREATE TRIGGER conflicts_on_fact_gone AFTER DELETE ON dyad_facts WHEN old.quad = 4 AND old.modality = 'actual' BEGIN
        UPDATE dyad_conflict_days SET reports = reports - 1
            WHERE actor = old.actor AND recipient = old.recipient AND day = substr(old.date, 1, 10);
        DELETE FROM dyad_conflict_days WHERE actor = old.actor AND recipient = old.recipient AND day = substr(old.date, 1, 10) AND reports = 0;
    END;
    CREATE TRIGGER periods_on_fact_gone AFTER DELETE ON dyad_facts BEGIN
        {" ".join(_period_change("old", by, "-") for by in FACT_PERIODS)}
        DELETE FROM dyad_periods WHERE actor = old.actor AND recipient = old.recipient AND reports = 0;
    END;
    CREATE TRIGGER periods_on_weight AFTER UPDATE OF cluster_weight ON dyad_facts
        WHEN new.cluster_weight IS NOT old.cluster_weight BEGIN
        {" ".join(_period_change("old", by, "-") for by in FACT_PERIODS)}
        {" ".join(_period_change("new", by, "") for by in FACT_PERIODS)}
    END;
"""

def facts_tables(columns: str, values: str, real: str, rowless: str, total: str) -> str:
    """The facts tables of migration 5, filled from the stored events, in a dialect's types: `rowless` is the table
    suffix that stores a table in its key's order (SQLite's WITHOUT ROWID), `total` the sum of a column that is 0
    over no rows."""
    periods = ", ".join(total.format(term.format(f="")) for term in _PERIOD_SUMS.values())
    return f"""
    CREATE TABLE code_facts (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, role TEXT NOT NULL, code TEXT NOT NULL,
        {columns}, PRIMARY KEY (code, role, date, event_id)){rowless};
    CREATE INDEX code_facts_event ON code_facts(event_id);
    CREATE INDEX code_facts_cluster ON code_facts(cluster_id);
    CREATE TABLE dyad_facts (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, actor TEXT NOT NULL, recipient TEXT NOT NULL,
        {columns}, PRIMARY KEY (actor, recipient, date, event_id)){rowless};
    CREATE INDEX dyad_facts_event ON dyad_facts(event_id);
    CREATE INDEX dyad_facts_cluster ON dyad_facts(cluster_id);
    INSERT INTO code_facts SELECT a.event_id, a.role, a.code, {values}
        {_FACT_FROM} JOIN event_actors a ON a.event_id = e.id AND a.role IN ('actor', 'recipient') WHERE e.date IS NOT NULL;
    INSERT INTO dyad_facts SELECT a.event_id, a.code, r.code, {values}
        {_FACT_FROM} JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor'
        JOIN event_actors r ON r.event_id = e.id AND r.role = 'recipient' WHERE e.date IS NOT NULL;
    CREATE TABLE dyad_periods (
        actor TEXT NOT NULL, recipient TEXT NOT NULL, by TEXT NOT NULL, period TEXT NOT NULL, reports INTEGER NOT NULL,
        {", ".join(f"{name} {real} NOT NULL" for name in _PERIOD_SUMS)}, PRIMARY KEY (actor, recipient, by, period));
    CREATE INDEX dyad_periods_period ON dyad_periods(by, period);
    CREATE TABLE dyad_conflict_days (
        actor TEXT NOT NULL, recipient TEXT NOT NULL, day TEXT NOT NULL, reports INTEGER NOT NULL,
        PRIMARY KEY (actor, recipient, day)){rowless};
    INSERT INTO dyad_conflict_days SELECT actor, recipient, substr(date, 1, 10), count(*) FROM dyad_facts
        WHERE quad = 4 AND modality = 'actual' GROUP BY 1, 2, 3;
    {"".join(f'''INSERT INTO dyad_periods SELECT actor, recipient, '{by}', {by}, count(*), {periods}
        FROM dyad_facts WHERE {by} IS NOT NULL GROUP BY actor, recipient, {by};''' for by in FACT_PERIODS)}
"""


FACTS_MIGRATION = facts_tables(_FACT_COLUMNS, _FACT_VALUES, "REAL", " WITHOUT ROWID", "total({})") + f"""
    CREATE TRIGGER facts_on_actor AFTER INSERT ON event_actors WHEN new.role IN ('actor', 'recipient') BEGIN
        INSERT OR REPLACE INTO code_facts SELECT new.event_id, new.role, new.code, {_FACT_VALUES}
            {_FACT_FROM} WHERE e.id = new.event_id AND e.date IS NOT NULL;
        DELETE FROM dyad_facts WHERE event_id = new.event_id AND CASE new.role WHEN 'actor' THEN actor ELSE recipient END = new.code;
        INSERT INTO dyad_facts
            SELECT new.event_id, CASE new.role WHEN 'actor' THEN new.code ELSE o.code END,
                   CASE new.role WHEN 'actor' THEN o.code ELSE new.code END, {_FACT_VALUES}
            {_FACT_FROM} JOIN event_actors o ON o.event_id = e.id
                AND o.role = CASE new.role WHEN 'actor' THEN 'recipient' ELSE 'actor' END
            WHERE e.id = new.event_id AND e.date IS NOT NULL;
    END;
    CREATE TRIGGER facts_on_actor_gone AFTER DELETE ON event_actors BEGIN
        DELETE FROM code_facts WHERE event_id = old.event_id AND role = old.role AND code = old.code;
        DELETE FROM dyad_facts WHERE event_id = old.event_id AND CASE old.role WHEN 'actor' THEN actor WHEN 'recipient' THEN recipient END = old.code;
    END;
    CREATE TRIGGER facts_on_member AFTER INSERT ON cluster_members BEGIN
        UPDATE code_facts SET cluster_id = new.cluster_id, cluster_weight = {_MEMBER_WEIGHT} WHERE event_id = new.event_id;
        UPDATE dyad_facts SET cluster_id = new.cluster_id, cluster_weight = {_MEMBER_WEIGHT} WHERE event_id = new.event_id;
    END;
    CREATE TRIGGER facts_on_member_gone AFTER DELETE ON cluster_members BEGIN
        UPDATE code_facts SET cluster_id = NULL, cluster_weight = 1.0 WHERE event_id = old.event_id;
        UPDATE dyad_facts SET cluster_id = NULL, cluster_weight = 1.0 WHERE event_id = old.event_id;
    END;
    CREATE TRIGGER facts_on_cluster AFTER UPDATE OF n_reports, n_sources ON clusters
        WHEN new.n_reports IS NOT old.n_reports OR new.n_sources IS NOT old.n_sources BEGIN
        UPDATE code_facts SET cluster_weight = (1 + log2(new.n_sources)) / new.n_reports WHERE cluster_id = new.id;
        UPDATE dyad_facts SET cluster_weight = (1 + log2(new.n_sources)) / new.n_reports WHERE cluster_id = new.id;
    END;
    {_PERIOD_TRIGGERS}
    CREATE TRIGGER facts_on_cluster_gone AFTER DELETE ON clusters BEGIN
        UPDATE code_facts SET cluster_weight = 1.0 WHERE cluster_id = old.id;
        UPDATE dyad_facts SET cluster_weight = 1.0 WHERE cluster_id = old.id;
    END
"""


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
    (
        3,
        """
        ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        CREATE TABLE document_versions (
            doc_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            content_hash TEXT,
            published TEXT,
            status TEXT NOT NULL,
            n_events INTEGER NOT NULL,
            replaced_at TEXT NOT NULL,
            PRIMARY KEY (doc_id, version)
        );
        """,
    ),
    (
        4,
        """
        CREATE TABLE web_sources (
            name TEXT PRIMARY KEY,
            url TEXT NOT NULL,
            kind TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            last_fetch REAL,
            last_status TEXT,
            rounds INTEGER NOT NULL DEFAULT 0,
            items_seen INTEGER NOT NULL DEFAULT 0,
            items_new INTEGER NOT NULL DEFAULT 0,
            errors INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE web_items (
            url TEXT PRIMARY KEY,
            source TEXT,
            title TEXT,
            published TEXT,
            outlet TEXT,
            state TEXT NOT NULL CHECK (state IN ('pending', 'done')),
            attempts INTEGER NOT NULL DEFAULT 0,
            doc_id TEXT,
            status TEXT,
            reason TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX web_items_state ON web_items(state, source);
        """,
    ),
    (5, FACTS_MIGRATION),
    (6, ""),  # PostgreSQL's julianday made inlinable (store/postgres.py); SQLite's own is native
]


@dataclass(frozen=True)
class SaveResult:
    doc_id: str
    outcome: str  # "stored", "unchanged", "duplicate"
    status: str
    reason: str | None
    version: int = 1  # above 1: this save replaced an earlier version of the document

    def count_into(self, tally: dict[str, int], n_events: int) -> bool:
        """Add this save to a run's tally (unchanged / coded / skipped / failed, new versions, events); False when
        the save changed nothing."""
        if self.outcome == "unchanged":
            tally["unchanged"] += 1
            return False
        tally[self.status] += 1
        tally["versions"] += self.version > 1
        tally["events"] += n_events if self.status == "coded" else 0
        return True


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
    modality: str | None = None
    text: str | None = None  # words the event's sentence contains (case-insensitive)
    after: tuple[str | None, str, str] | None = None  # (date, doc_id, id) of the last event of the previous page


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Connection(Protocol):
    """What the store and the modules querying it use of a connection: sqlite3's, or postgres.py's wrapper that
    takes the same `?` and `:name` placeholders."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Any: ...

    def close(self) -> None: ...


class SQLiteStore:
    db: Connection
    path: Path
    # ---------- where the dialects differ (PostgresStore overrides these) ----------------------------------
    migrations: list[tuple[int, str]] = MIGRATIONS  # each dialect numbers its own
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)
    begin: tuple[str, ...] = ("BEGIN IMMEDIATE",)
    archive_version_sql = "INSERT OR REPLACE INTO document_versions VALUES (?, ?, ?, ?, ?, ?, ?)"
    insert_event_sql = "INSERT OR REPLACE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    insert_actor_sql = "INSERT OR IGNORE INTO event_actors VALUES (?, ?, ?)"
    text_clause = "instr(lower(json_extract(json, '$.sentence.text')), lower(?)) > 0"
    json_list = "SELECT value FROM json_each(?)"  # the items of a JSON array of strings

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA busy_timeout=10000")
            _retry(lambda: self.db.execute("PRAGMA journal_mode=WAL"))
            self.db.execute("PRAGMA foreign_keys=ON")
            _retry(self._migrate)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open store {path}: {explain(exc)}") from exc

    def explain(self, exc: BaseException) -> str:
        return explain(exc)

    def read_apart(self, sql: str) -> Iterator[tuple[Any, ...]]:
        """Rows of a query read through a connection of their own, so that the store can be written meanwhile.
        The rows are first copied, in order, into a temporary table of that connection and then read from it a page
        at a time: a read of the store held open for a whole long run would keep every checkpoint from resetting the
        write-ahead log, which passed 15 GB while the first 4.6M of 10M events were clustered."""
        if str(self.path) == ":memory:":
            raise StoreError("clustering needs a store in a file; open the store with a file path")
        reader = sqlite3.connect(f"file:{quote(str(self.path.resolve()))}?mode=ro", uri=True)  # '#', '?', '%' in a path stay in it
        try:
            reader.execute(f"CREATE TEMP TABLE apart AS {sql}")  # not in a transaction: the read of the store ends here
            last = 0
            while rows := reader.execute("SELECT rowid, * FROM temp.apart WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, _APART_PAGE)).fetchall():
                last = rows[-1][0]
                yield from (row[1:] for row in rows)
        finally:
            reader.close()

    def _migrate(self) -> None:
        """Each pending migration in one exclusive transaction that first re-reads what is applied: a second
        process opening a new store waits for the first and then finds nothing left to do."""
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        for version, script in self.migrations:
            if self.db.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone():
                continue
            with self.transaction():
                if self.db.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone():
                    continue
                for statement in _statements(script):
                    self.db.execute(statement)
                self.db.execute("INSERT INTO schema_migrations VALUES (?, ?)", (version, _now()))

    def verify(self) -> None:
        """StoreError when SQLite finds the file damaged (quick_check): checked before writing into it."""
        try:
            problems = [row[0] for row in self.db.execute("PRAGMA quick_check(5)")]
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read store {self.path}: {explain(exc)}") from exc
        if problems != ["ok"]:
            raise StoreError(f"store {self.path} is damaged ({problems[0][:120]}); restore it from a backup or pass --db with another path")

    def transaction(self) -> _Transaction:
        return _Transaction(self.db, self.begin)

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()[0])

    def fill(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        """Rows into a (temporary) table of the caller's, in one go."""
        if not rows:
            return
        # in one transaction (a plain BEGIN: a temporary table takes no lock on the store), not a commit per row
        with _Transaction(self.db, ("BEGIN",)):
            self.db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)

    @contextmanager
    def bulk_writes(self, cache_mb: int) -> Iterator[None]:
        """For a long run of writes spread over large indexes (clustering a whole store): a page cache of `cache_mb`
        for this connection while it lasts, so that the facts' index pages stay in memory between batches."""
        before = self.db.execute("PRAGMA cache_size").fetchone()[0]
        pages = self.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        self.db.execute(f"PRAGMA cache_size = {-1024 * int(cache_mb)}")
        self.db.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT_PAGES}")
        try:
            yield
        finally:
            self.db.execute(f"PRAGMA cache_size = {int(before)}")
            self.db.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")

    @contextmanager
    def lookups_by_index(self) -> Iterator[None]:
        """For queries that join a few hundred rows (alert cells, conflict days) against a large table: each row
        is looked up through the index. SQLite follows the order the query's CROSS JOIN gives; PostgresStore
        tells its planner so."""
        yield

    def change_mark(self) -> str:
        """Changes whenever any connection, in any process, commits to the store (views cache until it does):
        SQLite's data_version, read on one connection per file kept open for this, since it counts the commits of
        every connection but its own."""
        key = str(self.path.resolve())
        with _WATCH_LOCK:
            if key not in _WATCHERS:
                _WATCHERS[key] = sqlite3.connect(key, isolation_level=None, check_same_thread=False)
            return str(_WATCHERS[key].execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------- writes ---------------------------------------------------------------------------------
    def known(self, doc_id: str, content_hash: str, published: str | None = None) -> SaveResult | None:
        """What saving this document would do without coding it again: unchanged (same id and text, and no other
        publication date than the stored one),
        a duplicate of another stored document, or None (it needs coding: new, or a new version)."""
        return _judge(doc_id, content_hash, published, self._lookup(doc_id, content_hash))

    def _lookup(self, doc_id: str, content_hash: str | None) -> _Stored:
        return _Stored(*self.db.execute(_KNOWN, (content_hash, doc_id, doc_id)).fetchone())

    def save(self, coding: Coding) -> SaveResult:
        """Store one document's outcome and events in one transaction (see the module docstring)."""
        document = coding.document
        if _has_surrogates(document.id, document.text, *(str(e.id) for e in coding.events)):
            raise StoreError(f"document {document.id.encode('utf-8', 'backslashreplace').decode()!r} holds a lone surrogate "
                             "(invalid Unicode); fix the input's encoding")
        content_hash = document.content_hash if document.text else None
        try:
            with self.transaction():
                stored = self._lookup(document.id, content_hash)
                known = _judge(document.id, content_hash, document.published, stored) if content_hash else None
                if known is not None and known.outcome == "unchanged":
                    return known
                if known is not None:
                    coding = Coding(document, "skipped", reason=known.reason)
                version = self._next_version(document.id, content_hash, document.published, stored)
                self._write_status(coding, version, content_hash, store_text=known is None)
                self.db.execute("DELETE FROM events WHERE doc_id = ?", (document.id,))
                self._insert_events(coding.events)
        except self.errors as exc:
            raise StoreError(f"cannot write document {document.id!r} to {self.path}: {self.explain(exc)}") from exc
        if known is not None:
            return SaveResult(document.id, "duplicate", "skipped", known.reason, version)
        return SaveResult(document.id, "stored", coding.status, coding.reason, version)

    def _next_version(self, doc_id: str, content_hash: str | None, published: str | None, stored: _Stored) -> int:
        """The version this save writes; a new text or date under a stored id archives the stored version."""
        if stored.version is None:
            return 1
        if stored.content_hash is None or (stored.content_hash, stored.published) == (content_hash, published):
            return int(stored.version)
        self.db.execute(self.archive_version_sql, (doc_id, stored.version, stored.content_hash, stored.published, stored.status,
                                                   stored.n_events, _now()))
        return int(stored.version) + 1

    def _write_status(self, coding: Coding, version: int, content_hash: str | None, store_text: bool) -> None:
        d = coding.document
        self.db.execute(
            """INSERT INTO documents (id, content_hash, origin, title, url, published, outlet, text, status, reason, n_events, updated_at, version)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET content_hash=excluded.content_hash, origin=excluded.origin,
                 title=excluded.title, url=excluded.url, published=excluded.published, outlet=excluded.outlet,
                 text=excluded.text, status=excluded.status, reason=excluded.reason, n_events=excluded.n_events,
                 updated_at=excluded.updated_at, version=excluded.version""",
            (d.id, content_hash, d.origin, d.title, d.url, d.published, d.outlet, d.text if store_text else "",
             coding.status, coding.reason, len(coding.events) if coding.status == "coded" else 0, _now(), version),
        )

    def versions(self, doc_id: str) -> list[dict[str, object]]:
        """The replaced versions of a document, oldest first (the current one is in documents())."""
        names = ["version", "content_hash", "published", "status", "events", "replaced_at"]
        sql = "SELECT version, content_hash, published, status, n_events, replaced_at FROM document_versions WHERE doc_id = ? ORDER BY version"
        return [dict(zip(names, row)) for row in self.db.execute(sql, (doc_id,))]

    def _insert_events(self, events: list[Event]) -> None:
        for event in events:
            self.db.execute(self.insert_event_sql, _event_row(event))
            self.db.executemany(self.insert_actor_sql, _actor_rows(event))

    # ---------- reads ----------------------------------------------------------------------------------
    def events(self, where: EventFilter = EventFilter()) -> Iterator[Event]:
        clauses: list[str] = ["1=1"]
        params: list[str | int] = []
        codes = [(role, code.upper()) for role, code in (("actor", where.actor), ("recipient", where.recipient)) if code]
        listed = self._listed_code(codes, where.limit) if where.limit is not None else 0
        for n, (role, code) in enumerate(codes):
            clauses.append(_LIST_CODE if n == listed else _PROBE_CODE)
            params += [role, code]
        for clause, value in (("event_type = ?", where.event_type and where.event_type.upper()), ("date >= ?", where.since),
                              ("substr(date, 1, length(?)) <= ?", where.until), ("doc_id = ?", where.doc_id)):
            if value:
                clauses.append(clause)
                params += [value, value] if clause.startswith("substr") else [value]
        if where.attributed is not None:
            clauses.append("attributed = ?")
            params.append(where.attributed)
        if where.modality:
            clauses.append("modality = ?")
            params.append(where.modality)
        if where.text:
            clauses.append(self.text_clause)
            params.append(where.text)
        if where.after is not None:
            clauses.append(self._after_clause(where.after[0]))
            params += [v for v in (where.after[0], where.after[0]) if v is not None] + list(where.after[1:])
        sql = f"SELECT json FROM events WHERE {' AND '.join(clauses)} ORDER BY date, doc_id, id"
        if where.limit is not None:
            sql += f" LIMIT {max(0, int(where.limit))}"
        for (payload,) in self.db.execute(sql, params):
            yield Event.model_validate_json(payload)

    def provenance(self, event_ids: Iterable[str]) -> dict[str, Provenance]:
        """Each event's document (URL, outlet, publication date, title) and cluster (reports, outlets); the cluster
        columns stay empty for events not yet clustered."""
        sql = f"""SELECT e.id, d.url, d.outlet, substr(d.published, 1, 10), d.title, c.id, c.n_reports, c.n_outlets
                 FROM events e JOIN documents d ON d.id = e.doc_id
                 LEFT JOIN cluster_members m ON m.event_id = e.id LEFT JOIN clusters c ON c.id = m.cluster_id
                 WHERE e.id IN ({self.json_list})"""
        return {row[0]: Provenance(*row[1:]) for row in self.db.execute(sql, (json.dumps(list(event_ids)),))}

    def _listed_code(self, codes: list[tuple[str, str]], limit: int) -> int | None:
        """Which code's events a page of events is read from: the rarest one's list (sorted by date, each event's
        other codes probed), or None when every code is common, so that walking all events in date order and
        probing each one's codes finds the page's matches soon and stops at the page's end. A code with c of the
        store's n events costs about c rows listed against limit * n / c walked: common means c > sqrt(limit * n)."""
        total = self._events_estimate()
        common = max(COMMON_CODE, math.isqrt((limit + 1) * total))
        sql = "SELECT count(*) FROM (SELECT 1 FROM event_actors WHERE code = ? AND role = ? LIMIT ?) AS found"
        counts = [self.db.execute(sql, (code, role, common)).fetchone()[0] for role, code in codes]
        rarest = min(range(len(codes)), key=counts.__getitem__, default=None)
        return None if rarest is None or counts[rarest] >= common else rarest

    def _events_estimate(self) -> int:
        return int(self.db.execute("SELECT max(rowid) FROM events").fetchone()[0] or 0)

    @staticmethod
    def _after_clause(day: str | None) -> str:
        """Keyset pagination in the events() order (date, doc_id, id), where undated events come first. The range
        on date is what the date index reads in order; `+date` keeps SQLite from splitting the OR over the index."""
        if day is None:
            return "(+date IS NOT NULL OR (doc_id, id) > (?, ?))"
        return "date >= ? AND (+date > ? OR (doc_id, id) > (?, ?))"

    def documents(self, status: str | None = None) -> list[dict[str, object]]:
        sql = "SELECT id, status, reason, n_events, title, origin, published, updated_at FROM documents"
        rows = self.db.execute(sql + (" WHERE status = ?" if status else "") + " ORDER BY updated_at, id", (status,) if status else ())
        names = ["id", "status", "reason", "events", "title", "origin", "published", "updated_at"]
        return [dict(zip(names, row)) for row in rows]

    def counts(self) -> dict[str, int]:
        out = {status: n for status, n in self.db.execute("SELECT status, count(*) FROM documents GROUP BY status")}
        out["events"] = self.db.execute("SELECT count(*) FROM events").fetchone()[0]
        return out


# the stored row of an id (NULLs when there is none) and another coded document with the same text: one query,
# one round trip to a server
_KNOWN = """SELECT d.content_hash, d.published, d.status, d.n_events, d.version,
    (SELECT o.id FROM documents o WHERE o.content_hash = ? AND o.status = 'coded' AND o.id != ? LIMIT 1)
    FROM (SELECT 1) AS one LEFT JOIN documents d ON d.id = ?"""


@dataclass(frozen=True)
class _Stored:
    """What the store holds under a document's id (all None when nothing) and the id of another coded document
    with the same text."""

    content_hash: str | None
    published: str | None
    status: str | None
    n_events: int | None
    version: int | None
    other: str | None


def _judge(doc_id: str, content_hash: str | None, published: str | None, stored: _Stored) -> SaveResult | None:
    """known()'s answer from what is stored."""
    if (stored.content_hash, stored.status) == (content_hash, "coded") and published in (None, stored.published):
        return SaveResult(doc_id, "unchanged", "coded", "already stored", int(stored.version or 1))
    if stored.other is not None:
        return SaveResult(doc_id, "duplicate", "skipped", f"duplicate of {stored.other}")
    return None
_LIST_CODE = "id IN (SELECT event_id FROM event_actors WHERE role = ? AND code = ?)"
_PROBE_CODE = "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = events.id AND x.role = ? AND x.code = ?)"
COMMON_CODE = 200  # the fewest events naming a code for which a page of its events is found by walking dates (_listed_code)


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error; nested use joins the outer transaction."""

    def __init__(self, db: Connection, begin: tuple[str, ...]) -> None:
        self.db, self.begin = db, begin
        self.outer = False

    def __enter__(self) -> None:
        self.outer = not self.db.in_transaction
        if self.outer:
            for statement in self.begin:
                self.db.execute(statement)

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if self.outer:
            self.db.execute("ROLLBACK" if exc_type else "COMMIT")


def _statements(script: str) -> Iterator[str]:
    """The statements of a migration script; a trigger's body holds semicolons of its own."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending
            pending = ""
    if pending.strip(" \n;"):
        yield pending


def _event_row(event: Event) -> tuple[object, ...]:
    return (event.id, event.doc_id, event.event_type, event.modality, event.date, event.attribution is not None,
            event.score, event.quad, event.to_json())


def _actor_rows(event: Event) -> list[tuple[str, str, str]]:
    """(event id, role, code) of the event's actors, recipients and the source it is attributed to."""
    roles = [("actor", c) for c in event.actor_codes] + [("recipient", c) for c in event.recipient_codes]
    if event.attribution and event.attribution.source and event.attribution.source.code:
        roles.append(("source", event.attribution.source.code))
    return [(event.id, role, code) for role, code in roles]


def _has_surrogates(*texts: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for text in texts for c in text)


def explain(exc: BaseException) -> str:
    """What went wrong and what to do, for the sqlite and OS errors a user can meet."""
    text = str(exc)
    if "readonly" in text or isinstance(exc, PermissionError):
        return f"{text}; the store is read-only: make the file and its folder writable, or pass --db with a writable path"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"{text}; the file is not an intact Flashpoint store: restore it from a backup or pass --db with another path"
    if "locked" in text or "busy" in text:
        return f"{text}; another process holds the store: try again when it finishes"
    return f"{text}; pass --db with a writable file path"


def _retry(step: Callable[[], object], attempts: int = 5) -> None:
    """Run a schema step, retrying while another process holds the lock (busy_timeout covers most waits)."""
    for attempt in range(attempts):
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * 2**attempt)


def open_store(path: Path | str | None = None) -> SQLiteStore:
    """The store at a file path, or on a PostgreSQL server for a postgresql:// URL (default: the db setting)."""
    from ..settings import POSTGRES_SCHEMES, load_settings

    location = path or load_settings().db
    if isinstance(location, str) and location.startswith(POSTGRES_SCHEMES):
        from .postgres import PostgresStore

        return PostgresStore(location)
    return SQLiteStore(location)


__all__ = ["SQLiteStore", "EventFilter", "SaveResult", "open_store"]
