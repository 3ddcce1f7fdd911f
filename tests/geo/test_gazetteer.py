"""The gazetteer and resolver: names → places, homonyms read from the document's countries."""

import pytest

from allegiance.geo.gazetteer import distance_km, fold, load_gazetteer
from allegiance.geo.resolve import resolve_place


def test_folding_makes_spellings_meet():
    assert fold("Przemyśl") == "przemysl"
    assert fold("Cúcuta") == fold("Cucuta")
    assert fold("St. Louis") == "saint louis"
    assert fold("the Gaza Strip") == "gaza strip"


def test_index_holds_cities_countries_states_and_regions():
    gaz = load_gazetteer()
    kinds = {e.place.kind for e in gaz.lookup("Georgia")}
    assert {"country", "admin1"} <= kinds
    assert any(e.place.kind == "region" for e in gaz.lookup("Darfur"))
    assert len(gaz.countries) >= 200
    assert gaz.capitals["UKR"].name == "Kyiv"
    assert gaz.neighbours["TUR"] >= {"SYR", "IRQ"}


def test_alternate_spellings_reach_the_same_city():
    kyiv = resolve_place("Kiev", context_countries=[])
    assert kyiv is not None and kyiv.country == "UKR" and kyiv.kind == "city"
    hodeidah = resolve_place("Hodeidah", context_countries=["YEM"])
    assert hodeidah is not None and hodeidah.country == "YEM"


@pytest.mark.parametrize("name,context,country", [
    ("Tripoli", ["LBN"], "LBN"),
    ("Tripoli", ["LBY"], "LBY"),
    ("Tripoli", [], "LBY"),            # without context, the larger capital
    ("Hyderabad", ["PAK"], "PAK"),
    ("Hyderabad", [], "IND"),
    ("Paris", ["USA"], "FRA"),         # a world capital beats a small namesake
    ("Brest", ["BLR", "RUS"], "BLR"),
    ("Brest", ["FRA"], "FRA"),
])
def test_homonyms_follow_the_document(name, context, country):
    place = resolve_place(name, context_countries=context)
    assert place is not None and place.country == country


def test_a_country_name_is_the_country_not_a_city():
    kuwait = resolve_place("Kuwait", context_countries=["KWT"])
    assert kuwait.kind == "country" and kuwait.country == "KWT"
    china = resolve_place("China", context_countries=["CHN"])
    assert china.kind == "country"


def test_georgia_is_the_state_only_in_an_american_story():
    assert resolve_place("Georgia", context_countries=[]).kind == "country"
    assert resolve_place("Georgia", context_countries=["USA", "GEO"]).kind == "country"
    state = resolve_place("Georgia", context_countries=["USA"])
    assert state.kind == "admin1" and state.country == "USA"


@pytest.mark.parametrize("name,country,lat,lon", [
    ("Paris, Texas", "USA", 33.66, -95.56),
    ("Athens, Georgia", "USA", 33.96, -83.38),
    ("London, Ontario", "CAN", 42.98, -81.25),
    ("Tripoli, Lebanon", "LBN", 34.43, 35.84),
])
def test_a_qualifier_pins_the_place(name, country, lat, lon):
    place = resolve_place(name, context_countries=[])
    assert place.country == country
    assert distance_km(place.lat, place.lon, lat, lon) < 25


def test_unknown_names_resolve_to_nothing():
    assert resolve_place("Xqzzyville", context_countries=["USA"]) is None
