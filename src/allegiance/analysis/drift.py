"""Drift: which partners a state is moving towards or away from between two periods.

For every partner with counted events in either period, the alignment index is computed in
period A and in period B (analysis/index.py). The change B − A is ranked, and its size is
judged against the two bands: z = change / √(se_A² + se_B²), with a two-sided normal p-value.
A partner seen only once in one period therefore moves a little and is never "significant".
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from .index import Alignment, partner_alignment, shrunk_index
from .series import Period

if TYPE_CHECKING:
    from allegiance.store import Store

SIGNIFICANT_P = 0.05


@dataclass
class PartnerDrift:
    partner: str
    index_a: float
    n_a: int
    index_b: float
    n_b: int
    change: float  # index_b - index_a; > 0 moving towards, < 0 moving away
    z: float
    p: float  # two-sided p-value of the change under a normal approximation
    se_a: float = 0.0
    se_b: float = 0.0

    @property
    def direction(self) -> str:
        return "towards" if self.change > 0 else "away" if self.change < 0 else "steady"

    @property
    def significant(self) -> bool:
        return self.p < SIGNIFICANT_P

    def to_dict(self) -> dict:
        return asdict(self) | {"direction": self.direction, "significant": self.significant}


@dataclass
class DriftReport:
    country: str
    period_a: Period
    period_b: Period
    partners: list[PartnerDrift] = field(default_factory=list)  # most towards first

    def to_dict(self) -> dict:
        return {
            "country": self.country,
            "period_a": self.period_a.to_dict(),
            "period_b": self.period_b.to_dict(),
            "partners": [p.to_dict() for p in self.partners],
        }


def _empty(country: str, partner: str) -> Alignment:
    m, se, low, high = shrunk_index(0, 0.0, 0.0)
    return Alignment(country, partner, None, 0, m, low, high, se, 0.0)


def compare(country: str, before: list[Alignment], after: list[Alignment]) -> list[PartnerDrift]:
    """Pair up partner indexes from two periods and rank by change, most positive first."""
    a = {r.b: r for r in before}
    b = {r.b: r for r in after}
    rows = []
    for partner in sorted(set(a) | set(b)):
        x, y = a.get(partner) or _empty(country, partner), b.get(partner) or _empty(country, partner)
        change = y.index - x.index
        z = change / math.sqrt(x.se**2 + y.se**2)
        rows.append(PartnerDrift(
            partner=partner, index_a=x.index, n_a=x.n, index_b=y.index, n_b=y.n,
            change=change, z=z, p=math.erfc(abs(z) / math.sqrt(2)), se_a=x.se, se_b=y.se,
        ))  # fmt: skip
    rows.sort(key=lambda r: (-r.change, -abs(r.z), r.partner))
    return rows


def drift(store: Store, country: str, period_a: Period, period_b: Period) -> DriftReport:
    """How `country`'s alignment with each partner changed from period A to period B."""
    country = country.upper()
    before = partner_alignment(store, country, within=period_a)
    after = partner_alignment(store, country, within=period_b)
    return DriftReport(country, period_a, period_b, compare(country, before, after))
