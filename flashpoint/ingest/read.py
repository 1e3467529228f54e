"""read(sources) -> Documents, or a Coding that says why a source gave none: text, HTML, JSONL, folders, stdin."""

from __future__ import annotations

import codecs
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..dates import parse_date
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
        files = sorted(p for p in path.rglob("*") if p.is_file() and (p.suffix.lower() in READABLE or is_warc(p)))
        if not files:
            yield failure(source, f"{source}: folder has no readable files ({', '.join(sorted(READABLE))})")
        for file in files:
            yield from _read_file(file, max_bytes)
    elif path.is_file():
        yield from _read_file(path, max_bytes)
    else:
        yield failure(source, f"{source}: no such file or folder")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith((".warc", ".warc.gz", ".arc", ".arc.gz"))


def read_bytes(data: bytes, kind: str, origin: str, published: str | None = None, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Documents from bytes received rather than read from a path (an upload): kind is "text", "html" or "jsonl"."""
    if kind == "jsonl":
        items = _jsonl_lines(data, origin, max_bytes)
    elif kind == "html":
        items = _from_html(data, origin, max_bytes)
    else:
        items = _from_text(data, origin, "", max_bytes)
    for item in items:
        if isinstance(item, Document) and not item.published and published:
            item = Document(item.id, item.text, item.title, item.url, published, item.outlet, item.origin)
        yield item


def _jsonl_lines(data: bytes, origin: str, max_bytes: int) -> Iterator[Item]:
    found = False
    for number, line in enumerate(decode(data).splitlines(), start=1):
        if line.strip():
            found = True
            try:
                yield from _from_line(line, f"{origin}:{number}", max_bytes)
            except Exception as exc:  # noqa: BLE001 - one bad line is that line's failure, never the upload's
                yield failure(f"{origin}:{number}", f"{origin}:{number}: cannot read this line ({type(exc).__name__}: {str(exc)[:80]})")
    if not found:
        yield failure(origin, f"{origin}: no JSON lines (an empty body)", "skipped")


def failure(origin: str, reason: str, status: str = "failed") -> Coding:
    doc_id = "src-" + hashlib.sha1(origin.encode("utf-8")).hexdigest()[:16]
    return Coding(Document(doc_id, "", origin=origin), status, reason=reason)  # type: ignore[arg-type]


def _read_file(path: Path, max_bytes: int) -> Iterator[Item]:
    origin = str(path)
    try:
        size = path.stat().st_size
        suffix = path.suffix.lower()
        if is_warc(path):  # an archive holds many pages: each record is limited, not the file
            from .warc import read_warc

            yield from read_warc(path, max_bytes)
            return
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
    """UTF-8 (with or without BOM); UTF-16/32 (with a BOM, or detected by charset-normalizer); otherwise
    Windows-1252/Latin-1, which keeps every byte as some character."""
    wide = wide_encoding(data)
    if wide is not None:
        return data.decode(wide)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def wide_encoding(data: bytes) -> str | None:
    """'utf-16' or 'utf-32' (with their byte order) when the bytes are such text, else None."""
    if data[:4] in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE):
        return "utf-32"
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return "utf-16"
    head = data[:8192]
    # UTF-16/32 without a BOM has a zero byte beside most characters (half the bytes of ASCII-range text); a stray
    # NUL in ordinary text is not that
    if head.count(0) * 3 < len(head) or not _aligned(head):
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    encoding = best.encoding.replace("_", "-") if best is not None else ""
    if not encoding.startswith(("utf-16", "utf-32")):
        return None
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding


def _aligned(head: bytes) -> bool:
    """Whether the non-zero bytes keep one place in each 2- or 4-byte unit, as ASCII-range UTF-16/32 text does
    (b"\x00\n0\x00", a NUL, a newline and "0\x00", does not)."""
    placed = [i for i, byte in enumerate(head) if byte]
    if not placed:
        return False
    return any(max(Counter(i % width for i in placed).values()) >= 0.9 * len(placed) for width in (2, 4))


def _binary(data: bytes) -> bool:
    return looks_binary(data) and wide_encoding(data) is None


def _from_text(data: bytes, origin: str, title: str, max_bytes: int) -> Iterator[Item]:
    if len(data) > max_bytes:
        yield failure(origin, f"{origin}: larger than {max_bytes // 1_000_000} MB", "skipped")
    elif _binary(data):
        yield failure(origin, f"{origin}: binary data, not text", "skipped")
    else:
        text = clean_text(decode(data))
        first_line = text.split("\n", 1)[0][:200] if text else None
        yield Document(text_id(text, origin), text, title or first_line, origin=origin)


def _from_html(data: bytes, origin: str, max_bytes: int) -> Iterator[Item]:
    if _binary(data):
        yield failure(origin, f"{origin}: binary data, not HTML", "skipped")
        return
    html = decode(data)
    fields = html_fields(html)
    text = clean_text(fields.get("text") or "")
    yield Document(text_id(text, origin), text, fields.get("title"), fields.get("url"), iso_date(fields.get("published")), None, origin)


def html_fields(html: str, url: str | None = None) -> dict[str, str | None]:
    """Main text, title, date and author of an HTML page (trafilatura; htmldate when it finds no date)."""
    import trafilatura  # heavy: only when HTML arrives
    from htmldate import find_date

    # a trafilatura Document (the library's annotation also admits the dict that as_dict=True would give)
    extracted: Any = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False)
    if extracted is None:
        return {"text": "", "title": None, "published": None, "author": None, "url": url}
    published = extracted.date or find_date(html, outputformat="%Y-%m-%d", extensive_search=False)
    return {"text": extracted.text or "", "title": extracted.title, "published": published, "author": extracted.author, "url": url or extracted.url}


def iso_date(value: object) -> str | None:
    """A publication date as YYYY-MM-DD when it parses (dates.parse_date, the one parser), else the value as given:
    the pipeline then records the document as failed, saying why the date was refused."""
    if value in (None, ""):
        return None
    try:
        parsed = parse_date(value)
    except ValueError:
        return str(value).strip()
    return parsed.isoformat() if parsed else None


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    with path.open("rb") as lines:
        head = lines.read(8192)
        lines.seek(0)
        if wide_encoding(head) is not None:  # a UTF-16/32 file: split the decoded text into lines
            rows: Iterable[bytes | str] = decode(lines.read()).splitlines()
        else:
            rows = lines
        lines_read = 0
        for number, raw in enumerate(rows, start=1):
            origin = f"{path}:{number}"
            if not raw.strip():
                continue
            lines_read += 1
            try:
                yield from _from_line(raw if isinstance(raw, str) else decode(raw), origin, max_bytes)
            except Exception as exc:  # noqa: BLE001 - one bad line is that line's failure, never the run's
                yield failure(origin, f"{origin}: cannot read this line ({type(exc).__name__}: {str(exc)[:80]})")
        if lines_read == 0:
            yield failure(str(path), f"{path}: no JSON lines (an empty file)", "skipped")


def _from_line(line: str, origin: str, max_bytes: int) -> Iterator[Item]:
    try:
        record = json.loads(line)
    except RecursionError:
        yield failure(origin, f"{origin}: malformed JSON line (nested too deeply)")
        return
    except ValueError as exc:
        yield failure(origin, f"{origin}: malformed JSON line ({str(exc)[:80]})")
        return
    if not isinstance(record, dict):
        yield failure(origin, f"{origin}: malformed JSON line (a line must hold a JSON object)")
        return
    bad = [k for k, v in record.items() if _has_surrogate(k) or isinstance(v, str) and _has_surrogate(v)]
    if bad:
        yield failure(origin, f"{origin}: invalid Unicode (a lone surrogate) in {', '.join(map(repr, bad))}; fix the line's encoding")
        return
    yield from _from_record(record, origin, max_bytes)


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)


def _from_record(record: dict[str, Any], origin: str, max_bytes: int) -> Iterator[Item]:
    text_field, html_field = record.get("text"), record.get("html")
    if not isinstance(text_field, str) and not isinstance(html_field, str):
        yield failure(origin, f"{origin}: no 'text' or 'html' field")
        return
    from_html = not text_field and isinstance(html_field, str) and bool(html_field)
    raw = html_field if from_html else (text_field if isinstance(text_field, str) else "")
    if len(raw.encode("utf-8")) > max_bytes:  # type: ignore[union-attr]
        yield failure(origin, f"{origin}: larger than {max_bytes // 1_000_000} MB", "skipped")
        return
    fields = html_fields(raw, _str(record.get("url"))) if from_html else {"text": raw}  # type: ignore[arg-type]
    text = clean_text(fields.get("text") or "")
    yield Document(
        id=_str(record.get("id")) or text_id(text, origin),
        text=text,
        title=_str(record.get("title")) or fields.get("title"),
        url=_str(record.get("url")),
        published=iso_date(record.get("published")) or iso_date(fields.get("published")),
        outlet=_str(record.get("outlet")),
        origin=origin,
    )


def _str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
