"""page_document(bytes, url) -> Document: a fetched or archived web page, read like a local HTML file.

Pure: the bytes come from ingest/fetch.py or a WARC record. A page's id is a hash of its URL, so a page fetched
again with new text is a new version of one document, and a failure recorded for a URL is replaced by its later
success.
"""

from __future__ import annotations

import hashlib

from ..records import Coding, Document
from .clean import clean_text
from .read import Item, _binary, decode, html_fields, iso_date


def url_id(url: str) -> str:
    return "url-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def page_failure(url: str, reason: str, status: str = "failed", origin: str | None = None) -> Coding:
    """The status row of a URL that gave no document: same id as its document would have."""
    return Coding(Document(url_id(url), "", url=url, origin=origin or url), status, reason=reason)  # type: ignore[arg-type]


def page_document(body: bytes, url: str, charset: str | None = None, title: str | None = None,
                  published: str | None = None, outlet: str | None = None, origin: str | None = None,
                  asked: str | None = None) -> Item:
    """The page's own title and date win over the feed's or the archive's (`title`, `published`); the id is the
    hash of the URL `asked` for when given, so a redirected page keeps the id of the link that named it."""
    if _binary(body):
        return page_failure(asked or url, f"{url}: binary data, not HTML", "skipped", origin)
    fields = html_fields(_decode(body, charset), url)
    text = clean_text(fields.get("text") or "")
    return Document(url_id(asked or url), text, fields.get("title") or title, url, iso_date(fields.get("published")) or published,
                    outlet, origin or url)


def _decode(body: bytes, charset: str | None) -> str:
    """The declared charset when it decodes the bytes, else read.decode's detection."""
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(body)
