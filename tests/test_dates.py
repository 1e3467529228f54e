from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flashpoint.dates import WEEKDAYS, is_historical, resolve

PUBLISHED = date(2023, 12, 27)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Wednesday", "2023-12-27", "day"),
        ("Monday", "2023-12-25", "day"),
        ("this month", "2023-12", "month"),
        ("last month", "2023-11", "month"),
        ("this year", "2023", "year"),
        ("in March", "2023-03", "month"),
        ("March 3, 2021", "2021-03-03", "day"),
        ("3 March", "2023-03-03", "day"),
        ("since 2019", "2019", "year"),
        ("two weeks ago", "2023-12-13", "day"),
        ("yesterday", "2023-12-26", "day"),
        ("next month", "2024-01", "month"),
    ],
)
def test_resolves_against_publication_date(text: str, expected: str, precision: str) -> None:
    resolved = resolve(text, PUBLISHED)
    assert resolved is not None
    assert (resolved.value, resolved.precision) == (expected, precision)


def test_future_tense_looks_forward() -> None:
    assert resolve("Monday", PUBLISHED, future=True).value == "2024-01-01"
    assert resolve("in March", PUBLISHED, future=True).value == "2024-03"


def test_may_alone_is_not_a_month() -> None:
    assert resolve("may", PUBLISHED) is None
    assert resolve("in May", PUBLISHED).value == "2023-05"


def test_historical() -> None:
    assert is_historical(resolve("since 2019", PUBLISHED), "since 2019", PUBLISHED)
    assert not is_historical(resolve("this year", PUBLISHED), "this year", PUBLISHED)


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.sampled_from(WEEKDAYS))
def test_past_weekday_is_within_the_week_before(published: date, weekday: str) -> None:
    resolved = resolve(weekday.capitalize(), published)
    day = date.fromisoformat(resolved.value)
    assert published - timedelta(days=6) <= day <= published
    assert WEEKDAYS[day.weekday()] == weekday


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_last_month_is_the_month_before(published: date) -> None:
    value = resolve("last month", published).value
    year, month = map(int, value.split("-"))
    assert (year * 12 + month) == (published.year * 12 + published.month) - 1


@given(st.text(max_size=60), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_never_raises(text: str, published: date) -> None:
    resolved = resolve(text, published)
    assert resolved is None or resolved.precision in {"day", "month", "year"}
