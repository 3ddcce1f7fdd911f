"""Visits the text shows by where someone speaks: telling a foreign leader something at that
leader's seat of government or in their capital, speaking beside them there, addressing a
foreign assembly in its seat. Not at a third country's venue, not at home, not by an
ambassador who lives there. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def visits(text: str) -> list[tuple]:
    return [d for d in dyads(text) if d[2] in ("042", "043")]


def test_telling_the_host_at_his_seat_of_government_is_a_visit():
    text = "Canada's prime minister Justin Trudeau told Joe Biden at the White House that tariffs would hurt both economies."
    assert_coded(text, "CAN", "USA", ["042"])
    assert_coded(text, "USA", "CAN", ["043"])


def test_telling_the_host_in_his_capital_is_a_visit():
    text = "Antony Blinken told President William Ruto in Nairobi that Washington backed the Haiti mission."
    assert_coded(text, "USA", "KEN", ["042"])


def test_speaking_beside_the_host_in_his_capital_is_a_visit():
    text = "Speaking in Warsaw alongside President Andrzej Duda, Olaf Scholz said Germany would send more air defences."
    assert_coded(text, "DEU", "POL", ["042"])
    assert_coded(text, "POL", "DEU", ["043"])


def test_addressing_a_foreign_parliament_in_its_seat_is_a_visit():
    text = "Volodymyr Zelensky thanked Europe for its help, telling the European Parliament in Brussels that Ukraine would win."
    assert_coded(text, "UKR", "IGOEUREEC", ["042"])


def test_talks_at_a_third_country_venue_are_no_visit_to_either_side():
    assert not visits("Sergei Lavrov told Marco Rubio in Riyadh that Moscow wanted a lasting settlement.")


def test_speaking_at_home_is_no_visit_by_the_speaker():
    got = visits("Vladimir Putin told Viktor Orban in Moscow that Russia was open to talks.")
    assert not any(s.startswith("RUS") and c == "042" for s, _, c in got), got


def test_a_resident_ambassador_makes_no_visit():
    assert not visits("China's ambassador, Xie Feng, told Marco Rubio in Washington that Beijing would respond to the tariffs.")


def test_telling_the_press_abroad_is_no_visit_to_the_press():
    got = visits("Viktor Orban told reporters in Brussels that Hungary would keep its veto.")
    assert not got, got


def test_the_one_beside_a_host_at_home_is_the_guest():
    text = "Joe Biden said in the Oval Office, with NATO's Jens Stoltenberg at his side, that the alliance had never been stronger."
    assert_coded(text, "IGOWSTNAT", "USA", ["042"])


def test_a_foreign_leader_told_something_by_the_host_at_home_is_the_guest():
    text = "Joe Biden told Volodymyr Zelensky at the White House that more air defence systems were on their way."
    assert_coded(text, "UKR", "USA", ["042"])
    assert_coded(text, "USA", "UKR", ["043"])


def test_a_crowd_at_home_is_no_guest():
    assert not visits("Justin Trudeau told cheering supporters in Ottawa that Canada would never be the 51st state.")
