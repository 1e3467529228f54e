"""The store fills itself: URLs and feeds ingested once (`flashpoint ingest URL`), or watched in rounds
(`flashpoint watch SOURCES.yaml`).

A round checks each due source (conditional GET), queues its new items in the store with the source's new
validators, then fetches, codes and saves every queued item, one transaction per item (store/web.py). An item
whose URL is done is never fetched again; a text already stored under another URL is a skipped duplicate.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError, FetchError, InputError
from .ingest.feeds import Entry
from .ingest.fetch import Fetcher, Response
from .ingest.pages import page_failure
from .ingest.web import Check, check_source, fetch_page, in_parallel, is_url, read_listing_file
from .pipeline import code_documents
from .records import Coding, Document
from .settings import Settings
from .store.sqlite import SaveResult, SQLiteStore
from .store.web import PendingItem, WebState

Echo = Callable[[str], None]
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str | float | int) -> float:
    """Seconds in '15m', '1h30m', '45s', '2d' or a bare number of seconds; ValueError otherwise."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        seconds = float(text)
    else:
        value = str(text).strip().lower()
        parts = re.findall(r"(\d+(?:\.\d+)?)\s*([smhd])", value)
        if not parts or re.sub(r"(\d+(?:\.\d+)?)\s*([smhd])", "", value).strip():
            if not re.fullmatch(r"\d+(\.\d+)?", value):
                raise ValueError(f"{text!r} is not an interval; write e.g. 30s, 15m, 1h or 1h30m")
            parts = [(value, "s")]
        seconds = sum(float(n) * UNITS[u] for n, u in parts)
    if seconds <= 0:
        raise ValueError(f"{text!r}: the interval must be longer than zero")
    return seconds


class Source(BaseModel):
    """One entry of SOURCES.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str
    name: str = ""
    kind: Literal["auto", "feed", "sitemap", "page"] = "auto"
    every: float | None = Field(None, description="seconds between checks; the watch's --every when not given")
    outlet: str | None = None
    language: str = "en"

    @field_validator("url")
    @classmethod
    def _web(cls, url: str) -> str:
        if not is_url(url):
            raise ValueError(f"{url!r} is not an http or https URL")
        return url

    @field_validator("every", mode="before")
    @classmethod
    def _interval(cls, value: object) -> float | None:
        return None if value is None else parse_interval(value)  # type: ignore[arg-type]

    @property
    def key(self) -> str:
        return self.name or self.url


def load_sources(path: Path) -> list[Source]:
    """The sources of a YAML file (a list, or a mapping with `sources:`); ConfigError says what to fix."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read sources file {path}: {' '.join(str(exc).split())}") from exc
    entries = data.get("sources") if isinstance(data, dict) else data
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{path}: expected a list of sources (each with a url), under `sources:` or at the top")
    sources = []
    for number, entry in enumerate(entries, start=1):
        try:
            sources.append(Source(**entry) if isinstance(entry, dict) else Source(url=str(entry)))
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'source'}: {e['msg'].removeprefix('Value error, ')}" for e in exc.errors())
            raise ConfigError(f"{path}: source {number}: {problems}") from None
    names = Counter(s.key for s in sources)
    if twice := [n for n, count in names.items() if count > 1]:
        raise ConfigError(f"{path}: source names must be unique ({', '.join(twice)} given twice); add `name:` to tell them apart")
    return sources


@dataclass
class Round:
    """What one round did; `tally` counts items: coded, skipped, failed, unchanged, events, versions."""

    checked: int = 0
    unchanged_sources: int = 0
    failed_sources: int = 0
    new_items: int = 0
    seconds: float = 0.0
    coding_seconds: float = 0.0

    def __post_init__(self) -> None:
        self.tally: Counter[str] = Counter()

    def line(self, number: int) -> str:
        t = self.tally
        return (f"round {number}: {self.checked} sources checked ({self.unchanged_sources} unchanged, {self.failed_sources} failed), "
                f"{self.new_items} new items; {t['coded']} coded, {t['skipped']} skipped, {t['failed']} failed, "
                f"{t['unchanged']} already stored; {t['events']} events ({self.seconds:.1f} s)")


class Ingester:
    """Fetch, code and save queued items against one store; shared by `ingest URL` and `watch`."""

    def __init__(self, store: SQLiteStore, settings: Settings, fetcher: Fetcher | None = None, echo: Echo = lambda _: None,
                 published: str | None = None) -> None:
        self.store, self.settings, self.echo, self.published = store, settings, echo, published
        self.state = WebState(store)
        self.fetcher = fetcher or Fetcher(settings)
        self.languages: dict[str, str] = {}

    # ---------- sources ------------------------------------------------------------------------------
    def check(self, source: Source, now: float, report: Round) -> None:
        """Look at one source and queue its new items, in one transaction with its new validators; a failure is
        counted against the source and the watch goes on."""
        known = self.state.source(source.key)
        kind = source.kind if source.kind != "auto" else self._known_kind(source.key)
        report.checked += 1
        if kind == "page":  # a page to follow: fetch it again each round; the store keeps its versions
            with self.store.transaction():
                self.state.enqueue(source.key, [(source.url, None, None)], source.outlet, again=True)
                self.state.record_source(source.key, source.url, "page", now, "queued", seen=1)
            return
        try:
            check = check_source(source.url, self.fetcher, kind, known.etag, known.last_modified)
        except (FetchError, InputError) as exc:
            report.failed_sources += 1
            with self.store.transaction():
                self.state.record_source(source.key, source.url, kind, now, f"failed: {_reason(str(exc), source.url)}", error=True, keep_validators=True)
            self.echo(f"failed: {exc}")
            return
        self._queue(source.key, source.url, check, source.outlet, now, report)

    def _queue(self, name: str, url: str, check: Check, outlet: str | None, now: float, report: Round) -> None:
        entries = check.listing.entries if check.listing else ([Entry(url)] if check.page else [])
        with self.store.transaction():
            new = self.state.enqueue(name, [(e.url, e.title, e.published) for e in entries], outlet or (check.listing.title if check.listing else None),
                                     again=check.page is not None)
            status = "not modified" if check.listing is None and check.page is None else f"{len(entries)} items"
            self.state.record_source(name, url, check.kind, now, status, len(entries), new, etag=check.etag, last_modified=check.last_modified)
        report.unchanged_sources += status == "not modified"
        report.new_items += new

    def _known_kind(self, name: str) -> str:
        row = self.store.db.execute("SELECT kind FROM web_sources WHERE name = ?", (name,)).fetchone()
        return row[0] if row and row[0] == "page" else "auto"

    # ---------- items --------------------------------------------------------------------------------
    def process(self, items: list[PendingItem], report: Round, fetched: dict[str, Response] | None = None) -> None:
        """Fetch items (in parallel, politely), code them in batches, save each with its item's new state."""
        fetched = fetched or {}
        items = by_turns(items)
        batch: list[tuple[PendingItem, Document]] = []
        window = self.settings.fetch_workers + 2 * self.settings.batch_size
        for item, (result, transient) in in_parallel(items, lambda i: self._fetch(i, fetched), self.settings.fetch_workers, window):
            if isinstance(result, Coding):
                self._save(item, result, transient, report)
                continue
            known = self.store.known(result.id, result.content_hash, result.published) if result.text else None
            if known is not None:
                self._save(item, Coding(result, "skipped", reason=known.reason) if known.outcome == "duplicate" else result, False, report, known)  # type: ignore[arg-type]
                continue
            batch.append((item, result))
            if len(batch) >= self.settings.batch_size:
                self._code(batch, report)
                batch = []
        self._code(batch, report)

    def _fetch(self, item: PendingItem, fetched: dict[str, Response]) -> tuple[Coding | Document, bool]:
        language = self.languages.get(item.source or "", "en")
        if not language.lower().startswith("en"):
            return page_failure(item.url, f"{item.url}: the source's language is {language!r}; only English is coded", "skipped"), False
        result, transient = fetch_page(self.fetcher, Entry(item.url, item.title, item.published), item.outlet, fetched.get(item.url))
        if isinstance(result, Document) and not result.published and self.published:
            result = Document(result.id, result.text, result.title, result.url, self.published, result.outlet, result.origin)
        return result, transient

    def _code(self, batch: list[tuple[PendingItem, Document]], report: Round) -> None:
        if not batch:
            return
        started = time.perf_counter()
        for (item, _), coding in zip(batch, code_documents([d for _, d in batch], self.settings)):
            report.coding_seconds += time.perf_counter() - started
            self._save(item, coding, False, report)
            started = time.perf_counter()

    def _save(self, item: PendingItem, coding: Coding, transient: bool, report: Round, known: SaveResult | None = None) -> None:
        with self.store.transaction():
            result = known if known is not None and known.outcome == "unchanged" else self.store.save(coding)
            self.state.finish(item, result, transient, self.settings.item_attempts)
            if result.status == "failed":
                self.state.count_error(item.source)
        if not result.count_into(report.tally, len(coding.events)):
            return
        if result.status != "coded":
            retry = " (will retry)" if transient and item.attempts + 1 < self.settings.item_attempts else ""
            self.echo(f"{result.status}: {item.url}: {_reason(result.reason, item.url)}{retry}")

    # ---------- what the commands call ----------------------------------------------------------------
    def run_round(self, sources: list[Source], now: float, every: float) -> Round:
        started = time.perf_counter()
        report = Round()
        self.languages = {s.key: s.language for s in sources}
        for source in sources:
            last = self.state.source(source.key).last_fetch
            if last is None or now - last >= (source.every or every) - 1e-6:
                self.check(source, now, report)
        self.process(self.state.pending(s.key for s in sources), report)
        report.seconds = time.perf_counter() - started
        return report

    def ingest(self, sources: Iterable[str], now: float | None = None) -> Round:
        """`flashpoint ingest` for URLs and feed files: a page URL already done is not fetched again; a feed is
        checked (conditionally when seen before) and its new items fetched."""
        report = Round()
        started, now = time.perf_counter(), time.time() if now is None else now
        for source in sources:
            if is_url(source):
                self._ingest_url(source, now, report)
            else:
                self._ingest_file(source, now, report)
        report.seconds = time.perf_counter() - started
        return report

    def _ingest_url(self, url: str, now: float, report: Round) -> None:
        done = self.state.finished(url)
        if done is not None and done[0] != "failed":
            report.tally["unchanged"] += 1
            self.echo(f"already stored: {url} ({done[0]})")
            return
        known = self.state.source(url)  # a feed ingested before: ask only for what changed
        try:
            check = check_source(url, self.fetcher, "auto", known.etag, known.last_modified)
        except (FetchError, InputError) as exc:
            self._save_source_status(url, str(exc), getattr(exc, "status", "failed"), report)
            return
        if check.page is not None:  # an article: queued alone, coded from the response already in hand
            with self.store.transaction():
                report.new_items += self.state.enqueue(None, [(url, None, None)], None, again=True)
            self.process([i for i in self.state.pending() if i.url == url], report, {url: check.page})
            return
        if check.listing is not None and not check.listing.entries:
            self._save_source_status(url, f"{url}: the {check.listing.kind} has no items", "skipped", report)
            return
        if check.listing is None:
            report.tally["unchanged"] += 1
            self.echo(f"not modified since the last ingest: {url}")
        else:
            report.tally["unchanged"] += sum(self.state.finished(e.url) is not None for e in check.listing.entries)
        self._queue(url, url, check, None, now, report)
        self.process(self.state.pending([url]), report)

    def _ingest_file(self, path: str, now: float, report: Round) -> None:
        try:
            listing = read_listing_file(path)
        except InputError as exc:
            self._save_source_status(path, str(exc), "failed", report)
            return
        if not listing.entries:
            self._save_source_status(path, f"{path}: the {listing.kind} has no items", "skipped", report)
            return
        with self.store.transaction():
            report.new_items += self.state.enqueue(path, [(e.url, e.title, e.published) for e in listing.entries], listing.title)
            self.state.record_source(path, path, listing.kind, now, f"{len(listing.entries)} items", len(listing.entries))
        self.process(self.state.pending([path]), report)

    def _save_source_status(self, source: str, reason: str, status: str, report: Round) -> None:
        """A source that gave no items is an input like any other: it gets a status row."""
        result = self.store.save(page_failure(source, reason, status))
        report.tally[result.status] += 1
        self.echo(f"{result.status}: {reason}")


def by_turns(items: list[PendingItem]) -> list[PendingItem]:
    """Items reordered so hosts take turns (a, b, c, a, b, c …): the per-host interval then costs waiting only when
    few hosts are left, instead of at every item of a long feed."""
    queues: dict[str, list[PendingItem]] = {}
    for item in items:
        queues.setdefault(urlsplit(item.url).hostname or "", []).append(item)
    return [item for turn in zip_longest(*queues.values()) for item in turn if item is not None]


def _reason(reason: str | None, url: str) -> str:
    return (reason or "").removeprefix(f"{url}: ")


def watch(sources: list[Source], ingester: Ingester, every: float, once: bool = False, rounds: int | None = None,
          clock: Callable[[], float] = time.time, sleep: Callable[[float], None] = time.sleep, echo: Echo = print) -> Round:
    """Rounds until stopped (KeyboardInterrupt), `once`, or after `rounds`; returns the totals of all rounds."""
    total = Round()
    number = 0
    try:
        while True:
            report = ingester.run_round(sources, clock(), every)
            number += 1
            _add(total, report)
            echo(report.line(number))
            if once or (rounds is not None and number >= rounds):
                break
            sleep(max(_next_due(sources, ingester.state, every) - clock(), 1.0))
    except KeyboardInterrupt:
        echo("stopped")
    return total


def _next_due(sources: list[Source], state: WebState, every: float) -> float:
    due = [(state.source(s.key).last_fetch or 0.0) + (s.every or every) for s in sources]
    return min(due)


def _add(total: Round, report: Round) -> None:
    total.checked += report.checked
    total.unchanged_sources += report.unchanged_sources
    total.failed_sources += report.failed_sources
    total.new_items += report.new_items
    total.seconds += report.seconds
    total.coding_seconds += report.coding_seconds
    total.tally.update(report.tally)
