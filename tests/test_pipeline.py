"""Awkward input the coder meets in real news: it never crashes, and says why when nothing can be coded."""

from flashpoint.pipeline import code_document
from flashpoint.records import Document


def coding(text: str):
    return code_document(Document("t", text, published="2024-06-01"))


def test_sentence_without_actors_codes_nothing() -> None:
    result = coding("Somebody attacked something somewhere after the storm.")
    assert (result.status, result.events) == ("coded", [])


def test_overlong_sentence_is_not_coded() -> None:
    result = coding("Turkey attacked Syria " + ", and ".join(f"item {i}" for i in range(400)) + ".")
    assert result.status == "skipped" and "no sentence under 500 tokens" in result.reason


def test_all_capitals() -> None:
    result = coding("RUSSIA ATTACKS UKRAINE AGAIN AS TALKS STALL IN GENEVA AND ISTANBUL OVER THE WEEKEND")
    assert result.status == "skipped" and result.reason.startswith("all capitals")


def test_bullet_list_and_mixed_junk() -> None:
    text = "Key points:\n\n• Iran accused Israel of the strike.\n\n• 1. 2. 3.\n\n- - -\n\n| a | b |"
    result = coding(text)
    assert result.status == "coded"
    assert any(e.event_type == "ACCUSE" for e in result.events)


def test_non_english() -> None:
    result = coding("El gobierno de Colombia anunció el lunes que suspenderá las negociaciones con los rebeldes en La Habana.")
    assert (result.status, result.reason) == ("skipped", "not English")


def test_short_english_headline_full_of_names_is_english() -> None:
    assert coding("Leader Kim Jong Il visited Tongbong Co-op Farm, Hamju County.").status == "coded"
