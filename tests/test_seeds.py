"""The two seed articles: what a careful analyst records, plus a golden file of everything coded."""

from __future__ import annotations

import pytest

import flashpoint
from flashpoint.records import Event

from .conftest import shared_path
from .golden import check_golden

SEEDS = {"000_415e08968bc67b3f": "2023-12-27", "004_c5f8dd579fff32f0": "2023-04-11"}


@pytest.fixture(scope="module")
def coded() -> dict[str, list[Event]]:
    return {
        name: flashpoint.code_text(shared_path("seeds", f"{name}.txt").read_text(encoding="utf-8"), published=published)
        for name, published in SEEDS.items()
    }


def find(events: list[Event], event_type: str, actor: set[str], **want: object) -> list[Event]:
    found = []
    for e in events:
        if e.event_type != event_type or not actor <= set(e.actor_codes):
            continue
        source = e.attribution.source.code if e.attribution and e.attribution.source else None
        checks = {
            "recipient": lambda v: set(v) <= set(e.recipient_codes),
            "modality": lambda v: e.modality in (v if isinstance(v, tuple) else (v,)),
            "source": lambda v: source == v,
            "date": lambda v: e.date == v,
        }
        if all(checks[k](v) for k, v in want.items()):
            found.append(e)
    return found


def test_seed_000(coded: dict[str, list[Event]]) -> None:
    events = coded["000_415e08968bc67b3f"]
    text = shared_path("seeds", "000_415e08968bc67b3f.txt").read_text(encoding="utf-8")
    # Kim's call to accelerate war preparations, reported by state media: the called-for act is future
    assert find(events, "REQUEST", {"PRK"}, source="PRK") or find(events, "MOBILIZE", {"PRK"}, source="PRK", modality="future")
    assert find(events, "ACCUSE", {"PRK"}, recipient={"USA"})
    assert find(events, "AGREE", {"PRK"}, source="PRK")
    assert find(events, "THREATEN", {"USA"}, recipient={"PRK"}, date="2023-12")
    assert find(events, "MOBILIZE", {"PRK"})  # the spy-satellite launch
    assert find(events, "ACCUSE", {"USA"}, recipient={"PRK"})  # deemed a violation
    assert find(events, "AGREE", {"USA"}, recipient={"KOR"}) or find(events, "SUPPORT", {"USA"}, recipient={"KOR"})
    # the threatened nuclear attack never happened
    assert not find(events, "ASSAULT", {"PRK"}, modality="actual")
    boilerplate_from = text.index("Copyright")
    assert all(e.sentence.start < boilerplate_from for e in events)


def test_seed_004(coded: dict[str, list[Event]]) -> None:
    events = coded["004_c5f8dd579fff32f0"]
    # the allies' field exercises of last month: a joint exercise under way is COOPERATE by the annotation guide
    assert find(events, "COOPERATE", {"USA", "KOR"}, date="2023-03")
    assert find(events, "THREATEN", {"USA", "KOR"}, recipient={"PRK"}, source="PRK")
    assert find(events, "ACCUSE", {"PRK"}, source="PRK") or find(events, "ACCUSE", {"PRK"}, recipient={"USA", "KOR"})
    [missiles] = [e for e in find(events, "MOBILIZE", {"PRK"}, date="2023") if any(q.value == 30 for q in e.quantities)]
    thirty = next(q for q in missiles.quantities if q.value == 30)
    assert thirty.approximate and thirty.aggregate
    assert len(find(events, "MOBILIZE", {"PRK"})) >= 2  # the missiles and the underwater drone test
    assert find(events, "REQUEST", {"PRK"}, source="PRK") or find(events, "MOBILIZE", {"PRK"}, source="PRK")


def test_seed_attribution_keeps_the_reported_event(coded: dict[str, list[Event]]) -> None:
    for events in coded.values():
        attributed = [e for e in events if e.attribution is not None]
        assert attributed, "KCNA's reports must come out as attributed events"
        assert all(e.attribution.source is None or not e.actor or e.attribution.source.start != e.actor[0].start for e in attributed)


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_golden(coded: dict[str, list[Event]], name: str) -> None:
    check_golden(f"seed_{name}", coded[name])
