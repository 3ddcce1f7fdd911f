"""A state named before an act is who does it: "an Israeli strike on Beirut", "US sanctions on
Iran", "killed in a Russian missile strike". Only where the act is the news itself, not what
something else is about. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_an_act_as_the_subject_of_the_clause():
    assert_coded("A Turkish drone strike on Qamishli wounded four people on Sunday.", "TUR", "SYR", ["19"])
    assert_coded("New US sanctions on Venezuela took effect on Monday.", "USA", "VEN", ["163"])


def test_victims_of_a_named_states_strike():
    assert_coded("Two Somali soldiers were killed in an Ethiopian air strike near Baidoa.", "ETH", "SOM", ["18", "19", "20"])


def test_an_act_others_talk_about_is_not_coded_again():
    got = dyads("Egypt condemned the Israeli strike on Rafah.")
    assert not any(s.startswith("ISR") for s, _, _ in got), got
    got = dyads("Damascus welcomed the lifting of US sanctions on Syria.")
    assert not any(s.startswith("USA") and c.startswith("16") for s, _, c in got), got
