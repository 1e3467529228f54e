"""Which sentences need named entities: those where the rule lexicon accepts a trigger (settings.selective_ner).

Entity recognition is about 40% of spaCy's time, and about half of a news text's tokens lie in sentences where
the lexicon accepts no trigger. The tagger, parser and lemmatizer still run on every sentence (the candidate finder
and the discourse that carries across sentences need them); the entity recogniser runs only where this test
holds. It is an option, off by default, because it is not exact: the learned typer can call a word the lexicon
does not accept an event, and people introduced in a sentence left out are not known later (on news_dev 8 of 29
documents code differently; see README). Testing the classifier itself costs as much as the recognition saved.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Span, Token

from .events import lexicon as lexicon_module
from .events.lexicon import OBLIGATION_AUX, RuleTyper


@lru_cache(maxsize=1)
def sentence_test() -> Callable[[Span], bool]:
    """True where a sentence needs entities: a predicate the rule lexicon accepts, or an obligation modal."""
    rules = RuleTyper(lexicon_module.load())
    return lambda sentence: any(_proposed(token, rules) for token in sentence)


def _proposed(token: Token, rules: RuleTyper) -> bool:
    if token.pos_ in {"VERB", "AUX"} and token.lower_ in OBLIGATION_AUX:
        return True
    return token.pos_ in {"VERB", "AUX", "NOUN", "PROPN"} and rules.classify(token) is not None
