"""Score the coder on gold sentences in the PLOVER gold-standard-record format.

Per gold sentence the coder runs end to end (no gold actors given). A sentence's events match the gold
type when any of them has it, or reduces to it by the manual's rules (a future CONSULT, SUPPORT, COOPERATE or AID
is an AGREE, a future RETREAT a CONCEDE); among those, the one whose actor and recipient codes agree best is scored.
Actor and recipient agree when their code sets are equal (legacy JAP/ITL normalised; an empty gold
target expects no recipient).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..records import Event

LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA"}


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    date: str | None
    event_type: str
    source: frozenset[str]
    target: frozenset[str]


@dataclass
class Report:
    sentences: int = 0
    type_hits: int = 0
    actor_hits: int = 0
    recipient_hits: int = 0
    full_hits: int = 0
    events: int = 0
    per_category: dict[str, dict[str, int]] = field(default_factory=dict)
    misses: list[dict[str, object]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        categories = {}
        for name, c in sorted(self.per_category.items()):
            p, r = ratio(c["tp"], c["tp"] + c["fp"]), ratio(c["tp"], c["tp"] + c["fn"])
            categories[name] = {"precision": p, "recall": r, "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                                "gold": c["tp"] + c["fn"], "predicted": c["tp"] + c["fp"]}
        return {
            "sentences": self.sentences,
            "event_type_recall": ratio(self.type_hits, self.sentences),
            "actor_accuracy": ratio(self.actor_hits, self.type_hits),
            "recipient_accuracy": ratio(self.recipient_hits, self.type_hits),
            "full_match": ratio(self.full_hits, self.sentences),
            "events_per_sentence": ratio(self.events, self.sentences),
            "per_category": categories,
            "misses": self.misses,
        }


def participant_codes(raw: object) -> frozenset[str]:
    """The codes of a gold participant list (`[{code, ...}]`), legacy PLOVER codes normalised."""
    if not isinstance(raw, list):
        return frozenset()
    return frozenset(LEGACY_CODES.get(str(a.get("code")), str(a.get("code"))) for a in raw if isinstance(a, dict) and a.get("code"))


def load_gold(path: Path) -> list[GoldSentence]:
    try:
        records = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvalError(f"cannot read gold file {path}: {exc}") from exc
    if not isinstance(records, list):
        raise EvalError(f"{path}: expected a JSON list of gold records with id, text, event_type, source, target")
    gold = []
    for record in records:
        if not isinstance(record, dict) or not record.get("text") or not record.get("event_type"):
            raise EvalError(f"{path}: every record needs 'text' and 'event_type' (got {str(record)[:80]})")
        gold.append(GoldSentence(str(record.get("id")), str(record["text"]), record.get("date"), str(record["event_type"]).upper(),
                                 participant_codes(record.get("source")), participant_codes(record.get("target"))))
    return gold


# the PLOVER manual's reductions: an act yet to come is coded as the promise or concession it is
FUTURE_REDUCTIONS = {"AGREE": {"CONSULT", "SUPPORT", "COOPERATE", "AID"}, "CONCEDE": {"RETREAT"}}


def counts_as(event: Event, gold_type: str) -> bool:
    """Whether a predicted event matches a gold category: the same one, or one the manual reduces to it."""
    if event.event_type == gold_type:
        return True
    return event.modality == "future" and event.event_type in FUTURE_REDUCTIONS.get(gold_type, set())


def _agreement(event: Event, gold: GoldSentence) -> tuple[bool, bool]:
    return frozenset(event.actor_codes) == gold.source, frozenset(event.recipient_codes) == gold.target


def score(gold: Iterable[GoldSentence], code: Callable[[GoldSentence], list[Event]]) -> Report:
    report = Report()
    tallies: dict[str, Counter[str]] = {}
    for sentence in gold:
        events = code(sentence)
        report.sentences += 1
        report.events += len(events)
        predicted = {sentence.event_type if counts_as(e, sentence.event_type) else e.event_type for e in events}
        for name in predicted | {sentence.event_type}:
            tally = tallies.setdefault(name, Counter())
            tally["tp" if name in predicted and name == sentence.event_type else "fp" if name in predicted else "fn"] += 1
        typed = [e for e in events if counts_as(e, sentence.event_type)]
        best = max((_agreement(e, sentence) for e in typed), key=lambda a: (a[0] and a[1], a[0], a[1]), default=None)
        if best is not None:
            report.type_hits += 1
            report.actor_hits += best[0]
            report.recipient_hits += best[1]
            report.full_hits += best[0] and best[1]
        if best is None or not all(best):
            report.misses.append({
                "id": sentence.id, "gold": f"{sentence.event_type} {'+'.join(sorted(sentence.source)) or '-'} -> {'+'.join(sorted(sentence.target)) or '-'}",
                "got": [f"{e.event_type} {'+'.join(e.actor_codes) or '?'} -> {'+'.join(e.recipient_codes) or '-'} [{e.trigger.text}]" for e in events],
                "text": sentence.text,
            })
    report.per_category = {k: {"tp": v["tp"], "fp": v["fp"], "fn": v["fn"]} for k, v in tallies.items()}
    return report


def format_text(result: dict[str, Any], show_misses: bool = True) -> str:
    lines = [
        f"sentences            {result['sentences']}",
        f"event-type recall    {result['event_type_recall']:.3f}",
        f"actor accuracy       {result['actor_accuracy']:.3f}   (given the right type)",
        f"recipient accuracy   {result['recipient_accuracy']:.3f}   (given the right type)",
        f"full match           {result['full_match']:.3f}   (type + actor + recipient)",
        f"events per sentence  {result['events_per_sentence']:.2f}",
        "",
        f"{'category':<11} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}",
    ]
    for name, c in result["per_category"].items():
        lines.append(f"{name:<11} {c['precision']:>6.3f} {c['recall']:>6.3f} {c['f1']:>6.3f} {c['gold']:>5} {c['predicted']:>5}")
    if show_misses:
        lines += ["", f"misses ({len(result['misses'])}):"]
        for miss in result["misses"]:
            lines.append(f"  {miss['id']}: gold {miss['gold']}; got {miss['got'] or 'nothing'}")
    return "\n".join(lines)
