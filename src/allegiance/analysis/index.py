"""The alignment index: one number in [-1, 1] per dyad (and period), with a 90% band.

Each counted event contributes x = Goldstein / 10. The index is the mean of x after adding
PRIOR_WEIGHT imaginary neutral events (x = 0), so a handful of dramatic events cannot outweigh
hundreds of ordinary ones; its standard error blends the observed spread with a prior spread,
so thin evidence gets a wide band. docs/analysis.md gives the formula and the reasons.

DuckDB aggregates n, Σx and Σx² per dyad; only those few numbers per dyad come back to Python,
where `shrunk_index` turns them into the index and band.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .series import Period, counted_sql, dyad_filter, period_sql

if TYPE_CHECKING:
    from allegiance.store import Store

PRIOR_WEIGHT = 10.0  # imaginary neutral events every dyad starts with
PRIOR_SD = 0.5  # assumed spread of Goldstein/10 among events before we see any
Z90 = 1.6448536269514722  # two-sided 90% normal quantile


@dataclass
class Alignment:
    """The index for one undirected dyad (a < b alphabetically unless asked for a pair)."""

    a: str
    b: str
    period: str | None  # ISO first day of the period, or None for the whole window
    n: int
    index: float
    low: float  # 90% band
    high: float
    se: float
    goldstein_sum: float

    def to_dict(self) -> dict:
        return asdict(self)


def shrunk_index(
    n: int, s: float, ss: float, *, k: float = PRIOR_WEIGHT, sd: float = PRIOR_SD
) -> tuple[float, float, float, float]:
    """(index, se, low, high) from n events with Σx = s and Σx² = ss, x = Goldstein/10.

    index = s / (n + k); spread v = (Σ(x - index)² + k·sd²) / (n + k); se = √(v / (n + k));
    band = index ± 1.645·se, kept inside [-1, 1].
    """
    if k <= 0 or sd <= 0:
        raise ValueError("the prior weight and spread must be positive")
    m = s / (n + k)
    deviations = max(0.0, ss - 2 * m * s + n * m * m)
    v = (deviations + k * sd * sd) / (n + k)
    se = math.sqrt(v / (n + k))
    return m, se, max(-1.0, m - Z90 * se), min(1.0, m + Z90 * se)


def _alignment(a: str, b: str, period, n: int, s: float, ss: float, gsum: float) -> Alignment:
    m, se, low, high = shrunk_index(int(n), float(s or 0.0), float(ss or 0.0))
    p = period.isoformat() if isinstance(period, date) else period
    return Alignment(a, b, p, int(n), m, low, high, se, float(gsum or 0.0))


def _sums() -> str:
    return "sum(w), sum(w * x), sum(w * x * x), sum(w * g)"


def alignment_matrix(
    store: Store, *, within: Period | None = None, min_events: int = 1
) -> list[Alignment]:
    """The index for every pair of states with at least `min_events` counted events.

    Direction is ignored (A praising B and B praising A both say they are close); each pair
    appears once with a < b. Sorted from most aligned to most hostile.
    """
    sub, params = counted_sql(store, period=within, dated=False)
    sql = f"""
        SELECT least(src, tgt) AS a, greatest(src, tgt) AS b, {_sums()}
        FROM {sub} GROUP BY ALL HAVING sum(w) >= greatest(?, 1)
    """
    rows = store._con.execute(sql, params + [min_events]).fetchall()
    result = [_alignment(a, b, None, n, s, ss, g) for a, b, n, s, ss, g in rows]
    result.sort(key=lambda r: (-r.index, r.a, r.b))
    return result


def partner_alignment(
    store: Store, country: str, *, within: Period | None = None
) -> list[Alignment]:
    """The index between `country` (always `a`) and each partner it has events with."""
    country = country.upper()
    sub, params = counted_sql(store, "(src = ? OR tgt = ?)", [country, country], period=within,
                              dated=False)
    sql = f"""
        SELECT CASE WHEN src = ? THEN tgt ELSE src END AS partner, {_sums()}
        FROM {sub} GROUP BY ALL HAVING sum(w) > 0
    """
    rows = store._con.execute(sql, [country] + params).fetchall()  # CASE's ? comes first
    result = [_alignment(country, p, None, n, s, ss, g) for p, n, s, ss, g in rows]
    result.sort(key=lambda r: (-r.index, r.b))
    return result


def _next(day: date, unit: str) -> date:
    if unit == "day":
        return day + timedelta(days=1)
    if unit == "week":
        return day + timedelta(days=7)
    if unit == "month":
        return (day + timedelta(days=32)).replace(day=1)
    return day.replace(year=day.year + 1)


def dyad_alignment(
    store: Store,
    a: str,
    b: str,
    *,
    period: str = "month",
    within: Period | None = None,
    fill: bool = True,
) -> list[Alignment]:
    """The index between A and B (either direction) per period, oldest first.

    With `fill`, periods between the first and last event that have no event are included
    with n = 0: the index is then 0 with the prior's band, which is what "no news" tells us.
    """
    where, params = dyad_filter(a, b)
    sub, params = counted_sql(store, f"{where} AND day IS NOT NULL", params, period=within)
    sql = f"SELECT {period_sql(period)} AS p, {_sums()} FROM {sub} GROUP BY p HAVING sum(w) > 0 ORDER BY p"
    rows = store._con.execute(sql, params).fetchall()
    a, b = a.upper(), b.upper()
    found = {p: _alignment(a, b, p, n, s, ss, g) for p, n, s, ss, g in rows}
    if not fill or not found:
        return list(found.values())
    result, day, last = [], min(found), max(found)
    while day <= last:
        result.append(found.get(day) or _alignment(a, b, day, 0, 0.0, 0.0, 0.0))
        day = _next(day, period)
    return result
