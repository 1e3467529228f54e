"""Link reports of one real-world event, across sentences and articles, into clusters; incremental and windowed.

A report (a stored event) joins an open cluster with the same event type, modality and basis (asserted by the
article, claimed by a source, or denied by one) that shares an actor code and a recipient code (or where neither
has a recipient), and whose every report is dated within settings.cluster_window_days of this one (so daily
talks do not chain into one endless cluster). Otherwise it starts a cluster. Every report stays as evidence
(cluster_members), so clusters count reports, outlets and independent sources.

Claims and denials never merge with asserted reports: a claim's cluster is linked to an asserted cluster from an
independent source (confirmed_by) and to a cluster of denials (denied_by).

Independent sources: an article's source is its outlet (its id when it has none), unless its text is a near copy
(MinHash of word 3-grams, Jaccard >= settings.syndication_jaccard) of an article seen within the window, whose
source it then shares; so a wire story and its syndicated copies are one source.

Reports are read in date order and each run only reads reports not yet clustered. Only the clusters and article
signatures within the window are held in memory; older clusters are written back and dropped.
"""

from __future__ import annotations

import heapq
import re
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import islice

import numpy as np

from ..settings import Settings
from ..store.sqlite import SQLiteStore

Key = tuple[str, str, str]  # event type, modality, basis

_REPORTS = """SELECT e.id, e.doc_id, e.event_type, e.modality,
    CASE WHEN NOT e.attributed THEN 'asserted'
         WHEN json_extract(e.json, '$.attribution.stance') = 'denies' THEN 'denied' ELSE 'claimed' END,
    coalesce(e.date, substr(d.published, 1, 10)) AS day, coalesce(d.outlet, d.id),
    (SELECT group_concat(code, ' ') FROM event_actors WHERE event_id = e.id AND role = 'actor'),
    (SELECT group_concat(code, ' ') FROM event_actors WHERE event_id = e.id AND role = 'recipient')
    FROM events e JOIN documents d ON d.id = e.doc_id
    WHERE e.id NOT IN (SELECT event_id FROM cluster_members)
    ORDER BY day, e.doc_id, e.id"""


@dataclass(frozen=True)
class Report:
    event_id: str
    doc_id: str
    key: Key
    day: str | None
    outlet: str
    actors: frozenset[str]
    recipients: frozenset[str]


@dataclass
class _Cluster:
    id: int
    key: Key
    actors: set[str]
    recipients: set[str]
    first: date
    last: date
    outlets: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    reports: int = 0
    confirmed_by: int | None = None
    denied_by: int | None = None


@dataclass(frozen=True)
class StoredCluster:
    """A cluster as stored, with the ids of every report in it."""

    id: int
    event_type: str
    modality: str
    basis: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    reports: int
    outlets: int
    sources: int
    confirmed_by: int | None
    denied_by: int | None
    event_ids: tuple[str, ...]


@dataclass(frozen=True)
class Run:
    """What one clustering run did; peak_open is the most clusters held in memory at once."""

    reports: int
    new_clusters: int
    peak_open: int


def interval(day: str) -> tuple[date, date]:
    """The first and last day a YYYY, YYYY-MM or YYYY-MM-DD date can mean."""
    if len(day) >= 10:
        one = date.fromisoformat(day[:10])
        return one, one
    if len(day) == 7:
        first = date.fromisoformat(day + "-01")
        return first, (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return date(int(day), 1, 1), date(int(day), 12, 31)


def shingles(text: str) -> np.ndarray:
    """The text's word 3-grams, each as a 32-bit hash (distinct values): CRC-32 of each word, the three combined
    arithmetically, so no 3-gram string is ever built."""
    words = np.array([zlib.crc32(w.encode()) for w in re.findall(r"\w+", text.lower())] or [0], dtype=np.uint64)
    if len(words) < 3:
        words = np.concatenate([words, np.zeros(3 - len(words), dtype=np.uint64)])
    grams = (words[:-2] * np.uint64(0x9E3779B1) + words[1:-1]) * np.uint64(0x85EBCA6B) + words[2:]
    return np.unique(grams & np.uint64(0xFFFFFFFF))


_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)


class Signatures:
    """MinHash signatures of word 3-grams, and the banded index (LSH) that finds an article's near copies.

    One random linear permutation per signature position, drawn once from a fixed seed, so a signature means the
    same in every run; bands of `rows` positions (bands × rows at most the positions), whose equality in any band
    makes two articles candidates, chosen so that pairs near `threshold` are found (the usual S-curve: 8 bands of 8
    for 64 positions at 0.7)."""

    def __init__(self, positions: int, threshold: float, seed: int = 1) -> None:
        draw = np.random.RandomState(seed)
        self.a = draw.randint(1, int(_MERSENNE), size=positions, dtype=np.uint64)
        self.b = draw.randint(0, int(_MERSENNE), size=positions, dtype=np.uint64)
        self.bands, self.rows = best_bands(threshold, positions)
        self.tables: list[dict[bytes, set[str]]] = [{} for _ in range(self.bands)]

    def of(self, text: str) -> np.ndarray:
        grams = shingles(text)
        with np.errstate(over="ignore"):  # the products wrap modulo 2^64 on purpose: a hash, not arithmetic
            values = (np.outer(grams, self.a) + self.b) % _MERSENNE & _MAX_HASH
        return values.min(axis=0)

    def insert(self, doc_id: str, signature: np.ndarray) -> None:
        for table, key in zip(self.tables, self._band_keys(signature)):
            table.setdefault(key, set()).add(doc_id)

    def remove(self, doc_id: str, signature: np.ndarray) -> None:
        """Forget an article, given the signature it was inserted with (its bands say where it is filed)."""
        for table, key in zip(self.tables, self._band_keys(signature)):
            table[key].discard(doc_id)
            if not table[key]:
                del table[key]

    def candidates(self, signature: np.ndarray) -> set[str]:
        found: set[str] = set()
        for table, key in zip(self.tables, self._band_keys(signature)):
            found |= table.get(key, set())
        return found

    def _band_keys(self, signature: np.ndarray) -> list[bytes]:
        return [signature[i * self.rows:(i + 1) * self.rows].tobytes() for i in range(self.bands)]


def similarity(one: np.ndarray, other: np.ndarray) -> float:
    """The share of signature positions two articles agree on: an estimate of their 3-gram Jaccard similarity."""
    return float(np.count_nonzero(one == other)) / len(one)


def best_bands(threshold: float, positions: int) -> tuple[int, int]:
    """Bands and rows per band whose chance of making a pair a candidate, 1 - (1 - s^rows)^bands, best separates
    similarities below the threshold from those above it (equal weight to missed copies and to wasted checks)."""
    grid = np.linspace(0, 1, 201)

    def error(bands: int, rows: int) -> float:
        chance = 1 - (1 - grid ** rows) ** bands
        return float(np.mean(np.where(grid < threshold, chance, 1 - chance)))

    shapes = [(bands, rows) for bands in range(1, positions + 1) for rows in range(1, positions // bands + 1)]
    return min(shapes, key=lambda shape: error(*shape))


class _Sources:
    """The source of each article: its outlet, or the source of the article it is a near copy of."""

    def __init__(self, store: SQLiteStore, settings: Settings) -> None:
        self.db, self.settings = store.db, settings
        self.signatures = Signatures(settings.minhash_perms, settings.syndication_jaccard)
        self.seen: dict[str, tuple[str, np.ndarray]] = {}
        self.order: deque[tuple[date, str]] = deque()
        # assigned this run, not yet flushed; outlives eviction because one article's events span many dates
        self.pending: dict[str, tuple[str, str]] = {}

    def warm(self, since: date) -> None:
        """Signatures of the articles already given a source within the window before `since` (a new run)."""
        sql = """SELECT s.doc_id, s.source, s.day, d.text FROM document_sources s JOIN documents d ON d.id = s.doc_id
                 WHERE s.day >= ? ORDER BY s.day"""
        for doc_id, source, day, text in self.db.execute(sql, (since.isoformat(),)).fetchall():
            self._remember(doc_id, source, self.signatures.of(text), date.fromisoformat(day))

    def source(self, report: Report, when: date) -> str:
        if report.doc_id in self.seen:
            return self.seen[report.doc_id][0]
        if report.doc_id in self.pending:
            return self.pending[report.doc_id][0]
        stored = self.db.execute("SELECT source FROM document_sources WHERE doc_id = ?", (report.doc_id,)).fetchone()
        if stored:
            return str(stored[0])
        text = self.db.execute("SELECT text FROM documents WHERE id = ?", (report.doc_id,)).fetchone()[0]
        signature = self.signatures.of(text)
        source = self._copied_from(signature) or report.outlet
        self._remember(report.doc_id, source, signature, when)
        self.pending[report.doc_id] = (source, when.isoformat())
        return source

    def evict(self, before: date) -> None:
        while self.order and self.order[0][0] < before:
            doc_id = self.order.popleft()[1]
            self.signatures.remove(doc_id, self.seen.pop(doc_id)[1])

    def _copied_from(self, signature: np.ndarray) -> str | None:
        near = [(doc_id, self.seen[doc_id]) for doc_id in self.signatures.candidates(signature)]
        copies = [(doc_id, source) for doc_id, (source, other) in near if similarity(signature, other) >= self.settings.syndication_jaccard]
        return min(copies)[1] if copies else None

    def _remember(self, doc_id: str, source: str, signature: np.ndarray, when: date) -> None:
        self.seen[doc_id] = (source, signature)
        self.order.append((when, doc_id))
        self.signatures.insert(doc_id, signature)


class _Clusterer:
    def __init__(self, store: SQLiteStore, settings: Settings) -> None:
        self.db = store.db
        self.window = timedelta(days=settings.cluster_window_days)
        self.sources = _Sources(store, settings)
        self.open: dict[int, _Cluster] = {}
        self.by_actor: dict[tuple[str, str], dict[int, _Cluster]] = {}
        self.expiry: list[tuple[date, int]] = []
        self.dirty: dict[int, _Cluster] = {}
        self.members: list[tuple[str, int, str]] = []
        self.loaded_until: date | None = None
        self.new_clusters = self.peak_open = 0

    def add(self, report: Report) -> None:
        if report.day is None:  # undated: nothing to compare it with
            self._join(self._create(report, date.min, date.min, store_only=True), report, "")
            return
        first, last = interval(report.day)
        if self.loaded_until is None:
            self.sources.warm(first - self.window)
        self._load_open(first, last)
        self._evict(first)
        source = self.sources.source(report, first)
        cluster = self._match(report, first, last) or self._create(report, first, last)
        if last - first <= self.window:  # a coarse date (a month, a year) must not stretch a cluster
            cluster.first, cluster.last = min(cluster.first, first), max(cluster.last, last)
        self._join(cluster, report, source)
        self._link(cluster)
        self.peak_open = max(self.peak_open, len(self.open))

    def _match(self, report: Report, first: date, last: date) -> _Cluster | None:
        fits = [c for c in self._near(report.key[0], report.actors, report.recipients, first, last) if c.key == report.key]
        return max(fits, key=lambda c: (len(c.actors & report.actors) + len(c.recipients & report.recipients), c.last, -c.id), default=None)

    def _near(self, event_type: str, actors: Iterable[str], recipients: set[str] | frozenset[str], first: date, last: date) -> list[_Cluster]:
        found: dict[int, _Cluster] = {}
        for code in actors:
            found.update(self.by_actor.get((event_type, code), {}))
        return [c for c in found.values() if (c.recipients & recipients or not (c.recipients or recipients))
                and first <= c.first + self.window and last >= c.last - self.window]

    def _create(self, report: Report, first: date, last: date, store_only: bool = False) -> _Cluster:
        cursor = self.db.execute(
            "INSERT INTO clusters (event_type, modality, basis, actors, recipients, first_date, last_date, n_reports, n_outlets, n_sources)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0) RETURNING id",
            (*report.key, " ".join(sorted(report.actors)), " ".join(sorted(report.recipients)),
             None if store_only else first.isoformat(), None if store_only else last.isoformat()))
        cluster = _Cluster(int(cursor.fetchone()[0]), report.key, set(report.actors), set(report.recipients), first, last)
        self.new_clusters += 1
        if not store_only:
            self._hold(cluster)
        return cluster

    def _hold(self, cluster: _Cluster) -> None:
        self.open[cluster.id] = cluster
        for code in cluster.actors:
            self.by_actor.setdefault((cluster.key[0], code), {})[cluster.id] = cluster
        heapq.heappush(self.expiry, (cluster.first, cluster.id))

    def _join(self, cluster: _Cluster, report: Report, source: str) -> None:
        cluster.reports += 1
        cluster.outlets.add(report.outlet)
        cluster.sources.add(source or report.outlet)
        for code in report.actors - cluster.actors:  # a new actor code: index it, so matching and eviction see it
            if cluster.id in self.open:
                self.by_actor.setdefault((cluster.key[0], code), {})[cluster.id] = cluster
        cluster.actors |= report.actors
        cluster.recipients |= report.recipients
        self.members.append((report.event_id, cluster.id, source or report.outlet))
        self.dirty[cluster.id] = cluster

    def _link(self, cluster: _Cluster) -> None:
        """Link a claim to an independent asserted report of the same event, and to a denial of it."""
        for other in self._near(cluster.key[0], cluster.actors, cluster.recipients, cluster.first, cluster.last):
            pair = {cluster.key[2]: cluster, other.key[2]: other}
            claim = pair.get("claimed")
            if claim is None or len(pair) < 2:
                continue
            asserted, denied = pair.get("asserted"), pair.get("denied")
            if asserted and claim.confirmed_by is None and asserted.key[1] == claim.key[1] and asserted.sources - claim.sources:
                claim.confirmed_by = asserted.id
            elif denied and claim.denied_by is None:
                claim.denied_by = denied.id
            self.dirty[claim.id] = claim

    def _evict(self, today: date) -> None:
        while self.expiry and self.expiry[0][0] + self.window < today:
            cluster = self.open.pop(heapq.heappop(self.expiry)[1])
            for code in cluster.actors:
                self.by_actor.get((cluster.key[0], code), {}).pop(cluster.id, None)
        self.sources.evict(today - self.window)

    def _load_open(self, first: date, last: date) -> None:
        """Clusters stored by earlier runs that reports from `first` on could join, not yet held."""
        until = last + self.window
        if self.loaded_until is not None and until <= self.loaded_until:
            return
        sql = """SELECT id, event_type, modality, basis, actors, recipients, first_date, last_date, confirmed_by, denied_by
                 FROM clusters WHERE first_date > ? AND first_date <= ? AND first_date >= ?"""
        lower = self.loaded_until.isoformat() if self.loaded_until else ""
        for row in self.db.execute(sql, (lower, until.isoformat(), (first - self.window).isoformat())).fetchall():
            if row[0] not in self.open:
                self._hold(self._stored(row))
        self.loaded_until = until

    def _stored(self, row: tuple) -> _Cluster:
        cluster_id, event_type, modality, basis, actors, recipients, first, last, confirmed_by, denied_by = row
        cluster = _Cluster(cluster_id, (event_type, modality, basis), set(actors.split()), set(recipients.split()),
                           date.fromisoformat(first), date.fromisoformat(last), confirmed_by=confirmed_by, denied_by=denied_by)
        sql = """SELECT m.source, coalesce(d.outlet, d.id) FROM cluster_members m JOIN events e ON e.id = m.event_id
                 JOIN documents d ON d.id = e.doc_id WHERE m.cluster_id = ?"""
        for source, outlet in self.db.execute(sql, (cluster_id,)):
            cluster.sources.add(source)
            cluster.outlets.add(outlet)
            cluster.reports += 1
        return cluster

    def flush(self) -> None:
        self.db.executemany("INSERT INTO document_sources VALUES (?, ?, ?)", [(d, s, w) for d, (s, w) in self.sources.pending.items()])
        # the clusters' final counts first: the store re-weights the facts of members already stored, and each new
        # member's facts then get their final weight once, as the member is inserted
        self.db.executemany(
            """UPDATE clusters SET actors = ?, recipients = ?, first_date = coalesce(?, first_date), last_date = coalesce(?, last_date),
               n_reports = ?, n_outlets = ?, n_sources = ?, confirmed_by = ?, denied_by = ? WHERE id = ?""",
            [(" ".join(sorted(c.actors)), " ".join(sorted(c.recipients)), *_span(c), c.reports, len(c.outlets),
              len(c.sources), c.confirmed_by, c.denied_by, c.id) for c in self.dirty.values()])
        self.db.executemany("INSERT INTO cluster_members VALUES (?, ?, ?)", self.members)
        self.sources.pending, self.members, self.dirty = {}, [], {}


def _span(cluster: _Cluster) -> tuple[str | None, str | None]:
    if cluster.first == date.min:
        return None, None
    return cluster.first.isoformat(), cluster.last.isoformat()


def reports(store: SQLiteStore) -> Iterator[Report]:
    """Stored events not yet in a cluster, in date order (undated first), read through a separate connection
    so that clusters can be written while reading."""
    for event_id, doc_id, event_type, modality, basis, day, outlet, actors, recipients in store.read_apart(_REPORTS):
        yield Report(event_id, doc_id, (event_type, modality, basis), day, outlet,
                     frozenset((actors or "").split()), frozenset((recipients or "").split()))


def cluster_reports(store: SQLiteStore, settings: Settings | None = None, batch: int = 20_000) -> Run:
    """Put every stored event that is not yet in a cluster into one; committed every `batch` reports."""
    settings = settings or Settings()
    clusterer = _Clusterer(store, settings)
    stream, count = reports(store), 0
    with store.bulk_writes(settings.cluster_cache_mb):
        while chunk := list(islice(stream, batch)):
            with store.transaction():
                for report in chunk:
                    clusterer.add(report)
                clusterer.flush()
            count += len(chunk)
    return Run(count, clusterer.new_clusters, clusterer.peak_open)


def read_clusters(store: SQLiteStore) -> list[StoredCluster]:
    """Every stored cluster with its reports, by first date then id."""
    sql = """SELECT c.id, c.event_type, c.modality, c.basis, c.actors, c.recipients, c.first_date, c.last_date, c.n_reports,
             c.n_outlets, c.n_sources, c.confirmed_by, c.denied_by, group_concat(m.event_id, ' ')
             FROM clusters c LEFT JOIN cluster_members m ON m.cluster_id = c.id GROUP BY c.id ORDER BY c.first_date, c.id"""
    return [StoredCluster(*[*row[:4], tuple(row[4].split()), tuple(row[5].split()), *row[6:13], tuple(sorted((row[13] or "").split()))])
            for row in store.db.execute(sql)]
