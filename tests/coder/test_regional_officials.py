"""Leaders, governments or diplomats of a region of several states ("Arab leaders", "Western
governments", "West African leaders") are officials of several states: they take no country from
the place they meet in or the state the story is about, so an event between them and that state
is not dropped as the state acting on itself. Sentences written for these tests."""

from coding_cases import dyads


def test_arab_leaders_meeting_in_a_capital_are_not_its_government():
    got = dyads("Arab leaders praised the Jordanian peace plan at a summit in Amman on Sunday.")
    assert any(t.startswith("JOR") and r[:2] == "05" and not s.startswith("JOR") for s, t, r in got), got


def test_western_governments_criticising_a_state_are_not_that_state():
    got = dyads("Western governments condemned Tehran for the arrest of two aid workers.")
    assert any(t.startswith("IRN") and r[:2] == "11" and not s.startswith("IRN") for s, t, r in got), got


def test_a_leader_hosting_european_leaders_hosts_others():
    got = dyads("The Spanish prime minister will host several European leaders in Madrid next week.")
    assert any(s.startswith("ESP") and r[:2] == "04" and not t.startswith("ESP") for s, t, r in got), got


def test_protesters_of_a_people_still_belong_to_the_story_s_state():
    got = dyads("Kurdish protesters in Diyarbakir demanded that Ankara release the jailed politicians.")
    assert any(s.startswith("TUR") for s, _, _ in got), got
