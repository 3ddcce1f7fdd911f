"""Threats that name no one but come right after another's deed: the answer promised is aimed at
whoever did what provoked it ("warned it would take all measures after Sudan closed the border").
Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_a_measure_promised_after_a_deed_threatens_its_doer():
    assert_coded("Kenya warned it would take \"all necessary measures\" to protect its herders after Uganda "
                 "closed the border crossing at Busia.", "KEN", "UGA", ["13"])


def test_force_promised_to_the_next_incursion_threatens_who_made_the_last():
    assert_coded("Any further violation of Lithuanian airspace would be met with force, Vilnius's defence "
                 "minister warned after a Belarusian helicopter briefly crossed the border.", "LTU", "BLR", ["13"])


def test_a_vow_to_retaliate_after_strikes_threatens_the_strikers():
    assert_coded("Armenia vowed to retaliate after Azerbaijani drones struck border villages.", "ARM", "AZE", ["13"])


def test_a_passive_provocation_names_no_one_to_threaten():
    got = dyads("Chad said it would respond to any violation of the truce after two soldiers were killed in an ambush.")
    assert not any(c.startswith("13") for _, _, c in got), got
