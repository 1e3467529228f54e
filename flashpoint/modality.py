"""Whether a coded act happened: actual, future, hypothetical, negated or historical (PLOVER's auxiliary modes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from .events.lexicon import OBLIGATION_AUX, lemma
from .events.lexicon import load as load_lexicon
from .events.ontology import load as load_ontology
from .records import Actor, Attribution, Modality

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "must", "ought", "'d"}
ABILITY_AUX = {"can", "ca"}  # "ca" is how the parser splits "can't"
# verbs that name or show an act told elsewhere: "can only be described as a massacre", "can be seen shelling"
NAMING_VERBS = {"describe", "call", "term", "label", "brand", "define", "consider", "regard", "see", "hear", "view", "characterize"}
CONDITION_MARKS = {"if", "unless", "whether"}
CONDITION_PARTICIPLES = {"provided", "providing"}  # "provided (that) they withdraw"
INVERTED_CONDITION_AUX = {"should", "were", "had"}  # "should the enemy fire", "had they known", "were it to attack"
FUTURE_ADJECTIVES = {"planned", "proposed", "future", "upcoming", "possible", "potential", "prospective", "scheduled"}
PAST_ADJECTIVES = {"recent", "past", "previous", "earlier"}  # not "last" ("a last assault") nor "latest" (the newest)
CALLING_OFF = {"cancel", "scrap", "shelve", "scrub"}  # verbs that call off a planned act ("cancelled his planned visit")
GOVERNED_DEPS = {"xcomp", "pobj", "pcomp", "prep", "dobj", "ccomp", "acl"}
# drills by name: force a drill stages is the drill (the manual's MOBILIZE), force it rehearses or is said to be for
# has not happened
DRILLS = {"drill", "exercise", "maneuver", "manoeuvre", "wargame", "game", "rehearsal"}
# an act that is only the purpose of a preparation ("drills for invading the DPRK", "preparations for an attack") or
# the content of a plot ("the scenario to mount a surprise attack") has not happened: the guide's hypothetical
PREPARATIONS = {"maneuver", "manoeuvre", "exercise", "drill", "wargame", "preparation", "rehearsal", "capability", "buildup",
                "outpost", "base", "operation", "move", "rattling", "racket", "deployment", "training", "pretext", "excuse"}
# an aim or attempt told about a party ("its attempt to invade", "the ambition for invading", "the ultimate aim of
# the drills is to strike") is alleged, not reported as done: the guide leaves such aims uncoded
PLOTS = {"scenario", "plot", "scheme", "conspiracy", "calculation", "design"}
AIMS = {"attempt", "ambition", "aim", "objective", "purpose", "intention", "goal", "keynote", "bid"}  # as nouns: "aims to sign" is a plan
READYING_VERBS = {"deploy", "station", "position", "mass", "mobilize", "mobilise", "amass", "redeploy", "preposition"}
SIMULATING = {"simulate", "rehearse", "practise", "practice"}
PURPOSE_PREPOSITIONS = {"for", "toward", "towards", "at"}
# what a clause is about, or the circumstances it follows: "regarding the launches", "after the test", "despite …"
CIRCUMSTANCE_PREPOSITIONS = {"regarding", "concerning", "despite", "amid", "after", "following", "given"}


def modality(trigger: Token, attribution: Attribution | None, future_cues: frozenset[str], negative_verbs: frozenset[str]) -> Modality:
    return judged(trigger, attribution, future_cues, negative_verbs)[0]

NEGATORS = {"not", "never", "n't", "no"}
WEIGHING_WORDS = {"mull", "contemplate", "envisage", "envision", "weigh"}
PLANNING_WORDS = {"plan", "intend", "prepare", "schedule", "aim", "expect"} | WEIGHING_WORDS
POSSIBILITY_NOUNS = {"possibility", "prospect", "chance", "likelihood", "risk", "danger", "fear", "threat", "spectre",
                     "specter", "probability"}
LIKELIHOOD = {"likely", "unlikely", "possible", "impossible", "probable", "improbable", "conceivable", "inevitable"}
REFUSING_NOUNS = {"refusal", "failure", "rejection", "reluctance", "unwillingness"}
LACKING = {"instead", "lack", "absence", "dearth"}
ABILITY_WORDS = {"capable", "able", "unable", "capability", "capacity", "ability"}
# verbs that keep an act from happening: "blocked him from traveling", "banned the march"
PREVENTING_VERBS = {"prevent", "block", "bar", "ban", "prohibit", "forbid", "stop", "keep", "deter", "restrain", "hinder",
                    "obstruct", "preclude", "exclude", "disallow", "dissuade"}


def judged(trigger: Token, attribution: Attribution | None, future_cues: frozenset[str],
           negative_verbs: frozenset[str]) -> tuple[Modality, str]:
    """The modality and, in words, what decided it (shown by `flashpoint explain`)."""
    if attribution is not None and attribution.stance == "denies":
        return "negated", f"the source denies it ({attribution.cue!r})"
    own = _own_modality(trigger)
    if own == "future" and trigger.dep_ in {"dobj", "xcomp"} and trigger.head.lemma_.lower() in CALLING_OFF:
        return "negated", f"{trigger.text!r} was planned and is called off ('cancelled his planned visit')"
    if own is not None:
        return own, f"a cue on {trigger.text!r} itself (negation, modal or future auxiliary, condition, 'any', 'planned')"
    if trigger.lemma_.lower() in PLANNING_WORDS and any(c.dep_ == "xcomp" or c.tag_ == "VBG" and c.dep_ in {"dobj", "ccomp"}
                                                         for c in trigger.children):
        # "plans to send aid", "is mulling staging drills" coded on the plan itself: the announced act lies ahead (the
        # guide's future AGREE); not "is weighing the evidence", nor the speaker's charge told on it ("are planning a
        # war of aggression")
        return "future", f"{trigger.text!r} announces an act still to come"
    governed = _governed_modality(trigger, future_cues, negative_verbs)
    if governed is not None:
        return governed, f"the clause {trigger.text!r} depends on ('plans to', 'refused to', 'if ...')"
    return "actual", "no cue of negation, condition or the future"


def _far_from(node: Token) -> bool:
    """"Far from withdrawing, Moscow sent tanks": the deed "far from" governs did not happen — however the parser hangs
    "far" ("from"'s head, its child or beside it), but not "not far from where they fired", a place near the deed."""
    if node.dep_ != "pcomp" or node.tag_ != "VBG" or node.head.lower_ != "from":
        return False
    words = [node.head.head, *node.head.children, *(c for c in node.head.head.children if c.i == node.head.i - 1)]
    far = next((w for w in words if w.lower_ == "far"), None)
    # "not far from reaching a deal", "will never be far from": near the deed, not away from it
    return far is not None and not any(c.dep_ == "neg" for c in far.children) and not any(t.lower_ in NEGATORS for t in far.doc[max(far.i - 2, 0) : far.i])


def owned_by_another(noun: Token) -> bool:
    """Whether an act's noun names whose it is: an owner ("Tokyo's offer"), a nationality or a name before it ("the
    American proposal", "the Egyptian ceasefire plan"), a party after it ("the offer from Seoul", "a visit by Pelosi")."""
    def a_party(word: Token, loose: bool = True) -> bool:
        return word.ent_type_ in {"NORP", "GPE", "ORG"} or loose and (word.ent_type_ == "PERSON" or word.pos_ == "PROPN" and not word.ent_type_)

    def named_after(prep: Token) -> bool:
        return prep.dep_ in {"prep", "agent"} and prep.lower_ in {"of", "from", "by"} \
            and any(o.dep_ == "pobj" and a_party(o, prep.lower_ != "of") for o in prep.children)

    # after "of" a name is more often what the act moves ("the deployment of MV-22 Ospreys", tagged a person); the
    # parser may hang "from X" on the verb that weighs the noun ("is weighing an offer by Tokyo")
    beside = [c for c in noun.head.children if c.lower_ in {"from", "by"}] if noun.dep_ == "dobj" else []
    return any(c.dep_ == "poss" or c.dep_ in {"amod", "compound"} and a_party(c) or named_after(c) for c in noun.children) \
        or any(named_after(c) for c in beside)


def _no(word: Token) -> bool:
    return word.dep_ == "det" and word.lower_ == "no"


def _own_modality(token: Token) -> Modality | None:
    """The cue the word itself carries, strongest first: a condition, a negation, a modal, the future, 'any', 'recent'."""
    children = list(token.children)
    if _conditional(token):
        # "if Hanoi does not pull its troops out": a condition, negated or not, reports nothing as not done
        return "hypothetical"
    if any(c.dep_ == "neg" or _no(c) or c.dep_ in {"nsubj", "nsubjpass"} and any(_no(d) for d in c.children) for c in children):
        return "negated"  # "did not attend", "no attack", "no talks were held"
    auxiliaries = _auxiliaries(token)
    if auxiliaries & HYPOTHETICAL_AUX:
        return "future" if _reported_future(token, auxiliaries) else "hypothetical"
    able = [c for c in children if c.dep_ in {"aux", "auxpass"} and c.lower_ in ABILITY_AUX]
    if able and lemma(token) not in NAMING_VERBS and not any(c.lower_ == "longer" for c in children) and not auxiliaries & FUTURE_AUX \
            and not any(g.dep_ == "conj" and g.lower_ in FUTURE_AUX for a in able for g in a.children):
        # "bribery can be punished by ten years", "the army can deploy troops", "we can all agree": possible, not
        # done — not an act named or shown ("the attack can only be described as a massacre", "can be seen
        # shelling"), nor what a party "can no longer" bear, nor what it "can and will" do
        return "hypothetical"
    if auxiliaries & FUTURE_AUX or _going_to(token) or _headline_infinitive(token) or _scheduled(token):
        return "future"
    if _any_of(token):
        return "hypothetical"  # "any attack on …": no act in particular
    if any(c.dep_ == "amod" and c.lower_ in FUTURE_ADJECTIVES for c in children):
        return "future"
    if token.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "amod" and c.lower_ in PAST_ADJECTIVES for c in children):
        return "actual"  # "agreed to cooperate after the recent launches": done, whatever the clause plans
    if any(_any_of(s) for s in children if s.dep_ in {"nsubj", "nsubjpass"}):
        return "hypothetical"  # "any attempt to … will be met": no party in particular
    return None


def _contrasted(conjunct: Token, head: Token) -> bool:
    """"did not X but Y", "not X, yet Y": a conjunct set against its head by a contrasting conjunction."""
    return any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} and head.i < c.i < conjunct.i for c in head.children)


def _conditional(token: Token) -> bool:
    """A clause or noun that only sets a condition: "if/unless they attack", "in case (of) a war", "in the event
    that …", "should the enemy fire a shell" (the inverted modal), "provided (that) the troops withdraw"."""
    children = list(token.children)
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children):
        return True
    if any(c.lower_ in CONDITION_PARTICIPLES and c.dep_ in {"mark", "prep", "intj"} and c.i == token.left_edge.i for c in children):
        return True  # the parser's several readings of a clause-initial "provided"
    if any(c.dep_ == "prep" and c.i == token.left_edge.i and _in_case(c, clause=False) for c in children) \
            or token.dep_ in {"acl", "relcl"} and _in_case(token.head.head):
        # "In case they launch a war" (the clause opens with "in case"), "strike back in case the enemy fires"; not
        # "guarded the embassy in case of protests", what the guarding is for
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "of" and _in_case(token.head.head.head):
        return True  # "in case of a war"
    return token.dep_ == "advcl" and _inverted(token)


def _in_case(preposition: Token, clause: bool = True) -> bool:
    """"in case" or "in the event"; with `clause` false, only when no clause hangs from the noun: "fired shells in
    case the talks failed" sets a condition on the failing, not on the firing. A case or event of someone's ("in
    Roni's case", "in a case filed under the act", "in this event") is a matter, not a condition."""
    return preposition.lower_ == "in" and any(
        c.dep_ == "pobj" and _conditional_noun(c) and (clause or not any(d.dep_ in {"acl", "relcl"} or d.lower_ == "of" for d in c.children))
        for c in preposition.children)


def _conditional_noun(noun: Token) -> bool:
    """A bare "case", or "the event" of something or that something happens ("in the event, Russia attacked" is
    "as it turned out")."""
    determiners = [c.lower_ for c in noun.children if c.dep_ in {"det", "poss", "amod", "compound", "nummod"}]
    if noun.lower_ == "case":
        return not determiners
    return noun.lower_ == "event" and determiners == ["the"] and any(
        c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in {"acl", "relcl"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in noun.children)


def _reported_future(token: Token, auxiliaries: set[str]) -> bool:
    """"announced that it would stage the drills": the future of reported speech, with no condition attached."""
    return auxiliaries <= {"would", "'d"} and _reported(token) and not any(
        c.dep_ == "advcl" and _conditional(c) for c in token.children)


def _any_of(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "any" for c in token.children)


def _auxiliaries(token: Token) -> set[str]:
    """The token's auxiliaries, lower case, with a typographic apostrophe read as a plain one ("He’ll")."""
    return {c.lower_.replace("\u2019", "'") for c in token.children if c.dep_ in {"aux", "auxpass"}}


def _headline_infinitive(token: Token) -> bool:
    """Headline English for what is to come: "Biden to visit Israel", "Saudi, Iranian ministers to meet in Baghdad"
    (an infinitive as the clause's own predicate, not the complement of a noun inside a sentence: "efforts to revive")."""
    if not infinitive(token):
        return False
    return token.dep_ == "ROOT" or (token.dep_ in {"relcl", "acl"} and token.head.dep_ == "ROOT" and token.head.pos_ in {"NOUN", "PROPN"})


def _scheduled(token: Token) -> bool:
    """"The delegation is to meet the senate president on Wednesday": "be to" tells what is arranged."""
    head = token.head
    if token.dep_ != "xcomp" or not infinitive(token) or head.lemma_ != "be" or head.i == token.i or token.lemma_ == "blame":
        return False
    # not "its goal is to bring pressure", "it is urgent to take measures", "what they seek is to invade"
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and not any(c.dep_ in {"acomp", "attr"} for c in head.children) and all(
        s.pos_ in {"NOUN", "PROPN"} and s.lemma_.lower() not in AIMS | PLOTS and not any(c.dep_ == "relcl" for c in s.children)
        for s in subjects)


def infinitive(token: Token) -> bool:
    """"to strike", "to visit": a verb with its infinitive marker."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _going_to(token: Token) -> bool:
    head = token.head
    return token.dep_ == "xcomp" and head.lower_ == "going" and any(c.lower_ in {"is", "are", "was", "'s", "'re"} for c in head.children)


# verbs that hold a clause true only for whoever supposes it ("if Washington believes that Pyongyang fired"), not
# those that take it as fact ("if the U.S. forgets that its troops withdrew", "unless Manila recognizes that …")
SUPPOSING_VERBS = {"believe", "think", "claim", "say", "insist", "argue", "allege", "suppose", "assume", "imagine", "calculate",
                   "expect", "feel", "reckon", "suspect", "contend", "assert", "fancy"}
DESERVING = {"deserve", "merit"}
# verbs whose subject, an act, takes place: its time is theirs
TAKING_PLACE = {"start", "begin", "open", "kick", "commence", "resume", "take", "hold", "occur", "happen", "run", "go"}


def _governed_modality(trigger: Token, future_cues: frozenset[str], negative_verbs: frozenset[str]) -> Modality | None:
    """Walk up the clause: "plans to launch", "called for talks", "refused to sign", "if they attack"."""
    node = trigger
    clause_only = True  # the walk has gone up through its own clause's verbs only
    for _ in range(6):
        if node.head.i != node.i and _intended_only(node):
            return "hypothetical"
        if node.head.i == node.i or node.dep_ not in GOVERNED_DEPS | {"advcl", "conj", "nsubj", "nsubjpass"} \
                and not (node.dep_ == "relcl" and lemma(node.head) == "reason"):
            return None
        dep, head = node.dep_, node.head
        word = lemma(head)
        if dep == "prep" and node.lower_ in CIRCUMSTANCE_PREPOSITIONS and word in future_cues:
            # "regarding the recent launches, they agreed to …": what the agreeing verb is about or follows is not
            # what is agreed ("agreed to hold talks regarding the withdrawal" still plans the withdrawal)
            return None
        if dep == "advcl" and _conditional(node):
            return "hypothetical"
        if dep == "prep" and node.lower_ in MEANS_PREPOSITIONS and (means := _own_modality(head)) in {"future", "hypothetical"}:
            return means  # "will wipe out the aggressors by launching a war": the means of an act to come is to come
        if dep == "prep" and word in DESIGN_NOUNS or dep == "acl" and word in DESIGNS_OF_DEEDS_UNDONE:
            # "a strategy for deploying forces", "a pretext to step up the buildup", "sheer nonsense to make a surprise
            # attack": what a design is for, or what is said to be absurd to do
            return "hypothetical"
        if dep in {"acl", "relcl"} and word == "reason" and any(_no(c) for c in head.children):
            return "negated"  # "no reason exists for the puppets to stage drills" (not "the reason they fired")
        if dep == "prep" and node.lower_ == "of" and word in POSSIBILITY_NOUNS:
            return "hypothetical"  # "the possibility of talks", "the danger of a war breaking out"
        if dep == "prep" and (node.lower_ == "without" or node.lower_ == "of" and word in LACKING) or _far_from(node):
            # "signed the deal without consulting Tokyo", "instead of negotiating", "the lack of dialogue", "far
            # from offering an apology"
            return "negated"
        if word in ABILITY_WORDS and (dep == "xcomp" or dep == "prep" and node.lower_ == "of") \
                and not (head.lower_ == "able" and head.head.tag_ == "VBD"):
            # "is capable of striking the mainland", "is able to hit": what a party could do, not what it did ("was
            # able to intercept the missiles" did it)
            return "negated" if head.lower_ == "unable" else "hypothetical"
        if dep == "prep" and node.lower_ == "from" and (word in PREVENTING_VERBS or word in negative_verbs) \
                or node is trigger and dep == "dobj" and word in PREVENTING_VERBS - {"keep", "exclude"}:
            # "banned the officials from attending the talks", "barred his visits", "refrained from shelling": what was
            # prevented or forgone did not happen
            return "negated"
        if dep in {"nsubj", "nsubjpass"}:
            own = _own_modality(head)
            if word in TAKING_PLACE:
                # "the drills are due to start on Monday", "talks will be held next week": an act told as taking place
                # has the time of its taking place
                taking_place = own or _governed_modality(head, future_cues, negative_verbs)
                if taking_place is not None:
                    return taking_place
            if word == "be" and any(c.dep_ == "acomp" and c.lower_ in future_cues and any(
                    x.dep_ == "xcomp" and x.lemma_.lower() in TAKING_PLACE for x in c.children) for c in head.children):
                return "future"  # "the drills are due (set) to start"
            if word == "be" and any(c.dep_ == "acomp" and c.lower_ in LIKELIHOOD for c in head.children):
                return "hypothetical"  # "an invasion is unlikely", "a deal is possible"
            return own if own == "hypothetical" else None
        if (word in negative_verbs and dep in {"xcomp", "ccomp", "dobj"} or word in REFUSING_NOUNS and dep == "acl") \
                and not (node is trigger and dep == "dobj" and lemma(trigger) in SAID_ACT_NOUNS and owned_by_another(trigger)):
            # "refused to sign", "their refusal to accept the aid" — not another's word refused, which was said
            # ("rejected Bolivia's proposal": Bolivia proposed; "opposes Israel's offensive" is still no offensive)
            return "negated"
        if word in future_cues and dep in {"xcomp", "pobj", "prep", "dobj", "pcomp", "acl"}:
            if word in WEIGHING_WORDS and not (dep == "xcomp" or node.tag_ == "VBG" or node is trigger and not owned_by_another(node)):
                # "is mulling a new operation" lies ahead, not "is mulling the impact of the strikes" nor "mulled
                # Pyongyang's offer of a summit": what is weighed there has happened, or is another's
                return None
            return "negated" if _own_modality(head) == "negated" else "future"
        if dep == "ccomp":
            # "if the West thinks it can criticize Minsk": what a condition's clause says is as conditional
            return "hypothetical" if head.dep_ == "advcl" and _conditional(head) and lemma(head) in SUPPOSING_VERBS else None
        if dep == "xcomp" and word in DESERVING and clause_only:
            # "they deserve to be punished": what a party deserves is not done to it; not the deed it is punished for
            # ("deserve to be punished for attacking the embassy")
            return "hypothetical"
        clause_only = clause_only and dep in {"xcomp", "conj"}
        if dep in {"xcomp", "conj"}:
            inherited = _own_modality(head)
            if inherited is None and dep == "conj" and head.dep_ == "acomp":
                inherited = _own_modality(head.head)  # "should get united and launch an offensive", misread
            if inherited == "negated" and dep == "conj" and _contrasted(node, head):
                return None  # "did not attack civilians, but struck military sites": the contrast is what was done
            if inherited is not None:
                return inherited
        node = head
    return None


MEANS_PREPOSITIONS = {"by", "through"}
# what is never done by being named ("a pretext to step up", "sheer nonsense to attack"; a strategy to send troops may
# be carried out)
DESIGNS_OF_DEEDS_UNDONE = {"pretext", "excuse", "nonsense", "keynote", "absurdity"}
DESIGN_NOUNS = {"strategy", "doctrine", "blueprint"} | DESIGNS_OF_DEEDS_UNDONE  # what they are for is not done ("no reason" apart)
PLOTTED = {"plot", "conspiracy", "attempt", "scheme", "bid"}  # a deed plotted or attempted: the guide's hypothetical ASSAULT
# words for what a party means to do ("its real aim is to …")
AIM_NOUNS = {"objective", "aim", "goal", "intention", "purpose"}
# what an alleged aim is told of: a drill, a scenario, an ambition, an aim (not a real operation, a base or an act's
# goal; nor "purpose" anywhere in the words: "to all intents and purposes", "for peaceful purposes")
ALLEGED_FOR = DRILLS | {"training", "scenario", "ambition", "simulate", "rehearse", "calculation", "design"} | (AIM_NOUNS - {"purpose"})
# deeds an alleged aim can name; a party's aim to talk or to help stays a coded intention
AIMED_DEEDS = {"ASSAULT", "COERCE"}


def alleged_aim(trigger: Token) -> bool:
    """"war exercises for invading the DPRK", "the scenario to seize the DPRK", "drills aimed at a preemptive strike":
    force that a drill, a scenario or an ambition is said to be for. The guide codes no event for an alleged aim; a
    plot or an attempt ("a plot to attack the embassy") it codes as a hypothetical ASSAULT, and what an operation is
    carried out to do ("an operation to capture the town") is the operation's act."""
    node = trigger
    for _ in range(6):
        if node.head.i == node.i:
            return False
        if _intended_only(node):
            # the words around what the aim hangs on: "drills for …", "the objective of the drills is to …"
            aim = set(node.subtree)
            owners = [t for t in node.head.head.subtree if t not in aim]
            return any(t.lemma_.lower() in ALLEGED_FOR for t in owners) and not any(t.lemma_.lower() in PLOTTED for t in owners)
        if node.dep_ not in GOVERNED_DEPS | {"advcl", "conj"}:
            return False
        node = node.head
    return False


def _intended_only(node: Token) -> bool:
    """The purpose of a preparation ("staged drills for invading the DPRK", "maneuvers for an attack") or the content
    of a plot ("a plot to attack", "it is the scenario to mount a surprise attack")."""
    head = node.head
    if node.dep_ in {"pobj", "pcomp"} and head.lower_ in PURPOSE_PREPOSITIONS:
        owner = head.head
        prepared = [owner] + [c for c in owner.children if c.dep_ in {"dobj", "attr"}]
        return any(t.lemma_.lower() in PREPARATIONS for t in prepared)
    return _named_purpose(node) or _plotted(node) or _infinitive_purpose(node) or _aim_stated(node)


def _aim_stated(node: Token) -> bool:
    """"The aim of the Pentagon is to invade", "Tokyo's objective is to seize the islands": what a party's aim
    is said to be."""
    head = node.head
    return node.dep_ == "xcomp" and head.lemma_.lower() == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) \
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in AIM_NOUNS for c in head.children)


def _named_purpose(node: Token) -> bool:
    """A purpose the words around it name: "exercises simulating a missile attack", "war exercises to invade the
    north", "exercises targeted against the DPRK", "drills aimed at mounting a strike" (a thing's purpose, not a
    party's announced plan)."""
    head = node.head
    if node.dep_ == "dobj" and head.lemma_.lower() in SIMULATING:
        return True
    if node.dep_ in {"acl", "relcl"} and (infinitive(node) or node.tag_ == "VBN") and head.lemma_.lower() in PREPARATIONS:
        return True
    return node.dep_ in {"prep", "pobj", "pcomp", "xcomp"} and head.lemma_.lower() == "aim" and head.tag_ == "VBN"


def _plotted(node: Token) -> bool:
    """The content of a plot or an alleged aim: "a plot to attack", "the aim of the drills is to strike", "their
    moves to invade the DPRK" (the infinitive attached by the parser to the verb instead of the noun)."""
    head = node.head
    if node.dep_ in {"xcomp", "acl", "relcl", "prep", "pobj", "pcomp"}:
        planned = [head] + [c for c in head.children if c.dep_ in {"attr", "nsubj"}] if head.lemma_ == "be" else [head]
        if any(t.lemma_.lower() in PLOTS or t.lemma_.lower() in AIMS and t.pos_ == "NOUN" for t in planned):
            return True
    return infinitive(node) and _after_plot_noun(node)


def _infinitive_purpose(node: Token) -> bool:
    """"drew up a scenario to mount an attack", "staged drills to invade": the purpose of the plot or drill ("the
    exercises kicked off to invade the DPRK": what a participle tells of is its noun's purpose)."""
    if node.dep_ not in {"advcl", "xcomp"} or not infinitive(node):
        return False
    head = node.head
    prepared = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}] + ([head.head] if head.dep_ == "acl" else [])
    # a drill may be the subject the parser gives the verb that starts it ("the exercises kicked off by Seoul to
    # invade"); not an operation going on ("the air operation continued to pound the town") nor what a drill prompts
    # ("the drills prompted Pyongyang to fire missiles")
    staged = [c for c in head.children if c.dep_ == "nsubj" and c.lemma_.lower() in DRILLS] if head.lemma_.lower() in STARTING else []
    return bool(staged) or any(t.lemma_.lower() in PLOTS | PREPARATIONS for t in prepared)


def purpose_clause(verb: Token) -> Token | None:
    """The act an infinitive of purpose hangs on ("deployed destroyers to strike": deployed; "in order to" too, not
    "so as to"), or None."""
    if verb.dep_ != "advcl" or not infinitive(verb) or any(c.dep_ == "mark" and c.lower_ != "in" for c in verb.children):
        return None
    return verb.head


def purpose_of_act(verb: Token) -> bool:
    """"deployed destroyers to strike the ships": the purpose of readying force. Not "sent jets to bomb targets" or
    "crossed the border to bomb camps", which news writes of strikes carried out."""
    return (head := purpose_clause(verb)) is not None and head.lemma_.lower() in READYING_VERBS


def _after_plot_noun(verb: Token) -> bool:
    to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    if to is None or to.i == 0:
        return False
    before = verb.doc[to.i - 1]
    return before.pos_ == "NOUN" and before.lemma_.lower() in PLOTS | PREPARATIONS | AIMS


REPORTING_HEADS = {"say", "announce", "tell", "state", "declare", "add", "report", "indicate", "confirm", "quote", "insist",
                   "claim", "warn", "write", "reiterate", "stress", "repeat", "reply", "respond", "think", "believe", "signal"}
INTENT_ADJECTIVES = {"ready", "willing", "prepared", "determined", "eager", "keen", "committed", "poised", "set"}
INTENT_NOUNS = {"readiness", "willingness", "intention", "determination", "commitment", "desire", "resolve", "pledge"}
INTENT_VERBS = {"plan", "intend", "decide", "prepare", "aim", "resolve", "commit", "mean", "want", "wish", "seek", "hope", "expect"}


def intent(trigger: Token) -> tuple[str, Token] | None:
    """An announced intention: "will/would (in reported speech) X", "plans/is ready/prepared/willing to X".

    Returns ("future" | "negated", the token that carries the intention) or None.
    """
    children = list(trigger.children)
    negated = any(c.dep_ == "neg" for c in children)
    auxiliaries = _auxiliaries(trigger)
    if _conditional(trigger):
        return None
    if auxiliaries & FUTURE_AUX or _going_to(trigger):
        return ("negated" if negated else "future"), trigger
    if auxiliaries & {"would", "'d"} and trigger.dep_ in {"ccomp", "conj"} and _reported(trigger):
        return ("negated" if negated else "future"), trigger
    node = trigger
    for _ in range(3):
        if node.dep_ not in {"xcomp", "acl", "pcomp", "pobj", "prep"} or node.head.i == node.i:
            return None
        head = node.head
        lemma = head.lemma_.lower()
        if (lemma in INTENT_VERBS and head.pos_ in {"VERB", "AUX"}) or head.lower_ in INTENT_ADJECTIVES or lemma in INTENT_ADJECTIVES \
                or lemma in INTENT_NOUNS and head.pos_ == "NOUN" and node.dep_ == "acl":  # "the readiness of Japan to finance"
            carrier = head
            neg = any(c.dep_ == "neg" for c in [*head.children, *head.head.children])
            return ("negated" if neg else "future"), carrier
        node = head
    return None


def _reported(token: Token) -> bool:
    node = token
    for _ in range(3):
        if node.dep_ == "ccomp":
            return node.head.lemma_.lower() in REPORTING_HEADS
        if node.dep_ != "conj":
            return False
        node = node.head
    return False


MAIN_CLAUSE_DEPS = {"ROOT", "ccomp", "conj", "parataxis"}  # not "how relations should look", "a court that should decide"
ACCEPTING = {"accept", "agree", "approve", "recognize", "recognise", "endorse"}
# verbs of yielding to another's will: refused, a rejection ("will not comply with the ruling")
YIELDING = {"comply", "obey", "allow", "permit", "heed", "abide", "submit", "yield", "bow", "succumb"}
# dealing with a party: "will never deal with the traitors", "will not negotiate with Washington" refuse it
CHOOSING = {"choose", "opt", "decide", "elect", "prefer", "vote", "resolve"}
STARTING = {"kick", "start", "begin", "launch", "stage", "open", "commence", "hold", "conduct", "resume"}
# what a party may choose not to do that is a cooperative act refused ("decided not to sign"), read on the choice
COOPERATING = {"sign", "attend", "join", "participate", "meet", "send", "accept", "support", "cooperate", "ratify",
               "recognize", "recognise", "endorse", "approve", "agree", "renew", "extend", "help", "provide", "grant",
               "allow", "receive", "visit", "host", "invite", "negotiate", "talk", "release", "return", "lift"}
DEALING = {"deal", "negotiate", "talk", "cooperate", "engage", "meet", "sit", "reconcile"}
# verbs of loud talk that, about force, make a threat of it ("talked about striking", "clamoured for a strike")
TALKING_OF_FORCE = {"talk", "cry", "clamor", "clamour", "vociferate", "bluster", "rant", "shout", "scream", "yell",
                    "trumpet", "babble"}  # not "boasted of destroying": that tells of force used


def talked_of_force(trigger: Token) -> bool:
    """Whether an act of force is what a subject talks loudly about ("dared to talk about striking the
    headquarters", "cried out for strongly reacting against any provocation")."""
    node = trigger
    for _ in range(4):
        if node.dep_ not in {"pcomp", "pobj", "prep", "xcomp", "dobj"} or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "VERB":
            return node.lemma_.lower() in TALKING_OF_FORCE
    return False


@dataclass(frozen=True)
class Reading:
    """A coded act as the speech act it is: its category and modality after the rules below, why, whether its
    date resolves forward, and the rule that changed its category (for `produced_by`), if any."""

    category: str
    modality: Modality
    why: str
    to_come: bool
    rule: str | None = None


# cooperative acts a party can say it is ready to do
OFFERABLE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
READINESS = {"ready", "willing", "prepared"}


def readiness(trigger: Token) -> bool:
    """"is ready to contribute", "said it was willing to withdraw": the act a party says, now, that it stands ready to
    do. Not "is not ready to withdraw", "the bill is ready to be signed", "were prepared to attack but withdrew", nor
    a question."""
    head = trigger.head
    if not (trigger.dep_ == "xcomp" and infinitive(trigger) and head.lower_ in READINESS and head.dep_ in {"acomp", "ROOT", "ccomp", "xcomp"}):
        return False
    if any(c.dep_ == "auxpass" for c in trigger.children) or trigger.sent.text.rstrip().endswith("?"):
        return False
    copula = head.head if head.dep_ == "acomp" else head
    said = copula.dep_ == "ccomp"  # "said it was willing to": the past of reported speech is the saying's present
    return not any(c.dep_ == "neg" for c in (*head.children, *copula.children)) and (said or copula.tag_ in {"VBZ", "VBP"}) \
        and any(c.dep_ == "nsubj" and (c.pos_ in {"PROPN", "PRON"} or c.ent_type_) for c in copula.children)


# meetings and cooperation yet to come: the manual's and the guide's AGREE ("will visit", "will hold talks"); not
# support pledged ("will always support": support given now, in both guides' examples) nor aid or a resignation
# decided, which the guide keeps as the act
INTENDED_AS = {"CONSULT": "AGREE", "COOPERATE": "AGREE"}
DECLARED_MEASURES = {"SANCTION", "COERCE", "ASSAULT"}  # what a party threatens by announcing that it will do it
POSSIBILITY_AUX = {"may", "might", "could", "would", "'d"}
DECLARABLE_AUX = POSSIBILITY_AUX | ABILITY_AUX  # a measure one may, or is able to, take
WARNING_WORDS = {"warn", "warning"}
# words of threatening: "will not threaten" denies a threat, where "will never remain an onlooker" makes one
THREAT_WORDS = WARNING_WORDS | {"threaten", "threat", "ultimatum"}


RETALIATING_NOUNS = {"response", "retaliation", "reprisal", "reply", "answer"}
# reprisal a party shouts for ("cried out for 'punishment'"): force against another, by its word
REPRISAL_NOUNS = {"retaliation", "reprisal", "revenge", "punishment", "annihilation", "counterattack"}


def aimed_measure(trigger: Token, actor: list[Actor], recipient: list[Actor]) -> bool:
    """A measure a party says it will take against someone, or on a condition, or in answer to something: "will
    withdraw its force from Chad", "would punish those who took part", "will close the border unless …", "will extend
    the curfew in response to the unrest"; not a measure of its own course aimed at no one ("the emergency will be
    extended", "will ban bauxite exports from June")."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in trigger.children):
        return False
    if any(r.code for r in recipient):
        return True
    conditional = any(c.dep_ == "advcl" and _conditional(c) for c in trigger.children)
    answering = any(c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in RETALIATING_NOUNS for o in c.children)
                    for c in trigger.children)
    return conditional or answering


@dataclass(frozen=True)
class _Said:
    """What the speech-act rules read besides the reading itself."""

    trigger: Token
    denied: bool
    negative_verbs: frozenset[str]
    declared_by_doer: bool


def _declared_measure(r: Reading, said: _Said) -> Reading:
    # "announced it will withdraw its troops unless …", "said it will extend the curfew": a party declaring a measure
    # against others is threatening it (the guide's declared retaliation; PLOVER's THREATEN), made when declared; so
    # is a measure it says it may take ("said it may terminate the contract", "could cut supplies if …")
    if r.category in DECLARED_MEASURES and declarable(said.trigger, r.modality) and said.declared_by_doer and not said.denied:
        return Reading("THREATEN", "actual", f"{r.why}; a measure its doer declares is a threat", r.to_come, "rule:threaten.declared-measure.v1")
    return r


# words of punishing, and of vowing it: "would punish those who took part", "vowed to punish the offenders"
PUNISHING_VERBS = {"punish", "penalize", "penalise"}
VOWING_VERBS = {"vow", "pledge", "promise", "swear"}
PUNISHMENT_DECLARED = "rule:threaten.punishment-declared.v1"  # whose declarer the pipeline makes the threatener


def _punishment_vowed(r: Reading, said: _Said) -> Reading:
    # "vowed to punish the offenders", "said it would punish those who took part", "offenders will be punished, the
    # ministry said": a punishment its dealer declares before dealing it is the guide's threat (declared retaliation),
    # made when said — not a punishment dealt, one the text only weighs ("might have punished"), nor one others
    # forecast or fear ("analysts said Beijing would likely punish Canberra", "critics fear the law would punish …")
    trigger = said.trigger
    if r.category != "SANCTION" or lemma(trigger) not in PUNISHING_VERBS or said.denied:
        return r
    auxiliaries = _auxiliaries(trigger)
    to_come = r.modality == "future" or r.modality == "hypothetical" and bool(auxiliaries & PLEDGING_AUX) and "have" not in auxiliaries
    hedged = any(c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS for c in trigger.children)
    vowed = trigger.dep_ == "xcomp" and lemma(trigger.head) in VOWING_VERBS
    if not (vowed or to_come and not hedged and (_own_word(trigger) or _unnamed_punisher(trigger))):
        return r
    return Reading("THREATEN", "actual", f"{r.why}; a punishment declared before it is dealt is a threat", r.to_come,
                   PUNISHMENT_DECLARED)


def _own_word(verb: Token) -> bool:
    # "we will punish them", "the police said it would punish …": the speaker itself, or the doer speaking of itself
    # by a pronoun in what it says
    clause = verb
    while clause.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in clause.children):
        clause = clause.head  # "we will intensify the actions … and thus punish them"
    subjects = [c.lower_ for c in clause.children if c.dep_ == "nsubj"]
    return any(s in {"we", "i"} for s in subjects) or clause.dep_ == "ccomp" and lemma(clause.head) in DECLARING_VERBS and any(
        s in {"it", "they", "he", "she"} for s in subjects)


def _unnamed_punisher(verb: Token) -> bool:
    # "offenders will be punished": a passive naming no punisher, said outright or by a party saying it (not one
    # feared or expected: "critics fear journalists would be punished")
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return False
    return verb.dep_ != "ccomp" or lemma(verb.head) in DECLARING_VERBS


# verbs that tell a party's own word: "said it would punish", "warned that offenders will be punished"
DECLARING_VERBS = {"say", "announce", "declare", "state", "warn", "vow", "pledge", "promise", "stress", "add", "tell"}


def declarable(trigger: Token, modality: Modality) -> bool:
    """A measure its doer can declare: one to come ("will impose"), one it may take ("may impose", "could cut"), or
    one it is able to take ("our missiles can hit any base in the region": the capability told is the warning)."""
    auxiliaries = _auxiliaries(trigger)
    # not what it "might have done", "would have expelled": a past possibility, no measure declared
    return modality == "future" or modality == "hypothetical" and bool(auxiliaries & DECLARABLE_AUX) and "have" not in auxiliaries


def _refused(categories: set[str], verbs: set[str], why: str, rule: str) -> Callable[[Reading, _Said], Reading]:
    """A refusal that happened or is declared (the guide's REJECT), not the act refused reported as not done: a verb of
    `verbs` negated by its own "not" or "never" — not by a verb of failing ("failed to agree" is no refusal), and not
    denied ("denied that it had agreed" stays a denied agreement)."""
    def read(r: Reading, said: _Said) -> Reading:
        if r.category in categories and r.modality == "negated" and lemma(said.trigger) in verbs \
                and _negated_itself(said.trigger) and not said.denied:
            return Reading("REJECT", "actual", why, r.to_come, rule)
        return r
    return read


# "the ministry never accepts such gifts", "did not agree to the plan": an agreement refused
_refused_acceptance = _refused({"AGREE", "SUPPORT"}, ACCEPTING, "acceptance refused: a rejection", "rule:reject.refused-acceptance.v1")
# "will not comply with the sanctions", "did not allow him to meet his brother", "never obeyed the order": defying
_refused_compliance = _refused({"CONCEDE", "RETREAT"}, YIELDING, "compliance refused: a rejection", "rule:reject.refused-compliance.v1")


def _refused_dealing(r: Reading, said: _Said) -> Reading:
    # "will never deal with that cabinet", "will not negotiate under pressure": a refusal declared (the guide's REJECT),
    # not a meeting that did not happen nor a threat
    if r.category in {"AGREE", "CONSULT", "COOPERATE", "THREATEN"} and not said.denied and dealing_refused(said.trigger):
        return Reading("REJECT", "actual", "dealing refused: a rejection", r.to_come, "rule:reject.refused-dealing.v1")
    return r


def dealing_refused(verb: Token) -> bool:
    """"Will never deal with that cabinet", "would not negotiate under pressure": dealing with a party refused for
    the time to come."""
    return lemma(verb) in DEALING and _negated_itself(verb) \
        and any(c.dep_ == "aux" and c.lower_ in {"will", "would", "wo", "shall"} for c in verb.children)


def _chosen_not_to(r: Reading, said: _Said) -> Reading:
    # "chose not to attend the summit", "decided not to sign the accord": a party choosing against a cooperative act is
    # refusing it (the guide's REJECT), not an act reported as not done
    # (or the choice itself, read as the act it chose against: "decided not to sign" typed on "decided")
    trigger = said.trigger
    chosen_against = r.modality == "negated" and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in CHOOSING \
        and _negated_itself(trigger)
    choice_against = trigger.lemma_.lower() in CHOOSING and not _negated_itself(trigger) \
        and any(c.dep_ == "xcomp" and _negated_itself(c) and c.lemma_.lower() in COOPERATING for c in trigger.children)
    # cooperative acts: PLOVER's verbal and material cooperation quads
    if not (chosen_against or choice_against) or said.denied or load_ontology()[r.category].quad > 2:
        return r
    # a choice that only may be made ("could decide not to attend", "if it chooses not to sign") is a possible one
    choosing = trigger.head if chosen_against else trigger
    auxiliaries = _auxiliaries(choosing)
    modality: Modality = "hypothetical" if auxiliaries & POSSIBILITY_AUX or _conditional(choosing) else \
        "future" if auxiliaries & FUTURE_AUX else "actual"
    return Reading("REJECT", modality, "chose not to: a rejection", r.to_come, "rule:reject.chosen-not-to.v1")


def _force_talked_of(r: Reading, said: _Said) -> Reading:
    # "talked about striking the headquarters", "cried out for strongly reacting": force spoken of, not used — the
    # guide codes the threat, not the threatened act
    if r.category == "ASSAULT" and talked_of_force(said.trigger):
        return Reading("THREATEN", "actual", "force talked of: a threat", r.to_come, "rule:threaten.force-talked-of.v1")
    return r


def _force_called_for(r: Reading, said: _Said) -> Reading:
    # "called for a first strike on its rival", "cried out for 'precision strike'", "crying out for military
    # option": force a party calls for against another is threatened, not asked of anyone (not "called for an end to
    # the attacks", "called for strikes" by a union, nor "called for the punishment of the killers")
    if r.category == "REQUEST" and lemma(said.trigger) in TALKING_OF_FORCE | {"call"} and any(map(force_named, called_for(said.trigger))):
        return Reading("THREATEN", "actual", "force called for: a threat", r.to_come, "rule:threaten.force-called-for.v1")
    # "cried out for 'punishment' and 'retaliation'", "vociferated about 'retaliation'": a party shouting for
    # reprisal against another threatens it, however the words were typed
    if r.category in {"REQUEST", "ACCUSE"} and lemma(said.trigger) in TALKING_OF_FORCE \
            and any(force_named(o) or lemma(o) in REPRISAL_NOUNS for o in called_for(said.trigger, {"for", "about"})):
        return Reading("THREATEN", "actual", "reprisal shouted for: a threat", r.to_come, "rule:threaten.force-called-for.v1")
    return r


def called_for(verb: Token, prepositions: frozenset[str] | set[str] = frozenset({"for"})) -> list[Token]:
    """What a verb calls or cries out for (or talks about): the objects of its "for", with their conjuncts."""
    objects = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in prepositions for o in c.children if o.dep_ == "pobj"]
    return objects + [c for o in objects for c in o.conjuncts]


def force_named(noun: Token) -> bool:
    """An act of force by its words: a noun the lexicon reads only as an attack ("a preemptive attack"), or an act a
    word of military force describes ("precision strike", "military option"; not a "missile shield")."""
    if lemma(noun) in FORCE_HEADS and any(c.dep_ in {"amod", "compound"} and c.lower_ in FORCE_MODIFIERS for c in noun.children):
        return True
    senses = load_lexicon().nouns.get(lemma(noun), ())
    return bool(senses) and all(s.category == "ASSAULT" for s in senses)


def _obligation_laid(r: Reading, said: _Said) -> Reading:
    # "the occupier should pull its troops out", "Seoul must not stage the drills": an obligation laid on a party is a
    # demand made, not a possible one; what it forbids is the demand's content, not a demand that was not made. The
    # modal of the first of conjoined verbs serves them all: "should give up the dream and stop the racket"
    verb = said.trigger
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and not _auxiliaries(verb) \
            and not any(c.dep_ in {"nsubj", "nsubjpass", "neg"} for c in verb.children):
        verb = verb.head
    if r.category == "REQUEST" and r.modality in {"hypothetical", "negated"} and verb.dep_ in MAIN_CLAUSE_DEPS and any(
            c.dep_ in {"aux", "auxpass"} and c.lower_ in {"should", "must"} for c in verb.children):
        return replace(r, modality="actual", why="an obligation laid on a party: a demand made")
    return r


# a party's offer, which another's act may be done to: "rejected the DPRK's proposal", "hailed the U.S. offer"
OFFER_NOUNS = {"proposal", "offer", "promise", "invitation", "overture"}
# words of another's that a refusal leaves said: "rejected Bolivia's proposal", "dismissed Seoul's demand"
SAID_ACT_NOUNS = OFFER_NOUNS | {"demand", "threat", "claim", "accusation", "request", "warning", "initiative"}
# what a party says it will not put up with: "will never pardon the crimes", "can not tolerate the provocations",
# "will never remain a mere onlooker", "cannot tolerate the warmongers" — what is not pardoned being hostile deeds, not
# persons ("would not pardon the ministers" refuses a pardon)
TOLERATING_VERBS = {"tolerate", "pardon", "overlook"}
DEEDS_NOT_TOLERATED = {"act", "crime", "provocation", "move", "aggression", "attack", "violation", "atrocity", "outrage",
                       "action", "behavior", "behaviour", "intrusion", "incursion", "attempt", "hysteria", "racket",
                       "maneuver", "manoeuvre", "drill", "exercise", "interference", "encroachment", "insult", "slander"}
ONLOOKING = {"onlooker", "on-looker", "spectator", "bystander", "idle", "indifferent"}


def _tolerance_refused(r: Reading, said: _Said) -> Reading:
    # a party's own "will never pardon", "can not tolerate" is its threat (the guide's declared retaliation), made
    # when said — not a pardon or a charge denied, nor what it "did not tolerate" (told as done: "has never pardoned")
    trigger = said.trigger
    word = lemma(trigger)
    refused = word == "tolerate" or word in TOLERATING_VERBS and any(c.dep_ == "dobj" and lemma(c) in DEEDS_NOT_TOLERATED for c in trigger.children) \
        or word == "remain" and any(c.dep_ in {"attr", "acomp", "oprd"} and c.lower_ in ONLOOKING for c in trigger.children)
    if r.category is None or r.category == "THREATEN" or r.modality != "negated" or not refused or said.denied \
            or not _negated_itself(trigger) or not _auxiliaries(trigger) & (FUTURE_AUX | ABILITY_AUX | {"would"}):
        return r
    return Reading("THREATEN", "actual", f"{r.why}; what a party says it will not put up with is its threat", r.to_come,
                   "rule:threaten.tolerance-refused.v1")


WARNED_AUX = {"should", "must"}  # "should clearly understand the countermeasure": a warning, made when said


def _threat_made(r: Reading, said: _Said) -> Reading:
    # "we will bolster our deterrent": a threat is made when it is said; what it threatens is what is to come (every
    # THREATEN in the training labels is actual or historical)
    auxiliaries = _auxiliaries(said.trigger)
    if r.category == "THREATEN" and (r.modality == "future" or r.modality == "hypothetical" and auxiliaries
                                     and auxiliaries <= ABILITY_AUX | WARNED_AUX):
        # (as is one told by what a party can do, "we can wipe out the aggressors", or what another had better know:
        # "Washington should understand the countermeasure")
        return replace(r, modality="actual", why=f"{r.why}; a threat is made when said")
    # so is what a party says it will never put up with ("will never remain an onlooker"), typed as the threat itself;
    # a threat only spoken of ("might threaten") or denied ("did not threaten") is not
    if r.category == "THREATEN" and r.modality == "negated" and lemma(said.trigger) not in THREAT_WORDS \
            and _auxiliaries(said.trigger) & (FUTURE_AUX | ABILITY_AUX):  # ("can never escape the punishment")
        return replace(r, modality="actual", why=f"{r.why}; a threat is made when said, whatever it vows not to do")
    return r


PLEDGING_AUX = FUTURE_AUX | {"would"}
# what a party says it is set on: "made every effort to", "expressed the will to", "its determination to"
RESOLVE_NOUNS = {"effort", "will", "intention", "readiness", "willingness", "desire", "commitment", "determination", "resolve",
                 "stand", "stance", "policy", "keenness", "eagerness", "wish", "pledge"}
# words that put a stance in the past: "It was once the policy of …", "the stand of the former government"
BYGONE_WORDS = {"once", "formerly", "previously", "then", "former", "previous", "past", "old", "erstwhile"}
# verbs of committing oneself to an act: "have committed to deepen their ties"
COMMITTING_VERBS = {"commit"}
# verbs of working together, which pledge ties as fostering them does: "its stand to cooperate with Laos"
COOPERATING_VERBS = {"cooperate", "collaborate"}
# adverbs that make a forecast of what a clause says will be ("would likely expand", "warned prices could possibly climb")
HEDGE_ADVERBS = {"likely", "possibly", "probably", "perhaps", "maybe"}
# verbs stating a resolve as they are said ("expressed the will to"), and verbs of making efforts, which state one only
# when not told as done before ("will make every effort to", not "made efforts to … in the 1970s")
STATING_RESOLVE = {"express", "voice", "reaffirm", "reiterate", "declare", "state", "show", "confirm", "stress", "pledge",
                   "affirm", "reconfirm", "clarify", "emphasize", "emphasise", "underline", "underscore"}
MAKING_EFFORTS = {"make", "redouble", "spare", "exert", "continue"}
# subjects that are no party pledging: an event or a text that "will boost the ties" foretells, it does not promise
NOT_PLEDGERS = {"it", "this", "that", "these", "those", "which", "what"}


def bond_pledged(verb: Token) -> bool:
    """"We will further develop the cooperation", "the two governments will promote closer cooperation", "made every
    effort to boost the friendship", "expressed the will to deepen the exchanges", "It is the unchanging policy of
    Brazil to cement its ties", "have committed to deepen their ties", "reaffirmed its stand to cooperate with
    Laos": a party saying it will foster its ties with others pledges to cooperate (the guide's AGREE, made when said).
    Not ties told as fostered ("the visit boosted the ties"), nor what an event or a text will do for them ("this will
    mark an occasion for boosting", "issues that would enhance cooperation"), nor a denial."""
    lexicon = load_lexicon()
    if verb.pos_ != "VERB" or not _fosters_ties(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    # a forecast, a condition or a question pledges nothing ("would likely expand", "if elected, will improve")
    if verb.sent.text.rstrip().endswith("?") or any(c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS for c in verb.children) \
            or _conditional(verb) or any(c.dep_ == "advcl" and _conditional(c) for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in PLEDGING_AUX for c in verb.children):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return bool(subjects) and all(s.lower_ not in NOT_PLEDGERS and (s.pos_ in {"PROPN", "PRON"} or s.ent_type_ in {"ORG", "NORP", "GPE"}
                                                                          or lemma(s) in lexicon.party_nouns) for s in subjects)
    if not (infinitive(verb) and verb.dep_ in {"acl", "xcomp", "advcl"}):
        return False
    if verb.dep_ == "xcomp" and lemma(verb.head) in COMMITTING_VERBS and any(c.dep_ == "nsubj" for c in verb.head.children):
        return True
    # the resolve stated ("expressed the will to", "will make efforts to"), not one spoken of ("in the efforts to", "the
    # U.S. intention to … worries China") nor efforts told as made long ago ("made efforts to … in the 1970s")
    resolve = _resolve_of(verb)
    if resolve is None:
        return False
    first = resolve
    while first.dep_ == "conj" and first.head.i != first.i:  # "confirmed the importance of …, and the desire to …"
        first = first.head
    stating = first.head
    if first.dep_ in {"attr", "nsubj"} and lemma(stating) == "be":
        # "It is the consistent policy of Brazil to …", "Unchanged is the stand of Mongolia to …": a party's own stance,
        # not one it held once ("It was once the policy of Egypt to …", "the policy of the previous government")
        bygone = any(t.lower_ in BYGONE_WORDS for t in (*stating.children, *resolve.subtree) if t.dep_ in {"advmod", "amod"})
        return not bygone and any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in resolve.children)
    return first.dep_ in {"dobj", "conj"} and (
        lemma(stating) in STATING_RESOLVE or lemma(stating) in MAKING_EFFORTS and stating.tag_ not in {"VBD", "VBN"})


def _fosters_ties(verb: Token) -> bool:
    # ties fostered by name ("boost the relations", "upgrade them" after the relations), or cooperation itself
    # ("to cooperate with Laos", "to work closely together")
    lexicon = load_lexicon()
    word = lemma(verb)
    if word in COOPERATING_VERBS or word == "work" and any(c.lower_ in {"together", "closely"} for c in verb.children):
        return True
    if word not in lexicon.fostering_verbs:
        return False
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    return any(lemma(o) in lexicon.tie_nouns for o in objects) or any(o.lower_ in {"it", "them"} for o in objects) \
        and any(lemma(t) in lexicon.tie_nouns for t in verb.sent if t.i < verb.i)


def _resolve_of(verb: Token) -> Token | None:
    """The noun of resolve an infinitive spells out: "the will to deepen", and where the parser hangs the infinitive
    on the verb of the clause instead, that verb's object or attribute right before it ("stressed the keenness of
    Chile to expand …", "It is the policy of the government to …")."""
    head = verb.head
    if head.pos_ == "NOUN":
        return head if lemma(head) in RESOLVE_NOUNS and verb.dep_ in {"acl", "xcomp"} else None
    nouns = [c for c in head.children if c.dep_ in {"dobj", "attr"} and c.i < verb.i and lemma(c) in RESOLVE_NOUNS
             and c.right_edge.i == verb.left_edge.i - 1]
    return nouns[0] if nouns else None


def _ties_pledged(r: Reading, said: _Said) -> Reading:
    # "we will further develop the cooperation": the pledge is made when said, whatever is to come of it
    if r.category == "AGREE" and r.modality in {"future", "hypothetical"} and not said.denied and bond_pledged(said.trigger):
        return replace(r, modality="actual", why=f"{r.why}; a pledge to foster ties is made when said")
    return r


def _readiness_stated(r: Reading, said: _Said) -> Reading:
    # "is ready to contribute troops", "is willing to withdraw its forces": stated readiness to cooperate is an offer
    # (both guides' AGREE), made when stated
    if r.category in OFFERABLE and r.modality == "future" and readiness(said.trigger) and not said.denied:
        return Reading("AGREE", "actual", "readiness stated: an offer", r.to_come, "rule:agree.readiness.v1")
    return r


def _intended(r: Reading, said: _Said) -> Reading:
    # "will visit", "will hold talks": an intention, which PLOVER codes as the one category that fits
    if r.modality == "future" and r.category in INTENDED_AS and not said.denied:
        intended = INTENDED_AS[r.category]
        return replace(r, category=intended, why=f"{r.why}; {r.category} yet to come is an intention ({intended})",
                       rule=r.rule or f"rule:{intended.lower()}.intended.v1")
    return r


def _attack_to_come(r: Reading, said: _Said) -> Reading:
    # force is not scheduled: an attack planned, intended or promised is a plot or a threat's content, which the guide
    # codes as hypothetical ("their plan to seize the island")
    if r.category == "ASSAULT" and r.modality == "future":
        return replace(r, modality="hypothetical", why=f"{r.why}; an attack yet to come is hypothetical")
    return r


# force named by a doctrine rather than a deed: "a preemptive attack", "nuclear war" (told of, not carried out)
DOCTRINAL_FORCE = {"preemptive", "pre-emptive", "nuclear"}
# words of military force that make an act of force of what they describe ("precision strike", "military option"),
# heads they can make one of (not a "nuclear umbrella")
FORCE_MODIFIERS = DOCTRINAL_FORCE | {"military", "precision", "surgical", "missile", "armed"}
FORCE_HEADS = {"attack", "strike", "option", "action", "response", "solution", "retaliation", "punishment", "operation"}
# what force can be "for" without having happened: plans, means and zeal ("a plan for seizing the port", "keen on")
# — not the sequels of a deed done ("compensation for the shelling", "responsibility for the bombing")
AIM_OWNERS = {"strategy", "policy", "plan", "doctrine", "scenario", "preparation", "basis", "base", "cooperation",
              "conspiracy", "collusion", "war", "ambition", "design", "blueprint", "option", "capability", "posture",
              "readiness", "pretext", "excuse", "crazy", "eager", "keen", "ready", "bent", "zeal"}


def _drill_staged(r: Reading, said: _Said) -> Reading:
    if r.category == "ASSAULT" and any(c.dep_ == "dobj" and c.lemma_.lower() in DRILLS for c in said.trigger.children):
        return replace(r, category="MOBILIZE", why=f"{r.why}; the force {said.trigger.text!r} stages is a drill",
                       rule="rule:mobilize.drill.v1")
    return r


def _force_named_not_done(r: Reading, said: _Said) -> Reading:
    # the guide codes attacks carried out; force told as what another act is done for ("deployed destroyers to strike
    # the ships"), as what a plan, a policy or a zeal is for ("a plan for seizing the port", "keen on a first strike"),
    # as a doctrine ("its preemptive missile strikes"), as what a right, a will or a reason is to do ("the licence to
    # fire") or as a drill's content ("a drill of landing on a beach") is not told as done: hypothetical, like a plot
    if r.category not in {"ASSAULT", "MOBILIZE"} or r.modality != "actual":
        return r
    why = force_not_done(said.trigger) if r.category == "ASSAULT" else rehearsed_in_a_drill(said.trigger)
    return replace(r, modality="hypothetical", why=f"{r.why}; {why}") if why else r


def rehearsed_in_a_drill(word: Token) -> str | None:
    """"Exercises of detecting the DPRK's launches", "the involvement of reinforcements in the maneuvers", "staged a
    joint exercise by mobilizing tanks": a move named in a drill's own phrase is what the drill rehearses or is made
    of — the drill is the move told."""
    node, crossed = word, []
    for _ in range(4):
        if node.dep_ not in {"pobj", "pcomp", "prep", "dobj", "acl"} or node.head.i == node.i:
            return None
        if node.dep_ == "prep":
            crossed.append(node.lower_)
        node = node.head
        if crossed and lemma(node) in DRILLS:
            return f"{word.text!r} is what the {node.text!r} rehearses"
        if "by" in crossed and node.pos_ == "VERB" and any(c.dep_ == "dobj" and lemma(c) in DRILLS for c in node.children):
            return f"{word.text!r} is how {node.text!r} stages the drill"
    return None


def force_not_done(trigger: Token) -> str | None:
    """Why an act of force is named here without being told as done (for `flashpoint explain`), or None."""
    if purpose_of_act(trigger):
        return f"{trigger.text!r} is what another act is done for, not told as done"
    head = trigger.head
    if trigger.dep_ in {"pobj", "pcomp"} and head.head.i != head.i:
        owner = head.head
        if head.lower_ == "for" and owner.lemma_.lower() in AIM_OWNERS and not any(c.dep_ == "poss" for c in trigger.children):
            return f"{trigger.text!r} is what {owner.text!r} is for"
        if head.lower_ == "of" and owner.lemma_.lower() in DRILLS:
            return f"{trigger.text!r} is what the {owner.text!r} rehearses"
    if (drill := drill_told_with(trigger)) is not None:
        return f"{trigger.text!r} is what the {drill.text!r} rehearses"
    if any(c.dep_ == "amod" and c.lower_ in DOCTRINAL_FORCE for c in trigger.children) and not _told_as_done(trigger):
        return f"{trigger.text!r} names a doctrine of force, not a deed"
    if trigger.dep_ in {"acl", "relcl"} and infinitive(trigger) and head.pos_ == "NOUN":
        return f"{trigger.text!r} is what {head.text!r} is to do"
    verb = head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger  # "to launch attacks"
    if verb.dep_ in {"xcomp", "advcl", "ccomp"} and infinitive(verb) and verb.head.lemma_.lower() not in FORCE_CARRIED_OUT:
        # "worked hard to capture the town", "a law allowing troops to launch attacks": what a party strives, is
        # allowed or is set to do by force is not told as done ("began to shell the town" is)
        return f"{trigger.text!r} is what {verb.head.text!r} is to do, not told as done"
    return None


def drill_told_with(trigger: Token) -> Token | None:
    """"staged a live-fire drill, targeting mock bunkers", "When the exercises started, the marines stormed the beach":
    force told alongside a drill being staged, or timed by a drill's start, is what the drill rehearses; the drill, or
    None. Not an attack "during" or "after" a drill, nor one told beside a drill condemned ("condemned the exercises,
    shelling the island")."""
    timing = [g for c in trigger.children if c.dep_ == "advcl" and lemma(c) in DRILL_STARTS
              and any(m.dep_ in {"advmod", "mark"} and m.lower_ in {"when", "as", "once"} for m in c.children)
              for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
    staging = [c for c in trigger.head.children if c.dep_ == "dobj"] if (
        trigger.dep_ in {"advcl", "conj"} and trigger.tag_ == "VBG" and lemma(trigger.head) in load_lexicon().light_verbs) else []
    return next((t for t in timing + staging if t.lemma_.lower() in STAGED_DRILLS), None)


DRILL_STARTS = {"start", "begin", "kick", "open", "commence"}
STAGED_DRILLS = DRILLS - {"game"}  # "when the game started" is a match


# verbs whose infinitive is done where they are told ("began to shell", "managed to capture", "dared to fire", "sent
# jets to bomb the depots")
FORCE_CARRIED_OUT = {"begin", "start", "continue", "resume", "manage", "proceed", "keep", "dare", "go", "come", "use",
                     "fail", "stop", "cease", "help", "get", "rush", "hurry", "move", "send", "dispatch"}


# acts that carry out their purpose where they are told: a rally held, a statement issued, a meeting called "to
# condemn", "to demand", "to congratulate" is the condemnation, the demand, the greeting
FORUM_VERBS = {"hold", "issue", "release", "call", "convene", "organize", "organise", "stage", "send", "publish", "carry",
               "adopt", "take", "gather", "rally", "assemble", "write", "post", "sign", "launch",
               # and arrivals: "instructors arrived in Niamey to train Nigerien forces" tells the training begun
               "arrive", "travel", "fly"}
# "brought to light": an idiom of revealing, not a purpose
NOT_PURPOSES = {("bring", "light"), ("come", "light")}


def _purpose_not_done(r: Reading, said: _Said) -> Reading:
    # "the delegation made a visit to discuss trade", "the ministry set up a fund to help farmers": an act told only
    # as what another act is done for is not told as done (force has its own, narrower test in force_not_done)
    if r.category == "ASSAULT" or r.modality != "actual" or (doer := purpose_served(said.trigger)) is None \
            or r.category == "AGREE" and bond_pledged(said.trigger):  # "reaffirmed its stand to cooperate with Laos"
        return r
    return replace(r, modality="hypothetical", why=f"{r.why}; {said.trigger.text!r} is what {doer.text!r} is done for, not told as done")


# what a party seeks, attempts or dreams of doing ("seeks to deploy radars", "its attempt to join the blockade by
# dispatching troops") is told as its aim, not as done; an aim to talk or to help is an intention (AGREE) before this
SEEKING_WORDS = AIMS | PLOTS | {"seek", "try", "strive", "endeavour", "endeavor", "dream", "daydream", "intent", "ploy",
                                "intrigue", "desire", "aspiration", "wish", "hope"}
THROUGH_AIM = {"xcomp", "pcomp", "pobj", "dobj", "acl", "conj", "prep", "compound", "amod", "nmod", "oprd"}


def _aim_only(r: Reading, said: _Said) -> Reading:
    if r.category in {"ACCUSE", "AGREE"} or r.modality not in {"actual", "future"} or (aim := sought_by(said.trigger)) is None:
        return r
    return replace(r, modality="hypothetical", why=f"{r.why}; {said.trigger.text!r} is what {aim.text!r} is after, not told as done")


def sought_by(trigger: Token) -> Token | None:
    """The word of seeking or attempting whose aim the trigger is ("seeks to deploy", "an attempt at mediation"),
    read up through the words that have no time of their own, or None."""
    node = trigger
    if _finite(node):
        return None
    for _ in range(5):
        head = node.head
        if head.i == node.i or not (node.dep_ in THROUGH_AIM or node.dep_ == "advcl" and infinitive(node)):
            return None
        if head.lemma_.lower() in SEEKING_WORDS and not (head.pos_ == "VERB" and head.lemma_.lower() in PLANNING_WORDS):
            return head  # "aims to sign" is a party's plan: what lies ahead
        if _finite(head):
            return None
        node = head
    return None


def _finite(token: Token) -> bool:
    return token.tag_ in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} or c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)


def purpose_served(verb: Token) -> Token | None:
    """The act an infinitive is the purpose of ("set up a fund to help farmers": set), or None — also where that
    act is a forum that carries its purpose out ("held a rally to denounce the drills")."""
    head = purpose_clause(verb)
    if head is None or head.pos_ != "VERB" or head.lemma_.lower() in FORUM_VERBS \
            or (head.lemma_.lower(), verb.lemma_.lower()) in NOT_PURPOSES:
        return None
    return head


def _told_as_done(noun: Token) -> bool:
    """"the air force carried out a preemptive strike": a past verb carries the noun as a deed."""
    verb = noun.head if noun.dep_ in {"dobj", "nsubjpass", "nsubj"} else noun
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _refusal_happened(r: Reading, said: _Said) -> Reading:
    if r.category == "REJECT" and r.modality == "negated" and lemma(said.trigger) not in said.negative_verbs:
        return replace(r, modality="actual", why="a refusal that happened ('will never deal with X'), not a negated event")
    return r


def _negated_itself(trigger: Token) -> bool:
    return any(c.dep_ == "neg" for c in trigger.children)


# in order: each reads what the ones before it made of the act. The acts said are read first; whether the act's date
# resolves forward is decided between the two ("on Friday" after "will visit"), whatever its modality becomes after
SPEECH_ACT_RULES = (_declared_measure, _punishment_vowed, _refused_acceptance, _refused_compliance, _refused_dealing, _chosen_not_to, _force_talked_of,
                    _force_called_for, _obligation_laid,
                    _tolerance_refused, _threat_made, _readiness_stated, _ties_pledged, _intended)
TOLD_ACT_RULES = (_drill_staged, _attack_to_come, _force_named_not_done, _purpose_not_done, _aim_only, _refusal_happened)


def speech_act_reading(category: str, modality: Modality, why: str, trigger: Token, denied: bool,
                       negative_verbs: frozenset[str], declared_by_doer: bool = False) -> Reading:
    """Speech acts happen when they are said, whatever the modality of what they are about. `declared_by_doer`: the
    act is told in its own doer's announcement ("Nigeria announced it will withdraw its force")."""
    said = _Said(trigger, denied, negative_verbs, declared_by_doer)
    reading = Reading(category, modality, why, to_come=False)
    for rule in SPEECH_ACT_RULES:
        reading = rule(reading, said)
    reading = replace(reading, to_come=reading.modality == "future")
    for rule in TOLD_ACT_RULES:
        reading = rule(reading, said)
    return reading


COMMEMORATED_BY = {"anniversary", "centenary", "centennial", "jubilee", "victory"}


def commemorated(trigger: Token) -> bool:
    """"the 60th anniversary of the armistice signing", "marking India's victory in the 1971 war": an act named
    through "of" or "in" phrases under a yearly anniversary or a victory marked happened years ago, in a text that
    gives it no date of its own (not "the six-month anniversary of the shelling", nor what a clause about the
    anniversary tells)."""
    node = trigger
    while node.dep_ in {"pobj", "pcomp", "compound", "conj"} or node.dep_ == "prep" and node.lower_ in {"of", "in", "over"}:
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in COMMEMORATED_BY:
            return not any(t.lemma_.lower() in {"month", "week", "day"} for t in node.subtree if t.i < node.i)
    return False


# what a party is asked, hoped, obliged or set up to do: the content of a request, a wish or a duty, not a deed
SEEKING_HEADS = {"hope", "hop", "urge", "demand", "call", "ask", "encourage", "apply", "wish", "request", "insist", "press", "appeal",
                 "plead", "beg", "petition", "push", "order", "suggest", "propose", "need", "wait", "responsible", "mandate",
                 "dedicate", "task", "design", "aim", "mission", "purpose", "plan", "intend", "seek", "try", "way"}
SOUGHT_DEEDS = {"AID", "RETREAT", "CONCEDE"}  # the guide's content of a request; not offers and meetings, told as future


def sought_only(clause: Token) -> str | None:
    """Why a handing over, a withdrawal or a concession is only sought — asked for, hoped for, a duty, a purpose, an
    order given in the imperative, what lasts "until" it — and not done; None when nothing says so. The walk up stops
    at a verb that reports words: what is said to have happened is told as done."""
    if any(c.lower_ == "until" for c in clause.children) and clause.tag_ != "VBD":  # not "until the rebels withdrew"
        return "what lasts until it: not yet done"
    if clause.sent.text.rstrip().endswith("!") and clause.sent.root.tag_ == "VB" and not _auxiliaries(clause.sent.root):
        return "an order given in the imperative: asked for, not done"
    node = clause
    for _ in range(5):
        if _inverted(node):
            return None  # "…, should anyone ask": a condition, asked of no one
        if obliging := _auxiliaries(node) & OBLIGATION_AUX:
            return f"what a party {next(iter(obliging))} do: an obligation, not a deed"
        if node.head.i == node.i or node.dep_ == "relcl" or node.head.lemma_.lower() in REPORTING_HEADS - {"insist"} or _beside(node):
            return None  # (a relative clause tells of its noun: "ordered the detention of X, who surrendered")
        crossed = node.dep_
        node = node.head
        if _inverted(node):
            return None
        if crossed != "conj" and node.lemma_.lower() in SEEKING_HEADS and not (node.lemma_.lower() in {"plan", "intend"} and node.pos_ in {"VERB", "AUX"}):
            return f"what is sought ('{node.text}'): hoped, asked or set up to be done, not done"
    return None


TIME_MARKS = {"after", "as", "while", "when", "because", "since", "before", "once", "though", "although"}


def _beside(clause: Token) -> bool:
    """A clause told beside another, not inside what it asks: one joined with its own subject ("urged Turkey to pull
    out and Ankara withdrew"), or a time or cause clause ("urged calm after Israel withdrew")."""
    if clause.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return True
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children)


def _inverted(verb: Token) -> bool:
    """"should anyone ask", "had they known": an auxiliary before the subject, a condition."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in INVERTED_CONDITION_AUX and c.i < subject.i for c in verb.children)


# what another party is made, asked or stopped to do: an offer or a promise there is the demand's content
DEMANDING_HEADS = {"urge", "call", "demand", "ask", "request", "force", "compel", "press", "appeal", "instruct", "order",
                   "pressure", "pressurize", "coerce", "stop", "cancel", "require", "insist", "allow", "consider"}
MAKING_HEADS = {"force", "compel", "pressure", "pressurize", "coerce"}  # only made of another: "was forced to agree" agreed
# what a stance, a proposal or an invitation is about: "its stand to resume the talks", "invited them for dialogue"
STANCE_HEADS = {"stand", "position", "stance", "proposal", "invitation", "invite", "willingness", "readiness", "will"}
DEMANDED_PATH = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "conj", "dobj", "acl"}


# ... and what a party is asked, or only ready, willing or meaning, to back: no backing given yet
WANTING_HEADS = DEMANDING_HEADS | {"need", "necessity", "readiness", "willingness", "commit", "commitment", "determination", "will",
                                   "want", "wish", "hope"}  # (not "plan", "intend": a backing to come)


def told_as_a_stance(clause: Token) -> str | None:
    """"Keeps to its stand to reopen the talks": an infinitive right after a stance noun, however the parser
    hangs it, is what the stance is about."""
    to = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    before = clause.doc[to.i - 1] if to is not None and to.i > 0 else None
    if before is not None and before.lemma_.lower() in STANCE_HEADS:
        return f"what a {before.text} is about ('its stand to resume the talks'): no meeting held"
    return None


def demanded_only(clause: Token, heads: frozenset[str] | set[str] = DEMANDING_HEADS) -> str | None:
    """Why an agreement is only what a demand, a coercion or a stop is about ("should stop such moves as calling for
    dialogue", "forced the ministers to agree"), or None; the walk up stops at the first verb with a tense of its own.
    A call counts only as a call on or for someone ("had called to congratulate" is a phone call)."""
    node = clause
    for _ in range(4):
        infinitive_advcl = node.dep_ == "advcl" and node.tag_ in {"VB", "VBG"}
        if node.head.i == node.i or not (node.dep_ in DEMANDED_PATH or infinitive_advcl) or _beside(node):
            return None
        crossed = node.dep_
        node = node.head
        if crossed in {"xcomp", "ccomp", "pcomp", "dobj"} and node.pos_ in {"VERB", "AUX"} and (obliging := _auxiliaries(node) & OBLIGATION_AUX):
            return f"what a party {next(iter(obliging))} do ('should opt for settling the issue'): the obligation's content"
        calling = node.lemma_.lower() != "call" or any(c.lower_ in {"on", "upon", "for"} for c in node.children)
        made = node.lemma_.lower() not in MAKING_HEADS or any(c.dep_ == "dobj" for c in node.children)
        if crossed != "conj" and node.lemma_.lower() in heads and calling and made:
            return f"what is demanded or stopped ('{node.text}'): the demand's content, not an offer made"
        if node.pos_ in {"VERB", "AUX"} and node.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
            return None
    return None


MEETING_CATEGORIES = {"CONSULT", "COOPERATE"}
GOING_ON = {"continue", "start", "begin", "resume", "keep", "go", "proceed", "manage", "happen", "come"}
GLAD = {"pleased", "glad", "honoured", "honored", "happy", "delighted", "proud", "privileged"}  # "was pleased to visit": done


def meeting_unmet(clause: Token) -> tuple[Modality, str] | None:
    """A meeting told only in an infinitive is not held (yet): "is to visit Seoul next week", "a summit to be hosted by
    Riyadh" are to come; "not in a position to negotiate", "required her to contact the police" are no meeting at
    all — unless the infinitive tells what was done ("was pleased to pay a visit", "is reported to have toured")."""
    auxiliaries = _auxiliaries(clause)
    if "to" not in auxiliaries or "have" in auxiliaries or clause.head.lower_ in GLAD or clause.head.lemma_.lower() in GOING_ON \
            or any(c.dep_ == "amod" and c.lower_ in {"first", "last", "only"} for c in clause.head.children):
        return None  # "have continued to cooperate", "the first prime minister to visit Mongolia": done
    supposed = any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)  # "illogical for them to host"
    if clause.dep_ in {"xcomp", "advcl"} and clause.head.lemma_ == "be" and not supposed \
            or clause.dep_ in {"relcl", "acl", "advcl"} and auxiliaries & {"be"}:
        return "future", "a meeting to come ('is to visit', 'a summit to be hosted by')"
    # (not a purpose: "arrived in Tripoli to train the troops" is the training)
    if clause.dep_ in {"xcomp", "ccomp", "acl", "relcl"} or supposed:
        return "hypothetical", "a meeting told only in an infinitive ('not in a position to negotiate'): not held"
    return None


def not_yet_done(category: str, mode: Modality, clause: Token, trigger: Token, light: Token | None) -> tuple[Modality, str] | None:
    """The modality of an act that another's demand, a duty, a stance or an infinitive only points to, and why
    (`sought_only`, `meeting_unmet`, `demanded_only`, `told_as_a_stance`); None when the act is told as it was judged.
    `clause` is the verb carrying the act's auxiliaries (its light verb, else the trigger)."""
    if category in SOUGHT_DEEDS:
        sought = sought_only(clause) if mode in {"actual", "future"} else None
        return ("hypothetical", sought) if sought is not None else None
    if category in MEETING_CATEGORIES and mode == "actual" and light is None and (unmet := meeting_unmet(clause)) is not None:
        return unmet
    if category == "CONSULT" and mode == "actual":
        carrier = clause.head if clause is trigger and trigger.dep_ == "dobj" else clause  # "to resume the talks": "resume"
        offered = demanded_only(clause, STANCE_HEADS) or told_as_a_stance(carrier)
        return ("hypothetical", offered) if offered is not None else None
    if category in {"AGREE", "SUPPORT"} and mode in {"actual", "future"} \
            and (demanded := demanded_only(clause, DEMANDING_HEADS if category == "AGREE" else WANTING_HEADS)) is not None:
        return "hypothetical", demanded
    if category == "SUPPORT" and mode == "actual" and light is not None and lemma(light) in DEMANDING_HEADS - {"call"}:
        return "hypothetical", f"backing {light.text} ('ordered expanded support'): asked for, not given"
    return None
