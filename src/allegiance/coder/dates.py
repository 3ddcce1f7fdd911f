"""Resolve date expressions near a predicate, relative to the publication date.

Returns the period an expression names (start, end, precision) so the coder can say when an
event happened and whether it lies clearly before publication (`historical`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS.pop("may", None)  # "may" is far more often the modal verb; "May 2020" is handled below
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

# days between the end of a named period and publication beyond which an event is history
HISTORICAL_AFTER_DAYS = 365


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    precision: str  # day | month | year | decade

    @property
    def iso(self) -> str:
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision == "month":
            return self.start.strftime("%Y-%m")
        if self.precision == "year":
            return str(self.start.year)
        return f"{self.start.year}s"

    def is_historical(self, published: date | None, threshold_days: int = HISTORICAL_AFTER_DAYS) -> bool:
        reference = published or date.today()
        return (reference - self.end).days > threshold_days

    def is_future(self, published: date | None) -> bool:
        return published is not None and self.start > published


_FULL = re.compile(
    r"\b(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]+)\.?,?\s+(?P<y1>\d{4})"
    r"|(?P<m2>[A-Z][a-z]+)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))\b"
)
_MONTH_YEAR = re.compile(r"\b(?P<m>[A-Z][a-z]+)\.?\s+(?P<y>\d{4})\b")
_MONTH_DAY = re.compile(r"\b(?P<m>[A-Z][a-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b")
_DECADE = re.compile(r"\b(?P<y>1[5-9]\d0|20[0-9]0)s\b")
_YEAR = re.compile(r"\b(?P<y>1[5-9]\d\d|20\d\d)\b")
_RELATIVE = re.compile(r"\b(yesterday|today|tomorrow|(?:last|next|this|earlier this|later this) (?:week|month|year))\b", re.I)
_WEEKDAY = re.compile(r"\b(" + "|".join(n.title() for n in WEEKDAYS) + r")\b")


def _month_period(year: int, month: int) -> Period:
    last = calendar.monthrange(year, month)[1]
    return Period(date(year, month, 1), date(year, month, last), "month")


def _safe_day(year: int, month: int, day: int) -> Period | None:
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return Period(d, d, "day")


def resolve(text: str, published: date | None) -> Period | None:
    """The most precise period named in `text`, or None.

    "since 2019" names a period that runs up to publication: an ongoing state, not history.
    """
    period = _named_period(text, published)
    if period is not None and published is not None and re.search(r"\bsince\b", text, re.I):
        return Period(period.start, max(published, period.end), period.precision)
    return period


def _named_period(text: str, published: date | None) -> Period | None:
    m = _FULL.search(text)
    if m:
        if m.group("iso"):
            y, mo, d = (int(p) for p in m.group("iso").split("-"))
            return _safe_day(y, mo, d)
        month = (m.group("m1") or m.group("m2")).lower()
        number = MONTHS.get(month) or (5 if month == "may" else None)
        if number:
            return _safe_day(int(m.group("y1") or m.group("y2")), number, int(m.group("d1") or m.group("d2")))
    m = _MONTH_YEAR.search(text)
    if m and (MONTHS.get(m.group("m").lower()) or m.group("m") == "May"):
        return _month_period(int(m.group("y")), MONTHS.get(m.group("m").lower(), 5))
    m = _DECADE.search(text)
    if m:
        decade = int(m.group("y"))
        # "the 1960s, 70s and 80s": the period runs to the last decade named
        last = decade
        for tail in re.findall(r"\b'?([0-9]0)s\b", text[m.end():]):
            candidate = decade // 100 * 100 + int(tail)
            last = max(last, candidate)
        return Period(date(decade, 1, 1), date(last + 9, 12, 31), "decade")
    m = _YEAR.search(text)
    if m:
        y = int(m.group("y"))
        return Period(date(y, 1, 1), date(y, 12, 31), "year")
    if published is None:
        return None
    m = _MONTH_DAY.search(text)
    if m and m.group("m").lower() in MONTHS:
        period = _safe_day(published.year, MONTHS[m.group("m").lower()], int(m.group("d")))
        if period and period.start > published + timedelta(days=60):
            period = _safe_day(published.year - 1, period.start.month, period.start.day)
        return period
    m = _RELATIVE.search(text)
    if m:
        return _relative(m.group(1).lower(), published)
    m = _WEEKDAY.search(text)
    if m:
        back = (published.weekday() - WEEKDAYS[m.group(1).lower()]) % 7
        d = published - timedelta(days=back)
        return Period(d, d, "day")
    return None


def _relative(phrase: str, published: date) -> Period:
    if phrase in ("yesterday", "today", "tomorrow"):
        d = published + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[phrase])
        return Period(d, d, "day")
    unit = phrase.split()[-1]
    step = -1 if phrase.startswith("last") else 1 if phrase.startswith("next") else 0
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        return Period(monday, monday + timedelta(days=6), "week")
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        return _month_period(month_index // 12, month_index % 12 + 1)
    year = published.year + step
    return Period(date(year, 1, 1), date(year, 12, 31), "year")
