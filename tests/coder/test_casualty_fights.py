"""A fight told through its dead: "twelve Pakistani soldiers were killed in a clash with Afghan
troops" is a fight of each side with the other, though no clause has a side as its subject.
Protesters killed in clashes with police did not fight. Sentences written for these tests."""

from coding_cases import dyads


def _fought(got, a, b):
    return any(s.startswith(a) and t.startswith(b) and c.startswith("19") for s, t, c in got)


def test_soldiers_killed_in_a_clash_fought_both_ways():
    got = dyads("Twelve Pakistani soldiers were killed in a clash with Afghan troops near the border on Sunday.")
    assert _fought(got, "PAK", "AFG") and _fought(got, "AFG", "PAK"), got


def test_face_off_and_brawl_are_fights_too():
    got = dyads("Nine Armenian soldiers were killed in a face-off with Azerbaijani troops overnight.")
    assert _fought(got, "ARM", "AZE") and _fought(got, "AZE", "ARM"), got
    got = dyads("Six Thai soldiers were wounded in a brawl with Cambodian troops at the temple.")
    assert _fought(got, "THA", "KHM") and _fought(got, "KHM", "THA"), got


def test_fighting_reported_through_its_dead_is_both_ways():
    got = dyads("Eight Sudanese soldiers were killed in heavy fighting with Ethiopian troops on Saturday.")
    assert _fought(got, "SDN", "ETH") and _fought(got, "ETH", "SDN"), got


def test_protesters_killed_in_clashes_did_not_fight():
    got = dyads("Dozens of Kenyan protesters were killed in clashes with police in Nairobi.")
    assert not any(s.startswith("KEN") and s.endswith(("OPP", "CVL")) and c.startswith("19") for s, t, c in got), got



def test_attack_by_a_named_doer_that_killed_the_subject():
    got = dyads("Seven Nigerien soldiers were killed in an ambush by Islamic State fighters near Tillaberi.")
    assert any(t.startswith("NERMIL") and c[:2] in ("18", "19") for s, t, c in got), got
