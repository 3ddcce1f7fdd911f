"""Repression whose victims the sentence does not name as actors: tear gas, rubber bullets or
water cannon fired with no "at X", and rallies broken up, are aimed at the forces' own country
(clauses.yaml `domestic_codes`), but only once when the sentence also names whom they struck.
Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_tear_gas_fired_with_no_target_is_repression_at_home():
    assert_coded("Zambian police fired tear gas to clear the streets around the stadium.", "ZMBCOP", "ZMB", ["175"])


def test_water_cannon_used_with_no_target_is_repression_at_home():
    assert_coded("Serbian riot police used water cannon late on Sunday.", "SRBCOP", "SRB", ["175"])


def test_a_rally_broken_up_is_repression_of_the_country():
    assert_coded("Togolese police broke up the rally on Saturday.", "TGOCOP", "TGO", ["175"])


def test_named_victims_are_not_doubled_by_the_country_itself():
    got = dyads("Zambian police fired tear gas to disperse the protesters.")
    assert ("ZMBCOP", "ZMBOPP", "175") in got or any(t.startswith("ZMB") and t != "ZMB" and c == "175"
                                                      for _, t, c in got), got
    assert not any(t == "ZMB" and c == "175" for _, t, c in got), got


def test_barred_from_office_with_no_agent_is_the_own_state_barring():
    assert_coded("The Bolivian opposition leader was barred from running for president.", "BOL", "BOLOPP", ["172"])
