"""Latency of the API and the overview page on a synthetic store (the monitor benchmark's generator).

    .venv/bin/python benchmarks/api.py [--events 1000000] [--dir /tmp] [--requests 40] [--reuse]

The store is made by benchmarks/monitor.py's generate(); its events then get a full schema-v1 JSON record (built
in SQL), are clustered, and a real `flashpoint serve` answers over HTTP on 127.0.0.1. Each filtered /api/events
query is asked `--requests` times, the first page and pages further on through the cursor; the figures are the
p50 and p95 of the whole request as a client sees it. Pages are timed five times: the first computes (the overview
and alerts are then kept until the store changes), the others show what later visitors wait. The server prepares
the default overview when it starts, so the overview is also timed for another window, which nobody prepared.
Targets: filtered page p95 <= 150 ms, overview <= 1 s.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

from flashpoint.monitor.cluster import cluster_reports
from flashpoint.store import open_store
from monitor import generate  # benchmarks/ is run as a script folder

FLASHPOINT = str(Path(sys.executable).parent / "flashpoint")

# A schema-v1 event from the generator's columns: codes from event_actors, the sentence from the article.
FULL_RECORD = """UPDATE events SET json = json_object(
    'id', id, 'doc_id', doc_id, 'event_type', event_type, 'mode', NULL, 'contexts', json('[]'),
    'actor', json_array(json_object('text', a, 'code', a, 'sector', NULL, 'name', NULL, 'start', 0, 'end', 3)),
    'recipient', json_array(json_object('text', r, 'code', r, 'sector', NULL, 'name', NULL, 'start', 4, 'end', 7)),
    'attribution', CASE WHEN attributed THEN json_object('source', NULL, 'cue', 'said', 'stance', 'claims') END,
    'modality', modality, 'date', date, 'date_text', NULL, 'date_precision', 'day', 'location', NULL, 'quantities', json('[]'),
    'trigger', json_object('text', 'Story', 'start', 0, 'end', 5), 'sentence', json_object('text', sentence, 'start', 0, 'end', length(sentence)),
    'score', score, 'quad', quad, 'cameo_root', '00', 'confidence', 0.9, 'produced_by', 'rule:bench.v1')
FROM (SELECT e.id AS eid, max(CASE WHEN x.role = 'actor' THEN x.code END) AS a, max(CASE WHEN x.role = 'recipient' THEN x.code END) AS r,
             substr(d.text, 1, 160) AS sentence
      FROM events e JOIN event_actors x ON x.event_id = e.id JOIN documents d ON d.id = e.doc_id GROUP BY e.id)
WHERE events.id = eid"""

QUERIES = {
    "actor": {"actor": "C03"},
    "actor + type": {"actor": "C00", "type": "ASSAULT"},
    "dyad": {"actor": "C01", "recipient": "C00"},
    "one month": {"since": "2023-06-01", "until": "2023-06-30"},
    "claimed, type, 2024": {"attributed": "true", "type": "THREATEN", "since": "2024-01-01"},
    "text search": {"q": "agreement attack", "actor": "C02"},
}


def build(path: Path, count: int) -> None:
    started = time.perf_counter()
    generate(path, count)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(FULL_RECORD)
    db.close()
    with open_store(path) as store:
        run = cluster_reports(store)
    print(f"store: {run.reports:,} events, {run.new_clusters:,} clusters, built and clustered in {time.perf_counter() - started:.0f} s")


def timed(client: httpx.Client, url: str, params: dict[str, str]) -> tuple[float, httpx.Response]:
    started = time.perf_counter()
    response = client.get(url, params=params)
    elapsed = time.perf_counter() - started
    response.raise_for_status()
    return elapsed, response


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * len(ordered))) - 1)]
    return f"p50 {1000 * statistics.median(ordered):6.1f} ms  p95 {1000 * p95:6.1f} ms"


def measure(base: str, requests: int) -> None:
    with httpx.Client(base_url=base, timeout=60) as client:
        floor = [timed(client, "/static/app.css", {})[0] for _ in range(requests)]
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; a static file (the server's floor): {percentiles(floor)}")
        everything: list[float] = []
        print(f"GET /api/events, limit 50, {requests} requests each (half first pages, half pages reached by the cursor)")
        for name, params in QUERIES.items():
            samples, cursor = [], None
            for i in range(requests):
                page_params = {**params, "limit": "50", **({"cursor": cursor} if cursor and i % 2 else {})}
                elapsed, response = timed(client, "/api/events", page_params)
                samples.append(elapsed)
                cursor = response.json()["next_cursor"] or cursor
            everything += samples
            print(f"  {name:22s} {percentiles(samples)}")
        print(f"  {'all filtered pages':22s} {percentiles(everything)}")
        until = client.get("/api/overview").json()["until"]
        shifted = {"since": (date.fromisoformat(until) - timedelta(days=182)).isoformat(), "until": until}  # not the default window
        for label, url, params in [("overview page /", "/", {}), ("overview, another window", "/", shifted),
                                   ("/api/dyads", "/api/dyads", {}), ("dyad page /dyads/C00/C01", "/dyads/C00/C01", {}),
                                   ("/api/alerts", "/api/alerts", {})]:
            samples = [timed(client, url, params)[0] for _ in range(5)]
            print(f"  {label:26s} first {samples[0]:6.3f} s  then median {statistics.median(samples[1:]):6.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp"))
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--reuse", action="store_true", help="measure the store an earlier run built, if it is there")
    args = parser.parse_args()
    path = args.dir / f"flashpoint-api-{args.events}.db"
    if not (args.reuse and path.exists()):
        path.unlink(missing_ok=True)
        build(path, args.events)
    server = subprocess.Popen([FLASHPOINT, "serve", "--db", str(path), "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        base = re.search(r"http://127\.0\.0\.1:\d+", server.stdout.readline()).group(0)  # type: ignore[union-attr]
        measure(base, args.requests)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
