"""A second annotator's labels are scored against the gold as the coder's events are (benchmarks/annotator_agreement.py)."""

import importlib.util
from pathlib import Path

import pytest

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
    # the future meeting counts as the gold's future AGREE (the manual's reduction); the unasserted one is not counted
    assert (result["gold"], result["predicted"], result["unasserted_unmatched"]) == (3, 4, 1)
    assert [result[level]["hits"] for level in ("type", "actor", "full")] == [3, 2, 1]
    assert result["by_source"]["kcna"]["type"]["hits"] == 3 and result["modality_accuracy"] == 1.0
    assert [e["got"].split()[0] for e in result["extras"]] == ["THREATEN"]


def test_a_document_given_twice_or_a_sentence_the_gold_lacks_is_refused() -> None:
    document = GoldDocument("d", "wire", None, "x" * 100, (GoldSentence(0, 100, "one", ()),))
    twice = [{"id": "d", "sentences": []}, {"id": "d", "sentences": []}]
    with pytest.raises(ValueError, match="annotated twice"):
        agreement_module.agreement({"d": document}, twice)
    with pytest.raises(ValueError, match="no sentence 3"):
        agreement_module.agreement({"d": document}, [{"id": "d", "sentences": [{"index": 3, "events": []}]}])
