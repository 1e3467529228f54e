"""Events as flat rows, pandas DataFrames, JSONL, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .records import Actor, Event

if TYPE_CHECKING:
    import pandas as pd

FLAT_COLUMNS = [
    "id", "doc_id", "event_type", "mode", "modality", "actor", "actor_sector", "recipient", "recipient_sector",
    "source", "cue", "stance", "date", "date_precision", "date_text", "location", "quantity", "contexts",
    "score", "quad", "cameo_root", "confidence", "produced_by", "trigger", "trigger_start", "trigger_end", "sentence",
]


def _codes(actors: list[Actor]) -> str:
    return "+".join(a.code or "?" for a in actors)


def _sectors(actors: list[Actor]) -> str:
    return "+".join(a.sector or "" for a in actors).strip("+")


def flat(event: Event) -> dict[str, object]:
    source = event.attribution.source if event.attribution else None
    quantity = "; ".join(f"{'~' if q.approximate else ''}{q.value:g} {q.unit or ''}{' (total)' if q.aggregate else ''}".strip() for q in event.quantities)
    return {
        "id": event.id, "doc_id": event.doc_id, "event_type": event.event_type, "mode": event.mode,
        "modality": event.modality, "actor": _codes(event.actor), "actor_sector": _sectors(event.actor),
        "recipient": _codes(event.recipient), "recipient_sector": _sectors(event.recipient),
        "source": (source.code or source.text) if source else None, "cue": event.attribution.cue if event.attribution else None,
        "stance": event.attribution.stance if event.attribution else None, "date": event.date,
        "date_precision": event.date_precision, "date_text": event.date_text,
        "location": event.location.code if event.location else None, "quantity": quantity or None,
        "contexts": ",".join(event.contexts), "score": event.score, "quad": event.quad, "cameo_root": event.cameo_root,
        "confidence": event.confidence, "produced_by": event.produced_by, "trigger": event.trigger.text,
        "trigger_start": event.trigger.start, "trigger_end": event.trigger.end, "sentence": event.sentence.text,
    }


def to_frame(events: Iterable[Event]) -> pd.DataFrame:
    """One row per event with flat columns (codes joined by '+'); the full record stays in `event` objects."""
    import pandas as pd

    return pd.DataFrame([flat(e) for e in events], columns=FLAT_COLUMNS)


def to_jsonl(events: Iterable[Event]) -> str:
    return "".join(e.to_json() + "\n" for e in events)


def to_json(events: Iterable[Event]) -> str:
    return json.dumps([e.model_dump(mode="json") for e in events], indent=2, ensure_ascii=False) + "\n"


def to_csv(events: Iterable[Event]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FLAT_COLUMNS)
    writer.writeheader()
    writer.writerows(flat(e) for e in events)
    return buffer.getvalue()
