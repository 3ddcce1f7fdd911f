"""Leaving a treaty or a union cuts cooperation (16x); a capital in a treaty's or process's name
('the Minsk agreements', 'the Astana process') says where it was made, not who is a party."""

from coding_cases import assert_coded, dyads


def test_withdrawing_from_a_city_named_treaty_has_no_party():
    text = "Finland said it would withdraw from the Ottawa treaty on cluster munitions."
    assert_coded(text, "FIN", "", ["160"])
    assert not any(t and t.startswith("CAN") for _, t, _ in dyads(text)), dyads(text)


def test_leaving_a_climate_agreement_cuts_cooperation():
    text = "Argentina will leave the Paris climate agreement next year."
    assert_coded(text, "ARG", "", ["160"])
    assert not any(t and t.startswith("FRA") for _, t, _ in dyads(text)), dyads(text)


def test_capital_in_an_agreement_name_is_no_target():
    text = "The Security Council endorsed the Minsk agreements on Tuesday."
    assert not any(t and t.startswith("BLR") for _, t, _ in dyads(text)), dyads(text)


def test_treaty_with_a_named_party_keeps_it():
    assert_coded("Ethiopia withdrew from the water treaty with Egypt.", "ETH", "EGY", ["160"])


def test_country_in_a_deal_name_stays_a_party():
    text = "Pakistan praised the US-Taliban deal."
    assert any(t and t.startswith("AFG") for _, t, _ in dyads(text)), dyads(text)


def test_leaving_a_union_cuts_ties_with_it():
    assert_coded("Britain formally left the European Union on Friday.", "GBR", "IGOEUREEC", ["160"])
