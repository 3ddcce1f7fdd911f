"""An actor's country read from its context rather than taken out of it: a bare "Congress" in
a story about another state's people, "U.S.-led" troops, a company or outlet of one state
acting in another, members of a named body, and a month or a pinned name that is no foreign
town. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_a_bare_congress_belongs_to_the_people_the_sentence_is_about():
    assert_coded("Supporters of Pedro Castillo stormed Congress in Lima on Thursday.", "PER", "PER", ["14"])
    assert_coded("Thousands of Peruvian farmers stormed Congress on Thursday.", "PER", "PERLEG", ["14"])


def test_a_bare_congress_stays_the_us_one_otherwise():
    assert_coded("Congress approved new military aid for Taiwan on Friday.", "USALEG", "TWN", ["07"])
    got = dyads("Zelensky urged Congress to approve more weapons for Ukraine.")
    assert any(t.startswith("USALEG") for _, t, _ in got), got


def test_a_dotted_abbreviation_before_led_names_the_leading_state():
    assert_coded("Syria's government demanded the withdrawal of U.S.-led coalition troops from its territory.",
                 "SYRGOV", "USAMIL", ["10"])


def test_a_company_or_outlet_of_another_state():
    assert_coded("Polish police detained a Huawei manager in Warsaw.", "POLCOP", "CHNBUS", ["17"])
    assert_coded("Mali's junta suspended Radio France Internationale, accusing the broadcaster of spreading lies.",
                 "MLI", "FRAMED", ["11"])


def test_members_of_a_named_body():
    assert_coded("Ukrainian police detained two officers of the FSB near Odesa.", "UKRCOP", "RUSSPY", ["17"])


def test_a_month_is_no_town():
    got = dyads("Nigerian soldiers killed at least 40 villagers in Zamfara state in March 2023.")
    assert got and all("GBR" not in s + t for s, t, _ in got), got


def test_a_name_pinned_to_a_country_stays_there():
    got = dyads("Police clashed with protesters across Peru's southern Andes on Monday.")
    assert got and all(s.startswith("PER") and t.startswith("PER") for s, t, _ in got), got
