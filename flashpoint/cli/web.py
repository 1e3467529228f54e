"""`flashpoint serve`: the API and dashboard on 127.0.0.1 unless told otherwise (registered in cli/__init__.py)."""

from __future__ import annotations

import ipaddress
import socket
import threading
from pathlib import Path

import click

from ..errors import ConfigError
from .common import db_option, fails_cleanly, settings_option


def loopback(host: str) -> bool:
    """Whether binding `host` serves this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, opened here so that a busy port is a one-line error and port 0 a free port."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port or --host") from exc
    return sock


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; other than loopback needs a token.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free port).")
@click.option("--token", envvar="FLASHPOINT_TOKEN", help="Token that POST /api/documents needs (also $FLASHPOINT_TOKEN).")
@settings_option
@click.pass_context
@fails_cleanly
def serve(ctx: click.Context, db: Path | None, host: str, port: int, token: str | None) -> None:
    """Serve the JSON API (/api, docs at /docs) and the dashboard over the store; Ctrl-C stops it."""
    from ..settings import load_settings, store_label

    try:
        import uvicorn

        from ..web.app import create_app
    except ImportError as exc:
        raise ConfigError(f"flashpoint serve needs the web extra ({exc.name} is missing): pip install 'flashpoint[web]'") from exc
    if not loopback(host) and not token:
        raise ConfigError(f"refusing to serve on {host} without a token: pass --token or set FLASHPOINT_TOKEN "
                          "(or keep the default --host 127.0.0.1)")
    settings = load_settings((ctx.obj or {}).get("settings_file"), db=db)
    app = create_app(settings, token or None)
    sock = bind(host, port)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Flashpoint dashboard on http://{shown}:{sock.getsockname()[1]}/ (API docs at /docs; store {store_label(settings.db)}; "
               f"writes {'need the token' if token else 'off: no token'}). Ctrl-C stops it.", err=False)
    from ..web.views import prepare

    threading.Thread(target=prepare, args=(settings,), name="flashpoint-prepare", daemon=True).start()
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    server.run(sockets=[sock])
