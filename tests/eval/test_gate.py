"""The accuracy gate: pinned floors on both yardsticks — whole news documents (news_dev.json) and the PLOVER gold
sentences. Raise the floors on purpose when the coder improves; never lower them quietly."""

from __future__ import annotations

import hashlib
import json

import pytest

from flashpoint.eval import evaluate
from flashpoint.settings import Settings

from ..conftest import shared_path
from ..golden import GOLDEN

FLOORS = json.loads((GOLDEN / "floors.json").read_text())


def _pinned(name: str, key: str, settings: Settings | None = None) -> dict[str, object]:
    gold = shared_path("eval", name)
    digest = hashlib.sha256(gold.read_bytes()).hexdigest()
    assert digest == FLOORS[key]["sha256"], f"{name} changed: re-measure and re-pin the floors in tests/golden/floors.json"
    return evaluate(gold, settings)


@pytest.fixture(scope="module", params=["learned", "rules"])
def plover(request: pytest.FixtureRequest) -> tuple[str, dict[str, object]]:
    """The default coder and the rule lexicon alone: the rules' own floors keep the path the model builds on honest."""
    return request.param, _pinned("plover_gsr_dev.json", "plover_dev", Settings(typer=request.param))


@pytest.fixture(scope="module")
def news() -> dict[str, object]:
    return _pinned("news_dev.json", "news_dev")


@pytest.mark.parametrize("metric", ["event_type_recall", "actor_accuracy", "recipient_accuracy", "full_match"])
def test_plover_metric_at_or_above_floor(plover: tuple[str, dict[str, object]], metric: str) -> None:
    typer, result = plover
    floor = FLOORS["plover_dev"][typer]["floors"][metric]
    print(f"{typer} {metric}: {result[metric]:.4f} (floor {floor})")
    assert result[metric] >= floor


def test_plover_events_per_sentence_within_ceiling(plover: tuple[str, dict[str, object]]) -> None:
    typer, result = plover
    assert result["events_per_sentence"] <= FLOORS["plover_dev"][typer]["max_events_per_sentence"]


@pytest.mark.parametrize("metric", ["type_f1", "actor_f1", "full_f1", "attribution_accuracy", "modality_accuracy"])
def test_news_metric_at_or_above_floor(news: dict[str, object], metric: str) -> None:
    value = news[metric.split("_")[0]]["f1"] if metric.endswith("_f1") else news[metric]  # type: ignore[index]
    print(f"{metric}: {value:.4f} (floor {FLOORS['news_dev']['floors'][metric]})")
    assert value >= FLOORS["news_dev"]["floors"][metric]
