"""The bundled sample articles (original reporting written for this project) as Documents."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml

from .ingest.read import html_fields
from .ingest.clean import clean_text
from .records import Document


def samples_dir() -> Path:
    return Path(str(resources.files("flashpoint").joinpath("samples")))


def sample_entries() -> list[dict[str, object]]:
    return list(yaml.safe_load((samples_dir() / "articles.yaml").read_text(encoding="utf-8")))


def sample_documents() -> list[Document]:
    documents = []
    for entry in sample_entries():
        path = samples_dir() / "articles" / str(entry["file"])
        raw = path.read_text(encoding="utf-8")
        fields = html_fields(raw) if path.suffix == ".html" else {"text": raw, "title": None}
        text = clean_text(fields["text"] or "")
        documents.append(Document(
            id=f"sample-{path.stem}", text=text, title=fields.get("title") or text.split("\n", 1)[0],
            published=str(entry["published"]), outlet=str(entry.get("outlet") or "") or None, origin=f"samples/{path.name}",
        ))
    return documents
