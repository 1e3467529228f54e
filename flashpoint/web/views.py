"""What each page and its JSON twin show, as plain dicts computed from the store (no web framework here).

The API returns these dicts as they are and the pages render the same dicts, so a page and its twin cannot
disagree. Every query is parameterised; codes and dates are checked by aggregate.code() and aggregate.day().
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..errors import NothingFound, QueryError
from ..formats import flat
from ..monitor.aggregate import WEIGHT_SQL, code, day, names, quiet_label, quiet_runs, series_records, weights
from ..monitor.alerts import alerts
from ..monitor.cluster import cluster_reports
from ..records import Event
from ..settings import Settings
from ..store.sqlite import EventFilter, SQLiteStore, open_store
from .evidence import segments

MAX_PAGE = 500
WINDOW_DAYS = 182  # the overview's default window: 26 weeks up to the newest event
TOP_DYADS = 5
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
MEMO_SIZE = 32
_CLUSTERING, _MEMO_LOCK = threading.Lock(), threading.Lock()
_CHECKED: dict[str, str] = {}  # store -> its change mark when last found fully clustered
_MEMO: OrderedDict[tuple[Any, ...], dict[str, Any]] = OrderedDict()


@dataclass(frozen=True)
class EventQuery:
    """The filters of GET /api/events, as the CLI's `events` command has them, plus modality and text."""

    actor: str | None = None
    recipient: str | None = None
    event_type: str | None = None
    since: str | None = None
    until: str | None = None
    attributed: bool | None = None
    modality: str | None = None
    text: str | None = None
    doc_id: str | None = None
    cursor: str | None = None
    limit: int = 50


def clustered(store: SQLiteStore, settings: Settings) -> None:
    """Cluster the stored events not yet in a cluster (events ingested since), one run at a time: every event
    has its cluster row exactly when the two counts agree (cluster members cascade away with their events).
    Counted again only after a write."""
    with _CLUSTERING:
        if _CHECKED.get(str(store.path)) == store.change_mark():
            return
        events, members = (store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("events", "cluster_members"))
        if events != members:
            cluster_reports(store, settings)
        _CHECKED[str(store.path)] = store.change_mark()


def remembered(store: SQLiteStore, key: tuple[Any, ...], compute: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """A computed view, kept until the store changes (the overview reads the whole window on a large store)."""
    full = (str(store.path), store.change_mark(), *key)
    with _MEMO_LOCK:
        if full in _MEMO:
            _MEMO.move_to_end(full)
            return _MEMO[full]
    value = compute()
    with _MEMO_LOCK:
        _MEMO[full] = value
        while len(_MEMO) > MEMO_SIZE:
            _MEMO.popitem(last=False)
    return value


def prepare(settings: Settings) -> None:
    """Cluster what is new and compute the default overview, so that the first visitor finds it ready (run by
    `flashpoint serve` in a background thread at start)."""
    try:
        with open_store(settings.db) as store:
            overview(store, settings, None, None)
    except Exception:  # noqa: BLE001 - a visitor's request meets the same problem and reports it
        logging.getLogger("flashpoint.web").exception("could not prepare the overview")


# ---------- events --------------------------------------------------------------------------------------
def events_page(store: SQLiteStore, query: EventQuery) -> dict[str, Any]:
    """One page of events in the CLI's order (date, document, id) and the cursor of the next page."""
    where = EventFilter(query.actor and code(query.actor), query.recipient and code(query.recipient),
                        query.event_type and query.event_type.upper(), _date(query.since, "since"), _date(query.until, "until"),
                        query.attributed, query.doc_id, query.limit + 1, query.modality, query.text, _event_key(query.cursor))
    found = list(store.events(where))
    page = found[:query.limit]
    last = page[-1] if len(found) > query.limit else None
    return {"events": page, "next_cursor": encode_cursor(last.date, last.doc_id, last.id) if last else None}


def _event_key(cursor: str | None) -> tuple[str | None, str, str] | None:
    key = decode_cursor(cursor)
    return (key[0], str(key[1]), str(key[2])) if key else None


def encode_cursor(*key: str | None) -> str:
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None, size: int = 3) -> list[str | None] | None:
    """The key a next_cursor holds: (date, doc_id, id) of an event, or (id,) of a document; QueryError otherwise."""
    if not cursor:
        return None
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error):
        key = None
    if not (isinstance(key, list) and len(key) == size and all(isinstance(k, str) for k in key[1:])
            and isinstance(key[0], (str, type(None)))):
        raise QueryError("cursor is not one this server gave: pass the next_cursor of the previous page, or none for the first")
    return key


def _date(value: str | None, name: str) -> str | None:
    """A day, month or year to compare stored dates with (they have those precisions)."""
    if value is None or value == "":
        return None
    probe = (value + "-01-01")[:10]
    try:
        if len(value) not in (4, 7, 10):
            raise ValueError
        date.fromisoformat(probe)
    except ValueError:
        raise QueryError(f"{name} {value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY") from None
    return value


# ---------- documents -----------------------------------------------------------------------------------
def documents_page(store: SQLiteStore, status: str | None, cursor: str | None, limit: int) -> dict[str, Any]:
    """Stored documents by id with their status (coded, skipped: why, failed: why)."""
    after = (decode_cursor(cursor, size=1) or [""])[0] or ""
    sql = """SELECT id, status, reason, n_events, title, published, outlet, version, updated_at FROM documents
             WHERE (CAST(? AS TEXT) IS NULL OR status = ?) AND id > ? ORDER BY id LIMIT ?"""
    names_ = ["id", "status", "reason", "events", "title", "published", "outlet", "version", "updated_at"]
    rows = [dict(zip(names_, row)) for row in store.db.execute(sql, (status, status, after, limit + 1))]
    more = len(rows) > limit
    return {"documents": rows[:limit], "next_cursor": encode_cursor(rows[limit - 1]["id"]) if more else None}


def document(store: SQLiteStore, doc_id: str) -> dict[str, Any]:
    """A stored document: status, text, its events with their evidence offsets and clusters, and the text cut
    into highlighted segments."""
    sql = "SELECT id, status, reason, title, url, published, outlet, version, updated_at, text FROM documents WHERE id = ?"
    row = store.db.execute(sql, (doc_id,)).fetchone()
    if row is None:
        raise NothingFound(f"no document {doc_id!r} in the store; GET /api/documents lists the stored ids")
    doc = dict(zip(["id", "status", "reason", "title", "url", "published", "outlet", "version", "updated_at", "text"], row))
    found = list(store.events(EventFilter(doc_id=doc_id)))
    reports = _clusters(store, [e.id for e in found])
    doc["events"] = [{**e.model_dump(mode="json"), "cluster": reports.get(e.id)} for e in found]
    doc["segments"] = segments(doc["text"], found)
    return doc


def _clusters(store: SQLiteStore, event_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The cluster of each event: how many reports, outlets and independent sources tell of the same event."""
    if not event_ids:
        return {}
    marks = ",".join("?" * len(event_ids))
    sql = f"""SELECT m.event_id, c.id, c.n_reports, c.n_outlets, c.n_sources, c.confirmed_by, c.denied_by
              FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id WHERE m.event_id IN ({marks})"""
    keys = ["id", "reports", "outlets", "sources", "confirmed_by", "denied_by"]
    return {row[0]: dict(zip(keys, row[1:])) for row in store.db.execute(sql, event_ids)}


# ---------- windows, dyads, overview --------------------------------------------------------------------
def window(store: SQLiteStore, since: str | None, until: str | None) -> tuple[str, str]:
    """The days asked for; by default the 26 weeks up to the newest stored event (or today)."""
    since, until = day(since, "since"), day(until, "until")
    if until is None:
        newest = store.db.execute("SELECT max(date) FROM events WHERE date <= ?", (date.today().isoformat(),)).fetchone()[0]
        until = (newest + "-01-01"[len(newest) - 4:])[:10] if newest else date.today().isoformat()  # a month or year: its first day
    since = since or (date.fromisoformat(until) - timedelta(days=WINDOW_DAYS - 1)).isoformat()
    if since > until:
        raise QueryError(f"since {since} is after until {until}: the range is empty")
    return since, until


def dyads(store: SQLiteStore, settings: Settings, since: str | None, until: str | None, limit: int = 10) -> dict[str, Any]:
    """The directed dyads with the most events and those with the lowest (most conflictual) escalation index."""
    since, until = window(store, since, until)
    key = ("dyads", since, until, limit, settings.model_dump_json())
    return remembered(store, key, lambda: _dyads(store, settings, since, until, limit))


def _dyads(store: SQLiteStore, settings: Settings, since: str, until: str, limit: int) -> dict[str, Any]:
    sql = f"""SELECT a.code, r.code, count(*), count(*) FILTER (WHERE e.quad >= 3), count(*) FILTER (WHERE NOT e.attributed),
               count(*) FILTER (WHERE e.attributed), sum({WEIGHT_SQL})
        FROM events e CROSS JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor'
        CROSS JOIN event_actors r ON r.event_id = e.id AND r.role = 'recipient'
        LEFT JOIN cluster_members m ON m.event_id = e.id LEFT JOIN clusters c ON c.id = m.cluster_id
        WHERE e.date >= :since AND e.date <= :until GROUP BY 1, 2"""
    keys = ["actor", "recipient", "events", "conflict_events", "asserted", "claimed", "escalation"]
    rows = [dict(zip(keys, row)) for row in store.db.execute(sql, {"since": since, "until": until, **weights(settings)})]
    for row in rows:
        row["escalation"] = round(row["escalation"], 3)
    active = sorted(rows, key=lambda r: (-r["events"], r["actor"], r["recipient"]))[:limit]
    escalating = sorted((r for r in rows if r["escalation"] < 0), key=lambda r: (r["escalation"], r["actor"], r["recipient"]))[:limit]
    return {"since": since, "until": until, "most_active": active, "most_escalating": escalating}


def overview(store: SQLiteStore, settings: Settings, since: str | None, until: str | None) -> dict[str, Any]:
    """The alert feed (newest first), the escalation index of the top dyads per week, and counts by category
    and quad, all for one window."""
    clustered(store, settings)
    since, until = window(store, since, until)
    return remembered(store, ("overview", since, until, settings.model_dump_json()), lambda: _overview(store, settings, since, until))


def _overview(store: SQLiteStore, settings: Settings, since: str, until: str) -> dict[str, Any]:
    top = dyads(store, settings, since, until, TOP_DYADS)
    chart = [{"actor": d["actor"], "recipient": d["recipient"],
              "series": series_records(store, d["actor"], d["recipient"], "week", since, until, settings=settings)}
             for d in top["most_escalating"] or top["most_active"]]
    return {"since": since, "until": until, "alerts": alert_feed(store, settings, since, until),
            "dyads": top, "chart": chart, "by_category": _counts(store, "event_type", since, until),
            "by_quad": [{**row, "name": QUADS.get(row["key"], "")} for row in _counts(store, "quad", since, until)]}


def _counts(store: SQLiteStore, column: str, since: str, until: str) -> list[dict[str, Any]]:
    sql = f"""SELECT {column}, count(*), count(*) FILTER (WHERE NOT attributed), count(*) FILTER (WHERE attributed) FROM events
              WHERE date >= ? AND date <= ? GROUP BY 1 ORDER BY 2 DESC, 1"""  # column is one of two names, never input
    return [dict(zip(["key", "events", "asserted", "claimed"], row)) for row in store.db.execute(sql, (since, until))]


def alert_feed(store: SQLiteStore, settings: Settings, since: str | None, until: str | None, limit: int = 100) -> list[dict[str, Any]]:
    """Alerts from `since` to `until`, newest first, each with the documents of the events that drove it."""
    clustered(store, settings)
    key = ("alerts", since, until, limit, settings.model_dump_json())
    return remembered(store, key, lambda: {"alerts": _alert_feed(store, settings, since, until, limit)})["alerts"]


def _alert_feed(store: SQLiteStore, settings: Settings, since: str | None, until: str | None, limit: int) -> list[dict[str, Any]]:
    until = day(until, "until")
    found = [a for a in alerts(store, since=since, settings=settings) if until is None or a.period <= until]
    found.sort(key=lambda a: (a.period, a.rule, a.actor, a.recipient), reverse=True)
    found = found[:limit]
    wanted = sorted({e for a in found for e in a.event_ids})
    docs: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        sql = f"SELECT id, doc_id FROM events WHERE id IN ({','.join('?' * len(chunk))})"
        docs.update(dict(store.db.execute(sql, chunk).fetchall()))
    return [{**a.to_dict(), "evidence": [{"event_id": e, "doc_id": docs.get(e)} for e in a.event_ids]} for a in found]


def dyad_series(store: SQLiteStore, settings: Settings, actor: str, recipient: str | None, by: str, since: str | None,
                until: str | None, both: bool = False) -> list[dict[str, Any]]:
    """What `flashpoint series` answers, with its checks: known codes, then the rows."""
    for one in (actor, recipient):
        if one and not names(store, code(one)):
            raise NothingFound(f"unknown actor code {code(one)}: no stored event names it as actor or recipient")
    clustered(store, settings)
    key = ("series", actor, recipient, by, since, until, both, settings.model_dump_json())
    return remembered(store, key, lambda: {"rows": series_records(store, actor, recipient, by, since, until, both, settings)})["rows"]  # type: ignore[arg-type]


def dyad(store: SQLiteStore, settings: Settings, actor: str, recipient: str, by: str, since: str | None, until: str | None,
         query: EventQuery) -> dict[str, Any]:
    """One directed dyad: its series (escalation index, PLOVER score, asserted and claimed counts) and a page of
    its events, filtered."""
    actor, recipient = code(actor), code(recipient)
    rows = dyad_series(store, settings, actor, recipient, by, since, until)
    page = events_page(store, EventQuery(actor, recipient, query.event_type, since, until, query.attributed, query.modality,
                                         query.text, None, query.cursor, query.limit))
    return {"actor": actor, "recipient": recipient, "by": by, "since": since, "until": until, "series": rows,
            "filters": {"type": query.event_type, "modality": query.modality, "attributed": query.attributed, "text": query.text},
            **page}


def series_for_reading(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The dashboard's chart and table: each long run of empty periods is one row (aggregate.quiet_runs), so a story
    recalling a battle of 1592 does not draw 21,000 empty weeks; the JSON API keeps every period."""
    shown = []
    for start, end in quiet_runs([int(r["reports"]) for r in rows]):
        if end - start == 1:
            shown.append(rows[start])
        else:
            empty = {k: (None if k == "score_mean" else 0) for k in rows[start]}
            shown.append({**empty, "period": quiet_label(rows[start]["period"], rows[end - 1]["period"], end - start)})
    return shown


def event_row(event: Event) -> dict[str, Any]:
    """An event as the tables show it: flat columns plus the claim, if a party makes it."""
    row = flat(event)
    source = event.attribution.source if event.attribution else None
    row["claim"] = f"{source.text if source else 'a source'} {event.attribution.stance}" if event.attribution else None
    return row
