"""Coding on several cores (issue 13): the same Codings, in the same order, as one process; one writer stores them."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import pytest
from click.testing import CliRunner

from flashpoint.cli import main
from flashpoint.ingest.clean import clean_text
from flashpoint.pipeline import code_documents
from flashpoint.records import Document
from flashpoint.settings import Settings

from .conftest import shared_path

STORIES = 24


@pytest.fixture(scope="module")
def stories() -> list[Document]:
    """The first KCNA stories (read from ../shared at run time), with documents that end skipped or failed among them."""
    with gzip.open(shared_path("corpus", "kcna_2011_2012_en.jsonl.gz"), "rt", encoding="utf-8") as corpus:
        records = [json.loads(line) for line in islice(corpus, STORIES)]
    documents = [Document(r["id"], clean_text(r["text"]), r.get("title"), r.get("url"), r.get("published")) for r in records]
    documents.insert(3, Document("empty", "   "))
    documents.insert(9, Document("spanish", "El gobierno anunció el lunes que suspenderá las negociaciones con los rebeldes en la capital."))
    documents.insert(15, Document("bad-date", "Iran warned Israel.", published="the day after"))
    return documents


def test_two_workers_give_what_one_gives_in_input_order(stories: list[Document]) -> None:
    one = list(code_documents(stories, Settings(workers=1, batch_size=4)))
    two = list(code_documents(stories, Settings(workers=2, batch_size=4)))
    assert [c.document.id for c in two] == [d.id for d in stories]
    assert [(c.status, c.reason, c.events) for c in two] == [(c.status, c.reason, c.events) for c in one]
    assert {c.status for c in one} == {"coded", "skipped", "failed"} and sum(len(c.events) for c in one) > 10


def _ingest(source: Path, db: Path, workers: int) -> subprocess.Popen:
    command = [str(Path(sys.executable).parent / "flashpoint"), "ingest", str(source), "--db", str(db), "--workers", str(workers)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _rows(db: Path) -> tuple[list[tuple], list[tuple]]:
    with sqlite3.connect(db) as connection:
        documents = connection.execute("SELECT id, status, reason, n_events FROM documents ORDER BY id").fetchall()
        events = connection.execute("SELECT id, doc_id, event_type FROM events ORDER BY id").fetchall()
    return documents, events


def test_ingest_with_workers_stores_what_one_process_stores_and_never_twice(stories: list[Document], tmp_path: Path) -> None:
    source, settings = tmp_path / "in.jsonl", tmp_path / "settings.yaml"
    source.write_text("".join(json.dumps({"id": d.id, "text": d.text, "published": d.published}) + "\n" for d in stories[:12]))
    settings.write_text("batch_size: 4\n")  # three batches: the workers get one each

    def ingest(db: Path, workers: int) -> str:
        result = CliRunner().invoke(main, ["--settings", str(settings), "ingest", str(source), "--db", str(db), "--workers", str(workers)])
        assert result.exit_code == 0, result.output
        return result.stdout

    single, parallel = tmp_path / "one.db", tmp_path / "two.db"
    ingest(single, 1)
    ingest(parallel, 2)
    assert _rows(parallel) == _rows(single)
    again = ingest(parallel, 2)
    assert again.startswith("0 documents coded") and "already stored (unchanged)" in again and _rows(parallel) == _rows(single)


def _children(pid: int) -> list[int]:
    children = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            children += [int(c) for c in (task / "children").read_text().split()]
        except FileNotFoundError:  # a thread that ended while we listed them
            continue
    return children


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads child processes from Linux's /proc")
def test_workers_end_when_the_ingest_is_killed(stories: list[Document], tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"{d.id}-{n}", "text": d.text}) + "\n" for n in range(4) for d in stories))
    victim = _ingest(source, tmp_path / "killed.db", 2)
    try:
        deadline = time.monotonic() + 120
        while len(workers := _children(victim.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(workers) >= 2
    except BaseException:
        victim.kill()  # never left running for a later test to take its ingest for a worker
        raise
    victim.send_signal(signal.SIGKILL)
    victim.wait(30)
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers), "orphaned workers went on coding after their ingest was killed"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    return status.exists() and status.read_text().split(") ")[-1][:1] != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads child processes from Linux's /proc")
def test_a_killed_worker_fails_its_documents_with_a_reason_and_the_run_goes_on(stories: list[Document]) -> None:
    settings = Settings(workers=2, batch_size=2)
    one = list(code_documents(stories, settings.model_copy(update={"workers": 1})))
    codings = code_documents(stories, settings)
    got = [next(codings)]
    os.kill(_children(os.getpid())[0], signal.SIGKILL)
    got += list(codings)
    assert [c.document.id for c in got] == [d.id for d in stories]
    lost = [c for c in got if c.status == "failed" and "worker process" in (c.reason or "")]
    assert [(c.status, c.events) for c in got if c not in lost] == [(c.status, c.events) for c in one if c.document.id not in {x.document.id for x in lost}]
    assert 0 < len(lost) <= settings.batch_size  # the oldest unfinished batch; the others go to fresh workers
