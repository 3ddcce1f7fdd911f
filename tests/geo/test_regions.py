"""First-level regions from data/geo/regions.tsv: an event placed in a province, state or
oblast is placed in that region's state, and an attack on a region is an attack on its state.
Sentences written for these tests."""

from datetime import date

import pytest

from allegiance import code_text
from allegiance.geo import GeoContext, locate
from allegiance.geo.resolve import resolve_place
from allegiance.nlp.loader import load


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.mark.parametrize("text,name,country", [
    ("Fighter jets bombed a market in North Darfur, killing dozens.", "North Darfur", "SDN"),
    ("Gunmen attacked a police station in Zamfara overnight.", "Zamfara", "NGA"),
    ("An air strike hit a convoy in Helmand province.", "Helmand", "AFG"),
    ("Militants ambushed a patrol in Kurram.", "Kurram", "PAK"),
    ("Police clashed with protesters in Khuzestan.", "Khuzestan", "IRN"),
    ("Rebels seized the town after fighting in Kachin State.", "Kachin State", "MMR"),
    ("Al-Shabaab fighters attacked an army base in Lower Shabelle.", "Lower Shabelle", "SOM"),
    ("Gangs attacked a town in Artibonite.", "Artibonite", "HTI"),
    ("Russian drones struck energy facilities in the Odesa region.", "Odesa Oblast", "UKR"),
])
def test_an_event_in_a_region_is_placed_in_its_state(nlp, text, name, country):
    loc = locate(list(nlp(text).sents)[-1], GeoContext([]))
    assert loc is not None and (loc.name, loc.country) == (name, country)


def test_a_region_named_like_its_city_keeps_the_bare_name_for_the_city():
    assert resolve_place("Kandahar province", context_countries=[]).kind == "region"
    assert resolve_place("Kandahar", context_countries=[]).kind == "city"
    assert resolve_place("Niger", context_countries=["NGA"]).kind == "country"
    assert resolve_place("Niger State", context_countries=[]).country == "NGA"


def test_a_name_two_states_give_a_region_follows_the_document():
    assert resolve_place("Adamawa", context_countries=["CMR"]).country == "CMR"
    assert resolve_place("Adamawa", context_countries=["NGA"]).country == "NGA"


@pytest.mark.parametrize("text,source,target", [
    ("Russian drones struck Zakarpattia overnight.", "RUS", "UKR"),
    ("Azerbaijani forces shelled villages in Syunik.", "AZE", "ARM"),
    ("Israeli jets bombed the Bekaa Valley on Monday.", "ISR", "LBN"),
    ("Pakistani jets bombed hideouts in Paktika.", "PAK", "AFG"),
])
def test_an_attack_on_a_region_is_an_attack_on_its_state(text, source, target):
    got = [(e.source.country if e.source else None, e.target.country if e.target else None, e.cameo)
           for e in code_text(text, date(2024, 3, 4))]
    assert any((s, t) == (source, target) and c.startswith("19") for s, t, c in got), got
