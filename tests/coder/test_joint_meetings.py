"""A meeting, summit, talks or call that names no partner but sets what two coordinated
subjects did ("A and B agreed at a meeting in Z") was held between them; not a body's
gathering, not talks a third party brokered or hosted, not three or more sides.
Sentences written for these tests."""

from coding_cases import assert_coded, dyads, has_event



def test_coordinated_subjects_meet_at_a_meeting():
    text = "Gustavo Petro and Nicolas Maduro agreed at a meeting in Caracas to reopen their shared border."
    assert_coded(text, "COL", "VEN", ["04"])
    assert_coded(text, "VEN", "COL", ["04"])


def test_their_summit_is_between_the_subjects():
    text = "Poland and Lithuania pledged closer energy ties at their first summit since the election."
    assert_coded(text, "POL", "LTU", ["04"])
    assert_coded(text, "LTU", "POL", ["04"])


def test_phone_call_between_the_subjects():
    text = "Emmanuel Macron and Olaf Scholz agreed in a phone call to push for a joint European gas purchase."
    assert_coded(text, "FRA", "DEU", ["041"])


def test_one_phrase_names_both_sides():
    text = "Ministers from Kenya and Uganda said after their meeting in Kampala that trade would resume."
    assert_coded(text, "KEN", "UGA", ["04"])


def test_a_bodys_gathering_is_not_their_meeting():
    got = dyads("Norway and Denmark condemned the coup at a UN Security Council meeting.")
    assert not has_event(got, "NOR", "DNK", ["04"]), got


def test_talks_brokered_by_a_third_party_are_left_to_the_broker():
    got = dyads("Eritrea and Djibouti agreed to a truce after talks mediated by Qatar.")
    assert not has_event(got, "ERI", "DJI", ["04"]), got


def test_three_sides_do_not_say_who_met_whom():
    got = dyads("Chile, Peru and Bolivia agreed to share river data at a meeting in La Paz.")
    assert not has_event(got, "CHL", "PER", ["04"]), got


def test_brokered_settlement_of_any_kind_between_two_sides():
    text = "Norway brokered a prisoner swap between Armenia and Azerbaijan."
    assert_coded(text, "NOR", "ARM", ["045"])
    assert_coded(text, "NOR", "AZE", ["045"])


def test_talks_counted_by_their_length_are_a_meeting():
    text = "Serbia and Kosovo agreed to restore the border crossing after two days of talks in Brussels."
    assert_coded(text, "SRB", "XKX", ["04"])
    assert_coded(text, "XKX", "SRB", ["04"])


def test_hours_of_talks_between_leaders():
    text = "Recep Tayyip Erdogan and Ilham Aliyev agreed during three hours of talks to open a new rail link."
    assert_coded(text, "TUR", "AZE", ["04"])
    assert_coded(text, "AZE", "TUR", ["04"])


def test_a_brokered_span_of_talks_is_left_to_the_broker():
    got = dyads("Eritrea and Djibouti agreed to a truce after two days of talks in Doha mediated by Qatar.")
    assert not has_event(got, "ERI", "DJI", ["04"]), got


def test_months_of_negotiations_are_a_process_not_a_meeting():
    got = dyads("After months of negotiations, Chile and Peru agreed to share data from the river basin.")
    assert not has_event(got, "CHL", "PER", ["04"]), got


def test_offer_to_host_talks_is_no_meeting_between_the_sides():
    got = dyads("Kenya's president offered to host talks between Ethiopia and Eritrea in Nairobi.")
    assert not has_event(got, "ETH", "ERI", ["04"]), got


def test_readiness_to_broker_talks_is_no_meeting():
    got = dyads("Norway said it stood ready to help broker talks between Colombia and Venezuela.")
    assert not has_event(got, "COL", "VEN", ["04"]), got


def test_offered_venue_for_talks_is_no_meeting():
    got = dyads("Switzerland offered Geneva as a venue for talks between Armenia and Azerbaijan.")
    assert not has_event(got, "ARM", "AZE", ["04"]), got


def test_hosted_talks_between_the_sides_still_count():
    text = "Kenya hosted two days of talks between Ethiopia and Eritrea in Nairobi."
    assert_coded(text, "ETH", "ERI", ["04"])
