"""Violence by attackers the text does not name, against people it names only by common nouns:
gunmen abducting pupils, a suicide bomber whose blast killed a crowd, "a man" who stabbed
passers-by, "gunmen killed 17". The victims are private people of the place; a lone attacker
named only by sex or age is an unidentified attacker of no state. Sentences written for these
tests."""

from datetime import date

from allegiance import code_text
from coding_cases import assert_coded, dyads


def test_gunmen_abducting_pupils_or_seminarians_is_an_abduction_of_the_places_people():
    assert_coded("Gunmen abducted 30 schoolgirls from a boarding school in Zamfara, Nigeria.", "NGAUAF", "NGA", ["181"])
    assert_coded("Gunmen kidnapped six seminarians in Nigeria's Edo state on Sunday.", "NGAUAF", "NGA", ["181"])
    assert_coded("Bandits abducted dozens of pupils from a school in Niger state, Nigeria.", "NGACRM", "NGA", ["181"])


def test_a_lone_gunman_is_an_unidentified_attacker():
    assert_coded("A gunman shot dead two worshippers outside a synagogue in Djerba, Tunisia.", "TUNUAF", "TUN", ["18"])


def test_people_killed_and_counted_are_the_places_civilians():
    assert_coded("Gunmen killed 17 at a cattle market in northern Mali.", "MLIUAF", "MLICVL", ["18"])


def test_a_count_of_things_or_one_another_names_no_people():
    got = dyads("Saudi air defences intercepted eight drones and shot down five of them over Riyadh.")
    assert not any(t.endswith("CVL") for _, t, _ in got), got
    got = dyads("The leaders of Japan and South Korea agreed to consult one another in a crisis.")
    assert not any(t.endswith("CVL") for _, t, _ in got), got


def test_the_toll_of_an_attack_on_no_one_names_its_victims():
    assert_coded("A suicide bomber blew himself up at a crowded market in Kabul, Afghanistan, killing at least "
                 "20 people.", "AFGINS", "AFGCVL", ["18"])


def test_a_man_named_only_by_sex_or_age_who_attacks_is_an_unidentified_attacker_of_no_state():
    events = code_text("A man armed with an axe killed two people at a bus stop in Hamburg, Germany.",
                       date(2024, 3, 4))
    attack = [e for e in events if e.cameo.startswith("18")]
    assert attack, events
    assert attack[0].source.sector == "UAF" and attack[0].source.country is None, attack[0].source
    assert "man" in attack[0].source.text and attack[0].target.country == "DEU"
    assert_coded("Kenya's opposition leader was shot in the leg by a 40-year-old man at a rally in Nairobi.",
                 "UAF", "KEN", ["18"])


def test_a_man_named_only_by_sex_does_nothing_else_as_an_attacker():
    got = dyads("A woman sued the Kenyan government over the eviction of her family.")
    assert not any(s == "UAF" for s, _, _ in got), got
    assert_coded("Police in Nairobi shot a man during the protest.", "KENCOP", "KENCVL", ["19", "17"])
