"""The alert rules, per directed dyad over periods of settings.alert_by, on the escalation index of aggregate.py:

    spike           the index falls spike_z standard deviations below its mean over the previous
                    spike_baseline_periods periods (deviation floored at spike_min_std); needs that much history
    threshold       the index crosses below escalation_threshold from at or above it
    first_conflict  an actual material-conflict (quad 4) event with none in the dyad for first_conflict_days
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any, Literal

import numpy as np

from ..settings import Settings
from ..store.sqlite import SQLiteStore
from .aggregate import FACT_WEIGHT, day, fact_period, period_labels, weights


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


def alerts(store: SQLiteStore, since: str | date | None = None, settings: Settings | None = None) -> list[Alert]:
    """Every alert raised in periods from `since` (all history when None), ordered by period, rule and dyad."""
    settings = settings or Settings()
    since = day(since, "since")
    found = _index_alerts(store, since, settings) + _first_conflicts(store, since, settings)
    return sorted(found, key=lambda a: (a.period, a.rule, a.actor, a.recipient))


@dataclass(frozen=True)
class DyadIndex:
    """The escalation index of every directed dyad per period: values[period, dyad], NaN where the dyad has no events."""

    periods: list[str]
    dyads: list[tuple[str, str]]
    values: np.ndarray


def _dyad_index(store: SQLiteStore, by: str, start: str, settings: Settings) -> DyadIndex | None:
    """The index of every directed dyad per period from `start`, every period between the first and last with
    events included; None when there are none. Plain numpy: pandas takes seconds to import cold."""
    fact_period(by)  # a known period, or QueryError
    # start is a period label, so the periods from it hold exactly the events dated from it
    sql = """SELECT actor, recipient, period, actual_asserted + :claim * actual_claimed + :future * future_asserted
        + :future * :claim * future_claimed FROM dyad_periods WHERE by = :by AND period >= :start"""
    rows = store.db.execute(sql, {"start": start, "by": by, **weights(settings)}).fetchall()
    if not rows:
        return None
    periods = period_labels(min(r[2] for r in rows), max(r[2] for r in rows), by)
    at_period = {p: i for i, p in enumerate(periods)}
    rows = [r for r in rows if r[2] in at_period]  # a day label with a time of day ("2024-02-07T10:30") is no day's
    dyads = sorted({(r[0], r[1]) for r in rows})
    at_dyad = {d: i for i, d in enumerate(dyads)}
    values = np.full((len(periods), len(dyads)), np.nan)
    for actor, recipient, period, escalation in rows:
        values[at_period[period], at_dyad[(actor, recipient)]] = escalation
    return DyadIndex(periods, dyads, values)


def _index_alerts(store: SQLiteStore, since: str | None, settings: Settings) -> list[Alert]:
    n, by = settings.spike_baseline_periods, settings.alert_by
    start = _periods_before(since, n + 1, by) if since else ""
    wide = _dyad_index(store, by, start, settings)
    if wide is None:
        return []
    # every dyad at once, as arrays (periods x dyads): a per-column rolling window costs more than the query
    present = ~np.isnan(wide.values)
    filled = np.nan_to_num(wide.values, nan=0.0)
    history = _shifted(np.cumsum(np.cumsum(present, axis=0) > 0, axis=0), 0)  # periods since the dyad's first events
    mean, spread = _baseline(filled, n)
    with np.errstate(invalid="ignore"):
        z = (mean - filled) / np.maximum(spread, settings.spike_min_std)
        rules = {
            "spike": (z >= settings.spike_z) & (filled < 0) & (history >= n),
            "threshold": (filled < settings.escalation_threshold) & (_shifted(filled, 0.0) >= settings.escalation_threshold),
        }
    first = _label(since, by) if since else ""
    cells = []
    periods, dyads = wide.periods, wide.dyads
    for rule, hits in rules.items():
        rows, columns = np.nonzero(hits & present)
        for row, column in zip(rows, columns):
            period, (actor, recipient) = periods[row], dyads[column]
            if period >= first:
                value = float((z if rule == "spike" else filled)[row, column])
                cells.append((rule, actor, recipient, period, round(value, 3)))
    driving = _driving_events(store, {(a, r, p) for _, a, r, p, _ in cells}, settings)
    return [Alert(rule, a, r, p, value, _message(rule, a, r, p, value, settings), driving[(a, r, p)])  # type: ignore[arg-type]
            for rule, a, r, p, value in cells]


def _shifted(values: np.ndarray, fill: float) -> np.ndarray:
    """Each period's previous value (fill for the first)."""
    out = np.empty_like(values)
    out[0], out[1:] = fill, values[:-1]
    return out


def _baseline(filled: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean and (population) standard deviation of each dyad's n periods before each period; NaN for the
    first n periods, which have no full baseline."""
    mean = np.full(filled.shape, np.nan)
    spread = np.full(filled.shape, np.nan)
    if filled.shape[0] > n:
        windows = np.lib.stride_tricks.sliding_window_view(filled[:-1], n, axis=0)  # rows r-n .. r-1 for r >= n
        mean[n:], spread[n:] = windows.mean(axis=-1), windows.std(axis=-1)
    return mean, spread


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
    label = fact_period(by)
    store.db.execute("CREATE TEMP TABLE IF NOT EXISTS alert_cells (actor TEXT, recipient TEXT, period TEXT, lo TEXT, hi TEXT, "
                     "PRIMARY KEY (actor, recipient, period))")
    store.db.execute("DELETE FROM alert_cells")
    store.fill("alert_cells", [(*cell, *_date_range(cell[2], by)) for cell in sorted(cells)])
    sql = f"""SELECT f.actor, f.recipient, {label} AS period, f.event_id FROM alert_cells t CROSS JOIN dyad_facts f
        ON f.actor = t.actor AND f.recipient = t.recipient AND f.date >= t.lo AND f.date < t.hi AND {label} = t.period
        WHERE {FACT_WEIGHT} < 0 ORDER BY 1, 2, 3, {FACT_WEIGHT}, f.date, f.event_id"""
    found: dict[tuple[str, str, str], tuple[str, ...]] = {cell: () for cell in cells}
    with store.lookups_by_index():
        rows = store.db.execute(sql, weights(settings)).fetchall()
    for actor, recipient, period, event_id in rows:
        found[(actor, recipient, period)] += (event_id,)
    return found


def _date_range(period: str, by: str) -> tuple[str, str]:
    """Bounds lo <= date < hi of the dates a period label holds (a day's date may carry a time)."""
    if by == "month":
        year, month = int(period[:4]), int(period[5:7])
        return period, f"{year + month // 12:04d}-{month % 12 + 1:02d}"
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
    store.fill("conflict_days", days)
    sql = """SELECT t.actor, t.recipient, t.day, f.event_id, f.attributed, coalesce(f.score, 0) FROM conflict_days t
        CROSS JOIN dyad_facts f ON f.actor = t.actor AND f.recipient = t.recipient AND f.date >= t.day AND f.date < t.day || '~'
        WHERE f.quad = 4 AND f.modality = 'actual' AND substr(f.date, 1, 10) = t.day ORDER BY 1, 2, 3, f.event_id"""
    with store.lookups_by_index():
        rows = store.db.execute(sql).fetchall()
    out: list[Alert] = []
    for actor, recipient, when, event_id, attributed, score in rows:
        if out and (out[-1].actor, out[-1].recipient, out[-1].period) == (actor, recipient, when):
            first = out.pop()
            out.append(Alert("first_conflict", actor, recipient, when, first.value + score, first.message, (*first.event_ids, event_id)))
        else:
            claimed = " (claimed by a source, not asserted)" if attributed else ""
            message = f"{actor}→{recipient} first material-conflict event in {gap} days on {when}{claimed}"
            out.append(Alert("first_conflict", actor, recipient, when, score, message, (event_id,)))
    return out
