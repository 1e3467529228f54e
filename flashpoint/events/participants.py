"""Who the participants of a predicate are: actors from noun phrases, pronouns and deictic nouns, in a parsed Doc.

Subjects (or passive by-agents) give actors; compound actors come back as lists. Pronouns and "the country" /
"the regime" / "state media" resolve within the sentence ("X said it would ..."), the paragraph, or to the
text's dominant country, and are marked as resolved by reference (lower confidence).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..actors.knowledge import Entry, KnowledgeBase
from ..actors.resolve import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    Mention,
    covered,
    dominant_country,
    mention_index,
    sector_of,
)
from ..attribution import CUES as REPORTING_CUES
from ..attribution import FIRST_PERSON, VOICED, frame_verb
from ..nlp import body_start, datelines
from ..modality import PREVENTING_VERBS
from ..records import Actor
from .lexicon import lemma
from .lexicon import RuleTyper
from .lexicon import load as load_lexicon
from .ontology import load as load_ontology

COLLECTIVE_NOUNS = {"group", "member", "majority", "number", "part", "section", "coalition", "wing", "faction", "hundreds",
                    "thousands", "dozens", "scores", "millions", "one", "some", "most", "many", "all", "none", "body"}
BASED_WORDS = {"based", "headquartered", "stationed", "located"}
AFFILIATION_WORDS = {"affiliated", "loyal", "linked", "allied", "belonging", "close", "attached", "tied", "connected"}
RELAYING_VERBS = {"quote", "cite", "read", "relay", "paraphrase"}  # a speaker passing on another's words
STATIVE_PASSIVES = {"oppose", "commit", "engage", "involve", "prepare", "determine", "dedicate", "resolve"}
LOCATION_PREPS = {"in", "at", "across", "throughout", "inside", "near", "outside"}
# people who speak or act for a body: "a spokesman for the committee" belongs to the committee
SPEAKING_FOR = {"spokesman", "spokeswoman", "spokesperson", "spokespersons", "spokesmen", "representative", "representatives",
                "envoy", "envoys", "negotiator", "negotiators", "delegate", "delegates", "adviser", "advisor"}
PLACING_KINDS = {"country", "capital", "place", "adjective"}  # knowledge-base entries that place a participant in a country
PLACE_NOUNS = {"city", "town", "village", "region", "province", "area", "capital", "district", "state", "country", "part"}
SUBJECT_DEPS = {"nsubj", "csubj"}
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod", "nummod"}
INHERIT_SUBJECT_DEPS = {"xcomp", "conj", "advcl", "pcomp", "acomp", "prep"}
REFERRING_NOUNS = {"country", "nation", "regime", "state", "government", "leadership", "north", "south", "authorities"}
# verbs whose object is the one who does what the infinitive says ("led Jakarta to threaten"); not "visited China to
# hold talks" or "promised Seoul to send aid", where the subject does it
OBJECT_CONTROL = {"lead", "force", "compel", "prompt", "cause", "push", "drive", "urge", "ask", "order", "allow", "enable",
                  "encourage", "invite", "persuade", "require", "get", "tell", "warn", "pressure", "pressurize",
                  "oblige", "instruct", "direct", "permit", "authorize", "authorise", "help", "inspire", "provoke"}
MONTHS = {"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
          "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"}
ASKING_NOUNS = {"demand", "call", "request", "invitation", "appeal", "order", "instruction", "plea", "ultimatum", "urging"}
FRIENDSHIP_BODIES = {"association", "society", "committee", "institute", "council", "federation", "league", "union",
                     "group", "club", "foundation", "centre", "center", "organization", "organisation", "forum", "chamber"}
KOREAN_HALVES = {"north": "PRK", "south": "KOR"}
# Pyongyang's words for Seoul's rulers and forces, in a text it writes ("the puppets", "the group of traitors")
# (the labels code a bare "warmongers" in a Pyongyang text as Seoul's 28 times in 36; the U.S. ones are named so)
SEOUL_EPITHETS = {"puppet", "puppets", "traitor", "traitors", "warmonger", "warmongers"}
DATELINE_KINDS = {"capital", "place", "country"}
REGION_KINDS = ("Prefecture", "Province", "State", "County")  # "Osaka Prefecture"; abbreviated regions end in "." ("Calif.")


RELATIVE_PRONOUNS = {"who", "which", "that"}


def relative(subject: Token, clause: Token) -> bool:
    """The subject of a relative clause is its pronoun ("the lawyer, who accused …"): the noun it hangs on is meant."""
    return subject.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl"


def unplaced_nationality(noun: Token) -> bool:
    """"the Korean people": a nationality the entity recogniser saw modifying the noun (asked once the knowledge
    base has failed to place the noun)."""
    return any(c.ent_type_ == "NORP" for c in noun.children if c.dep_ in {"amod", "compound"})


def unqualified(place: str) -> str:
    """A region's name without the word for its kind ("Osaka Prefecture" is Osaka)."""
    return place.rsplit(" ", 1)[0] if " " in place and place.endswith(REGION_KINDS) else place


def dated(words: str) -> bool:
    """Whether a dateline's part is its date ("Jun 23 2022", "July 18", "24 July 2022")."""
    return any(w.lower().rstrip(".") in MONTHS for w in words.split()) or words.replace(" ", "").isdigit()


SIDED_BODY_WORDS = {"Side", "Headquarters"}  # "the South Side Committee", "the North Headquarters of the Alliance"
# acts whose unnamed doer, done to a country's own people, is as often a side from abroad, when the story names
# one: an attack, a deployment, talks with a visitor, praise, aid, an invitation ("twelve people were killed" after
# "Russia launched missiles at Kyiv"); arrests, charges, penalties and orders at home are the home state's (an order
# to evacuate as foreign troops advance is the exception the document CV says is rarer: 0.003 type+actor F1)
FOREIGN_DOER_CATEGORIES = {"ASSAULT", "MOBILIZE", "CONSULT", "SUPPORT", "AID", "AGREE"}
# a state's forces, officials and police: stationed abroad they stay its own
STATE_SECTORS = {"MIL", "GOV", "COP"}
# its armed forces and police: attacked, it is by its enemies (an official shot at a rally may be shot by its own)
ARMED_SECTORS = {"MIL", "COP"}
WAR_WEAPON_WORDS = {"airstrike", "air", "drone", "missile", "rocket", "shell", "shelling", "bomb", "bombing", "artillery",
                    "mortar", "cannon", "warplane", "jet", "strike"}
DEICTIC = {"the", "its", "this", "that", "their", "our"}
DEFINITE = {"the", "this", "that", "these", "those", "such"}
# (not "claim" or "allege": in a statement they tell what the party it condemns says)
DEMANDING_VERBS = {"demand", "urge", "call", "appeal", "request", "insist", "press", "clamor", "clamour"}
# the verbs with which a statement's issuer itself asks ("It called upon …"); "pressed for" and "clamoured for" are
# how KCNA tells of what the parties it condemns demand
ASKING_VERBS = DEMANDING_VERBS - {"press", "clamor", "clamour"} | {"ask", "stress", "underline", "emphasize"}
SPEAKING_VERBS = {"say", "state", "declare", "tell", "write", "express", "warn", "observe", "note", "continue", "stress",
                  "add", "emphasize", "point"}
# verbs that issue a statement only with one as their object ("sent a letter", "made a speech", "the paper carries a
# commentary"; not "made a mockery")
ISSUING_VERBS = {"send", "issue", "release", "publish", "deliver", "address", "make", "carry", "run", "post", "adopt"}
# a speaking verb inside a subordinate phrase reports what the party the statement is about says ("while uttering
# it had no intention", "by claiming"): the statement's speaker stays the same
SUBORDINATE_DEPS = {"advcl", "pcomp", "acl", "relcl", "amod", "xcomp", "csubj"}
# participles of backing or supplying after a hyphen ("U.S.-backed", "Iranian-made")
BACKING_PARTICIPLES = {"backed", "made", "trained", "funded", "armed", "sponsored", "brokered", "built", "supplied"}
FORMER_WORDS = {"former", "ex", "late", "then"}
# words that only qualify a title ("the crown prince", "the prime minister", "the deputy foreign minister")
TITLE_WORDS = {"crown", "prime", "deputy", "vice", "foreign", "defence", "defense", "interior", "finance", "chief", "first", "acting"}
SPEAKING_PRONOUNS = {"we", "i", "you", "us"}  # subjects that stand for a speaker, not a pronoun to resolve
# occasions a story opens by placing ("a symposium took place in Lima"), and the verbs that hold them
OCCASION_NOUNS = {"seminar", "symposium", "meeting", "rally", "ceremony", "reception", "exhibition", "conference", "lecture",
                  "gathering", "forum", "festival", "debate", "workshop", "celebration", "function", "round-table"}
OCCASION_VERBS = {"take", "hold", "open", "organize", "organise", "stage", "convene"}
OCCASION_PEOPLE = {"speaker", "participant"}  # who speak at or attend an occasion, named by no one
ISSUING_NOUNS = {"statement", "message", "letter", "commentary", "article", "speaker", "participant", "meeting", "conference",
                 "spokesman", "spokesperson", "communique", "resolution", "declaration", "memorandum", "notice", "report", "editorial",
                 "bulletin", "release", "answer", "appeal"}
# what an issuing verb issues when its subject speaks: a statement, or a speech ("made a speech", "gave an answer")
ISSUED = ISSUING_NOUNS | {"speech", "address", "remark", "reply", "interview", "talk", "lecture", "warning", "protest"}


def objects_of(head: Token, prepositions: set[str]) -> Iterator[Token]:
    """The objects of a word's prepositions among these, in order: "based in Beirut" gives Beirut. Not where an envoy is
    posted, which the parser may hang on the verb ("met the Chinese ambassador to the DPRK")."""
    return (o for c in head.children if c.dep_ == "prep" and c.lower_ in prepositions and not envoy_posting(c)
            for o in c.children if o.dep_ == "pobj")


SENDING_ENVOYS = {"send", "dispatch", "return", "recall", "withdraw", "post", "accredit", "expel"}


def envoy_posting(word: Token) -> bool:
    """The "to" of "Ambassador to the DPRK", or a word of the country after it: where an envoy serves, not a party
    (the name that may follow is the envoy's: "the Chinese Ambassador to the DPRK Zhao Minghe")."""
    i = word.i
    while i > word.sent.start and word.doc[i].lower_ != "to":
        if word.doc[i].is_punct or word.doc[i].pos_ in {"VERB", "AUX", "ADP"} or word.i - i > 6:
            return False
        i -= 1
    if word.doc[i].lower_ != "to" or lemma(word.doc[i].head) in SENDING_ENVOYS:
        return False  # "sent Special Envoy Bosworth to Pyongyang", "recalled its Ambassador to Tokyo": where he goes or left
    # the title may run on after the envoy's word, naming his country: "Ambassador Extraordinary and Plenipotentiary
    # of Laos to", "consul general to"
    for j in range(i - 1, max(word.sent.start, i - 8) - 1, -1):
        if word.doc[j].lemma_.lower() in POSTED_ABROAD:
            # a title ("Ambassador to", "the Israeli ambassador to"), not an envoy sent somewhere ("sent a special
            # envoy to Seoul", "sent its ambassador to Israel")
            envoy = word.doc[j]
            return envoy.is_title or any(c.dep_ in {"amod", "compound", "nmod"} and c.ent_type_ in {"NORP", "GPE"} for c in envoy.children) \
                or any(o.ent_type_ == "GPE" for p in envoy.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
        if not (word.doc[j].is_alpha and word.doc[j].pos_ in {"PROPN", "NOUN", "ADJ", "CCONJ", "DET"} or word.doc[j].lower_ in {"of", "'s"}):
            return False
    return False


def backer_only(doc: Doc, mention: Mention) -> bool:
    """"U.S.-backed rebels", "a U.S.-made drone", "Saudi-funded schools": a country joined by a hyphen to a participle
    that says what it did for the noun is no party of the noun's act (unlike "U.S.-led forces", "Qatar-based
    broadcaster", "Israeli-occupied Golan")."""
    if mention.end + 1 >= len(doc) or doc[mention.end].text not in {"-", "–"}:
        return False
    return doc[mention.end + 1].lower_ in BACKING_PARTICIPLES


def scare_quoted(head: Token) -> bool:
    """'the "government"', 'the "National Assembly"': a noun (with its compounds, or one of them alone) inside
    quotation marks."""
    doc = head.doc

    def quoted(start: int, end: int) -> bool:
        return 0 < start and end + 1 < len(doc) and doc[start - 1].text in OPENING_MARKS and doc[end + 1].text in CLOSING_MARKS

    compounds = [c.i for c in head.children if c.dep_ in {"compound", "nmod"} and c.i < head.i]
    # or the office alone, before the noun it names: 'the "government" authorities'
    return quoted(min(compounds + [head.i]), head.i) or any(quoted(i, i) for i in compounds)


OPENING_MARKS = {'"', "\u201c"}
CLOSING_MARKS = {'"', "\u201d"}


def told_as_content(subject: Token) -> bool:
    """"they demanded the Japanese government make amends": the subject of what a demand or statement says is not
    whom a later "they" or "it" means; the party that demanded is."""
    clause = subject.head
    return clause.dep_ == "ccomp" and clause.head.pos_ == "VERB" and clause.head.i < clause.i \
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.head.children)


def reported_before_its_frame(subject: Token) -> bool:
    """The subject of words a statement or its issuer reports before the frame ("The DPRK made the decision for
    peace, the statement noted", "…, it stressed"): a later "it" or "the statement" is the issuer again, not the DPRK.
    A person's or a named party's trailing frame ("Russian forces shelled the city, he said") tells news whose
    subject later sentences go on with ("They also hit a school")."""
    clause = subject.head
    frames = [clause.head] if clause.dep_ == "ccomp" and clause.head.i > clause.i else \
        [c for c in clause.children if c.dep_ == "parataxis" and c.i > subject.i] if clause.dep_ == "ROOT" else []
    return any(speaks(f) and any(c.dep_ == "nsubj" and (c.lower_ == "it" or the_issued(c)) for c in f.children) for f in frames)


def the_issued(noun: Token) -> bool:
    """"the statement", "this commentary", "its spokesman": the piece or voice being reported, not "an army spokesman"."""
    return noun.lemma_.lower() in ISSUING_NOUNS and any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "its", "their"}
                                                       for c in noun.children)


def trailing_frame(verb: Token) -> bool:
    """A verb of saying after the words it reports ("The U.S. is posing a danger, it noted")."""
    return speaks(verb) and (any(c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in verb.children)
                             or verb.dep_ in {"ccomp", "parataxis"} and verb.i > verb.head.i)


def speaks(verb: Token) -> bool:
    """A main-clause verb of saying or of issuing a statement: its subject is the speaker later sentences voice."""
    writer = misread_writer(verb)
    if verb.pos_ != "VERB" or verb.dep_ in SUBORDINATE_DEPS and writer is None:
        return False
    word = verb.lemma_.lower()
    if word == "continue":  # "It continues:", not "may continue conducting the tour"
        return not any(c.dep_ in {"xcomp", "dobj"} for c in verb.children)
    if word in SPEAKING_VERBS or written_in(verb) or writer is not None:
        return True
    return word in ISSUING_VERBS and any(o.lemma_.lower() in ISSUED for o in issued_objects(verb))


# what a party writes in: "the weekly Friday in a signed piece exposes …" speaks, whatever its verb
WRITTEN_PIECES = {"article", "commentary", "editorial", "statement", "column", "op-ed", "essay", "communique", "memorandum"}


def in_a_piece(noun: Token) -> bool:
    """A piece of writing named after "in": "in a signed article", "in an editorial"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_.lower() in WRITTEN_PIECES


def written_in(verb: Token) -> bool:
    """"In an editorial, the paper calls for …", "the daily in a column unmasks …": a verb its subject
    performs in a piece of writing of its own (not "the Saudi king, in a statement read on television by an
    aide", whose subject is someone else's; nor "appeared in an article", which names where someone was named)."""
    # the parser may hang the piece on the subject: "The Chilean circle in a note of Jan. 9 backed …"
    heads = [verb] + [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.lemma_.lower() not in APPEARING_VERBS and any(
        c.dep_ == "prep" and any(in_a_piece(o) and not any(g.dep_ == "acl" for g in o.children) for o in c.children)
        for h in heads for c in h.children)


def misread_writer(verb: Token) -> Token | None:
    """"The weekly Sunday in a signed commentary charged X with …", which the parser reads as a commentary that
    accused: the verb is the writer's, whose name heads the sentence. None for a real participle ("a commentary
    published in Seoul", "a statement issued by the ministry"), which takes no object of its own."""
    piece = verb.head
    if verb.dep_ != "acl" or not in_a_piece(piece) \
            or not any(c.dep_ == "dobj" for c in verb.children) or any(c.dep_ in {"agent", "auxpass"} for c in verb.children):
        return None
    writer = piece.head.head
    return writer if writer.pos_ == "PROPN" and writer.dep_ == "ROOT" else None


def writing_verb(participle: Token) -> Token | None:
    """"the daily writes so in a column slamming the plan", "X carried an article condemning …": what a
    piece of writing does, its writer does — the subject of the verb that writes or carries it."""
    piece = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or piece.lemma_.lower() not in WRITTEN_PIECES:
        return None
    verb = piece.head.head if in_a_piece(piece) else piece.head if piece.dep_ == "dobj" else None
    return verb if verb is not None and verb.pos_ == "VERB" and any(c.dep_ == "nsubj" or c.dep_ == "npadvmod" for c in verb.children) else None


APPEARING_VERBS = {"appear", "feature", "mention", "name", "cite", "quote", "print", "report", "publish", "carry"}


def issued_objects(verb: Token) -> list[Token]:
    """What a verb issues: its object, or the subject of its small clause ("made public an open letter", which the
    parser reads as "made [an open letter public]"), or a noun it takes for a clause ("made public a joint
    statement", read as "made [public a joint statement]")."""
    return [c for c in verb.children if c.dep_ == "dobj" or c.dep_ in {"ccomp", "oprd", "xcomp"} and c.pos_ == "NOUN"] + [
        s for c in verb.children if c.dep_ in {"ccomp", "oprd", "xcomp"} and c.pos_ == "ADJ" for s in c.children if s.dep_ == "nsubj"]


# words of a body named for the country or cause it backs, not the one it belongs to
ADVOCACY_WORDS = {"friends", "friendship", "solidarity", "support", "supporting", "supporters", "study"}


def named_before(head: Token) -> Span:
    """A noun's own words up to it: its modifiers, not a clause or phrase after it ("missiles capable of reaching
    Japan")."""
    return head.doc[head.left_edge.i : head.i + 1]


# words that put a party outside the story's own country: "foreign newspapers", "overseas friends", "the
# international community", "the world people"
ABROAD_WORDS = {"foreign", "overseas", "visiting"}
COMPATRIOTS = {"compatriot", "national", "resident", "citizen", "korean", "chinese", "emigrant", "expatriate", "diaspora"}
FOREIGN_WORDS = ABROAD_WORDS | {"international", "world", "worldwide", "global"}


def foreign(head: Token) -> bool:
    """"Foreign newspapers", "a visiting delegation", "progressive people of the world", "followers around the world":
    a party the story's country is not the home of (not "the foreign minister", a title of the story's own
    government)."""
    modifiers = [c for c in head.children if c.dep_ in {"amod", "compound"}]
    if head.lower_ in TITLE_HEADS or any(c.ent_type_ in {"GPE", "NORP"} for c in modifiers):
        return False
    if head.lemma_.lower() in COMPATRIOTS and any(c.lower_ == "overseas" for c in modifiers):
        return False  # "overseas compatriots", "overseas Koreans": a country's own people living abroad
    if any(c.lower_ == "visiting" for c in modifiers) and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children):
        return False  # "the visiting premier": a visitor told of before, whose country the story gave
    # a name's "International" or "World" is no sign ("the Korea International Cooperation Agency")
    return any(c.lower_ in ABROAD_WORDS or c.lower_ in FOREIGN_WORDS and c.pos_ != "PROPN" for c in modifiers) or any(
        c.dep_ == "prep" and c.lower_ in {"of", "around", "across", "over", "throughout"}
        and any(o.dep_ == "pobj" and o.lower_ in {"world", "globe"} for o in c.children) for c in head.children)


# words a story uses for an international body it has named
BODY_WORDS = {"bloc", "alliance", "grouping", "watchdog"}
# people a government posts abroad: the capital a story is filed from hosts them and is not theirs
POSTED_ABROAD = {"diplomat", "envoy", "ambassador", "delegate", "delegation", "attache", "consul", "emissary"}
# a government's own bodies, named with no country ("the foreign ministry said")
STATE_OFFICES = {"ministry", "cabinet", "government"}
# offices "foreign" names in a title ("the foreign minister", "the Foreign Ministry", "foreign affairs")
TITLE_HEADS = {"minister", "ministry", "ministers", "office", "secretary", "affairs", "policy", "service", "department", "committee"}


def shares_passive(verb: Token) -> bool:
    """"was arrested and charged with …", "was detained and later released by police": a participle joined to a
    passive verb with no subject or object of its own is passive too. The parser may tag it as a past tense; then only
    a passive's own marks say so (a "by" agent, "charged with", "accused of"), not "was released and fled"."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "xcomp", "ccomp"} for c in verb.children):
        return False
    if verb.tag_ == "VBN":
        return True
    return verb.tag_ == "VBD" and any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in {"with", "of", "for"} for c in verb.children)


def passive_subject_shared(verb: Token) -> Token | None:
    """"The activist was arrested and charged with …": the subject the passive a participle is joined to shares
    with it, which the participle's act is done to."""
    head = verb.head
    if not shares_passive(verb) or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def plural(noun: Token) -> bool:
    """"The rebels", "Japan and the U.S.": a noun for more than one."""
    return noun.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in noun.children)


def doer(noun: Token) -> bool:
    """A subject, or an object whose clause it does ("helping foreign militants to cross the border")."""
    return noun.dep_ in {"nsubj", "nsubjpass"} or noun.dep_ == "dobj" and any(c.dep_ == "xcomp" for c in noun.head.children)


# nouns for a party's stance or plan, whose "of" names whose it is ("the will of the people to …")
STANCE_NOUNS = {"will", "stand", "stance", "keenness", "plan", "policy", "intention", "determination", "readiness", "position",
                "desire", "resolve", "willingness", "eagerness", "commitment"}
MINISTERIAL = {"minister", "ministry", "department"}
WORLDWIDE_NAME_WORDS = {"international", "world", "global", "worldwide", "asian-pacific", "asia-pacific", "pan-national"}
BODY_HEADS = {"committee", "council", "federation", "union", "institute", "association", "organization", "organisation", "league",
              "alliance", "forum", "movement", "society", "network", "foundation", "front", "conference", "seminar", "meeting"}


def worldwide_body(head: Token) -> bool:
    """"The International Songun Study Institute", "the World Federation of Democratic Youth": a body whose own
    name is worldwide and names no country (the guide's NGO), not one a country's name places ("the Korea International
    Cooperation Agency", caught before)."""
    if head.pos_ != "PROPN" and head.lemma_.lower() not in BODY_HEADS:
        return False  # (the common case, asked of every noun phrase no name codes)
    name = head.doc[head.left_edge.i : head.i + 1]
    name = name[1:] if name[0].dep_ == "det" else name
    # a body named in lower case after a worldwide word ("the Asian-Pacific regional preparatory committee")
    named = head.pos_ == "PROPN" or name.text[:1].isupper()
    words = name.text.replace(" - ", "-").replace("- ", "-").split()  # "Pan-national", however it is split
    return named and any(w.lower() in WORLDWIDE_NAME_WORDS and w[:1].isupper() for w in words) and not state_unit(head)


# bodies whose "International …" names a unit of a state, a firm or a school, not a worldwide body ("the International
# Department of the party", "the International Energy Agency", an IGO)
STATE_UNIT_HEADS = {"department", "bureau", "office", "division", "directorate", "company", "corporation", "bank", "university",
                    "college", "school", "airline", "airport", "agency", "ministry", "court", "board"}


def state_unit(body: Token) -> bool:
    """Whether a body with a worldwide-sounding name is a unit of a state, a firm, a school or an intergovernmental
    body, by its head noun, or a committee of a ministry or a party."""
    if body.lemma_.lower() in STATE_UNIT_HEADS:
        return True
    owners = [*objects_of(body, {"of"}), *(c for c in body.children if c.dep_ == "poss")]
    return any(o.lemma_.lower() in {"ministry", "party", "government", "department"} for o in owners)


def portfolio(head: Token) -> bool:
    """"the Minister of Planning and International Cooperation": an office, or the portfolio it holds, not a body."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() in MINISTERIAL or head.dep_ == "pobj" and head.head.head.lemma_.lower() in MINISTERIAL


def stance_ahead(clause: Token) -> Token | None:
    """The stance noun of "it is the firm stand of X to …": an empty "it" standing for the infinitive after it."""
    if clause.lemma_.lower() not in {"be", "remain"} or [c.lower_ for c in clause.children if c.dep_ == "nsubj"] != ["it"]:
        return None
    return next((c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() in STANCE_NOUNS), None)


def own_name(head: Token) -> list[Token]:
    """The words after a noun that belong to its name ("the secretary of a branch of the Communist Party of Italy"),
    not a clause or apposition about it ("the Coalition, which runs clinics in Syria")."""
    return [t for c in head.children if c.i > head.i and c.dep_ not in {"relcl", "acl", "appos", "punct"} for t in c.subtree]


def governing_subjects(pronoun: Token) -> Iterator[Token]:
    """The subjects before a pronoun of the clauses that govern its own, nearest clause first (six at most): where "X
    said it/they/he would …" finds X."""
    node = pronoun.head
    for _ in range(6):
        if node.head.i == node.i:
            return
        node = node.head
        yield from (c for c in node.children if c.dep_ in SUBJECT_DEPS | {"nsubjpass"} and c.i < pronoun.i)


def controlling_clause(pronoun: Token) -> Token | None:
    """The clause whose subject is also the subject of an object pronoun's own clause, a participle or infinitive with
    none of its own ("…, calling them", "and branded it"): that subject is never what the pronoun names."""
    if pronoun.dep_ not in {"dobj", "dative"} or pronoun.lower_ not in {"it", "them", "him", "her"}:
        return None
    clause = pronoun.head
    if clause.pos_ != "VERB" or clause.dep_ not in {"advcl", "xcomp", "conj"} or clause.tag_ not in {"VBG", "VB", "VBN"} \
            or any(c.dep_ in SUBJECT_DEPS | {"nsubjpass", "expl"} for c in clause.children):
        return None
    governor = clause.head
    return governor if any(c.dep_ in SUBJECT_DEPS for c in governor.children) else None


def bare_name(token: Token) -> bool:
    """"Zelensky urged Congress", "Congress passed the bill": a proper name with no article, as the U.S. body is
    named; "the Congress", "Congress leaders", "the Congress party" are how other countries' are."""
    return token.dep_ != "compound" and not any(c.dep_ == "det" for c in token.children) and not (
        token.i > 0 and token.nbor(-1).lower_ == "the")


def verbless_subject(verb: Token) -> bool:
    """"The statement called on the nation to …", "The two countries signed on Tuesday an agreement": the parser
    sometimes reads a sentence's only verb as a participle of its first noun, leaving the sentence verbless; that
    noun is the verb's subject (not a dateline: "Doha: Hospitals received …")."""
    head = verb.head
    # a past participle with no object or complement is a passive headline ("Syrian army accused of attack"): its
    # noun is no doer
    active = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in verb.children))
    return verb.dep_ == "acl" and active and head.dep_ == "ROOT" and head.pos_ in {"NOUN", "PROPN"} \
        and head.i < verb.i and not any(c.dep_ in {"auxpass", "agent"} for c in verb.children) \
        and not (head.i + 1 < len(head.doc) and head.nbor(1).text in {":", "-", "\u2014"})


# verbs whose subject does the V-ing of its object's "of" ("went the lengths of", "took the step of", "had the temerity of")
DOING_GOVERNORS = {"go", "take", "have", "commit", "pursue", "resort", "make", "adopt", "undertake"}
# words a statement uses for its issuer itself ("the organization demands …, it stressed"), not for a state's arm
ISSUER_NOUNS = {"organization", "organisation", "party", "committee", "association", "council", "union", "federation",
                "society", "front", "league", "movement", "institute", "centre", "center", "forum", "body", "conference",
                "meeting", "statement", "declaration", "resolution", "letter", "message", "spokesman", "spokesperson"}
# how many sentences back a party named other than as a subject is still what "the ambassador" means
RECENT_SENTENCES = 7


def head_word(noun: Token) -> str:
    """A noun's lemma, one spelling for both ("organisation", "organization")."""
    return noun.lemma_.lower().replace("isation", "ization")


@dataclass
class Discourse:
    """What earlier sentences of the document tell later ones: who pronouns and "the statement" refer to, and who
    took part in events named again by their noun. One per document, carried sentence to sentence."""

    paragraph: int = -1
    last_person: Actor | None = None  # in the current paragraph, for "he"/"she"
    last_group: list[Actor] = field(default_factory=list)  # in the current paragraph, for "it"/"they"
    previous_group: list[Actor] = field(default_factory=list)  # the last group of an earlier paragraph
    document_person: Actor | None = None  # the last named person anywhere before (wire copy: a paragraph a sentence)
    last_speaker: Actor | None = None  # who issued the statement or message being reported
    voice: Actor | None = None  # whose statement the document hands its words to ("Rodong Sinmun says in a commentary:")
    sentence_speaker: Actor | None = None  # the speaker as the current sentence began (its own frame aside)
    event_actors: dict[str, list[Actor]] = field(default_factory=dict)  # event noun -> its participants
    doers: list[tuple[str, list[Actor]]] = field(default_factory=list)  # each coded act's category and doers, in order
    sentence_starts: list[int] = field(default_factory=list)  # where the last two sentences' acts begin in `doers`
    named_by: dict[str, Actor] = field(default_factory=dict)  # a subject's head noun -> the party it last named
    named_aside: dict[str, tuple[Actor, int]] = field(default_factory=dict)  # the same for other party nouns, with the sentence
    sentences: int = 0  # sentences begun so far
    last_pair: list[Actor] = field(default_factory=list)  # the two parties of the last act told between exactly two
    others_acted: bool = False  # whether the narration told another party's act since the last speaker spoke
    titled: dict[str, Actor | None] = field(default_factory=dict)  # a title -> the one person named with it ("Crown Prince X")
    backed: set[tuple[str | None, str | None, str | None]] = field(default_factory=set)  # (who, whom, its sector) of each act of support told

    def backs(self, speaker: Actor, party: Actor) -> bool:
        """Whether the document has told the speaker backing the party, of the same sector ("the council expressed
        full support for the DPRK's leader"): the same speaker's invective later in the statement is not aimed at it
        (backing a country's firm is no backing of its government)."""
        return (speaker.code, party.code, party.sector) in self.backed

    def new_sentence(self) -> None:
        self.sentences += 1
        self.sentence_starts = (self.sentence_starts + [len(self.doers)])[-2:]

    def last_doers(self, speaker: str | None, categories: Iterable[str] | None = None, recent: bool = False) -> list[Actor]:
        """Who did the last act (of `categories`, when the judged words name one: "the shelling") that a speaker judges:
        past the speaker's own words ("this is a provocation", says the DPRK, after its own warning about the drills:
        the drills' doers), never past the speaker's own deed (a speaker condemning their own side's strike accuses no
        one else of it); with `recent`, only an act told in the sentence before or this one."""
        since = self.sentence_starts[0] if recent and self.sentence_starts else 0
        for told, actors in reversed(self.doers[since:]):
            if categories is not None and told not in categories:
                continue
            coded = [a for a in actors if a.code]
            if any(a.code == speaker for a in coded):
                if told and load_ontology()[told].verbal:
                    continue
                return []
            if coded:
                return coded
        return []

    def told_between(self, parties: list[Actor]) -> None:
        """After an act: its coded parties become the pair "the two" names when they are exactly two; an act naming
        another party is another matter, after which "the two" no longer means the pair before."""
        coded = {a.code: a for a in parties if a.code}
        if len(coded) == 2:
            self.last_pair = list(coded.values())
        elif coded and not set(coded) <= {a.code for a in self.last_pair}:
            self.last_pair = []

    @property
    def speaker(self) -> Actor | None:
        """Who voices a sentence with no frame of its own: the statement handed over, else the last issuer."""
        return self.voice or self.last_speaker

    def new_paragraph(self, paragraph: int) -> None:
        if paragraph != self.paragraph:
            self.paragraph = paragraph
            self.previous_group = self.last_group or self.previous_group
            self.last_person, self.last_group = None, []


class Participants:
    def __init__(self, doc: Doc, mentions: list[Mention], kb: KnowledgeBase, discourse: Discourse | None = None) -> None:
        self.doc = doc
        self.kb = kb
        mentions = [m for m in mentions if not backer_only(doc, m)]
        self.mentions = mentions
        generic = {m.start for m in mentions if m.entry.kind == "body" and doc[m.start : m.end].text.lower() in kb.bare_institutions
                   and not bare_name(doc[m.start])}
        # where the story was filed ("AMMAN — ..."): the home of officials the text does not place; the wire its
        # dateline credits ("LAGOS (Agency) -") is no participant and says nothing of what the story is about
        self.dateline, self.dateline_words, credit = self._dateline()
        mentions = [m for m in mentions if doc[m.start].idx not in credit]
        # the story is about what its words name, not where it was filed: the dateline's place counts only when the
        # words name no country ("New York (Agency) - … peacekeepers in Congo" is a story about Congo)
        place = self.dateline_place = range(self.dateline_words.start, self.dateline_words.end) if self.dateline_words is not None else range(0)
        named = [m for m in mentions if m.start not in generic]
        self.dominant = dominant_country([m for m in named if m.start not in place]) or dominant_country(named)
        self.home = self.dateline or self.dominant
        self.mentions = self._at_home(mentions, generic) + self._koreans(mentions) + self._korean_sides(mentions) + self._puppets(mentions)
        self.mentions.sort(key=lambda m: m.start)
        # a story filed from a country its body names too, and mostly about another (filed_office)
        self.filed_abroad = self.dateline is not None and self.dateline != self.dominant and any(
            m.code == self.dateline and m.start >= place.stop for m in self.mentions)
        self.index = mention_index(self.mentions)
        self.paragraph_starts = [0] + [m.end() for m in re.finditer("\n\n", doc.text)]
        self.discourse = discourse or Discourse()
        self.used_reference = False
        self.resolving: set[int] = set()
        # set before the people are introduced, whose affiliations are resolved like any noun phrase (and may name
        # no one introduced yet)
        self.conjunct = False
        self.pending_extra: list[Actor] = []
        self.people: list[tuple[int, str, Actor]] = []
        self.people = self._introduce_people()

    # ---------- actors -----------------------------------------------------------------------------
    def paragraph_of(self, token: Token) -> int:
        return bisect_right(self.paragraph_starts, token.idx)

    def np_actors(self, head: Token) -> list[Actor]:
        found: list[Actor] = []
        outer = self.conjunct
        for position, token in enumerate(coordinated(head)):
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
                            paired = self.index[child.i]
                            if paired.code and any(c.dep_ == "cc" and c.lower_ in {"and", "&"} for c in child.children) \
                                    and all(paired.code != a.code for a in found):
                                # "The U.S. and south Korea kicked off drills", parsed with "U.S." a modifier of
                                # "Korea": a modifier joined by "and" is a side of its own
                                found.append(paired.actor(self.doc, sector=actor.sector))
                            for conj in child.conjuncts:
                                mention = self.index.get(conj.i)
                                if mention is not None and mention.code and all(mention.code != a.code for a in found):
                                    found.append(mention.actor(self.doc, sector=actor.sector))
                    found += self.other_hyphen_sides(token, found)
        # "the DPRK-China Joint Guidance Committee": a joint body the knowledge base lacks is its sides'
        return found or [m.actor(self.doc) for m in self.hyphen_paired(head)] or self.exercise_holders(head)

    def exercise_holders(self, head: Token) -> list[Actor]:
        """"Key Resolve and Foal Eagle are rehearsals for war", "the Key Resolve joint military exercises": a named
        exercise (`actors/data/exercises.yaml`) stands for the militaries holding it."""
        words = [t for t in self.doc[head.left_edge.i : head.i + 1] if t.pos_ == "PROPN" or t.i == head.i]
        if not any(t.pos_ == "PROPN" for t in words):
            return []
        lowered = [t.lower_ for t in words]
        for i in range(len(lowered)):
            for n in range(1, len(lowered) - i + 1):
                codes = self.kb.exercises.get(tuple(lowered[i : i + n]))
                if codes is not None:
                    span = self.doc[words[i].i : words[i + n - 1].i + 1]
                    return [Actor(text=span.text, code=code, sector="IGO" if code == "IGO" else "MIL", name=self.kb.country_name(code) or code,
                                  start=span.start_char, end=span.end_char) for code in codes]
        return []

    def other_hyphen_sides(self, head: Token, found: list[Actor]) -> list[Actor]:
        """The sides of a hyphened pair before `head` not among the parties already found."""
        return [m.actor(self.doc) for m in self.hyphen_paired(head) if all(m.code != a.code for a in found)]

    def hyphen_paired(self, head: Token) -> list[Mention]:
        """"the U.S.-south Korea drills", "Russia-Ukraine talks": the sides a hyphened pair names before a noun of
        something two sides do or hold together (`joint_nouns`) — not a border, a war or a body named for two
        countries' friendship, which sits in the first (first_of_pair)."""
        if head.lemma_.lower() not in load_lexicon().joint_nouns:
            return []
        paired: list[Mention] = []
        for left, right in self.dash_pairs(max(head.left_edge.i, 1), head.i - 1):
            if self.doc[right.end - 1].head.i == head.i:  # not "the Iran-Iraq war veterans"
                paired += [m for m in (left, right) if m not in paired]
        return paired

    def dash_pairs(self, start: int, end: int) -> Iterator[tuple[Mention, Mention]]:
        """The coded parties on either side of each dash from token `start` to before `end` ("Russia-Ukraine")."""
        for i in range(start, end):
            left, right = self.index.get(i - 1), self.index.get(i + 1)
            if self.doc[i].text in {"-", "–"} and left is not None and right is not None and left.code and right.code:
                yield left, right

    def np_actor(self, head: Token) -> Actor | None:
        """The party a noun phrase names, the first found of: a known name (`named_actor`), a pronoun's antecedent, a
        modifier naming the party (`modified_actor`), a body it belongs to ("the minister of X"), a party in
        apposition, an earlier or titled mention, a party the phrase points to."""
        mention = self.index.get(head.i)
        if mention is not None:
            return self.named_actor(head, mention)
        if head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self.reference(head)
        sector = sector_of(head, self.kb)
        found = self.modified_actor(head, sector) or self.owning_body(head, sector) or self.appositive_actor(head)
        if found is not None:
            return found
        found = (self.worldwide_party(head) or self.named_again(head) or self.international_body(head) or self.named_by_title(head) or self.named_aside(head) or self.titled_office(head) or self.framed_by_itself(head) or self.owner_shared(head) or self.deictic_actor(head, sector)
                 # a person first named with a country's title ("Deputy Foreign Minister of China Deng Li") is of that
                 # country before a title alone places anyone in the story's
                 or self.introduced_person(head) or self.titled_person(head)
                 or self.event_anaphor(head) or self.issuer(head) or self.appositive_body(head))
        if found is None and doer(head) and foreign(head) and self.is_party(head):
            # "foreign troops killed …": a doer found, of no country the text names — not one for a fallback to fill
            # with the story's or the struck place's
            return self.unknown_party(head, None)
        return found

    def named_actor(self, head: Token, mention: Mention) -> Actor:
        """A name the knowledge base knows: its party, an ethnic group where it lives, a country's branch named."""
        if self.ethnic(head):
            place = self.residence(head)
            if place is None and head.dep_ == "nsubj":
                place = self.location_of(head.head)
            if place is not None:
                return place
        return self.national_branch(head, mention) or mention.actor(self.doc)

    def modified_actor(self, head: Token, sector: str | None) -> Actor | None:
        """A noun whose modifier names the party ("Chinese troops"); ethnic groups are coded by where they live:
        "ethnic Albanians in south Serbia"."""
        modified = self.modifier_actor(head, sector)
        if modified is not None and self.ethnic(head) and (place := self.residence(head)) is not None:
            return place.model_copy(update={"sector": sector})
        return modified

    def owning_body(self, head: Token, sector: str | None) -> Actor | None:
        """"the foreign minister of Japan", "officials from the EU", "a spokesman for the ministry": the body that a
        group, a name or a spokesman belongs to, with the phrase's words."""
        group = bool(sector) or head.tag_ in {"NNS", "NNPS", "CD"} or head.lower_ in COLLECTIVE_NOUNS
        speaks_for = head.lower_ in SPEAKING_FOR
        if not (group or speaks_for or head.pos_ == "PROPN"):
            return None
        for child in head.children:
            if child.dep_ == "prep" and (child.lower_ == "of" or (group and child.lower_ in {"from", "in", "within"})
                                         or (speaks_for and child.lower_ == "for")):
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lower_ not in PLACE_NOUNS and (owners := self.np_actors(obj)):
                        span = self.doc[head.left_edge.i : obj.right_edge.i + 1]
                        self.pending_extra = owners[1:]
                        # a body's spokesman speaks with the body's sector; a minister of a country keeps his own;
                        # an official's title held in a company or a party is the company's or party's, not the
                        # state's (a judge or a soldier keeps his own)
                        own = owners[0].sector if speaks_for or sector in {None, "GOV"} and owners[0].sector not in STATE_SECTORS | {None} \
                            else sector or owners[0].sector
                        return owners[0].model_copy(update={"sector": own, "text": span.text, "start": span.start_char, "end": span.end_char})
        return None

    def appositive_actor(self, head: Token) -> Actor | None:
        """A party named in apposition after the noun: a known person, a described party, an office."""
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i:
                if (person := self.index.get(child.i)) is not None:
                    return person.actor(self.doc)
                if child.pos_ in {"NOUN", "PROPN"} and (described := self.modifier_actor(child, sector_of(child, self.kb))) is not None:
                    return described
                # "X, deputy prime minister and minister of foreign affairs of Cambodia": each office the person
                # holds may name the body
                offices = (self.office_of(title) for title in (child, *child.conjuncts) if title.pos_ == "NOUN")
                if child.pos_ == "NOUN" and (office := next((o for o in offices if o is not None), None)) is not None:
                    span = self.doc[head.left_edge.i : child.right_edge.i + 1]
                    return office.model_copy(update={"text": span.text, "start": span.start_char, "end": span.end_char})
        return None

    @staticmethod
    def definite_bare(head: Token) -> bool:
        """"the group", "this regime": a noun with a definite determiner and nothing else, which names no one by
        itself."""
        # a preposition of place or time hung on the noun by the parser ("the president in his message") names no one
        return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children) and not any(
            c.dep_ in MODIFIER_DEPS | {"appos"} or (c.dep_ == "prep" and c.lower_ not in {"in", "at", "on", "during"}) for c in head.children)

    def worldwide_party(self, head: Token) -> Actor | None:
        """"the World Union of Progressive Teachers", a director-general of some "International Institute of …": a
        worldwide body the knowledge base lacks, or one who holds a post in it, is an NGO when the body's own name
        places it in no country — not a party of the story's country."""
        if portfolio(head):
            return None
        titles = [c for c in head.children if c.dep_ == "appos"]  # "Vishwanath, director general of the International …"
        holders = [h for t in (head, *titles) for h in (t, *(c for c in t.children if c.dep_ == "amod" and c.i > t.i))]  # "director general of"
        bodies = [head] + [o for h in holders for o in objects_of(h, {"of"})]
        for body in bodies:
            name = [*named_before(body), *own_name(body)]
            # "the Korea International Cooperation Agency" is a country's, even where the name is not coded
            if worldwide_body(body) and self.named_country(name) is None and not any(
                    t.i in self.index or t.text in self.kb.place_words for t in named_before(body)):
                return self.unknown_party(head, "NGO") if body is head else self.in_country(self.doc[head.left_edge.i : body.i + 1], "NGO", "NGO")
        return None

    def named_again(self, head: Token) -> Actor | None:
        """"The Lee group has escalated …  The group invented …": a definite bare noun is the party an earlier
        subject with the same noun named."""
        # "The Committee urges …" after "the Ghanaian National Committee for …": a body's word capitalised is that body
        common = head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.lower_ in FRIENDSHIP_BODIES
        earlier = self.discourse.named_by.get(head_word(head)) if common and self.definite_bare(head) else None
        return self.named_before_as(head, earlier) if earlier is not None else None

    def named_aside(self, head: Token) -> Actor | None:
        """"handed the letter to a spokesman of the Chinese ministry. The spokesman warned …": a definite bare noun is
        the party the same noun named otherwise than as a subject a few sentences before, while the text is still on
        it (after a subject's party and a titled person, which are surer)."""
        if head.pos_ != "NOUN" or not self.definite_bare(head):
            return None
        earlier, told = self.discourse.named_aside.get(head_word(head), (None, 0))
        if earlier is None or self.discourse.sentences - told > RECENT_SENTENCES:
            return None
        return self.named_before_as(head, earlier)

    def owner_shared(self, head: Token) -> Actor | None:
        """"the navy and coast guard of Chile", "the cabinet and parliament of Peru": a bare noun joined to others whose
        last one is owned ("of X") shares that owner."""
        if head.pos_ != "NOUN" or not self.definite_bare(head) or head.dep_ == "conj":
            return None
        last = max(head.conjuncts, key=lambda t: t.i, default=None)
        owners = [o for o in objects_of(last, {"of"}) if o.i in self.index] if last is not None and last.pos_ == "NOUN" else []
        found = next((a for o in owners for a in self.np_actors(o) if a.code), None)
        if found is None:
            return None
        self.used_reference = True
        return self.in_country(named_before(head), found.code, sector_of(head, self.kb))

    def framed_by_itself(self, head: Token) -> Actor | None:
        """"The organization calls upon … to …, it stressed": a definite word for a body or its voice saying what its
        own sentence's pronoun frame says is the speaker whose statement the document reports (not "the police", "the
        army", a state's arm the statement tells of)."""
        clause = head.head
        if head.dep_ != "nsubj" or head.pos_ != "NOUN" or not self.definite_bare(head) or head_word(head) not in ISSUER_NOUNS \
                or (speaker := self.discourse.speaker) is None or not speaker.code:
            return None
        frames = [clause.head] if clause.dep_ in {"ccomp", "parataxis"} else []
        frames += [c for c in clause.children if c.dep_ == "parataxis"]
        if not any(lemma(f) in REPORTING_CUES and [c.lower_ for c in f.children if c.dep_ == "nsubj"] in (["it"], ["he"], ["she"])
                   for f in frames):
            return None
        return self.named_before_as(head, speaker)

    def named_before_as(self, head: Token, earlier: Actor) -> Actor:
        """The party named before, with the words that name it again here."""
        self.used_reference = True
        span = named_before(head)
        return earlier.model_copy(update={"text": span.text, "start": span.start_char, "end": span.end_char})

    def international_body(self, head: Token) -> Actor | None:
        """"The European Union adopted sanctions … The bloc also condemned Belarus": a definite word for an
        international body ("the bloc", "the alliance") is the last one the text named before it, not a country."""
        if head.lemma_.lower() not in BODY_WORDS or not self.definite_bare(head):
            return None
        body = next((m for m in reversed(self.mentions) if m.code == "IGO" and m.end <= head.i), None)
        if body is None:
            return None
        self.used_reference = True
        span = named_before(head)
        return body.actor(self.doc).model_copy(update={"text": span.text, "start": span.start_char, "end": span.end_char})

    def title_word(self, token: Token) -> bool:
        """A title ("prince", "minister") or a word that only qualifies one ("crown", "prime", "deputy")."""
        return token.lower_ in self.kb.titles or token.lower_ in TITLE_WORDS

    def title_before(self, name: Token) -> str:
        """The title words right before a name, or opening its mention ("crown prince" in "Saudi Crown Prince
        Nayef")."""
        words: list[str] = []
        while name.i + 1 < len(self.doc) and self.title_word(name) and self.index.get(name.i + 1) is self.index.get(name.i):
            name = self.doc[name.i + 1]
        first = name.i
        for i in range(name.i - 1, max(name.sent.start, name.i - 4) - 1, -1):
            if not self.title_word(self.doc[i]):
                break
            words.insert(0, self.doc[i].lower_)
            first = i
        if any(t.lower_ in FORMER_WORDS for t in self.doc[max(name.sent.start, first - 3) : first]):
            return ""  # "Former U.S. President Jimmy Carter" is no later "the president"
        return " ".join(words) if words and words[-1] in self.kb.titles else ""

    def named_by_title(self, head: Token) -> Actor | None:
        """"Saudi Crown Prince Nayef … the crown prince praised": a definite title with nothing but
        other title words before it is the last person the document named with that same title."""
        if not (head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.lower_ in self.kb.titles) or not self.discourse.titled \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None  # "the crown prince", "The Crown Prince"
        if any(c.dep_ not in {"compound", "amod"} or c.i in self.index or not self.title_word(c) for c in head.children if c.dep_ != "det"):
            return None  # "the Egyptian president", "the president of Sudan": named by its own words
        title = " ".join(t.lower_ for t in self.doc[head.left_edge.i : head.i + 1] if t.dep_ != "det")
        if (earlier := self.discourse.titled.get(title)) is None:
            return None
        self.used_reference = True
        span = named_before(head)
        return earlier.model_copy(update={"text": span.text, "start": span.start_char, "end": span.end_char})

    def titled_office(self, head: Token) -> Actor | None:
        """"The secretary for foreign affairs of the Labour Party of Malta": a title whose office the
        knowledge base lacks belongs to the country of the body it is held in."""
        if head.pos_ != "NOUN" or head.lower_ not in self.kb.titles or (office := self.office_of(head)) is None:
            return None
        span = self.doc[head.left_edge.i : head.right_edge.i + 1]
        return office.model_copy(update={"text": span.text, "start": span.start_char, "end": span.end_char, "sector": sector_of(head, self.kb)})

    def appositive_body(self, head: Token) -> Actor | None:
        """"U. Khurelsukh, chairman of the Mongolian Farmers' Union": a person the knowledge base cannot
        place, described by an office of a body it lacks, belongs to the country the body's own name holds."""
        for title in head.children:
            if title.dep_ != "appos" or title.i < head.i or title.pos_ != "NOUN" or title.lower_ not in self.kb.titles:
                continue
            for body in (o for p in title.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
                if body.pos_ in {"NOUN", "PROPN"} and (placed := self.modifier_actor(body, None)) is not None and placed.code:
                    span = named_before(head)
                    return placed.model_copy(update={"text": span.text, "start": span.start_char, "end": span.end_char,
                                                     "sector": sector_of(title, self.kb) or placed.sector})
        return None

    def office_of(self, title: Token) -> Actor | None:
        """"Pak Rim Su, chief of the Panmunjom Mission of the KPA": a person the knowledge base lacks, described by
        an office "of" a body it knows (followed through nested "of" phrases), belongs to that body's country."""
        for child in title.children:
            # "secretary for foreign affairs of the party of Malta": the office's field first, then its body;
            # a party "for" whom an office acts is not its own ("the special envoy for North Korea")
            if child.dep_ == "prep" and child.lower_ in {"of", "for"}:
                # "minister of foreign affairs and international cooperation of Cambodia": the body may hang on
                # the last of the fields joined
                for obj in (o for pobj in child.children if pobj.dep_ == "pobj" for o in (pobj, *pobj.conjuncts)):
                    mention = self.index.get(obj.i)
                    if mention is not None and mention.code and child.lower_ == "of":
                        return mention.actor(self.doc).model_copy(update={"sector": sector_of(title, self.kb) or mention.sector})
                    if obj.pos_ in {"NOUN", "PROPN"} and (owner := self.office_of(obj)) is not None:
                        return owner
        return None

    def national_branch(self, head: Token, mention: Mention) -> Actor | None:
        """An organisation named with another country — "Rwanda's Senate", "the Kenyan parliament", "Al-Qaeda in
        Syria" — belongs to that country, with the organisation's sector."""
        national = mention.entry.national_societies
        if mention.entry.kind in {"country", "capital", "place", "adjective", "person"} or (mention.code in {"IGO", "NGO"} and not national):
            return None  # "NATO in Afghanistan" is still NATO
        # a society's country may modify any word of its name ("the Bangladesh Red Crescent Society")
        named = [self.doc[i] for i in range(mention.start, mention.end)] if national else [head]
        cues = [c for t in named for c in t.children if c.dep_ in {"poss", "amod", "compound"} and not (mention.start <= c.i < mention.end)]
        # a state's forces or officials "in" a country are stationed there ("the U.S. forces in South Korea"); a
        # group "in" one is its branch there ("Al-Qaeda in Syria"); the Red Cross "in" a country may be the movement's
        # delegation there, "of" it is its society
        places = {"of"} if mention.sector in STATE_SECTORS or national else {"in", "of"}
        cues += [o for c in head.children if c.dep_ == "prep" and c.lower_ in places for o in c.children if o.dep_ == "pobj"]
        # a party "in" a country is its branch there, even one the knowledge base knows as a ruling party ("the
        # Workers' Party in Belarus") — not a party its own name places ("the Communist Party of Cuba in Damascus",
        # "the Chinese Communist Party in Hong Kong")
        if head.lemma_.lower() == "party" and "in" not in places and not self.placed_by_name(head, mention):
            cues += [o for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                     if o.dep_ == "pobj" and (m := self.index.get(o.i)) is not None and m.entry.kind == "country"]
        for cue in cues:
            owner = self.index.get(cue.i)
            if owner is not None and owner.code and owner.code != mention.code and owner.entry.kind in PLACING_KINDS:
                span = self.doc[min(head.left_edge.i, mention.start) : max(head.i + 1, cue.i + 1)]
                return Actor(text=span.text, code=owner.code, sector=mention.sector, name=owner.entry.name,
                             start=span.start_char, end=span.end_char)
        return None

    def placed_by_name(self, head: Token, mention: Mention) -> bool:
        """Whether a body's own words, or its owner's, name a country ("the Communist Party of Cuba", "the Chinese
        Communist Party", "Syria's Baath Party")."""
        own_words = self.doc[mention.start : mention.end]
        owners = [*own_words, *(t for c in head.children if c.dep_ == "poss" for t in c.subtree)]
        return any(t.lower_ == "of" for t in own_words) or any(e.kind in PLACING_KINDS for t in owners for e in self.kb.surfaces.get(t.text, ()))

    def introduced_person(self, head: Token) -> Actor | None:
        """A surname the knowledge base lacks, introduced earlier in full with a country cue ("Lebanese Interior
        Minister Bassam Mawlawi" ... "Mawlawi voiced"): the code of that first mention."""
        if head.pos_ != "PROPN" or head.lower_ in self.kb.titles:
            return None
        for earlier_start, surname, actor in self.people:
            if surname == head.text and earlier_start < head.idx:
                if head.idx < actor.end:
                    return actor  # the full first mention itself
                self.used_reference = True
                return actor.model_copy(update={"text": head.text, "start": head.idx, "end": head.idx + len(head.text)})
        return None

    def issuer(self, head: Token) -> Actor | None:
        """"I", "we", "the statement", "the speakers": the issuer of the statement, message or meeting the document
        reports — the last identified person or group in the paragraph, else the document's main country."""
        first_person = head.lower_ in FIRST_PERSON
        # not a statement named by its date or author ("the 1993 Kono statement", "the June 15 joint declaration")
        issuing_noun = head.lemma_.lower() in ISSUING_NOUNS and any(c.dep_ == "det" and c.lower_ in {"the", "this", "our"} for c in head.children) \
            and not any(c.dep_ in {"compound", "nummod", "npadvmod"} and c.pos_ in {"PROPN", "NUM"} for c in head.children)
        if not (first_person or issuing_noun) or head.dep_ not in {"nsubj", "nsubjpass", "poss", "agent", "pobj", "ROOT"}:
            return None
        # the speakers and participants of an occasion held abroad are of its place, unless a speaker was named
        at_the_occasion = head.lemma_.lower() in OCCASION_PEOPLE and self.occasion_country is not None
        source = (self.sentence_speaker(head) if first_person else None) or self.discourse.last_speaker or self.discourse.last_person \
            or (self.discourse.last_group[0] if self.discourse.last_group and not at_the_occasion else None)
        if source is not None and not source.code:
            source = None
        code = source.code if source is not None else self.occasion_country or self.dominant
        if code is None:
            return None
        sector, name = (source.sector, source.name) if source is not None else (None, self.kb.country_name(code))
        self.used_reference = True
        span = named_before(head) if issuing_noun else self.doc[head.i : head.i + 1]
        return Actor(text=span.text, code=code, sector=sector, name=name, start=span.start_char, end=span.end_char)

    def sentence_speaker(self, pronoun: Token) -> Actor | None:
        """"I was pleased to visit the DPRK, said Li Keqiang": the named party whose frame after the words reports
        them is who "I" or "we" is, whoever spoke before."""
        if pronoun.i in self.resolving:
            return None  # a speaker's own words may hold "our" or "we" again
        self.resolving.add(pronoun.i)
        try:
            # not a frame that relays another's words ("…, the spokeswoman said, quoting the prime minister",
            # "…, Bogdanov said Assad told him")
            frames = [t for t in pronoun.sent if t.i > pronoun.i and trailing_frame(t) and not any(
                c.dep_ == "advcl" and c.lemma_.lower() in RELAYING_VERBS or c.dep_ in {"ccomp", "xcomp"} and c.i > t.i for c in t.children)]
            speakers = [a for f in frames for s in f.children if s.dep_ == "nsubj" and s.pos_ != "PRON" for a in self.np_actors(s) if a.code]
        finally:
            self.resolving.discard(pronoun.i)
        return speakers[0] if speakers else None

    def home_actor(self, head: Token) -> Actor | None:
        """The country the story was filed from, for a source the text names but does not place ("officials said");
        not people posted abroad ("diplomats said", in Vienna or Brussels: the capital hosts them, it is not theirs)."""
        if self.dateline is None or head.lower_ in FIRST_PERSON | SPEAKING_PRONOUNS or head.lemma_.lower() in POSTED_ABROAD:
            return None
        span = named_before(head) if head.pos_ != "PRON" else self.doc[head.i : head.i + 1]
        return self.in_country(span, self.dateline, sector_of(head, self.kb))

    def in_country(self, span: Span, code: str | None, sector: str | None) -> Actor:
        """The words of a participant placed in a country (or in none) by something other than a knowledge-base entry."""
        return Actor(text=span.text, code=code, sector=sector, name=self.kb.country_name(code) if code else None,
                     start=span.start_char, end=span.end_char)

    def _cue_before(self, start: int) -> Actor | None:
        """The nearest country word in the title before a name ("Lebanese Minister of Interior Bassam Mawlawi")."""
        for i in range(start - 1, max(-1, start - 9), -1):
            token = self.doc[i]
            if token.pos_ in {"VERB", "AUX", "PUNCT"} or token.is_sent_start and i < start - 1:
                return None
            mention = self.index.get(i)
            if mention is not None and mention.code and mention.entry.kind in PLACING_KINDS and not envoy_posting(self.doc[mention.start]):
                return mention.actor(self.doc)
        return None

    def _in_dateline(self, token: Token) -> bool:
        words = self.dateline_words
        if words is not None and words.start <= token.i < words.end:
            return True
        # a dateline opening a paragraph under a headline ("Drills open\n\nSEOUL (Wire) - Washington and Seoul
        # began …"), which the parser may take for the verb's subject; it is not made the story's home
        before = self.doc[token.i - 1] if token.i > 0 else None
        after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if not ((before is None or before.is_space and "\n" in before.text) and token.text.isupper() and len(token.text) > 2
                and after is not None and after.text in {"(", "-", "—", "–", "--", ":"}):
            return False
        # a place ("SEOUL (Wire) -"), not a body's acronym opening its paragraph ("NATO (the alliance) accused …")
        return self._place_code(token.text) is not None

    def _korean_sides(self, mentions: list[Mention]) -> list[Mention]:
        """The sides of the inter-Korean movement's bodies ("the South Side Council for Unity", "the North Headquarters
        of the Alliance"): a body named for one half of the peninsula is that half's, in a story that names Korea."""
        if not {m.code for m in mentions} & set(KOREAN_HALVES.values()) and self.dominant not in KOREAN_HALVES.values():
            return []
        taken = covered(mentions)
        return [self._korean_word(t, code, "CVL") for t in self.doc[:-1] if t.text in {"North", "South"} and t.i not in taken
                and self.doc[t.i + 1].text in SIDED_BODY_WORDS and (code := KOREAN_HALVES[t.lower_])]

    def _koreans(self, mentions: list[Mention]) -> list[Mention]:
        """"the Korean people", "Koreans in Japan", "a Korean drug tycoon": a bare "Korean" names neither state by
        itself; it is the Korea the story is filed from or about (the DPRK's in KCNA, the ROK's in a Seoul paper), or
        the only one it names — never the peninsula, the war or the nation, which are both halves'. Koreans living abroad
        are still that Korea's in a text one Korea writes ("the Federation of Koreans in China", in KCNA): the guide codes
        a people by the country it belongs to, not by where it lives; elsewhere which Korea they came from is unsaid."""
        halves = set(KOREAN_HALVES.values())
        named = {m.code for m in mentions} & halves
        own = self.writing_korea(mentions)
        korea = own or (self.dominant if self.dominant in halves else next(iter(named)) if len(named) == 1 else None)
        if korea is None:
            return []
        taken = covered(mentions)
        found = []
        for token in self.doc:
            if token.text not in {"Korean", "Koreans"} or token.i in taken:
                continue
            described = token.head if token.dep_ in {"amod", "compound"} else token
            if own is None and ((token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ in {"in", "from", "of"}) or any(
                    c.dep_ == "prep" and c.lower_ in {"in", "from", "of"} for c in described.children)):
                continue  # "three Koreans in the Philippines", in a text that is no Korea's own: placed where they live
            if token.i + 1 in taken:
                continue  # "a Korean American tourist": the nationality named after it
            if token.text == "Korean" and (described is token or not (
                    sector_of(described, self.kb) or described.lemma_.lower() in load_lexicon().party_nouns)):
                continue
            found.append(self._korean_word(token, korea))
        return found

    def _puppets(self, mentions: list[Mention]) -> list[Mention]:
        """"the puppet army", "the puppets", "the traitors", "the warmongers": in a text Pyongyang writes, its words
        for the south Korean authorities and forces name south Korea, unless the phrase names a country ("the U.S.
        warmongers")."""
        if self.writing_korea(mentions) != "PRK":
            return []
        taken = covered(mentions)
        # not in a phrase that names its country already ("the south Korean puppets")
        return [self._korean_word(t, "KOR") for t in self.doc if t.lower_ in SEOUL_EPITHETS
                and not any(w.i in taken for w in (t.head if t.dep_ in {"amod", "compound"} else t).subtree)]

    def _korean_word(self, token: Token, code: str, sector: str | None = None) -> Mention:
        """A one-word mention of a half of Korea that the knowledge base does not name as such."""
        return Mention(token.i, token.i + 1, Entry(self.kb.country_name(code) or code, "adjective", code), code, sector, "korea")

    def writing_korea(self, mentions: list[Mention]) -> str | None:
        """The half of Korea a story is written from: its dateline's, else the one its own names give away."""
        return self.dateline if self.dateline in KOREAN_HALVES.values() else self.own_name_korea(mentions)

    def own_name_korea(self, mentions: list[Mention]) -> str | None:
        """The half of Korea that writes the text, by the names it uses: "the DPRK" is Pyongyang's word for its state,
        and Pyongyang writes "south Korea" in lower case; a text that says "DPRK" or "south Korea", and never "ROK",
        "Republic of Korea" or a capitalised "South Korea", writes from the north."""
        surfaces = {self.doc[m.start : m.end].text for m in mentions if m.code in KOREAN_HALVES.values()}
        north = any("DPRK" in t or t.startswith("south Korea") for t in surfaces)
        south = "South Korea" in self.doc.text or any("ROK" in t.split() or "Republic of Korea" in t for t in surfaces)
        return "PRK" if north and not south else None

    def _at_home(self, mentions: list[Mention], generic: set[int]) -> list[Mention]:
        """"The Congress warned the MLA" in a story from India, "the Senate voted" in one from Manila: a body many
        countries have (`bare_institutions`) is the knowledge base's (the U.S. Congress) only where the text names
        that country; otherwise it is the story's dateline or main country's."""
        if self.home is None or not generic:
            return mentions
        named = {m.code for m in mentions if m.start not in generic}
        entry = Entry(self.kb.country_name(self.home) or self.home, "body", self.home)
        return [Mention(m.start, m.end, entry, self.home, m.sector, "home")
                if m.start in generic and m.code not in named and m.code != self.home else m for m in mentions]

    def _dateline(self) -> tuple[str | None, Span | None, range]:
        """The country of the place a story was filed from ("SYDNEY - ...", "Seoul (Example Wire):", "BULAWAYO,
        Zimbabwe, Jun 23 2022 (Agency) -"), the place's words, and the characters of the wire it credits."""
        for match in datelines(self.doc.text):
            found = self._dateline_of(match)
            if found[0] is not None or found[2]:
                return found
        return None, None, range(0)

    def _dateline_of(self, match: re.Match[str]) -> tuple[str | None, Span | None, range]:
        place, parts = match.group("place"), [p.strip() for p in match.group("parts").split(",") if p.strip()]
        words = self.doc.char_span(match.start("place"), match.end("place"), alignment_mode="expand")
        placed = [self._place_code(unqualified(part)) for part in parts]
        # not a headline in capitals: "RUSSIA, CHINA SIGN ENERGY PACT", whose second part is neither place nor date
        if words is None or not all(dated(part) or code or part.endswith((*REGION_KINDS, ".")) for part, code in zip(parts, placed)):
            return None, None, range(0)
        # a place the knowledge base knows, in capitals too (which the case-sensitive matcher does not see), else one
        # the matcher found opening the story, else the region or country after it
        code = self._place_code(place) or next(
            (m.code for m in self.mentions if m.start <= words.start + 2 and m.end == words.end and m.code and m.entry.kind in DATELINE_KINDS),
            None) or next((c for c in placed if c), None)
        if code is None and not (place.isupper() and (parts or match.group("credit"))):
            return None, None, range(0)
        # an unknown place still makes a dateline ("HEFEI, July 18 (Agency) --"), whose credit is no participant
        credit = range(match.start("credit"), match.end("credit")) if match.group("credit") else range(0)
        return code, words if code else None, credit

    def _place_code(self, words: str) -> str | None:
        """The country of a place the knowledge base knows, named in capitals too ("SEOUL", "BANDAR SERI BEGAWAN"),
        which the case-sensitive matcher does not see."""
        places = [e for e in self.kb.surfaces.get(words.title(), []) if e.kind in DATELINE_KINDS and e.code]
        return places[0].code if places else None

    def authority_of(self, verb: Token, recipient: list[Actor]) -> Actor | None:
        """"Ms Cooper was arrested", "three men were sentenced in Kano": a state act in the passive with no agent is
        the act of the authorities where it happened — the place the clause names, else the story's dateline, else
        the country of the person it befell ("a Namibian activist was granted bail")."""
        clause = verb.head if verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in verb.children) else verb
        if not any(c.dep_ == "nsubjpass" for c in clause.children) or any(c.dep_ == "agent" for c in verb.children):
            return None
        return self.authorities_where(verb, recipient)

    def authorities_where(self, verb: Token, recipient: list[Actor]) -> Actor | None:
        """The authorities where a state act with no named doer happened: the place the clause names, else the story's
        dateline, else the country of the person it befell."""
        place = self.location_of(verb)
        if place is None and self.dateline_words is not None:
            place = self.in_country(self.dateline_words, self.dateline, None)
        if place is None:
            place = self.own_people_authority(recipient)
        if place is not None:
            self.used_reference = True
        return place.model_copy(update={"sector": None}) if place is not None else None

    def own_people_authority(self, recipient: list[Actor]) -> Actor | None:
        """"a Namibian activist was remanded", in a story about Namibia: the authorities of the country the story is
        about act on its own people — not on a state ("Niger was suspended"). The actor is named where the story
        first names that country. (Foreigners acted on there are `home_party`'s.)"""
        if self.dominant is None or not any(r.code == self.dominant and not self._a_place(r) for r in recipient):
            return None
        return self.first_named(self.dominant)

    def first_named(self, code: str) -> Actor | None:
        """The country of `code` where the text first names it (as a country, its capital or its adjective), else
        where it first names a place in it ("in Ras Al Khaimah": a story that never names its country)."""
        first = next((m for m in self.mentions if m.code == code and m.entry.kind in {"country", "capital", "adjective"}), None) \
            or next((m for m in self.mentions if m.code == code and m.entry.kind == "place"), None)
        return first.actor(self.doc) if first is not None else None

    def named_apart(self, code: str, acted_on: list[Actor]) -> Actor | None:
        """The country of `code` where the text first names it outside the words of the parties an act was done to —
        as a country, its capital, its adjective or a place in it, else by any participant of it."""
        outside = [m for m in self.mentions if m.code == code and not any(a.start <= self.doc[m.start].idx < a.end for a in acted_on)]
        mention = next((m for m in outside if m.entry.kind in PLACING_KINDS), None) or next(iter(outside), None)
        return self.in_country(self.doc[mention.start : mention.end], code, None) if mention is not None else None

    def home_party(self, recipient: list[Actor], category: str | None, trigger: Token) -> Actor | None:
        """"are being instructed to strengthen embankments", "calling on civil society to cooperate": an act the text
        names no doer for, in a story about one country (and filed from there, if it has a dateline), is that
        country's — named by the dateline, else where the story first names it. Done to that country's own people
        or bodies ("urged the citizens to vote", "a conviction against the former mayor"), it is still its own
        side's, as the guide's annotators code a domestic story ("a woman was murdered") — not for the acts of
        FOREIGN_DOER_CATEGORIES in a story that names another country; done to the country itself or a place in it
        ("sanctions against the DPRK", "the crossing was shelled"), it is not. A bureau abroad says nothing of who
        acted ("WASHINGTON — Kharkiv was shelled")."""
        if self.home is None or self.home != self.dominant or not self.own_side_did(self.home, recipient, category, trigger):
            return None
        return self.story_party()

    def own_side_did(self, home: str, recipient: list[Actor], category: str | None, trigger: Token, others_named: bool = True) -> bool:
        """Whether an act told with no doer, in a story about `home`, may be `home`'s own side's (`home_party`);
        `others_named=False` when the story's events name no other country, whatever else its words name."""
        if self._told_by_speaker(trigger, category) or self._condemned_by(home, trigger):
            return False
        own = [r for r in recipient if r.code == home]
        if own and ((category in FOREIGN_DOER_CATEGORIES and others_named and self._names_abroad(home)) or not all(self._its_people(r) for r in own)):
            return False
        # "the army was attacked near the border", "civilians were killed in an airstrike" (ARMED_SECTORS)
        return not (own and category == "ASSAULT" and (any(r.sector in ARMED_SECTORS for r in own) or self._war_told(trigger)))

    @cached_property
    def occasion_country(self) -> str | None:
        """"A symposium on reunification took place in Lima, Peru", "A rally was held in Dhaka": the one country
        the place names where the occasion the story opens with was held — whose people its unnamed speakers and
        participants are, rather than the country the story talks most about."""
        start = body_start(self.doc.text)  # the lead under a headline
        opening = next((sentence for sentence in self.doc.sents if sentence.end_char > start), None)
        if opening is None:
            return None
        for token in opening:
            if lemma(token) not in OCCASION_NOUNS or token.dep_ not in {"nsubj", "nsubjpass"} or lemma(token.head) not in OCCASION_VERBS:
                continue
            places = [o for c in token.head.children if c.dep_ == "prep" and c.lower_ in {"in", "at"} for o in c.children if o.dep_ == "pobj"]
            codes = {m.code for o in places for t in o.subtree if (m := self.index.get(t.i)) is not None and m.code}
            return next(iter(codes)) if len(codes) == 1 and not codes & {"IGO", "NGO"} else None
        return None

    @cached_property
    def about_home(self) -> bool:
        """Whether the story names its home country at least as often as any other: a story about its own side's
        stand (a state agency's commentary on its neighbours), not one a foreign bureau files about others."""
        if self.home is None:
            return False
        counts = Counter(m.code for m in self.mentions if m.code and m.code not in {"IGO", "NGO"} and m.start not in self.dateline_place)
        return counts[self.home] > 0 and counts[self.home] == max(counts.values())

    def story_party(self) -> Actor | None:
        """The country the story is filed from or about, as a party: named by the dateline, else where the story
        first names it."""
        if self.home is None:
            return None
        party = self.in_country(self.dateline_words, self.dateline, None) if self.dateline_words is not None else self.first_named(self.home)
        if party is None:
            return None
        self.used_reference = True
        return party.model_copy(update={"sector": None})

    def _condemned_by(self, home: str, trigger: Token) -> bool:
        """"Kenya condemned the attack on its consulate": an act the country itself condemns is not its own."""
        if trigger.dep_ not in {"dobj", "pobj"}:
            return False
        verb = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" else trigger.head
        if verb.pos_ != "VERB":
            return False
        sense = RuleTyper().classify(verb)  # condemning in the words it has here, not investigating ("should investigate …")
        if sense is None or sense.category != "ACCUSE" or sense.mode != "disapprove" or sense.faulted:
            return False
        return any(a.code == home for a in self.subject_actors(verb))

    def _told_by_speaker(self, trigger: Token, category: str | None) -> bool:
        """"Kenyan voters were urged to turn out, President Ruto said": a judgement, demand or threat told in the
        passive with no agent, under a reporting frame's named speaker, is the speaker's (the pipeline's voicing
        gives it them); an active verb with no subject of its own is the speaker's only by that voicing."""
        if category not in VOICED or not any(c.dep_ == "auxpass" for c in trigger.children):
            return False
        frame = frame_verb(trigger)
        return frame is not None and bool(self.subject_actors(frame))

    @staticmethod
    def _war_told(trigger: Token) -> bool:
        """Whether the clause of an attack names a weapon of war ("killed in an airstrike", "hit by a drone")."""
        clause = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
        return any(t.lemma_.lower() in WAR_WEAPON_WORDS for t in clause.subtree)

    def one_country_story(self) -> bool:
        """A story filed from or about one country that names no other (its dateline may be all that names it)."""
        return self.home is not None and self.dominant in {None, self.home} and not self._names_abroad()

    def _names_abroad(self, home: str | None = None) -> bool:
        """Whether the story names any country besides its home one: a murder in a story that names no other is a
        domestic crime, twelve killed in one that names Russia may be Russia's doing."""
        home = home or self.home
        return any(m.code and m.code not in {home, "IGO", "NGO"} and m.start not in self.dateline_place for m in self.mentions)

    def _its_people(self, actor: Actor) -> bool:
        """Whether a participant's words name people or a body (a person, "the citizens", "the union", "them"), not
        a country or a place."""
        words = self._words(actor)
        if words is None or self._a_place(actor, words):
            return False
        head = words.root
        return (head.pos_ == "PRON" or head.ent_type_ in {"PERSON", "ORG", "NORP"} or sector_of(head, self.kb) is not None
                or head.lemma_.lower() in load_lexicon().party_nouns)

    def _words(self, actor: Actor) -> Span | None:
        return self.doc.char_span(actor.start, actor.end, alignment_mode="expand")

    def _a_place(self, actor: Actor, words: Span | None = None) -> bool:
        words = words if words is not None else self._words(actor)
        mention = self.index.get(words.root.i) if words is not None else None
        return words is None or mention is not None and mention.entry.kind in {"country", "capital", "place"}

    def _titled(self, start: int) -> bool:
        """A title in the few words before a name, in its own phrase: "the minister received Dr. Robert Roe" gives Roe
        none of the minister's."""
        for i in range(start - 1, max(0, start - 6) - 1, -1):
            if self.doc[i].pos_ in {"VERB", "AUX"} or self.doc[i].is_sent_end:
                return False
            if self.doc[i].lower_ in self.kb.titles:
                return True
        return False

    def _introduce_people(self) -> list[tuple[int, str, Actor]]:
        """Named people the knowledge base does not know, coded by the country cue in their first full mention."""
        found: list[tuple[int, str, Actor]] = []
        for entity in self.doc.ents:
            if entity.label_ != "PERSON" or len(entity) < 2 or entity.root.i in self.index:
                continue
            actor = (self.modifier_actor(entity.root, sector_of(entity.root, self.kb)) or self._cue_before(entity.start)
                     or self._described_as(entity))
            if actor is None and self.home and self._titled(entity.start):
                # an official with no country cue is one of the country the story was filed from, or is about
                actor = self.in_country(entity, self.home, "GOV")
            if actor is not None and actor.code:
                # later mentions use any of the names after the first ("Mario Abdo Benitez" ... "Abdo")
                found += [(entity.start_char, name.text, actor) for name in entity[1:] if name.is_title]
        return found

    def _described_as(self, entity: Span) -> Actor | None:
        """"Musa Bello, chairman of the Nigerian committee for …": the country the apposition placing a person
        names first (not where an envoy is sent: "ambassador to Mali")."""
        for appos in (c for c in entity.root.children if c.dep_ == "appos"):
            sent_to = {t.i for p in appos.subtree if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree}
            code = self.named_country(t for t in appos.subtree if t.i not in sent_to)
            if code is not None:
                return self.in_country(entity, code, sector_of(appos, self.kb))
        return None

    def event_anaphor(self, head: Token) -> Actor | None:
        """"the exercises made threats", "their drills are a provocation": the participants of the last event named
        by the same noun."""
        if head.dep_ not in {"nsubj", "nsubjpass"} or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss" and c.lower_ in {"their", "its"} for c in head.children
        ):
            return None
        earlier = self.discourse.event_actors.get(head.lemma_.lower())
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

    def titled_person(self, head: Token) -> Actor | None:
        """A named person with a title the knowledge base does not know ("President X Y"): the country the story was filed from, else the one it is about."""
        if self.home is None or head.pos_ != "PROPN" or head.ent_type_ not in {"PERSON", "ORG", ""}:
            return None
        titles = [c for c in head.children if c.dep_ == "compound" and c.lower_ in self.kb.titles]
        titles += [g for c in head.children if c.dep_ == "compound" for g in c.children if g.dep_ == "compound" and g.lower_ in self.kb.titles]
        if not titles and not (head.i > 0 and self.doc[head.left_edge.i].lower_ in self.kb.titles):
            return None
        self.used_reference = True
        span = named_before(head)
        return self.in_country(span, self.home, self.kb.titles.get(titles[0].lower_) if titles else None)

    def modifier_actor(self, head: Token, sector: str | None) -> Actor | None:
        """The party a noun's modifiers name, with the noun's sector: an owner ("its troops"), a name directly
        modifying it or inside its words ("Chinese troops", "the U.S. Pacific fleet"), where it is based or whom it
        is affiliated with (`affiliation`)."""
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
            if mention is not None and not envoy_posting(self.doc[mention.start]):
                mention = self.first_of_pair(mention, head)
                start = min(mention.start, child.left_edge.i)
                actor = mention.actor(self.doc, start=start, end=head.i + 1, sector=sector or mention.sector)
                # "Palestinian Red Crescent paramedics": a society's name read as national_branch reads it alone
                society = self.national_branch(self.doc[mention.end - 1], mention) if mention.entry.national_societies else None
                return actor if society is None else actor.model_copy(update={"code": society.code, "name": society.name})
        for i in range(head.left_edge.i, head.i):
            mention = self.index.get(i)
            if mention is not None and self.doc[i].head.i != i and not self.opposed(self.doc[i]) and not envoy_posting(self.doc[mention.start]) and not any(a.dep_ in {"prep", "relcl", "acl", "appos"} for a in self.doc[i].ancestors if a.i > head.left_edge.i and a.i < head.i and a.head.i >= head.left_edge.i):
                return mention.actor(self.doc, start=head.left_edge.i, end=head.i + 1, sector=sector or mention.sector)
        return self.affiliation(head, sector)

    def affiliation(self, head: Token, sector: str | None) -> Actor | None:
        """"a newspaper based in Beirut": the place's; "militias affiliated with Iran": the party's."""
        for child in head.children:
            if child.dep_ == "acl" and child.lower_ in BASED_WORDS:
                places = (self.place_actor(o) for o in objects_of(child, {"in", "at"}))
                if (place := next((p for p in places if p is not None), None)) is not None:
                    return place.model_copy(update={"sector": sector})
            if child.dep_ in {"acl", "amod"} and child.i > head.i and child.lower_ in AFFILIATION_WORDS:
                owners = (self.np_actor(o) for o in objects_of(child, {"with", "to"}))
                if (owner := next((o for o in owners if o is not None), None)) is not None:
                    return owner.model_copy(update={"sector": sector or owner.sector})
        return None

    def first_of_pair(self, mention: Mention, head: Token) -> Mention:
        """"the Slovenia-DPRK Friendship Association": a body named for two countries' friendship belongs to the
        first, where it sits; "U.S.-south Korea drills" are both sides' (not a body, so not here)."""
        if head.lemma_.lower() not in FRIENDSHIP_BODIES or mention.start < 2 or self.doc[mention.start - 1].text not in {"-", "–"}:
            return mention
        first = self.index.get(mention.start - 2)
        return first if first is not None and first.code and first.code != mention.code else mention

    def deictic_actor(self, head: Token, sector: str | None) -> Actor | None:
        """'the country', 'the regime', 'state media': the text's dominant country (else its dateline's), when it is
        safe to say."""
        # Pyongyang's words for Seoul's government, army or "group": "puppet", in any story of the peninsula, and
        # quotation marks round an office (the "government", the "National Assembly") in any story naming a Korea
        puppet = self.dominant in KOREAN_HALVES.values() and not self.conjunct and any(
            c.lower_ == "puppet" for c in head.children if c.dep_ in {"amod", "compound"})
        if (puppet or sector and scare_quoted(head) and any(m.code in KOREAN_HALVES.values() for m in self.mentions)) \
                and not self._placed_by_phrase(head):
            self.used_reference = True
            return self.in_country(named_before(head), "KOR", sector)
        # a conjunct may be a second side the story names only in the word for its country; "the north and the
        # south" are two
        # a story naming no country is about the one it was filed from
        story = self.dominant or self.dateline
        if story is None or self.conjunct and head.lower_ not in KOREAN_HALVES or not (sector or head.lower_ in REFERRING_NOUNS):
            return None
        if unplaced_nationality(head) or foreign(head):
            # "the Korean people" in a story from London: a nationality the knowledge base could not place; "foreign
            # journalists": not the story's own
            return None
        determiners = {c.lower_ for c in head.children if c.dep_ in {"det", "poss", "compound", "amod"}}
        bare_group = (head.tag_ == "NNS" and sector is not None and not any(c.dep_ in {"det", "nummod"} for c in head.children)
                      and not (head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORTING_CUES))
        if not (determiners & (DEICTIC | {"state", "official"})) and not bare_group:
            return None
        country = self.filed_office(head) or story
        if head.lower_ in KOREAN_HALVES:
            if self.dominant not in KOREAN_HALVES.values() or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
                return None  # "the north of the country" is a region
            country = KOREAN_HALVES[head.lower_]  # on the peninsula "the north" is the DPRK whoever writes
        self.used_reference = True
        span = named_before(head)
        return self.in_country(span, country, sector)

    def filed_office(self, head: Token) -> str | None:
        """An office with no country named ("the secretary", "the ministry") in a story filed from a country its text
        also names is most likely that country's, whoever the story is mostly about — unless that sentence or the one
        before has just named the country the story is mostly about ("Iran's oil ministry said … The minister …"). A
        ministry or government whose country those sentences name as well is the one the story is filed from ("Japan
        protested to China …, the foreign ministry said", from Tokyo)."""
        office = head.lower_ in STATE_OFFICES
        if not self.filed_abroad or not (office or head.lower_ in self.kb.titles):
            return None
        sentence = head.sent
        before = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        named = {m.code for m in self.mentions if before <= m.start < head.i}
        if self.dominant in named and not (office and self.dateline in named):
            return None
        return self.dateline

    def _placed_by_phrase(self, head: Token) -> bool:
        """"a puppet government in Crimea": placed by a named place in its own phrase ("the puppet group of traitors"
        is not)."""
        return any(c.dep_ == "prep" and c.lower_ in {"of", "in"} and any(o.i in self.index for o in c.children) for c in head.children)

    def reference(self, pronoun: Token) -> Actor | None:
        target = self.sentence_antecedent(pronoun)
        if target is None and pronoun.lower_ in {"it", "they"} and pronoun.dep_ == "nsubj" and self.discourse.last_speaker is not None \
                and (pronoun.head.lemma_.lower() in ASKING_VERBS or trailing_frame(pronoun.head) and not self.discourse.others_acted
                     or not self.discourse.last_group and load_lexicon().voices(pronoun.head.lemma_.lower(), "any")):
            # "It called on peace-loving people …", in a report of a statement: the issuer asks; "…, it noted"
            # after the words it reports, and "It deplored …" when no group has been named since, speak for it too
            target = self.discourse.last_speaker
        if target is None:
            target = self.discourse.last_person if pronoun.lower_ in PERSON_PRONOUNS else (self.discourse.last_group[0] if self.discourse.last_group else None)
            # wire copy puts every sentence in its own paragraph, and a KCNA paragraph often opens with "It" (a
            # subject: "it" as an object is mostly a thing, "did not block it")
            if target is None and pronoun.lower_ in PERSON_PRONOUNS:
                target = self.discourse.document_person
            elif target is None and self.discourse.previous_group and pronoun.dep_ in {"nsubj", "nsubjpass"}:
                target = self.discourse.previous_group[0]
            if target is None and (pronoun.lower_ in PERSON_PRONOUNS or pronoun.lower_ == "they" and pronoun.dep_ == "nsubj") \
                    and self.one_country_story():
                # "He apologised for the slow response", "They called upon all the believers …", in a story about one
                # country that names no other (nor another's people), and no one named before: that country's people
                target = self.in_country(self.doc[pronoun.i : pronoun.i + 1], self.home, None)
            if target is not None and pronoun.lower_ in {"they", "them", "their"}:
                self.pending_extra = [a for a in self.discourse.last_group[1:] if a.code != target.code]
        if target is None:
            target = self.uncoded_antecedent(pronoun)
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
        if pronoun.dep_ == "nsubj" and trailing_frame(pronoun.head):
            # "The U.S. is posing a danger, it noted": the frame after the words it reports is the reporter's, whom
            # no subject of those words names
            return None
        if (governor := controlling_clause(pronoun)) is not None and (acted_on := self.party_acted_on(governor, pronoun)) is not None:
            # "X condemned the sanctions, calling them …": the participle's subject is X's, and an object pronoun
            # never names its own clause's subject, so it names what X acted on
            return acted_on
        person = pronoun.lower_ in PERSON_PRONOUNS
        for child in governing_subjects(pronoun):
            if child.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
                continue
            mention = self.index.get(child.i)
            if person and mention is not None and mention.entry.kind == "person":
                return mention.actor(self.doc)
            if child.left_edge.i <= pronoun.i <= child.right_edge.i:
                continue
            if person and (named := self._person_inside(child)) is not None:
                return named  # "the warning from Minister Wang Yi came as he wrapped up …"
            found = self.np_actors(child)
            return found[0] if found else None
        return None

    def party_acted_on(self, governor: Token, pronoun: Token) -> Actor | None:
        """The party the governing clause acts on, nearest first: its objects and the phrases they hold ("finding fault
        with the DPRK's plan, branding it …" names the DPRK), never what a clause under it says."""
        nouns: list[Token] = []
        stack = [c for c in governor.children if c.dep_ in {"dobj", "dative", "prep", "pcomp"}]
        while stack:
            token = stack.pop()
            if token.pos_ in {"NOUN", "PROPN"}:
                nouns.append(token)
            stack += [c for c in token.children if c.dep_ in {"dobj", "pobj", "prep", "pcomp", "conj"}]
        for noun in sorted(nouns, key=lambda t: -t.i):
            if pronoun.lower_ in {"him", "her"} and noun.ent_type_ in {"GPE", "LOC", "FAC"}:
                continue  # "arrested a US soldier in Vladivostok, charging him": a place is no "him"
            if found := [a for a in self.np_actors(noun) if a.code]:
                return found[0]
        return None

    def uncoded_antecedent(self, pronoun: Token) -> Actor | None:
        """"The rebels said they would attack the convoy", in a text that names no one else they could be: the subject
        of the governing clause, though the knowledge base cannot code it, when it agrees with the pronoun in number
        (and, for "he" or "she", is a person). Only when no earlier sentence has a noun for a subject: "Residents said
        they hit a school", after "Russian troops shelled the city" or "a mob attacked", tells of them."""
        if pronoun.dep_ != "nsubj" or pronoun.lower_ not in {"they", "he", "she"}:
            return None
        if self.first_nominal_subject < pronoun.sent.start:
            return None  # "The militants ambushed a patrol. Officers said they …": an earlier doer, even one not coded
        subject = next((c for c in governing_subjects(pronoun) if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        agrees = plural(subject) if pronoun.lower_ == "they" else not plural(subject) and self.a_person_noun(subject)
        if not agrees or not self.is_party(subject):
            return None
        # placed as the subject itself would be (`unresolved_subject`)
        return self.unknown_party(subject, self.named_country(own_name(subject)) or (None if foreign(subject) else self.home))

    @cached_property
    def first_nominal_subject(self) -> int:
        """Where the story's first noun subject stands (the text's length if it has none)."""
        return next((t.i for t in self.doc if t.dep_ in SUBJECT_DEPS and t.pos_ in {"NOUN", "PROPN"}), len(self.doc))

    def a_person_noun(self, noun: Token) -> bool:
        """A noun naming a person: a person's name, a word for people ("a lawmaker"), a title."""
        return noun.ent_type_ == "PERSON" or lemma(noun) in load_lexicon().people_nouns or noun.lower_ in self.kb.titles

    def _person_inside(self, phrase: Token) -> Actor | None:
        """The first person named inside a phrase that does not itself name one ("the visit of President X")."""
        for token in phrase.subtree:
            mention = self.index.get(token.i)
            if mention is not None and mention.entry.kind == "person":
                return mention.actor(self.doc)
        return None

    def remember(self, sentence: Span) -> None:
        """After a sentence: whom later titles, pronouns and statements in the document may refer to. One pass in
        reading order, as a speaker's subject may be a pronoun for a party named earlier in the sentence."""
        for token in sentence:
            self.remember_title(token, sentence)
            if token.dep_ in SUBJECT_DEPS | {"nsubjpass"} and token.lower_ not in PERSON_PRONOUNS | GROUP_PRONOUNS \
                    and not told_as_content(token) and not (reported_before_its_frame(token) and not self.told_group(token)):
                self.remember_subject(token)
            elif token.dep_ not in SUBJECT_DEPS | {"nsubjpass"}:
                self.remember_named(token)
            if speaks(token):
                self.remember_speaker(token)

    def told_group(self, subject: Token) -> bool:
        """Parties told of in the plural ("Palestinian militants fired rockets, the statement said. They also …"),
        whom a later "they" goes on with whoever reports them; not things ("the acts of the authorities")."""
        return plural(subject) and (self.is_party(subject) or subject.i in self.index)

    def remember_title(self, token: Token, sentence: Span) -> None:
        """"Crown Prince Nayef", "Robert Mugabe, president of Zimbabwe": whom a later "the crown prince" or "the
        president" means."""
        if (holder := self.index.get(token.i)) is not None and token.i == holder.start and holder.entry.kind == "person" \
                and holder.code and (title := self.title_before(token)):
            # no one, once two people have been named with the same title
            named = holder.actor(self.doc)
            earlier = self.discourse.titled.get(title, named)
            self.discourse.titled[title] = named if earlier is not None and earlier.name == named.name else None
        if token.dep_ == "appos" and token.pos_ == "NOUN" and token.lower_ in self.kb.titles \
                and (actors := self.np_actors(token)) and actors[0].code \
                and not any(t.lower_ == token.lower_ and t.i != token.i and t.dep_ == "compound" for t in sentence):
            # wherever the title stood in the sentence; not when the sentence also names "President Biden" as such
            self.discourse.named_by[head_word(token)] = actors[0]

    def remember_named(self, token: Token) -> None:
        """A party named other than as a subject ("handed the letter to the Chinese ambassador", "according to a DPRK
        Foreign Ministry spokesman"): whom a later "the ambassador" or "the spokesman" means."""
        # not a title in apposition (`remember_title` reads those), nor a word for a state ("the South Korean
        # government" cited in a Taiwanese story leaves "the government" the story's own), nor a phrase naming
        # several ("the trade unions of both Koreas")
        if token.pos_ == "NOUN" and token.dep_ != "appos" and token.lemma_.lower() not in REFERRING_NOUNS and self.is_party(token) and not self.definite_bare(token) \
                and (actors := self.np_actors(token)) and actors[0].code and len({a.code for a in actors}) == 1:
            self.discourse.named_aside[head_word(token)] = (actors[0], self.discourse.sentences)

    def remember_subject(self, token: Token) -> None:
        """A subject that names a person or a group: whom a later "he"/"she" or "it"/"they" means."""
        mention = self.index.get(token.i)
        if mention is not None and mention.entry.kind == "person":
            self.discourse.last_person = self.discourse.document_person = mention.actor(self.doc)
        elif (person := self.introduced_person(token)) is not None:
            self.discourse.last_person = self.discourse.document_person = person
        elif actors := self.np_actors(token) or self.named_body(token):
            self.discourse.last_group = actors
            # "the society" after "the Chile-Korea Friendship Society said …" is that body again
            if (token.pos_ == "NOUN" or token.lower_ in FRIENDSHIP_BODIES) and actors[0].code and not self.definite_bare(token):
                self.discourse.named_by[head_word(token)] = actors[0]
            titled = token.pos_ == "NOUN" and token.tag_ == "NN" and token.lower_ in self.kb.titles  # "the defense minister of Syria"
            if (token.ent_type_ == "PERSON" or titled) and actors[0].code:
                # "Democratic Progressive Party Legislator Hung Sun-han ...": a person the knowledge base
                # lacks, coded by the body in their title, is whom a later "he" or "she" means
                self.discourse.last_person = self.discourse.document_person = actors[0]

    def remember_speaker(self, verb: Token) -> None:
        """A verb that issues a statement: its subject is whom a later "the statement" or "it noted" speaks for."""
        if verb.dep_ == "conj" and verb.lemma_.lower() in {"continue", "go"} and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            # "…, the statement said, and continued:": the speaker just named goes on, whatever clause the parser
            # joins "continued" to ("The DPRK has a right …, the statement said, and continued" is not the DPRK's)
            return
        if written_in(verb) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            # "…, the weekly Friday in a signed piece exposes …": the writer is the name before the weekday,
            # not the subject of a clause the parser joined this one to
            speaker = [a for s in self._dated_subject(verb) for a in self.np_actors(s) if a.code]
        else:
            speaker = [a for a in self.subject_actors(verb) if a.code]
        if not speaker and (unknown := self.unresolved_subject(verb)) is not None and unknown.code:
            # "the Workers' Party of Mexico issued a statement": a body the knowledge base lacks, placed by
            # the country its name holds (or the story's), is who "the statement" later speaks for
            speaker = [unknown]
        if speaker and (named := self.named_issuer(verb)) is not None:
            speaker = [named]
        if speaker and not any(c.lower_ in FIRST_PERSON for c in verb.children if c.dep_ in SUBJECT_DEPS):
            self.discourse.last_speaker = speaker[0]
            self.discourse.others_acted = False
            if verb.tag_ == "VBD" and verb.lemma_.lower() in SPEAKING_VERBS and self.discourse.voice is not None \
                    and speaker[0].code != self.discourse.voice.code:
                # "South Korea said on Tuesday …": news of another party's words, not a claim the statement
                # being reported quotes in its present ("the U.S. says its drills are defensive"); its voice ends
                self.discourse.voice = None

    def named_issuer(self, verb: Token) -> Actor | None:
        """"The Socialist Front of the People and the Union of Young Socialists of Peru issued a joint statement": of
        joint issuers, the first one whose own name places it, when the first named does not (a body the knowledge
        base lacks would otherwise be placed by the story's main country, not by its partner's)."""
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not subjects or not subjects[0].conjuncts:
            return None
        issuers = [subjects[0], *subjects[0].conjuncts]

        def own_country(body: Token) -> str | None:
            words = list(named_before(body)) + [t for c in body.children if c.i > body.i
                                                and c.dep_ not in {"relcl", "acl", "appos", "punct", "cc", "conj"} for t in c.subtree]
            # "the Friends of Ukraine Society", "the Korea solidarity committee": named for the cause it backs
            return None if any(t.lower_ in ADVOCACY_WORDS for t in words) else self.named_country(words)

        if own_country(issuers[0]) is not None or issuers[0].pos_ == "PRON":
            return None
        placed = next((b for b in issuers[1:] if own_country(b) is not None), None)
        return next((a for a in self.np_actors(placed) if a.code), None) if placed is not None else None

    # ---------- predicates ---------------------------------------------------------------------------

    def subject_actors(self, verb: Token) -> list[Actor]:
        """Who does what a verb tells: a party charged, else the first doer found climbing from the verb through the
        clauses that share its subject (`named_doer`, then `governing_doer` at each)."""
        charged = charged_party(verb)
        if charged is not None:
            return self.np_actors(charged)
        if (writer := misread_writer(verb)) is not None:
            return self.np_actors(writer)
        if (writing := writing_verb(verb)) is not None:
            return self.issuers(writing)
        node = verb
        crossed = False  # past a verb with a party for its object, who may be the doer ("pressure Seoul into abandoning")
        for _ in range(5):
            if node is not verb and not crossed and (charged := charged_party(node)) is not None and charged.dep_ == "dobj":
                # "slammed the U.S. for planning to hold drills": whom an active judging verb charges plans and holds
                return self.np_actors(charged)
            crossed = crossed or node is not verb and any(c.dep_ == "dobj" and (self.is_party(c) or c.i in self.index) for c in node.children)
            found = self.named_doer(verb, node)
            if found is None:
                found = self.governing_doer(node)
            if found is not None:
                return found
            if node.dep_ not in INHERIT_SUBJECT_DEPS or node.head.i == node.i:
                return []
            node = node.head
        return []

    def named_doer(self, verb: Token, node: Token) -> list[Actor] | None:
        """The doer a clause names: a passive's agent, its subject (or the noun a relative clause hangs on); none when
        its subject is what is acted on; None when it names no subject at all."""
        if node.i != verb.i and verb.dep_ == "conj":
            patients = [c for c in node.children if c.dep_ == "nsubjpass"]
            if patients and shares_passive(verb):
                # "was arrested and charged with …": done to the subject the two passives share, by their agent if any
                agents = [g for v in (verb, node) for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                return self.np_actors(agents[0]) if agents else []
            if patients:
                return self.np_actors(patients[0])
        agents = [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        # a past participle with a by-agent is passive whatever its subject's label: "the drills staged by the U.S. are
        # a provocation" may come parsed with "drills" as the participle's subject
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in node.children) or node.tag_ == "VBN" and (
            node.dep_ in {"acl", "relcl"} or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in node.children))
        if agents and (passive or not any(c.dep_ in SUBJECT_DEPS for c in node.children)):
            return self.np_actors(agents[0])
        # "BENGALURU: The Congress warned …": the parser may take the dateline for a second subject
        subjects = [s for c in node.children if c.dep_ in SUBJECT_DEPS for s in self.beside_dateline(c)] or self._dated_subject(node) \
            or stranded_subject(node)
        if subjects:
            # "The drills … brought to light …, the statement said", parsed with two subjects of "said": the one
            # next to the verb is its own, the other the subject of the words reported
            subject = subjects[-1] if len(subjects) > 1 and speaks(node) else subjects[0]
            if relative(subject, node):
                subject = node.head
            return self.np_actors(subject)
        if any(c.dep_ == "nsubjpass" for c in node.children):
            if node.lemma_.lower() in STATIVE_PASSIVES:
                return self.np_actors(next(c for c in node.children if c.dep_ == "nsubjpass"))
            return []
        return None

    def issuers(self, verb: Token) -> list[Actor]:
        """Who issued a text: the verb's subject, or a body the knowledge base lacks placed by its own name
        ("the World Federation of … issued a statement denouncing …" is a worldwide body's)."""
        return self.subject_actors(verb) or [a for c in verb.children if c.dep_ == "nsubj" for a in self.named_body(c)]

    def governing_doer(self, node: Token) -> list[Actor] | None:
        """The doer of a clause with no subject of its own, from what governs it: the issuer of a statement it is part
        of, the noun a participle describes, the owner of a plan, the one made to act; None when nothing says."""
        if node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ in {"VBG", "VB"}):
            # "issued a statement condemning X" / "… to condemn X"; otherwise the noun of a relative clause or a
            # participle is its doer (not that of an infinitive: "efforts to revive")
            issuing = self._issuing_verb(node.head)
            if issuing is not None:
                return self.issuers(issuing)
            if node.dep_ == "relcl" or node.tag_ == "VBG":
                return self.np_actors(node.head)
        if node.dep_ == "pcomp" and node.head.lower_ in {"for", "of"} and node.head.head.pos_ in {"NOUN", "PROPN"} \
                and (node.head.head.i in self.index or self.is_party(node.head.head)):
            # "condemned the Yankees and the puppet army for holding drills": the parser hangs "for" on
            # the last side named; all the sides joined to it stage them
            named = node.head.head
            while named.dep_ == "conj" and named.head.i != named.i:
                named = named.head
            return self.np_actors(named)
        if node.dep_ == "pcomp" and node.head.lower_ == "of" and (lengths := node.head.head).dep_ == "dobj" \
                and lengths.i not in self.index and not self.is_party(lengths) and lengths.head.lemma_.lower() in DOING_GOVERNORS:
            # "went the lengths of slandering", "had the temerity of talking about": what the verb's subject does (not
            # "condemned the practice of detaining children": what a verb of judging or raising speaks of)
            return self.subject_actors(lengths.head)
        if (owner := self._intending_owner(node)) is not None:
            return owner
        if verbless_subject(node):
            return self.np_actors(node.head)
        if node.dep_ == "pcomp" and node.head.lower_ == "from" and node.head.head.lemma_.lower() in PREVENTING_VERBS and (
                kept := [c for c in node.head.head.children if c.dep_ in {"dobj", "nsubjpass"}]):
            # "banned the officials from attending", "he was blocked from traveling": the one kept from acting
            return self.np_actors(kept[0])
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in OBJECT_CONTROL and (
                controlled := [c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i]):
            # "led Jakarta to threaten", "forced the army to withdraw": the one made to act acts
            return self.np_actors(controlled[0])
        return None

    def _intending_owner(self, verb: Token) -> list[Actor] | None:
        """"its plan to conduct a test", "made efforts to revive the talks": who does what a plan, decision or effort
        is to do is the one whose plan it is (its owner, or the subject of the light verb that makes or announces it);
        "it is the settled policy of Chile to widen …": the stance an empty "it" points ahead to."""
        if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        if verb.dep_ == "acl":
            noun = verb.head
        elif verb.dep_ in {"xcomp", "advcl"} and (stance := stance_ahead(verb.head)) is not None:
            noun = stance
        else:
            return None
        if noun.lemma_.lower() in ASKING_NOUNS:
            return None  # "Ukraine's demand to withdraw": the one asked is to act, not the one asking
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if not owners and noun.lemma_.lower() in STANCE_NOUNS:
            # "the eagerness of Chile to widen …", "it is Peru's settled stand to deepen …": whose stance it is
            owners = list(objects_of(noun, {"of"}))
        if owners:
            # a pronoun's antecedent is a guess, and a wrong doer is worse than none ("its effort to repulse …")
            return self.np_actors(owners[0]) if owners[0].pos_ != "PRON" else None
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in load_lexicon().light_verbs:
            return self.subject_actors(noun.head)
        return None

    @staticmethod
    def _issuing_verb(noun: Token) -> Token | None:
        """"issued a statement condemning X", "released statements denouncing X": the statement's act is its
        issuer's, the subject of the verb that issued it."""
        if noun.lemma_.lower() not in ISSUING_NOUNS:
            return None
        head = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "nsubj" and noun.head.pos_ == "ADJ" else None
        return head if head is not None and head.pos_ == "VERB" and noun in issued_objects(head) else None

    def beside_dateline(self, subject: Token) -> list[Token]:
        """A subject, unless it is the dateline: then what the parser hung on it as an apposition, the real subject
        ("GENEVA -- Iran and the United States agreed …"); not a wire's name in brackets ("WASHINGTON (Wire)")."""
        if not self._in_dateline(subject):
            return [subject]
        return [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i and not self._in_dateline(c)
                and all(t.text != "(" for t in self.doc[subject.i + 1 : c.i + 1])]

    def _dated_subject(self, verb: Token) -> list[Token]:
        """"Kim Jong Il Monday sent ...": the parser takes the weekday for the head of the subject; the name in front
        of it is the subject."""
        for child in verb.children:
            if child.dep_ == "npadvmod" and child.ent_type_ == "DATE" and child.i < verb.i:
                named = [t for t in child.lefts if t.i in self.index]
                if named:
                    return [self.doc[self.index[named[-1].i].end - 1]]
        return []

    def unresolved_subject(self, verb: Token) -> Actor | None:
        """The words of a subject (or by-agent) the knowledge base cannot code: kept as an actor with code null, so
        a recognised event is not thrown away ("the speakers", "a Kenyan lawmaker's group")."""
        node = verb
        for _ in range(5):
            agents = [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
            # the subject beside a dateline the parser also took for one; the dateline alone still places the story
            subjects = [s for c in subjects for s in self.beside_dateline(c)] or subjects or agents
            if subjects:
                head = subjects[0]
                if relative(head, node) and self.is_party(node.head):
                    head = node.head  # "the banker Pedro Salas, who donated …": the one the relative clause is about
                if head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS | RELATIVE_PRONOUNS | {"this", "it", "there"} or head.pos_ not in {"NOUN", "PROPN", "PRON"}:
                    return None
                if head.pos_ == "PRON" and head.lower_ not in SPEAKING_PRONOUNS:
                    return None
                # nobody the knowledge base knows: the country its own phrase names ("the secretary of a branch of
                # the Communist Party of Italy"), else, in a text filed from or about one country, most likely its own
                named = self.body_country(head)
                placed = named or (self.home if head.lower_ not in SPEAKING_PRONOUNS and not foreign(head) else None)
                self.used_reference = self.used_reference or placed is not None
                return self.unknown_party(head, placed)
            if node.dep_ not in INHERIT_SUBJECT_DEPS or node.head.i == node.i:
                return None
            node = node.head
        return None

    def is_party(self, noun: Token) -> bool:
        """A person or group: a named person or organisation, or a noun for people or for an organised body."""
        if noun.pos_ == "PROPN":
            return noun.ent_type_ in {"PERSON", "ORG", "NORP"}
        if noun.lower_ == "those":
            return any(c.dep_ == "acl" for c in noun.children)  # "those living along the river", not "those who …"
        named = any(c.dep_ == "appos" and c.ent_type_ in {"PERSON", "ORG"} for c in noun.children)  # "the driver Mahbubur Rahman"
        return noun.pos_ == "NOUN" and (named or noun.lemma_.lower() in load_lexicon().party_nouns or sector_of(noun, self.kb) is not None)

    def named_body(self, head: Token) -> list[Actor]:
        """"The Joint Action for Meeting with Prisoners of Conscience in south Korea": a body the knowledge base lacks,
        placed by the country its own name holds — whom a later "it" or "they" means."""
        if head.pos_ != "PROPN" and head.ent_type_ != "ORG":
            return []
        named = self.body_country(head)
        return [self.unknown_party(head, named)] if named else []

    def body_country(self, head: Token) -> str | None:
        """Where a body the knowledge base lacks belongs: the country its own name holds, else NGO for a worldwide
        name. A worldwide body is placed by where its name says it sits ("a Global Forum for Juche Ideas in
        Nepal"), never by what it works for ("a regional committee for honouring a late Korean leader")."""
        name = own_name(head)
        if not worldwide_body(head):
            return self.named_country(name)
        seat = [t for p in name if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj" for t in o.subtree]
        purpose = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree}
        return self.named_country(seat) or self.named_country([t for t in name if t.i not in purpose]) or "NGO"

    def named_country(self, tokens: Iterable[Token]) -> str | None:
        """The code of the first coded knowledge-base mention among the tokens, a body's as its country's branch
        ("the committee for founding the Workers' Party in Belarus" is Belarusian, whatever party the name alone is)."""
        mention = next((m for t in tokens if (m := self.index.get(t.i)) is not None and m.code), None)
        if mention is None:
            return None
        branch = self.national_branch(self.doc[mention.end - 1], mention)
        return branch.code if branch is not None else mention.code

    def unknown_party(self, head: Token, placed: str | None) -> Actor:
        """The words of a party the knowledge base cannot code — its phrase up to its head — placed in a country or
        in none."""
        left = min((t.i for t in head.subtree if t.i <= head.i and t.dep_ not in {"punct", "cc"}), default=head.i)
        return self.in_country(self.doc[left : head.i + 1], placed, sector_of(head, self.kb))

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
        return self.where_held(scope)

    def where_held(self, scope: Token) -> Actor | None:
        """"attended a summit held in Addis Ababa", "took part in talks which were hosted in Doha": the place named
        where the occasion the act takes part in was held (a place itself, not "held in the shadow of the war")."""
        occasions = [c for c in scope.children if c.dep_ == "dobj"] + [o for c in scope.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        for occasion in occasions:
            if occasion.pos_ not in {"NOUN", "PROPN"} or occasion.i in self.index or occasion.ent_type_ in {"PERSON", "NORP", "GPE", "LOC"}:
                continue  # an occasion, not people held somewhere ("the Americans held in Iran")
            for held in occasion.children:
                if held.lemma_.lower() not in HOLDING_VERBS or not (held.dep_ == "acl" and held.tag_ == "VBN"
                                                             or held.dep_ == "relcl" and any(a.dep_ == "auxpass" for a in held.children)):
                    continue
                for place in (self.index.get(o.i) for p in held.children if p.dep_ == "prep" and p.lower_ in {"in", "at"}
                              for o in p.children if o.dep_ == "pobj"):
                    if place is not None and place.code and place.entry.kind in PLACING_KINDS:
                        return place.actor(self.doc)
        return None

    def place_actor(self, obj: Token, depth: int = 0) -> Actor | None:
        mention = self.index.get(obj.i)
        if mention is not None:
            return mention.actor(self.doc) if mention.entry.kind in PLACING_KINDS and mention.code else None
        found = [self.index[c.i] for c in obj.children if c.dep_ in {"compound", "amod", "poss"} and c.i in self.index]
        if found and found[0].code and found[0].entry.kind in PLACING_KINDS:
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


BLAME_PREPS = {"of", "for"}
HOLDING_VERBS = {"hold", "host", "convene", "organize", "organise", "stage"}


def charged_party(verb: Token) -> Token | None:
    """"accused Israel of bombing", "praised Seoul for sending": the object of the judging verb did the act; so
    did the subject of its passive ("Tanzania was accused of blocking") and the noun a participle describes
    ("Tanzania, accused of blocking")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in BLAME_PREPS or prep.head.i == prep.i:
        return None
    if any(c.dep_ in {"nsubj", "poss"} for c in verb.children):
        return None  # "warned Japan of North Korea launching a satellite": the act has its own doer
    judging = prep.head
    # the last: a dateline before the subject may be parsed as a second one
    charged = next((c for c in reversed(list(judging.children)) if c.dep_ in {"dobj", "nsubjpass"}), None)
    if charged is None and judging.dep_ == "acl" and judging.tag_ == "VBN":
        return judging.head
    return charged


def stranded_subject(verb: Token) -> list[Token]:
    """"Following the shelling by Azerbaijan, Armenia and Iran agreed …": after a fronted phrase the parser may join
    a subjectless verb's subject to the phrase's last noun as its conjunct; the first name after the comma is it."""
    stranding = _stranding(verb)
    return [stranding[1]] if stranding is not None else []


def _stranding(verb: Token) -> tuple[int, Token] | None:
    """The comma a stranded subject follows and the subject's first name ("South Korea", not "South"), or None."""
    if verb.i == 0 or any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in verb.children):
        return None
    start = verb.doc[verb.i - 1]
    while start.dep_ in {"conj", "cc", "compound", "amod", "det"} and start.i > 0:
        start = start.doc[start.i - 1]
    if start.lower_ != "," or start.i + 1 >= verb.i:
        return None
    first = verb.doc[start.i + 1]
    while first.dep_ in {"compound", "det", "amod"} and first.head.i < verb.i:
        first = first.head
    fronted = [c for c in verb.children if c.dep_ in {"prep", "advcl"} and c.i < start.i]
    if first.dep_ != "conj" or first.head.i >= start.i or not any(first.head in c.subtree for c in fronted):
        return None
    return start.i, first


def coordinated(head: Token) -> list[Token]:
    """A noun and its conjuncts, less those a stranded subject took: "the shelling by Azerbaijan, Armenia and Iran
    agreed" is Azerbaijan's doing alone, and Armenia and Iran are the ones who agreed."""
    tokens = [head, *head.conjuncts]
    if len(tokens) == 1:
        return tokens
    verb = next((t for t in head.ancestors if t.pos_ in {"VERB", "AUX"} and t.i > head.i
                 and not any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in t.children)), None)
    stranding = _stranding(verb) if verb is not None else None
    if stranding is None:
        return tokens
    comma = stranding[0]
    return [t for t in tokens if (t.i > comma) == (head.i > comma)]
