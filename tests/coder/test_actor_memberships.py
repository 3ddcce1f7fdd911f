"""Whom a phrase names when a word in it points away from the obvious state: "the former Soviet
republic" is a state named before, not the Soviet Union; an "including" list picks out people
of another state; a people with one home state ("Uyghur", "Rohingya") are that state's wherever
the story happens. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_the_former_soviet_republic_is_the_state_named_before():
    text = "Japan sent aid to Georgia on Monday to help the former Soviet republic rebuild its roads."
    got = dyads(text)
    assert not any(t.startswith("SUN") for _, t, _ in got), got
    assert_coded("Germany pledged money to Armenia and promised to support the former Soviet republic.",
                 "DEU", "ARM", ["05", "07", "03"])


def test_former_soviet_states_in_the_plural_are_not_the_soviet_union():
    got = dyads("Turkey promised loans to several former Soviet states in Central Asia.")
    assert not any(t.startswith("SUN") for _, t, _ in got), got


def test_a_former_soviet_leader_still_names_the_soviet_office():
    got = dyads("Former Soviet leader Mikhail Gorbachev criticised Washington in an interview.")
    assert any(s.startswith("SUN") for s, _, _ in got), got


def test_an_including_list_names_the_foreigners_it_picks_out():
    assert_coded("Armenian police arrested nine people, including three Iranian smugglers, near the border.",
                 "ARM", "IRN", ["17"])


def test_a_people_with_one_home_state_are_its_civilians():
    assert_coded("Kazakhstan deported 12 Uyghur men to China last week.", "KAZ", "CHN", ["17"])
    assert_coded("Malaysia refused to take in more Rohingya refugees, its minister said.", "MYS", "MMR", ["12"])


def test_a_named_us_commerce_secretary_is_american_in_a_story_about_another_state():
    got = dyads("Chile's foreign minister held talks with Commerce Secretary Gina Raimondo in Santiago.")
    assert any(t.startswith("USAGOV") for _, t, _ in got), got
    assert not any(s[:3] == t[:3] == "CHL" for s, t, _ in got), got
