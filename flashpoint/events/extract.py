"""Candidate events from a parsed Doc: predicate → PLOVER sense, actors from the parse.

Subjects (or passive by-agents) give actors, objects and prepositional objects give recipients; compound
actors come back as lists. Pronouns and "the country"/"the regime"/"state media" resolve within the
sentence ("X said it would ..."), the paragraph, or to the text's dominant country, and carry lower confidence.

Beyond the trigger itself:
  - announced intentions ("will/plans to/is ready to X") add AGREE (cooperative X), THREATEN (conflictual X)
    or REJECT ("will not X"); "Y said X must Z" adds REQUEST Y -> X; "Y claimed X attacked Y" adds ACCUSE Y -> X;
  - recipients come from the complement clause when the verb names none ("threatened to impose curbs on X",
    "demanded that X ...", "threatened to strike unless X ..."), from the owner of a rejected/welcomed proposal,
    from where protests, crackdowns, concessions and attacks happen, else (PLOVER convention) the actor's own
    country for domestic protests, coercion, concessions, accusations, refusals and threats.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..actors.knowledge import KnowledgeBase
from ..actors.resolve import GROUP_PRONOUNS, PERSON_PRONOUNS, Mention, dominant_country, mention_index, sector_of
from ..records import Actor
from ..attribution import CUES as REPORTING_CUES
from ..attribution import frame_verb
from ..modality import intent
from .lexicon import RuleTyper, Sense, Typer, lemma
from .ontology import load as load_ontology

COLLECTIVE_NOUNS = {"group", "member", "majority", "number", "part", "section", "coalition", "wing", "faction", "hundreds",
                    "thousands", "dozens", "scores", "millions", "one", "some", "most", "many", "all", "none", "body"}
CALLING_VERBS = {"call", "plan", "prepare", "vow", "pledge", "promise", "propose", "order", "intend", "decide", "announce"}
ALLEGING_VERBS = {"claim", "allege", "charge", "insist", "contend", "assert"}
BASED_WORDS = {"based", "headquartered", "stationed", "located"}
AFFILIATION_WORDS = {"affiliated", "loyal", "linked", "allied", "belonging", "close", "attached", "tied", "connected"}
STATIVE_PASSIVES = {"oppose", "commit", "engage", "involve", "prepare", "determine", "dedicate", "resolve"}
VERBAL_CONFLICT = {"ACCUSE", "REJECT", "THREATEN"}
PEOPLE_NOUNS = {"person", "people", "civilian", "protester", "demonstrator", "student", "man", "woman", "child", "villager",
                "resident", "worker", "youth", "prisoner", "inmate", "journalist", "activist", "worshipper", "passenger"}
LOCATION_PREPS = {"in", "at", "across", "throughout", "inside", "near", "outside"}
NESTED_PREPS = {"against", "to", "toward", "towards", "with"}
OWN_POSSESSIVES = {"its", "their", "his", "her", "our", "my"}
PROPOSAL_CATEGORIES = {"REJECT", "SUPPORT", "AGREE"}
PLACE_NOUNS = {"city", "town", "village", "region", "province", "area", "capital", "district", "state", "country", "part"}
LOCATED_CATEGORIES = {"MOBILIZE", "ASSAULT"}
DOMESTIC_CATEGORIES = {"PROTEST", "COERCE", "CONCEDE"}
OBLIGATION_AUX = {"must", "should"}
INTENT_SKIP = {"AGREE", "THREATEN", "REJECT", "REQUEST", "ACCUSE"}

SUBJECT_DEPS = {"nsubj", "csubj"}
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod", "nummod"}
RECIPIENT_PREPS = {"against", "with", "on", "to", "toward", "towards", "at", "into", "upon", "from", "over", "for", "between"}
INHERIT_SUBJECT_DEPS = {"xcomp", "conj", "advcl", "pcomp", "acomp", "prep"}
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
        self.paragraph_starts = [0] + [m.end() for m in re.finditer("\n\n", doc.text)]
        self.last_person: Actor | None = None
        self.last_group: list[Actor] = []
        self.last_paragraph = -1
        self.used_reference = False
        self.resolving: set[int] = set()
        self.event_actors: dict[str, list[Actor]] = {}
        self.conjunct = False
        self.pending_extra: list[Actor] = []

    # ---------- actors -----------------------------------------------------------------------------
    def paragraph_of(self, token: Token) -> int:
        return bisect_right(self.paragraph_starts, token.idx)

    def np_actors(self, head: Token) -> list[Actor]:
        found: list[Actor] = []
        outer = self.conjunct
        for position, token in enumerate([head, *head.conjuncts]):
            self.pending_extra = []
            self.conjunct = outer or position > 0
            actor = self.np_actor(token)
            self.conjunct = outer
            if actor is not None and all(actor.start != a.start for a in found):
                found.append(actor)
                found += [a for a in self.pending_extra if all(a.code != f.code for f in found)]
                self.pending_extra = []
                if actor.start < token.idx:  # from a modifier: "the US and South Korean armies"
                    for child in token.children:
                        if child.dep_ in MODIFIER_DEPS and child.i in self.index:
                            for conj in child.conjuncts:
                                mention = self.index.get(conj.i)
                                if mention is not None and mention.code and all(mention.code != a.code for a in found):
                                    found.append(mention.actor(self.doc, sector=actor.sector))
        return found

    def np_actor(self, head: Token) -> Actor | None:
        mention = self.index.get(head.i)
        if mention is not None:
            if self.ethnic(head):
                place = self.residence(head)
                if place is None and head.dep_ == "nsubj":
                    place = self.location_of(head.head)
                if place is not None:
                    return place
            return mention.actor(self.doc)
        if head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self.reference(head)
        sector = sector_of(head, self.kb)
        modified = self.modifier_actor(head, sector)
        if modified is not None:
            if self.ethnic(head):
                # ethnic groups are coded by where they live: "ethnic Albanians in south Serbia"
                place = self.residence(head)
                if place is not None:
                    return place.model_copy(update={"sector": sector})
            return modified
        group = bool(sector) or head.tag_ in {"NNS", "NNPS", "CD"} or head.lower_ in COLLECTIVE_NOUNS
        if group or head.pos_ == "PROPN":
            for child in head.children:
                if child.dep_ == "prep" and (child.lower_ == "of" or (group and child.lower_ in {"from", "in", "within"})):
                    for obj in child.children:
                        if obj.dep_ == "pobj" and obj.lower_ not in PLACE_NOUNS and (owners := self.np_actors(obj)):
                            span = self.doc[head.left_edge.i : obj.right_edge.i + 1]
                            self.pending_extra = owners[1:]
                            return owners[0].model_copy(
                                update={"sector": sector or owners[0].sector, "text": span.text, "start": span.start_char, "end": span.end_char}
                            )
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i:
                if (person := self.index.get(child.i)) is not None:
                    return person.actor(self.doc)
                if child.pos_ in {"NOUN", "PROPN"} and (described := self.modifier_actor(child, sector_of(child, self.kb))) is not None:
                    return described
        return self.deictic_actor(head, sector) or self.titled_person(head) or self.event_anaphor(head)

    def event_anaphor(self, head: Token) -> Actor | None:
        """"the exercises made threats": the participants of the last event named by the same noun."""
        if head.dep_ not in {"nsubj", "nsubjpass"} or not any(
            c.dep_ == "det" and c.lower_ in {"the", "these", "those", "this", "such"} for c in head.children
        ):
            return None
        earlier = self.event_actors.get(head.lemma_.lower())
        if not earlier:
            return None
        self.used_reference = True
        self.pending_extra = earlier[1:]
        return earlier[0]

    @staticmethod
    def opposed(modifier: Token) -> bool:
        """"anti-Syria journalist", "pro-Russian separatists" say nothing about who the person is."""
        doc = modifier.doc
        left = doc[modifier.left_edge.i]
        if left.lower_ in {"anti", "pro", "anti-", "pro-"}:
            return True
        return modifier.i >= 2 and doc[modifier.i - 1].text == "-" and doc[modifier.i - 2].lower_ in {"anti", "pro"}

    @staticmethod
    def ethnic(head: Token) -> bool:
        return any(c.lower_ == "ethnic" for c in head.children) or any(
            g.lower_ == "ethnic" for c in head.children if c.dep_ in {"amod", "compound"} for g in c.children
        ) or (head.i > 0 and head.doc[head.i - 1].lower_ == "ethnic")

    def residence(self, head: Token) -> Actor | None:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "inside", "within"}:
                return next((a for o in child.children if o.dep_ == "pobj" and (a := self.place_actor(o)) is not None), None)
            if child.dep_ == "acl":
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"in", "inside", "within"}:
                        return next((a for o in prep.children if o.dep_ == "pobj" and (a := self.place_actor(o)) is not None), None)
        return None

    def targeted_only(self, head: Token, code: str) -> bool:
        """Whether the text names `code` only as the object of this person's own act ("X called for sanctions
        against Nigeria"): then it says nothing about whom X represents."""
        mentions = [m for m in self.mentions if m.code == code]
        sentence = head.sent
        if any(not (sentence.start <= m.start < sentence.end) for m in mentions):
            return False
        verb = head.head
        if head.dep_ != "nsubj":
            return False
        objects = [c for c in verb.children if c.dep_ in {"dobj", "dative", "prep"} and c.i != head.i]
        return all(any(o.left_edge.i <= m.start <= o.right_edge.i for o in objects) for m in mentions)

    def titled_person(self, head: Token) -> Actor | None:
        """A named person with a title the knowledge base does not know ("President X Y"): the text's main country."""
        if self.dominant is None or head.pos_ != "PROPN" or head.ent_type_ not in {"PERSON", "ORG", ""}:
            return None
        titles = [c for c in head.children if c.dep_ == "compound" and c.lower_ in self.kb.titles]
        titles += [g for c in head.children if c.dep_ == "compound" for g in c.children if g.dep_ == "compound" and g.lower_ in self.kb.titles]
        if not titles and not (head.i > 0 and self.doc[head.left_edge.i].lower_ in self.kb.titles):
            return None
        self.used_reference = True
        span = self.doc[head.left_edge.i : head.i + 1]
        return Actor(text=span.text, code=self.dominant, sector=self.kb.titles.get(titles[0].lower_) if titles else None,
                     name=self.kb.country_name(self.dominant), start=span.start_char, end=span.end_char)

    def modifier_actor(self, head: Token, sector: str | None) -> Actor | None:
        for child in head.children:
            if child.dep_ not in MODIFIER_DEPS or self.opposed(child):
                continue
            if sector and child.dep_ == "poss" and child.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
                # "its troops", "his government": the owner's code with the noun's sector
                owner = self.reference(child)
                if owner is not None:
                    span = self.doc[child.i : head.i + 1]
                    return owner.model_copy(update={"sector": sector, "text": span.text, "start": span.start_char, "end": span.end_char})
            mention = self.index.get(child.i) or next(
                (self.index[g.i] for g in child.children if g.dep_ in MODIFIER_DEPS and g.i in self.index), None
            )
            if mention is not None:
                start = min(mention.start, child.left_edge.i)
                return mention.actor(self.doc, start=start, end=head.i + 1, sector=sector or mention.sector)
        for i in range(head.left_edge.i, head.i):
            mention = self.index.get(i)
            if mention is not None and self.doc[i].head.i != i and not self.opposed(self.doc[i]) and not any(a.dep_ in {"prep", "relcl", "acl", "appos"} for a in self.doc[i].ancestors if a.i > head.left_edge.i and a.i < head.i and a.head.i >= head.left_edge.i):
                return mention.actor(self.doc, start=head.left_edge.i, end=head.i + 1, sector=sector or mention.sector)
        for child in head.children:
            if child.dep_ == "acl" and child.lower_ in BASED_WORDS:
                # "a newspaper based in Beirut"
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}:
                        for obj in prep.children:
                            if obj.dep_ == "pobj" and (place := self.place_actor(obj)) is not None:
                                return place.model_copy(update={"sector": sector})
            if child.dep_ in {"acl", "amod"} and child.i > head.i and child.lower_ in AFFILIATION_WORDS:
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"with", "to"}:
                        for obj in prep.children:
                            if obj.dep_ == "pobj" and (owner := self.np_actor(obj)) is not None:
                                return owner.model_copy(update={"sector": sector or owner.sector})
        return None

    def deictic_actor(self, head: Token, sector: str | None) -> Actor | None:
        """'the country', 'the regime', 'state media': the text's dominant country, when it is safe to say."""
        if self.dominant is None or self.conjunct or not (sector or head.lower_ in REFERRING_NOUNS):
            return None
        determiners = {c.lower_ for c in head.children if c.dep_ in {"det", "poss", "compound", "amod"}}
        bare_group = (head.tag_ == "NNS" and sector is not None and not any(c.dep_ in {"det", "nummod"} for c in head.children)
                      and not (head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORTING_CUES))
        if not (determiners & (DEICTIC | {"state", "official"})) and not bare_group:
            return None
        if head.lower_ in {"north", "south"} and self.dominant not in {"PRK", "KOR"}:
            return None
        self.used_reference = True
        span = self.doc[head.left_edge.i : head.i + 1]
        return Actor(text=span.text, code=self.dominant, sector=sector, name=self.kb.country_name(self.dominant),
                     start=span.start_char, end=span.end_char)

    def reference(self, pronoun: Token) -> Actor | None:
        target = self.sentence_antecedent(pronoun)
        if target is None:
            target = self.last_person if pronoun.lower_ in PERSON_PRONOUNS else (self.last_group[0] if self.last_group else None)
            if target is not None and pronoun.lower_ in {"they", "them", "their"}:
                self.pending_extra = [a for a in self.last_group[1:] if a.code != target.code]
        if target is None:
            return None
        self.used_reference = True
        return Actor(text=pronoun.text, code=target.code, sector=target.sector, name=target.name,
                     start=pronoun.idx, end=pronoun.idx + len(pronoun.text))

    def sentence_antecedent(self, pronoun: Token) -> Actor | None:
        """"X said it/they/he would ...": the subject of a clause that governs the pronoun's clause."""
        if pronoun.i in self.resolving:
            return None
        self.resolving.add(pronoun.i)
        try:
            return self._sentence_antecedent(pronoun)
        finally:
            self.resolving.discard(pronoun.i)

    def _sentence_antecedent(self, pronoun: Token) -> Actor | None:
        node = pronoun.head
        person = pronoun.lower_ in PERSON_PRONOUNS
        for _ in range(6):
            if node.head.i == node.i:
                return None
            node = node.head
            for child in node.children:
                if child.dep_ in SUBJECT_DEPS | {"nsubjpass"} and child.i < pronoun.i and child.lower_ not in PERSON_PRONOUNS | GROUP_PRONOUNS:
                    mention = self.index.get(child.i)
                    if person and mention is not None and mention.entry.kind == "person":
                        return mention.actor(self.doc)
                    if child.left_edge.i <= pronoun.i <= child.right_edge.i:
                        continue
                    found = self.np_actors(child)
                    return found[0] if found else None
        return None

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
        charged = charged_party(verb)
        if charged is not None:
            return self.np_actors(charged)
        node = verb
        for _ in range(5):
            if node.i != verb.i and verb.dep_ == "conj":
                patients = [c for c in node.children if c.dep_ == "nsubjpass"]
                if patients:
                    return self.np_actors(patients[0])
            agents = [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in node.children) or node.tag_ == "VBN" and node.dep_ in {"acl", "relcl"}
            if agents and (passive or not any(c.dep_ in SUBJECT_DEPS for c in node.children)):
                return self.np_actors(agents[0])
            subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
            if subjects:
                subject = subjects[0]
                if subject.lower_ in {"who", "which", "that"} and node.dep_ == "relcl":
                    subject = node.head
                return self.np_actors(subject)
            if any(c.dep_ == "nsubjpass" for c in node.children):
                if node.lemma_.lower() in STATIVE_PASSIVES:
                    return self.np_actors(next(c for c in node.children if c.dep_ == "nsubjpass"))
                return []
            if node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ == "VBG"):
                return self.np_actors(node.head)
            if node.dep_ not in INHERIT_SUBJECT_DEPS or node.head.i == node.i:
                return []
            node = node.head
        return []

    def object_actors(self, token: Token, exclude: list[Actor]) -> list[Actor]:
        found: list[Actor] = []
        nested: list[Actor] = []  # "mobilized reservists for a possible war against Iraq": only when nothing closer
        for child in token.children:
            if child.dep_ in {"dobj", "dative", "nsubjpass", "attr"} and child.pos_ != "ADP":
                if any(g.dep_ == "poss" and g.lower_ in OWN_POSSESSIVES for g in child.children):
                    found += self.prep_actors(child)
                    continue
                found += self.np_actors(child) or self.prep_actors(child)
            elif child.dep_ in {"prep", "prt", "dative"} and child.lower_ in RECIPIENT_PREPS and not self.time_or_topic(child):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        direct = self.np_actors(obj)
                        found += direct
                        if not direct:
                            nested += [
                                a for g in obj.children if g.dep_ == "prep" and g.lower_ in NESTED_PREPS for o in g.children if o.dep_ == "pobj" for a in self.np_actors(o)
                            ]
        found = found or nested
        taken = {(a.start, a.end) for a in exclude}
        unique: list[Actor] = []
        for actor in found:
            overlaps = any(s <= actor.start < e or actor.start <= s < actor.end for s, e in taken)
            if not overlaps and all(actor.start != u.start for u in unique):
                unique.append(actor)
        return unique

    def calling_verb(self, noun: Token) -> Token | None:
        """"X called for the acceleration of war preparations", "X plans an offensive": X is the one to act."""
        node = noun
        for _ in range(5):
            if node.dep_ not in {"pobj", "prep", "dobj", "compound"} or node.head.i == node.i:
                return None
            node = node.head
            if node.pos_ in {"VERB", "AUX"}:
                if node.lemma_.lower() in CALLING_VERBS and not any(
                    c.dep_ in {"prep", "dative"} and c.lower_ in {"on", "upon"} for c in node.children
                ):
                    return node
                return None
        return None

    def condition_subject(self, verb: Token, actor: list[Actor]) -> list[Actor]:
        """"threatened to strike unless X withdraws": X is the one threatened."""
        for node in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
            for child in node.children:
                if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in {"unless", "if"} for g in child.children):
                    subjects = [g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"}]
                    found = [a for a in (self.np_actors(subjects[0]) if subjects else []) if all(a.code != b.code for b in actor)]
                    if found:
                        return found
        return []

    def proposal_owner(self, verb: Token, actor: list[Actor]) -> list[Actor]:
        """"rejected calls by X", "welcomed X's statement", "accepted X's plan": whose proposal it was."""
        taken = {a.code for a in actor}
        for child in verb.children:
            if child.dep_ == "dobj":
                owners = [a for a in self.noun_agent(child) if a.code not in taken]
                if owners:
                    return owners
        return []

    def complement_recipients(self, verb: Token, sense: Sense, actor: list[Actor], depth: int = 0) -> list[Actor]:
        """"threatened to impose curbs against X", "agreed to provide aid to X", "demanded that X end ...": the
        complement clause names who the act is aimed at."""
        if sense.category == "ACCUSE" and verb.dep_ == "pcomp" and any(c.lower_ == "what" for c in verb.children):
            governing = verb.head.head
            if governing.pos_ in {"VERB", "AUX"}:
                return [a for a in self.subject_actors(governing) if all(a.code != b.code for b in actor)]
        for child in verb.children:
            if child.dep_ == "dobj":
                found = [a for c in child.children if self.infinitival(c) for a in self.object_actors(c, actor)]
                if found:
                    return found
            if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"}:
                found = self.object_actors(child, actor)
                if not found and depth < 2:
                    found = self.complement_recipients(child, sense, actor, depth + 1)
                if found:
                    return found
            if child.dep_ == "ccomp" and (sense.category in {"REQUEST", "ACCUSE", "THREATEN"} or not any(
                c.dep_ == "dobj" for c in verb.children
            )):
                subjects = [g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"}]
                found = (self.np_actors(subjects[0]) or self.noun_agent(subjects[0])) if subjects else []  # "warned that any attack by X ..."
                taken = {a.code for a in actor}
                if found and not all(a.code in taken for a in found):
                    return found
        return []

    @staticmethod
    def infinitival(token: Token) -> bool:
        """"threats to occupy X", "commitment to provide Y to X"."""
        return token.dep_ == "acl" and token.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)

    @staticmethod
    def time_or_topic(prep: Token) -> bool:
        """"on Sunday", "for two years", "over the past month": time expressions name no recipient."""
        return any(obj.dep_ == "pobj" and obj.ent_type_ in {"DATE", "TIME"} for obj in prep.children)

    def prep_actors(self, noun: Token, patient_of: bool = False) -> list[Actor]:
        """Recipients from a noun's prepositions; with patient_of, "invasion of X" names X too."""
        preps = RECIPIENT_PREPS | {"of"} if patient_of else RECIPIENT_PREPS
        found = [
            a
            for child in noun.children
            if child.dep_ == "prep" and child.lower_ in preps and not self.time_or_topic(child)
            for obj in child.children
            if obj.dep_ == "pobj" and not any(g.dep_ == "poss" and g.lower_ in OWN_POSSESSIVES for g in obj.children)
            for a in self.np_actors(obj)
        ]
        if not found:
            # "the withdrawal of (its) forces from Panama", "a visit of ministers to Cairo"
            found = [
                a
                for child in noun.children
                if child.dep_ == "prep" and child.lower_ == "of"
                for obj in child.children
                if obj.dep_ == "pobj"
                for g in obj.children
                if g.dep_ == "prep" and g.lower_ in {"from", "to", "against", "into"}
                for o in g.children
                if o.dep_ == "pobj"
                for a in self.np_actors(o)
            ]
        return found

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
            recipient = self.object_actors(token, actor) or self.complement_recipients(token, sense, actor)
            if not recipient and sense.category in PROPOSAL_CATEGORIES:
                recipient = self.proposal_owner(token, actor)
            if sense.category == "THREATEN" and not recipient:
                recipient = self.condition_subject(token, actor)
            if not recipient and sense.category in {"AGREE", "THREATEN"}:
                # "threatened to impose a curfew in Algiers", "agreed to open a centre in Tokyo"
                recipient = [p for c in token.children if c.dep_ == "xcomp" and (p := self.location_of(c)) is not None][:1]
            if not recipient and token.dep_ == "advcl" and token.head.pos_ in {"VERB", "AUX"} and (
                token.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            ) and not any(c.dep_ in {"mark", "nsubj"} for c in token.children):
                # purpose or result clause: "sent experts to Bosnia to investigate ...", "shelled X, killing 50"
                head = token.head
                inherited = self.object_actors(head, actor) or [
                    a for c in head.children if c.dep_ == "dobj" for n in [c, *c.conjuncts] for a in self.prep_actors(n, True)
                ]
                recipient = [a for a in inherited if all(a.code != b.code for b in actor)]
            light = None
        else:
            if token.i in coded_objects:
                return None
            head = token.head
            first = token
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head  # "launched artillery, mortar and rocket fire"
            head = first.head
            light = head if first.dep_ in {"dobj", "attr"} and lemma(head) in light_verbs else None
            actor = self.subject_actors(light) if light is not None else self.noun_agent(token)
            if not actor and light is None and (governor := self.calling_verb(token)) is not None:
                actor = self.subject_actors(governor)
            patient_of = load_ontology()[sense.category].quad == 4
            recipient = self.prep_actors(token, patient_of) or (self.object_actors(light, actor) if light is not None else [])
            if not recipient:
                recipient = [a for c in token.children if self.infinitival(c) for a in self.object_actors(c, actor)]
            recipient = [r for r in recipient if all(r.start != a.start for a in actor)]
        if not actor and sense.category == "ASSAULT" and sense.pos == "verb":
            # unclaimed violence ("a roadside bomb killed three soldiers outside the Iraqi city of Basra"):
            # coded to the country where it happened
            place = self.location_of(token)
            victim = any(c.dep_ in {"dobj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"} for c in token.children)
            if place is not None and (recipient or victim):
                actor = [place.model_copy(update={"sector": None})]
                recipient = recipient or [place.model_copy(update={"sector": None})]
                self.used_reference = True
        if not actor:
            return None
        if sense.category == "CONSULT" and sense.mode == "phone" and recipient:
            # a phone call is one exchange between both parties: code them together
            actor = actor + [r for r in recipient if all(r.code != a.code for a in actor)]
            recipient = []
        if not recipient and sense.category in DOMESTIC_CATEGORIES:
            recipient = self.domestic_recipient(light or token, actor)
        elif not recipient and sense.category in VERBAL_CONFLICT and sense.pos == "verb" and not any(
            c.dep_ == "ccomp" for c in token.children
        ):
            # a demand, refusal, accusation or threat with no foreign party named is aimed at home
            first = actor[0]
            if first.code and len(first.code) == 3 and first.code not in {"IGO", "NGO"}:
                recipient = [first.model_copy(update={"sector": None})]
        elif not recipient and sense.category == "ASSAULT" and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in PEOPLE_NOUNS for c in token.children
        ):
            recipient = self.domestic_recipient(light or token, actor)
        elif not recipient and sense.category in LOCATED_CATEGORIES:
            place = self.location_of(light or token)
            recipient = [place] if place is not None and all(place.code != a.code for a in actor) else []
        return Candidate(token, sense, actor, recipient, self.used_reference, light, extra)

    def domestic_recipient(self, scope: Token, actor: list[Actor]) -> list[Actor]:
        """Protests, curfews, crackdowns and concessions with no named target are aimed at the country where they
        happen ("in <place>"), otherwise at the actor's own country."""
        place = self.location_of(scope)
        if place is not None:
            return [place]
        first = actor[0]
        if first.code and first.code not in {"IGO", "NGO"} and len(first.code) == 3:
            return [first.model_copy(update={"sector": None})]
        return []

    def location_of(self, scope: Token) -> Actor | None:
        heads = [scope, *(c for c in scope.children if c.dep_ in {"dobj", "agent"})]
        for head in heads:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in LOCATION_PREPS:
                    objects = [o for o in child.children if o.dep_ == "pobj"]
                    objects += [o for g in child.children if g.dep_ == "prep" and g.lower_ == "of" for o in g.children if o.dep_ == "pobj"]
                    for obj in objects:
                        place = self.place_actor(obj)
                        if place is not None:
                            return place
        return None

    def place_actor(self, obj: Token, depth: int = 0) -> Actor | None:
        mention = self.index.get(obj.i)
        if mention is not None:
            return mention.actor(self.doc) if mention.entry.kind in {"country", "capital", "adjective"} and mention.code else None
        found = [self.index[c.i] for c in obj.children if c.dep_ in {"compound", "amod", "poss"} and c.i in self.index]
        if found and found[0].code and found[0].entry.kind in {"country", "capital", "adjective"}:
            return found[0].actor(self.doc)
        if depth < 3:
            for child in obj.children:
                if child.dep_ in {"prep", "appos"} and child.lower_ in {"of", "in", "near", ","} | {child.lower_ if child.dep_ == "appos" else ""}:
                    targets = [child] if child.dep_ == "appos" else [g for g in child.children if g.dep_ == "pobj"]
                    for target in targets:
                        place = self.place_actor(target, depth + 1)
                        if place is not None:
                            return place
        return None

    def alleged(self, found: list[Candidate]) -> list[Candidate]:
        """"X claimed (that) Y attacked/threatened X": alleging a hostile act against oneself is an accusation."""
        extra: list[Candidate] = []
        framed: set[int] = set()
        for candidate in found:
            category = candidate.sense.category
            if category in {"ACCUSE", "REQUEST", "REJECT"} or load_ontology()[category].quad < 3:
                continue
            frame = frame_verb(candidate.light_verb or candidate.trigger)
            if frame is None or frame.i in framed or frame.lemma_.lower() not in ALLEGING_VERBS:
                continue
            sources = [a for a in self.subject_actors(frame) if a.code]
            accused = [a for a in candidate.actor if a.code]
            source_codes, accused_codes = {a.code for a in sources}, {a.code for a in accused}
            targets = {a.code for a in candidate.recipient}
            if sources and accused and source_codes & targets and not source_codes & accused_codes:
                framed.add(frame.i)
                sense = Sense(lemma=frame.lemma_.lower(), category="ACCUSE", mode="allege", confidence=0.6, pos="frame")
                extra.append(Candidate(frame, sense, sources, accused, candidate.resolved_by_reference))
        return extra

    def obligation_candidate(self, verb: Token) -> Candidate | None:
        """"X said/declared that Y must (should) do Z": X asks Y to act (REQUEST X -> Y)."""
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX), None)
        if modal is None or verb.dep_ != "ccomp" or verb.head.pos_ not in {"VERB", "AUX"}:
            return None
        if verb.head.lemma_.lower() in {"think", "believe", "feel", "know"} and modal.lower_ == "should":
            return None
        self.used_reference = False
        actor = self.subject_actors(verb.head)
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        recipient = self.np_actors(subjects[0]) if subjects else []
        if not actor or not recipient:
            return None
        sense = Sense(lemma="must", category="REQUEST", confidence=0.6, pos="modal")
        return Candidate(modal, sense, actor, recipient, self.used_reference, None, [verb])

    def intent_candidate(self, candidate: Candidate, scope: Token | None = None) -> Candidate | None:
        """An announced intention to act: cooperative acts become AGREE, conflictual ones THREATEN (refusals REJECT)."""
        category = candidate.sense.category
        if category in INTENT_SKIP:
            return None
        found = intent(scope or candidate.trigger)
        if found is None:
            return None
        kind, carrier = found
        if carrier.i != (scope or candidate.trigger).i:
            carried = self.typer.classify(carrier)
            if carried is not None and carried.category in INTENT_SKIP:
                return None
        quad = load_ontology()[category].quad
        if kind == "negated":
            if quad > 2:
                return None
            wrapped = "REJECT"
        elif quad == 4 and carrier.lemma_.lower() == "prepare" and carrier.pos_ == "VERB" and not any(
            c.dep_ in {"auxpass", "nsubjpass"} for c in carrier.children
        ):
            wrapped = "MOBILIZE"  # "the army prepared to resume shelling": readying force
        else:
            wrapped = "AGREE" if quad <= 2 else "THREATEN" if quad == 4 else None
        if wrapped is None:
            return None
        sense = Sense(lemma=carrier.lemma_.lower(), category=wrapped, mode=None, confidence=round(candidate.sense.confidence * 0.8, 3),
                      pos="intent")
        return Candidate(carrier, sense, candidate.actor, candidate.recipient, candidate.resolved_by_reference)

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
                if (wrapper := self.intent_candidate(candidate)) is not None:
                    found.append(wrapper)
                if candidate.sense.objects:
                    coded_objects.update(c.i for c in token.children if c.dep_ in {"dobj", "nsubjpass"})
            if (request := self.obligation_candidate(token)) is not None:
                found.append(request)
        for token in sentence:
            if token.pos_ in {"NOUN", "PROPN"} and (candidate := self.candidate(token, coded_objects, light_verbs)):
                found.append(candidate)
                if candidate.light_verb is not None and (wrapper := self.intent_candidate(candidate, candidate.light_verb)) is not None:
                    found.append(wrapper)
        found += self.alleged(found)
        for candidate in found:
            if candidate.trigger.pos_ in {"NOUN", "PROPN"} and not candidate.resolved_by_reference:
                self.event_actors[candidate.trigger.lemma_.lower()] = candidate.actor
        self.remember(sentence)
        return found



BLAME_PREPS = {"of", "for"}


def charged_party(verb: Token) -> Token | None:
    """"accused Israel of bombing", "praised Seoul for sending": the object of the judging verb did the act."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in BLAME_PREPS or prep.head.i == prep.i:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)
