"""An article's text cut into segments, each marked with the evidence it is for: trigger, actor, recipient,
source, date, location, quantity, and which events it belongs to. Templates escape each segment's text."""

from __future__ import annotations

from typing import Any

from ..records import Event

# When spans of several roles overlap, the segment shows the first of these.
ROLES = ["trigger", "actor", "recipient", "source", "date", "quantity", "location"]


def spans(event: Event) -> list[tuple[int, int, str]]:
    """(start, end, role) of every piece of evidence of one event."""
    found = [(event.trigger.start, event.trigger.end, "trigger")]
    found += [(a.start, a.end, "actor") for a in event.actor]
    found += [(a.start, a.end, "recipient") for a in event.recipient]
    found += [(q.start, q.end, "quantity") for q in event.quantities]
    if event.attribution and event.attribution.source:
        found.append((event.attribution.source.start, event.attribution.source.end, "source"))
    if event.location:
        found.append((event.location.start, event.location.end, "location"))
    if event.date_text:  # dates carry their words, not offsets: find them in the event's sentence
        at = event.sentence.text.find(event.date_text)
        if at >= 0:
            found.append((event.sentence.start + at, event.sentence.start + at + len(event.date_text), "date"))
    return [(start, end, role) for start, end, role in found if 0 <= start < end]


def segments(text: str, events: list[Event]) -> list[dict[str, Any]]:
    """The whole text in order, as plain segments and marked ones; every boundary of any span splits it."""
    marked = [(start, min(end, len(text)), role, e.id) for e in events for start, end, role in spans(e) if start < len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _, _ in marked), *(e for _, e, _, _ in marked)})
    out: list[dict[str, Any]] = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [(role, event_id) for s, e, role, event_id in marked if s <= start and end <= e]
        roles = sorted({role for role, _ in covering}, key=ROLES.index)
        out.append({"text": text[start:end], "start": start, "roles": roles, "events": sorted({e for _, e in covering})})
    return out
