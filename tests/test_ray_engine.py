"""`code --engine ray` (issue 13): on a local Ray cluster of 2 CPUs, started once for this module, the events and
statuses equal one process's, and loading the result into a store twice stores nothing new."""

from __future__ import annotations

import gzip
import json
from itertools import islice
from pathlib import Path

import pytest
from click.testing import CliRunner

from flashpoint.cli import main
from flashpoint.formats import Provenance, to_frame, to_parquet
from flashpoint.pipeline import code_documents
from flashpoint.ray_engine import connect, read_sources
from flashpoint.records import Document
from flashpoint.settings import Settings

from .conftest import shared_path

pytestmark = pytest.mark.ray
STORIES = 20


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Real KCNA stories (read from ../shared at run time): half in a JSONL shard with an empty and a malformed record
    among them, half in a Parquet shard."""
    pd = pytest.importorskip("pandas")
    with gzip.open(shared_path("corpus", "kcna_2011_2012_en.jsonl.gz"), "rt", encoding="utf-8") as corpus:
        records = [json.loads(line) for line in islice(corpus, STORIES)]
    folder = tmp_path_factory.mktemp("shards")
    lines = [json.dumps(r) for r in records[:STORIES // 2]]
    lines[3:3] = [json.dumps({"id": "empty", "text": " "}), '{"id": "broken", "text": "no closing quote}']
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pd.DataFrame(records[STORIES // 2:]).to_parquet(folder / "b.parquet")
    return [str(folder / "a.jsonl"), str(folder / "b.parquet")]


@pytest.fixture(scope="module")
def run(sources: list[str], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """One `code --engine ray` on 2 actors; the module's Ray is started here once and reused by every run in it."""
    ray = pytest.importorskip("ray")
    connect(ray, None, 2)
    out = tmp_path_factory.mktemp("ray") / "events.parquet"
    try:
        result = CliRunner().invoke(main, ["code", "--engine", "ray", *sources, "-o", str(out), "--workers", "2"])
    finally:
        ray.shutdown()
    assert result.exit_code == 0, result.output
    return out, out.with_name("events.status.parquet")


def test_ray_gives_the_events_and_statuses_of_one_process(sources: list[str], run: tuple[Path, Path], tmp_path: Path) -> None:
    import pandas as pd

    items = list(read_sources(sources, None, Settings().max_document_bytes))
    unreadable = [i for i in items if not isinstance(i, Document)]
    codings = unreadable + list(code_documents([i for i in items if isinstance(i, Document)], Settings(workers=1)))
    events = [e for c in codings for e in c.events]
    to_parquet(to_frame(events, {e.id: Provenance.of(c.document) for c in codings for e in c.events}), tmp_path / "one.parquet")

    events_out, statuses_out = run
    pd.testing.assert_frame_equal(pd.read_parquet(events_out), pd.read_parquet(tmp_path / "one.parquet"))
    statuses = pd.read_parquet(statuses_out)
    reasons = statuses["reason"].astype(object).where(statuses["reason"].notna(), None)
    assert list(zip(statuses["id"], statuses["status"], reasons, statuses["n_events"])) == \
        [(c.document.id, c.status, c.reason, len(c.events)) for c in codings]
    assert {c.status for c in codings} == {"coded", "skipped", "failed"} and len(events) > 10
    assert len(statuses) == STORIES + 2  # every input record has its row: the malformed one failed, the empty one skipped


def test_loading_twice_stores_nothing_new(run: tuple[Path, Path], tmp_path: Path) -> None:
    from flashpoint.store import open_store

    events_out, statuses_out = run
    db = tmp_path / "store.db"
    first = CliRunner().invoke(main, ["load", str(statuses_out), "--db", str(db)])
    assert first.exit_code == 0, first.output
    with open_store(db) as store:
        counts = store.counts()
        documents = {d["id"]: d["status"] for d in store.documents()}
        stored = sorted(e.id for e in store.events())
    import pandas as pd

    assert stored == sorted(pd.read_parquet(events_out)["id"])
    assert documents == dict(pd.read_parquet(statuses_out)[["id", "status"]].itertuples(index=False, name=None))
    again = CliRunner().invoke(main, ["load", str(statuses_out), "--db", str(db)])
    assert again.exit_code == 0 and f"{STORIES} already stored (unchanged)" in again.output
    with open_store(db) as store:
        assert store.counts() == counts and sorted(e.id for e in store.events()) == stored
        assert all(not store.versions(doc_id) for doc_id in documents)


def test_ray_options_need_the_ray_engine_and_an_output(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Iran warned Israel on Monday.", encoding="utf-8")
    local = CliRunner().invoke(main, ["code", str(story), "--address", "auto"])
    assert local.exit_code == 2 and "--address: only with --engine ray" in local.output
    no_output = CliRunner().invoke(main, ["code", "--engine", "ray", str(story)])
    assert no_output.exit_code == 2 and "give -o events.parquet" in no_output.output


def test_a_cluster_nobody_runs_is_one_line_at_once(tmp_path: Path) -> None:
    pytest.importorskip("ray")
    story = tmp_path / "story.txt"
    story.write_text("Iran warned Israel on Monday.", encoding="utf-8")
    out = tmp_path / "events.parquet"
    result = CliRunner().invoke(main, ["code", "--engine", "ray", str(story), "-o", str(out), "--address", "127.0.0.1:1"])
    assert result.exit_code == 2 and "cannot reach the Ray cluster at 127.0.0.1:1" in result.output
    assert not out.exists()
