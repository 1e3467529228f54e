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

from ..errors import QueryError
from ..settings import Settings
from ..store.sqlite import SQLiteStore

Period = Literal["day", "week", "month"]

# SQL label of an event's period, and the date length it needs: weeks are labelled by their Monday.
_PERIOD_SQL: dict[str, tuple[str, int]] = {
    "day": ("e.date", 10),
    "week": ("date(e.date, '-6 days', 'weekday 1')", 10),
    "month": ("substr(e.date, 1, 7)", 7),
}
# The same labels as stored in the facts tables (store/sqlite.py), NULL where the date is too coarse.
_FACT_PERIOD = {"day": "f.day", "week": "f.week", "month": "f.month"}
_FREQ = {"day": "D", "week": "W-MON", "month": "M"}
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,15}$")

WEIGHT_SQL = """coalesce(e.score, 0)
    * CASE e.modality WHEN 'actual' THEN 1.0 WHEN 'future' THEN :future WHEN 'hypothetical' THEN :future ELSE 0.0 END
    * CASE WHEN e.attributed THEN :claim ELSE 1.0 END
    * CASE WHEN c.id IS NULL THEN 1.0 ELSE (1 + log2(c.n_sources)) / c.n_reports END"""

# WEIGHT_SQL over a facts row, whose cluster weight is stored with it
FACT_WEIGHT = """coalesce(f.score, 0)
    * CASE f.modality WHEN 'actual' THEN 1.0 WHEN 'future' THEN :future WHEN 'hypothetical' THEN :future ELSE 0.0 END
    * CASE WHEN f.attributed THEN :claim ELSE 1.0 END
    * f.cluster_weight"""

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
    label = _fact_period(by)
    since, until = day(since, "since"), day(until, "until")
    if since and until and since > until:
        raise QueryError(f"--since {since} is after --until {until}: the range is empty")
    recipient_code = code(recipient) if recipient else None
    params = {"actor": code(actor), "recipient": recipient_code, "since": since or "", "until": until or "9999", **weights(settings)}
    # clusters plus unclustered reports (each report is one facts row)
    sql = f"""SELECT {label} AS period, count(*) AS reports, count(DISTINCT f.cluster_id) + count(*) - count(f.cluster_id) AS clusters,
        count(*) FILTER (WHERE f.quad = 1) AS q1, count(*) FILTER (WHERE f.quad = 2) AS q2,
        count(*) FILTER (WHERE f.quad = 3) AS q3, count(*) FILTER (WHERE f.quad = 4) AS q4,
        sum(coalesce(f.score, 0)) AS score_sum, avg(f.score) AS score_mean,
        count(*) FILTER (WHERE NOT f.attributed) AS asserted, count(*) FILTER (WHERE f.attributed) AS claimed,
        sum({FACT_WEIGHT}) AS escalation
        FROM ({_dyad_facts(recipient_code, both)}) f
        WHERE {label} IS NOT NULL AND f.date >= :since AND f.date <= :until
        GROUP BY period ORDER BY period"""
    found = pd.DataFrame(store.db.execute(sql, params).fetchall(), columns=["period", *SERIES_COLUMNS]).set_index("period")
    if found.empty:
        return found
    return _zero_fill(found, by, since or str(found.index[0]), until or str(found.index[-1]))


def _dyad_facts(recipient: str | None, both: bool) -> str:
    """SQL of the facts rows of the dyad's events, one per event (params :actor, :recipient): from dyad_facts
    for a recipient, else from code_facts; the reverse direction skips events already counted in the first."""
    if recipient is None:
        first = "SELECT * FROM code_facts WHERE code = :actor AND role = 'actor'"
        return first + (" UNION ALL SELECT * FROM code_facts g WHERE code = :actor AND role = 'recipient' AND NOT EXISTS "
                        "(SELECT 1 FROM code_facts a WHERE a.event_id = g.event_id AND a.role = 'actor' AND a.code = :actor)" if both else "")
    first = "SELECT * FROM dyad_facts WHERE actor = :actor AND recipient = :recipient"
    return first + (" UNION ALL SELECT * FROM dyad_facts g WHERE actor = :recipient AND recipient = :actor AND :actor != :recipient "
                    "AND NOT EXISTS (SELECT 1 FROM dyad_facts a WHERE a.event_id = g.event_id AND a.actor = :actor "
                    "AND a.recipient = :recipient)" if both else "")


def _fact_period(by: str) -> str:
    _period(by)
    return _FACT_PERIOD[by]


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


def _dyad_index(store: SQLiteStore, by: str, start: str, settings: Settings) -> pd.DataFrame:
    """The escalation index of every directed dyad per period from `start`: one column per (actor, recipient),
    one row per period, NaN where the dyad has no events."""
    _period(by)
    # start is a period label, so the periods from it hold exactly the events dated from it
    sql = """SELECT actor, recipient, period, actual_asserted + :claim * actual_claimed + :future * future_asserted
        + :future * :claim * future_claimed FROM dyad_periods WHERE by = :by AND period >= :start"""
    rows = store.db.execute(sql, {"start": start, "by": by, **weights(settings)}).fetchall()
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
    read of each cell's date range through the dyad index, the cells in a temporary table."""
    if not cells:
        return {}
    by = settings.alert_by
    label = _fact_period(by)
    store.db.execute("CREATE TEMP TABLE IF NOT EXISTS alert_cells (actor TEXT, recipient TEXT, period TEXT, lo TEXT, hi TEXT, "
                     "PRIMARY KEY (actor, recipient, period))")
    store.db.execute("DELETE FROM alert_cells")
    store.db.executemany("INSERT INTO alert_cells VALUES (?, ?, ?, ?, ?)", [(*cell, *_date_range(cell[2], by)) for cell in sorted(cells)])
    sql = f"""SELECT f.actor, f.recipient, {label} AS period, f.event_id FROM alert_cells t CROSS JOIN dyad_facts f
        ON f.actor = t.actor AND f.recipient = t.recipient AND f.date >= t.lo AND f.date < t.hi AND {label} = t.period
        WHERE {FACT_WEIGHT} < 0 ORDER BY 1, 2, 3, {FACT_WEIGHT}, f.date, f.event_id"""
    found: dict[tuple[str, str, str], tuple[str, ...]] = {cell: () for cell in cells}
    for actor, recipient, period, event_id in store.db.execute(sql, weights(settings)):
        found[(actor, recipient, period)] += (event_id,)
    return found


def _date_range(period: str, by: str) -> tuple[str, str]:
    """Bounds lo <= date < hi of the dates a period label holds (a day's date may carry a time)."""
    if by == "month":
        return period, str(pd.Period(period, freq="M") + 1)
    step = timedelta(weeks=1) if by == "week" else timedelta(days=1)
    return period, (date.fromisoformat(period[:10]) + step).isoformat()


# Each day with actual material conflict in a directed dyad, with the one before it (from :start on). Days are
# dates cut to ten characters, so a month- or year-dated event is a "day" of its own that begins on its first day.
_CONFLICT_DAYS = """WITH days AS (SELECT actor, recipient, day FROM dyad_conflict_days WHERE day >= :start),
    gaps AS (SELECT actor, recipient, day, lag(day) OVER (PARTITION BY actor, recipient ORDER BY day) AS previous FROM days)
    SELECT actor, recipient, day FROM gaps WHERE day >= :since
      AND (previous IS NULL OR julianday({lo_day}) - julianday({lo_previous}) > :gap)"""
_LO = "CASE length({0}) WHEN 4 THEN {0} || '-01-01' WHEN 7 THEN {0} || '-01' ELSE {0} END"


def _first_conflicts(store: SQLiteStore, since: str | None, settings: Settings) -> list[Alert]:
    """A first_conflict alert for each dyad's day of actual material conflict with none on the gap's days before
    it, holding every such event of that day (by id): the first one's claim in the message, their summed score."""
    gap = settings.first_conflict_days
    start = (date.fromisoformat(since) - timedelta(days=gap)).isoformat() if since else ""
    days = store.db.execute(_CONFLICT_DAYS.format(lo_day=_LO.format("day"), lo_previous=_LO.format("previous")),
                            {"start": start, "since": since or "", "gap": gap}).fetchall()
    if not days:
        return []
    store.db.execute("CREATE TEMP TABLE IF NOT EXISTS conflict_days (actor TEXT, recipient TEXT, day TEXT, PRIMARY KEY (actor, recipient, day))")
    store.db.execute("DELETE FROM conflict_days")
    store.db.executemany("INSERT INTO conflict_days VALUES (?, ?, ?)", days)
    sql = """SELECT t.actor, t.recipient, t.day, f.event_id, f.attributed, coalesce(f.score, 0) FROM conflict_days t
        CROSS JOIN dyad_facts f ON f.actor = t.actor AND f.recipient = t.recipient AND f.date >= t.day AND f.date < t.day || '~'
        WHERE f.quad = 4 AND f.modality = 'actual' AND substr(f.date, 1, 10) = t.day ORDER BY 1, 2, 3, f.event_id"""
    out: list[Alert] = []
    for actor, recipient, when, event_id, attributed, score in store.db.execute(sql):
        if out and (out[-1].actor, out[-1].recipient, out[-1].period) == (actor, recipient, when):
            first = out.pop()
            out.append(Alert("first_conflict", actor, recipient, when, first.value + score, first.message, (*first.event_ids, event_id)))
        else:
            claimed = " (claimed by a source, not asserted)" if attributed else ""
            message = f"{actor}→{recipient} first material-conflict event in {gap} days on {when}{claimed}"
            out.append(Alert("first_conflict", actor, recipient, when, score, message, (event_id,)))
    return out
