"""Leaving a court, a bloc or a treaty reduces relations (CAMEO 160), not a retreat (080)."""
from allegiance.api import code_text


def _codes(text):
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code_text(text)}


def test_withdrawing_from_a_court_cuts_ties_with_it():
    codes = _codes("Venezuela withdrew from the International Criminal Court.")
    assert ("160", "VEN", "IGOICC") in codes
    assert not any(c[0] == "080" for c in codes)


def test_withdrawing_from_a_treaty_aims_at_its_other_party():
    assert ("160", "EGY", "SDN") in _codes("Egypt withdrew from the water treaty with Sudan.")


def test_withdrawing_from_a_town_is_no_reduction():
    assert not any(c[0].startswith("16") for c in _codes("Russia withdrew from Kherson."))
