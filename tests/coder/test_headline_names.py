"""A headline's verb between two names is no part of them ("Lula, Petro Press Maduro …": 'press'
is also the media sector), and a group's plural the tagger reads as an interjection
("Houthis Vow …") is the subject of the bare verb after it."""

from allegiance.api import code_text


def _events(text):
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
            for e in code_text(text)}


def test_verb_between_two_names_is_the_headline_verb():
    events = _events("Lula, Petro Press Maduro on Vote Count")
    assert ("BRAGOV", "VENGOV", "02") in events
    assert ("COLGOV", "VENGOV", "02") in events


def test_verb_between_names_with_a_place_after():
    events = _events("Egypt, Jordan Press Israel Over Aid Access in Gaza")
    assert {s[:3] for s, t, c in events if t.startswith("ISR") and c == "02"} >= {"EGY", "JOR"}


def test_plural_group_read_as_interjection_is_the_subject():
    events = _events("Houthis Vow Revenge Against Israel Over Port Strikes")
    assert ("YEMHTH", "ISR", "13") in events
