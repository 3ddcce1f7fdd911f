"""The one-page briefing behind `allegiance report COUNTRY`.

It puts together what an analyst asks first: who are the country's partners and rivals
(alignment.report), which way it moved between two periods (drift; by default the first and
second half of the time its events cover), which bloc it sits in, and the sentences that carry
the most weight, so every claim can be checked against the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .alignment import Report, report
from .blocs import Bloc, BlocReport, blocs
from .drift import DriftReport, drift
from .series import Period, covered

if TYPE_CHECKING:
    from allegiance.store import Store

TOP_EVIDENCE = 5


@dataclass
class Briefing:
    country: str
    report: Report  # partners ranked, exclusions (the classic `report` output)
    covered: tuple[date, date] | None  # first and last day of the country's counted events
    drift: DriftReport | None  # None when the events cover too short a span to split
    blocs: BlocReport
    bloc: Bloc | None  # the country's own bloc, if it is in one
    evidence: list[dict]  # the strongest counted events across all partners

    def to_dict(self) -> dict:
        """The classic report keys (partners, excluded, …) plus the briefing's own."""
        return self.report.to_dict() | {
            "covered": [d.isoformat() for d in self.covered] if self.covered else None,
            "drift": self.drift.to_dict() if self.drift else None,
            "bloc": self.bloc.to_dict() if self.bloc else None,
            "blocs": [b.to_dict() for b in self.blocs.blocs],
            "bloc_period": self.blocs.period.to_dict() if self.blocs.period else None,
            "evidence": self.evidence,
        }


def halves(first: date, last: date) -> tuple[Period, Period] | None:
    """Split [first, last] into two periods of (nearly) equal length; None if under two days."""
    days = (last - first).days + 1
    if days < 2:
        return None
    mid = first + timedelta(days=days // 2)
    end = last + timedelta(days=1)
    return (Period(f"{first.isoformat()}..{(mid - timedelta(days=1)).isoformat()}", first, mid),
            Period(f"{mid.isoformat()}..{last.isoformat()}", mid, end))  # fmt: skip


def strongest_evidence(result: Report, top: int = TOP_EVIDENCE) -> list[dict]:
    """Evidence sentences from all partners, largest |Goldstein| first, each with its partner."""
    pooled = [e | {"partner": p.partner} for p in result.partners for e in p.evidence]
    pooled.sort(key=lambda e: -abs(float(e.get("goldstein") or 0.0)))
    return pooled[:top]


def briefing(
    store: Store,
    country: str,
    period_a: Period | None = None,
    period_b: Period | None = None,
) -> Briefing:
    """Everything the briefing shows; give both periods, or neither to split the covered span."""
    if (period_a is None) != (period_b is None):
        raise ValueError("give both periods or neither")
    country = country.upper()
    span = covered(store, country)
    window = None
    if period_a is not None and period_b is not None:
        pair = (period_a, period_b)
        start, end = min(period_a.start, period_b.start), max(period_a.end, period_b.end)
        window = Period(f"{period_a.label}..{period_b.label}", start, end)
    else:
        pair = halves(*span) if span else None
    moved = drift(store, country, *pair) if pair else None
    found = blocs(store, window)
    result = report(store, country)
    return Briefing(country, result, span, moved, found, found.bloc_of(country),
                    strongest_evidence(result))  # fmt: skip
