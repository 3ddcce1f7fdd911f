"""Suspending an actor (CAMEO 172): a government that suspends a named outlet, politician or party
imposes an administrative sanction on it, while suspending an agreement or a state (from a body)
is another act. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_suspending_a_named_foreign_broadcaster_sanctions_it():
    assert_coded("Mali's junta suspended France 24 for a month over its reporting.", "MLI", "FRA", ["172"])


def test_suspending_a_named_politician_from_his_post_sanctions_him():
    assert_coded("Turkey's Interior Ministry suspended Ekrem Imamoglu from office after his arrest.", "TUR", "TUR", ["172"])


def test_a_passive_suspension_by_a_court_is_the_courts_sanction():
    assert_coded("Prime Minister Srettha Thavisin was suspended from office by Thailand's Constitutional Court.",
                 "THA", "THA", ["172"])


def test_suspending_a_party_is_a_ban_on_it():
    assert_coded("Guatemala's electoral registry suspended the opposition Semilla party.", "GTM", "GTM", ["1722"])


def test_suspending_an_agreement_sanctions_no_actor():
    got = dyads("Seoul suspended a 2018 military agreement with the North.")
    assert not any(c.startswith("17") for _, _, c in got), got


def test_a_state_suspended_by_a_bloc_is_not_sanctioned_at_home():
    got = dyads("The African Union suspended Niger after the coup.")
    assert not any(c.startswith("172") for _, _, c in got), got
