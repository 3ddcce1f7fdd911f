"""Whom a denial, an inquiry or a show of force is about when its row names no target: the first
actor or place of another state in its complement (what is denied, what is looked into, where
force is shown), of an embedded clause only its doer, and for a denial the accuser the next
clause names. Circumstances ("after …", "if …"), relative clauses and who reports the act are
no target. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_a_denied_deed_names_the_place_it_happened():
    assert_coded("Tehran denied any role in the bombing of a synagogue in Buenos Aires.", "IRN", "ARG", ["016"])


def test_a_denied_clause_names_its_doer():
    assert_coded("Ankara denied that Greece had asked for its help.", "TUR", "GRC", ["016"])


def test_a_denial_answers_the_accuser_named_after_it():
    assert_coded("Caracas denied any involvement and said Bogota was inventing stories.", "VEN", "COL", ["016"])


def test_an_inquiry_names_where_the_goods_come_from():
    assert_coded("Ottawa opened an anti-dumping investigation into steel imported from Vietnam.", "CAN", "VNM", ["09"])


def test_an_inquiry_into_a_report_names_the_reported_doer():
    assert_coded("The Indonesian navy is investigating reports that Malaysian boats had fished illegally.",
                 "IDN", "MYS", ["09"])


def test_a_show_of_force_names_the_state_it_surrounds():
    assert_coded("Russia's navy staged live-fire drills in the waters west of Finland.", "RUS", "FIN", ["15"])


def test_a_circumstance_is_no_target():
    got = dyads("Seoul put its forces on alert after Tokyo and Washington wrapped up their joint drills.")
    assert not any(c.startswith("15") and t[:3] in ("JPN", "USA") for _, t, c in got), got


def test_who_reports_the_show_of_force_is_no_target():
    got = dyads("Beijing has massed troops near its southern border, Indian officials said.")
    assert not any(c.startswith("15") and t.startswith("IND") for _, t, c in got), got


def test_a_relative_clause_is_no_target():
    got = dyads("Tokyo will deploy missiles on Okinawa, a move Beijing has denounced.")
    assert not any(c.startswith("15") and t.startswith("CHN") for _, t, c in got), got


def test_a_patrol_alongside_the_hosts_is_no_show_of_force_against_them():
    got = dyads("Hungarian police officers patrolled the streets of Novi Sad alongside their Serbian colleagues.")
    assert not any(c.startswith("15") and t.startswith("SRB") for _, t, c in got), got
