"""Mediation (045): reporters name a mediator in many ways besides "X mediated between A and B" —
a deal brokered by X, talks hosted or convened by X, X acting as go-between, X's mediators
doing or saying something about the parties. The mediator acts on each party (one event per
party), never on its own state. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def _mediated(text):
    return {(s[:3], t[:3]) for s, t, c in dyads(text) if c == "045"}


def test_the_sides_a_brokered_deal_names():
    got = _mediated("The Norwegian-brokered talks between Colombia and the ELN will resume in Oslo next month.")
    assert {("NOR", "COL")} <= got, got
    got = _mediated("Troops withdrew under an Egyptian-brokered truce that ended the fighting between Israel and Hamas.")
    assert {("EGY", "ISR"), ("EGY", "PSE")} <= got, got


def test_ties_with_a_state_name_a_party():
    got = _mediated("Morocco restored diplomatic ties with Algeria in a deal brokered by Qatar.")
    assert {("QAT", "MAR"), ("QAT", "DZA")} <= got, got


def test_the_parties_of_a_joined_clause():
    got = _mediated("Under a truce brokered by Kenya, Uganda withdrew its troops and Rwanda halted its shelling.")
    assert {("KEN", "UGA"), ("KEN", "RWA")} <= got, got


def test_hosted_talks_are_mediated():
    got = _mediated("Talks between Serbia and Kosovo resumed in Brussels, hosted by the European Union.")
    assert {("IGO", "SRB"), ("IGO", "XKX")} & got, got
    assert_coded("Armenia and Azerbaijan agreed to a prisoner swap at talks hosted by Kazakhstan.", "KAZ", "ARM", ["045"])


def test_a_hosted_dinner_is_no_mediation():
    got = _mediated("Armenian and Azerbaijani diplomats attended a dinner hosted by Kazakhstan.")
    assert not got, got


def test_acting_as_go_between():
    got = _mediated("Armenia and Azerbaijan exchanged prisoners on Friday, with Georgia acting as go-between.")
    assert {("GEO", "ARM"), ("GEO", "AZE")} <= got, got


def test_mediators_handing_the_parties_a_proposal():
    got = _mediated("Kenyan mediators handed Ethiopia and Eritrea a draft accord on Monday.")
    assert {("KEN", "ETH"), ("KEN", "ERI")} <= got, got


def test_mediators_reporting_an_agreement_between_parties():
    got = _mediated("Sudan and South Sudan agreed to reopen the border crossing, Ethiopian mediators said.")
    assert {("ETH", "SDN"), ("ETH", "SSD")} <= got, got


def test_mediators_reporting_one_side_only_mediate_nothing():
    got = _mediated("Russia shelled Kharkiv overnight, Turkish mediators said.")
    assert not got, got


def test_a_mediator_does_not_mediate_with_its_own_state():
    got = _mediated("Brazil brokered a ceasefire between the army and the rebels in Haiti.")
    assert ("BRA", "BRA") not in got, got


def test_a_broker_after_the_sides_of_a_deal_mediates_for_both():
    """The parser hangs ", brokered by X" on the last side of "between A and B"."""
    got = _mediated("A truce between Armenia and Azerbaijan, brokered by Moscow, took effect on Monday.")
    assert {("RUS", "ARM"), ("RUS", "AZE")} <= got, got
    got = _mediated("The accord between Sudan and South Sudan, brokered by Addis Ababa and Cairo, was signed in June.")
    assert {("ETH", "SDN"), ("ETH", "SSD"), ("EGY", "SDN"), ("EGY", "SSD")} <= got, got
