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


# A count ("dozens of", "hundreds of") names no one by itself: the word it counts says who the
# victims are, so insurgents killing "dozens of soldiers" fight the army (19x). Gunmen who
# "burst into" a place force their way in as those who storm it do, and a broadcaster's studio
# they attack stands for the media.
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
