"""The role model: the party it adds where the rules code none, its evidence, its limits and its shipped artifact."""

import hashlib
from importlib import resources

import numpy as np
import pytest

from flashpoint import nlp
from flashpoint.actors import knowledge
from flashpoint.actors.resolve import find_mentions
from flashpoint.events.participants import Participants
from flashpoint.events.roles import (MODEL_FILE, ROLES, RoleModel, allowed, candidate_features, fill_roles, load_role_model, relation,
                                     role_card, story_of)
from flashpoint.pipeline import code_document
from flashpoint.records import Actor, Document, Event
from flashpoint.settings import Settings

CANNON = "MANILA - The Philippine coast guard said Chinese vessels fired water cannon at its supply boat."


def coded(text: str, **settings: object) -> list[Event]:
    return code_document(Document("t", text, published="2024-05-01"), Settings(**settings)).events


def parsed(text: str):
    doc = next(iter(nlp.parse([text])))
    kb = knowledge.load(None)
    return doc, story_of(Participants(doc, find_mentions(doc, nlp.load(), kb, None), kb))


def test_the_shipped_model_matches_its_card() -> None:
    raw = resources.files("flashpoint.events").joinpath("data", MODEL_FILE).read_bytes()
    card = role_card()
    assert hashlib.sha256(raw).hexdigest() == card["sha256"]
    assert 0 < card["threshold"] < 1 and "training_command" in card and "metrics" in card


def test_a_changed_model_file_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    card = dict(role_card(), sha256="0" * 64)
    monkeypatch.setattr("flashpoint.events.roles.role_card", lambda: card)
    load_role_model.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="make train"):
            load_role_model()
    finally:
        load_role_model.cache_clear()


def test_a_target_the_rules_miss_is_added_with_its_words_and_the_model_named() -> None:
    without = [e for e in coded(CANNON, learned_roles=False) if e.event_type == "ASSAULT"]
    assert without and without[0].actor_codes == ["CHN"] and not without[0].recipient_codes
    fired = [e for e in coded(CANNON) if e.event_type == "ASSAULT"]
    assert fired[0].actor_codes == ["CHN"] and fired[0].recipient_codes == ["PHL"]
    target = fired[0].recipient[0]
    assert CANNON[target.start : target.end] == target.text == "Philippine"  # evidence: the words that name it
    assert fired[0].produced_by == without[0].produced_by + "+roles.v1:recipient"


def test_parties_the_rules_coded_are_never_changed() -> None:
    text = "Japanese police arrested a man on Friday after a knife attack at a Tokyo station."
    assert coded(text) == coded(text, learned_roles=False)


def test_the_rules_only_coder_adds_no_party() -> None:
    events = [e for e in coded(CANNON, typer="rules") if e.event_type == "ASSAULT"]
    assert events and not events[0].recipient_codes and "roles" not in events[0].produced_by


def test_how_a_party_stands_to_its_trigger() -> None:
    doc, _ = parsed("Police arrested the mayor of the town on Friday in Lagos.")
    arrested = next(t for t in doc if t.text == "arrested")
    words = {t.text: t for t in doc}
    assert relation(arrested, words["Police"]) == "child:nsubj"
    assert relation(arrested, words["mayor"]) == "child:dobj"
    assert relation(arrested, words["Lagos"]) == "prep:in"
    assert relation(arrested, words["town"]) == "prep2:of"  # what its object is of
    assert relation(arrested, doc[2]) == "desc"  # a word inside its object's phrase ("the" mayor)


def eager_model(feature: str, role: str) -> RoleModel:
    """A model that takes any candidate with `feature` for `role` and nothing else."""
    weights = np.zeros((1, len(ROLES)), dtype=np.float32)
    weights[0, ROLES.index(role)] = 20.0
    return RoleModel({feature: 0}, weights, np.full(len(ROLES), -10.0, dtype=np.float32), 0.5)


def event_at(doc, word: str, event_type: str, actors: list[tuple[str, str]], recipients: list[tuple[str, str]]) -> tuple[Event, object]:
    trigger = next(t for t in doc if t.text == word)

    def party(text: str, code: str) -> Actor:
        at = doc.text.index(text)
        return Actor(text=text, code=code, sector=None, name=None, start=at, end=at + len(text))

    span = {"text": trigger.text, "start": trigger.idx, "end": trigger.idx + len(trigger)}
    event = Event(id="e", doc_id="t", event_type=event_type, mode=None, contexts=[], actor=[party(*a) for a in actors],
                  recipient=[party(*r) for r in recipients], attribution=None, modality="actual", date=None, date_text=None,
                  date_precision="publication", location=None, quantities=[], trigger=span, sentence={"text": doc.text, "start": 0, "end": len(doc.text)},
                  score=0.0, quad=4, cameo_root="18", confidence=0.9, produced_by="rule:test")
    return event, trigger


def test_a_side_of_a_mutual_act_is_not_made_its_recipient() -> None:
    doc, story = parsed("Armenian and Azerbaijani troops fought along the border near an Armenian village.")
    model = eager_model("rule_other=recipient|True", "recipient")  # takes an actor's own code as the recipient
    fought, trigger = event_at(doc, "fought", "ASSAULT", [("Armenian", "ARM"), ("Azerbaijani", "AZE")], [])
    assert not fill_roles(fought, trigger, story, model).recipient_codes
    one_side, trigger = event_at(doc, "fought", "ASSAULT", [("Armenian", "ARM")], [])
    assert [(a.text, a.code) for a in fill_roles(one_side, trigger, story, model).recipient] == [("Armenian", "ARM")]
    assert fill_roles(one_side, trigger, story, model).recipient[0].start == doc.text.rindex("Armenian")  # its own words


def test_the_other_side_s_words_never_name_the_party_added() -> None:
    doc, story = parsed("Iran's Revolutionary Guards seized a foreign oil tanker in the Gulf on Thursday.")
    seized, trigger = event_at(doc, "seized", "COERCE", [("Revolutionary Guards", "IRN")], [])
    assert not fill_roles(seized, trigger, story, eager_model("rule_other=recipient|True", "recipient")).recipient_codes


def test_an_act_between_distinct_parties_never_has_one_party_on_both_sides() -> None:
    doc, story = parsed("Kenyan officials met in Nairobi on Monday.")
    met, trigger = event_at(doc, "met", "CONSULT", [("Kenyan", "KEN")], [])
    assert not allowed(met, "KEN", "recipient", [])
    assert not fill_roles(met, trigger, story, eager_model("rule_other=recipient|True", "recipient")).recipient_codes
    warned, _ = event_at(doc, "met", "THREATEN", [("Kenyan", "KEN")], [])
    assert not allowed(warned, "KEN", "recipient", list(story.mentions))  # the speaker's own country in its threat
    struck, _ = event_at(doc, "met", "ASSAULT", [], [("Kenyan", "KEN")])
    assert not allowed(struck, "KEN", "actor", [])  # a place struck does not name who struck it
    assert allowed(struck, "KEN", "recipient", []) and allowed(met, "UGA", "recipient", [])


def test_a_charge_with_one_country_on_both_sides_needs_words_of_its_own() -> None:
    doc, story = parsed("Kenyan opposition leaders accused the police in Nairobi of brutality.")
    accused, _ = event_at(doc, "accused", "ACCUSE", [("Kenyan", "KEN")], [])
    assert not allowed(accused, "KEN", "recipient", [])  # "Tokyo condemned the launch" is not Tokyo against Tokyo
    assert allowed(accused, "KEN", "recipient", [m for m in story.mentions if m.code == "KEN" and doc[m.start].text != "Kenyan"])


def test_an_uncoded_party_keeps_its_words_and_takes_the_chosen_code() -> None:
    doc, story = parsed("NAIROBI - Kenya's parliament met on Monday. The alliance demanded new elections.")
    demanded, trigger = event_at(doc, "demanded", "REQUEST", [], [])
    demanded = demanded.model_copy(update={"actor": [Actor(text="The alliance", code=None, sector=None, name=None,
                                                           start=doc.text.index("The alliance"), end=doc.text.index("The alliance") + 12)]})
    filled = fill_roles(demanded, trigger, story, eager_model("dom=actor|True", "actor"))
    assert [(a.text, a.code) for a in filled.actor] == [("The alliance", "KEN")]


def test_candidates_are_the_sentence_s_codes_and_the_story_s_countries() -> None:
    doc, story = parsed("NAIROBI - Kenya's parliament met on Monday. Ugandan troops crossed the border.")
    crossed, trigger = event_at(doc, "crossed", "MOBILIZE", [("Ugandan", "UGA")], [])
    codes = {code for code, _, _, _ in candidate_features(trigger, crossed, story)}
    assert codes == {"UGA", "KEN"}


def test_a_stance_or_the_scene_of_an_act_is_no_candidate() -> None:
    doc, story = parsed("A court in Seoul sentenced two pro-Japanese activists on Friday.")
    sentenced, trigger = event_at(doc, "sentenced", "SANCTION", [("A court", "KOR")], [])
    assert "JPN" not in {code for code, _, _, _ in candidate_features(trigger, sentenced, story)}  # "pro-Japanese"
    assert not [m for code, m, _, _ in candidate_features(trigger, sentenced, story) if code == "KOR" and m]  # "in Seoul"
    shelled, trigger = event_at(doc, "sentenced", "ASSAULT", [("A court", "KOR")], [])
    assert [m for code, m, _, _ in candidate_features(trigger, shelled, story) if code == "KOR" and m]  # force: the place struck
