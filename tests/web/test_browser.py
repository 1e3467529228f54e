"""The dashboard in a real browser: Debian's chromium driven by Playwright, against a real `flashpoint serve` on
127.0.0.1 and a free port, over the demo store plus a hostile article posted through the API."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install -e '.[web]'")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed: apt-get install chromium (.ci/run installs it)", allow_module_level=True)

import httpx  # noqa: E402

FLASHPOINT = str(Path(sys.executable).parent / "flashpoint")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
TOKEN = "browser-test-token"
HOSTILE = {
    "id": "hostile", "published": "2024-10-10", "url": "javascript:window.pwned=1",
    "title": "<img src=x onerror=\"window.pwned=1\">Shelling", "outlet": "<script>window.pwned=1</script>",
    "text": ("Russian forces shelled the city of Kharkiv on Monday <script>window.pwned=1</script>, killing three "
             "civilians, Ukrainian officials said. <img src=x onerror=\"window.pwned=1\"> Ukraine condemned the attack "
             "and <a href=\"javascript:window.pwned=1\">summoned</a> the Russian ambassador."),
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("browser") / "demo.db"
    demo = subprocess.run([FLASHPOINT, "demo", "--db", str(db)], capture_output=True, text=True, timeout=300)
    assert demo.returncode == 0, demo.stderr
    process = subprocess.Popen([FLASHPOINT, "serve", "--db", str(db), "--port", "0", "--token", TOKEN],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()  # type: ignore[union-attr]
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert found, f"no address in {line!r}: {process.stderr.read() if process.poll() is not None else ''}"  # type: ignore[union-attr]
        base = found.group(0)
        posted = httpx.post(f"{base}/api/documents", content=json.dumps(HOSTILE), timeout=120,
                            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/x-ndjson"})
        assert posted.status_code == 200 and posted.json()["coded"] == 1, posted.text
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server: str):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.problems = []  # console errors, and any request that leaves the server
    opened.on("console", lambda m: opened.problems.append(m.text) if m.type == "error" else None)
    opened.on("request", lambda r: None if r.url.startswith((server, "data:")) else opened.problems.append(r.url))
    yield opened
    context.close()


def test_every_page_loads_offline_without_errors(page, server: str) -> None:
    first_doc = httpx.get(f"{server}/api/documents?limit=1").json()["documents"][0]["id"]
    dyad = httpx.get(f"{server}/api/dyads?since=2024-01-01").json()["most_active"][0]
    for path in ["/", "/documents", "/docs", f"/dyads/{dyad['actor']}/{dyad['recipient']}", f"/documents/{first_doc}"]:
        response = page.goto(server + path)
        assert response.status == 200, path
        assert page.locator("header.top .brand").inner_text() == "Flashpoint"
    assert page.problems == []


def test_overview_to_dyad_to_document_shows_the_evidence(page, server: str) -> None:
    page.goto(server + "/")
    assert page.locator(".feed li.alert").count() > 0
    assert page.locator("#escalation svg polyline").count() >= 1
    page.locator(".feed li.alert a.dyad").first.click()
    page.wait_for_url(re.compile(r"/dyads/[A-Z0-9]+/[A-Z0-9]+"))
    dots = page.locator("#series svg .series.s0 circle").count()
    assert dots == page.locator("#series-table tbody tr").count() > 0  # every point of the chart is a row of the table
    page.locator("#event-table a.evidence").first.click()
    page.wait_for_url(re.compile(r"/documents/.+#event-"))
    event_id = page.url.rsplit("#event-", 1)[1]
    page.wait_for_selector("#text mark.active")
    doc_id = page.url.split("/documents/", 1)[1].split("#")[0]
    stored = httpx.get(f"{server}/api/documents/{doc_id}").json()
    [event] = [e for e in stored["events"] if e["id"] == event_id]
    active = page.locator("#text mark.active").all_inner_texts()
    assert event["trigger"]["text"] in "".join(active)
    assert all(a["text"] in "".join(active) for a in event["actor"])
    assert page.locator(f"#event-{event_id}.active .badge.cat").inner_text() == event["event_type"]
    for role in ["trigger", "actor"]:
        assert page.locator(f"#text mark.role-{role}").count() > 0
    assert page.problems == []


def test_clicking_an_event_card_highlights_its_evidence(page, server: str) -> None:
    page.goto(server + "/documents/sample-01_korea_drills")
    cards = page.locator(".card[data-event]")
    assert cards.count() > 1
    second = cards.nth(1)
    second.click()
    event_id = second.get_attribute("data-event")
    marks = page.locator("#text mark.active")
    assert marks.count() > 0
    assert all(event_id in (m.get_attribute("data-events") or "").split() for m in marks.all())


def test_switch_between_asserted_and_claimed_events(page, server: str) -> None:
    top = httpx.get(f"{server}/api/dyads?since=2024-01-01&limit=100").json()
    dyad = next(d for d in top["most_active"] if d["claimed"] and d["asserted"])
    # the dyad's page over the same window the counts were taken in (an older, historical event lies outside it)
    page.goto(f"{server}/dyads/{dyad['actor']}/{dyad['recipient']}?since={top['since']}&until={top['until']}")
    page.get_by_role("link", name="claimed by a party").click()
    page.wait_for_url(re.compile("attributed=true"))
    said_by = page.locator("#event-table tbody tr td:nth-child(6)").all_inner_texts()
    assert len(said_by) == dyad["claimed"] and "the article" not in said_by
    page.get_by_role("link", name="asserted by the article").click()
    page.wait_for_url(re.compile("attributed=false"))
    assert page.locator("#event-table tbody tr td:nth-child(6)").all_inner_texts() == ["the article"] * dyad["asserted"]


def test_a_hostile_article_runs_no_script(page, server: str) -> None:
    page.goto(server + "/documents/hostile")
    assert page.title().startswith("<img src=x onerror=")  # the title shown as text
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("script").count() == 1  # only /static/app.js
    assert page.locator("#text img, #text a, h1 img, .sub script").count() == 0
    text = page.locator("#text").inner_text()
    assert "<script>window.pwned=1</script>" in text and "<img src=x onerror=" in text
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("#text mark.role-trigger").count() > 0  # it was coded, and its evidence is still marked
    page.goto(server + "/documents")
    assert page.evaluate("typeof window.pwned") == "undefined" and page.locator("script").count() == 1
    assert page.problems == []
