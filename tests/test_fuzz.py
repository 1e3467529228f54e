"""Hypothesis over every reader, the settings and actor loaders, the store and the coder (issue 9): no exception
escapes, every input ends with a status, nothing stored is lost or duplicated. Bounded for the default suite."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from flashpoint.actors import knowledge
from flashpoint.errors import ConfigError
from flashpoint.ingest.read import read
from flashpoint.records import Coding, Document
from flashpoint.settings import load_settings
from flashpoint.store import open_store

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# text with the awkward characters: surrogates, zero-width and bidi marks, NUL, CR, BOM, non-Latin scripts
PIECES = list("Iran accused Israel.\n\r\t \u200b\u202e\ufeff\x00\ud800é북Д") + ["Russia attacked Ukraine. ", "twenty-five soldiers ", "\n\n"]
awkward_text = st.text(st.characters(blacklist_categories=()), max_size=300) | st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | awkward_text,
                          lambda inner: st.lists(inner, max_size=4) | st.dictionaries(awkward_text, inner, max_size=4), max_leaves=12)
record = st.fixed_dictionaries({}, optional={"id": json_value, "text": awkward_text | json_value, "html": awkward_text,
                                             "published": json_value | st.sampled_from(["2024-05-10", "May 10, 2024", "2999-01-01", "2024-02-30"]),
                                             "title": json_value, "outlet": json_value})


def _all_accounted(items: list[Document | Coding], expected: int) -> None:
    assert len(items) == expected
    for item in items:
        assert isinstance(item, (Document, Coding))
        if isinstance(item, Coding):
            assert item.status in ("skipped", "failed") and item.reason


@FAST
@given(st.binary(max_size=2000) | awkward_text.map(lambda t: t.encode("utf-8", "surrogatepass")), st.sampled_from([".txt", ".md", ".html"]))
def test_any_bytes_in_a_text_or_html_file(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"in{suffix}"
        path.write_bytes(data)
        _all_accounted(list(read([str(path)])), 1)


@FAST
@given(st.lists(record.map(json.dumps) | awkward_text.filter(lambda t: "\n" not in t and "\r" not in t), max_size=6))
@example(["0", "0\x00"])  # a stray NUL once made the whole file read as UTF-16, one record for two lines
@example(["\x00", "0\x00"])  # NULs at both byte parities are no UTF-16 either
def test_any_jsonl_lines(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
        items = list(read([str(path)]))
        blank = sum(not line.encode("utf-8", "surrogatepass").strip() for line in lines)
        _all_accounted(items, len(lines) - blank or 1)  # an empty file is one 'skipped'
        assert all(isinstance(i, Coding) or "\ud800" not in i.id + i.text for i in items)


@FAST
@given(st.lists(st.tuples(st.sampled_from(["a.txt", "b/c.md", "b/d.jsonl", "e.html", "f.bin", "b/g/h.txt"]), st.binary(max_size=300)), max_size=5))
def test_any_folder(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in files:
            (Path(tmp) / name).parent.mkdir(parents=True, exist_ok=True)
            (Path(tmp) / name).write_bytes(data)
        items = list(read([tmp]))
        assert items and all(isinstance(i, (Document, Coding)) for i in items)


@FAST
@given(awkward_text | st.dictionaries(st.sampled_from(["batch_size", "spacy_model", "db", "max_document_bytes", "min_english_share", "nope"]), json_value).map(json.dumps))
def test_any_settings_file(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.yaml"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            loaded = load_settings(path)
        except ConfigError as exc:
            assert str(exc)
        else:
            assert loaded.batch_size >= 1


actor_item = st.dictionaries(st.sampled_from(["name", "aliases", "code", "sector", "roles", "short", "other"]),
                             json_value | st.sampled_from(["MOZ", "Front", ["CLF"], [{"code": "PER", "start": "2020-01-01"}]]), max_size=5)


@FAST
@given(awkward_text | st.lists(actor_item, max_size=4).map(json.dumps))
def test_any_actors_file(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "actors.yaml"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            kb = knowledge.KnowledgeBase()  # the user file alone: the bundled data is checked by every other test
            kb.countries["XXX"] = knowledge.Entry("X", "country", "XXX")
            knowledge.add_user_file(kb, path)
        except ConfigError as exc:
            assert str(exc)
        else:
            assert isinstance(kb, knowledge.KnowledgeBase) and kb.countries


@FAST
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.sampled_from(["one", "two", "three", ""]),
                          st.sampled_from([None, "2024-01-02", "2024-01-03"]), st.sampled_from(["coded", "skipped", "failed"])), max_size=12))
def test_any_sequence_of_saves_keeps_one_row_per_id_and_consistent_counts(saves) -> None:
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "s.db") as store:
        for doc_id, text, published, status in saves:
            store.save(Coding(Document(doc_id, text, published=published), status, reason=None if status == "coded" else "why"))
        rows = store.documents()
        assert sorted(r["id"] for r in rows) == sorted({s[0] for s in saves})
        coded_texts = [store.db.execute("SELECT content_hash FROM documents WHERE id = ?", (r["id"],)).fetchone()[0]
                       for r in rows if r["status"] == "coded" and r["id"]]
        coded_texts = [h for h in coded_texts if h]
        assert len(coded_texts) == len(set(coded_texts))  # one text is coded under one id only
        assert store.counts()["events"] == sum(r["events"] for r in rows)


@SLOW
@given(st.lists(awkward_text, min_size=1, max_size=3))
def test_any_text_through_the_coder_ends_with_a_status_and_offsets_that_slice(texts: list[str]) -> None:
    from flashpoint.pipeline import code_documents

    documents = [Document(f"d{i}", t.encode("utf-8", "replace").decode("utf-8"), published="2024-05-10") for i, t in enumerate(texts)]
    codings = list(code_documents(documents))
    assert [c.document.id for c in codings] == [d.id for d in documents]
    for coding in codings:
        assert coding.status in ("coded", "skipped", "failed")
        for event in coding.events:
            assert coding.document.text[event.trigger.start:event.trigger.end] == event.trigger.text
