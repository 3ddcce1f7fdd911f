"""A formal protest or complaint lodged "over" a deed is aimed at whoever did the deed."""
from allegiance.api import code_text


def _dyads(text):
    return {(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text)}


def test_protest_over_a_states_deployment_targets_that_state():
    dyads = _dyads("Hanoi lodged a protest over the Chinese oil rig deployment near the Paracels.")
    assert ("114", "VNM", "CHN") in dyads


def test_complaint_over_possessed_deed_targets_the_owner():
    dyads = _dyads("Seoul lodged a formal complaint over Japan's revised school textbooks.")
    assert ("114", "KOR", "JPN") in dyads


def test_protest_over_a_deed_with_no_doer_names_no_target():
    assert not [e for e in code_text("Tokyo lodged a protest over the weekend.") if e.target is not None]


def test_rejected_allegations_by_a_state_accuse_the_subject_of_the_claim():
    dyads = _dyads("Minsk rejected allegations by Vilnius that Belarusian smugglers had flown balloons over the border.")
    assert ("112", "LTU", "BLR") in dyads


def test_allegations_without_an_author_accuse_no_one_new():
    dyads = _dyads("Minsk rejected allegations that Belarusian smugglers had flown balloons over the border.")
    assert not [d for d in dyads if d[0] == "112"]
