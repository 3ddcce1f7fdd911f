"""Resolve date expressions near a predicate, relative to the publication date.

Returns the period an expression names (start, end, precision) so the coder can say when an
event happened and whether it lies clearly before publication (`historical`). The words it
knows (months, seasons, counts, non-year cues) are in data/patterns/dates.yaml and the named
eras ("the Cold War") in data/patterns/eras.tsv; the conventions are in docs/dates.md.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from importlib.resources import files

import yaml

from allegiance.datafiles import read_tsv

# days between the end of a named period and publication beyond which an event is history
HISTORICAL_AFTER_DAYS = 365
# "on March 20" without a year may lie this far after publication (a scheduled event)
UNDATED_DAY_AHEAD_DAYS = 60

_WORDS = yaml.safe_load((files("allegiance") / "data" / "patterns" / "dates.yaml").read_text("utf-8"))


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    precision: str  # day | week | month | season | year | decade | century (the unit of its ends)
    open_end: bool = False  # "since 2019": still running at publication

    @property
    def iso(self) -> str:
        """ISO 8601 style: '2019-03-14', '2019-W11', '2019-03', '2019', '1960s'; a period
        longer than one unit is an interval '2003/2005', an open one '2019/..'."""
        first = _format(self.start, self.precision)
        if self.open_end:
            return f"{first}/.."
        last = _format(self.end, self.precision)
        return first if first == last else f"{first}/{last}"

    def is_historical(self, published: date | None, threshold_days: int = HISTORICAL_AFTER_DAYS) -> bool:
        if self.open_end:
            return False
        reference = published or date.today()
        return (reference - self.end).days > threshold_days

    def is_future(self, published: date | None) -> bool:
        return published is not None and self.start > published


def _format(d: date, precision: str) -> str:
    if precision == "day":
        return d.isoformat()
    if precision == "week":
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}"
    if precision in ("month", "season"):
        return d.strftime("%Y-%m")
    if precision == "decade":
        return f"{d.year // 10 * 10}s"
    return f"{d.year:04d}"


# --- vocabulary -------------------------------------------------------------------------

MONTHS = {name.lower(): i for i, names in enumerate(_WORDS["months"], 1) for name in names}
WEEKDAYS = {name.lower(): i for i, name in enumerate(_WORDS["weekdays"])}
SEASONS: dict[str, list[int]] = _WORDS["seasons"]
NUMBERS = {str(k).lower(): v for k, v in _WORDS["numbers"].items()}
DECADE_WORDS: dict[str, int] = _WORDS["decade_words"]
DATE_WORDS = set(_WORDS["date_words"])
NOT_YEAR_BEFORE = [str(w).lower() for w in _WORDS["not_year_before"]]
NOT_YEAR_AFTER = {str(w).lower() for w in _WORDS["not_year_after"]}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH = r"(?:" + _alt(n for names in _WORDS["months"] for n in names) + r")\b(?![-']\w)\.?"  # case-sensitive
_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[1-9]\d\d|20\d\d)"
_DAY_DATES = (rf"{_ORD}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}|{_MONTH}\s+{_ORD},?\s+{_YEAR}"
              rf"|{_YEAR}-\d\d-\d\d")
_SIDE = rf"(?:{_DAY_DATES}|{_MONTH},?\s+(?:of\s+)?{_YEAR}|{_MONTH}\s+{_ORD}|{_ORD}\s+(?:of\s+)?{_MONTH}|{_MONTH}|{_YEAR})"
_FUTURE = re.compile(r"(?i)\b(?:" + _alt(w for w in _WORDS["future_words"] if w[0].isalpha()) + r")\b|'ll\b")
_SEASON = _alt(SEASONS)
_UNIT = r"(day|week|month|year|decade)s?"
_NUMBER = r"(\d{1,3}|" + _alt(NUMBERS) + r")"
_Q = r"(?:\b(?P<q>early|mid|late)[- ]+)?"

_RANGE = re.compile(rf"\b(?:between|from)\s+(?:the\s+)?({_SIDE})\s*(?:and|to|until|till|through|-)\s*"
                    rf"(?:the\s+)?({_SIDE})(?![\w-])")
_YEAR_RANGE = re.compile(rf"\b({_YEAR})\s*(?:-|/|to)\s*(\d\d|{_YEAR})\b(?![-/]\d)")
_ISO_DAY = re.compile(r"\b(\d{4})-(\d\d)-(\d\d)\b")
_DAY_MONTH_YEAR = re.compile(rf"\b(?P<d>{_ORD})\s+(?:of\s+)?(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b")
_MONTH_DAY_YEAR = re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>{_ORD}),?\s+(?P<y>{_YEAR})\b")
_MONTH_YEAR = re.compile(rf"\b(?P<m>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR})\b")
_ISO_MONTH = re.compile(r"\b(\d{4})-(\d\d)\b(?!-)")
_SEASON_YEAR = re.compile(rf"(?i)\b(?P<s>{_SEASON})\s+(?:of\s+)?(?P<y>{_YEAR})\b")
_DECADE = re.compile(
    rf"(?P<the>\bthe\s+)?{_Q}(?:\b(?P<full>(?:1[1-9]|20)\d0)s|'(?P<apos>\d0)s|\b(?P<two>\d0)s"
    rf"|\b(?P<word>{_alt(DECADE_WORDS)}))\b", re.I)
_MORE_DECADES = re.compile(r"\s*(?:,|and|to|-|through|until)\s*(?:the\s+)?(?:((?:1[1-9]|20)\d0)s|'?(\d0)s)\b")
_CENTURY = re.compile(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)\s+century\b")
_YEAR_ALONE = re.compile(rf"(?<![\d,.$€£#])\b(?P<y>{_YEAR})\b(?![,.]\d|-\d)")
_AGO = re.compile(rf"(?i)\b{_NUMBER}\s+{_UNIT}\s+ago\b")
_IN_N = re.compile(rf"(?i)\b(?:in|within)\s+{_NUMBER}\s+{_UNIT}\b(?!\s+ago)")
_PAST_N = re.compile(rf"(?i)\b(?:the\s+)?(?:past|last)\s+{_NUMBER}\s+{_UNIT}\b")
_PAST_ONE = re.compile(r"(?i)\bthe\s+past\s+(day|week|month|year|decade)\b")
_VAGUE = re.compile(r"(?i)\b(?:the\s+)?(coming|recent|next few|past few)\s+(days|weeks|months)\b")
_DAY_WORDS = re.compile(r"(?i)\b(the day before yesterday|the day after tomorrow|yesterday|today|tonight"
                        r"|tomorrow|last night|this (?:morning|afternoon|evening))\b")
_UNIT_WORDS = re.compile(
    rf"(?i)\b(last|next|this|coming|earlier this|later this|early this|late this|early last|late last"
    rf"|early next|late next)\s+(week|weekend|month|year|decade|century|{_SEASON})\b")
_WEEKDAY = re.compile(r"(?i)\b(?:(last|next|this)\s+)?(" + _alt(WEEKDAYS) + r")\b")
_MONTH_DAY = re.compile(rf"\b(?:(?P<m>{_MONTH})\s+(?P<d>{_ORD})\b(?!\s*(?:,\s*)?\d)|(?P<d2>{_ORD})\s+(?:of\s+)?(?P<m2>{_MONTH}))")
_BARE_MONTH = re.compile(rf"(?i:\b(?P<w>{_alt(DATE_WORDS)}))[- ](?:(?:the\s+)?(?:early|mid|late|end of|beginning of|start of)[- ]+)?(?P<m>{_MONTH})")
_BARE_SEASON = re.compile(rf"(?i)\b(?:in|during|since)\s+(?:the\s+)?(?:(?:early|late)\s+)?({_SEASON})\b(?!\s+(?:of\s+)?\d)")
_SINCE = re.compile(r"(?i)\bsince\b")
_POST = re.compile(r"(?i)\bpost[- ]$")


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day_of(text: str) -> int:
    return int(re.match(r"\d+", text).group())


# --- the resolver -----------------------------------------------------------------------

def resolve(text: str, published: date | None, future: bool | None = None) -> Period | None:
    """The period named in `text` (a predicate's date phrase), or None.

    A bare weekday or month is the last one on or before publication, or the next one on or
    after it when the phrase is future (`future`, else inferred from "will"/"shall" in `text`).
    "since 2019" names a period that runs up to publication: an ongoing state, not history.
    """
    if published is None:  # read against today, which moves
        return _resolve(text, published, future)
    return _resolve_cached(text, published, future)


@functools.lru_cache(maxsize=4096)
def _resolve_cached(text: str, published: date, future: bool | None) -> Period | None:
    """Every candidate of a sentence asks for the same phrase: a phrase and a date always name
    the same (frozen) period."""
    return _resolve(text, published, future)


def _resolve(text: str, published: date | None, future: bool | None) -> Period | None:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    if future is None:
        future = bool(_FUTURE.search(text))
    for finder in (_range, _explicit, _decade, _year, _era, _counted, _relative, _weekday, _undated):
        found = finder(text, published, future)
        if found is not None:
            period, where = found
            if published is not None and not period.open_end and _SINCE.search(text[:where]):
                return Period(period.start, max(published, period.end), period.precision, open_end=True)
            return period
    return None


def _years(a: int, b: int, precision: str = "year") -> Period:
    return Period(date(a, 1, 1), date(b, 12, 31), precision)


def _month_period(year: int, month: int) -> Period:
    return Period(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month")


def _day(year: int, month: int, day: int) -> Period | None:
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return Period(d, d, "day")


def _span(a: Period, b: Period) -> Period | None:
    order = ["day", "week", "month", "season", "year", "decade", "century"]
    if b.end < a.start:
        return None
    return Period(a.start, b.end, max(a.precision, b.precision, key=order.index))


def _range(text, published, future):
    """'between 2003 and 2005', 'from March to May 2019', '2014-2016', '1980-88'."""
    for m in _RANGE.finditer(text):
        first, second = m.group(1), m.group(2)
        year = re.search(_YEAR + r"$", second)
        if year and not re.search(_YEAR, first):
            first = f"{first} {year.group()}"
        a = _explicit(first, published, future, bare=True) or _undated(first, published, future, bare=True)
        b = _explicit(second, published, future, bare=True) or _undated(second, published, future, bare=True)
        if not (a and b and _is_year(text, m.start(2), m.end(2))):
            continue
        a, b = a[0], b[0]
        if a.precision == "month" and b.precision == "month" and b.end < a.start and not year:
            a = _month_period(a.start.year - 1, a.start.month)  # "from November to February"
        span = _span(a, b)
        if span:
            return span, m.start()
    for m in _YEAR_RANGE.finditer(text):
        a, tail = int(m.group(1)), m.group(2)
        b = int(tail) if len(tail) == 4 else a // 100 * 100 + int(tail)
        if a < b <= a + 100 and _is_year(text, m.start(), m.end()):
            return _years(a, b), m.start()
    return None


def _explicit(text, published, future, bare=False):
    """Dates that carry their own year: '3 March 2021', 'March 3, 2021', '2021-03-03',
    'March 2019', 'summer 2019'."""
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        m = pattern.search(text)
        if m and (p := _day(int(m["y"]), _month(m["m"]), _day_of(m["d"]))):
            return p, m.start()
    m = _ISO_DAY.search(text)
    if m and (p := _day(int(m[1]), int(m[2]), int(m[3]))):
        return p, m.start()
    m = _MONTH_YEAR.search(text)
    if m:
        return _month_period(int(m["y"]), _month(m["m"])), m.start()
    m = _ISO_MONTH.search(text)
    if m and 1 <= int(m[2]) <= 12 and int(m[1]) >= 1100:
        return _month_period(int(m[1]), int(m[2])), m.start()
    m = _SEASON_YEAR.search(text)
    if m:
        return _season(m["s"].lower(), int(m["y"])), m.start()
    if bare and re.fullmatch(_YEAR, text.strip()):
        return _years(int(text), int(text)), 0
    return None


def _season(name: str, year: int) -> Period:
    """The season of `year`; winter carries the year of its January."""
    months = SEASONS[name]
    first_year = year - 1 if months[0] > months[-1] else year
    start = date(first_year, months[0], 1)
    end = _month_period(year, months[-1]).end
    return Period(start, end, "season")


def _decade(text, published, future):
    """'the 1960s', 'the early 1990s', "the '80s", 'the 1960s, 70s and 80s', 'the 19th century'."""
    for m in _DECADE.finditer(text):
        if (m["two"] or m["word"]) and not m["the"]:
            continue  # "in their 80s", "in his sixties" are ages
        if m["full"]:
            first = int(m["full"])
        else:
            tens = int(m["apos"] or m["two"] or 0) if not m["word"] else DECADE_WORDS[m["word"].lower()]
            first = _latest_decade(tens, published)
        last, pos = first, m.end()
        while more := _MORE_DECADES.match(text, pos):
            nxt = int(more[1]) if more[1] else last // 100 * 100 + int(more[2])
            last = nxt + 100 if nxt < last else nxt
            pos = more.end()
        q = (m["q"] or "").lower()
        if q and last == first:
            lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[q]
            return _years(first + lo, first + hi), m.start()
        return _years(first, last + 9, "decade"), m.start()
    m = _CENTURY.search(text)
    if m:
        start = (int(m[1]) - 1) * 100
        return _years(start, start + 99, "century"), m.start()
    return None


def _latest_decade(tens: int, published: date | None) -> int:
    """'the 80s' → 1980; 'the 20s' → the 2020s when that decade has begun, else the 1920s."""
    now = (published or date.today()).year
    decade = now // 100 * 100 + tens
    return decade if decade <= now else decade - 100


def _year(text, published, future):
    for m in _YEAR_ALONE.finditer(text):
        if _is_year(text, m.start(), m.end()):
            return _years(int(m["y"]), int(m["y"])), m.start()
    return None


def _is_year(text: str, start: int, end: int) -> bool:
    """A four-digit number is a year unless a count or amount surrounds it ("2000 people")."""
    before = text[:start].lower().rstrip()
    if any(before.endswith(w) and (not w[-1].isalpha() or not before[:-len(w)][-1:].isalpha())
           for w in NOT_YEAR_BEFORE):
        return False
    after = re.findall(r"[%\w]+", re.split(r"[;,]", text[end:].lower(), maxsplit=1)[0])
    while after and (after[0].isdigit() or after[0] in ("and", "or", "to")):
        after.pop(0)  # "between 1500 and 2000 troops": the noun after the second number counts
    return not any(w in NOT_YEAR_AFTER for w in after[:2])


def _era_pattern(name: str) -> re.Pattern:
    """Capitalised words must stay capitalised ("Cold War", not "a new cold war"); the rest of
    each word, and lower-case words, match in any case; spaces and hyphens are alike."""
    words = []
    for word in re.split(r"[\s\-]+", name.strip()):
        first = re.escape(word[0]) if word[0].isupper() else f"[{word[0].upper()}{word[0].lower()}]"
        words.append(first + "(?i:" + re.escape(word[1:]) + ")")
    return re.compile(r"\b" + r"[\s\-]+".join(words) + r"\b")


def _load_eras() -> list[tuple[re.Pattern, int, int | None]]:
    """(pattern, first year, last year or None while ongoing), longest name first, so that
    "Iran-Iraq war" is found before "Iraq war"."""
    names = []
    for row in read_tsv("patterns", "eras.tsv"):
        end = int(row["end"]) if row["end"] else None
        for name in [row["name"], *(row["aliases"] or "").split("|")]:
            if name:
                names.append((name, int(row["start"]), end))
    names.sort(key=lambda n: -len(n[0]))
    return [(_era_pattern(name), start, end) for name, start, end in names]


ERAS = _load_eras()


def _era(text, published, future):
    """'during the Cold War'; 'post-Cold War' and 'since the Gulf War' are the time after it."""
    for pattern, start, end in ERAS:
        m = pattern.search(text)
        if not m:
            continue
        ongoing = end is None
        after = _POST.search(text[:m.start()]) or _SINCE.search(text[:m.start()])
        if after and not ongoing:
            return Period(date(end, 1, 1), max(published or date.today(), date(end, 12, 31)), "year", True), m.start()
        last = (published or date.today()).year if ongoing else end
        return Period(date(start, 1, 1), date(last, 12, 31), "year", ongoing), m.start()
    return None


def _count(word: str) -> tuple[int, int]:
    value = NUMBERS.get(word.lower(), None) if not word.isdigit() else int(word)
    return (value[0], value[1]) if isinstance(value, list) else (value, value)


def _shift(d: date, n: int, unit: str) -> date:
    """`d` moved by n units (negative: back); months and years keep the day where they can."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    index = d.year * 12 + d.month - 1 + months
    y, mo = divmod(index, 12)
    return date(y, mo + 1, min(d.day, calendar.monthrange(y, mo + 1)[1]))


def _unit_period(d: date, unit: str) -> Period:
    """The day, week, month or year that holds `d` (a decade back is dated to its year)."""
    if unit == "day":
        return Period(d, d, "day")
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return Period(monday, monday + timedelta(days=6), "week")
    if unit == "month":
        return _month_period(d.year, d.month)
    return _years(d.year, d.year)


def _counted(text, published, future):
    """'three days ago', 'a decade ago', 'in two weeks', 'the past five years', 'in recent days'."""
    if published is None:
        return None
    m = _AGO.search(text)
    if m and (n := _count(m[1]))[0] is not None:
        lo, hi = n
        unit = m[2].lower()
        a, b = _unit_period(_shift(published, -hi, unit), unit), _unit_period(_shift(published, -lo, unit), unit)
        return Period(a.start, b.end, a.precision), m.start()
    m = _IN_N.search(text)
    if m and (n := _count(m[1]))[0] is not None and not re.fullmatch(r"\d{4}", m[1]):
        unit = m[2].lower()
        return _unit_period(_shift(published, n[1], unit), unit), m.start()
    m = _PAST_N.search(text)
    if m and (n := _count(m[1]))[0] is not None:
        return Period(_shift(published, -n[1], m[2].lower()), published, "day"), m.start()
    m = _PAST_ONE.search(text)
    if m:
        return Period(_shift(published, -1, m[1].lower()), published, "day"), m.start()
    m = _VAGUE.search(text)
    if m:
        days = {"days": 7, "weeks": 28, "months": 182}[m[2].lower()]
        if m[1].lower() in ("coming", "next few"):
            return Period(published + timedelta(days=1), published + timedelta(days=days), "day"), m.start()
        return Period(published - timedelta(days=days), published, "day"), m.start()
    return None


def _relative(text, published, future):
    """'yesterday', 'last week', 'earlier this month', 'later this year', 'last summer'."""
    if published is None:
        return None
    m = _DAY_WORDS.search(text)
    if m:
        shift = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "tomorrow": 1,
                 "the day after tomorrow": 2}.get(m[1].lower(), 0)
        d = published + timedelta(days=shift)
        return Period(d, d, "day"), m.start()
    m = _UNIT_WORDS.search(text)
    if not m:
        return None
    which, unit = m[1].lower(), m[2].lower()
    step = -1 if which.endswith("last") else 1 if which.endswith(("next", "coming")) else 0
    if unit in SEASONS:
        return _relative_season(unit, {-1: "last", 0: "this", 1: "next"}[step], published), m.start()
    if unit == "weekend":
        saturday = published - timedelta(days=published.weekday()) + timedelta(days=5, weeks=step)
        return Period(saturday, saturday + timedelta(days=1), "day"), m.start()
    if unit in ("decade", "century"):
        size = 10 if unit == "decade" else 100
        first = published.year // size * size + step * size
        return _years(first, first + size - 1, unit), m.start()
    whole = _unit_period(_shift(published, step, unit), unit)
    if which == "earlier this":
        whole = Period(whole.start, published, whole.precision)
    elif which == "later this":
        whole = Period(min(published + timedelta(days=1), whole.end), whole.end, whole.precision)
    return whole, m.start()


def _relative_season(name: str, which: str, published: date) -> Period:
    """last: the latest such season over before publication; next: the first to start after
    it; latest: the latest begun by publication; coming: the first not over by publication;
    this: the one of this year (for winter, from July on, the coming one)."""
    if which == "this":
        return _season(name, published.year + (1 if name == "winter" and published.month >= 7 else 0))
    seasons = [_season(name, y) for y in range(published.year - 2, published.year + 3)]
    return {
        "last": lambda: [p for p in seasons if p.end < published][-1],
        "latest": lambda: [p for p in seasons if p.start <= published][-1],
        "next": lambda: [p for p in seasons if p.start > published][0],
        "coming": lambda: [p for p in seasons if p.end >= published][0],
    }[which]()


def _weekday(text, published, future):
    """'on Tuesday' (the last Tuesday on or before publication; with 'will', the next one on or
    after), 'last Monday' (strictly before), 'next Friday' (strictly after), 'this Friday'."""
    if published is None:
        return None
    m = _WEEKDAY.search(text)
    if not m:
        return None
    which, target = (m[1] or "").lower(), WEEKDAYS[m[2].lower()]
    back = (published.weekday() - target) % 7
    if which == "last":
        d = published - timedelta(days=back or 7)
    elif which == "next":
        d = published + timedelta(days=(target - published.weekday()) % 7 or 7)
    elif which == "this":
        d = published - timedelta(days=published.weekday() - target)
    elif future:
        d = published + timedelta(days=(target - published.weekday()) % 7)
    else:
        d = published - timedelta(days=back)
    return Period(d, d, "day"), m.start()


def _undated(text, published, future, bare=False):
    """'on March 3', '3 March' and 'in March', 'last March', 'in the summer' without a year."""
    if published is None:
        return None
    m = _MONTH_DAY.search(text)
    if m and _is_year_free(text, m.end()):
        month, day = _month(m["m"] or m["m2"]), _day_of(m["d"] or m["d2"])
        days = [p for y in range(published.year - 1, published.year + 2) if (p := _day(y, month, day))]
        if future:  # the first such day on or after publication
            days = [p for p in days if p.start >= published][:1]
        else:  # the last one no more than two months after publication ("scheduled for March 20")
            days = [p for p in days if (p.start - published).days <= UNDATED_DAY_AHEAD_DAYS][-1:]
        return (days[0], m.start()) if days else None
    m = _BARE_MONTH.search(text)
    word = m["w"].lower() if m else ""
    if m is None and bare:
        m = re.search(rf"\b(?P<m>{_MONTH})", text)
    if m:
        month, now = _month(m["m"]), published.year * 12 + published.month - 1
        if word == "last":
            index = max(i for i in range(now - 12, now) if i % 12 == month - 1)
        elif word == "next" or future:
            index = min(i for i in range(now + (word == "next"), now + 13) if i % 12 == month - 1)
        elif word == "this":
            index = published.year * 12 + month - 1
        else:
            index = max(i for i in range(now - 11, now + 1) if i % 12 == month - 1)
        return _month_period(index // 12, index % 12 + 1), m.start("m")
    m = _BARE_SEASON.search(text)
    if m:
        return _relative_season(m[1].lower(), "coming" if future else "latest", published), m.start(1)
    return None


def _is_year_free(text: str, end: int) -> bool:
    return not re.match(rf",?\s*{_YEAR}\b", text[end:])
