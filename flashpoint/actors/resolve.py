"""Find actor mentions in a parsed Doc and resolve them to codes, sectors and canonical names."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from ..records import Actor
from .knowledge import Entry, KnowledgeBase

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"it", "they", "them", "its", "their"}


@dataclass(frozen=True)
class Mention:
    start: int  # token indices, end exclusive
    end: int
    entry: Entry
    code: str | None
    sector: str | None
    via: str  # how it was found: "kb", "short", "surname", "sector", "reference"; "home" or "korea" when placed by the story

    def actor(self, doc: Doc, start: int | None = None, end: int | None = None, sector: str | None = None) -> Actor:
        span = doc[self.start if start is None else start : self.end if end is None else end]
        return Actor(
            text=span.text,
            code=self.code,
            sector=sector or self.sector,
            name=self.entry.name,
            start=span.start_char,
            end=span.end_char,
        )


@lru_cache(maxsize=8)
def matcher_for(nlp: Language, kb: KnowledgeBase) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    surfaces = list(kb.surfaces)
    matcher.add("KB", [nlp.make_doc(s) for s in surfaces])
    matcher.add("SHORT", [nlp.make_doc(s) for s in kb.short_forms])
    return matcher


def _pick(entries: list[Entry], seen: set[str], day: date | None, story_countries: frozenset[str] = frozenset()) -> Entry:
    persons_seen = [e for e in entries if e.name in seen]
    if persons_seen:
        return persons_seen[-1]
    if day is not None:
        holding = [e for e in entries if any(r.holds_on(day) for r in e.roles)]
        if holding:
            return holding[0]
    countries = [e for e in entries if e.kind == "country"]
    if countries:
        return countries[0]
    # "the SDF" in a story about Japan is its Self-Defense Forces, in one about Syria the Syrian Democratic Forces
    in_story = [e for e in entries if e.code in story_countries]
    return (in_story or entries)[0]


def _story_countries(doc: Doc, labelled: list[tuple[int, int, str]], kb: KnowledgeBase) -> frozenset[str]:
    """The countries the story names: by their own names, their capitals and cities, or their adjectives."""
    return frozenset(e.code for start, end, label in labelled if label == "KB"
                     for e in kb.surfaces.get(doc[start:end].text, []) if e.kind in {"country", "capital", "adjective", "place"} and e.code)


def _coded(entry: Entry, day: date | None) -> tuple[str | None, str | None]:
    role = entry.role_on(day)
    if role is not None:
        return role.code, role.sector
    return entry.code, entry.sector


def find_mentions(doc: Doc, nlp: Language, kb: KnowledgeBase, day: date | None) -> list[Mention]:
    """Knowledge-base mentions, longest first where they overlap; surnames only after a full name or a title."""
    labelled = sorted(
        ((start, end, nlp.vocab.strings[label]) for label, start, end in matcher_for(nlp, kb)(doc)),
        key=lambda m: (m[0], -(m[1] - m[0])),
    )
    story_countries = _story_countries(doc, labelled, kb)
    mentions: list[Mention] = []
    seen: set[str] = set()
    taken_until = 0
    for start, end, label in labelled:
        if start < taken_until:
            continue
        surface = doc[start:end].text
        if surface.lower() in CONTINENT_ADJECTIVES and start > 0 and doc[start - 1].lower_ in CONTINENT_PARTS:
            continue  # "a South American leader", "Latin American countries": a continent's, no one country's
        if label == "SHORT":
            short = _short_form(doc, start, end, kb, seen, day)
            if short is None:
                continue
            entry, via = short, "short"
        else:
            entry, via = _pick(kb.surfaces.get(surface, []), seen, day, story_countries), "kb"
            # "Sheikh Sabah Al-Ahmad": a place's name (Sabah, Malaysia) inside a person's is a name; so is a body's
            # one-word name written as a name ("Wafa Bani Mustafa" is no news agency WAFA)
            named_like = entry.kind == "place" or entry.kind == "body" and end - start == 1 and not surface.isupper()
            if named_like and (_inside_a_name(doc, start, end) or _name_of_someone_named(doc, start, end)):
                continue
        if entry.kind == "person":
            seen.add(entry.name)
        code, sector = _coded(entry, day)
        mentions.append(Mention(start, end, entry, code, sector, via))
        taken_until = end
    mentions = _as_defined(doc, mentions, kb)
    return sorted(mentions + _surnames_again(doc, mentions, day), key=lambda m: m.start)


NAME_JOINERS = {"of", "for", "the", "and", "on", "in", "de", "la", "del", "'s", "’s", "-"}
CONTINENT_ADJECTIVES = {"american", "americans"}
CONTINENT_PARTS = {"south", "latin", "central", "north", "pan"}


def _defined_acronyms(doc: Doc) -> dict[str, tuple[int, int]]:
    """"the National Police Agency (NPA)": acronyms the text defines, each with the words of the name it stands for
    (token start, end). The acronym must spell the initials of the name's capitalised words."""
    defined: dict[str, tuple[int, int]] = {}
    for token in doc[1:-1]:
        acronym = doc[token.i + 1] if token.text == "(" else None
        if acronym is None or not (acronym.text.isupper() and acronym.text.isalpha() and 2 <= len(acronym) <= 7) \
                or acronym.i + 1 >= len(doc) or doc[acronym.i + 1].text != ")" or acronym.text in defined:
            continue
        start = token.i
        while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in NAME_JOINERS) and not doc[start].is_sent_start:
            start -= 1  # up to a sentence's first word, which may open the name ("National Police Agency (NPA) officers …")
        while start < token.i and doc[start].lower_ in NAME_JOINERS:
            start += 1
        initials = "".join(t.text[0] for t in doc[start : token.i] if t.text[:1].isupper())
        # the name's last capitalised words spell it ("… of the Ministry of the Interior (MOI)")
        if len(initials) >= len(acronym.text) and initials.endswith(acronym.text):
            first = [t for t in doc[start : token.i] if t.text[:1].isupper()][-len(acronym.text)]
            defined[acronym.text] = (first.i, token.i)
    return defined


def _same_body(name: str, words: str) -> bool:
    """Whether two names share most of their words ("Food and Agriculture Organization" and "… Organisation")."""
    def stems(text: str) -> set[str]:
        return {w.lower()[:4] for w in text.replace("'s", "").replace("-", " ").split() if w[:1].isupper()}
    one, other = stems(name), stems(words)
    return bool(one and other) and len(one & other) / min(len(one), len(other)) > 0.5


def _as_defined(doc: Doc, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """An acronym the text defines means what the text says ("the National Police Agency (NPA)" is no New People's
    Army): it takes the knowledge-base reading of the name it stands for, else keeps its own reading only when that
    reading names the same body, else has none."""
    defined = _defined_acronyms(doc)
    if not defined:
        return mentions
    out = []
    for mention in mentions:
        surface = doc[mention.start : mention.end].text
        name = defined.get(surface)
        if name is None or mention.end - mention.start != 1:
            out.append(mention)
            continue
        # the whole name, not a place ending it ("the Islamic State in Iraq and Syria")
        long = next((m for m in mentions if m.end == name[1] and m.start == name[0]), None)
        if long is not None:
            out.append(Mention(mention.start, mention.end, long.entry, long.code, long.sector, "acronym"))
        else:
            # kept when the knowledge base spells out no name the acronym abbreviates ("FIFA"; "NHK", the Japan
            # Broadcasting Corporation), or one that names the same body
            spelled = [alias for alias in _names_of(mention.entry, kb)
                       if "".join(w[0] for w in alias.replace("-", " ").split() if w[:1].isupper()) == surface]
            if not spelled or any(_same_body(alias, doc[name[0] : name[1]].text) for alias in spelled):
                out.append(mention)
    return out


def _names_of(entry: Entry, kb: KnowledgeBase) -> list[str]:
    """Every surface the knowledge base knows an entry by ("NHK" and "Japan Broadcasting Corporation")."""
    return [entry.name, *_surfaces_by_name(kb).get(entry.name, ())]


@lru_cache(maxsize=4)
def _surfaces_by_name(kb: KnowledgeBase) -> dict[str, list[str]]:
    """The knowledge base's surfaces by the name of the entries they stand for, built once per base."""
    names: dict[str, list[str]] = {}
    for surface, entries in kb.surfaces.items():
        for name in dict.fromkeys(e.name for e in entries):
            names.setdefault(name, []).append(surface)
    return names


def _short_form(doc: Doc, start: int, end: int, kb: KnowledgeBase, seen: set[str], day: date | None) -> Entry | None:
    """The person a surname or short name stands for: one the story has named in full, else one its title, first
    names or a following group word ("the Bush administration") point to, else the one person of that name in office
    on the day ("Obama has agreed"); None when the name is part of a longer one or fits no one."""
    candidates = kb.short_forms.get(doc[start:end].text, [])
    first_names = _first_names(doc, start, kb)
    if first_names is not None and (rank := _rank_before(doc, start, kb, len(first_names))) is not None:
        # "King Abdullah" is no Afghan minister named Abdullah: a rank before the name must be one of theirs
        candidates = [e for e in candidates if any(rank in r.title.lower().split() for r in e.roles)]
        if not candidates:
            return None
    known = [e for e in candidates if e.name in seen]
    titled = first_names is not None or (end < len(doc) and doc[end].lower_ in GROUP_AFTER_NAME)
    # "Chan Hui-ling", "Hyon In Thaek": a capitalised given name right after the surname, whatever the NER tag (not a
    # weekday: "Putin Tuesday")
    longer_name = end < len(doc) and doc[end].pos_ == "PROPN" and (doc[end].ent_iob_ == "I" or doc[end].is_title and doc[end].ent_type_ != "DATE"
                                                                    and doc[end].lower_ not in GROUP_AFTER_NAME)  # "the Obama Administration"
    via_bare = False
    if not known and not titled and not longer_name:
        # a bare surname ("Obama has agreed") stands for the one person of that name in office on the day
        candidates = _sole_office_holder(doc, start, end, candidates, day)
        via_bare = bool(candidates)
    if not known and (not (titled or via_bare) or longer_name):
        return None
    if not known and _someone_else_so_named(doc, start, end, candidates):
        return None
    if not known and first_names:
        # "President Omar El Bashir" may be Omar al-Bashir; "President Heinz Fischer" is not Joschka Fischer
        candidates = [e for e in candidates if any(n in e.name.split() for n in first_names)]
        if not candidates:
            return None
    return _pick(known or candidates, seen, day)


def _someone_else_so_named(doc: Doc, start: int, end: int, candidates: list[Entry]) -> bool:
    """Whether the story named in full, before, a person with this surname who is none of the knowledge base's
    ("Chan Hui-ling said … Chan added": the teacher, not Hong Kong's finance secretary)."""
    surname = doc[start:end].text.split()[-1]
    return any(e.label_ == "PERSON" and e.end <= start and len(e) > end - start and any(t.text == surname for t in e)
               and all(c.name != e.text for c in candidates) for e in doc.ents)


def _surnames_again(doc: Doc, mentions: list[Mention], day: date | None) -> list[Mention]:
    """"Crown Prince Mohammed bin Salman landed in Athens … Salman thanked his hosts": a lone name the parser takes
    for a person, the last word of a person the knowledge base knows and the story has already named, is the nearest
    such person."""
    taken = covered(mentions)
    found: list[Mention] = []
    for token in doc:
        if token.i in taken or token.ent_type_ != "PERSON" or token.ent_iob_ != "B" or \
                (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"):
            continue
        if any(c.dep_ == "appos" for c in token.children):
            continue  # "Salman, a migrant worker": someone introduced here, not the leader named before
        named = [m.entry for m in mentions if m.entry.kind == "person" and m.end <= token.i and m.entry.name.split()[-1] == token.text]
        if named:  # the nearest before it
            found.append(Mention(token.i, token.i + 1, named[-1], *_coded(named[-1], day), "surname"))
    return found


def _inside_a_name(doc: Doc, start: int, end: int) -> bool:
    """The words lie inside a longer person's name the parser found (not a place it took for a person: "Rajshahi")."""
    if doc[start].ent_type_ != "PERSON":
        return False
    first = start
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    last = end
    while last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    return last - first > end - start


def _name_of_someone_named(doc: Doc, start: int, end: int) -> bool:
    """"Sheikh Sabah Al-Khaled Al-Sabah … Sabah denied": words the parser takes for a person here that were part of
    a longer person's name earlier in the story are that person's name, not the place of the same name."""
    if doc[start].ent_type_ != "PERSON":
        return False
    words = [t.text for t in doc[start:end]]
    return any(e.label_ == "PERSON" and e.end <= start and len(e) > len(words) and any(
        [t.text for t in e[i : i + len(words)]] == words for i in range(len(e) - len(words) + 1)) for e in doc.ents)


def _sole_office_holder(doc: Doc, start: int, end: int, candidates: list[Entry], day: date | None) -> list[Entry]:
    """The surname names a person (the parser says so, no unknown first name before it) and exactly one person
    with it holds an office on the publication date — or, in an undated text, holds one now and is not someone
    else the text named in full before ("Eleanor Smith … Smith said")."""
    if doc[start].ent_type_ != "PERSON" or (start > 0 and doc[start - 1].pos_ == "PROPN"):
        return []
    if day is None:
        if any(e.end <= start and e.label_ == "PERSON" and len(e) > 1 and e[-1].text == doc[end - 1].text for e in doc.ents):
            return []
        holding = [e for e in candidates if e.kind == "person" and any(r.end is None for r in e.roles)]
    else:
        holding = [e for e in candidates if e.kind == "person" and any(r.holds_on(day) for r in e.roles)]
    return holding if len(holding) == 1 else []


GROUP_AFTER_NAME = {"administration", "government", "cabinet", "regime", "camp"}  # "the Bush administration"


def _first_names(doc: Doc, start: int, kb: KnowledgeBase) -> list[str] | None:
    """A title right before the name (returns []), or before its first names ("President Omar El Bashir" returns
    the names between); None when there is no title."""
    for i in range(start - 1, max(-1, start - 4), -1):
        if doc[i].lower_ in kb.titles:
            return [t.text for t in doc[i + 1 : start]]
        if doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper():
            return None
    return None


# titles of monarchs, held for life by few and named so in their roles (a president's role may be called "Chairman
# of the Sovereignty Council"; "minister", "general" or "Mr" name too many)
RANKS = {"king", "queen", "emperor", "empress", "sultan", "emir", "amir", "prince", "princess", "pope"}


def _rank_before(doc: Doc, start: int, kb: KnowledgeBase, names_between: int) -> str | None:
    """The rank a title before a name gives ("King Abdullah", "President Omar El Bashir"), if it is one of RANKS."""
    i = start - names_between - 1
    return doc[i].lower_ if i >= 0 and doc[i].lower_ in RANKS and doc[i].lower_ in kb.titles else None


def covered(mentions: list[Mention]) -> set[int]:
    """The token positions the mentions cover."""
    return {i for m in mentions for i in range(m.start, m.end)}


def dominant_country(mentions: list[Mention]) -> str | None:
    """The country a text is mostly about: what 'the country', 'the regime' or 'state media' refer to by default."""
    coded = [m for m in sorted(mentions, key=lambda m: m.start) if m.code and m.code not in {"IGO", "NGO"}]
    counts = Counter(m.code for m in coded)
    if not counts:
        return None
    most = max(counts.values())
    # a tie goes to the country named first: a story's lede names its own country ("Algerian president Tebboune
    # hosted his Venezuelan counterpart")
    return next(m.code for m in coded if counts[m.code] == most)


def mention_index(mentions: list[Mention]) -> dict[int, Mention]:
    return {i: m for m in mentions for i in range(m.start, m.end)}


# the bodies whose word before a role makes the person one of theirs ("police officer", "party member"); not a
# media "agency" chief nor a "union" employee, whose words are too many other things too
ROLE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "SPY", "REB", "OPP", "BUS"}


def sector_of(token: Token, kb: KnowledgeBase) -> str | None:
    """The sector a word names, or for a person in a role the word before it names ("a police officer")."""
    if token.lower_ in kb.role_nouns and (named := next(
            (kb.sector_nouns[c.lower_] for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"
             and kb.sector_nouns.get(c.lower_) in ROLE_SECTORS), None)):
        return named  # "police officers" are police, though "officers" alone are the army's
    return kb.sector_nouns.get(token.lower_) or kb.sector_nouns.get(token.lemma_.lower()) or kb.titles.get(token.lower_)
