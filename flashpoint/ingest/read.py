"""read(sources) -> Documents, or a Coding that says why a source gave none: text, HTML, JSONL, folders, stdin."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from ..records import Coding, Document, text_id
from .clean import clean_text, looks_binary

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 5_000_000

Item = Document | Coding


def read(sources: Iterable[str], published: str | None = None, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Every source yields Documents, or a skipped/failed Coding that names the source and the reason."""
    for source in sources:
        for item in _read_source(source, max_bytes):
            if isinstance(item, Document) and not item.published and published:
                item = Document(item.id, item.text, item.title, item.url, published, item.outlet, item.origin)
            yield item


def _read_source(source: str, max_bytes: int) -> Iterator[Item]:
    if source == "-":
        yield from _from_text(sys.stdin.buffer.read(), "-", "", max_bytes)
        return
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READABLE)
        if not files:
            yield failure(source, f"{source}: folder has no readable files ({', '.join(sorted(READABLE))})")
        for file in files:
            yield from _read_file(file, max_bytes)
    elif path.is_file():
        yield from _read_file(path, max_bytes)
    else:
        yield failure(source, f"{source}: no such file or folder")


def failure(origin: str, reason: str, status: str = "failed") -> Coding:
    doc_id = "src-" + hashlib.sha1(origin.encode("utf-8")).hexdigest()[:16]
    return Coding(Document(doc_id, "", origin=origin), status, reason=reason)  # type: ignore[arg-type]


def _read_file(path: Path, max_bytes: int) -> Iterator[Item]:
    origin = str(path)
    try:
        size = path.stat().st_size
        suffix = path.suffix.lower()
        if size > max_bytes and suffix not in JSONL_SUFFIXES:
            yield failure(origin, f"{origin}: larger than {max_bytes // 1_000_000} MB ({size:,} bytes)", "skipped")
            return
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, max_bytes)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield failure(origin, f"{origin}: cannot read: {exc.strerror or exc}")
        return
    if suffix in HTML_SUFFIXES:
        yield from _from_html(data, origin, max_bytes)
    else:
        yield from _from_text(data, origin, "", max_bytes)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM); otherwise Windows-1252/Latin-1, which keeps every byte as some character."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def _from_text(data: bytes, origin: str, title: str, max_bytes: int) -> Iterator[Item]:
    if len(data) > max_bytes:
        yield failure(origin, f"{origin}: larger than {max_bytes // 1_000_000} MB", "skipped")
    elif looks_binary(data):
        yield failure(origin, f"{origin}: binary data, not text", "skipped")
    else:
        text = clean_text(decode(data))
        first_line = text.split("\n", 1)[0][:200] if text else None
        yield Document(text_id(text), text, title or first_line, origin=origin)


def _from_html(data: bytes, origin: str, max_bytes: int) -> Iterator[Item]:
    if looks_binary(data):
        yield failure(origin, f"{origin}: binary data, not HTML", "skipped")
        return
    html = decode(data)
    fields = html_fields(html)
    text = clean_text(fields.get("text") or "")
    yield Document(text_id(text), text, fields.get("title"), fields.get("url"), fields.get("published"), None, origin)


def html_fields(html: str, url: str | None = None) -> dict[str, str | None]:
    """Main text, title, date and author of an HTML page (trafilatura; htmldate when it finds no date)."""
    import trafilatura  # heavy: only when HTML arrives
    from htmldate import find_date

    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False)
    if extracted is None:
        return {"text": "", "title": None, "published": None, "author": None, "url": url}
    published = extracted.date or find_date(html, outputformat="%Y-%m-%d", extensive_search=False)
    return {"text": extracted.text or "", "title": extracted.title, "published": published, "author": extracted.author, "url": url or extracted.url}


def normalise_date(value: object) -> str | None:
    """ISO dates pass through; anything else goes through dateparser; unparseable dates become None."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        import dateparser

        parsed = dateparser.parse(text, languages=["en"])
        return parsed.date().isoformat() if parsed else None


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            origin = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                record = json.loads(decode(raw))
                if not isinstance(record, dict):
                    raise ValueError("a line must hold a JSON object")
            except ValueError as exc:
                yield failure(origin, f"{origin}: malformed JSON line ({str(exc)[:80]})")
                continue
            yield from _from_record(record, origin, max_bytes)


def _from_record(record: dict[str, object], origin: str, max_bytes: int) -> Iterator[Item]:
    if not isinstance(record.get("text"), str) and not isinstance(record.get("html"), str):
        yield failure(origin, f"{origin}: no 'text' or 'html' field")
        return
    raw = str(record.get("text") or record.get("html"))
    if len(raw.encode("utf-8")) > max_bytes:
        yield failure(origin, f"{origin}: larger than {max_bytes // 1_000_000} MB", "skipped")
        return
    fields = html_fields(raw, _str(record.get("url"))) if record.get("html") and not record.get("text") else {"text": raw}
    text = clean_text(fields.get("text") or "")
    yield Document(
        id=_str(record.get("id")) or text_id(text),
        text=text,
        title=_str(record.get("title")) or fields.get("title"),
        url=_str(record.get("url")),
        published=normalise_date(record.get("published")) or fields.get("published"),
        outlet=_str(record.get("outlet")),
        origin=origin,
    )


def _str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
