"""Web archives written by the test with warcio: HTML response records become documents, the rest is passed over."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from flashpoint.ingest.pages import url_id
from flashpoint.ingest.read import read
from flashpoint.records import Coding, Document
from tests.webserver import article

DRILLS = ["The navy of South Korea held live-fire drills near the northern limit line on Monday, the defence ministry said.",
          "North Korea condemned the drills as a rehearsal for invasion."]
TALKS = ["Diplomats from Iran and three European countries met in Geneva to discuss the nuclear programme."]


def write_warc(path: Path, records: list[tuple[str, str, bytes, str, str]]) -> None:
    """(record type, target URI, payload, content type, WARC date) records, gzipped per record like crawlers write."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for kind, uri, payload, content_type, date in records:
            if kind == "response":
                http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=http,
                                                   warc_headers_dict={"WARC-Date": date})
            else:
                record = writer.create_warc_record(uri, kind, payload=io.BytesIO(payload), warc_content_type=content_type,
                                                   warc_headers_dict={"WARC-Date": date})
            writer.write_record(record)


def test_html_responses_become_documents_with_the_target_uri_and_date(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    write_warc(crawl, [
        ("request", "https://news.example/drills", b"GET /drills HTTP/1.1\r\n\r\n", "application/http; msgtype=request", "2024-05-13T10:00:00Z"),
        ("response", "https://news.example/drills", article("Drills", DRILLS).encode(), "text/html; charset=utf-8", "2024-05-13T10:00:01Z"),
        ("response", "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png", "2024-05-13T10:00:02Z"),
        ("response", "https://news.example/talks", article("Talks", TALKS, "2024-02-01").encode("cp1252"), "text/html; charset=windows-1252", "2024-05-13T10:00:03Z"),
        ("metadata", "https://news.example/drills", b"via: test", "application/warc-fields", "2024-05-13T10:00:04Z"),
    ])
    documents = list(read([str(crawl)]))
    assert all(isinstance(d, Document) for d in documents)
    drills, talks = documents
    assert (drills.url, drills.published, drills.id) == ("https://news.example/drills", "2024-05-13", url_id("https://news.example/drills"))
    assert DRILLS[0] in drills.text and drills.origin == f"{crawl}#https://news.example/drills"
    assert talks.published == "2024-02-01"  # the page's own date wins over the crawl date


def test_an_archive_without_html_pages_is_skipped_and_a_damaged_one_fails(tmp_path: Path) -> None:
    images = tmp_path / "images.warc.gz"
    write_warc(images, [("response", "https://news.example/a.png", b"\x89PNG", "image/png", "2024-05-13T10:00:00Z")])
    [skipped] = list(read([str(images)]))
    assert isinstance(skipped, Coding) and skipped.status == "skipped" and "no HTML response records" in (skipped.reason or "")

    damaged = tmp_path / "damaged.warc.gz"
    write_warc(damaged, [("response", "https://news.example/drills", article("Drills", DRILLS).encode(), "text/html", "2024-05-13T10:00:00Z")])
    damaged.write_bytes(damaged.read_bytes() + gzip.compress(b"this is no WARC record\n"))  # a second member that is not a record
    items = list(read([str(damaged)]))
    assert isinstance(items[0], Document)
    assert isinstance(items[-1], Coding) and items[-1].status == "failed" and "damaged web archive after 1 pages" in (items[-1].reason or "")


def test_a_folder_with_an_archive_reads_its_pages(tmp_path: Path) -> None:
    write_warc(tmp_path / "a.warc.gz", [("response", "https://news.example/drills", article("Drills", DRILLS).encode(), "text/html", "2024-05-13T10:00:00Z")])
    assert [d.url for d in read([str(tmp_path)])] == ["https://news.example/drills"]  # type: ignore[union-attr]
