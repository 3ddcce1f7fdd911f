"""Two sides' forces that pull back with no one else named pull back from each other: a
disengagement is a withdrawal (0874) of each from the other. States "pulling back from the brink"
move no forces, and sides only urged to pull back have not done it. Sentences written for these
tests."""

from coding_cases import assert_coded, dyads


def _both_ways(text, a, b):
    assert_coded(text, a, b, ["0874"])
    assert_coded(text, b, a, ["0874"])


def test_two_states_pulling_back_their_troops():
    _both_ways("Armenia and Azerbaijan pulled back their troops from the border on Monday.", "ARM", "AZE")


def test_one_phrase_naming_both_forces():
    _both_ways("Serbian and Kosovar troops began pulling back from the disputed crossing on Friday.", "SRB", "XKX")


def test_a_withdrawal_both_forces_completed():
    _both_ways("Ethiopian and Eritrean soldiers completed their withdrawal from the valley.", "ETH", "ERI")


def test_no_forces_no_pullback():
    text = "Colombia and Peru pulled back from the brink of a trade war on Sunday."
    assert not any(c.startswith("087") for _, _, c in dyads(text)), dyads(text)


def test_sides_urged_to_pull_back_have_not_done_it():
    text = "France and Germany urged Serbia to pull its troops back from the border."
    assert not any(s.startswith(("FRA", "DEU")) and c.startswith("087") for s, _, c in dyads(text)), dyads(text)
