"""Events as flat rows, typed pandas DataFrames, Parquet, JSONL, JSON and CSV.

A flat row is one event (codes of a compound actor joined by '+'), or with `dyadic` one actor–recipient code
pair. Each row carries typed dates covering its precision (`date_start`, `date_end`), where it was reported
(document columns) and how widely (cluster columns), from a `Provenance` keyed by event id.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import product
from pathlib import Path
from typing import TYPE_CHECKING

from .records import Actor, Document, Event

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

# Every flat column and its type: what to_frame gives pandas and Parquet, and what a CSV reader should be told
# (README: "Column types"). "date" columns are full YYYY-MM-DD days; `date` itself keeps the stated precision.
COLUMN_TYPES: dict[str, str] = {
    "id": "string", "doc_id": "string", "event_type": "string", "mode": "string", "modality": "string",
    "actor": "string", "actor_sector": "string", "recipient": "string", "recipient_sector": "string",
    "source": "string", "cue": "string", "stance": "string", "date": "string", "date_precision": "string",
    "date_start": "date", "date_end": "date", "date_text": "string", "location": "string", "quantity": "string",
    "contexts": "string", "score": "float", "quad": "int", "cameo_root": "string", "confidence": "float",
    "produced_by": "string", "trigger": "string", "trigger_start": "int", "trigger_end": "int", "sentence": "string",
    "doc_url": "string", "doc_outlet": "string", "doc_published": "date", "doc_title": "string",
    "cluster_id": "int", "cluster_reports": "int", "cluster_outlets": "int",
}
FLAT_COLUMNS = list(COLUMN_TYPES)
DATE_COLUMNS = [c for c, kind in COLUMN_TYPES.items() if kind == "date"]


@dataclass(frozen=True)
class Provenance:
    """Where an event was reported (its document) and how widely (the cluster of reports it belongs to)."""

    doc_url: str | None = None
    doc_outlet: str | None = None
    doc_published: str | None = None
    doc_title: str | None = None
    cluster_id: int | None = None
    cluster_reports: int | None = None
    cluster_outlets: int | None = None

    @classmethod
    def of(cls, document: Document) -> Provenance:
        return cls(document.url, document.outlet, (document.published or "")[:10] or None, document.title)


def date_range(value: str | None) -> tuple[date | None, date | None]:
    """The first and last day a stored date (YYYY-MM-DD, YYYY-MM or YYYY) can mean."""
    if not value:
        return None, None
    from .monitor.cluster import interval

    return interval(value)


def _codes(actors: list[Actor]) -> str:
    return "+".join(a.code or "?" for a in actors)


def _sectors(actors: list[Actor]) -> str:
    return "+".join(a.sector or "" for a in actors).strip("+")


def flat(event: Event, provenance: Provenance | None = None) -> dict[str, object]:
    source = event.attribution.source if event.attribution else None
    quantity = "; ".join(f"{'~' if q.approximate else ''}{q.value:g} {q.unit or ''}{' (total)' if q.aggregate else ''}".strip() for q in event.quantities)
    start, end = date_range(event.date)
    where = provenance or Provenance()
    return {
        "id": event.id, "doc_id": event.doc_id, "event_type": event.event_type, "mode": event.mode,
        "modality": event.modality, "actor": _codes(event.actor), "actor_sector": _sectors(event.actor),
        "recipient": _codes(event.recipient), "recipient_sector": _sectors(event.recipient),
        "source": (source.code or source.text) if source else None, "cue": event.attribution.cue if event.attribution else None,
        "stance": event.attribution.stance if event.attribution else None, "date": event.date,
        "date_precision": event.date_precision, "date_start": start, "date_end": end, "date_text": event.date_text,
        "location": event.location.code if event.location else None, "quantity": quantity or None,
        "contexts": ",".join(event.contexts), "score": event.score, "quad": event.quad, "cameo_root": event.cameo_root,
        "confidence": event.confidence, "produced_by": event.produced_by, "trigger": event.trigger.text,
        "trigger_start": event.trigger.start, "trigger_end": event.trigger.end, "sentence": event.sentence.text,
        "doc_url": where.doc_url, "doc_outlet": where.doc_outlet, "doc_published": where.doc_published,
        "doc_title": where.doc_title, "cluster_id": where.cluster_id, "cluster_reports": where.cluster_reports,
        "cluster_outlets": where.cluster_outlets,
    }


def parties(actors: list[Actor]) -> list[tuple[str | None, str | None]]:
    """Each distinct code with the sector of its first mention; [(None, None)] when no party is coded."""
    seen: dict[str, str | None] = {}
    for actor in actors:
        if actor.code and actor.code not in seen:
            seen[actor.code] = actor.sector
    return list(seen.items()) or [(None, None)]


def dyads(event: Event, provenance: Provenance | None = None) -> Iterator[dict[str, object]]:
    """One row per actor–recipient code pair (dyadic event data); an event with no recipient gives one row per
    actor, with an empty recipient."""
    row = flat(event, provenance)
    for (actor, actor_sector), (recipient, recipient_sector) in product(parties(event.actor), parties(event.recipient)):
        yield row | {"actor": actor, "actor_sector": actor_sector, "recipient": recipient, "recipient_sector": recipient_sector}


def rows(events: Iterable[Event], provenance: Mapping[str, Provenance] | None = None, dyadic: bool = False) -> Iterator[dict[str, object]]:
    found = provenance or {}
    for event in events:
        if dyadic:
            yield from dyads(event, found.get(event.id))
        else:
            yield flat(event, found.get(event.id))


def to_frame(events: Iterable[Event], provenance: Mapping[str, Provenance] | None = None, dyadic: bool = False) -> pd.DataFrame:
    """One typed row per event (or per actor–recipient pair with `dyadic`); the full record stays in `Event`s.

    Dates are datetime64 days, counts nullable Int64, `cameo_root` a two-character string ("05")."""
    import pandas as pd

    frame = pd.DataFrame(list(rows(events, provenance, dyadic)), columns=FLAT_COLUMNS)
    for column, kind in COLUMN_TYPES.items():
        if kind == "date":
            frame[column] = pd.to_datetime(frame[column], format="ISO8601").astype("datetime64[s]")
        elif kind == "int":
            frame[column] = frame[column].astype("Int64")
        elif kind == "float":
            frame[column] = frame[column].astype("float64")
        else:
            frame[column] = frame[column].astype("string")
    return frame


def to_parquet(frame: pd.DataFrame, path: Path) -> None:
    """The frame as Parquet, date columns stored as DATE (not timestamps) so DuckDB, R and Spark read days."""
    from .extras import require

    require("pyarrow", "parquet", "Parquet output")
    import pyarrow.parquet as pq

    pq.write_table(arrow_table(frame), path)


def arrow_table(frame: pd.DataFrame) -> pa.Table:
    """The frame as an Arrow table with date columns as DATE: what to_parquet writes (also a part of a file)."""
    import pyarrow as pa

    table = pa.Table.from_pandas(frame, preserve_index=False)
    for column in DATE_COLUMNS:
        index = table.schema.get_field_index(column)
        table = table.set_column(index, column, table.column(column).cast(pa.date32()))
    return table


def to_jsonl(events: Iterable[Event]) -> str:
    return "".join(e.to_json() + "\n" for e in events)


def to_json(events: Iterable[Event]) -> str:
    return json.dumps([e.model_dump(mode="json") for e in events], indent=2, ensure_ascii=False) + "\n"


def to_csv(events: Iterable[Event], provenance: Mapping[str, Provenance] | None = None, dyadic: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FLAT_COLUMNS)
    writer.writeheader()
    writer.writerows(rows(events, provenance, dyadic))
    return buffer.getvalue()
