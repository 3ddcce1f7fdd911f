"""A show of force that names no target answers whoever did what provoked it: the actor of
another state in the "after …", "following …" or "in response to …" phrase. Sentences written
for these tests."""

from coding_cases import assert_coded, dyads


def test_alert_after_a_foreign_deed_is_aimed_at_its_doer():
    assert_coded("South Korea put its troops on high alert after a North Korean drone crossed the border.",
                 "KOR", "PRK", ["15"])


def test_jets_scrambled_after_foreign_aircraft_approached():
    assert_coded("The Philippines scrambled fighter jets on Monday after Chinese bombers flew near Luzon.",
                 "PHL", "CHN", ["15"])


def test_in_response_to_a_foreign_deed():
    assert_coded("Estonia put its army on alert in response to Russian drills near Narva.",
                 "EST", "RUS", ["15"])


def test_a_provocation_by_the_same_state_names_no_target():
    assert not any(t and t.startswith("CHN") and s.startswith("CHN")
                   for s, t, _ in dyads("China put its forces on alert after a Chinese ship sank near Hainan."))
