"""The records that flow through Flashpoint, and the one JSON schema of an event (schema v1)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict

SCHEMA_VERSION = 1

Modality = Literal["actual", "future", "hypothetical", "negated", "historical"]
DatePrecision = Literal["day", "month", "year", "publication"]
Stance = Literal["reports", "claims", "denies"]
StatusName = Literal["coded", "skipped", "failed"]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Record):
    """A piece of the stored document text: `text == doc.text[start:end]`."""

    text: str
    start: int
    end: int


class Actor(_Record):
    text: str
    code: str | None
    sector: str | None
    name: str | None
    start: int
    end: int


class Attribution(_Record):
    source: Actor | None
    cue: str
    stance: Stance


class Location(_Record):
    text: str
    code: str | None
    name: str | None
    start: int
    end: int


class Quantity(_Record):
    value: float
    unit: str | None
    approximate: bool
    aggregate: bool
    text: str
    start: int
    end: int


class Event(_Record):
    """One coded political event with evidence for every field."""

    id: str
    doc_id: str
    event_type: str
    mode: str | None
    contexts: list[str]
    actor: list[Actor]
    recipient: list[Actor]
    attribution: Attribution | None
    modality: Modality
    date: str | None
    date_text: str | None
    date_precision: DatePrecision
    location: Location | None
    quantities: list[Quantity]
    trigger: Span
    sentence: Span
    score: float | None
    quad: int
    cameo_root: str
    confidence: float
    produced_by: str

    @property
    def actor_codes(self) -> list[str]:
        return _codes(self.actor)

    @property
    def recipient_codes(self) -> list[str]:
        return _codes(self.recipient)

    def to_json(self) -> str:
        return self.model_dump_json()


def _codes(actors: list[Actor]) -> list[str]:
    return sorted({a.code for a in actors if a.code})


def event_json_schema() -> dict[str, object]:
    schema = Event.model_json_schema()
    schema["$id"] = "https://flashpoint.example/schema/event-v1.json"
    schema["title"] = f"Flashpoint event, schema v{SCHEMA_VERSION}"
    return schema


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def text_id(text: str, origin: str | None = None) -> str:
    """The id of a document that arrives without one: a short hash of its cleaned text; an empty text has none
    to hash, so it takes a hash of where it came from (each empty input keeps its own status row)."""
    if not text.strip() and origin:
        return "empty-" + content_hash(origin)[:16]
    return content_hash(text)[:16]


def event_id(doc_id: str, event_type: str, trigger_start: int, trigger_end: int) -> str:
    key = json.dumps([doc_id, event_type, trigger_start, trigger_end])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class Document:
    """One input article. `text` is the cleaned text that every offset points into."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    origin: str | None = None  # where it was read from: path, path:line, "-"

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class Coding:
    """The outcome for one document: every input ends as coded, skipped (why) or failed (why)."""

    document: Document
    status: StatusName
    events: list[Event] = field(default_factory=list)
    reason: str | None = None
