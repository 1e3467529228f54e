"""Writing coded documents into the store: SQLite against PostgreSQL, as `flashpoint ingest` writes them.

    .venv/bin/python benchmarks/store_backends.py [--docs 1000] [--rounds 3] [--corpus ../shared/corpus/kcna_2011_2012_en.jsonl.gz]

Codes the corpus's first N stories once, then, in each round, writes them into a new SQLite file and into a new
database on a throwaway PostgreSQL server (tests/postgres.py) started with its durable defaults (fsync on, every
commit flushed, as SQLite's WAL store does): per document the `known` check and the one-transaction `save`
the ingest command makes. Prints the best round of each in documents/s and ms per document, and the ratio
(target: PostgreSQL within 1.5× of SQLite). PostgreSQL must be installed (initdb, pg_ctl) with the [postgres] extra.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.postgres: the servers the tests start

from benchmarks.throughput import DEFAULT_CORPUS, load  # noqa: E402  (namespace package: the repository root is on the path)
from flashpoint.pipeline import code_documents  # noqa: E402
from flashpoint.records import Coding  # noqa: E402
from flashpoint.settings import Settings  # noqa: E402
from flashpoint.store import open_store  # noqa: E402
from tests.postgres import TempServer  # noqa: E402


def ingest(location: str, codings: list[Coding]) -> float:
    """Seconds to write every coding as the ingest command does, the store opened (and migrated) beforehand."""
    with open_store(location) as store:
        started = time.perf_counter()
        for coding in codings:
            document = coding.document
            if document.text and store.known(document.id, document.content_hash, document.published) is not None:
                raise SystemExit(f"{location} already holds {document.id}")
            store.save(coding)
        seconds = time.perf_counter() - started
        counts = store.counts()
    assert counts.get("coded", 0) + counts.get("skipped", 0) + counts.get("failed", 0) == len(codings), counts
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    started = time.perf_counter()
    codings = list(code_documents(load(args.corpus, args.docs), Settings()))
    events = sum(len(c.events) for c in codings)
    print(f"coded {len(codings)} documents ({events} events) in {time.perf_counter() - started:.1f} s")
    server = TempServer(durable=True).start()
    best: dict[str, float] = {"sqlite": float("inf"), "postgresql": float("inf")}
    try:
        with tempfile.TemporaryDirectory() as folder:
            for round_ in range(args.rounds):  # interleaved, best of each: a busy neighbour slows both alike
                best["sqlite"] = min(best["sqlite"], ingest(str(Path(folder) / f"r{round_}.db"), codings))
                best["postgresql"] = min(best["postgresql"], ingest(server.database("bench"), codings))
    finally:
        server.stop()
    for name, seconds in best.items():
        print(f"  {name:10s} {seconds:6.2f} s  {len(codings) / seconds:7.0f} documents/s  {1000 * seconds / len(codings):5.2f} ms/document")
    print(f"  PostgreSQL / SQLite: {best['postgresql'] / best['sqlite']:.2f}× (target ≤ 1.5×)")


if __name__ == "__main__":
    main()
