"""Which way is a state tilting? Partner alignment scores from coded events.

For one country, every asserted event that links it with another state (in either direction)
counts towards that partner's score: a shrunk mean of the Goldstein scores, scaled to [-1, 1].
The formula and why it is shaped that way are in docs/alignment.md. Events that are negated,
hypothetical, future or historical are not evidence of the present relationship; they are
counted separately so a report can say what was left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from allegiance.store import Store

COUNTED_MODALITY = "asserted"
EVIDENCE_PER_PARTNER = 3


@dataclass
class PartnerScore:
    """How one partner stands with the country, and the sentences that say so."""

    partner: str
    score: float  # shrunk mean Goldstein / 10, in [-1, 1]; > 0 leans towards cooperation
    n: int  # asserted events counted
    goldstein_sum: float
    goldstein_mean: float  # plain mean, unshrunk, for reference
    quad_counts: dict[int, int]  # QuadClass 1-4 -> number of counted events
    evidence: list[dict]  # the counted events with the largest |Goldstein|, strongest first
    excluded: dict[str, int] = field(default_factory=dict)  # non-asserted events, by modality

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Report:
    """Everything `allegiance report COUNTRY` shows."""

    country: str
    partners: list[PartnerScore]
    excluded: dict[str, int]  # events with a foreign partner left out, by modality
    total_events: int  # events with the country on either side
    counted_events: int  # asserted events with a foreign partner (the ones scored)
    no_partner_events: int  # events with no foreign state on the other side
    prior: float

    def to_dict(self) -> dict:
        return asdict(self)


def _country(actor: dict | None) -> str | None:
    return actor.get("country") if actor else None


def _partner(event: dict, country: str) -> str | None:
    """The other state in the event, or None if the event is not between country and another."""
    src, tgt = _country(event.get("source")), _country(event.get("target"))
    if src == country and tgt and tgt != country:
        return tgt
    if tgt == country and src and src != country:
        return src
    return None


def _evidence(event: dict) -> dict:
    """The parts of an event a reader needs to check it against the source text."""
    src, tgt = event.get("source") or {}, event.get("target") or {}
    return {
        "doc_id": event.get("doc_id"),
        "sentence_index": event.get("sentence_index"),
        "sentence": event.get("sentence"),
        "source": src.get("code"),
        "target": tgt.get("code"),
        "cameo": event.get("cameo"),
        "cameo_name": event.get("cameo_name"),
        "goldstein": event.get("goldstein"),
        "quad_class": event.get("quad_class"),
        "event_date": event.get("event_date"),
        "published": event.get("published"),  # the fallback date when the text gives none
        "char_start": event.get("char_start"),
        "char_end": event.get("char_end"),
    }


DERIVED_RULE = "implied:"


def _split(events: Iterable[dict], country: str):
    """Group the country's events: counted per partner, excluded per partner, no partner."""
    counted: dict[str, list[dict]] = {}
    excluded: dict[str, Counter] = {}
    no_partner = 0
    total = 0
    for event in events:
        src, tgt = _country(event.get("source")), _country(event.get("target"))
        if country not in (src, tgt) or (event.get("rule") or "").startswith(DERIVED_RULE):
            continue  # a mirror event ("hosted" → "visited") repeats its evidence: count it once
        total += 1
        partner = _partner(event, country)
        if partner is None:
            no_partner += 1
        elif event.get("modality") == COUNTED_MODALITY:
            counted.setdefault(partner, []).append(event)
        else:
            excluded.setdefault(partner, Counter())[event.get("modality") or "unknown"] += 1
    return counted, excluded, no_partner, total


def _score(partner: str, events: list[dict], prior: float, excluded: Counter) -> PartnerScore:
    values = [float(e.get("goldstein") or 0.0) for e in events]
    total = sum(values)
    n = len(values)
    quads = Counter(int(e["quad_class"]) for e in events if e.get("quad_class") is not None)
    # Strongest first; on ties prefer the more confident coding, then document order.
    ranked = sorted(
        enumerate(events),
        key=lambda ie: (-abs(float(ie[1].get("goldstein") or 0.0)),
                        -float(ie[1].get("confidence") or 0.0), ie[0]),
    )  # fmt: skip
    return PartnerScore(
        partner=partner,
        score=total / (10.0 * (n + prior)) if n + prior > 0 else 0.0,
        n=n,
        goldstein_sum=total,
        goldstein_mean=total / n if n else 0.0,
        quad_counts={q: quads.get(q, 0) for q in (1, 2, 3, 4)},
        evidence=[_evidence(e) for _, e in ranked[:EVIDENCE_PER_PARTNER]],
        excluded=dict(excluded),
    )


def partner_scores(
    events: Iterable[dict], country: str, *, prior: float = 2.0
) -> list[PartnerScore]:
    """Rank the country's partners by alignment, most aligned first.

    `events` are event-record dicts (as from `Event.to_dict()` or `Store.events()`); only
    asserted events between `country` and a different, known state are scored. `prior` is the
    number of imaginary neutral (Goldstein 0) events every partner starts with.
    """
    if prior < 0:
        raise ValueError("prior must be zero or positive")
    country = country.upper()
    counted, excluded, _, _ = _split(events, country)
    scores = [_score(p, evs, prior, excluded.get(p, Counter())) for p, evs in counted.items()]
    scores.sort(key=lambda s: (-s.score, -s.n, s.partner))
    return scores


def excluded_counts(events: Iterable[dict], country: str) -> dict[str, int]:
    """Events between the country and another state that were not scored, by modality."""
    _, excluded, _, _ = _split(events, country.upper())
    total: Counter = Counter()
    for per_modality in excluded.values():
        total.update(per_modality)
    return dict(sorted(total.items()))


def build_report(events: Iterable[dict], country: str, *, prior: float = 2.0) -> Report:
    """The full report from already-loaded events (no store needed)."""
    events = list(events)
    country = country.upper()
    counted, _, no_partner, total = _split(events, country)
    return Report(
        country=country,
        partners=partner_scores(events, country, prior=prior),
        excluded=excluded_counts(events, country),
        total_events=total,
        counted_events=sum(len(v) for v in counted.values()),
        no_partner_events=no_partner,
        prior=prior,
    )


def report(store: Store, country: str, *, prior: float = 2.0) -> Report:
    """Load the country's events from the store and score its partners."""
    return build_report(store.events(country.upper()), country, prior=prior)
