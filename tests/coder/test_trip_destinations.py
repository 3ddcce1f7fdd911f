"""A place chosen for one's trip is visited: "chose Ankara for his first trip abroad" is a
visit to Turkey (042), whether the place is chosen "for" the trip or "as the destination of"
it. Choosing a place for anything else is no visit. Sentences written for these tests."""

from coding_cases import assert_coded, dyads, has_event


def test_place_chosen_for_a_first_trip_is_visited():
    assert_coded("Kenya's new president chose Ankara for his first foreign trip, signing a trade deal there.",
                 "KEN", "TUR", ["042"])


def test_place_picked_as_destination_of_a_trip_is_visited():
    assert_coded("The Chilean foreign minister picked Lima as the destination of her first official visit.",
                 "CHL", "PER", ["042"])


def test_each_place_chosen_is_visited():
    text = "Spain's prime minister chose Rabat and Lisbon for his first trips abroad."
    assert_coded(text, "ESP", "MAR", ["042"])
    assert_coded(text, "ESP", "PRT", ["042"])


def test_place_chosen_for_something_else_is_no_visit():
    got = dyads("Kenya's president chose Ankara for the new embassy building.")
    assert not has_event(got, "KEN", "TUR", ["042"])
