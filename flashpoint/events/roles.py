"""A learned choice of an event's parties where the rules name none.

The rules find an event's doer and target through the parse (subject, object, "against X", a speaker, a host);
where they find no coded one, the party is often still in the sentence or is the country the story is about
("the group demanded that the authorities step down" in a story about one country). For each such event every
country or body coded in its sentence, and the story's own countries (the one it is mostly about, the one it was
filed from), is a candidate; a logistic regression over how the candidate stands to the trigger (the parse path,
distance, side, what the rules gave the other role) gives the probability that it is the actor, or the
recipient, as the annotation guide would code it. The most likely candidate is added when that probability is at
least the model card's threshold. Trained by `make train` (training/train_roles.py) on the training documents
coded by fold models that never saw them; inference needs only numpy.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
from spacy.tokens import Doc, Span, Token

from ..actors.resolve import Mention
from ..records import Actor, Event
from .extract import phrase_proper, suffers
from .learned import _sentence, checked_bytes, packaged_card
from .participants import FOREIGN_WORDS, LOCATION_PREPS, TITLE_HEADS, Participants

# acts between distinct parties: a meeting, agreement, cooperation or praise of a party with itself is none (the
# guide codes meetings inside one government not at all), nor is a threat ("warned that Tehran would respond": the
# speaker's own country in its threat's words).
DISTINCT_SIDES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "THREATEN"})
# acts aimed at another party: the same country on both sides needs its own words in the sentence
AIMED_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT"})
# a place struck does not name who struck it ("Kharkiv was shelled")
NOT_ITS_OWN_DOER = frozenset({"ASSAULT"})
# acts whose target may be named by where they struck ("strikes on hideouts inside Afghanistan")
PLACE_TARGETS = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})
MODEL_FILE = "role_model.npz"
CARD_FILE = "role_model.json"
ROLES = ("actor", "recipient")
VERSION = "roles.v1"


@dataclass(frozen=True)
class Story:
    """What the candidates come from: the document's coded mentions in order, and its own countries."""

    doc: Doc
    mentions: tuple[Mention, ...]
    dominant: str | None
    home: str | None
    dateline: str | None

    def in_span(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start < end]


def story_of(participants: Participants) -> Story:
    """The extractor's view of the document (its mentions after the story's own placements)."""
    coded = tuple(m for m in participants.mentions if m.code)
    return Story(participants.doc, coded, participants.dominant, participants.home, participants.dateline)


def side(event: Event, role: str) -> list[Actor]:
    return list(event.actor if role == "actor" else event.recipient)


def other_side(event: Event, role: str) -> list[Actor]:
    return side(event, "recipient" if role == "actor" else "actor")


def codes(parties: list[Actor]) -> set[str]:
    return {p.code for p in parties if p.code}


def relation(trigger: Token, head: Token) -> str:
    """How a party's words stand to the trigger in the parse: its own subject or object, the object of one of its
    prepositions, the subject of a governing verb, inside its phrase, or elsewhere."""
    if head.head.i == trigger.i and head.i != trigger.i:
        return "child:" + head.dep_
    if head.head.dep_ in {"prep", "agent"} and head.head.head.i == trigger.i:
        return "prep:" + head.head.lower_
    if head.head.dep_ in {"prep", "agent"} and head.head.head.head.i == trigger.i:
        return "prep2:" + head.head.lower_
    governors = list(trigger.ancestors)
    if head.dep_ in {"nsubj", "nsubjpass"} and head.head in governors:
        return "anc_subj" + str(min(governors.index(head.head), 2))
    if head.dep_ in {"dobj", "dative"} and head.head in governors:
        return "anc_obj"
    if trigger in head.ancestors:
        return "desc"
    if head in governors:
        return "anc"
    return "other"


def candidates(sentence: Span, event: Event, story: Story) -> dict[str, list[Mention]]:
    """Every code the sentence names, the story's own countries and the codes the rules gave: code → its mentions
    in the sentence (none for a story country the sentence does not name)."""
    found: dict[str, list[Mention]] = {}
    for mention in story.in_span(sentence.start, sentence.end):
        if not leaning(story.doc, mention) and not (where_it_happened(story.doc, mention) and event.event_type not in PLACE_TARGETS):
            found.setdefault(str(mention.code), []).append(mention)
    for code in (story.dominant, story.home, *event.actor_codes, *event.recipient_codes):
        if code:
            found.setdefault(code, [])
    return found


def leaning(doc: Doc, mention: Mention) -> bool:
    """"a pro-Palestinian rally", "anti-American slogans": a stance toward a country, not a party of it."""
    return mention.start >= 2 and doc[mention.start - 1].text == "-" and doc[mention.start - 2].lower_ in {"pro", "anti"}


def where_it_happened(doc: Doc, mention: Mention) -> bool:
    """"a court in Seoul sentenced …", "talks held in Geneva": a city or region named after a preposition of location,
    where the act happened, not whom it reached — except for acts of force, moves and arrests, where the place is
    often what was struck or whose people were seized."""
    head = doc[mention.start : mention.end].root
    return mention.entry.kind in {"capital", "place"} and head.dep_ == "pobj" and head.head.lower_ in LOCATION_PREPS


def features(trigger: Token, event: Event, code: str, mentions: list[Mention], role: str, story: Story,
             n_candidates: int, named_before: bool) -> list[str]:
    """Named features of one candidate code for one role, among `n_candidates`; `named_before`: whether the previous
    sentence names the code."""
    mine, other = codes(side(event, role)), codes(other_side(event, role))
    rel, distance, before, sector, via = "absent", 9, None, None, None
    if mentions:
        nearest = min(mentions, key=lambda m: abs(m.start - trigger.i))
        rel = relation(trigger, story.doc[nearest.start : nearest.end].root)
        distance, before = min(abs(nearest.start - trigger.i) // 3, 8), nearest.start < trigger.i
        sector, via = nearest.sector, nearest.via
    kind = event.event_type
    return [
        f"role_t={role}|{kind}", f"rel={role}|{rel}", f"rel_t={role}|{rel}|{kind}",
        f"rule_same={role}|{code in mine}", f"rule_other={role}|{code in other}", f"rule_empty={role}|{not mine}",
        f"rs_ro={role}|{code in mine}|{code in other}|{not mine}",
        f"dom={role}|{code == story.dominant}", f"home={role}|{code == story.home}", f"dl={role}|{code == story.dateline}",
        f"dist={role}|{distance}", f"before={role}|{before}", f"sector={role}|{sector}", f"via={role}|{via}",
        f"n={role}|{min(len(mentions), 3)}", f"ncand={role}|{min(n_candidates, 5)}", f"prev={role}|{named_before}",
        f"igo={role}|{code in ('IGO', 'NGO')}", f"src={role}|{event.produced_by.split(':')[0]}",
        f"mod={role}|{event.modality}", f"attr={role}|{event.attribution is not None}",
    ]


def candidate_features(trigger: Token, event: Event, story: Story,
                       roles: tuple[str, ...] = ROLES) -> list[tuple[str, list[Mention], str, list[str]]]:
    """(code, its own mentions in the sentence, role, features) for every candidate and role; a mention inside the
    words of the other side's party ("Japan" in "Japan's prime minister") is that party's, not one of its own."""
    sentence = _sentence(trigger)
    found = candidates(sentence, event, story)
    before = _sentence(story.doc[sentence.start - 1]) if sentence.start > 0 else None
    in_before = {str(m.code) for m in story.in_span(before.start, before.end)} if before is not None else set()
    out = []
    for role in roles:
        taken = owned_words(story.doc, other_side(event, role))
        for code, mentions in found.items():
            own = [m for m in mentions if not inside(story.doc[m.start : m.end], taken)]
            out.append((code, own, role, features(trigger, event, code, own, role, story, len(found), code in in_before)))
    return out


def owned_words(doc: Doc, parties: list[Actor]) -> list[tuple[int, int, frozenset[int]]]:
    """Per party: its characters and the tokens of the phrase its head governs (the possessor of "Iran's
    Revolutionary Guards", whose text is "Revolutionary Guards")."""
    out = []
    for party in parties:
        span = doc.char_span(party.start, party.end, alignment_mode="expand")
        out.append((party.start, party.end, frozenset(t.i for t in phrase_proper(span.root)) if span is not None else frozenset()))
    return out


def inside(words: Span, owned: list[tuple[int, int, frozenset[int]]]) -> bool:
    """Whether the words belong to one of the parties of `owned_words`."""
    return any(start <= words.start_char and words.end_char <= end or words.root.i in phrase for start, end, phrase in owned)


@dataclass(frozen=True)
class RoleModel:
    vocabulary: dict[str, int]
    weights: np.ndarray  # (features, roles)
    bias: np.ndarray  # (roles,)
    threshold: float

    def probability(self, names: list[str], role: str) -> float:
        column = ROLES.index(role)
        score = float(self.bias[column]) + sum(float(self.weights[self.vocabulary[n], column]) for n in names if n in self.vocabulary)
        return 1.0 / (1.0 + np.exp(-score))


@lru_cache(maxsize=1)
def role_card() -> dict[str, Any]:
    return packaged_card(CARD_FILE)


@lru_cache(maxsize=1)
def load_role_model() -> RoleModel | None:
    """The shipped model, checked against the SHA-256 in its card; None before `make train` has written one."""
    path = resources.files("flashpoint.events").joinpath("data", MODEL_FILE)
    if not path.is_file():
        return None
    card = role_card()
    raw = checked_bytes(MODEL_FILE, CARD_FILE, card)
    with np.load(io.BytesIO(raw), allow_pickle=False) as data:
        names = [str(n) for n in data["features"]]
        return RoleModel({n: i for i, n in enumerate(names)}, data["weights"].astype(np.float32),
                         data["bias"].astype(np.float32), float(card["threshold"]))


def evidence(code: str, mentions: list[Mention], trigger: Token, story: Story, taken: list[Actor]) -> Actor | None:
    """The words that name the chosen party: its own mention nearest the trigger in the sentence, else the story's
    last mention of it before the trigger (or its first after); never the other side's words (`taken`), so a party
    named only by them is not added ("Iran's Revolutionary Guards seized a tanker" is not a seizure of Iran)."""
    if not mentions:
        owned = owned_words(story.doc, taken)
        elsewhere = [m for m in story.mentions if m.code == code and not inside(story.doc[m.start : m.end], owned)]
        mentions = [m for m in elsewhere if m.start < trigger.i][-1:] or elsewhere[:1]
    if not mentions:
        return None
    return min(mentions, key=lambda m: abs(m.start - trigger.i)).actor(story.doc)


def placed(parties: list[Actor], chosen: Actor) -> list[Actor]:
    """The role's parties with the chosen one: an uncoded party the rules found ("the alliance") keeps its own words
    and takes the chosen code; with none, the chosen party's words are added."""
    if parties:
        return [parties[0].model_copy(update={"code": chosen.code, "name": chosen.name}), *parties[1:]]
    return [chosen]


def allowed(event: Event, code: str, role: str, own: list[Mention]) -> bool:
    """Whether the code may take the role beside the parties the rules gave the other one: not a side of a mutual act
    with several sides (the guide: all sides are actors, none the recipient), not both sides of an act between
    distinct parties or of a threat, not the doer of an attack on itself, and on both sides of a charge, demand or
    refusal only with words of its own in the sentence (opposition against government, not "Tokyo condemned the
    launch" against Tokyo)."""
    other = codes(other_side(event, role))
    if code not in other:
        return True
    barred = DISTINCT_SIDES | (NOT_ITS_OWN_DOER if role == "actor" else frozenset())
    if len(other) > 1 or event.event_type in barred:
        return False
    return bool(own) or event.event_type not in AIMED_ACTS


def wronged_only(event: Event, trigger: Token, role: str, mentions: list[Mention]) -> bool:
    """Whether a charge's words name a party only as what the judged act is aimed at or harms ("the drills are a
    threat to Cuba's sovereignty"): the one wronged, never the one accused."""
    if role != "recipient" or event.event_type != "ACCUSE":
        return False
    doc = trigger.doc
    inside = [m for m in mentions if trigger.is_ancestor(doc[m.start])]
    return bool(inside) and all(suffers(doc[m.start], trigger) for m in inside)


# a side's words that say it is not the story's own party ("foreign newspapers"), not an office ("the foreign minister")
FOREIGN = re.compile(rf"\b({'|'.join(sorted(FOREIGN_WORDS))})\b(?!\s+({'|'.join(sorted(TITLE_HEADS))})\b)", re.I)


def fill_roles(event: Event, trigger: Token, story: Story, model: RoleModel) -> Event:
    """The event with its most likely actor, and recipient, added where the rules coded none and the model gives
    that party at least its threshold; `produced_by` names the model when it added one."""
    # "foreign newspapers", "overseas friends" (not "the foreign minister"): words that say the party is not the
    # story's own, which is whom the model would most likely give
    empty = tuple(role for role in ROLES if not codes(side(event, role)) and not any(FOREIGN.search(a.text) for a in side(event, role)))
    if not empty:
        return event
    scored = candidate_features(trigger, event, story, empty)
    update: dict[str, Any] = {}
    for role in empty:
        best = max(((model.probability(names, r), code, mentions) for code, mentions, r, names in scored
                    if r == role and allowed(event, code, role, mentions) and not wronged_only(event, trigger, role, mentions)),
                   key=lambda x: x[0], default=None)
        if best is not None and best[0] >= model.threshold:
            _, code, mentions = best
            chosen = evidence(code, mentions, trigger, story, other_side(event, role))
            if chosen is not None:
                update[role] = placed(side(event, role), chosen)
    if not update:
        return event
    return event.model_copy(update={**update, "produced_by": f"{event.produced_by}+{VERSION}:" + ",".join(sorted(update))})
