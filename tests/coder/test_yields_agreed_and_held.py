"""Yielding (08) told as agreement or with no one named: agreeing to lift sanctions, to extend a
ceasefire or to pull troops out is the concession itself (not an intent to yield, 035x); a
person held by a state who "was freed" with no agent named was freed by the state that held
them. Sentences written for these tests."""

from coding_cases import dyads


def _codes(got, source, target):
    return [c for s, t, c in got if s[:3] == source and (t or "")[:3] == target]


def test_agreeing_to_lift_sanctions_is_easing_them():
    got = dyads("The European Union agreed on Monday to lift its sanctions on Belarus.")
    assert any(c.startswith("085") for c in _codes(got, "IGO", "BLR")), got
    assert not any(c.startswith("035") for _, _, c in got), got


def test_agreeing_to_extend_a_ceasefire_is_the_ceasefire_both_ways():
    got = dyads("Armenia and Azerbaijan agreed to extend their ceasefire by another month.")
    assert any(c.startswith("0871") for c in _codes(got, "ARM", "AZE")), got
    assert any(c.startswith("0871") for c in _codes(got, "AZE", "ARM")), got


def test_agreeing_to_withdraw_troops_is_the_withdrawal():
    got = dyads("Kenya agreed to withdraw its troops from Somalia by the end of the year.")
    assert any(c.startswith("0874") for c in _codes(got, "KEN", "SOM")), got


def test_agreeing_to_swap_prisoners_stays_an_intent():
    got = dyads("Armenia and Azerbaijan agreed to swap all their wounded prisoners.")
    assert not any(c.startswith("084") for _, _, c in got), got


def test_a_person_held_in_a_state_freed_with_no_agent_was_freed_by_that_state():
    got = dyads("A Canadian journalist held in Iran for two years was freed on Friday.")
    assert any(c.startswith("0841") for c in _codes(got, "IRN", "CAN")), got


def test_the_by_phrase_names_the_holder_before_the_place():
    got = dyads("John Roe, a Canadian aid worker who was abducted in Mali by the Islamic State, has been released.")
    assert not any(s.startswith("MLI") and c.startswith("0841") for s, _, c in got), got


def test_people_whose_state_is_not_named_get_no_holder_as_source():
    got = dyads("Forty women held in Gaza will be released next week.")
    assert not any(s.startswith("PSE") and c.startswith("0841") for s, _, c in got), got
