"""Resolve date expressions against the publication date, with their precision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

Precision = Literal["day", "month", "year", "publication"]

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3}
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}

_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(\d{{4}}))?")
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}(?:\s+of)?\s+(\d{{4}})\b")
_MONTH_ONLY = re.compile(rf"\b{_MONTH}(?!\w)")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")
_AGO = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(day|week|month|year)s?\s+ago\b")
_RELATIVE = re.compile(r"\b(last|this|next|past|earlier this|later this|coming|previous)\s+(week|month|year)\b")
# "in June last year", "on 3 March next year": the month (and day) of the year named relative to publication
_MONTH_OF_RELATIVE_YEAR = re.compile(rf"\b{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?(last|this|next|previous|coming)\s+year\b")
_STEP = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}  # any other word ("this") is no step


_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$")
_ISO_IN_TEXT = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
EARLIEST_PUBLISHED = date(1800, 1, 1)


def parse_iso(text: str) -> date:
    """YYYY-MM-DD, optionally followed by a time; ValueError saying why for anything else, or an impossible day."""
    m = _ISO.match(text.strip())
    if m is None:
        raise ValueError(f"{text!r} is not a YYYY-MM-DD date")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise ValueError(f"{text!r} is not a real day") from None


def parse_date(value: object, today: date | None = None) -> date | None:
    """The one parser of publication dates (the CLI's --published, JSONL and HTML metadata, the Python API):
    ISO YYYY-MM-DD (with or without a time), else a full English date such as 'May 10, 2024' (dateparser).
    None for no value; ValueError, saying why, for one that is not a date, an impossible day, or a day before
    1800 or after tomorrow (a typed 2999 would stretch a daily series over 356,000 rows)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        parsed = value.date()
    elif isinstance(value, date):
        parsed = value
    else:
        text = str(value).strip()
        parsed = parse_iso(text) if re.match(r"^\d{4}-\d{2}-\d{2}", text) else _natural_date(text)
    latest = (today or date.today()) + timedelta(days=1)
    if parsed > latest:
        raise ValueError(f"{parsed.isoformat()} is in the future; give the real publication date")
    if parsed < EARLIEST_PUBLISHED:
        raise ValueError(f"{parsed.isoformat()} is before {EARLIEST_PUBLISHED.year}; give the real publication date")
    return parsed


def _natural_date(text: str) -> date:
    import dateparser  # heavy: only for dates that are not ISO

    parsed = None
    if re.search(r"\b\d{4}\b", text):  # a full date names its year ('yesterday' is no publication date)
        parsed = dateparser.parse(text[:100], languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    if parsed is None:
        raise ValueError(f"{text[:40]!r} is not a date: use YYYY-MM-DD")
    return parsed.date()


@dataclass(frozen=True)
class ResolvedDate:
    value: str
    precision: Precision


def _month_index(word: str) -> int:
    return MONTH_ABBR[word[:4].rstrip(".") if word[:4].rstrip(".") == "sept" else word[:3]]


def _shift_month(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def _safe_day(year: int, month: int, dom: int) -> ResolvedDate | None:
    try:
        return ResolvedDate(date(year, month, dom).isoformat(), "day")
    except ValueError:
        return None


def _guess_year(month: int, published: date, future: bool) -> int:
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def resolve(text: str, published: date, future: bool = False) -> ResolvedDate | None:
    """'Wednesday', 'last month', 'in March', '3 March 2024', 'this year', 'two weeks ago', '2019' → date and precision."""
    low = text.lower().replace("’", "'")
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", low):
        return ResolvedDate(published.isoformat(), "day")
    if "yesterday" in low:
        return ResolvedDate((published - timedelta(days=1)).isoformat(), "day")
    if "tomorrow" in low:
        return ResolvedDate((published + timedelta(days=1)).isoformat(), "day")
    if m := _ISO_IN_TEXT.search(low):
        return _safe_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        if m := pattern.search(low):
            dom, month = (int(m.group(1)), _month_index(m.group(2))) if order == "dmy" else (int(m.group(2)), _month_index(m.group(1)))
            if m.group(3):
                year = int(m.group(3))
            elif named := _MONTH_OF_RELATIVE_YEAR.search(low):
                year = _year_named(named.group(2), published)
            else:
                year = _guess_year(month, published, future)
            return _safe_day(year, month, dom)
    if m := _MONTH_YEAR.search(low):
        return ResolvedDate(f"{int(m.group(2)):04d}-{_month_index(m.group(1)):02d}", "month")
    if m := _MONTH_OF_RELATIVE_YEAR.search(low):
        return ResolvedDate(f"{_year_named(m.group(2), published):04d}-{_month_index(m.group(1)):02d}", "month")
    if m := _AGO.search(low):
        count = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1)]
        day = published - timedelta(days=count * UNIT_DAYS[m.group(2)])
        return _at_unit(day, m.group(2))
    if m := _RELATIVE.search(low):
        return _relative(m.group(1), m.group(2), published)
    if m := _YEAR.search(low):
        return ResolvedDate(m.group(1), "year")
    for index, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", low):
            delta = (published.weekday() - index) % 7
            day = published + timedelta(days=(index - published.weekday()) % 7) if future else published - timedelta(days=delta)
            return ResolvedDate(day.isoformat(), "day")
    if m := _MONTH_ONLY.search(low):
        if m.group(1) == "may" and not re.search(r"\b(in|since|during|of|by|until|early|late|mid)[- ]may\b", low):
            return None
        month = _month_index(m.group(1))
        return ResolvedDate(f"{_guess_year(month, published, future):04d}-{month:02d}", "month")
    return None


def _at_unit(day: date, unit: str) -> ResolvedDate:
    if unit == "year":
        return ResolvedDate(f"{day.year:04d}", "year")
    if unit == "month":
        return ResolvedDate(f"{day.year:04d}-{day.month:02d}", "month")
    return ResolvedDate(day.isoformat(), "day")


def _year_named(which: str, published: date) -> int:
    """"last year" is the year before publication, "this year" its own."""
    return published.year + _STEP.get(which, 0)


def _relative(which: str, unit: str, published: date) -> ResolvedDate:
    step = _STEP.get(which, 0)
    if unit == "year":
        return ResolvedDate(f"{_year_named(which, published):04d}", "year")
    if unit == "month":
        day = _shift_month(published, step)
        return ResolvedDate(f"{day.year:04d}-{day.month:02d}", "month")
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
    return ResolvedDate(f"{monday.year:04d}-{monday.month:02d}", "month")


_RELATIVE_WORDS = re.compile(r"\b(today|tonight|yesterday|tomorrow|ago|last|next|this|past|previous|coming|earlier|later)\b")


def fixed_by_itself(text: str, resolved: ResolvedDate) -> bool:
    """A date the words fix without a publication date ("on 3 May 1841", "in 2019"), not one read against it
    ("on Monday", "last year", "in March")."""
    return not _RELATIVE_WORDS.search(text.lower()) and resolved.value[:4] in text


def is_historical(resolved: ResolvedDate, text: str, published: date) -> bool:
    """Well before publication: 'in 2019' in a 2023 article, 'since 2019', 'during the 1990s'."""
    year = int(resolved.value[:4])
    if re.search(r"\bsince\b", text.lower()):
        return year < published.year
    if resolved.precision == "year":
        return year < published.year - 1 or (year < published.year and not re.search(r"\blast year\b", text.lower()))
    return (published - date(year, int(resolved.value[5:7]), 1)).days > 400
