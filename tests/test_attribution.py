"""Who asserts an event: the reported event keeps its own type and actors; the frame only sets attribution."""

import pytest

import flashpoint
from flashpoint import nlp
from flashpoint.events import lexicon as lexicon_module
from flashpoint.pipeline import judges_or_asks
from flashpoint.attribution import speaker_voices
from flashpoint.records import Actor, Attribution


def only(events, event_type):
    found = [e for e in events if e.event_type == event_type]
    assert found, f"no {event_type} in {[(e.event_type, e.trigger.text) for e in events]}"
    return found[0]


def test_accused_act_belongs_to_the_accused_and_is_a_claim() -> None:
    events = flashpoint.code_text("Iran's foreign ministry accused Israel on Monday of bombing its consulate in Damascus.", published="2024-04-02")
    accuse, assault = only(events, "ACCUSE"), only(events, "ASSAULT")
    assert (accuse.actor_codes, accuse.recipient_codes, accuse.attribution) == (["IRN"], ["ISR"], None)
    assert assault.actor_codes == ["ISR"]
    assert (assault.attribution.source.code, assault.attribution.stance) == ("IRN", "claims")


def test_state_media_claim() -> None:
    text = "North Korea's state media claimed that South Korean warships fired shells across the sea border on Sunday."
    assault = only(flashpoint.code_text(text, published="2024-03-12"), "ASSAULT")
    assert assault.actor_codes == ["KOR"]
    assert (assault.attribution.source.code, assault.attribution.cue, assault.attribution.stance) == ("PRK", "claimed", "claims")
    assert assault.date == "2024-03-10"


def test_according_to_and_trailing_frame() -> None:
    events = flashpoint.code_text("Turkish troops shelled Kurdish positions in northern Syria, according to the Syrian foreign ministry.", published="2024-07-09")
    assault = only(events, "ASSAULT")
    assert (assault.actor_codes, assault.attribution.source.code, assault.attribution.cue) == (["TUR"], "SYR", "according to")
    events = flashpoint.code_text("Japan and Australia signed a defence pact, Kyodo reported Friday.", published="2024-07-12")
    event = next(e for e in events if e.actor_codes == ["AUS", "JPN"])
    assert (event.attribution.source.code, event.attribution.stance) == ("JPN", "reports")


def test_denial_negates_the_denied_act() -> None:
    events = flashpoint.code_text("Moscow denied that its troops had crossed into Georgia and attacked villages.", published="2024-01-15")
    attacks = [e for e in events if e.event_type == "ASSAULT"]
    assert attacks and all(e.modality == "negated" and e.attribution.stance == "denies" for e in attacks)


def test_article_asserted_event_has_no_attribution() -> None:
    events = flashpoint.code_text("Egypt hosted talks between Israeli and Palestinian negotiators in Cairo on Tuesday.", published="2024-02-14")
    assert all(e.attribution is None for e in events) and events


def test_a_source_the_text_does_not_place_belongs_to_the_dateline_country() -> None:
    text = "TOKYO — North Korea fired two ballistic missiles into the sea, Defence Ministry officials said on Monday."
    [launch] = [e for e in flashpoint.code_text(text, published="2022-05-10") if e.event_type == "MOBILIZE"]
    assert launch.actor_codes == ["PRK"] and launch.attribution is not None and launch.attribution.source.code == "JPN"


def _actor(text: str, code: str | None, sector: str | None = "GOV") -> Actor:
    return Actor(text=text, code=code, sector=sector, name=None, start=0, end=len(text))


def test_praise_or_blame_in_a_speakers_words_is_the_speakers_own_act() -> None:
    # "The ambassador said the treaty's architects had built a lasting peace": praise voiced by a descriptive word
    speaker = _actor("the ambassador", "FRA")
    said = Attribution(source=speaker, cue="said", stance="reports")
    actor, recipient, attribution = speaker_voices("SUPPORT", False, [_actor("the treaty's architects", "DEU")], [], said, None)
    assert ([a.code for a in actor], [a.code for a in recipient], attribution) == (["FRA"], ["DEU"], None)
    # with no frame in the sentence, the issuer of the statement being reported speaks ("Japan should apologise")
    actor, recipient, _ = speaker_voices("REQUEST", False, [_actor("Japan", "JPN")], [], None, speaker)
    assert ([a.code for a in actor], [a.code for a in recipient]) == (["FRA"], ["JPN"])


def test_an_act_of_judging_or_a_reported_deed_keeps_its_own_actor() -> None:
    speaker = _actor("the minister", "ITA")
    said = Attribution(source=speaker, cue="said", stance="reports")
    condemned = [_actor("Spain", "ESP")], [_actor("Portugal", "PRT")]
    # "the minister said Spain condemned Portugal": condemning is itself an act of judging, reported by the minister
    assert speaker_voices("ACCUSE", True, *condemned, said, None) == (*condemned, said)
    # a deed is not voiced by whoever reports it, and a denial is not the denier's praise
    assert speaker_voices("ASSAULT", False, *condemned, said, None) == (*condemned, said)
    denied = Attribution(source=speaker, cue="denied", stance="denies")
    assert speaker_voices("SUPPORT", False, *condemned, denied, None) == (*condemned, denied)
    # no speaker at all: the narration's own words stay as they are
    assert speaker_voices("ACCUSE", False, *condemned, None, None) == (*condemned, None)


def _word(text: str, word: str):
    doc = next(iter(nlp.parse([text])))
    return next(t for t in doc if t.text == word)


def test_who_judges_or_asks_depends_on_the_word_and_the_category() -> None:
    lexicon = lexicon_module.load()
    seeks = _word("The U.S. seeks to contain its rivals by force of arms.", "seeks")
    # seeking is the subject's own request, but no judging: read as an accusation it is the speaker's
    assert judges_or_asks(seeks, None, "REQUEST", lexicon)
    assert not judges_or_asks(seeks, None, "ACCUSE", lexicon)
    condemned = _word("Spain condemned the decision.", "condemned")
    assert judges_or_asks(condemned, None, "ACCUSE", lexicon) and judges_or_asks(condemned, None, "THREATEN", lexicon)
    # a light verb speaks for its noun only when it is itself a word of speaking ("issued" is not, "expressed" is)
    efforts = _word("The U.S. made desperate efforts to stifle its rival.", "efforts")
    assert not judges_or_asks(efforts, efforts.head, "ACCUSE", lexicon)
    support = _word("Italy expressed support for the plan.", "support")
    assert judges_or_asks(support, support.head, "SUPPORT", lexicon)
    warning = _word("Russia issued a warning to the alliance.", "warning")
    assert judges_or_asks(warning, warning.head, "THREATEN", lexicon)


def test_a_headline_credit_after_a_colon_is_the_source() -> None:
    text = "Japanese, Chinese foreign ministers to meet in Jakarta: Indonesian FM\n\nThe two ministers will meet next week."
    meeting = [e for e in flashpoint.code_text(text, published="2022-07-20") if e.trigger.text == "meet" and e.trigger.start < 60]
    assert meeting and meeting[0].attribution is not None
    assert meeting[0].attribution.source.code == "IDN" and meeting[0].attribution.cue == ":"
    body = [e for e in flashpoint.code_text("The Japanese and Chinese ministers will meet in Jakarta next week: a first for Indonesia.",
                                            published="2022-07-20") if e.trigger.text == "meet"]
    assert body and all(e.attribution is None for e in body)  # a sentence with its own punctuation is no headline


def test_a_person_reported_on_is_not_the_speaker_though_both_share_a_country() -> None:
    # officials telling what their president did report it; a country's own officials voicing its condemnation do not
    reported = only(flashpoint.code_text("Chinese officials said Xi Jinping condemned the sanctions.", published="2024-05-02"), "ACCUSE")
    assert reported.actor_codes == ["CHN"]
    assert reported.attribution is not None and reported.attribution.source.code == "CHN"
    voiced = only(flashpoint.code_text("Chinese officials said China condemned the sanctions.", published="2024-05-02"), "ACCUSE")
    assert voiced.attribution is None


def test_a_state_declaring_what_its_army_will_do_speaks_itself() -> None:
    refused = only(flashpoint.code_text("Iran states that the Iranian army will never deal with the occupying forces.", published="2024-05-02"), "REJECT")
    assert refused.actor_codes == ["IRN"] and refused.attribution is None


def test_a_line_ending_in_a_colon_hands_the_next_sentences_to_its_source() -> None:
    text = ("The Chinese embassy issued a statement on Friday. Trade talks have stalled since March, the statement said, adding:\n"
            "Tokyo keeps stalling any new round. Japan shelled the border town last week.")
    assault = only(flashpoint.code_text(text, published="2024-05-02"), "ASSAULT")
    assert assault.actor_codes == ["JPN"]
    assert (assault.attribution.source.code, assault.attribution.cue) == ("CHN", "said")
    narrated = "The Chinese embassy issued a statement on Friday. The talks collapsed in March.\nJapan shelled the border town last week."
    assert only(flashpoint.code_text(narrated, published="2024-05-02"), "ASSAULT").attribution is None


def test_a_quoted_paragraph_after_a_colon_ends_with_its_paragraph() -> None:
    text = ('A Syrian farmer told reporters on Sunday:\n"Turkish troops shelled our village."\n'
            "Turkish troops shelled the border town again on Monday.")
    quoted, narrated = sorted((e for e in flashpoint.code_text(text, published="2024-05-02") if e.event_type == "ASSAULT"),
                              key=lambda e: e.trigger.start)
    assert quoted.attribution is not None and quoted.attribution.source.code == "SYR"
    assert narrated.attribution is None


def test_words_handed_over_belong_to_the_statements_issuer_and_end_with_another_speaker() -> None:
    # "the full text reads:" stands for the issuer, whose own condemnation needs no attribution
    text = ("The Cuban foreign ministry issued a statement on Monday.\nThe full text of the statement reads:\n"
            "The Panamanian authorities are resorting to a despicable charade.")
    accuse = only(flashpoint.code_text(text, published="2024-05-02"), "ACCUSE")
    assert (accuse.actor_codes, accuse.recipient_codes, accuse.attribution) == (["CUB"], ["PAN"], None)
    # a later speaker's own words end the handover: the narration's next act is the article's again
    text = ("The chairman of a Chilean solidarity group said:\nThe blockade of Cuba must end.\n"
            "The secretary of an Argentine union said the Cuban people will surely win.\n"
            "The Mexican Labor Party hailed the Cuban president for his stand.")
    support = next(e for e in flashpoint.code_text(text, published="2024-05-02") if e.event_type == "SUPPORT" and e.actor_codes == ["MEX"])
    assert support.attribution is None


def test_a_government_named_by_its_spokesman_speaks_through_him() -> None:
    text = "Foreign ministry spokesman Wang Wenbin said the Chinese government strongly condemns the attack."
    assert only(flashpoint.code_text(text, published="2024-05-02"), "ACCUSE").attribution is None


def test_a_lead_credited_by_a_later_sentence_is_that_sources() -> None:
    # "… Rodong Sinmun says this in a bylined article": the sentences before it are the paper's words
    text = ("Japan and the United States kicked off joint naval exercises at the start of the year.\n"
            "These are exercises for a war of aggression against the DPRK.\n"
            "Rodong Sinmun says this in a bylined article on Saturday.\n")
    events = {e.event_type: e for e in flashpoint.code_text(text, published="2012-03-01")}
    drill = events["COOPERATE"]
    assert drill.attribution is not None and drill.attribution.source is not None and drill.attribution.source.code == "PRK"
    assert (events["ACCUSE"].actor_codes, events["ACCUSE"].recipient_codes) == (["PRK"], ["JPN", "USA"])


@pytest.mark.parametrize("credit", ["The Syrian government denied this on Monday.",
                                    "Washington described this as a grave provocation.",
                                    "President Obama said this during a visit to Seoul."])
def test_a_denial_a_description_or_a_remark_is_no_credit_for_the_lead(credit: str) -> None:
    text = "Syrian forces shelled the city of Homs on Sunday.\nThe army also shelled villages near Hama.\n" + credit
    shelling = [e for e in flashpoint.code_text(text, published="2012-03-01") if e.event_type == "ASSAULT"]
    assert shelling and all(e.attribution is None and e.modality == "actual" for e in shelling)


def test_the_credited_sources_own_acts_in_the_lead_are_its_speech_acts() -> None:
    text = ("North Korea condemned the naval drills of the United States on Sunday.\n"
            "Rodong Sinmun says this in a bylined commentary on Monday.\n")
    condemned = [e for e in flashpoint.code_text(text, published="2012-03-01") if e.event_type == "ACCUSE"]
    assert condemned and condemned[0].actor_codes == ["PRK"] and condemned[0].attribution is None


def test_a_papers_present_tense_frame_after_its_own_words_credits_the_lead_before_it() -> None:
    text = ("The U.S. is bent on deploying new radars across Asia in the name of defence. It also voices groundless "
            "claims about the recent satellite launch by Pyongyang. Its real goal is to find a pretext for its bid "
            "for hegemony, says Tongil Sinbo Friday in a signed article.\nThe U.S. says its radars are defensive.")
    claims = [e for e in flashpoint.code_text(text, published="2012-05-07") if e.trigger.text == "claims"]
    assert [e.attribution.source.code for e in claims if e.attribution and e.attribution.source] == ["PRK"]
    # news of a past statement credits no earlier sentence to its speaker
    news = "Police arrested twelve protesters in Nairobi on Monday. The arrests were unlawful, the Kenyan opposition leader said in a statement."
    arrest = [e for e in flashpoint.code_text(news, published="2022-05-07") if e.event_type == "COERCE"]
    assert arrest and arrest[0].attribution is None
