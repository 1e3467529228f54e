"""Flashpoint: source-attributed PLOVER event data from news on conflict and diplomacy.

    >>> import flashpoint
    >>> events = flashpoint.code_text("Iran accused Israel of attacking its embassy.", published="2024-04-02")
    >>> flashpoint.to_frame(events)[["event_type", "actor", "recipient"]]

Importing the package is cheap: each name below is imported from its module on first use (spaCy only when
something is coded), so `flashpoint --help` and tools that merely import Flashpoint start at once.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import FlashpointError

if TYPE_CHECKING:
    from .api import code_documents, code_text
    from .formats import to_frame
    from .records import Coding, Document, Event, event_json_schema
    from .settings import Settings, load_settings
    from .store import open_store

__version__ = "0.1.0"

_WHERE = {
    "Coding": "records", "Document": "records", "Event": "records", "event_json_schema": "records",
    "Settings": "settings", "load_settings": "settings", "open_store": "store", "to_frame": "formats",
    "code_text": "api", "code_documents": "api",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'flashpoint' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value  # imported once
    return value


__all__ = [
    "Coding",
    "Document",
    "Event",
    "FlashpointError",
    "Settings",
    "code_documents",
    "code_text",
    "event_json_schema",
    "load_settings",
    "open_store",
    "to_frame",
]
