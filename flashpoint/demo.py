"""The bundled sample articles (original reporting written for this project) as Documents."""

from __future__ import annotations

from dataclasses import replace
from importlib import resources
from pathlib import Path

import yaml

from .ingest.read import read
from .records import Document


def samples_dir() -> Path:
    return Path(str(resources.files("flashpoint").joinpath("samples")))


def sample_entries() -> list[dict[str, object]]:
    return list(yaml.safe_load((samples_dir() / "articles.yaml").read_text(encoding="utf-8")))


def sample_documents() -> list[Document]:
    """Read like any other input, then given stable ids and the publication dates the expectations assume."""
    documents = []
    for entry in sample_entries():
        path = samples_dir() / "articles" / str(entry["file"])
        [document] = [d for d in read([str(path)]) if isinstance(d, Document)]
        documents.append(replace(document, id=f"sample-{path.stem}", published=str(entry["published"]),
                                 outlet=str(entry.get("outlet") or "") or None, origin=f"samples/{path.name}"))
    return documents
