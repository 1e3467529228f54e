"""Dyad series and the escalation index, computed in SQL over the event store (the alert rules: alerts.py).

The escalation index of a dyad in a period is a weighted sum of PLOVER scores (negative = conflict):

    index = Σ score × w_modality × w_claim × w_sources          over the dyad's events in the period

    w_modality  1 for actual events; settings.index_future_weight (0.5) for future and hypothetical ones;
                0 for negated and historical ones (they did not happen, or not now)
    w_claim     1 when the article asserts the event; settings.index_claim_weight (0.5) when a source claims it
    w_sources   1 for a report not yet clustered; (1 + log2(independent sources)) / reports for a clustered
                one, so one real-world event counts once, and more when independent sources corroborate it

Series count only events whose date is at least as precise as the period: a month-dated event is in
monthly series but not in daily or weekly ones, and an undated event is in none.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Literal

from ..errors import QueryError
from ..settings import Settings
from ..store.sqlite import SQLiteStore

if TYPE_CHECKING:  # pandas (and the pyarrow it imports) takes seconds to load cold; the CLI's series never needs it
    import pandas as pd

Period = Literal["day", "week", "month"]

# SQL label of an event's period, and the date length it needs: weeks are labelled by their Monday.
_PERIOD_SQL: dict[str, tuple[str, int]] = {
    "day": ("e.date", 10),
    "week": ("date(e.date, '-6 days', 'weekday 1')", 10),
    "month": ("substr(e.date, 1, 7)", 7),
}
# The same labels as stored in the facts tables (store/sqlite.py), NULL where the date is too coarse.
_FACT_PERIOD = {"day": "f.day", "week": "f.week", "month": "f.month"}
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

QUIET_RUN = 3  # empty periods shown one by one in tables and charts; a longer run is one row

SERIES_COLUMNS = ["reports", "clusters", "q1", "q2", "q3", "q4", "score_sum", "score_mean", "asserted", "claimed", "escalation"]


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
    Periods without events between the first and last (or since and until) are zero rows. As series_rows, in a
    DataFrame indexed by period."""
    import pandas as pd

    rows = series_rows(store, actor, recipient, by, since, until, both, settings)
    return pd.DataFrame(rows, columns=["period", *SERIES_COLUMNS]).set_index("period")


def series_rows(store: SQLiteStore, actor: str, recipient: str | None = None, by: Period = "week", since: str | date | None = None,
                until: str | date | None = None, both: bool = False, settings: Settings | None = None) -> list[tuple]:
    """series() as plain rows (period, *SERIES_COLUMNS); a period without events has score_mean None."""
    settings = settings or Settings()
    label = fact_period(by)
    since, until = day(since, "since"), day(until, "until")
    if since and until and since > until:
        raise QueryError(f"--since {since} is after --until {until}: the range is empty")
    recipient_code = code(recipient) if recipient else None
    params = {"actor": code(actor), "recipient": recipient_code, "since": since or "", "until": until or "9999", **weights(settings)}
    # clusters plus unclustered reports (each report is one facts row)
    sql = f"""SELECT {label} AS period, count(*) AS reports, count(DISTINCT f.cluster_id) + count(*) - count(f.cluster_id) AS clusters,
        count(*) FILTER (WHERE f.quad = 1) AS q1, count(*) FILTER (WHERE f.quad = 2) AS q2,
        count(*) FILTER (WHERE f.quad = 3) AS q3, count(*) FILTER (WHERE f.quad = 4) AS q4,
        sum(coalesce(f.score, 0.0)) AS score_sum, avg(f.score) AS score_mean,
        count(*) FILTER (WHERE NOT f.attributed) AS asserted, count(*) FILTER (WHERE f.attributed) AS claimed,
        sum({FACT_WEIGHT}) AS escalation
        FROM ({_dyad_facts(recipient_code, both)}) f
        WHERE {label} IS NOT NULL AND f.date >= :since AND f.date <= :until
        GROUP BY period ORDER BY period"""
    found = {row[0]: tuple(row) for row in store.db.execute(sql, params).fetchall()}
    if not found:
        return []
    empty = (0, 0, 0, 0, 0, 0, 0.0, None, 0, 0, 0.0)
    return [found.get(period, (period, *empty)) for period in period_labels(since or min(found), until or max(found), by)]


def series_records(store: SQLiteStore, actor: str, recipient: str | None = None, by: Period = "week", since: str | date | None = None,
                   until: str | date | None = None, both: bool = False, settings: Settings | None = None) -> list[dict[str, Any]]:
    """series_rows as records for a table, csv or JSON: counts as they are, scores (float, or Decimal from
    PostgreSQL) to 3 places, None where a period without events has no mean."""
    columns = ["period", *SERIES_COLUMNS]
    return [dict(zip(columns, (_rounded(v) for v in row))) for row in series_rows(store, actor, recipient, by, since, until, both, settings)]


def _rounded(value: object) -> object:
    if value is None or isinstance(value, (int, str)):
        return value
    return round(float(value), 3)  # type: ignore[arg-type]


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


def fact_period(by: str) -> str:
    """The SQL label of a facts row's period (QueryError for an unknown period)."""
    _period(by)
    return _FACT_PERIOD[by]


def _period(by: str) -> tuple[str, int]:
    if by not in _PERIOD_SQL:
        raise QueryError(f"--by {by!r} is not a period; use day, week or month")
    return _PERIOD_SQL[by]


def period_labels(first: str, last: str, by: str) -> list[str]:
    """Every period label from the one holding `first` to the one holding `last`."""
    if by == "month":
        year, month = int(first[:4]), int(first[5:7])
        labels = []
        while (label := f"{year:04d}-{month:02d}") <= last[:7]:
            labels.append(label)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return labels
    start, end = date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
    if by == "week":  # weeks are labelled by their Monday; the last is the Monday on or before `last`
        start -= timedelta(days=start.weekday())
        end -= timedelta(days=end.weekday())
    step = timedelta(days=7 if by == "week" else 1)
    return [(start + step * i).isoformat() for i in range((end - start) // step + 1)] if start <= end else []


def quiet_runs(reports: list[int]) -> list[tuple[int, int]]:
    """A series for reading: the index ranges [start, end) to show, in order; a run of more than QUIET_RUN periods
    without events (a background event of 1592 in a weekly series to 2012 leaves 21,000 of them) is one range of its
    own, every other period a range of one. Tables and the dashboard fold such a range into one row; csv and json
    keep every period."""
    ranges: list[tuple[int, int]] = []
    start = 0
    while start < len(reports):
        end = start
        while end < len(reports) and reports[end] == 0:
            end += 1
        if end - start > QUIET_RUN:
            ranges.append((start, end))
        else:
            ranges += [(i, i + 1) for i in range(start, end)]
        if end < len(reports):
            ranges.append((end, end + 1))
        start = end + 1
    return ranges


def quiet_label(first: str, last: str, periods: int) -> str:
    return f"{first} … {last} ({periods:,} periods)"
