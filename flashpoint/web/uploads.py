"""POST /api/documents: a body of text, HTML or JSONL coded and stored as `flashpoint ingest` stores files,
with the same statuses (coded, skipped: why, failed: why, or unchanged when already stored)."""

from __future__ import annotations

from typing import Any

from ..ingest.read import read_bytes
from ..records import Coding, Document
from ..settings import Settings
from ..store.sqlite import SQLiteStore

KINDS = {"text/plain": "text", "text/html": "html", "application/x-ndjson": "jsonl", "application/jsonl": "jsonl",
         "application/x-jsonlines": "jsonl"}


def kind(content_type: str | None) -> str | None:
    """text, html or jsonl for a Content-Type header (parameters such as charset ignored), else None."""
    return KINDS.get((content_type or "").split(";")[0].strip().lower())


def ingest(store: SQLiteStore, data: bytes, body_kind: str, published: str | None, settings: Settings) -> dict[str, Any]:
    """Code and store every document in the body; one result per document, and the tally."""
    from ..pipeline import code_documents  # spaCy loads on the first upload, not at start-up
    results: list[dict[str, Any]] = []
    fresh: list[Document] = []
    store.verify()
    for item in read_bytes(data, body_kind, "upload", published, settings.max_document_bytes):
        if isinstance(item, Coding):
            store.save(item)
            results.append(_result(item.document.id, item.status, item.reason))
            continue
        known = store.known(item.id, item.content_hash, item.published) if item.text else None
        if known is None:
            fresh.append(item)
        elif known.outcome == "duplicate":
            store.save(Coding(item, "skipped", reason=known.reason))
            results.append(_result(item.id, "skipped", known.reason))
        else:
            results.append(_result(item.id, "unchanged", "already stored"))
    for coding in code_documents(fresh, settings):
        saved = store.save(coding)
        status = "unchanged" if saved.outcome == "unchanged" else saved.status
        events = len(coding.events) if status == "coded" else 0
        results.append(_result(coding.document.id, status, saved.reason, events, saved.version))
    tally = {name: sum(r["status"] == name for r in results) for name in ("coded", "skipped", "failed", "unchanged")}
    return {"documents": results, **tally, "events": sum(r["events"] for r in results)}


def _result(doc_id: str, status: str, reason: str | None, events: int = 0, version: int = 1) -> dict[str, Any]:
    return {"id": doc_id, "status": status, "reason": reason, "events": events, "version": version}
