"""Killing one holder of a leading office (a leader, a minister, a mayor) is an assassination (186);
an air strike that kills one stays the strike, and killing many stays an act of war. A weapon
named with no country ("a missile landed in …") is of no state, not the place's."""

from coding_cases import dyads


def test_killing_a_named_leader_is_an_assassination():
    got = dyads("Israeli forces killed the Hezbollah leader Hassan Nasrallah in Beirut on Friday.")
    assert any(s.startswith("ISR") and c == "186" for s, _, c in got), got
    assert not any(c.startswith("19") and t.startswith("LBNHZB") for _, t, c in got), got


def test_troops_killing_a_mayor_assassinate_him():
    got = dyads("Rebel fighters killed the mayor of Goma, Congo's army said.")
    assert any(c == "186" for _, _, c in got), got


def test_an_air_strike_that_kills_a_commander_stays_an_air_strike():
    got = dyads("A US drone strike near Baghdad killed a senior commander of Kataib Hezbollah.")
    assert ("USA", "IRQKTH", "195") in got, got


def test_a_weapon_is_not_of_the_place_where_it_lands():
    got = dyads("A stray missile landed in a Moldovan village, killing two farmers.")
    assert not any(s.startswith("MDA") for s, _, _ in got), got


def test_a_leader_killed_in_the_passive_is_assassinated():
    got = dyads("Ismail Haniyeh, the political leader of Hamas, was killed in an Israeli strike in Tehran.")
    assert any(s == "ISR" and c == "186" for s, _, c in got), got


def test_killing_several_commanders_or_many_people_is_war_not_assassination():
    got = dyads("Israeli strikes killed four Hezbollah commanders in southern Lebanon.")
    assert got and not any(c == "186" for _, _, c in got), got
    got = dyads("Russian troops killed dozens of Ukrainian soldiers near Bakhmut.")
    assert got and not any(c == "186" for _, _, c in got), got


def test_a_weapon_of_no_named_state_is_no_actor_at_all():
    got = dyads("Chile's navy opened an inquiry into the missile strike that killed seven aid workers.")
    assert not any(s == "MIL" or t == "MIL" for s, t, _ in got), got
    got = dyads("Investigators from Chile and Peru are examining the wreckage of the Airbus jet that crashed in Bolivia.")
    assert not any(t == "MIL" or t.startswith("BOL") for _, t, _ in got), got


def test_a_weapon_gives_way_to_the_force_named_with_it():
    got = dyads("In northern Chad, army missile strikes have killed dozens of civilians this year.")
    assert ("TCDMIL", "TCDCVL", "190") in got, got
