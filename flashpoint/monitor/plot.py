"""PNG charts of the escalation monitor (matplotlib, Agg backend); each returns the data it drew, for checking."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .aggregate import WEIGHT_SQL, Period, code, dyad_sql, series, weights
from ..errors import NothingFound
from ..settings import Settings
from ..store.sqlite import SQLiteStore

QUAD_STYLE = {1: ("tab:blue", "o", "verbal cooperation"), 2: ("tab:green", "s", "material cooperation"),
              3: ("tab:orange", "^", "verbal conflict"), 4: ("tab:red", "X", "material conflict")}


@dataclass(frozen=True)
class DyadPlot:
    periods: list[str]
    escalation: list[float]
    markers: dict[int, int]  # events drawn per quad
    annotated: list[str]  # ids of the events labelled on the chart, most negative contribution first


@dataclass(frozen=True)
class NetworkPlot:
    nodes: list[str]
    edges: list[tuple[str, str, int, float]]  # actor, recipient, reports, mean PLOVER score


def _pyplot() -> Any:
    from ..extras import require

    matplotlib = require("matplotlib", "plot", "Plotting")

    matplotlib.use("Agg")  # files only: never open a window
    import matplotlib.pyplot as plt

    return plt


def plot_dyad(store: SQLiteStore, actor: str, recipient: str, path: Path | str, by: Period = "week", top: int = 3,
              settings: Settings | None = None) -> DyadPlot:
    """The dyad's escalation index per period as a line, its events as markers by quad (PLOVER score on a
    second axis), and the `top` events that weigh most towards conflict annotated."""
    settings = settings or Settings()
    actor, recipient = code(actor), code(recipient)
    frame = series(store, actor, recipient, by=by, settings=settings)
    if frame.empty:
        raise NothingFound(f"no dated events from {actor} to {recipient}; nothing to plot")
    sql = f"""SELECT e.id, e.date, e.quad, coalesce(e.score, 0), e.event_type, {WEIGHT_SQL} AS weight FROM events e
        LEFT JOIN cluster_members m ON m.event_id = e.id LEFT JOIN clusters c ON c.id = m.cluster_id
        WHERE e.id IN ({dyad_sql(recipient, False)}) AND length(e.date) >= 10 ORDER BY e.date, e.id"""
    events = store.db.execute(sql, {"actor": actor, "recipient": recipient, **weights(settings)}).fetchall()
    plt = _pyplot()
    import pandas as pd

    figure, axis = plt.subplots(figsize=(10, 4.5), dpi=100, layout="constrained")
    axis.plot(pd.to_datetime(frame.index), frame["escalation"], color="black", label="escalation index")
    axis.axhline(0, color="grey", linewidth=0.5)
    axis.set_ylabel("escalation index")
    scores = axis.twinx()
    scores.set_ylabel("PLOVER score")
    markers = {}
    for quad, (colour, marker, name) in QUAD_STYLE.items():
        points = [(pd.Timestamp(e[1]), e[3]) for e in events if e[2] == quad]
        markers[quad] = len(points)
        if points:
            scores.scatter(*zip(*points), color=colour, marker=marker, label=name, zorder=3)
    annotated = sorted((e for e in events if e[5] < 0), key=lambda e: (e[5], e[1], e[0]))[:top]
    for rank, (_, when, _, score, event_type, _) in enumerate(annotated):  # stagger labels of events close together
        scores.annotate(f"{event_type} {when}", (pd.Timestamp(when), score), textcoords="offset points", xytext=(-90, 14 + 12 * rank),
                        fontsize=7, arrowprops={"arrowstyle": "-", "color": "grey", "lw": 0.5})
    axis.set_title(f"{actor} → {recipient}: escalation index per {by}")
    figure.legend(loc="outside right upper", fontsize=7)
    figure.savefig(path)
    plt.close(figure)
    return DyadPlot(list(frame.index), [float(v) for v in frame["escalation"]], markers, [e[0] for e in annotated])


def plot_network(store: SQLiteStore, path: Path | str, top: int = 40) -> NetworkPlot:
    """The `top` directed dyads by number of reports: actors on a circle, one arrow per dyad, its width by
    volume and its colour by mean PLOVER score (red conflict, green cooperation)."""
    sql = """SELECT a.code, r.code, count(*), avg(coalesce(e.score, 0)) FROM events e
        JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor' JOIN event_actors r ON r.event_id = e.id AND r.role = 'recipient'
        WHERE a.code != r.code GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?"""
    edges = [(a, r, n, float(score)) for a, r, n, score in store.db.execute(sql, (top,))]
    if not edges:
        raise NothingFound("no stored event has both an actor and a recipient code; nothing to plot")
    nodes = sorted({c for a, r, _, _ in edges for c in (a, r)})
    where = {c: (math.cos(2 * math.pi * i / len(nodes)), math.sin(2 * math.pi * i / len(nodes))) for i, c in enumerate(nodes)}
    plt = _pyplot()
    from matplotlib import colormaps
    from matplotlib.colors import Normalize

    figure, axis = plt.subplots(figsize=(7, 7), dpi=100)
    colour, norm = colormaps["RdYlGn"], Normalize(-10, 10)
    widest = max(n for _, _, n, _ in edges)
    for actor, recipient, reports, score in edges:
        axis.annotate("", where[recipient], where[actor],
                      arrowprops={"arrowstyle": "-|>", "color": colour(norm(score)), "lw": 0.5 + 5 * reports / widest,
                                  "connectionstyle": "arc3,rad=0.15", "shrinkA": 12, "shrinkB": 12})
    for name, (x, y) in where.items():
        axis.text(x, y, name, ha="center", va="center", fontsize=9, bbox={"boxstyle": "round", "fc": "white"})
    figure.colorbar(plt.cm.ScalarMappable(norm=norm, cmap=colour), ax=axis, shrink=0.6, label="mean PLOVER score")
    axis.set_xlim(-1.3, 1.3)
    axis.set_ylim(-1.3, 1.3)
    axis.set_axis_off()
    axis.set_title(f"Top {len(edges)} dyads by reports")
    figure.savefig(path)
    plt.close(figure)
    return NetworkPlot(nodes, edges)
