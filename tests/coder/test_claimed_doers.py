"""Violence whose doer is named only by a claim elsewhere in the sentence is the claimer's: "a
bomb exploded …, killing nine, and al-Shabaab claimed the attack". Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_toll_of_a_bombing_claimed_afterwards_is_the_claimers():
    assert_coded("A truck bomb exploded outside a hotel in Mogadishu, killing nine guests, "
                 "and al-Shabaab claimed the attack.", "SOMSHB", "SOMCVL", ["18"])


def test_toll_of_an_attack_claimed_by_a_group_is_the_groups():
    assert_coded("A car bomb ripped through a livestock market in Mogadishu, killing 14 shoppers, "
                 "in an attack claimed by al-Shabaab.", "SOMSHB", "SOMCVL", ["18"])


def test_a_denied_claim_names_no_doer():
    got = dyads("A truck bomb exploded outside a hotel in Mogadishu, killing nine guests. "
                "No group has claimed the attack.")
    assert not any(s.startswith("SOMSHB") for s, _, _ in got), got


def test_toll_in_which_of_a_targeted_claimed_attack_is_no_second_event():
    # "…, in which 30 people were killed" is the toll of the attack on the base, not a killing
    # the claimer did besides
    got = dyads("JNIM claimed responsibility for the attack on a Malian army base and the airport "
                "in Timbuktu, in which 30 people were killed.")
    assert not any(c.startswith("18") for _, _, c in got), got
