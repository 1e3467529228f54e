"""A learned trigger classifier beside the rules: for every predicate (verb or event noun) it gives a PLOVER
category or none, with a probability.

The model is a multinomial logistic regression over parse features of the predicate in its sentence — lemma,
dependency relation, governor, objects, particles, auxiliaries, entity types around it and the rule lexicon's own
verdict — trained by `make train` (training/train_trigger.py) on annotated news. Inference needs only numpy: the
shipped weights are a feature-to-row vocabulary and a float32 matrix (`events/data/trigger_model.npz`), checked
against the SHA-256 in the model card.
"""

from __future__ import annotations

import hashlib
import io
import json
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.tokens import Span, Token

from ..nlp import body_start
from .lexicon import NECESSITY_NOUNS, OBJECT_DEPS, OBLIGATION_AUX, RuleTyper, Sense, civic_drive, lemma, light_verb_of, only_says, verb_lemma

if TYPE_CHECKING:
    from ..explain import Trace
    from .encoder import Reading, TriggerEncoder

NONE = "NONE"
MODEL_FILE = "trigger_model.npz"
CARD_FILE = "trigger_model.json"
WORDS_FILE = "word_vectors.npz"
CANDIDATE_POS = {"VERB", "AUX", "NOUN", "PROPN"}
NOT_EVENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "GPE", "NORP", "PERSON", "LANGUAGE"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
CONTEXT_WIDTH = 96  # en_core_web_sm's tok2vec width


def is_candidate(token: Token, stop_words: bool = False) -> bool:
    """Predicates worth classifying: content verbs and nouns (not auxiliaries, not names); with `stop_words`, also
    the few content words on spaCy's stop list ("call", "move", "show")."""
    if token.pos_ not in CANDIDATE_POS or token.is_stop and not stop_words or not token.is_alpha or token.ent_type_ in NOT_EVENTS:
        return False
    if token.pos_ == "AUX":
        return token.dep_ not in {"aux", "auxpass"}
    # a participle describing a noun ("displaced people") or with a determiner or possessor ("Sudan's displaced",
    # "the wounded") names people, not an act
    return token.pos_ != "VERB" or token.dep_ != "amod" and not any(c.dep_ in {"poss", "det"} and c.i < token.i for c in token.children)


def _entity(token: Token) -> str:
    return token.ent_type_ or ("PRON" if token.pos_ == "PRON" else "-")


def features(token: Token, rule: Sense | None) -> list[str]:
    """Sparse, named features of a predicate token; names are stable strings so the vocabulary can be stored."""
    word = verb_lemma(token) if token.pos_ in {"VERB", "AUX"} else lemma(token)
    head = token.head
    out = [
        "bias",
        f"w={word}",
        f"pos={token.pos_}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"w_dep={word}|{token.dep_}",
        f"head={lemma(head)}",
        f"head_dep={token.dep_}|{lemma(head)}",
        f"head_pos={head.pos_}",
        f"rule={rule.category if rule else '-'}",
        f"rule_w={rule.category if rule else '-'}|{word}",
        f"rule_pos={rule.category if rule else '-'}|{token.pos_}",
    ]
    if token.i > 0:
        out.append(f"prev={token.doc[token.i - 1].lower_}")
    if token.i + 1 < len(token.doc):
        out.append(f"next={token.doc[token.i + 1].lower_}")
    for child in token.children:
        dep = child.dep_
        if dep in OBJECT_DEPS:
            out += [f"obj={lemma(child)}", f"w_obj={word}|{lemma(child)}", f"obj_ent={_entity(child)}"]
        elif dep in {"prep", "prt", "agent", "dative"}:
            out.append(f"prep={child.lower_}")
            out.append(f"w_prep={word}|{child.lower_}")
            for grand in child.children:
                if grand.dep_ == "pobj":
                    out += [f"pobj={child.lower_}|{lemma(grand)}", f"pobj_ent={child.lower_}|{_entity(grand)}"]
        elif dep in SUBJECT_DEPS:
            out += [f"subj={lemma(child)}", f"subj_ent={_entity(child)}", f"subj_dep={dep}"]
        elif dep in {"aux", "auxpass"}:
            out.append(f"aux={child.lower_}")
        elif dep == "neg":
            out.append("neg")
        elif dep in {"xcomp", "ccomp", "advcl"}:
            out.append(f"clause={dep}")
        elif dep in {"poss", "compound", "amod"} and token.pos_ in {"NOUN", "PROPN"}:
            out += [f"mod={dep}|{_entity(child)}", f"modw={lemma(child)}"]
    if token.dep_ in {"xcomp", "ccomp", "advcl", "pcomp", "relcl", "acl"}:
        out.append(f"under={lemma(head)}|{token.dep_}")
    if head.i != token.i and head.dep_ in {"xcomp", "ccomp"}:
        out.append(f"under2={lemma(head.head)}")
    if any(a.lower_ in {"said", "says", "say", "told", "reported", "added", "noted"} for a in token.ancestors):
        out.append("reported")
    sentence = _sentence(token)
    quotes = _quotes_before(token.doc)
    if (quotes[token.i] - quotes[sentence.start]) % 2 == 1:
        out.append("in_quote")
    # an event needs participants: how many named parties the sentence holds at all
    named = _named_parties(sentence)
    out += [f"sent_parties={min(named, 3)}", f"rule_parties={rule.category if rule else '-'}|{min(named, 2)}"]
    # discourse: an event is coded at its first mention; later mentions of the same word are usually anaphoric
    first = _first_mentions(token.doc).get(word, token.i) >= token.i
    out += [f"first={first}", f"first_pos={first}|{token.pos_}", f"rule_first={rule.category if rule else '-'}|{first}"]
    return out


def _sentence(token: Token) -> Span:
    """The token's sentence, found once per document (spaCy's `token.sent` walks the sentence on every call)."""
    doc = token.doc
    bounds = doc.user_data.get("flashpoint_sentences")
    if bounds is None:
        bounds = doc.user_data["flashpoint_sentences"] = ([s.start for s in doc.sents], [s.end for s in doc.sents])
    n = bisect_right(bounds[0], token.i) - 1
    return doc[bounds[0][n] : bounds[1][n]]


def _quotes_before(doc) -> list[int]:
    """How many straight double quotes the document's tokens hold before each token: a predicate is quoted when
    its sentence holds an odd number of them before it."""
    cached = doc.user_data.get("flashpoint_quotes")
    if cached is None:
        cached = list(accumulate((t.text.count('"') for t in doc), initial=0))
        doc.user_data["flashpoint_quotes"] = cached
    return cached


def _named_parties(sentence: Span) -> int:
    counts = sentence.doc.user_data.setdefault("flashpoint_named", {})
    if sentence.start not in counts:
        counts[sentence.start] = sum(1 for e in sentence.ents if e.label_ in {"GPE", "NORP", "ORG", "PERSON"})
    return counts[sentence.start]


def _first_mentions(doc) -> dict[str, int]:
    cached = doc.user_data.get("flashpoint_first_mentions")
    if cached is None:
        cached = {}
        for t in doc[_body_start(doc):]:
            cached.setdefault(verb_lemma(t) if t.pos_ in {"VERB", "AUX"} else lemma(t), t.i)
        doc.user_data["flashpoint_first_mentions"] = cached
    return cached


def _body_start(doc) -> int:
    """The first token after a headline paragraph ("Shelling in Kharkiv" above the story): the headline restates the
    story's first event, which the body still reports at its first mention (the training texts have no headlines)."""
    start = body_start(doc.text)
    span = doc.char_span(0, len(doc.text[:start].rstrip()), alignment_mode="expand") if start else None
    return span.end if span is not None and len(span) <= 25 else 0


def context_vector(token: Token) -> np.ndarray:
    """The pipeline's own contextual vectors (its tok2vec layer, computed for the tagger and parser anyway) of the
    predicate and its governor: they carry the word's neighbourhood to words the sparse features never saw. Then
    the corpus word vectors of the predicate, its governor and its object, which carry what a word means: a verb
    the training data never showed ("bombarded") sits near the ones it did ("shelled"); and the gist of the sentence."""
    tensor = token.doc.tensor
    if tensor is None or tensor.ndim != 2 or tensor.shape[0] != len(token.doc):
        parsed = np.zeros(2 * CONTEXT_WIDTH, dtype=np.float32)
    else:
        parsed = np.concatenate([tensor[token.i], tensor[token.head.i]]).astype(np.float32)
    words = load_word_vectors()
    if words is None:
        return parsed
    return np.concatenate([parsed, words.of(token), words.of(token.head), words.of(_object(token)), _sentence_gist(token, words)])


def _sentence_gist(token: Token, words: WordVectors) -> np.ndarray:
    """What the whole sentence is about — the mean word vector of its other content words: "attack" in a sentence
    of denunciation is an accusation's object, in a sentence of casualties an act of force."""
    sentence = _sentence(token)
    sums = token.doc.user_data.setdefault("flashpoint_sentence_gist", {})
    if sentence.start not in sums:  # summed once per sentence, each predicate then leaves itself out
        rows = [row for t in sentence if _gist_word(t) and (row := words.index.get(t.lower_)) is not None]
        sums[sentence.start] = (words.vectors[rows].sum(axis=0) if rows else np.zeros(words.width, dtype=np.float32), len(rows))
    total, count = sums[sentence.start]
    own = words.index.get(token.lower_) if _gist_word(token) else None
    if own is not None:
        total, count = total - words.vectors[own], count - 1
    if count <= 0:
        return np.zeros(words.width, dtype=np.float32)
    return total / max(float(np.linalg.norm(total)), 1e-9)  # the mean's direction: the norm of the sum is the same


def _gist_word(token: Token) -> bool:
    return token.is_alpha and not token.is_stop


def _object(token: Token) -> Token | None:
    """What the predicate acts on: its direct object, else the object of its first preposition."""
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    objects += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return objects[0] if objects else None


@dataclass(frozen=True)
class WordVectors:
    index: dict[str, int]
    vectors: np.ndarray  # (words, dimensions), unit length

    @property
    def width(self) -> int:
        return int(self.vectors.shape[1])

    def of(self, token: Token | None) -> np.ndarray:
        row = None if token is None else self.index.get(token.lower_, self.index.get(token.lemma_.lower()))
        return self.vectors[row] if row is not None else np.zeros(self.width, dtype=np.float32)


@lru_cache(maxsize=1)
def load_word_vectors() -> WordVectors | None:
    """The corpus word vectors (training/word_vectors.py), checked against the model card; None before the first
    `make train` has written them."""
    path = resources.files("flashpoint.events").joinpath("data", WORDS_FILE)
    if not path.is_file():
        return None
    raw = path.read_bytes()
    expected = model_card().get("word_vectors_sha256")
    if expected is not None and hashlib.sha256(raw).hexdigest() != expected:
        raise RuntimeError(f"{WORDS_FILE} does not match the checksum in {CARD_FILE}: rebuild it with `make train`")
    with np.load(io.BytesIO(raw), allow_pickle=False) as data:
        return WordVectors({str(w): i for i, w in enumerate(data["words"])}, data["vectors"].astype(np.float32))


@dataclass(frozen=True)
class TriggerModel:
    labels: tuple[str, ...]
    vocabulary: dict[str, int]
    weights: np.ndarray  # (features, labels)
    bias: np.ndarray
    context: np.ndarray | None = None  # (context dimensions, labels): weights of context_vector()

    @property
    def none(self) -> int:
        return self.labels.index(NONE)

    def probabilities(self, names: list[str], vector: np.ndarray | None = None) -> np.ndarray:
        rows = [self.vocabulary[n] for n in names if n in self.vocabulary]
        scores = self.weights[rows].sum(axis=0) + self.bias if rows else self.bias.copy()
        if self.context is not None and self.context.shape[0] and vector is not None:
            scores = scores + vector @ self.context
        scores = scores - scores.max()
        exp = np.exp(scores)
        return exp / exp.sum()


@lru_cache(maxsize=1)
def model_card() -> dict[str, Any]:
    return packaged_card(CARD_FILE)


def packaged_card(card_file: str) -> dict[str, Any]:
    """A shipped model's card (events/data)."""
    return json.loads(resources.files("flashpoint.events").joinpath("data", card_file).read_text(encoding="utf-8"))


def checked_bytes(model_file: str, card_file: str, card: dict[str, Any], rebuild: str = "make train") -> bytes:
    """A shipped model's bytes, refused unless they match the SHA-256 in its card."""
    raw = resources.files("flashpoint.events").joinpath("data", model_file).read_bytes()
    if hashlib.sha256(raw).hexdigest() != card.get("sha256"):
        raise RuntimeError(f"{model_file} does not match the checksum in {card_file}: rebuild it with `{rebuild}`")
    return raw


@lru_cache(maxsize=1)
def load_model() -> TriggerModel:
    raw = checked_bytes(MODEL_FILE, CARD_FILE, model_card())
    with np.load(io.BytesIO(raw), allow_pickle=False) as data:
        names = [str(n) for n in data["features"]]
        context = data["context"].astype(np.float32) if "context" in data.files else None
        return TriggerModel(tuple(str(x) for x in data["labels"]), {n: i for i, n in enumerate(names)},
                            data["weights"].astype(np.float32), data["bias"].astype(np.float32), context)


CHARGING_VERBS = {"accuse", "charge", "blame", "deny", "condemn", "criticize", "criticise", "denounce"}


def charged_act(token: Token) -> bool:
    """"accused Israel of bombing", "denied that its troops crossed": the act a charge or denial is about is coded
    (claimed or negated, with its source) — the attribution the project exists for."""
    if token.pos_ != "VERB":
        return False
    if token.dep_ == "pcomp" and token.head.lower_ in {"of", "for"}:
        return lemma(token.head.head) in CHARGING_VERBS
    return token.dep_ == "ccomp" and lemma(token.head) in CHARGING_VERBS


LIGHT_ONLY_LABEL = 0.1  # least own category probability of a noun the rules do not know, carried by its light verb


def _joint(drill: Token) -> bool:
    """"joint drills", "combined exercises": the drill's own words say it is held with others."""
    return any(c.lower_ in {"joint", "combined"} for c in drill.children)


FORCE_CATEGORIES = {"MOBILIZE", "COOPERATE", "ASSAULT"}  # deeds of force: moves, joint drills, attacks
ANSWERING_VERBS = {"respond", "answer", "react", "reply", "retaliate"}


# categories the model may not give a verb the lexicon knows but never reads so: the model's own SUPPORT and AID on
# such verbs were wrong in cross-validation ("called him by phone", "took part in the drills", "returned to normal")
NEVER_BY_THE_LEXICON = {"SUPPORT", "AID"}


def combine(p_event: float, model_label: str, rule_label: str | None, keep_rule: float, add_model: float,
            p_label: float | None = None, relabel: float = 0.5, add_label: float = 0.0) -> str | None:
    """The rules propose, the model disposes: a rule trigger stands unless the model gives it less than `keep_rule`
    chance of being an event; a predicate the rules do not know becomes an event when the model gives it at least
    `add_model` and its most likely category at least `add_label` (an event of no category in particular is none
    the rules could code). The model's category replaces the rule's only when the model is sure of that category
    itself (`p_label`, its probability, at least `relabel`)."""
    if rule_label is not None:
        if p_event < keep_rule:
            return None
        return model_label if (p_event if p_label is None else p_label) >= relabel else rule_label
    return model_label if p_event >= add_model and (p_label is None or p_label >= add_label) else None


class LearnedTyper:
    """The classifier decides whether a predicate is an event and of which category; the rule lexicon's sense
    (mode, particle, object conditions) is kept when both agree on the category."""

    decides_intent = True  # "will bolster its forces" is typed THREATEN by the model, not wrapped by rules

    def __init__(self, rules: RuleTyper | None = None, model: TriggerModel | None = None, keep_rule: float | None = None,
                 add_model: float | None = None, rules_propose: bool = True, relabel: float | None = None,
                 encoder: TriggerEncoder | None = None, add_label: float | None = None) -> None:
        self.rules = rules or RuleTyper()
        self.model = model or load_model()
        # the blended probabilities have their own thresholds, in the encoder's card; a word the encoder did not
        # read (past the cut of a long sentence) is judged by the linear model's own
        linear = model_card()

        def thresholds(card: dict) -> tuple[float, float, float, float]:
            return (float(card["keep_rule"]) if keep_rule is None else keep_rule,
                    float(card["add_model"]) if add_model is None else add_model,
                    float(card.get("relabel", 0.5)) if relabel is None else relabel,
                    float(card.get("add_label", linear.get("add_label", 0.0))) if add_label is None else add_label)

        self.keep_rule, self.add_model, self.relabel, self.add_label = thresholds(linear if encoder is None else encoder.card)
        self._linear_thresholds = thresholds(linear)
        self._unread: set[tuple[int, int]] = set()  # tokens the encoder left to the linear model
        self.version = str(linear.get("version", "1"))
        self.encoder = encoder  # blended with the linear model where given (Settings.trigger_encoder)
        self.model_name = f"trigger-lr.v{self.version}" + (f"+encoder.v{encoder.version}" if encoder is not None else "")
        self.rules_propose = rules_propose  # off: the model alone decides (an ablation), the lexicon only a feature
        self._scored: dict[tuple[int, int], np.ndarray] = {}  # the typer lives for one document (pipeline.typer)
        self._encoded: dict[int, dict[int, Reading]] = {}  # the encoder's reading of each document's sentences
        self.trace: Trace | None = None  # set by the pipeline when explaining (flashpoint explain)

    def classify(self, token: Token) -> Sense | None:
        if not is_candidate(token, stop_words=True):
            return None
        if civic_drive(token):
            return None  # "an awareness campaign": no struggle, whatever the light verb carrying it
        rule = self.rules.classify(token)
        if token.is_stop and not self._stop_word_event(token, rule):
            return None
        if rule is not None and self.rules_propose and charged_act(token):
            return replace(rule, pos="verb")  # the act an accusation or denial is about: the rules' own strength
        probabilities = self.probabilities(token, rule)
        p = 1.0 - float(probabilities[self.model.none])  # the categories together: is this predicate an event at all?
        light = light_verb_of(token, self.rules.lexicon.light_verbs)
        if light is not None:
            # "issued a warning", "held talks": annotators mark the verb or the noun, so the evidence is split
            p = 1.0 - (1.0 - p) * float(self.probabilities(light, self.rules.classify(light))[self.model.none])
        events = probabilities.copy()
        events[self.model.none] = -1.0
        best = int(np.argmax(events))
        proposed = rule.category if rule is not None and self.rules_propose else None
        keep_rule, add_model, relabel, add_label = self.thresholds(token)
        if proposed is not None and rule is not None and rule.firm:
            keep_rule, relabel = 0.0, float("inf")  # the frame's own reading stands
        # a noun carried by a light verb has its own, lower bar on its category: the light verb's strength is no
        # category for a noun the model itself hardly reads as an event ("calling on workers everywhere")
        add_label = LIGHT_ONLY_LABEL if light is not None else add_label
        label = combine(p, self.model.labels[best], proposed, keep_rule, add_model, float(events[best]), relabel, add_label)
        if self.trace is not None and (proposed or label or p >= add_model / 2):
            self.trace.note(token, "sense", _verdict(proposed, p, self.model.labels[best], float(events[best]), label, keep_rule, add_model, add_label))
        if label == "AGREE" and self._readies_force(token, rule):
            # the manual: a planned deployment, drill or test is MOBILIZE (future), never an agreement
            label = "MOBILIZE"
            if self.trace is not None:
                self.trace.note(token, "sense", "a deployment or drill planned, not agreed: MOBILIZE (the manual)")
        if label == "ACCUSE" and token.pos_ == "VERB" and (rule is None or rule.category != "ACCUSE"):
            # "told the court that …", "spoke to reporters": the guide never codes saying, whatever is said; "staged
            # saber-rattling", "responded with war drills": a deed of force done, which the guide codes as that deed
            label = None if only_says(token, self.rules.lexicon) else self._force_done(token) or label
        if rule is None and label in NEVER_BY_THE_LEXICON and self._never_read_as(token, label):
            if self.trace is not None:
                self.trace.note(token, "sense", f"the lexicon knows this verb and never reads it as {label}: not {label}")
            label = None
        if label in UNHEARD_OF and (rule is None or rule.category != label) and self._unheard_of(token, label):
            # the rules' own reading stands where the model relabelled it ("rejected the U.S. promise of aid": the
            # promise is the U.S.'s offer)
            if self.trace is not None:
                self.trace.note(token, "sense", f"no sense of the lexicon reads this word as {label}, and nothing round it asks for an act: "
                                + (f"the rules' {proposed} stands" if proposed else f"not {label}"))
            label = proposed
        if label is None:
            return None
        pos = "verb" if token.pos_ in {"VERB", "AUX"} else "noun"
        if rule is not None and rule.category == label:
            return replace(rule, confidence=round(p, 3), pos=pos, model=self.model_name)
        word = verb_lemma(token) if pos == "verb" else lemma(token)
        return Sense(lemma=word, category=label, confidence=round(p, 3), pos=pos, model=self.model_name)

    def thresholds(self, token: Token) -> tuple[float, float, float, float]:
        """keep_rule, add_model, relabel and add_label for a word scored already: the blend's, or the linear model's
        where the encoder left the word unread."""
        if (id(token.doc), token.i) in self._unread:
            return self._linear_thresholds
        return self.keep_rule, self.add_model, self.relabel, self.add_label

    def probability_of(self, token: Token, category: str) -> float:
        """The model's probability (blended, with the encoder on) that a word tells an act of `category`, whatever
        the decision rule makes of it."""
        if not is_candidate(token) or category not in self.model.labels:
            return 0.0
        return float(self.probabilities(token, self.rules.classify(token))[self.model.labels.index(category)])

    def _stop_word_event(self, token: Token, rule: Sense | None) -> bool:
        """spaCy's stop list holds a few event verbs ("we call on them to", "they call for", "move troops"): one is
        classified only where the lexicon reads it as an event, since the model never saw a stop word as a candidate;
        not a light verb read by its object ("take revenge": the noun is the act), not "call on" someone with nothing
        asked (a courtesy visit), nor the noun "call" (mostly a demand judged again: "their call for dialogue is a
        sham")."""
        if rule is None or token.pos_ != "VERB":
            return False
        if rule.particle is None and not rule.prep_objects and lemma(token) in self.rules.lexicon.light_verbs:
            return False  # (read by what it is put into, the verb is the act: "put its troops on high alert")
        return rule.category != "REQUEST" or rule.particle == "for" or any(c.dep_ in {"xcomp", "ccomp"} for c in token.children)

    def _readies_force(self, token: Token, rule: Sense | None) -> bool:
        """"would stage field exercises", "plans to dispatch a flotilla", "plans to hold drills": the rules read the
        word, the act it plans (its infinitive) or what that staging verb stages, as readying force. Not joint
        drills (the guide's future AGREE), not what a plan does to a drill ("plans to scale back the exercises"), and
        not drills agreed on ("agreed to hold naval drills": the agreement is the event)."""
        if any(self._rule_category(a) == "AGREE" for a in list(token.ancestors)[:3]):
            return False
        if rule is not None:
            return rule.category == "MOBILIZE" and not _joint(token)
        planned = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        staged = [o for c in planned if lemma(c) in self.rules.lexicon.light_verbs for o in c.children if o.dep_ == "dobj"]
        return any(self._rule_category(c) == "MOBILIZE" and not _joint(c) for c in planned + staged)

    def _force_done(self, token: Token) -> str | None:
        """The category of the deed of force a verb the model reads as a charge does: "staged air raids"
        (ASSAULT), "conducted war drills" (MOBILIZE), as the rules read what a staging verb stages;
        "responded to the proposal with war drills", what a reply is made with. Not what a verb of naming or
        judging speaks of ("described the launch as a provocation") nor what a deed is done "with" ("stepping up
        the shield with a missile attack" tells an aim)."""
        lexicon = self.rules.lexicon
        doing = verb_lemma(token) in lexicon.light_verbs | lexicon.deed_doing_verbs
        done = [c for c in token.children if c.dep_ == "dobj"] if doing else []
        if doing:
            # "mulling using such vehicles", "tried to use nukes": the deed the verb is about to do, when the verb after
            # it only does or uses it (not "tried to end the bloodshed")
            done += [o for c in token.children if c.dep_ == "xcomp" and verb_lemma(c) in lexicon.light_verbs | {"use", "employ"}
                     for o in c.children if o.dep_ == "dobj"]
        if verb_lemma(token) in ANSWERING_VERBS:
            done += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
        return next((category for o in done if (category := self._rule_category(o) or lexicon.force_nouns.get(lemma(o))) in FORCE_CATEGORIES), None)

    def _never_read_as(self, token: Token, category: str) -> bool:
        """Whether the lexicon knows the verb and never reads it as the category ("took part in the drills",
        "returned to normal" are no aid)."""
        lexicon = self.rules.lexicon
        return token.pos_ in {"VERB", "AUX"} and bool(lexicon.verbs.get(verb_lemma(token))) and not lexicon.reads_as(token, category)

    def _unheard_of(self, token: Token, category: str) -> bool:
        """Whether the model reads the word as an act of a category the lexicon never gives it, and nothing round it
        makes it one: a demand ("visited the shrine", "market needs"), a refusal ("placards"), a coercive measure or a
        protest named by a noun ("violence", "held a seminar"), backing by a verb ("the reform weakened")."""
        if category == "REQUEST":
            return not self._asked_for(token)
        if category == "SUPPORT":
            return self._backing_unheard_of(token)
        lexicon = self.rules.lexicon
        if category == "REJECT":
            return lemma(token) not in lexicon.model_refusal_words and not lexicon.reads_as(token, "REJECT")
        listed = lexicon.model_measure_nouns if category == "COERCE" else lexicon.model_protest_nouns
        return token.pos_ in {"NOUN", "PROPN"} and lemma(token) not in listed and not lexicon.reads_as(token, category)

    def _backing_unheard_of(self, verb: Token) -> bool:
        """Backing by a verb the lexicon has never heard of ("the reform weakened"), or knows as backing only with words
        that are not there ("adopted the sanctions package", not "adopted the joint declaration"); not a verb whose
        infinitive backs someone ("decided to award the prize to")."""
        if verb.pos_ not in {"VERB", "AUX"}:
            return False
        lexicon = self.rules.lexicon
        senses = lexicon.verbs.get(verb_lemma(verb)) or lexicon.verbs.get(lemma(verb), ())
        if not all(s.category == "SUPPORT" and (s.objects or s.prep_objects or s.particle) for s in senses):
            return False
        if any(c.dep_ == "xcomp" and any(s.category == "SUPPORT" for s in lexicon.verbs.get(verb_lemma(c), ())) for c in verb.children):
            return False
        # what the parse may give the verb for its object ("the joint declaration adopted", read as its subject)
        around = {lemma(c) for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}} | (
            {lemma(verb.head)} if verb.dep_ in {"acl", "relcl"} else set())
        return not any(around & s.objects for s in senses)

    def _asked_for(self, token: Token) -> bool:
        """Whether a word the model reads as a demand is one: a word the lexicon reads so or lists for the model, what a
        demand above a verb asks ("asking him to adhere to the rules"), a light verb carrying one ("submitted an
        appeal"), "a list of demands", or a word a modal or a word of necessity governs or said in the imperative
        ("the sanctions must go", "Stop the drills!") — not the thing a verb of calling names ("called the drills a
        provocation")."""
        lexicon = self.rules.lexicon

        def asks(word: Token) -> bool:
            words = {lemma(word), verb_lemma(word)} if word.pos_ in {"VERB", "AUX"} else {lemma(word)}
            return bool(words & lexicon.model_demand_words) or any(
                s.category == "REQUEST" for w in words for s in (*lexicon.verbs.get(w, ()), *lexicon.nouns.get(w, ())))

        content = token.pos_ in {"VERB", "AUX"} and any(asks(a) for a in list(token.ancestors)[:4])
        of_demands = any(asks(o) for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
        return asks(token) or content or of_demands or any(c.dep_ == "dobj" and asks(c) for c in token.children) \
            or _obliged(token, lexicon.need_words)

    def _rule_category(self, token: Token) -> str | None:
        sense = self.rules.classify(token)
        return sense.category if sense is not None else None

    def probabilities(self, token: Token, rule: Sense | None) -> np.ndarray:
        """Per token, once: a light verb is scored for itself and again for the noun it carries."""
        key = (id(token.doc), token.i)
        if key not in self._scored:
            scored = self.model.probabilities(features(token, rule), context_vector(token))
            if self.encoder is not None:
                read = self.encoder.probabilities(token, _sentence(token), self.model.labels, self._encoded)
                if read is None:
                    self._unread.add(key)
                else:
                    scored = self.encoder.blend * read + (1.0 - self.encoder.blend) * scored
            self._scored[key] = scored
        return self._scored[key]


# categories the model may give only to a word the lexicon reads so or lists for the model (a demand also where the
# sentence obliges someone to the act; backing only to nouns and to verbs the lexicon reads as backing with the words
# there): in cross-validation the model's own such events were mostly wrong ("visited the shrine", "placards")
UNHEARD_OF = {"REQUEST", "COERCE", "PROTEST", "REJECT", "SUPPORT"}
NECESSITY_HEADS = NECESSITY_NOUNS | {"task", "requirement", "demand", "way", "duty", "ought"}


def _obliged(token: Token, need_words: frozenset[str]) -> bool:
    """Whether a modal of obligation ("must", "should", "ought to", "have to") or a word of necessity ("it is
    essential to", "the task is to") governs the word within four steps up its clause, or it is an imperative."""
    necessary = need_words | NECESSITY_HEADS
    for step, word in enumerate((token, *token.ancestors)):
        if step > 4:
            break
        if word.tag_ == "VB" and word.dep_ in {"ROOT", "conj", "ccomp"} and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in word.children):
            return True  # "Stop the drills!", "Seoul, stop rattling the north's nerves"
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in OBLIGATION_AUX | {"ought", "need"} for c in word.children) \
                or any(c.lower_ == "better" for c in word.children) and any(c.lower_ in {"had", "'d"} for c in word.children):
            return True  # ("Manila had better withdraw the rules")
        if lemma(word) in necessary or lemma(word) == "have" and any(c.dep_ == "xcomp" for c in word.children) \
                or any(c.dep_ in {"attr", "acomp"} and lemma(c) in necessary for c in word.children):
            return True  # "it is prerequisite for Seoul to make a switchover", "the task is to end it"
    return False


def _verdict(rule: str | None, p: float, best: str, p_best: float, label: str | None, keep_rule: float, add_model: float,
             add_label: float = 0.0) -> str:
    """The typer's decision in words, for `flashpoint explain`."""
    model = f"the trigger model gives P(event) = {p:.2f}, most likely {best} ({p_best:.2f})"
    if rule is None:
        bar = f"needs {add_model:.2f} for a predicate the rules do not know" + (f", and {add_label:.2f} for its category" if add_label else "")
        return f"no rule; {model}; {bar}: {'an event, ' + label if label else 'not an event'}"
    if label is None:
        return f"rule proposes {rule}; {model}: vetoed by the model (below keep_rule {keep_rule:.2f})"
    return f"rule proposes {rule}; {model}: an event, {label}" + ("" if label == rule else " (the model is sure of its own category)")
