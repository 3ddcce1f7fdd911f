"""Heading a delegation to a place is a visit there (042, and 043 back); a security mission
led abroad stays a deployment. Sentences written for these tests."""

from coding_cases import assert_coded, dyads, has_event


def test_leading_a_delegation_abroad_is_a_visit():
    text = "Brazil's vice president led a trade delegation to Jakarta on Monday."
    assert_coded(text, "BRA", "IDN", ["042"])
    assert_coded(text, "IDN", "BRA", ["043"])


def test_heading_a_delegation_is_a_visit_in_the_future_too():
    assert_coded("Chile's foreign minister will head a large business delegation to Seoul next month.",
                 "CHL", "KOR", ["042"])


def test_each_place_the_delegation_goes_is_visited():
    text = "Portugal's president led a delegation to Luanda and Maputo."
    assert_coded(text, "PRT", "AGO", ["042"])
    assert_coded(text, "PRT", "MOZ", ["042"])


def test_a_security_mission_led_abroad_is_no_visit():
    got = dyads("Rwanda will lead a multinational security mission to Mozambique.")
    assert not has_event(got, "RWA", "MOZ", ["042"])
