"""Cost of the escalation monitor on synthetic stores: series and alerts on the largest, clustering at each size.

    .venv/bin/python benchmarks/monitor.py [--sizes 10000,100000,1000000] [--dir /tmp] [--reuse] [--postgres] [--bulk]

--reuse keeps a store already generated and clustered at that path (a 1M store takes tens of minutes to make);
opening it applies any pending migration, such as building the monitor's facts tables, and says how long that took.

--bulk writes the events as into a store made before the monitor's facts and then opens it, so that the migration
builds the facts set-wise (minutes for 10M events, where the triggers' row-by-row upkeep takes hours); clustering
and the queries then run with the triggers in place, as always.

Events are written straight into SQLite (not through the coder): 40 countries with a skewed choice of dyads,
dates over three years, three events per article, one article in twenty a syndicated copy of another, a fifth
of events claimed by a source. Each size is clustered in a child process so that its peak RSS is its own.

--postgres also copies the largest store, clustered, into a throwaway PostgreSQL server (tests/postgres.py) and
times the same queries there: the events' actors go in last, in one COPY, so the server's triggers build the
monitor's facts set-wise, with the clusters' weights already known.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import resource
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from flashpoint.monitor.aggregate import series
from flashpoint.monitor.alerts import alerts
from flashpoint.monitor.cluster import cluster_reports
from flashpoint.settings import Settings
from flashpoint.store import open_store

TYPES = {"CONSULT": (1, 2.5), "AGREE": (1, 2.5), "COOPERATE": (2, 9.5), "AID": (2, 10.0), "ACCUSE": (3, -3.0),
         "THREATEN": (3, -3.5), "MOBILIZE": (4, -5.5), "ASSAULT": (4, -9.0)}
COUNTRIES = [f"C{i:02d}" for i in range(40)]
START = date(2022, 1, 1)
WORDS = "the minister said talks troops border forces officials government capital agreement attack meeting".split()


def _article(rng: random.Random, n: int) -> str:
    return f"Story {n}: " + " ".join(rng.choice(WORDS) for _ in range(60))


FACT_TABLES = ["code_facts", "dyad_facts", "dyad_periods", "dyad_conflict_days"]  # and their triggers: migration 5


def generate(path: Path, count: int, seed: int = 7, bulk: bool = False) -> None:
    open_store(path).close()  # the schema, through the real migrations
    rng = random.Random(seed)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous=OFF")
    if bulk:  # the store as it was before the facts; opening it again below builds them
        for (trigger,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            db.execute(f"DROP TRIGGER {trigger}")
        for table in FACT_TABLES:
            db.execute(f"DROP TABLE {table}")
        db.execute("DELETE FROM schema_migrations WHERE version >= 5")
        db.execute("PRAGMA cache_size=-1000000")
    db.execute("BEGIN")
    texts: list[str] = []
    for doc in range(count // 3):
        if bulk and doc and doc % 100_000 == 0:  # commits let the write-ahead log be checkpointed as it goes
            db.execute("COMMIT")
            db.execute("BEGIN")
        day = (START + timedelta(days=rng.randrange(3 * 365))).isoformat()
        copy = texts and rng.random() < 0.05
        text = "Syndicated. " + rng.choice(texts[-50:]) if copy else _article(rng, doc)
        texts = (texts + [text])[-50:]
        doc_id = f"doc{doc}"
        db.execute("INSERT INTO documents (id, outlet, published, text, status, n_events, updated_at) VALUES (?, ?, ?, ?, 'coded', 3, '')",
                   (doc_id, f"outlet{rng.randrange(200)}", day, text))
        for k in range(3):
            event_type = rng.choice(list(TYPES))
            actor, recipient = (COUNTRIES[min(int(rng.paretovariate(1.2)) - 1, 39)] for _ in range(2))
            claimed = rng.random() < 0.2
            stance = {"stance": "claims"} if claimed else None
            event_id = f"{doc_id}-{k}"
            quad, score = TYPES[event_type]
            db.execute("INSERT INTO events VALUES (?, ?, ?, 'actual', ?, ?, ?, ?, ?)",
                       (event_id, doc_id, event_type, day, claimed, score, quad, json.dumps({"attribution": stance})))
            db.executemany("INSERT OR IGNORE INTO event_actors VALUES (?, ?, ?)", [(event_id, "actor", actor), (event_id, "recipient", recipient)])
    db.execute("COMMIT")
    db.close()
    if bulk:
        open_store(path).close()


def _cluster(path: Path, out: multiprocessing.Queue) -> None:
    with open_store(path) as store:
        started = time.perf_counter()
        run = cluster_reports(store, Settings())
        seconds = time.perf_counter() - started
    out.put((seconds, run.reports, run.new_clusters, run.peak_open, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def clustered(path: Path) -> tuple[float, int, int, int, float]:
    queue: multiprocessing.Queue = multiprocessing.Queue()
    child = multiprocessing.Process(target=_cluster, args=(path, queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def timed(label: str, call, repeat: int = 3) -> None:
    best = min(_once(call) for _ in range(repeat))
    print(f"  {label:42s} {best:7.3f} s")


def _once(call) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--dir", type=Path, default=Path("/tmp"))
    parser.add_argument("--reuse", action="store_true", help="keep stores already made in --dir")
    parser.add_argument("--postgres", action="store_true", help="also time the queries on PostgreSQL (needs it installed)")
    parser.add_argument("--bulk", action="store_true", help="build the facts after writing the events, set-wise (for 10M)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print("clustering (each size in a fresh child process)")
    for size in sizes:
        path = args.dir / f"flashpoint-monitor-{size}.db"
        if args.reuse and path.exists():
            started = time.perf_counter()
            with open_store(path) as store:
                reports = store.counts()["events"]
            print(f"  {reports:>9,} events  reused {path}, opened (migrations) in {time.perf_counter() - started:.1f} s")
            continue
        path.unlink(missing_ok=True)
        started = time.perf_counter()
        generate(path, size, bulk=args.bulk)
        made = time.perf_counter() - started
        seconds, reports, clusters, peak_open, rss = clustered(path)
        print(f"  {reports:>9,} events  generated {made:6.1f} s  clustered {seconds:7.1f} s = {1e6 * seconds / reports:5.1f} µs/event  "
              f"{clusters:,} clusters  peak open {peak_open:,}  peak RSS {rss:,.0f} MiB")
    print(f"series and alerts on {reports:,} events (best of 3)")
    queries(str(path))
    if args.postgres:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/postgres.py: the servers the tests start
        from tests.postgres import TempServer

        server = TempServer().start()
        try:
            url = server.database("monitor")
            started = time.perf_counter()
            copy_into_postgres(path, url)
            print(f"the same store on PostgreSQL (copied, facts built, in {time.perf_counter() - started:.1f} s; best of 3)")
            queries(url)
        finally:
            server.stop()
    print(f"peak RSS of this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")


def queries(location: str) -> None:
    with open_store(location) as store:
        last = store.db.execute("SELECT max(date) FROM events").fetchone()[0]
        recent = (date.fromisoformat(last) - timedelta(weeks=8)).isoformat()
        timed("series C00→C01 by week", lambda: series(store, "C00", "C01", by="week"))
        timed("series C00↔C01 by day, both ways", lambda: series(store, "C00", "C01", by="day", both=True))
        timed("series C00 (any recipient) by month", lambda: series(store, "C00", by="month"))
        timed(f"alerts since {recent}", lambda: alerts(store, since=recent))
        timed("alerts over all history", lambda: alerts(store), repeat=1)
        print(f"  {len(alerts(store, since=recent))} alerts since {recent}")


# in an order that satisfies the foreign keys; event_actors after the clusters, so the facts are built weighted
_COPIED = ["documents", "events", "clusters", "cluster_members", "document_sources", "event_actors"]


def copy_into_postgres(path: Path, url: str) -> None:
    """Every row the monitor reads, from the SQLite store at path into the empty PostgreSQL store at url."""
    source = sqlite3.connect(path)
    with open_store(url) as store:
        raw = store.raw  # type: ignore[attr-defined]
        with raw.transaction():
            for table in _COPIED:
                names = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
                with raw.cursor().copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
                    for row in source.execute(f"SELECT {', '.join(names)} FROM {table}"):
                        copy.write_row([bool(v) if name == "attributed" else v for name, v in zip(names, row)])
            raw.execute("SELECT setval(pg_get_serial_sequence('clusters', 'id'), (SELECT max(id) FROM clusters))")
        raw.execute("ANALYZE")
    source.close()


if __name__ == "__main__":
    main()
