"""Names with several readings are read from their context."""

from datetime import date

import pytest

from allegiance import code_text


def actors(text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code_text(text, date(2024, 5, 1))]


@pytest.mark.parametrize("text,expected", [
    ("The governor of Georgia met Chinese investors in Atlanta.", ("USAGOV", "CHNBUS")),
    ("Thousands of protesters marched in Tbilisi against the Georgian government.", ("GEOOPP", "GEOGOV")),
    ("Russia warned Georgia against joining NATO.", ("RUS", "GEO")),
    ("Washington imposed sanctions on Cuba.", ("USAGOV", "CUB")),
    ("Jordan's King Abdullah received the Iraqi prime minister in Amman.", ("JORGOV", "IRQGOV")),
    # a reading with a sector: Japan's Self-Defense Forces, not Syria's Democratic Forces
    ("Japan's SDF held joint drills with Indian troops.", ("JPNMIL", "INDMIL")),
    ("The SDF accused Turkish forces of shelling Kobani.", ("SYRSDF", "TURMIL")),
])
def test_context_picks_the_reading(text, expected):
    assert expected in actors(text)


@pytest.mark.parametrize("text", [
    "Michael Jordan praised the French team.",
    "The Washington Post criticised the ministers over the killing.",
])
def test_a_place_inside_a_longer_name_is_not_the_state(text):
    assert all("JOR" not in str(pair) and "USAGOV" not in str(pair) for pair in actors(text))


def test_a_newspaper_named_after_a_city_is_its_countrys_media():
    pairs = actors("The Washington Post criticised the Saudi government over the killing.")
    assert ("USAMED", "SAUGOV") in pairs


def test_what_an_accusation_claims_is_not_an_event():
    events = code_text("Israel accused Hezbollah of firing rockets at Haifa.", date(2024, 5, 1))
    assert [(e.source.country, e.cameo[:2]) for e in events] == [("ISR", "11")]


def test_a_body_a_state_owns_is_that_state_s_not_the_un_s():
    from allegiance.api import code_text
    got = {e.source.code for e in code_text("Russia's Security Council criticised Germany.")}
    assert got == {"RUSGOV"}, got
    got = {e.source.code for e in code_text("The UN Security Council criticised Germany.")}
    assert got == {"IGOUNOSCN"}, got
    got = {e.target.code for e in code_text("Erdogan threatened to block Sweden's NATO bid.") if e.target}
    assert "SWEGOV" not in got, got  # an acronym names the international body itself

