"""Score the coder on the bundled sample articles' expectations (flashpoint/samples/articles.yaml)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..records import Event


def _codes(value: object) -> set[str]:
    return {str(v) for v in value} if isinstance(value, list) else set()


def matches(event: Event, expected: dict[str, Any], strict: bool) -> bool:
    if event.event_type != expected["type"] or str(expected["trigger"]).lower() not in event.trigger.text.lower():
        return False
    if not _codes(expected.get("actor")) & set(event.actor_codes):
        return False
    if not strict:
        return True
    source = event.attribution.source.code if event.attribution and event.attribution.source else None
    return (
        set(event.actor_codes) == _codes(expected.get("actor"))
        and set(event.recipient_codes) == _codes(expected.get("recipient"))
        and event.modality == expected.get("modality")
        and source == expected.get("attributed_to")
    )


def score_samples(coded: Iterable[tuple[dict[str, Any], list[Event]]]) -> dict[str, object]:
    """Share of expected events found (type + an actor + trigger), and found exactly (actors, recipients, modality, source)."""
    total = loose = strict = 0
    missing: list[str] = []
    for entry, events in coded:
        for expected in entry.get("expected") or []:
            total += 1
            loose += any(matches(e, expected, strict=False) for e in events)
            exact = any(matches(e, expected, strict=True) for e in events)
            strict += exact
            if not exact:
                missing.append(f"{entry['file']}: {expected['type']} {expected.get('actor')} -> {expected.get('recipient')} "
                               f"[{expected['trigger']}] {expected.get('modality')} by {expected.get('attributed_to')}")
    return {"expected": total, "found": round(loose / total, 4) if total else 0.0,
            "exact": round(strict / total, 4) if total else 0.0, "missing": missing}
