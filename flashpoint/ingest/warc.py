"""read_warc(path) -> Documents: the HTML response records of a web archive (warcio), WARC or ARC, gzipped or not.

Each record's target URI becomes the document's `url`; its WARC-Date is the document's `published` when the page
itself gives no date. Other records (requests, metadata, images, stylesheets, error pages) are not documents.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .pages import page_document, page_failure
from .read import Item, failure, iso_date

HTML_TYPES = ("text/html", "application/xhtml+xml")

def read_warc(path: Path, max_bytes: int) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    pages = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                item = _record_item(record, path, max_bytes)
                if item is not None:
                    pages += 1
                    yield item
    except (ArchiveLoadFailed, OSError, ValueError, EOFError, AttributeError) as exc:  # warcio meets a damaged record
        yield failure(str(path), f"{path}: damaged web archive after {pages} pages ({' '.join(str(exc).split())[:120]})")
        return
    if pages == 0:
        yield failure(str(path), f"{path}: no HTML response records in this web archive", "skipped")


def _record_item(record: object, path: Path, max_bytes: int) -> Item | None:
    headers, http = record.rec_headers, record.http_headers  # type: ignore[attr-defined]
    if record.rec_type != "response" or http is None:  # type: ignore[attr-defined]
        return None
    content_type = (http.get_header("Content-Type") or "").lower()
    if not content_type.startswith(HTML_TYPES) or not str(http.get_statuscode() or "").startswith("2"):
        return None
    url = headers.get_header("WARC-Target-URI") or ""
    origin = f"{path}#{url}"
    body = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
    if len(body) > max_bytes:
        return page_failure(url, f"{origin}: larger than {max_bytes // 1_000_000} MB", "skipped", origin)
    charset = content_type.partition("charset=")[2].split(";")[0].strip() or None
    return page_document(body, url, charset, published=_day(headers.get_header("WARC-Date")), origin=origin)


def _day(stamp: str | None) -> str | None:
    return iso_date(stamp[:10]) if stamp else None
