"""What every command shares: the --db option and the mapping of FlashpointError to one line and an exit code."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click

from .errors import FlashpointError, NothingFound

db_option = click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help="SQLite store (default: user data dir or $FLASHPOINT_DB).")


def fails_cleanly(command: Callable[..., Any]) -> Callable[..., Any]:
    """Exit 1 when nothing was found, 2 when the request could not be answered; never a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FlashpointError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1 if isinstance(exc, NothingFound) else 2)

    return wrapper
