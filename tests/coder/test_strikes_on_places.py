"""An act of force named by a noun that a clause tells ("launched a barrage against …",
"retaliated with strikes on …") is aimed at the state where the struck thing lies, and a
barrage OF weapons on a city is an attack on its state, while a barrage of words is not.
Sentences written for these tests."""

from coding_cases import dyads


def force(text):
    return {(s[:3], t[:3]) for s, t, code in dyads(text) if code.startswith("19")}


def test_a_barrage_against_targets_in_a_country_hits_that_country():
    assert ("RUS", "UKR") in force("Moscow launched a heavy barrage against targets in eastern Ukraine overnight.")


def test_strikes_carried_out_on_things_in_a_country_hit_that_country():
    assert ("IND", "PAK") in force("India carried out strikes on targets in Pakistan before dawn.")


def test_an_answer_with_volleys_of_missiles_on_a_city_hits_its_state():
    assert ("IRN", "ISR") in force("Iran retaliated with volleys of missiles on Haifa and Tel Aviv.")


def test_a_barrage_of_attacks_on_a_government_is_no_use_of_force():
    assert not force("The Kenyan opposition unleashed a barrage of attacks on the government in Nairobi.")


def test_a_strike_that_sets_the_scene_is_not_aimed_at_where_it_fell():
    assert ("FRA", "LBN") not in force("France said two aid workers died in a strike on a clinic in southern Lebanon.")
