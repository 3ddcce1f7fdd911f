"""Leaders, governments or diplomats of a region of several states ("Arab leaders", "Western
governments", "West African leaders") are officials of several states: they take no country from
the place they meet in or the state the story is about, so an event between them and that state
is not dropped as the state acting on itself. Likewise a "gang leader" or "protest leaders" lead
a gang or a protest, not the state. Sentences written for these tests."""

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


def test_a_gang_leader_threatening_the_prime_minister_is_not_the_government():
    got = dyads("Gang leader Marco Duval threatened to storm the capital unless Prime Minister Ariel Henry resigned.")
    assert any(s.startswith("HTICRM") and t.startswith("HTIGOV") and r[:2] == "13" for s, t, r in got), got


def test_protest_leaders_urging_the_government_are_its_opponents():
    got = dyads("Protest leaders in Yerevan urged the Armenian government to resign.")
    assert any(s.startswith("ARMOPP") and t.startswith("ARMGOV") and r[:2] == "02" for s, t, r in got), got
