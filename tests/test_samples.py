"""The bundled sample articles: expectations written with the articles, pinned floors, and golden files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.demo import sample_documents, sample_entries
from flashpoint.eval.samples import score_samples
from flashpoint.pipeline import code_documents
from flashpoint.records import Event

from .golden import GOLDEN, check_golden

FLOORS = json.loads((GOLDEN / "floors.json").read_text())["samples"]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[Event]]:
    return {c.document.origin.split("/")[-1]: c.events for c in code_documents(sample_documents())}


def test_every_sample_is_coded(coded: dict[str, list[Event]]) -> None:
    assert len(coded) == len(sample_entries()) >= 12
    assert all(events for events in coded.values())


def test_expected_events_meet_pinned_floors(coded: dict[str, list[Event]]) -> None:
    result = score_samples((entry, coded[str(entry["file"])]) for entry in sample_entries())
    print(f"samples: {result['expected']} expected events, found {result['found']:.3f}, exact {result['exact']:.3f}")
    assert result["found"] >= FLOORS["found"], result["missing"]
    assert result["exact"] >= FLOORS["exact"], result["missing"]


def test_boilerplate_yields_no_events(coded: dict[str, list[Event]]) -> None:
    for entry in sample_entries():
        for line in entry.get("no_events_from") or []:
            assert not any(line in e.sentence.text for e in coded[str(entry["file"])]), (entry["file"], line)


@pytest.mark.parametrize("name", [str(e["file"]) for e in sample_entries()])
def test_sample_golden(coded: dict[str, list[Event]], name: str) -> None:
    check_golden(f"sample_{Path(name).stem}", coded[name])
