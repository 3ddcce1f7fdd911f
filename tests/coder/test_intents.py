"""Intent frames (vow, pledge, agree, propose, want, prepare …) and whom they are aimed at: a
clause about someone else's act is an appeal or a demand only after a verb of wishing; a group's
shared intent aimed at an outsider is no cooperation among its members; "both sides" after a
deal "between" two parties are those two, not the broker. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def roots(got, source, target):
    return {c[:2] for s, t, c in got if s.startswith(source) and t.startswith(target)}


def test_a_vow_about_someone_elses_act_is_no_appeal_to_them():
    got = dyads("The Egyptian president vowed that any Ethiopian attack on the dam would not go unanswered.")
    assert "02" not in roots(got, "EGY", "ETH"), got


def test_a_proposal_about_others_is_no_appeal_and_no_deed():
    got = dyads("Nigeria's president proposed that Ghana and Togo share intelligence on smuggling.")
    assert not any(s.startswith(("GHA", "TGO")) for s, _, _ in got), got
    assert "02" not in roots(got, "NGA", "GHA"), got


def test_wanting_another_to_act_is_a_demand():
    assert_coded("Ottawa wants Canberra to drop its tariffs on Canadian barley.", "CAN", "AUS", ["10"])


def test_a_shared_vow_aimed_at_an_outsider_is_no_cooperation_among_them():
    got = dyads("The leaders of Chile and Peru flew to Quito together, vowing to keep up the pressure on Bolivia.")
    assert "03" not in roots(got, "CHL", "PER") | roots(got, "PER", "CHL"), got


def test_an_act_agreed_together_is_meant_toward_each_other():
    assert_coded("Peru and Chile agreed to open their land border to tourists.", "PER", "CHL", ["03"])
    assert_coded("Peru and Chile agreed to open their land border to tourists.", "CHL", "PER", ["03"])


def test_preparing_to_host_is_the_hosting_to_come():
    assert_coded("Hanoi is preparing to host Anthony Albanese in March.", "VNM", "AUS", ["04"])


def test_both_sides_after_a_deal_between_two_are_those_two():
    got = dyads("Qatar brokered a deal between Chad and Sudan in Doha, with the emir saying both sides "
                "had pledged to respect each other's borders.")
    pairs = {(s[:3], t[:3]) for s, t, c in got if c.startswith("03")}
    assert ("TCD", "SDN") in pairs and ("SDN", "TCD") in pairs, got
    assert not any("QAT" in p and c.startswith("03") for p, c in ((s[:3] + t[:3], c) for s, t, c in got)), got


def test_a_body_agreeing_to_a_sanction_decides_it_rather_than_threatening_it():
    got = dyads("EU foreign ministers agreed to freeze the assets of three senior Iranian officials.")
    assert "16" in roots(got, "IGOEUR", "IRN") and "13" not in roots(got, "IGOEUR", "IRN"), got
