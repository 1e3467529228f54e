"""Whether a coded act happened: threatened, planned, hypothetical, negated and historical acts are not actual."""

import pytest

import flashpoint


def modality_of(text: str, event_type: str, published: str = "2024-06-05") -> str:
    events = [e for e in flashpoint.code_text(text, published=published) if e.event_type in event_type.split("|")]
    assert events, f"no {event_type} coded"
    return events[0].modality


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Chinese Foreign Minister Wang Yi will visit Brazil next week.", "CONSULT", "future"),
        # the planned aid, or the plan itself as the guide's announced cooperation (AGREE): either way, still to come
        ("India plans to send food aid to Sri Lanka.", "AID|AGREE", "future"),
        ("Iran did not attend the meeting of the IAEA board in Vienna.", "CONSULT", "negated"),
        ("If Serbia attacked Kosovo, NATO would respond.", "ASSAULT", "hypothetical"),
        ("Iraq invaded Kuwait in 1990.", "ASSAULT", "historical"),
        ("Russian forces shelled Kharkiv on Tuesday.", "ASSAULT", "actual"),
    ],
)
def test_modality(text: str, event_type: str, expected: str) -> None:
    assert modality_of(text, event_type) == expected


def test_a_demanded_act_is_a_request_not_an_act_that_happened() -> None:
    events = flashpoint.code_text("The south Korean authorities must stop the war exercises at once.", published="2024-06-05")
    assert all(e.modality != "actual" for e in events if e.event_type != "REQUEST")


def test_threat_is_coded_as_threaten_and_the_threatened_act_is_not_actual() -> None:
    events = flashpoint.code_text("Pyongyang threatened to strike Seoul if the drills continued.", published="2024-03-12")
    assert any(e.event_type == "THREATEN" and e.actor_codes == ["PRK"] for e in events)
    assert all(e.modality != "actual" for e in events if e.event_type == "ASSAULT")


def test_without_a_publication_date_the_texts_latest_year_dates_the_background() -> None:
    from flashpoint.pipeline import code_document
    from flashpoint.records import Document

    text = "Saudi Arabia and Iran agreed to hold talks in Baghdad in 2023.\n\nSaudi Arabia severed ties with Iran in 2016."
    events = code_document(Document("undated", text)).events
    assert [e.modality for e in events if e.event_type == "SANCTION"] == ["historical"]
    assert [e.modality for e in events if e.event_type == "AGREE"] == ["actual"]
