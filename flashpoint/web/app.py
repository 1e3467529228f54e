"""The FastAPI app behind `flashpoint serve`: the JSON API (api.py), the dashboard (pages.py), one error shape.

Secure by default: every response carries a Content-Security-Policy without inline script or style, no CORS
unless settings.cors_origins names origins, writes need the token (compared in constant time), and static
files come from a fixed list read from the package, so no request path reaches the file system.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from http import HTTPStatus
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from ..errors import FlashpointError, NothingFound, QueryError, StoreError
from ..settings import Settings
from ..store.sqlite import SQLiteStore, explain, open_store
from .render import render

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "X-Frame-Options": "DENY"}
STATIC = {"app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}
log = logging.getLogger("flashpoint.web")


class ApiError(Exception):
    """An HTTP error with the API's message (401, 403, 413, 415 …)."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


def create_app(settings: Settings, token: str | None = None) -> FastAPI:
    """The app over settings.db; `token` enables the write endpoints (without one they refuse)."""
    from . import api, pages

    app = FastAPI(title="Flashpoint", version=_version(), docs_url=None, redoc_url=None, openapi_url="/openapi.json",
                  description="Source-attributed PLOVER events and escalation signals from news. Errors are "
                              "`{\"error\": {\"status\", \"code\", \"message\"}}`.")
    app.state.settings, app.state.token = settings, token
    app.state.static = {name: (resources.files("flashpoint.web").joinpath("static", name).read_bytes(), kind)
                        for name, kind in STATIC.items()}
    with open_store(settings.db):  # create and migrate it now, so that a bad path fails at start, not per request
        pass
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.update(HEADERS)
        return response

    for kind in (ApiError, HTTPException, RequestValidationError, FlashpointError, sqlite3.Error, Exception):
        app.add_exception_handler(kind, _error)
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def store(request: Request) -> Iterator[SQLiteStore]:
    """One connection per request (a FastAPI dependency), closed when the response is sent."""
    with open_store(request.app.state.settings.db) as opened:
        yield opened


def _version() -> str:
    from .. import __version__

    return __version__


def classify(exc: Exception) -> tuple[int, str, dict[str, str]]:
    """The HTTP status, message and headers of any exception a request can raise."""
    if isinstance(exc, ApiError):
        return exc.status, exc.message, exc.headers
    if isinstance(exc, HTTPException):
        return exc.status_code, str(exc.detail), dict(exc.headers or {})
    if isinstance(exc, RequestValidationError):
        return 400, "; ".join(_problem(e) for e in exc.errors()), {}
    if isinstance(exc, NothingFound):
        return 404, str(exc), {}
    if isinstance(exc, QueryError):
        return 400, str(exc), {}
    if isinstance(exc, StoreError):
        return 503, str(exc), {}
    if isinstance(exc, sqlite3.Error):
        return 503, f"cannot read the store: {explain(exc)}", {}
    if type(exc).__module__.startswith("psycopg"):  # imported only for a PostgreSQL store
        return 503, f"cannot read the store: {exc}", {}
    log.exception("unexpected error", exc_info=exc)
    return 500, "internal error: the server log has the details", {}


def _problem(error: dict[str, Any]) -> str:
    where = ".".join(str(p) for p in error["loc"] if p not in ("query", "path", "body"))
    given = f" (got {error['input']!r})" if "input" in error and not isinstance(error["input"], dict) else ""
    return f"{where}: {error['msg'].replace('Input should be', 'must be')}{given}"


def error_body(status: int, message: str) -> dict[str, Any]:
    """The one JSON error shape of every failure."""
    return {"error": {"status": status, "code": HTTPStatus(status).phrase.lower().replace(" ", "_"), "message": message}}


async def _error(request: Request, exc: Exception) -> Response:
    status, message, headers = classify(exc)
    if status == 404 and isinstance(exc, HTTPException) and exc.detail == "Not Found":
        message = f"nothing at {request.url.path}: the pages are /, /dyads/ACTOR/RECIPIENT, /documents; the API is listed at /docs"
    message = " ".join(message.split())
    headers = {**headers, **HEADERS}
    accept = request.headers.get("accept", "")
    if request.url.path.startswith("/api/") or ("json" in accept and "html" not in accept):
        return JSONResponse(error_body(status, message), status_code=status, headers=headers)
    page = render("error.html", request, {"status": status, "phrase": HTTPStatus(status).phrase, "message": message})
    return HTMLResponse(page, status_code=status, headers=headers)
