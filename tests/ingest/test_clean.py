from hypothesis import given
from hypothesis import strategies as st

from flashpoint.ingest.clean import clean_text, english_share, fold_full_width, looks_binary


def test_drops_boilerplate_and_repeated_headline() -> None:
    raw = (
        "Ministers meet in Hanoi\n\nMinisters meet in Hanoi\n\n3 minutes Read\n\n"
        "Vietnam's foreign minister met his Thai counterpart on Monday.\n\n"
        "Copyright 2024 Example News Group. All rights reserved.\n\nSimilar Posts\n\nLeave a Reply\n\n"
        "Your email address will not be published. Required fields are marked *"
    )
    assert clean_text(raw) == "Ministers meet in Hanoi\n\nVietnam's foreign minister met his Thai counterpart on Monday."


def test_full_width_forms_become_ascii_one_for_one() -> None:
    raw = "The Sweden\uff0dKorea Society met in Oslo\u3000on Monday\uff0e"
    assert fold_full_width(raw) == "The Sweden-Korea Society met in Oslo on Monday."


def test_a_full_width_hyphen_does_not_split_a_society_from_its_country() -> None:
    from flashpoint import code_text

    events = code_text("The Sweden\uff0dKorea Friendship Association issued a statement on Tuesday denouncing the "
                       "United States for its hostile policy.", published="2012-03-01")
    assert [(e.event_type, e.actor_codes) for e in events] == [("ACCUSE", ["SWE"])]


def test_english_share_tells_languages_apart() -> None:
    assert english_share("The minister said that the talks with the delegation would continue on Monday.") > 0.3
    assert english_share("Le ministre a déclaré que les négociations avec la délégation reprendraient lundi.") < 0.12


def test_binary_detection() -> None:
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert not looks_binary("Plain words, ünïcode too.".encode())


@given(st.text())
def test_clean_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
