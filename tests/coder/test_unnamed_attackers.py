"""Attacks by unnamed armed men. A count ("dozens of", "hundreds of") names no one by itself: the word it counts says who the
victims are, so insurgents killing "dozens of soldiers" fight the army (19x), not the unarmed.
Gunmen who "burst into" a place force their way in as those who storm it do, and a broadcaster's
studio they attack stands for the media."""

from coding_cases import dyads


def test_dozens_of_soldiers_are_the_army():
    got = dyads("Insurgents killed dozens of soldiers in an attack near Diffa, Niger, on Monday.")
    assert any(t == "NERMIL" and c.startswith("19") for _, t, c in got), got
    assert not any(c.startswith("18") for _, _, c in got), got


def test_dozens_of_police_officers_are_the_police():
    got = dyads("Gunmen shot dozens of police officers in Tegucigalpa, Honduras, last year.")
    assert any(t == "HNDCOP" for _, t, _ in got), got
    assert not any(t == "HNDCVL" for _, t, _ in got), got


def test_dozens_of_villagers_stay_civilians():
    got = dyads("Insurgents killed dozens of villagers near Diffa, Niger, on Monday.")
    assert any(t == "NERCVL" and c.startswith("18") for _, t, c in got), got


def test_gunmen_bursting_into_a_studio_attack_the_media():
    got = dyads("Armed men burst into a radio station in Tegucigalpa, Honduras, on Sunday night.")
    assert ("HNDMED", "18") in {(t, c[:2]) for _, t, c in got}, got


def test_gunmen_storming_a_television_studio_attack_the_media():
    got = dyads("Hooded gunmen stormed a television studio in Cali, Colombia, during the evening news.")
    assert any(t == "COLMED" for _, t, _ in got), got
