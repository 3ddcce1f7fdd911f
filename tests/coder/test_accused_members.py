"""Whom "…, accusing them of …" means: members of a body the governing clause acted on ("figures
in Iran's government") are those it befell, not a scene, and a pronoun object of the participle
never means its own subjects ("A and B …, accusing them" is not A accusing B). Sentences written
for these tests."""

from coding_cases import dyads


def _accusations(text):
    return {(s, t) for s, t, c in dyads(text) if c.startswith("112")}


def test_members_of_a_government_are_accused():
    got = _accusations("Australia and Japan imposed sanctions on officials in the Iranian government, "
                       "accusing them of supplying drones to Russia.")
    assert {("AUS", "IRNGOV"), ("JPN", "IRNGOV")} <= got, got
    assert ("AUS", "JPN") not in got and ("JPN", "AUS") not in got, got


def test_figures_in_a_leaders_government():
    got = _accusations("Canada and Britain announced new sanctions on figures in Lukashenko's government, "
                       "accusing them of rigging the vote.")
    assert ("CAN", "BLRGOV") in got and ("GBR", "BLRGOV") in got, got
    assert ("CAN", "GBR") not in got, got


def test_co_subjects_never_accuse_each_other():
    got = _accusations("Mali and Niger expelled the ambassadors, accusing them of spying.")
    assert ("MLI", "NER") not in got and ("NER", "MLI") not in got, got


def test_a_named_state_is_still_accused():
    got = _accusations("Poland and Lithuania closed their borders with Belarus, accusing it of using migrants "
                       "as a weapon.")
    assert {("POL", "BLR"), ("LTU", "BLR")} <= got, got
