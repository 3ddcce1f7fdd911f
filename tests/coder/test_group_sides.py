"""A named armed group listed beside a state's adjective ("Pakistani and Taliban troops") is a
side of its own: a clash between them is coded both ways, the group keeping its own code."""

from coding_cases import dyads


def test_state_and_group_forces_clashing_fight_each_other():
    got = dyads("Pakistani and Taliban border guards clashed at a crossing near Chaman on Sunday.")
    assert any(s.startswith("PAK") and t.startswith("AFG") and c.startswith("19") for s, t, c in got), got
    assert any(s.startswith("AFG") and t.startswith("PAK") and c.startswith("19") for s, t, c in got), got


def test_group_beside_a_state_is_the_other_side():
    got = dyads("Israeli and Hezbollah fighters clashed near the border.")
    assert any(s.startswith("ISR") and t.startswith("LBN") and c.startswith("19") for s, t, c in got), got


def test_two_states_forces_still_clash_both_ways():
    got = dyads("Armenian and Azerbaijani troops clashed on the border on Tuesday.")
    assert {(s[:3], t[:3]) for s, t, c in got if c.startswith("19")} >= {("ARM", "AZE"), ("AZE", "ARM")}, got
