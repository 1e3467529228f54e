"""A real HTTP server on 127.0.0.1 and a free port, for network-free tests of fetching: each path answers with
what the test put there, and every request is recorded."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    delay: float = 0.0  # seconds to wait after the headers, before the body: a slow server
    etag: str | None = None  # answered 304 when the request carries it in If-None-Match
    stream: bool = False  # no Content-Length: the body ends when the connection closes
    drip: float = 0.0  # seconds between 100-byte pieces of the body: a server that never quite stops


class Site:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.replies: dict[str, Reply | list[Reply]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
                with site.lock:
                    site.requests.append((self.path, dict(self.headers.items())))
                    reply = site.replies.get(self.path) or Reply(b"", 404)
                    if isinstance(reply, list):  # a sequence: each request takes the next, the last one stays
                        reply = reply.pop(0) if len(reply) > 1 else reply[0]
                if reply.etag and self.headers.get("If-None-Match") == reply.etag:
                    reply = Reply(b"", 304, {"ETag": reply.etag})
                self.send_response(reply.status)
                headers = {**reply.headers, **({"ETag": reply.etag} if reply.etag else {})}
                for name, value in headers.items():
                    self.send_header(name, value)
                if reply.stream:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                elif "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                try:
                    if reply.delay:
                        self.wfile.flush()
                        time.sleep(reply.delay)
                    if reply.drip:
                        for start in range(0, len(reply.body), 100):
                            self.wfile.write(reply.body[start:start + 100])
                            self.wfile.flush()
                            time.sleep(reply.drip)
                    else:
                        self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, address: None  # a client that hangs up early (a refused body) is expected
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()
        self.base = f"http://{host}:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def put(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", **options: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        headers = {"Content-Type": content_type, **options.pop("headers", {})}  # type: ignore[dict-item]
        self.replies[path] = Reply(data, headers=headers, **options)  # type: ignore[arg-type]
        return self.url(path)

    def hits(self, path: str) -> int:
        with self.lock:
            return sum(p == path for p, _ in self.requests)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def article(title: str, paragraphs: list[str], date: str | None = None) -> str:
    """A news page as outlets publish them: a head with metadata, navigation, the article, a footer."""
    meta = f'<meta property="article:published_time" content="{date}T08:00:00Z">' if date else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>{title}</title>{meta}</head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Contact us</footer></body></html>")


def rss(items: list[tuple[str, str, str | None]], title: str = "Test wire") -> str:
    """An RSS 2.0 feed of (link, title, RFC 822 date) items."""
    entries = "".join(f"<item><title>{t}</title><link>{link}</link>{f'<pubDate>{d}</pubDate>' if d else ''}</item>"
                      for link, t, d in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.org/</link><description>tests</description>{entries}</channel></rss>")


def atom(items: list[tuple[str, str, str]], title: str = "Test agency") -> str:
    """An Atom 1.0 feed of (href, title, ISO 8601 time) entries."""
    entries = "".join(f'<entry><title>{t}</title><link href="{href}"/><id>tag:test,2024:{i}</id><updated>{d}</updated></entry>'
                      for i, (href, t, d) in enumerate(items))
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
            f"<id>tag:test,2024:feed</id><updated>2024-05-10T00:00:00Z</updated>{entries}</feed>")
