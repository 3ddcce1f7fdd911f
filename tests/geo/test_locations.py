"""The locator on our annotated sentences (gold/locations.jsonl) and on behaviour a user sees."""

from pathlib import Path

import pytest

from allegiance.geo import GeoContext, locate
from allegiance.geo.evaluate import evaluate, load_cases, score
from allegiance.nlp.loader import load

GOLD = Path(__file__).resolve().parents[2] / "gold" / "locations.jsonl"


@pytest.fixture(scope="module")
def nlp():
    return load()


def where(nlp, text, countries=(), dateline=None):
    doc = nlp(text)
    return locate(list(doc.sents)[-1], GeoContext(list(countries), dateline))


def test_gold_set_is_large_and_hard_enough():
    cases = load_cases(GOLD)
    assert len(cases) >= 100
    assert sum(1 for c in cases if c.get("hard")) >= 30
    assert len({c["id"] for c in cases}) == len(cases)


def test_accuracy_on_gold(nlp):
    cases = load_cases(GOLD)
    country_acc, place_acc = score(cases, nlp)
    misses = [(o.case["id"], o.predicted) for o in evaluate(cases, nlp)
              if not (o.country_ok and o.place_ok)]
    assert country_acc >= 0.95, misses
    assert place_acc >= 0.85, misses


def test_topic_and_origin_are_not_places(nlp):
    assert where(nlp, "The foreign ministers held talks on Ukraine.") is None
    assert where(nlp, "A Russian delegation from Moscow signed the deal.") is None


def test_a_country_inside_an_institution_name_is_no_location(nlp):
    text = "Researchers at the China University of Political Science and Law published a report."
    assert where(nlp, text) is None
    at_dateline = where(nlp, text, dateline="BEIJING")
    assert at_dateline.name == "Beijing"


def test_seat_of_government_stands_for_its_capital(nlp):
    loc = where(nlp, "Putin received Erdogan at the Kremlin on Friday.")
    assert loc.country == "RUS" and loc.name == "Moscow"


def test_national_adjective_pins_a_homonym(nlp):
    loc = where(nlp, "Israeli jets struck a building in the Lebanese city of Tripoli.")
    assert loc.country == "LBN" and loc.name == "Tripoli"


def test_sentence_place_beats_the_dateline(nlp):
    loc = where(nlp, "Negotiators met in Doha on Sunday.", dateline="CAIRO")
    assert loc.country == "QAT"


def test_country_level_location_has_the_country_name(nlp):
    loc = where(nlp, "Protests spread across Iran.")
    assert loc.country == "IRN" and loc.name == "Iran"


def test_the_callers_countries_decide_a_bare_homonym(nlp):
    assert where(nlp, "Fighting resumed in Tripoli.", countries=["LBN"]).country == "LBN"
    assert where(nlp, "Fighting resumed in Tripoli.", countries=["LBY"]).country == "LBY"


def test_a_name_inside_an_entity_that_runs_on_is_still_the_place(nlp):
    from allegiance.geo.locate import named_place
    doc = nlp("A Russian ballistic missile struck the centre of Sumy on Palm Sunday.")
    centre = next(t for t in doc if t.text == "centre")
    place = named_place(centre)
    assert place is not None and place.country == "UKR", place
