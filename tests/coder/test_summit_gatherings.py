"""A summit of three or more held in one member's country: the guests visit (042) and the
host hosts them (043); who of them met whom is not said, so no meeting pairs (040) are coded.
A summit of two keeps its meeting. Sentences written for these tests."""

from coding_cases import assert_coded, dyads, has_event


def test_three_way_summit_in_a_member_capital_is_visits():
    text = "Brazil, Argentina and Chile held their first trilateral summit in Santiago on Friday."
    assert_coded(text, "BRA", "CHL", ["042"])
    assert_coded(text, "ARG", "CHL", ["042"])
    assert_coded(text, "CHL", "BRA", ["043"])


def test_three_way_summit_codes_no_pairs_of_guests():
    got = dyads("Brazil, Argentina and Chile held their first trilateral summit in Santiago on Friday.")
    assert not has_event(got, "BRA", "ARG", ["040"])
    assert not has_event(got, "ARG", "BRA", ["040"])


def test_two_way_summit_keeps_its_meeting():
    text = "Brazil and Chile held their first bilateral summit in Santiago on Friday."
    assert_coded(text, "BRA", "CHL", ["040"])
    assert_coded(text, "BRA", "CHL", ["042"])


def test_three_way_talks_keep_their_pairs():
    got = dyads("Brazil, Argentina and Chile held talks in Santiago on Friday.")
    assert has_event(got, "BRA", "ARG", ["046"])
