"""Diplomatic cooperation (CAMEO 05) said in phrases rather than plain verbs: an ally defended
"to the defence of", ties "lifted" or "raised" to a partnership, and a deed done "under an
agreement with" a partner. Sentences written for these tests."""

from coding_cases import dyads


def coded(text, root):
    return {(s, t) for s, t, code in dyads(text) if code.startswith(root)}


def test_coming_to_the_defence_of_an_ally_is_a_verbal_defence():
    assert ("RUS", "IRN") in coded("Russia came to the defence of Iran at the Security Council.", "052")


def test_rushing_to_the_defense_of_an_ally_is_a_verbal_defence():
    assert ("JPN", "PHL") in coded("Japan rushed to the defense of the Philippines.", "052")


def test_ties_lifted_to_a_partnership_are_an_upgrade():
    assert ("KEN", "IND") in coded("Kenya lifted its ties with India to a strategic partnership.", "050")


def test_relations_raised_to_a_partnership_are_an_upgrade():
    assert ("GHA", "BRA") in coded("Ghana raised its relations with Brazil to a comprehensive partnership.", "050")


def test_a_deed_under_an_agreement_with_a_partner_makes_both_parties():
    found = coded("Kenya sent police officers to Haiti under an agreement with the United States.", "057")
    assert {("KEN", "USA"), ("USA", "KEN")} <= found


def test_under_a_deal_brokered_by_a_third_party_is_no_pact_of_the_subject():
    assert not coded("Chile freed prisoners under a deal brokered by the Vatican.", "057")


def test_under_attack_is_not_an_agreement():
    assert not coded("Poland came under pressure from Germany.", "057")


def test_defending_ties_with_a_partner_defends_the_partner():
    assert ("TUR", "RUS") in coded("Turkey defended its ties with Russia before parliament.", "052")


def test_cutting_ties_is_not_defending_them():
    assert not coded("Ghana defended its decision to cut ties with Togo.", "052")


def test_hailing_ties_with_a_partner_praises_the_partner():
    assert ("PER", "CHN") in coded("Peru hailed its ties with China as strong and deep.", "051")
