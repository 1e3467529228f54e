"""The README path, end to end, through the installed `flashpoint` command."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import click
import jsonschema

from flashpoint.cli import main
from flashpoint.records import event_json_schema

from .conftest import REPO, shared_path

README = (REPO / "README.md").read_text()
FLASHPOINT = str(Path(sys.executable).parent / "flashpoint")


def sh(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([FLASHPOINT, *args], capture_output=True, text=True, timeout=300, cwd=REPO)


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_one() -> None:
    first_block = re.search(r"```bash\n(.*?)```", README, re.S).group(1)
    assert first_block.splitlines()[0].startswith("make demo") and first_block.splitlines()[1].startswith("make test")
    assert "make test" in (REPO / ".ci" / "run").read_text()


def test_every_command_is_documented() -> None:
    for name in main.commands:
        assert f"flashpoint {name}" in README, f"`flashpoint {name}` is not in the README"


def _documented_options() -> dict[str, set[str]]:
    table = README.split("### Options by command", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| `flashpoint ?(\w*)`[^|]*\|(.*)\|$", table, re.M)
    return {name: set(re.findall(r"`(--[\w-]+)`", options)) for name, options in rows}


def _options(command: click.Command) -> set[str]:
    return {o for p in command.params if isinstance(p, click.Option) for o in p.opts + p.secondary_opts
            if o.startswith("--")} - {"--help"}


def test_every_command_and_option_is_in_the_readme_table() -> None:
    documented = _documented_options()
    actual = {"": _options(main)} | {name: _options(command) for name, command in main.commands.items()}
    assert documented == actual, "update README's 'Options by command' table to match the CLI"


def test_seed_codes_to_schema_v1_jsonl() -> None:
    seed = shared_path("seeds", "000_415e08968bc67b3f.txt")
    result = sh("code", str(seed), "--published", "2023-12-27", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events
    for event in events:
        jsonschema.validate(event, event_json_schema())


def test_demo_then_query(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    first = sh("demo", "--db", db)
    assert first.returncode == 0, first.stderr
    summary = first.stdout.strip().splitlines()[-1]
    assert re.match(r"16 documents coded, 0 skipped, 0 failed; \d+ sample events in the store", summary)
    again = sh("demo", "--db", db).stdout.strip().splitlines()[-1]
    assert "(0 newly stored" in again
    listed = sh("events", "--db", db, "--type", "ASSAULT", "--format", "csv")
    assert listed.returncode == 0 and listed.stdout.startswith("id,doc_id,event_type")
    exported = tmp_path / "events.jsonl"
    assert sh("export", "--db", db, "--format", "jsonl", "-o", str(exported)).returncode == 0
    assert len(exported.read_text().splitlines()) >= 50
