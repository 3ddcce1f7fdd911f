"""A pledge made on a visit that names no one is made to the other side of the visit: the
state visited, or the guest of the host who pledged. Not a pledge that was coded on its own,
a denied one, or one the leaders made among themselves. An assurance of what will be done is a
promise too. Sentences written for these tests."""

from coding_cases import assert_coded, dyads, has_event



def test_visitors_participle_pledge_is_to_the_state_visited():
    text = "Italy's prime minister Giorgia Meloni arrived in Tunis on Monday, pledging to expand cooperation on energy."
    assert_coded(text, "ITA", "TUN", ["03"])


def test_pledge_in_a_where_clause_is_to_the_guest():
    text = "Kenyan President William Ruto was received by Emmanuel Macron in Paris, where the French leader promised to open new schools."
    assert_coded(text, "FRA", "KEN", ["03"])


def test_hosts_money_pledge_is_to_the_guest():
    text = "William Ruto welcomed Emmanuel Macron to Nairobi, promising billions in loans."
    assert_coded(text, "KEN", "FRA", ["03"])


def test_a_denied_pledge_is_no_pledge():
    got = dyads("Giorgia Meloni arrived in Tunis on Monday but did not promise any new cooperation.")
    assert not has_event(got, "ITA", "TUN", ["03"]), got


def test_a_pledge_the_leaders_made_among_themselves_is_not_to_the_host():
    got = dyads("Emmanuel Macron hosted Olaf Scholz and Donald Tusk in Paris, where the three leaders pledged to consult one another.")
    assert not has_event(got, "FRA", "DEU", ["03"]), got


def test_assurance_of_what_will_be_done_is_a_promise():
    text = "Japan's foreign minister assured Manila that Tokyo would keep supplying patrol boats."
    assert_coded(text, "JPN", "PHL", ["03"])


def test_assurance_of_how_things_are_stays_a_statement():
    got = dyads("Canada's prime minister assured Kyiv that his government's support remained firm.")
    assert not has_event(got, "CAN", "UKR", ["03"]), got
