"""A reaction drawn by a noun that sums up the clause before it ("…, a move that drew criticism
from X") is aimed at that clause's doer, not at whoever the clause's object or its apposition
names. Sentences written for these tests."""

from coding_cases import dyads


def _criticised(text):
    return {(s[:3], t[:3] if t else None) for s, t, c in dyads(text) if c.startswith("11")}


def test_a_move_that_drew_criticism_aims_at_the_doer_not_the_beneficiary():
    got = _criticised("Hungary blocked the aid package for Ukraine, a move that drew sharp criticism from Poland.")
    assert ("POL", "HUN") in got, got
    assert ("POL", "UKR") not in got, got


def test_a_decision_that_drew_a_rebuke_aims_at_the_expelling_state():
    got = _criticised("Russia expelled two Estonian diplomats, a decision that drew a rebuke from Germany.")
    assert ("DEU", "RUS") in got, got
    assert ("DEU", "EST") not in got, got


def test_a_plan_apposed_to_a_town_names_the_planner():
    got = _criticised("Israel's cabinet approved a plan to seize Rafah, a decision that drew condemnation "
                      "from France and Spain.")
    assert {("FRA", "ISR"), ("ESP", "ISR")} <= got, got
    assert ("FRA", "PSE") not in got, got


def test_a_subject_still_draws_the_reaction_itself():
    got = _criticised("Serbia's president drew a sharp rebuke from Brussels for meeting Putin.")
    assert ("IGO", "SRB") in got, got
