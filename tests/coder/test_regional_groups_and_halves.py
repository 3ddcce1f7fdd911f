"""Actors a sentence names without a state's name: a group of states with fixed members ("the
Baltic states", "Baltic capitals", "the Sahel juntas": region_words.tsv's `members`) is each of
them; "the North" and "the South" in a story that names either Korea are North and South Korea
(halves.tsv). States leaving a treaty together do not reduce relations with each other.
Sentences written for these tests."""

from coding_cases import dyads


def roots(text, root):
    return {(s[:3], t[:3]) for s, t, code in dyads(text) if code.startswith(root)}


def test_the_baltic_states_are_each_member():
    found = roots("The three Baltic states urged Brussels to stop all gas imports from Russia.", "02")
    assert {("EST", "IGO"), ("LVA", "IGO"), ("LTU", "IGO")} <= found


def test_baltic_capitals_criticise():
    found = roots("Baltic capitals criticised Hungary's foreign minister for his trip to Moscow.", "11")
    assert {("EST", "HUN"), ("LVA", "HUN"), ("LTU", "HUN")} <= found


def test_the_baltic_sea_is_no_state():
    assert not any(s in ("EST", "LVA", "LTU") for s, _ in roots(
        "Finland accused Russia of damaging a cable in the Baltic Sea.", "11"))


def test_the_north_is_north_korea_when_seoul_speaks():
    assert ("KOR", "PRK") in roots("Seoul's military accused the North of firing artillery shells.", "11")


def test_the_south_is_south_korea_when_pyongyang_threatens():
    assert ("PRK", "KOR") in roots(
        "Kim Jong Un's sister threatened military action against the South over the leaflets.", "13")


def test_the_north_names_no_state_outside_a_korean_story():
    found = roots("Sudan's army accused the North of harbouring rebels.", "11")
    assert not any(t == "PRK" for _, t in found)


def test_states_leaving_a_treaty_together_do_not_target_each_other():
    found = {(s[:3], t[:3]) for s, t, _ in dyads(
        "Latvia and Finland said they would withdraw from the landmine treaty next year.")}
    assert ("LVA", "FIN") not in found and ("FIN", "LVA") not in found
