from datetime import date, timedelta

import pytest

from flashpoint.monitor.aggregate import series
from flashpoint.monitor.alerts import alerts
from flashpoint.monitor.cluster import cluster_reports
from flashpoint.errors import QueryError
from flashpoint.records import Document
from flashpoint.settings import Settings

from .. import streams

pytestmark = pytest.mark.backends


@pytest.fixture
def escalating(store):
    return store, streams.escalation(store)


def test_weekly_series_of_an_escalating_dyad(escalating) -> None:
    store, _ = escalating
    frame = series(store, "aaa", "BBB", by="week")
    assert list(frame.index[:2]) == ["2024-01-01", "2024-01-08"] and len(frame) == 13
    assert frame["q1"].tolist() == [1] * 10 + [0, 0, 0]
    assert frame.loc["2024-03-11":, ["q3", "q4", "reports", "clusters", "asserted", "claimed"]].values.tolist() == [
        [1, 0, 1, 1, 1, 0], [2, 0, 2, 2, 2, 0], [0, 2, 2, 2, 2, 0]]
    assert frame["score_sum"].tolist() == [2.5] * 10 + [-3.0, -7.0, -11.0]
    assert frame.loc["2024-03-25", "score_mean"] == -5.5 and frame["escalation"].equals(frame["score_sum"])


def test_series_fills_empty_periods_and_honours_direction_and_range(escalating) -> None:
    store, _ = escalating
    assert series(store, "BBB", "AAA").empty
    assert len(series(store, "BBB", "AAA", both=True)) == 13
    march = series(store, "AAA", by="day", since="2024-03-10", until="2024-03-21")
    assert list(march.index) == [(date(2024, 3, 10) + timedelta(days=i)).isoformat() for i in range(12)]
    assert march["reports"].sum() == 3 and march.loc["2024-03-15", "reports"] == 0
    assert series(store, "AAA", "BBB", by="month")["reports"].tolist() == [5, 4, 6]


def test_bad_requests_are_query_errors(escalating) -> None:
    store, _ = escalating
    for kwargs, message in [({"since": "2024-03-02", "until": "2024-03-01"}, "range is empty"),
                            ({"until": (date.today() + timedelta(days=2)).isoformat()}, "in the future"),
                            ({"since": "March"}, "not a YYYY-MM-DD date"), ({"by": "year"}, "not a period")]:
        with pytest.raises(QueryError, match=message):
            series(store, "AAA", "BBB", **kwargs)
    with pytest.raises(QueryError, match="not an actor code"):
        series(store, "A;B")


def test_index_discounts_claims_and_future_and_drops_negated(store) -> None:
    doc = Document("mixed", "Four statements about GGG and HHH.", published="2024-02-01")
    streams.save(store, doc,
                 streams.event(doc, "ASSAULT", "GGG", "HHH", "2024-02-01", at=0),
                 streams.event(doc, "ASSAULT", "GGG", "HHH", "2024-02-01", claimed_by="HHH", at=6),
                 streams.event(doc, "THREATEN", "GGG", "HHH", "2024-02-01", modality="future", at=12),
                 streams.event(doc, "MOBILIZE", "GGG", "HHH", "2024-02-01", modality="negated", at=18))
    row = series(store, "GGG", "HHH", by="day").iloc[0]
    assert row["escalation"] == -9.0 - 4.5 - 1.75
    assert (row["reports"], row["asserted"], row["claimed"], row["score_sum"]) == (4, 3, 1, -27.0)


def test_escalation_alerts(escalating) -> None:
    store, ids = escalating
    found = [(a.rule, a.period, a.event_ids) for a in alerts(store)]
    assert found == [
        ("spike", "2024-03-18", tuple(ids["threaten"])),  # equal weight: by date
        ("first_conflict", "2024-03-25", (ids["mobilize"][0],)),
        ("spike", "2024-03-25", tuple(ids["mobilize"])),
    ]
    assert alerts(store, since="2024-03-25")[0].rule == "first_conflict"
    tight = Settings(escalation_threshold=-5.0, spike_z=10.0)
    assert [(a.rule, a.period, a.value) for a in alerts(store, settings=tight)] == [
        ("threshold", "2024-03-18", -7.0), ("first_conflict", "2024-03-25", -5.5)]


def test_clustered_reports_count_once_weighted_by_independent_sources(store) -> None:
    reports = streams.five_outlets(store)
    assert series(store, "CCC", "DDD", by="month")["escalation"].tolist() == [-45.0]
    cluster_reports(store)
    row = series(store, "CCC", "DDD", by="month").iloc[0]
    assert (row["reports"], row["clusters"]) == (5, 1)
    assert row["escalation"] == pytest.approx(-9.0 * 3)  # one event, weight 1 + log2(4 independent sources)
    [first, threshold] = alerts(store)
    assert (first.rule, first.event_ids, threshold.rule, threshold.value) == ("first_conflict", tuple(sorted(reports)), "threshold", -27.0)
    assert set(threshold.event_ids) == set(reports)


def test_denied_claim_raises_a_claimed_first_conflict_only(store) -> None:
    ids = streams.denied_claim(store)
    [alert] = alerts(store)
    assert (alert.rule, alert.actor, alert.recipient, alert.event_ids) == ("first_conflict", "FFF", "EEE", (ids["claim"],))
    assert "claimed by a source" in alert.message


def test_alert_settings_are_typed_and_unknown_keys_stay_errors(tmp_path) -> None:
    from flashpoint.errors import ConfigError
    from flashpoint.settings import load_settings

    path = tmp_path / "s.yaml"
    path.write_text("spike_z: 2.5\nalert_by: month\n")
    assert (load_settings(path).spike_z, load_settings(path).alert_by) == (2.5, "month")
    for bad in ("alert_by: year\n", "spike_threshold: 3\n"):
        path.write_text(bad)
        with pytest.raises(ConfigError):
            load_settings(path)


def test_day_alerts_pass_over_an_event_whose_date_carries_a_time(escalating) -> None:
    store, _ = escalating
    doc = Document("timed", "A report about AAA and BBB at half past ten.", published="2024-02-07")
    streams.save(store, doc, streams.event(doc, "ASSAULT", "AAA", "BBB", "2024-02-07T10:30:00"))
    daily = Settings(alert_by="day")
    assert [a.rule for a in alerts(store, settings=daily)]  # answers, rather than failing on the odd label
