"""A refusal of another actor's act ("ruled out any U.S. military action on Mexican soil") is
aimed at whoever would do the act, not at the place or party the act would hit. Sentences
written for these tests."""

from coding_cases import dyads


def _refused(text):
    return {(s[:3], t[:3]) for s, t, c in dyads(text) if c.startswith("12")}


def test_a_refused_strike_is_refused_to_the_striker():
    got = _refused("Ankara rejected any Russian strikes on Idlib.")
    assert ("TUR", "RUS") in got and ("TUR", "SYR") not in got, got


def test_a_refused_operation_is_refused_to_who_would_run_it():
    got = _refused("Bogota ruled out any American military operation on Colombian soil against the rebels.")
    assert ("COL", "USA") in got, got


def test_a_refused_act_with_no_named_doer_keeps_its_target():
    got = _refused("Seoul opposed sanctions on Pyongyang.")
    assert ("KOR", "PRK") in got, got
