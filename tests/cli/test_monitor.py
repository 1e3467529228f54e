import io
import subprocess
import sys
import json
from datetime import date, timedelta
from pathlib import Path

import click
import pandas as pd
import pytest
from click.testing import CliRunner

from flashpoint.cli.monitor import alerts, plot, series
from flashpoint.store import open_store

from .. import streams

pytestmark = pytest.mark.backends


@click.group()
@click.pass_context
def main(ctx: click.Context) -> None:
    """The monitor commands on a group, as cli/__init__.py registers them."""
    ctx.ensure_object(dict)


for command in (series, alerts, plot):
    main.add_command(command)


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def db(db_url: str) -> str:
    with open_store(db_url) as store:
        streams.escalation(store)
        streams.five_outlets(store)
        streams.denied_claim(store)
    return db_url


def test_series_formats(db: str) -> None:
    table = run("series", "AAA", "BBB", "--db", db)
    assert table.exit_code == 0 and "2024-03-25" in table.stdout and "escalation" in table.stdout
    rows = json.loads(run("series", "aaa", "bbb", "--by", "month", "--format", "json", "--db", db).stdout)
    assert [(r["period"], r["reports"], r["q4"]) for r in rows] == [("2024-01", 5, 0), ("2024-02", 4, 0), ("2024-03", 6, 2)]
    csv = run("series", "CCC", "--since", "2024-05-01", "--until", "2024-05-31", "--by", "day", "--format", "csv", "--db", db)
    frame = pd.read_csv(io.StringIO(csv.stdout))
    assert len(frame) == 31 and frame["reports"].sum() == 5 and frame["clusters"].sum() == 1
    both = json.loads(run("series", "EEE", "FFF", "--both", "--format", "json", "--db", db).stdout)
    assert [(r["reports"], r["claimed"]) for r in both] == [(2, 2)]


def test_alerts_list_rules_and_their_events(db: str) -> None:
    found = json.loads(run("alerts", "--format", "json", "--db", db).stdout)
    assert [(a["rule"], a["actor"], a["recipient"], a["period"]) for a in found] == [
        ("spike", "AAA", "BBB", "2024-03-18"), ("first_conflict", "AAA", "BBB", "2024-03-25"), ("spike", "AAA", "BBB", "2024-03-25"),
        ("first_conflict", "CCC", "DDD", "2024-05-06"), ("threshold", "CCC", "DDD", "2024-05-06"), ("first_conflict", "FFF", "EEE", "2024-06-03")]
    assert all(a["event_ids"] for a in found)
    table = run("alerts", "--since", "2024-06-01", "--db", db)
    assert table.exit_code == 0 and "FFF→EEE" in table.stdout and "AAA→BBB" not in table.stdout


def test_plot_commands_write_pngs(db: str, tmp_path: Path) -> None:
    dyad = run("plot", "AAA", "BBB", "-o", str(tmp_path / "d.png"), "--db", db)
    assert dyad.exit_code == 0 and dyad.stdout.strip().endswith("13 weeks, 15 events")
    network = run("plot", "network", "-o", str(tmp_path / "n.png"), "--db", db)
    assert network.exit_code == 0 and "3 dyads among 6 actors" in network.stdout
    assert (tmp_path / "d.png").stat().st_size > 10_000 and (tmp_path / "n.png").stat().st_size > 10_000


TOMORROW = (date.today() + timedelta(days=1)).isoformat()


@pytest.mark.parametrize("args, code, message", [
    (["series", "ZZZ"], 1, "unknown actor code ZZZ: no stored event names it"),
    (["series", "BBB", "AAA"], 1, "no week-dated events for BBB→AAA in that range"),
    (["series", "AAA", "--since", "2024-03-02", "--until", "2024-03-01"], 2, "the range is empty"),
    (["series", "AAA", "--until", TOMORROW], 2, "is in the future"),
    (["series", "A-1"], 2, "is not an actor code"),
    (["alerts", "--since", "2025-01-01"], 1, "no alerts since 2025-01-01"),
    (["plot", "AAA", "-o", "x.png"], 2, "give ACTOR RECIPIENT"),
    (["series", "AAA", "--by", "year"], 2, "'year' is not one of"),
])
def test_bad_input_is_one_line_and_an_exit_code(db: str, args: list[str], code: int, message: str) -> None:
    result = run(*args, "--db", db)
    assert result.exit_code == code
    assert message in result.stderr and "Traceback" not in result.output
    if code == 1:
        assert len(result.stderr.strip().splitlines()) == 1


def test_an_empty_store_finds_nothing(db_url: str, tmp_path: Path) -> None:
    for args in (["series", "AAA"], ["alerts"], ["plot", "network", "-o", str(tmp_path / "n.png")]):
        result = run(*args, "--db", db_url)
        assert result.exit_code == 1 and result.stderr.strip().endswith("holds no events; store some with `flashpoint ingest` first")


def test_a_series_table_folds_a_long_run_of_empty_periods_and_csv_keeps_them(db_url: str) -> None:
    # a background event four centuries back: 21,000 empty weeks before the story's own
    with open_store(db_url) as store:
        for n, day in enumerate(["1592-04-13", "2012-05-07", "2012-05-21"]):
            doc = streams.Document(f"old-{n}", f"Article {n} about GGG and HHH on {day}.", published=day)
            streams.save(store, doc, streams.event(doc, "ACCUSE", "GGG", "HHH", day))
    table = run("series", "GGG", "--db", db_url)
    assert table.exit_code == 0 and "21,917 periods" in table.stdout and len(table.stdout.splitlines()) < 20
    assert "2012-05-14" in table.stdout  # a short quiet run stays visible
    frame = pd.read_csv(io.StringIO(run("series", "GGG", "--format", "csv", "--db", db_url).stdout))
    assert len(frame) == 21_921 and frame["reports"].sum() == 3


@pytest.mark.parametrize("command", [["series", "AAA", "BBB", "--format", "csv"], ["alerts", "--format", "json"]])
def test_series_and_alerts_answer_without_loading_pandas(db: str, command: list[str]) -> None:
    # pandas imports pyarrow, which took 6-17 s to load cold on a fresh machine: longer than the query itself
    script = ("import sys; from flashpoint.cli import main\n"
              f"main({[*command, '--db', db]!r}, standalone_mode=False)\n"
              "print('pandas' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "2024-03-25" in done.stdout and done.stdout.splitlines()[-1] == "False"
