"""Who asserts an event: the article itself, or a source quoted in a reporting frame.

"X said/claimed/reported that …", "…, X claimed, …", "according to X", "…, state media reported Wednesday":
the reported event keeps its own type, actor and recipient; the frame only sets `attribution`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .records import Actor, Attribution, Stance

CUES: dict[str, Stance] = {
    **dict.fromkeys(
        "say report tell state add announce note confirm quote read write publish disclose reveal "
        "explain stress emphasize emphasise underline underscore reiterate reaffirm affirm remark mention tweet declare "
        "indicate acknowledge inform cite broadcast warn caution".split(),
        "reports",
    ),
    **dict.fromkeys("claim allege assert insist maintain contend argue charge describe suggest boast brag bluff bluster".split(), "claims"),
    **dict.fromkeys("deny dismiss refute".split(), "denies"),
}
FRAME_DEPS = {"ccomp", "parataxis"}
FIRST_PERSON = {"i", "we", "my", "our", "me", "us"}
# words by which a speaker names itself or its own statement, never another party of its country
OWN_WORDS = FIRST_PERSON | {"it", "this", "they"}
ASIDE_DEPS = {"parataxis", "advcl"}
DOCUMENT_NOUNS = {"report", "statement", "communique", "dispatch", "article", "commentary", "editorial", "it", "release", "agency"}

ActorFinder = Callable[[Token], list[Actor]]


class AttributionFinder:
    """Keeps the last named source so that "the report read" points back to the agency that issued it."""

    def __init__(self, np_actors: ActorFinder, subject_actors: ActorFinder, home: Callable[[Token], Actor | None] | None = None) -> None:
        self.np_actors = np_actors
        self.subject_actors = subject_actors
        # a source the text does not place ("officials said", "he added") in a story filed from or about one country
        self.home = home or (lambda token: None)
        self.last_source: Actor | None = None
        # "the statement said, and went on:" hands the following sentences to that source
        self.handed_over: Attribution | None = None
        self.quote_only = False  # the handed-over words are one quoted paragraph ("he told KCNA:\n\"I am ...\"")

    def find(self, trigger: Token) -> tuple[Attribution | None, Token | None]:
        judge = _accusing_verb(trigger)
        if judge is not None:
            sources = self.subject_actors(judge)
            return Attribution(source=sources[0] if sources else None, cue=judge.text.lower(), stance="claims"), judge
        frame = _frame_verb(trigger)
        if frame is not None:
            return self._attribution(frame, frame.lemma_.lower(), self._frame_source(frame)), frame
        according = _according_to(trigger)
        if according is not None:
            sources = self.np_actors(according)
            source = sources[0] if sources else (self.home(according) or _unknown(according))
            return self._attribution(according, "according to", source), None
        credited = _headline_credit(trigger)
        if credited is not None and (sources := self.np_actors(credited)) and sources[0].code:
            return self._attribution(credited, ":", sources[0]), None
        return self.handed_over, None

    def credited_lead(self, sentences: list[Span]) -> tuple[int, Attribution] | None:
        """"The U.S. kicked off the drills. This is a grave provocation. Rodong Sinmun says this in a bylined
        article": a sentence near the start that credits what came before it to a source. Returns its index and the
        attribution the lead's sentences carry."""
        for n, sentence in enumerate(sentences[1:LEAD_SENTENCES], start=1):
            if _last_word(sentence).text.endswith(":"):
                continue  # "told reporters this:" points forward
            for token in sentence:
                children = list(token.children)
                # only a plain report that names where it was said ("says this in a bylined article"): not a denial,
                # a description ("described this as …"), a negated report, nor "said this during a visit", whose
                # "this" may be just the sentence before
                # "…, says the weekly Friday in a signed article": a paper's present-tense frame after its own words
                # credits the lead before it as well
                told = any(c.dep_ == "dobj" and c.lower_ == "this" for c in children) or token.tag_ == "VBZ" and any(
                    c.dep_ in {"ccomp", "parataxis"} and c.i < token.i for c in children)
                if token.pos_ == "VERB" and CUES.get(token.lemma_.lower()) == "reports" and not any(c.dep_ == "neg" for c in children) \
                        and told and any(
                            c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_.lower() in FOLLOWING_NOUNS for o in c.children) for c in children):
                    sources = [a for a in self.subject_actors(token) if a.code]
                    if sources:
                        return n, Attribution(source=sources[0], cue=token.text.lower(), stance="reports")
        return None

    def after(self, sentence: Span, following: Span | None, speaker: Actor | None = None) -> None:
        """Once a sentence is coded: if it hands over to what follows ("…, the statement noted, and went on:", "sent
        the following protest notice:"), the next sentences are that source's words, as the annotation guide
        attributes them (a state agency's statement runs to the story's end, paragraph after paragraph). They end
        where a quoted paragraph so introduced ends, or where a sentence reports words of its own ("the secretary
        general said …"). `speaker` is who issued the statement being reported, whom "it" stands for."""
        last = _last_word(sentence)
        if self.handed_over is not None and (_reports_own_words(sentence) or self.quote_only and following is not None
                                             and "\n" in sentence.doc.text[last.idx + len(last) : following.start_char]):
            self.handed_over, self.quote_only = None, False
        if not last.text.endswith(":"):
            return
        verb = next((t for t in reversed(sentence) if _hands_over(t)), None)
        if verb is None:
            return
        # "…, the statement said, and went on:" speaks through "said"
        said = [t for t in sentence if t.i <= verb.i and t.pos_ == "VERB" and t.lemma_.lower() in REPORTING]
        cue = said[-1] if said and verb.lemma_.lower() in CONTINUING else verb
        source = self._handing_source(cue, speaker)
        if source is None:
            return
        self.handed_over = Attribution(source=source, cue=cue.text.lower(), stance=CUES.get(cue.lemma_.lower(), "reports"))
        self.quote_only = following is not None and following.text.lstrip()[:1] in OPENING_QUOTES

    def _handing_source(self, cue: Token, speaker: Actor | None) -> Actor | None:
        """Who the words after the colon belong to: a party the subject names, or — for "it", "which", "the full
        text of the bulletin" — the statement's issuer; nobody when neither is known (the words are then read as
        before, in the voice of the statement being reported)."""
        subjects = [c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and (subjects[0].pos_ == "PRON" or subjects[0].lemma_.lower() in DOCUMENT_NOUNS | {"text", "full"}):
            return speaker if speaker is not None and speaker.code else None
        found = [a for a in self.subject_actors(cue) if a.code]
        return found[0] if found else None

    def _attribution(self, cue_token: Token, cue: str, source: Actor | None) -> Attribution:
        if source is not None and source.code:
            self.last_source = source
        stance = CUES.get(cue, "reports")
        return Attribution(source=source, cue=cue if cue in {"according to", ":"} else cue_token.text.lower(), stance=stance)

    def _frame_source(self, frame: Token) -> Actor | None:
        sources = self.subject_actors(frame)
        if sources and sources[0].code:
            return sources[0]
        subjects = [c for c in frame.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and subjects[0].lemma_.lower() in DOCUMENT_NOUNS:
            issuer = self._issuer(frame)
            if issuer is not None:
                return issuer
            if self.last_source is not None:
                return self.last_source
        if sources:
            return sources[0]
        return (self.home(subjects[0]) or _unknown(subjects[0])) if subjects else None


    def _issuer(self, frame: Token) -> Actor | None:
        """"…, the statement read": whoever last issued a statement, warning or report before this sentence."""
        doc = frame.doc
        stop = max(0, frame.sent.start - 150)
        for i in range(frame.sent.start - 1, stop - 1, -1):
            token = doc[i]
            if token.pos_ == "VERB" and token.lemma_.lower() in STATEMENT_VERBS:
                found = [a for a in self.subject_actors(token) if a.code]
                if found:
                    return found[0]
        return None


LEAD_SENTENCES = 4  # how far into a story a sentence may credit the lead before it ("… says this in an article")
OPENING_QUOTES = {'"', "\u201c", "'", "\u2018"}
CONTINUING = {"continue", "go", "add", "conclude"}  # "and went on:", "adding:"
REPORTING = CUES.keys() - CONTINUING  # the verb a continuation ("and went on:") speaks through
FOLLOWING_NOUNS = {"statement", "notice", "message", "letter", "answer", "report", "communique", "declaration",
                   "appeal", "address", "speech", "note", "telegram", "reply", "commentary", "article", "editorial"}


def _hands_over(token: Token) -> bool:
    """A verb that introduces the words after the colon: a reporting verb, "went on"/"continued"/"adding", or one
    that sends "the following" statement or notice."""
    if token.pos_ != "VERB":
        return False
    word = token.lemma_.lower()
    if word in CUES or word in CONTINUING:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in FOLLOWING_NOUNS and any(m.lower_ == "following" for m in c.children)
               for c in token.children)


def _last_word(sentence: Span) -> Token:
    """The sentence's last token that is not white space (spaCy keeps a paragraph break inside the sentence)."""
    return next((t for t in reversed(sentence) if not t.is_space), sentence[-1])


def _reports_own_words(sentence: Span) -> bool:
    """"The secretary general of the group said the people will win": a sentence that frames words of its own."""
    return any(t.pos_ == "VERB" and t.dep_ in {"ROOT", "parataxis"} and t.lemma_.lower() in CUES
               and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
               and (t.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in t.children)) for t in sentence)


STATEMENT_VERBS = {"say", "state", "report", "announce", "declare", "warn", "issue", "write", "publish", "release", "tell", "add"}


ACCUSING = {"accuse", "charge", "blame", "suspect", "indict", "condemn", "criticize", "criticise", "denounce", "fault"}


def _accusing_verb(trigger: Token) -> Token | None:
    """"X accused Y of bombing …": the bombing is X's claim, not the article's."""
    prep = trigger.head
    if trigger.dep_ == "pcomp" and prep.lower_ in {"of", "for"} and prep.head.lemma_.lower() in ACCUSING:
        return prep.head
    return None


def _unknown(token: Token) -> Actor:
    span = token.doc[token.left_edge.i : token.right_edge.i + 1]
    return Actor(text=span.text, code=None, sector=None, name=None, start=span.start_char, end=span.end_char)


def _frame_verb(trigger: Token) -> Token | None:
    node = trigger
    while node.head.i != node.i:
        if node.dep_ in FRAME_DEPS and node.head.lemma_.lower() in CUES:
            return node.head
        for child in node.head.children if node.dep_ != "ROOT" else ():
            if child.i != node.i and child.dep_ in ASIDE_DEPS and child.lemma_.lower() in CUES and child.i > trigger.i:
                return child
        node = node.head
    for child in node.children:
        if child.dep_ in ASIDE_DEPS and child.lemma_.lower() in CUES and child.i != trigger.i and not _dominates(trigger, child):
            return child
    return None


frame_verb = _frame_verb  # public name: the reporting verb that frames a trigger, if any


HEADLINE_ENDS = (".", "?", "!", '"', "\u201d", "'")


def _headline_credit(trigger: Token) -> Token | None:
    """A headline that names its source after a colon ("Ministers to meet in Baghdad: Iraqi FM"): the source's
    head word. Only a short, verbless credit at the end of a line with no closing punctuation counts."""
    sentence = trigger.sent
    if len(sentence) > 30 or sentence.text.rstrip().endswith(HEADLINE_ENDS):
        return None
    colons = [t for t in sentence if t.text == ":" and t.i > trigger.i]
    if not colons:
        return None
    credit = trigger.doc[colons[-1].i + 1 : sentence.end]
    if not 0 < len(credit) <= 5 or any(t.pos_ in {"VERB", "AUX"} for t in credit):
        return None
    return credit.root


def _dominates(ancestor: Token, token: Token) -> bool:
    return any(a.i == ancestor.i for a in token.ancestors)


def _according_to(trigger: Token) -> Token | None:
    for token in trigger.sent:
        if token.lower_ == "according":
            for child in token.children:
                if child.lower_ == "to":
                    objects = [g for g in child.children if g.dep_ == "pobj"]
                    if objects:
                        return objects[0]
            nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if nxt is not None and nxt.lower_ == "to":
                objects = [g for g in nxt.children if g.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return None


SPEECH_ACTS = {"SUPPORT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "CONCEDE"}


def own_speech_act(category: str, actor: list[Actor], attribution: Attribution | None,
                   country_name: Callable[[str], str | None]) -> Attribution | None:
    """"X said: we condemn Y" — a speaker's own condemnation, demand, threat or promise is asserted by being said;
    the annotation guide gives it no attribution. Events the speaker reports about others keep theirs."""
    source = attribution.source if attribution is not None else None
    if source is None or category not in SPEECH_ACTS or not source.code:
        return attribution
    if any(_same_mention(a, source) for a in actor):
        return None  # the paper's own condemnation ("the paper says the U.S. is the chief culprit")
    if source.sector == "MED":
        return attribution  # the press reporting a country's act is not that country speaking
    return None if any(a.code == source.code and not _someone_else(a, source, country_name) for a in actor) else attribution


def _same_mention(actor: Actor, source: Actor) -> bool:
    return actor.start < source.end and source.start < actor.end


def _someone_else(actor: Actor, source: Actor, country_name: Callable[[str], str | None]) -> bool:
    """"Chinese officials said Xi Jinping condemned …": a named person or body other than the source is reported on,
    not speaking, even when both belong to one country; a country or its government named as actor ("the Chinese
    government strongly condemns …", said its spokesman) speaks through its own officials, and a country named as
    the source declares what its army will do."""
    if actor.text.lower() in {"they", "them"} and source.text.lower() in {"he", "she", "i"}:
        return True  # "he said, adding that they have not decided …": one person telling of a group's act
    if actor.name is None or actor.sector is None or actor.name == source.name:
        return False
    if source.code is not None and source.name == country_name(source.code) and actor.sector == "MIL":
        return False  # "the DPRK states the KPA will never deal with …": a state declares what its army will do
    return actor.code is None or actor.name != country_name(actor.code)


VOICED = {"SUPPORT", "ACCUSE", "REQUEST", "THREATEN"}


def speaker_voices(category: str, own_word: bool, actor: list[Actor], recipient: list[Actor],
                   attribution: Attribution | None, speaker: Actor | None,
                   sentence_start: int = 0) -> tuple[list[Actor], list[Actor], Attribution | None]:
    """"He said the leader's feats would shine forever", "the paper says the U.S. is the chief culprit", "the U.S.
    troops should pull out" (in a statement): praise, blame or a demand voiced by a word that is not itself an act of
    judging or asking is the speaker's own SUPPORT, ACCUSE or REQUEST toward the party the clause is about, and a
    warning so voiced ("the group will not escape punishment") its THREATEN (the annotation guide's rule). The
    speaker is the sentence's source, else the issuer of the statement being reported."""
    if attribution is not None:
        speaker = attribution.source if attribution.stance != "denies" else None
    if category not in VOICED or own_word or speaker is None or not speaker.code:
        return actor, recipient, attribution
    # "motorists should refrain from …", said by the police chief: a demand laid on a party of the speaker's own
    # country that the sentence names apart from the speaker is still made of that party (not the story's home
    # standing in for a doer no word names)
    obliged = [a for a in actor if a.code == speaker.code and a.start != speaker.start and a.start >= sentence_start
               and a.text.lower() not in OWN_WORDS] \
        if category == "REQUEST" else []
    if any(a.code == speaker.code for a in actor) and not obliged:
        return actor, recipient, attribution
    about = [a for a in actor + recipient if a.code and a.code != speaker.code]
    return [speaker], about or obliged or recipient, None
