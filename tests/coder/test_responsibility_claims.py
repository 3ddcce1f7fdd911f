"""Owning up to a deed makes it the claimant's: "X claimed responsibility for the attack on Y"
is X's attack on Y (and the claim itself, 015). Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_claimed_attack_is_the_claimants():
    text = "Al-Shabaab claimed responsibility for a bombing attack on a Kenyan army base near Lamu."
    assert_coded(text, "SOM", "KEN", ["18", "19"])
    assert_coded(text, "SOM", None, ["015"])


def test_claimed_ambush_that_killed_soldiers():
    assert_coded("Boko Haram claimed responsibility for an ambush that killed eleven Nigerian soldiers.",
                 "NGA", "NGAMIL", ["18", "19"])


def test_nobody_claiming_codes_no_attack():
    got = dyads("No group has claimed responsibility for the attack on the Chadian convoy.")
    assert not any(c[:2] in ("18", "19") for _, _, c in got), got


def test_claiming_the_deed_itself_makes_it_the_claimants():
    # "claimed the attack", without "responsibility for"
    assert_coded("The Pakistani Taliban claimed a suicide attack on a police station in Peshawar.",
                 "PAK", "PAKCOP", ["18"])


def test_untargeted_suicide_bombing_is_aimed_at_where_it_struck():
    # no victim named: a suicide bombing in Kabul is aimed at Afghanistan
    assert_coded("A suicide bomber blew himself up near a crowded market in Kabul on Sunday.",
                 "AFG", "AFG", ["18"])
