"""Document-level scoring: per-sentence pairing, three levels, the manual's reductions, unasserted events apart."""

import json
from pathlib import Path

from flashpoint.eval import evaluate
from flashpoint.eval.news import GoldDocument, GoldEvent, GoldSentence, is_news_gold, score_documents
from flashpoint.records import Actor, Event, Span


def event(event_type: str, actor: list[str], recipient: list[str], at: int, modality: str = "actual") -> Event:
    def actors(codes: list[str]) -> list[Actor]:
        return [Actor(text=c, code=c, sector=None, name=None, start=at, end=at + 1) for c in codes]

    return Event(id=f"{event_type}{at}", doc_id="d", event_type=event_type, mode=None, contexts=[], actor=actors(actor),
                 recipient=actors(recipient), attribution=None, modality=modality, date=None, date_text=None,
                 date_precision="publication", location=None, quantities=[], trigger=Span(text="t", start=at, end=at + 1),
                 sentence=Span(text="t", start=0, end=1), score=None, quad=1, cameo_root="03", confidence=1.0, produced_by="rule:x.v1")


def gold(event_type: str, actor: set[str], recipient: set[str], modality: str = "actual") -> GoldEvent:
    return GoldEvent(event_type, frozenset(actor), frozenset(recipient), modality, None, "t")


DOCUMENT = GoldDocument("d", "wire", "2024-01-01", "x" * 300, (
    GoldSentence(0, 100, "one", (gold("ACCUSE", {"IRN"}, {"ISR"}), gold("ASSAULT", {"ISR"}, set()))),
    GoldSentence(100, 200, "two", (gold("AGREE", {"JOR"}, set(), "future"),)),
    GoldSentence(200, 300, "three", ()),
))


def test_levels_reductions_and_unasserted() -> None:
    predicted = [
        event("ACCUSE", ["IRN"], ["USA"], 10),          # type and actor right, recipient wrong
        event("ASSAULT", ["SYR"], [], 20),              # type right, actor wrong
        event("CONSULT", ["JOR"], [], 120, "future"),   # a future meeting matches gold AGREE
        event("THREATEN", ["JOR"], [], 220),            # an extra
        event("ASSAULT", ["ISR"], [], 230, "hypothetical"),  # unasserted and unmatched: not counted
    ]
    result = score_documents([DOCUMENT], lambda d: predicted)
    assert (result["gold"], result["predicted"], result["unasserted_unmatched"]) == (3, 4, 1)
    assert result["type"]["hits"] == 3 and result["actor"]["hits"] == 2 and result["full"]["hits"] == 1
    assert result["type"]["precision"] == 0.75 and result["type"]["recall"] == 1.0
    assert [e["got"].split()[0] for e in result["extras"]] == ["THREATEN"]
    assert [(w["side"], w["got"].split()[0]) for w in result["wrong_parties"]] == [("recipient", "ACCUSE"), ("actor", "ASSAULT")]
    assert result["modality_accuracy"] == 1.0  # the future meeting matched gold future AGREE


def test_one_prediction_matches_one_gold_event() -> None:
    doubled = GoldDocument("d", "kcna", None, "x" * 100, (GoldSentence(0, 100, "s", (gold("ACCUSE", set(), set()),) * 2),))
    result = score_documents([doubled], lambda d: [event("ACCUSE", ["PRK"], [], 5)])
    assert result["type"]["hits"] == 1 and result["type"]["recall"] == 0.5


def test_gold_kind_is_detected(tmp_path: Path) -> None:
    documents = tmp_path / "docs.json"
    documents.write_text(json.dumps({"docs": []}))
    records = tmp_path / "records.json"
    records.write_text(json.dumps([{"text": "a", "event_type": "AGREE"}]))
    assert is_news_gold(documents) and not is_news_gold(records) and is_news_gold(tmp_path / "x.jsonl")


def test_whole_documents_are_coded(tmp_path: Path) -> None:
    text = "Iran condemned Israel on Monday.\nThe weather was mild today."
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "source": "wire", "published": "2024-04-02", "text": text, "sentences": [
        {"start": 0, "end": 32, "events": [{"event_type": "ACCUSE", "actor": [{"code": "IRN"}], "recipient": [{"code": "ISR"}],
                                            "modality": "actual", "attribution": None, "trigger": "condemned"}]},
        {"start": 33, "end": 60, "events": []}]}) + "\n")
    result = evaluate(path)
    assert result["full"]["hits"] == 1 and result["predicted"] == 1
