"""Formal agreements (057): a treaty signed under its own name, a partnership signed, a deal
"agreed on", and a deal that the one acting under it signed ("… under a pact signed with X").
Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def _agreed(text):
    return {(s[:3], t[:3]) for s, t, c in dyads(text) if c.startswith("057")}


def test_a_named_treaty_in_the_plural_is_signed():
    got = _agreed("Morocco and Sudan signed the Abraham Accords with Israel in Washington last year.")
    assert {("MAR", "ISR"), ("SDN", "ISR")} <= got, got


def test_a_plural_place_name_is_no_agreement():
    got = dyads("Argentine troops seized the Falkland Islands in April 1982.")
    assert not any(c.startswith("05") for _, _, c in got), got


def test_a_signed_partnership_is_a_formal_agreement():
    assert_coded("Japan and the Philippines signed a security and defence partnership in Manila.",
                 "JPN", "PHL", ["057"])


def test_agreeing_on_a_deal_makes_it():
    assert {("KEN", "ETH"), ("ETH", "KEN")} <= _agreed("Kenya and Ethiopia agreed on a border deal on Tuesday.")
    assert {("PER", "CHL")} <= _agreed("Peru and Chile have agreed on fishing arrangements along their maritime border.")


def test_agreeing_on_something_else_is_no_agreement():
    got = _agreed("Peru and Chile agreed on the need for calm.")
    assert not got, got


def test_acting_under_a_deal_signed_with_a_partner():
    got = _agreed("Egypt will buy the wheat under a deal signed with Kazakhstan in March.")
    assert {("EGY", "KAZ"), ("KAZ", "EGY")} <= got, got
    assert {("GRC", "EGY")} <= _agreed("Greece sent two frigates under a defence pact struck with Cairo.")


def test_a_deal_signed_with_someone_else_is_not_the_speakers():
    got = _agreed("Iran condemned the deal signed with Israel.")
    assert not any(s == "IRN" for s, _ in got), got


def test_a_plan_agreed_with_a_partner_is_a_pact_of_the_clause_subject():
    assert ("NOR", "LBN") in _agreed("Norway will resettle refugees from Lebanon under a pilot agreed with Beirut.")


def test_two_named_people_who_seal_a_deal_seal_it_with_each_other():
    # the parser may hang the first name inside the second ("Ursula von der Leyen")
    assert {("GBR", "IGO"), ("IGO", "GBR")} <= _agreed(
        "Keir Starmer and Ursula von der Leyen sealed a deal in London to ease checks on food.")
    assert {("EGY", "ISR"), ("ISR", "EGY")} <= _agreed(
        "In 1979, Anwar Sadat and Menachem Begin signed a peace treaty on the White House lawn.")


def test_a_state_whose_name_holds_and_is_one_side():
    got = dyads("Trinidad and Tobago signed a fisheries agreement with Venezuela on Monday.")
    assert {("TTO", "VEN"), ("VEN", "TTO")} <= {(s[:3], t[:3]) for s, t, c in got if c.startswith("057")}, got
    assert not any(s[:3] == t[:3] for s, t, _ in got), got
