"""A court that strikes down, voids or blocks a measure whose phrase names no owner ("struck
down the law") rejects (120) its own government's act; a measure with a named owner keeps its
owner, and a rejection by anyone but a court finds no target in the measure. Sentences written
for these tests."""

from coding_cases import dyads


def coded(text, root="120"):
    return {(s, t) for s, t, code in dyads(text) if code.startswith(root)}


def test_a_court_striking_down_a_law():
    assert ("POLJUD", "POLGOV") in coded("Poland's Constitutional Tribunal struck down the new citizenship law on Tuesday.")


def test_a_court_voiding_a_decree():
    assert ("PERJUD", "PERGOV") in coded("Peru's top court voided the emergency decree, saying it exceeded the president's powers.")


def test_a_judge_blocking_a_deployment():
    assert ("KENJUD", "KENGOV") in coded("A Kenyan judge blocked the deployment on Friday, ruling it unconstitutional.")


def test_no_court_no_target_in_the_measure():
    assert not coded("Farmers rejected the law at a rally in the capital.")
