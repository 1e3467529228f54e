"""The `flashpoint` command: the root group, with the commands of each group registered from its own module.

The command modules import click and nothing heavy; each command imports what it needs when it runs, so
`flashpoint --help` starts at once (tests/test_startup.py).
"""

from __future__ import annotations

from pathlib import Path

import click

from . import code, monitor, ray, watch, web


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="flashpoint")
@click.option("--settings", "settings_file", type=click.Path(path_type=Path, dir_okay=False), help="YAML settings file.")
@click.pass_context
def main(ctx: click.Context, settings_file: Path | None) -> None:
    """Flashpoint: source-attributed PLOVER events from news on conflict and diplomacy."""
    ctx.ensure_object(dict)
    ctx.obj["settings_file"] = settings_file


for command in (code.code, code.explain, code.ingest, code.events, code.documents, code.export, code.evaluate, code.schema, code.demo,
                monitor.series, monitor.alerts, monitor.plot, watch.watch, watch.sources, ray.load, web.serve):
    main.add_command(command)
