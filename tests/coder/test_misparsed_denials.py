"""A denial told in a clause on a said-noun ("…, charges Asmara rejected", "…, an account the
kingdom denied") answers whoever made the claim, even where the parser loses the relative clause:
the noun taken for the verb's subject or for a verb of its own, the denier for the noun's
apposition. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_an_account_denied_answers_its_teller():
    assert_coded("Hanoi accused Beijing of ramming a fishing boat near the Paracels, an account China flatly denied.",
                 "CHN", "VNM", ["016"])


def test_charges_rejected_with_the_noun_parsed_as_a_subject():
    assert_coded("Kenya accused Somalia of arming militias along the border, charges Mogadishu rejected.",
                 "SOM", "KEN", ["016"])


def test_claims_denied_with_the_noun_parsed_as_a_verb():
    assert_coded("The Sudanese army said it had retaken the bridge and the refinery, claims the RSF denied.",
                 "SDNRSF", "SDN", ["016"])


def test_a_charge_dismissed_with_the_denier_parsed_as_an_apposition():
    assert_coded("Washington has accused Tehran of shipping drones to Moscow, a charge Iran's foreign ministry dismissed as absurd.",
                 "IRN", "USA", ["016"])


def test_a_rejected_suggestion_is_no_denial():
    got = dyads("Ankara rejected suggestions by Athens that the islands should be demilitarised.")
    assert not any(c == "016" for _, _, c in got), got
