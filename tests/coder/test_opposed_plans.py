"""A deed named only as the content of a plan or attempt that someone opposes ("rejected any
attempt to expel …", "objected to plans by X to reopen …") is what is opposed, not an event that
happened; the opposition itself is still coded. Sentences written for these tests."""

from coding_cases import dyads


def test_a_rejected_attempt_is_not_the_attempted_deed():
    found = dyads("Chile rejected any Peruvian attempt to expel Bolivian traders from the port.")
    assert not any(code.startswith("17") for _, _, code in found)
    assert any(s == "CHL" and code.startswith("12") for s, _, code in found)


def test_plans_objected_to_are_not_coded_as_done():
    found = dyads("Lesotho formally objected to plans by Namibia and Botswana to reopen their border crossing.")
    assert not any(code.startswith("08") for _, _, code in found)


def test_a_plan_not_opposed_is_still_coded():
    found = dyads("Namibia announced a plan to reopen its border with Botswana.")
    assert any(s == "NAM" and code.startswith("08") for s, _, code in found)
