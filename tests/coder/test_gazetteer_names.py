"""Names the gazetteer learned from the tuning misses: self-governing territories that act as
states (countries.tsv), companies and agencies that stand for a country's business or government
(metonyms.tsv), and office holders of past decades (people.tsv). Sentences written for these tests."""

from datetime import date

from allegiance import code_text
from coding_cases import assert_coded, dyads


def test_the_cook_islands_are_an_actor_of_their_own():
    assert_coded("Wellington cut its budget support to the Cook Islands after the row over the deal.",
                 "NZL", "COK", ["16"])


def test_new_caledonia_is_an_actor_of_its_own():
    assert_coded("New Caledonia's leaders met French ministers in Paris.", "NCL", "FRA", ["04"])


def test_a_foreign_company_is_its_home_states_business():
    assert_coded("Moscow seized the local subsidiaries of Carlsberg and Danone last week.", "RUS", "DNKBUS", ["171"])
    assert_coded("Malian soldiers seized the gold stocks of Barrick Gold at its mine.", "MLI", "CANBUS", ["17"])


def test_a_state_energy_company_acts_for_its_state():
    assert_coded("QatarEnergy signed a gas supply agreement with Poland.", "QATBUS", "POL", ["057"])


def test_the_commerce_department_is_the_us_government():
    assert_coded("The Commerce Department imposed export curbs on Vietnam.", "USAGOV", "VNM", ["163"])


def test_leaders_of_the_seventies_hold_their_offices_on_the_days_they_held_them():
    got = {(s, t, c) for s, t, c in (
        (e.source.code if e.source else "", e.target.code if e.target else "", e.cameo)
        for e in code_text("Menachem Begin met Anwar Sadat at the presidential retreat, and Jimmy Carter "
                           "hosted the talks.", date(1978, 9, 10)))}
    assert any(s == "ISRGOV" and t == "EGYGOV" and c.startswith("04") for s, t, c in got), got


def test_the_cook_islands_are_not_new_zealand():
    got = dyads("The Cook Islands government welcomed the deal.")
    assert not any(t.startswith("NZL") for _, t, _ in got), got
