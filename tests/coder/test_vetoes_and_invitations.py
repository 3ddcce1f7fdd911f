"""A veto of a resolution is aimed at the UN Security Council and a veto of a bill at the vetoer's
own legislature, also when neither body is named; an invitation or offer declined is a refusal of
the act it invites to (a meeting refused is 125), aimed at whom that act is done to or at whoever
made the offer; a refused act with no code of its own ("refused to join the bloc") is a rejection
of whom it would be done to, but not of someone only described ("a lawyer")."""

from coding_cases import assert_coded, dyads


def test_veto_of_an_unnamed_council_resolution():
    assert_coded("France vetoed a draft resolution that would have condemned the coup in Niger.",
                 "FRA", "IGOUNOSCN", ["129"])


def test_veto_of_a_resolution_aims_at_the_council_not_its_drafter():
    codes = dyads("Russia vetoed a British-drafted resolution on the blockade of El Fasher.")
    assert ("RUS", "GBR") not in {(s, t) for s, t, _ in codes}
    assert_coded("Russia vetoed a British-drafted resolution on the blockade of El Fasher.",
                 "RUS", "IGOUNOSCN", ["129"])


def test_presidential_veto_of_a_bill_aims_at_the_legislature():
    assert_coded("Peru's president vetoed a bill that would have cut pensions for retired teachers.",
                 "PER", "PERLEG", ["129"])


def test_declining_an_invitation_to_meet_rejects_the_meeting():
    assert_coded("Brazil's foreign minister declined an invitation to meet the Argentine president in Buenos Aires.",
                 "BRA", "ARG", ["125"])


def test_spurning_an_invitation_to_join_a_bloc():
    assert_coded("Indonesia spurned an invitation to join the Shanghai Cooperation Organisation.",
                 "IDN", "IGOASASCO", ["12"])


def test_refusing_to_join_a_bloc():
    assert_coded("Mexico refused to join NATO.", "MEX", "IGOWSTNAT", ["12"])


def test_an_offer_to_mediate_is_rebuffed_to_whoever_offered():
    assert_coded("Egypt rebuffed Turkey's offer to mediate the dispute with Ethiopia.", "EGY", "TUR", ["12"])


def test_refusing_to_name_someone_of_a_kind_rejects_no_one():
    assert not dyads("The tycoon refused to name a legal representative in Brazil.")


def test_saying_it_will_not_join_a_bloc_rejects_it():
    assert_coded("Indonesia's foreign minister said Jakarta would not join the Shanghai Cooperation Organisation.",
                 "IDN", "IGOASASCO", ["12"])


def test_not_renewing_membership_rejects_the_body_it_belongs_to():
    assert_coded("Italy will not renew its membership of Russia's Eurasian Economic Union, Meloni said.",
                 "ITA", "RUS", ["12"])


def test_not_joining_a_war_with_a_state_rejects_no_one():
    codes = dyads("Brazil will not join the trade war with Mexico, Lula said.")
    assert not any(c.startswith("12") for _, _, c in codes)


def test_a_past_failure_to_join_is_no_refusal():
    codes = dyads("Norway did not join the Shanghai Cooperation Organisation.")
    assert not any(c.startswith("12") for _, _, c in codes)
