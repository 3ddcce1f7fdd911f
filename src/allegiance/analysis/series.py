"""Dyad time series: how much, and what kind of, interaction per dyad and period.

Everything here is SQL run inside DuckDB over the `events` table, so a store with millions of
events never has to fit in Python. `counted_sql` is the one definition of "an event that counts"
(asserted, two different known states, not a derived mirror, one row per real-world event) that
the index, drift and bloc analyses all build on; docs/analysis.md explains each rule.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from allegiance.store import Store

PERIODS = ("day", "week", "month", "year")


# -- periods -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A half-open date range [start, end) with the label the user typed."""

    label: str
    start: date
    end: date  # exclusive

    def to_dict(self) -> dict:
        return {"label": self.label, "start": self.start.isoformat(),
                "end": (self.end - timedelta(days=1)).isoformat()}  # fmt: skip


def _bounds(text: str) -> tuple[date, date]:
    """First day and the day after the last day of a year, month or day written in ISO form."""
    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        year = int(text)
        return date(year, 1, 1), date(year + 1, 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        first = date.fromisoformat(text + "-01")
        return first, (first + timedelta(days=32)).replace(day=1)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        day = date.fromisoformat(text)
        return day, day + timedelta(days=1)
    raise ValueError(f"{text!r} is not a period: use YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO")


def parse_period(text: str) -> Period:
    """`2017`, `2017-03`, `2017-03-14`, or a range `2016-07..2017-06` (both ends included)."""
    if ".." in text:
        first, last = text.split("..", 1)
        start, end = _bounds(first)[0], _bounds(last)[1]
    else:
        start, end = _bounds(text)
    if end <= start:
        raise ValueError(f"{text!r}: the period ends before it starts")
    return Period(text.strip(), start, end)


# -- the counted events --------------------------------------------------------------------


def has_column(store: Store, table: str, column: str) -> bool:
    rows = store._con.execute(f"PRAGMA table_info('{table}')").fetchall()
    return any(row[1] == column for row in rows)


def dyad_filter(a: str, b: str) -> tuple[str, list]:
    """SQL (and its parameters) for events between `a` and `b`, in either direction."""
    fa, pa = actor_filter("src", a)
    fb, pb = actor_filter("tgt", b)
    rb, qb = actor_filter("src", b)
    ra, qa = actor_filter("tgt", a)
    return f"(({fa} AND {fb}) OR ({rb} AND {ra}))", pa + pb + qb + qa


def actor_filter(side: str, spec: str) -> tuple[str, list]:
    """SQL condition matching one side of an event to `IRQ` (country) or `IRQGOV` (actor code).

    A three-letter spec is a country; a longer one is an actor code prefix, so `IRQGOV` matches
    the Iraqi government (and any finer code under it) but not Iraqi rebels or the military.
    """
    spec = spec.strip().upper()
    if len(spec) <= 3:
        return f"{side} = ?", [spec]
    return f"(starts_with({side}_code, ?) AND {side} = ?)", [spec, spec[:3]]


def counted_sql(
    store: Store,
    where: str = "",
    params: list | None = None,
    *,
    period: Period | None = None,
    dated: bool = True,
) -> tuple[str, list]:
    """A subquery of the counted events, with a weight column `w`, and its parameters.

    Columns: grp, event_id, doc_id, gid, src, tgt, src_code, tgt_code, g (Goldstein), x (Goldstein/10),
    quad, day, confidence, w. Aggregate with the weight: events = sum(w), Goldstein sum =
    sum(w * g), and so on. `where` is extra SQL over the same columns (e.g. a dyad). `day` is
    the event's own day, or the publication date when the text gave none.

    Reports of one real-world event share a `group_id` once the store groups duplicates, and
    each group must count once. Ranking ten million rows by group to keep one would dominate
    the query, so instead every counted row comes with w = +1 and, for the few groups with
    several counted rows, every row but the first (earliest, most confident, then event id)
    comes a second time with w = -1. Sums over w are then exactly sums over one row per group
    (`COUNT(DISTINCT coalesce(group_id, event_id))` for the counts). Stores without the
    column count every stored event once.

    `dated=False` (allowed only without a period) skips joining the documents for publication
    dates when the caller never looks at `day`: then `day` is only the event's own day.
    """
    outer = list(params or [])
    params = []  # the period's placeholders come first in the SQL, then `where`'s
    grouped = has_column(store, "events", "group_id")
    group = "e.group_id" if grouped else "CAST(NULL AS TEXT)"
    conditions = [
        "e.modality = 'asserted'",
        "e.source_country IS NOT NULL",
        "e.target_country IS NOT NULL",
        "e.source_country <> e.target_country",
        "(e.rule IS NULL OR e.rule NOT LIKE 'implied:%')",
    ]
    if period is not None:
        conditions.append("coalesce(e.event_day, d.published) >= ?")
        conditions.append("coalesce(e.event_day, d.published) < ?")
        params += [period.start, period.end]
    joined = dated or period is not None
    day = "coalesce(e.event_day, d.published)" if joined else "e.event_day"
    join = "JOIN documents d ON d.doc_id = e.doc_id" if joined else ""
    base = f"""
        SELECT {group} AS grp, e.event_id, e.doc_id,
               coalesce({group}, e.event_id) AS gid,
               e.source_country AS src, e.target_country AS tgt,
               e.source_code AS src_code, e.target_code AS tgt_code,
               coalesce(e.goldstein, 0.0) AS g, coalesce(e.goldstein, 0.0) / 10.0 AS x,
               e.quad_class AS quad, {day} AS day,
               coalesce(e.confidence, 0.0) AS confidence
        FROM events e {join}
        WHERE {' AND '.join(conditions)}
    """
    if where:
        base = f"SELECT * FROM ({base}) WHERE {where}"
    params += outer
    if not grouped:
        return f"(SELECT *, 1 AS w FROM ({base}))", params
    # Only a group with two or more counted rows has a row whose event_id is not its group_id.
    sql = f"""(
        WITH c AS NOT MATERIALIZED ({base}),
        multi AS (SELECT DISTINCT grp FROM c WHERE grp <> event_id),
        extra AS (
            SELECT c.* FROM c SEMI JOIN multi USING (grp)
            LEFT JOIN documents p ON p.doc_id = c.doc_id
            QUALIFY row_number() OVER (PARTITION BY grp ORDER BY coalesce(c.day, p.published)
                                       NULLS LAST, c.confidence DESC, c.event_id) > 1)
        SELECT *, 1 AS w FROM c
        UNION ALL
        SELECT *, -1 AS w FROM extra
    )"""
    return sql, params


def period_sql(unit: str) -> str:
    if unit not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {unit!r}")
    return f"CAST(date_trunc('{unit}', day) AS DATE)"


# -- the series ----------------------------------------------------------------------------


@dataclass
class SeriesPoint:
    """One directed dyad in one period."""

    period: str  # ISO date of the period's first day
    source: str  # country code, or actor code when split by sector
    target: str
    n: int  # counted events (real-world events, not reports)
    quad_counts: dict[int, int]  # QuadClass 1-4 -> events
    goldstein_sum: float
    goldstein_mean: float

    def to_dict(self) -> dict:
        return asdict(self)


def dyad_series(
    store: Store,
    a: str,
    b: str,
    *,
    period: str = "month",
    by_sector: bool = False,
    within: Period | None = None,
) -> list[SeriesPoint]:
    """Counts by QuadClass and Goldstein sum/mean for A→B and B→A, one row per period.

    `a` and `b` are countries (`IRQ`) or actor codes (`IRQGOV`). With `by_sector` the rows are
    split by the full actor codes on each side (IRQGOV→RUSGOV apart from IRQMIL→RUSMIL).
    Periods with no counted event are left out; undated events cannot be placed and are skipped.
    """
    where, params = dyad_filter(a, b)
    sub, params = counted_sql(store, f"{where} AND day IS NOT NULL", params, period=within)
    src, tgt = ("coalesce(src_code, src)", "coalesce(tgt_code, tgt)") if by_sector else ("src", "tgt")
    sql = f"""
        SELECT {period_sql(period)} AS p, {src} AS s, {tgt} AS t, sum(w) AS n,
               coalesce(sum(w) FILTER (WHERE quad = 1), 0), coalesce(sum(w) FILTER (WHERE quad = 2), 0),
               coalesce(sum(w) FILTER (WHERE quad = 3), 0), coalesce(sum(w) FILTER (WHERE quad = 4), 0),
               sum(w * g), sum(w * g) / sum(w)
        FROM {sub} GROUP BY ALL HAVING sum(w) > 0 ORDER BY p, s, t
    """
    return [
        SeriesPoint(
            period=p.isoformat(), source=s, target=t, n=int(n),
            quad_counts={1: int(q1), 2: int(q2), 3: int(q3), 4: int(q4)},
            goldstein_sum=float(total), goldstein_mean=float(mean),
        )
        for p, s, t, n, q1, q2, q3, q4, total, mean in store._con.execute(sql, params).fetchall()
    ]


def covered(store: Store, country: str | None = None) -> tuple[date, date] | None:
    """First and last day with a counted event (involving `country`, if given)."""
    where, params = "", []
    if country:
        where, params = "(src = ? OR tgt = ?)", [country.upper(), country.upper()]
    sub, params = counted_sql(store, where, params)
    row = store._con.execute(f"SELECT min(day), max(day) FROM {sub}", params).fetchone()
    return None if row is None or row[0] is None else (row[0], row[1])
