from flashpoint.eval.score import GoldSentence, score
from flashpoint.records import Actor, Event, Span


def event(event_type: str, actor: list[str], recipient: list[str]) -> Event:
    def actors(codes: list[str]) -> list[Actor]:
        return [Actor(text=c, code=c, sector=None, name=None, start=i, end=i + 1) for i, c in enumerate(codes)]

    return Event(id="x", doc_id="d", event_type=event_type, mode=None, contexts=[], actor=actors(actor),
                 recipient=actors(recipient), attribution=None, modality="actual", date=None, date_text=None,
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
