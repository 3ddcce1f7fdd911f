"""Passive acts that only a state does, with no doer named: its police, courts or government."""

from datetime import date

from allegiance.api import code_text

DAY = date(2025, 3, 4)


def coded(text):
    return {(e.source.code, e.cameo[:2], e.target.country) for e in code_text(text, DAY)}


def test_a_jailed_politician_is_jailed_by_the_courts_of_his_own_state():
    assert ("BRAJUD", "17", "BRA") in coded("Brazil's former president Fernando Collor was jailed on Friday.")


def test_arrests_in_a_named_place_are_that_state_s_police():
    assert ("ESPCOP", "17", "MAR") in coded("Two Moroccan nationals were arrested in Spain on Tuesday.")


def test_a_named_doer_wins():
    assert ("ITACOP", "17", "ALB") not in coded("Three Albanian men were arrested by Greek police in Athens.")
    assert {s for s, r, t in coded("Three Albanian men were arrested by Greek police in Athens.")} == {"GRCCOP"}


def test_an_expulsion_with_no_place_stays_uncoded():
    # whoever expelled them is not the diplomats' own state
    assert not coded("Four Russian diplomats have been expelled, officials said.")


def test_a_passive_of_an_act_anyone_may_do_gets_no_doer():
    assert not coded("Two Ukrainian soldiers were killed near Bakhmut.")
