"""Signing by idiom: "put their names to a treaty" and "signed off on a deal" are signings, between
the co-signers named with the subject or the partner named after "with"; a lone approver ("signed
off on the budget") names no partner. Sentences written for these tests."""

from coding_cases import dyads


def _agreed(text):
    return {(s[:3], t[:3]) for s, t, c in dyads(text) if c.startswith("057")}


def test_putting_names_to_a_treaty_is_signing_it():
    got = _agreed("Chile and Peru put their names to a fisheries treaty in Lima on Tuesday.")
    assert {("CHL", "PER"), ("PER", "CHL")} <= got, got


def test_two_leaders_putting_names_to_a_pact_sign_it():
    got = _agreed("Egypt's president and the Jordanian king put their names to a water-sharing pact in Amman.")
    assert {("EGY", "JOR"), ("JOR", "EGY")} <= got, got


def test_signing_off_on_a_plan_together_is_an_agreement():
    got = _agreed("Armenia and Azerbaijan signed off on the text of a border accord after talks in Geneva.")
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= got, got


def test_signing_off_on_a_deal_with_a_partner_is_an_agreement():
    got = _agreed("Kenya's cabinet signed off on Tuesday on the new security deal with Somalia.")
    assert ("KEN", "SOM") in got, got


def test_a_lone_approver_signing_off_names_no_partner():
    assert not any(c.startswith("05") for _, _, c in dyads("The French finance minister signed off on the budget."))
