"""The escalation monitor's commands (`flashpoint series`, `alerts`, `plot`), registered on the group in cli/__init__.py.

Each first clusters any stored events not yet clustered (incremental), then answers from the store. Problems
are one line on stderr: exit 1 when nothing is found, 2 when the request cannot be answered as asked.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import NothingFound, OutputError
from .common import db_option, fails_cleanly, settings_option

if TYPE_CHECKING:  # pydantic and the store load with the command, not with `flashpoint --help`
    from ..settings import Settings
    from ..store.sqlite import SQLiteStore

PERIODS = ["day", "week", "month"]


@contextmanager
def _monitor(ctx: click.Context, db: Path | None, *codes: str | None) -> Iterator[tuple[SQLiteStore, Settings]]:
    """The store, clustered up to date, after checking it has events and that each code names some."""
    from ..monitor.aggregate import code, names
    from ..monitor.cluster import cluster_reports
    from ..settings import load_settings, store_label
    from ..store import open_store

    settings = load_settings((ctx.obj or {}).get("settings_file"), db=db)
    checked = [code(c) for c in codes if c]
    with open_store(settings.db) as store:
        if store.db.execute("SELECT 1 FROM events LIMIT 1").fetchone() is None:
            raise NothingFound(f"the store {store_label(settings.db)} holds no events; store some with `flashpoint ingest` first")
        for actor_code in checked:
            if not names(store, actor_code):
                raise NothingFound(f"unknown actor code {actor_code}: no stored event names it as actor or recipient")
        cluster_reports(store, settings)
        yield store, settings


@click.command()
@click.argument("actor")
@click.argument("recipient", required=False)
@click.option("--by", type=click.Choice(PERIODS), default="week", show_default=True, help="Period of each row.")
@click.option("--since", help="Earliest event date (YYYY-MM-DD).")
@click.option("--until", help="Latest event date (YYYY-MM-DD).")
@click.option("--both", is_flag=True, help="Count the dyad both ways (ACTOR→RECIPIENT and RECIPIENT→ACTOR).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@db_option
@settings_option
@click.pass_context
@fails_cleanly
def series(ctx: click.Context, actor: str, recipient: str | None, by: str, since: str | None, until: str | None, both: bool,
           fmt: str, db: Path | None) -> None:
    """Per period: events by quad, reports and clusters, PLOVER score, asserted and claimed counts, escalation index."""
    from ..monitor.aggregate import series_records

    with _monitor(ctx, db, actor, recipient) as (store, settings):
        records = series_records(store, actor, recipient, by=by, since=since, until=until, both=both, settings=settings)  # type: ignore[arg-type]
    if not records:
        dyad = f"{actor.upper()}{'↔' if both else '→'}{recipient.upper()}" if recipient else actor.upper()
        raise NothingFound(f"no {by}-dated events for {dyad} in that range")
    columns = list(records[0])
    if fmt == "csv":
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows([columns, *(r.values() for r in records)])
        click.echo(out.getvalue(), nl=False)
    elif fmt == "json":
        click.echo(json.dumps(records, indent=2))
    else:
        cells = [["" if v is None else str(v) for v in r.values()] for r in records]  # a period without events has no mean
        _table(columns, quiet_runs_folded(cells, [r["reports"] for r in records]))


def quiet_runs_folded(rows: list[list[str]], reports: list[int]) -> list[list[str]]:
    """The table's rows with each long run of empty periods folded into one (aggregate.quiet_runs)."""
    from ..monitor.aggregate import quiet_label, quiet_runs

    return [rows[start] if end - start == 1 else [quiet_label(rows[start][0], rows[end - 1][0], end - start), "0", *[""] * (len(rows[start]) - 2)]
            for start, end in quiet_runs(reports)]


@click.command()
@click.option("--since", help="Only alerts from this date (YYYY-MM-DD); earlier periods still form the baseline.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@db_option
@settings_option
@click.pass_context
@fails_cleanly
def alerts(ctx: click.Context, since: str | None, fmt: str, db: Path | None) -> None:
    """Alerts per directed dyad: index spikes, threshold crossings, first material conflict; with their events."""
    from ..monitor.alerts import alerts as compute

    with _monitor(ctx, db) as (store, settings):
        found = compute(store, since=since, settings=settings)
    if not found:
        raise NothingFound("no alerts" + (f" since {since}" if since else ""))
    if fmt == "json":
        click.echo(json.dumps([a.to_dict() for a in found], indent=2))
    else:
        rows = [[a.period, a.rule, f"{a.actor}→{a.recipient}", f"{a.value:g}", a.message, " ".join(a.event_ids)] for a in found]
        _table(["period", "rule", "dyad", "value", "message", "events"], rows)


@click.command()
@click.argument("dyad", nargs=-1, required=True, metavar="ACTOR RECIPIENT | network")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True, help="PNG file to write.")
@click.option("--by", type=click.Choice(PERIODS), default="week", show_default=True, help="Period of the escalation line.")
@db_option
@settings_option
@click.pass_context
@fails_cleanly
def plot(ctx: click.Context, dyad: tuple[str, ...], output: Path, by: str, db: Path | None) -> None:
    """Draw a dyad's escalation line with its events (ACTOR RECIPIENT), or the network of dyads (network)."""
    from ..monitor.plot import plot_dyad, plot_network

    if dyad != ("network",) and len(dyad) != 2:
        raise click.UsageError("give ACTOR RECIPIENT (two codes) or the word network")
    try:
        if dyad == ("network",):
            with _monitor(ctx, db) as (store, _):
                drawn = plot_network(store, output)
            click.echo(f"{output}: {len(drawn.edges)} dyads among {len(drawn.nodes)} actors")
        else:
            actor, recipient = dyad[0], dyad[-1]
            with _monitor(ctx, db, actor, recipient) as (store, settings):
                chart = plot_dyad(store, actor, recipient, output, by=by, settings=settings)  # type: ignore[arg-type]
            click.echo(f"{output}: {len(chart.periods)} {by}s, {sum(chart.markers.values())} events")
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror or exc}; choose a writable path with -o") from exc


def _table(columns: list[str], rows: list[list[str]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    Console(width=max(120, Console().width)).print(table)
