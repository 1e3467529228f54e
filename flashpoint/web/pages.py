"""The dashboard: server-rendered pages over the same dicts as their JSON twins (views.py), the API docs, and
the package's two static files."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse, Response

from ..store.sqlite import SQLiteStore
from . import views
from .api import Cursor, Day, DyadEvents, Limit, Period
from .app import ApiError, store
from .render import render

router = APIRouter(include_in_schema=False)
Store = Annotated[SQLiteStore, Depends(store)]


def page(name: str, request: Request, twin: str, **context: Any) -> HTMLResponse:
    """A page, with a link to its JSON twin (the same data from the API)."""
    return HTMLResponse(render(name, request, {"twin": twin, **context}))


def _twin(request: Request, path: str) -> str:
    return path + (f"?{request.url.query}" if request.url.query else "")


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, db: Store, since: Day = None, until: Day = None) -> HTMLResponse:
    data = views.overview(db, request.app.state.settings, since, until)
    return page("overview.html", request, _twin(request, "/api/overview"), data=data)


@router.get("/dyads/{actor}/{recipient}", response_class=HTMLResponse)
def dyad(request: Request, db: Store, actor: Annotated[str, Path(max_length=16)], recipient: Annotated[str, Path(max_length=16)],
         query: DyadEvents, by: Period = "week") -> HTMLResponse:
    data = views.dyad(db, request.app.state.settings, actor, recipient, by, query.since, query.until, query)
    rows = [views.event_row(e) for e in data["events"]]
    twin = _twin(request, f"/api/dyads/{data['actor']}/{data['recipient']}")
    return page("dyad.html", request, twin, data=data, rows=rows, shown=views.series_for_reading(data["series"]))


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, db: Store, status: Literal["coded", "skipped", "failed"] | None = None, cursor: Cursor = None,
              limit: Limit = 50) -> HTMLResponse:
    data = views.documents_page(db, status, cursor, limit)
    return page("documents.html", request, _twin(request, "/api/documents"), data=data, status=status)


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, db: Store, doc_id: Annotated[str, Path(max_length=500)]) -> HTMLResponse:
    views.clustered(db, request.app.state.settings)
    data = views.document(db, doc_id)
    return page("document.html", request, f"/api/documents/{quote(doc_id, safe='')}", data=data)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The OpenAPI description as a page (no script from a CDN: the app's own template)."""
    return page("docs.html", request, "/openapi.json", spec=request.app.openapi())


@router.get("/static/{name}")
def static(request: Request, name: Annotated[str, Path(max_length=32)]) -> Response:
    """One of the package's static files, read at start-up: a name outside the list is a 404."""
    found = request.app.state.static.get(name)
    if found is None:
        raise ApiError(404, f"no static file {name!r}")
    return Response(found[0], media_type=found[1], headers={"Cache-Control": "max-age=3600"})
