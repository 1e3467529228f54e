"""Every error Flashpoint raises on purpose.

    FlashpointError
    ├── ConfigError        bad settings or a bad user actor file
    ├── InputError         a path or document that cannot be read
    │   ├── DocumentSkipped  readable, but nothing to code (empty, binary, not English, too large, duplicate)
    │   ├── QueryError       a series, alert or plot request that cannot be answered as asked (bad code, empty range)
    │   │   └── NothingFound   a valid request that no stored event answers (the CLI exits 1, not 2)
    │   └── FetchError       a URL that could not be fetched: an HTTP status, a network error, a timeout (status failed)
    │       ├── BlockedAddress   a URL or redirect that resolves to a private, loopback or reserved address (failed)
    │       └── FetchRefused     not fetched on purpose: robots.txt, a content type, the size limit (status skipped)
    ├── StoreError         the event store cannot be opened or written
    ├── OutputError        a file the user asked for (export -o, plot -o) cannot be written
    └── EvalError          a gold file that cannot be scored

Each message says what happened and what to do about it; the CLI prints it on one line.
"""

from __future__ import annotations


class FlashpointError(Exception):
    """Base class: the CLI maps these to a one-line message and an exit code."""


class ConfigError(FlashpointError):
    pass


class InputError(FlashpointError):
    pass


class DocumentSkipped(InputError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class QueryError(InputError):
    pass


class NothingFound(QueryError):
    pass


class StoreError(FlashpointError):
    pass


class OutputError(FlashpointError):
    pass


class EvalError(FlashpointError):
    pass


class FetchError(InputError):
    """`transient`: a 429, a 5xx or a network error, worth trying again later (after `retry_after` seconds when
    the server said so)."""

    status = "failed"

    def __init__(self, reason: str, http_status: int | None = None, transient: bool = False, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.http_status = http_status
        self.transient = transient
        self.retry_after = retry_after


class BlockedAddress(FetchError):
    pass


class FetchRefused(FetchError):
    status = "skipped"
