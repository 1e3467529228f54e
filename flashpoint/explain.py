"""Why a text was coded as it was: the coder's decisions, collected while it codes, as readable text.

A `Trace` is passed down the pipeline only when asked for (`flashpoint explain`, `code --explain`); every stage
checks `trace is not None` before noting anything, so coding without one costs nothing. Each note is tied to
the predicate it concerns (its character offset), so the decisions about one trigger read together: the typer's
verdict (the rule, the learned model's probability), participants, attribution, modality and date, or why the
predicate was not coded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Coding, Document, Event

STAGES = ["sense", "participants", "dropped", "attribution", "modality", "date"]


@dataclass(frozen=True)
class Note:
    at: int  # character offset of the predicate in the document text
    word: str
    stage: str
    detail: str


@dataclass
class Section:
    document: Document
    sentences: list[tuple[int, int]] = field(default_factory=list)  # character spans of the sentences coded
    notes: dict[tuple[int, str, str], Note] = field(default_factory=dict)


@dataclass
class Trace:
    """The collector: one section per document, its notes in the order they were made (a repeat is kept once)."""

    sections: list[Section] = field(default_factory=list)

    def begin(self, document: Document, sentences: Iterable[tuple[int, int]]) -> None:
        self.sections.append(Section(document, list(sentences)))

    def note(self, token: Token, stage: str, detail: str) -> None:
        if self.sections:
            self.sections[-1].notes.setdefault((token.idx, stage, detail), Note(token.idx, token.text, stage, detail))


def render(trace: Trace, codings: Iterable[Coding]) -> str:
    """Per document and sentence: each event with the decisions behind it, then the predicates not coded and why."""
    by_id = {s.document.id: s for s in trace.sections}
    out: list[str] = []
    for coding in codings:
        name = coding.document.origin or coding.document.id
        if coding.status != "coded":
            out.append(f"{name}: {coding.status}: {coding.reason} (nothing was coded)")
            continue
        section = by_id.get(coding.document.id)
        out.append(f"{name}: {len(coding.events)} event{'s' if len(coding.events) != 1 else ''}")
        if section is not None:
            out += _sentences(section, coding.events)
    return "\n".join(out) + "\n"


def _sentences(section: Section, events: list[Event]) -> list[str]:
    text = section.document.text
    out: list[str] = []
    notes = list(section.notes.values())
    for start, end in section.sentences:
        here = [e for e in events if start <= e.trigger.start < end]
        noted = [n for n in notes if start <= n.at < end]
        sentence = " ".join(text[start:end].split())
        out.append(f'\n  sentence: "{sentence[:300]}"')
        for event in here:
            out += _event(event, [n for n in noted if n.at == event.trigger.start])
        coded = {e.trigger.start for e in here}
        missed = sorted({n.at for n in noted} - coded)
        for at in missed:
            word = next(n.word for n in noted if n.at == at)
            out.append(f'    not coded: "{word}"')
            out += [f"      {n.stage}: {n.detail}" for n in _ordered(noted) if n.at == at]
        if not here and not missed:
            out.append("    nothing coded: no trigger candidate (no predicate the rule lexicon or the trigger model takes for an event)")
    return out


def _ordered(notes: list[Note]) -> list[Note]:
    return sorted(notes, key=lambda n: STAGES.index(n.stage) if n.stage in STAGES else len(STAGES))


def _parties(actors: list) -> str:
    return ", ".join(f"{a.text!r} -> {a.code or '?'}{'/' + a.sector if a.sector else ''}" for a in actors) or "none"


def _event(event: Event, notes: list[Note]) -> list[str]:
    out = [f'    EVENT {event.event_type}{"/" + event.mode if event.mode else ""}: trigger "{event.trigger.text}" '
           f"(rule {event.produced_by}, confidence {event.confidence:g})",
           f"      actor: {_parties(event.actor)}", f"      recipient: {_parties(event.recipient)}"]
    out += [f"      {n.stage}: {n.detail}" for n in _ordered(notes)]
    if not any(n.stage == "date" for n in notes):
        out.append(f"      date: {event.date or 'none'} ({event.date_precision})")
    return out
