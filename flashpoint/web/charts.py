"""Inline SVG charts drawn on the server: the geometry as plain numbers, which the templates turn into SVG
elements (presentation attributes only, so the Content-Security-Policy needs no inline styles)."""

from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 720, 240, 52, 36, 12, 28


@dataclass(frozen=True)
class Line:
    name: str
    points: str  # "x,y x,y …" for an SVG polyline
    dots: list[tuple[float, float, str]]  # x, y and the tooltip of each value


@dataclass(frozen=True)
class LineChart:
    lines: list[Line]
    y_ticks: list[tuple[float, str]]  # y position and label
    x_ticks: list[tuple[float, str]]
    zero: float | None  # y of the zero line, when zero is in range
    width: int = WIDTH
    height: int = HEIGHT


def line_chart(labels: list[str], values: dict[str, list[float | None]]) -> LineChart:
    """One line per named series over shared period labels; a missing value breaks nothing (it is skipped)."""
    known = [v for vs in values.values() for v in vs if v is not None]
    low, high = min(known + [0.0]), max(known + [0.0])
    if high - low < 1e-9:
        high = low + 1.0
    span_x = WIDTH - LEFT - RIGHT
    step = span_x / max(1, len(labels) - 1)

    def x(i: int) -> float:
        return round(LEFT + (i * step if len(labels) > 1 else span_x / 2), 1)

    def y(v: float) -> float:
        return round(TOP + (high - v) / (high - low) * (HEIGHT - TOP - BOTTOM), 1)

    lines = []
    for name, vs in values.items():
        dots = [(x(i), y(v), f"{name} {labels[i]}: {v:g}") for i, v in enumerate(vs) if v is not None]
        lines.append(Line(name, " ".join(f"{dx},{dy}" for dx, dy, _ in dots), dots))
    y_ticks = [(y(low + (high - low) * k / 4), f"{low + (high - low) * k / 4:.3g}") for k in range(5)]
    every = max(1, len(labels) // 6)
    x_ticks = [(x(i), label) for i, label in enumerate(labels) if i % every == 0]
    return LineChart(lines, y_ticks, x_ticks, y(0.0) if low <= 0 <= high else None)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    y: float
    width: float


def bar_chart(rows: list[tuple[str, int]], width: int = 360, bar: int = 18) -> tuple[list[Bar], int]:
    """Horizontal bars scaled to the largest value; returns the bars and the chart's height."""
    largest = max((v for _, v in rows), default=0) or 1
    room = width - 150
    bars = [Bar(label, value, i * (bar + 4), round(value / largest * room, 1)) for i, (label, value) in enumerate(rows)]
    return bars, len(rows) * (bar + 4)
