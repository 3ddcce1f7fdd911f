"""Trips: a journey to a town is a visit to its state, and what the trip is for ("for talks
with X") is the traveller's own act, in the trip's tense. Sentences written for these tests."""

from datetime import date

from coding_cases import assert_coded, dyads

from allegiance import code_text


def test_trip_to_a_town_the_tagger_takes_for_a_person():
    assert_coded("Kenya's president flew to Sochi on Thursday.", "KEN", "RUS", ["042"])


def test_trip_inside_ones_own_country_is_no_visit():
    assert not any(c.startswith("04") for _, _, c in dyads("The Russian president flew to Sochi on Friday."))


def test_talks_a_trip_is_for_are_a_meeting_both_ways():
    text = "Chile's foreign minister travelled to Guangzhou for talks with Wang Yi."
    assert_coded(text, "CHL", "CHN", ["042"])
    assert_coded(text, "CHL", "CHN", ["04"])
    got = dyads(text)
    assert any(s.startswith("CHN") and t.startswith("CHL") and c.startswith("04") and c != "043"
               for s, t, c in got), got


def test_talks_follow_the_trips_tense():
    events = code_text("Lula will travel to Jakarta next month for talks with Prabowo.", date(2024, 3, 4))
    talks = [e for e in events if e.rule.endswith("noun:talk/prep:with")]
    assert talks and all(e.modality == "future" for e in talks), [(e.cameo, e.modality, e.rule) for e in events]
