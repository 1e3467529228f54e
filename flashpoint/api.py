"""The Python API's coding entry points (re-exported by `flashpoint`); importing this module loads spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .errors import DocumentSkipped, FlashpointError
from .ingest.clean import clean_text
from .pipeline import code_document
from .pipeline import code_documents as _code_documents
from .records import Coding, Document, Event, text_id
from .settings import Settings


def code_text(text: str, published: str | None = None, settings: Settings | None = None) -> list[Event]:
    """Code one article's text; `published` (YYYY-MM-DD) anchors relative dates and dated leader roles.

    Raises DocumentSkipped (a FlashpointError) with the reason when there is nothing to code (empty, not English…).
    """
    cleaned = clean_text(text)
    doc_id = text_id(cleaned)
    coding = code_document(Document(doc_id, cleaned, published=published), settings)
    if coding.status == "failed":
        raise FlashpointError(f"could not code the text: {coding.reason}")
    if coding.status == "skipped":
        raise DocumentSkipped(f"nothing to code: {coding.reason}")
    return coding.events


def code_documents(documents: Iterable[Document | dict[str, object]], settings: Settings | None = None) -> Iterator[Coding]:
    """Code Documents (or dicts with id/text/published/...) in batches; one Coding per input."""
    return _code_documents((_as_document(d) for d in documents), settings)


def _as_document(item: Document | dict[str, object]) -> Document:
    if isinstance(item, Document):
        return item
    text = clean_text(str(item.get("text") or ""))
    doc_id = str(item.get("id") or text_id(text))
    fields = {k: (str(item[k]) if item.get(k) else None) for k in ("title", "url", "published", "outlet")}
    return Document(doc_id, text, **fields)
