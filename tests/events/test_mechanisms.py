"""Rule families of the coder, each on sentences written for the test (a positive and a negative)."""

import pytest

import flashpoint
from flashpoint.pipeline import code_document
from flashpoint.records import Document
from flashpoint.settings import Settings


def events(text: str, published: str = "2010-05-01", **settings: object):
    """The rules' own reading: these tests pin the rule mechanisms, so the role model that adds parties where the
    rules code none (tests/events/test_roles.py) is off unless a test turns it on."""
    settings.setdefault("learned_roles", False)
    return code_document(Document("t", text, published=published), Settings(**settings)).events


def cuban_statement(*paragraphs: str) -> str:
    """A document reporting a statement of the Cuban foreign ministry, one paragraph per sentence given."""
    return "\n\n".join(("The Cuban foreign ministry issued a statement on Monday.", *paragraphs))


def test_bare_surname_of_a_sitting_leader_is_coded() -> None:
    coded = events("Obama has agreed to a new round of arms talks.")
    assert any(e.event_type == "AGREE" and e.actor_codes == ["USA"] for e in coded)


def undated(text: str):
    return code_document(Document("t", text), Settings()).events


def test_bare_surname_in_an_undated_text_is_the_one_person_in_office_known_by_it() -> None:
    assert [e.actor_codes for e in undated("Putin has agreed to a new round of arms talks.")] == [["RUS"]]
    # not someone out of office, whose time the text does not give
    assert [e.actor_codes for e in undated("Obama has agreed to a new round of arms talks.")] == [[]]
    # nor a person the text itself names in full
    smith = undated("Eleanor Smith, a spokeswoman for the European Commission, criticised Hungary. Smith also condemned the media law.")
    assert [e.actor_codes for e in smith] == [["IGO"], ["IGO"]]


@pytest.mark.parametrize(("text", "published", "code"), [
    ("Nayib Bukele condemned the gang attacks on Sunday.", "2022-03-28", "SLV"),
    ("Mario Abdo Benitez met the Uruguayan president on Monday.", "2022-07-18", "PRY"),
    ("Wendy Sherman held talks in Beijing on Monday.", "2021-07-26", "USA"),
])
def test_office_holders_of_the_early_2020s_named_in_world_news_are_known(text: str, published: str, code: str) -> None:
    assert code in events(text, published=published)[0].actor_codes


def test_bare_surname_out_of_office_is_not_that_leader() -> None:
    coded = events("Obama has agreed to a new round of arms talks.", published="1990-05-01")
    assert not any("USA" in e.actor_codes for e in coded)


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_uncoded_subject_keeps_the_event_with_a_null_code(typer: str) -> None:
    coded = events("The visiting delegation condemned the shelling of the border villages.", typer=typer)
    accuse = [e for e in coded if e.event_type == "ACCUSE"]
    assert accuse and accuse[0].actor[0].code is None and accuse[0].actor[0].text.endswith("delegation")


def test_a_pronoun_whose_antecedent_has_no_code_keeps_the_event() -> None:
    # "they" is the subject of the verb that reports it, even when the knowledge base cannot code that subject
    coded = events("The union leaders said they had rejected the offer from the management.", typer="rules")
    reject = [e for e in coded if e.event_type == "REJECT"]
    assert reject and reject[0].actor[0].code is None
    # only as a last resort: one who reports ("a spokesman said he …") is seldom the one the pronoun means
    told = events("Putin met Xi Jinping in Beijing on Monday. A spokesman said he had invited Xi to visit Moscow.")
    assert [e.actor_codes for e in told if e.event_type == "AGREE"] == [["RUS"]]
    # nor when an earlier sentence names a doer the pronoun may mean, coded or not
    witnessed = events("The militias looted the market. Shopkeepers said they had burned two warehouses.", typer="rules")
    assert not any(a.text in {"they", "Shopkeepers"} for e in witnessed for a in e.actor if e.event_type == "ASSAULT")


def test_a_pronoun_with_no_antecedent_is_not_an_actor() -> None:
    coded = events("It condemned the shelling of the border villages.", typer="rules")
    assert not [e for e in coded if e.event_type == "ACCUSE"]


def test_surname_introduced_with_a_country_cue_keeps_its_code() -> None:
    text = "Lebanese Interior Minister Bassam Mawlawi arrived in Amman on Monday.\n\nMawlawi condemned the attacks on aid convoys."
    coded = events(text, published="2022-05-01")
    assert any(e.event_type == "ACCUSE" and e.actor_codes == ["LBN"] for e in coded)


def test_first_person_in_a_message_is_its_sender() -> None:
    text = "Kim Jong Il on Monday sent a message to the president of Laos.\nThe message reads:\nI warmly congratulate you on the national holiday."
    coded = events(text, published="2011-12-05")
    assert any(e.event_type == "SUPPORT" and e.actor_codes == ["PRK"] for e in coded)


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_no_own_country_recipient_by_default(typer: str) -> None:
    coded = events("Iran's parliament rejected the proposal.", typer=typer)
    assert all(e.recipient_codes != ["IRN"] for e in coded)


def test_own_country_recipient_is_a_setting() -> None:
    coded = events("Iran's parliament rejected the proposal.", typer="rules", own_country_recipient=True)
    assert any(e.recipient_codes == ["IRN"] for e in coded)


def test_one_event_per_category_and_participants_in_a_sentence() -> None:
    coded = events("Japan sharply criticized China and condemned China over the incident.")
    accusations = [e for e in coded if e.event_type == "ACCUSE" and e.recipient_codes == ["CHN"]]
    assert len(accusations) == 1


def test_a_threat_is_one_event_not_also_the_threatened_act() -> None:
    coded = events("Russia threatened to cut gas supplies to Ukraine.")
    assert [e.event_type for e in coded] == ["THREATEN"]


@pytest.mark.parametrize("text, content", [
    ("Ghana offered to cooperate with Togo in the energy sector.", "cooperate"),
    ("Ghana voiced its readiness to cooperate with Togo in the energy sector.", "cooperate"),
    ("The Ghanaian president issued an invitation to the Togolese president to visit Accra.", "visit"),
])
def test_an_offer_is_one_event_not_also_the_act_offered(text: str, content: str) -> None:
    # whether the offer is a verb or a noun, what it offers to do is its content, not an act of its own
    coded = events(text)
    assert "AGREE" in [e.event_type for e in coded]
    assert not [e for e in coded if e.trigger.text == content]


def test_what_a_call_asks_for_is_not_an_act_even_when_the_call_is_no_event() -> None:
    coded = events("The American general's call for staging the exercises angered Pyongyang.")
    assert "MOBILIZE" not in [e.event_type for e in coded]


def test_an_emergency_meeting_called_to_condemn_is_the_condemnation() -> None:
    coded = events("The Chadian opposition called an emergency meeting on Monday to condemn the decree.")
    assert "ACCUSE" in [e.event_type for e in coded]


def test_ties_fostered_are_a_wish_not_support() -> None:
    coded = events("The bonds of solidarity between Laos and Vietnam grew stronger.")
    assert "SUPPORT" not in [e.event_type for e in coded]


@pytest.mark.parametrize("text", ["Cuba expressed solidarity with the Venezuelan people.",
                                  "Laos and Vietnam strengthened their defence cooperation last year."])
def test_solidarity_expressed_or_ties_changed_stay_support(text: str) -> None:
    assert "SUPPORT" in [e.event_type for e in events(text)]


def test_an_organisation_named_with_another_country_belongs_to_it() -> None:
    coded = events("Rwanda's Senate condemned the attack on the border post.", published="2015-05-01")
    assert any(e.event_type == "ACCUSE" and e.actor_codes == ["RWA"] and e.actor[0].sector == "LEG" for e in coded)


def test_an_organisation_named_with_its_own_country_keeps_it() -> None:
    coded = events("The US Senate condemned the attack on the border post.", published="2015-05-01")
    assert any(e.event_type == "ACCUSE" and e.actor_codes == ["USA"] for e in coded)


def test_a_state_s_forces_in_another_country_stay_its_own_but_a_group_there_is_its_branch() -> None:
    stationed = events("The commander of the U.S. forces in South Korea called for more missile batteries.", published="2015-05-01")
    assert [e.actor_codes for e in stationed if e.event_type == "REQUEST"] == [["USA"]]
    branch = events("Al-Qaeda in Syria claimed the attack on the checkpoint.", published="2015-05-01")
    assert [e.actor_codes for e in branch if e.event_type == "ASSAULT"] == [["SYR"]]


def test_a_red_cross_society_named_with_a_country_is_that_country_s_and_the_movement_is_not() -> None:
    society = events("The Lesotho Red Cross Society delivered blankets to flood victims in Maseru.", published="2015-05-01")
    assert [e.actor_codes for e in society if e.event_type == "AID"] == [["LSO"]]
    of_country = events("The Red Cross Society of Fiji sent food aid to the cyclone victims.", published="2015-05-01")
    assert [e.actor_codes for e in of_country if e.event_type == "AID"] == [["FJI"]]
    committee = events("The International Committee of the Red Cross condemned the shelling of the hospital in Donetsk.", published="2015-05-01")
    assert [e.actor_codes for e in committee if e.event_type == "ACCUSE"] == [["NGO"]]
    delegation = events("The Red Cross in Yemen condemned the shelling of the hospital.", published="2015-05-01")
    assert [e.actor_codes for e in delegation if e.event_type == "ACCUSE"] == [["NGO"]]
    medics = events("Ethiopian troops shot at Somali Red Crescent volunteers near the border.", published="2015-05-01")
    assert [e.recipient_codes for e in medics if e.event_type == "ASSAULT"] == [["SOM"]]  # the name modifying a noun
    unnamed = events("Ethiopian troops shot at Red Crescent volunteers near the border.", published="2015-05-01")
    assert [e.recipient_codes for e in unnamed if e.event_type == "ASSAULT"] == [["NGO"]]


def test_a_bare_korean_is_the_korea_the_story_is_about_wherever_they_live() -> None:
    praised = events("Syria supports the Korean people in their struggle, the Syrian ambassador said in Pyongyang.", published="2015-05-01")
    assert [e.recipient_codes for e in praised if e.event_type == "SUPPORT"] == [["PRK"]]
    # the guide codes a people by the country it belongs to, not by where it lives; Pyongyang's lower-case "south
    # Korea" tells whose story it is
    abroad = events("The Union of Young Koreans in Brazil denounced the south Korean authorities.", published="2015-05-01")
    assert [e.actor_codes for e in abroad if e.event_type == "ACCUSE"] == [["PRK"]]
    residents = events("The Association of Korean Residents in Peru condemned the south Korean puppets on Friday.", published="2015-05-01")
    assert [e.actor_codes for e in residents if e.event_type == "ACCUSE"] == [["PRK"]]
    seoul = events("SEOUL - The Association of Korean Residents in Peru condemned North Korea's missile launch.", published="2015-05-01")
    assert [e.actor_codes for e in seoul if e.event_type == "ACCUSE"] == [["KOR"]]
    dual = events("North Korea said it had detained a Korean American tourist.", published="2015-05-01")
    assert [e.recipient_codes for e in dual if e.event_type == "COERCE"] == [["USA"]]
    # a story naming neither Korea gives a bare "Korean" no code, and Koreans abroad take the country they live in
    alone = events("Vietnamese police arrested a Korean businessman in Hanoi on Sunday.", published="2015-05-01")
    assert not any("PRK" in e.recipient_codes or "KOR" in e.recipient_codes for e in alone)
    unplaced = events("Korean residents of Japan staged a rally against the sanctions.", published="2015-05-01")
    assert [e.actor_codes for e in unplaced if e.event_type == "PROTEST"] == [["JPN"]]
    # nor are Koreans abroad the North's because a text that is neither Korea's own names only the North
    shot = events("Gunmen shot dead two Koreans in Manila on Sunday, a week after North Korea fired a missile into the sea.")
    assert not any("PRK" in e.recipient_codes for e in shot if e.event_type == "ASSAULT")


def test_a_dateline_places_an_official_the_text_does_not() -> None:
    text = "AMMAN — Deputy Prime Minister Tawfiq Kreishan condemned the attack on the Lebanese border post."
    coded = events(text, published="2022-05-01")
    assert any(e.event_type == "ACCUSE" and e.actor_codes == ["JOR"] for e in coded)


@pytest.mark.parametrize("headline", ["Minister condemns border attack", "JORDAN, LEBANON TRADE CHARGES"])
def test_a_dateline_under_a_headline_places_an_official_as_one_opening_the_text(headline: str) -> None:
    body = "AMMAN — Deputy Prime Minister Tawfiq Kreishan condemned the attack on the Lebanese border post."
    coded = code_document(Document("h", body, title=headline, published="2022-05-01"), Settings()).events
    assert [e.actor_codes for e in coded if e.trigger.text == "condemned"] == [["JOR"]]
    # a headline written above the story in its own text reads the same
    assert [e.actor_codes for e in events(f"{headline}\n\n{body}", published="2022-05-01") if e.trigger.text == "condemned"] == [["JOR"]]


@pytest.mark.parametrize("text", ["The African Union suspended Mali on Friday. The bloc also condemned Guinea's junta.",
                                  "BRUSSELS - NATO met Swedish officials on Friday. The alliance later condemned Belarus."])
def test_the_bloc_or_the_alliance_is_the_international_body_named_before(text: str) -> None:
    accused = [e for e in events(text, published="2024-06-05") if e.event_type == "ACCUSE"]
    assert [e.actor_codes for e in accused] == [["IGO"]]
    # a domestic alliance the text named itself is no international body
    domestic = events("Kenya's opposition alliance held a rally in Nairobi. The alliance condemned the police.", published="2024-06-05")
    assert [e.actor_codes for e in domestic if e.event_type == "ACCUSE"] == [["KEN"]]


def test_diplomats_a_story_does_not_place_are_not_the_datelines_but_officials_are() -> None:
    posted = "GENEVA (Example Wire) - The council on Friday passed a resolution condemning Eritrea, diplomats said."
    assert all(e.attribution is None or e.attribution.source.code is None for e in events(posted, published="2024-06-05"))
    home = "GENEVA (Example Wire) - Switzerland expelled two Russian officials on Friday, officials said."
    assert [e.attribution.source.code for e in events(home, published="2024-06-05") if e.attribution is not None] == ["CHE"]


def test_a_ministry_a_story_names_no_country_for_is_the_datelines_when_the_sentence_names_it() -> None:
    text = ("SEOUL - Chinese fishing boats crossed the maritime border again, Chinese media reported. China said the boats "
            "were lawful. South Korea lodged a protest with China on Monday after the Chinese boats entered its waters, "
            "the foreign ministry said.")
    protest = [e for e in events(text, published="2022-05-01") if e.trigger.text == "lodged"]
    assert [(e.actor_codes, e.recipient_codes) for e in protest] == [(["KOR"], ["CHN"])]
    assert protest[0].attribution is None or protest[0].attribution.source.code == "KOR"
    # a sentence naming only the country the story is about leaves the ministry that country's
    text = ("SEOUL - Chinese fishing boats crossed the maritime border again, Chinese media reported. China said the boats "
            "were lawful. China deployed patrol boats near the border on Monday, the foreign ministry said.")
    deployed = [e for e in events(text, published="2022-05-01") if e.trigger.text == "deployed"]
    assert [e.attribution.source.code for e in deployed if e.attribution is not None] == ["CHN"]


def test_a_separate_headline_is_coded_with_offsets_into_the_stored_text() -> None:
    document = Document("h", "Officials in Ankara gave no further details.", title="Turkey condemns Israeli strike on Gaza",
                        published="2024-05-01")
    coding = code_document(document, Settings())
    accuse = [e for e in coding.events if e.event_type == "ACCUSE"]
    assert accuse and accuse[0].actor_codes == ["TUR"]
    assert coding.document.text[accuse[0].trigger.start : accuse[0].trigger.end] == "condemns"


def test_a_separate_headline_the_body_restates_is_one_event_told_in_the_body() -> None:
    document = Document("h", "The Turkish foreign ministry on Monday condemned the Israeli strike on Gaza as a grave violation.",
                        title="Turkey condemns Israeli strike on Gaza", published="2024-05-01")
    coding = code_document(document, Settings())
    accuse = [e for e in coding.events if e.event_type == "ACCUSE"]
    assert len(accuse) == 1 and accuse[0].trigger.text == "condemned" and accuse[0].actor_codes == ["TUR"]


def test_a_headline_in_headlinese_is_restated_by_the_body_whichever_side_it_reads() -> None:
    # "Peru Urged to ..." drops the auxiliary and reads as Peru urging: the body's demand on Peru is the same act
    document = Document("h", "A group of Chilean lawmakers on Tuesday urged Peru to reopen the border crossing at Tacna.",
                        title="Peru Urged to Reopen Border", published="2024-05-01")
    requests = [e for e in code_document(document, Settings()).events if e.event_type == "REQUEST"]
    assert [(e.trigger.text, e.recipient_codes) for e in requests] == [("urged", ["PER"])]


def test_a_separate_headline_the_body_does_not_restate_is_kept() -> None:
    document = Document("h", "Officials in Ankara said the foreign minister would travel to Cairo next week.",
                        title="Turkey condemns Israeli strike on Gaza", published="2024-05-01")
    assert [e.trigger.text for e in code_document(document, Settings()).events if e.event_type == "ACCUSE"] == ["condemns"]


def test_the_owner_of_a_judged_act_is_the_recipient() -> None:
    coded = events("The European Union condemned a decision by Israel to expand the settlements.", published="2011-08-12")
    assert any(e.event_type == "ACCUSE" and e.recipient_codes == ["ISR"] for e in coded)


def test_the_owner_of_a_judged_act_named_by_a_noun() -> None:
    coded = events("Japan issued a condemnation of Russia's air strikes on the port.", published="2022-05-01")
    assert any(e.event_type == "ACCUSE" and e.recipient_codes == ["RUS"] for e in coded)


def test_talks_hosted_by_a_third_country_take_the_venue_as_recipient() -> None:
    coded = events("Saudi Arabia and Iran held talks in Baghdad on Sunday.", published="2022-05-01")
    consult = [e for e in coded if e.event_type == "CONSULT"]
    assert consult and consult[0].actor_codes == ["IRN", "SAU"] and consult[0].recipient_codes == ["IRQ"]


def test_talks_at_home_have_no_venue_recipient() -> None:
    coded = events("Iraq held talks with Iran in Baghdad on Sunday.", published="2022-05-01")
    consult = [e for e in coded if e.event_type == "CONSULT"]
    assert consult and consult[0].recipient_codes == ["IRN"]


def test_missiles_fired_into_the_sea_are_mobilize_not_assault() -> None:
    coded = events("North Korea fired two ballistic missiles into the sea off its east coast.", published="2022-05-10")
    assert any(e.event_type == "MOBILIZE" and e.actor_codes == ["PRK"] for e in coded)
    assert not any(e.event_type == "ASSAULT" for e in coded)


def test_shelling_a_town_stays_an_assault() -> None:
    coded = events("Russian forces fired rockets into the town of Kharkiv.", published="2022-05-10")
    assert any(e.event_type == "ASSAULT" for e in coded)


def test_the_one_urged_in_the_passive_is_spoken_to() -> None:
    # the rules typer keeps no event without an actor, so only the classifier's reading reaches the speaker
    text = ("Cuba's foreign ministry issued a statement on Tuesday.\n\n"
            "The Canadian government would be well advised to lift the port ban, the statement said.")
    requests = [e for e in events(text, published="2015-03-04", typer="learned") if e.event_type == "REQUEST"]
    assert requests and requests[0].actor_codes == ["CUB"] and requests[0].recipient_codes == ["CAN"]


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_passive_request_with_its_agent_stays_the_agents(typer: str) -> None:
    agent = events("The Canadian government was urged by Cuba to lift the port ban.", published="2015-03-04", typer=typer)
    assert [e for e in agent if e.event_type == "REQUEST" and e.actor_codes == ["CUB"] and e.recipient_codes == ["CAN"]]


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_condemning_description_in_a_speakers_statement_accuses_the_party(typer: str) -> None:
    text = ("Cuba's foreign ministry issued a statement on Tuesday.\n\n"
            "The Canadian government is gravely mistaken and its sanctions policy is a shameless scheme, the statement said.")
    accusations = [e for e in events(text, published="2015-03-04", typer=typer) if e.event_type == "ACCUSE"]
    assert any(e.actor_codes == ["CUB"] and e.recipient_codes == ["CAN"] and e.attribution is None for e in accusations)


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_condemning_sentence_about_the_last_act_accuses_whoever_did_it(typer: str) -> None:
    text = ("Cuba's foreign ministry issued a statement on Tuesday.\n\n"
            "The statement said the Canadian navy seized a Cuban fishing boat near the coast.\n\n"
            "This is a shameless provocation, the statement noted.")
    coded = events(text, published="2015-03-04", typer=typer)
    last = [e for e in coded if e.sentence.start == text.rindex("This")]
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in last] == [("ACCUSE", ["CUB"], ["CAN"])]
    # in the narration's own voice the same words accuse no one
    narrated = events("The Canadian navy seized a Cuban fishing boat.\n\nThis is a shameless provocation.", typer=typer)
    assert not [e for e in narrated if e.event_type == "ACCUSE"]


def test_the_narrations_own_condemning_words_are_not_coded() -> None:
    text = "The Canadian government is gravely mistaken and its sanctions policy is a shameless scheme."
    assert not [e for e in events(text, published="2015-03-04", typer="rules") if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_joint_exercise_under_way_is_cooperation_among_all_sides(typer: str) -> None:
    coded = events("South Korea and the United States began joint military exercises on Monday.", published="2016-03-07", typer=typer)
    assert any(e.event_type == "COOPERATE" and e.actor_codes == ["KOR", "USA"] and not e.recipient for e in coded)
    assert not [e for e in coded if e.event_type == "MOBILIZE"]


def test_one_countrys_exercise_stays_a_show_of_force() -> None:
    coded = events("The Russian navy staged naval exercises in the Baltic Sea on Monday.", published="2016-03-07", typer="rules")
    assert any(e.event_type == "MOBILIZE" and e.actor_codes == ["RUS"] for e in coded)
    assert not [e for e in coded if e.event_type == "COOPERATE"]


def test_one_countrys_exercise_the_model_calls_cooperation_is_a_show_of_force() -> None:
    from flashpoint import nlp
    from flashpoint.events.extract import joint_exercise
    from flashpoint.records import Actor

    alone, partnered = nlp.parse(["The Chilean navy staged large exercises off Valparaiso on Tuesday.",
                                  "The Chilean navy staged large exercises in concert with its allies on Tuesday."])
    navy = [Actor(text="The Chilean navy", code="CHL", sector="MIL", name=None, start=0, end=16)]
    for doc, expected in ((alone, "MOBILIZE"), (partnered, "COOPERATE")):
        exercises = next(t for t in doc if t.text == "exercises")
        assert joint_exercise("COOPERATE", exercises, exercises, navy, [], "actual")[0] == expected


def test_exercise_with_a_partner_is_joint() -> None:
    coded = events("Japan will hold naval drills with India next month.", published="2016-03-07", typer="rules")
    assert any(e.event_type == "AGREE" and e.actor_codes == ["IND", "JPN"] and e.modality == "future" for e in coded)


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_statement_condemning_someone_is_its_issuers_act(typer: str) -> None:
    coded = events("Venezuela's foreign ministry issued a statement condemning Guyana on Monday.", published="2023-10-02", typer=typer)
    assert any(e.event_type == "ACCUSE" and e.actor_codes == ["VEN"] and e.recipient_codes == ["GUY"] for e in coded)


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_possessor_the_knowledge_base_lacks_is_resolved_like_a_noun_phrase(typer: str) -> None:
    text = ("Syrian government forces tightened their grip on the town on Monday. "
            "Hundreds of families fled the regime's shelling of the town overnight.")
    shelling = [e for e in events(text, typer=typer) if e.trigger.text == "shelling"]
    assert shelling and shelling[0].event_type == "ASSAULT" and shelling[0].actor_codes == ["SYR"]


def test_international_ngos_are_coded_by_the_guide_or_by_plovers_convention() -> None:
    text = "Amnesty International condemned the arrest of three journalists by the Egyptian police."
    guide = [e for e in events(text) if e.event_type == "ACCUSE"]
    plover = [e for e in events(text, ngos_as_igo=True) if e.event_type == "ACCUSE"]
    assert guide and guide[0].actor_codes == ["NGO"]
    assert plover and plover[0].actor_codes == ["IGO"]


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_visit_to_a_place_is_not_a_meeting_but_a_visit_to_a_country_is(typer: str) -> None:
    assert not [e for e in events("The premier visited the new fertiliser factory on Monday.", typer=typer) if e.event_type == "CONSULT"]
    visit = [e for e in events("The Chinese premier visited Pyongyang on Monday.", typer=typer) if e.event_type == "CONSULT"]
    assert visit and visit[0].actor_codes == ["CHN"] and visit[0].recipient_codes == ["PRK"]


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_named_place_is_still_a_place_but_an_embassy_is_a_party(typer: str) -> None:
    for text in ("The Laotian delegation visited the Grand People's Study House in Pyongyang on Monday.",
                 "The Cuban ambassador toured the Victorious War Museum and the Juche Tower."):
        assert not [e for e in events(text, typer=typer) if e.event_type == "CONSULT"], text
    embassy = [e for e in events("The Cuban ambassador visited the Chinese embassy in Pyongyang on Monday.", typer=typer)
               if e.event_type == "CONSULT"]
    assert embassy and embassy[0].actor_codes == ["CUB"] and embassy[0].recipient_codes == ["CHN"]
    seat = [e for e in events("The French president visited the White House on Monday.", typer=typer) if e.event_type == "CONSULT"]
    assert seat and seat[0].actor_codes == ["FRA"] and seat[0].recipient_codes == ["USA"]


@pytest.mark.parametrize(("text", "sides"), [
    ("The Turkish president visited the Russian resort of Sochi on Tuesday.", (["TUR"], ["RUS"])),
    ("The Indian prime minister visited the Syrian port of Tartus on Tuesday.", (["IND"], ["SYR"])),
    ("The Greek prime minister visited the Turkish presidential palace on Tuesday.", (["GRC"], ["TUR"])),
    ("The Nigerian president visited the State House in Nairobi on Tuesday.", (["NGA"], ["KEN"])),
    ("The British foreign secretary visited Aung San Suu Kyi's house on Tuesday.", (["GBR"], ["MMR"])),
])
def test_a_place_word_naming_a_party_or_a_seat_of_government_is_still_a_meeting(text: str, sides: tuple) -> None:
    assert [(e.actor_codes, e.recipient_codes) for e in events(text) if e.event_type == "CONSULT"] == [sides]


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_spokesman_for_a_body_speaks_for_its_country(typer: str) -> None:
    text = "Japan and Cuba held talks in Tokyo on Monday.\n\nA spokesman for the Committee for the Peaceful Reunification of Korea denounced the meeting."
    assert any(e.event_type == "ACCUSE" and e.actor_codes == ["PRK"] for e in events(text, typer=typer))
    loose = events("A spokesman for peace condemned the blockade.", typer=typer)
    assert not any(e.actor_codes for e in loose if e.event_type == "ACCUSE")


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_statement_issued_to_criticize_is_its_issuers_act(typer: str) -> None:
    coded = events("The Lithuanian Foreign Ministry released a statement to criticize the Russian border checks.", typer=typer)
    assert any(e.event_type == "ACCUSE" and e.actor_codes == ["LTU"] for e in coded)


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_person_described_by_an_office_of_a_known_body_belongs_to_its_country(typer: str) -> None:
    text = ("Japan and Cuba held talks in Tokyo on Monday.\n\n"
            "Ri Chol Nam, chief of the liaison office of the Committee for the Peaceful Reunification of Korea, denounced the meeting.")
    accusations = [e for e in events(text, typer=typer) if e.event_type == "ACCUSE"]
    assert accusations and accusations[0].actor_codes == ["PRK"] and accusations[0].actor[0].text.startswith("Ri Chol Nam, chief")


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_reaction_to_an_act_is_aimed_at_whoever_did_it(typer: str) -> None:
    coded = events("The Cuban foreign minister denounced the naval drills staged by Canada near the island.", typer=typer)
    assert any(e.event_type == "ACCUSE" and e.actor_codes == ["CUB"] and e.recipient_codes == ["CAN"] for e in coded)


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_disaster_is_no_ones_act_but_an_army_striking_is(typer: str) -> None:
    for text in ("A powerful earthquake struck the mountains of eastern Turkey on Monday, killing at least 90 people.",
                 "The coastal villages were hit by a typhoon on Monday.",
                 "Gale-force winds hit the Baltic coast of Latvia on Sunday, tearing roofs off houses.",
                 "Madrid was hit by the heaviest snowfall in decades, blocking roads across the region."):
        assert not [e for e in events(text, typer=typer) if e.event_type == "ASSAULT"], text
    strike = events("Russian troops struck the villages of eastern Ukraine on Monday, killing at least 90 people.", typer=typer)
    assert [e for e in strike if e.event_type == "ASSAULT" and e.actor_codes == ["RUS"]]


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_message_of_greeting_is_support_not_a_meeting(typer: str) -> None:
    coded = events("The Cuban foreign minister sent a congratulatory message to the Chinese foreign minister.", typer=typer)
    assert [e for e in coded if e.event_type == "SUPPORT" and e.actor_codes == ["CUB"]]
    assert not [e for e in coded if e.event_type == "CONSULT"]


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_condolences_and_tributes_are_not_support_but_congratulations_are(typer: str) -> None:
    for text in ("The Cuban ambassador expressed deep condolences to the Chinese government over the earthquake.",
                 "The Cuban delegation paid tribute to the Chinese leader and laid a wreath at his tomb."):
        assert not [e for e in events(text, typer=typer) if e.event_type in {"SUPPORT", "CONSULT"}], text
    greeting = events("The Cuban ambassador expressed warm congratulations to the Chinese government on its anniversary.", typer=typer)
    assert [e for e in greeting if e.event_type == "SUPPORT" and e.actor_codes == ["CUB"]]


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_the_party_a_statement_condemns_does_not_become_its_speaker(typer: str) -> None:
    # "making a mockery", "while claiming": the accused acting or speaking inside the statement leaves its speaker as it was
    text = cuban_statement("The Canadian government is making a shameless mockery of Cuba by sending warships while claiming peace.",
                           "It is hostile towards Cuba behind the scene.")
    accusations = [e for e in events(text, typer=typer) if e.event_type == "ACCUSE"]
    assert accusations and all(e.actor_codes == ["CUB"] and e.recipient_codes == ["CAN"] for e in accusations)
    assert len(accusations) == 2  # "It", opening its paragraph, is the party the last paragraph was about


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_an_object_it_from_an_earlier_paragraph_is_not_a_party(typer: str) -> None:
    text = "Canada sent a new trade proposal to the Cuban government.\n\nThe Mexican government did not block it in the end."
    assert not any("CAN" in e.recipient_codes for e in events(text, typer=typer) if e.event_type in {"COERCE", "REJECT"})


def test_a_headline_infinitive_is_what_is_to_come() -> None:
    coded = events("Japanese, Chinese foreign ministers to meet in Jakarta")
    meeting = [e for e in coded if e.trigger.text == "meet"]
    assert meeting and meeting[0].modality == "future"
    inside = [e for e in events("Their efforts to revive the talks in Jakarta failed, the Japanese minister said.") if e.trigger.text == "revive"]
    assert all(e.modality != "future" for e in inside)


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_meeting_inside_one_government_is_not_coded_but_one_across_sectors_is(typer: str) -> None:
    inside = events("The Cuban president held a meeting with the Cuban prime minister on Monday.", typer=typer)
    assert not [e for e in inside if e.event_type == "CONSULT"]
    across = events("The Cuban opposition met the Cuban government on Monday.", typer=typer)
    assert [e for e in across if e.event_type == "CONSULT" and e.actor_codes == ["CUB"]]


def test_a_counterpart_is_never_of_the_doers_own_country() -> None:
    coded = events("TEHRAN - The Iranian foreign minister met three counterparts from Arab states on Monday.")
    meetings = [e for e in coded if e.event_type == "CONSULT"]
    assert meetings and "IRN" not in meetings[0].recipient_codes


@pytest.mark.parametrize("side,sector", [("opposition leaders", "OPP"), ("business leaders", "BUS")])
def test_leaders_of_another_side_of_the_country_are_met_not_part_of_the_government(side: str, sector: str) -> None:
    coded = events(f"NAIROBI - The Kenyan president met {side} on Monday.")
    assert [(e.recipient_codes, [r.sector for r in e.recipient]) for e in coded if e.event_type == "CONSULT"] == [(["KEN"], [sector])]


def test_a_press_conference_and_talking_about_are_no_talks() -> None:
    for text in ("The Cuban foreign minister held a press conference in Havana on Monday.",
                 "The Cuban foreign minister talked about the weather in Havana on Monday."):
        assert not [e for e in events(text, typer="rules") if e.event_type == "CONSULT"], text
    talks = events("The Cuban foreign minister talked with the Chinese ambassador in Havana on Monday.", typer="rules")
    assert [e for e in talks if e.event_type == "CONSULT" and e.recipient_codes == ["CHN"]]


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_paper_that_warns_or_observes_speaks_for_the_rest_of_its_article(typer: str) -> None:
    text = ("The Canadian policy of confrontation is a reckless one, warns the Cuban newspaper Granma in a signed article.\n\n"
            "It continues:\n\nThe Canadian government is gravely mistaken.\n\n"
            "The Canadian army may continue conducting its drills.\n\nThe Canadian authorities are gravely mistaken.")
    later = [e for e in events(text, typer=typer) if e.event_type == "ACCUSE" and "mistaken" in e.sentence.text]
    assert len(later) == 2 and all(e.actor_codes == ["CUB"] and e.recipient_codes == ["CAN"] for e in later)


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_plight_a_statement_lays_on_a_party_accuses_it_but_credit_does_not(typer: str) -> None:
    text = cuban_statement("A dangerous situation of tension is prevailing on the island owing to the Canadian warships.",
                           "The success of the harvest is due to the Canadian engineers.")
    accusations = [e for e in events(text, typer=typer) if e.event_type == "ACCUSE"]
    assert [(e.actor_codes, e.recipient_codes) for e in accusations] == [(["CUB"], ["CAN"])]
    assert "owing" in accusations[0].sentence.text


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_an_appeal_or_obligation_in_a_statement_is_the_speakers_demand_but_its_own_resolve_is_not(typer: str) -> None:
    text = cuban_statement("It is imperative to halt the manoeuvres of the Canadian warships.",
                           "The Canadian authorities should stop the drills at once.",
                           "We should strengthen our coastal defence.")
    requests = [e for e in events(text, typer=typer) if e.event_type == "REQUEST"]
    assert [(e.actor_codes, e.recipient_codes) for e in requests] == [(["CUB"], []), (["CUB"], ["CAN"])]
    # no speaker, no one's demand: the narration's "should" is not pinned on anyone as the one demanding
    narrated = events("The Canadian authorities should stop the drills at once.", typer=typer)
    assert all(e.actor_codes in ([], ["CAN"]) for e in narrated if e.event_type == "REQUEST")


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_who_sent_or_did_what_a_party_received_or_faced_is_the_actor(typer: str) -> None:
    sent = [e for e in events("The warning from the Chinese foreign minister came on Monday.", typer=typer) if e.event_type == "THREATEN"]
    assert sent and sent[0].actor_codes == ["CHN"] and not sent[0].recipient_codes
    for text in ("The Cuban government faced new sanctions from Canada over the deal.",
                 "The Cuban army suffered an attack by Canadian troops."):
        faced = [e for e in events(text, typer=typer) if e.event_type in {"SANCTION", "ASSAULT"} and e.recipient_codes]
        assert faced and all(e.actor_codes == ["CAN"] and e.recipient_codes == ["CUB"] for e in faced), text
    unknown = events("Cuba received a stern warning on Monday.", typer=typer)
    assert not any("CUB" in e.actor_codes for e in unknown)
    withdrawal = [e for e in events("The withdrawal of Canadian troops from Cuba ended on Monday.", typer=typer) if e.event_type == "RETREAT"]
    assert not any(e.actor_codes == ["CUB"] for e in withdrawal)


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_condemnation_on_a_condition_is_a_warning(typer: str) -> None:
    text = cuban_statement("The Canadian authorities are sorely mistaken if they believe they will escape punishment.",
                           "The Canadian authorities are gravely mistaken.")
    coded = [(e.event_type, e.actor_codes, e.recipient_codes) for e in events(text, typer=typer) if e.mode == "voiced"]
    assert coded == [("THREATEN", ["CUB"], ["CAN"]), ("ACCUSE", ["CUB"], ["CAN"])]


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_warning_voiced_in_a_statement_is_the_speakers_threat_but_a_reported_threat_stays_its_makers(typer: str) -> None:
    text = cuban_statement("The Canadian group of traitors will never escape punishment for its crimes.",
                           "The Canadian government threatened to impose sanctions on Mexico.")
    threats = [(e.actor_codes, e.recipient_codes) for e in events(text, typer=typer) if e.event_type == "THREATEN"]
    assert (["CAN"], ["MEX"]) in threats
    assert all(actor != ["CAN"] or recipient == ["MEX"] for actor, recipient in threats)
    if typer == "learned":  # the rule lexicon has no sense of "escape punishment"; the classifier types it
        assert (["CUB"], ["CAN"]) in threats


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_what_a_demand_asks_for_is_its_content_not_an_event_of_its_own(typer: str) -> None:
    for text in ("The Cuban government demanded the withdrawal of Canadian troops from the island.",
                 "The Cuban government called for the release of the Canadian prisoners.",
                 "The Cuban government demanded the expulsion of the Canadian ambassador."):
        coded = events(text, typer=typer)
        assert [(e.event_type, e.actor_codes) for e in coded] == [("REQUEST", ["CUB"])], text
    done = events("Canada completed the withdrawal of its troops from the island.", typer=typer)
    assert not [e for e in done if e.event_type == "REQUEST"]


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_an_unknown_person_takes_the_country_their_own_phrase_names_before_the_storys(typer: str) -> None:
    text = ("Cuba held talks with Venezuela in Havana.\n\nCuba and Venezuela signed a trade deal.\n\n"
            "The delegate of a farmers' association of Mexico praised the Cuban reforms.")
    praise = [e for e in events(text, typer=typer) if "delegate" in e.sentence.text and e.event_type == "SUPPORT"]
    assert praise and praise[0].actor_codes == ["MEX"]
    unplaced = [e for e in events(text.replace(" of Mexico", ""), typer=typer) if e.event_type == "SUPPORT" and "delegate" in e.sentence.text]
    assert unplaced and unplaced[0].actor_codes == ["CUB"]  # nothing in the phrase: the story's own country


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_readings_of_one_act_with_compatible_sides_are_one_event(typer: str) -> None:
    coded = events("Russia threatened Ukraine, issuing a threat to cut gas supplies.", typer=typer)
    threats = [e for e in coded if e.event_type == "THREATEN"]
    assert [(e.actor_codes, e.recipient_codes) for e in threats] == [(["RUS"], ["UKR"])]


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_acts_of_one_category_between_different_sides_stay_apart(typer: str) -> None:
    coded = events("Peru denounced Chile on Monday, while Bolivia condemned Argentina.", typer=typer)
    accusations = {(tuple(e.actor_codes), tuple(e.recipient_codes)) for e in coded if e.event_type == "ACCUSE"}
    assert accusations == {(("PER",), ("CHL",)), (("BOL",), ("ARG",))}


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_city_places_its_police_in_the_country(typer: str) -> None:
    coded = events("Police in Mumbai arrested three opposition leaders on Monday.", typer=typer)
    assert [e.actor_codes for e in coded if e.event_type == "COERCE"] == [["IND"]]


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_an_agentless_arrest_is_the_act_of_the_authorities_where_the_story_was_filed(typer: str) -> None:
    filed = events("KANO - Three journalists were arrested on Tuesday for reporting on the clashes.", typer=typer)
    arrest = [e for e in filed if e.event_type == "COERCE"]
    assert [e.actor_codes for e in arrest] == [["NGA"]] and arrest[0].actor[0].text == "KANO"
    unplaced = events("Three journalists were arrested on Tuesday for reporting on the clashes.", typer=typer)
    assert not any(e.actor_codes for e in unplaced)


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_an_uncoded_object_is_of_the_country_the_story_was_filed_from(typer: str) -> None:
    filed = events("DHAKA - Police detained the rickshaw driver Abdul Karim on Friday.", typer=typer)
    assert [(e.actor_codes, e.recipient_codes) for e in filed if e.event_type == "COERCE"] == [(["BGD"], ["BGD"])]
    unplaced = events("Police detained the rickshaw driver Abdul Karim on Friday.", typer=typer)
    assert not any(e.recipient_codes for e in unplaced)


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_name_the_parser_gave_no_type_is_a_party_acted_on(typer: str) -> None:
    # the small model tags an unfamiliar surname as no entity at all; acted on directly, it is still someone
    filed = events("NAIROBI - Ruto suspended Matiang over the missing funds.", typer=typer)
    assert [e.recipient_codes for e in filed if e.event_type == "SANCTION"] == [["KEN"]]
    # an object that is no name is no party, and a name shelled is a place, not the attacker's own people
    assert not any(e.recipient_codes for e in events("NAIROBI - Ruto suspended the old rules.", typer=typer)
                   if e.event_type == "SANCTION")
    assert not any("ETH" in e.recipient_codes for e in events("NAIROBI - Ethiopian troops shelled Dolow on Tuesday.", typer=typer))


def test_he_is_the_person_a_body_in_the_title_placed() -> None:
    coded = events("Democratic Progressive Party Legislator Lin Mei-hua criticized the county government on Monday.\n\n"
                   "He accused the Taichung police of negligence.")
    accusation = [e for e in coded if e.trigger.text == "accused"]
    assert accusation and accusation[0].actor_codes == ["TWN"] and accusation[0].actor[0].text == "He"


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_handing_over_is_aid_only_when_what_is_handed_over_is_material(typer: str) -> None:
    assert [e.recipient_codes for e in events("Japan provided 500 tons of rice to Haiti.", typer=typer) if e.event_type == "AID"] == [["HTI"]]
    assert not [e for e in events("Japan provided the groundwork for talks with Haiti.", typer=typer) if e.event_type == "AID"]


@pytest.mark.parametrize("text", ["The statement demanded the police offer an apology to the victims.",
                                  "The opposition demanded that the army withdraw its troops from the capital.",
                                  "The Chinese foreign ministry urged Japan to end its policy of denying the wartime abuses."])
def test_what_a_demand_asks_for_in_its_clause_is_no_event_of_its_own(text: str) -> None:
    assert [e.event_type for e in events(text)] == ["REQUEST"]


def test_an_act_joined_to_a_demand_by_and_is_an_act_of_its_own() -> None:
    coded = events("China urged Japan to halt the drills, and Russia attacked Ukraine.")
    assert sorted(e.event_type for e in coded) == ["ASSAULT", "REQUEST"]


def test_two_countries_staging_one_drill_is_a_joint_exercise() -> None:
    coded = events("The U.S. imperialists and the south Korean warmongers are staging a madcap drill in Pohang.")
    assert [(e.event_type, sorted(e.actor_codes)) for e in coded] == [("COOPERATE", ["KOR", "USA"])]


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_statement_speaks_for_an_issuer_the_knowledge_base_lacks_placed_by_its_name(typer: str) -> None:
    text = "The Socialist Front in Mexico City issued a statement on Monday.\n\nThe statement urged the governments of the world to send aid to Haiti."
    request = [e for e in events(text, typer=typer) if e.event_type == "REQUEST"]
    assert request and request[0].actor_codes == ["MEX"] and request[0].actor[0].text == "The statement"
    # with no country in the issuer's name and none in the story, the statement speaks for no one known
    text = "The Green Alliance issued a statement on Monday.\n\nThe statement urged the governments of the world to send aid."
    assert not any(e.actor_codes for e in events(text, typer=typer) if e.event_type == "REQUEST")


def test_a_verbless_parse_takes_the_first_noun_for_the_subject_of_the_participle() -> None:
    # the parser reads "called" as a participle of "statement" ("a statement called X"); it is the main verb
    text = "The Mexican Labour Party issued a statement on Monday.\n\nThe statement called upon the governments to send aid to Haiti."
    request = [e for e in events(text) if e.event_type == "REQUEST"]
    assert request and request[0].actor_codes == ["MEX"]
    # a past participle with no object is a passive headline: its noun is the one the act befell
    for headline in ("Syrian army accused of chemical attack", "Opposition leader arrested in Caracas"):
        assert not any(e.event_type in {"ACCUSE", "COERCE"} and e.actor_codes for e in events(headline))


def test_he_after_an_official_named_by_title_alone_is_that_official() -> None:
    text = "The defense minister of Syria declared that the army will defend the homeland. He urged the troops to stay ready for combat."
    request = [e for e in events(text) if e.event_type == "REQUEST"]
    assert request and request[0].actor_codes == ["SYR"] and request[0].actor[0].text == "He"
    # a group is no antecedent of "he" (who is then only one of the story's own people, not its armed forces)
    text = "The armed forces of Syria declared that they will defend the homeland. He urged the soldiers to remain on high alert."
    assert not any(a.text == "He" and a.sector == "MIL" for e in events(text) if e.event_type == "REQUEST" for a in e.actor)


def test_the_speakers_own_country_named_as_the_victim_is_not_the_one_accused() -> None:
    text = ("The U.S. and south Korea started the drills on Monday. This is a reckless scheme for war aimed at invading the DPRK "
            "and a grave challenge to all peoples, Rodong Sinmun says in a commentary.")
    accuse = [e for e in events(text) if e.event_type == "ACCUSE"]
    assert accuse and accuse[0].actor_codes == ["PRK"] and "PRK" not in accuse[0].recipient_codes and accuse[0].recipient_codes


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_guest_received_or_hosted_is_the_actor_and_the_host_the_recipient(typer: str) -> None:
    for text, guest, host in (("Egyptian President Abdel Fattah al-Sisi received the foreign minister of Jordan at the presidential palace.", "JOR", "EGY"),
                              ("Algerian president Abdelmadjid Tebboune hosted Venezuelan president Nicolas Maduro in the capital on Sunday.",
                               "VEN", "DZA")):
        consult = [e for e in events(text, typer=typer) if e.event_type == "CONSULT"]
        assert consult and (consult[0].actor_codes, consult[0].recipient_codes) == ([guest], [host])
    # a visit keeps the visitor as actor
    consult = [e for e in events("The foreign minister of Jordan visited Egyptian President Abdel Fattah al-Sisi in Cairo.", typer=typer)
               if e.event_type == "CONSULT"]
    assert consult and consult[0].actor_codes == ["JOR"] and consult[0].recipient_codes == ["EGY"]


@pytest.mark.parametrize("text", ["The Kenyan president held an audience with the foreign minister of Ghana on Monday.",
                                  "The Kenyan president granted an audience to the foreign minister of Ghana at State House."])
def test_an_audience_held_or_granted_makes_its_giver_the_host(text: str) -> None:
    consult = [e for e in events(text) if e.event_type == "CONSULT"]
    assert consult and (consult[0].actor_codes, consult[0].recipient_codes) == (["GHA"], ["KEN"])


@pytest.mark.parametrize("text", ["An inter-Korean working contact took place at Panmunjom on Tuesday.",
                                  "The DPRK welcomed the news. Fresh north-south talks opened at Panmunjom on Tuesday."])
def test_a_meeting_named_for_the_pair_of_koreas_is_theirs(text: str) -> None:
    assert [sorted(e.actor_codes) for e in events(text) if e.event_type == "CONSULT"] == [["KOR", "PRK"]]


def test_north_south_names_the_koreas_only_in_a_story_of_the_peninsula() -> None:
    assert not [e for e in events("Fresh north-south talks opened in Juba on Tuesday.") if e.event_type == "CONSULT"]
    # the pair's channel is no meeting held
    channel = "The DPRK denounced Seoul. Seoul is blocking any progress in north-south dialogue, it said."
    assert not [e for e in events(channel) if e.event_type == "CONSULT"]


@pytest.mark.parametrize("text", ["SEOUL - Pyongyang walked out of the inter-Korean talks on Monday.",
                                  "SEOUL - The unification ministry proposed inter-Korean military talks on Monday."])
def test_a_meeting_another_act_is_about_is_not_held_by_both_koreas(text: str) -> None:
    assert not [e for e in events(text) if sorted(e.actor_codes) == ["KOR", "PRK"]]


@pytest.mark.parametrize("text", ["Norway hosted three rounds of talks between Colombia and Venezuela in Oslo last year.",
                                  "Kenya has hosted negotiations between Ethiopia and Eritrea."])
def test_talks_a_third_party_hosted_have_the_sides_as_actors_and_the_host_as_recipient(text: str) -> None:
    host = "NOR" if text.startswith("Norway") else "KEN"
    consult = [e for e in events(text) if e.event_type == "CONSULT"]
    assert len(consult) == 1 and consult[0].recipient_codes == [host] and host not in consult[0].actor_codes
    assert len(consult[0].actor_codes) == 2


@pytest.mark.parametrize("text", ["The Moroccan king said he was prepared to host talks between Israel and the Palestinians.",
                                  "Egypt will host talks between Israel and Hamas next week."])
def test_hosting_a_meeting_between_others_keeps_the_host_as_actor(text: str) -> None:
    # talks yet to come are AGREE (future) by the manual's reduction; either way the host is the actor
    hosted = [e for e in events(text, typer="rules") + events(text) if e.event_type in {"CONSULT", "AGREE"}]
    assert hosted and all(e.actor_codes in (["MAR"], ["EGY"]) for e in hosted)


def test_a_bodys_one_word_name_inside_a_persons_name_is_a_name() -> None:
    # Wafa is a Palestinian news agency and a given name
    text = "AMMAN — Minister of State Wafa Bani Mustafa urged donors to fund the shelters for women."
    assert [e.actor_codes for e in events(text, published="2022-05-01") if e.event_type == "REQUEST"] == [["JOR"]]
    agency = events("The Palestinian news agency Wafa said Israeli troops raided the refugee camp on Monday.", published="2022-05-01")
    assert not any(e.attribution and e.attribution.source.code == "JOR" for e in agency)


def test_a_place_name_inside_a_persons_name_places_nothing() -> None:
    # Sabah is a Malaysian state and a name of Kuwait's ruling family
    text = ("KUWAIT: Sheikh Sabah Al-Khalid Al-Sabah met members of parliament on Sunday. Sheikh Sabah Al-Khalid Al-Sabah "
            "later urged the lawmakers to pass the budget.")
    assert not any("MYS" in e.actor_codes + e.recipient_codes for e in events(text))
    assert [e.actor_codes for e in events("Police in Sabah arrested three smugglers on Monday.") if e.event_type == "COERCE"] == [["MYS"]]
    # later named by those words alone, the person is still no place
    later = events("KUWAIT: The prime minister, Sheikh Sabah Al-Khalid Al-Sabah, resigned on Monday after a vote. "
                   "Sheikh Sabah firmly denied the allegations of corruption.")
    assert [e.actor_codes for e in later if e.event_type == "REJECT"] == [["KWT"]]
    # a place the parser alone takes for a person still places its police
    tortured = events("A former council member says she was beaten by police in Rajshahi's Puthia last week.")
    assert [e.actor_codes for e in tortured if e.event_type == "ASSAULT"] == [["BGD"]]


def test_a_bare_institution_word_belongs_to_the_story_s_country_unless_the_text_names_the_knowledge_base_s() -> None:
    india = events("BENGALURU: The Congress on Monday warned the state minister for his remarks about farmers.")
    assert [e.actor_codes for e in india if e.actor and e.actor[0].text == "Congress"] == [["IND"]]
    america = events("WASHINGTON: The U.S. Congress passed the bill on Monday. Congress also condemned Russia for the strikes.")
    assert any(e.actor_codes == ["USA"] and e.actor[0].text == "Congress" for e in america if e.event_type == "ACCUSE")
    # "urged Congress" with no article, and bodies only one country has, stay the knowledge base's
    assert [e.recipient_codes for e in events("KYIV: Zelensky urged Congress to approve the aid.") if e.event_type == "REQUEST"] == [["USA"]]
    assert [e.recipient_codes for e in events("BEIJING: China condemned the State Department for its remarks.")
            if e.event_type == "ACCUSE"] == [["USA"]]


def test_a_verb_staging_a_joint_drill_is_a_joint_exercise() -> None:
    from flashpoint import nlp
    from flashpoint.events.extract import joint_exercise
    from flashpoint.records import Actor

    doc = next(iter(nlp.parse(["Japan and the United States kicked off joint military exercises on Monday."])))
    kicked = next(t for t in doc if t.text == "kicked")
    sides = [Actor(text="Japan", code="JPN", sector=None, name=None, start=0, end=5),
             Actor(text="the United States", code="USA", sector=None, name=None, start=10, end=27)]
    # called joint, it is cooperation even when the text names one side only (the guide: joint exercises are COOPERATE)
    assert joint_exercise("MOBILIZE", kicked, kicked, sides[:1], [], "actual") == ("COOPERATE", sides[:1], [])
    category, actor, recipient = joint_exercise("MOBILIZE", kicked, kicked, sides, [], "actual")
    assert (category, [a.code for a in actor], recipient) == ("COOPERATE", ["JPN", "USA"], [])


def test_the_colorado_party_is_no_american_state() -> None:
    coded = events("ASUNCION - The Colorado Party condemned the opposition's alliance on Monday.")
    assert not any("USA" in e.actor_codes for e in coded)


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_placing_a_request_is_a_light_verb_for_the_request(typer: str) -> None:
    coded = events("Kenya has lodged an urgent request with the Ugandan authorities to hand over the suspects.", typer=typer)
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "REQUEST"] == [(["KEN"], ["UGA"])]


def test_a_letter_made_public_speaks_for_whoever_made_it_public() -> None:
    # the parser reads "made public an open letter" as a small clause ("made [a letter] public")
    coded = events("The Korean Residents Union in Japan made public an open letter calling for national reunification.")
    assert [e.actor_codes for e in coded if e.event_type == "REQUEST"] == [["JPN"]]


def test_it_asking_in_a_reported_statement_is_the_statements_issuer() -> None:
    text = ("The Party of Labour of Mexico issued a statement on Monday.\n\nThe Japanese army staged large drills near Korea "
            "last week. It called upon the governments of the world to oppose the drills.")
    request = [e for e in events(text) if e.event_type == "REQUEST"]
    assert request and request[0].actor_codes == ["MEX"] and request[0].actor[0].text == "It"


def test_he_in_a_clause_after_a_subject_naming_a_person_is_that_person() -> None:
    coded = events("The remarks by Foreign Minister Wang Yi of China came as he wrapped up a long meeting with "
                   "Secretary of State Antony Blinken.")
    meeting = [e for e in coded if e.event_type == "CONSULT"]
    assert meeting and meeting[0].actor_codes == ["CHN"] and meeting[0].recipient_codes == ["USA"]


def test_a_plan_announced_is_carried_out_by_whoever_announced_it() -> None:
    coded = events("Washington announced a plan to carry out a new anti-missile test next spring.")
    assert any(e.event_type == "MOBILIZE" and e.actor_codes == ["USA"] for e in coded)


def test_the_north_and_the_south_are_the_two_koreas_whoever_writes() -> None:
    coded = events("The DPRK Foreign Ministry on Monday rejected the South's proposal for talks.")
    assert any(e.event_type == "REJECT" and e.actor_codes == ["PRK"] and e.recipient_codes == ["KOR"] for e in coded)
    seoul = events("South Korea's military said on Sunday that the North fired artillery shells into the sea.")
    assert all("KOR" not in e.actor_codes for e in seoul if e.event_type in {"ASSAULT", "MOBILIZE"})


def test_a_puppet_body_in_a_story_of_the_peninsula_is_south_korean() -> None:
    coded = events("The DPRK accused the puppet group of slandering its policy.")
    assert any(e.event_type == "ACCUSE" and e.actor_codes == ["PRK"] and e.recipient_codes == ["KOR"] for e in coded)


def test_the_owner_of_what_is_seized_is_the_party_acted_on() -> None:
    coded = events("KATHMANDU, Nepal — Police raided the suspect's home on Sunday.")
    assert any(e.event_type == "COERCE" and e.recipient_codes == ["NPL"] for e in coded)
    own = events("KATHMANDU, Nepal — Police expanded their raids on Sunday.")
    assert not any(e.recipient_codes for e in own if e.event_type == "COERCE")


def test_a_party_asked_at_home_is_the_recipient_but_the_speakers_own_country_is_not() -> None:
    coded = events("KATHMANDU, Nepal — The opposition party demanded that the interior minister step down.")
    assert any(e.event_type == "REQUEST" and e.recipient_codes == ["NPL"] for e in coded)
    warned = events("President Kim Il Sung declared that the DPRK would never be afraid of a war with the U.S.")
    assert not any(e.recipient_codes == ["PRK"] for e in warned if e.event_type == "THREATEN")


def test_a_dateline_in_capitals_ended_by_a_comma_places_the_story() -> None:
    coded = events("BANDAR SERI BEGAWAN, March 3 (Example Wire): Lim Wei Ting denied the charges against him.")
    denial = [e for e in coded if e.event_type == "REJECT"]
    assert denial and denial[0].actor_codes == ["BRN"] and denial[0].actor[0].text == "Lim Wei Ting"


@pytest.mark.parametrize(("text", "country"), [
    # the wire credited in brackets is no party, nor what the story is about
    ("LAGOS (Reuters) - Police arrested dozens of protesters outside the stadium on Tuesday.", "NGA"),
    ("LAGOS, May 1 (Reuters) - Police arrested dozens of protesters outside the stadium on Tuesday.", "NGA"),
    # a town the knowledge base lacks, placed by the country after it; a date in brackets
    ("NAIVASHA, KENYA, Jun 3 2022 (Example Wire) - Police arrested dozens of protesters outside the stadium.", "KEN"),
    ("HARARE (May 6, 2021) — Police arrested dozens of protesters outside the stadium.", "ZWE"),
])
def test_a_wire_dateline_places_the_parties_the_story_does_not(text: str, country: str) -> None:
    arrests = [e for e in events(text, published="2022-06-03") if e.event_type == "COERCE"]
    assert arrests and arrests[0].actor_codes == [country] and arrests[0].recipient_codes == [country]


def test_a_story_filed_from_one_country_about_another_is_not_the_filing_countrys() -> None:
    # the dateline's place does not count towards what the story is about: no doer is supplied from it
    text = "Geneva, May 1 (Example Wire) - The Security Council condemned the attack on peacekeepers in Congo."
    attacks = [e for e in events(text, published="2024-05-02") if e.event_type == "ASSAULT"]
    assert attacks and "CHE" not in attacks[0].actor_codes


def test_the_party_an_acts_noun_is_for_is_its_recipient_even_unknown() -> None:
    # "support for X" after a verb the typer took for the act: X is the one supported, placed as an unknown object is
    coded = events("JAKARTA - The Indonesian party declared its support for Pranowo on Monday.", published="2024-05-02")
    assert [[(r.text, r.code) for r in e.recipient] for e in coded if e.event_type == "SUPPORT"] == [[("Pranowo", "IDN")]]
    # not the party another act reaches, which the judgement is about: the attack's target is not the one condemned
    coded = events("NAIROBI - Kenya condemned the attack on its consulate in the port city.", published="2024-05-02")
    assert [e.recipient for e in coded if e.event_type == "ACCUSE"] == [[]]


def test_a_friendship_body_named_again_is_that_body() -> None:
    text = ("The Chile-Korea Friendship Society issued a statement on Monday supporting the DPRK. "
            "The society also condemned Washington over its embargo.")
    assert [e.actor_codes for e in events(text, published="2024-05-02") if e.event_type == "ACCUSE"] == [["CHL"]]


def test_the_doer_of_a_relative_clause_is_the_one_it_is_about() -> None:
    # a person the knowledge base lacks, told as the doer in a "who" clause, is kept, placed as an unknown subject is
    text = "MONTEVIDEO - Hundreds gathered outside the court to greet the lawyer Jorge Pena, who accused the governor of fraud last week."
    accusations = [e for e in events(text, published="2024-05-02") if e.event_type == "ACCUSE"]
    assert accusations and [(a.text, a.code) for a in accusations[0].actor] == [("Jorge Pena", "URY")]
    # a word for a person in a role is as good as a name
    accusations = [e for e in events("LIMA - The banker, who accused the minister of fraud, left the country on Friday.",
                                     published="2024-05-02") if e.event_type == "ACCUSE"]
    assert accusations and [(a.text, a.code) for a in accusations[0].actor] == [("The banker", "PER")]


def test_a_story_naming_two_countries_equally_is_at_home_in_the_first() -> None:
    coded = events("The Algerian army and the Venezuelan navy held joint drills on Monday.\n\n"
                   "Local officials condemned the decision to close the port.")
    assert any(e.event_type == "ACCUSE" and e.actor_codes == ["DZA"] for e in coded)


def test_an_act_told_as_the_way_a_party_acted_is_that_partys() -> None:
    coded = events("The row deepened after Lisbon came out strongly in support of the Spanish proposal.")
    assert any(e.event_type == "SUPPORT" and e.actor_codes == ["PRT"] for e in coded)
    coped = events("Japan says it must be ready to cope with missile attacks.")
    assert not any(e.event_type == "ASSAULT" and "JPN" in e.actor_codes for e in coped)


def test_a_friendship_body_of_two_countries_sits_in_the_first() -> None:
    coded = events("The Slovenia-DPRK Friendship Association on Monday condemned the south Korean authorities.")
    assert any(e.event_type == "ACCUSE" and e.actor_codes == ["SVN"] for e in coded)


def test_the_one_made_to_act_is_the_actor_of_the_act() -> None:
    coded = events("Pressure from Washington led Manila to threaten to quit the negotiations.")
    assert any(e.event_type == "THREATEN" and e.actor_codes == ["PHL"] for e in coded)
    visit = events("Kim Jong Il visited Russia in August to hold talks with Dmitry Medvedev.")
    assert all(e.actor_codes == ["PRK"] for e in visit if e.event_type == "CONSULT")


def test_drills_and_tests_of_a_party_are_performed_by_it() -> None:
    coded = events("Former soldiers rallied in Busan on Friday to condemn the war drills of the United States and "
                   "Seoul's army.")
    assert any(e.event_type == "COOPERATE" and set(e.actor_codes) == {"KOR", "USA"} for e in coded)
    tested = events("The missile test of the DPRK alarmed Tokyo.")
    assert any(e.event_type == "MOBILIZE" and e.actor_codes == ["PRK"] for e in tested)


def test_what_is_visited_or_met_must_be_a_party_for_a_consult() -> None:
    camp = events("WINDHOEK, Namibia — The U.S. envoy also toured a clinic where patients get care paid for by the "
                  "United States.")
    assert not [e for e in camp if e.event_type == "CONSULT"]
    met = events("The lawyer argued the minister had met every legal requirement to dismiss the official.")
    assert not [e for e in met if e.event_type == "CONSULT"]
    assert any(e.event_type == "CONSULT" for e in events("Putin met the Chinese delegation in Moscow."))


def test_it_voicing_after_a_body_placed_by_its_own_name_is_that_body() -> None:
    coded = events("The Solidarity Front for Political Prisoners in south Korea held a rally on Monday.\n\n"
                   "It deplored that the jailed activists are forced to live in misery.")
    assert any(e.event_type == "ACCUSE" and e.actor_codes == ["KOR"] and e.actor[0].text == "It" for e in coded)


def test_declining_to_comment_is_no_rejection() -> None:
    assert not [e for e in events("The ministry declined to comment on the report.") if e.event_type == "REJECT"]
    assert any(e.event_type == "REJECT" for e in events("Iran refused to comply with the IAEA resolution."))


def test_a_question_asked_is_no_request() -> None:
    for text in ("The officer asked if she had called him stupid.",
                 "The minister reached out to the villagers and asked them about the relief camps."):
        assert not [e for e in events(text) if e.event_type == "REQUEST"], text
    assert any(e.event_type == "REQUEST" and e.recipient_codes == ["CHN"]
               for e in events("Japan asked China to release the detained crew."))


def test_an_obligation_laid_on_a_party_of_the_speakers_own_country_is_made_of_it() -> None:
    coded = events("ACCRA (Wire) - Ghana's health minister said on Friday that pharmacists must stop selling antibiotics without prescriptions.")
    assert any(e.event_type == "REQUEST" and e.actor_codes == ["GHA"] and e.recipient_codes == ["GHA"]
               and e.recipient[0].text == "pharmacists" for e in coded)
    # the speaker's own resolve, or the story's home standing in for a doer no word names, is no party obliged
    own = events("ACCRA (Wire) - \"It must stop selling antibiotics without prescriptions,\" Ghana's health ministry said on Friday.")
    assert [e.recipient_codes for e in own if e.event_type == "REQUEST"] == [[]]


def test_a_named_exercise_stands_for_the_countries_holding_it() -> None:
    condemned = events("North Korea condemned the Team Spirit drills.")
    assert any(e.event_type == "ACCUSE" and set(e.recipient_codes) == {"USA", "KOR"} for e in condemned)
    coded = events("The annual Balikatan joint military exercises kicked off near Manila on Monday. "
                   "China said the Balikatan joint military exercises were a threat to peace.")
    # told first, the exercise is its holders' cooperation; named again, it is only what the accusation is about
    assert [set(e.actor_codes) for e in coded if e.event_type == "COOPERATE"] == [{"USA", "PHL"}]
    assert any(e.event_type == "ACCUSE" and e.actor_codes == ["CHN"] and set(e.recipient_codes) == {"USA", "PHL"} for e in coded)
    # an exercise the data file does not name has no holders of its own
    assert not [e for e in events("The annual Sea Lotus joint military exercises kicked off on Monday.") if e.event_type == "COOPERATE"]


@pytest.mark.parametrize(("text", "event_type", "sense_held"), [
    # a release frees a party, not a document
    ("The Cuban writers' union released an indictment laying bare the crimes of the blockade.", "RETREAT", False),
    ("The Colombian rebels released two kidnapped engineers on Monday.", "RETREAT", True),
    # handing in retreats only when a resignation is handed in
    ("The Peruvian report was submitted by Finance Minister Pedro Franke.", "RETREAT", False),
    ("Kuwait's prime minister submitted the cabinet's resignation to the emir on Monday.", "RETREAT", True),
    # a conviction voiced is a belief, one won in court a sanction
    ("The Mongolian delegation voiced its conviction that relations with Laos would grow.", "SANCTION", False),
    # an assurance that something is so is a claim; a promise says what will be done
    ("The Bolivian minister assured that the relief supplies were delivered on time.", "AGREE", False),
    ("The Bolivian minister assured Peru that the relief supplies would be delivered on time.", "AGREE", True),
])
def test_a_sense_holds_only_with_the_words_it_needs(text: str, event_type: str, sense_held: bool) -> None:
    assert any(e.event_type == event_type for e in events(text)) == sense_held, text


def test_the_words_of_a_quoted_title_or_slogan_tell_no_act() -> None:
    for text in ('The Cuban weekly carried an article titled "Who threatens Venezuela" on Monday.',
                 'The Laotian students marched under the slogan "Let us crush the invaders!" on Monday.'):
        assert not [e for e in events(text) if e.event_type in {"THREATEN", "ASSAULT"}], text
    # words quoted as what a party said are its words
    assert any(e.event_type == "THREATEN" for e in events('Cuba said "the United States threatens Venezuela" on Monday.'))


def test_a_title_is_a_party_and_a_handed_invitation_is_the_handers() -> None:
    invited = events("Ghana's president invited the Togolese president to visit Accra.")
    assert [(e.event_type, e.trigger.text) for e in invited] == [("AGREE", "invited")]
    handed = events("The Ghanaian foreign minister handed the Togolese president an invitation to visit Ghana.")
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in handed] == [("AGREE", ["GHA"], ["TGO"])]


def test_what_a_standing_text_calls_for_is_no_request() -> None:
    for text in ("The joint communique of the two Koreas calls for a reunion of separated families.",
                 "The peace agreement calls for the withdrawal of Rwandan troops from Congo."):
        assert not [e for e in events(text) if e.event_type == "REQUEST"], text
    # a party's own call, and a text's past demand, which is its issuer's
    assert any(e.event_type == "REQUEST" for e in events("Greece calls for a joint fisheries council with Turkey."))
    assert any(e.event_type == "REQUEST" for e in events("The declaration of the Chilean unions called for a general strike."))


def test_a_gathering_told_by_who_attended_is_no_meeting() -> None:
    for text in ("Ghana's president held talks with the Danish trade minister on Sunday. The talks were attended by the Danish ambassador to Ghana.",
                 "The parade, attended by Egyptian President Abdel Fattah al-Sisi, was held in Cairo."):
        assert not [e for e in events(text) if e.event_type == "CONSULT" and e.trigger.text == "attended"], text
    assert any(e.event_type == "CONSULT" and e.trigger.text == "attended"
               for e in events("The Indian ambassador attended the summit of African leaders in Nairobi."))


@pytest.mark.parametrize(("text", "event_type", "unwanted"), [
    # what a judged event noun's "of" names is its patient, not its owner
    ("Turkey condemned the shelling of Syrian villages.", "ACCUSE", ("TUR", "SYR")),
    # a pronoun owner the sentence itself names is mostly the doer
    ("Putin denounced his remarks.", "ACCUSE", ("RUS", "RUS")),
    # soldiers and officers are either side's, not the place's
    ("Russian troops shot the officer near Kharkiv.", "ASSAULT", ("RUS", "RUS")),
    # a demand's owner asks; the one asked is to act
    ("Russia ignored Ukraine's demand to withdraw its troops from Crimea.", "RETREAT", ("UKR", None)),
    # "the north of the country" is a region
    ("South Korea said it sent troops to the north of the country to help flood victims.", "MOBILIZE", ("KOR", "PRK")),
    # people freed are not the ones a demand for their release is aimed at
    ("TOKYO - Japan demanded the release of Japanese nationals held in North Korea.", "REQUEST", ("JPN", "JPN")),
    # the international community is no party of the story's country
    ("KYIV - The president urged the international community to send more air defence systems.", "REQUEST", ("UKR", "UKR")),
    # a party acted on in a story filed from a hub is of the country the story is about, not the hub's
    ("BANGKOK - Myanmar's military arrested a police officer on Monday.", "COERCE", ("MMR", "THA")),
    # a clause about people does not place them
    ("NAIROBI - Kenyan police arrested four individuals suspected of links to al-Shabaab.", "COERCE", ("KEN", "SOM")),
])
def test_review_overreaches_stay_fixed(text: str, event_type: str, unwanted: tuple[str, str | None]) -> None:
    actor, recipient = unwanted
    coded = [e for e in events(text) if e.event_type == event_type]
    assert not [e for e in coded if actor in e.actor_codes and (recipient is None or recipient in e.recipient_codes)], coded


def test_failing_to_agree_is_no_rejection_and_a_headline_in_capitals_is_no_dateline() -> None:
    assert not [e for e in events("Israel and Hamas failed to agree on a ceasefire.") if e.event_type == "REJECT"]
    coded = events("RUSSIA, CHINA SIGN ENERGY PACT\n\nPolice arrested protesters in the capital.")
    assert not any("RUS" in e.actor_codes for e in coded if e.event_type == "COERCE")


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), [
    # an event noun's pronoun owner is the subject of a clause that governs it
    ("The two leaders agreed to make sure Russia pays a heavy price for its invasion of Ukraine.", "ASSAULT", "RUS", "UKR"),
    # whose stand or statement is judged: its owner named after "of"
    ("The Italy-Korea Friendship Association strongly backs this stand of the DPRK on space development.", "SUPPORT", "ITA", "PRK"),
    # what a party is provided with reaches that party
    ("Russia on Monday provided the DPRK with a grant of 50,000 tons of food.", "AID", "RUS", "PRK"),
    # Chongryon speaks for the DPRK
    ("Chongryon on Friday denounced the U.S. in a statement.", "ACCUSE", "PRK", "USA"),
    # a reception given with no guest named: the country it was given in is the guest
    ("The Vietnamese ambassador to the DPRK gave a reception at a Pyongyang hotel on Tuesday.", "CONSULT", "PRK", "VNM"),
    # ... or the country its host is posted in, or the other side of the pair the occasion marks
    ("The Cuban embassy in Hanoi gave a reception on Friday to mark the national day.", "CONSULT", "VNM", "CUB"),
    ("The Lao envoy to the DPRK held a reception on Monday for the anniversary of the revolution.", "CONSULT", "PRK", "LAO"),
    ("The Vietnam-Laos Friendship Association held a banquet in Hanoi for the anniversary of the treaty.", "CONSULT", "LAO", "VNM"),
    ("Meanwhile, Vietnamese Consul General in Osaka Tran Van Minh arranged a reception on Tuesday.", "CONSULT", "JPN", "VNM"),
])
def test_who_did_it_to_whom(text: str, event_type: str, actor: str, recipient: str) -> None:
    coded = events(text, published="2012-05-01")
    assert any(e.event_type == event_type and e.actor_codes == [actor] and e.recipient_codes == [recipient] for e in coded), coded


@pytest.mark.parametrize("text", ["Chile's foreign ministry demanded that Peru stop the border patrols at once.",
                                  "Chile's foreign minister said Peru should stop the border patrols at once."])
def test_one_act_told_by_two_triggers_is_one_event(text: str) -> None:
    requests = [e for e in events(text, published="2023-10-02") if e.event_type == "REQUEST"]
    assert [(e.actor_codes, e.recipient_codes) for e in requests] == [(["CHL"], ["PER"])]


def test_invective_about_the_subject_of_a_for_clause_accuses_that_subject() -> None:
    text = cuban_statement("It is shameless for the Canadian government to try to hide its own record, the statement says.")
    assert [(e.actor_codes, e.recipient_codes) for e in events(text) if e.event_type == "ACCUSE"] == [(["CUB"], ["CAN"])]


@pytest.mark.parametrize("text", [
    # guests named, of the host's own country: not the country of the place
    "The Cuban embassy in Caracas gave a reception for Cuban doctors working in Venezuela.",
    # the pair of another meeting told beside the dinner is not its guests
    "The Turkish foreign minister hosted a dinner in Antalya after the Russia-Ukraine talks.",
])
def test_guests_are_not_guessed_past_the_words_that_name_them(text: str) -> None:
    coded = [e for e in events(text, published="2012-05-01") if e.event_type == "CONSULT" and e.trigger.text in {"gave", "dinner"}]
    assert coded and all(e.recipient_codes == [] for e in coded), coded


def test_a_meeting_between_two_sides_has_both_as_actors() -> None:
    coded = events("The meeting between Vladimir Putin and Xi Jinping lasted three hours, state media said.", published="2023-05-01")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "CONSULT"] == [(["CHN", "RUS"], [])]


def test_the_visit_of_a_party_makes_it_the_visitor() -> None:
    coded = events("The visit of the Chinese premier to Vietnam ended on Friday.", published="2011-06-01")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "CONSULT"] == [(["CHN"], ["VNM"])]


def test_the_tour_of_a_place_names_no_visitor() -> None:
    coded = events("The Cuban ministry said the tour of Havana's old town would resume in May.", published="2011-06-01")
    assert not [e for e in coded if e.event_type == "CONSULT" and e.actor_codes]


def test_a_rank_before_a_surname_must_be_that_persons_rank() -> None:
    # Abdullah Abdullah was never an emir
    coded = events("AMMAN - Jordan's newspapers quoted Abdullah Abdullah on Monday.\n\n"
                   "Emir Abdullah later received the Egyptian foreign minister.", published="2022-07-04")
    consult = [e for e in coded if e.event_type == "CONSULT"]
    assert consult and not any("AFG" in e.actor_codes + e.recipient_codes for e in consult)


def test_a_stance_noun_stressed_by_a_party_is_that_partys_act() -> None:
    coded = events("The editorial of the Peruvian newspapers underlines the need to reopen talks with Chile.")
    assert [e.actor_codes for e in coded if e.event_type == "REQUEST"] == [["PER"]]


def test_talks_between_two_sides_keep_both_when_a_verb_tells_them() -> None:
    coded = events("The talks between Serbia and Kosovo began in Brussels on Monday.", published="2023-05-01")
    assert [sorted(e.actor_codes) for e in coded if e.event_type == "CONSULT"] == [["SRB", "XKX"]]


def test_what_a_speaker_highlights_is_not_the_speakers_act() -> None:
    coded = events("The UN chief highlighted the attacks on aid workers in Gaza.", published="2023-05-01")
    assert not [e for e in coded if e.event_type == "ASSAULT" and "IGO" in e.actor_codes]


def test_an_exercise_involving_foreign_troops_is_not_one_countrys() -> None:
    from flashpoint import nlp
    from flashpoint.events.extract import joint_exercise
    from flashpoint.records import Actor

    doc = next(iter(nlp.parse(["The Armenian army staged exercises involving American troops near Yerevan."])))
    exercises = next(t for t in doc if t.text == "exercises")
    army = [Actor(text="The Armenian army", code="ARM", sector="MIL", name=None, start=0, end=17)]
    assert joint_exercise("COOPERATE", exercises, exercises, army, [], "actual")[0] == "COOPERATE"


@pytest.mark.parametrize("said", ["It is intolerable for Canada to suffer under the cruel American tariffs, the statement says.",
                                  "It would be reckless for Canada to allow foreign troops on its soil, the statement says."])
def test_invective_for_a_victim_or_as_advice_accuses_no_one_of_the_clause(said: str) -> None:
    assert not [e for e in events(cuban_statement(said)) if e.event_type == "ACCUSE" and "CAN" in e.recipient_codes]


def test_a_word_for_a_party_is_no_trigger_the_verb_tells_the_act() -> None:
    coded = events("Chilean President Gabriel Boric hosted his Peruvian counterpart in Santiago on Friday.", published="2023-05-01")
    assert [(e.actor_codes, e.recipient_codes, e.trigger.text) for e in coded if e.event_type == "CONSULT"] == [(["PER"], ["CHL"], "hosted")]


@pytest.mark.parametrize("relation", ["cooperation", "partnership"])
def test_cooperation_named_only_as_a_noun_is_background(relation: str) -> None:
    # the guide: ongoing relations named as nouns are not coded; the praise is
    coded = events(f"The ministers praised the growing {relation} between Chile and Peru.", published="2023-05-01")
    assert [e.event_type for e in coded] == ["SUPPORT"]


@pytest.mark.parametrize(("text", "agreed"), [("Chile's commitment to free trade is well known.", False),
                                              ("Chile made a commitment to open its ports to Peruvian ships.", True)])
def test_a_commitment_is_a_promise_only_with_what_it_promises(text: str, agreed: bool) -> None:
    assert any(e.event_type == "AGREE" for e in events(text, published="2023-05-01")) is agreed


@pytest.mark.parametrize("text", ["Japan's defence minister said the North Korean nuclear threat was growing.",
                                  "The governor called the storm a threat to the coastal towns."])
def test_a_threat_that_names_a_danger_is_no_threat_made(text: str) -> None:
    assert all(e.event_type != "THREATEN" for e in events(text, published="2023-05-01"))


def test_what_a_threat_told_as_a_noun_threatens_is_not_coded_apart() -> None:
    coded = events("The Peruvian army made threats to occupy the Chilean border town.", published="2023-05-01")
    assert [e.event_type for e in coded] == ["THREATEN"]


@pytest.mark.parametrize(("text", "coded"), [("The Peruvian cabinet held a meeting in Lima on Monday.", False),
                                             ("Peru held a meeting with Chile in Lima on Monday.", True),
                                             ("The Peru-Chile meeting ended in Lima on Monday.", True)])
def test_a_meeting_that_names_no_second_side_is_held_inside_one_body(text: str, coded: bool) -> None:
    assert bool([e for e in events(text, published="2023-05-01") if e.event_type == "CONSULT"]) is coded


@pytest.mark.parametrize(("text", "event_type"), [
    ("An agreement on trade was reached between the governments of Chile and Peru on Monday.", "AGREE"),
    ("Both ministers backed resuming the dialogue between Serbia and Kosovo in the autumn.", "CONSULT"),
])
def test_sides_between_a_verbs_object_or_a_light_verbs_noun_are_all_actors(text: str, event_type: str) -> None:
    coded = [e for e in events(text, published="2023-05-01") if e.event_type == event_type]
    assert coded and all(len(e.actor_codes) == 2 and not e.recipient for e in coded)


def test_one_armys_combined_drill_is_a_show_of_force() -> None:
    from flashpoint import nlp
    from flashpoint.events.extract import joint_exercise
    from flashpoint.records import Actor

    doc = next(iter(nlp.parse(["The Chilean army staged a combined strike drill of its three services on Monday."])))
    drill = next(t for t in doc if t.text == "drill")
    army = [Actor(text="The Chilean army", code="CHL", sector="MIL", name=None, start=0, end=16)]
    assert joint_exercise("COOPERATE", drill, drill, army, [], "actual")[0] == "MOBILIZE"




def test_an_agentless_state_act_with_no_place_is_that_of_the_country_of_whom_it_befell() -> None:
    # no place and no dateline: the authorities of the detained person's country did it
    remanded = events("A Kenyan opposition organiser was remanded in custody on Tuesday.")
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in remanded] == [("COERCE", ["KEN"], ["KEN"])]
    # a named place still decides
    abroad = events("A Kenyan opposition organiser was detained in Kampala on Tuesday.")
    assert [(e.event_type, e.actor_codes) for e in abroad] == [("COERCE", ["UGA"])]


def test_a_papers_scorn_for_what_a_party_did_is_its_accusation() -> None:
    # invective in the paper's own voice about the act just told: ACCUSE by the paper's country of the doer
    text = ("The Japanese defence ministry is handing out leaflets about the islands to schoolchildren. "
            "Rodong Sinmun Friday observes in a commentary:\nThis is nothing but a shameful farce.")
    assert any(e.event_type == "ACCUSE" and e.actor_codes == ["PRK"] and e.recipient_codes == ["JPN"] for e in events(text))
    plain = ("The Japanese defence ministry is handing out leaflets about the islands to schoolchildren. "
             "Rodong Sinmun Friday observes in a commentary:\nThis is nothing but a new school term.")
    assert not any(e.event_type == "ACCUSE" for e in events(plain))


def test_a_party_acted_on_that_nothing_places_is_of_the_actors_country() -> None:
    # "detained two students", "criticised the teachers": named, placed by nothing, so the actor's own people
    detained = events("Kenyan police detained two journalists on Monday.")
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in detained] == [("COERCE", ["KEN"], ["KEN"])]
    # but not a pronoun, which may stand for anyone
    assert all(not e.recipient_codes for e in events("Kenyan police detained them outside the court on Monday."))
    # (praise of them is the guide's domestic praise, not coded: a charge instead)
    blamed = events("The Kenyan president criticised the teachers for the strike.")
    assert [(e.event_type, e.recipient_codes) for e in blamed] == [("ACCUSE", ["KEN"])]
    # a thing seized is no party
    seized = events("Kenyan police seized two lorries outside the court on Monday.")
    assert all(not e.recipient_codes for e in seized)


def test_an_agentless_state_act_is_the_story_s_country_s_but_never_done_by_the_state_it_befalls() -> None:
    # the country the story is about acts on its own people and on the foreigners in it; a state's own fate names
    # no actor
    abroad = events("Iran has stepped up its crackdown on foreigners since the protests in Iran began. "
                    "A British aid worker was detained on Tuesday.")
    assert [e.actor_codes for e in abroad if e.trigger.text == "detained"] == [["IRN"]]
    suspended = events("Niger was suspended from the African Union on Tuesday.")
    assert all("NER" not in e.actor_codes for e in suspended)


def test_an_act_naming_no_doer_on_the_story_s_own_people_is_its_own_side_s_but_not_on_the_country_itself() -> None:
    urged = events("NAIROBI — Kenyan voters were urged on Monday to turn out early for the election.")
    assert [(e.actor_codes, e.recipient_codes) for e in urged if e.event_type == "REQUEST"] == [(["KEN"], ["KEN"])]
    promised = events("LIMA — Peruvian farmers were promised new water pumps by the end of the year.")
    assert [e.actor_codes for e in promised if e.event_type == "AGREE"] == [["PER"]]
    # the country itself (or a place in it) is no people of its own: who urged or promised it is unknown
    for text in ("NAIROBI — Kenya was urged on Monday to repay its loans before the election.",
                 "LIMA — Peru was promised new water pumps by the end of the year."):
        assert not any(e.actor_codes for e in events(text) if e.event_type in {"REQUEST", "AGREE"})
    # nor are the killers of a country's own people its own side, when the story is of an attack from abroad
    killed = events("KYIV — Russia launched dozens of missiles at Ukrainian cities overnight. "
                    "At least twelve Ukrainian civilians were killed in the capital, Ukrainian officials said.")
    assert [e.actor_codes for e in killed if e.event_type == "ASSAULT"] == [[]]
    invited = events("KYIV — Russia launched missiles at Kyiv. Ukrainian officials were invited to the summit in Switzerland.")
    assert [e.actor_codes for e in invited if e.event_type == "AGREE"] == [[]]
    # a story naming no other country tells a domestic crime, but not an air strike nor an attack on the state's forces
    murdered = events("WINDHOEK — A Namibian trader was murdered outside his shop on Monday, police said.")
    assert [e.actor_codes for e in murdered if e.event_type == "ASSAULT"] == [["NAM"]]
    for text in ("SANAA — Yemeni civilians were killed in an airstrike on a market, officials said.",
                 "BEIRUT — The Lebanese Army was attacked near the border."):
        assert [e.actor_codes for e in events(text) if e.event_type == "ASSAULT"] == [[]]
    # a named speaker's demand is the speaker's, not the story's country's
    voiced = events("NAIROBI — Kenyan voters were urged to turn out early, President William Ruto said on Monday.")
    assert [(e.actor[0].text, e.actor_codes) for e in voiced if e.event_type == "REQUEST"] == [("William Ruto", ["KEN"])]


# what the words declare decides the category: a protest or greeting sent in writing is that act, not a
# consultation; a plea in court admits ("guilty") or denies ("not guilty") the charge
DECLARED = [
    ("Vietnam sent a protest note to China over the oil rig.", [("ACCUSE", ["VNM"])]),
    ("Fiji sent a congratulatory message to the president of Samoa.", [("SUPPORT", ["FJI"])]),
    ("The former Zambian minister pleaded not guilty to four counts of graft.", [("REJECT", ["ZMB"])]),
    ("The former Zambian minister pleaded guilty to taking bribes.", [("CONCEDE", ["ZMB"])]),
]


@pytest.mark.parametrize("typer", ["rules", "learned"])
@pytest.mark.parametrize(("text", "expected"), DECLARED)
def test_what_the_words_declare_decides_the_category(typer: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(e.event_type, e.actor_codes) for e in events(text, typer=typer)] == expected


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_an_envoy_sent_or_a_plea_for_aid_keeps_its_own_category(typer: str) -> None:
    assert any(e.event_type == "CONSULT" for e in events("Vietnam sent an envoy to China for talks on the oil rig.", typer=typer))
    assert any(e.event_type == "REQUEST" for e in events("The Zambian president pleaded with donors for more flood aid.", typer=typer))


def test_an_act_with_no_doer_named_is_the_story_s_country_s_unless_done_to_it() -> None:
    # a story about Kenya, filed there (the dateline names the actor) or with no dateline
    filed = events("NAIROBI — A statement by Kenya's opposition was read on Monday. A second statement was issued "
                   "denouncing the United States for its new sanctions.")
    assert [(e.actor_codes, e.actor[0].text) for e in filed if e.event_type == "ACCUSE"] == [(["KEN"], "NAIROBI")]
    about = events("Kenya's parliament met on Monday in Nairobi. A statement was issued denouncing the United States for its new sanctions.")
    assert [e.actor_codes for e in about if e.event_type == "ACCUSE"] == [["KEN"]]
    # a country does not denounce itself, and a bureau abroad says nothing of who acted: the doer stays unnamed
    itself = events("NAIROBI — A statement was issued on Monday denouncing Kenya for its new taxes.")
    assert [e.actor_codes for e in itself if e.event_type == "ACCUSE"] == [[]]
    abroad = events("WASHINGTON — A statement was issued in Kyiv on Monday denouncing Russia for the blockade.")
    assert [e.actor_codes for e in abroad if e.event_type == "ACCUSE"] == [[]]


@pytest.mark.parametrize("text", ["KYIV — Ukraine's government met on Monday. Kharkiv was shelled overnight, killing five civilians.",
                                  "WASHINGTON — Kharkiv was shelled overnight, killing five civilians."])
def test_an_attack_with_no_doer_named_is_not_the_country_it_struck_nor_the_bureau_s(text: str) -> None:
    assert [e.actor_codes for e in events(text) if e.event_type == "ASSAULT"] == [[]]


@pytest.mark.parametrize("text", ["Tanzania, accused of blocking trucks at the border, said nothing.",
                                  "Tanzania was accused of blocking trucks at the border."])
def test_the_party_charged_in_the_passive_or_a_participle_did_the_act(text: str) -> None:
    # Kenya is named first, so only the charge makes Tanzania the one who blocked
    coded = events("Kenya's president spoke on Monday in Nairobi. " + text)
    assert [e.actor_codes for e in coded if e.event_type == "COERCE"] == [["TZA"]]


def test_an_act_charged_with_its_own_doer_is_that_doer_s() -> None:
    coded = events("Japan was warned of North Korea launching a satellite this week.")
    assert [e.actor_codes for e in coded if e.event_type == "MOBILIZE"] == [["PRK"]]


def test_forces_moved_in_the_passive_are_their_own_country_s() -> None:
    coded = events("About 1,000 American soldiers had been stationed at two bases in Niger.")
    assert [(e.event_type, e.actor_codes, e.actor[0].text, e.recipient_codes) for e in coded] == [
        ("MOBILIZE", ["USA"], "American soldiers", ["NER"])]
    # the nearest subject, not a dateline the parser takes for one
    dated = events("Pyongyang, March 2 (KCNA) -- U.S. strategic bombers were deployed over south Korea.")
    assert [e.actor_codes for e in dated if e.event_type == "MOBILIZE"] == [["USA"]]
    # what the forces can reach is not whose they are
    reach = events("Missiles capable of reaching Japan were deployed along the coast, North Korea's army said in Pyongyang.")
    assert all("JPN" not in e.actor_codes for e in reach)


def test_a_person_unknown_to_the_knowledge_base_is_placed_by_the_apposition_describing_them() -> None:
    # the story is about Korea, so only the apposition makes him Nigerian
    member = events("Korea marked the birthday of Kim Jong Il on Monday. "
                    "Musa Bello Kanu, chairman of a Nigerian committee for friendship with Korea, praised Kim Jong Il.")
    assert [(e.actor_codes, e.actor[0].text) for e in member if e.event_type == "SUPPORT"] == [(["NGA"], "Musa Bello Kanu")]
    # where an envoy is sent is not where they belong
    envoy = events("South Korea's president spoke in Seoul on Monday. Musa Bello Kanu, the envoy to Mali, praised the president.")
    assert all("MLI" not in e.actor_codes for e in envoy)


@pytest.mark.parametrize(("again", "code"), [("The group", "CHN"), ("The coast guard", "VNM")])
def test_a_definite_bare_noun_is_the_party_an_earlier_subject_with_that_noun_named(again: str, code: str) -> None:
    # the story is mostly about Vietnam; only "the group" (not "the coast guard") names the Chinese militia again
    coded = events("Vietnam accused China of piracy on Monday, and Vietnamese fishermen in the region said they feared "
                   "for their boats. A Chinese militia group rammed a Vietnamese fishing boat near the islands on Sunday. "
                   f"{again} also seized the boat's catch.")
    assert [e.actor_codes for e in coded if e.event_type == "COERCE"] == [[code]]


def test_the_title_an_apposition_gave_is_that_persons_when_named_again() -> None:
    text = ("Cuba's leader received a letter from Amadou Diallo, president of Guinea, on Monday. "
            "The president in his letter praised the Cuban people.")
    assert [e.actor_codes for e in events(text) if e.event_type == "SUPPORT" and "praised" in e.trigger.text] == [["GIN"]]
    alone = "Cuba's leader spoke in Havana on Monday. The president in his speech praised the Cuban people."
    assert all("GIN" not in e.actor_codes for e in events(alone))
    # a sentence that names its own president as such keeps "the president" for them
    own = events("President Luiz Inacio Lula da Silva met Gustavo Petro, president of Colombia, in Brasilia. "
                 "The president later criticised the central bank.")
    assert [e.actor_codes for e in own if e.event_type == "ACCUSE"] == [["BRA"]]


@pytest.mark.parametrize("subject", ["The drills", "Their drills"])
def test_an_act_named_again_by_its_noun_is_its_doers_in_a_commentary(subject: str) -> None:
    # the drills were told with a verb ("kicked off"), and are named again as "the drills" or "their drills"
    coded = events("Japan kicked off naval drills near the Korean coast on Monday. Rodong Sinmun says in a commentary:\n"
                   f"{subject} are a dangerous provocation against the DPRK.", published="2012-03-02")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "ACCUSE"] == [(["PRK"], ["JPN"])]


@pytest.mark.parametrize(("text", "tested"), [("Iran's test of a new cruise missile alarmed the Gulf states.", True),
                                               ("Israel condemned Iran's test of a new cruise missile.", True),
                                               ("The test of the new stadium lights in Tehran went well on Sunday.", False),
                                               ("The election is a test of Iran's nuclear diplomacy.", False)])
def test_what_a_test_is_of_tells_its_kind(text: str, tested: bool) -> None:
    coded = events(text, published="2023-05-01")
    assert [e.actor_codes for e in coded if e.event_type == "MOBILIZE"] == ([["IRN"]] if tested else [])


@pytest.mark.parametrize(("text", "category", "code"), [
    ("After the latest series of missile launches by Iran, the two ministers met in Doha.", "MOBILIZE", "IRN"),
    ("Given the recent wave of drone strikes by Russia, the two ministers met in Warsaw.", "ASSAULT", "RUS")])
def test_the_agent_of_a_series_of_acts_is_each_act_s(text: str, category: str, code: str) -> None:
    # the parser attaches "by" to the series, not to the acts in it
    assert [e.actor_codes for e in events(text, published="2023-05-01") if e.event_type == category] == [[code]]


def test_fighting_between_two_sides_has_both_as_actors() -> None:
    coded = events("YEREVAN — Fresh clashes between Armenia and Azerbaijan broke out along the border on Monday.", published="2023-05-01")
    assert [(sorted(e.actor_codes), e.recipient_codes) for e in coded if e.event_type == "ASSAULT"] == [(["ARM", "AZE"], [])]
    # a target that lies between two countries makes neither the attacker
    shelled = events("The Rafah crossing between Gaza and Egypt was shelled on Tuesday.", published="2023-05-01")
    assert [e.actor_codes for e in shelled if e.event_type == "ASSAULT"] == [[]]


def test_an_act_a_party_reacts_to_is_not_that_party_s() -> None:
    # "criticized the drills" does not make China their doer when "the drills" is named again
    coded = events("The US and South Korea held joint drills near the border. China criticized the drills on Monday. "
                   "KCNA said:\nThe drills are a dangerous provocation against the DPRK.", published="2023-05-01")
    assert [sorted(e.recipient_codes) for e in coded if e.event_type == "ACCUSE" and e.actor_codes == ["PRK"]] == [["KOR", "USA"]]


def test_an_empty_by_phrase_leaves_the_series_agent_to_its_modifier() -> None:
    coded = events("A wave of Russian drone strikes by night hit Kyiv.", published="2023-05-01")
    assert any(e.event_type == "ASSAULT" and e.actor_codes == ["RUS"] for e in coded)


def test_a_planned_deployment_or_drill_is_mobilize_but_a_planned_joint_drill_an_agreement() -> None:
    # the manual: readying force is MOBILIZE whether done or planned; only cooperation to come reduces to AGREE
    for text in ("The Philippine navy announced that it would hold field exercises off the coast next week.",
                 "Japan plans to send a destroyer and patrol planes to the region."):
        coded = events(text, published="2024-03-04")
        assert [(e.event_type, e.modality) for e in coded] == [("MOBILIZE", "future")]
    joint = events("The Philippine navy announced that it would hold exercises with the Japanese navy next week.", published="2024-03-04")
    assert "MOBILIZE" not in [e.event_type for e in joint]
    # drills agreed on are the agreement; what a plan does to drills is no readying of force
    for text in ("Iran and Russia agreed to hold naval drills in the Gulf next year.",
                 "The U.S. plans to scale back military exercises in South Korea."):
        assert [e.event_type for e in events(text, published="2024-03-04")] == ["AGREE"]
    assert "MOBILIZE" not in [e.event_type for e in events("The government plans to postpone the missile test.")]


def test_a_drill_staged_in_collusion_with_another_side_is_a_joint_one() -> None:
    colluding = events("The south Korean army is staging war maneuvers in collusion with the U.S. forces near the border.")
    assert [(e.event_type, sorted(e.actor_codes), e.recipient_codes) for e in colluding] == [("COOPERATE", ["KOR", "USA"], [])]
    planned = events("Japan and India will hold naval exercises next month.", published="2024-03-04")
    assert [(e.event_type, e.modality) for e in planned] == [("AGREE", "future")]
    alone = events("The south Korean army staged artillery drills near the border on Monday.")
    assert [(e.event_type, e.actor_codes) for e in alone] == [("MOBILIZE", ["KOR"])]


def test_contributing_to_an_end_is_no_gift() -> None:
    assert "AID" not in [e.event_type for e in events("Rwanda's president said the visit greatly contributed to boosting the bilateral relations.")]
    assert "AID" in [e.event_type for e in events("China sent 10,000 tons of rice to North Korea.")]


def test_an_obligation_in_a_statement_is_one_demand_of_the_sayer_even_when_negated() -> None:
    text = ("The Nepalese committee issued a statement on Monday. "
            "The Indian authorities should not interfere in the affairs of Nepal, the statement said.")
    assert [(e.event_type, e.actor_codes, e.recipient_codes, e.modality) for e in events(text, published="2022-06-01")] == [
        ("REQUEST", ["NPL"], ["IND"], "actual")]
    stop = events("The Chinese foreign ministry spokesman said the United States should stop interfering in China's internal affairs.")
    assert [(e.event_type, e.recipient_codes) for e in stop] == [("REQUEST", ["USA"])]
    assert events('"The talks should not take long," the Russian envoy said.') == []


def test_a_word_of_a_body_s_name_is_no_act() -> None:
    coded = events("The Peruvian Committee for Supporting the Independent and Peaceful Reunification of Korea denounced the drills.")
    assert [e.event_type for e in coded] == ["ACCUSE"]
    assert "SUPPORT" in [e.event_type for e in events("The Peruvian committee said it was supporting the reunification of Korea.")]


def test_what_an_accident_does_is_no_attack() -> None:
    assert events("A truck crashed into a market in the town on Friday, killing at least five people.") == []
    assert [e.event_type for e in events("Rebels attacked a convoy near Goma on Friday, killing at least two soldiers.")] == ["ASSAULT"]


def test_what_happens_in_a_drama_or_film_is_its_plot_not_an_event() -> None:
    assert events("In the new drama, the young princess meets a fisherman from the island for the first time.") == []
    assert events("The film shows the hero attacking the enemy fort at dawn.") == []
    assert [e.event_type for e in events("In Hanoi, the Vietnamese president met the Chinese envoy.")] == ["CONSULT"]


def test_a_joint_drill_under_way_is_cooperation_with_its_partner_a_side() -> None:
    for text in ("The U.S. Marines are staging joint military exercises with south Korea in Ryonchon.",
                 "The U.S. staged the drill together with the south Korean puppet forces on Monday."):
        assert [(e.event_type, sorted(e.actor_codes), e.recipient_codes) for e in events(text, published="2012-06-01")] == [
            ("COOPERATE", ["KOR", "USA"], [])]


def test_a_country_joined_by_and_to_a_lower_case_south_korea_is_a_side_of_its_own() -> None:
    # the small model parses "The U.S. and south Korea" as "U.S." modifying "Korea"
    for text in ("The U.S. and south Korea signed a new defense cost-sharing agreement on Tuesday.",
                 "The U.S. and south Korea condemned the missile launch."):
        assert [sorted(e.actor_codes) for e in events(text, published="2012-06-01")] == [["KOR", "USA"]]
    alone = events("The south Korean army staged artillery drills near the border on Monday.")
    assert [e.actor_codes for e in alone] == [["KOR"]]


@pytest.mark.parametrize("judged", ["It is a shameless provocation, the statement noted.",
                                    "Such action is a shameless provocation, the statement noted."])
def test_it_or_such_action_in_a_condemning_sentence_points_at_the_last_acts_doer(judged: str) -> None:
    # "it" is not resolved as a pronoun for the speaker (the Cuban ministry), which would leave no one accused
    text = cuban_statement("The statement said the Canadian navy seized a Cuban fishing boat near the coast.", judged)
    last = [e for e in events(text, published="2015-03-04") if e.sentence.start == text.rindex(judged)]
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in last] == [("ACCUSE", ["CUB"], ["CAN"])]


def test_a_predicate_the_typer_reads_as_a_charge_makes_a_condemning_sentence() -> None:
    from flashpoint.events.lexicon import load as load_lexicon

    # a word the invective list lacks: the accusation comes from the typer's reading of what the act is said to be
    assert not {"deliberate", "scenario"} & load_lexicon().invective_words
    text = cuban_statement("The statement said the Canadian navy seized a Cuban fishing boat near the coast.",
                           "This is a deliberate scenario, the statement noted.")
    last = [e for e in events(text, published="2015-03-04") if e.sentence.start == text.rindex("This")]
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in last] == [("ACCUSE", ["CUB"], ["CAN"])]


def test_an_admiring_description_in_a_speakers_voice_is_the_speakers_praise() -> None:
    said = cuban_statement("The Chilean proposals are the most fair and timely ones, the statement says.")
    assert [(e.actor_codes, e.recipient_codes) for e in events(said) if e.event_type == "SUPPORT"] == [(["CUB"], ["CHL"])]


def test_an_admiring_description_holds_whichever_order_its_words_come_in() -> None:
    for words in ("fair and reasonable", "reasonable and fair"):
        said = cuban_statement(f"The Chilean position is {words}, the statement says.")
        assert [(e.actor_codes, e.recipient_codes) for e in events(said) if e.event_type == "SUPPORT"] == [(["CUB"], ["CHL"])]


@pytest.mark.parametrize("said", [
    # the narration's own words, even after a statement
    "The Chilean proposals are the most fair and timely ones.",
    # the speaker's own side
    "The Cuban proposals are the most fair and timely ones, the statement says.",
    # grief, which the guide does not code
    "The death of the Chilean president is a great loss, the statement says.",
    # a charge told with an admiring word
    "The outstanding firepower of the Chilean navy is a threat to peace, the statement says.",
    # what is admired lies in a clause inside the predicate, not in the predicate itself
    "The Chilean film is a story of a girl who becomes a heroic pilot, the statement says.",
])
def test_no_praise_in_the_narrations_words_of_ones_own_side_in_grief_or_in_a_charge(said: str) -> None:
    text = cuban_statement(said)
    assert not [e for e in events(text) if e.event_type == "SUPPORT" and e.sentence.start == text.rindex(said)]


@pytest.mark.parametrize(("text", "accused"), [
    ("The Chilean opposition claimed that the Peruvian government had moved the ballot boxes to the capital.", [(["CHL"], ["PER"])]),
    # what one claims of oneself, or does not claim, or a state of things claimed, accuses no one
    ("The Chilean opposition claimed that it had moved the ballot boxes to the capital.", []),
    ("The Chilean opposition claimed that Peru is a part of the old kingdom.", []),
    ("The Chilean opposition did not claim that the Peruvian government had moved the ballot boxes.", []),
])
def test_alleging_what_another_party_did_is_an_accusation(text: str, accused: list) -> None:
    coded = events(text, published="2023-05-01")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "ACCUSE" and e.trigger.text == "claimed"] == accused


@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_a_denial_is_a_rejection(typer: str) -> None:
    # the guide's REJECT: refusals, denials
    coded = events("The Peruvian interior ministry denied the reports on Monday.", published="2023-05-01", typer=typer)
    assert [(e.event_type, e.actor_codes) for e in coded] == [("REJECT", ["PER"])]


@pytest.mark.parametrize("text", ["The Peruvian ministry neither confirmed nor denied the reports on Monday.",
                                  "No one can deny the importance of the trade pact, the Peruvian minister said.",
                                  "Peru moved ships to the border to deny Chile control of the bay."])
def test_no_denial_made_is_no_rejection(text: str) -> None:
    assert not [e for e in events(text, published="2023-05-01", typer="rules") if e.event_type == "REJECT"]


@pytest.mark.parametrize("text", ["The United States plans to hold military exercises with Japan next month.",
                                  "The United States and Japan are planning to stage naval drills in the Pacific."])
def test_a_plan_to_hold_a_joint_drill_is_an_agreement_of_both_sides(text: str) -> None:
    # the guide: joint drills to come are AGREE (future), every side an actor; found through what the plan stages
    coded = events(text, published="2024-03-04")
    assert [(e.event_type, e.modality, sorted(e.actor_codes)) for e in coded] == [("AGREE", "future", ["JPN", "USA"])]


def test_a_dateline_under_a_headline_is_no_subject_and_a_drill_outranks_what_it_sends() -> None:
    text = ("Allies open spring drills\n\nSEOUL (Example Wire) - Washington and Seoul began their annual military "
            "exercises on Monday, sending thousands of troops into field training.")
    coded = events(text, published="2024-03-11")
    assert [(e.event_type, sorted(e.actor_codes)) for e in coded if e.event_type in {"COOPERATE", "MOBILIZE"}] == [("COOPERATE", ["KOR", "USA"])]


def test_an_acronym_opening_a_paragraph_is_still_the_subject() -> None:
    text = "Cartel meets\n\nOPEC - the oil cartel - threatened to expel Venezuela."
    assert [(e.actor_codes, e.recipient_codes) for e in events(text, published="2024-03-11") if e.event_type == "THREATEN"] == [(["IGO"], ["VEN"])]


def test_suspending_a_joint_drill_stages_none() -> None:
    coded = events("South Korea decided to suspend its joint exercises with the United States.", published="2024-03-11")
    assert "COOPERATE" not in [e.event_type for e in coded]


STATEMENT_AFTER_SHELLING = ("The Minju Joson commentary says:\nThe south Korean army fired hundreds of shells near the border "
                            "last week.\nThe DPRK has repeatedly warned against such moves.\n")


@pytest.mark.parametrize("judgement", ["The reckless shelling is shameless and dangerous.", "The shelling was a reckless act."])
def test_a_speakers_judgement_of_an_act_named_by_its_noun_accuses_whoever_did_it(judgement: str) -> None:
    # the last act told is the speaker's own warning; the shelling's doers are the ones accused
    text = STATEMENT_AFTER_SHELLING + judgement + "\n"
    judged = [e for e in events(text) if e.trigger.start >= len(STATEMENT_AFTER_SHELLING)]
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in judged] == [("ACCUSE", ["PRK"], ["KOR"])]
    # the same words in the narration, with no statement reported, are no one's accusation
    narrated = "The south Korean army fired hundreds of shells near the border last week.\n" + judgement
    assert not [e for e in events(narrated) if e.event_type == "ACCUSE"]


def test_the_voice_of_a_reported_statement_outlasts_a_claim_it_quotes() -> None:
    text = ("Rodong Sinmun on Monday says in a commentary:\nThe United States says that its naval drills off the peninsula are "
            "defensive.\nThis is a sheer lie to hide the aggressive nature of the drills.\n")
    # the paper calls the claim a lie: the paper (not the claimant) accuses the claimant
    assert [(e.actor_codes, e.recipient_codes) for e in events(text) if e.event_type == "ACCUSE"] == [(["PRK"], ["USA"])]


def test_an_impersonal_demand_is_not_also_an_accusation() -> None:
    text = ("The south Korean army staged firing drills near the border on Monday.\nA spokesman for the DPRK Foreign Ministry "
            "said in a statement:\nIt is necessary to stop the treacherous provocations of the warmongers.\n")
    found = [e.event_type for e in events(text) if e.trigger.text == "is"]
    assert "REQUEST" in found and "ACCUSE" not in found


def test_a_judged_act_named_by_its_noun_is_the_last_act_of_its_kind() -> None:
    # "the shelling" is the shelling's doers' act, not the mediator's offer told after it
    text = ("Russian forces shelled Kharkiv on Monday. On Tuesday, Turkey offered to mediate between the two sides. "
            "Ukraine said the shelling was a barbaric crime.")
    assert [(e.actor_codes, e.recipient_codes) for e in events(text) if e.event_type == "ACCUSE"] == [(["UKR"], ["RUS"])]
    # no act of the kind named was told: no one is accused (the aid's donor least of all)
    text = "France pledged fresh aid to Mali on Tuesday. Malian officials said the fighting in the desert was a barbaric tragedy."
    assert not [e for e in events(text) if e.event_type == "ACCUSE"]


def test_a_speaker_condemning_their_own_sides_deed_accuses_no_one_else() -> None:
    text = ("Hamas fired rockets at Ashkelon on Sunday. Israeli jets struck a school in Gaza on Monday. "
            "\"This was a reckless and shameful act,\" Israeli opposition leader Yair Lapid said.")
    assert not [e for e in events(text) if e.event_type == "ACCUSE"]


def test_a_statements_voice_ends_where_the_news_reports_another_partys_words() -> None:
    text = ("KCNA said in a statement:\nThe U.S. drills near the peninsula are a reckless provocation.\n\n"
            "South Korea said on Tuesday that North Korea fired two ballistic missiles into the sea on Monday. "
            "Such moves are a grave provocation.")
    accused = [(e.actor_codes, e.recipient_codes) for e in events(text) if e.event_type == "ACCUSE"]
    assert accused == [(["PRK"], ["USA"]), (["KOR"], ["PRK"])]


@pytest.mark.parametrize("judging", ["lashing out at", "hitting out at", "berating", "chiding"])
def test_a_later_party_judging_in_words_of_its_own_is_not_the_earlier_statements_speaker(judging: str) -> None:
    text = ("The Peace Council of Bolivia released a statement on Tuesday denouncing the naval drills.\n"
            f"The Juche Idea Study Group of Canada also posted an article {judging} the U.S. over the drills.")
    accused = [(e.actor_codes, e.recipient_codes) for e in events(text) if e.event_type == "ACCUSE"]
    assert (["CAN"], ["USA"]) in accused and not any(actor == ["BOL"] and "CAN" in recipient for actor, recipient in accused)
    # a description that judges no one by itself is still the speaker's own charge
    voiced = events("The Peace Council of Bolivia released a statement on Tuesday.\n"
                    "The U.S. drills near the peninsula are a reckless provocation.")
    assert [(e.actor_codes, e.recipient_codes) for e in voiced if e.event_type == "ACCUSE"] == [(["BOL"], ["USA"])]


@pytest.mark.parametrize("judgement", ["dubbed the U.S. drills a reckless provocation",
                                       "termed the U.S. drills a reckless provocation",
                                       "branded the joint U.S. exercise a reckless provocation"])
def test_a_party_naming_an_act_a_provocation_in_its_own_words_is_the_one_accusing(judgement: str) -> None:
    text = ("The Peace Council of Bolivia released a statement on Tuesday.\n"
            f"The Workers Party of Nepal {judgement}.")
    accused = [(e.actor_codes, e.recipient_codes) for e in events(text) if e.event_type == "ACCUSE"]
    assert accused == [(["NPL"], ["USA"])]


@pytest.mark.parametrize("text", ["The DPRK foreign ministry said the United States would pay dearly for its provocation.",
                                  "The United States will pay dearly for its provocation, the DPRK foreign ministry warned."])
def test_a_party_told_it_will_pay_dearly_is_threatened_by_the_speaker(text: str) -> None:
    # paying a price is no act in the payer's own voice, as paying tribute is
    threats = [(e.actor_codes, e.recipient_codes) for e in events(text) if e.event_type == "THREATEN"]
    assert threats == [(["PRK"], ["USA"])]


def test_a_warning_served_is_one_threat_by_whoever_served_it() -> None:
    text = "To counter the drills, the north served a stern warning to the south Korean authorities, the appeal noted."
    threats = [(e.actor_codes, e.recipient_codes) for e in events(text) if e.event_type == "THREATEN"]
    assert threats == [(["PRK"], ["KOR"])]
    # a sentence one serves oneself: the prisoner is no one's judge
    served = events("The former minister is still serving a long prison sentence for corruption.")
    assert not any(a.text == "The former minister" for e in served for a in e.actor)


def test_a_stance_told_by_in_support_of_keeps_a_speaker_the_knowledge_base_cannot_place() -> None:
    text = "Maria Lopez, a member of the Solidarity Circle, spoke on Friday in support of the Cuban revolution."
    supported = [e for e in events(text) if e.event_type == "SUPPORT"]
    assert [a.text for e in supported for a in e.actor] == ["Maria Lopez"]
    # a noun hung on a state of being tells no one's stance ("are in great demand")
    assert not [e for e in events("Cuban cigars are in great demand in the markets of Europe.") if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text", ["The performers praised the wisdom of the President in numbers like the chorus Our Leader.",
                                  "The songs of the concert extolled the feats of the President."])
def test_praise_a_performance_sings_is_a_cultural_event_not_support(text: str) -> None:
    text = "Pyongyang, May 3 (KCNA) -- A concert was given at the Grand Theatre on Friday. " + text
    assert not [e for e in events(text, published="2012-05-04") if e.event_type == "SUPPORT"]
    # the praise of a party's envoy stays an act
    envoy = events("The Cuban ambassador praised the achievements of the DPRK at a reception.", published="2012-05-04")
    assert [(e.actor_codes, e.recipient_codes) for e in envoy if e.event_type == "SUPPORT"] == [(["CUB"], ["PRK"])]


def test_words_of_a_quoted_works_title_tell_no_act() -> None:
    text = 'A publisher in Peru brought out the leader\'s work "Young People Must Defend the Revolution, Supporting the Party" on Monday.'
    assert not [e for e in events(text) if e.event_type in {"SUPPORT", "REQUEST"}]


def test_an_objective_alleged_of_a_party_is_no_act() -> None:
    assert not [e for e in events("The aim of the Pentagon is to invade the DPRK with its armies.") if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", ["The Chilean navy has deployed frigates to the Drake Passage every year since 1990.",
                                  "Peru holds the border drill with Ecuador annually.",
                                  "The two navies have staged the drill off Chile year after year."])
def test_an_act_told_as_a_habit_over_the_years_is_a_generic_claim(text: str) -> None:
    assert not [e for e in events(text, published="2024-06-05") if e.event_type in {"MOBILIZE", "COOPERATE", "AGREE"}]
    # the same act told once is coded
    once = events("The Chilean navy deployed two frigates to the Drake Passage on Monday.", published="2024-06-05")
    assert [e.actor_codes for e in once if e.event_type == "MOBILIZE"] == [["CHL"]]
    # a yearly act promised is a pledge made
    pledged = events("Japan will send food aid to Peru every year.", published="2024-06-05")
    assert [e.event_type for e in pledged if e.actor_codes == ["JPN"]]


def test_a_nationality_the_knowledge_base_cannot_place_is_not_the_storys_own_people() -> None:
    # no Korea is named, so "Korean" stays unplaced; it is certainly not Britain's
    supported = [e for e in events("Demonstrators in London expressed support for the Korean people.") if e.event_type == "SUPPORT"]
    assert supported and "GBR" not in supported[0].recipient_codes
    # people a story's country acts on at home stay its own
    assert [e.recipient_codes for e in events("The Kenyan police arrested the protesters in Nairobi.") if e.event_type == "COERCE"] == [["KEN"]]


def test_a_name_two_bodies_share_is_the_one_of_a_country_the_story_names() -> None:
    japan = events("The defence ministry in Tokyo said the SDF would hold a joint exercise with U.S. forces next month.")
    syria = events("In northern Syria, the SDF seized a village from Islamic State fighters on Sunday.")
    assert any("JPN" in e.actor_codes and "SYR" not in e.actor_codes for e in japan)
    assert any(e.actor_codes == ["SYR"] for e in syria)


def test_the_two_are_the_sides_of_the_last_act_between_two_parties() -> None:
    text = "The Kenyan president held talks with his Ugandan counterpart in Kampala on Friday. The two leaders also discussed the border."
    discussed = [e for e in events(text) if e.trigger.text == "discussed"]
    # both actors, as in any act with no host or target; what the sentence itself acts on stays the recipient
    assert [(sorted(e.actor_codes), e.recipient_codes) for e in discussed] == [(["KEN", "UGA"], [])]
    assert discussed[0].actor[0].text == "The two leaders"
    condemned = events(text.replace("also discussed the border", "condemned Somalia"))
    assert [(sorted(e.actor_codes), e.recipient_codes) for e in condemned if e.event_type == "ACCUSE"] == [(["KEN", "UGA"], ["SOM"])]
    # a passive subject is not the doer, and a later act between other parties is what "the two" means
    assert not any(e.actor_codes == ["KEN", "UGA"] for e in events(text.replace("also discussed the border", "were criticised by Somalia")))
    other = events(text.replace("The two leaders also", "Later, Sudan and Chad clashed at the border. The two leaders"))
    assert [sorted(e.actor_codes) for e in other if e.trigger.text == "discussed"] == [["SDN", "TCD"]]
    # with no such act before, "the two" names no one; and two named leaders are not "the two"
    assert not any("KEN" in e.actor_codes for e in events("The two leaders also discussed the border."))
    named = events(text.replace("The two leaders", "The two Tanzanian leaders"))
    assert not any(e.trigger.text == "discussed" and e.actor_codes == ["KEN"] for e in named)


def test_hosting_a_rally_or_a_webinar_is_no_meeting_but_hosting_talks_is() -> None:
    for text in ("The Kenyan university hosted a webinar on Tuesday with think tanks from South Africa.",
                 "The first rally was hosted by a former Kenyan minister."):
        assert not [e for e in events(text) if e.event_type == "CONSULT"], text
    talks = [e for e in events("Kenya hosted talks with Uganda on Tuesday.") if e.event_type == "CONSULT"]
    assert talks and "KEN" in talks[0].actor_codes + talks[0].recipient_codes


def test_a_meeting_named_as_what_discussed_its_topics_is_no_new_meeting() -> None:
    for text in ("The meeting discussed ways to expand trade between Egypt and Sudan.",
                 "The talks reviewed the rail project that China is building in Kenya."):
        assert not [e for e in events(text) if e.event_type == "CONSULT"], text
    talks = [e for e in events("Egypt and Sudan discussed ways to expand trade.") if e.event_type == "CONSULT"]
    assert talks and set(talks[0].actor_codes) == {"EGY", "SDN"}
    # a summit named, told first as what discussed: the meeting itself
    assert "CONSULT" in [e.event_type for e in events("The China-Arab States Summit in Riyadh discussed cooperation in energy.")]


def test_a_body_enacting_a_text_of_its_own_is_no_support() -> None:
    for text in ("The Salvadoran Congress approved an amendment to the pension law on Tuesday.",
                 "The UN General Assembly adopted a resolution on Tuesday."):
        assert not [e for e in events(text) if e.event_type == "SUPPORT"], text
    for text, code in (("The Kenyan parliament approved the trade agreement.", "KEN"),
                       ("Putin adopted the joint declaration in Pyongyang.", "RUS"),
                       ("The EU endorsed Ukraine's peace plan.", "IGO"),
                       ("The European Union endorsed the two-state solution as the only path to peace.", "IGO"),
                       ("The African Union approved the ceasefire plan at an emergency summit.", "IGO")):
        assert code in [c for e in events(text) if e.event_type == "SUPPORT" for c in e.actor_codes], text


def test_encouraging_is_not_asking() -> None:
    for text in ("The coach encouraged the young players to stay in school.",
                 "The governor encouraged residents to leave the coastal towns before the storm."):
        assert not [e for e in events(text) if e.event_type == "REQUEST"], text
    assert "REQUEST" in [e.event_type for e in events("The governor urged residents to leave the coastal towns before the storm.")]


def test_a_letter_sent_is_no_meeting_but_a_delegation_sent_is_a_visit() -> None:
    letter = events("A Danish teachers' association sent a letter to the Chinese embassy in Copenhagen.")
    assert not [e for e in letter if e.event_type == "CONSULT"]
    greeting = events("Kim Jong Il sent a greeting message to the Syrian president on his birthday.")
    assert [(e.event_type, e.recipient_codes) for e in greeting] == [("SUPPORT", ["SYR"])]
    delegation = events("Japan sent a delegation to Seoul for talks.")
    assert ("CONSULT", ["JPN"]) in [(e.event_type, e.actor_codes) for e in delegation]
    # a letter delivered in person is a visit; a letter discussed, talks
    for text in ("Iran's foreign minister delivered a letter from President Raisi to the Emir of Qatar in Doha.",
                 "Blinken and Wang Yi discussed the letter from President Biden in Beijing."):
        assert "CONSULT" in [e.event_type for e in events(text)], text


def test_a_need_voiced_is_a_demand_only_when_an_act_is_called_for() -> None:
    for text in ("The Kenyan minister said it is necessary to expand the port.",
                 "The Kenyan minister said measures are necessary to stop the smuggling.",
                 "The UN envoy said an immediate ceasefire in Sudan is essential."):
        assert "REQUEST" in [e.event_type for e in events(text)], text
    for text in ("The Kenyan minister said the vote had been important for the party's revival.",
                 "The Kenyan minister said water is most important for the farms."):
        assert "REQUEST" not in [e.event_type for e in events(text)], text


def test_what_is_called_for_is_the_demand_s_content_not_an_act() -> None:
    for text in ("The union called for punishing the generals and speeding up the march toward democracy.",
                 "Students pressed for expelling the ambassador of Israel."):
        assert [e.event_type for e in events(text)] == ["REQUEST"], text
    # an act the phrase tells of is no content: the arrests happened
    told = events("Amnesty called for the release of activists arrested during Sunday's protests in Tbilisi.")
    assert "COERCE" in [e.event_type for e in told]


def test_violating_an_agreement_or_a_statement_is_a_rejection() -> None:
    for text in ("Syria violated the disengagement agreement, Israel said.", "Azerbaijan violated the trilateral statement, Armenia said."):
        assert "REJECT" in [e.event_type for e in events(text)], text


def test_a_court_acquitting_or_a_rule_allowing_is_no_concession() -> None:
    for text in ("The High Court acquitted the former president of corruption charges.",
                 "The new rules allowed the army to detain suspects for longer."):
        assert "CONCEDE" not in [e.event_type for e in events(text)], text
    for text in ("The government allowed the opposition rally to go ahead in Harare.",
                 "The military government permitted Aung San Suu Kyi to meet the UN envoy."):
        assert "CONCEDE" in [e.event_type for e in events(text)], text


def test_insisting_on_demands_is_a_request_but_insisting_that_all_is_well_is_not() -> None:
    for text in ("The minister insisted that the talks were going well.", "Japan insists that the islets belong to Japan.",
                 "Macron insisted that French troops would stay in the region."):
        assert "REQUEST" not in [e.event_type for e in events(text)], text
    for text in ("The rebels insisted on their demands that the government grant more rights.",
                 "Iran insisted that Washington lift all sanctions before any talks.",
                 "The Taliban insisted that foreign troops leave the country."):
        assert "REQUEST" in [e.event_type for e in events(text)], text



def test_the_party_a_threat_lasts_as_long_as_is_the_one_threatened() -> None:
    threats = [e for e in events("The DPRK will bolster its war deterrent as long as the U.S. pursues its hostile policy, the spokesman said.")
               if e.event_type == "THREATEN"]
    assert threats and threats[0].recipient_codes == ["USA"]
    # whom the threat is made for is no target
    for_them = [e for e in events("The Houthis threatened to continue their attacks as long as the people of Gaza are starving.")
                if e.event_type == "THREATEN"]
    assert for_them and "PSE" not in for_them[0].recipient_codes


def test_a_participle_describing_a_stance_is_no_act() -> None:
    for text in ("Police cracked down on groups opposed to the government's new policy in Nairobi.",
                 "Opposed to the peace deal, the rebels kept fighting in the north."):
        assert "REJECT" not in [e.event_type for e in events(text)], text
    for text in ("The opposition opposed the new budget in parliament.", "The plan was opposed by Seoul.",
                 "Having opposed the ceasefire resolution for weeks, the United States abstained on Monday."):
        assert "REJECT" in [e.event_type for e in events(text)], text


def test_it_in_a_trailing_reporting_frame_is_the_statement_s_issuer_not_the_subject_it_reports() -> None:
    text = ("The Nepal Workers Party released a statement on Friday.\n\n"
            "The United States is pursuing a reckless policy of aggression in the region, it noted.")
    accusation = [e for e in events(text) if e.event_type == "ACCUSE"]
    assert accusation and accusation[0].actor_codes == ["NPL"] and accusation[0].recipient_codes == ["USA"]


def test_a_title_held_in_a_body_of_a_country_takes_that_country() -> None:
    text = ("The secretary for International Affairs of the Socialist Party of the Workers of Malta issued a statement on the "
            "drills the U.S. holds with South Korea.\n\n"
            "The statement condemned Washington and Seoul for staging the drills near North Korea.")
    accusation = [e for e in events(text) if e.event_type == "ACCUSE"]
    assert accusation and accusation[0].actor_codes == ["MLT"]


def test_a_person_out_of_office_titled_by_a_body_of_his_country_speaks_for_that_country() -> None:
    # in 2012 Khurelsukh led no state, so the knowledge base gives his name no code; his title places him
    text = ("Cooperation with the DPRK will expand, said U. Khurelsukh, chairman of the Mongolian Farmers' Union, "
            "who toured the DPRK.\n\nWe express deep thanks to the DPRK government.")
    coded = events(text, published="2012-06-01")
    visit = [e for e in coded if e.event_type == "CONSULT"]
    assert visit and visit[0].actor_codes == ["MNG"]
    thanks = [e for e in coded if e.event_type == "SUPPORT"]
    assert thanks and thanks[0].actor_codes == ["MNG"]


def test_a_hyphened_pair_before_a_noun_names_both_sides() -> None:
    coded = events("The Cuban foreign ministry denounced the U.S.-Japan joint naval drills near Okinawa.")
    accusation = [e for e in coded if e.event_type == "ACCUSE"]
    assert accusation and set(accusation[0].recipient_codes) == {"USA", "JPN"}
    drills = [e for e in coded if e.event_type == "COOPERATE"]
    assert drills and set(drills[0].actor_codes) == {"USA", "JPN"}
    # an agentless passive whose subject names the sides: they are its doers
    revived = [e for e in events("The Algeria-Tunisia joint border commission will be revived next month, the minister said.")
               if e.event_type == "AGREE"]
    assert revived and set(revived[0].actor_codes) == {"DZA", "TUN"} and not revived[0].recipient_codes
    # a friendship body named for two countries sits in the first
    praise = [e for e in events("The Mongolia-DPRK Friendship Society praised the North Korean leader on Monday.") if e.event_type == "SUPPORT"]
    assert praise and praise[0].actor_codes == ["MNG"]


def test_he_with_no_one_named_before_is_one_of_the_story_s_own_people() -> None:
    text = "BANGKOK — Floods swept across the central plains of Thailand this week.\n\nHe apologised on Friday for the slow response of the rescue services."
    apology = [e for e in events(text) if e.event_type == "CONCEDE"]
    assert apology and apology[0].actor_codes == ["THA"] and apology[0].actor[0].text == "He"
    # a story about two countries gives "he" neither
    text = "Floods swept across Thailand and Laos this week.\n\nHe apologised on Friday for the slow response of the rescue services."
    assert not any(e.event_type == "CONCEDE" and e.actor_codes for e in events(text))


def test_the_bodies_of_one_side_of_the_reunification_movement_belong_to_that_side() -> None:
    text = ("The South Headquarters of the Alliance for Korean Unity issued a statement on Friday.\n\n"
            "The statement denounced the United States for its naval drills off South Korea.")
    accusation = [e for e in events(text) if e.event_type == "ACCUSE"]
    assert accusation and accusation[0].actor_codes == ["KOR"]
    text = "In a statement, the North Side Council for Korean Reconciliation condemned the Japanese cabinet for its hostility toward the DPRK."
    accusation = [e for e in events(text) if e.event_type == "ACCUSE"]
    assert accusation and accusation[0].actor_codes == ["PRK"]


def test_a_definite_title_is_the_person_last_named_with_it() -> None:
    text = ("ATHENS — Saudi Crown Prince Nayef arrived in Greece on Tuesday for talks with Greek officials.\n\n"
            "Greece and Saudi Arabia signed a deal on a data cable; Greece will also buy Saudi power.\n\n"
            "The crown prince praised the Greek government for its hospitality.")
    praise = [e for e in events(text, published="2012-03-01") if e.trigger.text == "praised"]
    assert praise and praise[0].actor_codes == ["SAU"]
    # a title with its own country word names that country
    text = text.replace("The crown prince praised", "The Greek prime minister praised")
    praise = [e for e in events(text, published="2012-03-01") if e.trigger.text == "praised"]
    assert praise and praise[0].actor_codes == ["GRC"]


def test_it_opening_a_sentence_after_another_party_is_that_party_and_a_backer_is_no_party() -> None:
    text = "Syria said Israel had violated its airspace. Turkey rejected the charge. It warned that it would close the border."
    assert [e.actor_codes for e in events(text) if e.event_type == "THREATEN"] == [["TUR"]]
    # "U.S.-backed", "U.S.-made": what the country did for the noun, not the noun's country
    rebels = [e for e in events("U.S.-backed rebels attacked government positions near Aleppo.") if e.actor]
    assert rebels and all("USA" not in e.actor_codes for e in rebels)


def test_an_order_of_a_measure_is_the_measure_and_an_order_to_someone_a_demand() -> None:
    coded = events("A court in Panama City on Friday ordered four months of pretrial detention for the former minister.")
    assert "COERCE" in [e.event_type for e in coded] and "REQUEST" not in [e.event_type for e in coded]
    coded = events("The minister ordered the agencies to clear the drains before the rains.")
    assert "REQUEST" in [e.event_type for e in coded]


def test_a_penalty_a_court_orders_is_a_sanction_and_a_term_in_jail_a_sentence() -> None:
    for text in ("A Berlin court on Monday ordered the two bank directors to pay damages to the savers.",
                 "The former governors were ordered to pay a fine of three million euros.",
                 "The judge ordered the ex-mayor to serve four years in prison."):
        kinds = [e.event_type for e in events(text)]
        assert "SANCTION" in kinds and "REQUEST" not in kinds, text
    # a minister ordering payment asks for it, even of damages; a court ordering a payment that is no penalty asks too
    for text in ("The president ordered the ministry to pay the teachers on time.",
                 "The finance minister ordered the state banks to pay compensation to the flood victims.",
                 "The high court ordered the province to pay for the new clinic."):
        assert "SANCTION" not in [e.event_type for e in events(text)], text
    jailed = [e.event_type for e in events("The blogger was jailed for three years for insulting the king.")]
    assert "SANCTION" in jailed and "COERCE" not in jailed
    # a stay in jail that is no counted term, or is told as a detention, is no sentence
    for text in ("The police jailed the blogger overnight.", "The journalist has been imprisoned for months without charge.",
                 "The regime has jailed hundreds of students for years in pretrial detention."):
        assert "SANCTION" not in [e.event_type for e in events(text)], text


def test_a_drill_being_weighed_lies_ahead_and_whoever_weighs_an_act_would_do_it() -> None:
    for text in ("The Japanese navy is contemplating staging joint drills with India in the Arabian Sea.",
                 "The Indonesian army is mulling staging joint exercises with Australia next spring."):
        drills = [(e.event_type, e.modality) for e in events(text) if e.event_type in {"AGREE", "COOPERATE", "MOBILIZE"}]
        assert drills and all(d == ("AGREE", "future") for d in drills), text
    weighed = [e for e in events("The EU is weighing new sanctions against Belarus.") if e.event_type == "SANCTION"]
    assert weighed and weighed[0].actor_codes == ["IGO"] and weighed[0].modality == "future"
    # what is weighed that has happened, or is another's, does not lie ahead
    impact = [e for e in events("Analysts are weighing the impact of the sanctions on the Russian economy.") if e.event_type == "SANCTION"]
    assert all(e.modality == "actual" for e in impact)
    offer = [e for e in events("Seoul is mulling Pyongyang's offer of a summit.") if e.event_type == "AGREE"]
    assert offer and all(e.modality == "actual" and e.actor_codes == ["PRK"] for e in offer)
    asked = [e for e in events("NATO is weighing a request from Kyiv for more weapons.") if e.event_type == "REQUEST"]
    assert all(e.actor_codes != ["IGO"] and e.modality == "actual" for e in asked)
    # weighing what is no act puts nothing ahead
    assert all(e.modality != "future" for e in events("The tribunal weighed the evidence against the general."))
    # asking for sanctions is no plan to impose them
    asked = [e for e in events("Lithuania demanded new sanctions against Belarus.") if e.event_type == "SANCTION"]
    assert all(e.actor_codes != ["LTU"] for e in asked)


def test_what_the_second_review_found_stays_fixed() -> None:
    # a base or an occupier joined by a hyphen is still the noun's country; only backing or supplying is not
    hackers = [e for e in events("Russia-based hackers attacked Estonian government websites.") if e.event_type == "ASSAULT"]
    assert hackers and hackers[0].actor_codes == ["RUS"]
    # a border names no second side
    crossing = [e for e in events("Troops crossed the U.S.-Mexico border.") if e.recipient]
    assert all("USA" not in e.recipient_codes for e in crossing)
    # "…, it said" after another party's act told since the statement is that party's
    text = ("Russia's foreign ministry issued a statement on Monday. Separately, Iran test-fired a new missile. "
            "Iran will never give up its missile programme, it said.")
    assert all(e.actor_codes == ["IRN"] for e in events(text))
    # an ordered measure keeps whom it is done to
    seizure = [e for e in events("Iran ordered the seizure of a British tanker in the Gulf.") if e.event_type == "COERCE"]
    assert seizure and seizure[0].recipient_codes == ["GBR"]


def test_a_word_for_the_people_or_an_office_acted_on_is_a_party_of_the_story() -> None:
    coded = events("NAIROBI -- The labour minister urged employers to pay overtime to night shift nurses.")
    assert [(e.event_type, e.recipient_codes) for e in coded] == [("REQUEST", ["KEN"])]
    coded = events("BANGKOK -- The governor instructed the department to clear the canals before the monsoon.")
    assert [(e.event_type, e.recipient_codes) for e in coded] == [("REQUEST", ["THA"])]
    coded = events("NAIROBI -- The football federation urged fans to stay away from the stadium on Sunday.")
    assert [(e.event_type, e.recipient_codes) for e in coded] == [("REQUEST", ["KEN"])]
    # an office a foreign party acts on may be an international body's, a soldier, an officer or a crew either
    # side's in a conflict: not placed by the story alone
    coded = events("VIENNA -- Iran condemned the board for passing a resolution on its nuclear programme.")
    assert all("AUT" not in e.recipient_codes for e in coded)
    coded = events("TEHRAN -- The navy seized the tanker and detained its crew for questioning.")
    assert all("IRN" not in e.recipient_codes for e in coded if e.event_type == "COERCE")


def test_the_subject_the_parser_hangs_on_a_dateline_is_the_subject() -> None:
    coded = events("GENEVA -- Iran and the United States agreed on Tuesday to resume nuclear talks.")
    agree = [e for e in coded if e.event_type == "AGREE"]
    assert agree and agree[0].actor_codes == ["IRN", "USA"]
    # a wire's name in brackets after the dateline is no subject
    coded = events("WASHINGTON (Wire) - Iran rejected the proposal on Monday.")
    assert [e.actor_codes for e in coded if e.event_type == "REJECT"] == [["IRN"]]


def test_korea_s_north_and_south_conjoined_are_both_sides() -> None:
    text = "North Korea welcomed the proposal on Monday. The north and the south agreed to reopen the liaison office."
    agree = [e for e in events(text) if e.event_type == "AGREE"]
    assert agree and agree[0].actor_codes == ["KOR", "PRK"]
    # in a story of another country "the north" is a region, conjoined or not
    text = "Ethiopia said on Monday that its north and its south signed a water-sharing pact."
    assert all(e.actor_codes in ([], ["ETH"]) for e in events(text))


def test_each_other_makes_each_side_the_others_recipient() -> None:
    coded = events("Egypt and Sudan blamed each other for the border clash.")
    accuse = [e for e in coded if e.event_type == "ACCUSE"]
    assert accuse and accuse[0].actor_codes == ["EGY", "SDN"] and accuse[0].recipient_codes == ["EGY", "SDN"]
    coded = events("Egypt and Sudan blamed the rebels for the border clash.")
    assert all(e.recipient_codes != ["EGY", "SDN"] for e in coded)


def test_an_office_the_story_does_not_place_is_of_the_country_it_was_filed_from() -> None:
    text = ("WASHINGTON -- The secretary of state made a ten-day tour of Kenya, Nigeria and Ghana in August. "
            "The United States will double its aid to the region.")
    assert [e.actor_codes for e in events(text) if e.event_type == "CONSULT"] == [["USA"]]
    # unless its own sentence or the one before has just named the country the story is about
    text = ("LONDON -- Kenya's foreign ministry said on Monday that the minister had condemned the bombing in Mombasa. "
            "Kenya has asked Somalia to hand over the suspects. Britain offered help.")
    assert [e.actor_codes for e in events(text) if e.event_type == "ACCUSE"] == [["KEN"]]
    text = ("DUBAI -- Iran's oil ministry said its exports rose in June. The minister accused the United States of "
            "piracy in the Gulf. The United Arab Emirates called for calm.")
    assert [e.actor_codes for e in events(text) if e.event_type == "ACCUSE"] == [["IRN"]]


def test_a_leader_written_with_capitalised_particles_and_named_again_by_title_or_surname() -> None:
    visit = "PIRAEUS -- Saudi Arabia's Crown Prince Mohammed Bin Salman came ashore on Tuesday for a two-day visit. "
    coded = events(visit + "The Crown Prince thanked the Greek government for its hospitality.", published="2022-07-27")
    assert [e.actor_codes for e in coded if e.event_type == "SUPPORT"] == [["SAU"]]
    coded = events(visit + "Later, Salman thanked the Greek government for its hospitality.", published="2022-07-27")
    assert [e.actor_codes for e in coded if e.event_type == "SUPPORT"] == [["SAU"]]
    # a namesake the knowledge base does not know, or someone the text introduces, is not that leader
    coded = events(visit + "Later, police in Athens detained Salman, a Syrian shopkeeper, for fraud.", published="2022-07-27")
    assert all("SAU" not in e.recipient_codes for e in coded)
    coded = events("LONDON -- Ahmed Salman, a local shopkeeper, said the shop was closed. Salman criticised the council.")
    assert all("SAU" not in e.actor_codes for e in coded)


def test_an_obligation_a_speaker_lays_on_a_party_is_a_demand() -> None:
    # a speaker the knowledge base cannot code is placed as any unknown subject is
    coded = events("NEW DELHI -- An opposition lawmaker said the government should follow the example of Kerala.")
    assert ("IND", "IND") in [(e.actor_codes[0], e.recipient_codes[0]) for e in coded if e.event_type == "REQUEST" and e.recipient_codes]
    # "should not" forbids: the demand is made all the same
    coded = events('TAIPEI -- "The mayor should not deliberately blur the question of the budget," a councillor said.')
    requests = [e for e in coded if e.event_type == "REQUEST"]
    assert requests and all(e.modality == "actual" for e in requests)
    # "should we …" opening a sentence is a condition or a question, not a demand
    coded = events("WELLINGTON -- Should we lose these forests, the whole country will be poorer, the minister said.")
    assert not [e for e in coded if e.event_type == "REQUEST"]
    # a modal before a perfect infers or regrets what was done: "must have supplied" asks nothing of anyone
    coded = events("Kenyan police said the smugglers must have supplied the weapons.")
    assert not [e for e in coded if e.event_type == "REQUEST"]


def test_a_text_that_calls_the_north_by_its_own_name_writes_from_the_north() -> None:
    backing = "A Nepali workers' party voiced firm backing for the Korean people's fight, the statement added."
    text = "The south Korean regime staged drills against the DPRK again. Seoul also met Tokyo's envoys. " + backing
    assert [e.recipient_codes for e in events(text) if e.event_type == "SUPPORT"] == [["PRK"]]
    # a Seoul text ("North Korea", "ROK") keeps its own Koreans
    text = "Seoul met Tokyo's envoys on Monday. The ROK navy staged drills near North Korea. " + backing
    assert [e.recipient_codes for e in events(text) if e.event_type == "SUPPORT"] == [["KOR"]]


def test_a_visit_noun_naming_a_place_names_where_it_went() -> None:
    text = ("WASHINGTON -- The secretary of state made a tour of Kenya and Nigeria in August. "
            "The United States will send aid.")
    assert [e.recipient_codes for e in events(text) if e.event_type == "CONSULT"] == [["KEN", "NGA"]]
    text = "TOKYO -- The Japanese delegation's Beijing visit last week ended without a deal."
    visit = [e for e in events(text) if e.event_type == "CONSULT"]
    assert visit and visit[0].actor_codes == ["JPN"] and visit[0].recipient_codes == ["CHN"]
    # the visit of a person is who went, not where
    text = "HANOI -- The visit of the Chinese premier to Hanoi ended on Friday."
    visit = [e for e in events(text) if e.event_type == "CONSULT"]
    assert all("CHN" not in e.recipient_codes for e in visit)


def test_what_the_third_review_found_stays_fixed() -> None:
    # a Seoul text that mentions "the DPRK" in passing still writes from the south
    text = ("South Korea's foreign minister met the UN envoy on the DPRK in Seoul on Monday. "
            "Korean activists urged the minister to press for the return of abductees.")
    assert all("PRK" not in e.actor_codes for e in events(text) if e.event_type == "REQUEST")
    # a question or a regret about what a party should have done is no demand
    coded = events("ANKARA -- A columnist wrote that Turkey should not have bought the missiles from Russia.")
    assert not [e for e in coded if e.event_type == "REQUEST"]
    # a tour of one's own country goes to no other party
    coded = events("BEIJING -- President Xi Jinping's inspection tour of Beijing's suburbs ended on Sunday.")
    assert all(e.recipient_codes != ["CHN"] for e in coded if e.event_type == "CONSULT")


def test_who_has_a_meeting_holds_it() -> None:
    text = "GENEVA -- Vietnam's foreign minister had a long talk with the Laotian delegation on Tuesday."
    talk = [e for e in events(text) if e.event_type == "CONSULT"]
    assert talk and talk[0].actor_codes == ["VNM"] and talk[0].recipient_codes == ["LAO"]
    # "had no choice" names no act
    assert not events("HANOI -- The farmers said they had no choice but to sell their land.")


def test_a_person_in_a_role_takes_the_sector_the_word_before_names() -> None:
    # "officer" alone names no party: prosecutors charging one would have no recipient; "police officer" is the
    # police's, placed in the story's country as the story's own people are
    charged = [e for e in events("MANILA - Prosecutors on Tuesday charged a police officer with extortion.") if e.event_type == "ACCUSE"]
    assert charged and charged[0].recipient_codes == ["PHL"] and charged[0].recipient[0].sector == "COP"
    # a word that is no person in a role gets nothing from the word before it ("bank accounts" are no bank); the
    # firm whose accounts they are is a business of the story's country
    frozen = [e for e in events("MANILA - The regulator on Tuesday froze four bank accounts.") if e.event_type == "SANCTION"]
    assert frozen and all(r.sector != "BUS" for e in frozen for r in e.recipient)
    frozen = [e for e in events("MANILA - The regulator on Tuesday froze four bank accounts of the firm.") if e.event_type == "SANCTION"]
    assert frozen and [(r.text, r.code, r.sector) for r in frozen[0].recipient] == [("four bank accounts of the firm", "PHL", "BUS")]
    # only a state body's, a party's or a firm's word makes the person theirs: an aid agency's employee is no journalist
    charged = [e for e in events("MANILA - Prosecutors on Tuesday charged an aid agency employee with fraud.") if e.event_type == "ACCUSE"]
    assert charged and all(r.sector != "MED" for e in charged for r in e.recipient)


def test_an_inquiry_into_a_party_is_aimed_at_it_and_one_into_a_thing_at_no_one() -> None:
    def inquiry(text: str):
        return next(e for e in events(text) if e.event_type == "ACCUSE")

    assert inquiry("MANILA - The ombudsman is conducting an investigation into the customs officials.").recipient_codes == ["PHL"]
    assert inquiry("MANILA - The ombudsman is conducting an investigation into the warehouse fire.").recipient_codes == []


def test_an_act_demanded_of_a_party_names_it_as_the_recipient() -> None:
    def demand(text: str):
        return next(e for e in events(text) if e.event_type == "REQUEST")

    assert demand("SEOUL - Protesters demanded the withdrawal of U.S. troops.").recipient_codes == ["USA"]
    # a thing asked for is no act: whose it is is not who is asked
    assert demand("SEOUL - Protesters demanded a copy of the Japanese report.").recipient_codes == []


def test_a_judged_act_told_with_its_doer_names_the_doer_as_the_recipient() -> None:
    def judged(text: str):
        return next(e for e in events(text) if e.event_type == "ACCUSE")

    assert judged("The Congolese committee issued a statement on Friday in denunciation of the drills staged by the United States."
                  ).recipient_codes == ["USA"]
    # the one an act was done to is not the one accused of it
    assert judged("The Congolese committee issued a statement on Friday in denunciation of the shelling of Syrian villages."
                  ).recipient_codes == []


def test_a_participle_with_a_by_agent_is_the_agents_act_even_when_parsed_with_a_subject() -> None:
    # the small parser reads "drills" as the subject of "staged" here, not as the noun the participle describes:
    # the by-agent is still who staged them. The rules alone take no bare "staged" for an act; the trigger model does
    text = ("Pyongyang, June 9 (KCNA) -- The joint sea drills staged by the U.S. and Japan in the waters off Okinawa "
            "are a serious challenge to peace in the region.")
    staged = [e for e in events(text, published="2012-06-09") if e.trigger.text == "staged"]
    assert staged and sorted(staged[0].actor_codes) == ["JPN", "USA"]


def test_a_speakers_judgement_the_trigger_model_reads_as_a_charge_accuses_the_doer() -> None:
    # "a swindle" is in no word list: the trigger model's charge probability for the predicate noun (about 0.28),
    # short of an event of its own, makes the statement's description of the blockade an accusation
    told = ("Havana's foreign ministry put out a statement about the American siege of the island on Tuesday.\n\n"
            "The statement said that Washington had tightened its blockade of Cuba once more in March.\n\n")
    judged = events(told + "Such conduct is a swindle against every nation, the statement noted.", published="2015-03-04")
    assert [e for e in judged if e.event_type == "ACCUSE" and e.actor_codes == ["CUB"] and e.recipient_codes == ["USA"]]
    described = events(told + "This is a matter of trade between the two countries, the statement noted.", published="2015-03-04")
    assert not [e for e in described if e.event_type == "ACCUSE"]


def test_the_agent_of_a_participle_performing_an_act_is_its_doer() -> None:
    def drill(text: str):
        return [e for e in events(text, published="2013-03-02") if e.trigger.text == "drill"]

    staged = drill("The naval drill staged by Japan near the disputed islands alarmed officials in Beijing.")
    assert [e.actor_codes for e in staged] == [["JPN"]]
    held = drill("Fishermen complained about the naval drill being held by Japan near the disputed islands.")
    assert [e.actor_codes for e in held] == [["JPN"]]
    # a participle saying something else about the act names no doer: who watched is not who drilled
    assert not drill("The naval drill watched by Japan near the disputed islands alarmed officials in Beijing.")


def test_a_paper_writing_in_an_article_is_the_speaker_of_what_follows() -> None:
    # "Rodong Sinmun Friday in a signed article unmasks …" speaks, though "unmask" is no verb of saying; the words
    # after "It goes on:" are the paper's, and its charge against the doer of what they tell is its own
    told = "Tokyo sent more patrol boats near the islets.,  Rodong Sinmun Friday {}.\n\nIt goes on:\n\n"
    charge = "By leaning on its ally, Japan seeks to evade the verdict of history for its past crimes."
    text = told.format("in a signed article unmasks the motive of the Japanese reactionaries behind the patrols") + charge
    voiced = [e for e in events(text, published="2012-10-15") if e.trigger.text == "seeks"]
    assert [(e.actor_codes, e.recipient_codes, e.attribution) for e in voiced] == [(["PRK"], ["JPN"], None)]
    # a party named in an article is not its writer
    named = told.format("appeared in an article of a weekly journal") + charge
    assert [e.actor_codes for e in events(named, published="2012-10-15") if e.trigger.text == "seeks"] == [["JPN"]]


def test_a_writers_verb_the_parser_hangs_on_the_commentary_is_the_writers() -> None:
    # the parser reads "a signed article condemned …" as the article's act and the paper's name as the root
    text = ("Tongil Sinbo Friday in a signed article condemned Prime Minister Noda of Japan for staging a farce over "
            "the islets.\n\nThe Japanese reactionaries are deliberately escalating the crisis, the article notes.")
    coded = events(text, published="2012-10-15")
    assert [e.actor_codes for e in coded if e.trigger.text == "condemned"] == [["PRK"]]
    assert [e.actor_codes for e in coded if e.event_type == "ACCUSE" and e.trigger.text != "condemned"] == [["PRK"]]
    # a commentary published somewhere is no writer's act
    published = events("Tongil Sinbo Friday ran a commentary published in Pyongyang on the drills.", published="2012-10-15")
    assert not [e for e in published if e.trigger.text == "published"]


def test_what_a_piece_of_writing_does_its_writer_does() -> None:
    said = events("Tongil Sinbo Friday says this in a signed commentary denouncing the new curfew imposed by the "
                  "puppet authorities in south Korea.", published="2012-10-15")
    assert [e.actor_codes for e in said if e.trigger.text == "denouncing"] == [["PRK"]]


def test_a_judgement_of_drills_the_parser_reads_as_joined_to_their_participle_accuses_their_doers() -> None:
    # "The drills staged by X are …": the small parser makes "staged" the main verb and joins "are …" to it
    issued = "The foreign ministry of the DPRK issued a statement late on Monday.\n\n"
    drills = "The joint naval drills staged by the U.S. and Japan near the peninsula are "
    judged = events(issued + drills + "downright war exercises aimed at aggression on the DPRK.", published="2012-10-15")
    assert [(e.actor_codes, sorted(e.recipient_codes)) for e in judged if e.event_type == "ACCUSE"] == [(["PRK"], ["JPN", "USA"])]
    described = events(issued + drills + "part of the routine training of both navies.", published="2012-10-15")
    assert not [e for e in described if e.event_type == "ACCUSE"]


def test_things_handed_over_in_numbers_are_material_aid() -> None:
    counted = events("A charity from Qatar handed over 40 wheelchairs to a clinic in Gaza on Sunday.", published="2022-05-05")
    assert [e.actor_codes for e in counted if e.event_type == "AID"] == [["QAT"]]
    # a reply handed over is no aid
    reply = events("The Chinese embassy handed over its reply to the ministry in Hanoi on Sunday.", published="2022-05-05")
    assert not [e for e in reply if e.event_type == "AID"]


@pytest.mark.parametrize(("text", "parties"), [("The Omani government gave 5,000 tons of wheat to Yemen.", (["OMN"], ["YEM"])),
                                               ("The Saudi fund transferred 30 million dollars to the central bank of Yemen.", (["SAU"], ["YEM"]))])
def test_goods_handed_to_a_party_are_aid_whatever_the_verb(text: str, parties: tuple[list[str], list[str]]) -> None:
    # verbs of handing over whose lexicon senses name no such object
    assert [(e.actor_codes, e.recipient_codes) for e in events(text, published="2022-05-05") if e.event_type == "AID"] == [parties]


@pytest.mark.parametrize("text", ["The Qatari minister presented the annual report to the parliament in Doha.",
                                  "The Israeli ministry sent nine questionnaires to the municipality of Lod on Monday.",
                                  "The Iranian court transferred the detained oil tanker to the navy on Monday.",
                                  "The Kuwaiti delegation gave full support to the Palestinian people."])
def test_what_is_handed_over_must_be_goods_by_name(text: str) -> None:
    # a report, a count of things that are no goods, a thing only described by a word for goods, and a stance are no aid
    assert "AID" not in [e.event_type for e in events(text, published="2022-05-05")]


def test_a_verb_the_small_model_lemmatises_wrongly_keeps_its_sense() -> None:
    # spaCy's small model gives "fined" the lemma "fin"
    coded = events("The regulator in Seoul fined the bank for leaking client data.", published="2022-07-05")
    assert [e.event_type for e in coded if e.trigger.text == "fined"] == ["SANCTION"]


@pytest.mark.parametrize("body, code", [("the National Reconciliation Council", "PRK"), ("the Democratic Labor Party", "KOR"),
                                        ("the Korean Committee for Cultural Relations", "PRK")])
def test_korean_bodies_whose_names_hold_no_country_are_known(body: str, code: str) -> None:
    coded = events(f"A spokesman for {body} denounced the drills staged by Japan near the islands on Monday.", published="2012-05-01")
    assert [e.actor_codes for e in coded if e.event_type == "ACCUSE"] == [[code]]


@pytest.mark.parametrize("words", ["a prominent statesman", "brave and diligent", "a great leader"])
def test_a_statesman_or_people_described_with_admiring_words_are_praised(words: str) -> None:
    said = cuban_statement(f"The Chilean president is {words}, the statement says.")
    assert [(e.actor_codes, e.recipient_codes) for e in events(said) if e.event_type == "SUPPORT"] == [(["CUB"], ["CHL"])]


def commentary(*sentences: str) -> str:
    """A North Korean paper's commentary handed the document's words, one paragraph per sentence given."""
    return "\n".join(("Naval drills of the United States began near Guam on Monday. Rodong Sinmun says in a commentary:", *sentences))


def test_a_deed_told_in_a_commentary_as_a_declaration_does_not_end_the_papers_voice() -> None:
    # "made a declaration of war" is the paper's charge, not news of the U.S. issuing words: a threat the paper
    # voices after it stays the paper's own, not one the U.S. (whose claim the paper quoted) makes
    text = commentary("The warmongers claim that their drills are defensive, but this is nothing but a lie.",
                      "Washington in effect made a quiet declaration of war on the DPRK by starting these drills.",
                      "The DPRK will respond to these U.S. war moves with a merciless punishment.")
    threat = [e for e in events(text, published="2012-03-05", typer="learned") if e.event_type == "THREATEN"]
    assert threat and all(e.actor_codes == ["PRK"] for e in threat)


@pytest.mark.parametrize("judgement", ["Japan is a criminal state", "Japan has rushed headlong into a new invasion"])
def test_a_pronoun_framing_a_sentence_means_the_party_named_before_it(judgement: str) -> None:
    # "It" is the paper, not the party the sentence goes on to name, which the paper accuses
    text = f"Rodong Sinmun on Tuesday carried an article. It said that {judgement}."
    accused = [(e.actor_codes, e.recipient_codes) for e in events(text, published="2012-03-05", typer="learned")
               if e.event_type == "ACCUSE"]
    assert accused == [(["PRK"], ["JPN"])]


def test_an_unknown_person_belongs_to_the_body_of_any_office_joined_in_apposition() -> None:
    for offices in ("minister of Foreign Affairs", "minister of Foreign Affairs and International Cooperation"):
        text = f"Pak Ui Chun met Hor Nam Hong, deputy prime minister and {offices} of Cambodia, on August 8."
        assert [(e.actor_codes, e.recipient_codes) for e in events(text, published="2012-08-09", typer="learned")
                if e.event_type == "CONSULT"] == [(["PRK"], ["KHM"])]


def test_an_office_in_scare_quotes_is_seouls_in_a_story_of_the_peninsula_whoever_it_is_mostly_about() -> None:
    text = ('South Korean papers carried editorials on Friday denouncing the "government" for seeking a military pact '
            "with Japan. Japan wants the pact signed this month, and Japan is said to be pressing hard for it.\n"
            'Kyunghyang Shinmun in an editorial accused the "government" authorities of hiding the aim of the pact.')
    accused = [(e.actor_codes, e.recipient_codes) for e in events(text, published="2012-06-30", typer="learned")
               if e.event_type == "ACCUSE"]
    assert accused == [(["KOR"], ["KOR"]), (["KOR"], ["KOR"])]
    # a story that names neither Korea: quotation marks are only the writer's doubt about that country's own office
    tokyo = events('Protesters in Tokyo denounced the "government" on Friday for raising the sales tax.', typer="learned")
    assert [e.recipient_codes for e in tokyo if e.event_type == "ACCUSE"] == [["JPN"]]


def test_a_judgement_of_what_the_above_said_party_uttered_accuses_the_party_that_just_acted() -> None:
    text = cuban_statement("The Canadian minister on Sunday demanded that Cuba open its ports to inspectors.",
                           "What the above-said minister uttered is nothing but sophistry, the statement says.")
    judged = [e for e in events(text, published="2012-06-30", typer="learned") if e.event_type == "ACCUSE"]
    assert [(e.actor_codes, e.recipient_codes) for e in judged] == [(["CUB"], ["CAN"])]


@pytest.mark.parametrize("prevented", ["banned Palestinian officials from attending the talks in Cairo",
                                       "barred the Palestinian delegation's visits to Cairo"])
def test_an_act_a_party_was_kept_from_did_not_happen_and_is_the_kept_partys(prevented: str) -> None:
    coded = events(f"Israel {prevented} on Monday.", published="2016-05-05", typer="learned")
    consult = [e for e in coded if e.event_type == "CONSULT"]
    assert consult and all(e.modality == "negated" and e.actor_codes == ["PSE"] for e in consult)
    forgone = events("Palestinian officials refrained from attending the talks in Cairo on Monday.", published="2016-05-05", typer="learned")
    assert all(e.modality == "negated" for e in forgone if e.event_type == "CONSULT")
    attended = events("Palestinian officials attended the talks in Cairo on Monday.", published="2016-05-05", typer="learned")
    assert [e.modality for e in attended if e.event_type == "CONSULT"] == ["actual"]


def test_a_stance_told_by_in_support_of_is_its_speakers_toward_the_party_named() -> None:
    # "in support of X": X is the one supported, and whoever issued the statement (or rallied) supports it
    coded = events("A Nigerian study group put out a statement on 7 June in support of the DPRK.", published="2012-06-25", typer="learned")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "SUPPORT"] == [(["NGA"], ["PRK"])]
    text = "The Chile-Korea Friendship Society on Monday released a statement in denunciation of naval drills held by the United States."
    assert [e.actor_codes for e in events(text, published="2012-06-25", typer="learned") if e.event_type == "ACCUSE"] == [["CHL"]]


def test_what_a_participle_of_handing_over_describes_is_what_was_handed_over() -> None:
    # "the guidance provided by X" hands over no material aid; "dresses donated by X" does
    guided = events("The wise guidance provided by the Chinese president brought great changes to Laos on Monday.",
                    published="2012-06-25", typer="learned")
    assert "AID" not in [e.event_type for e in guided]
    donated = events("Dresses donated by a Chinese firm reached the flooded villages of Laos on Monday.", published="2012-06-25",
                     typer="learned")
    assert [e.actor_codes for e in donated if e.event_type == "AID"] == [["CHN"]]


def test_an_attack_made_in_a_statement_is_a_charge_but_force_used_during_a_speech_is_force() -> None:
    said = events("The opposition leader in a statement on Saturday attacked the chief minister for the delay.",
                  published="2022-07-25", typer="learned")
    assert [e.event_type for e in said if e.trigger.text == "attacked"] == ["ACCUSE"]
    shot = events("The Kenyan senator was shot during a speech in Nairobi on Saturday.", published="2022-07-25", typer="learned")
    assert [e.event_type for e in shot if e.trigger.text == "shot"] == ["ASSAULT"]


@pytest.mark.parametrize("text", ["The Kenyan official, who asked not to be named, said the talks had failed.",
                                  "A Kenyan official, who asked to remain anonymous, said the talks had failed.",
                                  "This demands new skills and new teaching methods from Kenyan schools."])
def test_a_source_asking_for_anonymity_or_a_thing_that_needs_something_is_no_demand(text: str) -> None:
    assert "REQUEST" not in [e.event_type for e in events(text, published="2022-06-25", typer="learned")]
    # a party asked to act is still asked
    asked = events("The Kenyan minister asked Uganda to withdraw its troops.", published="2022-06-25", typer="learned")
    assert "REQUEST" in [e.event_type for e in asked]


def test_they_means_the_party_that_demanded_not_the_party_its_demand_was_about() -> None:
    text = ("South Korean students spoke to reporters in Seoul on Tuesday, and they demanded that the Japanese "
            "government make an apology.\nThey also slammed the Japanese cabinet for its renewed claim to the islets.")
    slammed = [e for e in events(text, published="2012-08-01", typer="learned") if e.trigger.text == "slammed"]
    assert [(e.actor_codes, e.recipient_codes) for e in slammed] == [(["KOR"], ["JPN"])]


def test_a_group_one_speaker_tells_of_keeps_the_speaker_as_source() -> None:
    # "he said, adding that they have not decided …": one person telling of a group's act reports it, even when
    # both belong to one country; the act is not his own speech act
    text = ("Iraq's prime minister said on Sunday that Baghdad would host a new round of talks between Iran and Saudi "
            "Arabia.\n“The earlier rounds were closed but this one will be open to the press,” he said, adding that they "
            "have not decided when to invite both sides.")
    invite = [e for e in events(text, published="2022-07-25", typer="learned") if e.trigger.text == "invite"]
    assert invite and all(e.attribution is not None and e.attribution.source.text == "he" for e in invite)


def test_standing_against_a_policy_is_a_rejection_standing_by_one_is_not() -> None:
    assert [(e.event_type, e.actor_codes) for e in events("Brazil stands firmly against the new European farm subsidies.")] \
        == [("REJECT", ["BRA"])]
    assert "REJECT" not in [e.event_type for e in events("Brazil stands firmly by the new European farm subsidies.")]


def test_a_subject_the_parser_joined_to_a_fronted_phrase_is_the_subject_again() -> None:
    # parsed "by Azerbaijan, Armenia and Iran" as one coordination, "agreed" with no subject
    coded = events("Following the shelling by Azerbaijan, Armenia and Iran agreed to hold regular consultations.")
    two_words = [e for e in events("Following the shelling by Azerbaijan, South Korea and Iran agreed to hold regular talks.")
                 if e.event_type == "AGREE"]
    assert two_words and sorted(two_words[0].actor_codes) == ["IRN", "KOR"]
    agree = [e for e in coded if e.event_type == "AGREE"]
    shelling = [e for e in coded if e.event_type == "ASSAULT"]
    assert agree and sorted(agree[0].actor_codes) == ["ARM", "IRN"]
    assert shelling and shelling[0].actor_codes == ["AZE"]


@pytest.mark.parametrize("text", ["Soldiers of the Nepalese army rebuilt the bridges that the floods had washed away.",
                                  "Heavy monsoon floods hit Sindh province last week. Pakistani soldiers are now repairing the "
                                  "damaged roads."])
def test_forces_rebuilding_in_a_story_of_a_disaster_do_relief_work(text: str) -> None:
    assert "AID" in [e.event_type for e in events(text)]


@pytest.mark.parametrize("text", ["Workers repaired the bridge damaged by the floods.",
                                  "Pakistani soldiers repaired the roads near the border on Monday.",
                                  "After the storm, Indian troops cleared the militants from the hill town."])
def test_rebuilding_by_others_or_with_no_disaster_is_no_relief_work(text: str) -> None:
    assert "AID" not in [e.event_type for e in events(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan protesters attacked the Ugandan embassy in Nairobi on Friday.", "PROTEST"),
    ("Gunmen attacked the Ugandan embassy in Nairobi on Friday.", "ASSAULT"),
    ("Kenyan police attacked the protesters in Nairobi on Friday.", "ASSAULT"),
    ("Hundreds of Kenyan protesters attacked the Ugandan embassy in Nairobi on Friday.", "PROTEST"),
    ("A crowd of Kenyan soldiers beat the Ugandan journalist in Nairobi on Friday.", "ASSAULT"),
])
def test_force_a_crowd_uses_is_a_riot(text: str, expected: str) -> None:
    types = [e.event_type for e in events(text)]
    assert expected in types and ({"ASSAULT", "PROTEST"} - {expected}).isdisjoint(types)


@pytest.mark.parametrize(("text", "event_type", "recipient"), [
    ("HAVANA - The Dutch navy seized a Cuban fishing boat on Monday. The Cuban foreign ministry issued a statement on "
     "Tuesday denouncing this move.", "ACCUSE", ["NLD"]),
    ("HANOI - Chinese coast guard ships fired water cannon at two fishing boats. The Vietnamese foreign ministry "
     "rejected the above-said actions as a violation of its sovereignty.", "REJECT", ["CHN"]),
    # a party's own act is not held against another ("these steps" are its own)
    ("HAVANA - The Cuban navy seized a Dutch fishing boat on Monday. The Cuban foreign ministry defended these "
     "steps on Tuesday.", "SUPPORT", []),
])
def test_an_act_judged_as_this_move_is_held_against_its_doers(text: str, event_type: str, recipient: list[str]) -> None:
    coded = [e for e in events(text, published="2012-05-01") if e.event_type == event_type]
    assert coded and all(e.recipient_codes == recipient for e in coded), coded


@pytest.mark.parametrize("text", [
    "The Kenyan president attended a summit held in Addis Ababa.",
    "The Kenyan president attended a summit which was hosted in Addis Ababa.",
])
def test_the_host_of_an_occasion_attended_is_where_it_was_held(text: str) -> None:
    coded = [e for e in events(text, published="2022-07-20") if e.event_type == "CONSULT"]
    assert [(e.actor_codes, e.recipient_codes) for e in coded] == [(["KEN"], ["ETH"])]


@pytest.mark.parametrize(("text", "sanctioned"), [
    ("LUSAKA - The state miner suspended copper output at two shafts for repairs.", False),
    ("WINDHOEK - The ministry suspended classes for two days because of the floods.", False),
    ("PRETORIA - President Ramaphosa suspended the public protector on June 9.", True),
    ("The EU suspended aid to Niger after the coup.", True),
    # what a party holds, suspended or cancelled, is a measure against that party
    ("NAIROBI - The charities board on Friday cancelled the Tumaini Trust's registration.", True),
])
def test_suspending_an_activity_is_no_sanction(text: str, sanctioned: bool) -> None:
    coded = events(text, published="2022-07-20")
    assert any(e.event_type == "SANCTION" for e in coded) == sanctioned, coded


@pytest.mark.parametrize(("text", "event_type", "unwanted"), [
    # a party defending its own act is not judging its critics' words
    ("Dutch jets struck a depot near the border on Sunday. Cuba condemned the strikes. The Dutch army defended this "
     "operation on Monday.", "SUPPORT", "CUB"),
    # "this decision" is the act just told, not one told two sentences before
    ("Cuban troops shelled a Dutch outpost overnight. Separately, the Dutch central bank raised interest rates on "
     "Wednesday. Dutch senators criticised this decision.", "ACCUSE", "CUB"),
    # a summit held "in the shadow of" a war is not held in the war's country
    ("The Cuban prime minister attended a summit held in the shadow of the war in Ukraine.", "CONSULT", "UKR"),
])
def test_review_overreaches_of_the_twenty_fourth_round(text: str, event_type: str, unwanted: str) -> None:
    coded = [e for e in events(text, published="2022-07-20") if e.event_type == event_type]
    assert coded and not any(unwanted in e.recipient_codes for e in coded), coded


@pytest.mark.parametrize(("text", "event_type"), [
    # a measure suspended that reaches a named party is a sanction
    ("Poland suspended the issuance of visas to Belarusian citizens.", "SANCTION"),
])
def test_narrowed_mechanisms_keep_the_events_they_must_keep(text: str, event_type: str) -> None:
    assert any(e.event_type == event_type for e in events(text, published="2022-07-20"))


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # in a story about its own country's stand, the narration's demand is that country's; the obliged are asked
    ("Pyongyang, May 3 (KCNA) -- Working people across the DPRK marked the anniversary of the DPRK's founding. "
     "The Japanese authorities should withdraw the textbook at once.", ["PRK"], ["JPN"]),
    # a wire's dateline is no demander of a story about others
    ("HARARE - Zambia and Malawi should scrap the new border levy.", [], ["MWI", "ZMB"]),
    # the target of what is asked is no recipient of the demand: the obliged party is
    ("Pyongyang, May 3 (KCNA) -- Working people across the DPRK marked the anniversary. The U.S. should halt its "
     "hostile acts against the DPRK.", ["PRK"], ["USA"]),
    # asked of the country a story is about: by no one named, not by that country itself
    ("Cuba must end its repression of dissidents.", [], ["CUB"]),
    # a verb that names a demand keeps its own subject as the demander
    ("NAIROBI - The council should urge the ministry to reverse the fuel tax.", ["KEN"], ["KEN"]),
])
def test_an_obliged_party_is_asked_not_asking(text: str, actor: list[str], recipient: list[str]) -> None:
    coded = [e for e in events(text, published="2022-07-20") if e.event_type == "REQUEST"]
    assert [(e.actor_codes, e.recipient_codes) for e in coded] == [(actor, recipient)], coded
    assert not any(a.text == r.text for e in coded for a in e.actor for r in e.recipient)


@pytest.mark.parametrize(("text", "asked"), [
    # a condition, not a demand
    ("Pyongyang, June 5 (KCNA) -- Should the U.S. cancel the drills, the DPRK would respond with goodwill.", "U.S."),
    ("Pyongyang, June 5 (KCNA) -- If the U.S. should abandon its enmity, the situation would change.", "U.S."),
    # a country's own resolve, voiced by its own minister
    ("Russia and China must end Western hegemony, Lavrov said.", "Russia"),
    # no party obliged
    ("The fighting must stop, the pope said.", "The fighting"),
])
def test_an_obliged_subject_is_not_asked_when_no_one_asks_it(text: str, asked: str) -> None:
    coded = [e for e in events(text, published="2022-07-20") if e.event_type == "REQUEST"]
    assert not any(r.text == asked for e in coded for r in e.recipient), coded


@pytest.mark.parametrize(("text", "event_type", "actor"), [
    # a state force moved in the passive, no word placing it, in a story naming no other country: the story's own
    ("SANTIAGO - Soldiers were deployed to the northern ports on Monday.", "MOBILIZE", ["CHL"]),
    ("DUBAI - Teams from Dubai Police were mobilised to help the flood victims.", "MOBILIZE", ["ARE"]),
])
def test_a_force_moved_in_the_passive_is_its_own_doer(text: str, event_type: str, actor: list[str]) -> None:
    coded = [e for e in events(text, published="2022-07-20") if e.event_type == event_type]
    assert [(e.actor_codes, e.recipient_codes) for e in coded] == [(actor, [])], coded


@pytest.mark.parametrize("text", [
    "KYIV - Occupying forces were deployed around the nuclear plant.",
    "TAIPEI - Hostile forces were deployed near the median line of the strait.",
])
def test_an_enemy_force_moved_is_not_the_story_s_own(text: str) -> None:
    coded = [e for e in events(text, published="2022-07-20") if e.event_type == "MOBILIZE"]
    assert coded and not any(e.actor_codes for e in coded), coded


def test_a_statement_made_public_speaks_through_its_later_sentences() -> None:
    # "made public a joint statement", which the parser reads as a clause, issues the statement; the acts its own
    # charge tells ("of fanning tension") and the acts a sentence's trailing "it said" reports are not the
    # narration's, so "it" stays the issuer
    text = ("Pyongyang, May 9 (KCNA) -- The Chile Regional Committee for Korean Reunification on Saturday made public "
            "a joint statement against the war drills.\n\n"
            "The statement accused the Japanese cabinet of vilifying the DPRK.\n\n"
            "The Japanese authorities staged large naval drills with the U.S. last week, it said.\n\n"
            "It urged Tokyo to halt the drills at once.")
    coded = events(text, published="2012-05-09")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.trigger.text in {"accused", "urged"}] == [
        (["CHL"], ["JPN"]), (["CHL"], ["JPN"])], coded


@pytest.mark.parametrize(("text", "asked"), [
    ("We should consider asking our fellow citizens a simple question.", False),
    ("Today we want to talk about a few difficult questions.", False),
    ("Our two nations must back one another in defending their institutions.", False),
    # a verb that names a demand is one, whoever makes it
    ("We urge the government to act.", True),
])
def test_the_speaker_s_own_resolve_is_no_demand(text: str, asked: bool) -> None:
    coded = events(text, published="2022-07-20")
    assert any(e.event_type == "REQUEST" for e in coded) == asked, coded


@pytest.mark.parametrize(("text", "event_type"), [
    # what a business or a venue offers its customers is trade, no offer between parties
    ("The airline will offer direct flights to Nairobi from next month.", None),
    ("The resort offers a stunning view of the lake.", None),
    # an offer to act is one
    ("Qatar offered to mediate between the two sides.", "AGREE"),
])
def test_what_is_offered_decides_the_offer(text: str, event_type: str | None) -> None:
    coded = [e.event_type for e in events(text, published="2022-07-20") if e.trigger.text.startswith("offer")]
    assert coded == ([event_type] if event_type else []), coded


def test_an_enemy_force_moved_under_a_home_source_is_no_home_deployment() -> None:
    coded = [e for e in events("BAMAKO - Enemy troops were deployed near the border town of Menaka, the Malian army said.",
                               published="2022-07-20") if e.event_type == "MOBILIZE"]
    assert [(e.actor[0].text, e.actor_codes, e.recipient_codes) for e in coded] == [("Enemy troops", [], [])], coded


@pytest.mark.parametrize(("text", "uncoded"), [
    # what the speaker resolves to do is not coded as done or planned by them
    ('BRUSSELS - "We need to punish Russia with more sanctions," the Polish prime minister said.', "SANCTION"),
    ('NEW DELHI - "Our countries must work together to fight terrorism," the prime minister said.', "ASSAULT"),
])
def test_the_content_of_a_speaker_s_resolve_is_not_an_act(text: str, uncoded: str) -> None:
    coded = events(text, published="2022-07-20")
    assert not any(e.event_type == uncoded for e in coded), coded


def test_acts_done_by_saying_them_are_no_resolve() -> None:
    # a refusal or a condemnation made in the words that say the speaker wants or has to make it
    for text, category in (('ATHENS - "We have to reject this proposal," the minister said on Monday.', "REJECT"),
                           ('PARIS - "I want to condemn the attack on the embassy in the strongest terms," Macron said.', "ACCUSE")):
        assert category in [e.event_type for e in events(text, published="2022-07-20")], text


def test_state_media_narration_voices_a_demand_when_its_country_is_named_as_often_as_any() -> None:
    text = ("Pyongyang, July 19 (KCNA) -- The south Korean puppets must halt the leaflet scattering at once. "
            "The DPRK will not sit idle.")
    coded = [e for e in events(text, published="2022-07-20") if e.event_type == "REQUEST"]
    assert [(e.actor_codes, e.recipient_codes) for e in coded] == [(["PRK"], ["KOR"])], coded


@pytest.mark.parametrize(("text", "event_type"), [
    # an act only offered or sought is one to come, which the guide reads as the offer (a future RETREAT is CONCEDE)
    ("The government offered the rebels a ceasefire.", "RETREAT"),
    ("Kenya offered aid to the flood victims in Somalia.", "AID"),
])
def test_a_deed_offered_is_to_come(text: str, event_type: str) -> None:
    coded = [e.modality for e in events(text, published="2022-07-20") if e.event_type == event_type]
    assert coded == ["future"], coded



def test_joint_issuers_speak_as_the_one_their_own_names_place() -> None:
    # the story names the DPRK most, which would place the first body, which its name does not place
    text = ("The Socialist Front of the People and the Union of Young Socialists of Peru released a joint statement on "
            "March 2 backing the DPRK. The statement lauded what the DPRK had built over the decades. We extend "
            "our whole-hearted backing to the Korean people and their drive for reunification, it said.")
    coded = [e for e in events(text, published="2012-03-05") if e.event_type == "SUPPORT" and e.trigger.text == "extend"]
    assert [e.actor_codes for e in coded] == [["PER"]], coded


@pytest.mark.parametrize(("text", "asked"), [
    ("NAIROBI - The government must scrap the fuel tax and release the detained activists, the opposition leader said.",
     "release"),
    ("Pyongyang, May 3 (KCNA) -- Tokyo should abandon its enmity toward Pyongyang and offer an apology and "
     "compensation for its colonial crimes.", "compensation"),
])
def test_what_an_obligation_demands_is_its_content(text: str, asked: str) -> None:
    coded = events(text, published="2022-07-20")
    assert any(e.event_type == "REQUEST" for e in coded) and not any(e.trigger.text == asked for e in coded), coded


def test_a_body_named_for_the_cause_it_backs_does_not_place_joint_issuers() -> None:
    text = ("The Progressive Party and the Friends of Ukraine Society issued a joint statement on Britain's policy. "
            "It urged London to send more arms.")
    coded = [e for e in events(text, published="2022-07-20") if e.event_type == "REQUEST"]
    assert coded and all(e.actor_codes == ["GBR"] for e in coded), coded


def test_the_subject_of_words_a_statement_reports_before_its_frame_is_not_whom_it_later_means() -> None:
    # each sentence its own paragraph, as KCNA prints them: "It" and "the statement" are the Chilean body again
    text = ("The Chilean Circle for Korean Studies in a note of Jan. 9 backed the peace offer of the DPRK government.\n"
            "The DPRK took such a step for peace in the region, the statement noted.\n"
            "The proposal reflects the wish of the whole nation, it stressed.\n"
            "It slammed Seoul for brushing the offer aside.")
    accusation = [e for e in events(text, published="2012-01-12") if e.trigger.text == "slammed"]
    assert accusation and accusation[0].actor_codes == ["CHL"] and accusation[0].recipient_codes == ["KOR"]


def test_news_a_person_reports_before_the_frame_is_whom_a_later_they_means() -> None:
    text = ("The governor of Kharkiv spoke to reporters on Monday.\n"
            "Russian forces shelled the city overnight, he said.\n"
            "They also hit a school in the north of the city.")
    strikes = [e for e in events(text, published="2022-05-02") if e.trigger.text == "hit"]
    assert strikes and strikes[0].actor_codes == ["RUS"]


def test_a_statement_that_says_and_continues_keeps_its_issuer_as_the_speaker() -> None:
    text = ("The Iceland-DPRK Friendship Society on Monday released a statement backing the planned launch of the DPRK. "
            "The DPRK has a full right to send satellites into space, the statement said, and continued:\n"
            "We urge the western countries to respect that right and stop their slander.")
    demand = [e for e in events(text, published="2012-04-02") if e.event_type == "REQUEST"]
    assert demand and demand[0].actor_codes == ["ISL"] and demand[0].actor[0].text == "We"


def test_a_party_in_a_country_is_that_countrys_even_when_its_name_alone_is_a_ruling_partys() -> None:
    coded = events("The Workers' Party in Brazil condemned the new U.S. sanctions on Havana.")
    assert [e.actor_codes for e in coded if e.event_type == "ACCUSE"] == [["BRA"]]
    issuer = events("The preparatory committee for founding the Workers' Party in Belarus released a statement on July 12 "
                    "condemning the U.S. drills.", published="2012-07-20")
    assert [e.actor_codes for e in issuer if e.event_type == "ACCUSE"] == [["BLR"]]
    # a state's forces "in" a country are still that state's, stationed there
    forces = events("The Russian forces in Syria fired shells near the Turkish border.")
    assert all(e.actor_codes == ["RUS"] for e in forces if e.event_type in {"ASSAULT", "MOBILIZE"})


def test_a_party_called_foreign_is_not_placed_in_the_storys_own_country() -> None:
    coded = events("Foreign well-wishers toured Pyongyang and met officials of the ruling party.")
    visit = [e for e in coded if e.event_type == "CONSULT"]
    assert visit and visit[0].actor[0].code is None and visit[0].recipient_codes == ["PRK"]
    critics = [e for e in events("Foreign journalists criticized the Japanese government for the ban.") if e.event_type == "ACCUSE"]
    assert critics and critics[0].actor[0].code is None
    # the headline's praisers, placed by no one: the role model does not give them the story's country either
    praised = events("Kim Jong Il's Feats Praised by Foreign Newspapers", learned_roles=True)
    assert all(e.actor[0].code is None for e in praised if e.event_type == "SUPPORT")
    # but the foreign minister is the story's own government's
    minister = [e for e in events("The foreign minister criticized the Japanese government for the ban.") if e.event_type == "ACCUSE"]
    assert minister and minister[0].actor_codes == ["JPN"]


def test_a_meeting_named_again_discusses_in_each_conjoined_verb() -> None:
    for text in ("The plenary meeting reviewed the work of the past year and discussed the tasks ahead.",
                 "The conference examined the implementation of the plan and discussed measures to boost farm output."):
        assert not [e for e in events(text) if e.event_type == "CONSULT"], text
    talks = events("The ministers of Japan reviewed the plan and discussed trade with their Chinese counterparts.")
    assert [e for e in talks if e.event_type == "CONSULT"]


@pytest.mark.parametrize(("text", "content"), [
    # the need stressed is the demand; what it needs done is its content, however deep the clause
    ("Both sides stressed the need to hold regular talks on trade.", "CONSULT"),
    ("The general stressed the need to sharpen the fight against hostile propaganda.", "THREATEN"),
    ("There is no need to impose new sanctions on Iran, the minister said.", "SANCTION"),
])
def test_what_a_stated_need_asks_for_is_not_an_event_of_its_own(text: str, content: str) -> None:
    assert not [e for e in events(text) if e.event_type == content]


def test_a_demand_for_a_measure_does_not_swallow_the_act_it_is_made_over() -> None:
    # what the demand acts on is not asked for when the demand itself is asked of no one
    coded = events("The families demanded compensation from Moscow after Russian troops shelled the village.")
    assert [e for e in coded if e.event_type == "ASSAULT" and e.actor_codes == ["RUS"]]


@pytest.mark.parametrize("text", [
    # a group the report tells of is whom a later "they" means, whoever reports it
    "Amnesty International published a report on Thursday.\nBahraini police beat detained protesters in Manama, it said.\n"
    "They also denied them medical treatment.",
    "Jerusalem, July 14 -- Palestinian militants fired rockets into southern Israel, an army spokesman said.\n"
    "They also fired mortar shells at a border crossing.",
])
def test_a_group_told_of_before_a_reporting_frame_is_whom_a_later_they_means(text: str) -> None:
    later = [e for e in events(text, published="2012-07-16") if e.trigger.start > text.index("They")]
    assert later and later[0].actor_codes and later[0].actor_codes[0] in {"BHR", "PSE"}


def test_a_speaker_named_in_the_sentence_is_who_i_or_the_statement_means() -> None:
    text = ("Islamabad, July 14 -- U.S. drones struck a compound in North Waziristan, killing eight people.\n"
            "I strongly condemn the attack, Pakistani Prime Minister Raja Pervez Ashraf said.")
    assert [e.actor_codes for e in flashpoint.code_text(text, published="2012-07-16") if e.event_type == "ACCUSE"] == [["PAK"]]
    issued = ("Ankara, July 4 -- Syria shot down a Turkish fighter jet over the Mediterranean on Friday.\n"
              "The statement, released by the Turkish foreign ministry, condemned the attack.")
    assert [e.actor_codes for e in flashpoint.code_text(issued, published="2012-07-16") if e.event_type == "ACCUSE"] == [["TUR"]]


def test_a_party_whose_own_name_places_it_stays_that_countrys_wherever_it_is() -> None:
    coded = events("Envoys of the Communist Party of Laos in Hanoi met Vietnamese officials.")
    assert [e.actor_codes for e in coded if e.event_type == "CONSULT"] == [["LAO"]]


def test_violence_by_a_foreign_force_is_not_coded_to_the_place_it_struck() -> None:
    coded = [e for e in events("Kabul, July 15 -- Foreign troops killed three civilians in Helmand province.") if e.event_type == "ASSAULT"]
    assert coded and coded[0].actor[0].text == "Foreign troops" and coded[0].actor[0].code is None


def test_a_meeting_named_again_that_meets_a_new_side_is_a_meeting() -> None:
    text = ("Tehran, July 20 -- The Non-Aligned Movement summit opened in Tehran on Thursday.\n"
            "The summit adopted a final declaration and met with Egyptian President Mohamed Morsi.")
    assert [e for e in events(text, published="2012-07-21") if e.event_type == "CONSULT" and "EGY" in e.recipient_codes]


def test_a_statement_named_by_its_date_or_author_is_not_the_one_being_reported() -> None:
    text = ("Tokyo, July 16 -- The Nepal Workers Party issued a statement on Monday.\n"
            "The 1993 Kono statement admitted the army's role in the crimes.")
    admitted = [e for e in events(text, published="2012-07-16") if e.trigger.text == "admitted"]
    assert admitted and admitted[0].actor_codes == ["JPN"]


def test_a_stated_need_does_not_swallow_an_act_told_as_anothers() -> None:
    coded = events("EU foreign ministers stressed the need to respond firmly to North Korea's nuclear test.")
    assert [e for e in coded if e.event_type == "MOBILIZE" and e.actor_codes == ["PRK"]]
    # nor what a demand asked of another is about
    about = events("The union urged Seoul to warn Beijing over the detention of two Korean fishermen by the Chinese coast guard.")
    assert [e for e in about if e.event_type == "COERCE"]


def test_a_countrys_people_abroad_and_its_party_abroad_stay_its_own() -> None:
    abroad = events("Pyongyang, June 3 (KCNA) -- The overseas compatriots denounced the Lee Myung Bak group.", published="2012-06-03")
    assert [e.actor_codes for e in abroad if e.event_type == "ACCUSE"] == [["PRK"]]
    # a party named with its country keeps it wherever it is
    party = events("Beijing, June 3 -- The Chinese Communist Party in Hong Kong praised the new security law.")
    assert [e.actor_codes for e in party if e.event_type == "SUPPORT"] == [["CHN"]]


def test_a_message_of_greeting_is_one_support_not_also_a_meeting() -> None:
    text = ("Pyongyang, May 28 (KCNA) -- Kim Yong Nam, head of the DPRK parliament, this week sent a message of greeting "
            "to Ram Baran Yadav, president of Nepal, for the country's republic day.")
    coded = events(text, published="2012-05-28")
    assert [e.event_type for e in coded] == ["SUPPORT"] and coded[0].recipient_codes == ["NPL"]


def test_whom_a_judging_verb_charges_does_what_it_is_charged_with_planning() -> None:
    text = "Two Swiss associations denounced Washington and Seoul for planning to hold combined naval drills in May."
    # the guide's scheduled joint drills: AGREE, future, the two sides as actors
    planned = [e for e in events(text, published="2012-02-20") if e.event_type == "AGREE"]
    assert planned and set(planned[0].actor_codes) == {"USA", "KOR"} and planned[0].modality == "future"
    # the judge's own act stays the judge's
    assert [e.actor_codes for e in events(text, published="2012-02-20") if e.event_type == "ACCUSE"] == [["CHE"]]


def test_what_the_charged_party_is_charged_with_doing_by_another_act_is_its_own() -> None:
    coded = events("The NATO chief accused Beijing of fueling the war by supplying drones to Moscow.", published="2024-05-17")
    assert [e.actor_codes for e in coded if e.event_type == "AID"] == [["CHN"]]


def test_a_charge_passes_no_act_to_the_charged_past_a_party_acted_on_or_in_the_passive() -> None:
    # what the charged party presses another into doing is the other's, and asked for
    pressed = events("Pyongyang accused Washington of using the talks to pressure Seoul into abandoning its missile program.")
    assert not [e for e in pressed if e.actor_codes == ["USA"] and e.event_type == "RETREAT"]
    # a passive's charged subject does not judge itself
    criticized = events("The United Nations was criticized for failing to prevent the massacre in Srebrenica.")
    assert not [e for e in criticized if e.event_type == "ACCUSE" and "IGO" in e.actor_codes and "IGO" in e.recipient_codes]


def test_the_visiting_party_told_of_before_keeps_its_country_and_a_foreign_object_doer_stays_uncoded() -> None:
    text = "Chinese Premier Li Keqiang arrived in Hanoi on Monday.\nThe visiting premier held talks with the Vietnamese prime minister."
    talks = [e for e in events(text, published="2013-10-14") if e.trigger.text == "talks"]
    assert talks and talks[0].actor_codes == ["CHN"]
    helped = events("Syria accused Turkey of helping foreign militants to cross the border into Idlib province.")
    crossing = [e for e in helped if e.trigger.text == "cross"]
    assert crossing and crossing[0].actor[0].text == "foreign militants" and crossing[0].actor[0].code is None


def test_what_a_party_can_and_will_do_is_declared_and_a_need_agreed_on_asks_nothing() -> None:
    declared = events("The United States can and will retaliate against any attack on its troops, the Pentagon said.")
    assert [e.modality for e in declared if e.event_type == "THREATEN"] == ["actual"]
    agreed = events("Japan and the United States agreed on the need to strengthen their joint drills.")
    assert not [e for e in agreed if e.event_type == "REQUEST"]


def test_i_is_the_named_speaker_of_the_sentences_own_frame_not_the_last_issuer() -> None:
    text = ("Pyongyang, May 3 (KCNA) -- The Mongolian Friendship Society issued a statement on Tuesday.\n"
            "I was glad to make a goodwill visit to Pyongyang, the Chinese vice-premier, Li Keqiang, said at a banquet.")
    visit = [e for e in events(text, published="2012-05-03") if e.event_type == "CONSULT"]
    assert visit and visit[0].actor_codes == ["CHN"] and visit[0].actor[0].text == "I"


def test_we_in_words_a_speaker_relays_is_not_the_relaying_speaker() -> None:
    text = ("Islamabad, May 3 -- Pakistani Prime Minister Gilani said the raid was unacceptable.\n"
            "We condemn the unilateral American raid, U.S. State Department spokeswoman Victoria Nuland said, quoting the Pakistani prime minister.")
    assert [e.actor_codes for e in events(text, published="2012-05-03") if e.trigger.text == "condemn"] == [["PAK"]]
    relayed = ("Damascus, June 3 -- Russian envoy Bogdanov met President Assad.\n"
               "We will never step down under foreign pressure, Bogdanov said Assad told him.")
    assert all("RUS" not in e.actor_codes for e in events(relayed, published="2012-06-03") if e.event_type == "RETREAT")


def test_the_party_a_passive_participle_describes_is_acted_on_but_not_a_thing_it_describes() -> None:
    detained = events("NAIROBI - Two lawyers were among thirty people detained by Kenyan police at the rally on Friday.")
    arrest = [e for e in detained if e.event_type == "COERCE"]
    assert arrest and arrest[0].recipient_codes == ["KEN"] and arrest[0].recipient[0].text.endswith("people")
    shot = events("Relatives of a Thai fisherman killed by Myanmar border guards in 2019 want an inquiry.")
    assert [e.recipient_codes for e in shot if e.event_type == "ASSAULT"] == [["THA"]]
    # a pact or a road is no party, even when its own words name some
    signed = events("The minister praised the Laos-Vietnam border accord signed by the two premiers in 1977.")
    assert not any(e.recipient_codes for e in signed if e.trigger.text == "signed")


def test_people_a_country_coerces_are_its_own_though_the_story_is_told_from_elsewhere() -> None:
    opening = "Pyongyang, May 3 (KCNA) -- The DPRK Red Cross Society wrote to the International Committee on Monday. "
    crackdown = events(opening + "The message said the Seoul regime is now cracking down upon the associations opposed to its policy of confrontation.",
                       published="2012-05-03")
    assert [e.recipient_codes for e in crackdown if e.event_type == "COERCE"] == [["KOR"]]
    # a body a foreign party only condemns may be anyone's
    condemned = events(opening + "Iran condemned the board for its report.", published="2012-05-03")
    assert [e.recipient_codes for e in condemned if e.event_type == "ACCUSE"] == [[]]


def test_a_passive_joined_to_a_passive_is_done_to_the_same_subject() -> None:
    charged = events("PERTH - A farm union leader was detained and charged with obstructing the highway near the port.")
    assert [e.recipient_codes for e in charged if e.event_type == "ACCUSE"] == [["AUS"]]
    # a joined verb with an object of its own acts on that object, not on the first verb's subject
    own = events("PERTH - A farm union leader was detained and accused the police of brutality.")
    assert all(e.recipient[0].text != "A farm union leader" for e in own if e.event_type == "ACCUSE" and e.recipient)


def test_the_subject_of_a_passive_light_verb_is_whom_the_act_reaches() -> None:
    given = events("TAIPEI - Two police officers were given demerits for leaking the files.")
    assert [e.recipient_codes for e in given if e.event_type == "SANCTION"] == [["TWN"]]
    # the act's own noun as the subject reaches no one by being the subject
    made = events("TAIPEI - A formal apology was made by the ministry on Monday.")
    assert not any(e.recipient for e in made if e.event_type == "CONCEDE")


def test_an_appeal_by_the_time_or_the_only_way_is_a_demand_and_its_act_is_its_content() -> None:
    time = events("Now is the time for Canberra to pull its warships back, the Indonesian minister said.")
    assert [(e.actor_codes, e.recipient_codes) for e in time if e.event_type == "REQUEST"] == [(["IDN"], ["AUS"])]
    assert not [e for e in time if e.event_type == "RETREAT"]
    way = events("The only way to calm the border is to reopen the crossings, the Ugandan envoy said.")
    assert [e.actor_codes for e in way if e.event_type == "REQUEST"] == [["UGA"]]
    better = events("Manila had better withdraw the new rules on fishing, the Vietnamese minister said.")
    assert [(e.actor_codes, e.recipient_codes) for e in better if e.event_type == "REQUEST"] == [(["VNM"], ["PHL"])]
    # a time or a way told, not called for
    told = events("The Ugandan envoy said the time of the vote was set and the way to the border was closed.")
    assert not [e for e in told if e.event_type == "REQUEST"]


def test_a_task_or_need_the_speaker_states_is_a_demand_not_a_charge_against_whom_it_names() -> None:
    task = events("It is the pressing task of the region to put an end to the smugglers' raids on the border, the Chadian statement said.")
    assert [e.event_type for e in task] == ["REQUEST"]
    need = events("To keep the peace it is essential to foil the schemes of the warmongers in Khartoum, the Chadian statement said.")
    assert not [e for e in need if e.event_type == "ACCUSE"]
    # the speaker's own duty asks no one
    duty = events("It is our duty to honour the commitments with deeds, the Chadian minister said.")
    assert not [e for e in duty if e.event_type == "REQUEST"]


def test_every_verb_of_an_infinitive_list_a_demand_asks_for_is_its_content() -> None:
    # the parser joins "intensify" to "stressed", not to "revive"
    listed = events("The Chadian minister stressed the need to revive mutual visits, intensify dialogue and deepen cooperation with Niger.")
    assert not [e for e in listed if e.trigger.text in {"dialogue", "intensify", "deepen", "cooperation"}]
    # a verb that has its own subject is its own act
    own = events("The Chadian minister stressed the need to revive mutual visits, and Niger agreed to hold talks.")
    assert [e.actor_codes for e in own if e.trigger.text == "agreed"] == [["NER"]]


def test_appeals_the_speaker_makes_of_its_own_government_or_side_and_ways_that_call_for_nothing() -> None:
    # an opposition's appeal to its own government is a demand, and what it asks is not done
    home = events("ACCRA - It is necessary for the government to lift the curfew, the opposition leader said.")
    assert [e.event_type for e in home] == ["REQUEST"]
    # a way told of someone, or of putting a thing into words, calls for nothing
    told = events("The only way the ruling party could keep power was to buy votes, the Ghanaian opposition leader said.")
    assert not [e for e in told if e.event_type == "REQUEST"]
    words = events("The only way to describe the shelling is to call it a crime, the Ghanaian minister said.")
    assert not [e for e in words if e.event_type == "REQUEST"]
    # the duty of one's own army is one's own resolve; what "had better" asks is not done
    duty = events("Pyongyang, May 3 (KCNA) -- The KPA General Staff issued a statement on Monday.\n"
                  "It is the holy duty of the KPA to wipe out the invaders, the statement said.", published="2012-05-03")
    assert not [e for e in duty if e.event_type == "REQUEST"]
    better = events("Washington had better pull its troops out of Syria, the Cuban statement said.")
    assert [e.event_type for e in better] == ["REQUEST"]


def test_forces_a_participle_moves_are_the_movers_not_whom_the_act_reaches() -> None:
    moved = events("ANKARA - Turkish troops deployed along the frontier staged a drill on Monday.")
    assert not any(e.recipient and e.recipient[0].text.endswith("troops") for e in moved)


def test_bail_or_parole_a_court_grants_is_a_release() -> None:
    # the rule lexicon's own reading (the trigger model, trained on such releases, may read the noun alone)
    bail = events("LUSAKA - The magistrate granted bail to the opposition activist on Thursday.", typer="rules")
    assert [(e.event_type, e.recipient_codes) for e in bail] == [("RETREAT", ["ZMB"])]
    # other grants are what they were
    aid = events("LUSAKA - The World Bank granted a loan of $50 million to Zambia on Thursday.", typer="rules")
    assert [e.event_type for e in aid] == ["AID"]


def test_the_time_for_the_speakers_own_side_asks_no_one_and_a_shared_subject_is_not_its_own_recipient() -> None:
    own = events("HARARE - Now is the time for us to unite against hunger, the opposition leader said.")
    assert not [e for e in own if e.event_type == "REQUEST"]
    charged = events("HARARE - The reporter was detained but not charged.")
    assert not any(set(e.actor_codes) & set(e.recipient_codes) and e.actor[0].text == e.recipient[0].text
                   for e in charged if e.actor and e.recipient)


def test_the_time_that_has_come_and_the_way_out_for_a_party_are_appeals_to_it() -> None:
    come = events("The time has come for Canberra to lift the tariffs on wine, the Chinese minister said.")
    assert [(e.event_type, e.recipient_codes) for e in come] == [("REQUEST", ["AUS"])]
    high = events("It is high time for Tokyo to return the islands, the Chinese paper said.")
    assert [(e.event_type, e.recipient_codes) for e in high] == [("REQUEST", ["JPN"])]
    out = events("The only way out of the crisis is for Caracas to free the detained activists, the Colombian minister said.")
    assert [(e.event_type, e.recipient_codes) for e in out] == [("REQUEST", ["VEN"])]


def test_the_subject_two_passives_share_is_not_the_doer_of_the_second() -> None:
    # the parser tags "charged" a past tense here; its "with" still marks it passive
    charged = events("HANOI - A Vietnamese blogger was detained in Ho Chi Minh City and charged with spreading propaganda against the state.")
    accused = [e for e in charged if e.event_type == "ACCUSE"]
    assert accused and accused[0].actor[0].text != "Vietnamese blogger" and accused[0].recipient_codes == ["VNM"]
    # an active verb joined to a passive is the subject's own act
    accused = events("HARARE - The union leader was freed on bail and accused the police of torture.")
    assert [e.actor[0].text for e in accused if e.event_type == "ACCUSE"] == ["The union leader"]


def test_the_time_come_for_the_speakers_own_government_or_foretold_is_no_demand() -> None:
    own = events("LUSAKA - The Zambian president said the time had come for his government to cooperate with the IMF.")
    assert not [e for e in own if e.event_type == "REQUEST"]
    foretold = events("The time will come for the invaders to answer for their crimes, the Zambian minister said.")
    assert not [e for e in foretold if e.event_type == "REQUEST"]


def test_a_judged_request_reaches_whoever_made_it() -> None:
    refused = events("NAIROBI - The tribunal threw out a complaint lodged by three farmers over the land titles.")
    assert [(e.event_type, e.recipient_codes) for e in refused if e.event_type == "REJECT"] == [("REJECT", ["KEN"])]
    granted = events("ACCRA - The ministry approved applications by several traders to reopen their stalls.")
    assert [e.recipient[0].text for e in granted if e.event_type in {"AGREE", "SUPPORT"}] == ["several traders"]
    # what someone made is not a party: the one who made it is, not whatever the thing was made for
    place = events("ACCRA - The ministry approved a road built by the council for the villages.")
    assert not any(r.text == "the villages" for e in place for r in e.recipient)


def test_people_of_a_trade_or_a_court_acted_on_are_parties_of_the_story() -> None:
    urged = events("LIMA - The education minister urged educators to return to the classrooms.")
    assert [(e.event_type, e.recipient_codes) for e in urged] == [("REQUEST", ["PER"])]
    warned = events("LIMA - The judge warned the plaintiffs against speaking to the press.")
    assert [e.recipient_codes for e in warned if e.event_type == "THREATEN"] == [["PER"]]


def test_support_voiced_for_a_partys_cause_reaches_that_party() -> None:
    cause = events("The Malian party voiced solidarity with the struggle of the Venezuelan people.")
    assert [e.recipient_codes for e in cause if e.event_type == "SUPPORT"] == [["VEN"]]
    stand = events("The Malian party expressed full support for the principled stand of the Cuban government.")
    assert [e.recipient_codes for e in stand if e.event_type == "SUPPORT"] == [["CUB"]]
    # the one praised is whom the praise reaches, not whatever the reason names
    praised = events("LIMA - The fans praised the coach for his knowledge of Brazilian football.")
    assert not any("BRA" in e.recipient_codes for e in praised)
    # a party's own cause is no recipient
    own = events("The Malian party expressed support for the struggle of its own members.")
    assert [e.recipient_codes for e in own if e.event_type == "SUPPORT"] in ([[]], [])


def test_recalling_a_charge_daffaires_spelled_with_its_accent_is_a_sanction() -> None:
    recalled = events("QUITO - Ecuador recalled its chargé d'affaires from Caracas on Friday.")
    assert [(e.event_type, e.recipient_codes) for e in recalled] == [("SANCTION", ["VEN"])]


def test_an_object_pronoun_of_a_participle_never_names_its_own_subject() -> None:
    # the participle's subject is the main clause's: "them" is what the ministry condemned, not the ministry
    calling = events("The Cuban Foreign Ministry condemned the U.S. sanctions, calling them an act of aggression.")
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in calling if e.event_type == "ACCUSE"] \
        == [("ACCUSE", ["CUB"], ["USA"])]
    held = events("The Kenyan league criticized Uganda's plan for the games, branding it a sham.")
    assert all("KEN" not in e.recipient_codes for e in held)
    # a clause with a subject of its own binds nothing: "them" may be the ministry's people
    told = events("The Cuban Foreign Ministry said U.S. troops had harassed them at the border.")
    assert [e.recipient_codes for e in told if e.event_type == "COERCE"] == [["CUB"]]


def test_a_frame_parsed_with_two_subjects_is_spoken_by_the_one_beside_it() -> None:
    # the parser hangs "maneuvers" on "said" beside "the letter": the letter speaks, and "it" after the next words
    # is the letter again, not the maneuvers nor whoever they name
    text = ("The Nepal Workers Party issued a statement in Kathmandu on Friday, denouncing the joint naval drills of the "
            "U.S. and Japan.\n\n"
            "The maneuvers targeted against the island brought into bolder relief the real designs of the U.S. hawks, "
            "the letter said.\n\n"
            "The U.S. hawks are posing a grave danger to regional calm, it noted, demanding an immediate halt "
            "to the drills.")
    coded = events(text, published="2012-03-05")
    assert [e.actor_codes for e in coded if e.event_type == "REQUEST"] == [["NPL"]]


@pytest.mark.parametrize("issuer, charged", [("South Korean opposition parties", True), ("The south Korean unification ministry", False)])
def test_a_speaker_outside_the_government_blames_its_own_president(issuer: str, charged: bool) -> None:
    # blame laid on the president is a charge when the opposition voices it, the government's own words when its ministry does
    text = (f"{issuer} released a statement on Monday.\n\n"
            "The workers' struggle in the summer of 1987 was a proud chapter of the history of the nation, "
            "the statement noted.\n\n"
            "Inter-Korean ties were brought to ruin and a dangerous crisis is now looming over the region due to Lee Myung Bak.")
    accused = [e.recipient_codes for e in events(text, published="2012-06-13") if e.event_type == "ACCUSE"]
    assert accused == ([["KOR"]] if charged else [])


def mongolian_statement(words: str) -> list:
    return events(f"The Mongolian Peace Committee issued a statement on Friday.\n\n{words}, the statement said.",
                  published="2012-03-05")


def test_a_party_a_judged_act_is_aimed_at_is_not_the_accused() -> None:
    # Cuba suffers the infringement: the charge is against whoever stages the drills, whom the story does not name
    coded = mongolian_statement("The naval drills under way are an intolerable infringement on the sovereignty of Cuba")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "ACCUSE"] == [(["MNG"], [])]
    # the doer the judged words name is accused, the target is not
    named = mongolian_statement("This is a grave provocation staged by Japan against Cuba")
    assert [e.recipient_codes for e in named if e.event_type == "ACCUSE"] == [["JPN"]]


def test_what_the_subject_is_said_to_be_is_read_past_a_hedge() -> None:
    # "no more than a wordplay": the judging noun is "wordplay", not "more"
    coded = mongolian_statement("The Japanese talk of peace is no more than a hollow wordplay")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "ACCUSE"] == [(["MNG"], ["JPN"])]


def test_held_on_charges_is_a_charge_laid_on_the_subject_by_the_local_authorities() -> None:
    coded = events("NAIROBI - The former county governor appeared in court on charges of embezzling relief funds.")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "ACCUSE"] == [(["KEN"], ["KEN"])]
    # not a charge: being in charge, taking charge, a fee
    for text in ("NAIROBI - The minister in charge of the police resigned on Monday.",
                 "NAIROBI - The new board will take charge of the port next month.",
                 "NAIROBI - Visitors may enter the park free of charge."):
        assert not [e for e in events(text) if e.event_type == "ACCUSE"], text


def test_done_at_the_request_of_a_party_is_that_partys_request_of_the_doer() -> None:
    coded = events("At the request of the Ugandan defence ministry, Kenyan engineers surveyed the border road.")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "REQUEST"] == [(["UGA"], ["KEN"])]


def test_the_orders_an_act_is_done_on_are_no_target_nor_part_of_its_trigger() -> None:
    coded = events("KAMPALA - Police fired on protesters on the orders of the minister.")
    assaults = [e for e in coded if e.event_type == "ASSAULT"]
    assert [(e.trigger.text, [r.text for r in e.recipient]) for e in assaults] == [("fired on", ["protesters"])]


def test_a_preposition_heading_a_time_is_no_particle_of_a_phrasal_verb() -> None:
    from flashpoint import nlp
    from flashpoint.events.lexicon import RuleTyper

    typer = RuleTyper()
    timed = typer.classify(nlp.load()("The student groups called a news conference on the evening of March 12.")[3])
    assert timed is None or timed.particle != "on"
    phrasal = typer.classify(nlp.load()("The student groups called on the police to withdraw.")[3])
    assert phrasal is not None and phrasal.particle == "on"


def test_a_stated_intention_to_withdraw_is_a_concession_not_an_offer() -> None:
    stepping_down = events("LUSAKA - The Zambian finance minister expressed his intention to step down after the budget debate.")
    assert [e.event_type for e in stepping_down if e.trigger.text == "expressed"] == ["CONCEDE"]
    cooperating = events("LUSAKA - Zambia expressed its readiness to cooperate with Malawi on the dam.")
    assert [e.event_type for e in cooperating if e.trigger.text == "expressed"] == ["AGREE"]


def test_an_animal_or_an_injury_to_ones_own_body_is_no_attack() -> None:
    from flashpoint import nlp
    from flashpoint.events.extract import hurts_own_body

    assert not [e for e in events("NAIROBI - A stray dog attacked the boy near the school.") if e.event_type == "ASSAULT"]
    assert hurts_own_body(nlp.load()("The sprinter injured her ankle in the final.")[2])
    # someone else's body: "his" is not the officers'
    assert not hurts_own_body(nlp.load()("The police officers broke his arm.")[3])


def test_the_sides_a_drills_name_gives_hold_it_and_are_never_its_recipients() -> None:
    coded = events("PYONGYANG, Feb 20 (KCNA) -- Washington is now planning to stage the Ulji Freedom Guardian joint "
                   "military exercises in August.", published="2012-02-20")
    drills = [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type in {"AGREE", "COOPERATE", "MOBILIZE"}]
    assert drills == [(["KOR", "USA"], [])]


def test_a_drill_named_again_is_not_a_new_drill_however_it_was_first_told() -> None:
    text = ("PYONGYANG, Aug 2 (KCNA) -- The two allies will soon stage the Ulji Freedom Guardian joint military "
            "exercises later this month.\n\n"
            "Washington is now trying hard to whitewash the offensive character of the Ulji Freedom Guardian joint "
            "exercises against the DPRK.")
    drills = [e for e in events(text, published="2012-08-02") if e.event_type in {"AGREE", "COOPERATE", "MOBILIZE"}]
    assert [e.modality for e in drills] == ["future"]


def test_review_of_the_round_charges_drills_headlines_animals_and_pronouns() -> None:
    # a charge laid in the active voice is laid on the one acted on, by the doer
    jailed = events("CAIRO - Egypt jailed a Qatari reporter on charges of spreading false news.")
    assert [(e.actor_codes, e.recipient_codes) for e in jailed if e.event_type == "ACCUSE"] == [(["EGY"], ["QAT"])]
    # a rotating presidency or a baton charge accuses no one
    for text in ("BUDAPEST - Hungary holds the rotating charge of the EU presidency.",
                 "MINSK - Riot police led a baton charge against the marchers."):
        assert not [e for e in events(text) if e.event_type == "ACCUSE"], text
    # a side the text names joins the sides a drill's name gives
    joined = events("CANBERRA - Australia will join the Key Resolve exercises next month.")
    assert any("AUS" in e.actor_codes and {"KOR", "USA"} <= set(e.actor_codes) for e in joined)
    # animals a force sets on people are that force's
    dogs = events("JENIN - Israeli police dogs attacked a Palestinian woman in Jenin.")
    assert [(e.actor_codes, e.recipient_codes) for e in dogs if e.event_type == "ASSAULT"] == [(["ISR"], ["PSE"])]
    # a place named after the object is no "him"
    charged = events("MOSCOW - Russia arrested a US soldier in Vladivostok, charging him with theft.")
    assert [e.recipient_codes for e in charged if e.event_type == "ACCUSE"] == [["USA"]]


def test_a_headline_the_body_answers_the_other_way_round_is_kept() -> None:
    document = Document("h", "Israel warned Iran on Tuesday that any strike on its territory would be answered.",
                        title="Iran Threatens Israel Over Embassy Strike", published="2024-05-01")
    threats = [e for e in code_document(document, Settings()).events if e.event_type == "THREATEN"]
    assert any(e.trigger.start < len(document.title or "") for e in threats)


def test_the_party_a_charge_names_only_as_wronged_is_no_recipient_the_role_model_adds() -> None:
    coded = events("HAVANA, May 3 -- A Cuban Foreign Ministry spokesman said the naval drills are a grave threat to "
                   "the sovereignty of Cuba.", published="2012-05-03", learned_roles=True)
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "ACCUSE"] == [(["CUB"], [])]


def test_a_feeling_held_back_is_no_coercion() -> None:
    held_back = events("SEOUL - Villagers, unable to repress their anger at the crash of the army helicopter, marched "
                       "to the county office.")
    assert not [e for e in held_back if e.event_type == "COERCE"]
    crushed = events("SEOUL - Riot police repressed the striking dockworkers in Busan.")
    assert [e.event_type for e in crushed] == ["COERCE"]


def test_a_gift_handed_to_a_person_is_a_courtesy_but_goods_given_as_a_gift_are_aid() -> None:
    for text in ("PYONGYANG - The Laotian minister handed a souvenir to Kim Jong Un at the reception.",
                 "HANOI - The ambassador presented President Nguyen Xuan Phuc with a souvenir."):
        assert events(text, published="2012-05-01") == [], text
    grain = events("DHAKA - Qatar handed over a gift of 300 tons of rice to Bangladesh.")
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in grain] == [("AID", ["QAT"], ["BGD"])]


def test_in_heading_a_place_is_no_particle_of_a_phrasal_verb() -> None:
    speech = events("QUITO - The Bolivian envoy gave a lecture in Quito on Tuesday.")
    assert not [e for e in speech if e.event_type == "CONCEDE"]
    yielded = events("QUITO - The Ecuadorian government gave in to the truckers' demands.")
    assert [e.event_type for e in yielded] == ["CONCEDE"]


def test_sides_told_as_helping_each_other_describe_relations_not_an_act() -> None:
    for text in ("HANOI - Laos and Vietnam have trusted, backed and worked closely with each other for decades.",
                 "HANOI - The two peoples came through many trials, supporting one another."):
        assert not [e for e in events(text) if e.event_type in {"SUPPORT", "COOPERATE"}], text
    agreed = events("HANOI - Laos and Vietnam agreed to cooperate with each other on flood control.")
    assert [e.event_type for e in agreed] == ["AGREE"]
    backed = events("HANOI - Vietnam backed Laos in the border dispute.")
    assert [e.event_type for e in backed] == ["SUPPORT"]


def test_a_refusal_to_yield_is_a_rejection_not_a_concession_that_did_not_happen() -> None:
    refused = events("BRASILIA - Brazil said it will not comply with the new EU tariffs on beef.")
    assert [(e.event_type, e.modality) for e in refused if e.event_type in {"REJECT", "CONCEDE"}] == [("REJECT", "actual")]
    yielded = events("BRASILIA - Brazil complied with the new EU tariffs on beef.")
    assert [e.event_type for e in yielded if e.event_type in {"REJECT", "CONCEDE"}] == ["CONCEDE"]


def test_review_of_the_round_feelings_conjoined_clauses_and_squares() -> None:
    # the trigger model does not code a feeling held back either, nor its noun
    feared = events("HANOI - Residents suppressed their fear of the police and joined the march.")
    assert not [e for e in feared if e.event_type == "COERCE"]
    crushed = events("HANOI - The junta suppressed popular anger.")
    assert [e.event_type for e in crushed] == ["COERCE"]
    # a clause with a subject of its own keeps its act, and congratulating each other is an act
    funded = events("HANOI - The United States funded the Lao army and the two sides congratulated one another.")
    assert {e.event_type for e in funded} == {"AID", "SUPPORT"}
    # a square is where a sit-in happens
    sat = events("HANOI - Thousands of workers sat in Ba Dinh Square to demand higher wages.")
    assert "PROTEST" in {e.event_type for e in sat}


def test_a_visit_to_places_of_ones_own_country_is_no_meeting() -> None:
    for text in ("CANBERRA - Prime Minister Anthony Albanese toured flood-hit Queensland on Friday.",
                 "PYONGYANG - Kim Jong Un visited the Sunchon Cement Complex on Tuesday."):
        assert not [e for e in events(text, published="2023-03-03") if e.event_type == "CONSULT"], text
    abroad = events("CANBERRA - Prime Minister Anthony Albanese visited Jakarta on Friday.", published="2023-03-03")
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in abroad] == [("CONSULT", ["AUS"], ["IDN"])]


def test_an_occasion_greeted_is_celebrated_not_a_meeting() -> None:
    feast = events("HAVANA - The farmers of Cuba greeted the national holiday with a record harvest.")
    assert not [e for e in feast if e.event_type == "CONSULT"]
    guests = events("HAVANA - Raul Castro greeted the Vietnamese delegation at the airport.", published="2012-05-01")
    assert [e.event_type for e in guests] == ["CONSULT"]


def test_a_leaders_praise_of_the_rank_and_file_at_home_is_domestic_praise() -> None:
    praise = events("NAIROBI - President Kenyatta praised the Kenyan nurses for their work during the outbreak.",
                    published="2020-06-01")
    assert not [e for e in praise if e.event_type == "SUPPORT"]
    abroad = events("NAIROBI - President Kenyatta praised the Ugandan nurses for their work during the outbreak.",
                    published="2020-06-01")
    assert [(e.event_type, e.recipient_codes) for e in abroad] == [("SUPPORT", ["UGA"])]


def test_an_inspection_tour_at_home_is_no_meeting() -> None:
    for text in ("HAVANA - Raul Castro made an inspection tour of an army unit in Holguin.",
                 "HAVANA - Raul Castro made trips for field guidance to sugar mills."):
        assert not [e for e in events(text, published="2012-05-01") if e.event_type == "CONSULT"], text
    abroad = events("HAVANA - Raul Castro made a visit to Venezuela.", published="2012-05-01")
    assert [(e.event_type, e.recipient_codes) for e in abroad] == [("CONSULT", ["VEN"])]


def test_tasks_set_forth_are_instructions() -> None:
    for text in ("HAVANA - Raul Castro advanced tasks for improving the sugar harvest.",
                 "HAVANA - The party congress set forth the tasks for the coming five years."):
        assert [e.event_type for e in events(text, published="2012-05-01")] == ["REQUEST"], text
    assert events("HAVANA - The column advanced ten kilometres toward the port.", published="2012-05-01") == []


def test_tasks_set_forth_are_the_setters_request_told_by_the_source() -> None:
    text = ("Raul Castro, in his speech, set forth the tasks for the army and the sugar industry, according to the state "
            "news agency Prensa Latina.")
    [request] = [e for e in events(text, published="2012-05-01") if e.event_type == "REQUEST"]
    assert [a.text for a in request.actor] == ["Raul Castro"]
    assert request.attribution is not None and request.attribution.source is not None
    assert request.attribution.source.text == "Prensa Latina"


def test_contributing_to_an_end_is_no_aid_to_a_party() -> None:
    pledge = events('LIMA - The mayor said: "I will contribute to the province\'s economic recovery."', published="2020-06-01")
    assert not [e for e in pledge if e.event_type == "AID"]
    fund = events("LIMA - Japan donated 5 million dollars to the World Food Programme.", published="2020-06-01")
    assert [(e.event_type, e.recipient_codes) for e in fund] == [("AID", ["IGO"])]


def test_chemicals_or_poison_put_to_use_and_animals_killed_are_no_attack() -> None:
    for text in ("SEOUL - South Korean chipmakers use chemicals imported from Japan.",
                 "SEOUL - Farmers used poison to kill the rats in the granary."):
        assert not [e for e in events(text) if e.event_type == "ASSAULT"], text
    gassed = events("DAMASCUS - Government forces used chemical weapons against the rebels in Douma.")
    assert [(e.event_type, e.actor_codes) for e in gassed] == [("ASSAULT", ["SYR"])]


def test_criticism_drawn_from_a_party_is_that_partys_charge() -> None:
    drawn = events("TOKYO - Japan drew sharp criticism from China over the shrine visit.")
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in drawn] == [("ACCUSE", ["CHN"], ["JPN"])]
    assert events("SEOUL - The minister drew a line for the prosecutor, saying it was no matter for the cabinet.") == []
    caucus = events("TAIPEI - The Chinese Nationalist Party caucus criticised the premier.")
    assert [e.actor_codes for e in caucus if e.event_type == "ACCUSE"] == [["TWN"]]


def test_review_of_the_round_weapons_people_among_animals_governors_envoys_and_deeds() -> None:
    # gas or bombs put to use are no chemical attack unless the words name one
    for text in ("BERLIN - Germany used Russian gas to heat homes for decades.",
                 "JERUSALEM - Israel used bombs supplied by the United States in Gaza."):
        assert not [e for e in events(text) if e.mode == "unconventional"], text
    # people killed beside animals are attacked
    herd = events("KABUL - Gunmen killed sheep and three shepherds in Helmand province.")
    assert "ASSAULT" in {e.event_type for e in herd}
    # a governor named with his state is a person visited
    governor = events("AUSTIN - President Joe Biden visited Texas Governor Greg Abbott in Austin.", published="2023-03-03")
    assert [e.event_type for e in governor] == ["CONSULT"]
    # an envoy praising the people of the country he serves in praises no one of his own
    envoy = events("HANOI - Chinese Ambassador Xiong Bo praised the people for their hospitality.")
    assert [e.event_type for e in envoy] == ["SUPPORT"]
    # the party whose reconstruction is helped is a party
    pledge = events("TOKYO - Japan will contribute to Ukraine's reconstruction.")
    assert [(e.event_type, e.recipient_codes) for e in pledge] == [("AID", ["UKR"])]
    # but a person's work helped is no state helped, and prefectures named by their places are places at home
    gifts = events("SEOUL - Donations from Japan contributed to Moon's activities across the world.")
    assert not [e for e in gifts if e.event_type == "AID"]
    toured = events("TOKYO - The Japanese defence minister toured Yamaguchi and Okinawa prefectures.", published="2012-06-01")
    assert not [e for e in toured if e.event_type == "CONSULT"]


def test_field_guidance_at_home_is_no_meeting() -> None:
    for text in ("PYONGYANG - Marshal Kim Jong Un offered field guidance to the Kangson Steel Complex.",
                 "PYONGYANG - Kim Jong Un this week provided field guidance to the Taean Heavy Machine Complex."):
        assert events(text, published="2012-05-01") == [], text


def test_an_obligation_a_rule_lays_down_is_no_demand() -> None:
    decree = events("MUSCAT - As per the new royal decree, all housing projects should be routed through an escrow account, "
                    "the minister said.")
    assert not [e for e in decree if e.event_type == "REQUEST"]
    demand = events("MUSCAT - The minister said the developers should route all payments through an escrow account.")
    assert [e.event_type for e in demand if e.event_type == "REQUEST"] == ["REQUEST"]


def test_one_sides_plan_is_no_agreement() -> None:
    # the plan of one side is the future of what it plans: no AGREE, whatever the typer calls the planned act
    for text in ("SEOUL - South Korea plans to send a naval flotilla with a destroyer and two submarines.",
                 "DODOMA - The Tanzanian cabinet has planned to upgrade the harbour."):
        assert not [e for e in events(text) if e.event_type == "AGREE"], text
    # an agreement the rules read in the plan, or one told beside a plan, stays one
    assert "AGREE" in [e.event_type for e in events("TOKYO - Japan plans to offer help to the flood victims.")]
    assert "AGREE" in [e.event_type for e in events("ATHENS - Greece backed the rescue plan agreed by the finance ministers.")]
    # a plan between sides, or with a partner, stays an agreement
    for text in ("ANKARA - Turkey plans to buy more natural gas from Azerbaijan.",
                 "SEOUL - South Korea and the United States are planning to stage joint naval drills next month."):
        assert [e.event_type for e in events(text)] == ["AGREE"], text


def test_people_killed_in_a_fire_or_crash_are_no_attack() -> None:
    for text in ("OSAKA - Four residents were killed in a fire at a wooden apartment block on Sunday.",
                 "OSAKA - Four residents were killed in a fire which started in a wooden apartment block.",
                 "OSAKA - Two people were killed in a collision on an expressway near Kobe."):
        assert not [e for e in events(text) if e.event_type == "ASSAULT"], text
    # fire from a side is gunfire, and a hail of bullets someone's; a fire someone set or a missile caused is theirs;
    # weather is only when it happened
    for text in ("DAMASCUS - Four civilians were killed in the fire from government troops near Homs.",
                 "DAMASCUS - Three marchers were killed in a hail of bullets near Homs.",
                 "KADUNA - Nine farmers were killed in a fire that bandits set to their huts.",
                 "KADUNA - Nine farmers were killed in a blaze started by bandits.",
                 "DAMASCUS - Rebel positions near Homs were bombed in bad weather overnight."):
        assert [e.event_type for e in events(text)] == ["ASSAULT"], text


def test_barring_trade_with_a_party_is_a_sanction() -> None:
    # the gerund after "from" is what the bar stops
    coded = events("LONDON - Britain barred its banks from dealing with Iran.")
    assert [(e.event_type, e.trigger.text, e.recipient_codes) for e in coded] == [("SANCTION", "barred", ["IRN"])]
    # a gerund after another preposition is an act of its own: the warning stays a threat
    warned = events("TEHRAN - Iran warned of expelling the British envoy if London did not apologize.")
    assert "THREATEN" in [e.event_type for e in warned]
    # barred from a contest is a restriction, not a sanction
    assert [e.event_type for e in events("The court barred the opposition leader from running for office.")] != ["SANCTION"]


def test_what_a_party_is_kept_from_doing_is_not_done() -> None:
    coded = events("LONDON - Britain barred its banks from dealing with Iran.")
    assert [(e.event_type, e.trigger.text) for e in coded] == [("SANCTION", "barred")]
    stopped = events("LIMA - The police prevented the protesters from marching to the palace.")
    assert [e.trigger.text for e in stopped] == ["prevented"]
    # a prevention that failed or could not be lets the act happen
    for text, act in (("KYIV - Ukrainian troops could not prevent the rebels from capturing the railway hub.", "capturing"),
                      ("KABUL - The police were powerless to stop the militants from seizing the market.", "seizing")):
        assert any(e.trigger.text == act for e in events(text)), text
    # an act done despite the attempt is done
    done = events("LIMA - The protesters marched to the palace despite a police ban.")
    assert "PROTEST" in [e.event_type for e in done]


def test_a_drill_commanded_readies_force() -> None:
    drill = events("PYONGYANG - Kim Jong Il, chairman of the commission, commanded a live-shell drill by the Large Combined "
                   "Unit 851 of the Korean People's Army.", published="2010-03-01")
    assert [e.event_type for e in drill] == ["MOBILIZE"]
    # commanding troops, a support unit among them, to do something is an order
    assert "REQUEST" in [e.event_type for e in events("KINSHASA - The general commanded the support battalion to advance on the town.")]
    order = events("MOGADISHU - The general commanded the troops to pull back from the port.")
    assert "REQUEST" in [e.event_type for e in order]


def test_ties_cut_told_with_the_ties_as_subject_name_both_sides() -> None:
    for text in ("RABAT - Morocco-Algeria diplomatic ties severed in 2021 after months of tension.",
                 "RABAT - Diplomatic relations between Morocco and Algeria were severed in 2021."):
        coded = events(text, published="2023-01-01")
        assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in coded] == [("SANCTION", ["MAR"], ["DZA"])], text
    # also opening a story, the word capitalised
    opening = events("RABAT - Ties between Morocco and Algeria were severed in 2021.", published="2023-01-01")
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in opening] == [("SANCTION", ["MAR"], ["DZA"])]
    # a side that severs them is the actor still
    cut = events("RABAT - Morocco severed diplomatic ties with Algeria in 2021.", published="2023-01-01")
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in cut] == [("SANCTION", ["MAR"], ["DZA"])]


def test_a_word_for_a_body_is_no_act() -> None:
    # the body ordered or called on is a party; the verb tells the act, once
    for text, trigger in (("TASHKENT - The president ordered his government to scrap the tax reform.", "ordered"),
                          ("YANGON - Regulators ordered companies with foreign owners to convert their dollars into kyat.", "ordered"),
                          ("LAGOS - The African Union called on Nigerian authorities to halt the executions.", "called on")):
        assert [(e.event_type, e.trigger.text) for e in events(text)] == [("REQUEST", trigger)], text


def test_a_blacklisting_is_a_sanction() -> None:
    coded = events("BEIJING - The blacklisting of Huawei by Washington angered Beijing.", published="2020-01-01")
    assert [(e.event_type, e.actor_codes) for e in coded if e.event_type == "SANCTION"] == [("SANCTION", ["USA"])]


def test_a_vessel_captured_is_seized_not_attacked() -> None:
    ship = events("TEHRAN - Iranian forces captured a British tanker in the Strait of Hormuz.", published="2019-07-20")
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in ship] == [("COERCE", ["IRN"], ["GBR"])]
    town = events("KINSHASA - Rebels of the M23 captured the town of Bunagana.")
    assert [e.event_type for e in town] == ["ASSAULT"]


def test_force_a_drill_is_kicked_off_to_use_is_not_done() -> None:
    # the parser may make the drill the subject of "kicked off"; the force it is for is still only its purpose
    coded = events("PYONGYANG - The naval drills kicked off by the puppet army to threaten and invade the north are a grave "
                   "provocation, the spokesman said.", published="2012-08-20")
    assert not [e for e in coded if e.event_type == "ASSAULT" and e.modality == "actual"]
    # nor what a drill prompts another side to do
    prompted = events("SEOUL - The joint drills prompted the North to fire two missiles into the sea.", published="2016-03-10")
    assert ("MOBILIZE", "actual") in [(e.event_type, e.modality) for e in prompted]
    # an operation going on does what it does
    pounding = events("IDLIB - The Russian air operation continued to pound rebel positions near the town.")
    assert [(e.event_type, e.modality) for e in pounding] == [("ASSAULT", "actual")]


def test_every_item_of_a_demanded_list_is_its_content() -> None:
    # the parser may hang a bare verb of the list on the demanding verb; it is still what is demanded
    coded = events("MANILA - We demand that Washington sign a peace treaty, withdraw its troops from the islands and stop the drills.")
    assert [e.event_type for e in coded] == ["REQUEST"]
    # a clause of its own after the demand is a second act
    second = events("MANILA - The rally demanded that the government free the prisoners, and the police then arrested its leaders.")
    assert "COERCE" in [e.event_type for e in second]


def test_choosing_not_to_cooperate_is_a_rejection() -> None:
    for text in ("ASUNCION - Brazil's president chose not to attend the regional summit.",
                 "MONTEVIDEO - Uruguay decided not to sign the joint declaration of the bloc."):
        coded = events(text, published="2022-07-22")
        assert [(e.event_type, e.modality) for e in coded] == [("REJECT", "actual")], text
    # a choice that only may be made is a possible rejection
    maybe = events("MOSCOW - Russia could decide not to attend the talks in Geneva.")
    assert [(e.event_type, e.modality) for e in maybe] == [("REJECT", "hypothetical")]
    # nor is a choice not to act against a party
    vetoed = events("ANKARA - Turkey decided not to veto the Finnish bid to join the alliance.")
    assert ("REJECT", "actual") not in [(e.event_type, e.modality) for e in vetoed if e.trigger.text == "decided"]
    # a choice to cooperate is not
    assert "REJECT" not in [e.event_type for e in events("MONTEVIDEO - Uruguay decided to sign the joint declaration of the bloc.")]
    # nor an act simply not done
    assert "REJECT" not in [e.event_type for e in events("ASUNCION - Brazil's president did not attend the regional summit.")]


def test_a_host_receiving_a_foreign_guest_is_a_meeting() -> None:
    # the guest, named by a title the knowledge base lacks, is the actor; the host the recipient
    coded = events("MUSCAT - Sultan Haitham received the commander of the Indian navy at Al Alam Palace.", published="2022-05-01")
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in coded] == [("CONSULT", ["IND"], ["OMN"])]
    # nor is a person received by a hospital, a state or an agency taking a prisoner back
    for text in ("LAGOS - The hospital received Ahmed Musa, wounded in the attack.", "JERUSALEM - Israel received Gilad Shalit back.",
                 "CAIRO - The Red Cross received Gilad Shalit at the crossing."):
        assert "CONSULT" not in [e.event_type for e in events(text, published="2011-10-20")], text
    # a letter received is no meeting
    assert not events("MUSCAT - The ministry received a letter about the port.", published="2022-05-01")


def test_a_contribution_to_ones_own_states_cause_is_no_aid() -> None:
    own = events("HAVANA - The speakers said Fidel Castro had contributed greatly to the revolutionary cause of Cuba.")
    assert "AID" not in [e.event_type for e in own]
    # another state's end is helped
    other = events("HAVANA - The speakers said Venezuela had contributed greatly to the recovery of Cuba.")
    assert [e.event_type for e in other] == ["AID"]


def test_respect_commanded_is_no_order() -> None:
    drawn = events("CONAKRY - His book is commanding wide respect among scholars of the region, the chairman said.")
    assert "REQUEST" not in [e.event_type for e in drawn]


def test_a_bare_verb_after_a_gerund_continues_the_obliged_clause() -> None:
    # the parser may join "make" to the gerund before it; it is still what the demand asks for
    coded = events("HANOI - The paper said Beijing should accept blame for sending ships into the waters and make apology for this.")
    assert "CONCEDE" not in [e.event_type for e in coded] and "REQUEST" in [e.event_type for e in coded]


def test_an_act_a_noun_describes_is_no_event() -> None:
    described = events("SEOUL - The puppets who committed the criminal act of insulting the leadership will pay dearly.")
    assert not [e for e in described if e.trigger.text == "insulting"]
    # a gerund after "of" elsewhere is the act itself, and so is a deed named as an act or a practice
    for text, category in (("KAMPALA - The rebels were accused of killing ten villagers.", "ASSAULT"),
                           ("CAIRO - Egypt condemned the cowardly act of killing the Coptic fishermen in Libya.", "ASSAULT"),
                           ("GENEVA - Amnesty criticised the army's practice of detaining students without charge.", "COERCE")):
        assert category in [e.event_type for e in events(text)], text


def test_a_group_told_by_what_it_demands_is_no_demand() -> None:
    told = events("SEOUL - Speakers denounced the police for beating the students demanding lower tuition fees.")
    assert "REQUEST" not in [e.event_type for e in told]
    # a statement or a conference demanding is the demand, and so is a group the news goes on with
    for text in ("SEOUL - The federation held a press conference demanding that Tokyo apologize.",
                 "MANILA - Clashes broke out on Sunday, with students demanding that the president resign."):
        assert "REQUEST" in [e.event_type for e in events(text)], text


def test_a_unity_called_for_is_no_cooperation() -> None:
    called = events("SEOUL - All Korean compatriots at home and overseas should get united to reunify the country.")
    assert "COOPERATE" not in [e.event_type for e in called]
    # parties that got united formed an alliance
    formed = events("SEOUL - The opposition parties got united to defeat the ruling party.")
    assert "COOPERATE" in [e.event_type for e in formed]


def test_what_a_signed_agreement_provides_is_its_content() -> None:
    signed = events("RIYADH - The two sides signed an agreement to cooperate in the fields of energy and defence.")
    assert [e.event_type for e in signed] == ["SUPPORT"]
    # "no option but to" declares what the speaker will do
    declared = events("SEOUL - We have no option but to wage a sacred war on the puppets, the statement said.")
    assert "THREATEN" in [e.event_type for e in declared]


def test_the_head_of_a_company_is_no_official_of_the_state() -> None:
    # a minister meeting a firm's chief meets someone outside the government
    met = events("SEOUL - The trade minister held talks with the president of Hyundai on Monday.", published="2022-03-07")
    assert [e.event_type for e in met] == ["CONSULT"]
    # two officials of one government meeting stays uncoded
    inside = events("SEOUL - The trade minister held a meeting with the minister of finance of South Korea on Monday.", published="2022-03-07")
    assert "CONSULT" not in [e.event_type for e in inside]


def test_a_title_before_a_verb_is_not_the_next_persons() -> None:
    # the minister's title gives the visitor no office in the minister's government
    received = events("ULAANBAATAR - The Mongolian foreign minister received Dr. Arthur Pennywhistle on Monday.", published="2022-06-01")
    assert [e.event_type for e in received] == ["CONSULT"]
    assert [a.sector for e in received for a in e.actor] == [None]


def test_praise_in_a_relative_clause_of_the_subject_is_no_charge() -> None:
    praised = events("PYONGYANG - The Peruvian weekly El Faro carried an article on Monday. The weekly said in the article that "
                     "the general who defeated the Japanese aggressors had ably guided the nation for decades.")
    assert "ACCUSE" not in [e.event_type for e in praised]
    # invective in the main predicate still accuses
    charged = events("PYONGYANG - Rodong Sinmun said that the Japanese premier who visited Hawaii is a shameless warmonger.")
    assert "ACCUSE" in [e.event_type for e in charged]


def test_a_visit_to_a_named_hall_or_a_shrine_is_a_visit_to_a_place() -> None:
    for text in ("PYONGYANG - The attaches of foreign embassies visited the Exhibition of Farm Machines of the Ministry of Agriculture.",
                 "TOKYO - Dozens of Japanese lawmakers paid a visit to the shrine on Friday.",
                 "PYONGYANG - The Chinese delegation paid a visit to the Korean Revolution Museum."):
        assert "CONSULT" not in [e.event_type for e in events(text)], text
    # a visit to a state is still a meeting
    state = events("BEIJING - The Chinese delegation paid a visit to the DPRK last week.")
    assert "CONSULT" in [e.event_type for e in state]


def test_a_war_told_with_its_sides_is_fighting_between_them() -> None:
    war = events("NEW DELHI - Veterans marked the anniversary of the 1971 war between India and Pakistan on Friday.", published="2022-12-16")
    assert [(e.event_type, sorted(a.code for a in e.actor), e.modality) for e in war] == [("ASSAULT", ["IND", "PAK"], "historical")]
    # a bare war is a name, a threat or a time
    assert "ASSAULT" not in [e.event_type for e in events("SEOUL - Prices have risen since the war, the paper said.")]


def test_a_noun_listed_after_a_verbs_object_is_no_event_of_its_own() -> None:
    for text in ("VIENTIANE - The bureau provides legal advice and assistance to farms and enterprises.",
                 "HANOI - The two parties agreed to widen their exchange and cooperation in all fields."):
        assert not [e for e in events(text) if e.trigger.text in {"assistance", "cooperation"}], text
    # the first object is still read
    first = events("KABUL - Taliban fighters carried out attacks and kidnappings in the province.")
    assert [e.trigger.text for e in first if e.event_type == "ASSAULT"] == ["attacks"]


def test_a_participles_noun_is_what_its_verb_was_done_to() -> None:
    # a statement signed by its author is no agreement signed
    authored = events("NAIROBI - In a statement signed by Secretary-General Peter Mwangi, the club said the sponsor had failed to pay.")
    assert "SUPPORT" not in [e.event_type for e in authored]
    # an agreement signed by two states is
    agreed = events("NAIROBI - The trade agreement signed by Kenya and Uganda on Monday will cut tariffs.")
    assert [e.event_type for e in agreed] == ["SUPPORT"]


def test_an_act_whose_anniversary_or_victory_is_marked_is_historical() -> None:
    # an undated text naming no later year: the commemoration itself says the act is years old
    marked = flashpoint.code_text("NEW DELHI - The day is celebrated every year to observe India's victory in the 1971 war between India "
                                  "and Pakistan.")
    assert [(e.event_type, e.modality) for e in marked] == [("ASSAULT", "historical")]
    # a victory claimed over what just happened leaves it actual
    claimed = flashpoint.code_text("KYIV - Ukraine claimed victory after Russian troops withdrew from Kherson.")
    assert [(e.event_type, e.modality) for e in claimed if e.event_type == "RETREAT"] == [("RETREAT", "actual")]


def test_the_country_an_envoy_is_posted_to_is_no_party() -> None:
    # "Ambassador to the DPRK": where he serves; the name after it is the envoy's, of his own country
    met = events("PYONGYANG, May 3 (KCNA) -- Kim Yong Nam met Chinese Ambassador to the DPRK Zhao Minghe on Tuesday.")
    assert [(e.event_type, {a.code for a in e.recipient}) for e in met] == [("CONSULT", {"CHN"})]


def test_review_faults_of_the_thirty_fourth_round() -> None:
    # a second act listed after the first object is its own event when its category differs
    two = events("RAMALLAH - Israeli forces carried out air strikes and mass arrests in the West Bank.")
    assert {"ASSAULT", "COERCE"} <= {e.event_type for e in two}
    # a visit to a state's embassy or to "the country" is a meeting
    for text in ("BEIJING - The Chinese delegation paid a visit to the embassy of the DPRK.",
                 "BEIJING - Wen Jiabao paid an official visit to the country."):
        assert "CONSULT" in [e.event_type for e in events(text)], text
    # a trade war is no fighting
    assert "ASSAULT" not in [e.event_type for e in events("BEIJING - The trade war between China and the United States intensified.")]
    # a judge of an international court keeps his own sector
    judges = events("THE HAGUE - Judges of the International Criminal Court met the Dutch foreign minister on Monday.")
    assert [a.sector for e in judges for a in e.actor] == ["JUD"]
    # a main clause that blames is an accusation, whatever the subject's relative clause says
    blamed = events("PYONGYANG - The DPRK Foreign Ministry spokesman said the United States, which staged reckless "
                    "provocations near the border, is wholly responsible for the tension.")
    assert "ACCUSE" in [e.event_type for e in blamed]


def test_what_a_text_sets_out_is_its_content_named_again() -> None:
    # the participle's noun is its object ("tasks set forth"), but set forth in a text they are the text's, told again
    told = events("PYONGYANG - Farmers vowed to carry out the farming tasks set forth in this year's editorial.")
    assert not [e for e in told if e.trigger.text.startswith("set")]
    # setting them forth is the demand itself
    set_forth = events("PYONGYANG - Kim Jong Un set forth the farming tasks in his speech on Monday.")
    assert [e.event_type for e in set_forth] == ["REQUEST"]


def test_a_long_envoy_title_still_posts_the_envoy() -> None:
    received = events("PYONGYANG, May 3 (KCNA) -- Kim Yong Nam received Cuban Ambassador Extraordinary and Plenipotentiary to "
                      "the DPRK Pedro Ruiz Campos on Tuesday.")
    assert [(e.event_type, {a.code for a in e.actor}) for e in received] == [("CONSULT", {"CUB"})]
    # the envoy's own country may be named inside the title
    met = events("PYONGYANG, May 3 (KCNA) -- Kim Yong Nam met the Ambassador Extraordinary and Plenipotentiary of Laos to the "
                 "DPRK on Tuesday.")
    assert [("LAO" in {a.code for a in e.recipient}, "PRK" in {a.code for a in e.recipient if a.text == "DPRK"}) for e in met] == [(True, False)]


def test_an_envoy_sent_somewhere_goes_there() -> None:
    # "sent a special envoy to Seoul": Seoul is where the envoy goes, a party reached
    sent = events("WASHINGTON - Obama sent a special envoy to Cairo on Monday.", published="2011-02-01")
    assert any("EGY" in {a.code for a in e.recipient} for e in sent)


def test_second_review_faults_of_the_thirty_fourth_round() -> None:
    # a sanction imposed, told again in a resolution, is still imposed; only what a text sets out is its content
    lifted = events("NEW YORK - The Security Council lifted the sanctions imposed on Libya in its 2011 resolution.")
    assert "SANCTION" in [e.event_type for e in lifted]
    # an envoy sent or recalled goes to or leaves the country after "to"
    sent = events("WASHINGTON - Obama sent Special Envoy Stephen Bosworth to Pyongyang for talks.", published="2009-12-01")
    assert any("PRK" in {a.code for a in e.recipient} for e in sent)
    recalled = events("SEOUL - South Korea recalled its Ambassador to Tokyo in protest at the visit.")
    assert any("JPN" in {a.code for a in e.recipient} for e in recalled)
    # a listed noun with its own participants carries them
    banned = events("WASHINGTON - The U.S. imposed sanctions and a travel ban on senior North Korean officials.")
    assert [{a.code for a in e.recipient} for e in banned if e.event_type == "SANCTION"] == [{"PRK"}]


def test_a_letter_described_as_sent_is_no_meeting() -> None:
    read = events("NAIROBI - The envoy read aloud a letter sent by Kenya's foreign minister to the summit.")
    assert "CONSULT" not in [e.event_type for e in read]


def test_a_protest_in_words_is_a_complaint() -> None:
    for text in ("OSLO - The solidarity group sent a letter to the Japanese embassy in protest against the naval drills.",
                 "TOKYO - The detained journalist protested that she had been handled like a criminal."):
        assert "ACCUSE" in [e.event_type for e in events(text)] and "PROTEST" not in [e.event_type for e in events(text)], text
    # a protest held in the street stays PROTEST
    rallied = events("SEOUL - Thousands of students rallied in protest against the naval drills.")
    assert [e.event_type for e in rallied] == ["PROTEST"]


def test_signing_a_visitors_book_is_no_agreement() -> None:
    for text in ("PYONGYANG - The Cuban guests toured the museum on Monday. They signed the visitors' book.",
                 "PYONGYANG - The delegation signed the visitors' book."):
        assert "SUPPORT" not in [e.event_type for e in events(text)], text


def test_third_review_faults_of_the_thirty_fourth_round() -> None:
    # a crowd protesting in a place protests, whatever it says
    crowd = events("ROME - Thousands of workers protested outside the parliament that the new law would cut their wages.")
    assert "PROTEST" in [e.event_type for e in crowd]
    # an envoy's title in lower case, with his own country inside it
    met = events("PYONGYANG - Kim Yong Nam met the ambassador of Japan to the Republic of Korea.")
    assert [{a.code for a in e.recipient} for e in met] == [{"JPN"}]
    # a speech act named as said in a text is the text's content
    assert not events("BEIJING - The invasion condemned in the statement began in 2003.")


def test_a_state_protesting_complains() -> None:
    # the guide's PROTEST is physical collective action, not a state's statement
    protested = events("BEIJING - China strongly protested the arms deal on Friday.")
    assert [e.event_type for e in protested] == ["ACCUSE"]
    # people protesting protest
    crowd = events("SEOUL - Thousands of students protested against the arms deal on Friday.")
    assert [e.event_type for e in crowd] == ["PROTEST"]


def test_courtesies_accepted_in_a_message_are_no_agreement() -> None:
    wished = events("DAMASCUS - Assad said: Please accept my warm wishes for your good health.")
    assert "AGREE" not in [e.event_type for e in wished]
    # a proposal accepted is
    accepted = events("HAVANA - Cuba accepted the offer of talks on Monday.")
    assert "AGREE" in [e.event_type for e in accepted]


def test_an_undertaking_is_told_by_its_content() -> None:
    for text in ("HANOI - Vietnam keeps making sincere efforts to settle the dispute through dialogue.",
                 "VIENNA - The union reaffirmed its principled stand on the issue."):
        assert not [e for e in events(text) if e.trigger.text in {"efforts", "stand"}], text


def test_fourth_review_faults_of_the_thirty_fourth_round() -> None:
    # a country standing for its people in the street protests
    street = events("TUNIS - Tunisia protested for a fourth straight day as police fired tear gas.")
    assert "PROTEST" in [e.event_type for e in street]
    # the light verb of an undertaking is no event either; what it undertakes is
    steps = events("MOSCOW - Russia took steps to withdraw its troops from the border.")
    assert [e.event_type for e in steps] == ["RETREAT"]
    # an accusation read in a described undertaking stands
    charged = events("PYONGYANG - Rodong Sinmun said Washington is making frantic efforts to strangle the DPRK.")
    assert "ACCUSE" in [e.event_type for e in charged]
    # condolences accepted are no agreement
    assert "AGREE" not in [e.event_type for e in events("DAMASCUS - The Syrian government accepted the condolences of the Russian president.")]


def test_guests_attending_nothing_named_meet_no_one() -> None:
    # the guest list of an occasion the story told before
    assert not events("Also attending were the Chinese ambassador and his embassy staff.")
    attended = events("PYONGYANG - The Cuban ambassador attended the talks with the DPRK foreign minister.")
    assert "CONSULT" in [e.event_type for e in attended]
    # an object shared with the next verb is attended
    shared = events("JOHANNESBURG - Chinese President Xi Jinping attended and addressed the summit hosted by South Africa.")
    assert [[a.code for a in e.actor] for e in shared if e.trigger.text == "attended"] == [["CHN"]]


def test_insisting_on_a_course_of_ones_own_asks_nothing() -> None:
    for text in ("SEOUL - The ruling group has insisted on confrontation with its rivals.",
                 "MEXICO CITY - The president insisted on defending the general."):
        assert "REQUEST" not in [e.event_type for e in events(text)], text
    # insisting on what another must do demands it
    for text in ("ASUNCION - Abdo insisted on the need for Mercosur to open talks with China.",
                 "SEOUL - The unions insisted on the release of the detained workers."):
        assert "REQUEST" in [e.event_type for e in events(text)], text


def test_puppets_in_a_text_pyongyang_writes_are_south_korean() -> None:
    demanded = [e for e in events("The DPRK urged the puppet group halt at once its reckless drills.")
                if e.event_type == "REQUEST"]
    assert [[a.code for a in e.recipient] for e in demanded] == [["KOR"]]
    # elsewhere a puppet is no one's by the word
    kabul = events("KABUL - The Taliban called the former government a puppet of Washington.")
    assert "KOR" not in {a.code for e in kabul for a in e.actor + e.recipient}


def test_a_pledge_to_foster_ties_is_an_agreement_made_when_said() -> None:
    for text in ("HANOI - We will develop our farm cooperation with Laos further, the Vietnamese minister said.",
                 "TOKYO - The two governments will promote closer cooperation on energy, Kishida told reporters.",
                 "BEIJING - The Chinese people will spare no effort to strengthen their friendship with Nepal."):
        pledged = [e for e in events(text) if e.event_type == "AGREE"]
        assert [e.modality for e in pledged] == ["actual"], text
    # ties told as fostered, or what an event or a text will do for them, pledge nothing
    for text in ("LIMA - The visit boosted the ties between Peru and Chile.",
                 "PYONGYANG - The festival will be a chance for improving ties between the two nations.",
                 "HAVANA - The statement hoped the Cubans would win in their efforts to improve the relations with Angola.",
                 "CAIRO - The session looked at ways to enhance trade cooperation between Egypt and Sudan."):
        assert "AGREE" not in [e.event_type for e in events(text)], text
    # a pledge refused, a condition, a forecast or a resolve spoken of is none
    for text in ("TEHRAN - The foreign minister said Iran will not expand its cooperation with the agency.",
                 "WASHINGTON - If elected, Trump will improve relations with Russia, his aide said.",
                 "HANOI - The U.S. intention to expand cooperation with Vietnam worries China."):
        assert not [e for e in events(text) if e.event_type == "AGREE" and e.modality == "actual"], text


def test_satisfaction_with_ones_own_sides_work_is_not_coded() -> None:
    # the guide's praise of domestic work
    own = events("PYONGYANG - Kim Jong Un voiced deep satisfaction with the fact that the concert was staged well.")
    assert "SUPPORT" not in [e.event_type for e in own]
    # satisfaction with another party, with ties between parties or with what they did together is support
    for text in ("BEIJING - Wang Yi expressed satisfaction with the support of the Pakistani government.",
                 "MOSCOW - Lavrov expressed satisfaction with how the talks in Ankara had gone.",
                 "ULAANBAATAR - The UNESCO chief expressed satisfaction with the growth of bilateral cooperation with Mongolia."):
        assert "SUPPORT" in [e.event_type for e in events(text)], text


def test_an_event_noun_its_own_sides_verb_acts_on_is_that_verbs_act() -> None:
    support = [e for e in events("AMMAN - The King reaffirmed Jordan's steady support for the Palestinian people on Sunday.")
               if e.event_type == "SUPPORT"]
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in support] == [(["JOR"], ["PSE"])]
    inducted = [e for e in events("PYONGYANG - The U.S. warmongers inducted armoured vehicles into their forces in south Korea.")
                if e.event_type == "MOBILIZE"]
    assert [[r.code for r in e.recipient] for e in inducted] == [["KOR"]]
    # another side's act named by the noun stays its own
    rejected = events("KHARTOUM - A senior official of Sudan's ruling party rejected the U.S. promise of aid on Monday.")
    assert {"SDN", "USA"} <= {a.code for e in rejected for a in e.actor}


def test_dangers_and_forecasts_are_no_threats() -> None:
    # a danger to a state of things, a hedged forecast, a value breached
    for text, category in (("PYONGYANG - The planned drills will gravely threaten peace and stability in the area.", "THREATEN"),
                           ("MANILA - Officials warned that the number of dead would likely climb, the agency said.", "THREATEN"),
                           ("DHAKA - The officer violated the privacy of the detainees, the court said.", "REJECT")):
        assert category not in [e.event_type for e in events(text)], text
    # a party threatened, a warning with what it threatens or of what a party may do, a rule broken stay
    for text, category in (("TOKYO - Japan threatened to impose sanctions on Russia.", "THREATEN"),
                           ("BEIRUT - Hezbollah threatened Israel's security on Monday.", "THREATEN"),
                           ("MOSCOW - Russia warned that NATO could become a direct party to the conflict.", "THREATEN"),
                           ("KYIV - Russia violated the principles of the UN Charter, the ministry said.", "REJECT"),
                           ("SEOUL - The ministry warned that the north could face grave consequences.", "THREATEN"),
                           ("TEHRAN - Iran warned that it may retaliate if Israel strikes its facilities.", "THREATEN"),
                           ("ADDIS ABABA - The rebels violated the peace agreement, the government said.", "REJECT")):
        assert category in [e.event_type for e in events(text)], text


def test_a_fate_foretold_to_a_party_is_the_speakers_threat() -> None:
    for text in ("PYONGYANG - The aggressors can never escape the punishment of history, the KPA said.",
                 "PYONGYANG - The days of the traitors are numbered, the KPA said."):
        threats = [e for e in events(text) if e.event_type == "THREATEN"]
        assert [([a.code for a in e.actor], e.modality) for e in threats] == [(["PRK"], "actual")], text
    # a fate foretold is no demand of its "should"
    paid = events("PYONGYANG - Whoever insults the country's leadership must be made to pay dearly, the KPA said.")
    assert "REQUEST" not in [e.event_type for e in paid]
    # a court holding someone responsible threatens no one
    assert "THREATEN" not in [e.event_type for e in events("BEIJING - The court held the two men responsible for the fraud.")]


def test_a_participle_describing_a_noun_tells_no_support() -> None:
    for text in ("DODOMA - The road supported by the African Development Bank connects Kenya and Tanzania.",
                 "MANAGUA - The dictatorship was overthrown by a movement supported by a broad alliance of national forces."):
        assert "SUPPORT" not in [e.event_type for e in events(text)], text
    # a treaty signed, however told, support told as done and an endorsement dated as told stay
    for text in ("BEIJING - The treaty signed by the two premiers in 1961 laid a foundation for the ties.",
                 "NEW YORK - The UN resolution endorsed by the Security Council on Monday calls for a ceasefire.",
                 "WASHINGTON - The bill was supported by most senators on Tuesday."):
        assert "SUPPORT" in [e.event_type for e in events(text)], text


def test_who_said_it_is_named_after_of() -> None:
    warned = [e for e in events("SEOUL - The army held the firing drill in spite of warnings of the DPRK.") if e.event_type == "THREATEN"]
    assert [e.actor_codes for e in warned] == [["PRK"]]
    # what a demand is for is no one who demanded it, and the one invited is no inviter
    rallies = events("TOKYO - Rallies in demand of Japan's apology went on in Seoul.")
    assert not [e for e in rallies if e.event_type == "REQUEST" and e.actor_codes == ["JPN"]]
    invited = events("BEIJING - China opposed the invitation of Taiwan to the World Health Assembly.")
    assert not [e for e in invited if e.event_type == "AGREE" and e.actor_codes == ["TWN"]]



def test_what_people_hold_struck_at_home_is_their_countrys() -> None:
    closed = [e for e in events("MANAGUA, Nicaragua — The authorities closed two independent radio stations in June.") if e.event_type == "COERCE"]
    assert [e.recipient_codes for e in closed] == [["NIC"]]
    # a thing seized is still no party
    seized = [e for e in events("MANAGUA, Nicaragua — The authorities seized two trucks in June.") if e.event_type == "COERCE"]
    assert all(not e.recipient_codes for e in seized)


def test_an_object_the_parser_hangs_on_punctuation_still_chooses_the_sense() -> None:
    # before an abbreviation the parser may attach a verb's object as punctuation: "released its bulletin No. 31"
    published = events("The press office of the Korean committee Tuesday released its information bulletin No. 31 about the case.")
    assert not any(e.event_type == "RETREAT" for e in published)
    freed = events("The Ethiopian authorities on Friday released the two detained journalists.")
    assert any(e.event_type == "RETREAT" for e in freed)


@pytest.mark.parametrize(("text", "code"), [
    ("The Kenyan foreign minister underlined the necessity of funding the new border fence.", "KEN"),
    ("Uganda's health minister highlighted the importance of vaccinating children in the border districts.", "UGA"),
])
def test_emphasis_on_what_must_be_done_is_a_demand(text: str, code: str) -> None:
    assert any(e.event_type == "REQUEST" and e.actor_codes == [code] for e in events(text))


def test_emphasis_on_a_clause_of_what_must_be_done_is_the_demand() -> None:
    # the emphasis is the speech act: its verb is the trigger, not the clause's "must"
    coded = [e for e in events("The Kenyan minister stressed that the talks must resume at once.") if e.event_type == "REQUEST"]
    assert [e.trigger.text for e in coded] == ["stressed"]


def test_emphasis_alone_or_on_ties_asks_for_nothing() -> None:
    assert not any(e.event_type == "REQUEST" for e in events("The Kenyan minister highlighted the importance of the regional summit."))
    fostered = events("The two foreign ministers stressed the importance of deepening cooperation between Oman and Kenya.")
    assert not any(e.event_type == "REQUEST" for e in fostered)


@pytest.mark.parametrize("text", [
    "Thousands of farmers rallied outside the parliament in Nairobi on Tuesday, demanding lower fuel prices.",
    "Teachers in Lagos staged a two-day strike to demand the payment of their wages.",
])
def test_a_demand_a_protest_carries_is_the_protest(text: str) -> None:
    coded = events(text)
    assert any(e.event_type == "PROTEST" for e in coded)
    assert not any(e.event_type == "REQUEST" for e in coded)


def test_a_demand_told_apart_from_the_protest_stays_a_demand() -> None:
    # the demand is the sentence's own act, not what the protest is for
    coded = events("The opposition leader demanded new elections after thousands of his supporters rallied in Kampala.")
    assert any(e.event_type == "REQUEST" for e in coded)


def test_a_hostile_deed_told_by_the_narration_accuses_no_one() -> None:
    # the guide: a narrator's own invective is not coded, and a deed's doer accuses no one by doing it
    narrated = events("South Korea's puppet forces are now creating an atmosphere of confrontation in the region.")
    assert not any(e.event_type == "ACCUSE" for e in narrated)
    voiced = events("Rodong Sinmun Monday says in a commentary: South Korea's puppet war-like forces are now creating an "
                    "atmosphere of confrontation in the region.")
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in voiced] == [("ACCUSE", ["PRK"], ["KOR"])]


def test_a_party_naming_or_judging_in_its_own_words_accuses() -> None:
    judged = events("The Kenyan opposition termed the new security law a step back to dictatorship.")
    assert [(e.event_type, e.actor_codes) for e in judged] == [("ACCUSE", ["KEN"])]


def test_raped_is_read_as_rape_not_rap() -> None:
    # the parser's lemma of "raped" is "rap" (to criticise): the act is an assault
    coded = events("Two soldiers raped a woman in the village of Kito on Sunday, the Congolese police said.")
    assert [e.event_type for e in coded] == ["ASSAULT"]


def test_what_a_speakers_side_acts_against_is_no_charge_against_that_side() -> None:
    # invective words in what the subject struggles against, foils or acts despite are another party's deeds
    coded = events(cuban_statement("Cuba has struggled against the aggression and provocations of the United States, the statement said."))
    assert not any(e.event_type == "ACCUSE" and "USA" not in e.recipient_codes for e in coded)


@pytest.mark.parametrize("text", [
    "The Dubai police launched a road safety awareness campaign for cyclists on Sunday.",
    "Ruto launched his election campaign in Nakuru on Sunday.",
])
def test_a_campaign_that_struggles_against_no_one_is_no_protest(text: str) -> None:
    assert not any(e.event_type == "PROTEST" for e in events(text))


def test_a_campaign_against_a_law_is_a_protest() -> None:
    coded = events("The Kenyan opposition launched a campaign against the new tax law on Sunday.")
    assert [e.event_type for e in coded] == ["PROTEST"]


def test_a_demand_with_a_subject_of_its_own_beside_a_protest_stays_a_demand() -> None:
    coded = events("Thousands of Kenyans protested in Nairobi on Tuesday as President William Ruto urged calm.")
    assert any(e.event_type == "REQUEST" and e.trigger.text == "urged" for e in coded)


def test_emphasis_by_an_event_or_a_text_asks_nothing_and_a_necessity_clause_asks() -> None:
    assert not any(e.event_type == "REQUEST" for e in events(
        "The incident highlights the urgency of reopening a military hotline between the two Koreas."))
    asked = events("The Qatari prime minister stressed that a ceasefire in Gaza is essential.")
    assert [(e.event_type, e.actor_codes) for e in asked] == [("REQUEST", ["QAT"])]


def test_pointing_to_wrongs_is_the_doers_own_charge() -> None:
    coded = events("Kenyan opposition leaders pointed to widespread irregularities in the presidential vote.")
    assert [(e.event_type, e.actor_codes) for e in coded] == [("ACCUSE", ["KEN"])]


@pytest.mark.parametrize(("title", "body"), [
    ("Kenyan Party Hits U.S. for Sanctions on Ugandan Officials",
     "The Kenyan People's Party on Monday condemned the United States for imposing sanctions on Ugandan officials."),
    ("Kenyan Party Calls for Study of Nyerere's Ideas",
     "The Kenyan People's Party on Monday praised the ideas of the late Tanzanian president Julius Nyerere in a statement."),
])
def test_a_headline_read_as_another_category_than_the_lead_tells_is_the_leads_event(title: str, body: str) -> None:
    # headlinese ("Hits … for", "Calls for") misread as another kind of act: every side of it is in the lead's act
    coding = code_document(Document("h", body, title=title, published="2024-05-01"), Settings(learned_roles=False))
    assert not any(e.trigger.start < len(title) for e in coding.events)


@pytest.mark.parametrize(("text", "category"), [
    ("The Estonian parliament decided to stand against the treaty.", "REJECT"),
    ("The Danish cabinet decided to expel the Iranian ambassador.", "SANCTION"),
])
def test_a_decision_is_the_act_decided(text: str, category: str) -> None:
    assert [e.event_type for e in events(text)] == [category]


def test_a_meeting_decided_stays_an_agreement() -> None:
    coded = events("The Chilean government decided to hold talks with Argentina on the border.")
    assert [e.event_type for e in coded] == ["AGREE"]


@pytest.mark.parametrize("text", [
    "It is the unchanging policy of Brazil's government to strengthen its good relations with Angola.",
    "Unchanged is the stand of Mongolia to deepen its ties with Japan.",
    "Officials reaffirmed the stand of Vietnam to actively cooperate with Laos in every field.",
    "Norway and Sweden have committed to deepen their friendly ties in the coming years.",
])
def test_a_stated_stance_to_foster_ties_is_a_pledge(text: str) -> None:
    pledges = [e for e in events(text) if e.event_type == "AGREE"]
    assert pledges and pledges[0].modality == "actual"


@pytest.mark.parametrize("text", [
    "Analysts questioned whether the visit would strengthen the relations between Brazil and Angola.",
    "The summit in Hanoi strengthened the ties between Vietnam and Laos.",
    "It is unclear whether Mongolia can deepen its ties with Japan.",
])
def test_ties_fostered_by_an_event_or_in_doubt_pledge_nothing(text: str) -> None:
    assert not [e for e in events(text) if e.event_type == "AGREE" and e.modality == "actual"]


@pytest.mark.parametrize(("text", "recipient"), [
    ("The Finnish party chairman spoke highly of Cuba.", "CUB"),
    ("The Russian envoy highly estimated the principled stand of Vietnam on the talks.", "VNM"),
    ("The Ghanaian writer eulogized the policies of the Brazilian government.", "BRA"),
])
def test_words_of_high_praise_are_support_of_whom_they_praise(text: str, recipient: str) -> None:
    support = [e for e in events(text) if e.event_type == "SUPPORT"]
    assert support and recipient in support[0].recipient_codes


@pytest.mark.parametrize("text", [
    "The Thai official spoke of the need for more funding for Laos.",
    "Officials estimated the damage in Chile at 3 million dollars.",
])
def test_speaking_of_or_estimating_alone_praises_no_one(text: str) -> None:
    assert not [e for e in events(text) if e.event_type == "SUPPORT"]


@pytest.mark.parametrize("text", [
    "The Peruvian police said it would punish officers who took part in the protest.",
    "Offenders would be punished severely, the Chilean interior ministry said.",
    "The Bolivian interior ministry will punish the rioters, the governor said.",
])
def test_a_punishment_declared_before_it_is_dealt_is_a_threat(text: str) -> None:
    coded = events(text)
    assert [e.event_type for e in coded] == ["THREATEN"] and coded[0].modality == "actual"


def test_who_declares_a_punishment_in_the_passive_threatens_it() -> None:
    coded = events("Offenders would be punished severely, the Chilean interior ministry said.")
    assert coded[0].actor_codes == ["CHL"] and coded[0].attribution is None


@pytest.mark.parametrize("text", [
    "The Peruvian court punished the two officers last year.",
    "The Chilean ministry might have punished the officers.",
])
def test_a_punishment_dealt_or_only_weighed_is_no_threat(text: str) -> None:
    assert not [e for e in events(text) if e.event_type == "THREATEN"]


@pytest.mark.parametrize("text", [
    "We extend our deep sympathy to all the Cuban people in grief, the Angolan message said.",
    "Some 80 Japanese officials gathered at the site and offered quiet prayers for the fire victims.",
])
def test_sympathy_and_prayers_for_the_bereaved_are_mourning(text: str) -> None:
    assert not events(text)


def test_sympathy_told_beside_support_keeps_the_support() -> None:
    assert [e.event_type for e in events("The Angolan party expressed full support and sympathy for the Cuban people's struggle.")] == ["SUPPORT"]


@pytest.mark.parametrize("text", [
    "The Peruvian cafe offers a range of cheap lunches.",
    "Chinese prosecutors offered strong legal protection for the country's economy.",
])
def test_what_a_seller_or_a_service_offers_is_no_offer(text: str) -> None:
    assert not [e for e in events(text) if e.event_type == "AGREE"]


@pytest.mark.parametrize("text", [
    "Norway offered to mediate between Colombia and the rebels.",
    "Turkey offered talks to the Syrian opposition.",
])
def test_an_offer_made_to_a_party_is_an_agreement(text: str) -> None:
    assert [e.event_type for e in events(text)] == ["AGREE"]


def test_a_noun_naming_again_an_act_a_verb_told_is_no_new_act() -> None:
    told = "The Cuban government proposed talks with the United States on Monday. "
    assert [e.event_type for e in events(told + "Washington ignored the Cuban proposal for two weeks.")] == ["AGREE", "REJECT"]
    assert [e.event_type for e in events(told + "Washington welcomed another Cuban proposal on Friday.")].count("AGREE") == 2


@pytest.mark.parametrize("text", [
    "The Brazilian minister said the concert would be a good occasion for boosting cultural exchanges with Angola.",
    "The Chilean and Peruvian ministers discussed ways of expanding economic relations.",
])
def test_ties_an_event_or_a_talk_serves_pledge_nothing(text: str) -> None:
    assert not [e for e in events(text) if e.event_type == "AGREE"]


@pytest.mark.parametrize("text", [
    "The Cuban people will never pardon the criminal acts of the mercenaries.",
    "The Bolivian miners will never tolerate the provocations of the Chilean police.",
])
def test_what_a_party_says_it_will_not_put_up_with_is_its_threat(text: str) -> None:
    coded = [e for e in events(text) if e.event_type == "THREATEN"]
    assert coded and coded[0].modality == "actual"


@pytest.mark.parametrize("text", [
    "The Venezuelan government has never pardoned the traitors for their crimes.",
    "The Chilean court did not pardon the officers.",
])
def test_a_pardon_refused_as_told_is_no_threat(text: str) -> None:
    assert not [e for e in events(text) if e.event_type == "THREATEN"]


@pytest.mark.parametrize("text", [
    "The Fijian foreign minister and his party visited Chilwon, the birthplace of the country's founder, on Wednesday.",
    "The Cuban delegation visited Chongsan, a cooperative farm near the capital.",
])
def test_a_named_place_its_apposition_calls_a_site_is_a_place_visited(text: str) -> None:
    assert not [e for e in events(text) if e.event_type == "CONSULT"]


def test_a_capital_visited_is_still_a_visit() -> None:
    assert [e.event_type for e in events("The Fijian foreign minister visited Lima, the capital of Peru, on Wednesday.")] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "Both presents were handed over to the Cuban ambassadors to Spain and Greece in early May.",
    "Maria Lopez, who leads a Lima friendship league, handed her gift over to the Cuban ambassador on Friday.",
])
def test_a_gift_handed_to_an_envoy_is_a_courtesy(text: str) -> None:
    assert not [e for e in events(text) if e.event_type == "AID"]


def test_goods_given_as_a_gift_are_aid() -> None:
    assert [e.event_type for e in events("China handed a gift of 300 tons of rice to Nepal.")] == ["AID"]


@pytest.mark.parametrize("text", [
    "Qatar and the UAE decided to restore diplomatic ties after a three-year rift.",
    "The two countries decided to establish diplomatic relations.",
])
def test_ties_decided_stay_an_agreement(text: str) -> None:
    assert [e.event_type for e in events(text)][:1] == ["AGREE"]


@pytest.mark.parametrize("text", [
    "Analysts said Beijing would likely punish Canberra with new trade curbs.",
    "Experts expect that China will punish Lithuania economically.",
    "A bill introduced in Congress would penalize companies that buy Iranian oil.",
])
def test_a_punishment_others_forecast_or_a_text_provides_is_no_threat(text: str) -> None:
    assert not [e for e in events(text) if e.event_type == "THREATEN"]


@pytest.mark.parametrize("text", [
    "Cuba voiced full sympathy and support for the Sahrawi people's fight for independence.",
    "The Syrian foreign minister expressed his sympathy for Russia's position on Ukraine.",
])
def test_sympathy_with_a_cause_or_beside_support_is_support(text: str) -> None:
    assert [e.event_type for e in events(text)] == ["SUPPORT"]


def test_a_noun_with_a_date_or_place_of_its_own_is_a_new_act() -> None:
    coded = events("Gunmen killed a police officer in Peshawar on Monday. "
                   "The killing of two soldiers in Quetta on Tuesday was claimed by the Pakistani Taliban.")
    assert [e.event_type for e in coded] == ["ASSAULT", "ASSAULT"]


def test_a_stance_held_once_is_no_pledge() -> None:
    assert not [e for e in events("It was once the policy of Egypt to strengthen relations with the Soviet Union.") if e.event_type == "AGREE"]


@pytest.mark.parametrize("text", [
    "The European Union offered Ukraine candidate status.",
    "Germany has offered Poland Patriot missile batteries.",
])
def test_an_offer_to_a_party_the_parser_reads_into_the_thing_offered(text: str) -> None:
    assert [e.event_type for e in events(text)] == ["AGREE"]


def test_a_party_helping_to_foster_ties_pledges() -> None:
    coded = events("Vietnam will do its best to help boost the friendship with Laos, the minister said.")
    assert [e.event_type for e in coded] == ["AGREE"]


def test_a_facility_or_a_fund_supporting_work_backs_no_party() -> None:
    assert not events("The expanded laboratory in Bangalore will support research on new variants, the Indian institute said.")
    assert [e.event_type for e in events("The Russian groups fully support the line of Vietnam.")] == ["SUPPORT"]


def test_a_letter_of_thanks_sent_is_support() -> None:
    coded = events("The Saudi crown prince sent the Cypriot president a letter of thanks on leaving Nicosia.")
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in coded] == [("SUPPORT", ["SAU"], ["CYP"])]


@pytest.mark.parametrize(("text", "maker"), [
    ("The Chilean president unconditionally rejected Bolivia's proposal for dialogue.", "BOL"),
    ("Sudan rejected the U.S. promise of aid at a press conference on Monday.", "USA"),
])
def test_another_partys_offer_rejected_is_that_partys_offer_made(text: str, maker: str) -> None:
    coded = events(text)
    assert "REJECT" in [e.event_type for e in coded]
    assert [(e.actor_codes, e.modality) for e in coded if e.event_type == "AGREE"] == [([maker], "actual")]


def test_an_offer_rejected_with_no_maker_named_is_only_the_rejection() -> None:
    assert [e.event_type for e in events("The Chilean president rejected the proposal for dialogue.")] == ["REJECT"]


def test_another_partys_deed_opposed_stays_not_done() -> None:
    invasion = [e for e in events("Washington opposes Israel's ground invasion of Rafah.") if e.event_type == "ASSAULT"]
    assert [e.modality for e in invasion] == ["negated"]


def test_a_state_visited_stays_a_visit_whatever_its_apposition() -> None:
    coded = events("The Turkish president visited Cyprus, the divided island, in December.")
    assert [e.event_type for e in coded] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "The families of the victims said they would never forgive the gunmen.",
    "The king said he would not pardon the convicted ministers.",
    "The opposition party said it would never condone violence against the protesters.",
])
def test_refusing_to_forgive_a_person_or_condone_is_no_threat(text: str) -> None:
    assert not [e for e in events(text) if e.event_type == "THREATEN"]


def test_a_seat_of_power_backing_a_bid_is_support() -> None:
    assert [e.event_type for e in events("The House backed Ukraine's bid to join NATO in a nonbinding vote.")] == ["SUPPORT"]


@pytest.mark.parametrize("text", [
    "The Fijian foreign minister visited Mangyongdae on Wednesday.",
    "The Fijian delegation toured Mt. Kumgang on Thursday.",
])
def test_a_site_or_a_mountain_by_its_own_name_is_a_place_visited(text: str) -> None:
    assert not [e for e in events(text) if e.event_type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Washington should clearly understand the Venezuelan army's countermeasure for self-defence, the statement said.",
    "The Georgian forces would be well advised to keep in mind that Russia's retaliation will be merciless, the paper said.",
])
def test_a_party_told_to_mind_the_speakers_force_is_warned(text: str) -> None:
    assert [e.event_type for e in events(text)] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "Washington would be well advised to scrap its plan to contain Venezuela by force, the paper said.",
    "Tbilisi should clearly understand the gravity of things and stop its broadcasts, the statement said.",
])
def test_a_party_told_to_act_is_asked(text: str) -> None:
    assert [e.event_type for e in events(text)] == ["REQUEST"]


@pytest.mark.parametrize("said", [
    "It is our belief that the Cuban people will foil the U.S. aggressors' moves, the statement said.",
    "It is the steadfast resolve of all Cubans to defend the revolution from the U.S. aggressors, the statement said.",
])
def test_a_speakers_own_belief_or_resolve_is_no_judgement_of_whom_it_names(said: str) -> None:
    assert not [e for e in events(cuban_statement(said)) if e.event_type == "ACCUSE" and e.mode == "voiced"]


def test_a_charge_believed_or_called_plain_fact_is_the_speakers_charge() -> None:
    said = "It is obvious that the U.S. imperialists are hell-bent on reckless provocations, the statement said."
    assert [(e.actor_codes, e.recipient_codes) for e in events(cuban_statement(said)) if e.event_type == "ACCUSE"] == [(["CUB"], ["USA"])]


@pytest.mark.parametrize("said", [
    "The U.S. imperialists announced that their warships would be deployed near the island, the statement said.",
    "The U.S. imperialists toured the border area, the statement said.",
])
def test_a_clause_telling_what_a_party_said_or_where_it_went_judges_no_one(said: str) -> None:
    assert not [e for e in events(cuban_statement(said)) if e.event_type == "ACCUSE"]


def test_a_speaker_does_not_accuse_the_party_it_has_backed() -> None:
    backed = cuban_statement("The statement voiced strong backing for the Venezuelan government.",
                             "The Venezuelan government frightened the imperialists with its bold reforms, it said.")
    assert not [e for e in events(backed) if e.event_type == "ACCUSE"]
    # backing a country's firms is no backing of its government
    mixed = cuban_statement("The statement praised the Venezuelan oil company PDVSA.",
                            "The Venezuelan authorities' reckless provocations are a grave threat to peace, it said.")
    assert [e.recipient_codes for e in events(mixed) if e.event_type == "ACCUSE"] == [["VEN"]]


@pytest.mark.parametrize("text", ["The ban on the rallies angered the opposition parties.",
                                  "The drills touched off the indignation of the Venezuelan public."])
def test_anger_a_deed_set_off_is_no_ones_charge(text: str) -> None:
    assert not [e for e in events(text, published="2012-05-10") if e.event_type == "ACCUSE"]


def test_condemnation_set_off_with_its_critics_named_is_theirs() -> None:
    coded = events("SEOUL - The rocket launch sparked swift condemnation from Washington and Tokyo.", published="2012-05-10")
    assert [sorted(e.actor_codes) for e in coded if e.event_type == "ACCUSE"] == [["JPN", "USA"]]


def test_criticism_drawn_from_a_party_stays_its_charge() -> None:
    coded = events("The minister's remarks drew sharp criticism from Chilean lawmakers.", published="2012-05-10")
    assert [e.actor_codes for e in coded if e.event_type == "ACCUSE"] == [["CHL"]]


def test_a_charge_worded_inside_another_by_the_same_accuser_is_one_charge() -> None:
    from flashpoint import nlp
    from flashpoint.events.extract import Candidate, without_nested_charges
    from flashpoint.events.lexicon import Sense
    from flashpoint.records import Actor

    def party(code: str) -> Actor:
        return Actor(text=code, code=code, sector="GOV", name=None, start=0, end=3)

    def charge(word: str, actor: str, recipient: list[str]) -> Candidate:
        [token] = [t for t in doc if t.text == word]
        return Candidate(token, Sense(lemma=token.lemma_, category="ACCUSE"), [party(actor)], [party(r) for r in recipient])

    doc = next(iter(nlp.parse(["The paper accuses the regime of concealing its aim and questioned the deal."])))
    outer, inner, joined = charge("accuses", "CUB", []), charge("concealing", "CUB", ["USA"]), charge("questioned", "CUB", [])
    kept = without_nested_charges([outer, inner, joined])
    # the inner wording goes, giving the charge whom it names; a charge joined by "and" is a charge of its own
    assert [(c.trigger.text, [r.code for r in c.recipient]) for c in kept] == [("accuses", ["USA"]), ("questioned", [])]
    # a deed word inside it is its wording whoever the parser makes its doer; a charge another party makes in its
    # own words stays
    assert len(without_nested_charges([outer, charge("concealing", "USA", ["CUB"])])) == 1
    doc = next(iter(nlp.parse(["The paper denounced Seoul for calling the launch a provocation."])))
    assert len(without_nested_charges([charge("denounced", "CUB", ["KOR"]), charge("calling", "KOR", ["PRK"])])) == 2


def test_a_party_whose_doing_is_acted_on_is_the_recipient() -> None:
    coded = events("PANAMA CITY -- The court met on Monday.\n\n"
                   "The magistrates denied an appeal that the lawyer Roniel Ortiz filed against the ruling.", published="2022-07-26")
    assert [e.recipient_codes for e in coded if e.event_type == "REJECT"] == [["PAN"]]
    # a move's "of" names its own forces, not a party it is aimed at
    raised = events("Israel's military said it had raised the alert level of its air defense units.", published="2024-04-02")
    assert [e.recipient_codes for e in raised if e.event_type == "MOBILIZE"] == [[]]


def test_pyongyangs_words_for_seouls_rulers_name_south_korea() -> None:
    statement = "Pyongyang, May 10 (KCNA) -- The DPRK Committee for Peaceful Reunification released a statement on Tuesday.\n\n{}"
    coded = events(statement.format("The statement urged the traitors to stop the reckless drills at once."), published="2012-05-10")
    assert [e.recipient_codes for e in coded if e.event_type == "REQUEST"] == [["KOR"]]
    # not when the words name a country of their own
    named = events(statement.format("It denounced the U.S. warmongers for the drills."), published="2012-05-10")
    assert [e.recipient_codes for e in named if e.event_type == "ACCUSE"] == [["USA"]]


def test_an_obligation_laid_on_a_body_the_knowledge_base_lacks_asks_that_body() -> None:
    coded = events("NEW DELHI -- The education minister addressed reporters on Monday.\n\n"
                   "Educational institutes must report every case of ragging to the police, the minister said.", published="2022-08-01")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "REQUEST"] == [(["IND"], ["IND"])]


@pytest.mark.parametrize(("text", "category", "word"), [
    # a party kept from acting refuses nothing
    ("MOSCOW - The police barred the students from entering the campus.", "REJECT", "barred"),
    # a value said to be violated is a wrong charged, not a refusal nor a crackdown
    ("SEOUL - Seoul violated the principle of sovereign equality, the ministry said.", "REJECT", "violated"),
    ("HAVANA - Her right to enter Cuba was violated by the authorities.", "COERCE", "violated"),
    # a participle describing what was rejected tells no refusal
    ("CANBERRA - The plan, rejected by the public, was shelved.", "REJECT", "rejected"),
    # "demonstrate" with an object shows something
    ("ANKARA - The army demonstrated its resolve in a drill.", "PROTEST", "demonstrated"),
    # a seizure told as a time or a background
    ("YANGON - The economy has stagnated since the junta seized power in 2021.", "COERCE", "seized"),
    ("DAMASCUS - Israel built new settlements in the occupied Golan Heights.", "COERCE", "occupied"),
    # words for things of force, and protests named as a circumstance
    ("TAIPEI - The destroyer entered the territorial waters of the island.", "MOBILIZE", "waters"),
    ("LIMA - The miners marched despite protests from residents.", "PROTEST", "protests"),
])
def test_words_of_acts_in_senses_or_frames_that_tell_no_act(text: str, category: str, word: str) -> None:
    coded = events(text, published="2022-05-10")
    assert not [e for e in coded if e.event_type == category and e.trigger.text == word], coded


@pytest.mark.parametrize(("text", "category"), [
    ("MOSCOW - The police stopped the students at the gate.", None),
    ("ADDIS ABABA - The rebels violated the peace agreement, the government said.", "REJECT"),
    ("KYIV - Russia violated the principles of the UN Charter, the ministry said.", "REJECT"),
    ("LIMA - Thousands demonstrated in the capital against the tax.", "PROTEST"),
    ("YANGON - The junta seized power in a coup on Monday.", "COERCE"),
])
def test_the_same_words_telling_acts_stay_coded(text: str, category: str | None) -> None:
    if category is not None:
        assert category in [e.event_type for e in events(text, published="2022-05-10")]


@pytest.mark.parametrize(("text", "category"), [
    ("MANILA - Parliament removed the governor from office on Friday.", "SANCTION"),
    ("MANILA - The court sent the activist to prison for two years.", "COERCE"),
    ("MANILA - Police handcuffed the journalist outside the court.", "COERCE"),
])
def test_removals_from_office_and_restraints_by_the_police(text: str, category: str) -> None:
    assert category in [e.event_type for e in events(text, published="2022-05-10")]


def test_a_legislature_dissolved_is_no_crackdown() -> None:
    coded = events("KUWAIT CITY - The emir dissolved the National Assembly and called fresh elections.", published="2022-08-02")
    assert "COERCE" not in [e.event_type for e in coded]


@pytest.mark.parametrize(("text", "word", "modality"), [
    # an obligation laid on a clause reaches the act joined to it, whatever the parser hangs it on
    ("PYONGYANG - All Koreans should get united and launch a general offensive against the traitors.", "launch", "hypothetical"),
    # the means of an act to come is to come
    ("PYONGYANG - The army will crush the invaders by launching an all-out retaliatory war.", "launching", "hypothetical"),
    # what a design is for is not done, nor what there is no reason to do
    ("PYONGYANG - The paper outlined a strategy for deploying American troops on the peninsula.", "deploying", "hypothetical"),
    ("PYONGYANG - There is no reason for the puppets to conduct war exercises.", "exercises", "negated"),
    # a means told of a deed done was done
    ("PYONGYANG - The puppets heightened the tension by staging war exercises last week.", "exercises", "actual"),
])
def test_acts_joined_to_obligations_means_and_designs_take_their_modality(text: str, word: str, modality: str) -> None:
    coded = [e for e in events(text, published="2012-05-10") if e.trigger.text == word]
    assert [e.modality for e in coded] == [modality], coded


def test_an_exercise_called_joint_is_cooperation_whoever_the_other_sides_are() -> None:
    coded = events("PYONGYANG - On the same day, the puppet army conducted a joint aerial military drill over the West Sea.", published="2012-05-10")
    assert [(e.event_type, e.actor_codes) for e in coded] == [("COOPERATE", ["KOR"])]
    alone = events("SEOUL - The army staged a military drill near the border on Monday.", published="2012-05-10")
    assert [e.event_type for e in alone] == ["MOBILIZE"]


def test_one_military_move_told_several_ways_is_one_event() -> None:
    from flashpoint import nlp
    from flashpoint.events.extract import Candidate, one_move_per_sentence
    from flashpoint.events.lexicon import Sense
    from flashpoint.records import Actor

    doc = next(iter(nlp.parse(["The army staged a drill by mobilizing tanks and filed a protest."])))
    army = [Actor(text="The army", code="KOR", sector="MIL", name=None, start=0, end=8)]

    def act(word: str, category: str, actor: list[Actor]) -> Candidate:
        [token] = [t for t in doc if t.text == word]
        return Candidate(token, Sense(lemma=token.lemma_, category=category), actor, [])

    drill, tanks, protest = act("drill", "MOBILIZE", army), act("mobilizing", "MOBILIZE", army), act("protest", "ACCUSE", army)
    assert one_move_per_sentence([drill, tanks, protest]) == [drill, protest]  # the drill kept, other categories untouched
    unnamed, named = act("mobilizing", "MOBILIZE", []), act("tanks", "MOBILIZE", army)
    assert one_move_per_sentence([unnamed, named]) == [named]  # else the one naming a side


@pytest.mark.parametrize(("text", "recipient"), [
    ("ABU DHABI - The emir directed the interior ministry to send rescue crews to the flooded villages.", "ARE"),
    ("OTTAWA - Residents were told to boil their drinking water until further notice.", "CAN"),
    ("LA PAZ - Bolivia has turned to Brazil for help with the wildfires.", "BRA"),
])
def test_a_party_directed_to_act_is_asked(text: str, recipient: str) -> None:
    coded = [e for e in events(text, published="2022-08-10") if e.event_type == "REQUEST"]
    assert [e.recipient_codes for e in coded] == [[recipient]], coded


def test_telling_what_is_so_asks_nothing() -> None:
    assert not events("OTTAWA - The mayor told reporters that the water was safe.", published="2022-08-10")


@pytest.mark.parametrize(("text", "trigger"), [
    ("JOHANNESBURG - The traders took the City of Johannesburg to court over the evictions.", "took"),
    ("RIYADH - Police detained the two suspects and referred them to the public prosecutor.", "referred"),
    ("BANGKOK - The agency slapped the city with a lawsuit over the contract.", "slapped"),
    ("DHAKA - He spoke against the local lawmaker at the rally.", "spoke"),
    ("TAIPEI - Lai excoriated Chen over the budget cuts on Monday.", "excoriated"),
    ("SEOUL - The opposition cast doubt on the minister's claims.", "cast"),
    ("TEHRAN - The ministry handed the Turkish envoy a strongly-worded note of protest on Monday.", "note"),
])
def test_legal_action_and_criticism_by_idiom_are_charges(text: str, trigger: str) -> None:
    coded = events(text, published="2022-08-10")
    assert [e.trigger.text.split()[0] for e in coded if e.event_type == "ACCUSE"] == [trigger], coded
    assert "PROTEST" not in [e.event_type for e in coded]


@pytest.mark.parametrize("text", ["TAIPEI - The minister spoke to reporters about the budget.",
                                  "LIMA - The tourists took the children to the beach."])
def test_the_same_verbs_telling_no_charge(text: str) -> None:
    assert "ACCUSE" not in [e.event_type for e in events(text, published="2022-08-10")]


@pytest.mark.parametrize("text, category, code", [
    ("Pyongyang, June 8 (KCNA) -- The International Songun Study Institute released a statement on Thursday in support "
     "of the DPRK.", "SUPPORT", "NGO"),
    ("Pyongyang, June 8 (KCNA) -- The Nigerian Songun Study Institute released a statement on Thursday in support of "
     "the DPRK.", "SUPPORT", "NGA"),
    # placed where its name says it sits, never by what it works for
    ("The Global Forum for Juche Ideas in Nepal issued a statement condemning the United States.", "ACCUSE", "NPL"),
    ("The Asia-Pacific Regional Committee for Honouring President Kim Il Sung put out a statement condemning the "
     "United States.", "ACCUSE", "NGO"),
])
def test_a_body_with_a_worldwide_name_and_no_country_is_an_ngo(text: str, category: str, code: str) -> None:
    coded = events(text, published="2012-06-08")
    assert [e.actor_codes for e in coded if e.event_type == category] == [[code]]

def test_products_boycotted_stay_a_protest() -> None:
    coded = events("SEOUL - The workers boycotted the company's products.", published="2012-05-10")
    assert [e.event_type for e in coded] == ["PROTEST"]


def test_the_doer_of_an_act_judged_or_acted_against_is_its_target() -> None:
    condemned = events("KYIV - Ukraine's ministers condemned the attacks by Russia against Ukraine on Monday.", published="2023-05-10")
    assert [e.recipient_codes for e in condemned if e.event_type == "ACCUSE"] == [["RUS"]]
    retaliated = events("Pyongyang, May 10 (KCNA) -- The KPA will retaliate against the provocations of the U.S. imperialists.",
                        published="2012-05-10")
    assert [e.recipient_codes for e in retaliated if e.event_type == "THREATEN"] == [["USA"]]


def test_a_plan_is_the_act_planned_still_to_come() -> None:
    coded = events("SEOUL - The navy plans to dispatch a flotilla to the Gulf of Aden next month.", published="2012-05-10")
    assert [(e.event_type, e.modality) for e in coded] == [("MOBILIZE", "future")]


def test_a_plan_the_typer_reads_takes_the_category_of_what_it_plans() -> None:
    from flashpoint import nlp
    from flashpoint.events.extract import Extractor
    from flashpoint.events.lexicon import Sense
    from flashpoint.actors.knowledge import load as load_kb

    doc = next(iter(nlp.parse(["The army plans to deploy tanks near the border. The two navies plan to hold joint drills "
                               "with Japan. The ministry plans to build a sports complex."])))
    extractor = Extractor(doc, [], load_kb())
    charge = Sense(lemma="plan", category="ACCUSE", pos="verb")
    plans = [t for t in doc if t.lemma_ == "plan" and t.pos_ == "VERB"]
    assert [extractor.planned_act(p, charge).category for p in plans] == ["MOBILIZE", "AGREE", "ACCUSE"]


def test_a_deed_named_again_in_a_clause_about_another_act_is_not_coded_again() -> None:
    told = events("WINDHOEK - A man assaulted his wife in Katutura on Friday.\n\n"
                  "Police arrested the man for allegedly assaulting his wife, a spokesman said.", published="2022-08-10")
    assert [e.event_type for e in told] == ["ASSAULT", "COERCE"]
    first = events("WINDHOEK - Police arrested a man on Friday for assaulting his wife.", published="2022-08-10")
    assert sorted(e.event_type for e in first) == ["ASSAULT", "COERCE"]


def test_two_sides_moves_in_one_sentence_are_two_events() -> None:
    coded = events("SEOUL - North Korea fired two short-range missiles into the sea as South Korea deployed additional "
                   "fighter jets to the border.", published="2012-05-10")
    assert sorted(tuple(e.actor_codes) for e in coded if e.event_type == "MOBILIZE") == [("KOR",), ("PRK",)]


@pytest.mark.parametrize(("text", "category"), [
    ("MINSK - A court condemned the opposition leader to 15 years in prison on Friday.", "SANCTION"),
    ("MOSCOW - The journalist has been on hunger strike since police detained him on Monday.", "COERCE"),
])
def test_sentences_and_arrests_told_with_time_words_stay_coded(text: str, category: str) -> None:
    assert category in [e.event_type for e in events(text, published="2012-05-10")]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Pyongyang, May 10 (KCNA) -- Talks between Japan and the U.S. were held in Tokyo on Monday.", ["USA"], ["JPN"]),
    ("SEOUL - Leaders of South Korea and Japan met in Tokyo on Friday.", ["KOR"], ["JPN"]),
    # a third country's venue hosts both sides
    ("SEOUL - Leaders of South Korea and Japan met in Geneva on Friday.", ["JPN", "KOR"], ["CHE"]),
])
def test_the_side_meeting_at_home_is_the_host(text: str, actor: list[str], recipient: list[str]) -> None:
    coded = [e for e in events(text, published="2012-05-10") if e.event_type == "CONSULT"]
    assert [(sorted(e.actor_codes), e.recipient_codes) for e in coded] == [(actor, recipient)]


@pytest.mark.parametrize(("text", "category"), [
    ("AUCKLAND - Police stopped the visitors at the airport on Monday.", "COERCE"),
    ("MONTEVIDEO - The navy intercepted the Chinese trawler off the coast.", "COERCE"),
])
def test_a_party_or_a_vessel_stopped_by_the_police_is_restrained(text: str, category: str) -> None:
    assert category in [e.event_type for e in events(text, published="2022-05-10")]


def test_a_ball_caught_is_no_restraint() -> None:
    assert not events("MOSCOW - Fans caught the ball in the stands.", published="2022-05-10")


@pytest.mark.parametrize("text", ["NEW DELHI - Her unlawful detention is an abuse of power, the rights group said.",
                                  "GENEVA - The group called the raid on the newspaper a crime against the press."])
def test_a_crackdown_named_to_be_judged_is_not_coded_as_done(text: str) -> None:
    assert "COERCE" not in [e.event_type for e in events(text, published="2022-05-10")]


def test_a_crackdown_a_party_is_denounced_for_stays() -> None:
    coded = events("GENEVA - The rights group denounced the regime for cracking down on the protesters.", published="2022-05-10")
    assert "COERCE" in [e.event_type for e in coded]


def test_a_call_for_dialogue_offers_it_and_a_call_for_talks_asks() -> None:
    offered = events("SEOUL - The president called for dialogue with the North on Monday.", published="2012-05-10")
    asked = events("SEOUL - The president called for talks with the North on Monday.", published="2012-05-10")
    assert [e.event_type for e in offered] == ["AGREE"] and [e.event_type for e in asked] == ["REQUEST"]


@pytest.mark.parametrize(("text", "protest"), [
    ("HONG KONG - Tens of thousands of people demonstrated their opposition to the extradition bill on Sunday.", True),
    ("PYONGYANG - The clash plainly demonstrated the warlike character of the invaders.", False),
    ("SEOUL - The test demonstrated the progress of the missile programme.", False),
])
def test_people_demonstrating_a_stance_protest_and_things_demonstrating_show(text: str, protest: bool) -> None:
    assert ("PROTEST" in [e.event_type for e in events(text, published="2019-06-10")]) is protest


def test_protesters_obstructing_a_meeting_protest() -> None:
    coded = events("KYIV - Protesters obstructed the meeting of the city council.", published="2019-06-10")
    assert [e.event_type for e in coded] == ["PROTEST"]


def test_a_run_of_strikes_carried_out_is_the_doers_attack() -> None:
    coded = events("KABUL - NATO jets carried out a number of air strikes on Taliban positions on Monday.", published="2012-05-10")
    assert [e.actor_codes for e in coded if e.event_type == "ASSAULT"] == [["IGO"]]


@pytest.mark.parametrize("text", [
    "Pyongyang, May 10 (KCNA) -- The chairman of the World Union of Progressive Teachers denounced the U.S. for its naval drills.",
    "Pyongyang, May 10 (KCNA) -- The Global Forum of Independent Writers released a statement slamming the U.S. over its naval drills.",
])
def test_an_officer_or_a_text_of_a_worldwide_body_the_knowledge_base_lacks_is_the_bodys(text: str) -> None:
    coded = [e for e in events(text, published="2012-05-10") if e.event_type == "ACCUSE"]
    assert [(e.actor_codes, e.recipient_codes) for e in coded] == [(["NGO"], ["USA"])]


def test_a_minister_of_a_worldwide_sounding_portfolio_is_not_a_worldwide_body() -> None:
    coded = events("WINDHOEK - The Minister of International Relations met the envoy of Japan on Friday.", published="2012-05-10")
    assert all("NGO" not in e.actor_codes for e in coded)


@pytest.mark.parametrize(("text", "category"), [
    ("OSLO - The monitors hope that the occupying army will pull out of the valley before winter.", "RETREAT"),
    ("OSLO - The relief agency was mandated to provide food aid to the displaced families.", "AID"),
    ("OSLO - The ministry is responsible for supplying fuel to the northern camps.", "AID"),
    ("OSLO - Minister, make an apology to the victims at once!", "CONCEDE"),
    ("OSLO - The clashes will go on until the occupation is ended, the envoy said.", "RETREAT"),
])
def test_a_handing_over_withdrawal_or_apology_only_sought_is_not_told_as_done(text: str, category: str) -> None:
    assert all(e.modality == "hypothetical" for e in events(text, published="2012-05-10") if e.event_type == category)


@pytest.mark.parametrize(("text", "category"), [
    ("OSLO - The occupying army pulled out of the valley on Monday.", "RETREAT"),
    ("OSLO - The minister said the army had released the prisoners on Monday.", "RETREAT"),
    ("OSLO - Norway sent food aid to the displaced families on Monday.", "AID"),
])
def test_a_handing_over_or_withdrawal_told_as_done_stays_actual(text: str, category: str) -> None:
    assert [e.modality for e in events(text, published="2012-05-10") if e.event_type == category] == ["actual"]


def test_an_offer_a_party_is_told_to_stop_is_no_offer_made() -> None:
    coded = events("Pyongyang, May 10 (KCNA) -- The U.S. should stop such deceitful moves as calling for dialogue.",
                   published="2012-05-10")
    assert not [e for e in coded if e.event_type == "AGREE" and e.modality in {"actual", "future"}]


@pytest.mark.parametrize("text", [
    "Pyongyang, May 10 (KCNA) -- The fulfilment of the joint declarations guarantees lasting peace in Korea.",
    "ACCRA - The harvest festival promises to be colourful this year.",
])
def test_what_a_deed_or_a_thing_guarantees_is_no_promise(text: str) -> None:
    assert "AGREE" not in [e.event_type for e in events(text, published="2012-05-10")]


def test_a_party_promising_stays_a_promise() -> None:
    coded = events("ACCRA - Ghana promised to send doctors to Liberia next month.", published="2012-05-10")
    assert "AGREE" in [e.event_type for e in coded]


@pytest.mark.parametrize("text", [
    "MUSCAT - The minister commended the professionalism of the air force personnel during the rescue.",
    "MUSCAT - The sultan thanked the volunteers and the staff of the hospital.",
])
def test_praise_of_ones_own_staff_or_citizens_is_not_coded(text: str) -> None:
    assert "SUPPORT" not in [e.event_type for e in events(text, published="2012-05-10")]


def test_praise_of_a_named_party_stays_support() -> None:
    coded = events("MUSCAT - The sultan praised the efforts of Japan in the talks.", published="2012-05-10")
    assert "SUPPORT" in [e.event_type for e in coded]


@pytest.mark.parametrize(("text", "support"), [
    ("Pyongyang, May 10 (KCNA) -- The initiative has been praised by all the Koreans as well as by the entire world.", False),
    ("Pyongyang, May 10 (KCNA) -- All Koreans living at home and abroad warmly support the new proposal.", False),
    ("Pyongyang, May 10 (KCNA) -- The Syrian people will firmly support the DPRK in future.", True),
])
def test_praise_by_everyone_at_once_is_no_partys_stance(text: str, support: bool) -> None:
    assert ("SUPPORT" in [e.event_type for e in events(text, published="2012-05-10")]) is support


@pytest.mark.parametrize(("text", "aid"), [
    ("ACCRA - The new clinic was funded by a local development fund.", False),
    ("ACCRA - A radio station funded by the ruling party aired the speech.", False),
    ("ACCRA - Japan funded the construction of a new hospital in Ghana.", True),
])
def test_what_a_thing_is_paid_for_by_is_no_aid(text: str, aid: bool) -> None:
    assert ("AID" in [e.event_type for e in events(text, published="2012-05-10")]) is aid


@pytest.mark.parametrize(("text", "threat"), [
    ("Pyongyang, May 10 (KCNA) -- The livelihood of the fishermen is gravely threatened by the confrontation policy.", False),
    ("CAIRO - The company said it felt threatened by the ministry's letter.", False),
    ("PRETORIA - The mayor was threatened with arrest when she skipped a court hearing.", True),
    ("JERUSALEM - Israel was threatened by Iran on Monday.", True),
])
def test_a_threatened_state_of_things_or_feeling_has_no_threatener(text: str, threat: bool) -> None:
    assert ("THREATEN" in [e.event_type for e in events(text, published="2012-05-10")]) is threat


@pytest.mark.parametrize(("text", "cooperate"), [
    ("SEOUL - South Korea has lately been investing in military modernisation.", False),
    ("DOHA - The two ministries have been steadily coordinating on the issue, the minister said.", False),
    ("DOHA - Qatar coordinated with Egypt on the Gaza truce.", True),
    ("PARIS - Macron kicked off the tour in Cameroon on Monday.", False),
    ("Pyongyang, May 10 (KCNA) -- The U.S. and south Korea kicked off joint military exercises on Monday.", True),
])
def test_cooperation_words_in_a_plain_sense_tell_no_cooperation(text: str, cooperate: bool) -> None:
    assert ("COOPERATE" in [e.event_type for e in events(text, published="2012-05-10")]) is cooperate


@pytest.mark.parametrize(("text", "offer"), [
    ("KUALA LUMPUR - The agency had proposed leasing forty empty office units to private firms.", False),
    ("Pyongyang, May 10 (KCNA) -- The DPRK proposed a reunion of separated family members.", True),
    ("Pyongyang, May 10 (KCNA) -- The DPRK proposed Seoul's authorities hold working talks in May.", True),
])
def test_a_proposal_offers_a_joint_act_or_is_put_to_a_party(text: str, offer: bool) -> None:
    assert ("AGREE" in [e.event_type for e in events(text, published="2012-05-10")]) is offer


@pytest.mark.parametrize("text", [
    "AMMAN - Jordan is committed to maintaining coordination to support the Palestinian cause.",
    "SEOUL - The president ordered expanded support for the flood victims.",
])
def test_backing_asked_for_or_committed_to_is_not_given_yet(text: str) -> None:
    assert all(e.modality == "hypothetical" for e in events(text, published="2012-05-10") if e.event_type == "SUPPORT")


def test_a_greeting_message_the_model_relabels_stays_support() -> None:
    coded = events("Pyongyang, March 8 (KCNA) -- Kim Jong Il on Monday sent a warm message of greetings to Syrian "
                   "leader Bashar Al-Assad for the revolution day of his country.", published="2011-03-08")
    assert [(e.event_type, e.recipient_codes) for e in coded if e.event_type == "SUPPORT"] == [("SUPPORT", ["SYR"])]


def test_the_lexicons_conditions_on_a_word_bind_the_models_own_reading() -> None:
    coded = events("BOGOTA - His mother called him by phone on Monday.", published="2012-05-10")
    assert "SUPPORT" not in [e.event_type for e in coded]


@pytest.mark.parametrize(("text", "category", "modality"), [
    ("TAIPEI - The speaker is next week to visit Paraguay and Guatemala.", "AGREE", "future"),
    ("RIYADH - Gulf leaders will gather for a summit, to be hosted by the Saudi kingdom in late May.", "AGREE", "future"),
    ("Pyongyang, May 10 (KCNA) -- The DPRK is hardly in a position to negotiate with Washington.", "CONSULT", "hypothetical"),
    ("LONDON - I was pleased to visit Japan last week, the minister said.", "CONSULT", "actual"),
])
def test_a_meeting_told_in_an_infinitive_is_to_come_or_not_held(text: str, category: str, modality: str) -> None:
    assert [e.modality for e in events(text, published="2012-05-10") if e.event_type == category] == [modality]


@pytest.mark.parametrize(("text", "retreat"), [
    ("CAPE TOWN - The yacht Sirocco resigned from the race after losing its mast.", False),
    ("BANGKOK - He decided to quit being a shareholder of the company.", False),
    ("TAIPEI - Lin Wen-li, who resigned on Thursday, will run for mayor.", False),
    ("KUWAIT - The prime minister resigned on Monday after the vote.", True),
    ("KUWAIT - The minister quit his post on Monday.", True),
])
def test_a_resignation_leaves_an_office_and_is_told_as_news(text: str, retreat: bool) -> None:
    assert ("RETREAT" in [e.event_type for e in events(text, published="2012-05-10")]) is retreat


@pytest.mark.parametrize("text", [
    "TEHRAN - The meeting was attended by the provincial governor and the French ambassador.",
    "Pyongyang, May 10 (KCNA) -- Also attending the reception were officials of the Foreign Ministry.",
])
def test_attendance_told_of_a_meeting_is_no_meeting_of_its_own(text: str) -> None:
    assert "CONSULT" not in [e.event_type for e in events(text, published="2012-05-10")]


def test_a_summit_named_as_the_occasion_of_a_meeting_is_not_coded() -> None:
    coded = events("CAIRO - Shoukry met Lavrov on the margins of the Berlin Summit on Sudan.", published="2012-05-10")
    assert [e.trigger.text for e in coded if e.event_type == "CONSULT"] == ["met"]


@pytest.mark.parametrize("text", [
    "Pyongyang, May 10 (KCNA) -- The statement assailed Washington and the south Korean warmongers' naval drills.",
    "Pyongyang, May 10 (KCNA) -- The weekly slammed the U.S. warmongers and the south Korean puppet army for holding "
    "big joint naval exercises.",
])
def test_drills_of_two_sides_the_parser_splits_are_both_sides_cooperation(text: str) -> None:
    coded = [e for e in events(text, published="2012-05-10") if e.event_type in {"COOPERATE", "MOBILIZE"}]
    assert [(e.event_type, sorted(e.actor_codes)) for e in coded] == [("COOPERATE", ["KOR", "USA"])]


def test_a_resignation_from_office_with_a_time_phrase_from_stays() -> None:
    coded = events("COLOMBO - From that moment on, the president has formally resigned from his duties and his offices.",
                   published="2022-07-15")
    assert "RETREAT" in [e.event_type for e in coded]


@pytest.mark.parametrize(("text", "aid"), [
    ("BEIJING - The premier spoke highly of China's assistance to the region at the forum.", False),
    ("Pyongyang, May 10 (KCNA) -- Despite frantic aid from south Korea, the puppet group collapsed.", False),
    ("BEIJING - Russia on Monday provided Nepal with a grant of 30,000 tons of rice.", True),
])
def test_aid_named_as_the_topic_of_a_judgement_is_not_told_as_given(text: str, aid: bool) -> None:
    assert ("AID" in [e.event_type for e in events(text, published="2012-05-10")]) is aid


def test_a_verb_the_lexicon_never_reads_as_aid_is_no_aid_by_the_model() -> None:
    coded = events("BANGKOK - The situation in the province has returned to normal after the floods.", published="2012-05-10")
    assert "AID" not in [e.event_type for e in coded]


@pytest.mark.parametrize(("text", "concede"), [
    ("LIMA - The court revoked the license granted to the mining firm.", False),
    ("LIMA - The government rescinded the curfew in the capital on Monday.", True),
])
def test_only_a_restriction_revoked_is_a_concession(text: str, concede: bool) -> None:
    assert ("CONCEDE" in [e.event_type for e in events(text, published="2012-05-10")]) is concede


@pytest.mark.parametrize(("text", "agree"), [
    ("PRETORIA - The commission has agreed that these duties are part of its normal mandate.", False),
    ("BOGOTA - While they agree on a lot, the two candidates differ on taxes.", False),
    ("KABUL - He fully agrees with the European Union leaders' call for a truce.", False),
    ("SEOUL - The two Koreas agreed that they would hold talks next month.", True),
])
def test_agreeing_that_something_is_so_shares_a_view_and_agrees_to_nothing(text: str, agree: bool) -> None:
    assert ("AGREE" in [e.event_type for e in events(text, published="2012-05-10")]) is agree


@pytest.mark.parametrize(("text", "consult"), [
    ("PARIS - The state orchestra of Ghana is on a visit to France this week.", False),
    ("SEOUL - The minister later met with the press in Seoul.", False),
    ("PARIS - The French president met with the Iranian negotiating team in Paris.", True),
])
def test_troupes_the_press_and_family_met_are_no_meeting_of_parties(text: str, consult: bool) -> None:
    assert ("CONSULT" in [e.event_type for e in events(text, published="2012-05-10")]) is consult


@pytest.mark.parametrize(("text", "consult"), [
    ("NEW DELHI - Hundreds of migrants arrived in the capital by bus on Monday.", False),
    ("TAIPEI - The bronze statue arrived in Taiwan from Cape Town on Friday.", False),
    ("HONG KONG - The US Navy routinely travels to contested sea areas.", False),
    ("SINGAPORE - The Indian foreign minister flew to Singapore for talks on Monday.", True),
])
def test_travel_is_a_visit_only_by_a_party_to_a_known_place_once(text: str, consult: bool) -> None:
    assert ("CONSULT" in [e.event_type for e in events(text, published="2012-05-10")]) is consult


@pytest.mark.parametrize(("text", "drills"), [
    ("Pyongyang, May 10 (KCNA) -- The provocation was deliberately timed to coincide with this spring's Key Resolve drills.", False),
    ("Pyongyang, May 10 (KCNA) -- The U.S. and south Korea kicked off the Key Resolve joint military exercises on Monday.", True),
])
def test_a_drill_named_as_the_time_of_another_act_is_not_told(text: str, drills: bool) -> None:
    assert ("COOPERATE" in [e.event_type for e in events(text, published="2012-05-10")]) is drills


@pytest.mark.parametrize(("text", "category"), [
    ("Pyongyang, May 10 (KCNA) -- The south Korean army staged reckless military exercises against the DPRK.", "MOBILIZE"),
    ("Pyongyang, May 10 (KCNA) -- The puppet army conducted naval exercises together with U.S. marines against the DPRK.", "COOPERATE"),
])
def test_a_drill_aimed_at_a_party_has_it_for_a_target_not_a_partner(text: str, category: str) -> None:
    assert [e.event_type for e in events(text, published="2012-05-10") if e.event_type in {"MOBILIZE", "COOPERATE"}] == [category]


@pytest.mark.parametrize(("text", "category", "modality"), [
    # the reviews of the round: acts joined to a demand, or told beside it, are told as done
    ("ANKARA - The EU urged Turkey to pull its troops out of the north and Ankara withdrew two battalions on Thursday.", "RETREAT", "actual"),
    ("ISLAMABAD - Pakistan urged the United States to end drone strikes but agreed to reopen the supply routes.", "AGREE", "actual"),
    ("TOKYO - Noda told reporters that Japan supports the U.S. position on the islands.", "SUPPORT", "actual"),
    ("GENEVA - The UN urged calm after Israel withdrew its troops from the town.", "RETREAT", "actual"),
    ("HANOI - Vietnam and the Philippines have continued to cooperate on maritime security.", "COOPERATE", "actual"),
    ("ULAANBAATAR - Abe is the first Japanese prime minister to visit Mongolia in seven years.", "CONSULT", "actual"),
    ("NAIROBI - The Kenyan government was forced to agree to a power-sharing deal.", "AGREE", "actual"),
    ("MOGADISHU - Fighting went on until the rebels withdrew from the town on Sunday.", "RETREAT", "actual"),
])
def test_acts_beside_a_demand_or_after_a_verb_of_going_on_stay_done(text: str, category: str, modality: str) -> None:
    assert modality in [e.modality for e in events(text, published="2012-05-10") if e.event_type == category]


@pytest.mark.parametrize(("text", "category", "recipient"), [
    ("MOSCOW - Russia proposed a new draft resolution on Syria on Monday.", "AGREE", None),
    ("BEIJING - China promised Pakistan to build two nuclear reactors and agreed to supply Sri Lanka with patrol boats.", "AGREE", "LKA"),
    ("KATHMANDU - Nepal's prime minister thanked the rescue team from Japan.", "SUPPORT", "JPN"),
    ("TOKYO - Japan promised to be a good partner for the ASEAN countries.", "AGREE", None),
    ("ANKARA - Turkish and Russian forces coordinated closely along the Syrian border.", "COOPERATE", None),
    ("MOSCOW - Russia partnered with China to build a lunar station.", "COOPERATE", None),
    ("KYIV - Ukraine welcomed a new package of U.S. military aid worth $800 million.", "AID", None),
    ("KABUL - The aid workers were threatened at gunpoint on Monday.", "THREATEN", None),
    ("MANILA - The government revoked the state of emergency in the province.", "CONCEDE", None),
    ("SEOUL - South Korea and the U.S. kicked off joint air training on Monday.", "COOPERATE", None),
    ("JERUSALEM - Opposition lawmakers resigned en masse from parliament on Monday.", "RETREAT", None),
    ("JERUSALEM - Two ministers resigned from the Knesset on Monday.", "RETREAT", None),
])
def test_the_reviews_of_the_round_real_events_stay_coded(text: str, category: str, recipient: str | None) -> None:
    coded = [e for e in events(text, published="2012-05-10") if e.event_type == category]
    assert coded and (recipient is None or any(recipient in e.recipient_codes for e in coded))


@pytest.mark.parametrize("text", [
    "BEIJING - The director of the International Cooperation Department of the Ministry of Commerce met the envoy of Chile.",
    "BEIJING - A chief of the International Department under the ruling party of China received the Laotian envoy on Friday.",
])
def test_a_state_unit_with_a_worldwide_sounding_name_is_no_ngo(text: str) -> None:
    assert all("NGO" not in e.actor_codes for e in events(text, published="2012-05-10"))


@pytest.mark.parametrize(("text", "support"), [
    ("SANTIAGO - The uprising was carried out with support from the U.S.", False),
    ("DOHA - The charity has supported a health programme in Yemen since 2015.", False),
    ("PARIS - France expressed its support for Cameroon's fight against the insurgents.", True),
])
def test_backing_that_is_money_or_means_is_no_stance(text: str, support: bool) -> None:
    assert ("SUPPORT" in [e.event_type for e in events(text, published="2012-05-10")]) is support


@pytest.mark.parametrize("text", [
    "Pyongyang, May 10 (KCNA) -- Ramesh Kumar, director general of the International Centre of Songun Studies, praised the DPRK.",
    "Pyongyang, May 10 (KCNA) -- The Asian-Pacific regional organizing committee of the festival released a statement slamming the U.S.",
    "Pyongyang, May 10 (KCNA) -- The Pan-national Alliance's Joint Presidium released a statement slamming the U.S. drills.",
])
def test_officers_and_lower_case_names_of_worldwide_bodies_are_ngos(text: str) -> None:
    coded = [e for e in events(text, published="2012-05-10") if e.event_type in {"ACCUSE", "SUPPORT"}]
    assert [e.actor_codes for e in coded] == [["NGO"]]


def test_a_stance_of_a_party_to_act_is_that_partys() -> None:
    coded = events("Pyongyang, May 10 (KCNA) -- The Brazilian guest spoke at the meeting. It is the consistent stand of Brazil "
                   "to boost relations with the DPRK, he said.", published="2012-05-10")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "AGREE"] == [(["BRA"], ["PRK"])]


def test_a_story_that_names_only_a_city_of_its_country_places_its_unnamed_doers_there() -> None:
    coded = events("A teacher in Bengaluru has been sentenced to five years in prison.", published="2012-05-10")
    assert [e.actor_codes for e in coded if e.event_type == "SANCTION"] == [["IND"]]


def test_talks_between_two_delegations_one_led_by_a_named_person_have_both_sides() -> None:
    coded = events("Pyongyang, May 10 (KCNA) -- Talks were held in Beijing on Monday between the DPRK delegation led by "
                   "Ri Yong Ho and the U.S. delegation.", published="2012-05-10")
    assert [sorted(e.actor_codes) for e in coded if e.event_type == "CONSULT"] == [["PRK", "USA"]]


def test_a_meeting_of_a_joint_committee_of_two_countries_is_theirs() -> None:
    coded = events("HANOI - A third meeting of the Laos-Vietnam Joint Steering Committee was held in Hanoi on Friday.",
                   published="2012-05-10")
    assert [sorted(e.actor_codes + e.recipient_codes) for e in coded if e.event_type == "CONSULT"] == [["LAO", "VNM"]]


def test_a_surname_the_story_gave_to_someone_else_is_not_a_known_leader() -> None:
    coded = events("TAIPEI - Teacher Chan Hui-ling said the school had been closed on Monday. Chan accused the city "
                   "government of ignoring the warnings.", published="2012-05-10")
    assert all("HKG" not in e.actor_codes for e in coded)


@pytest.mark.parametrize(("text", "category", "actors"), [
    # the third review of the round
    ("MOSCOW - U.S. Secretary of State John Kerry arrived in the Russian capital on Tuesday for talks on Syria.", "CONSULT", ["USA"]),
    ("SEOUL - South Korea and China agreed on Friday that it is vital to restart the six-party talks soon.", "AGREE", ["CHN", "KOR"]),
    ("SEOUL - North Korea agreed with South Korea's proposal to hold family reunions.", "AGREE", ["PRK"]),
    ("MOSCOW - Russia backed Iran's nuclear programme on Tuesday.", "SUPPORT", ["RUS"]),
    ("SEOUL - North Korea test-fired a pair of short-range missiles amid joint naval drills staged by Washington and Seoul.",
     "COOPERATE", ["KOR", "USA"]),
    ("WASHINGTON - The Obama Administration imposed new sanctions on Iran.", "SANCTION", ["USA"]),
])
def test_the_third_review_of_the_round_real_events_keep_their_parties(text: str, category: str, actors: list[str]) -> None:
    assert actors in [sorted(e.actor_codes) for e in events(text, published="2014-05-10") if e.event_type == category]


def test_sides_backed_by_others_in_a_clash_between_two_are_not_sides() -> None:
    coded = events("BEIRUT - Clashes between Israeli troops and Hezbollah fighters backed by Iran and Syria killed five people.",
                   published="2014-05-10")
    assert all(not {"IRN", "SYR"} & set(e.actor_codes) for e in coded)


@pytest.mark.parametrize("text", [
    "Pyongyang, May 10 (KCNA) -- A joint seminar of scholars from the north, south and abroad took place in Shenyang on Friday.",
    "Pyongyang, May 10 (KCNA) -- A joint mass for believers from the north and the south took place at Mt. Kumgang on Sunday.",
])
def test_a_joint_gathering_held_by_both_halves_of_korea_is_both_koreas_meeting(text: str) -> None:
    coded = [e for e in events(text, published="2012-05-10") if e.event_type == "CONSULT"]
    assert [sorted(set(e.actor_codes + e.recipient_codes)) for e in coded] == [["KOR", "PRK"]]


def test_a_seminar_not_called_joint_is_no_meeting_of_parties() -> None:
    assert "CONSULT" not in [e.event_type for e in events("Pyongyang, May 10 (KCNA) -- A seminar on the works of the "
                                                          "leader was held at the university on Friday.", published="2012-05-10")]


@pytest.mark.parametrize(("text", "modality"), [
    ("Pyongyang, May 10 (KCNA) -- The DPRK keeps to its firm stand to resume the stalled six-party talks.", "hypothetical"),
    ("Pyongyang, May 10 (KCNA) -- The two sides held talks in Beijing on Monday.", "actual"),
])
def test_talks_a_stance_is_about_are_not_held(text: str, modality: str) -> None:
    told = [e.modality for e in events(text, published="2012-05-10") if e.event_type == "CONSULT"]
    assert told == ["actual"] if modality == "actual" else "actual" not in told


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Pyongyang, May 10 (KCNA) -- Kim Jong Il was closeted with the Chinese premier for two hours on Monday.", ["PRK"], ["CHN"]),
    ("PARIS - The Iraqi ministers were welcomed by the French president at the Elysee on Monday.", ["IRQ"], ["FRA"]),
])
def test_a_meeting_told_in_the_passive_has_its_subject_for_a_side(text: str, actor: list[str], recipient: list[str]) -> None:
    coded = [e for e in events(text, published="2012-05-10") if e.event_type == "CONSULT"]
    assert [(e.actor_codes, e.recipient_codes) for e in coded] == [(actor, recipient)]


@pytest.mark.parametrize(("text", "refused"), [
    # a refusal only of what binds: an order, a ban, an accord, a promise, or what one sets
    ("SEOUL - The regime violated the principle of sovereign equality, the ministry said.", False),
    ("GENEVA - The rights of the detainees will continue to be breached, the monitors warned.", False),
    ("VIENNA - Iran has breached the cap on uranium enrichment set by the nuclear deal.", True),
    ("PYONGYANG - The puppets violated the armistice agreement again on Monday.", True),
])
def test_breaking_is_a_refusal_only_of_what_binds(text: str, refused: bool) -> None:
    assert ("REJECT" in [e.event_type for e in events(text)]) is refused, text


@pytest.mark.parametrize(("text", "attack"), [
    # a blow in a game, or at things no one is
    ("DAKAR - Senegal beat Egypt in the semifinal on Sunday.", False),
    ("TOKYO - The ruling party captured the most seats in the upper house.", False),
    ("LAGOS - The singer shot to fame in 1999.", False),
    # the same verbs in real attacks, a game or a goal named elsewhere in the sentence
    ("MANILA - Police shot dead a drug gang leader in a shootout on Monday.", True),
    ("KYIV - The army captured the border post on Monday.", True),
    ("ANKARA - Turkish jets struck militant camps with the goal of stopping cross-border raids.", True),
])
def test_a_blow_in_a_game_or_at_no_one_is_no_attack(text: str, attack: bool) -> None:
    assert ("ASSAULT" in [e.event_type for e in events(text)]) is attack, text


def test_a_move_a_drill_rehearses_is_not_told_as_done() -> None:
    coded = events("SEOUL - The navy staged drills of deploying carriers near the strait on Monday.")
    assert all(e.modality == "hypothetical" for e in coded if e.trigger.text == "deploying")


@pytest.mark.parametrize(("text", "sanctioned"), [
    # what a party undertakes itself, cancelled, punishes no one
    ("RIYADH - The ministry said the housing project has been cancelled.", None),
    ("LIMA - Prosecutors said the inquiry had been suspended.", None),
    # unless it is a party's, or went to one
    ("MOSCOW - The authorities cancelled the visas of two Reuters reporters.", "GBR"),
    ("BERLIN - Germany halted arms deliveries to Saudi Arabia.", "SAU"),
])
def test_an_undertaking_cancelled_is_a_sanction_only_when_it_is_a_partys(text: str, sanctioned: str | None) -> None:
    found = [e for e in events(text) if e.event_type == "SANCTION"]
    assert (sanctioned in [c for e in found for c in e.recipient_codes]) if sanctioned else not found, text


def test_who_a_relative_clause_is_about_is_its_recipient() -> None:
    coded = events("NAIROBI - Kenyan police released the Ugandan activist, who had been detained for a week.")
    assert [e.recipient_codes for e in coded if e.event_type == "COERCE"] == [["UGA"]]


@pytest.mark.parametrize("text", [
    "SEOUL - The army used the incident as a pretext to step up its arms buildup.",
    "PYONGYANG - It is sheer nonsense for the puppets to make a surprise attack on the DPRK.",
])
def test_what_a_pretext_or_a_nonsense_is_for_is_not_done(text: str) -> None:
    forces = [e for e in events(text) if e.event_type in {"MOBILIZE", "ASSAULT"}]
    assert all(e.modality == "hypothetical" for e in forces), text


@pytest.mark.parametrize("text", [
    "PYONGYANG - The group defiled the joint declaration of the north and the south.",
    "PYONGYANG - The conservatives overturned the historic July 4 joint statement last year.",
    "MONTEVIDEO - The trawler headed north in disregard of the agreement with Uruguay.",
])
def test_acting_against_an_accord_is_a_refusal(text: str) -> None:
    assert "REJECT" in [e.event_type for e in events(text)], text


@pytest.mark.parametrize(("text", "charged"), [
    # a slur named, and idioms of blame
    ("PRETORIA - The opposition leader called the president a coward and a liar.", True),
    ("KUWAIT - Kuwait called the raid an Israeli crime.", True),
    ("PYONGYANG - The newspaper laid bare the crimes of the puppet regime.", True),
    ("PYONGYANG - Seoul keeps finding fault with the proposal of the DPRK.", True),
    ("PYONGYANG - The commentary said Tokyo is flinging mud at the DPRK.", True),
    ("SEOUL - The lawmaker spoke ill of the unification ministry.", True),
    # a name that is no slur, what a party calls a thing, and no fault found
    ("PARIS - Macron called the conference a key step in the fight against terrorism.", False),
    ("PYONGYANG - The army tested what it called a strike drone.", False),
    ("CANBERRA - The review found no fault with the navy's handling of the encounter.", False),
])
def test_slurs_and_idioms_of_blame_are_charges(text: str, charged: bool) -> None:
    assert ("ACCUSE" in [e.event_type for e in events(text)]) is charged, text


@pytest.mark.parametrize(("text", "asked"), [
    # a court appeal against a verdict, backing sought from no one named, what a course of action needs
    ("DHAKA - The former mayor appealed his conviction before the High Court.", False),
    ("SYDNEY - The council is seeking support for the new stadium.", False),
    ("Promoting ecotourism demands a string of new facilities.", False),
    # appeals and requests made of a party stay
    ("KYIV - Ukraine is seeking more support from its allies.", True),
    ("KYIV - Ukraine sought U.S. support for its air defences.", True),
    ("DHAKA - The mayor appealed to the government for help.", True),
])
def test_no_party_asked_is_no_demand(text: str, asked: bool) -> None:
    assert ("REQUEST" in [e.event_type for e in events(text)]) is asked, text


@pytest.mark.parametrize(("text", "backed"), [
    # praise by the new verbs of praise, at home or abroad
    ("LUCKNOW - The chief minister felicitated fifty meritorious students.", False),
    ("NEW DELHI - Modi felicitated the Sri Lankan president on his election.", True),
    # adopting an accord made with another backs it; adopting sanctions does not
    ("MOSCOW - Putin and Kim adopted the joint declaration on Wednesday.", True),
    ("BRUSSELS - The EU adopted a new package of sanctions against Russia.", False),
])
def test_praise_and_adoption_back_only_others_and_accords(text: str, backed: bool) -> None:
    verbs = [e for e in events(text) if e.event_type == "SUPPORT" and e.trigger.text in {"felicitated", "adopted"}]
    assert bool(verbs) is backed, text


def test_a_fault_found_in_a_thing_is_no_charge() -> None:
    assert "ACCUSE" not in [e.event_type for e in events("HOUSTON - Investigators found a fault in the fuel valve of the rocket.")]


@pytest.mark.parametrize(("text", "moved"), [
    # a verb of moving force with nothing armed among who moves and what is moved
    ("CAIRO - The efforts deployed by the ministry paid off.", False),
    ("PANAMA CITY - Hundreds of migrants crossed the border on Monday.", False),
    # troops, weapons, a number of them, or an armed body by its sector
    ("MOSCOW - Russia deployed 10,000 troops to the border.", True),
    ("TAIPEI - Chinese jets crossed the median line of the strait.", True),
    ("SEOUL - The Pentagon deployed the THAAD system in south Korea.", True),
    ("GAZA - Soldiers surrounded the hospital compound overnight.", True),
    ("LAGOS - The government deployed 1,200 officers to the oil region.", True),
])
def test_a_military_move_moves_something_armed(text: str, moved: bool) -> None:
    assert ("MOBILIZE" in [e.event_type for e in events(text)]) is moved, text


@pytest.mark.parametrize(("text", "denier", "accuser"), [
    # charges a speaker calls baseless are denied, toward whoever the charges' phrase names
    ("BEIJING - The allegations by Washington are groundless, the Chinese foreign ministry said.", "CHN", ["USA"]),
    ("MANAGUA - The Nicaraguan government said the claims were not true.", "NIC", []),
])
def test_charges_called_baseless_are_denied(text: str, denier: str, accuser: list[str]) -> None:
    denials = [e for e in events(text) if e.event_type == "REJECT"]
    assert [(e.actor_codes, e.recipient_codes) for e in denials] == [([denier], accuser)], text


def test_a_report_found_accurate_denies_nothing() -> None:
    assert "REJECT" not in [e.event_type for e in events("TOKYO - The ministry said the report was accurate.")]


def test_forces_put_on_alert_are_readied_not_attacked() -> None:
    coded = events("SEOUL - The south Korean army put its troops on high alert on Monday.")
    assert [(e.event_type, e.trigger.text) for e in coded] == [("MOBILIZE", "put")]


# the fact word leading an inverted copula: what follows is the speaker's reasoning spelled out, no charge of its own
@pytest.mark.parametrize("typer", ["rules", "learned"])
def test_what_an_inverted_clear_is_spells_out_is_no_charge(typer: str) -> None:
    for text in ("Clear is the real intention of the Japanese militarists to grab the islands again.",
                 "Obvious is the aim pursued by the warmongers of the United States."):
        assert not any(e.event_type == "ACCUSE" for e in events(text, typer=typer)), text
    # the plain order names a charge as before, and so does a word of charging inside what is made plain
    charged = events("The spokesman denounced the Japanese militarists for their scheme to grab the islands again.", typer=typer)
    assert any(e.event_type == "ACCUSE" and e.recipient_codes == ["JPN"] for e in charged)
    condemned = events("Clear is that Canada condemned the rocket launch as a provocation.", typer=typer)
    assert any(e.event_type == "ACCUSE" and e.actor_codes == ["CAN"] for e in condemned)



def test_a_side_found_as_the_doer_of_talks_between_two_is_one_of_both_doers() -> None:
    coded = events("The Japanese prime minister held talks between Japan and China on Monday.", published="2023-05-01")
    assert [(sorted(e.actor_codes), e.recipient_codes) for e in coded if e.event_type == "CONSULT"] == [(["CHN", "JPN"], [])]


def test_the_two_countries_an_act_is_between_are_the_last_two_named() -> None:
    coded = events("Mongolian officials signed a trade treaty with the DPRK in 1990. In the following years an agreement on "
                   "fisheries was reached between the two governments.", published="2012-05-01")
    assert [sorted(e.actor_codes) for e in coded if e.event_type == "AGREE"] == [["MNG", "PRK"]]
    # alone, the cooperation a speaker hopes for between "the two countries" is no act of theirs
    hoped = events("Mongolian officials signed a trade treaty with the DPRK in 1990. The minister said he hoped "
                   "for closer cooperation between the two countries.", published="2012-05-01")
    assert not [e for e in hoped if e.event_type in {"AGREE", "COOPERATE"} and e.trigger.text == "cooperation"]


def test_an_empty_it_before_a_stance_stands_for_the_stance_owner() -> None:
    coded = events("A DPRK delegation visited Brazil last week. It is the firm stand of Brazil to expand the relations "
                   "with the DPRK.", published="2012-05-01")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.trigger.text == "expand"] == [(["BRA"], ["PRK"])]


def test_a_role_noun_again_is_the_party_it_named_as_an_object_a_few_sentences_before() -> None:
    coded = events("A committee of Japanese lawyers handed a protest letter to a spokesman of the Chinese Foreign Ministry. "
                   "The spokesman warned the United States against new sanctions.", published="2012-05-01")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "THREATEN"] == [(["CHN"], ["USA"])]



def test_a_partys_own_verbal_attack_in_a_reported_statement_stays_that_partys() -> None:
    coded = events("Pyongyang, May 10 (KCNA) -- The DPRK Committee for Peace Studies put out a statement "
                   "on Thursday.\n\nThe statement said:\n\nThe south Korean puppet group went the lengths of slandering the "
                   "DPRK's peaceful satellite launch. The puppet army dared to bluff that it would strike the north.",
                   published="2012-05-10")
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in coded if e.trigger.text in {"slandering", "bluff"}] == [
        ("ACCUSE", ["KOR"], ["PRK"]), ("THREATEN", ["KOR"], ["PRK"])]


def test_the_resignation_of_a_party_is_that_partys_own() -> None:
    coded = events("The resignation of the Peruvian interior minister came after weeks of protests.", published="2020-05-01")
    assert [e.actor_codes for e in coded if e.event_type == "RETREAT"] == [["PER"]]


def test_a_body_saying_what_its_own_pronoun_frame_says_is_the_statements_issuer() -> None:
    coded = events("Pyongyang, May 10 (KCNA) -- The Austrian Korea Friendship Association published a statement on Monday. "
                   "The organization again demands that Washington and Seoul call off their war games at once, it "
                   "stressed.", published="2012-05-10")
    assert [e.actor_codes for e in coded if e.event_type == "REQUEST"] == [["AUT"]]


def test_an_act_a_party_states_again_in_a_main_clause_is_coded_again() -> None:
    coded = events("Costa Rica's president spoke with Zelensky on Monday. He confirmed Costa Rica's support for the "
                   "Ukrainian people. He further stressed the steady support of his government.", published="2022-05-01")
    assert [e.trigger.text for e in coded if e.event_type == "SUPPORT"] == ["support", "support"]


def test_an_order_is_the_act_and_what_it_orders_its_content() -> None:
    coded = events("President Ruto ordered more support for poor families.", published="2022-05-01")
    assert [(e.event_type, e.trigger.text) for e in coded] == [("REQUEST", "ordered")]
    # a deed ordered stays the deed
    deployed = events("The Indian defence minister ordered the deployment of troops to the border.", published="2022-05-01")
    assert [(e.event_type, e.trigger.text) for e in deployed] == [("MOBILIZE", "deployment")]


def test_an_instruction_is_a_demand_only_where_someone_acts_at_it() -> None:
    acted = events("The court overturned the ruling at the instruction of the Spanish embassy.", published="2022-05-01")
    assert [e.actor_codes for e in acted if e.event_type == "REQUEST"] == [["ESP"]]
    legacy = events("The newspaper urged its readers to carry through the behests of the late Kenyan president.",
                    published="2022-05-01")
    assert not [e for e in legacy if e.trigger.text == "behests"]


def test_a_bare_noun_joined_to_an_owned_one_shares_its_owner() -> None:
    coded = events("The U.S. staged air drills near the island on Monday. Washington also sent more bombers to the region. "
                   "The army and people of Cuba will wipe out any invader without mercy.", published="2012-05-10")
    assert [[(a.code, a.sector) for a in e.actor] for e in coded if e.trigger.text == "wipe"] == [[("CUB", "MIL"), ("CUB", "CVL")]]

def test_a_call_for_others_to_act_is_a_demand_however_the_for_is_parsed() -> None:
    coded = events("Rights groups in Kenya are calling for international governments to intervene.", published="2022-05-01")
    assert [(e.event_type, e.trigger.text) for e in coded] == [("REQUEST", "calling")]


def test_keeping_a_contact_or_website_from_its_public_is_coercion() -> None:
    # the lexicon's own reading (the rules alone), which the model may then keep
    coded = events("Pyongyang, May 10 (KCNA) -- The puppet authorities checked the working contact between civic groups "
                   "from both halves of Korea at Kaesong.", published="2012-05-10", typer="rules")
    assert [e.event_type for e in coded if e.trigger.text == "checked"] == ["COERCE"]


def test_what_a_judging_verb_speaks_of_is_not_its_subjects_doing() -> None:
    coded = events("The UN human rights chief condemned the practice of detaining migrant children in Libya.", published="2022-05-01")
    assert not [e for e in coded if e.event_type == "COERCE" and "IGO" in e.actor_codes]


def test_a_states_arm_in_a_report_framed_by_its_issuer_stays_the_states() -> None:
    coded = events("Human Rights Watch issued a report on Egypt. The police detained dozens of journalists in Cairo, it said.",
                   published="2022-05-01")
    assert [e.actor_codes for e in coded if e.event_type == "COERCE"] == [["EGY"]]


def test_a_person_first_named_with_a_countrys_title_is_of_that_country_in_a_story_filed_elsewhere() -> None:
    coded = events("KUWAIT CITY - Deputy Foreign Minister of China Deng Li met the Kuwaiti foreign minister on Sunday.",
                   published="2022-05-01")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "CONSULT"] == [(["CHN"], ["KWT"])]


@pytest.mark.parametrize(("text", "kind"), [
    # conduct a speaker faults by naming it, and a surrender, a defection
    ("MANILA - The Philippine foreign minister said Beijing evaded the responsibility for the collision.", "ACCUSE"),
    ("Pyongyang, May 10 (KCNA) -- The DPRK Foreign Ministry released a press statement on Monday. The south Korean "
     "puppet authorities are standing aloof from the north-south talks, the statement said.", "ACCUSE"),
    ("LIMA - The former mayor of Lima turned himself in at a police station on Monday.", "CONCEDE"),
    ("OTTAWA - A Canadian lawmaker crossed the floor to join the opposition.", "REJECT"),
    # the same verbs in other frames tell no such act
    ("MANILA - The ministry evaded the storm by moving its staff to Cebu.", None),
    ("LIMA - Peru turned the old station into a museum.", None),
    ("OTTAWA - Canadian troops crossed the river during the exercise.", None),
    # faulted conduct told in the narration's own voice, or denied or vowed, is no one's charge
    ("WASHINGTON - The White House kept silent on the deal with Mexico.", None),
    ("MANILA - The Philippine government will not keep silent about Chinese harassment, the foreign minister said.", None),
    ("ABUJA - The Nigerian army said it would not evade its responsibility to protect citizens.", None),
])
def test_idioms_of_faulted_conduct_surrender_and_defection(text: str, kind: str | None) -> None:
    kinds = {e.event_type for e in events(text, published="2022-05-01")}
    assert (kind in kinds) if kind else not kinds & {"ACCUSE", "CONCEDE", "REJECT"}, text


def test_an_act_told_on_just_below_another_of_its_kind_is_one_event() -> None:
    coded = events("ULAANBAATAR - Deputy Prime Minister of Mongolia Bat Erdene received the Ambassador of China to Mongolia "
                   "Li Wei, discussing the issue of boosting economic cooperation.", published="2022-05-01")
    assert [(e.event_type, e.trigger.text) for e in coded] == [("CONSULT", "received")]
    # a clause joined by "and" is an act of its own
    coded = events("ULAANBAATAR - The Mongolian president received the Chinese ambassador and met the Russian envoy.",
                   published="2022-05-01")
    assert sorted(e.trigger.text for e in coded if e.event_type == "CONSULT") == ["met", "received"]


def test_captives_released_are_freed_whatever_the_model_makes_of_the_word() -> None:
    coded = events("TEHRAN - Iran released two British sailors on Friday.", published="2022-05-01")
    assert [(e.event_type, e.actor_codes, e.recipient_codes) for e in coded] == [("RETREAT", ["IRN"], ["GBR"])]
    # a statement or a named work released frees no one
    assert not events("TEHRAN - Iran released a statement on the sailors on Friday.", published="2022-05-01")


def test_forces_put_in_a_combat_posture_are_readied() -> None:
    coded = events("PYONGYANG - The units of the KPA have been put in a full combat posture.", published="2012-05-01")
    assert [e.event_type for e in coded] == ["MOBILIZE"]


def test_stressing_how_much_ties_need_fostering_is_the_sides_own_resolve() -> None:
    # the lexicon's own reading (the rules alone), which the model may then keep
    coded = events("KUWAIT - The Kuwaiti minister underscored the necessity of bolstering the relations with China.",
                   published="2022-05-01", typer="rules")
    assert [e.event_type for e in coded] == ["AGREE"]
    # a deed to be done for others stays a demand
    coded = events("KUWAIT - The Kuwaiti minister stressed the necessity of providing assistance to Syria.",
                   published="2022-05-01", typer="rules")
    assert "REQUEST" in [e.event_type for e in coded]


def test_an_impersonal_appeal_joined_to_what_a_speaker_says_is_a_demand() -> None:
    text = "PYONGYANG - The DPRK stood for peace, and it {} necessary to end the drills of the U.S., the spokesman said."
    assert [e.event_type for e in events(text.format("is"), published="2012-05-01", typer="rules")] == ["REQUEST"]
    # what would be needed is no appeal
    assert not events(text.format("would be"), published="2012-05-01", typer="rules")


def test_charged_acts_said_never_to_have_happened_are_denied() -> None:
    coded = events("MANILA - The alleged killings of activists did not happen, the Philippine defence ministry said.",
                   published="2022-05-01")
    assert [(e.event_type, e.actor_codes) for e in coded if e.event_type == "REJECT"] == [("REJECT", ["PHL"])]
    # what did not stop is no denial
    coded = events("MANILA - The killings did not stop after the election, the Philippine defence ministry said.",
                   published="2022-05-01")
    assert "REJECT" not in [e.event_type for e in coded]


def test_a_party_acted_on_that_no_country_places_is_of_the_one_country_a_story_is_about() -> None:
    warrants = events("DHAKA - A Bangladeshi court issued arrest warrants for 12 BNP leaders on Sunday.", published="2022-05-01")
    assert [(e.event_type, [(r.text, r.code) for r in e.recipient]) for e in warrants] == [("COERCE", [("12 BNP leaders", "BGD")])]
    assured = events("AMARAVATI - Indian chief minister Jagan Reddy assured every possible help to the flood-hit families "
                     "on Tuesday.", published="2022-05-01")
    assert [e.recipient_codes for e in assured if e.trigger.text == "assured"] == [["IND"]]
    # the doers of what a denial or a warning tells are not its recipients
    denied = events("DHAKA - Bangladesh's government denied on Tuesday that soldiers had tortured detainees at a camp.", published="2022-05-01")
    assert [e.recipient for e in denied if e.event_type == "REJECT"] == [[]]


def test_an_act_going_the_other_way_just_below_another_is_an_act_of_its_own() -> None:
    coded = events("NEW DELHI - Indian Prime Minister Manmohan Singh thanked France on Monday for supporting India's membership "
                   "of the Nuclear Suppliers Group.", published="2012-05-01")
    assert sorted((e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "SUPPORT") == [(["FRA"], ["IND"]), (["IND"], ["FRA"])]


@pytest.mark.parametrize("text", [
    "GENEVA - Aid deliveries to Gaza have slowed, and it is important to note that they have fallen by half, a UN spokesman said.",
    "TEL AVIV - The strike killed a senior Hamas commander and it was necessary to act quickly, the Israeli army said.",
])
def test_an_aside_or_a_past_necessity_joined_to_what_a_speaker_says_asks_nothing(text: str) -> None:
    assert "REQUEST" not in [e.event_type for e in events(text, published="2022-05-01", typer="rules")]


def test_only_ties_between_sides_make_their_importance_a_resolve_to_cooperate() -> None:
    for text in ("PYONGYANG - Kim Jong Un stressed the importance of strengthening the unity of the party ranks.",
                 "LAGOS - The governor stressed the importance of fostering understanding between Christians and Muslims."):
        assert "AGREE" not in [e.event_type for e in events(text, published="2022-05-01", typer="rules")], text


def test_people_let_go_who_are_no_captives_are_not_freed() -> None:
    assert not events("BOSTON - The American university released students for the summer break a week early.", published="2022-05-01")


def test_a_denied_alleged_act_names_its_doer_not_its_accuser() -> None:
    coded = events("SEOUL - The alleged incursion by North Korean drones did not occur, the South Korean military said.",
                   published="2022-05-01")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "REJECT"] == [(["KOR"], [])]


def test_an_act_a_country_condemns_is_not_its_own_for_want_of_another_doer() -> None:
    coded = events("NAIROBI - Kenya condemned the attack on its consulate in the port city.", published="2022-05-01")
    assert [(e.actor_codes, e.recipient_codes) for e in coded if e.event_type == "ASSAULT"] == [([], ["KEN"])]
    # an act the story tells of the country's own forces is still its own
    coded = events("NAIROBI - Kenyan police arrested the protesters in Nairobi on Monday.", published="2022-05-01")
    assert [e.actor_codes for e in coded if e.event_type == "COERCE"] == [["KEN"]]


def test_people_of_the_other_side_met_are_met() -> None:
    # "met opposition leaders" is a meeting, whatever "met opposition" (resistance) would be
    coded = events("LUSAKA - The Zambian president met opposition leaders at State House on Monday.", typer="rules")
    assert [e.event_type for e in coded] == ["CONSULT"]
    assert "CONSULT" not in [e.event_type for e in events("LUSAKA - The bill met stiff opposition in parliament.", typer="rules")]


def test_innocence_protested_is_a_denial_not_a_demonstration() -> None:
    assert [e.event_type for e in events("QUITO - The jailed senator protested his innocence on Monday.")] == ["REJECT"]
    assert [e.event_type for e in events("QUITO - Thousands protested the new fuel tax on Monday.")] == ["PROTEST"]
