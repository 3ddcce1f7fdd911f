"""Boarding another party's vessel is a seizure (17) and ramming it is use of force (19);
boarding a flight is travel, not an event. Sentences written for these tests."""

from coding_cases import dyads


def roots(text, root):
    return {(s, t) for s, t, code in dyads(text) if code.startswith(root)}


def test_a_coast_guard_boarding_a_fishing_boat_seizes_it():
    found = roots("Indonesian coast guard officers boarded a Vietnamese fishing boat off the Natuna Islands.", "17")
    assert any(s.startswith("IDN") and t.startswith("VNM") for s, t in found)


def test_a_navy_boarding_a_tanker_seizes_it():
    found = roots("The Iranian navy boarded a Greek tanker in the Gulf of Oman on Tuesday.", "17")
    assert any(s.startswith("IRN") and t.startswith("GRC") for s, t in found)


def test_a_ramming_cutter_uses_force_against_the_vessel():
    found = roots("A Chinese coast guard cutter rammed a Vietnamese fishing boat near the Paracels.", "19")
    assert any(s.startswith("CHN") and t.startswith("VNM") for s, t in found)


def test_boarding_a_flight_is_no_event():
    assert not roots("The French foreign minister boarded a flight to Kyiv on Monday.", "17")
