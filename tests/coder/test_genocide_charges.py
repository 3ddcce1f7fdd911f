""""Genocide" in the news is a charge (a finding, an accusation, a court case), coded as the
accusation, not as a mass killing by whoever is charged; killings are coded from their verbs.
Sentences written for these tests."""

from coding_cases import dyads


def roots(text):
    return {(s[:3], t[:3], code[:2]) for s, t, code in dyads(text)}


def test_a_finding_of_genocide_is_no_mass_killing():
    found = roots("Washington determined that the Ethiopian army had committed genocide in Tigray.")
    assert not any(code == "20" for _, _, code in found)


def test_an_accusation_of_genocide_is_no_mass_killing():
    found = roots("Turkey's president said Israel was committing genocide in Gaza.")
    assert not any(code == "20" for _, _, code in found)


def test_killing_civilians_by_the_hundred_is_still_a_mass_killing():
    found = roots("Myanmar's army killed more than 300 civilians in the village, witnesses said.")
    assert any(code == "20" for _, _, code in found)
