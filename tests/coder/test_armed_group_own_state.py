"""Insurgents or rebels who strike a building, a gate or a town's outskirts in their own
country attack their state, though the word struck names no place; acts of force read that
way are one event of a kind on the state, not one per verb."""

from coding_cases import dyads


def test_insurgents_storming_a_hotel_attack_their_state():
    got = dyads("Al-Shabaab militants stormed a hotel in Kismayo on Saturday, police said.")
    assert any(s.startswith("SOM") and t == "SOM" and c[:2] in ("18", "19") for s, t, c in got), got


def test_rebels_shelling_the_outskirts_attack_their_state():
    got = dyads("Houthi rebels shelled the outskirts of Marib overnight, officials said.")
    assert any(s.startswith("YEM") and t == "YEM" and c[:2] in ("18", "19") for s, t, c in got), got


def test_unknown_gunmen_do_not_attack_a_state():
    got = dyads("Unknown gunmen stormed a hotel in Kismayo on Saturday, police said.")
    assert not any(t == "SOM" for _, t, _ in got), got


def test_rebels_seizing_and_advancing_are_one_blow_on_the_state():
    got = dyads("M23 rebels seized the town of Rutshuru and said they were advancing towards Goma.")
    on_state = [c[:2] for _, t, c in got if t == "COD"]
    assert on_state == ["19"], got
