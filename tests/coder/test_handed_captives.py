"""Captives handed on (CAMEO 0841): "returned", "handed over", "sent home" say whose the people
are by their own demonym ("handed Colombian sailors over to the Red Cross": Colombia, not the
go-between) or by their recipient ("returned 30 children to Tbilisi"), never by the state the
story is about. Sentences written for these tests."""

from coding_cases import dyads


def _released(text):
    return {(s[:3], t[:3] if t else None) for s, t, c in dyads(text) if c.startswith("0841")}


def test_returned_captives_with_a_demonym_name_the_target():
    got = _released("Venezuela returned the detained Colombian soldiers at a border bridge on Tuesday.")
    assert ("VEN", "COL") in got, got


def test_captives_handed_to_a_go_between_are_their_own_states():
    got = _released("Hezbollah handed over three Israeli hostages to the Red Cross in Beirut.")
    assert ("LBN", "ISR") in got, got
    assert not any(t not in ("ISR", None) for _, t in got), got


def test_captives_sent_home_name_their_state():
    got = _released("Japan sent four Chinese fishermen home after their boat drifted into its waters.")
    assert ("JPN", "CHN") in got, got


def test_unnamed_captives_returned_to_a_capital_are_the_recipients():
    got = _released("Russia returned 30 children to Tbilisi on Monday.")
    assert ("RUS", "GEO") in got, got
    assert ("RUS", "RUS") not in got, got
