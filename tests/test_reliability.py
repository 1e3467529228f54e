"""Issue 9: no crash, no traceback, no silent loss — each defect a hostile new user found, pinned."""

from __future__ import annotations

import pytest

from flashpoint import nlp
from flashpoint.pipeline import code_documents
from flashpoint.records import Document
from flashpoint.settings import Settings

PARAGRAPHS = [
    "Russia attacked Ukraine on Monday, officials in Kyiv said.",
    "Iran accused Israel of bombing its consulate in Damascus.",
    "China and Japan held talks in Beijing on Tuesday.",
    "North Korea threatened South Korea with a nuclear strike.",
]


def _offsets_hold(coding) -> None:
    text = coding.document.text
    for event in coding.events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        assert text[event.sentence.start:event.sentence.end] == event.sentence.text
        for actor in event.actor + event.recipient:
            assert text[actor.start:actor.end] == actor.text


def test_a_document_over_spacys_max_length_is_coded_in_pieces_and_the_run_goes_on(monkeypatch) -> None:
    """Item 2: spaCy's E088 used to abort the whole run; later documents got no status."""
    long_text = "\n\n".join(PARAGRAPHS * 10)
    whole = list(code_documents([Document("whole", long_text, published="2024-06-01")]))[0]
    monkeypatch.setattr(nlp.load(Settings().spacy_model), "max_length", 400)
    documents = [Document("long", long_text, published="2024-06-01"), Document("next", PARAGRAPHS[0], published="2024-06-01")]
    long, after = code_documents(documents)
    assert (long.status, after.status) == ("coded", "coded")
    _offsets_hold(long)
    assert [(e.event_type, e.trigger.start) for e in long.events] == [(e.event_type, e.trigger.start) for e in whole.events]


def test_text_is_cut_after_paragraph_breaks_and_joins_back() -> None:
    text = "\n\n".join(PARAGRAPHS * 3)
    pieces = nlp.chunks(text, 130)
    assert "".join(pieces) == text and all(len(p) <= 130 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])
    assert "".join(nlp.chunks("x" * 1000, 64)) == "x" * 1000  # no break at all: cut anywhere


def test_a_text_spacy_refuses_fails_alone(monkeypatch) -> None:
    monkeypatch.setattr(nlp, "parse_long", lambda *a, **k: (_ for _ in ()).throw(MemoryError("out of memory")))
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 100)
    documents = [Document("big", " ".join(PARAGRAPHS), published="2024-06-01"), Document("small", "Iran warned Israel.", published="2024-06-01")]
    big, small = code_documents(documents)
    assert big.status == "failed" and "MemoryError" in (big.reason or "")
    assert small.status == "coded"


INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u202e", "\u00ad"]


@pytest.mark.parametrize("mark", INVISIBLES)
def test_zero_width_and_bidi_characters_do_not_lose_events(mark: str) -> None:
    """Item 8: invisible characters inside words split them for the parser, and events were lost silently."""
    clean = " ".join(PARAGRAPHS)
    marked = " ".join(p.replace("ss", f"s{mark}s").replace("ra", f"r{mark}a").replace(" ", f" {mark}", 1) for p in PARAGRAPHS)
    expected, coded = code_documents([Document("a", clean, published="2024-06-01"), Document("b", marked, published="2024-06-01")])
    assert coded.status == "coded" and coded.document.text == clean
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in coded.events] == \
        [(e.event_type, e.actor_codes, e.recipient_codes) for e in expected.events]
    _offsets_hold(coded)


def test_the_coder_emitting_one_event_id_twice_stores_it_once(monkeypatch, store) -> None:
    """Item 5: stored event counts must agree with a document's n_events."""
    from flashpoint import pipeline

    real = pipeline.extract_events
    monkeypatch.setattr(pipeline, "extract_events", lambda *args: (found := real(*args)) + found[:1])
    [coding] = code_documents([Document("dup", PARAGRAPHS[1], published="2024-06-01")])
    assert len(coding.events) == len({e.id for e in coding.events}) >= 1
    store.save(coding)
    [row] = store.documents()
    assert row["events"] == store.counts()["events"] == len(coding.events)


def test_a_refused_publication_date_fails_the_document_with_the_reason() -> None:
    """Item 8: a 2999 date made a daily series print 356,022 rows; an impossible day is no date either."""
    documents = [Document(i, PARAGRAPHS[0], published=p) for i, p in [("future", "2999-01-01"), ("impossible", "2024-02-30"), ("words", "soon")]]
    results = list(code_documents(documents))
    assert [r.status for r in results] == ["failed"] * 3
    assert "in the future" in results[0].reason and "not a real day" in results[1].reason and "not a date" in results[2].reason


def test_published_in_words_through_the_python_api_parses_as_in_jsonl() -> None:
    """Item 9: published='May 10, 2024' used to become no date at all through the API."""
    import flashpoint

    [coding] = flashpoint.code_documents([{"id": "w", "text": "Russia attacked Ukraine on Monday.", "published": "May 10, 2024"}])
    assert coding.document.published == "2024-05-10"
    assert [e.date for e in coding.events] == ["2024-05-06"]


def test_an_iso_date_in_the_text_resolves_to_the_day() -> None:
    [coding] = code_documents([Document("iso", "Russia attacked Ukraine on 2024-03-15, officials said.", published="2024-04-01")])
    assert [(e.date, e.date_precision) for e in coding.events] == [("2024-03-15", "day")]


@pytest.mark.parametrize("text", ["북한은 월요일 미사일을 발사했다", "Россия атаковала Украину", "هاجمت روسيا أوكرانيا يوم الاثنين"])
def test_short_non_latin_texts_are_not_english(text: str) -> None:
    [coding] = code_documents([Document("x", text, published="2024-04-01")])
    assert (coding.status, coding.reason) == ("skipped", "not English")


def test_every_keyword_context_is_a_plover_context() -> None:
    from importlib import resources

    import yaml

    from flashpoint.pipeline import CONTEXT_CUES

    plover = yaml.safe_load(resources.files("flashpoint.events").joinpath("data", "plover.yaml").read_text(encoding="utf-8"))
    assert set(CONTEXT_CUES) <= set(plover["contexts"])
    assert "humanitarian" not in CONTEXT_CUES
