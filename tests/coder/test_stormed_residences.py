"""Crowds who storm, overrun or ransack a leader's residence or compound riot (145) against
their own government; a state named as a whole that boycotts or protests does not protest at
its own government."""

import pytest

from coding_cases import assert_coded, dyads

STORMED = [
    ("The president fled Tunisia as thousands of protesters stormed his official residence in Tunis.", "TUN"),
    ("Angry crowds overran the prime minister's residence in Kathmandu on Tuesday.", "NPL"),
    ("Demonstrators breached the parliament compound in Accra as lawmakers debated the levy.", "GHA"),
]


@pytest.mark.parametrize("text,country", STORMED)
def test_crowds_storming_a_leaders_building_riot_against_their_government(text, country):
    assert any(s.startswith(country) and t.startswith(country) and c.startswith("145")
               for s, t, c in dyads(text)), dyads(text)


def test_a_state_boycotting_a_summit_protests_at_no_government_of_its_own():
    found = dyads("Canada will boycott the summit in Caracas, officials said.")
    assert not any(s == "CAN" and t == "CANGOV" for s, t, _ in found), found


def test_a_nationality_on_strike_still_strikes_against_its_government():
    assert_coded("Italian train drivers began a two-day walkout over pay.", "ITA", "ITAGOV", ["143"])


@pytest.mark.parametrize("text,country", [
    ("Police in Lima fired tear gas at thousands of demonstrators outside the congress building.", "PER"),
    ("Riot police in Belgrade used water cannon to disperse crowds of students on Sunday.", "SRB"),
])
def test_a_crowd_the_police_repress_was_demonstrating(text, country):
    assert any(s.startswith(country) and t.startswith(country) and c.startswith("14")
               for s, t, c in dyads(text)), dyads(text)
