"""Analyst-ready output: typed columns that survive pandas and DuckDB, dyadic rows, PLOVER JSON and POLECAT TSV."""

from __future__ import annotations

import csv
import subprocess
import sys
import io
import json
from datetime import date
from pathlib import Path

import duckdb
import jsonschema
import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

from flashpoint.cli import main
from flashpoint.events import lexicon, ontology
from flashpoint.exchange import POLECAT_COLUMNS, plover_schema
from flashpoint.formats import COLUMN_TYPES, FLAT_COLUMNS, dyads
from flashpoint.records import Document

from .conftest import REPO
from .streams import actor, event

# Two outlets report the same shelling; one article also dates events to a month and to a year; one has no date.
ARTICLES = [
    {"id": "wire-one", "outlet": "Wire One", "url": "https://example.org/one", "title": "Shelling in Kharkiv",
     "published": "2024-03-20",
     "text": "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday. In January, Iran threatened Israel with "
             "retaliation. Chinese and French diplomats held talks in Beijing. In 2019, Japan agreed to send aid to the Philippines."},
    {"id": "wire-two", "outlet": "Wire Two", "url": "https://example.org/two", "title": "Kharkiv shelled", "published": "2024-03-20",
     "text": "Russian troops shelled Kharkiv in Ukraine on Tuesday. Turkey and Egypt condemned Iran and Iraq."},
    {"id": "undated", "outlet": "Wire Three", "text": "Chile and Peru signed a fisheries agreement in Lima."},  # no publication date
]


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    (folder / "in.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES))
    path = folder / "events.db"
    assert run("ingest", str(folder / "in.jsonl"), "--db", str(path)).exit_code == 0
    return path


def export(db: Path, tmp_path: Path, fmt: str, *extra: str) -> Path:
    out = tmp_path / f"events.{fmt}"
    result = run("export", "--db", str(db), "--format", fmt, "-o", str(out), *extra)
    assert result.exit_code == 0, result.output
    return out


def test_parquet_round_trips_through_duckdb_and_pandas_with_its_types(db: Path, tmp_path: Path) -> None:
    out = export(db, tmp_path, "parquet")
    described = {row[0]: row[1] for row in duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{out}')").fetchall()}
    expected = {"date": "DATE", "int": "BIGINT", "float": "DOUBLE", "string": "VARCHAR"}
    assert described == {column: expected[kind] for column, kind in COLUMN_TYPES.items()}
    month = duckdb.sql(f"SELECT date_start, date_end FROM read_parquet('{out}') WHERE date_precision = 'month'").fetchall()
    assert (date(2024, 1, 1), date(2024, 1, 31)) in month
    year = duckdb.sql(f"SELECT date_start, date_end FROM read_parquet('{out}') WHERE date_precision = 'year'").fetchall()
    assert (date(2019, 1, 1), date(2019, 12, 31)) in year
    frame = pd.read_parquet(out)
    assert list(frame.columns) == FLAT_COLUMNS
    dated = frame[frame["date"].notna()]
    assert dated["date_start"].notna().all() and (dated["date_start"] <= dated["date_end"]).all()
    assert frame.loc[frame["date"].isna(), "date_start"].isna().all()
    assert set(frame["cameo_root"].str.len()) == {2} and "04" in set(frame["cameo_root"])  # CONSULT keeps its zero
    assert str(frame["cluster_reports"].dtype) == "Int64"


def test_csv_reads_back_with_the_documented_types(db: Path, tmp_path: Path) -> None:
    out = export(db, tmp_path, "csv")
    frame = pd.read_csv(out, dtype={"cameo_root": str}, parse_dates=["date_start", "date_end", "doc_published"])
    assert str(frame["date_start"].dtype).startswith("datetime64") and frame["cameo_root"].str.len().eq(2).all()
    # the whole file, all precisions, casts to DATE (a year- or month-precision `date` alone would not)
    nulls = duckdb.sql(f"SELECT count(*) FILTER (WHERE date IS NOT NULL AND try_cast(date_start AS DATE) IS NULL) FROM read_csv('{out}', all_varchar=true)").fetchall()
    assert nulls == [(0,)]
    assert duckdb.sql(f"SELECT typeof(cameo_root) FROM read_csv('{out}', types={{'cameo_root': 'VARCHAR'}}) LIMIT 1").fetchall() == [("VARCHAR",)]


def test_document_and_cluster_columns(db: Path, tmp_path: Path) -> None:
    frame = pd.read_parquet(export(db, tmp_path, "parquet"))
    shelling = frame[(frame["event_type"] == "ASSAULT") & (frame["actor"] == "RUS")]
    assert set(shelling["doc_outlet"]) == {"Wire One", "Wire Two"}
    assert set(shelling["doc_url"]) == {"https://example.org/one", "https://example.org/two"}
    assert shelling["cluster_id"].nunique() == 1 and set(shelling["cluster_reports"]) == {2} and set(shelling["cluster_outlets"]) == {2}
    assert set(frame["doc_published"].dropna()) == {date(2024, 3, 20)} and set(frame["doc_outlet"]) == {"Wire One", "Wire Two", "Wire Three"}


def test_dyadic_gives_one_row_per_code_pair(db: Path, tmp_path: Path) -> None:
    frame = pd.read_csv(export(db, tmp_path, "csv", "--dyadic"), dtype={"cameo_root": str})
    condemned = frame[frame["event_type"] == "ACCUSE"]
    assert sorted(zip(condemned["actor"], condemned["recipient"])) == [("EGY", "IRN"), ("EGY", "IRQ"), ("TUR", "IRN"), ("TUR", "IRQ")]
    assert condemned["id"].nunique() == 1  # the rows of one event share its id
    assert not frame["actor"].fillna("").str.contains(r"\+").any()


def test_dyads_keep_each_partys_sector_and_an_event_without_recipient() -> None:
    doc = Document("d", "Aaaaa bbbbb ccccc")
    one = event(doc, "ASSAULT", "AAA", "BBB", "2024-01-02")
    two = one.model_copy(update={"actor": [actor("AAA"), actor("CCC").model_copy(update={"sector": "MIL"})], "recipient": []})
    rows = list(dyads(two))
    assert [(r["actor"], r["actor_sector"], r["recipient"]) for r in rows] == [("AAA", None, None), ("CCC", "MIL", None)]


def test_dyadic_is_refused_where_it_has_no_meaning(db: Path, tmp_path: Path) -> None:
    result = run("export", "--db", str(db), "--format", "plover", "--dyadic", "-o", str(tmp_path / "x"))
    assert result.exit_code == 2 and "--dyadic applies to csv and parquet" in result.output


def test_plover_records_validate_against_the_schema_from_the_manual(db: Path, tmp_path: Path) -> None:
    records = [json.loads(line) for line in export(db, tmp_path, "plover").read_text().splitlines()]
    assert records
    validator = jsonschema.Draft202012Validator(plover_schema(), format_checker=jsonschema.FormatChecker())
    for record in records:
        validator.validate(record)
    assert any(r["date"] is None for r in records)  # the undated article's events: "date" present, null
    month = next(r for r in records if r["flashpoint"]["date_precision"] == "month")
    assert (month["date"], month["enddate"]) == ("2024-01-01", "2024-01-31")
    shelling = [r for r in records if r["event"] == ["ASSAULT"] and [a["code"] for a in r["actor"]] == ["RUS"]]
    assert len(shelling) == 2 and len({r["link"] for r in shelling}) == 1  # two outlets, one cluster


def test_plover_schema_follows_the_ontology_and_rejects_what_is_not_plover() -> None:
    raw = yaml.safe_load((REPO / "flashpoint" / "events" / "data" / "plover.yaml").read_text())
    schema = plover_schema()
    assert schema["properties"]["event"]["items"]["enum"] == list(raw["categories"])
    assert schema["properties"]["context"]["items"]["enum"] == list(raw["contexts"])
    modes = {m for c in raw["categories"].values() for m in c["modes"]} | set(raw["auxiliary_modes"])
    assert set(schema["properties"]["mode"]["items"]["enum"]) == modes
    good = {"id": "x", "date": "2024-01-02", "actor": [{"code": "USA"}], "event": ["CONSULT"], "context": ["diplomatic"]}
    jsonschema.validate(good, schema)
    for bad in ({"context": ["humanitarian"]}, {"event": ["CHAT"]}, {"quad_code": 5}, {"date": "2024-01"}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(good | bad, schema)


def test_contexts_are_plover_contexts_only() -> None:
    known = set(ontology.load().contexts)
    lex = lexicon.load()
    used = {c for table in (lex.verbs, lex.nouns) for senses in table.values() for s in senses for c in s.contexts}
    assert used <= known, f"not PLOVER contexts: {sorted(used - known)}"


def test_polecat_tsv_has_the_layout_one_row_per_pair(db: Path, tmp_path: Path) -> None:
    text = export(db, tmp_path, "polecat").read_text()
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    assert text.splitlines()[0].split("\t") == POLECAT_COLUMNS and len(POLECAT_COLUMNS) == 40
    condemned = [r for r in rows if r["Event Type"] == "ACCUSE"]
    assert sorted((r["Actor Country"], r["Recipient Country"]) for r in condemned) == [("EGY", "IRN"), ("EGY", "IRQ"), ("TUR", "IRN"), ("TUR", "IRQ")]
    assert {r["Source"] for r in rows} == {"Wire One", "Wire Two", "Wire Three"} and {r["Publication Date"] for r in rows} == {"2024-03-20", ""}
    empty = {"Actor COW", "Recipient COW", "Actor Title", "Recipient Title", "Wikipedia Actor ID", "Wikipedia Recipient ID",
             "City", "District", "Province", "Latitude", "Longitude", "GeoNames ID", "Feature Type",
             "Story People", "Story Organizations", "Story Locations"}
    assert all(not r[c] for r in rows for c in empty)
    readme = (REPO / "README.md").read_text()
    assert all(f"`{c}`" in readme for c in empty), "the README's POLECAT section names every column left empty"


@pytest.mark.parametrize(("missing", "command", "extra"), [
    ("pyarrow", ["export", "--format", "parquet", "-o", "OUT"], "parquet"),
    ("matplotlib", ["plot", "network", "-o", "OUT"], "plot"),
])
def test_a_missing_extra_is_named_in_one_line(db: Path, tmp_path: Path, missing: str, command: list[str], extra: str) -> None:
    """As in a core install (`pip install flashpoint`), where the module of an optional extra cannot be imported."""
    probe = f"import sys; sys.modules[{missing!r}] = None; from flashpoint.cli import main; main()"
    args = [str(tmp_path / "out") if a == "OUT" else a for a in command] + ["--db", str(db)]
    result = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and f"needs the optional [{extra}] extra" in result.stderr
    assert f"pip install 'flashpoint[{extra}]'" in result.stderr and not (tmp_path / "out").exists()
