"""The monitor's facts tables, kept by triggers as events, actors and clusters are written, answer what a
straightforward recomputation over the events answers, on randomised stores and after the migration builds them."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
import pytest

from flashpoint.monitor import aggregate
from flashpoint.monitor import alerts as alert_rules
from flashpoint.monitor.aggregate import WEIGHT_SQL, series, weights
from flashpoint.monitor.alerts import Alert, alerts
from flashpoint.monitor.cluster import cluster_reports
from flashpoint.records import Coding, Document
from flashpoint.settings import Settings
from flashpoint.store import open_store

from .. import streams
from ..streams import actor

CODES = ["AAA", "BBB", "CCC", "DDD"]
MODALITIES = ["actual"] * 6 + ["future", "hypothetical", "negated", "historical"]
SETTINGS = Settings(spike_baseline_periods=3, spike_min_std=0.5, spike_z=1.5, escalation_threshold=-4.0, first_conflict_days=20)
_JOIN = "LEFT JOIN cluster_members m ON m.event_id = e.id LEFT JOIN clusters c ON c.id = m.cluster_id"
_PERIOD = {"day": ("e.date", 10), "week": ("date(e.date, '-6 days', 'weekday 1')", 10), "month": ("substr(e.date, 1, 7)", 7)}


def _day(rng: random.Random) -> str | None:
    when = (date(2024, 1, 1) + timedelta(days=rng.randrange(150))).isoformat()
    return rng.choices([when, when[:7], when[:4], None], weights=[20, 2, 1, 1])[0]


def _codes(rng: random.Random, at_least: int) -> list[str]:
    return rng.sample(CODES, rng.choices([0, 1, 2], weights=[1, 8, 2])[0] or at_least)


def _document(rng: random.Random, n: int, version: int = 0) -> Coding:
    doc = Document(f"d{n:03d}", f"Report {n}, version {version}: " + " ".join(rng.choice(["talks", "troops", "border", "aid"]) for _ in range(12)),
                   outlet=f"outlet{rng.randrange(4)}", published="2024-06-01")
    events = []
    for k in range(rng.randrange(4)):
        made = streams.event(doc, rng.choice(list(streams.PLOVER)), "AAA", "BBB", "2024-01-01", at=k,
                             modality=rng.choice(MODALITIES), claimed_by="CCC" if rng.random() < 0.3 else None)
        events.append(made.model_copy(update={"date": _day(rng), "actor": [actor(c) for c in _codes(rng, 1)],
                                              "recipient": [actor(c, 10) for c in _codes(rng, 0)]}))
    return Coding(doc, "coded", events)


def _random_store(path, seed: int):
    """Documents saved, clustered, partly replaced by new versions (their events deleted) and clustered again."""
    rng = random.Random(seed)
    store = open_store(path)
    for n in range(120):
        store.save(_document(rng, n))
    cluster_reports(store, SETTINGS)
    for n in rng.sample(range(120), 20):
        store.save(_document(rng, n, version=1))
    for n in range(120, 160):
        store.save(_document(rng, n))
    cluster_reports(store, SETTINGS)
    return store


# ---------- the recomputation: every query straight over events, event_actors and clusters ---------------
def _reference_series(store, actor_code: str, recipient: str | None, by: str, both: bool, since: str | None, until: str | None) -> pd.DataFrame:
    label, precision = _PERIOD[by]
    selected = aggregate.dyad_sql(recipient, both)
    sql = f"""SELECT {label} AS period, count(*), count(DISTINCT coalesce(m.cluster_id, -e.rowid)), sum(e.quad = 1), sum(e.quad = 2),
        sum(e.quad = 3), sum(e.quad = 4), sum(coalesce(e.score, 0)), avg(e.score), sum(NOT e.attributed), sum(e.attributed), sum({WEIGHT_SQL})
        FROM events e {_JOIN} WHERE e.id IN ({selected}) AND length(e.date) >= :precision AND e.date >= :since AND e.date <= :until
        GROUP BY period ORDER BY period"""
    params = {"actor": actor_code, "recipient": recipient, "precision": precision, "since": since or "", "until": until or "9999",
              **weights(SETTINGS)}
    found = pd.DataFrame(store.db.execute(sql, params).fetchall(), columns=["period", *aggregate.SERIES_COLUMNS]).set_index("period")
    if found.empty:
        return found
    filled = found.reindex(aggregate.period_labels(since or str(found.index[0]), until or str(found.index[-1]), by))
    counts = [c for c in aggregate.SERIES_COLUMNS if c not in ("score_sum", "score_mean", "escalation")]
    filled[counts] = filled[counts].fillna(0).astype(int)
    filled[["score_sum", "escalation"]] = filled[["score_sum", "escalation"]].fillna(0.0)
    filled.index.name = "period"
    return filled


def _reference_dyad_index(store, by: str, start: str, settings: Settings) -> alert_rules.DyadIndex | None:
    label, precision = _PERIOD[by]
    sql = f"""SELECT a.code, r.code, {label}, sum({WEIGHT_SQL}) FROM events e
        JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor' JOIN event_actors r ON r.event_id = e.id AND r.role = 'recipient'
        {_JOIN} WHERE e.date >= :start AND length(e.date) >= :precision GROUP BY 1, 2, 3"""
    rows = store.db.execute(sql, {"start": start, "precision": precision, **weights(settings)}).fetchall()
    long = pd.DataFrame(rows, columns=["actor", "recipient", "period", "escalation"])
    if long.empty:
        return None
    wide = long.pivot(index="period", columns=["actor", "recipient"], values="escalation")
    wide = wide.reindex(aggregate.period_labels(wide.index.min(), wide.index.max(), by))
    return alert_rules.DyadIndex(list(wide.index), list(wide.columns), wide.to_numpy())


def _reference_first_conflicts(store, since: str | None, settings: Settings) -> list[Alert]:
    """Walk every actual material-conflict event of each dyad in date order; alert on a day after a long enough gap."""
    gap = settings.first_conflict_days
    start = (date.fromisoformat(since) - timedelta(days=gap)).isoformat() if since else ""
    sql = """SELECT a.code, r.code, substr(e.date, 1, 10), e.id, e.attributed, coalesce(e.score, 0) FROM events e
        JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor' JOIN event_actors r ON r.event_id = e.id AND r.role = 'recipient'
        WHERE e.quad = 4 AND e.modality = 'actual' AND e.date >= ? ORDER BY 1, 2, 3, e.id"""
    first_day = {4: "-01-01", 7: "-01"}
    out: list[Alert] = []
    last_seen: dict[tuple[str, str], str] = {}
    for actor_code, recipient, when, event_id, attributed, score in store.db.execute(sql, (start,)):
        previous, last_seen[(actor_code, recipient)] = last_seen.get((actor_code, recipient)), when
        if since and when < since:
            continue
        if out and (out[-1].actor, out[-1].recipient, out[-1].period) == (actor_code, recipient, when):
            first = out.pop()
            out.append(Alert("first_conflict", actor_code, recipient, when, first.value + score, first.message, (*first.event_ids, event_id)))
        elif previous is None or (date.fromisoformat(when + first_day.get(len(when), "")) - date.fromisoformat(previous + first_day.get(len(previous), ""))).days > gap:
            claimed = " (claimed by a source, not asserted)" if attributed else ""
            message = f"{actor_code}→{recipient} first material-conflict event in {gap} days on {when}{claimed}"
            out.append(Alert("first_conflict", actor_code, recipient, when, score, message, (event_id,)))
    return out


def _same_alerts(found: list[Alert], expected: list[Alert]) -> None:
    assert [(a.rule, a.actor, a.recipient, a.period, a.message, a.event_ids) for a in found] == \
        [(a.rule, a.actor, a.recipient, a.period, a.message, a.event_ids) for a in expected]
    assert [a.value for a in found] == pytest.approx([a.value for a in expected], abs=1e-9)


def _check(store, monkeypatch) -> None:
    for actor_code, recipient in [("AAA", "BBB"), ("BBB", "AAA"), ("CCC", None), ("AAA", "AAA"), ("DDD", "CCC")]:
        for by in ("day", "week", "month"):
            for both in (False, True):
                for since, until in [(None, None), ("2024-02-05", "2024-04-30")]:
                    found = series(store, actor_code, recipient, by=by, both=both, since=since, until=until, settings=SETTINGS)
                    pd.testing.assert_frame_equal(found, _reference_series(store, actor_code, recipient, by, both, since, until),
                                                  check_exact=False, rtol=1e-9, check_dtype=False, check_index_type=False)
    fast = {since: alerts(store, since=since, settings=SETTINGS) for since in (None, "2024-03-04")}
    monkeypatch.setattr(alert_rules, "_dyad_index", _reference_dyad_index)
    monkeypatch.setattr(alert_rules, "_first_conflicts", _reference_first_conflicts)
    for since, found in fast.items():
        expected = alerts(store, since=since, settings=SETTINGS)
        assert {a.rule for a in expected} == {"spike", "threshold", "first_conflict"}  # every rule is compared
        _same_alerts(found, expected)
    monkeypatch.undo()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_facts_answer_as_the_events_do(tmp_path, monkeypatch, seed: int) -> None:
    with _random_store(tmp_path / "events.db", seed) as store:
        _check(store, monkeypatch)


def test_the_migration_builds_the_facts_of_a_store_made_before_them(tmp_path, monkeypatch) -> None:
    path = tmp_path / "events.db"
    with _random_store(path, 4) as store:
        before = (series(store, "AAA", "BBB", settings=SETTINGS), alerts(store, settings=SETTINGS))
        for (name,) in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():  # only the facts have triggers
            store.db.execute(f"DROP TRIGGER {name}")
        for name in ("code_facts", "dyad_facts", "dyad_periods", "dyad_conflict_days"):
            store.db.execute(f"DROP TABLE {name}")
        store.db.execute("DELETE FROM schema_migrations WHERE version = 5")
    with open_store(path) as store:
        assert 5 in {v for (v,) in store.db.execute("SELECT version FROM schema_migrations")}
        pd.testing.assert_frame_equal(series(store, "AAA", "BBB", settings=SETTINGS), before[0], check_exact=False, rtol=1e-9)
        _same_alerts(alerts(store, settings=SETTINGS), before[1])
        _check(store, monkeypatch)


def _rows(store, sql: str) -> list[tuple]:
    """Rows in a comparable form: truth values as 0/1, numbers rounded past float noise."""
    return sorted(tuple(round(v, 9) if isinstance(v, float) else int(v) if isinstance(v, bool) else v for v in row)
                  for row in store.db.execute(sql).fetchall())


@pytest.mark.parametrize("seed", [1, 2])
def test_postgresql_keeps_the_facts_and_answers_as_sqlite(tmp_path, postgres_server, seed: int) -> None:
    """The same random store, with new versions and two clustering runs, on both backends: PostgreSQL's triggers
    leave the same facts tables as SQLite's, and series and alerts agree."""
    with _random_store(tmp_path / "events.db", seed) as lite, _random_store(postgres_server.database(), seed) as server:
        for table in ("code_facts", "dyad_facts", "dyad_periods", "dyad_conflict_days", "clusters", "cluster_members"):
            assert _rows(server, f"SELECT * FROM {table}") == _rows(lite, f"SELECT * FROM {table}"), table
        for actor_code, recipient in [("AAA", "BBB"), ("CCC", None), ("AAA", "AAA")]:
            for by in ("day", "week", "month"):
                for both in (False, True):
                    pd.testing.assert_frame_equal(series(server, actor_code, recipient, by=by, both=both, settings=SETTINGS),
                                                  series(lite, actor_code, recipient, by=by, both=both, settings=SETTINGS),
                                                  check_exact=False, rtol=1e-9, check_dtype=False)
        for since in (None, "2024-03-04"):
            expected = alerts(lite, since=since, settings=SETTINGS)
            assert {a.rule for a in expected} == {"spike", "threshold", "first_conflict"}
            _same_alerts(alerts(server, since=since, settings=SETTINGS), expected)


def test_postgresql_pairs_actors_and_recipients_that_arrive_in_separate_statements(tmp_path, postgres_server) -> None:
    """A store copied table by table (as the monitor benchmark copies one), with every actor in one statement and
    every recipient in a later one, ends with the facts that saving document by document leaves."""
    with _random_store(tmp_path / "events.db", 5) as lite, open_store(postgres_server.database()) as server:
        for table in ("documents", "events", "clusters", "cluster_members"):
            # not which cluster confirmed which (it may name a later one; the facts never read it)
            names = [row[1] for row in lite.db.execute(f"PRAGMA table_info({table})").fetchall() if row[1] != "confirmed_by"]
            rows = [[bool(v) if name == "attributed" else v for name, v in zip(names, row)]
                    for row in lite.db.execute(f"SELECT {', '.join(names)} FROM {table}").fetchall()]
            server.db.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", rows)
        for roles in (("actor", "source"), ("recipient",)):
            rows = lite.db.execute(f"SELECT event_id, role, code FROM event_actors WHERE role IN ({', '.join('?' * len(roles))})", roles).fetchall()
            server.db.execute(server.insert_actor_sql, [list(column) for column in zip(*rows)])
        for table in ("code_facts", "dyad_facts", "dyad_periods", "dyad_conflict_days"):
            assert _rows(server, f"SELECT * FROM {table}") == _rows(lite, f"SELECT * FROM {table}"), table
        assert server.db.execute("SELECT count(*) FROM dyad_facts").fetchone()[0] > 100  # not two empty tables
