"""Event stores. SQLite is the default; every store offers save(), events(), documents(), counts()."""

from .sqlite import EventFilter, SaveResult, SQLiteStore, open_store

__all__ = ["EventFilter", "SaveResult", "SQLiteStore", "open_store"]
