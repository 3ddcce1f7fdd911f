"""Arriving somewhere as a visit: "jetted into Moscow", "did not show up in Istanbul" (042 to the
place's state; a visit not made is negated). Drones and warships that fly or sail into a country's
airspace or waters are no visit. Sentences written for these tests."""

from coding_cases import code_text, PUBLISHED


def _visits(text):
    return {(e.source.code, e.target.code[:3], e.modality) for e in code_text(text, PUBLISHED)
            if e.cameo == "042" and e.source and e.target}


def test_jetting_into_a_capital_is_a_visit():
    assert ("BRAGOV", "ESP", "asserted") in _visits("Lula jetted into Madrid on Monday for a state banquet.")


def test_a_leader_who_did_not_show_up_made_no_visit():
    assert ("IRNGOV", "EGY", "negated") in _visits("Iran's president did not show up in Cairo for the signing ceremony.")


def test_drones_flying_into_airspace_are_no_visit():
    assert not _visits("Russian drones flew into Polish airspace overnight.")
