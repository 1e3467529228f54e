"""Coding on a Ray cluster (`flashpoint code --engine ray`): Ray Data hands batches of documents to actors that each
load the pipeline once and code with `code_documents` in their own process; the driver writes two Parquet files.

- events: the flat typed columns `export --format parquet` writes (formats.FLAT_COLUMNS), one row per event;
- statuses: one row per input document (id, status, reason, n_events), with what a store needs to load it again
  without coding: the document's fields and text, and its events as schema-v1 JSON (`events`).

The driver reads the sources (what `code` reads locally, and Parquet shards with the JSONL fields) and writes the
output; the workers only code. `load` puts a statuses file into a store as `ingest` would: re-loading stores nothing new.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError, OutputError
from .extras import require
from .records import Coding, Document, Event
from .settings import Settings

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from .store.sqlite import SQLiteStore

DOCUMENT_FIELDS = ["id", "status", "reason", "n_events", "origin", "title", "url", "published", "outlet", "text", "events"]
PARQUET_SUFFIXES = {".parquet", ".pq"}
OBJECT_STORE_BYTES = 150_000_000  # documents and results pass through it a batch at a time; Ray's default is 30% of RAM


def status_path(events_path: Path) -> Path:
    """Where the statuses go by default: beside the events, `events.parquet` -> `events.status.parquet`."""
    return events_path.with_name(events_path.stem + ".status.parquet")


# ---------- reading (driver) -------------------------------------------------------------------------------------------
def read_sources(paths: Iterable[str], published: str | None, max_bytes: int) -> Iterator[Document | Coding]:
    """Documents from Parquet shards (one row a document, the JSONL fields as columns) and from whatever `code`
    reads locally; a row or a file that gives no document is a failed or skipped Coding, as in `read`."""
    from .ingest.read import read

    for path in paths:
        if Path(path).suffix.lower() in PARQUET_SUFFIXES:
            yield from _with_published(_read_parquet(Path(path), max_bytes), published)
        else:
            yield from read([path], published, max_bytes)


def _with_published(items: Iterator[Document | Coding], published: str | None) -> Iterator[Document | Coding]:
    for item in items:
        if isinstance(item, Document) and not item.published and published:
            item = Document(item.id, item.text, item.title, item.url, published, item.outlet, item.origin)
        yield item


def _read_parquet(path: Path, max_bytes: int) -> Iterator[Document | Coding]:
    from .ingest.read import _from_record, failure

    require("pyarrow", "parquet", "Reading Parquet shards")
    import pyarrow.parquet as pq

    try:
        shard = pq.ParquetFile(path)
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        yield failure(str(path), f"{path}: cannot read as Parquet ({str(exc)[:80]})")
        return
    number = 0
    for batch in shard.iter_batches(batch_size=256):
        for record in batch.to_pylist():
            number += 1
            # a row is read as a JSONL record is: 'text' or 'html', and optional id, title, url, published, outlet
            yield from _from_record(record, f"{path}:{number}", max_bytes)
    if number == 0:
        yield failure(str(path), f"{path}: no rows (an empty Parquet file)", "skipped")


# ---------- coding (workers) -------------------------------------------------------------------------------------------
def document_row(coding: Coding) -> dict[str, object]:
    d = coding.document
    return {"id": d.id, "status": coding.status, "reason": coding.reason, "n_events": len(coding.events), "origin": d.origin,
            "title": d.title, "url": d.url, "published": d.published, "outlet": d.outlet, "text": d.text,
            "events": json.dumps([json.loads(e.to_json()) for e in coding.events], ensure_ascii=False)}


def coding_of(row: dict[str, Any]) -> Coding:
    def text(name: str) -> str | None:
        value = row.get(name)
        return None if value is None or value != value else str(value)  # pandas gives NaN or <NA> for a missing string

    document = Document(str(row["id"]), text("text") or "", text("title"), text("url"), text("published"), text("outlet"), text("origin"))
    events = [Event.model_validate(e) for e in json.loads(text("events") or "[]")]
    return Coding(document, row["status"], events, text("reason"))


class Coder:
    """A Ray actor's work: one pipeline loaded when the actor starts, then `code_documents` in this process on each batch."""

    def __init__(self, settings: Settings) -> None:
        from . import nlp
        from .actors import knowledge
        from .events import lexicon

        self.settings = settings.model_copy(update={"workers": 1})
        nlp.load(self.settings.spacy_model)
        knowledge.load(self.settings.actors_file)
        lexicon.load()

    def __call__(self, batch: pd.DataFrame) -> pd.DataFrame:
        import pandas as pd

        from .pipeline import code_documents

        documents = [Document(**{str(k): (None if v is None or v != v else v) for k, v in row.items()})  # type: ignore[arg-type]
                     for row in batch.to_dict("records")]
        rows = [document_row(coding) for coding in code_documents(documents, self.settings)]
        return pd.DataFrame(rows, columns=DOCUMENT_FIELDS)


# ---------- the run (driver) -------------------------------------------------------------------------------------------
@dataclass
class RunReport:
    tally: dict[str, int] = field(default_factory=lambda: {"coded": 0, "skipped": 0, "failed": 0, "events": 0})
    problems: list[str] = field(default_factory=list)  # "failed: origin: reason", one per document not coded


def code_on_ray(documents: list[Document], unreadable: list[Coding], settings: Settings, events_out: Path, status_out: Path,
                address: str | None = None, workers: int | None = None) -> RunReport:
    """Code `documents` on Ray actors (`workers` of them; default one per CPU of the cluster) and write the events and
    the statuses (the unreadable sources' first) to Parquet; results keep the input order."""
    ray = require("ray", "ray", "The Ray engine")
    require("pyarrow", "parquet", "Parquet output")
    import pyarrow.parquet as pq

    report = RunReport()
    try:
        started = connect(ray, address, workers)
    except ConnectionError as exc:
        raise ConfigError(f"cannot join the Ray cluster at {address}: {exc}") from None
    try:
        actors = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        with pq.ParquetWriter(events_out, _events_schema()) as event_writer, \
                pq.ParquetWriter(status_out, _status_schema()) as status_writer:
            _write_statuses(status_writer, [document_row(c) for c in unreadable], report)
            for batch in _coded_batches(ray, documents, settings, actors):
                codings = [coding_of(row) for row in batch.to_dict("records")]
                _write_events(event_writer, codings)
                _write_statuses(status_writer, batch.to_dict("records"), report)
    except ray.exceptions.RayError as exc:  # an actor lost with its node, a cluster gone: the documents written so far stay
        done = sum(report.tally[s] for s in ("coded", "skipped", "failed"))
        raise OutputError(f"the Ray run stopped after {done} of {len(documents) + len(unreadable)} documents "
                          f"({type(exc).__name__}: {str(exc)[:200]}); run again to code them all") from None
    finally:
        if started:
            ray.shutdown()
    return report


def connect(ray: Any, address: str | None, workers: int | None) -> bool:
    """Join the cluster at `address`, or start a small local one (the machine's CPUs, or `workers`); True when this call
    started Ray (and so stops it). A session that already runs Ray (a test session, a notebook) keeps its own."""
    if ray.is_initialized():
        return False
    import logging

    if address:
        _reachable(address)

    quiet = {"include_dashboard": False, "logging_level": logging.WARNING, "log_to_driver": False, "configure_logging": True}
    if address:
        ray.init(address=address, **quiet)
    else:
        ray.init(num_cpus=workers, object_store_memory=OBJECT_STORE_BYTES, **quiet)
    return True


def _reachable(address: str) -> None:
    """A host:port nobody answers on is one line at once; Ray itself would retry for minutes."""
    import socket

    if address == "auto" or "://" in address:
        return
    host, _, port = address.rpartition(":")
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot reach the Ray cluster at {address} ({exc}): is `ray start --head` running there?") from None


def _coded_batches(ray: Any, documents: list[Document], settings: Settings, actors: int) -> Iterator[pd.DataFrame]:
    import logging

    import pandas as pd

    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # statuses and events in input order, as `code` gives them
    context.enable_progress_bars = False
    if not documents:
        return
    frame = pd.DataFrame([{"id": d.id, "text": d.text, "title": d.title, "url": d.url, "published": d.published,
                           "outlet": d.outlet, "origin": d.origin} for d in documents])
    # blocks made here, not by a repartition task: with every CPU held by an actor, such a task would never run
    size = max(1, min(settings.batch_size, -(-len(frame) // (4 * actors))))  # enough blocks to keep every actor busy
    dataset = ray.data.from_pandas([frame.iloc[start:start + size] for start in range(0, len(frame), size)])
    logging.getLogger("ray.data").setLevel(logging.WARNING)  # set up by the first dataset: no execution plans on the terminal
    coded = dataset.map_batches(Coder, fn_constructor_args=(settings,), batch_size=settings.batch_size, batch_format="pandas",
                                compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1)
    yield from coded.iter_batches(batch_size=None, batch_format="pandas")


def _events_schema() -> pa.Schema:
    from .formats import arrow_table, to_frame

    return arrow_table(to_frame([])).schema


def _write_events(writer: Any, codings: list[Coding]) -> None:
    from .formats import Provenance, arrow_table, to_frame

    events = [e for c in codings if c.status == "coded" for e in c.events]
    if events:
        provenance = {e.id: Provenance.of(c.document) for c in codings for e in c.events}
        writer.write_table(arrow_table(to_frame(events, provenance)))


def _status_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema([(name, pa.int64() if name == "n_events" else pa.string()) for name in DOCUMENT_FIELDS])


def _write_statuses(writer: Any, rows: list[dict[str, Any]], report: RunReport) -> None:
    import pyarrow as pa

    clean: list[dict[str, Any]] = [{k: (None if v is None or (k != "n_events" and v != v) else v) for k, v in row.items()} for row in rows]
    for row in clean:
        report.tally[row["status"]] += 1
        report.tally["events"] += int(row["n_events"])
        if row["status"] != "coded":
            where = row["origin"] or row["id"]  # a reader's reason names its source already
            reason = row["reason"] if str(row["reason"]).startswith(where) else f"{where}: {row['reason']}"
            report.problems.append(f"{row['status']}: {reason}")
    if clean:
        writer.write_table(pa.Table.from_pylist(clean, schema=_status_schema()))


# ---------- loading a run into a store ---------------------------------------------------------------------------------
def read_statuses(path: Path) -> Iterator[Coding]:
    require("pyarrow", "parquet", "Reading a statuses file")
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read as Parquet ({str(exc)[:80]})") from None
    missing = set(DOCUMENT_FIELDS) - set(table.schema_arrow.names)
    if missing:
        raise ConfigError(f"{path}: not a statuses file of `code --engine ray` (no {', '.join(sorted(missing))} column)")
    for batch in table.iter_batches(batch_size=256):
        yield from (coding_of(row) for row in batch.to_pylist())


def load(codings: Iterable[Coding], store: SQLiteStore) -> dict[str, int]:
    """Save each Coding as `ingest` does; what is stored already (same id and text) is counted unchanged, not stored."""
    tally = {"coded": 0, "skipped": 0, "failed": 0, "unchanged": 0, "events": 0}
    for coding in codings:
        result = store.save(coding)
        if result.outcome == "unchanged":
            tally["unchanged"] += 1
            continue
        tally[result.status] += 1
        tally["events"] += len(coding.events) if result.status == "coded" else 0
    return tally
