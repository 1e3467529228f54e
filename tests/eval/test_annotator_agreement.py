"""A second annotator's labels are scored against the gold as the coder's events are (benchmarks/annotator_agreement.py)."""

import importlib.util
from pathlib import Path

from flashpoint.eval.news import GoldDocument, GoldEvent, GoldSentence

SPEC = importlib.util.spec_from_file_location("annotator_agreement", Path(__file__).resolve().parents[2] / "benchmarks" / "annotator_agreement.py")
assert SPEC is not None and SPEC.loader is not None
agreement_module = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(agreement_module)


def gold(event_type: str, actor: set[str], recipient: set[str], modality: str = "actual") -> GoldEvent:
    return GoldEvent(event_type, frozenset(actor), frozenset(recipient), modality, None, "t")


def label(event_type: str, actor: list[str], recipient: list[str], modality: str = "actual") -> dict:
    return {"event_type": event_type, "actor": [{"code": c, "sector": None, "text": c} for c in actor],
            "recipient": [{"code": c, "sector": None, "text": c} for c in recipient], "modality": modality,
            "attribution": None, "trigger": "t"}


def test_second_annotator_pairs_per_sentence_at_three_levels() -> None:
    document = GoldDocument("d", "kcna", "2012-01-01", "x" * 200, (
        GoldSentence(0, 100, "one", (gold("ACCUSE", {"PRK"}, {"KOR"}), gold("ASSAULT", {"KOR"}, set()))),
        GoldSentence(100, 200, "two", (gold("AGREE", {"CHN"}, set(), "future"),)),
    ))
    second = {"id": "d", "sentences": [
        {"index": 0, "events": [label("ACCUSE", ["PRK"], ["USA"]), label("ASSAULT", ["USA"], [])]},
        {"index": 1, "events": [label("CONSULT", ["CHN"], [], "future"), label("THREATEN", ["CHN"], []),
                                label("ASSAULT", ["CHN"], [], "hypothetical")]},
    ]}
    result = agreement_module.agreement({"d": document}, [second])
    hits = result["hits"]
    # the future meeting counts as the gold's future AGREE (the manual's reduction); the unasserted one is not counted
    assert (hits["all", "gold"], hits["all", "predicted"]) == (3, 4)
    assert (hits["all", "type"], hits["all", "actor"], hits["all", "full"]) == (3, 2, 1)
    assert hits["kcna", "type"] == 3 and hits["wire", "gold"] == 0
    assert result["modality_right"] == 3
    assert [line.split()[:2] for line in result["disagreements"]] == [["only", "second"]]
