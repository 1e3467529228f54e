"""`flashpoint code --engine ray` and `flashpoint load`: thin commands over ray_engine.py (the `code` command is in cli/code.py)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .common import command_settings, db_option, fails_cleanly, settings_option

if TYPE_CHECKING:
    from ..settings import Settings

_OPTIONS = [
    click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
                 help="local: processes on this machine (--workers); ray: actors on a Ray cluster, writing Parquet (-o)."),
    click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
                 help="--engine ray: the events Parquet file (statuses go beside it: NAME.status.parquet)."),
    click.option("--status", "status_file", type=click.Path(path_type=Path, dir_okay=False),
                 help="--engine ray: where the statuses go instead (one row per input document)."),
    click.option("--address", help="--engine ray: the cluster to join (ray://host:10001, host:6379 or auto; default: start a local one)."),
    click.option("--load", "load_db", type=click.Path(path_type=Path, dir_okay=False),
                 help="--engine ray: then load the results into this store, as ingest would."),
]


def ray_options(command: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(_OPTIONS):
        command = option(command)
    return command


def check_local(engine: str, output: Path | None, status_file: Path | None, address: str | None, load_db: Path | None) -> None:
    """The Ray options mean nothing to the local engine: say so rather than ignore them."""
    given = [name for name, value in (("-o", output), ("--status", status_file), ("--address", address), ("--load", load_db)) if value]
    if engine == "local" and given:
        raise click.UsageError(f"{', '.join(given)}: only with --engine ray")


def code_with_ray(settings: Settings, paths: tuple[str, ...], published: str | None, workers: int | None, output: Path | None,
                  status_file: Path | None, address: str | None, load_db: Path | None) -> None:
    from .. import ray_engine
    from ..records import Coding, Document

    if output is None:
        raise click.UsageError("--engine ray writes Parquet: give -o events.parquet")
    statuses = status_file or ray_engine.status_path(output)
    documents: list[Document] = []
    unreadable: list[Coding] = []
    for item in ray_engine.read_sources(paths, published, settings.max_document_bytes):
        if isinstance(item, Document):
            documents.append(item)
        else:
            unreadable.append(item)
    report = ray_engine.code_on_ray(documents, unreadable, settings, output, statuses, address, workers)
    for line in report.problems:
        click.echo(line, err=True)
    tally = report.tally
    click.echo(f"{tally['coded']} documents coded, {tally['skipped']} skipped, {tally['failed']} failed; "
               f"{tally['events']} events written to {output} (statuses: {statuses})", err=True)
    if load_db is not None:
        _load(statuses, settings.model_copy(update={"db": load_db}))
    if tally["coded"] == 0:
        sys.exit(1)


def _load(statuses: Path, settings: Settings) -> None:
    from .. import ray_engine
    from ..settings import store_label
    from ..store import open_store

    with open_store(settings.db) as store:
        store.verify()
        tally = ray_engine.load(ray_engine.read_statuses(statuses), store)
        total = store.counts()["events"]
    unchanged = f", {tally['unchanged']} already stored (unchanged)" if tally["unchanged"] else ""
    click.echo(f"loaded {tally['coded']} coded, {tally['skipped']} skipped, {tally['failed']} failed{unchanged}; "
               f"{tally['events']} events stored ({total} in {store_label(settings.db)})", err=True)


@click.command()
@click.argument("statuses", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@db_option
@settings_option
@click.pass_context
@fails_cleanly
def load(ctx: click.Context, statuses: Path, db: Path | None) -> None:
    """Load the statuses file of `code --engine ray` (NAME.status.parquet) into a store, as ingest would:
    loading it again stores nothing new."""
    _load(statuses, command_settings(ctx, db=db))
