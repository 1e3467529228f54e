"""Issue 9 items 3 and 8: each malformed line is one failure with its line number; encodings and empty inputs."""

from __future__ import annotations

import json
from pathlib import Path

from flashpoint.ingest.read import read
from flashpoint.records import Coding, Document

ARTICLE = "Chile and Peru signed a fishing agreement in Lima on Tuesday, officials said."


def _items(tmp_path: Path, lines: list[str]) -> tuple[Path, list[Document | Coding]]:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, list(read([str(path)]))


def test_deep_nesting_and_lone_surrogates_are_bad_lines_with_their_numbers(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok1", "text": ARTICLE}),
        '{"id": "deep", "text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"id": "s1", "text": "Chile \\ud800 and Peru"}',
        '{"id": "\\udc00bad", "text": "' + ARTICLE + ' Again."}',
        json.dumps({"id": "ok2", "text": ARTICLE + " Later."}),
    ]
    path, items = _items(tmp_path, lines)
    assert [i.id for i in items if isinstance(i, Document)] == ["ok1", "ok2"]
    failures = [i for i in items if isinstance(i, Coding)]
    assert [f.document.origin for f in failures] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "nested too deeply" in failures[0].reason
    assert all("lone surrogate" in f.reason for f in failures[1:])
    assert all(f.status == "failed" for f in failures)


def test_empty_text_is_empty_not_the_word_none_and_empty_inputs_keep_their_own_ids(tmp_path: Path) -> None:
    path, items = _items(tmp_path, [json.dumps({"text": ""}), json.dumps({"text": "", "title": "t"}), json.dumps({"text": "  "})])
    assert [i.text for i in items] == ["", "", ""]
    assert len({i.id for i in items}) == 3
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_text("\n\n")
    ids = [i.id for i in read([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])]
    assert len(set(ids)) == 2


def test_an_empty_text_beside_html_reads_the_html(tmp_path: Path) -> None:
    html = f"<html><body><article><p>{ARTICLE}</p><p>{ARTICLE} More.</p></article></body></html>"
    _, [doc] = _items(tmp_path, [json.dumps({"id": "h", "text": "", "html": html})])
    assert "fishing agreement" in doc.text


def test_utf16_and_utf32_files_are_read_not_rejected_as_binary(tmp_path: Path) -> None:
    for encoding in ["utf-16", "utf-16-le", "utf-16-be", "utf-32"]:
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(ARTICLE.encode(encoding))
        [doc] = list(read([str(path)]))
        assert isinstance(doc, Document) and doc.text == ARTICLE, encoding
    jsonl = tmp_path / "wide.jsonl"
    jsonl.write_bytes((json.dumps({"id": "w", "text": ARTICLE}) + "\n").encode("utf-16"))
    [doc] = list(read([str(jsonl)]))
    assert (doc.id, doc.text) == ("w", ARTICLE)


def test_real_binary_is_still_skipped(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(bytes(range(256)) * 40)
    [item] = list(read([str(path)]))
    assert isinstance(item, Coding) and item.status == "skipped" and "binary" in item.reason


def test_published_dates_go_through_the_one_parser(tmp_path: Path) -> None:
    lines = [json.dumps({"id": i, "text": ARTICLE + f" {i}.", "published": p})
             for i, p in [("a", "May 10, 2024"), ("b", "2024-05-10T08:00:00Z"), ("c", "2999-01-01"), ("d", "2024-02-30")]]
    _, items = _items(tmp_path, lines)
    assert [i.published for i in items] == ["2024-05-10", "2024-05-10", "2999-01-01", "2024-02-30"]  # refused by the pipeline
