"""Visits named by a trip noun or a gathering: who travels ("by" phrase, the name the trip is
set beside, the subject of the clause it is the setting of), where to (the "to" phrase, a
place named before the noun, the state a summit is held in), and when it is called off.
Sentences written for these tests."""

from datetime import date

from coding_cases import assert_coded, dyads

from allegiance import code_text


def test_visit_by_someone_to_a_capital():
    text = "Ghana signed a cocoa deal during a visit to Accra by Brazilian President Lula."
    assert_coded(text, "BRA", "GHA", ["042"])
    assert_coded(text, "GHA", "BRA", ["043"])


def test_visit_by_someone_with_no_place_is_to_the_clauses_subject():
    text = "Kenya dropped its visa fees after a visit by Indian Prime Minister Narendra Modi."
    assert_coded(text, "IND", "KEN", ["042"])


def test_traveller_set_beside_the_trip():
    assert_coded("Gustavo Petro, on a state visit to Madrid, called for a new trade pact.", "COL", "ESP", ["042"])


def test_during_a_visit_the_speaker_travels_not_the_one_urged():
    got = dyads("Olaf Scholz urged Beijing to curb its exports during a visit to Vietnam.")
    assert any(s.startswith("DEU") and t.startswith("VNM") and c == "042" for s, t, c in got), got
    assert not any(s.startswith("CHN") and c == "042" for s, t, c in got), got


def test_place_named_before_the_trip():
    assert_coded("Australian premier Anthony Albanese praised Japan's investment during his Tokyo trip.",
                 "AUS", "JPN", ["042"])


def test_skipped_summit_abroad_is_a_visit_not_made():
    events = code_text("Javier Milei will skip the Andean summit in Lima, his office said.", date(2024, 5, 2))
    visits = [e for e in events if e.cameo == "042"]
    assert visits and visits[0].target.country == "PER" and visits[0].modality == "negated", events
    assert not any(e.cameo == "043" for e in events), [(e.cameo, e.rule) for e in events]


def test_bloc_meeting_at_its_summit_is_no_visit():
    assert not any(c == "042" for _, _, c in dyads("NATO allies agreed at their summit in Vilnius to raise spending."))


def test_cancelled_trip_is_a_visit_that_did_not_happen():
    events = code_text("President Lula cancelled a planned trip to Washington because of the floods.", date(2024, 5, 2))
    visits = [e for e in events if e.cameo == "042" and e.target is not None and e.target.country == "USA"]
    assert visits and visits[0].modality == "negated", [(e.cameo, e.modality, e.rule) for e in events]
    assert not any(e.cameo.startswith("16") for e in events)
