"""Every error Flashpoint raises on purpose.

    FlashpointError
    ├── ConfigError        bad settings or a bad user actor file
    ├── InputError         a path or document that cannot be read
    │   └── DocumentSkipped  readable, but nothing to code (empty, binary, not English, too large, duplicate)
    ├── StoreError         the event store cannot be opened or written
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


class StoreError(FlashpointError):
    pass


class EvalError(FlashpointError):
    pass
