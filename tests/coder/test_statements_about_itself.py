"""An optimistic remark or a claim of responsibility that names only the speaker's own state is
still a statement, coded with no target, not dropped as an act on itself. Sentences written for
these tests."""

from coding_cases import assert_coded, dyads


def test_optimism_about_a_home_port_is_coded_without_target():
    assert_coded("Chile's trade minister said she was optimistic that the first copper cargo would leave Antofagasta next week.",
                 "CHL", "", ["013"])


def test_claiming_an_attack_at_home_is_coded_without_target():
    got = dyads("Insurgents linked to al-Qaeda claimed responsibility for a bombing at a market in Niamey.")
    assert any(c == "015" and t == "" for _, t, c in got), got
    assert not any(c == "015" and t.startswith("NER") for _, t, c in got), got


def test_optimism_about_another_state_keeps_its_target():
    assert_coded("The French foreign minister said he was hopeful that the ceasefire in Lebanon would hold.",
                 "FRA", "LBN", ["013"])
