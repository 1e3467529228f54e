"""Events in the layouts other event datasets use: PLOVER JSON records (manual, chapter 6) and POLECAT's TSV.

PLOVER: the manual's field names for what Flashpoint codes (`event`, `actor`, `recipient`, `date`/`enddate` for
a month or a year, `quad_code`, `event_scale`, `mode` with the auxiliary modes, `context`, `link` for the cluster,
`cite_info` for the article); whatever PLOVER has no field for sits under the `flashpoint` key. The article text
is left out (`text`): the manual fills it only for texts the coder has the rights to.

POLECAT: its 40 tab-separated columns in its order, one row per actor–recipient pair; the columns Flashpoint
cannot fill stay empty (README: "POLECAT layout").
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from datetime import date
from importlib import resources
from typing import Any

from .formats import Provenance, date_range, dyads
from .records import Actor, Event

AUXILIARY_MODES = {"historical": "historical", "future": "future", "hypothetical": "hypothetical", "negated": "negation"}
CODEBOOK = "plover-2.0"
REQUIRED = {"id", "date", "actor", "event"}  # the manual's required fields (Table 6.1)


def plover_schema() -> dict[str, Any]:
    """The JSON Schema of a PLOVER record as Flashpoint writes it (schema/plover-v1.json)."""
    return json.loads(resources.files("flashpoint").joinpath("schema", "plover-v1.json").read_text(encoding="utf-8"))


def _entity(actor: Actor) -> dict[str, object]:
    return {"code": actor.code, "sector": actor.sector, "entity_text": actor.text, "identifier_text": actor.name}


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def plover_record(event: Event, provenance: Provenance | None = None, version: str = "") -> dict[str, object]:
    where = provenance or Provenance()
    start, end = date_range(event.date)
    modes = [m for m in (event.mode, AUXILIARY_MODES.get(event.modality)) if m]
    record: dict[str, object] = {
        "id": event.id,
        "has_event": True,
        "date": _day(start),
        "enddate": _day(end) if end != start else None,
        "actor": [_entity(a) for a in event.actor],
        "recipient": [_entity(a) for a in event.recipient],
        "event": [event.event_type],
        "event_loc": {"extracted_place": event.location.text, "resolved_place": event.location.name,
                      "country_code": event.location.code} if event.location else None,
        "event_text": [event.trigger.text],
        "quad_code": event.quad,
        "event_scale": event.score,
        "mode": modes,
        "context": list(event.contexts),
        "link": f"cluster-{where.cluster_id}" if where.cluster_id is not None else None,
        "text_info": {"start": event.sentence.start, "end": event.sentence.end},
        "cite_info": {"url": where.doc_url, "title": where.doc_title, "publication": where.doc_outlet, "language": "en",
                      "coder": f"flashpoint {version}".strip(), "codebook": CODEBOOK},
        "coder": f"flashpoint {version}".strip(),
        "flashpoint": {
            "doc_id": event.doc_id, "modality": event.modality, "date": event.date, "date_precision": event.date_precision,
            "date_text": event.date_text, "doc_published": where.doc_published,
            "attribution": event.attribution.model_dump(mode="json") if event.attribution else None,
            "quantities": [q.model_dump(mode="json") for q in event.quantities],
            "trigger": event.trigger.model_dump(mode="json"), "cameo_root": event.cameo_root,
            "confidence": event.confidence, "produced_by": event.produced_by,
            "cluster_reports": where.cluster_reports, "cluster_outlets": where.cluster_outlets,
        },
    }
    return {k: v for k, v in record.items() if v is not None or k in REQUIRED}  # an undated event keeps "date": null


def to_plover(events: Iterable[Event], provenance: Mapping[str, Provenance] | None = None) -> str:
    """PLOVER records as JSON Lines, one event a line (the manual's suggested interchange format)."""
    from . import __version__

    found = provenance or {}
    return "".join(json.dumps(plover_record(e, found.get(e.id), __version__), ensure_ascii=False) + "\n" for e in events)


POLECAT_COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw",
    "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename",
    "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations",
    "Language", "Version",
]


def _party(actors: list[Actor], code: str | None) -> tuple[str, str, str]:
    """The name, the text as written (first mention) and the sectors (all mentions) of the party coded `code`."""
    mentions = [a for a in actors if a.code == code]
    if not mentions:
        return "", "", ""
    return mentions[0].name or code or "", mentions[0].text, ";".join(sorted({a.sector for a in mentions if a.sector}))


def polecat_rows(event: Event, provenance: Provenance | None = None, version: str = "") -> list[dict[str, object]]:
    where = provenance or Provenance()
    out = []
    for row in dyads(event, provenance):
        actor_name, actor_raw, actor_sectors = _party(event.actor, row["actor"])  # type: ignore[arg-type]
        recipient_name, recipient_raw, recipient_sectors = _party(event.recipient, row["recipient"])  # type: ignore[arg-type]
        out.append({
            "Event ID": event.id, "Event Date": _day(row["date_start"]),  # type: ignore[arg-type]
            "Event Type": event.event_type, "Event Mode": event.mode or "", "Intensity": event.score,
            "Quad Code": event.quad, "Contexts": ";".join(event.contexts),
            "Actor Name": actor_name, "Actor Country": row["actor"] or "", "Primary Actor Sector": row["actor_sector"] or "",
            "Actor Sectors": actor_sectors, "Actor Name Raw": actor_raw,
            "Recipient Name": recipient_name, "Recipient Country": row["recipient"] or "",
            "Primary Recipient Sector": row["recipient_sector"] or "",
            "Recipient Sectors": recipient_sectors, "Recipient Name Raw": recipient_raw,
            "Placename": event.location.name or "" if event.location else "", "Country": event.location.code or "" if event.location else "",
            "Raw Placename": event.location.text if event.location else "",
            "Source": where.doc_outlet or "", "Publication Date": where.doc_published or "",
            "Language": "en", "Version": f"flashpoint {version}".strip(),
        })
    return out


def to_polecat(events: Iterable[Event], provenance: Mapping[str, Provenance] | None = None) -> str:
    from . import __version__

    found = provenance or {}
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=POLECAT_COLUMNS, delimiter="\t", restval="", lineterminator="\n")
    writer.writeheader()
    for event in events:
        writer.writerows(polecat_rows(event, found.get(event.id), __version__))
    return buffer.getvalue()
