"""Appeals to 'both sides', 'the warring parties', 'all sides', 'the belligerents': the sides are
those the sentence names, armed groups included (a group is a side of its own), or the pair
named after "between". Sentences written for these tests."""

from coding_cases import dyads


def _targets(text, root):
    return {(s[:3], t) for s, t, c in dyads(text) if c.startswith(root)}


def test_both_sides_include_an_armed_group():
    got = _targets("The United Nations urged Israel and Hamas to agree to a ceasefire, and called on both "
                   "sides to release prisoners.", "0253")
    assert {("IGO", "ISR"), ("IGO", "PSEHMS")} <= got, got


def test_the_two_sides_are_an_army_and_a_militia_of_one_state():
    got = {(s, t) for s, t, c in dyads("Saudi Arabia brought envoys from the Sudanese army and the RSF together "
                                       "in Jeddah, where the two sides signed a declaration.") if c.startswith("05")}
    assert any(s.startswith("SDN") and t == "SDNRSF" for s, t in got), got
    assert not any("SAU" in (s[:3], t[:3]) for s, t in got), got


def test_the_warring_parties_are_the_pair_fighting():
    got = _targets("Fighting between the army and the RSF spread to Darfur, and the African Union urged the "
                   "warring parties to agree to a truce.", "02")
    assert {("IGO", "SDNMIL"), ("IGO", "SDNRSF")} <= got, got


def test_all_sides_after_clashes_between_two_states():
    got = _targets("After clashes between Armenia and Azerbaijan, the UN urged all sides to show restraint.", "02")
    assert {("IGO", "ARM"), ("IGO", "AZE")} <= got, got


def test_the_belligerents():
    got = _targets("Renewed fighting between Thailand and Cambodia prompted Malaysia to urge the belligerents "
                   "to return to talks.", "02")
    assert {("MYS", "THA"), ("MYS", "KHM")} <= got, got


def test_unnamed_warring_parties_stay_unresolved():
    got = _targets("The UN urged the warring parties to protect civilians.", "02")
    assert not any(t for _, t in got), got
