"""The trained trigger classifier: the shipped artifact, the decision rule, and what it changes in coding."""

import hashlib
from importlib import resources

import pytest

import flashpoint
from flashpoint import nlp
from flashpoint.events.learned import (MODEL_FILE, WORDS_FILE, LearnedTyper, charged_act, combine, context_vector, is_candidate, load_model,
                                       load_word_vectors, model_card)

from .standins import SureOf


def test_shipped_model_matches_its_card() -> None:
    raw = resources.files("flashpoint.events").joinpath("data", MODEL_FILE).read_bytes()
    card = model_card()
    assert hashlib.sha256(raw).hexdigest() == card["sha256"]
    assert len(raw) <= 25_000_000
    assert {"keep_rule", "add_model", "trained_on", "training_command"} <= set(card)
    assert "NONE" in load_model().labels and "ASSAULT" in load_model().labels


def test_a_changed_model_file_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    card = dict(model_card(), sha256="0" * 64)
    monkeypatch.setattr("flashpoint.events.learned.model_card", lambda: card)
    load_model.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="make train"):
            load_model()
    finally:
        load_model.cache_clear()


@pytest.mark.parametrize(("p_event", "model_label", "rule_label", "expected"), [
    (0.05, "ACCUSE", "ACCUSE", None),        # the model vetoes a rule trigger it is sure is no event
    (0.30, "SUPPORT", "ACCUSE", "ACCUSE"),   # unsure: the rule's category stands
    (0.90, "SUPPORT", "ACCUSE", "SUPPORT"),  # confident: the model's category wins
    (0.40, "ASSAULT", None, None),           # a word the rules do not know needs more confidence
    (0.60, "ASSAULT", None, "ASSAULT"),
])
def test_rules_propose_the_model_disposes(p_event: float, model_label: str, rule_label: str | None, expected: str | None) -> None:
    assert combine(p_event, model_label, rule_label, keep_rule=0.2, add_model=0.5) == expected


def test_dates_and_names_are_never_triggers() -> None:
    doc = nlp.load()("Japan will host the summit next week in Tokyo.")
    assert [t.text for t in doc if is_candidate(t)] == ["host", "summit"]


def test_the_act_an_accusation_is_about_is_kept() -> None:
    doc = nlp.load()("Cairo accused Ankara of shelling the border town.")
    assert [t.text for t in doc if charged_act(t)] == ["shelling"]
    events = flashpoint.code_text(doc.text, published="2024-03-01")
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert assault and assault[0].attribution is not None and assault[0].attribution.stance == "claims"


def test_produced_by_names_the_model_and_confidence_is_its_probability() -> None:
    [accuse] = [e for e in flashpoint.code_text("Kenya condemned Uganda over the border raid.", published="2024-03-01")
                if e.event_type == "ACCUSE"]
    assert accuse.produced_by.startswith("model:trigger-lr.v1:accuse")
    assert 0.5 < accuse.confidence <= 1.0


def test_rules_alone_is_a_setting() -> None:
    from flashpoint.pipeline import code_document
    from flashpoint.records import Document
    from flashpoint.settings import Settings

    coding = code_document(Document("r", "Kenya condemned Uganda over the border raid.", published="2024-03-01"), Settings(typer="rules"))
    assert all(e.produced_by.startswith("rule:") for e in coding.events) and coding.events


def test_shipped_word_vectors_match_the_card_and_place_like_words_together() -> None:
    raw = resources.files("flashpoint.events").joinpath("data", WORDS_FILE).read_bytes()
    assert hashlib.sha256(raw).hexdigest() == model_card()["word_vectors_sha256"]
    words = load_word_vectors()
    assert words is not None

    def similarity(a: str, b: str) -> float:
        return float(words.vectors[words.index[a]] @ words.vectors[words.index[b]])

    # what lets the classifier read a verb it never saw in training like the ones it did
    assert similarity("condemned", "denounced") > similarity("condemned", "harvest")
    assert similarity("talks", "negotiations") > similarity("talks", "missile")
    assert similarity("arrested", "detained") > similarity("arrested", "praised")


def test_word_vectors_of_a_predicate_its_governor_and_object_enter_the_model() -> None:
    doc = nlp.load()("Police detained the protesters near the embassy.")
    detained = next(t for t in doc if t.text == "detained")
    vector = context_vector(detained)
    assert vector.shape == (load_model().context.shape[0],)
    words = load_word_vectors()
    assert words is not None and (vector[-words.width:] != 0).any()  # the object, "protesters", has a vector


def test_a_light_verb_gives_no_category_to_a_noun_the_model_hardly_reads_as_an_event() -> None:
    coded = flashpoint.code_text("The American protestors set October 15 as a day of international movement, "
                                 "calling on the working people the world over to respond to it.", published="2011-10-19")
    assert [(e.event_type, e.trigger.text) for e in coded] == [("REQUEST", "calling on")]


def test_the_model_relabels_a_rule_trigger_only_when_sure_enough_of_its_own_category() -> None:
    assert combine(0.9, "SUPPORT", "ACCUSE", keep_rule=0.05, add_model=0.5, p_label=0.55, relabel=0.6) == "ACCUSE"
    assert combine(0.9, "SUPPORT", "ACCUSE", keep_rule=0.05, add_model=0.5, p_label=0.65, relabel=0.6) == "SUPPORT"
    assert LearnedTyper().relabel == model_card()["relabel"]



@pytest.mark.parametrize(("text", "trigger"), [
    ("“We call on the two sides to show restraint,” the Norwegian foreign minister said.", "call on"),
    ("Norway and Sweden call for an immediate ceasefire in Sudan.", "call for"),
])
def test_an_event_verb_on_spacys_stop_list_is_still_read_as_the_lexicon_reads_it(text: str, trigger: str) -> None:
    # "call" is one of spaCy's stop words ("called" is not), which the trigger model never classified
    coded = flashpoint.code_text(text, published="2024-06-05")
    assert ("REQUEST", trigger) in [(e.event_type, e.trigger.text) for e in coded]


def test_calling_on_someone_with_nothing_asked_is_no_request() -> None:
    coded = flashpoint.code_text("The Chinese ambassador will call on the Pakistani prime minister on Monday.", published="2024-06-05")
    assert "REQUEST" not in [e.event_type for e in coded]


def test_a_word_the_rules_lack_needs_a_category_the_model_is_fairly_sure_of() -> None:
    # an event of no category in particular is none the rules could code
    assert combine(0.9, "REJECT", None, keep_rule=0.05, add_model=0.5, p_label=0.15, add_label=0.35) is None
    assert combine(0.9, "REJECT", None, keep_rule=0.05, add_model=0.5, p_label=0.55, add_label=0.35) == "REJECT"
    # a rule's trigger is not held to it
    assert combine(0.9, "REJECT", "ACCUSE", keep_rule=0.05, add_model=0.5, p_label=0.15, add_label=0.35) == "ACCUSE"


def test_the_shipped_card_sets_the_category_bar() -> None:
    typer = LearnedTyper()
    assert 0.0 < typer.add_label < typer.add_model


@pytest.mark.parametrize(("text", "word", "category"), [
    # a deed of force a staging verb stages, or a reply is made with, is that deed, whatever the model reads
    ("The generals staged air raids on the island.", "staged", "ASSAULT"),
    ("Seoul responded to the offer with naval drills.", "responded", "MOBILIZE"),
    # a verb of naming speaks of a deed, and a deed done "with" something tells what it is for
    ("The paper described the launch as a provocation.", "described", "ACCUSE"),
    # saying is never coded; pointing to wrongs is a charge
    ("Lawyers for the minister told the court the order was lawful.", "told", None),
    ("The governor pointed out that turnout was low.", "pointed", None),
    ("The opposition pointed to irregularities in the count.", "pointed", "ACCUSE"),
])
def test_a_deed_of_force_or_a_saying_read_as_a_charge_is_the_deed_or_nothing(text: str, word: str, category: str | None) -> None:
    [token] = [t for t in nlp.load()(text) if t.text == word]
    sense = LearnedTyper(encoder=SureOf("ACCUSE")).classify(token)  # type: ignore[arg-type]
    assert (sense.category if sense else None) == category


@pytest.mark.parametrize(("text", "word", "category", "expected"), [
    # a demand in a word no sense reads as one, unless something obliges the act or asks for it
    ("The singer recorded a new album in Seoul.", "recorded", "REQUEST", None),
    ("The delegation visited the shrine on Monday.", "visited", "REQUEST", "CONSULT"),
    ("The ministry called the drills a provocation.", "drills", "REQUEST", None),
    ("Manila had better withdraw the new fishing rules.", "withdraw", "REQUEST", "REQUEST"),
    ("Withdraw the troops from the border at once!", "Withdraw", "REQUEST", "REQUEST"),
    ("It is necessary for Tokyo to scrap the plan.", "scrap", "REQUEST", "REQUEST"),
    ("The minister asked Seoul to adhere to the rules.", "adhere", "REQUEST", "REQUEST"),
    ("Farmers handed a list of demands to the minister.", "list", "REQUEST", "REQUEST"),
    # a measure, a protest or a refusal named by a word no sense reads so
    ("The rally ended in violence.", "violence", "COERCE", None),
    ("The crackdown on the press went on.", "crackdown", "COERCE", "COERCE"),
    ("The group held a seminar in Seoul.", "seminar", "PROTEST", None),
    ("Students staged a rally in Seoul.", "rally", "PROTEST", "PROTEST"),
    ("Marchers carried placards through the city.", "placards", "REJECT", None),
    ("The rejection of the plan angered Cairo.", "rejection", "REJECT", "REJECT"),
    # backing by a verb the lexicon does not know, unless what it decides is backing
    ("The reform weakened the unions.", "weakened", "SUPPORT", None),
    ("The council decided to award the prize to the writer.", "decided", "SUPPORT", "SUPPORT"),
    # where the model relabels a word the rules read, the rules' reading stands
    ("Sudan rejected the U.S. promise of aid.", "promise", "REJECT", "AGREE"),
])
def test_the_model_gives_no_category_the_lexicon_never_reads_a_word_as(text: str, word: str, category: str, expected: str | None) -> None:
    [token] = [t for t in nlp.load()(text) if t.text == word]
    sense = LearnedTyper(encoder=SureOf(category)).classify(token)  # type: ignore[arg-type]
    assert (sense.category if sense else None) == expected


@pytest.mark.parametrize(("text", "word", "category"), [
    # a deed of force a verb does rather than charges, read by the deed's own word
    ("The imperialists staged a war of aggression against the country.", "staged", "ASSAULT"),
    ("The army rounded off the deployment of the missiles.", "rounded", "MOBILIZE"),
    ("The generals are mulling using tactical nukes.", "mulling", "ASSAULT"),
    # not what a verb of trying ends ("tried to end the bloodshed")
    ("The president tried to end the bloodshed.", "tried", "ACCUSE"),
])
def test_a_deed_of_force_a_verb_does_is_that_deed(text: str, word: str, category: str) -> None:
    [token] = [t for t in nlp.load()(text) if t.text == word]
    sense = LearnedTyper(encoder=SureOf("ACCUSE")).classify(token)  # type: ignore[arg-type]
    assert (sense.category if sense else None) == category


def test_a_firm_word_keeps_its_listed_sense_whatever_the_models_doubt() -> None:
    # a bar no probability reaches: every listed sense is vetoed, save those of the lexicon's firm words
    doubting = LearnedTyper(keep_rule=1.01)
    doc = nlp.load()("Detectives apprehended the suspect and arrested his brother.")
    read = {t.text: doubting.classify(t) for t in doc if t.text in {"apprehended", "arrested"}}
    assert read["apprehended"] is not None and read["apprehended"].category == "COERCE"
    assert read["arrested"] is None


@pytest.mark.parametrize(("text", "word", "category"), [
    ("Detectives apprehended the suspect on Monday.", "apprehended", "COERCE"),
    ("Japan provided 500 tons of rice to Haiti.", "provided", "AID"),
    ("Germany halted arms sales to Riyadh.", "halted", "SANCTION"),
    ("Colombia sought financial help from the IMF.", "sought", "REQUEST"),
    ("Peru partnered with Chile on the rail project.", "partnered", "COOPERATE"),
    ("The two presidents adopted the joint declaration.", "adopted", "SUPPORT"),
])
def test_a_firm_frame_keeps_its_category_against_any_veto_or_relabelling(text: str, word: str, category: str) -> None:
    # bars that veto every listed sense and let the model relabel any it keeps: the firm frames stand as listed
    doubting = LearnedTyper(keep_rule=1.01, relabel=0.0)
    [token] = [t for t in nlp.load()(text) if t.text == word]
    sense = doubting.classify(token)
    assert sense is not None and sense.category == category
    visited = [t for t in nlp.load()("The minister visited Lima on Monday.") if t.text == "visited"]
    assert doubting.classify(visited[0]) is None
