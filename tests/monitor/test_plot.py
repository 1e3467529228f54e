from pathlib import Path

import matplotlib.image
import pytest

from flashpoint.monitor.cluster import cluster_reports
from flashpoint.errors import NothingFound
from flashpoint.monitor.plot import plot_dyad, plot_network

from .. import streams


def _png(path: Path) -> tuple[int, int]:
    pixels = matplotlib.image.imread(path)
    assert pixels.std() > 0.05, f"{path} is blank"  # real content, not one colour
    return pixels.shape[1], pixels.shape[0]


def test_dyad_plot_draws_the_line_and_one_marker_per_event(store, tmp_path: Path) -> None:
    ids = streams.escalation(store)
    cluster_reports(store)
    drawn = plot_dyad(store, "AAA", "BBB", tmp_path / "dyad.png")
    assert _png(tmp_path / "dyad.png") == (1000, 450)
    assert drawn.markers == {1: 10, 2: 0, 3: 3, 4: 2}
    assert len(drawn.periods) == len(drawn.escalation) == 13
    assert drawn.annotated == ids["mobilize"] + ids["threaten"][:1]


def test_network_plot_ranks_dyads_by_volume(store, tmp_path: Path) -> None:
    streams.escalation(store)
    streams.five_outlets(store)
    drawn = plot_network(store, tmp_path / "net.png")
    assert _png(tmp_path / "net.png") == (700, 700)
    assert drawn.edges == [("AAA", "BBB", 15, pytest.approx(4 / 15)), ("CCC", "DDD", 5, -9.0)]
    assert drawn.nodes == ["AAA", "BBB", "CCC", "DDD"]


def test_nothing_to_plot(store, tmp_path: Path) -> None:
    with pytest.raises(NothingFound):
        plot_network(store, tmp_path / "net.png")
    streams.escalation(store)
    with pytest.raises(NothingFound, match="BBB to AAA"):
        plot_dyad(store, "BBB", "AAA", tmp_path / "dyad.png")
    assert not (tmp_path / "dyad.png").exists()
