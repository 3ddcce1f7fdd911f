"""A relative clause of saying on a deed noun whose verb tells of a wrong or a harm ("…, a move that
rights groups said would disenfranchise voters", "a law that Amnesty says violates…") is the
sayer's criticism (111) of whoever did the deed; a harmless or denied effect is no criticism.
Sentences written for these tests."""

from coding_cases import dyads


def criticism(text):
    return {(s[:3], t[:3]) for s, t, code in dyads(text) if code.startswith("11")}


def test_a_move_said_to_derail_a_transition_is_criticised():
    assert ("IGO", "NER") in criticism(
        "The junta in Niger postponed the election, a decision that the African Union said would derail "
        "the transition.")


def test_a_law_said_to_violate_rights_criticises_who_passed_it():
    assert ("NGO", "HUN") in criticism(
        "Hungary passed a law that Amnesty International says violates the rights of refugees.")


def test_in_a_move_that_critics_said_would_harm():
    assert ("DEU", "POL") in criticism(
        "Poland's government closed its border crossings with Belarus, in a move that Germany said would "
        "harm regional trade.")


def test_a_harmless_effect_is_no_criticism():
    assert ("IGO", "KEN") not in criticism(
        "Kenya's government signed the trade deal, a step that the African Union said would boost "
        "exports to Uganda.")


def test_a_denied_harm_is_no_criticism():
    assert ("NGO", "SRB") not in criticism(
        "Serbia adopted a law that Amnesty International said would not harm journalists.")
