"""A state or a union that owns a body, or the states a plural body word is placed in, say
whose body acts: "the U.S. Commerce Department", "the African Union's Peace and Security
Council", "the juntas in Mali and Niger"."""

from datetime import date

from allegiance.api import code_text


def pairs(text, day=date(2025, 3, 1)):
    return {(e.source.code, e.target.code if e.target else None) for e in code_text(text, day)}


def test_a_country_name_before_a_named_department_is_that_states_department():
    found = pairs("The U.S. Commerce Department added dozens of Chinese firms to its export blacklist.")
    assert any(s == "USAGOV" for s, _ in found)
    assert not any(s.startswith("CHN") for s, _ in found)


def test_a_country_name_inside_a_newspapers_name_is_still_no_state():
    found = pairs("The Washington Post reported that Iran struck Israel.")
    assert ("IRN", "ISR") in found and not any(s.startswith("USA") and s != "USAMED" for s, _ in found)


def test_a_unions_own_council_is_the_union_not_the_un_security_council():
    found = pairs("The African Union's Peace and Security Council suspended Sudan from all its activities.")
    assert any(s == "IGOAFRAFU" for s, _ in found)
    assert not any(s == "IGOUNOSCN" for s, _ in found)


def test_juntas_in_several_states_are_each_states_government():
    found = pairs("Nigeria's president appealed to the juntas in Guinea, Chad and Sudan to hold elections soon.")
    targets = {t for _, t in found}
    assert {"GINGOV", "TCDGOV", "SDNGOV"} <= targets


def test_a_possessed_force_in_several_places_stays_its_owners():
    found = pairs("Iran backed militias that Washington blames for attacks on its troops in Iraq and Syria.")
    assert not any(t == "SYRMIL" for _, t in found)
