"""Synthetic article streams for the escalation monitor, built from Event records by hand (no spaCy)."""

from __future__ import annotations

from datetime import date, timedelta

from flashpoint.records import Actor, Attribution, Coding, Document, Event, Span, event_id

# PLOVER quad and default score of the categories the streams use (the manual's score table).
PLOVER = {"CONSULT": (1, 2.5), "ACCUSE": (3, -3.0), "THREATEN": (3, -3.5), "MOBILIZE": (4, -5.5), "ASSAULT": (4, -9.0)}


def actor(code: str, start: int = 0) -> Actor:
    return Actor(text=code, code=code, sector=None, name=None, start=start, end=start + len(code))


def event(doc: Document, event_type: str, source: str, target: str, day: str, *, modality: str = "actual",
          claimed_by: str | None = None, stance: str = "claims", at: int = 0) -> Event:
    """One event in `doc`; `at` keeps several events of one document apart (distinct ids and triggers)."""
    quad, score = PLOVER[event_type]
    attribution = Attribution(source=actor(claimed_by), cue="said", stance=stance) if claimed_by else None
    return Event(
        id=event_id(doc.id, event_type, at, at + 5), doc_id=doc.id, event_type=event_type, mode=None, contexts=[],
        actor=[actor(source)], recipient=[actor(target, 10)], attribution=attribution, modality=modality,
        date=day, date_text=None, date_precision="day", location=None, quantities=[],
        trigger=Span(text=doc.text[at:at + 5], start=at, end=at + 5), sentence=Span(text=doc.text, start=0, end=len(doc.text)),
        score=score, quad=quad, cameo_root="00", confidence=0.9, produced_by="rule:test.v1",
    )


def save(store, doc: Document, *events: Event) -> list[str]:
    store.save(Coding(doc, "coded", list(events)))
    return [e.id for e in events]


def escalation(store) -> dict[str, list[str]]:
    """Country A (AAA) and country B (BBB): weekly talks for ten weeks from Monday 2024-01-01, then A accuses B
    (week 11), threatens it twice (week 12) and mobilises troops against it twice (week 13). One article each."""
    ids: dict[str, list[str]] = {"consult": [], "accuse": [], "threaten": [], "mobilize": []}
    plan = [("consult", "CONSULT", (date(2024, 1, 1) + timedelta(weeks=i)).isoformat()) for i in range(10)]
    plan += [("accuse", "ACCUSE", "2024-03-12"), ("threaten", "THREATEN", "2024-03-18"), ("threaten", "THREATEN", "2024-03-20"),
             ("mobilize", "MOBILIZE", "2024-03-25"), ("mobilize", "MOBILIZE", "2024-03-27")]
    for n, (key, event_type, day) in enumerate(plan):
        doc = Document(f"esc-{n:02d}", f"Article {n} about AAA and BBB, {event_type.lower()} on {day}.", outlet=f"paper{n % 3}",
                       published=day)
        ids[key] += save(store, doc, event(doc, event_type, "AAA", "BBB", day))
    return ids


WIRE = ("Border guards of country Ccc fired artillery at positions held by country Ddd on Monday morning, "
        "killing three soldiers near the disputed river crossing, officials on both sides said. The shelling "
        "lasted for about two hours and damaged a bridge used by farmers, according to local residents who "
        "fled to nearby villages. It was the most serious clash along the frontier in more than a decade.")


def five_outlets(store) -> list[str]:
    """One assault (CCC→DDD on 2024-05-06) reported by five outlets: a wire story and a syndicated copy of it
    (same text under another byline), and three independently written reports over the next two days."""
    texts = {
        "wire": ("wire", "(Wire) " + WIRE, "2024-05-06"),
        "copy": ("gazette", "By Gazette staff with wire reports. " + WIRE, "2024-05-06"),
        "own1": ("herald", "Artillery from Ccc hit Ddd army posts on Monday, Ddd's defence ministry told reporters.", "2024-05-06"),
        "own2": ("times", "Three Ddd soldiers died when Ccc shelled the river crossing, the Times has learned.", "2024-05-07"),
        "own3": ("post", "Ccc's shelling of Ddd positions this week was condemned by neighbours.", "2024-05-08"),
    }
    ids = []
    for name, (outlet, text, published) in texts.items():
        doc = Document(f"five-{name}", text, outlet=outlet, published=published)
        ids += save(store, doc, event(doc, "ASSAULT", "CCC", "DDD", "2024-05-06"))
    return ids


def denied_claim(store) -> dict[str, str]:
    """State media of EEE claim FFF attacked them (2024-06-03); two days later FFF denies it in its own media.
    Nobody independent asserts the attack."""
    claim_doc = Document("claim", "State news agency of Eee said Fff troops attacked a border post.", outlet="eee-state", published="2024-06-03")
    denial_doc = Document("denial", "Fff's foreign ministry denied that its troops attacked any border post.", outlet="fff-news", published="2024-06-05")
    claim = event(claim_doc, "ASSAULT", "FFF", "EEE", "2024-06-03", claimed_by="EEE", stance="claims")
    denial = event(denial_doc, "ASSAULT", "FFF", "EEE", "2024-06-03", claimed_by="FFF", stance="denies", modality="negated")
    save(store, claim_doc, claim)
    save(store, denial_doc, denial)
    return {"claim": claim.id, "denial": denial.id}
