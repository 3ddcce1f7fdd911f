"""Visits the text shows by place rather than by a visit verb: a named guest welcomed or
received at a place, a guest welcomed or greeted there in the passive (the host is the state of
the place), and a stop or a stay on a trip. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_named_guest_welcomed_to_a_seat_of_government_is_hosted():
    text = "Emmanuel Macron welcomed Cyril Ramaphosa to the Elysee on Monday."
    assert_coded(text, "FRA", "ZAF", ["043"])
    assert_coded(text, "ZAF", "FRA", ["042"])
    assert not any(c == "051" for _, _, c in dyads(text))


def test_named_guest_welcomed_to_a_country_residence():
    assert_coded("Keir Starmer welcomed Olaf Scholz to Chequers for talks on defence.", "GBR", "DEU", ["043"])


def test_welcomed_decision_stays_praise():
    got = dyads("Egypt welcomed Qatar's decision to reopen its embassy.")
    assert any(c == "051" for _, _, c in got) and not any(c in ("042", "043") for _, _, c in got), got


def test_passive_welcome_in_a_capital_is_hosted_by_its_state():
    text = "Recep Tayyip Erdogan was welcomed in Baku with a military parade."
    assert_coded(text, "AZE", "TUR", ["043"])
    assert_coded(text, "TUR", "AZE", ["042"])


def test_passive_greeting_in_a_capital():
    assert_coded("Narendra Modi was greeted with a gun salute in Canberra.", "AUS", "IND", ["043"])


def test_a_plan_welcomed_in_a_capital_is_no_guest():
    got = dyads("Egypt's truce plan was welcomed in Doha.")
    assert not any(c in ("042", "043") for _, _, c in got), got


def test_a_stop_on_a_tour_is_a_visit():
    text = "Wang Yi promised new loans to Fiji during a stop in Suva."
    assert_coded(text, "CHN", "FJI", ["042"])
    assert_coded(text, "FJI", "CHN", ["043"])


def test_a_stay_in_a_capital_is_a_visit():
    assert_coded("Ishiba's three-day stay in Hanoi ended with a pledge on rice exports.", "JPN", "VNM", ["042"])


def test_a_stop_at_home_is_no_visit():
    got = dyads("Wang Yi briefed reporters during a stop in Beijing.")
    assert not any(c == "042" for _, _, c in got), got
