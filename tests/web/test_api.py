"""The JSON API through the real app (FastAPI's TestClient, httpx): filters, pagination, twins, every error path."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install -e '.[web]'")

from fastapi.testclient import TestClient  # noqa: E402

from flashpoint.monitor.aggregate import series  # noqa: E402
from flashpoint.monitor.alerts import alerts  # noqa: E402
from flashpoint.settings import Settings  # noqa: E402
from flashpoint.store import open_store  # noqa: E402
from flashpoint.web.app import create_app  # noqa: E402

from .. import streams  # noqa: E402
from . import hostile  # noqa: E402

TOKEN = "s3cret-token"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path | str:
    """The same store on each backend: the app serves both alike."""
    if request.param == "postgresql":
        path: Path | str = request.getfixturevalue("postgres_server").database()
    else:
        path = tmp_path_factory.mktemp("web") / "events.db"
    with open_store(path) as store:
        streams.escalation(store)
        streams.five_outlets(store)
        streams.denied_claim(store)
        hostile.save(store)
    return path


@pytest.fixture(scope="module")
def client(db: Path | str) -> TestClient:
    return TestClient(create_app(Settings(db=db), TOKEN), raise_server_exceptions=False)


def error_of(response) -> dict:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == response.status_code and "\n" not in body["error"]["message"]
    return body["error"]


def test_health(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["counts"]["events"] == 15 + 5 + 2 + 1 and body["schema_version"] >= 3


def test_events_filters_like_the_cli(client: TestClient) -> None:
    def ids(**params) -> list[tuple[str, str]]:
        return [(e["event_type"], e["date"]) for e in client.get("/api/events", params={"limit": 500, **params}).json()["events"]]

    assert ids(actor="aaa", type="mobilize") == [("MOBILIZE", "2024-03-25"), ("MOBILIZE", "2024-03-27")]
    assert ids(recipient="BBB", since="2024-03-15", until="2024-03-21") == [("THREATEN", "2024-03-18"), ("THREATEN", "2024-03-20")]
    assert ids(attributed="true") == [("ASSAULT", "2024-06-03"), ("ASSAULT", "2024-06-03")]
    assert ids(modality="negated") == [("ASSAULT", "2024-06-03")]
    assert ids(q="RIVER CROSSING") == [("ASSAULT", "2024-05-06")] * 3  # the wire story, its copy and the Times report
    assert len(ids(actor="CCC", attributed="false")) == 5


def test_cursor_pages_walk_every_event_once_in_order(client: TestClient) -> None:
    whole = [e["id"] for e in client.get("/api/events", params={"limit": 500}).json()["events"]]
    walked, cursor = [], None
    while True:
        page = client.get("/api/events", params={"limit": 4, **({"cursor": cursor} if cursor else {})}).json()
        walked += [e["id"] for e in page["events"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert walked == whole and len(whole) == 23


def test_events_as_jsonl_and_csv_with_the_cursor_in_a_header(client: TestClient) -> None:
    jsonl = client.get("/api/events", params={"actor": "AAA", "format": "jsonl", "limit": 10})
    assert jsonl.headers["content-type"].startswith("application/x-ndjson")
    assert [json.loads(line)["actor"][0]["code"] for line in jsonl.text.splitlines()] == ["AAA"] * 10
    rest = client.get("/api/events", params={"actor": "AAA", "format": "csv", "cursor": jsonl.headers["x-next-cursor"]})
    rows = list(csv.DictReader(io.StringIO(rest.text)))
    assert len(rows) == 5 and "x-next-cursor" not in rest.headers and rows[-1]["event_type"] == "MOBILIZE"


@pytest.mark.parametrize(("url", "status", "words"), [
    ("/api/events?limit=0", 400, "limit"),
    ("/api/events?limit=501", 400, "less than or equal to 500"),
    ("/api/events?since=2024-13-01", 400, "not a date"),
    ("/api/events?until=last%20week", 400, "not a date"),
    ("/api/events?actor=A%3BDROP", 400, "not an actor code"),
    ("/api/events?modality=sure", 400, "modality"),
    ("/api/events?format=xml", 400, "format"),
    ("/api/events?cursor=bm90IGEgY3Vyc29y", 400, "cursor"),
    ("/api/documents?cursor=%5B%5D", 400, "cursor"),
    ("/api/documents?status=lost", 400, "status"),
    ("/api/documents/no-such-doc", 404, "no document"),
    ("/api/series?actor=ZZZ", 404, "unknown actor code ZZZ"),
    ("/api/series", 400, "actor"),
    ("/api/series?actor=AAA&by=year", 400, "by"),
    ("/api/series?actor=AAA&since=2024-04-01&until=2024-03-01", 400, "after"),
    ("/api/alerts?since=2999-01-01", 400, "future"),
    ("/api/dyads?since=2024-06-01&until=2024-01-01", 400, "empty"),
    ("/api/dyads/AAA/QQQ", 404, "unknown actor code QQQ"),
    ("/api/no-such-endpoint", 404, "/docs"),
])
def test_every_error_has_one_shape(client: TestClient, url: str, status: int, words: str) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert words in error_of(response)["message"]


def test_wrong_method_is_a_json_error(client: TestClient) -> None:
    response = client.delete("/api/events")
    assert response.status_code == 405 and error_of(response)["code"] == "method_not_allowed"


def test_document_with_its_text_events_offsets_and_outlets(client: TestClient) -> None:
    listed = client.get("/api/documents", params={"status": "coded", "limit": 500}).json()["documents"]
    assert "five-own2" in [d["id"] for d in listed] and all(d["status"] == "coded" for d in listed)
    doc = client.get("/api/documents/five-own2").json()
    assert doc["status"] == "coded" and doc["outlet"] == "times" and "Ccc shelled" in doc["text"]
    [event] = doc["events"]
    assert doc["text"][event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"]
    assert (event["cluster"]["reports"], event["cluster"]["outlets"], event["cluster"]["sources"]) == (5, 5, 4)
    assert "".join(s["text"] for s in doc["segments"]) == doc["text"]
    assert {r for s in doc["segments"] for r in s["roles"]} == {"trigger", "actor", "recipient"}


def test_document_pages_follow_the_cursor(client: TestClient) -> None:
    first = client.get("/api/documents", params={"limit": 10}).json()
    second = client.get("/api/documents", params={"limit": 500, "cursor": first["next_cursor"]}).json()
    ids = [d["id"] for d in first["documents"] + second["documents"]]
    assert ids == sorted(ids) and len(ids) == len(set(ids)) == 15 + 5 + 2 + 1 and second["next_cursor"] is None


def test_series_and_alerts_answer_what_the_cli_computes(client: TestClient, db: Path | str) -> None:
    rows = client.get("/api/series", params={"actor": "aaa", "recipient": "BBB", "by": "month"}).json()["rows"]
    served = client.get("/api/alerts").json()["alerts"]
    with open_store(db) as store:
        expected = series(store, "AAA", "BBB", by="month").round(3)
        computed = alerts(store)
    assert [(r["period"], r["reports"], r["escalation"]) for r in rows] == list(zip(expected.index, expected["reports"], expected["escalation"]))
    assert [(a["rule"], a["actor"], a["recipient"], a["period"]) for a in served] == \
        sorted([(a.rule, a.actor, a.recipient, a.period) for a in computed], key=lambda a: (a[3], a[0], a[1], a[2]), reverse=True)
    first_conflict = next(a for a in served if a["rule"] == "first_conflict" and a["actor"] == "CCC")
    assert first_conflict["evidence"][0]["doc_id"].startswith("five-")
    recent = client.get("/api/alerts", params={"since": "2024-05-01", "until": "2024-05-31"}).json()["alerts"]
    assert {a["period"][:7] for a in recent} == {"2024-05"}


def test_dyads_rank_activity_and_escalation(client: TestClient) -> None:
    body = client.get("/api/dyads", params={"since": "2024-03-01", "until": "2024-06-30"}).json()
    active = [(d["actor"], d["recipient"], d["events"]) for d in body["most_active"]]
    assert active[:2] == [("AAA", "BBB", 6), ("CCC", "DDD", 5)]
    escalating = body["most_escalating"]
    assert escalating[0]["actor"] == "CCC" and all(d["escalation"] < 0 for d in escalating)
    assert [d["escalation"] for d in escalating] == sorted(d["escalation"] for d in escalating)


def test_pages_and_their_json_twins_agree(client: TestClient) -> None:
    twin = client.get("/api/overview", params={"since": "2024-01-01", "until": "2024-06-30"}).json()
    page = client.get("/", params={"since": "2024-01-01", "until": "2024-06-30"})
    assert page.headers["content-type"].startswith("text/html")
    assert 'href="/api/overview?since=2024-01-01&amp;until=2024-06-30"' in page.text
    for row in twin["by_category"]:
        assert f"<tr><td>{row['key']}</td><td>{row['events']}</td>" in page.text
    assert page.text.count('class="alert ') == len(twin["alerts"]) > 0
    dyad_twin = client.get("/api/dyads/AAA/BBB", params={"by": "month"}).json()
    dyad_page = client.get("/dyads/AAA/BBB", params={"by": "month"}).text
    assert [r["period"] for r in dyad_twin["series"]] == ["2024-01", "2024-02", "2024-03"]
    assert all(f"<tr><td>{r['period']}</td><td>{r['reports']}</td>" in dyad_page for r in dyad_twin["series"])
    claimed = client.get("/api/dyads/FFF/EEE", params={"attributed": "true"}).json()["events"]
    assert [e["claim"] for e in claimed] == ["EEE claims", "FFF denies"]


def test_hostile_article_is_escaped_everywhere(client: TestClient) -> None:
    for url in ["/documents/hostile%3Cb%3E", "/documents", "/dyads/HHH/JJJ?q=village"]:
        page = client.get(url)
        assert page.status_code == 200, url
        assert "<script>document" not in page.text and "<img" not in page.text and "<b onmouseover" not in page.text
        assert 'href="javascript:' not in page.text
    page = client.get("/documents/hostile%3Cb%3E").text
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in page
    assert page.count("<script") == 1  # the page's own /static/app.js, nothing from the article
    api = client.get("/api/documents/hostile%3Cb%3E").json()
    assert api["text"] == hostile.TEXT and api["url"] == hostile.LINK  # the API gives the data as stored, as JSON


def test_security_headers_on_pages_api_and_errors(client: TestClient) -> None:
    for url in ["/", "/api/health", "/api/nope", "/nope", "/docs", "/static/app.js"]:
        response = client.get(url, headers={"Origin": "https://elsewhere.example"})
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, url
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "access-control-allow-origin" not in response.headers  # no CORS unless configured


def test_cors_only_for_configured_origins(db: Path | str) -> None:
    configured = TestClient(create_app(Settings(db=db, cors_origins=["https://desk.example"])))
    allowed = configured.get("/api/health", headers={"Origin": "https://desk.example"})
    other = configured.get("/api/health", headers={"Origin": "https://elsewhere.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://desk.example"
    assert "access-control-allow-origin" not in other.headers


def test_static_files_come_from_a_fixed_list(client: TestClient) -> None:
    assert client.get("/static/app.css").headers["content-type"].startswith("text/css")
    for name in ["..%2F__init__.py", "app.py", "..%2F..%2Fsettings.py", "%2Fetc%2Fpasswd"]:
        assert client.get(f"/static/{name}").status_code == 404


def test_docs_page_lists_every_endpoint_without_outside_scripts(client: TestClient) -> None:
    page = client.get("/docs").text
    spec = client.get("/openapi.json").json()
    for path in spec["paths"]:
        assert path in page
    assert "cdn" not in page.lower() and page.count("<script") == 1


def test_damaged_store_is_a_503_in_the_error_shape(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    app = create_app(Settings(db=path))
    path.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    response = TestClient(app, raise_server_exceptions=False).get("/api/events")
    assert response.status_code == 503 and "not an intact Flashpoint store" in error_of(response)["message"]


# ---------- the write endpoint -----------------------------------------------------------------------------
ARTICLE = ("Russian forces shelled the Ukrainian city of Kharkiv on Monday, killing three civilians, Ukrainian officials said. "
           "Ukraine's foreign ministry condemned the attack and summoned the Russian ambassador in Kyiv.")


def post(client: TestClient, body: bytes | str, kind: str = "text/plain", token: str | None = TOKEN, **params):
    headers = {"Content-Type": kind, **({"Authorization": f"Bearer {token}"} if token else {})}
    return client.post("/api/documents", content=body, headers=headers, params=params)


def test_writes_need_the_token(client: TestClient, db: Path | str) -> None:
    missing = post(client, ARTICLE, token=None)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer" and "token" in error_of(missing)["message"]
    assert post(client, ARTICLE, token="s3cret-tokeN").status_code == 403
    basic = client.post("/api/documents", content=ARTICLE, headers={"Authorization": f"Basic {TOKEN}", "Content-Type": "text/plain"})
    assert basic.status_code == 401
    tokenless = TestClient(create_app(Settings(db=db)))
    refused = post(tokenless, ARTICLE)
    assert refused.status_code == 403 and "--token" in error_of(refused)["message"]
    with open_store(db) as store:
        assert store.counts()["events"] == 23  # nothing was written


def test_bad_bodies_are_refused_before_anything_is_stored(client: TestClient, db: Path | str) -> None:
    limit = Settings().max_document_bytes
    assert post(client, ARTICLE, kind="application/pdf").status_code == 415
    assert post(client, "").status_code == 400
    assert post(client, ARTICLE, published="someday").status_code == 400
    too_big = post(client, b"a" * (limit + 1))
    assert too_big.status_code == 413 and "larger than" in error_of(too_big)["message"]

    def chunks():  # no Content-Length: the limit holds while the body streams in
        for _ in range(limit // 65536 + 2):
            yield b"b" * 65536

    streamed = client.post("/api/documents", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"})
    assert streamed.status_code == 413
    with open_store(db) as store:
        assert store.counts()["events"] == 23


def test_ingest_text_then_jsonl_with_the_statuses_of_ingest(tmp_path: Path) -> None:
    db = tmp_path / "ingest.db"
    client = TestClient(create_app(Settings(db=db), TOKEN))
    first = post(client, ARTICLE, published="2024-05-06")
    assert first.status_code == 200
    body = first.json()
    assert (body["coded"], body["documents"][0]["status"]) == (1, "coded") and body["events"] >= 1
    assert post(client, ARTICLE, published="2024-05-06").json()["documents"][0]["status"] == "unchanged"
    lines = "\n".join([
        json.dumps({"id": "copy", "text": ARTICLE, "published": "2024-05-06"}),
        "{not json",
        json.dumps({"id": "talks", "text": "Japan and South Korea held talks in Seoul on Tuesday about trade, officials said.",
                    "published": "2024-05-07", "outlet": "Example Wire"}),
        json.dumps({"id": "empty", "text": "   "}),
    ])
    result = post(client, lines, kind="application/x-ndjson").json()
    statuses = {d["id"]: (d["status"], d["reason"]) for d in result["documents"]}
    assert statuses["copy"][0] == "skipped" and statuses["copy"][1].startswith("duplicate of")
    assert statuses["talks"][0] == "coded" and statuses["empty"] == ("skipped", "empty text")
    assert any(status == "failed" and "malformed JSON" in reason for status, reason in statuses.values())
    assert (result["coded"], result["skipped"], result["failed"]) == (1, 2, 1)
    doc = client.get("/api/documents/talks").json()
    assert doc["status"] == "coded" and doc["events"] and doc["events"][0]["cluster"]["outlets"] == 1  # clustered on ingest


@pytest.mark.backends
def test_views_follow_writes_by_other_processes(db_url: str) -> None:
    path = db_url
    with open_store(path) as store:
        streams.escalation(store)
    client = TestClient(create_app(Settings(db=path)))
    window = {"since": "2024-01-01", "until": "2024-06-30"}
    before = client.get("/api/overview", params=window).json()
    assert [a["actor"] for a in before["alerts"]] == ["AAA"] * len(before["alerts"])
    with open_store(path) as store:  # as `flashpoint ingest` in another process would
        streams.five_outlets(store)
    after = client.get("/api/overview", params=window).json()
    assert {a["actor"] for a in after["alerts"]} == {"AAA", "CCC"}
    assert sum(c["events"] for c in after["by_category"]) == sum(c["events"] for c in before["by_category"]) + 5
    assert client.get("/api/documents/five-own1").json()["events"][0]["cluster"]["outlets"] == 5  # clustered on the way


def test_the_dyad_page_folds_a_long_run_of_empty_periods_and_the_api_keeps_them(tmp_path: Path) -> None:
    # a background event four centuries back: 21,917 empty weeks before the story's own, which the page drew one
    # by one (7.5 MB for a real store) until they were folded
    path = tmp_path / "old.db"
    with open_store(path) as store:
        for n, day in enumerate(["1592-04-13", "2012-05-07", "2012-05-21"]):
            doc = streams.Document(f"old-{n}", f"Article {n} about GGG and HHH on {day}.", published=day)
            streams.save(store, doc, streams.event(doc, "ACCUSE", "GGG", "HHH", day))
    client = TestClient(create_app(Settings(db=path), TOKEN))
    page = client.get("/dyads/GGG/HHH", params={"by": "week"})
    assert page.status_code == 200 and "21,917 periods" in page.text and len(page.text) < 100_000
    assert "2012-05-14" in page.text  # a short quiet run stays visible
    api = client.get("/api/dyads/GGG/HHH", params={"by": "week"}).json()
    assert len(api["series"]) == 21_921 and sum(r["reports"] for r in api["series"]) == 3
