import flashpoint
from hypothesis import given, settings
from hypothesis import strategies as st

from flashpoint import nlp
from flashpoint.actors import knowledge
from flashpoint.actors.resolve import find_mentions
from flashpoint.events.participants import Participants
from flashpoint.settings import Settings

CAPITALS = {"NAIROBI": "KEN", "HARARE": "ZWE", "LIMA": "PER", "HANOI": "VNM", "OSLO": "NOR", "KUALA LUMPUR": "MYS"}


def story(text: str) -> Participants:
    pipeline, kb = nlp.load(Settings().spacy_model), knowledge.load(Settings().actors_file)
    doc = pipeline(text)
    return Participants(doc, find_mentions(doc, pipeline, kb, None), kb)


@settings(max_examples=40, deadline=None)
@given(place=st.sampled_from(sorted(CAPITALS)),
       date=st.sampled_from(["", ", Jun 3", ", July 18 2022", ", 24 July 2022", ", Mar 03"]),
       credit=st.sampled_from(["", " (Reuters)", " (Example Wire)", " (May 6, 2021)", " (Xinhua)"]),
       mark=st.sampled_from([" -", " —", " --", ":", " –"]))
def test_a_dateline_is_the_country_of_its_place_whatever_follows_it(place: str, date: str, credit: str, mark: str) -> None:
    filed = story(f"{place}{date}{credit}{mark} Officials met the delegation on Monday.")
    assert filed.dateline == CAPITALS[place]
    # the wire a dateline credits is no participant
    assert not any(m.code in {"GBR", "CHN"} for m in filed.mentions)


def test_a_headline_in_capitals_is_no_dateline() -> None:
    assert story("KENYA, PERU SIGN TRADE PACT - Officials met the delegation on Monday.").dateline is None


def test_a_person_introduced_by_an_office_affiliated_with_a_body_does_not_fail_the_document() -> None:
    # the affiliation is resolved while the story's people are being introduced, before any sentence is coded
    from flashpoint.pipeline import code_document
    from flashpoint.records import Document

    text = ("Ri Chol Ho, dean of the History Department of the Academy of Letters affiliated with Kimchaek University, "
            "said after the talk:\nThe Cuban delegation praised the DPRK.")
    coding = code_document(Document("t", text, published="2012-05-05"), Settings())
    assert coding.status == "coded", coding.reason


def test_they_with_no_one_named_before_is_of_the_one_country_a_story_names() -> None:
    rallies = "NAIROBI - Rallies were held in several towns{} on Monday, with speeches and songs.\n\n"
    demand = "They called on the cabinet to raise the minimum wage before the end of the year."
    home = story(rallies.format("") + demand)
    assert home.reference(next(t for t in home.doc if t.text == "They")).code == "KEN"
    # a story that names another country leaves them unplaced
    abroad = story(rallies.format(" of Uganda") + demand)
    assert abroad.reference(next(t for t in abroad.doc if t.text == "They")) is None


def mentions_of(text: str) -> list[tuple[str, str | None]]:
    pipeline, kb = nlp.load(Settings().spacy_model), knowledge.load(Settings().actors_file)
    doc = pipeline(text)
    return [(doc[m.start : m.end].text, m.code) for m in find_mentions(doc, pipeline, kb, None)]


def test_an_acronym_the_text_defines_means_what_the_text_says() -> None:
    # the knowledge base's NPA (a Philippine rebel army) is not the Korean police agency the text spells out
    found = mentions_of("SEOUL - The National Police Agency (NPA) said it would punish officers. The NPA banned the rally.")
    assert not any(code == "PHL" for _, code in found), found
    found = mentions_of("The rally was large. National Police Agency (NPA) officers raided it. The NPA defended the raid.")
    assert not any(code == "PHL" for _, code in found), found
    # the same body under another spelling keeps its reading; a name the knowledge base knows lends it its own
    assert ("ILO", "IGO") in mentions_of("The International Labor Office (ILO) renewed its demand to Israel.")
    assert ("UAE", "ARE") in mentions_of("The United Arab Emirates (UAE) turned the demand down.")
    # a place ending the name is not the name ("in Iraq and Syria"); a reading the knowledge base spells out no
    # other way stays ("FIFA"; "NHK", spelled in English there)
    assert ("ISIS", "SYR") not in mentions_of("The Islamic State in Iraq and Syria (ISIS) claimed the attack. ISIS fighters fled.")
    assert ("NHK", "JPN") in mentions_of("Beijing faulted Nippon Hoso Kyokai (NHK) for its coverage. NHK rejected the charge.")


def test_a_body_named_again_by_its_capitalised_word_is_that_body() -> None:
    # "The Committee" after "the Ghanaian National Committee for …", with another country's authorities told between
    text = ("The Ghanaian National Committee for Regional Peace issued a statement on Monday. The Togolese authorities "
            "have blocked the talks with the opposition for years, the statement said. The Committee urges the Togolese "
            "authorities to release the detained journalists at once.")
    requests = [e for e in flashpoint.code_text(text, published="2022-05-01") if e.event_type == "REQUEST"]
    assert [(e.actor_codes, e.recipient_codes) for e in requests] == [(["GHA"], ["TGO"])]


def test_the_speakers_at_an_occasion_held_abroad_are_of_its_place() -> None:
    text = ("A symposium on Korean reunification took place in Lima, Peru on Monday. Photos of the Korean leaders were "
            "displayed at the venue. The speakers urged the United States to withdraw its troops from south Korea.")
    requests = [e for e in flashpoint.code_text(text, published="2012-05-01") if e.event_type == "REQUEST"]
    assert [(e.actor_codes, e.recipient_codes) for e in requests] == [(["PER"], ["USA"])]
    # the same under a headline given apart: the occasion is placed by the lead, not the headline
    [coding] = flashpoint.code_documents([{"id": "lima", "title": "Reunification Symposium Held in Peru", "text": text,
                                           "published": "2012-05-01"}])
    assert [e.actor_codes for e in coding.events if e.event_type == "REQUEST"] == [["PER"]]
    # held at home, they are the home country's
    home = flashpoint.code_text("A symposium on regional security took place in Lima on Monday. The speakers urged Chile "
                                "to withdraw its warships from the border.", published="2012-05-01")
    assert [e.actor_codes for e in home if e.event_type == "REQUEST"] == [["PER"]]
