"""URLs, feeds and the watch loop end to end against a local server: fetched, coded with the real pipeline,
stored once, every item with a status; a watch with a fake clock; a watch killed with SIGKILL and resumed."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from flashpoint.cli import main
from flashpoint.errors import ConfigError
from flashpoint.ingest.pages import url_id
from flashpoint.settings import Settings
from flashpoint.store import open_store
from flashpoint.watch import Ingester, Source, load_sources, parse_interval, watch
from tests.webserver import Reply, Site, article, atom, rss
from tests.conftest import stored_documents

pytestmark = pytest.mark.backends  # the tests with a store URL (db_url) also run on PostgreSQL

PAIRS = [("South Korea", "North Korea"), ("Russia", "Ukraine"), ("Iran", "Israel"), ("China", "Japan"), ("India", "Pakistan"),
         ("Turkey", "Syria"), ("Armenia", "Azerbaijan"), ("Serbia", "Kosovo")]


def story(n: int) -> list[str]:
    """A short wire story of our own; the number makes each text unique."""
    a, b = PAIRS[n % len(PAIRS)]
    return [f"{a} accused {b} of firing {n + 3} artillery shells across the border on Tuesday, officials in {a} said.",
            f"{b} denied the claim and called for talks to ease tension along the frontier, report number {n}."]


def publish(site: Site, n: int, date: str | None = "2024-05-10") -> str:
    return site.put(f"/news/{n}", article(f"Border clash {n}", story(n), date))


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    yield served
    served.close()


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    path = tmp_path / "settings.yaml"
    path.write_text(yaml.safe_dump({"allow_private_networks": True, "host_interval": 0, "fetch_retries": 0, "fetch_timeout": 2,
                                    "batch_size": 4, "contact": "tests@example.org"}))
    return path


def cli(settings_file: Path, *args: str):
    return CliRunner().invoke(main, ["--settings", str(settings_file), *args], catch_exceptions=False)


def rows(db: Path) -> dict[str, dict[str, object]]:
    with sqlite3.connect(db) as connection:
        connection.row_factory = sqlite3.Row
        return {r["id"]: dict(r) for r in connection.execute("SELECT id, url, status, reason, published, title, outlet, n_events FROM documents")}


def test_ingest_url_stores_the_page_and_never_fetches_it_again(site: Site, settings_file: Path, tmp_path: Path) -> None:
    url = publish(site, 1, "2024-05-09")
    db = tmp_path / "e.db"
    first = cli(settings_file, "ingest", url, "--db", str(db))
    assert first.exit_code == 0, first.output
    assert "1 documents coded" in first.stdout
    stored = rows(db)[url_id(url)]
    assert (stored["status"], stored["url"], stored["published"], stored["title"]) == ("coded", url, "2024-05-09", "Border clash 1")
    assert stored["n_events"] > 0

    again = cli(settings_file, "ingest", url, "--db", str(db))
    assert again.exit_code == 0 and f"already stored: {url} (coded)" in again.stderr
    assert "0 documents coded" in again.stdout and "1 already stored" in again.stdout
    assert site.hits("/news/1") == 1


def test_code_url_prints_events_and_stores_nothing(site: Site, settings_file: Path, tmp_path: Path) -> None:
    url = publish(site, 2)
    result = cli(settings_file, "code", url, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and {e["doc_id"] for e in events} == {url_id(url)}


def test_a_blocked_or_missing_url_gets_a_status_and_exit_1(site: Site, settings_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    result = cli(settings_file, "ingest", site.url("/nowhere"), "--db", str(db))
    assert result.exit_code == 1 and "failed: " in result.stderr and "HTTP 404 Not Found" in result.stderr
    guarded = tmp_path / "guarded.yaml"
    guarded.write_text("host_interval: 0\n")
    refused = cli(guarded, "ingest", publish(site, 3), "--db", str(db))
    assert refused.exit_code == 1 and "is a loopback address" in refused.stderr
    assert sorted(r["status"] for r in rows(db).values()) == ["failed", "failed"]


def test_a_feed_is_ingested_item_by_item_with_a_status_for_each(site: Site, settings_file: Path, tmp_path: Path) -> None:
    site.put("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    for n in (1, 2):
        publish(site, n)
    site.put("/news/3", article("Undated", story(3), None))  # no date on the page: the feed's date is used
    site.put("/copy/1", article("Border clash 1", story(1), "2024-05-10"))  # the same text as /news/1 under another URL
    site.put("/private/4", article("Hidden", story(4), "2024-05-10"))
    site.put("/report.pdf", b"%PDF-1.4", "application/pdf")
    items = [("/news/1", "one", None), ("news/2", "two", None), ("/news/3", "three", "Sun, 12 May 2024 09:00:00 GMT"),
             ("/copy/1", "copy", None), ("/private/4", "hidden", None), ("/report.pdf", "pdf", None), ("/news/404", "gone", None)]
    feed = site.put("/feed.xml", rss(items), "application/rss+xml", etag='"v1"')
    db = tmp_path / "e.db"
    result = cli(settings_file, "ingest", feed, "--db", str(db))
    assert result.exit_code == 0, result.output
    stored = {r["url"]: r for r in rows(db).values()}
    status = {url.removeprefix(site.base): (r["status"], r["reason"]) for url, r in stored.items()}
    assert status["/news/1"][0] == status["/news/2"][0] == status["/news/3"][0] == "coded"
    assert status["/copy/1"] == ("skipped", f"duplicate of {url_id(site.url('/news/1'))}")
    assert status["/private/4"] == ("skipped", f"{site.url('/private/4')}: disallowed by robots.txt")
    assert status["/report.pdf"] == ("skipped", f"{site.url('/report.pdf')}: not a web page or feed (application/pdf)")
    assert status["/news/404"] == ("failed", f"{site.url('/news/404')}: HTTP 404 Not Found")
    assert stored[site.url("/news/3")]["published"] == "2024-05-12" and stored[site.url("/news/1")]["published"] == "2024-05-10"
    assert site.hits("/private/4") == 0

    before = rows(db)
    again = cli(settings_file, "ingest", feed, "--db", str(db))  # the feed answers 304: nothing is fetched again
    assert again.exit_code == 0 and "not modified since the last ingest" in again.stderr
    assert site.hits("/feed.xml") == 2 and site.requests[-1][1].get("If-None-Match") == '"v1"'
    assert all(site.hits(p) == 1 for p in ("/news/1", "/news/2", "/news/3", "/copy/1", "/report.pdf"))
    assert rows(db) == before


def test_a_saved_atom_feed_and_broken_or_empty_feeds(site: Site, settings_file: Path, tmp_path: Path) -> None:
    saved = tmp_path / "agency.atom"
    saved.write_text(atom([(publish(site, 5), "five", "2024-05-10T08:00:00Z")]))
    empty = site.put("/empty.xml", rss([]), "application/rss+xml")
    broken = site.put("/broken.xml", "<?xml version='1.0'?><rss><channel><title>cut off", "application/rss+xml")
    db = tmp_path / "e.db"
    result = cli(settings_file, "ingest", str(saved), empty, broken, "--db", str(db))
    assert result.exit_code == 0, result.output
    by_id = rows(db)
    assert by_id[url_id(site.url("/news/5"))]["status"] == "coded"
    assert by_id[url_id(empty)]["status"] == "skipped" and by_id[url_id(empty)]["reason"] == f"{empty}: the feed has no items"
    assert by_id[url_id(broken)]["status"] == "failed" and "not an RSS or Atom feed" in str(by_id[url_id(broken)]["reason"])


class FakeClock:
    """Wall-clock time that moves only when the watch sleeps; `on_sleep` lets the test change the world meanwhile."""

    def __init__(self, on_sleep=lambda clock: None) -> None:
        self.now, self.slept, self.on_sleep = 1_700_000_000.0, [], on_sleep

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        self.on_sleep(self)


def test_watch_rounds_follow_each_sources_interval_and_pick_up_new_items(site: Site, tmp_path: Path) -> None:
    fast_items = [(publish(site, n), f"item {n}", None) for n in (1, 2)]
    site.put("/fast.xml", rss(fast_items), "application/rss+xml", etag='"f1"')
    site.put("/slow.xml", atom([(publish(site, 3), "item 3", "2024-05-10T00:00:00Z")]), "application/atom+xml")
    sources = [Source(url=site.url("/fast.xml"), name="fast"), Source(url=site.url("/slow.xml"), name="slow", every="30m", outlet="Slow Agency")]

    def news_arrives(clock: FakeClock) -> None:
        if len(clock.slept) == 2:  # before the third round, the fast feed gains an item
            site.put("/fast.xml", rss(fast_items + [(publish(site, 4), "item 4", None)]), "application/rss+xml", etag='"f2"')

    clock = FakeClock(news_arrives)
    settings = Settings(allow_private_networks=True, host_interval=0, fetch_retries=0, batch_size=4)
    lines: list[str] = []
    with open_store(tmp_path / "e.db") as store:
        total = watch(sources, Ingester(store, settings), every=600, rounds=4, clock=clock, sleep=clock.sleep, echo=lines.append)
        state = {r["name"]: r for r in __import__("flashpoint.store.web", fromlist=["WebState"]).WebState(store).sources()}
    assert clock.slept == [600, 600, 600]  # rounds at 0, 10, 20 and 30 minutes
    assert site.hits("/fast.xml") == 4 and site.hits("/slow.xml") == 2  # the slow feed is due at 0 and 30 minutes
    conditional = [h.get("If-None-Match") for p, h in site.requests if p == "/fast.xml"]
    assert conditional == [None, '"f1"', '"f1"', '"f2"']
    assert [line.split(":")[0] for line in lines] == ["round 1", "round 2", "round 3", "round 4"]
    assert "3 new items; 3 coded" in lines[0] and "0 new items; 0 coded" in lines[1] and "1 new items; 1 coded" in lines[2]
    assert total.tally["coded"] == 4 and all(site.hits(f"/news/{n}") == 1 for n in (1, 2, 3, 4))
    assert (state["fast"]["rounds"], state["fast"]["items_new"], state["slow"]["rounds"]) == (4, 3, 2)
    assert state["fast"]["last_status"] == "not modified"
    with sqlite3.connect(tmp_path / "e.db") as connection:
        assert connection.execute("SELECT outlet FROM documents WHERE url = ?", (site.url("/news/3"),)).fetchone() == ("Slow Agency",)


def test_an_item_failing_for_a_passing_reason_is_tried_again_in_later_rounds(site: Site, tmp_path: Path) -> None:
    site.replies["/news/1"] = [Reply(b"", 503), Reply(article("Back", story(1), "2024-05-10").encode())]
    site.replies["/news/2"] = Reply(b"", 503)
    site.put("/feed.xml", rss([(site.url("/news/1"), "one", None), (site.url("/news/2"), "two", None)]), "application/rss+xml")
    clock = FakeClock()
    settings = Settings(allow_private_networks=True, host_interval=0, fetch_retries=0, item_attempts=3)
    lines: list[str] = []
    with open_store(tmp_path / "e.db") as store:
        watch([Source(url=site.url("/feed.xml"))], Ingester(store, settings, echo=lines.append), every=60, rounds=4,
              clock=clock, sleep=clock.sleep, echo=lines.append)
    by_url = {r["url"]: r for r in rows(tmp_path / "e.db").values()}
    assert by_url[site.url("/news/1")]["status"] == "coded"
    assert by_url[site.url("/news/2")]["status"] == "failed" and "HTTP 503" in str(by_url[site.url("/news/2")]["reason"])
    assert site.hits("/news/1") == 2 and site.hits("/news/2") == 3  # three attempts, then it stays failed
    assert sum("(will retry)" in line for line in lines) == 3


def test_a_source_in_another_language_is_not_fetched(site: Site, tmp_path: Path) -> None:
    site.put("/ko.xml", rss([(publish(site, 1), "one", None)]), "application/rss+xml")
    clock = FakeClock()
    with open_store(tmp_path / "e.db") as store:
        watch([Source(url=site.url("/ko.xml"), language="ko")], Ingester(store, Settings(allow_private_networks=True, host_interval=0)),
              every=60, once=True, clock=clock, sleep=clock.sleep, echo=lambda _: None)
    [row] = rows(tmp_path / "e.db").values()
    assert row["status"] == "skipped" and "language is 'ko'" in str(row["reason"]) and site.hits("/news/1") == 0


def test_watch_and_sources_commands(site: Site, settings_file: Path, tmp_path: Path, db_url: str) -> None:
    site.put("/feed.xml", rss([(publish(site, n), f"item {n}", None) for n in (1, 2)]), "application/rss+xml")
    sources = tmp_path / "sources.yaml"
    sources.write_text(yaml.safe_dump({"sources": [{"name": "wire", "url": site.url("/feed.xml"), "every": "5m", "outlet": "Wire"},
                                                   {"name": "down", "url": site.url("/down.xml")}]}))
    db = db_url
    result = cli(settings_file, "watch", str(sources), "--once", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("round 1: 2 sources checked (0 unchanged, 1 failed), 2 new items; 2 coded")
    assert "failed: " in result.stderr and "/down.xml: HTTP 404 Not Found" in result.stderr
    listed = cli(settings_file, "sources", "--db", str(db), "--format", "jsonl")
    state = {r["name"]: r for r in map(json.loads, listed.stdout.splitlines())}
    assert (state["wire"]["items_seen"], state["wire"]["items_new"], state["wire"]["errors"], state["wire"]["pending"]) == (2, 2, 0, 0)
    assert state["down"]["errors"] == 1 and state["down"]["last_status"] == "failed: HTTP 404 Not Found"
    assert cli(settings_file, "sources", "--db", str(tmp_path / "new.db")).exit_code == 1


def test_sources_files_are_checked_with_clear_errors(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("- https://a.example/feed.xml\n- url: https://b.example/rss\n  every: 1h\n  outlet: B\n")
    assert [(s.key, s.every) for s in load_sources(path)] == [("https://a.example/feed.xml", None), ("https://b.example/rss", 3600.0)]
    for text, message in [("sources: []", "expected a list of sources"), ("- url: ftp://x/feed", "source 1: url: 'ftp://x/feed' is not an http"),
                          ("- url: https://a/f\n  every: soon", "every: 'soon' is not an interval"),
                          ("- url: https://a/f\n  colour: red", "colour: Extra inputs"),
                          ("- https://a/f\n- https://a/f", "given twice")]:
        path.write_text(text)
        with pytest.raises(ConfigError, match=message):
            load_sources(path)


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("1h30m", 5400), ("45s", 45), ("2d", 172800), ("90", 90), (30, 30)])
def test_intervals(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["soon", "0m", "15 minutes", "-5", "1h and 2m"])
def test_bad_intervals(text: str) -> None:
    with pytest.raises(ValueError):
        parse_interval(text)


ITEMS = 20


def test_a_watch_killed_with_sigkill_resumes_without_losing_or_duplicating(site: Site, settings_file: Path, tmp_path: Path) -> None:
    site.put("/feed.xml", rss([(publish(site, n), f"item {n}", None) for n in range(ITEMS)]), "application/rss+xml", etag='"v1"')
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"- {site.url('/feed.xml')}\n")
    db = tmp_path / "e.db"
    command = [str(Path(sys.executable).parent / "flashpoint"), "--settings", str(settings_file), "watch", str(sources), "--once", "--db", str(db)]
    victim = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while stored_documents(db) < 5 and victim.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    victim.send_signal(signal.SIGKILL)
    victim.wait(30)
    partial = stored_documents(db)
    assert 0 < partial < ITEMS, "the watch finished before it could be killed"

    # resumed without --once: it runs until SIGTERM, which ends it after its first round with the summary
    resumed = subprocess.Popen(command[:-3] + ["--every", "1h", "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    first_line = resumed.stdout.readline().decode()  # type: ignore[union-attr]
    resumed.send_signal(signal.SIGTERM)
    out, err = resumed.communicate(timeout=60)
    assert resumed.returncode == 0, err.decode()
    assert first_line.startswith("round 1:") and out.decode().splitlines()[-1].startswith("1 sources; ")
    # the feed is not due again yet, so it is not asked for: the items it listed were queued in the store
    assert site.hits("/feed.xml") == 1
    assert f"{ITEMS - partial} coded" in first_line
    stored = rows(db)
    assert sorted(r["url"] for r in stored.values()) == sorted(site.url(f"/news/{n}") for n in range(ITEMS))
    assert all(r["status"] == "coded" for r in stored.values())
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM web_items WHERE state = 'pending'").fetchone() == (0,)
        per_doc = dict(connection.execute("SELECT doc_id, count(*) FROM events GROUP BY doc_id"))
    assert per_doc == {d: r["n_events"] for d, r in stored.items() if r["n_events"]}
    # pages stored before the kill were not fetched again; only those in flight at the kill could be
    refetched = sum(site.hits(f"/news/{n}") - 1 for n in range(ITEMS))
    assert refetched <= ITEMS - partial


def test_hosts_take_turns_so_one_long_feed_does_not_hold_the_others_back() -> None:
    from flashpoint.store.web import PendingItem
    from flashpoint.watch import by_turns

    items = [PendingItem(f"https://{host}/{n}", None, None, None, None, 0) for host, n in
             [("a.example", 1), ("a.example", 2), ("a.example", 3), ("b.example", 1), ("c.example", 1), ("c.example", 2)]]
    assert [i.url.removeprefix("https://") for i in by_turns(items)] == [
        "a.example/1", "b.example/1", "c.example/1", "a.example/2", "c.example/2", "a.example/3"]


def test_the_shipped_example_sources_load() -> None:
    from tests.conftest import REPO

    sources = load_sources(REPO / "sources.example.yaml")  # loaded, never fetched
    assert len(sources) >= 8 and all(s.url.startswith("https://") and s.outlet for s in sources)
    assert {s.language for s in sources} == {"en", "ko"}
