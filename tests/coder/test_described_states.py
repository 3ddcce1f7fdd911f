"""A state named again by a description ("the kingdom", "the emirate", "the island nation",
"the Gulf state") stands for the nearest state named before it that fits the description
(descriptions.tsv); "the two countries" count a state named only by its leader. Sentences
written for these tests."""

from coding_cases import dyads


def roots(text, root):
    return {(s[:3], t[:3]) for s, t, code in dyads(text) if code.startswith(root)}


def test_the_kingdom_is_the_monarchy_named_before():
    assert ("JOR", "SYR") in roots(
        "Jordan's foreign minister said the kingdom would restore diplomatic relations with Syria.", "05")


def test_the_emirate_rejects_the_charge():
    assert ("KWT", "IRQ") in roots(
        "Iraqi officials accused Kuwait of hoarding water, a charge the emirate rejected.", "01")


def test_the_gulf_state_is_the_one_named_not_the_accuser():
    found = roots("Chad recalled its ambassador from Oman, accusing the Gulf state of arming the rebels.", "11")
    assert ("TCD", "OMN") in found


def test_a_description_that_fits_no_state_named_stays_unresolved():
    found = roots("Kenya's president said the kingdom would restore diplomatic relations with Somalia.", "05")
    assert not any(s == "KEN" for s, _ in found)


def test_the_two_countries_count_a_state_named_only_by_its_leader():
    found = roots("Museveni arrived in Nairobi on Friday, and the two countries are expected to sign a "
                  "trade agreement.", "05")
    assert {("UGA", "KEN"), ("KEN", "UGA")} <= found
