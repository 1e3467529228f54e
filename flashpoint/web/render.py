"""Jinja templates from the package, autoescaped: every string from an article or a user is escaped."""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request

from . import charts


def safe_url(url: str | None) -> str | None:
    """A stored article URL fit for an href: http(s) only, so a `javascript:` URL is shown, never linked."""
    return url if url and urlsplit(url).scheme.lower() in ("http", "https") else None


def query(params: dict[str, Any], **changes: Any) -> str:
    """The query string of the current filters with some changed (None drops a filter)."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def number(value: Any) -> str:
    if value is None or value != value:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


@cache
def environment() -> Environment:
    env = Environment(loader=PackageLoader("flashpoint.web", "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(safe_url=safe_url, number=number)
    env.globals.update(query=query, line_chart=charts.line_chart, bar_chart=charts.bar_chart)
    return env


def render(name: str, request: Request, context: dict[str, Any]) -> str:
    return environment().get_template(name).render(request=request, params=dict(request.query_params), **context)
