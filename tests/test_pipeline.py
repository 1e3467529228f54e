"""Awkward input the coder meets in real news: it never crashes, and says why when nothing can be coded."""

import flashpoint
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


def test_an_act_inside_the_complement_of_one_of_its_kind_is_that_act_unless_a_condition() -> None:
    agreed = flashpoint.code_text("Japan's prime minister met the South Korean president in Seoul on Monday. The two leaders agreed "
                                  "on Monday to resume a bilateral financial dialogue, the South Korean presidential office said.",
                                  published="2024-09-09")
    assert [(e.trigger.text, sorted(e.actor_codes)) for e in agreed if e.event_type == "AGREE"] == [("agreed", ["JPN", "KOR"])]
    answered = flashpoint.code_text("Ukraine accused Russia of blaming Kyiv for the attack.", published="2024-02-13")
    assert sorted((e.actor_codes[0], e.recipient_codes[0]) for e in answered if e.event_type == "ACCUSE") == [("RUS", "UKR"), ("UKR", "RUS")]
    offer = flashpoint.code_text("Under the plan, Israel would release Palestinian prisoners if Hamas freed the hostages.", published="2024-02-13")
    assert sorted(e.trigger.text for e in offer if e.event_type == "RETREAT") == ["freed", "release"]


LAUNCH = "Pyongyang, April 14 (KCNA) -- The DPRK conducted a satellite launch from the Sohae Satellite Launching Ground on Friday.\n\n"


def test_an_event_noun_naming_again_an_act_coded_before_is_not_a_new_event() -> None:
    again = flashpoint.code_text(LAUNCH + "The DPRK's satellite launch was fully peaceful, the agency stressed.", published="2012-04-14")
    assert [(e.actor_codes, e.trigger.start < len(LAUNCH)) for e in again if e.event_type == "MOBILIZE"] == [(["PRK"], True)]


def test_an_act_denied_before_or_another_of_its_kind_is_told_anew() -> None:
    denied = flashpoint.code_text("Pyongyang, April 10 (KCNA) -- The DPRK did not conduct a satellite launch on Monday.\n\n"
                                  "The satellite launch by the DPRK took place on Friday.", published="2012-04-14")
    assert [e.modality for e in denied if e.event_type == "MOBILIZE"] == ["negated", "actual"]
    another = flashpoint.code_text(LAUNCH + "Another satellite launch by the DPRK followed on Sunday.", published="2012-04-16")
    assert len([e for e in another if e.event_type == "MOBILIZE"]) == 2


def test_a_headline_does_not_make_the_body_telling_a_re_mention() -> None:
    # the body's telling of a headline's act is kept (with its sentence), the headline's dropped as restated
    coded = code_document(Document("t", "The DPRK's satellite launch from Sohae on Friday was a success, KCNA said.",
                                   title="Satellite launch by the DPRK", published="2012-04-14")).events
    assert [(e.trigger.text, e.trigger.start > len("Satellite launch by the DPRK")) for e in coded if e.event_type == "MOBILIZE"] \
        == [("launch", True)]


def test_an_act_of_the_same_kind_by_another_side_or_told_by_its_own_verb_is_new() -> None:
    other = flashpoint.code_text(LAUNCH + "South Korea's own satellite launch last month drew no such criticism.", published="2012-04-14")
    assert sorted(e.actor_codes[0] for e in other if e.event_type == "MOBILIZE") == ["KOR", "PRK"]
    drills = "MANILA - Japan and the Philippines held joint naval drills near Palawan on Monday.\n\n"
    anew = flashpoint.code_text(drills + "They also held joint air drills near Luzon on Friday.", published="2022-07-01")
    assert len([e for e in anew if e.event_type == "COOPERATE"]) == 2


def test_an_international_body_warning_of_what_may_happen_threatens_no_one() -> None:
    for text in ("GENEVA - The World Health Organization warned that the outbreak would spread to three more countries by winter.",
                 "ROME - The FAO issued a warning about a severe drought in southern Madagascar."):
        assert "THREATEN" not in [e.event_type for e in flashpoint.code_text(text, published="2022-07-01")]


def test_an_international_body_warning_of_its_own_act_or_warning_a_party_threatens() -> None:
    own = flashpoint.code_text("BRUSSELS - The EU warned that it would impose duties on Chinese steel.", published="2022-07-01")
    assert [e.actor_codes for e in own if e.event_type == "THREATEN"] == [["IGO"]]
    warned = flashpoint.code_text("NEW YORK - The UN Security Council warned Pyongyang that another nuclear test would bring "
                                  "tougher sanctions.", published="2022-07-01")
    assert [(e.actor_codes, e.recipient_codes) for e in warned if e.event_type == "THREATEN"] == [(["IGO"], ["PRK"])]


def test_an_act_with_no_doer_in_a_story_whose_events_name_one_country_is_that_country_s() -> None:
    def coded(text: str):
        return code_document(Document("t", text, published="2022-07-10"), flashpoint.Settings(learned_roles=False)).events

    # filed from abroad, its events naming Peru alone: a politician shot there was shot by one of its own
    shot = coded("LONDON — Peru is in mourning. The former senator Luis Arana was shot dead at a rally on Saturday.")
    assert [(e.actor[0].text, e.actor_codes) for e in shot if e.event_type == "ASSAULT"] == [("Peru", ["PER"])]
    # the country acted on itself, or its forces attacked: someone else's act
    for text in ("LONDON — Peru received a stern warning on Monday.",
                 "LONDON — Peru is in mourning. The Peruvian army was attacked near the border on Saturday."):
        assert not any("PER" in e.actor_codes for e in coded(text)), text
    # a story whose events name two countries leaves the doer open
    two = coded("LONDON — Chile protested to Peru on Friday. The former senator Luis Arana was shot dead at a rally on Saturday.")
    assert [e.actor_codes for e in two if e.event_type == "ASSAULT"] == [[]]

