"""code_document(): the only place the stages are wired together.

Document → clean text → spaCy Doc → actor mentions → candidate events → attribution, modality, date,
quantities, location → Event. Every document ends as a Coding: coded, skipped (why) or failed (why).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import partial
from itertools import chain
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from . import dates, focus, nlp, parallel, quantities
from .actors import knowledge
from .actors.resolve import find_mentions
from .attribution import CUES, AttributionFinder, own_speech_act, speaker_voices
from .errors import ConfigError, DocumentSkipped
from .events import lexicon as lexicon_module
from .events import ontology as ontology_module
from .events.extract import DRILL_CATEGORIES, EXERCISE_WORDS, Candidate, Extractor, governing_verb, joint_exercise
from .events.encoder import load_encoder
from .events.learned import LearnedTyper
from .events.participants import Discourse
from .events.roles import RoleModel, Story, fill_roles, load_role_model, story_of
from .ingest.clean import english_share, fold_full_width, foreign_share, strip_invisible
from .modality import (AIMED_DEEDS, DECLARED_MEASURES, PUNISHMENT_DECLARED, WARNING_WORDS, Reading, aimed_measure, alleged_aim, commemorated, declarable, judged,
                       not_yet_done, speech_act_reading)
from .records import Actor, Attribution, Coding, Document, Event, Location, Modality, Quantity, event_id
from .records import Span as TextSpan
from .settings import Settings

if TYPE_CHECKING:
    from .explain import Trace

# PLOVER general contexts (manual Table 2.1, events/data/plover.yaml) found by keyword; every name must be one of them
CONTEXT_CUES = {
    "military": r"\b(military|troops|army|navy|missiles?|exercises?|drills?|weapons?|forces|soldiers|war)\b",
    "cbrn": r"\b(nuclear|chemical weapons?|biological weapons?|radiological|uranium|enrichment|warheads?)\b",
    "diplomatic": r"\b(talks|diplomat\w*|ambassador|embass\w+|envoy|summit|treaty|negotiat\w+)\b",
    "economic": r"\b(sanctions?|trade|econom\w+|tariffs?|oil|exports?|imports?|loans?|investment)\b",
    "territory": r"\b(border|territor\w+|annex\w*|occupy|occupation)\b",
}
_CONTEXT_PATTERNS = {name: re.compile(p, re.IGNORECASE) for name, p in CONTEXT_CUES.items()}


def check(document: Document, settings: Settings) -> None:
    """Raise DocumentSkipped when there is nothing to code."""
    if len(document.text.encode("utf-8")) > settings.max_document_bytes:
        raise DocumentSkipped(f"larger than {settings.max_document_bytes // 1_000_000} MB")
    if not document.text.strip():
        raise DocumentSkipped("empty text")
    if not_english(document.text, settings.min_english_share) or latin_share(document.text) < 0.5:
        raise DocumentSkipped("not English")
    letters = [c for c in document.text if c.isalpha()]
    if len(letters) >= 40 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        raise DocumentSkipped("all capitals: case carries the names, so it cannot be parsed reliably")


def not_english(text: str, min_share: float) -> bool:
    """Long texts need a share of English function words; a short one (a headline has few) needs more English
    function words than those of the other common news languages."""
    words = len(text.split())
    if words < 8:
        return False
    share = english_share(text)
    return share < min_share if words >= 30 else share < foreign_share(text)


def latin_share(text: str) -> float:
    """The share of letters in the Latin script: a short Korean, Russian or Arabic text has no English function
    words to count, but its script says it is not English."""
    letters = [c for c in text[:20000] if c.isalpha()]
    return sum(c <= "\u024f" for c in letters) / len(letters) if letters else 1.0


def published_date(document: Document) -> date | None:
    """The publication date through dates.parse_date, the one parser ('2024-05-10', 'May 10, 2024'); None when
    there is none (_code_batch has already failed a document whose date is refused)."""
    try:
        return dates.parse_date(document.published)
    except ValueError:
        return None


def code_documents(documents: Iterable[Document], settings: Settings | None = None, trace: Trace | None = None) -> Iterator[Coding]:
    """Code documents in spaCy batches, on `settings.workers` processes; yields one Coding per input, in order.

    A configuration problem (no spaCy pipeline, a bad actors file) raises ConfigError before anything is coded;
    a problem with one document is that document's `failed` status and never stops the others. A `trace`
    collects the decisions taken (flashpoint explain)."""
    settings = settings or Settings()
    nlp.load(settings.spacy_model)
    knowledge.load(settings.actors_file)
    lexicon_module.load()
    groups = parallel.batches(documents, settings.batch_size)
    first = next(groups, None)
    second = next(groups, None)
    workers = parallel.worker_count(settings)
    # one batch is coded sooner here than a worker could start; a trace (explain) is collected in this process
    if second is None or workers == 1 or trace is not None:
        for batch in filter(None, chain([first, second], groups)):
            yield from _code_batch(batch, settings, trace)
        return
    yield from parallel.code_in_workers(chain([first, second], groups), settings, workers, _code_batch)  # type: ignore[list-item]


def _code_batch(batch: list[Document], settings: Settings, trace: Trace | None = None) -> Iterator[Coding]:
    ready: list[Document] = []
    outcomes: dict[int, Coding] = {}
    for position, document in enumerate(batch):
        try:
            document = _normalised(document)
        except ValueError as refused:
            outcomes[position] = Coding(document, "failed", reason=f"published date refused: {refused}")
            continue
        try:
            check(document, settings)
            ready.append(document)
        except DocumentSkipped as skipped:
            outcomes[position] = Coding(document, "skipped", reason=skipped.reason)
    parsed = zip(ready, _parse(ready, settings))
    for position in range(len(batch)):
        if position not in outcomes:
            document, doc = next(parsed)
            outcomes[position] = _coding(doc, document, settings, trace)
        yield outcomes.pop(position)


HEADLINE_BREAK = "\n\n"  # a headline given apart leads the stored text as its own paragraph


def with_headline(text: str, title: str | None) -> str:
    """A headline given apart from the body ("title" in JSONL, HTML) is coded too: it leads the stored text as its own
    paragraph, so its events point into the text like any other."""
    headline = (title or "").strip()
    if not headline or not text.strip() or text.lstrip().startswith(headline):
        return text
    return f"{headline}{HEADLINE_BREAK}{text}"


def _normalised(document: Document) -> Document:
    """Zero-width and bidi control characters removed and full-width forms read as ASCII (both split words for the
    parser; offsets point into the text coded, which is the text stored), the headline put in front of the body, and
    the publication date as YYYY-MM-DD (ValueError when refused)."""
    published = dates.parse_date(document.published)
    text = with_headline(fold_full_width(strip_invisible(document.text)), document.title)
    iso = published.isoformat() if published else None
    return document if (text, iso) == (document.text, document.published) else replace(document, text=text, published=iso)


def _parse(documents: list[Document], settings: Settings) -> list[Doc | str]:
    """A Doc per document, or why it could not be parsed; long texts are parsed in pieces on paragraph breaks."""
    limit = nlp.chunk_limit(settings.spacy_model)
    short = [d.text for d in documents if len(d.text) <= limit]
    needs = focus.sentence_test() if settings.selective_ner else None
    try:
        docs: list[Doc | str] = list(nlp.parse(short, settings.spacy_model, settings.batch_size, needs))
    except Exception:  # noqa: BLE001 - one text spaCy refuses must not take its batch with it: parse them one by one
        docs = [_parse_one(partial(_parse_single, text, settings.spacy_model, needs)) for text in short]
    pending = iter(docs)
    return [next(pending) if len(d.text) <= limit else _parse_one(partial(nlp.parse_long, d.text, settings.spacy_model))
            for d in documents]


def _parse_single(text: str, model: str, needs: Callable[[Span], bool] | None = None) -> Doc:
    return next(nlp.parse([text], model, needs_entities=needs))


def _parse_one(parse: Callable[[], Doc]) -> Doc | str:
    try:
        return parse()
    except Exception as exc:  # noqa: BLE001 - recorded as the document's failure reason
        return f"cannot parse: {type(exc).__name__}: {exc}"[:500]


def _coding(doc: Doc | str, document: Document, settings: Settings, trace: Trace | None = None) -> Coding:
    if isinstance(doc, str):
        return Coding(document, "failed", reason=doc)
    try:
        events = extract_events(doc, document, settings, trace)
    except DocumentSkipped as skipped:
        return Coding(document, "skipped", reason=skipped.reason)
    except ConfigError:
        raise
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a corpus run; the reason is recorded
        return Coding(document, "failed", reason=f"{type(exc).__name__}: {exc}")
    return Coding(document, "coded", events=_unique(events))


def _unique(events: list[Event]) -> list[Event]:
    """The first event of each id: the coder can find one trigger twice (two rules, two senses of one category)."""
    unique: dict[str, Event] = {}
    for event in events:
        unique.setdefault(event.id, event)
    return list(unique.values())


def code_document(document: Document, settings: Settings | None = None) -> Coding:
    return next(code_documents([document], settings))


def extract_events(doc: Doc, document: Document, settings: Settings, trace: Trace | None = None) -> list[Event]:
    kb = knowledge.load(settings.actors_file)
    lexicon = lexicon_module.load()
    published = published_date(document)
    reference = published or latest_year_end(document.text)
    mentions = find_mentions(doc, nlp.load(settings.spacy_model), kb, published)
    extractor = Extractor(doc, mentions, kb, _traced(typer(settings), trace), own_country_recipient=settings.own_country_recipient,
                          discourse=Discourse(), trace=trace)
    finder = AttributionFinder(extractor.np_actors, extractor.subject_actors, extractor.home_actor)
    events: list[Event] = []
    sentences = [s for s in doc.sents if len(s) <= settings.max_sentence_tokens]
    if not sentences:
        raise DocumentSkipped(f"no sentence under {settings.max_sentence_tokens} tokens (a table or list, not prose)")
    if trace is not None:
        trace.begin(document, ((s.start_char, s.end_char) for s in sentences))
    coding = _DocumentCoding(document, published, reference, extractor, finder, lexicon, finder.credited_lead(sentences),
                             load_role_model() if settings.learned_roles and settings.typer != "rules" else None, trace)
    for n, sentence in enumerate(sentences):
        events += coding.sentence_events(n, sentence, sentences[n + 1] if n + 1 < len(sentences) else None)
    events = with_the_one_side(without_restated_headline(events, document), extractor, trace)
    events = to_the_one_side(events, extractor, trace)
    return [ngos_as_igo(e) for e in events] if settings.ngos_as_igo else events


@dataclass
class _DocumentCoding:
    """What coding one document carries from sentence to sentence: the discourse the extractor and the attribution
    finder keep, the lead a later sentence credits to a source, and the story the role model reads."""
    document: Document
    published: date | None
    reference: date | None
    extractor: Extractor
    finder: AttributionFinder
    lexicon: lexicon_module.Lexicon
    lead: tuple[int, Attribution] | None
    roles: RoleModel | None
    trace: Trace | None
    story: Story | None = None
    # acts coded in earlier sentences: category, the trigger's stem (word_stem), doers
    told: list[tuple[str, str, frozenset[str]]] = field(default_factory=list)
    body_start: int = field(init=False)  # after a headline put in front of the body, else 0

    def __post_init__(self) -> None:
        self.body_start = headline_end(self.document)

    def sentence_events(self, n: int, sentence: Span, following: Span | None) -> list[Event]:
        extractor, finder, lead, trace = self.extractor, self.finder, self.lead, self.trace
        if lead is not None and n <= lead[0]:
            # the lead a later sentence credits ("… Rodong Sinmun says this"): its source's words, in its voice
            finder.handed_over = lead[1] if n < lead[0] else None
            extractor.discourse.voice = extractor.discourse.last_speaker = lead[1].source
        candidates = extractor.sentence_candidates(sentence, self.lexicon.light_verbs)
        counts = quantities.find(sentence) if candidates else []
        coded = [(_event(candidate, sentence, counts, self.document, self.published, self.reference, finder, extractor,
                         self.lexicon, trace), candidate.trigger) for candidate in candidates]
        # only now: a pronoun framing this sentence's words ("It said that Japan …") means whom the story had named
        # before it, not a party the sentence itself goes on to name
        extractor.remember(sentence)
        coded = [(event, trigger) for event, trigger in coded
                 if not _an_alleged_aim(event, trigger, trace) and not _a_forecast(event, trigger, trace)]
        if lead is not None and n < lead[0]:
            coded = [(_said_by_the_lead_source(event, lead[1]), trigger) for event, trigger in coded]
        if self.roles is not None and coded:
            self.story = self.story or story_of(extractor)
            coded = [(_with_roles(event, trigger, self.story, self.roles, trace), trigger) for event, trigger in coded]
        coded = [(event, trigger) for event, trigger in coded if not self._told_before(event, trigger)]
        # acts told as done, in the body: a headline's act is the body's to tell (without_restated_headline keeps the
        # body's telling), and an act denied, feared or to come may still be told as done later
        self.told += [(event.event_type, word_stem(lexicon_module.lemma(trigger)), frozenset(event.actor_codes)) for event, trigger in coded
                      if event.modality == "actual" and event.trigger.start >= self.body_start]
        # a drill is the same drill however it was told (planned, under way): "the nature of the Ulji Freedom Guardian
        # exercises", after "will soon stage the Ulji Freedom Guardian exercises", names it again
        self.told += [(DRILL, word_stem(lexicon_module.lemma(trigger)), frozenset(event.actor_codes)) for event, trigger in coded
                      if a_drill(event, trigger) and event.trigger.start >= self.body_start]
        events = one_per_act(coded)
        finder.after(sentence, following, extractor.discourse.last_speaker)
        if finder.handed_over is not None and finder.handed_over.source is not None and finder.handed_over.source.code:
            extractor.discourse.voice = finder.handed_over.source
        return events

    def _told_before(self, event: Event, trigger: Token) -> bool:
        """"The DPRK launched a satellite … the satellite launch was its legitimate right": an act an earlier sentence
        coded, named again — by its noun, or by its verb in a clause about another act — is that act mentioned again,
        not a new one; the guide codes each act once."""
        where = self._named_again_by_verb(event, trigger) if trigger.pos_ == "VERB" else self._named_again_by_noun(event, trigger)
        if where is not None and self.trace is not None:
            self.trace.note(trigger, "dropped", f"{event.event_type}: the act an earlier sentence coded, named again{where}")
        return where is not None

    def _named_again_by_verb(self, event: Event, trigger: Token) -> str | None:
        """"Police held the man for allegedly beating a neighbour", after a sentence that told the beating: the deed by
        its own doers (named in both tellings) in a clause after a preposition — not told anew by a date on the
        sentence's act or by "two more missiles", nor "since 2019, when warplanes struck a camp", a deed of its own."""
        if trigger.dep_ not in SUBORDINATE_MENTIONS or not event.actor_codes or event.modality != "actual" \
                or told_anew(trigger.sent.root) or any(t.lower_ in ANOTHER_ACT for t in trigger.subtree):
            return None
        return " in a clause" if self._told_by({event.event_type}, trigger, event, either_unnamed=False) else None

    def _named_again_by_noun(self, event: Event, trigger: Token) -> str | None:
        """An event noun naming again an act of the same kind, by the same side (or an unnamed one)."""
        if trigger.pos_ not in {"NOUN", "PROPN"} or lexicon_module.light_verb_of(trigger, self.lexicon.light_verbs) is not None:
            return None  # "they also held naval exercises": an act told anew, by its own verb
        if trigger.dep_ == "dobj" and lexicon_module.lemma(trigger.head) in REAFFIRMING_VERBS \
                and any(c.dep_ == "nsubj" for c in trigger.head.children):
            return None  # "she further stressed her country's backing": a main clause saying the act again, with its doer
        if any(c.dep_ in {"amod", "advmod", "det"} and c.lower_ in ANOTHER_ACT for c in trigger.children):
            return None  # "another satellite launch", "a new attack"
        if told_anew(trigger):
            return None  # "the killing of two soldiers in Quetta on Tuesday": an act with its own date
        kinds = {event.event_type, DRILL} if a_drill(event, trigger) else {event.event_type}
        return "" if self._told_by(kinds, trigger, event, either_unnamed=True) else None

    def _told_by(self, kinds: set[str], trigger: Token, event: Event, either_unnamed: bool) -> bool:
        """Whether an earlier sentence told an act of these kinds by the trigger's stem, by the same side (or, with
        `either_unnamed`, by a side one of the two tellings leaves unnamed)."""
        word, sides = word_stem(lexicon_module.lemma(trigger)), frozenset(event.actor_codes)
        return any(category in kinds and told == word and (bool(sides & by) or either_unnamed and (not sides or not by))
                   for category, told, by in self.told)


ANOTHER_ACT = {"another", "new", "second", "third", "fresh", "renewed", "latest", "further", "next", "more"}
SUBORDINATE_MENTIONS = {"pcomp"}  # "arrested for assaulting" (a relative clause may tell more; an "acl" is often a misread main verb)
# verbs by which a party states its act again ("reaffirmed its support", "reiterated its demand"): the act re-told
REAFFIRMING_VERBS = {"confirm", "reaffirm", "reiterate", "emphasize", "emphasise", "stress", "underline", "underscore"}
DRILL = "drill"  # `told`'s mark for a drill told in any category or modality
# endings that make a noun of an act's verb: "proposed" … "the proposal", "agreed" … "the agreement", "met" … "the
# meeting"
NOUN_ENDINGS = ("ing", "ation", "ition", "ment", "al", "ion", "ate", "e")


def told_anew(noun: Token) -> bool:
    """An event noun with a date of its own ("the killing of two soldiers in Quetta on Tuesday") tells an act, not a
    re-mention (a count or a place it shares with the first telling: "the executions of three activists")."""
    return any(t.ent_type_ in {"DATE", "TIME"} for t in noun.subtree)


def word_stem(word: str) -> str:
    """What a verb and the noun made from it share ("propose", "proposal" → "propos"; "invite", "invitation" →
    "invit"; "deploy", "deployment" → "deploy"), so that a noun names again an act a verb told."""
    for ending in NOUN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
    return word


def a_drill(event: Event, trigger: Token) -> bool:
    """An event a drill's own noun tells ("the Key Resolve exercises"), in any of a drill's categories."""
    return event.event_type in DRILL_CATEGORIES and lexicon_module.lemma(trigger) in EXERCISE_WORDS


def _said_by_the_lead_source(event: Event, credit: Attribution) -> Event:
    """In a lead a later sentence credits, the source's own acts are its speech acts, asserted by being said (the
    guide's null attribution); others' acts are what it reports."""
    own = event.attribution == credit and credit.source is not None and credit.source.code in event.actor_codes
    return event.model_copy(update={"attribution": None}) if own else event


def _with_roles(event: Event, trigger: Token, story: Story, roles: RoleModel, trace: Trace | None) -> Event:
    filled = fill_roles(event, trigger, story, roles)
    if trace is not None and filled is not event:
        for role in ("actor", "recipient"):
            if getattr(filled, role) != getattr(event, role):
                added = ", ".join(f"{a.text!r} -> {a.code}" for a in getattr(filled, role))
                trace.note(trigger, "participants", f"{role} {added}: the role model's most likely party, where the rules coded none")
    return filled


def _an_alleged_aim(event: Event, trigger: Token, trace: Trace | None) -> bool:
    aim = event.event_type in AIMED_DEEDS and event.modality == "hypothetical" and alleged_aim(trigger)
    if aim and trace is not None:
        trace.note(trigger, "dropped", f"{event.event_type}: an aim alleged of a drill, scenario or plan, not a plot or an act (the guide)")
    return aim


def _a_forecast(event: Event, trigger: Token, trace: Trace | None) -> bool:
    """"The World Bank warned that the war will plunge millions into poverty", "the FAO issued a warning about a locust
    plague": an international body warning of what may befall people foretells, it threatens no one — unless it warns
    a party or what it warns of is its own act ("the EU warned that it would impose duties")."""
    if event.event_type != "THREATEN" or not event.actor_codes or not set(event.actor_codes) <= {"IGO", "NGO"} \
            or lexicon_module.lemma(trigger) not in WARNING_WORDS:
        return False
    if any(c.dep_ in {"dobj", "dative"} or c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children):
        return False  # "warned North Korea that further launches would bring sanctions": a party is warned
    told = [c for c in trigger.children if c.dep_ in {"ccomp", "acl"}]
    doers = [g for c in told for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
    if any(d.pos_ == "PRON" for d in doers):
        return False
    if trace is not None:
        trace.note(trigger, "dropped", "THREATEN: an international body's warning of what may happen, no threat of its own")
    return True


def one_per_act(coded: list[tuple[Event, Token]]) -> list[Event]:
    """The guide's "at most one event per type and participants per sentence", once participants are resolved: two
    triggers that came out as the same act by the same coded sides ("demanded that they stop", "should stop" and
    "stop") are one event. The act that governs the other in the parse is kept ("claimed" over what the claim
    says), else the more confident one, else the first."""
    coded = acts_named_by_their_verb(coded)
    def act(event: Event) -> tuple:
        return event.event_type, frozenset(event.actor_codes), frozenset(event.recipient_codes), event.modality

    def better(one: tuple[Event, Token], other: tuple[Event, Token]) -> bool:
        if one[1].is_ancestor(other[1]) or other[1].is_ancestor(one[1]):
            return one[1].is_ancestor(other[1])
        return one[0].confidence > other[0].confidence

    best: dict[tuple, tuple[Event, Token]] = {}
    for pair in coded:
        if not pair[0].actor_codes:  # unidentified doers may be different people
            continue
        kept = best.get(act(pair[0]))
        if kept is None or better(pair, kept):
            best[act(pair[0])] = pair
    left = [(event, trigger) for event, trigger in coded if not event.actor_codes or best[act(event)][0] is event]
    # "agreed to hold talks": the talks yet to come (AGREE, future) are what the agreement governing them agreed,
    # also when they name fewer of its parties ("the two leaders agreed to resume a dialogue": Seoul's dialogue) —
    # the same doers committing to or saying their own act. Not "agreed to lift tariffs and will visit Seoul", a
    # second act beside the first; not another party's act it answers ("accused Russia of blaming Kyiv", "agreed
    # to Tokyo's proposal"); not one in a condition, a time clause or a relative clause ("would release prisoners
    # if Hamas freed the hostages", "condemned Japan, which had condemned Beijing")
    def told_within(event: Event, other: Event, trigger: Token, governing: Token) -> bool:
        return other.event_type == event.event_type and set(event.actor_codes) <= set(other.actor_codes) \
            and set(event.recipient_codes) <= set(other.actor_codes + other.recipient_codes) and within(trigger, governing)

    return [event for event, trigger in left if not event.actor_codes or not any(
        other is not event and told_within(event, other, trigger, governing) for other, governing in left)]


def acts_named_by_their_verb(coded: list[tuple[Event, Token]]) -> list[tuple[Event, Token]]:
    """"Reaffirmed Jordan's full support for the Palestinians", "rejected the U.S. promise of aid", "inducted the
    vehicles into their forces in south Korea": an event noun that is what a verb of the same category acts on (its
    object or passive subject, or the object of its preposition), done by the verb's own side, names that verb's act,
    not one of its own — one event (but "condemned Japan's condemnation", "rejected the U.S. promise": another side's
    act). The verb's is kept; a recipient it found only in the noun's own doer ("Jordan's full support" read as the
    one supported) gives way to the noun's recipient."""
    def named_by(noun: Token, verb: Token) -> bool:
        if noun.pos_ not in {"NOUN", "PROPN"} or verb.pos_ != "VERB":
            return False
        head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
        return head.i == verb.i and noun.dep_ in {"dobj", "nsubjpass", "pobj"}

    kept: list[tuple[Event, Token]] = []
    merged: dict[int, Event] = {}
    for event, trigger in coded:
        verbs_act = next((other for other, governing in coded if other is not event and other.event_type == event.event_type
                          and named_by(trigger, governing) and set(event.actor_codes) <= set(other.actor_codes)), None)
        if verbs_act is None:
            kept.append((event, trigger))
            continue
        current = merged.get(id(verbs_act), verbs_act)
        # the verb's recipient is the noun's own doer, named inside the noun's phrase ("Jordan's full support")
        start, end = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge)
        if event.recipient and set(current.recipient_codes) <= set(event.actor_codes) \
                and all(start <= r.start and r.end <= end for r in current.recipient):
            merged[id(verbs_act)] = current.model_copy(update={"recipient": event.recipient})
    return [(merged.get(id(event), event), trigger) for event, trigger in kept]


BESIDE_DEPS = {"conj", "advcl", "relcl"}  # a conjunct, a condition or time clause, a relative clause: beside an act


def within(trigger: Token, governing: Token) -> bool:
    """Whether `trigger` is inside what `governing` says or intends (its complement), not beside it in a conjunct,
    an adverbial clause or a relative clause."""
    node = trigger
    while node.i != governing.i:
        if node.dep_ in BESIDE_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return trigger.i != governing.i


def without_restated_headline(events: list[Event], document: Document) -> list[Event]:
    """A headline given apart from the body ("Kim Jong Il Congratulates Lao President") that the body restates (an
    event of the same category by the same side) is one event, coded where the body tells it (with its sentence,
    date and participants); a headline's event the body does not tell is kept. A headline in the passive drops its
    auxiliary ("Japan Urged to Apologize" reads as Japan urging) and a noun heads a compound ("Bloc Lifts Niger
    Sanctions" reads as Niger's sanctions), so their sides may stand either way round; a verb's stand as it says
    ("Iran Threatens Israel" is not "Israel warned Iran")."""
    end = headline_end(document)
    if not end:
        return events
    body = [e for e in events if e.trigger.start >= end]
    # the story's lead, its first sentence, where a headline's news is told again in the body's own words
    first = min((e.sentence.start for e in body), default=None)
    lead = [e for e in body if e.sentence.start == first] if first is not None and not document.text[end:first].strip() else []

    def restated(event: Event) -> bool:
        actors, recipients = set(event.actor_codes), set(event.recipient_codes)
        either_way = ".noun:" in event.produced_by or event.trigger.text.lower().endswith(("ed", "en"))
        if any(b.event_type == event.event_type and (actors & set(b.actor_codes) or either_way and (
                actors & set(b.recipient_codes) or recipients & set(b.actor_codes))) for b in body):
            return True
        # "British Party Calls for Learning from Kim's Idea" over a lead that tells the party praising it: headlinese
        # read as another category, every side of it in an act of another kind the lead tells, its doers doing it
        # unless the headline may stand either way round ("Iran Threatens Israel" over "Israel warned Iran" is an
        # answer, kept above; "Japan protests Chinese incursion" over "Japan protested to China" keeps the incursion)
        return bool(actors) and any(b.event_type != event.event_type and actors | recipients <= set(b.actor_codes) | set(b.recipient_codes)
                                    and (either_way or actors <= set(b.actor_codes)) for b in lead)

    return [e for e in events if e.trigger.start >= end or not restated(e)]


def one_country(events: list[Event]) -> str | None:
    """The one country a story's events name (international bodies aside), if they name one alone."""
    codes = {a.code for e in events for a in (*e.actor, *e.recipient) if a.code and a.code not in {"IGO", "NGO"}}
    return codes.pop() if len(codes) == 1 else None


def trigger_word(event: Event, doc: Doc) -> Token | None:
    """The first word of an event's trigger in the parsed document."""
    words = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return words[0] if words is not None else None


def with_the_one_side(events: list[Event], extractor: Extractor, trace: Trace | None = None) -> list[Event]:
    """A story whose events name one country alone, and an event in it told with no doer ("Abe was shot and
    killed", "the contracts were cancelled", "the killing of his girlfriend"): the act is that country's own, as
    the guide's annotators code a domestic story — its doer given where the text names the country apart from the
    party acted on (`Participants.named_apart`: "Syrian army accused of …" names Syria in the accused alone, no one
    else's act) — on the terms of `Participants.home_party`: not one done to the country itself or an attack on its
    forces. In a story whose events name two countries or more, who did it is left open."""
    if all(e.actor for e in events) or (code := one_country(events)) is None:
        return events

    def side_of(event: Event) -> Actor | None:
        if event.actor or (word := trigger_word(event, extractor.doc)) is None:
            return None
        if not extractor.own_side_did(code, event.recipient, event.event_type, word, others_named=False):
            return None  # done to the country itself, or an attack on its forces: another's act
        side = extractor.named_apart(code, event.recipient)
        if side is not None and trace is not None:
            trace.note(word, "participants", f"no doer named, in a story whose events name {code} alone: {code}'s own act")
        return side

    return [e.model_copy(update={"actor": [side]}) if (side := side_of(e)) is not None else e for e in events]


def to_the_one_side(events: list[Event], extractor: Extractor, trace: Trace | None = None) -> list[Event]:
    """A story whose events name one country alone, and an event in it whose words name a party acted on that the
    knowledge base cannot place ("police arrested Zaki Hannache", "assured help to the families hit by the floods",
    "the court warned the accused"): that party is of the story's country, as its doers are (`with_the_one_side`).
    Only a party the text names (the guide: no recipient by convention), never the doers' own words."""
    # the story's own country alone (a body another country condemns may be anyone's)
    if all(e.recipient for e in events) or (code := one_country(events)) is None or code != extractor.home:
        return events

    def reached(event: Event) -> Actor | None:
        if event.recipient or (word := trigger_word(event, extractor.doc)) is None:
            return None
        party = extractor.unplaced_acted_on(word, [(a.start, a.end) for a in event.actor], event.event_type)
        if party is None:
            return None
        if trace is not None:
            trace.note(word, "participants", f"a party acted on that no country places, in a story whose events name {code} alone: {code}'s")
        return extractor.unknown_party(party, code)

    return [e.model_copy(update={"recipient": [party]}) if (party := reached(e)) is not None else e for e in events]


def headline_end(document: Document) -> int:
    """Where a headline given apart from the body, and put in front of it by with_headline, ends; 0 for none."""
    headline = (document.title or "").strip()
    return len(headline) if headline and document.text.startswith(headline + HEADLINE_BREAK) else 0


def ngos_as_igo(event: Event) -> Event:
    """PLOVER's convention for international NGOs: the code IGO where the annotation guide has NGO."""
    def recoded(actors: list[Actor]) -> list[Actor]:
        return [a.model_copy(update={"code": "IGO"}) if a.code == "NGO" else a for a in actors]

    attribution = event.attribution
    if attribution is not None and attribution.source is not None and attribution.source.code == "NGO":
        attribution = attribution.model_copy(update={"source": attribution.source.model_copy(update={"code": "IGO"})})
    return event.model_copy(update={"actor": recoded(event.actor), "recipient": recoded(event.recipient), "attribution": attribution})


YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def latest_year_end(text: str) -> date | None:
    """The last day of the latest year a text mentions: a stand-in for a missing publication date, used only to
    judge whether an event is background from years before."""
    years = [int(y) for y in YEAR.findall(text)]
    return date(max(years), 12, 31) if years else None


def typer(settings: Settings) -> lexicon_module.Typer:
    rules = lexicon_module.RuleTyper(lexicon_module.load())
    if settings.typer == "rules":
        return rules
    return LearnedTyper(rules, rules_propose=settings.typer == "learned", encoder=load_encoder() if settings.trigger_encoder else None)


def _traced(chosen: lexicon_module.Typer, trace: Trace | None) -> lexicon_module.Typer:
    """The typer for one document, noting the trigger model's verdicts when explaining."""
    if trace is not None and isinstance(chosen, LearnedTyper):
        chosen.trace = trace
    return chosen


def _asked(trigger: Token) -> bool:
    """"Japan would be well advised to stop", "Seoul is urged to …": an asking word in the passive, with no agent,
    names the one asked, so the demand is the speaker's own, as when a word that is no act of asking voices it."""
    return trigger.tag_ == "VBN" and (trigger.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in trigger.children)) \
        and not any(c.dep_ == "agent" for c in trigger.children)


def judges_or_asks(trigger: Token, light: Token | None, category: str, lexicon: lexicon_module.Lexicon) -> bool:
    """Whether the trigger's own subject (or owner) judges or asks: "X condemned Y", "X issued a warning", "X seeks
    talks". Otherwise a SUPPORT, ACCUSE, REQUEST or THREATEN found in a speaker's statement is the speaker's:
    "the U.S. seeks to contain its rivals" or "the U.S. made desperate efforts to stifle the DPRK", read as
    accusations, accuse the U.S.; "making a mockery of X", "is a provocation" describe the party they are about."""
    word = lexicon_module.lemma(trigger)
    if word in lexicon.invective_words and not (trigger.pos_ == "VERB" and lexicon.voices(word, category)):
        return False  # "these are slanders" describes a party; "they slandered the launch" is their own attack
    # "set forth the tasks": the verb's own object is a word of asking of its own ("poses a threat" stays
    # the speaker's charge)
    asking = lexicon.voicing_words.get("REQUEST", frozenset())
    named = category == "REQUEST" and any(c.dep_ == "dobj" and lexicon_module.lemma(c) in asking for c in trigger.children)
    return (light is not None and lexicon.voices(lexicon_module.lemma(light), category)) \
        or ((lexicon.voices(word, category) or named) and not _asked(trigger)) or word in CUES


def _event(
    candidate: Candidate,
    sentence: Span,
    counts: list[Quantity],
    document: Document,
    published: date | None,
    reference: date | None,
    finder: AttributionFinder,
    extractor: Extractor,
    lexicon: lexicon_module.Lexicon,
    trace: Trace | None = None,
) -> Event:
    doc, sense, trigger = sentence.doc, candidate.sense, candidate.trigger
    framed, frame = finder.find(candidate.light_verb or trigger)
    actor, recipient, attribution, reading = _speech_act(candidate, framed, extractor, lexicon)
    category, mode_of_act, why = ontology_module.load()[reading.category], reading.modality, reading.why
    resolved, date_text, mode_of_act = _dated(candidate, frame, mode_of_act, published, reference, future=reading.to_come,
                                              kb=extractor.kb)
    produced_by, mode = sense.rule_id, sense.mode
    if reading.rule is not None:
        produced_by, mode = f"{reading.rule} (after {produced_by})", None
    joint, actor, recipient = joint_exercise(category.name, trigger, candidate.light_verb or trigger, actor, recipient, mode_of_act)
    if joint != category.name:
        category, mode = ontology_module.load()[joint], None
        sides = "single-country" if joint == "MOBILIZE" else "joint"
        produced_by = f"rule:{joint.lower()}.{sides}-exercise.v1 (after {produced_by})"
    if trace is not None:
        _explain(trace, trigger, framed, attribution, mode_of_act, why, resolved, date_text, published)
    start, end = candidate.trigger_span
    trigger_span = doc[start:end]
    scope = candidate.light_verb or trigger
    return Event(
        id=event_id(document.id, category.name, trigger_span.start_char, trigger_span.end_char),
        doc_id=document.id,
        event_type=category.name,
        mode=mode,
        contexts=_contexts(sense.contexts, sentence.text),
        actor=actor,
        recipient=recipient,
        attribution=attribution,
        modality=mode_of_act,
        date=resolved.value if resolved else (published.isoformat() if published else None),
        date_text=date_text,
        date_precision=resolved.precision if resolved else "publication",
        location=_location(scope, extractor, actor + recipient),
        quantities=_within(scope, counts),
        trigger=TextSpan(text=trigger_span.text, start=trigger_span.start_char, end=trigger_span.end_char),
        sentence=_trimmed(sentence),
        score=category.score(mode),
        quad=category.quad,
        cameo_root=category.cameo_root,
        confidence=round(sense.confidence * (0.75 if candidate.resolved_by_reference else 1.0), 3),
        produced_by=produced_by,
    )


# light verbs whose deed is only offered, planned or sought: "offered a ceasefire" is no ceasefire yet
OFFERING_VERBS = {"offer", "plan", "seek"}


def _speech_act(candidate: Candidate, framed: Attribution | None, extractor: Extractor,
                lexicon: lexicon_module.Lexicon) -> tuple[list[Actor], list[Actor], Attribution | None, Reading]:
    """The act's parties and source once its speaker is known (speaker_voices, own_speech_act), and what it is as a
    speech act (speech_act_reading): its category, modality and why."""
    trigger = candidate.trigger
    clause = candidate.light_verb or trigger  # the verb that carries the act's auxiliaries and objects
    category = ontology_module.load()[candidate.sense.category or ""].name
    own_word = judges_or_asks(trigger, candidate.light_verb, category, lexicon)
    actor, recipient, attribution = speaker_voices(category, own_word, candidate.actor, candidate.recipient, framed,
                                                   extractor.discourse.sentence_speaker, trigger.sent.start_char)
    attribution = own_speech_act(category, actor, attribution, extractor.kb.country_name)
    mode_of_act, why = judged(clause, attribution, lexicon.future_cues, lexicon.negative_verbs)
    if mode_of_act == "actual" and candidate.light_verb is not None and lexicon_module.lemma(candidate.light_verb) in OFFERING_VERBS \
            and (category in ontology_module.load().deeds or category == "CONSULT"):  # "offered talks": none held yet
        mode_of_act, why = "future", f"a deed {lexicon_module.lemma(candidate.light_verb)}ed, not yet done ('offered a ceasefire')"
    if (pointed_to := not_yet_done(category, mode_of_act, clause, trigger, candidate.light_verb)) is not None:
        mode_of_act, why = pointed_to  # asked for, owed, a stance's or an infinitive's content
    denied = any(a is not None and a.stance == "denies" for a in (framed, attribution))
    # told in its own doer's announcement: the source would be the doer's own voice were the act a speech act (the
    # rules wrap an announced intention themselves, Extractor.intent_candidate; the trigger model leaves it here)
    declared = extractor.typed_by_model and attribution is not None and category in DECLARED_MEASURES \
        and declarable(clause, mode_of_act) and aimed_measure(clause, actor, recipient) \
        and own_speech_act("THREATEN", actor, attribution, extractor.kb.country_name) is None
    reading = speech_act_reading(category, mode_of_act, why, trigger, denied, lexicon.negative_verbs, declared)
    if declared and reading.category == "THREATEN":
        attribution = None
    if reading.rule == PUNISHMENT_DECLARED and attribution is not None and (source := attribution.source) is not None \
            and attribution.stance == "reports" and all(a.code == source.code for a in actor):
        # "offenders will be punished, the ministry said": who declares a punishment no one else is named to deal
        # threatens it
        actor, attribution = [source], None
    return actor, recipient, attribution, reading


def _dated(candidate: Candidate, frame: Token | None, mode_of_act: Modality, published: date | None, reference: date | None,
           future: bool, kb: knowledge.KnowledgeBase) -> tuple[dates.ResolvedDate | None, str | None, Modality]:
    """The act's date and text, and its modality once an actual act dated a year or more before the publication is
    historical. With no publication date the latest year the text mentions (`reference`) stands in for it — it still
    tells "in 1998" from this year's events — and the event keeps only a date its words fix ("on 3 May 1841"), not one
    read against the stand-in ("on Monday")."""
    against = published or reference
    resolved, date_text, entity = _date(candidate, frame, against or _ANY_DAY, future=future if published else False)
    if resolved is not None and against is not None and mode_of_act == "actual" and dates.is_historical(resolved, date_text or "", against):
        mode_of_act = "historical"
    if mode_of_act == "actual" and published is not None and resolved is not None and entity is not None \
            and _to_come(candidate, resolved, entity, published):
        mode_of_act = "future"
    if mode_of_act == "actual" and (resolved is None or published is None) and commemorated(candidate.trigger):
        mode_of_act = "historical"
    if mode_of_act == "actual" and against is not None and done_by_the_long_dead(candidate, against, kb):
        # (whatever date the sentence holds: a dateline's, or a day a dead man's deed cannot have)
        mode_of_act = "historical"
    if published is None and not (resolved is not None and date_text is not None and dates.fixed_by_itself(date_text, resolved)):
        resolved, date_text = None, None
    return resolved, date_text, mode_of_act


def done_by_the_long_dead(candidate: Candidate, against: date, kb: knowledge.KnowledgeBase) -> bool:
    """"President Kim Il Sung visited China", told in 2012: an act whose doers are all people dead a year or more at the
    story's date (`died` in leaders.yaml) is background, historical."""
    # the person named, not a body named after one ("a Kim Il Sung prize committee")
    people = [e for a in candidate.actor if a.name and a.text.split()[-1:] == a.name.split()[-1:]
              for e in kb.surfaces.get(a.name, ()) if e.kind == "person"]
    return bool(people) and len({e.name for e in people}) == len({a.name for a in candidate.actor}) \
        and all(e.died is not None and (against - e.died).days >= 365 for e in people)


def _to_come(candidate: Candidate, resolved: dates.ResolvedDate, entity: Span, published: date) -> bool:
    """"The drills to be staged from Aug. 20", in a story of Aug. 18: an act its own day puts after the story — more
    than a day after (other time zones), within the year to come — and not told as done, is to come."""
    if resolved.precision != "day":
        return False
    day = date.fromisoformat(resolved.value)
    return published + timedelta(days=1) < day <= published + timedelta(days=366) and _dates_the_act_itself(entity, candidate) \
        and not _told_as_done(candidate)


def _dates_the_act_itself(entity: Span, candidate: Candidate) -> bool:
    """A date hung on the act's own word ("drills from Aug. 20", "stage the drills on Monday"), not on a word inside
    what the act says or proposes ("proposed holding talks on January 27", "invited them to a summit on May 12": the
    talks' date), nor the end of a span or a deadline ("imposed a curfew until May 5", "demanded it by May 15")."""
    act = {t.i for t in (candidate.trigger, candidate.light_verb) if t is not None}
    node = entity.root.head
    if node.lower_ in SPAN_ENDS:
        return False
    while node.i not in act and node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX", "NOUN", "PROPN"}:
            return False
        node = node.head
    return node.i in act


def _told_as_done(candidate: Candidate) -> bool:
    """An act told in the past ("fired two missiles on May 2, local time": another time zone's date), done."""
    verb = candidate.light_verb or candidate.trigger
    if verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head if verb.head.pos_ in {"VERB", "AUX"} else verb
    return verb.tag_ in {"VBD", "VBN"} or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"has", "have", "had", "was", "were"}
                                              for c in verb.children)


def _explain(trace: Trace, trigger: Token, framed: Attribution | None, attribution: Attribution | None, mode_of_act: str,
             why: str, resolved: dates.ResolvedDate | None, date_text: str | None, published: date | None) -> None:
    if attribution is not None:
        source = attribution.source
        who = f"{source.text!r} -> {source.code or 'unresolved'}" if source is not None else "an unnamed source"
        trace.note(trigger, "attribution", f"{attribution.stance} by {who} (cue {attribution.cue!r})")
    elif framed is not None:
        trace.note(trigger, "attribution", f"the speaker's own act, asserted by being said (cue {framed.cue!r})")
    else:
        trace.note(trigger, "attribution", "asserted by the article (no reporting verb, 'according to' or accusation frames it)")
    trace.note(trigger, "modality", f"{mode_of_act}: " + ("dated years before publication" if mode_of_act == "historical" else why))
    if resolved is not None:
        trace.note(trigger, "date", f"{date_text!r} -> {resolved.value} ({resolved.precision})")
    elif published is not None:
        trace.note(trigger, "date", f"no date expression in its clause: the publication date {published.isoformat()}")
    else:
        trace.note(trigger, "date", "no date expression and no publication date: undated")


def _trimmed(sentence: Span) -> TextSpan:
    """The sentence without the paragraph break spaCy attaches to its last token."""
    text = sentence.text.rstrip()
    return TextSpan(text=text, start=sentence.start_char, end=sentence.start_char + len(text))


def _contexts(from_sense: tuple[str, ...], text: str) -> list[str]:
    found = list(from_sense)
    found += [name for name, pattern in _CONTEXT_PATTERNS.items() if name not in found and pattern.search(text)]
    return found


def _date_entities(scope: Token) -> list[Span]:
    left, right = scope.left_edge.i, scope.right_edge.i
    return [e for e in scope.sent.ents if e.label_ == "DATE" and left <= e.start and e.end - 1 <= right and not _names_a_thing(e, scope)]


def _date(candidate: Candidate, frame: Token | None, published: date, future: bool) -> tuple[dates.ResolvedDate | None, str | None, Span | None]:
    scope = candidate.light_verb or candidate.trigger
    entities = [e for e in _date_entities(scope) if not _another_acts_date(e, scope)]
    if not entities and frame is not None:
        entities = [e for e in _date_entities(frame) if e.root.head == frame]
    clause = scope
    while not entities and (governor := _temporal_governor(clause)) is not None:
        # "ties were severed in 2016 when protesters attacked the embassy after …": a temporal clause shares the
        # time of the clause it hangs from
        entities = [e for e in _date_entities(governor) if not (clause.left_edge.i <= e.start <= clause.right_edge.i)]
        clause = governor
    if not entities and scope.pos_ in {"NOUN", "PROPN"} and scope.dep_ in {"dobj", "nsubjpass"} \
            and ((carrier := lexicon_module.lemma(scope.head)) == "have" or carrier in lexicon_module.load().light_verbs):
        # "on August 12 he had a talk with …", "in 2000 the summit was held": the verb that carries the act its noun
        # names times it (not another act about it: "on Monday Moscow welcomed the planned meeting")
        entities = [e for e in _date_entities(scope.head) if _dates_verb(e, scope.head)]
    if not entities and not future and (teller := _clause_telling_the_party(clause)) is not None:
        # "on May 3, 1972 he met the delegates who attended the talks": a past act told of a party in a dated
        # clause is of that clause's time
        entities = [e for e in _date_entities(teller) if _dates_verb(e, teller)]
    if not entities and not future and _says_content(clause) and (governor := governing_verb(clause)) is not None:
        # "in October 2006 the U.S. made public a policy to the effect that it rejects …": what a dated act says
        # or sets out has no time of its own but that act's
        entities = [e for e in _date_entities(governor) if _dates_verb(e, governor)]
    entities.sort(key=lambda e: abs(e.start - scope.i))
    for entity in entities:
        resolved = dates.resolve(_with_preposition(entity), published, future)
        if resolved is not None:
            return resolved, entity.text, entity
    return None, None, None


# texts and eras named by a date: "the March 3 Accord", "the era of June 15", "the May 24 measures"
DATED_NAMES = {"declaration", "statement", "agreement", "accord", "era", "communique", "resolution", "measure", "movement",
               "uprising", "revolution", "incident", "treaty", "memorandum", "document", "spirit"}
SPAN_ENDS = {"until", "till", "by", "through", "before", "to"}  # "until May 5", "by May 15": an end or a deadline

# stands in for a missing publication date in a text that names no recent year: only the dates its words fix are
# kept (`_dated`), so which day it is does not matter
_ANY_DAY = date(2000, 1, 1)


TEMPORAL_MARKS = {"when", "as", "while", "after", "before", "once"}
TEMPORAL_LINKS = TEMPORAL_MARKS | {"since", "following", "until", "during", "upon"}
SPAN_PARTICIPLES = {"starting", "beginning", "ending", "lasting"}
CONTENT_DEPS = {"ccomp", "acl", "xcomp"}
# a relative clause tells what these say, not a fact with a time of its own ("a policy to the effect that it rejects")
CONTENT_NOUNS = {"effect", "statement", "policy", "report", "claim", "declaration", "announcement", "letter", "message",
                 "resolution", "decision", "law", "plan", "doctrine", "document", "notice", "note", "communique"}


def _says_content(clause: Token) -> bool:
    if clause.dep_ == "relcl":
        return clause.head.lemma_.lower() in CONTENT_NOUNS
    return clause.dep_ in CONTENT_DEPS


def _names_a_thing(entity: Span, scope: Token) -> bool:
    """"denied the March 3 Accord", "rejected the Oct. 9 Declaration", "in the era of June 15": a date in the name of a
    text or an era is no date of the act (but "the June 13 summit" is the summit's own, "Monday morning" a time)."""
    root = entity.root
    word = root.lower_.rstrip(".")
    if root.i == entity.end - 1 and (root.pos_ == "PROPN" and not (word in dates.MONTHS or word in dates.MONTH_ABBR or word in dates.WEEKDAYS)
                                     or word in DATED_NAMES):
        return True
    head = root.head
    return root.dep_ in {"nmod", "compound"} and head.i != scope.i and (head.pos_ == "PROPN" or head.lemma_.lower() in DATED_NAMES)


def _another_acts_date(entity: Span, scope: Token) -> bool:
    """A date inside the act's words that times another verb on the way up to it: "demanded the U.S. replace the
    armistice signed in 1953", "accused Washington of occupying the south in 1945"."""
    node = entity.root.head
    while node.i != scope.i and node.head.i != node.i:
        if node.pos_ == "VERB" and not _shares_time(node, scope):
            return True
        node = node.head
    return False


def _shares_time(verb: Token, scope: Token) -> bool:
    """A verb whose date is the act's too: what the act sets out to do ("agreed to develop the jet in 2014"), a clause
    timed against it ("imprisoned after being extradited in 2019"), a span's start ("starting in 2019"), and a
    participle or relative clause telling the act itself or what it was done at ("airstrikes that killed 12 on
    Monday", "did not attend talks convened in Geneva in August")."""
    if verb.dep_ == "xcomp" or verb.lower_ in SPAN_PARTICIPLES:
        return True
    if verb.dep_ in {"acl", "relcl"} and verb.tag_ in {"VBN", "VBG", "VBD"} and (verb.head == scope or (
            verb.head.head == scope and verb.head.dep_ in {"dobj", "nsubjpass"} and lexicon_module.lemma(verb.head) in lexicon_module.load().joint_nouns)):
        # not an infinitive ("its commitment to defend the Philippines under a 1951 treaty" tells no time), and of the
        # object only a meeting or drill attended ("attacked the dam built in 1956" is no attack of 1956)
        return True
    linked = [c.lower_ for c in verb.children if c.dep_ in {"mark", "advmod"}] + ([verb.head.lower_] if verb.dep_ == "pcomp" else [])
    return verb.dep_ in {"advcl", "pcomp"} and any(word in TEMPORAL_LINKS for word in linked)


def _clause_telling_the_party(clause: Token) -> Token | None:
    """The verb of the clause a past relative clause describes a participant of ("met the delegates who attended the
    talks", "received the envoy who had arrived"), if any."""
    if clause.dep_ != "relcl" or clause.tag_ not in {"VBD", "VBN"} or clause.head.dep_ not in {"dobj", "nsubj", "nsubjpass", "pobj"}:
        return None
    party = clause.head
    verb = party.head.head if party.dep_ == "pobj" else party.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def _dates_verb(entity: Span, verb: Token) -> bool:
    """A date phrase that modifies the verb itself ("in 2006 … made", "made … on Monday")."""
    head = entity.root.head
    return head == verb or head.dep_ == "prep" and head.head == verb


def _temporal_governor(scope: Token) -> Token | None:
    """The clause a temporal clause ("when …", "after …") is attached to, or the date it describes ("in 2016 when …")."""
    if scope.dep_ == "relcl" and scope.head.ent_type_ == "DATE" and any(c.lower_ == "when" for c in scope.children):
        return scope.head.head if scope.head.dep_ == "pobj" else scope.head
    if scope.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" or c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS
                                     for c in scope.children):
        return scope.head
    return None


def _with_preposition(entity: Span) -> str:
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    text = _with_era_year(entity)
    return f"{before.text} {text}" if before is not None and before.lower_ in {"since", "in", "during", "by"} else text


# the DPRK's calendar, which KCNA gives with the common year after it: "on May 3, Juche 61 (1972)", "in February
# Juche 86 (1997)"
ERA_YEAR = re.compile(r"^,?\s*Juche\s+\d+\s*\((\d{4})\)")
ERA_IN_DATE = re.compile(r"\s*,?\s*Juche\s+\d+\s*$")
ERA_BRACKET = re.compile(r"^\s*\((\d{4})\)")


def _with_era_year(entity: Span) -> str:
    """A day or month dated in the Juche era: the common year its brackets give, in place of the era's (which the
    parser may or may not take into the date)."""
    after = entity.doc.text[entity.end_char : entity.end_char + 24]
    if "Juche" not in entity.text and "Juche" not in after:
        return entity.text
    text = ERA_IN_DATE.sub("", entity.text)
    m = (ERA_BRACKET if text != entity.text else ERA_YEAR).match(after)
    if m is None or re.search(r"\b\d{4}\b", text):
        return entity.text
    return f"{text} {m.group(1)}"


def _within(scope: Token, counts: list[Quantity]) -> list[Quantity]:
    left, right = scope.left_edge.idx, scope.right_edge.idx + len(scope.right_edge.text)
    return [q for q in counts if left <= q.start and q.end <= right]


def _location(scope: Token, extractor: Extractor, participants: list[Actor]) -> Location | None:
    place = extractor.location_of(scope)
    if place is None or any(place.start == a.start for a in participants):
        return None
    return Location(text=place.text, code=place.code, name=place.name, start=place.start, end=place.end)
