"""From URLs to Documents without a store: a source's listing, an item's page, many pages fetched at once.

`flashpoint code URL` uses this directly; watch.py adds the store's memory (what is done, ETags, retries).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TypeVar

from ..errors import FetchError, InputError
from ..records import Document
from ..settings import Settings
from .feeds import Entry, Kind, Listing, parse_listing, sniff
from .fetch import Fetcher, Response
from .pages import page_document, page_failure
from .read import Item, failure

FEED_SUFFIXES = (".xml", ".rss", ".atom")
T = TypeVar("T")
R = TypeVar("R")


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def is_web_source(source: str) -> bool:
    """A URL, or a local feed or sitemap file (its items are fetched from the web)."""
    return is_url(source) or source.lower().endswith(FEED_SUFFIXES)


@dataclass(frozen=True)
class Check:
    """One look at a source: its listing (None when unchanged since the validators were sent), the page itself
    when the source turned out to be a page, and the validators for the next conditional GET."""

    kind: Kind
    listing: Listing | None
    page: Response | None = None
    etag: str | None = None
    last_modified: str | None = None


def check_source(url: str, fetcher: Fetcher, kind: str = "auto", etag: str | None = None,
                 last_modified: str | None = None) -> Check:
    """Fetch a feed, sitemap or page (conditionally); FetchError or InputError say why it gave nothing."""
    headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
    response = fetcher.get(url, headers)
    validators = {"etag": response.headers.get("etag"), "last_modified": response.headers.get("last-modified")}
    found: Kind = sniff(response.body, response.media_type) if kind == "auto" else kind  # type: ignore[assignment]
    if response.status == 304:
        return Check(found if kind != "auto" else "feed", None, None, etag, last_modified)
    if found == "page":
        return Check("page", None, response, **validators)
    return Check(found, parse_listing(response.body, response.url), None, **validators)


def read_listing_file(path: str) -> Listing:
    """A feed or sitemap saved on disk; InputError when it cannot be read or parsed."""
    try:
        body = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return parse_listing(body, "")


def page_item(url: str, response: Response, title: str | None = None, published: str | None = None,
              outlet: str | None = None) -> Item:
    """The Document of a fetched page; a feed where an article was expected is skipped."""
    if sniff(response.body, response.media_type) != "page":
        return page_failure(url, f"{url}: a feed or sitemap, not an article page", "skipped")
    charset = response.headers.get("content-type", "").partition("charset=")[2].split(";")[0].strip(" \"'") or None
    return page_document(response.body, response.url, charset, title, published, outlet, origin=url, asked=url)


def fetch_page(fetcher: Fetcher, entry: Entry, outlet: str | None = None, response: Response | None = None) -> tuple[Item, bool]:
    """(the page's Document or its failure, whether the failure may pass if tried later); `response` when the
    page is already in hand."""
    try:
        response = response or fetcher.get(entry.url)
    except FetchError as exc:
        return page_failure(entry.url, exc.reason, exc.status), exc.transient
    try:
        return page_item(entry.url, response, entry.title, entry.published, outlet), False
    except Exception as exc:  # noqa: BLE001 - a page the extractor chokes on is that item's failure, not the round's
        return page_failure(entry.url, f"{entry.url}: cannot extract the page ({type(exc).__name__}: {str(exc)[:80]})"), False


def in_parallel(items: Iterable[T], work: Callable[[T], R], workers: int, window: int) -> Iterator[tuple[T, R]]:
    """(item, work(item)) in the input's order, `workers` at a time, at most `window` done ahead of the reader."""
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch")
    queue: deque = deque()
    pending = iter(items)
    try:
        for item in islice(pending, window):
            queue.append((item, pool.submit(work, item)))
        while queue:
            item, future = queue.popleft()
            for later in islice(pending, 1):
                queue.append((later, pool.submit(work, later)))
            yield item, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def read_web(sources: Iterable[str], settings: Settings, published: str | None = None,
             fetcher: Fetcher | None = None) -> Iterator[Item]:
    """Documents (or failures) for URLs and feed files, with no memory of earlier runs: `flashpoint code`."""
    fetcher = fetcher or Fetcher(settings)
    for source in sources:
        try:
            if is_url(source):
                check = check_source(source, fetcher)
                if check.page is not None:
                    yield _dated(page_item(source, check.page), published)
                    continue
                listing = check.listing
            else:
                listing = read_listing_file(source)
        except (FetchError, InputError) as exc:
            yield failure(source, str(exc), getattr(exc, "status", "failed"))
            continue
        if listing is None or not listing.entries:
            yield failure(source, f"{source}: the {'feed' if listing is None else listing.kind} has no items", "skipped")
            continue
        window = settings.fetch_workers * 2
        for _, (item, _) in in_parallel(listing.entries, partial(_fetch_entry, fetcher, listing.title), settings.fetch_workers, window):
            yield _dated(item, published)


def _dated(item: Item, published: str | None) -> Item:
    return replace(item, published=published) if isinstance(item, Document) and not item.published and published else item


def _fetch_entry(fetcher: Fetcher, outlet: str | None, entry: Entry) -> tuple[Item, bool]:
    return fetch_page(fetcher, entry, outlet)

