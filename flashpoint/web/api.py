"""The JSON API: events, documents, dyads, series, alerts, health, and ingest (the one write, token required)."""

from __future__ import annotations

import hmac
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from .. import formats
from ..records import Modality
from ..store.sqlite import SQLiteStore, open_store
from . import views
from .app import ApiError, store
from .uploads import KINDS, ingest, kind

router = APIRouter(prefix="/api", tags=["api"])
Store = Annotated[SQLiteStore, Depends(store)]
Code = Annotated[str | None, Query(description="Actor code (ISO alpha-3, IGO, NGO), e.g. RUS", max_length=16)]
Day = Annotated[str | None, Query(description="YYYY-MM-DD", max_length=10)]
DateLike = Annotated[str | None, Query(description="YYYY-MM-DD, YYYY-MM or YYYY", max_length=10)]
Limit = Annotated[int, Query(ge=1, le=views.MAX_PAGE, description=f"page size, at most {views.MAX_PAGE}")]
Cursor = Annotated[str | None, Query(max_length=2000, description="next_cursor of the previous page")]
Period = Literal["day", "week", "month"]
# the event filters that /api/events and a dyad's events share
EventType = Annotated[str | None, Query(max_length=32, description="PLOVER category, e.g. THREATEN")]
Attributed = Annotated[bool | None, Query(description="true: claimed by a party; false: asserted by the article")]
Words = Annotated[str | None, Query(max_length=200, description="words the event's sentence contains")]


def event_query(actor: Code = None, recipient: Code = None, type: EventType = None, since: DateLike = None,
                until: DateLike = None, attributed: Attributed = None, modality: Modality | None = None, q: Words = None,
                cursor: Cursor = None, limit: Limit = 50) -> views.EventQuery:
    return views.EventQuery(actor, recipient, type, since, until, attributed, modality, q, None, cursor, limit)


def dyad_query(type: EventType = None, since: DateLike = None, until: DateLike = None, attributed: Attributed = None,
               modality: Modality | None = None, q: Words = None, cursor: Cursor = None, limit: Limit = 50) -> views.EventQuery:
    """The event filters of a dyad (its actor and recipient are in the path)."""
    return views.EventQuery(None, None, type, since, until, attributed, modality, q, None, cursor, limit)


Events = Annotated[views.EventQuery, Depends(event_query)]
DyadEvents = Annotated[views.EventQuery, Depends(dyad_query)]


@router.get("/health")
def health(request: Request, db: Store) -> dict[str, Any]:
    """The server is up and its store answers."""
    return {"status": "ok", "version": request.app.version, "schema_version": db.schema_version, "counts": db.counts()}


@router.get("/events", response_model=None)
def events(db: Store, query: Events, format: Literal["json", "jsonl", "csv"] = "json") -> Response | dict[str, Any]:
    """Stored events, filtered as `flashpoint events` filters them, a page at a time (follow next_cursor; with
    jsonl and csv it is the X-Next-Cursor header)."""
    page = views.events_page(db, query)
    if format == "json":
        return {"events": [e.model_dump(mode="json") for e in page["events"]], "next_cursor": page["next_cursor"]}
    headers = {"X-Next-Cursor": page["next_cursor"]} if page["next_cursor"] else {}
    if format == "jsonl":
        return PlainTextResponse(formats.to_jsonl(page["events"]), media_type="application/x-ndjson", headers=headers)
    return PlainTextResponse(formats.to_csv(page["events"]), media_type="text/csv", headers=headers)


@router.get("/documents")
def documents(db: Store, status: Literal["coded", "skipped", "failed"] | None = None, cursor: Cursor = None,
              limit: Limit = 50) -> dict[str, Any]:
    """Stored documents by id with their status (coded, skipped: why, failed: why)."""
    return views.documents_page(db, status, cursor, limit)


@router.get("/documents/{doc_id:path}")
def document(request: Request, db: Store, doc_id: Annotated[str, Path(max_length=500)]) -> dict[str, Any]:
    """A document: status, stored text, its events with their evidence offsets and clusters (how many outlets
    report each event), and the text cut into highlighted segments (the document page's twin)."""
    views.clustered(db, request.app.state.settings)
    return views.document(db, doc_id)


@router.post("/documents", status_code=200, openapi_extra={
    "requestBody": {"required": True, "content": {kind: {"schema": {"type": "string"}} for kind in KINDS}}})
async def post_documents(request: Request, published: Day = None) -> JSONResponse:
    """Code and store a body of text (text/plain), HTML (text/html) or JSON lines (application/x-ndjson), at most
    settings.max_document_bytes; needs `Authorization: Bearer TOKEN`. Each document gets the statuses of
    `flashpoint ingest`: coded, skipped (why), failed (why), or unchanged."""
    authorize(request)
    settings = request.app.state.settings
    body_kind = kind(request.headers.get("content-type"))
    if body_kind is None:
        raise ApiError(415, f"Content-Type must be one of {', '.join(KINDS)}")
    data = await _body(request, settings.max_document_bytes)
    day = _published(published)
    return JSONResponse(await run_in_threadpool(_ingest, request, data, body_kind, day))


def _ingest(request: Request, data: bytes, body_kind: str, published: str | None) -> dict[str, Any]:
    settings = request.app.state.settings
    with open_store(settings.db) as db:
        result = ingest(db, data, body_kind, published, settings)
        views.clustered(db, settings)
    return result


def _published(value: str | None) -> str | None:
    from ..dates import parse_date

    try:
        parsed = parse_date(value)
    except ValueError as exc:
        raise ApiError(400, f"published: {exc}") from exc
    return parsed.isoformat() if parsed else None


def authorize(request: Request) -> None:
    """Writes need the server's token as a bearer token; a server started without one accepts no writes."""
    expected = request.app.state.token
    if not expected:
        raise ApiError(403, "this server accepts no writes: start `flashpoint serve` with --token or FLASHPOINT_TOKEN")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise ApiError(401, "a token is required: send the header Authorization: Bearer TOKEN", {"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(403, "the token is wrong")


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused (413) as soon as it is known to exceed `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise ApiError(413, f"the body is larger than {limit:,} bytes; send fewer documents per request")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"the body is larger than {limit:,} bytes; send fewer documents per request")
        chunks.append(chunk)
    if size == 0:
        raise ApiError(400, "the body is empty: send the text, HTML or JSON lines to store")
    return b"".join(chunks)


@router.get("/dyads")
def dyads(request: Request, db: Store, since: Day = None, until: Day = None,
          limit: Annotated[int, Query(ge=1, le=100)] = 10) -> dict[str, Any]:
    """The most active and the most escalating directed dyads in a window (default: 26 weeks to the newest event)."""
    settings = request.app.state.settings
    views.clustered(db, settings)
    return views.dyads(db, settings, since, until, limit)


@router.get("/dyads/{actor}/{recipient}")
def dyad(request: Request, db: Store, actor: Annotated[str, Path(max_length=16)], recipient: Annotated[str, Path(max_length=16)],
         query: DyadEvents, by: Period = "week") -> dict[str, Any]:
    """One directed dyad: its series and a page of its events, filtered (the dyad page's twin)."""
    found = views.dyad(db, request.app.state.settings, actor, recipient, by, query.since, query.until, query)
    return {**found, "events": [views.event_row(e) for e in found["events"]]}


@router.get("/series")
def series(request: Request, db: Store, actor: Annotated[str, Query(max_length=16)], recipient: Code = None, by: Period = "week",
           since: Day = None, until: Day = None, both: bool = False) -> dict[str, Any]:
    """What `flashpoint series` computes: per period, events by quad, reports and clusters, PLOVER score, asserted
    and claimed counts, and the escalation index."""
    rows = views.dyad_series(db, request.app.state.settings, actor, recipient, by, since, until, both)
    return {"actor": actor.upper(), "recipient": recipient.upper() if recipient else None, "by": by, "both": both, "rows": rows}


@router.get("/alerts")
def alerts(request: Request, db: Store, since: Day = None, until: Day = None,
           limit: Annotated[int, Query(ge=1, le=views.MAX_PAGE)] = 100) -> dict[str, Any]:
    """What `flashpoint alerts` computes, newest first, with the document of each event that drove an alert."""
    return {"alerts": views.alert_feed(db, request.app.state.settings, since, until, limit)}


@router.get("/overview")
def overview(request: Request, db: Store, since: Day = None, until: Day = None) -> dict[str, Any]:
    """The overview page's twin: alert feed, the top dyads' escalation index per week, counts by category and quad."""
    return views.overview(db, request.app.state.settings, since, until)
