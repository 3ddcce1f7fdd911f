"""Weapons that slam, crash or rain down on a thing that names no actor ("a refinery in
Belgorod", "camps in Kashmir") strike the state where the thing lies, as an attacked direct
object does; a missile fired into the sea strikes no one, and a "keep up" of strikes is a
light verb. Sentences written for these tests."""

from coding_cases import dyads


def fights(text):
    return {(s, t) for s, t, code in dyads(text) if code.startswith("19")}


def test_a_missile_slamming_into_a_building_strikes_the_state_it_stands_in():
    assert ("RUSMIL", "UKR") in fights("A Russian cruise missile slammed into a shopping centre in Dnipro.")


def test_drones_raining_down_on_a_depot_strike_the_state_it_lies_in():
    assert ("UKRMIL", "RUS") in fights("Ukrainian drones rained down on a fuel depot in Russia's Kursk region.")


def test_a_place_phrase_beside_the_thing_says_where_it_lies():
    assert ("IRNMIL", "IRQ") in fights("An Iranian drone crashed into a hotel near the airport in Erbil.")


def test_a_thing_at_sea_names_no_state():
    assert not fights("Houthi drones slammed into a cargo ship in the Gulf of Aden.")


def test_missiles_fired_into_the_sea_are_no_attack():
    assert not fights("North Korea fired three cruise missiles into the sea off its west coast.")


def test_keeping_up_strikes_is_striking():
    assert ("TURMIL", "IRQ") in fights("Turkish forces kept up air strikes on Iraq.")


def test_sites_used_by_a_group_are_the_groups():
    assert ("ISRMIL", "LBNHZB") in fights("Israeli jets launched strikes on depots used by Hezbollah in the Bekaa Valley.")


def test_positions_held_by_fighters_are_the_fighters():
    found = fights("Turkish troops shelled positions held by PKK militants near the border.")
    assert any(s == "TURMIL" and "PKK" in t for s, t in found)
