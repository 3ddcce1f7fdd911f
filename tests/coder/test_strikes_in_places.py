"""An air strike, a raid or shelling named by its doer and the place it went "in" (no "on"
phrase) is an attack on that place's state: "after a deadly Israeli raid in Jenin"."""

from coding_cases import dyads


def test_raid_in_a_town_attacks_its_state():
    got = dyads("The ministry suspended contacts with the army after a deadly Israeli raid in Jenin.")
    assert ("ISR", "PSE", "190") in {(s[:3], t[:3], c) for s, t, c in got}, got


def test_airstrike_in_a_country_is_aerial_force_there():
    got = dyads("Russian bombers carried out a fresh airstrike in Syria on Tuesday.")
    assert any(s.startswith("RUS") and t == "SYR" and c == "195" for s, t, c in got), got


def test_bombardment_in_a_city_is_artillery_against_its_state():
    got = dyads("The school closed after a Russian bombardment in Kharkiv.")
    assert ("RUS", "UKR", "194") in {(s[:3], t[:3], c) for s, t, c in got}, got


def test_strike_by_workers_in_a_town_is_no_attack():
    got = dyads("French dockers began a strike in Marseille on Monday.")
    assert not any(c.startswith("19") for _, _, c in got), got
