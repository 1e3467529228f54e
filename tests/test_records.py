import json
from importlib import resources

import jsonschema

import flashpoint
from flashpoint.records import event_json_schema


def test_shipped_schema_matches_the_model() -> None:
    shipped = json.loads(resources.files("flashpoint").joinpath("schema", "event-v1.json").read_text())
    assert shipped == event_json_schema(), "regenerate with: flashpoint schema > flashpoint/schema/event-v1.json"


def test_public_api_is_exactly_what_is_documented() -> None:
    assert sorted(flashpoint.__all__) == [
        "Coding", "Document", "Event", "FlashpointError", "Settings", "code_documents", "code_text",
        "event_json_schema", "load_settings", "open_store", "to_frame",
    ]
    for name in flashpoint.__all__:
        assert hasattr(flashpoint, name)


def test_coded_events_validate_against_the_schema_and_offsets_hold() -> None:
    text = "Iran's foreign ministry accused Israel on Sunday of attacking its embassy in Damascus, state media said."
    events = flashpoint.code_text(text, published="2024-04-02")
    assert events, "expected at least one event"
    schema = event_json_schema()
    for event in events:
        jsonschema.validate(json.loads(event.to_json()), schema)
        for span in [event.trigger, event.sentence, *event.actor, *event.recipient]:
            assert text[span.start : span.end] == span.text


def test_to_frame_has_one_row_per_event() -> None:
    events = flashpoint.code_text("Chile and Peru signed a fisheries agreement on Tuesday.", published="2024-05-07")
    frame = flashpoint.to_frame(events)
    assert len(frame) == len(events)
    assert {"event_type", "actor", "recipient", "modality", "source", "date"} <= set(frame.columns)


def test_code_documents_accepts_dicts_and_reports_status() -> None:
    codings = list(flashpoint.code_documents([
        {"id": "a", "text": "Japan and India held talks in Tokyo on Monday.", "published": "2024-01-09"},
        {"id": "b", "text": "   "},
        {"id": "c", "text": "Die Regierung hat am Montag in Berlin neue Gespräche mit der Opposition angekündigt und verschoben."},
    ]))
    assert [(c.document.id, c.status, c.reason) for c in codings] == [
        ("a", "coded", None), ("b", "skipped", "empty text"), ("c", "skipped", "not English"),
    ]
