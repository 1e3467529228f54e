"""What every command shares: the --db and --settings options, the settings they select, and the mapping of FlashpointError
to one line and an exit code."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import FlashpointError, NothingFound

if TYPE_CHECKING:  # settings import pydantic: loaded by the commands that use them, not by --help
    from ..settings import Settings


def _remember_settings(ctx: click.Context, _: click.Parameter, value: Path | None) -> None:
    if value is not None:
        root = ctx.find_root()
        root.ensure_object(dict)
        root.obj["settings_file"] = value


# --settings is accepted before the command (`flashpoint --settings s.yaml ingest …`) and after it
settings_option = click.option("--settings", type=click.Path(path_type=Path, dir_okay=False), expose_value=False,
                               is_eager=True, callback=_remember_settings, help="YAML settings file.")


class StoreLocation(click.ParamType):
    """A SQLite file path, or a postgresql:// URL kept as written."""

    name = "path|url"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path | str:
        from ..settings import POSTGRES_SCHEMES

        if isinstance(value, str) and value.startswith(POSTGRES_SCHEMES):
            return value
        return click.Path(path_type=Path, dir_okay=False).convert(value, param, ctx)


db_option = click.option("--db", type=StoreLocation(),
                         help="SQLite file or postgresql:// URL of the store (default: user data dir or $FLASHPOINT_DB).")


def command_settings(ctx: click.Context, **overrides: object) -> Settings:
    """The settings, checked whole before anything is read or stored: a bad actors file is exit 2, not a run of
    failed documents."""
    from ..settings import load_settings

    settings = load_settings((ctx.obj or {}).get("settings_file"), **overrides)
    if settings.actors_file is not None:
        from ..actors import knowledge

        knowledge.load(settings.actors_file)
    return settings


def fails_cleanly(command: Callable[..., Any]) -> Callable[..., Any]:
    """Exit 1 when nothing was found, 2 when the request could not be answered; never a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FlashpointError as exc:
            click.echo(f"Error: {_one_line(exc)}", err=True)
            sys.exit(1 if isinstance(exc, NothingFound) else 2)
        except sqlite3.Error as exc:  # a store damaged after it opened (a corrupt page met mid-query)
            from ..store.sqlite import explain

            click.echo(f"Error: cannot read the store: {_one_line(explain(exc))}", err=True)
            sys.exit(2)
        except Exception as exc:
            if not type(exc).__module__.startswith("psycopg"):
                raise
            click.echo(f"Error: cannot read the store: {_one_line(exc)}", err=True)  # a PostgreSQL store's server failing mid-query
            sys.exit(2)

    return wrapper


def _one_line(message: object) -> str:
    return " ".join(str(message).split())
