from flashpoint.eval.score import GoldSentence, score
from flashpoint.records import Actor, Event, Span


def event(event_type: str, actor: list[str], recipient: list[str], modality: str = "actual") -> Event:
    def actors(codes: list[str]) -> list[Actor]:
        return [Actor(text=c, code=c, sector=None, name=None, start=i, end=i + 1) for i, c in enumerate(codes)]

    return Event(id="x", doc_id="d", event_type=event_type, mode=None, contexts=[], actor=actors(actor),
                 recipient=actors(recipient), attribution=None, modality=modality, date=None, date_text=None,
                 date_precision="publication", location=None, quantities=[], trigger=Span(text="t", start=0, end=1),
                 sentence=Span(text="t", start=0, end=1), score=None, quad=1, cameo_root="03", confidence=1.0, produced_by="rule:x.v1")


def test_scoring_arithmetic() -> None:
    gold = [
        GoldSentence("1", "a", None, "AGREE", frozenset({"JOR", "GBR"}), frozenset()),
        GoldSentence("2", "b", None, "ACCUSE", frozenset({"IRN"}), frozenset({"ISR"})),
        GoldSentence("3", "c", None, "ASSAULT", frozenset({"RUS"}), frozenset({"UKR"})),
    ]
    coded = {
        "1": [event("AGREE", ["GBR", "JOR"], [])],
        "2": [event("ACCUSE", ["IRN"], ["USA"]), event("THREATEN", ["IRN"], ["ISR"])],
        "3": [],
    }
    result = score(gold, lambda g: coded[g.id]).as_dict()
    assert result["event_type_recall"] == round(2 / 3, 4)
    assert result["actor_accuracy"] == 1.0
    assert result["recipient_accuracy"] == 0.5
    assert result["full_match"] == round(1 / 3, 4)
    assert result["events_per_sentence"] == 1.0
    assert result["per_category"]["THREATEN"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "gold": 0, "predicted": 1}
    assert [m["id"] for m in result["misses"]] == ["2", "3"]


def test_an_act_to_come_counts_as_the_promise_the_manual_reduces_it_to() -> None:
    gold = [GoldSentence("1", "a", None, "AGREE", frozenset({"JPN"}), frozenset({"PHL"})),
            GoldSentence("2", "b", None, "AGREE", frozenset({"JPN"}), frozenset({"PHL"}))]
    coded = {"1": [event("AID", ["JPN"], ["PHL"], "future")], "2": [event("AID", ["JPN"], ["PHL"])]}
    result = score(gold, lambda g: coded[g.id]).as_dict()
    assert result["event_type_recall"] == 0.5  # aid to come is the promise of aid; aid given is not
    assert result["full_match"] == 0.5
    assert result["per_category"]["AGREE"]["predicted"] == 1
