"""parse_listing(bytes, base_url) -> Listing: the items of an RSS or Atom feed (feedparser) or a news sitemap.

Pure: bytes in, entries out; fetching is ingest/fetch.py's job. Relative links are resolved against the feed's URL.
"""

from __future__ import annotations

import calendar
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime, UTC
from typing import Literal
from urllib.parse import urljoin

from ..errors import InputError
from .read import iso_date

Kind = Literal["feed", "sitemap", "page"]


@dataclass(frozen=True)
class Entry:
    url: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD: the item's date, used when its page gives none


@dataclass(frozen=True)
class Listing:
    kind: Kind
    title: str | None
    entries: list[Entry]


def sniff(body: bytes, media: str = "") -> Kind:
    """What a response is, from its first bytes (servers often call a feed text/html or an article text/xml)."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if b"<html" in head or b"<!doctype html" in head or "html" in media:
        return "page"
    return "feed" if head.startswith(b"<?xml") or "xml" in media else "page"


def parse_listing(body: bytes, base_url: str) -> Listing:
    """A feed's or a sitemap's entries; InputError when the bytes are neither."""
    return parse_sitemap(body, base_url) if sniff(body) == "sitemap" else parse_feed(body, base_url)


def parse_feed(body: bytes, base_url: str) -> Listing:
    import feedparser  # only when a feed arrives

    parsed = feedparser.parse(body, response_headers={"content-location": base_url, "content-type": "application/xml"})
    entries = [entry for entry in (_entry(e, base_url) for e in parsed.entries) if entry is not None]
    if parsed.bozo and not entries:  # a broken tail after good items is forgiven, a broken feed is not
        raise InputError(f"{base_url}: not an RSS or Atom feed ({_bozo(parsed.get('bozo_exception'))})")
    if not entries and not parsed.feed:
        raise InputError(f"{base_url}: not an RSS or Atom feed (no channel or feed element)")
    return Listing("feed", parsed.feed.get("title") or None, _unique(entries))


def _entry(item: dict, base_url: str) -> Entry | None:
    link = item.get("link") or next((ref.get("href") for ref in item.get("links", []) if ref.get("href")), None)
    if not link:
        return None
    stamp = item.get("published_parsed") or item.get("updated_parsed")
    published = datetime.fromtimestamp(calendar.timegm(stamp), UTC).date().isoformat() if stamp else None
    return Entry(urljoin(base_url, link.strip()), (item.get("title") or "").strip() or None, published)


def _bozo(exc: object) -> str:
    text = " ".join(str(exc or "malformed XML").split())
    return text[:120]


def parse_sitemap(body: bytes, base_url: str) -> Listing:
    """A sitemap (urlset) with or without the Google News extension; a sitemap index is refused with advice."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise InputError(f"{base_url}: malformed sitemap XML ({exc})") from None
    if _local(root.tag) == "sitemapindex":
        raise InputError(f"{base_url}: a sitemap index; list the news sitemaps it names as sources instead")
    entries = []
    for url in (e for e in root if _local(e.tag) == "url"):
        fields = {_local(e.tag): (e.text or "").strip() for e in url.iter()}
        if fields.get("loc"):
            published = iso_date(fields.get("publication_date") or fields.get("lastmod"))
            entries.append(Entry(urljoin(base_url, fields["loc"]), fields.get("title") or None, _valid_date(published)))
    return Listing("sitemap", None, _unique(entries))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _valid_date(value: str | None) -> str | None:
    return value if value and len(value) == 10 and value[4] == "-" else None


def _unique(entries: list[Entry]) -> list[Entry]:
    first: dict[str, Entry] = {}
    for entry in entries:
        first.setdefault(entry.url, entry)
    return list(first.values())
