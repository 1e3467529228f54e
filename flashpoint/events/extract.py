"""Candidate events from a parsed Doc: predicate → PLOVER sense, actors from the parse.

Subjects (or passive by-agents) give actors, objects and prepositional objects give recipients; compound
actors come back as lists. Pronouns and "the country"/"the regime"/"state media" resolve within a
paragraph or to the text's dominant country, and carry lower confidence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..actors.knowledge import KnowledgeBase
from ..actors.resolve import GROUP_PRONOUNS, PERSON_PRONOUNS, Mention, dominant_country, mention_index, sector_of
from ..records import Actor
from .lexicon import RuleTyper, Sense, Typer

SUBJECT_DEPS = {"nsubj", "csubj"}
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod", "nummod"}
RECIPIENT_PREPS = {"against", "with", "on", "to", "toward", "towards", "at", "into", "upon", "from", "over", "for"}
INHERIT_SUBJECT_DEPS = {"xcomp", "conj", "advcl", "pcomp"}
REFERRING_NOUNS = {"country", "nation", "regime", "state", "government", "leadership", "north", "south", "authorities"}
DEICTIC = {"the", "its", "this", "that", "their", "our"}


@dataclass
class Candidate:
    trigger: Token
    sense: Sense
    actor: list[Actor]
    recipient: list[Actor]
    resolved_by_reference: bool = False
    light_verb: Token | None = None
    extra_trigger_tokens: list[Token] = field(default_factory=list)

    @property
    def trigger_span(self) -> tuple[int, int]:
        tokens = [self.trigger, *self.extra_trigger_tokens]
        return min(t.i for t in tokens), max(t.i for t in tokens) + 1


class Extractor:
    def __init__(self, doc: Doc, mentions: list[Mention], kb: KnowledgeBase, typer: Typer | None = None) -> None:
        self.doc = doc
        self.kb = kb
        self.typer = typer or RuleTyper()
        self.index = mention_index(mentions)
        self.mentions = mentions
        self.dominant = dominant_country(mentions)
        self.paragraph_starts = [0] + [i + 2 for i in range(len(doc.text)) if doc.text.startswith("\n\n", i)]
        self.last_person: Actor | None = None
        self.last_group: list[Actor] = []
        self.last_paragraph = -1
        self.used_reference = False

    # ---------- actors -----------------------------------------------------------------------------
    def paragraph_of(self, token: Token) -> int:
        return bisect_right(self.paragraph_starts, token.idx)

    def np_actors(self, head: Token) -> list[Actor]:
        found: list[Actor] = []
        for token in [head, *head.conjuncts]:
            actor = self.np_actor(token)
            if actor is not None and all(actor.start != a.start for a in found):
                found.append(actor)
        return found

    def np_actor(self, head: Token) -> Actor | None:
        mention = self.index.get(head.i)
        if mention is not None:
            return mention.actor(self.doc)
        if head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self.reference(head)
        sector = sector_of(head, self.kb)
        modified = self.modifier_actor(head, sector)
        if modified is not None:
            return modified
        if sector:
            for child in head.children:
                if child.dep_ in {"prep"} and child.lower_ == "of":
                    for obj in child.children:
                        if obj.dep_ == "pobj" and (owner := self.np_actor(obj)) is not None:
                            span = self.doc[head.left_edge.i : obj.right_edge.i + 1]
                            return owner.model_copy(
                                update={"sector": sector, "text": span.text, "start": span.start_char, "end": span.end_char}
                            )
                if child.dep_ == "appos" and (person := self.index.get(child.i)) is not None:
                    return person.actor(self.doc)
        return self.deictic_actor(head, sector)

    def modifier_actor(self, head: Token, sector: str | None) -> Actor | None:
        for child in head.children:
            if child.dep_ not in MODIFIER_DEPS:
                continue
            mention = self.index.get(child.i) or next(
                (self.index[g.i] for g in child.children if g.dep_ in MODIFIER_DEPS and g.i in self.index), None
            )
            if mention is not None:
                start = min(mention.start, child.left_edge.i)
                return mention.actor(self.doc, start=start, end=head.i + 1, sector=sector or mention.sector)
        return None

    def deictic_actor(self, head: Token, sector: str | None) -> Actor | None:
        """'the country', 'the regime', 'state media': the text's dominant country, when it is safe to say."""
        if self.dominant is None or not (sector or head.lower_ in REFERRING_NOUNS):
            return None
        determiners = {c.lower_ for c in head.children if c.dep_ in {"det", "poss", "compound", "amod"}}
        if not (determiners & (DEICTIC | {"state", "official"})):
            return None
        if head.lower_ in {"north", "south"} and self.dominant not in {"PRK", "KOR"}:
            return None
        self.used_reference = True
        span = self.doc[head.left_edge.i : head.i + 1]
        return Actor(text=span.text, code=self.dominant, sector=sector, name=self.kb.country_name(self.dominant),
                     start=span.start_char, end=span.end_char)

    def reference(self, pronoun: Token) -> Actor | None:
        target = self.last_person if pronoun.lower_ in PERSON_PRONOUNS else (self.last_group[0] if self.last_group else None)
        if target is None:
            return None
        self.used_reference = True
        return Actor(text=pronoun.text, code=target.code, sector=target.sector, name=target.name,
                     start=pronoun.idx, end=pronoun.idx + len(pronoun.text))

    def remember(self, sentence: Span) -> None:
        """After a sentence: who later pronouns in the same paragraph may refer to."""
        for token in sentence:
            if token.dep_ in SUBJECT_DEPS | {"nsubjpass"} and token.lower_ not in PERSON_PRONOUNS | GROUP_PRONOUNS:
                mention = self.index.get(token.i)
                if mention is not None and mention.entry.kind == "person":
                    self.last_person = mention.actor(self.doc)
                elif actors := self.np_actors(token):
                    self.last_group = actors

    # ---------- predicates ---------------------------------------------------------------------------
    def subject_actors(self, verb: Token) -> list[Actor]:
        node = verb
        for _ in range(5):
            agents = [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents:
                return self.np_actors(agents[0])
            subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
            if subjects:
                subject = subjects[0]
                if subject.lower_ in {"who", "which", "that"} and node.dep_ == "relcl":
                    subject = node.head
                return self.np_actors(subject)
            if any(c.dep_ == "nsubjpass" for c in node.children):
                return []
            if node.dep_ == "relcl":
                return self.np_actors(node.head)
            if node.dep_ not in INHERIT_SUBJECT_DEPS or node.head.i == node.i:
                return []
            node = node.head
        return []

    def object_actors(self, token: Token, exclude: list[Actor]) -> list[Actor]:
        found: list[Actor] = []
        for child in token.children:
            if child.dep_ in {"dobj", "dative", "nsubjpass", "attr"}:
                found += self.np_actors(child) or self.prep_actors(child)
            elif child.dep_ in {"prep", "prt", "dative"} and child.lower_ in RECIPIENT_PREPS:
                found += [a for obj in child.children if obj.dep_ == "pobj" for a in self.np_actors(obj)]
        taken = {(a.start, a.end) for a in exclude}
        unique: list[Actor] = []
        for actor in found:
            overlaps = any(s <= actor.start < e or actor.start <= s < actor.end for s, e in taken)
            if not overlaps and all(actor.start != u.start for u in unique):
                unique.append(actor)
        return unique

    def prep_actors(self, noun: Token) -> list[Actor]:
        return [
            a
            for child in noun.children
            if child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS
            for obj in child.children
            if obj.dep_ == "pobj"
            for a in self.np_actors(obj)
        ]

    def noun_agent(self, noun: Token) -> list[Actor]:
        by = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        if by:
            return self.np_actors(by[0])
        modifier = self.modifier_actor(noun, None)
        if modifier is not None:
            return [modifier] + [a for c in noun.children if c.dep_ in MODIFIER_DEPS for g in c.conjuncts if (a := self.np_actor(g))]
        return []

    def candidate(self, token: Token, coded_objects: set[int], light_verbs: frozenset[str]) -> Candidate | None:
        sense = self.typer.classify(token)
        if sense is None or sense.category is None:
            return None
        self.used_reference = False
        extra = [c for c in token.children if c.dep_ in {"prt", "prep"} and c.lower_ == sense.particle]
        if sense.pos == "verb":
            actor = self.subject_actors(token)
            recipient = self.object_actors(token, actor)
            light = None
        else:
            if token.i in coded_objects:
                return None
            head = token.head
            light = head if token.dep_ in {"dobj", "attr"} and head.lemma_.lower() in light_verbs else None
            actor = self.subject_actors(light) if light is not None else self.noun_agent(token)
            recipient = self.prep_actors(token) or (self.object_actors(light, actor) if light is not None else [])
            recipient = [r for r in recipient if all(r.start != a.start for a in actor)]
        if not actor:
            return None
        return Candidate(token, sense, actor, recipient, self.used_reference, light, extra)

    def sentence_candidates(self, sentence: Span, light_verbs: frozenset[str]) -> list[Candidate]:
        if self.paragraph_of(sentence[0]) != self.last_paragraph:
            self.last_paragraph = self.paragraph_of(sentence[0])
            self.last_person, self.last_group = None, []
        found: list[Candidate] = []
        coded_objects: set[int] = set()
        for token in sentence:
            if token.pos_ not in {"VERB", "AUX"}:
                continue
            candidate = self.candidate(token, coded_objects, light_verbs)
            if candidate is not None:
                found.append(candidate)
                if candidate.sense.objects:
                    coded_objects.update(c.i for c in token.children if c.dep_ in {"dobj", "nsubjpass"})
        for token in sentence:
            if token.pos_ in {"NOUN", "PROPN"} and (candidate := self.candidate(token, coded_objects, light_verbs)):
                found.append(candidate)
        self.remember(sentence)
        return found

