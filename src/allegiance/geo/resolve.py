"""Pick the place a name means, given the countries the document is about.

Every candidate gets a score: log10(population) for how well-known it is, plus bonuses
for being a national capital, for being the place's main name rather than an alternate
spelling, and — the strongest — for lying in a country the document involves. The bonus
for context (2.0, i.e. a hundredfold in population) is what separates Lebanon's Tripoli
from Libya's in a story about Lebanese troops, while a world capital still beats a small
namesake (Paris, France over Paris, Texas) when only the US is in the story.

Rules on top of the score:

* A country name is the country (a country-level place), never a city or building that
  shares it ("Kuwait" is Kuwait, not Kuwait City), unless the name is qualified.
* A country name shared with a province or US state ("Georgia", "Punjab" is not one) is the
  state only when the state's country is in the context and the named country is not.
* "X, Y" — "Paris, Texas", "Tripoli, Lebanon", "London, Ontario" — keeps only the X inside Y.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable

from allegiance.geo.gazetteer import Entry, Place, distance_km, fold, load_gazetteer

CONTEXT_BONUS = 2.0  # the place lies in a country the document involves
PREFER_BONUS = 3.0  # the caller knows the country (an explicit "in Y" next to the name)
CAPITAL_BONUS = 1.0
PRIMARY_BONUS = 0.7  # the main name, not an alternate spelling
COUNTRY_BONUS = 2.0
ADMIN_PENALTY = -0.5  # "New York" is the city before the state
REGION_RADIUS_KM = 1500  # how far from a region's rough centre a city in it may lie


def resolve_place(name: str, *, context_countries: Iterable[str] = (),
                  prefer_country: str | None = None, kinds: Iterable[str] | None = None) -> Place | None:
    """The place ``name`` most likely means, or None when the gazetteer does not know it.

    ``context_countries``: ISO3 codes of the countries the document involves (actors,
    dateline). ``prefer_country``: a country the text pins the place to. ``kinds``: restrict
    to some of city | admin1 | region | country.
    """
    return _resolve_place(name.strip(), tuple(c for c in context_countries if c), prefer_country,
                          tuple(kinds) if kinds is not None else None)


@functools.lru_cache(maxsize=8192)
def _resolve_place(name: str, context: tuple[str, ...], prefer_country: str | None,
                   kinds: tuple[str, ...] | None) -> Place | None:
    """`resolve_place` on hashable arguments, kept: the coder asks again for every candidate
    predicate of a sentence (and for the dateline each time), and the gazetteer never changes."""
    if "," in name:
        head, _, qualifier = name.partition(",")
        place = _qualified(head, qualifier, context, kinds)
        if place is not None:
            return place
        name = head
    entries = _entries(name, kinds)
    return _choose(entries, context, prefer_country)


def candidates(name: str) -> list[Entry]:
    """Every place the gazetteer lists under ``name`` (for tests and debugging)."""
    return load_gazetteer().lookup(name)


def _entries(name: str, kinds: Iterable[str] | None) -> list[Entry]:
    entries = load_gazetteer().lookup(name)
    if kinds is not None:
        allowed = set(kinds)
        entries = [e for e in entries if e.place.kind in allowed]
    return entries


def _choose(entries: list[Entry], context: tuple[str, ...], prefer: str | None) -> Place | None:
    if not entries:
        return None
    countries = [e.place for e in entries if e.place.kind == "country"]
    if countries:
        country = countries[0]
        if prefer is not None and prefer != country.country:
            others = [e for e in entries if e.place.country == prefer]
            if others:
                return _best(others, context, prefer)
        if country.country not in context and prefer != country.country:
            areas = [e for e in entries if e.place.kind in ("admin1", "region")
                     and e.place.country in context]
            if areas:
                return _best(areas, context, prefer)
        return country
    return _best(entries, context, prefer)


def _best(entries: list[Entry], context: tuple[str, ...], prefer: str | None) -> Place:
    return max(entries, key=lambda e: _score(e, context, prefer)).place


def _score(entry: Entry, context: tuple[str, ...], prefer: str | None) -> float:
    p = entry.place
    score = math.log10(max(p.population, 1000))
    score += CAPITAL_BONUS if p.capital else 0.0
    score += PRIMARY_BONUS if entry.primary else 0.0
    score += COUNTRY_BONUS if p.kind == "country" else 0.0
    score += ADMIN_PENALTY if p.kind in ("admin1", "region") else 0.0
    score += CONTEXT_BONUS if p.country in context else 0.0
    score += PREFER_BONUS if prefer is not None and p.country == prefer else 0.0
    return score


def _qualified(head: str, qualifier: str, context: tuple[str, ...], kinds) -> Place | None:
    """'Paris, Texas': the Paris inside Texas; each reading of the qualifier is tried."""
    entries = _entries(head, kinds)
    gaz = load_gazetteer()
    for q in sorted(gaz.lookup(qualifier), key=lambda e: e.place.kind != "admin1"):
        area = q.place
        inside = [e for e in entries if e.place is not area and _inside(e.place, area)]
        if inside:
            return _best(inside, context, area.country)
    return None


def _inside(place: Place, area: Place) -> bool:
    if place.country != area.country:
        return False
    if area.kind == "country":
        return True
    if area.kind == "admin1" and area.country == "USA":
        return place.admin1 == area.admin1
    if None in (place.lat, area.lat):
        return False
    return distance_km(place.lat, place.lon, area.lat, area.lon) < REGION_RADIUS_KM


def same_place_name(a: str | None, b: str | None) -> bool:
    """Do two names denote the same place? ('Turkey' and 'Türkiye', 'Kiev' and 'Kyiv')."""
    if not a or not b:
        return False
    if fold(a) == fold(b):
        return True
    gaz = load_gazetteer()
    ea = {id(e.place) for e in gaz.lookup(a) if e.place.kind != "city" or e.primary}
    return any(id(e.place) in ea for e in gaz.lookup(b))
