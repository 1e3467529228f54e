"""Score the coder on whole annotated news documents, the way an analyst meets them.

Gold format: `../shared/eval/news_dev.json` (a mapping with `docs`) or `../shared/train/news_train.jsonl`
(one document per line). Each document has `id`, `source`, `published`, `text` and `sentences`
(`{start, end, text, events}`); rules in `../shared/eval/ANNOTATION.md`.

Every document is coded whole; a predicted event belongs to the gold sentence holding its trigger. Within a
sentence, gold and predicted events are paired one-to-one at three levels: type; type+actor; type+actor+recipient
(actor/recipient agree when their code sets intersect; an empty gold side accepts anything). The manual's
reductions count as type matches: a future CONSULT/SUPPORT/COOPERATE/AID matches gold AGREE and a future RETREAT
matches gold CONCEDE. Predicted `hypothetical` and `negated` events that match nothing are reported apart and not
counted against precision.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..records import Document, Event
from ..settings import Settings
from .score import counts_as, participant_codes

UNASSERTED = {"hypothetical", "negated"}
LEVELS = ("type", "actor", "full")


@dataclass(frozen=True)
class GoldEvent:
    event_type: str
    actor: frozenset[str]
    recipient: frozenset[str]
    modality: str
    attribution: str | None  # the asserting party's code, "" for an unidentified source, None for the narration
    trigger: str


@dataclass(frozen=True)
class GoldSentence:
    start: int
    end: int
    text: str
    events: tuple[GoldEvent, ...]


@dataclass(frozen=True)
class GoldDocument:
    id: str
    source: str
    published: str | None
    text: str
    sentences: tuple[GoldSentence, ...]


def _gold_event(raw: dict) -> GoldEvent:
    attribution = raw.get("attribution")
    return GoldEvent(
        event_type=str(raw["event_type"]).upper(),
        actor=participant_codes(raw.get("actor")),
        recipient=participant_codes(raw.get("recipient")),
        modality=str(raw.get("modality") or "actual"),
        attribution=None if not attribution else str(attribution.get("code") or ""),
        trigger=str(raw.get("trigger") or ""),
    )


def _gold_document(raw: dict, where: str) -> GoldDocument:
    try:
        sentences = tuple(
            GoldSentence(int(s["start"]), int(s["end"]), str(s.get("text", "")), tuple(_gold_event(e) for e in s.get("events") or []))
            for s in raw["sentences"]
        )
        return GoldDocument(str(raw["id"]), str(raw.get("source") or "unknown"), raw.get("published"), str(raw["text"]), sentences)
    except (KeyError, TypeError, ValueError) as exc:
        raise EvalError(f"{where}: a document needs id, text and sentences with start, end and events ({exc})") from exc


def is_news_gold(path: Path) -> bool:
    """Document-level gold (a mapping with `docs`, or JSON lines) rather than PLOVER sentence records."""
    if path.suffix == ".jsonl":
        return True
    try:
        with path.open(encoding="utf-8") as handle:
            head = handle.read(1)
            while head.isspace():
                head = handle.read(1)
    except OSError as exc:
        raise EvalError(f"cannot read gold file {path}: {exc}") from exc
    return head == "{"


def load_news_gold(path: Path) -> list[GoldDocument]:
    try:
        raw_text = Path(path).read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            raws: object = [json.loads(line) for line in raw_text.splitlines() if line.strip()]
        else:
            loaded = json.loads(raw_text)
            raws = loaded.get("docs") if isinstance(loaded, dict) else None
    except (OSError, ValueError) as exc:
        raise EvalError(f"cannot read gold file {path}: {exc}") from exc
    if not isinstance(raws, list):
        raise EvalError(f"{path}: expected a mapping with 'docs' or JSON lines, one annotated document each")
    return [_gold_document(r, f"{path}[{i}]") for i, r in enumerate(raws)]


def _agrees(predicted: frozenset[str], gold: frozenset[str]) -> bool:
    return not gold or bool(predicted & gold)


def level_matches(predicted: Event, gold: GoldEvent, level: str) -> bool:
    if not counts_as(predicted, gold.event_type):
        return False
    if level in {"actor", "full"} and not _agrees(frozenset(predicted.actor_codes), gold.actor):
        return False
    return level != "full" or _agrees(frozenset(predicted.recipient_codes), gold.recipient)


def pair(predicted: list[Event], gold: tuple[GoldEvent, ...], level: str) -> list[tuple[int, int]]:
    """One-to-one pairs at a level; the strictest agreement is taken first so a loose match never steals a
    prediction that a full match needs."""
    order = [(p, g) for g in range(len(gold)) for p in range(len(predicted)) if level_matches(predicted[p], gold[g], level)]
    strength = {pg: sum(level_matches(predicted[pg[0]], gold[pg[1]], lv) for lv in LEVELS) for pg in order}
    order.sort(key=lambda pg: -strength[pg])
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for p, g in order:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            pairs.append((p, g))
    return pairs


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    unasserted: int = 0
    hits: Counter[str] = field(default_factory=Counter)
    attribution_right: int = 0
    modality_right: int = 0

    def figures(self) -> dict[str, Any]:
        def ratio(a: float, b: float) -> float:
            return round(a / b, 4) if b else 0.0

        out: dict[str, object] = {"gold": self.gold, "predicted": self.predicted, "unasserted_unmatched": self.unasserted}
        for level in LEVELS:
            p, r = ratio(self.hits[level], self.predicted), ratio(self.hits[level], self.gold)
            out[level] = {"precision": p, "recall": r, "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "hits": self.hits[level]}
        out["attribution_accuracy"] = ratio(self.attribution_right, self.hits["type"])
        out["modality_accuracy"] = ratio(self.modality_right, self.hits["type"])
        return out


def _attribution_agrees(predicted: Event, gold: GoldEvent) -> bool:
    if predicted.attribution is None or gold.attribution is None:
        return predicted.attribution is None and gold.attribution is None
    source = predicted.attribution.source.code if predicted.attribution.source else None
    return not gold.attribution or source == gold.attribution


def _describe(event: Event) -> str:
    return (f"{event.event_type} {'+'.join(event.actor_codes) or '?'} -> {'+'.join(event.recipient_codes) or '-'} "
            f"{event.modality} [{event.trigger.text}]")


def _describe_gold(event: GoldEvent) -> str:
    return f"{event.event_type} {'+'.join(sorted(event.actor)) or '?'} -> {'+'.join(sorted(event.recipient)) or '-'} {event.modality} [{event.trigger}]"


def score_documents(gold: Iterable[GoldDocument], code: Callable[[GoldDocument], list[Event]]) -> dict[str, object]:
    overall = Tally()
    by_source: dict[str, Tally] = {}
    by_category: dict[str, Tally] = {}
    misses: list[dict[str, str]] = []
    extras: list[dict[str, str]] = []
    wrong_parties: list[dict[str, str]] = []
    sentences = documents = 0
    for document in gold:
        documents += 1
        events = code(document)
        source_tally = by_source.setdefault(document.source, Tally())
        for sentence in document.sentences:
            sentences += 1
            inside = [e for e in events if sentence.start <= e.trigger.start < sentence.end]
            pairs = {level: pair(inside, sentence.events, level) for level in LEVELS}
            matched_p = {p for p, _ in pairs["type"]}
            matched_g = {g for _, g in pairs["type"]}
            counted = [i for i, e in enumerate(inside) if i in matched_p or e.modality not in UNASSERTED]
            for tally in (overall, source_tally):
                tally.gold += len(sentence.events)
                tally.predicted += len(counted)
                tally.unasserted += len(inside) - len(counted)
                for level in LEVELS:
                    tally.hits[level] += len(pairs[level])
                for p, g in pairs["type"]:
                    tally.attribution_right += _attribution_agrees(inside[p], sentence.events[g])
                    tally.modality_right += inside[p].modality == sentence.events[g].modality
            for g, event in enumerate(sentence.events):
                category = by_category.setdefault(event.event_type, Tally())
                category.gold += 1
                category.hits["type"] += g in matched_g
                if g not in matched_g:
                    misses.append({"doc": document.id, "gold": _describe_gold(event), "sentence": sentence.text})
            wrong_parties += _wrong_parties(document.id, sentence, inside, pairs)
            for p in counted:
                category = by_category.setdefault(inside[p].event_type, Tally())
                category.predicted += 1
                if p not in matched_p:
                    extras.append({"doc": document.id, "got": _describe(inside[p]), "sentence": sentence.text})
    categories = {}
    for name, tally in sorted(by_category.items()):
        figures = tally.figures()
        categories[name] = {"gold": tally.gold, "predicted": tally.predicted, **figures["type"]}
    return {
        "documents": documents,
        "sentences": sentences,
        **overall.figures(),
        "by_source": {name: tally.figures() for name, tally in sorted(by_source.items())},
        "per_category": categories,
        "misses": misses,
        "extras": extras,
        "wrong_parties": wrong_parties,
    }


def _wrong_parties(doc_id: str, sentence: GoldSentence, inside: list[Event], pairs: dict[str, list[tuple[int, int]]]) -> list[dict[str, str]]:
    """Type matches whose actor (or, the actor right, whose recipient) fails: where type+actor and full F1 lose
    what type F1 has, for error analysis."""
    with_actor = {p for p, _ in pairs["actor"]}
    in_full = {p for p, _ in pairs["full"]}
    return [{"doc": doc_id, "side": "actor" if p not in with_actor else "recipient", "gold": _describe_gold(sentence.events[g]),
             "got": _describe(inside[p]), "sentence": sentence.text}
            for p, g in pairs["type"] if p not in in_full]


def evaluate_news(path: Path, settings: Settings | None = None) -> dict[str, object]:
    from ..pipeline import code_documents

    gold = load_news_gold(path)
    documents = [Document(g.id, g.text, published=g.published) for g in gold]
    codings = {c.document.id: c for c in code_documents(documents, settings)}
    result = score_documents(gold, lambda g: codings[g.id].events if g.id in codings else [])
    result["not_coded"] = {i: f"{c.status}: {c.reason}" for i, c in codings.items() if c.status != "coded"}
    return result


def format_news(result: dict[str, Any], show_misses: bool = True) -> str:
    def row(name: str, figures: dict) -> list[str]:
        return [f"{name:<8} {lv:<6} P {figures[lv]['precision']:.3f}  R {figures[lv]['recall']:.3f}  F1 {figures[lv]['f1']:.3f}"
                for lv in LEVELS]

    lines = [f"documents {result['documents']}, sentences {result['sentences']}, gold events {result['gold']}, "
             f"predicted {result['predicted']} (+{result['unasserted_unmatched']} unmatched hypothetical/negated, not counted)",
             *row("all", result),
             f"attribution accuracy {result['attribution_accuracy']:.3f}   modality accuracy {result['modality_accuracy']:.3f}"
             "   (on type matches)"]
    for doc_id, why in (result.get("not_coded") or {}).items():
        lines.append(f"NOT CODED {doc_id}: {why}")
    for name, figures in result["by_source"].items():
        lines += row(name, figures)
        lines.append(f"{name:<8} attribution {figures['attribution_accuracy']:.3f}  modality {figures['modality_accuracy']:.3f}")
    lines += ["", f"{'category':<11} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}"]
    for name, c in result["per_category"].items():
        lines.append(f"{name:<11} {c['precision']:>6.3f} {c['recall']:>6.3f} {c['f1']:>6.3f} {c['gold']:>5} {c['predicted']:>5}")
    if show_misses:
        lines += ["", f"misses ({len(result['misses'])}):"]
        lines += [f"  {m['doc']}: {m['gold']} | {m['sentence'][:160]}" for m in result["misses"]]
        lines += ["", f"extras ({len(result['extras'])}):"]
        lines += [f"  {m['doc']}: {m['got']} | {m['sentence'][:160]}" for m in result["extras"]]
        lines += ["", f"right type, wrong participants ({len(result['wrong_parties'])}):"]
        lines += [f"  {m['doc']}: {m['side']}: gold {m['gold']}, got {m['got']} | {m['sentence'][:160]}" for m in result["wrong_parties"]]
    return "\n".join(lines)
