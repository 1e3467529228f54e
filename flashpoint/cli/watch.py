"""`flashpoint watch` and `flashpoint sources`: thin commands over flashpoint/watch.py."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import click

from .common import db_option, fails_cleanly, settings_option


def _interval(_: click.Context, __: click.Parameter, value: str) -> float:
    from ..watch import parse_interval

    try:
        return parse_interval(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def _stop_on_sigterm() -> None:
    """SIGTERM ends the watch like Ctrl-C: after the item in hand is saved, with the summary printed."""
    def stop(*_: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)


@click.command()
@click.argument("sources_file", metavar="SOURCES.yaml", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--every", default="15m", show_default=True, callback=_interval, help="Time between checks of a source without its own `every` (30s, 15m, 1h).")
@click.option("--once", is_flag=True, help="One round, then exit.")
@db_option
@settings_option
@click.pass_context
@fails_cleanly
def watch(ctx: click.Context, sources_file: Path, every: float, once: bool, db: Path | None) -> None:
    """Check the feeds, sitemaps and pages of SOURCES.yaml in rounds and store what is new, until stopped."""
    from ..settings import load_settings, store_label
    from ..store import open_store
    from ..watch import Ingester, load_sources
    from ..watch import watch as run

    settings = load_settings((ctx.obj or {}).get("settings_file"), db=db)
    sources = load_sources(sources_file)
    _stop_on_sigterm()
    with open_store(settings.db) as store:
        store.verify()
        ingester = Ingester(store, settings, echo=lambda line: click.echo(line, err=True))
        total = run(sources, ingester, every, once=once, echo=click.echo)
    t = total.tally
    click.echo(f"{len(sources)} sources; {total.new_items} new items: {t['coded']} coded, {t['skipped']} skipped, "
               f"{t['failed']} failed, {t['unchanged']} already stored; {t['events']} events stored in {store_label(settings.db)}")


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@settings_option
@click.pass_context
@fails_cleanly
def sources(ctx: click.Context, db: Path | None, fmt: str) -> None:
    """List watched and ingested sources: last fetch, its outcome, items seen, new, errors, items still queued."""
    import json

    from ..settings import load_settings
    from ..store import open_store
    from ..store.web import WebState

    settings = load_settings((ctx.obj or {}).get("settings_file"), db=db)
    with open_store(settings.db) as store:
        rows = WebState(store).sources()
    if not rows:
        click.echo("no sources yet: run `flashpoint watch SOURCES.yaml` or `flashpoint ingest URL`", err=True)
        sys.exit(1)
    if fmt == "jsonl":
        click.echo("".join(json.dumps(r) + "\n" for r in rows), nl=False)
        return
    from rich.console import Console
    from rich.table import Table

    columns = ["name", "kind", "last_fetch", "last_status", "rounds", "items_seen", "items_new", "errors", "pending"]
    table = Table(header_style="bold")
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*(str(row[c] if row[c] is not None else "") for c in columns))
    Console(width=max(120, Console().width)).print(table)
