"""Police beating, shooting or killing people in numbers (a plural or counted victim) of their own
state are using violent repression (175), as the gold codes them; one person shot by police stays
a killing or an assault (18x/19x), and troops bombing villagers stay acts of war. Sentences
written for these tests."""

from coding_cases import dyads


def roots(text):
    return {(s, t, code[:2]) for s, t, code in dyads(text)}


def test_police_shooting_dead_counted_people_is_repression():
    got = dyads("Bolivian police shot dead at least 12 people in La Paz on Monday.")
    assert any(s == "BOLCOP" and t == "BOLCVL" and code == "175" for s, t, code in got), got


def test_riot_police_beating_students_is_repression():
    got = dyads("Georgian riot police beat students outside the parliament in Tbilisi.")
    assert any(s == "GEOCOP" and t.startswith("GEO") and code == "175" for s, t, code in got), got


def test_security_forces_killing_hundreds_is_repression_not_mass_killing():
    got = dyads("Security forces in Zimbabwe have killed more than 200 people since the vote, a rights group said.")
    assert any(s == "ZWECOP" and t == "ZWECVL" and code == "175" for s, t, code in got), got
    assert not any(code.startswith("20") for _, _, code in got), got


def test_police_shooting_one_man_stays_a_killing():
    got = roots("Egyptian police shot dead a man at a checkpoint in Giza.")
    assert any(s == "EGYCOP" and t == "EGYCVL" and r in ("18", "19") for s, t, r in got), got


def test_troops_bombing_villagers_stay_war():
    got = dyads("Malian soldiers killed dozens of villagers in an air strike near Mopti.")
    assert not any(code == "175" for _, _, code in got), got


def test_troops_firing_on_people_protesting_is_repression():
    got = dyads("Ugandan soldiers opened fire on hundreds of people protesting against fuel prices in Kampala.")
    assert any(s == "UGAMIL" and t.startswith("UGA") and code == "175" for s, t, code in got), got


def test_people_gathering_a_harvest_are_no_protesters():
    got = dyads("Sudanese troops shot dead three farmers gathering their harvest.")
    assert not any(code == "175" for _, _, code in got), got
