"""Golden files: a compact, reviewable projection of coded events; regenerate with UPDATE_GOLDEN=1."""

from __future__ import annotations

import json
import os
from pathlib import Path

from flashpoint.records import Event

GOLDEN = Path(__file__).parent / "golden"


def project(event: Event) -> dict[str, object]:
    source = event.attribution.source if event.attribution else None
    return {
        "type": event.event_type,
        "actor": event.actor_codes,
        "recipient": event.recipient_codes,
        "modality": event.modality,
        "source": source.code if source else None,
        "stance": event.attribution.stance if event.attribution else None,
        "date": event.date,
        "trigger": [event.trigger.start, event.trigger.end],
        "quantities": [[q.value, q.approximate, q.aggregate] for q in event.quantities],
        "rule": event.produced_by,
    }


def check_golden(name: str, events: list[Event]) -> None:
    path = GOLDEN / f"{name}.jsonl"
    lines = [json.dumps(project(e), sort_keys=True) for e in events]
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text("\n".join(lines) + "\n")
    expected = path.read_text().splitlines()
    assert lines == expected, f"{name}: coded events differ from {path}; review and rerun with UPDATE_GOLDEN=1 if intended"
