"""Feeds and sitemaps parsed from bytes: RSS 2.0, Atom, malformed XML, an empty feed, relative links."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flashpoint.errors import InputError
from flashpoint.ingest.feeds import Entry, parse_listing, sniff
from tests.webserver import atom, rss

BASE = "https://news.example.org/world/feed.xml"


def test_rss_items_with_links_titles_and_dates() -> None:
    body = rss([("https://news.example.org/a/1", "Troops massed at the border", "Fri, 10 May 2024 08:00:00 GMT"),
                ("https://news.example.org/a/2", "Talks resume", None)]).encode()
    listing = parse_listing(body, BASE)
    assert listing.kind == "feed" and listing.title == "Test wire"
    assert listing.entries == [Entry("https://news.example.org/a/1", "Troops massed at the border", "2024-05-10"),
                               Entry("https://news.example.org/a/2", "Talks resume", None)]


def test_atom_entries_take_their_updated_date() -> None:
    body = atom([("https://agency.example/s/9", "Envoy visits Seoul", "2024-03-02T23:30:00-05:00")]).encode()
    [entry] = parse_listing(body, BASE).entries
    assert entry == Entry("https://agency.example/s/9", "Envoy visits Seoul", "2024-03-03")  # 23:30 EST is the 3rd in UTC


def test_relative_links_are_resolved_against_the_feed_url() -> None:
    body = rss([("/a/7", "One", None), ("story-8.html", "Two", None), ("../b/9", "Three", None)]).encode()
    assert [e.url for e in parse_listing(body, BASE).entries] == [
        "https://news.example.org/a/7", "https://news.example.org/world/story-8.html", "https://news.example.org/b/9"]


def test_an_item_listed_twice_is_one_entry() -> None:
    body = rss([("/a/7", "One", None), ("/a/7", "One again", None)]).encode()
    assert [e.title for e in parse_listing(body, BASE).entries] == ["One"]


def test_an_empty_feed_has_no_entries_but_is_a_feed() -> None:
    listing = parse_listing(rss([]).encode(), BASE)
    assert (listing.kind, listing.entries) == ("feed", [])


@pytest.mark.parametrize("body", [b"<?xml version='1.0'?><rss><channel><title>Broken", b"<rss><channel><item><title>x</item>",
                                  b"\x00\x01binary", b"<?xml version='1.0'?><html><p>just a page</p>"])
def test_malformed_xml_is_an_input_error_that_names_the_url(body: bytes) -> None:
    with pytest.raises(InputError, match=rf"^{BASE}: not an RSS or Atom feed"):
        parse_listing(body, BASE)


def test_a_feed_with_a_broken_tail_keeps_the_items_before_it() -> None:
    body = rss([("/a/1", "Kept", None)]).encode().replace(b"</channel></rss>", b"<item><title>cut")
    assert [e.url for e in parse_listing(body, BASE).entries] == ["https://news.example.org/a/1"]


def test_news_sitemap_entries_with_publication_dates() -> None:
    body = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc>https://news.example.org/a/1</loc><news:news><news:publication_date>2024-05-10T08:00:00+00:00</news:publication_date>
   <news:title>Navy drills near the strait</news:title></news:news></url>
 <url><loc>/a/2</loc><lastmod>2024-05-11</lastmod></url>
</urlset>"""
    listing = parse_listing(body, BASE)
    assert listing.kind == "sitemap"
    assert listing.entries == [Entry("https://news.example.org/a/1", "Navy drills near the strait", "2024-05-10"),
                               Entry("https://news.example.org/a/2", None, "2024-05-11")]


def test_a_sitemap_index_asks_for_its_sitemaps() -> None:
    body = b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/s1.xml</loc></sitemap></sitemapindex>'
    with pytest.raises(InputError, match="sitemap index"):
        parse_listing(body, BASE)


@pytest.mark.parametrize(("body", "media", "kind"), [
    (b"<?xml version='1.0'?><rss version='2.0'>", "text/html", "feed"),
    (b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'>", "", "feed"),
    (b"<urlset>", "application/xml", "sitemap"),
    (b"<!DOCTYPE html><html><body>", "text/xml", "page"),
    (b"plain words", "text/html", "page"),
])
def test_sniff_trusts_the_bytes_over_the_content_type(body: bytes, media: str, kind: str) -> None:
    assert sniff(body, media) == kind


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=400), st.text(max_size=400).map(str.encode),
                 st.sampled_from([b"<rss version='2.0'><channel>", b"<feed xmlns='http://www.w3.org/2005/Atom'>", b"<urlset>"])
                 .flatmap(lambda head: st.binary(max_size=200).map(lambda tail: head + tail))))
def test_any_bytes_give_a_listing_or_an_input_error(body: bytes) -> None:
    try:
        listing = parse_listing(body, BASE)
    except InputError as exc:
        assert str(exc).startswith(BASE)
    else:
        assert all(urlsplit(e.url).scheme for e in listing.entries)  # every link made absolute
