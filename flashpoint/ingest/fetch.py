"""Fetcher.get(url) -> Response: one polite, bounded HTTP GET that never reaches a private address unless allowed.

Safe: http and https only; a timeout on connecting and on every read, and a deadline for the whole response; the
body limit counted while streaming, after decompression (a gzip bomb stops at the limit, not in memory); only web
pages and feeds are read (a PDF or an image is refused on its headers); at most `max_redirects` redirects, loops
caught. The SSRF guard checks the address each connection is actually made to (resolved once, then connected to
that address, so a DNS answer cannot change between the check and the connection), for the first request and
every redirect.
Polite: robots.txt (RFC 9309: a 5xx means keep out for now, a missing one allows everything), a per-host interval and
concurrency limit, retries with exponential backoff on 429 and 5xx, and a User-Agent that names a contact.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import quote, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from .. import __version__
from ..errors import BlockedAddress, FetchError, FetchRefused
from ..settings import Settings

AGENT = "Flashpoint"
REDIRECTS = {301, 302, 303, 307, 308}
TRANSIENT = {429, 500, 502, 503, 504}
# what a news page, a feed or a sitemap arrives as; anything else is refused on its headers
WEB_TYPES = {"text/html", "application/xhtml+xml", "text/xml", "application/xml", "application/rss+xml",
             "application/atom+xml", "application/rdf+xml", "text/plain", "application/x-rss+xml"}
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/*;q=0.5"
MAX_RETRY_AFTER = 300.0
ROBOTS_TTL = 24 * 3600.0
ROBOTS_RETRY = 600.0
ROBOTS_MAX_BYTES = 500_000

Resolver = Callable[[str, int], list[str]]


@dataclass(frozen=True)
class Response:
    url: str  # the final URL, after redirects
    status: int  # 200, or 304 for a conditional GET whose resource has not changed
    headers: dict[str, str] = field(default_factory=dict)  # names in lower case
    body: bytes = b""

    @property
    def media_type(self) -> str:
        return media_type(self.headers.get("content-type", ""))


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def user_agent(contact: str | None) -> str:
    return f"{AGENT}/{__version__} (news event coder; contact: {contact})" if contact else f"{AGENT}/{__version__} (news event coder)"


def check_url(url: str) -> str:
    """The URL when Flashpoint may fetch it (http or https, a host, no credentials), else FetchError."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise FetchError(f"{url}: not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs are fetched")
    if not parts.hostname:
        raise FetchError(f"{url}: the URL has no host")
    if parts.username or parts.password:
        raise FetchError(f"{url}: URLs with credentials are not fetched")
    return url.strip()


def address_kind(ip: str) -> str | None:
    """Why an address is refused by the SSRF guard ('loopback', 'private', …), or None for a public address."""
    address = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for kind in ("loopback", "link_local", "multicast", "private", "reserved", "unspecified"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if address.is_global else "non-global"


def retry_after(value: str | None, now: float) -> float | None:
    """Seconds a Retry-After header asks for (a number or an HTTP date), capped at five minutes."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - now
        except (TypeError, ValueError):
            return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


class Decoder:
    """Content-Encoding undone piece by piece, never producing more than `limit` bytes in all."""

    def __init__(self, encoding: str, limit: int, origin: str) -> None:
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self.inflate = None
        elif encoding in ("gzip", "x-gzip"):
            self.inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self.inflate = zlib.decompressobj()
        else:
            raise FetchError(f"{origin}: unsupported Content-Encoding {encoding!r}")
        self.limit, self.origin, self.size = limit, origin, 0
        self.deflate_raw = encoding == "deflate"

    def feed(self, chunk: bytes) -> bytes:
        if self.inflate is None:
            out = chunk
        else:
            try:
                out = self.inflate.decompress(chunk, self.limit - self.size + 1)
            except zlib.error as exc:
                if not (self.deflate_raw and self.size == 0):
                    raise FetchError(f"{self.origin}: damaged compressed body ({exc})") from None
                self.inflate, self.deflate_raw = zlib.decompressobj(-zlib.MAX_WBITS), False  # raw deflate, no header
                return self.feed(chunk)
        self.size += len(out)
        if self.size > self.limit:
            raise FetchRefused(f"{self.origin}: larger than {self.limit:,} bytes (stopped while reading)")
        return out


class HostGate:
    """At most `concurrency` requests open to one host, their starts at least `interval` seconds apart."""

    def __init__(self, interval: float, concurrency: int, clock: Callable[[], float], sleep: Callable[[float], None]) -> None:
        self.interval, self.concurrency, self.clock, self.sleep = interval, concurrency, clock, sleep
        self.lock = threading.Lock()
        self.slots: dict[str, threading.Semaphore] = {}
        self.next_start: dict[str, float] = {}
        self.delays: dict[str, float] = {}

    def slow_down(self, host: str, seconds: float) -> None:
        with self.lock:
            self.delays[host] = max(self.delays.get(host, 0.0), seconds)

    def enter(self, host: str) -> None:
        with self.lock:
            slot = self.slots.setdefault(host, threading.Semaphore(self.concurrency))
        slot.acquire()
        with self.lock:
            now = self.clock()
            start = max(now, self.next_start.get(host, now))
            self.next_start[host] = start + max(self.interval, self.delays.get(host, 0.0))
        if start > now:
            self.sleep(start - now)

    def leave(self, host: str) -> None:
        self.slots[host].release()


class Fetcher:
    """One per run: it holds the robots.txt cache and the per-host gates. Safe to share between threads."""

    def __init__(self, settings: Settings, resolve: Resolver | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings, self.clock, self.sleep = settings, clock, sleep
        self.resolve = resolve or _resolve
        self.agent = user_agent(settings.contact)
        self.gate = HostGate(settings.host_interval, settings.host_concurrency, clock, sleep)
        self.allowed_networks = [ipaddress.ip_network(n, strict=False) for n in settings.private_networks_allowed]
        self.robots: dict[str, tuple[float, RobotFileParser | None, str]] = {}
        self.robots_lock = threading.Lock()
        self.robots_locks: dict[str, threading.Lock] = {}
        self.tls = ssl.create_default_context()

    # ---------- the public call ---------------------------------------------------------------------
    def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        """GET with retries on 429/5xx/network errors; FetchError (or a subclass) says why nothing came back."""
        check_url(url)
        attempt = 0
        while True:
            try:
                response = self._follow(url, headers or {})
            except FetchError as exc:
                if not exc.transient or attempt >= self.settings.fetch_retries:
                    raise
                self.sleep(exc.retry_after if exc.retry_after is not None else self.settings.fetch_backoff * 2**attempt)
                attempt += 1
                continue
            return response

    # ---------- redirects, robots, the guard --------------------------------------------------------
    def _follow(self, url: str, headers: dict[str, str]) -> Response:
        seen = {url}
        for _ in range(self.settings.max_redirects + 1):
            self._check_robots(url)
            status, reply_headers, body = self._request(url, headers, self.settings.max_fetch_bytes, check_type=True)
            if status not in REDIRECTS:
                return self._judge(url, status, reply_headers, body)
            location = reply_headers.get("location")
            if not location:
                raise FetchError(f"{url}: HTTP {status} redirect without a Location", status)
            target = check_url(urljoin(url, location))
            if target in seen:
                raise FetchError(f"{url}: redirect loop (back to {target})", status)
            seen.add(target)
            url = target
        raise FetchError(f"{url}: more than {self.settings.max_redirects} redirects")

    def _judge(self, url: str, status: int, headers: dict[str, str], body: bytes) -> Response:
        if status in (200, 203, 304):
            return Response(url, status, headers, body)
        reason = http.client.responses.get(status, "")
        raise FetchError(f"{url}: HTTP {status} {reason}".rstrip(), status, transient=status in TRANSIENT,
                         retry_after=retry_after(headers.get("retry-after"), time.time()))

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        with self.robots_lock:
            lock = self.robots_locks.setdefault(site, threading.Lock())
        with lock:  # one site's robots.txt is asked for once, while other sites' are asked for alongside
            cached = self.robots.get(site)
            if cached is None or self.clock() >= cached[0]:
                try:
                    rules, why = self._load_robots(site)
                except FetchError as exc:  # the site cannot be reached: said of the URL asked for
                    raise type(exc)(f"{url}: {exc.reason.split(': ', 1)[-1]}", exc.http_status, exc.transient) from None
                cached = (self.clock() + (ROBOTS_TTL if rules is not None else ROBOTS_RETRY), rules, why)
                self.robots[site] = cached
        _, rules, why = cached
        if rules is None:
            raise FetchRefused(f"{url}: not fetched: {why}")
        if not rules.can_fetch(AGENT, url):
            raise FetchRefused(f"{url}: disallowed by robots.txt")
        delay = rules.crawl_delay(AGENT)
        if delay:
            self.gate.slow_down(parts.hostname or "", min(float(delay), 60.0))

    def _load_robots(self, site: str) -> tuple[RobotFileParser | None, str]:
        """The site's rules; RFC 9309: a 4xx means no rules, a 5xx means keep out for now (asked again in
        ROBOTS_RETRY seconds). A site that cannot be reached at all raises FetchError."""
        rules = RobotFileParser()
        try:
            status, _, body = self._request(site + "/robots.txt", {}, ROBOTS_MAX_BYTES, check_type=False)
        except FetchRefused:
            status, body = 200, b""  # a robots.txt over half a megabyte: ignore it, as Google does past 500 KiB
        if status in REDIRECTS or 400 <= status < 500:
            rules.parse([])
        elif status >= 500:
            return None, f"robots.txt answered HTTP {status}"
        else:
            rules.parse(body.decode("utf-8", "replace").splitlines())
        return rules, ""

    def _request(self, url: str, headers: dict[str, str], limit: int, check_type: bool) -> tuple[int, dict[str, str], bytes]:
        """One request and its bounded body: (status, headers, body)."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~") + (f"?{parts.query}" if parts.query else "")
        sent = {"User-Agent": self.agent, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate", **headers}
        self.gate.enter(host)
        connection = self._connection(parts.scheme, host, port)
        try:
            connection.request("GET", path, headers=sent)
            reply = connection.getresponse()
            reply_headers = {k.lower(): v for k, v in reply.getheaders()}
            if reply.status in REDIRECTS or reply.status == 304 or reply.status >= 400:
                return reply.status, reply_headers, b""
            kind = media_type(reply_headers.get("content-type", ""))
            if check_type and kind and kind not in WEB_TYPES:
                raise FetchRefused(f"{url}: not a web page or feed ({kind})")
            return reply.status, reply_headers, self._body(url, reply, reply_headers, limit)
        except FetchError as exc:
            if exc.reason.startswith(url):
                raise
            raise type(exc)(f"{url}: {exc.reason}", exc.http_status, exc.transient) from None
        except TimeoutError:
            raise FetchError(f"{url}: timed out after {self.settings.fetch_timeout:g} s", transient=True) from None
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(f"{url}: network error ({_describe(exc)})", transient=True) from None
        finally:
            connection.close()
            self.gate.leave(host)

    def _body(self, url: str, reply: http.client.HTTPResponse, headers: dict[str, str], limit: int) -> bytes:
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchRefused(f"{url}: larger than {limit:,} bytes ({int(declared):,} declared)")
        decoder = Decoder(headers.get("content-encoding", ""), limit, url)
        deadline = self.clock() + self.settings.fetch_deadline
        pieces, received = [], 0
        while chunk := reply.read1(65536):
            received += len(chunk)
            if received > limit:
                raise FetchRefused(f"{url}: larger than {limit:,} bytes (stopped while reading)")
            if self.clock() > deadline:
                raise FetchError(f"{url}: the response took longer than {self.settings.fetch_deadline:g} s", transient=True)
            pieces.append(decoder.feed(chunk))
        return b"".join(pieces)

    def _connection(self, scheme: str, host: str, port: int) -> http.client.HTTPConnection:
        timeout = self.settings.fetch_timeout
        if scheme == "https":
            return _GuardedHTTPS(host, port, timeout=timeout, context=self.tls, opener=self._open)
        return _GuardedHTTP(host, port, timeout=timeout, opener=self._open)

    def _open(self, host: str, port: int, timeout: float) -> socket.socket:
        """A socket connected to an address the guard allows: every address the name resolves to is checked and
        only an allowed one is connected to."""
        try:
            addresses = self.resolve(host, port)
        except OSError as exc:
            raise FetchError(f"cannot resolve {host} ({_describe(exc)})", transient=True) from None
        refused = []
        for ip in addresses:
            kind = self._blocked(ip)
            if kind:
                refused.append(f"{ip} is a {kind} address")
                continue
            return socket.create_connection((ip, port), timeout=timeout)
        raise BlockedAddress(f"refused {host}: {', '.join(refused) or 'no address'} "
                             "(set allow_private_networks, or list the network in private_networks_allowed, to fetch it)")

    def _blocked(self, ip: str) -> str | None:
        if self.settings.allow_private_networks:
            return None
        kind = address_kind(ip)
        if kind and any(ipaddress.ip_address(ip.split("%", 1)[0]) in net for net in self.allowed_networks):
            return None
        return kind


def _resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _describe(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


class _GuardedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, timeout: float, opener: Callable[[str, int, float], socket.socket]) -> None:
        super().__init__(host, port, timeout=timeout)
        self.opener = opener

    def connect(self) -> None:
        self.sock = self.opener(self.host, self.port, self.timeout)  # type: ignore[arg-type]  # always set by __init__


class _GuardedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, timeout: float, context: ssl.SSLContext,
                 opener: Callable[[str, int, float], socket.socket]) -> None:
        super().__init__(host, port, timeout=timeout, context=context)
        self.opener = opener

    def connect(self) -> None:
        self.sock = self._context.wrap_socket(self.opener(self.host, self.port, self.timeout), server_hostname=self.host)  # type: ignore[attr-defined,arg-type]
