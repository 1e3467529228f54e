from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import flashpoint
from flashpoint.dates import WEEKDAYS, fixed_by_itself, is_historical, resolve

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
        ("early in June last year", "2022-06", "month"),
        ("on 3 March last year", "2022-03-03", "day"),
        ("in January next year", "2024-01", "month"),
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


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 12))
def test_a_month_of_last_year_is_that_month_a_year_back(published: date, month: int) -> None:
    name = date(2000, month, 1).strftime("%B")
    resolved = resolve(f"in {name} last year", published)
    assert (resolved.value, resolved.precision) == (f"{published.year - 1:04d}-{month:02d}", "month")


@given(st.text(max_size=60), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_never_raises(text: str, published: date) -> None:
    resolved = resolve(text, published)
    assert resolved is None or resolved.precision in {"day", "month", "year"}


@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_a_date_with_its_year_is_the_same_whatever_the_publication_date(day: date, published: date) -> None:
    text = f"on {day.day} {day.strftime('%B')} {day.year}"
    resolved = resolve(text, published)
    assert resolved is not None and resolved.value == day.isoformat() and fixed_by_itself(text, resolved)


def test_a_date_read_against_the_publication_date_is_not_fixed_by_itself() -> None:
    for text in ("on Monday", "last year", "in March", "two weeks ago"):
        resolved = resolve(text, date(2022, 5, 5))
        assert resolved is not None and not fixed_by_itself(text, resolved)


def test_an_undated_document_keeps_the_dates_its_words_fix() -> None:
    dated = flashpoint.code_text("On 3 May 1841, two factions of the Peruvian army clashed near Lima.", published=None)
    assert [(e.date, e.date_precision) for e in dated] == [("1841-05-03", "day")]
    relative = flashpoint.code_text("Peruvian troops clashed with rebels near Lima on Monday.", published=None)
    assert relative and all(e.date is None for e in relative)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Peru demanded that Chile return the islands seized in 1879.", "demanded"),
    ("The statement accused Britain of illegally occupying the islands in 1833.", "accused"),
    ("Ukraine said Russia attacked the dam built in 1956.", "attacked"),
])
def test_a_date_that_times_another_verb_inside_the_act_is_not_the_acts(text: str, trigger: str) -> None:
    events = [e for e in flashpoint.code_text(text, published="2024-06-05") if e.trigger.text == trigger]
    assert events and events[0].modality == "actual" and str(events[0].date).startswith("2024")


@pytest.mark.parametrize("text", ["Indonesia and South Korea agreed to develop a fighter jet jointly in 2014.",
                                  "The rebel leader was jailed after being extradited from Spain in 2015.",
                                  "The Kenyan delegation attended a summit hosted by Ethiopia in 2019."])
def test_a_date_of_what_the_act_sets_out_to_do_or_is_timed_against_is_the_acts_too(text: str) -> None:
    events = flashpoint.code_text(text, published="2024-06-05")
    assert events and events[0].modality == "historical"


def test_an_act_its_date_puts_after_the_story_is_to_come() -> None:
    # a joint drill dated after publication is scheduled: the guide's AGREE (future), not one under way
    drill = flashpoint.code_text("Japan and India hold a joint naval drill in the Bay of Bengal on August 25.", published="2012-08-18")
    assert [(e.event_type, e.modality, e.date) for e in drill] == [("AGREE", "future", "2012-08-25")]
    done = flashpoint.code_text("Japan and India held a joint naval drill in the Bay of Bengal on August 15.", published="2012-08-18")
    assert [(e.event_type, e.modality) for e in done] == [("COOPERATE", "actual")]


def test_a_date_in_a_name_is_not_the_acts_date() -> None:
    # "the June 15 Joint Declaration" names a text; the act is dated by the story
    coded = flashpoint.code_text("The minister rejected the March 3 Accord and the Oct. 9 Declaration.", published="2012-09-18")
    assert [(e.event_type, e.date, e.date_text) for e in coded] == [("REJECT", "2012-09-18", None)]
    summit = flashpoint.code_text("The June 13 summit between Tanzania and Kenya was held in Arusha.", published="2012-09-18")
    assert [e.date for e in summit if e.event_type == "CONSULT"] == ["2012-06-13"]


@pytest.mark.parametrize(("text", "modality"), [
    ("North Korea fired two ballistic missiles into the sea on May 3, local time.", "actual"),  # told as done
    ("Israel imposed a curfew on Hebron until May 5.", "actual"),  # the end of a span, not the act's day
    ("Egypt invited both sides to a summit on May 12 in Cairo.", "actual"),  # the summit's day, not the invitation's
])
def test_a_later_day_in_a_past_act_or_its_content_does_not_make_it_to_come(text: str, modality: str) -> None:
    assert [e.modality for e in flashpoint.code_text(text, published="2024-05-01")][:1] == [modality]


def test_a_weekday_with_a_time_of_day_is_the_acts_date() -> None:
    coded = flashpoint.code_text("Israeli jets struck targets in Rafah on Monday morning.", published="2024-05-01")
    assert [e.date for e in coded] == ["2024-04-29"]


def test_what_a_person_long_dead_did_is_background() -> None:
    from flashpoint.pipeline import code_document
    from flashpoint.records import Document
    from flashpoint.settings import Settings

    def modalities(text: str, published: str) -> list[str]:
        return [e.modality for e in code_document(Document("t", text, published=published), Settings()).events
                if e.event_type == "CONSULT"]

    visit = "HAVANA - Fidel Castro met the Venezuelan president in Havana."
    assert modalities(visit, "2012-05-10") == ["actual"]  # alive then
    assert modalities(visit, "2019-05-10") == ["historical"]  # dead over a year by then (leaders.yaml `died`)
    # a body named after a dead leader acts now
    body = "PYONGYANG - A Kim Il Sung prize committee received the Cambodian envoy in Pyongyang."
    assert modalities(body, "2012-05-10") == ["actual"]


@pytest.mark.parametrize(("text", "day"), [
    ("The Japanese delegation visited Pyongyang on August 12, Juche 89 (2000).", "2000-08-12"),
    ("Officials of the Japanese firm visited Pyongyang in February Juche 86 (1997).", "1997-02"),
])
def test_a_day_dated_in_the_juche_era_takes_the_common_year_in_its_brackets(text: str, day: str) -> None:
    events = [e for e in flashpoint.code_text(text, published="2012-05-10") if e.trigger.text == "visited"]
    assert [(e.date, e.modality) for e in events] == [(day, "historical")]


def test_the_verb_that_tells_an_act_by_its_noun_dates_it() -> None:
    events = flashpoint.code_text("On August 12, 2000, the Chinese premier had a long talk with Japanese lawmakers in Beijing.",
                                  published="2012-08-11")
    assert [(e.trigger.text, e.date, e.modality) for e in events if e.event_type == "CONSULT"] == [("talk", "2000-08-12", "historical")]


def test_a_past_act_told_of_a_party_in_a_dated_clause_is_of_its_time() -> None:
    events = flashpoint.code_text("On May 3, 1972 the Chinese premier met Japanese lawmakers who attended the trade talks in Beijing.",
                                  published="2012-08-11")
    assert [(e.date, e.modality) for e in events if e.trigger.text == "attended"] == [("1972-05-03", "historical")]
