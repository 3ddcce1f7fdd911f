"""Aid named by a sum and prisoner swaps. A sum is a noun phrase too: in "pledged $500 million in
assistance to Ukraine" the 'to' phrase hangs on the noun under the sum, and still names the
recipient. Captives traded between two sides, or a swap 'between' them, is a release each way
(0841). Sentences written for these tests."""

from coding_cases import dyads


def _coded(text, root):
    return {(s[:3], t[:3] if t else None) for s, t, c in dyads(text) if c.startswith(root)}


def test_recipient_of_a_sum_in_assistance():
    got = _coded("Norway pledged $300 million in assistance to Ukraine.", "033")
    assert ("NOR", "UKR") in got, got


def test_recipient_of_a_sum_for_a_country():
    got = _coded("Canada pledged $40 million in new assistance for Haiti.", "033")
    assert ("CAN", "HTI") in got, got


def test_traded_prisoners_is_a_release_both_ways():
    got = _coded("Armenia and Azerbaijan traded 32 prisoners of war on Wednesday.", "0841")
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= got, got
    assert not _coded("Armenia and Azerbaijan traded 32 prisoners of war on Wednesday.", "061")


def test_trade_in_goods_stays_trade():
    got = _coded("Armenia traded grain with Azerbaijan.", "061")
    assert ("ARM", "AZE") in got, got


def test_a_swap_between_two_sides():
    got = _coded("The prisoner swap between Armenia and Azerbaijan took place at the border on Friday.", "0841")
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= got, got
