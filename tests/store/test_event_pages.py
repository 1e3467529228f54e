"""Event filters the API added (modality, text, keyset pages) and the two ways a page is read give one answer."""

from __future__ import annotations

import pytest

from flashpoint.store import sqlite as store_module
from flashpoint.store.sqlite import EventFilter

from .. import streams

pytestmark = pytest.mark.backends


@pytest.fixture
def filled(store):
    streams.escalation(store)
    streams.five_outlets(store)
    streams.denied_claim(store)
    return store


def pages(store, where: EventFilter, size: int) -> list[list[str]]:
    out, after = [], None
    while True:
        page = list(store.events(EventFilter(**{**where.__dict__, "limit": size, "after": after})))
        if not page:
            return out
        out.append([e.id for e in page])
        after = (page[-1].date, page[-1].doc_id, page[-1].id)


@pytest.mark.parametrize("where", [EventFilter(), EventFilter(actor="aaa"), EventFilter(actor="CCC", recipient="DDD"),
                                   EventFilter(recipient="EEE", attributed=True), EventFilter(event_type="threaten")])
def test_keyset_pages_and_both_plans_give_the_unpaged_order(filled, monkeypatch, where: EventFilter) -> None:
    whole = [e.id for e in filled.events(where)]
    listed = pages(filled, where, 3)
    monkeypatch.setattr(store_module.SQLiteStore, "_listed_code", lambda *_: None)  # every code common: pages walk the dates
    walked = pages(filled, where, 3)
    assert [i for page in listed for i in page] == [i for page in walked for i in page] == whole and whole


def test_modality_and_text_filters(filled) -> None:
    assert [e.modality for e in filled.events(EventFilter(modality="negated"))] == ["negated"]
    found = list(filled.events(EventFilter(text="RIVER crossing")))
    assert len(found) == 3 and all("river crossing" in e.sentence.text.lower() for e in found)
    assert list(filled.events(EventFilter(text="100%_' OR 1=1 --"))) == []


def test_events_command_filters_by_modality_and_text(filled) -> None:
    import json

    from click.testing import CliRunner

    from flashpoint.cli import main

    def run(*args: str) -> list[dict]:
        result = CliRunner().invoke(main, ["events", "--db", str(filled.path), "--format", "json", *args])
        return json.loads(result.stdout) if result.exit_code == 0 else []

    assert [e["modality"] for e in run("--modality", "negated")] == ["negated"]
    assert {e["doc_id"] for e in run("--text", "river crossing")} == {"five-wire", "five-copy", "five-own2"}
    assert run("--text", "no such words anywhere") == []
