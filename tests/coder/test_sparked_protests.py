"""Protests an act set off ("…, sparking protests in X"), with no one named as staging them."""
from allegiance.api import code_text


def _dyads(text):
    return {(e.source.country if e.source else None, e.target.country if e.target else None, e.cameo[:2])
            for e in code_text(text)}


def test_protests_sparked_by_a_governments_act_are_the_countrys_crowd_against_it():
    text = "Kenya's government raised fuel taxes by a third, sparking protests in Nairobi and Mombasa."
    assert ("KEN", "KEN", "14") in _dyads(text)


def test_protests_set_off_by_what_befell_a_leader_are_at_his_state():
    text = "Zambia's president was sworn in for a third term, triggering protests across several cities."
    assert ("ZMB", "ZMB", "14") in _dyads(text)


def test_protests_sparked_by_a_foreign_states_act_are_aimed_at_that_state():
    text = "Washington moved its embassy to Jerusalem, sparking protests in Amman."
    assert ("JOR", "USA", "14") in _dyads(text)


def test_sparked_criticism_is_not_read_as_a_crowd_protest():
    text = "Kenya's government raised fuel taxes, sparking criticism."
    assert not any(r == "14" for _, _, r in _dyads(text))
