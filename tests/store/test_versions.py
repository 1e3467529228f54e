"""Store semantics (issue 9 items 4 and 5): versions, duplicates checked inside the write, concurrent opening."""

from __future__ import annotations

import multiprocessing

import pytest

from flashpoint.records import Coding, Document
from flashpoint.store import open_store
from flashpoint.store.sqlite import SQLiteStore

from .test_sqlite import make_event

pytestmark = pytest.mark.backends


def _coded(doc_id: str, text: str, published: str | None = None) -> Coding:
    doc = Document(doc_id, text, published=published)
    return Coding(doc, "coded", [make_event(doc)])


def test_a_new_text_under_a_known_id_is_a_new_version(store) -> None:
    first = store.save(_coded("x", "Washington warned Pyongyang on Tuesday."))
    second = store.save(_coded("x", "Washington warned Pyongyang again on Wednesday."))
    assert (first.version, second.outcome, second.version) == (1, "stored", 2)
    [row] = store.documents()
    assert (row["id"], row["status"], row["events"]) == ("x", "coded", 1)
    assert store.counts() == {"coded": 1, "events": 1}
    [old] = store.versions("x")
    assert (old["version"], old["status"], old["events"]) == (1, "coded", 1)
    assert store.db.execute("SELECT text FROM documents WHERE id = 'x'").fetchone()[0].endswith("again on Wednesday.")


def test_a_corrected_publication_date_is_a_new_version_and_no_date_changes_nothing(store) -> None:
    store.save(_coded("x", "Washington warned Pyongyang.", "2024-01-02"))
    assert store.known("x", _coded("x", "Washington warned Pyongyang.").document.content_hash, None).outcome == "unchanged"
    corrected = store.save(_coded("x", "Washington warned Pyongyang.", "2024-01-03"))
    assert (corrected.outcome, corrected.version) == ("stored", 2)
    assert store.documents()[0]["published"] == "2024-01-03"


def test_a_known_id_whose_new_text_duplicates_another_document_loses_its_old_events(store) -> None:
    store.save(_coded("y", "The same words."))
    store.save(_coded("x", "Other words at first."))
    result = store.save(_coded("x", "The same words."))
    assert (result.outcome, result.status, result.reason, result.version) == ("duplicate", "skipped", "duplicate of y", 2)
    statuses = {d["id"]: (d["status"], d["events"]) for d in store.documents()}
    assert statuses == {"y": ("coded", 1), "x": ("skipped", 0)}
    assert [e.doc_id for e in store.events()] == ["y"]
    assert store.versions("x")[0]["status"] == "coded"


def test_the_duplicate_check_runs_inside_the_write_transaction(store, monkeypatch) -> None:
    seen: list[bool] = []
    real = SQLiteStore._lookup

    def spy(self, *args):  # the read of what is stored, the duplicate check's input
        seen.append(self.db.in_transaction)
        return real(self, *args)

    monkeypatch.setattr(SQLiteStore, "_lookup", spy)
    store.save(_coded("a", "Words."))
    store.save(_coded("b", "Words."))
    assert seen == [True, True]


def _open_and_save(path: str, n: int, barrier) -> None:
    barrier.wait()
    with open_store(path) as store:
        for i in range(n):
            store.save(_coded(f"{multiprocessing.current_process().name}-{i}", f"Shared text number {i}."))


def test_processes_opening_a_new_store_at_once_all_succeed_and_store_each_text_once(db_url: str) -> None:
    """Item 4: 'table documents already exists' used to drop the loser's whole input; item 5: the same text
    saved by two processes at once was stored twice as coded."""
    path, workers = db_url, 4
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(workers)
    processes = [context.Process(target=_open_and_save, args=(path, 10, barrier), name=f"p{i}") for i in range(workers)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
    assert [p.exitcode for p in processes] == [0] * workers
    with open_store(path) as store:
        assert store.schema_version == len(store.migrations)
        rows = store.db.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall()
        assert dict(rows) == {"coded": 10, "skipped": 30}
        assert store.counts()["events"] == 10
