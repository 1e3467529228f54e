"""The accuracy gate: pinned floors on the PLOVER dev set; raise them on purpose, never lower them quietly."""

from __future__ import annotations

import hashlib
import json

import pytest

from flashpoint.eval import evaluate

from ..conftest import shared_path
from ..golden import GOLDEN

GATE = json.loads((GOLDEN / "floors.json").read_text())["plover_dev"]


@pytest.fixture(scope="module")
def result() -> dict[str, object]:
    gold = shared_path("eval", "plover_gsr_dev.json")
    digest = hashlib.sha256(gold.read_bytes()).hexdigest()
    assert digest == GATE["sha256"], "the dev set changed: re-measure and re-pin the floors in tests/golden/floors.json"
    return evaluate(gold)


@pytest.mark.parametrize("metric", ["event_type_recall", "actor_accuracy", "recipient_accuracy", "full_match"])
def test_metric_at_or_above_floor(result: dict[str, object], metric: str) -> None:
    print(f"{metric}: {result[metric]:.4f} (floor {GATE['floors'][metric]})")
    assert result[metric] >= GATE["floors"][metric]


def test_events_per_sentence_within_ceiling(result: dict[str, object]) -> None:
    assert result["events_per_sentence"] <= GATE["max_events_per_sentence"]
