"""Gunmen or insurgents who kill soldiers or police are fighting the state's forces (an act of
war, 19x); killing or attacking the unarmed stays unconventional violence (18x)."""

from coding_cases import dyads


def test_militants_killing_soldiers_fight_the_army():
    got = dyads("Militants killed six soldiers at a checkpoint in northern Niger on Sunday.")
    assert any(t == "NERMIL" and c.startswith("19") for _, t, c in got), got
    assert not any(c.startswith("18") for _, _, c in got), got


def test_gunmen_killing_a_police_officer_fight_the_police():
    got = dyads("Gunmen killed a police officer in an ambush outside Tegucigalpa, Honduras.")
    assert any(t == "HNDCOP" and c.startswith("19") for _, t, c in got), got


def test_gunmen_killing_villagers_stay_unconventional_violence():
    got = dyads("Gunmen killed twelve villagers in an attack on a market in northern Niger.")
    assert any(c.startswith("18") for _, _, c in got), got
