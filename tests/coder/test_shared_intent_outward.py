"""A joined subject's shared intent carried to an outside actor ("A and B pledged to extend the
pipeline into C") is meant toward C, not toward each other; carried to one of the group, it
stays shared. Sentences written for these tests."""

from coding_cases import dyads


def _intent(text):
    return {(s[:3], t[:3]) for s, t, c in dyads(text) if c.startswith("03")}


def test_a_shared_plan_carried_into_a_third_state_is_meant_toward_it():
    got = _intent("Kazakhstan and Uzbekistan pledged to extend the railway into Afghanistan.")
    assert {("KAZ", "AFG"), ("UZB", "AFG")} <= got, got
    assert ("KAZ", "UZB") not in got, got


def test_carried_to_one_of_the_group_stays_shared():
    got = _intent("Kazakhstan, Uzbekistan and Afghanistan agreed to extend the railway into Afghanistan.")
    assert ("KAZ", "UZB") in got, got
