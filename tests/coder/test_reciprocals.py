"""Coordinated sides acting on "each other" / "one another" (or "each side … the other") act in
both directions: one event each way, with the code of the verb's own row. Sentences written for
these tests."""

from coding_cases import dyads


def roots(text, root):
    return {(s, t) for s, t, code in dyads(text) if code.startswith(root)}


def test_accusing_each_other_is_an_accusation_each_way():
    found = roots("Serbia and Kosovo accused each other of stoking tensions in the north.", "11")
    assert {("SRB", "XKX"), ("XKX", "SRB")} <= found or {("SRB", "KOS"), ("KOS", "SRB")} <= found


def test_blaming_one_another_in_a_with_clause():
    found = roots("Talks collapsed in Doha, with Ethiopia and Egypt blaming one another for the impasse.", "11")
    assert {("ETH", "EGY"), ("EGY", "ETH")} <= found


def test_an_attack_verb_keeps_its_own_code():
    found = roots("India and Pakistan fired at each other across the Line of Control overnight.", "19")
    assert {("IND", "PAK"), ("PAK", "IND")} <= found


def test_each_side_accusing_the_other_takes_the_pair_of_the_main_clause():
    found = roots("Greek and Turkish patrol boats collided in the Aegean, with each side accusing the other "
                  "of provoking the incident.", "11")
    assert {("GRC", "TUR"), ("TUR", "GRC")} <= found


def test_a_traded_accusation_and_each_blaming_the_other_is_one_event_each_way():
    got = [(s, t) for s, t, code in dyads("Peru and Chile traded accusations, each blaming the other for the "
                                          "border incident.") if code.startswith("11")]
    assert sorted(got) == [("CHL", "PER"), ("PER", "CHL")]


def test_a_pledge_not_to_use_force_against_each_other_is_no_attack():
    assert not roots("Guyana and Venezuela pledged not to threaten or use force against each other.", "19")


def test_a_single_side_acting_on_the_other_is_not_reciprocal():
    assert ("EGY", "ETH") not in roots("Ethiopia blamed the other party for the impasse.", "11")
