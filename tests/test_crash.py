"""An ingest killed with SIGKILL at a random point, then resumed, stores exactly the event ids of an uninterrupted
run (issue 9): one transaction per document, and re-ingesting skips what is already stored."""

from __future__ import annotations

import gzip
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import shared_path, stored_documents

DOCS = 30


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """The first few dozen KCNA stories (read from ../shared at run time, never copied into the repository)."""
    path = tmp_path_factory.mktemp("crash") / "sample.jsonl"
    with gzip.open(shared_path("corpus", "kcna_2011_2012_en.jsonl.gz"), "rt", encoding="utf-8") as corpus:
        lines = [next(corpus) for _ in range(DOCS)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _ingest(source: Path, db: Path, *options: str) -> subprocess.Popen:
    command = [str(Path(sys.executable).parent / "flashpoint"), "ingest", str(source), "--db", str(db), "--published", "2012-01-01", *options]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _state(db: Path) -> tuple[list[str], dict[str, int]]:
    with sqlite3.connect(db) as connection:
        ids = sorted(r[0] for r in connection.execute("SELECT id FROM events"))
        per_doc = dict(connection.execute("SELECT id, n_events FROM documents WHERE status = 'coded'"))
        stored = dict(connection.execute("SELECT doc_id, count(*) FROM events GROUP BY doc_id"))
    assert {d: n for d, n in per_doc.items() if n} == stored  # every document's count matches its stored events
    return ids, per_doc


def test_sigkill_mid_ingest_then_resume_gives_the_same_event_ids(sample: Path, tmp_path: Path) -> None:
    whole = tmp_path / "whole.db"
    assert _ingest(sample, whole).wait(300) == 0
    expected, documents = _state(whole)
    assert len(documents) == DOCS and expected

    crashed = tmp_path / "crashed.db"
    # one document per batch on one process, so the stored count climbs one by one and the kill lands mid-run
    # (two workers with the default batch store all 30 in one burst, faster than the poll below can see)
    one_by_one = tmp_path / "one_by_one.yaml"
    one_by_one.write_text("batch_size: 1\n", encoding="utf-8")
    victim = _ingest(sample, crashed, "--workers", "1", "--settings", str(one_by_one))
    target = random.Random(os.getpid()).randint(1, DOCS - 2)  # kill after this many documents are stored
    deadline = time.monotonic() + 300
    while stored_documents(crashed) < target and victim.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    victim.send_signal(signal.SIGKILL)
    victim.wait(30)
    partial = stored_documents(crashed)
    assert partial < DOCS, "the ingest finished before it could be killed; lower the target"

    resumed = _ingest(sample, crashed)
    out, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err
    assert f"{partial} already stored (unchanged)" in out.decode()
    assert _state(crashed) == (expected, documents)
