"""Score the locator against annotated sentences (gold/locations.jsonl).

A case is ``{"id", "text", "dateline"?, "context"?, "place", "country", "lat", "lon"}``; the
event sentence is the last sentence of ``text`` (earlier sentences are document context).
Country is right when the ISO3 codes agree. Place is right when the prediction lies within
25 km of the gold coordinates, or — for gold places without coordinates (a country, a
region) — when it carries the same name (spelling variants the gazetteer knows count as same).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from allegiance.geo.gazetteer import distance_km
from allegiance.geo.locate import GeoContext, locate
from allegiance.geo.resolve import same_place_name
from allegiance.model import Location

PLACE_TOLERANCE_KM = 25.0


@dataclass
class Outcome:
    case: dict
    predicted: Location | None
    country_ok: bool
    place_ok: bool


def load_cases(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(cases: list[dict], nlp=None) -> list[Outcome]:
    """Run the locator on every case and judge it."""
    if nlp is None:
        from allegiance.nlp.loader import load

        nlp = load()
    outcomes = []
    for case in cases:
        doc = nlp(case["text"])
        sentence = list(doc.sents)[-1]
        context = GeoContext(countries=list(case.get("context", [])), dateline=case.get("dateline"))
        predicted = locate(sentence, context)
        outcomes.append(Outcome(case, predicted, *_judge(case, predicted)))
    return outcomes


def score(cases: list[dict], nlp=None) -> tuple[float, float]:
    """(country accuracy, place accuracy) over the cases."""
    outcomes = evaluate(cases, nlp)
    if not outcomes:
        return 0.0, 0.0
    n = len(outcomes)
    return sum(o.country_ok for o in outcomes) / n, sum(o.place_ok for o in outcomes) / n


def _judge(case: dict, predicted: Location | None) -> tuple[bool, bool]:
    if predicted is None:
        return False, False
    country_ok = predicted.country == case["country"]
    if case.get("lat") is not None and case.get("lon") is not None:
        place_ok = predicted.lat is not None and distance_km(
            case["lat"], case["lon"], predicted.lat, predicted.lon) <= PLACE_TOLERANCE_KM
        # a country-level guess never counts for a city, however close its centre falls
        place_ok = place_ok and not _country_level(predicted)
    else:
        place_ok = country_ok and same_place_name(predicted.name, case["place"])
    return country_ok, place_ok


def _country_level(loc: Location) -> bool:
    from allegiance.geo.gazetteer import load_gazetteer

    country = load_gazetteer().countries.get(loc.country or "")
    return country is not None and (loc.name, loc.lat, loc.lon) == (country.name, country.lat, country.lon)
