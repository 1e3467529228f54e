"""The `flashpoint` command: thin click commands over the library; errors become one line and an exit code."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from .cli_common import db_option, fails_cleanly, settings_option
from .errors import OutputError
from .records import Coding, Document, Event
from .settings import Settings, load_settings

FORMATS = ["table", "jsonl", "json", "csv"]


def _settings(ctx: click.Context, **overrides: object) -> Settings:
    """The settings, checked whole before anything is read or stored: a bad actors file is exit 2, not a run of
    failed documents."""
    settings = load_settings((ctx.obj or {}).get("settings_file"), **overrides)
    if settings.actors_file is not None:
        from .actors import knowledge

        knowledge.load(settings.actors_file)
    return settings


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="flashpoint")
@click.option("--settings", "settings_file", type=click.Path(path_type=Path, dir_okay=False), help="YAML settings file.")
@click.pass_context
def main(ctx: click.Context, settings_file: Path | None) -> None:
    """Flashpoint: source-attributed PLOVER events from news on conflict and diplomacy."""
    ctx.ensure_object(dict)
    ctx.obj["settings_file"] = settings_file


def _published(value: str | None) -> str | None:
    from .dates import parse_date

    try:
        parsed = parse_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    return parsed.isoformat() if parsed else None


def _query_date(value: str | None) -> str | None:
    """A date to filter stored events by: a day, a month or a year (stored dates have those precisions)."""
    import re

    from .dates import parse_iso

    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
            raise ValueError(f"{value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")
        parse_iso((value + "-01-01")[:10])
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    return value


published_option = click.option("--published", callback=lambda c, p, v: _published(v), help="Publication date (YYYY-MM-DD) for documents without one.")
actors_option = click.option("--actors", type=click.Path(path_type=Path, exists=True, dir_okay=False), help="YAML file of extra or overriding actors.")
workers_option = click.option("--workers", type=click.IntRange(min=1), help="Processes that code documents (default: one per CPU core).")
format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)


def _emit(events: list[Event], fmt: str) -> None:
    from . import formats

    if fmt == "table":
        _print_table(events)
    else:
        writer = {"jsonl": formats.to_jsonl, "json": formats.to_json, "csv": formats.to_csv}[fmt]
        click.echo(writer(events), nl=False)


def _print_table(events: list[Event]) -> None:
    from rich.console import Console
    from rich.table import Table

    from .formats import flat

    table = Table(show_lines=False, header_style="bold")
    for column in ["date", "type", "actor", "recipient", "modality", "asserted by", "trigger", "quantity"]:
        table.add_column(column, overflow="fold")
    for event in events:
        row = flat(event)
        source = f"{row['source']} ({row['cue']})" if row["source"] else "article"
        actor = f"{row['actor']}" + (f" {row['actor_sector']}" if row["actor_sector"] else "")
        table.add_row(str(row["date"] or ""), event.event_type, actor, str(row["recipient"] or ""), event.modality, source,
                      event.trigger.text, str(row["quantity"] or ""))
    Console(width=max(120, Console().width)).print(table)


def _progress(items: Iterable[Document], total: int | None, enabled: bool) -> Iterator[Document]:
    if not enabled:
        yield from items
        return
    from rich.progress import Progress

    with Progress(transient=True, console=_stderr_console()) as progress:
        task = progress.add_task("coding", total=total)
        for item in items:
            yield item
            progress.advance(task)


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def _read(paths: tuple[str, ...], published: str | None, settings: Settings) -> tuple[list[Document], list[Coding]]:
    from .ingest.read import read

    documents, unreadable = [], []
    for item in read(paths, published, settings.max_document_bytes):
        if isinstance(item, Document):
            documents.append(item)
        else:
            unreadable.append(item)
            click.echo(f"{item.status}: {item.reason}", err=True)
    return documents, unreadable


@main.command()
@click.argument("paths", nargs=-1, required=True)
@published_option
@format_option
@actors_option
@workers_option
@settings_option
@click.pass_context
@fails_cleanly
def code(ctx: click.Context, paths: tuple[str, ...], published: str | None, fmt: str, actors: Path | None, workers: int | None) -> None:
    """Code PATHS (.txt, .html, .jsonl, folders, or - for stdin) and print events without storing them."""
    from .pipeline import code_documents

    settings = _settings(ctx, actors_file=actors, workers=workers)
    documents, _ = _read(paths, published, settings)
    events: list[Event] = []
    coded = 0
    for coding in code_documents(documents, settings):
        if coding.status != "coded":
            click.echo(f"{coding.status}: {coding.document.origin or coding.document.id}: {coding.reason}", err=True)
        coded += coding.status == "coded"
        events += coding.events
    _emit(events, fmt)
    if coded == 0:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@published_option
@db_option
@actors_option
@workers_option
@settings_option
@click.pass_context
@fails_cleanly
def ingest(ctx: click.Context, paths: tuple[str, ...], published: str | None, db: Path | None, actors: Path | None,
           workers: int | None) -> None:
    """Code PATHS and store documents, statuses and events; re-ingesting the same text changes nothing."""
    from .pipeline import code_documents
    from .store import open_store

    settings = _settings(ctx, actors_file=actors, db=db, workers=workers)
    documents, unreadable = _read(paths, published, settings)
    tally = {"coded": 0, "skipped": 0, "failed": 0, "unchanged": 0, "events": 0, "versions": 0}
    with open_store(settings.db) as store:
        store.verify()
        for coding in unreadable:
            store.save(coding)
            tally[coding.status] += 1
        fresh = []
        for document in documents:
            known = store.known(document.id, document.content_hash, document.published) if document.text else None
            if known is None:
                fresh.append(document)
                continue
            if known.outcome == "duplicate":
                store.save(Coding(document, "skipped", reason=known.reason))
                tally["skipped"] += 1
                click.echo(f"skipped: {document.origin}: {known.reason}", err=True)
            else:
                tally["unchanged"] += 1
        for coding in code_documents(_progress(fresh, len(fresh), len(fresh) > 1 and sys.stderr.isatty()), settings):
            result = store.save(coding)
            if result.outcome == "unchanged":  # stored meanwhile (the same id twice in the input, another process)
                tally["unchanged"] += 1
                continue
            tally[result.status] += 1
            tally["versions"] += result.version > 1
            tally["events"] += len(coding.events) if result.status == "coded" else 0
            if result.status != "coded":
                click.echo(f"{result.status}: {coding.document.origin}: {result.reason}", err=True)
            elif result.version > 1:
                click.echo(f"new version {result.version} of {coding.document.id}: {coding.document.origin}", err=True)
        total_events = store.counts()["events"]
    unchanged = f", {tally['unchanged']} already stored (unchanged)" if tally["unchanged"] else ""
    versions = f" ({tally['versions']} a new version of a stored id)" if tally["versions"] else ""
    click.echo(f"{tally['coded']} documents coded{versions}, {tally['skipped']} skipped, {tally['failed']} failed{unchanged}; "
               f"{tally['events']} events stored ({total_events} in {settings.db})")
    if tally["coded"] + tally["unchanged"] == 0:
        sys.exit(1)


@main.command()
@db_option
@click.option("--actor", help="Actor code (ISO alpha-3, IGO, NGO).")
@click.option("--recipient", help="Recipient code.")
@click.option("--type", "event_type", help="PLOVER category, e.g. THREATEN.")
@click.option("--since", callback=lambda c, p, v: _query_date(v), help="Earliest date (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", callback=lambda c, p, v: _query_date(v), help="Latest date (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--attributed/--asserted", default=None, help="Only events a source claims, or only those the article asserts.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@format_option
@settings_option
@click.pass_context
@fails_cleanly
def events(ctx: click.Context, db: Path | None, actor: str | None, recipient: str | None, event_type: str | None,
           since: str | None, until: str | None, attributed: bool | None, limit: int | None, fmt: str) -> None:
    """List stored events, filtered."""
    from .store import EventFilter, open_store

    settings = _settings(ctx, db=db)
    with open_store(settings.db) as store:
        found = list(store.events(EventFilter(actor, recipient, event_type, since, until, attributed, limit=limit)))
    if not found:
        click.echo("no events match", err=True)
        sys.exit(1)
    _emit(found, fmt)


@main.command()
@db_option
@click.option("--status", type=click.Choice(["coded", "skipped", "failed"]))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@settings_option
@click.pass_context
@fails_cleanly
def documents(ctx: click.Context, db: Path | None, status: str | None, fmt: str) -> None:
    """List stored documents with their status (coded, skipped: why, failed: why)."""
    import csv
    import json

    from .store import open_store

    settings = _settings(ctx, db=db)
    with open_store(settings.db) as store:
        rows = store.documents(status)
    if fmt == "jsonl":
        click.echo("".join(json.dumps(r) + "\n" for r in rows), nl=False)
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        writer.writerows(rows)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(header_style="bold")
        for column in ["id", "status", "reason", "events", "title"]:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(str(row[c] or "") for c in ["id", "status", "reason", "events", "title"]))
        Console(width=max(120, Console().width)).print(table)


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), required=True)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True)
@settings_option
@click.pass_context
@fails_cleanly
def export(ctx: click.Context, db: Path | None, fmt: str, output: Path) -> None:
    """Write every stored event to a file (JSONL keeps the full schema; CSV and Parquet are flat)."""
    from . import formats
    from .store import open_store

    settings = _settings(ctx, db=db)
    with open_store(settings.db) as store:
        found = list(store.events())
    try:
        if fmt == "parquet":
            formats.to_frame(found).to_parquet(output, index=False)
        else:
            output.write_text(formats.to_jsonl(found) if fmt == "jsonl" else formats.to_csv(found), encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror or exc}; choose a writable path with -o") from exc
    click.echo(f"{len(found)} events written to {output}")


@main.command(name="eval")
@click.argument("gold", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--misses/--no-misses", default=True, help="List the sentences the coder got wrong.")
@settings_option
@click.pass_context
@fails_cleanly
def evaluate(ctx: click.Context, gold: Path, fmt: str, misses: bool) -> None:
    """Score the coder on annotated news documents (news_dev.json, news_train.jsonl) or PLOVER gold sentences."""
    import json

    from .eval import evaluate as run, format_result

    result = run(gold, _settings(ctx))
    click.echo(json.dumps(result, indent=2) if fmt == "json" else format_result(result, misses))


@main.command()
def schema() -> None:
    """Print the JSON Schema of an event (schema v1)."""
    import json

    from .records import event_json_schema

    click.echo(json.dumps(event_json_schema(), indent=2))


@main.command()
@db_option
@settings_option
@click.pass_context
@fails_cleanly
def demo(ctx: click.Context, db: Path | None) -> None:
    """Ingest the bundled sample articles into the store and print their events."""
    from .demo import sample_documents
    from .pipeline import code_documents
    from .store import open_store

    settings = _settings(ctx, db=db)
    tally = {"coded": 0, "skipped": 0, "failed": 0}
    stored = 0
    with open_store(settings.db) as store:
        for coding in code_documents(sample_documents(), settings):
            result = store.save(coding)
            tally[result.status] += 1
            stored += len(coding.events) if result.outcome == "stored" else 0
        shown = [e for e in store.events() if e.doc_id.startswith("sample-")]
        total = store.counts()["events"]
    _print_table(shown)
    click.echo(f"{tally['coded']} documents coded, {tally['skipped']} skipped, {tally['failed']} failed; "
               f"{len(shown)} sample events in the store ({stored} newly stored, {total} in {settings.db})")


from .monitor_cli import alerts, plot, series  # noqa: E402  (the monitor's commands live beside their own module)

main.add_command(series)
main.add_command(alerts)
main.add_command(plot)
