"""Trigger lexicon: verb and event-noun lemmas mapped to PLOVER categories (data in events/data/lexicon.yaml).

Event typing sits behind the `Typer` protocol so a learned classifier can later run beside the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any, Protocol

import yaml
from spacy.tokens import Token

from ..actors.knowledge import YAML_LOADER

PREP_DEPS = {"prep", "prt", "agent", "dative"}
OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
PERSON_OBJECT = "@person"  # the object word of a sense for a person named by the parser
WORK_OBJECT = "@work"  # the object word of a sense for a named work or product ("released Gangnam Style")
TIES_OBJECT = "@ties"  # the object word of a sense for ties stressed as needing work ("the importance of boosting ties")
NECESSITY_OBJECT = "@necessity"  # the object word of a sense for what must be done ("stressed that talks are vital")
NECESSITY_NOUNS = {"need", "necessity", "importance", "urgency", "key"}  # "is a necessity", "are key"; adjectives: need_words
OBLIGATION_AUX = {"must", "should"}  # the modals by which a speaker obliges a party
CAMPAIGN_NOUNS = {"campaign", "drive"}
# what shows or tells without being a party: "the incident highlights the urgency of …"
THING_SUBJECTS = {"incident", "report", "study", "survey", "data", "figure", "case", "event", "development", "situation",
                  "crisis", "finding", "result", "accident", "tragedy", "disaster", "episode", "experience", "fact", "analysis"}


@dataclass(frozen=True)
class Sense:
    lemma: str
    category: str | None
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()
    prep_objects: frozenset[str] = frozenset()
    needs_modifier: frozenset[str] = frozenset()
    needs_content: bool = False  # a noun that names a speech act only with what it says, or carried by a light verb
    needs_prep: frozenset[str] = frozenset()  # a noun that is an act only with a phrase it heads ("charges of fraud")
    not_after: frozenset[str] = frozenset()  # words right before a noun that make it an idiom ("in charge of")
    confidence: float = 0.8
    firm: bool = False  # a frame whose reading the model may neither veto nor relabel ("released the hostages")
    faulted: bool = False  # conduct a speaker faults in its doer ("evaded the responsibility"): no charge by the doer
    pos: str = "verb"
    model: str | None = None  # the learned classifier that chose the category, when it did

    @property
    def rule_id(self) -> str:
        named = sorted(o for o in self.objects if not o.startswith("@"))
        detail = self.particle or (named[0] if named else "")
        name = f"{self.pos}:{self.lemma}" + (f"+{detail}" if detail else "")
        if self.model:
            return f"model:{self.model}:{(self.category or 'none').lower()}.{name}"
        return f"rule:{(self.category or 'none').lower()}.{name}.v1"


class Typer(Protocol):
    """Anything that can say which PLOVER category (if any) a predicate token triggers."""

    def classify(self, token: Token) -> Sense | None: ...


def _sense(lemma: str, spec: dict[str, Any], pos: str) -> Sense:
    def words(key: str) -> frozenset[str]:
        value = spec.get(key) or []
        return frozenset(str(v).lower() for v in ([value] if isinstance(value, str) else value))

    particle = spec.get("particle")
    return Sense(
        lemma=lemma,
        category=spec.get("category"),
        mode=spec.get("mode") or None,
        contexts=tuple(spec.get("contexts") or ()),
        particle=str(particle).lower() if particle else None,
        objects=words("object"),
        not_objects=words("not_object"),
        prep_objects=words("prep_object"),
        needs_modifier=words("needs_modifier"),
        needs_content=bool(spec.get("needs_content", False)),
        needs_prep=words("needs_prep"),
        not_after=words("not_after"),
        confidence=float(spec.get("confidence", 0.8)),
        firm=bool(spec.get("firm", False)),
        faulted=bool(spec.get("faulted", False)),
        pos=pos,
    )


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Sense, ...]]
    nouns: dict[str, tuple[Sense, ...]]
    light_verbs: frozenset[str]
    negative_verbs: frozenset[str]
    future_cues: frozenset[str]
    voicing_words: dict[str, frozenset[str]] = field(default_factory=dict)  # category (or 'any') -> words
    invective_words: frozenset[str] = frozenset()
    denied_charges: frozenset[str] = frozenset()  # "the allegations are unfounded": charges a speaker denies
    denial_words: frozenset[str] = frozenset()
    praise_words: frozenset[str] = frozenset()
    blame_words: frozenset[str] = frozenset()
    need_words: frozenset[str] = frozenset()
    model_demand_words: frozenset[str] = frozenset()  # demands the model may find that no sense lists
    model_refusal_words: frozenset[str] = frozenset()  # refusals the model may find that no sense lists
    model_protest_nouns: frozenset[str] = frozenset()  # protests the model may find that no sense lists
    model_measure_nouns: frozenset[str] = frozenset()  # coercive measures the model may find that no sense lists
    discontinuing_verbs: frozenset[str] = frozenset()  # "suspend", "halt": a sanction only when done to a party
    own_undertakings: frozenset[str] = frozenset()  # "cancelled the project": no sanction unless a party's
    enemy_modifiers: frozenset[str] = frozenset()  # "enemy troops", "occupying forces": a force not the story's own
    told_act_nouns: frozenset[str] = frozenset()  # "this move", "the above-said step": a word for an act just told
    plight_words: frozenset[str] = frozenset()
    transfer_verbs: frozenset[str] = frozenset()
    material_words: frozenset[str] = frozenset()
    handing_verbs: frozenset[str] = frozenset()
    relief_verbs: frozenset[str] = frozenset()
    relief_nouns: frozenset[str] = frozenset()
    relief_objects: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()  # "on Sunday", "on the night of": a time, no particle
    relation_verbs: frozenset[str] = frozenset()  # "have supported each other": relations described, no act
    rule_texts: frozenset[str] = frozenset()  # "according to the rules, firms must …": a text's obligation, no demand
    guidance_words: frozenset[str] = frozenset()  # "gave field guidance to the complex": no act between parties
    inspection_words: frozenset[str] = frozenset()  # "an inspection tour of a unit": no meeting of parties
    rank_and_file: frozenset[str] = frozenset()  # "praised the soldiers": one's own people praised, not coded
    held_by_people: frozenset[str] = frozenset()  # "closed two channels": what people hold, acted on at home
    contentment_nouns: frozenset[str] = frozenset()  # "expressed satisfaction with the fact that": domestic praise if at home
    civic_drives: frozenset[str] = frozenset()  # "launched an awareness campaign": a campaign of no political struggle
    cbrn_heads: frozenset[str] = frozenset()  # "used chemical weapons", not "used chemicals"
    animals: frozenset[str] = frozenset()  # "poisoned the rats": no people attacked
    occasion_words: frozenset[str] = frozenset()  # "greet the anniversary": celebrated, no one met
    harming_verbs: frozenset[str] = frozenset()  # "killed in a fire": hurt in an accident, no one's act
    fatal_accidents: frozenset[str] = frozenset()
    preventing_verbs: frozenset[str] = frozenset()  # "barred its banks from dealing with Iran": the dealing is never done
    demand_carriers: frozenset[str] = frozenset()  # "actions demanding an apology": the demand a protest carries
    filed_texts: frozenset[str] = frozenset()  # "an application to overturn the ruling": what it asks is its content
    written_texts: frozenset[str] = frozenset()  # "the goals set out in the party's editorial": the text's content, told again
    setting_out_verbs: frozenset[str] = frozenset()  # verbs by which a text sets something out ("set forth", "laid down")
    undertaking_nouns: frozenset[str] = frozenset()  # "made efforts to", "took steps for", "its stand": the act is their content
    endangered_states: frozenset[str] = frozenset()  # "threaten the peace": a danger, no party threatened
    describing_nouns: frozenset[str] = frozenset()  # "the act of inciting hostility": a kind of act described
    planning_words: frozenset[str] = frozenset()  # "plans to send a naval flotilla": one side's plan, no agreement
    feelings: frozenset[str] = frozenset()  # "unable to repress their resentment": held back in oneself, no coercion
    restraining_verbs: frozenset[str] = frozenset()  # "repress", "suppress", "hide": verbs of holding a feeling back
    site_names: frozenset[str] = frozenset()  # "visited Mangyongdae": a site by its own name, no party
    breaking_verbs: frozenset[str] = frozenset()  # "violated the law": a wrong charged when what is broken is a value
    broken_values: frozenset[str] = frozenset()
    fault_words: frozenset[str] = frozenset()  # "found no fault with": no charge
    moving_force_verbs: frozenset[str] = frozenset()  # "deployed troops", not "the efforts deployed": a move of force
    troop_words: frozenset[str] = frozenset()
    weapon_words: frozenset[str] = frozenset()
    armed_words: frozenset[str] = frozenset()  # armed bodies besides troops and weapons (`armed`)
    deed_doing_verbs: frozenset[str] = frozenset()  # "inflicted war disasters": a deed of force done, not charged
    force_nouns: dict[str, str] = field(default_factory=dict)
    slurs: frozenset[str] = frozenset()  # "called him a coward": names that blame whom they name
    sporting_verbs: frozenset[str] = frozenset()  # "beat Egypt in a shootout": a game won, in a story of sport
    sports_words: frozenset[str] = frozenset()
    figurative_blows: frozenset[str] = frozenset()  # "captured the most seats", "shot to fame": a blow at no one
    struck_abstractions: frozenset[str] = frozenset()
    broken_rules: frozenset[str] = frozenset()  # "violated the ceasefire accord": a refusal only when a rule is broken
    force_words_not_acts: frozenset[str] = frozenset()  # "territorial waters", "military hardware": no act of force
    period_nouns: frozenset[str] = frozenset()  # "the years when …": a time told by what happened in it
    reaction_nouns: frozenset[str] = frozenset()  # "touched off the indignation of the people": what a deed set off
    arousing_verbs: frozenset[str] = frozenset()
    angering_verbs: frozenset[str] = frozenset()
    stopping_verbs: frozenset[str] = frozenset()  # "police stopped the visitors": a restraint by those who enforce the law
    enforcing_bodies: frozenset[str] = frozenset()
    police: frozenset[str] = frozenset()
    vessel_words: frozenset[str] = frozenset()
    directing_verbs: frozenset[str] = frozenset()  # "directed the ministry to deploy teams": a demand with its infinitive
    saying_verbs: frozenset[str] = frozenset()  # "told the court", "spoke to reporters": speech, its content the act
    courtesy_gifts: frozenset[str] = frozenset()  # "presented a gift to the leader": a courtesy, not aid
    body_parts: frozenset[str] = frozenset()  # "injured her legs": one's own body, no one's attack
    relief_workers: frozenset[str] = frozenset()
    disaster_words: frozenset[str] = frozenset()
    crowd_words: frozenset[str] = frozenset()
    premises_words: frozenset[str] = frozenset()
    mourning_words: frozenset[str] = frozenset()
    sympathy_words: frozenset[str] = frozenset()
    loss_words: frozenset[str] = frozenset()
    performance_words: frozenset[str] = frozenset()  # performers and works that praise in a show, not an act
    natural_forces: frozenset[str] = frozenset()
    accident_verbs: frozenset[str] = frozenset()
    greeting_words: frozenset[str] = frozenset()
    message_nouns: frozenset[str] = frozenset()
    people_nouns: frozenset[str] = frozenset()
    office_nouns: frozenset[str] = frozenset()
    host_bodies: frozenset[str] = frozenset()  # "the government received Mother Teresa": a body that hosts a person
    body_nouns: frozenset[str] = frozenset()  # "ordered his government to …": a body, never an act
    civilian_nouns: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    seat_of_power_words: frozenset[str] = frozenset()
    enacting_verbs: frozenset[str] = frozenset()
    agreed_texts: frozenset[str] = frozenset()
    provision_texts: frozenset[str] = frozenset()
    freeing_verbs: frozenset[str] = frozenset()
    handing_in_verbs: frozenset[str] = frozenset()
    resignation_nouns: frozenset[str] = frozenset()
    listing_nouns: frozenset[str] = frozenset()
    blacklisting_modifiers: frozenset[str] = frozenset()
    belief_nouns: frozenset[str] = frozenset()
    promising_verbs: frozenset[str] = frozenset()
    enacted_texts: frozenset[str] = frozenset()
    sending_verbs: frozenset[str] = frozenset()
    permitting_verbs: frozenset[str] = frozenset()
    ordering_verbs: frozenset[str] = frozenset()
    penalty_verbs: frozenset[str] = frozenset()
    penalty_objects: frozenset[str] = frozenset()
    jailing_verbs: frozenset[str] = frozenset()
    term_units: frozenset[str] = frozenset()
    detention_words: frozenset[str] = frozenset()
    planning_verbs: frozenset[str] = frozenset()
    joint_nouns: frozenset[str] = frozenset()
    asserting_verbs: frozenset[str] = frozenset()
    stance_participles: frozenset[str] = frozenset()
    freeing_nouns: frozenset[str] = frozenset()
    worldwide_modifiers: frozenset[str] = frozenset()
    fostering_verbs: frozenset[str] = frozenset()
    tie_nouns: frozenset[str] = frozenset()
    praising_verbs: frozenset[str] = frozenset()
    financing_verbs: frozenset[str] = frozenset()
    not_cooperation: frozenset[str] = frozenset()
    proposed_together: frozenset[str] = frozenset()
    occasion_of_another: frozenset[str] = frozenset()
    offices_left: frozenset[str] = frozenset()
    judging_aid: frozenset[str] = frozenset()
    held_views: frozenset[str] = frozenset()
    not_parties_meeting: frozenset[str] = frozenset()
    moving_verbs: frozenset[str] = frozenset()
    funded_works: frozenset[str] = frozenset()
    habit_adverbs: frozenset[str] = frozenset()
    coordinated_acts: frozenset[str] = frozenset()
    everyone_nouns: frozenset[str] = frozenset()
    praised_work: frozenset[str] = frozenset()

    @cached_property
    def cited_texts(self) -> frozenset[str]:
        """Agreements and laws, whose content a reporter cites ("the accord calls for …")."""
        return self.agreed_texts | self.provision_texts

    @cached_property
    def armed(self) -> frozenset[str]:
        """Words for a force, a weapon or an armed body ("troops", "warships", "police")."""
        return self.troop_words | self.weapon_words | self.armed_words

    @cached_property
    def enforcers(self) -> frozenset[str]:
        """Those who enforce the law: police and the bodies that stop or hold people and vessels."""
        return self.police | self.enforcing_bodies

    @cached_property
    def party_nouns(self) -> frozenset[str]:
        """Nouns for people or for an office: a party, not an act."""
        return self.people_nouns | self.office_nouns

    def reads_as(self, token: Token, category: str) -> bool:
        """Whether some sense of the lexicon reads the word, as the verb or the noun it is here, as an act of the
        category, whatever words it needs round it ("condemned", "slander") — not conduct a speaker faults in its
        doer ("kept silent", `Sense.faulted`), which is no act of that doer's."""
        senses = self.verbs.get(verb_lemma(token), ()) if token.pos_ in {"VERB", "AUX"} else self.nouns.get(lemma(token), ())
        return any(s.category == category and not s.faulted for s in senses)

    def noun_senses(self, token: Token) -> tuple[Sense, ...]:
        """The senses listed for a noun's lemma."""
        return self.nouns.get(token.lemma_.lower(), ())

    def voices(self, word: str, category: str) -> bool:
        """Whether the word's subject or owner is the one who judges or asks, for an act of this category."""
        return word in self.voicing_words.get("any", frozenset()) or word in self.voicing_words.get(category, frozenset())


def _voicing_words(raw: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    from ..errors import ConfigError
    from .ontology import load as load_ontology

    unknown = set(raw) - {"any"} - set(load_ontology().categories)
    if unknown:  # a misspelt category would silently stop voicing its words
        raise ConfigError(f"lexicon.yaml voicing_words: {', '.join(sorted(unknown))} is no PLOVER category (or 'any')")
    return {str(k): frozenset(v) for k, v in raw.items()}


@lru_cache(maxsize=1)
def load() -> Lexicon:
    text = resources.files("flashpoint.events").joinpath("data", "lexicon.yaml").read_text(encoding="utf-8")
    raw = yaml.load(text, Loader=YAML_LOADER)

    # words every listed sense of which the model may neither veto nor relabel (`Sense.firm`), beside the frames marked so
    firm_words = {str(w).lower() for w in raw.get("firm_words") or ()}

    def table(section: str, pos: str) -> dict[str, tuple[Sense, ...]]:
        out = {}
        for lemma, specs in (raw.get(section) or {}).items():
            specs = specs if isinstance(specs, list) else [specs]
            word = str(lemma).lower()
            out[word] = tuple(_sense(word, {**s, "firm": s.get("firm") or word in firm_words}, pos) for s in specs)
        return out

    return Lexicon(
        verbs=table("verbs", "verb"),
        nouns=table("nouns", "noun"),
        voicing_words=_voicing_words(raw.get("voicing_words") or {}),
        force_nouns={str(word): str(category) for word, category in (raw.get("force_nouns") or {}).items()},
        # every other field is a word list under its own name in lexicon.yaml
        **{f.name: frozenset(raw.get(f.name) or ()) for f in fields(Lexicon) if f.type == "frozenset[str]"},
    )


# spaCy's small model lemmatises a few event verbs wrongly ("staged" -> "stag", "fined" -> "fin"; found by parsing the
# corpus and looking for verb forms whose lemma is no lexicon verb while a plain inflection of one is).
LEMMA_FIXES = {"staged": "stage", "staging": "stage", "stages": "stage", "fined": "fine", "helped": "help",
               "helping": "help", "extolling": "extol", "hopes": "hope", "hoped": "hope", "hoping": "hope",
               "raped": "rape", "raping": "rape"}  # the parser reads "raped" as a form of "rap"


def lemma(token: Token) -> str:
    return LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


def agents_of(verb: Token) -> list[Token]:
    """Who a passive verb says did it: the objects of its "by" ("was welcomed by the president")."""
    return [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


def verb_lemma(token: Token) -> str:
    """Lemma with a hyphenated prefix kept ("test-fire"), which spaCy splits into three tokens."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].whitespace_ == "":
        return f"{doc[token.i - 2].lower_}-{lemma(token)}"
    return lemma(token)


def only_says(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of plain saying ("told the court", "pointed out that …"; lexicon `saying_verbs`, a particle written
    after the verb), which the guide never codes: not "pointed to the irregularities", a charge."""
    if any(c.dep_ == "dobj" and (lemma(c) in lexicon.invective_words or c.lower_ in lexicon.invective_words) for c in verb.children):
        return False  # "pointed out the hypocrisy of the U.S.": what is said out is a fault, a charge
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return any(f"{lemma(verb)} {p}" in lexicon.saying_verbs for p in particles) or lemma(verb) in lexicon.saying_verbs


# words for a run of acts: "a series of missile launches", "carried out a number of air strikes"
SERIES_NOUNS = {"series", "wave", "spate", "string", "round", "barrage", "volley", "flurry", "number", "succession"}


def light_verb_of(noun: Token, light_verbs: frozenset[str]) -> Token | None:
    """The light verb an event noun is the object of ("held talks", "issued a warning", "carried out a number of air
    strikes": through the run of acts it counts), if any."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in SERIES_NOUNS - {"round"}:
        noun = noun.head.head  # (not "hosted three rounds of talks", where a round is a meeting of its own)
    head = noun.head
    if noun.dep_ not in {"dobj", "attr"} or lemma(head) not in light_verbs:
        return None
    # "handed out leaflets", "gave out food": handing things around tells no act of the noun's
    return None if lemma(head) in DISTRIBUTING_VERBS and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children) else head


DISTRIBUTING_VERBS = {"hand", "give"}


def _particles(token: Token, time_words: frozenset[str]) -> set[str]:
    """The prepositions and particles a verb takes, less one heading a time ("called a meeting on the night of …",
    "fired missiles on Sunday" is no "call on", "fire on"; but "condemned to 15 years" is "condemned to") and an "in"
    heading a place ("gave a speech in Lima" is no "give in")."""
    # ("spoke ill of them": the parser hangs the "of" on the adverb)
    manner = [p for c in token.children if c.dep_ == "advmod" and c.lower_ in {"ill", "badly", "highly", "well"}
              for p in c.children if p.dep_ == "prep"]
    # ("calling for governments to intervene": the parser makes the "for" the mark of the infinitive's clause)
    marked = {"for" for c in token.children if c.dep_ in {"advcl", "ccomp", "xcomp"} and c.i > token.i
              for m in c.children if m.dep_ == "mark" and m.lower_ == "for" and m.i == token.i + 1}
    return marked | {c.lower_ for c in (*token.children, *manner) if c.dep_ in PREP_DEPS and not any(
        g.dep_ == "pobj" and ((g.ent_type_ in {"DATE", "TIME"} or g.lemma_.lower() in time_words) and c.lower_ != "to"
                              or c.lower_ == "in" and g.ent_type_ in {"GPE", "LOC"}) for g in c.children)}


NAMING_VERBS = {"call", "term", "dub", "label", "name", "describe"}


def _objects(token: Token, hosts: frozenset[str] = frozenset()) -> set[str]:
    found = set()
    for child in token.children:
        if child.dep_ == "ccomp" and child.lemma_.lower() in NAMING_VERBS and any(g.lower_ == "what" for g in child.children):
            # "tested what it called a strike drone": the named thing is the object
            found.update(_objects(child, hosts))
        elif child.dep_ == "xcomp" and child.lemma_.lower() == "be":
            # "deemed (it) to be a violation"
            found.update(_objects(child, hosts))
        if child.dep_ == "acomp":
            # "pleaded guilty", "pleaded not guilty": what the verb declares the subject to be
            negated = any(c.dep_ == "neg" for c in child.children)
            found.add(("not-" if negated else "") + child.lemma_.lower())
        if child.dep_ == "ccomp" and necessity_told(child):
            found.add(NECESSITY_OBJECT)
        if (child.dep_ in OBJECT_DEPS or _misattached_object(token, child)) and not civic_drive(child):
            found.add(child.lemma_.lower())
            if child.ent_type_ in {"WORK_OF_ART", "PRODUCT"}:
                found.add(WORK_OBJECT)
            if child.lemma_.lower() == "importance" and _of_a_deed(child):
                found.add(NECESSITY_OBJECT)
            if child.lemma_.lower() in {"importance", "necessity"} and any(_between_sides(t) for t in _fostered_ties(child)):
                found.add(TIES_OBJECT)
            if child.ent_type_ == "PERSON" and _done_by_a_host(token, hosts):
                # "the president received Audrey Azoulay": a sense may take any named person met by a person or a
                # body (not "the hospital received Ahmed Musa", "Venezuela received Sputnik")
                found.add(PERSON_OBJECT)
            found.update(c.lemma_.lower() for c in child.children if c.dep_ in {"compound", "amod"})
            found.update(c.lemma_.lower() for c in child.conjuncts)
    if (described := described_by_participle(token)) is not None:
        # "a statement signed by its chairman": a participle's noun is what the verb was done to
        found.add(described.lemma_.lower())
        found.update(c.lemma_.lower() for c in described.children if c.dep_ in {"compound", "amod"})
    return found


def necessity_told(clause: Token) -> bool:
    """"emphasised that early warning and quick action are vital", "stressed that the plan must be dropped", "that a strong
    message needed to be sent": a clause saying what must be done (emphasising it is asking for it)."""
    if clause.lemma_.lower() == "need" and any(c.dep_ == "xcomp" for c in clause.children):
        return True
    need_words = load().need_words
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX
               or c.dep_ in {"acomp", "attr"} and (c.lemma_.lower() in need_words or c.lemma_.lower() in NECESSITY_NOUNS)
               for c in clause.children)


def _deeds_of(noun: Token) -> list[Token]:
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]


def _of_a_deed(noun: Token) -> bool:
    """"the importance of providing assistance": importance given to a deed to be done (not "of the summit"), unless
    the deed fosters ties ("stressed the importance of enhancing cooperation": the sides' own resolve, no demand)."""
    return bool(_deeds_of(noun)) and not _fostered_ties(noun)


def _fostered_ties(noun: Token) -> list[Token]:
    """The words for ties in the deeds a noun of importance or necessity is "of" ("the necessity of bolstering the
    relations")."""
    ties = load().tie_nouns
    return [t for d in _deeds_of(noun) for t in d.subtree if t.lemma_.lower() in ties]


SIDED_MODIFIERS = {"bilateral", "two-way", "trilateral", "multilateral"}
STATE_WORDS = {"country", "nation", "state", "side", "government", "neighbour", "neighbor", "ally", "partner"}


def _between_sides(tie: Token) -> bool:
    """Ties the text gives sides ("bilateral cooperation", "the Kuwaiti-Chinese relations", "ties with Armenia",
    "cooperation between the two countries") — not "understanding between Christians and Muslims", "the Party's
    relationship with the masses", industrial relations or an exchange rate: the sides' own resolve to work
    together (the guide's AGREE), no demand of anyone."""
    return tie.pos_ == "NOUN" and tie.dep_ != "compound" and any(
        c.dep_ == "amod" and (c.lower_ in SIDED_MODIFIERS or c.is_title and c.pos_ in {"ADJ", "PROPN"})
        or c.dep_ == "prep" and c.lower_ in {"with", "between", "among"} and any(
            o.dep_ == "pobj" and (o.ent_type_ in {"GPE", "ORG"} or o.lemma_.lower() in STATE_WORDS) for o in c.children)
        for c in tie.children)


def _told_by_a_thing(verb: Token) -> bool:
    """"The incident highlights the urgency of reopening the hotline", "the report underlines the need for …": what an
    event or a text shows asks nothing of anyone, though a party's emphasis on what must be done (a sense taking
    `NECESSITY_OBJECT`) does ("the reality underscores the need" in a speaker's voice stays the speaker's)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in THING_SUBJECTS or s.pos_ == "NOUN" and load().noun_senses(s) for s in subjects)


def civic_drive(noun: Token) -> bool:
    """"launched an awareness campaign", "a vaccination campaign", "his election campaign": a campaign that struggles
    against no one is no protest, offensive or crackdown to choose a sense by."""
    return noun.lemma_.lower() in CAMPAIGN_NOUNS and any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in load().civic_drives for c in noun.children)


def _misattached_object(verb: Token, child: Token) -> bool:
    """"released its information bulletin No. 1002": before an abbreviation the parser may hang a verb's object on it
    as punctuation or an unknown dependent; a noun right after a verb with no object of its own is its object."""
    return child.dep_ in {"punct", "dep"} and child.pos_ == "NOUN" and 0 < child.i - verb.i <= 4 and verb.pos_ == "VERB" \
        and not any(c.dep_ in OBJECT_DEPS for c in verb.children)


def described_by_participle(verb: Token) -> Token | None:
    """"a fisheries official killed by soldiers", "those detained in the sweep": the noun a passive participle
    describes is what the act is done to (not when the participle has an object of its own)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in {"NOUN", "PROPN", "PRON"} \
            or any(c.dep_ in {"dobj", "nsubjpass", "ccomp", "xcomp"} for c in verb.children):
        return None
    return verb.head


def first_listed(token: Token) -> Token:
    """The first of the words listed with this one ("launched artillery, mortar and rocket fire": artillery)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _done_by_a_host(verb: Token, hosts: frozenset[str]) -> bool:
    """The verb's subject (or, for a participle, its clause's: "while receiving X") names a person the parser tags,
    or a host by a word of `hosts` ("the government", "Sheikh Humaid"; not the Red Cross or a court receiving a
    prisoner)."""
    node = verb
    while not any(c.dep_ == "nsubj" for c in node.children) and node.dep_ in {"advcl", "xcomp", "conj", "pcomp", "pobj", "prep"} \
            and node.head.i != node.i:
        node = node.head
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    if node.dep_ == "relcl" and any(c.lower_ in {"who", "which", "that"} for c in subjects):
        subjects = [node.head]  # "Ortega, who received Mother Teresa"
    # (a titled person the parser tags as an organisation: "Sheikh Humaid")
    return any(t.ent_type_ == "PERSON" or t.lower_ in hosts for c in subjects for t in c.subtree)


def _prep_objects(token: Token) -> set[str]:
    # what one is kept "from" doing is that preposition's object too ("barred the banks from dealing with Cuba"); a
    # gerund after another preposition is an act of its own ("warned of storming the embassy")
    return {g.lemma_.lower() for c in token.children if c.dep_ in PREP_DEPS for g in c.children
            if g.dep_ == "pobj" or g.dep_ == "pcomp" and c.lower_ == "from"}


def _matches(sense: Sense, particles: set[str], objects: set[str], prep_objects: set[str]) -> bool:
    if sense.particle and sense.particle not in particles:
        return False
    if sense.objects and not sense.objects & objects:
        return False
    if sense.not_objects & objects:
        return False
    return not (sense.prep_objects and not sense.prep_objects & prep_objects)


def _phrased(noun: Token, sense: Sense) -> bool:
    """A noun sense's own phrase: the prepositions it needs to head ("charges of fraud", "charges against him") and
    no word before it that makes an idiom of it ("in charge of", "free of charge")."""
    if sense.needs_prep and not any(c.dep_ == "prep" and c.lower_ in sense.needs_prep for c in noun.children):
        return False
    return not (noun.i > 0 and noun.doc[noun.i - 1].lower_ in sense.not_after)


def _modified(token: Token, words: frozenset[str]) -> bool:
    """A noun that needs a modifier to be an act ("a missile test", "a nuclear test", "a naval incursion") finds it
    among its own children or as the object of its "of" ("a test of a ballistic missile"; not "a test of Iran's
    nuclear diplomacy", where the word only describes the object)."""
    if not words:
        return True
    near = [*token.children, *(o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")]
    return bool(words & ({c.lemma_.lower() for c in near} | {c.lower_ for c in near}))


class RuleTyper:
    """The lexicon's senses, tried in order; the first whose conditions hold wins."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load()

    def _says_something(self, noun: Token) -> bool:
        """"threats to occupy the town", "a warning that …", "made threats": the act of saying, not "the nuclear
        threat" or "a threat to peace", which name a danger."""
        content = any(c.dep_ in {"acl", "relcl", "ccomp"} and any(m.lower_ in {"to", "that"} for m in c.children if m.dep_ in {"aux", "mark"})
                      for c in noun.children)
        return content or noun.dep_ == "dobj" and lemma(noun.head) in self.lexicon.light_verbs

    def _directed(self, verb: Token) -> Sense | None:
        """"directed the ministry to deploy rescue teams", "advised the envoy to leave", "residents were told to boil
        water": a verb of directing with a party told and what it is told to do (an infinitive) is a demand (the
        guide's REQUEST); "told reporters that …" is saying."""
        if verb_lemma(verb) not in self.lexicon.directing_verbs:
            return None
        told = any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children)
        to_do = any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)
        return Sense(lemma=lemma(verb), category="REQUEST", confidence=0.6, pos="verb") if told and to_do else None

    def _stopped(self, verb: Token) -> Sense | None:
        """"police stopped the visitors at the airport", "the coast guard intercepted the trawler", "officers pulled up
        two drivers": a party or a vessel stopped by those who enforce the law is restrained (the guide's COERCE); not
        a thing or a process stopped ("stopped the work", read by the lexicon), nor a stop by anyone else."""
        if verb_lemma(verb) not in self.lexicon.stopping_verbs or lemma(verb) == "pull" and not any(
                c.dep_ == "prt" and c.lower_ in {"up", "over"} for c in verb.children):
            return None
        doers = [c for c in verb.children if c.dep_ == "nsubj"] + agents_of(verb)
        stopped = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        enforcers = self.lexicon.enforcers
        by_enforcer = any(lemma(d) in enforcers or any(lemma(t) in enforcers for t in d.subtree if t.dep_ == "compound") for d in doers)
        someone = any(s.ent_type_ in {"PERSON", "NORP"} or lemma(s) in self.lexicon.people_nouns | self.lexicon.vessel_words
                      or s.pos_ == "PRON" and s.lower_ in {"him", "her", "them", "they", "he", "she"} for s in stopped)
        return Sense(lemma=lemma(verb), category="COERCE", mode="arrest", confidence=0.6, pos="verb") if by_enforcer and someone else None

    def _named_as_a_wrong(self, verb: Token) -> Sense | None:
        """"Called the president a coward", "termed the raid a crime": a party or a deed named by a word of blame."""
        # the name's own head and the words describing it ("a coward", "an Israeli crime", "hasty and unfounded"), not
        # what a phrase in it is about ("a key step in the fight against terrorism", "a murder mystery")
        heads = [h for c in verb.children if c.dep_ == "oprd" for h in (c, *c.conjuncts)]
        named = heads + [a for h in heads for a in h.children if a.dep_ in {"amod", "acomp"}]
        if any(lemma(t) in self.lexicon.invective_words | self.lexicon.slurs for t in named) \
                and any(c.dep_ == "dobj" for c in verb.children):
            return Sense(lemma=lemma(verb), category="ACCUSE", mode="disapprove", confidence=0.6, pos="verb")
        return None

    def _handed_over(self, verb: Token) -> Sense | None:
        """"presented the cheque to the agency", "paid three million shekels to Acre", "handed over 40 wheelchairs to
        the centre": a verb of handing over whose own senses say nothing of its object is material aid when what it
        hands over is goods or money by name and it names whom they go to."""
        if verb_lemma(verb) not in self.lexicon.handing_verbs:
            return None
        if not any(self._goods(c) for c in verb.children if c.dep_ == "dobj"):
            return None
        given_to = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN"}] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}]
        if not given_to:
            return None
        return Sense(lemma=verb_lemma(verb), category="AID", confidence=0.6, pos="verb")

    def _relief_work(self, token: Token) -> Sense | None:
        """"KPA soldiers rehabilitated the roads the floods had washed away", "servicepersons are hastening the
        reconstruction of houses destroyed by the typhoon": forces rebuilding in a story of a disaster do relief work,
        the guide's AID."""
        lexicon = self.lexicon
        if token.pos_ == "VERB" and verb_lemma(token) in lexicon.relief_verbs:
            doer, rebuilt = token, [c for c in token.children if c.dep_ == "dobj"]
        elif token.pos_ == "NOUN" and lemma(token) in lexicon.relief_nouns and token.dep_ == "dobj":
            doer, rebuilt = token.head, [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        else:
            return None
        things = [t for o in rebuilt for t in [o, *o.conjuncts]]
        things += [c for t in things for c in t.children if c.dep_ == "compound"]  # "the railway area", "the road network"
        if not any(lemma(t) in lexicon.relief_objects for t in things):
            return None  # "cleared the militants from the village", "repaired relations": no damage rebuilt
        # "succeeded in rehabilitating …", "went on rebuilding …": the doer of the verb the work hangs from
        while doer.dep_ in {"conj", "xcomp", "pcomp", "prep"} and doer.head.i != doer.i and not any(c.dep_ == "nsubj" for c in doer.children):
            doer = doer.head
        subjects = [c for c in doer.children if c.dep_ == "nsubj"]
        workers = [t for s in subjects for t in [s, *(c for c in s.children if c.dep_ in {"compound", "amod"})]
                   if lemma(t) in lexicon.relief_workers or t.lower_ in lexicon.relief_workers]
        # the disaster may be named anywhere in the story: its lead tells the floods, later sentences the work
        if not workers or not any(lemma(t) in lexicon.disaster_words for t in token.doc):
            return None
        return Sense(lemma=lemma(token), category="AID", confidence=0.6, pos="verb" if token.pos_ == "VERB" else "noun")

    def _goods(self, thing: Token) -> bool:
        """Goods or money by the word that names them ("wheelchairs", "5,000 tons of wheat", "a cheque", "3.8 million
        shekels"), not by a word describing something else ("the detained oil tanker") nor by a count alone ("nine
        questionnaires")."""
        named = [thing] + [o for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        return thing.ent_type_ == "MONEY" or any(lemma(t) in self.lexicon.material_words for t in named)

    def classify(self, token: Token) -> Sense | None:
        if token.pos_ in {"VERB", "AUX"}:
            if token.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "oprd" or c.lower_ == "what" for c in token.children):
                # naming, not acting: "what it called a strike drone" — unless the name is a slur ("called the
                # president a coward", "called the raid a crime")
                return self._named_as_a_wrong(token)
            senses = self.lexicon.verbs.get(verb_lemma(token)) or self.lexicon.verbs.get(lemma(token), ())
            if senses:
                particles, preps = _particles(token, self.lexicon.time_words), _prep_objects(token)
                objects = _objects(token, self.lexicon.host_bodies)
                sense = next((s for s in senses if _matches(s, particles, objects, preps) and _modified(token, s.needs_modifier)), None)
                if sense is not None and not (NECESSITY_OBJECT in sense.objects and _told_by_a_thing(token)):
                    return sense
            return self._handed_over(token) or self._relief_work(token) or self._directed(token) or self._stopped(token)
        elif token.pos_ in {"NOUN", "PROPN"}:
            if token.dep_ in {"compound", "amod"} and token.head.pos_ in {"NOUN", "PROPN"} or civic_drive(token):
                return None  # a modifier names a kind, not an event: "fighting spirit", "protest songs"; "a vaccination drive"
            senses = self.lexicon.noun_senses(token) or self.lexicon.nouns.get(token.lower_, ())  # else by its form in the text
            return next((s for s in senses if _modified(token, s.needs_modifier)
                         and (not s.needs_content or self._says_something(token)) and _phrased(token, s)), None) \
                or self._relief_work(token)
        return None
