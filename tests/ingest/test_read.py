import io
import json
import sys
from pathlib import Path

from flashpoint.ingest.read import read
from flashpoint.records import Coding, Document

ARTICLE = "Chile and Peru signed a fishing agreement in Lima on Tuesday, officials said.\n"


def documents(items):
    return [i for i in items if isinstance(i, Document)]


def problems(items):
    return [i for i in items if isinstance(i, Coding)]


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    [doc] = list(read([str(path)], published="2024-05-07"))
    assert doc.text == ARTICLE.strip() and doc.published == "2024-05-07" and doc.origin == str(path)


def test_html_file_gives_text_title_and_date(tmp_path: Path) -> None:
    body = "".join(f"<p>{ARTICLE} Paragraph {i} adds more detail about the fisheries deal and its terms.</p>" for i in range(4))
    html = (
        "<html><head><title>Chile and Peru sign fishing pact</title>"
        '<meta property="article:published_time" content="2024-05-07T10:00:00Z"></head>'
        f"<body><nav>Home | World | Sport</nav><article>{body}</article><footer>Contact us</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html)
    [doc] = documents(read([str(path)]))
    assert doc.title == "Chile and Peru sign fishing pact"
    assert doc.published == "2024-05-07"
    assert "fishing agreement" in doc.text and "Home | World" not in doc.text


def test_jsonl_reports_bad_lines_and_keeps_going(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "one", "text": ARTICLE, "published": "2024-05-07", "outlet": "Wire"}),
        "{not json",
        json.dumps({"id": "three", "title": "no text here"}),
        "",
        json.dumps({"id": "five", "text": ARTICLE.replace("Tuesday", "Friday"), "published": "May 10, 2024"}),
    ]
    path.write_text("\n".join(lines))
    items = list(read([str(path)]))
    assert [d.id for d in documents(items)] == ["one", "five"]
    assert documents(items)[1].published == "2024-05-10"
    reasons = [p.reason for p in problems(items)]
    assert reasons == [f"{path}:2: malformed JSON line (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))",
                       f"{path}:3: no 'text' or 'html' field"]


def test_folder_is_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE.replace("Chile", "Bolivia"))
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    assert len(documents(read([str(tmp_path)]))) == 2


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    items = list(read([str(tmp_path / "nope.txt"), str(tmp_path / "empty")]))
    assert [(i.status, i.reason) for i in items] == [
        ("failed", f"{tmp_path / 'nope.txt'}: no such file or folder"),
        ("failed", f"{tmp_path / 'empty'}: folder has no readable files (.htm, .html, .jsonl, .md, .ndjson, .text, .txt, .xhtml)"),
    ]


def test_binary_undecodable_and_huge_files(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "latin.txt").write_bytes("Bogot\xe1 and Quito held talks.".encode("latin-1"))
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    items = {Path(getattr(i, "origin", None) or i.document.origin).name: i for i in read([str(tmp_path)])}
    assert items["binary.txt"].status == "skipped" and "binary" in items["binary.txt"].reason
    assert items["latin.txt"].text == "Bogotá and Quito held talks."
    assert items["huge.txt"].status == "skipped" and "larger than 5 MB" in items["huge.txt"].reason


def test_stdin(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    [doc] = list(read(["-"]))
    assert doc.origin == "-" and doc.text == ARTICLE.strip()
