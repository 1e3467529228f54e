"""Dyad series, the escalation index and the alert rules, computed in SQL over the event store.

The escalation index of a dyad in a period is a weighted sum of PLOVER scores (negative = conflict):

    index = Σ score × w_modality × w_claim × w_sources          over the dyad's events in the period

    w_modality  1 for actual events; settings.index_future_weight (0.5) for future and hypothetical ones;
                0 for negated and historical ones (they did not happen, or not now)
    w_claim     1 when the article asserts the event; settings.index_claim_weight (0.5) when a source claims it
    w_sources   1 for a report not yet clustered; (1 + log2(independent sources)) / reports for a clustered
                one, so one real-world event counts once, and more when independent sources corroborate it

Alert rules (parameters in Settings), per directed dyad over periods of settings.alert_by:

    spike           the index falls spike_z standard deviations below its mean over the previous
                    spike_baseline_periods periods (deviation floored at spike_min_std); needs that much history
    threshold       the index crosses below escalation_threshold from at or above it
    first_conflict  an actual material-conflict (quad 4) event with none in the dyad for first_conflict_days

Series count only events whose date is at least as precise as the period: a month-dated event is in
monthly series but not in daily or weekly ones, and an undated event is in none.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any, Literal

import numpy as np
import pandas as pd

from .errors import QueryError
from .settings import Settings
from .store.sqlite import SQLiteStore

Period = Literal["day", "week", "month"]

# SQL label of an event's period, and the date length it needs: weeks are labelled by their Monday.
_PERIOD_SQL: dict[str, tuple[str, int]] = {
    "day": ("e.date", 10),
    "week": ("date(e.date, '-6 days', 'weekday 1')", 10),
    "month": ("substr(e.date, 1, 7)", 7),
}
_FREQ = {"day": "D", "week": "W-MON", "month": "M"}
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,15}$")

WEIGHT_SQL = """coalesce(e.score, 0)
    * CASE e.modality WHEN 'actual' THEN 1.0 WHEN 'future' THEN :future WHEN 'hypothetical' THEN :future ELSE 0.0 END
    * CASE WHEN e.attributed THEN :claim ELSE 1.0 END
    * CASE WHEN c.id IS NULL THEN 1.0 ELSE (1 + log2(c.n_sources)) / c.n_reports END"""

_CLUSTER_JOIN = "LEFT JOIN cluster_members m ON m.event_id = e.id LEFT JOIN clusters c ON c.id = m.cluster_id"

SERIES_COLUMNS = ["reports", "clusters", "q1", "q2", "q3", "q4", "score_sum", "score_mean", "asserted", "claimed", "escalation"]


@dataclass(frozen=True)
class Alert:
    """One alert for a directed dyad, with the events that drove it (most negative contribution first)."""

    rule: Literal["spike", "threshold", "first_conflict"]
    actor: str
    recipient: str
    period: str  # the period label (a week's Monday, a month YYYY-MM), or the event date for first_conflict
    value: float  # the index (threshold), its z-score against the baseline (spike), the events' summed score (first_conflict)
    message: str
    event_ids: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "event_ids": list(self.event_ids)}


def code(value: str) -> str:
    """An actor code as stored (upper case), or QueryError saying what a code looks like."""
    upper = value.strip().upper()
    if not _CODE.match(upper):
        raise QueryError(f"{value!r} is not an actor code; use an ISO alpha-3 country or an organisation code such as USA or NATO")
    return upper


def day(value: str | date | None, name: str = "date") -> str | None:
    """A YYYY-MM-DD string not in the future, or None."""
    if value is None:
        return None
    try:
        parsed = value if isinstance(value, date) else date.fromisoformat(value)
    except ValueError as exc:
        raise QueryError(f"--{name} {value!r} is not a YYYY-MM-DD date") from exc
    if parsed > date.today():
        raise QueryError(f"--{name} {parsed.isoformat()} is in the future; events are only stored up to today")
    return parsed.isoformat()


def names(store: SQLiteStore, actor_code: str) -> bool:
    """Whether any stored event names this code as actor or recipient."""
    sql = "SELECT 1 FROM event_actors WHERE code = ? AND role IN ('actor', 'recipient') LIMIT 1"
    return store.db.execute(sql, (actor_code,)).fetchone() is not None


def dyad_sql(recipient: str | None, both: bool) -> str:
    """SQL selecting the ids of the dyad's events (params :actor, :recipient)."""
    if recipient is None:
        roles = "('actor', 'recipient')" if both else "('actor')"
        return f"SELECT event_id FROM event_actors WHERE code = :actor AND role IN {roles}"
    pair = ("SELECT a.event_id FROM event_actors a JOIN event_actors r ON r.event_id = a.event_id AND r.role = 'recipient' "
            "AND r.code = :{1} WHERE a.role = 'actor' AND a.code = :{0}")
    sql = pair.format("actor", "recipient")
    return sql + " UNION " + pair.format("recipient", "actor") if both else sql


def weights(settings: Settings) -> dict[str, float]:
    return {"future": settings.index_future_weight, "claim": settings.index_claim_weight}


def series(store: SQLiteStore, actor: str, recipient: str | None = None, by: Period = "week", since: str | date | None = None,
           until: str | date | None = None, both: bool = False, settings: Settings | None = None) -> pd.DataFrame:
    """Per period of the dyad actor→recipient (either way with both=True; any recipient when None): counts per
    quad, reports and clusters, PLOVER score sum and mean, asserted and claimed counts, and the escalation index.
    Periods without events between the first and last (or since and until) are zero rows."""
    settings = settings or Settings()
    label, precision = _period(by)
    since, until = day(since, "since"), day(until, "until")
    if since and until and since > until:
        raise QueryError(f"--since {since} is after --until {until}: the range is empty")
    recipient_code = code(recipient) if recipient else None
    params = {"actor": code(actor), "recipient": recipient_code, "precision": precision,
              "since": since or "", "until": until or "9999", **weights(settings)}
    sql = f"""SELECT {label} AS period, count(*) AS reports, count(DISTINCT coalesce(m.cluster_id, -e.rowid)) AS clusters,
        sum(e.quad = 1) AS q1, sum(e.quad = 2) AS q2, sum(e.quad = 3) AS q3, sum(e.quad = 4) AS q4,
        sum(coalesce(e.score, 0)) AS score_sum, avg(e.score) AS score_mean,
        sum(NOT e.attributed) AS asserted, sum(e.attributed) AS claimed, sum({WEIGHT_SQL}) AS escalation
        FROM events e {_CLUSTER_JOIN}
        WHERE e.id IN ({dyad_sql(recipient_code, both)}) AND length(e.date) >= :precision
          AND e.date >= :since AND e.date <= :until
        GROUP BY period ORDER BY period"""
    found = pd.DataFrame(store.db.execute(sql, params).fetchall(), columns=["period", *SERIES_COLUMNS]).set_index("period")
    if found.empty:
        return found
    return _zero_fill(found, by, since or str(found.index[0]), until or str(found.index[-1]))


def _period(by: str) -> tuple[str, int]:
    if by not in _PERIOD_SQL:
        raise QueryError(f"--by {by!r} is not a period; use day, week or month")
    return _PERIOD_SQL[by]


def period_labels(first: str, last: str, by: str) -> list[str]:
    """Every period label from the one holding `first` to the one holding `last`."""
    if by == "month":
        return [str(p) for p in pd.period_range(first[:7], last[:7], freq="M")]
    start = date.fromisoformat(first[:10])
    if by == "week":
        start -= timedelta(days=start.weekday())
    return [d.date().isoformat() for d in pd.date_range(start, last[:10], freq=_FREQ[by])]


def _zero_fill(found: pd.DataFrame, by: str, first: str, last: str) -> pd.DataFrame:
    filled = found.reindex(period_labels(first, last, by))
    counts = [c for c in SERIES_COLUMNS if c not in ("score_sum", "score_mean", "escalation")]
    filled[counts] = filled[counts].fillna(0).astype(int)
    filled[["score_sum", "escalation"]] = filled[["score_sum", "escalation"]].fillna(0.0)
    filled.index.name = "period"
    return filled


# ---------- alerts -------------------------------------------------------------------------------------
def alerts(store: SQLiteStore, since: str | date | None = None, settings: Settings | None = None) -> list[Alert]:
    """Every alert raised in periods from `since` (all history when None), ordered by period, rule and dyad."""
    settings = settings or Settings()
    since = day(since, "since")
    found = _index_alerts(store, since, settings) + _first_conflicts(store, since, settings)
    return sorted(found, key=lambda a: (a.period, a.rule, a.actor, a.recipient))


# CROSS JOIN keeps events as the outer loop, so a --since range is read through the events_date index.


def _dyad_index(store: SQLiteStore, by: str, start: str, settings: Settings) -> pd.DataFrame:
    """The escalation index of every directed dyad per period from `start`: one column per (actor, recipient),
    one row per period, NaN where the dyad has no events."""
    label, precision = _period(by)
    sql = f"""SELECT a.code, r.code, {label} AS period, sum({WEIGHT_SQL})
        FROM events e CROSS JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor'
        CROSS JOIN event_actors r ON r.event_id = e.id AND r.role = 'recipient' {_CLUSTER_JOIN}
        WHERE e.date >= :start AND length(e.date) >= :precision GROUP BY 1, 2, 3"""
    rows = store.db.execute(sql, {"start": start, "precision": precision, **weights(settings)}).fetchall()
    long = pd.DataFrame(rows, columns=["actor", "recipient", "period", "escalation"])
    if long.empty:
        return pd.DataFrame()
    wide = long.pivot(index="period", columns=["actor", "recipient"], values="escalation")
    return wide.reindex(period_labels(wide.index.min(), wide.index.max(), by))


def _index_alerts(store: SQLiteStore, since: str | None, settings: Settings) -> list[Alert]:
    n, by = settings.spike_baseline_periods, settings.alert_by
    start = _periods_before(since, n + 1, by) if since else ""
    wide = _dyad_index(store, by, start, settings)
    if wide.empty:
        return []
    filled = wide.fillna(0.0)
    history = wide.notna().cumsum().gt(0).cumsum().shift(1, fill_value=0)  # periods since the dyad's first events
    baseline = filled.shift(1).rolling(n)
    z = (baseline.mean() - filled) / baseline.std(ddof=0).clip(lower=settings.spike_min_std)
    previous = filled.shift(1, fill_value=0.0)
    rules = {
        "spike": (z >= settings.spike_z) & (filled < 0) & (history >= n),
        "threshold": (filled < settings.escalation_threshold) & (previous >= settings.escalation_threshold),
    }
    first = _label(since, by) if since else ""
    cells = []
    for rule, hits in rules.items():
        rows, columns = np.nonzero((hits & wide.notna()).to_numpy())
        for row, column in zip(rows, columns):
            period, (actor, recipient) = wide.index[row], wide.columns[column]
            if period >= first:
                value = float((z if rule == "spike" else filled).iat[row, column])
                cells.append((rule, actor, recipient, period, round(value, 3)))
    driving = _driving_events(store, {(a, r, p) for _, a, r, p, _ in cells}, settings)
    return [Alert(rule, a, r, p, value, _message(rule, a, r, p, value, settings), driving[(a, r, p)])  # type: ignore[arg-type]
            for rule, a, r, p, value in cells]


def _message(rule: str, actor: str, recipient: str, period: str, value: float, settings: Settings) -> str:
    if rule == "spike":
        return (f"{actor}→{recipient} escalation index spiked in {settings.alert_by} {period}: "
                f"{value:.1f} standard deviations below its {settings.spike_baseline_periods}-{settings.alert_by} baseline")
    return f"{actor}→{recipient} escalation index {value:.1f} crossed {settings.escalation_threshold:g} in {settings.alert_by} {period}"


def _label(day_: str, by: str) -> str:
    return period_labels(day_, day_, by)[0]


def _periods_before(day_: str, count: int, by: str) -> str:
    back = {"day": timedelta(days=count), "week": timedelta(weeks=count), "month": timedelta(days=31 * count)}[by]
    return _label((date.fromisoformat(day_) - back).isoformat(), by)


def _driving_events(store: SQLiteStore, cells: set[tuple[str, str, str]], settings: Settings) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """The events that pull each (actor, recipient, period) cell towards conflict, most negative first: one
    scan over the alerted periods, joined with the cells in a temporary table."""
    if not cells:
        return {}
    label, precision = _period(settings.alert_by)
    store.db.execute("CREATE TEMP TABLE IF NOT EXISTS alert_cells (actor TEXT, recipient TEXT, period TEXT, PRIMARY KEY (actor, recipient, period))")
    store.db.execute("DELETE FROM alert_cells")
    store.db.executemany("INSERT INTO alert_cells VALUES (?, ?, ?)", sorted(cells))
    sql = f"""SELECT a.code, r.code, {label} AS period, e.id FROM events e
        CROSS JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor'
        CROSS JOIN event_actors r ON r.event_id = e.id AND r.role = 'recipient' {_CLUSTER_JOIN}
        WHERE e.date >= :start AND length(e.date) >= :precision AND {WEIGHT_SQL} < 0
          AND EXISTS (SELECT 1 FROM alert_cells t WHERE t.actor = a.code AND t.recipient = r.code AND t.period = {label})
        ORDER BY 1, 2, 3, {WEIGHT_SQL}, e.date, e.id"""
    found: dict[tuple[str, str, str], tuple[str, ...]] = {cell: () for cell in cells}
    start = min((p for _, _, p in cells), default="9999")
    for actor, recipient, period, event_id in store.db.execute(sql, {"start": start, "precision": precision, **weights(settings)}):
        found[(actor, recipient, period)] += (event_id,)
    return found


_CONFLICTS = """SELECT a.code, r.code, {columns}
    FROM events e CROSS JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor'
    CROSS JOIN event_actors r ON r.event_id = e.id AND r.role = 'recipient'
    WHERE e.quad = 4 AND e.modality = 'actual' AND e.date >= :start AND e.date < :end {tail}"""


def _first_conflicts(store: SQLiteStore, since: str | None, settings: Settings) -> list[Alert]:
    gap = settings.first_conflict_days
    start = (date.fromisoformat(since) - timedelta(days=gap)).isoformat() if since else ""
    earlier = _CONFLICTS.format(columns="max(substr(e.date, 1, 10))", tail="GROUP BY 1, 2")
    last_seen = {(a, r): when for a, r, when in store.db.execute(earlier, {"start": start, "end": since or ""})}
    sql = _CONFLICTS.format(columns="substr(e.date, 1, 10), e.id, e.attributed, coalesce(e.score, 0)", tail="ORDER BY 1, 2, 3, e.id")
    out: list[Alert] = []
    for actor, recipient, when, event_id, attributed, score in store.db.execute(sql, {"start": since or "", "end": "9999"}):
        previous = last_seen.get((actor, recipient))
        last_seen[(actor, recipient)] = when
        if previous == when and out and (out[-1].actor, out[-1].recipient, out[-1].period) == (actor, recipient, when):
            first = out.pop()
            out.append(Alert("first_conflict", actor, recipient, when, first.value + score, first.message, (*first.event_ids, event_id)))
        elif previous is None or _days_between(previous, when) > gap:
            claimed = " (claimed by a source, not asserted)" if attributed else ""
            message = f"{actor}→{recipient} first material-conflict event in {gap} days on {when}{claimed}"
            out.append(Alert("first_conflict", actor, recipient, when, score, message, (event_id,)))
    return out


def _days_between(first: str, second: str) -> int:
    return (_lo(second) - _lo(first)).days


def _lo(value: str) -> date:
    """The first day a YYYY, YYYY-MM or YYYY-MM-DD date can mean."""
    return date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
