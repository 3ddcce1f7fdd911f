"""Giving way (CAMEO 08) in forms the plain verb rows miss: an action noun with what it acts on
after "of" or "in" ("the lifting of sanctions on", "a pause in fighting"), an agreed truce with a
date before it ("agreed on Monday to a truce"), and backing down with no one named, which gives
way to whoever pressed in the clause beside it. Sentences written for these tests."""

from coding_cases import dyads


def _yields(text):
    return {(s[:3], t[:3] if t else None) for s, t, c in dyads(text) if c.startswith("08")}


def test_a_pause_in_fighting_agreed_by_two_sides_is_a_truce():
    got = _yields("Armenia and Azerbaijan agreed to a three-day pause in fighting to collect the dead.")
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= got, got


def test_a_truce_agreed_on_a_named_day():
    got = _yields("Sudan and South Sudan agreed on Friday to a truce along their disputed border.")
    assert {("SDN", "SSD"), ("SSD", "SDN")} <= got, got


def test_the_lifting_of_sanctions_on_a_state():
    got = {(s[:3], t[:3]) for s, t, c in dyads("Trade resumed after Canada's easing of sanctions on Belarus.")
           if c == "085"}
    assert ("CAN", "BLR") in got, got
    got = {(s[:3], t[:3]) for s, t, c in dyads("Canada urged the lifting of sanctions on Belarus.")}
    assert ("CAN", "BLR") in got, got  # an appeal for a yield (02x), aimed at the sanctioned state


def test_backing_down_gives_way_to_whoever_pressed():
    got = _yields("Peru backed down hours after Chile threatened to close the border.")
    assert ("PER", "CHL") in got, got
    got = _yields("Brazil imposed steep duties on Argentine wine before Buenos Aires relented.")
    assert ("ARG", "BRA") in got, got


def test_refusing_to_back_down_with_no_one_pressing_is_no_yield():
    got = _yields("The Hungarian prime minister said he would not back down.")
    assert not got, got


def test_dropping_a_veto_gives_way_to_those_it_blocked():
    got = _yields("Montenegro joined the bloc in June after Croatia dropped its veto.")
    assert ("HRV", "MNE") in got, got
    got = _yields("Croatia dropped its veto.")
    assert not got, got
