from pathlib import Path

import pytest

from flashpoint.errors import StoreError
from flashpoint.records import Actor, Coding, Document, Event, Span, event_id
from flashpoint.store import EventFilter, open_store

pytestmark = pytest.mark.backends


def make_event(doc: Document, event_type: str = "THREATEN", actor: str = "USA", recipient: str = "PRK", attributed: bool = False) -> Event:
    from flashpoint.records import Attribution

    source = Actor(text="KCNA", code="PRK", sector="MED", name="KCNA", start=0, end=4)
    return Event(
        id=event_id(doc.id, event_type, 10, 16), doc_id=doc.id, event_type=event_type, mode=None, contexts=[],
        actor=[Actor(text=actor, code=actor, sector=None, name=None, start=0, end=3)],
        recipient=[Actor(text=recipient, code=recipient, sector=None, name=None, start=20, end=23)],
        attribution=Attribution(source=source, cue="claimed", stance="claims") if attributed else None,
        modality="actual", date="2024-01-02", date_text=None, date_precision="publication", location=None, quantities=[],
        trigger=Span(text="warned", start=10, end=16), sentence=Span(text=doc.text, start=0, end=len(doc.text)),
        score=-4.0, quad=3, cameo_root="13", confidence=0.8, produced_by="rule:test.v1",
    )


def test_migrations_are_recorded_once(db_url: str) -> None:
    open_store(db_url).close()
    with open_store(db_url) as store:
        assert store.schema_version == len(store.migrations)
        assert store.db.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(store.migrations)
        if isinstance(store.path, Path):
            assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_same_document_twice_changes_nothing(store) -> None:
    doc = Document("d1", "Washington warned Pyongyang on Tuesday.")
    first = store.save(Coding(doc, "coded", [make_event(doc)]))
    second = store.save(Coding(doc, "coded", [make_event(doc)]))
    assert (first.outcome, second.outcome) == ("stored", "unchanged")
    assert store.counts() == {"coded": 1, "events": 1}


def test_same_text_under_another_id_is_a_skipped_duplicate(store) -> None:
    store.save(Coding(Document("d1", "Same words."), "coded", []))
    result = store.save(Coding(Document("d2", "Same words."), "coded", []))
    assert (result.outcome, result.status, result.reason) == ("duplicate", "skipped", "duplicate of d1")
    assert {d["id"]: d["status"] for d in store.documents()} == {"d1": "coded", "d2": "skipped"}


def test_failure_mid_document_leaves_store_as_it_was(store, monkeypatch) -> None:
    good = Document("good", "Seoul and Tokyo met.")
    store.save(Coding(good, "coded", [make_event(good)]))
    bad = Document("bad", "Another article.")

    def explode(self, events):
        raise store.errors[0]("disk I/O error")

    monkeypatch.setattr(type(store), "_insert_events", explode)
    with pytest.raises(StoreError, match="disk I/O error"):
        store.save(Coding(bad, "coded", [make_event(bad)]))
    assert [d["id"] for d in store.documents()] == ["good"]
    assert store.counts()["events"] == 1


def test_filters(store) -> None:
    a, b = Document("a", "text a"), Document("b", "text b")
    store.save(Coding(a, "coded", [make_event(a)]))
    store.save(Coding(b, "coded", [make_event(b, "ACCUSE", "PRK", "USA", attributed=True)]))
    assert [e.doc_id for e in store.events(EventFilter(actor="prk"))] == ["b"]
    assert [e.doc_id for e in store.events(EventFilter(recipient="PRK"))] == ["a"]
    assert [e.doc_id for e in store.events(EventFilter(attributed=True))] == ["b"]
    assert [e.doc_id for e in store.events(EventFilter(attributed=False))] == ["a"]
    assert [e.doc_id for e in store.events(EventFilter(event_type="accuse"))] == ["b"]
    assert list(store.events(EventFilter(since="2024-02-01"))) == []
    assert len(list(store.events(EventFilter(until="2024-01")))) == 2


def test_statuses_for_failed_and_skipped(store) -> None:
    store.save(Coding(Document("src-1", "", origin="x.jsonl:2"), "failed", reason="x.jsonl:2: malformed JSON line"))
    store.save(Coding(Document("e", ""), "skipped", reason="empty text"))
    assert {d["id"]: (d["status"], d["reason"]) for d in store.documents()} == {
        "src-1": ("failed", "x.jsonl:2: malformed JSON line"),
        "e": ("skipped", "empty text"),
    }
