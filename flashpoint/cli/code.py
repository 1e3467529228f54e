"""The coder's commands (`code`, `explain`, `ingest`, `events`, `documents`, `export`, `eval`, `schema`, `demo`): thin
click commands over the library; errors become one line and an exit code."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import OutputError
from .common import command_settings, db_option, fails_cleanly, settings_option
from .ray import check_local, code_with_ray, ray_options

if TYPE_CHECKING:  # the records, settings and store import pydantic: loaded by the commands that use them, not by --help
    from ..formats import Provenance
    from ..records import Coding, Document, Event
    from ..settings import Settings
    from ..store import EventFilter

FORMATS = ["table", "jsonl", "json", "csv", "plover", "polecat"]
FLAT_FORMATS = {"csv", "parquet"}  # where --dyadic applies; polecat is always one row per pair


def _published(value: str | None) -> str | None:
    from ..dates import parse_date

    try:
        parsed = parse_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    return parsed.isoformat() if parsed else None


def _query_date(value: str | None) -> str | None:
    """A date to filter stored events by: a day, a month or a year (stored dates have those precisions)."""
    import re

    from ..dates import parse_iso

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
format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                             help="table; jsonl/json (schema v1); csv (flat, typed columns); plover (PLOVER JSON Lines); polecat (TSV).")
dyadic_option = click.option("--dyadic", is_flag=True, help="CSV and Parquet: one row per actor-recipient code pair.")
workers_option = click.option("--workers", type=click.IntRange(min=1), help="Processes that code documents (default: one per CPU core).")


def _check_dyadic(fmt: str, dyadic: bool) -> None:
    if dyadic and fmt not in FLAT_FORMATS:
        raise click.BadParameter(f"--dyadic applies to csv and parquet, not {fmt}", param_hint="'--dyadic'")


def _rendered(events: list[Event], fmt: str, provenance: dict[str, Provenance], dyadic: bool = False) -> str:
    from .. import exchange, formats

    if fmt == "csv":
        return formats.to_csv(events, provenance, dyadic)
    if fmt == "plover":
        return exchange.to_plover(events, provenance)
    if fmt == "polecat":
        return exchange.to_polecat(events, provenance)
    return formats.to_jsonl(events) if fmt == "jsonl" else formats.to_json(events)


def _emit(events: list[Event], fmt: str, provenance: dict[str, Provenance], dyadic: bool = False) -> None:
    if fmt == "table":
        _print_table(events)
    else:
        click.echo(_rendered(events, fmt, provenance, dyadic), nl=False)


def _print_table(events: list[Event]) -> None:
    from rich.console import Console
    from rich.table import Table

    from ..formats import flat

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


def _read(paths: tuple[str, ...], published: str | None, settings: Settings, web: bool = False) -> tuple[list[Document], list[Coding]]:
    """Local paths (and, with `web`, URLs and feed files fetched without a store: `code`)."""
    from itertools import chain

    from ..ingest.read import read
    from ..ingest.web import is_web_source, read_web
    from ..records import Document

    local = [p for p in paths if not is_web_source(p)]
    remote = [p for p in paths if is_web_source(p)] if web else []
    documents, unreadable = [], []
    for item in chain(read(local, published, settings.max_document_bytes), read_web(remote, settings, published)):
        if isinstance(item, Document):
            documents.append(item)
        else:
            unreadable.append(item)
            click.echo(f"{item.status}: {item.reason}", err=True)
    return documents, unreadable


@click.command()
@click.argument("paths", nargs=-1, required=True)
@published_option
@format_option
@actors_option
@click.option("--explain", "explaining", is_flag=True, help="Also print, on stderr, why each event was coded and why the rest was not.")
@workers_option
@ray_options
@settings_option
@click.pass_context
@fails_cleanly
def code(ctx: click.Context, paths: tuple[str, ...], published: str | None, fmt: str, actors: Path | None, explaining: bool,
         workers: int | None, engine: str, **ray: Any) -> None:
    """Code PATHS (.txt, .html, .jsonl, .warc.gz, folders, - for stdin, URLs, feeds) and print events without storing them;
    with --engine ray, code them (and .parquet shards) on a Ray cluster into Parquet files."""
    from ..explain import Trace, render
    from ..formats import Provenance
    from ..pipeline import code_documents

    check_local(engine, **ray)
    settings = command_settings(ctx, actors_file=actors, workers=workers)
    if engine == "ray":
        return code_with_ray(settings, paths, published, workers, **ray)
    documents, _ = _read(paths, published, settings, web=True)
    events: list[Event] = []
    provenance: dict[str, Provenance] = {}
    trace, explained = (Trace() if explaining else None), []
    coded = 0
    for coding in code_documents(documents, settings, trace):
        if trace is not None:
            explained.append(coding)
        if coding.status != "coded":
            click.echo(f"{coding.status}: {coding.document.origin or coding.document.id}: {coding.reason}", err=True)
        coded += coding.status == "coded"
        events += coding.events
        provenance |= dict.fromkeys((e.id for e in coding.events), Provenance.of(coding.document))
    _emit(events, fmt, provenance)
    if trace is not None:
        click.echo(render(trace, explained), err=True, nl=False)
    if coded == 0:
        sys.exit(1)


@click.command()
@click.argument("text")
@published_option
@actors_option
@settings_option
@click.pass_context
@fails_cleanly
def explain(ctx: click.Context, text: str, published: str | None, actors: Path | None) -> None:
    """Code TEXT and show why: per event the rule, the trigger model's probability, participants, attribution,
    modality and date; and for each predicate left out, why it was not coded."""
    from ..explain import Trace, render
    from ..ingest.clean import clean_text
    from ..pipeline import code_documents
    from ..records import Document, text_id

    settings = command_settings(ctx, actors_file=actors)
    cleaned = clean_text(text)
    trace = Trace()
    codings = list(code_documents([Document(text_id(cleaned, "TEXT"), cleaned, published=published, origin="TEXT")], settings, trace))
    click.echo(render(trace, codings), nl=False)


@click.command()
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
    """Code PATHS (files, folders, web archives, URLs, feeds) and store documents, statuses and events;
    re-ingesting the same text or URL changes nothing."""
    from ..ingest.web import is_web_source
    from ..pipeline import code_documents
    from ..records import Coding
    from ..settings import store_label
    from ..store import open_store

    settings = command_settings(ctx, actors_file=actors, db=db, workers=workers)
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
            # unchanged: stored meanwhile (the same id twice in the input, another process)
            if not result.count_into(tally, len(coding.events)):
                continue
            if result.status != "coded":
                click.echo(f"{result.status}: {coding.document.origin}: {result.reason}", err=True)
            elif result.version > 1:
                click.echo(f"new version {result.version} of {coding.document.id}: {coding.document.origin}", err=True)
        if web := [p for p in paths if is_web_source(p)]:  # URLs and feeds: the store remembers what is done
            from ..watch import Ingester

            report = Ingester(store, settings, echo=lambda line: click.echo(line, err=True), published=published).ingest(web)
            tally.update({k: tally[k] + report.tally[k] for k in tally})
        total_events = store.counts()["events"]
    unchanged = f", {tally['unchanged']} already stored (unchanged)" if tally["unchanged"] else ""
    versions = f" ({tally['versions']} a new version of a stored id)" if tally["versions"] else ""
    click.echo(f"{tally['coded']} documents coded{versions}, {tally['skipped']} skipped, {tally['failed']} failed{unchanged}; "
               f"{tally['events']} events stored ({total_events} in {store_label(settings.db)})")
    if tally["coded"] + tally["unchanged"] == 0:
        sys.exit(1)


@click.command()
@db_option
@click.option("--actor", help="Actor code (ISO alpha-3, IGO, NGO).")
@click.option("--recipient", help="Recipient code.")
@click.option("--type", "event_type", help="PLOVER category, e.g. THREATEN.")
@click.option("--since", callback=lambda c, p, v: _query_date(v), help="Earliest date (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", callback=lambda c, p, v: _query_date(v), help="Latest date (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--attributed/--asserted", default=None, help="Only events a source claims, or only those the article asserts.")
@click.option("--modality", type=click.Choice(["actual", "future", "hypothetical", "negated", "historical"]))
@click.option("--text", help="Only events whose sentence contains these words.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@format_option
@dyadic_option
@settings_option
@click.pass_context
@fails_cleanly
def events(ctx: click.Context, db: Path | None, actor: str | None, recipient: str | None, event_type: str | None,
           since: str | None, until: str | None, attributed: bool | None, modality: str | None, text: str | None,
           limit: int | None, fmt: str, dyadic: bool) -> None:
    """List stored events, filtered, with their document and cluster."""
    from ..store import EventFilter

    _check_dyadic(fmt, dyadic)
    settings = command_settings(ctx, db=db)
    found, provenance = _stored_events(settings, EventFilter(actor, recipient, event_type, since, until, attributed, limit=limit,
                                                             modality=modality, text=text))
    if not found:
        click.echo("no events match", err=True)
        sys.exit(1)
    _emit(found, fmt, provenance, dyadic)


def _stored_events(settings: Settings, where: EventFilter) -> tuple[list[Event], dict[str, Provenance]]:
    """The events asked for with their documents and clusters (clustering any stored events not yet clustered)."""
    from ..monitor.cluster import cluster_reports
    from ..store import open_store

    with open_store(settings.db) as store:
        found = list(store.events(where))
        if found:
            cluster_reports(store, settings)
        return found, store.provenance(e.id for e in found)


@click.command()
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

    from ..store import open_store

    settings = command_settings(ctx, db=db)
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


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "plover", "polecat"]), required=True,
              help="jsonl (schema v1); csv and parquet (flat, typed columns); plover (PLOVER JSON Lines); polecat (TSV).")
@dyadic_option
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True)
@settings_option
@click.pass_context
@fails_cleanly
def export(ctx: click.Context, db: Path | None, fmt: str, dyadic: bool, output: Path) -> None:
    """Write every stored event to a file (JSONL keeps the full schema; CSV and Parquet are flat)."""
    from .. import formats
    from ..store import EventFilter

    _check_dyadic(fmt, dyadic)
    settings = command_settings(ctx, db=db)
    found, provenance = _stored_events(settings, EventFilter())
    try:
        if fmt == "parquet":
            formats.to_parquet(formats.to_frame(found, provenance, dyadic), output)
        else:
            output.write_text(_rendered(found, fmt, provenance, dyadic), encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror or exc}; choose a writable path with -o") from exc
    click.echo(f"{len(found)} events written to {output}")


@click.command(name="eval")
@click.argument("gold", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--misses/--no-misses", default=True, help="List the sentences the coder got wrong.")
@settings_option
@click.pass_context
@fails_cleanly
def evaluate(ctx: click.Context, gold: Path, fmt: str, misses: bool) -> None:
    """Score the coder on annotated news documents (news_dev.json, news_train.jsonl) or PLOVER gold sentences."""
    import json

    from ..eval import evaluate as run
    from ..eval import format_result

    result = run(gold, command_settings(ctx))
    click.echo(json.dumps(result, indent=2) if fmt == "json" else format_result(result, misses))


@click.command()
def schema() -> None:
    """Print the JSON Schema of an event (schema v1)."""
    import json

    from ..records import event_json_schema

    click.echo(json.dumps(event_json_schema(), indent=2))


@click.command()
@db_option
@settings_option
@click.pass_context
@fails_cleanly
def demo(ctx: click.Context, db: Path | None) -> None:
    """Ingest the bundled sample articles into the store and print their events."""
    from ..demo import sample_documents
    from ..pipeline import code_documents
    from ..settings import store_label
    from ..store import open_store

    settings = command_settings(ctx, db=db)
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
               f"{len(shown)} sample events in the store ({stored} newly stored, {total} in {store_label(settings.db)})")

