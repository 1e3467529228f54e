"""The fetcher against a real HTTP server on 127.0.0.1: statuses, retries, timeouts, size limits, redirects, the
SSRF guard, content types, robots.txt and the per-host gate. No request leaves the machine."""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import Iterator

import pytest

from flashpoint.errors import BlockedAddress, FetchError, FetchRefused
from flashpoint.ingest.fetch import Fetcher, HostGate, address_kind, check_url, retry_after, user_agent
from flashpoint.settings import Settings
from tests.webserver import Reply, Site

PAGE = "<html><body><p>Ministers met in Geneva.</p></body></html>"


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    yield served
    served.close()


def settings(**changes: object) -> Settings:
    """What the tests use: their own server is on loopback, so the guard lets private networks through."""
    return Settings(**{"allow_private_networks": True, "host_interval": 0, "fetch_retries": 0, "fetch_backoff": 0.5, **changes})


def test_a_page_comes_back_with_its_final_url_and_a_user_agent_naming_the_contact(site: Site) -> None:
    url = site.put("/story", PAGE)
    response = Fetcher(settings(contact="desk@example.org")).get(url)
    assert (response.status, response.url, response.body.decode()) == (200, url, PAGE)
    [(path, headers)] = [r for r in site.requests if r[0] == "/story"]
    assert headers["User-Agent"] == user_agent("desk@example.org") and "desk@example.org" in headers["User-Agent"]


def test_404_is_a_final_failure_with_the_status(site: Site) -> None:
    with pytest.raises(FetchError, match=r"/gone: HTTP 404 Not Found$") as caught:
        Fetcher(settings(fetch_retries=3)).get(site.url("/gone"))
    assert (caught.value.http_status, caught.value.transient, caught.value.status) == (404, False, "failed")
    assert site.hits("/gone") == 1  # a 404 is not retried


def test_500_is_retried_with_exponential_backoff_then_fails(site: Site) -> None:
    site.replies["/flaky"] = Reply(b"", 500)
    waits: list[float] = []
    with pytest.raises(FetchError, match="HTTP 500 Internal Server Error") as caught:
        Fetcher(settings(fetch_retries=2), sleep=waits.append).get(site.url("/flaky"))
    assert caught.value.transient and site.hits("/flaky") == 3
    assert waits == [0.5, 1.0]


def test_429_waits_as_long_as_retry_after_asks_then_succeeds(site: Site) -> None:
    site.replies["/busy"] = [Reply(b"", 429, {"Retry-After": "7"}), Reply(PAGE.encode())]
    waits: list[float] = []
    response = Fetcher(settings(fetch_retries=1), sleep=waits.append).get(site.url("/busy"))
    assert response.body.decode() == PAGE and waits == [7.0]


def test_a_slow_response_past_the_timeout_fails_quickly(site: Site) -> None:
    site.put("/slow", PAGE, delay=3.0)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"/slow: timed out after 0.3 s") as caught:
        Fetcher(settings(fetch_timeout=0.3)).get(site.url("/slow"))
    assert caught.value.transient and time.monotonic() - started < 2.0


def test_a_response_dripping_past_the_deadline_fails(site: Site) -> None:
    site.put("/drip", "z" * 3000, drip=0.05)  # each piece well inside the timeout, the whole past the deadline
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"/drip: the response took longer than 0.5 s"):
        Fetcher(settings(fetch_timeout=1.0, fetch_deadline=0.5)).get(site.url("/drip"))
    assert time.monotonic() - started < 1.5


def test_a_declared_body_over_the_limit_is_refused_before_reading(site: Site) -> None:
    site.put("/big", "x" * 5000)
    with pytest.raises(FetchRefused, match=r"larger than 1,000 bytes \(5,000 declared\)") as caught:
        Fetcher(settings(max_fetch_bytes=1000)).get(site.url("/big"))
    assert caught.value.status == "skipped"


def test_an_undeclared_body_over_the_limit_is_cut_while_streaming(site: Site) -> None:
    site.put("/endless", "y" * 300_000, stream=True)
    with pytest.raises(FetchRefused, match="larger than 100,000 bytes .stopped while reading."):
        Fetcher(settings(max_fetch_bytes=100_000)).get(site.url("/endless"))


def test_a_gzip_bomb_stops_at_the_limit_of_decompressed_bytes(site: Site) -> None:
    bomb = gzip.compress(b"\0" * 50_000_000)  # 50 MB of zeros in about 50 KB
    assert len(bomb) < 100_000
    site.put("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchRefused, match=r"larger than 5,000,000 bytes \(stopped while reading\)"):
        Fetcher(settings()).get(site.url("/bomb"))


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
def test_compressed_pages_are_decompressed(site: Site, encoding: str) -> None:
    packed = {"gzip": gzip.compress, "deflate": zlib.compress,
              "raw-deflate": lambda b: zlib.compress(b)[2:-4]}[encoding](PAGE.encode())
    site.put("/packed", packed, headers={"Content-Encoding": encoding.removeprefix("raw-")})
    assert Fetcher(settings()).get(site.url("/packed")).body.decode() == PAGE


def test_redirects_are_followed_relative_or_absolute(site: Site) -> None:
    final = site.put("/final", PAGE)
    site.put("/hop1", "", headers={"Location": "/hop2"}, status=301)
    site.put("/hop2", "", headers={"Location": final}, status=302)
    response = Fetcher(settings()).get(site.url("/hop1"))
    assert (response.url, response.body.decode()) == (final, PAGE)


def test_a_redirect_loop_fails(site: Site) -> None:
    site.put("/ping", "", headers={"Location": "/pong"}, status=302)
    site.put("/pong", "", headers={"Location": "/ping"}, status=302)
    with pytest.raises(FetchError, match=r"/pong: redirect loop \(back to .*/ping\)"):
        Fetcher(settings()).get(site.url("/ping"))


def test_at_most_five_redirects(site: Site) -> None:
    for n in range(7):
        site.put(f"/r{n}", "", headers={"Location": f"/r{n + 1}"}, status=307)
    site.put("/r7", PAGE)
    with pytest.raises(FetchError, match="more than 5 redirects"):
        Fetcher(settings()).get(site.url("/r0"))
    assert Fetcher(settings()).get(site.url("/r2")).url == site.url("/r7")  # five hops are fine


def test_the_guard_refuses_loopback_before_connecting(site: Site) -> None:
    url = site.put("/story", PAGE)
    with pytest.raises(BlockedAddress, match=r"/story: refused 127.0.0.1: 127.0.0.1 is a loopback address .set allow_private_networks"):
        Fetcher(Settings(host_interval=0)).get(url)
    with pytest.raises(BlockedAddress, match="is a loopback address"):
        Fetcher(Settings(host_interval=0)).get(url.replace("127.0.0.1", "localhost"))  # a name is judged by its address
    assert site.requests == []  # not even robots.txt was asked for


@pytest.mark.parametrize("target", ["http://127.0.0.2:{port}/secret",
                                    "http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/admin", "http://[::1]:{port}/secret"])
def test_a_redirect_to_a_private_address_is_refused_with_the_guard_on(site: Site, target: str) -> None:
    inside = Site("127.0.0.2")  # a second loopback address: it must never be reached
    try:
        inside.put("/secret", PAGE)
        site.put("/go", "", headers={"Location": target.format(port=inside.server.server_address[1])}, status=302)
        guarded = Fetcher(Settings(host_interval=0, fetch_retries=0, private_networks_allowed=["127.0.0.1/32"]))
        with pytest.raises(BlockedAddress, match="(loopback|link-local|private) address"):
            guarded.get(site.url("/go"))
        assert site.hits("/go") == 1 and inside.requests == []
    finally:
        inside.close()


@pytest.mark.parametrize("url", ["ftp://example.org/feed.xml", "file:///etc/passwd", "javascript:alert(1)", "http://", "http://user:pw@example.org/"])
def test_only_plain_http_and_https_urls_are_fetched(url: str) -> None:
    with pytest.raises(FetchError):
        check_url(url)


@pytest.mark.parametrize(("content_type", "allowed"), [
    ("application/pdf", False), ("image/png", False), ("application/octet-stream", False), ("application/json", False),
    ("text/html; charset=utf-8", True), ("application/rss+xml", True), ("application/xhtml+xml", True), ("text/xml", True),
])
def test_only_pages_and_feeds_are_read(site: Site, content_type: str, allowed: bool) -> None:
    url = site.put("/thing", PAGE, content_type)
    if allowed:
        assert Fetcher(settings()).get(url).body.decode() == PAGE
    else:
        with pytest.raises(FetchRefused, match=rf"not a web page or feed \({content_type}\)") as caught:
            Fetcher(settings()).get(url)
        assert caught.value.status == "skipped"


def test_robots_txt_disallow_is_respected_for_our_agent(site: Site) -> None:
    site.put("/robots.txt", "User-agent: *\nDisallow: /private/\n\nUser-agent: Flashpoint\nDisallow: /wires/\n", "text/plain")
    site.put("/private/memo", PAGE)
    site.put("/wires/1", PAGE)
    site.put("/news/1", PAGE)
    fetcher = Fetcher(settings())
    for path in ("/wires/1",):
        with pytest.raises(FetchRefused, match=rf"{path}: disallowed by robots.txt"):
            fetcher.get(site.url(path))
    assert fetcher.get(site.url("/news/1")).status == 200
    assert site.hits("/wires/1") == 0 and site.hits("/robots.txt") == 1  # robots.txt asked once per site


def test_robots_txt_for_everyone_binds_us_when_it_names_no_agent(site: Site) -> None:
    site.put("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.put("/private/memo", PAGE)
    with pytest.raises(FetchRefused, match="disallowed by robots.txt"):
        Fetcher(settings()).get(site.url("/private/memo"))
    assert site.hits("/private/memo") == 0


def test_a_failing_robots_txt_means_keep_out_until_it_is_asked_again(site: Site) -> None:
    site.replies["/robots.txt"] = [Reply(b"", 503), Reply(b"User-agent: *\nDisallow:\n", headers={"Content-Type": "text/plain"})]
    site.put("/news/1", PAGE)
    clock = FakeClock()
    fetcher = Fetcher(settings(), clock=clock, sleep=clock.sleep)
    for _ in range(2):
        with pytest.raises(FetchRefused, match="/news/1: not fetched: robots.txt answered HTTP 503"):
            fetcher.get(site.url("/news/1"))
    assert site.hits("/robots.txt") == 1 and site.hits("/news/1") == 0
    clock.now += 601  # ten minutes later robots.txt is asked for again, and now allows
    assert fetcher.get(site.url("/news/1")).status == 200 and site.hits("/robots.txt") == 2


def test_a_site_that_cannot_be_reached_is_a_network_failure_worth_retrying(site: Site) -> None:
    closed = Site()
    url = closed.url("/news/1")
    closed.close()  # nothing listens on that port any more
    with pytest.raises(FetchError, match=r"/news/1: network error \(Connection refused\)") as caught:
        Fetcher(settings()).get(url)
    assert caught.value.transient and caught.value.status == "failed"


def test_crawl_delay_slows_the_host_down(site: Site) -> None:
    site.put("/robots.txt", "User-agent: *\nCrawl-delay: 4\n", "text/plain")
    site.put("/a", PAGE)
    fetcher = Fetcher(settings(host_interval=0.01))
    fetcher.get(site.url("/a"))
    assert fetcher.gate.delays == {"127.0.0.1": 4.0}


def test_a_conditional_get_answers_304_when_nothing_changed(site: Site) -> None:
    site.put("/feed.xml", "<rss/>", "application/rss+xml", etag='"v1"')
    fetcher = Fetcher(settings())
    first = fetcher.get(site.url("/feed.xml"))
    assert first.headers["etag"] == '"v1"'
    assert fetcher.get(site.url("/feed.xml"), {"If-None-Match": '"v1"'}).status == 304


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def test_the_host_gate_spaces_requests_to_one_host_but_not_across_hosts() -> None:
    clock = FakeClock()
    gate = HostGate(interval=2.0, concurrency=1, clock=clock, sleep=clock.sleep)
    for host in ("a.example", "a.example", "b.example", "a.example"):
        gate.enter(host)
        gate.leave(host)
    assert clock.slept == [2.0, 2.0]  # the 2nd and 4th request to a.example waited; b.example did not


def test_the_host_gate_caps_concurrent_requests_per_host() -> None:
    import threading

    gate = HostGate(interval=0.0, concurrency=2, clock=time.monotonic, sleep=time.sleep)
    open_now, most = [0], [0]
    lock = threading.Lock()

    def request() -> None:
        gate.enter("a.example")
        with lock:
            open_now[0] += 1
            most[0] = max(most[0], open_now[0])
        time.sleep(0.05)
        with lock:
            open_now[0] -= 1
        gate.leave("a.example")

    threads = [threading.Thread(target=request) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == 2


@pytest.mark.parametrize(("ip", "kind"), [
    ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.10", "private"), ("172.16.5.4", "private"),
    ("169.254.169.254", "link-local"), ("224.0.0.251", "multicast"), ("0.0.0.0", "private"), ("::1", "loopback"),
    ("::ffff:127.0.0.1", "loopback"), ("fe80::1", "link-local"), ("fd00::1", "private"), ("100.64.0.1", "non-global"),
    ("240.0.0.1", "private"), ("93.184.216.34", None), ("2606:4700::6810:84e5", None),
])
def test_address_kinds(ip: str, kind: str | None) -> None:
    assert address_kind(ip) == kind


def test_retry_after_reads_seconds_and_dates_and_caps_them() -> None:
    assert retry_after("12", now=0.0) == 12.0
    assert retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now=1445412480.0) == 30.0
    assert retry_after("86400", now=0.0) == 300.0
    assert retry_after("soon", now=0.0) is None and retry_after(None, now=0.0) is None
