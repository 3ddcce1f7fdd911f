"""Offers and stated readiness (03x): an act someone is ready, willing, open or offers to do is
an intent aimed at whom the act is for, even when the act's own row finds no actor; "open to"
takes a gerund or an event noun. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def _roots(text):
    return {(s[:3], t[:3], c[:2]) for s, t, c in dyads(text)}


def test_readiness_is_aimed_at_whom_the_act_is_for():
    assert_coded("Norway said it was prepared to discuss security guarantees for Moldova.", "NOR", "MDA", ["03"])


def test_an_offer_to_pay_is_aimed_at_whom_it_pays_for():
    assert_coded("Denmark promised to pay for three more field hospitals for Sudan.", "DNK", "SDN", ["03"])


def test_open_to_meeting_is_an_intent_not_a_meeting():
    got = _roots("The Kenyan president said he would be open to meeting Ethiopia's prime minister next month.")
    assert ("KEN", "ETH", "03") in got, got
    assert ("KEN", "ETH", "04") not in got, got


def test_ready_to_work_with_someone():
    assert_coded("Brazil's foreign minister said Brasilia was ready to work with Buenos Aires on the energy crisis.",
                 "BRA", "ARG", ["03"])


def test_a_conditional_offer_is_made_to_whoever_must_meet_the_condition():
    assert_coded("Chile said it would be willing to sign a fisheries deal if Peru drops its claim.", "CHL", "PER", ["03"])


def test_an_offer_told_to_someone():
    assert_coded("Ruto told Museveni that he was ready to rebuild trade ties.", "KEN", "UGA", ["03"])


def test_readiness_to_strike_is_no_offer():
    got = _roots("Tehran said it was ready to strike the bases of its enemies in the region.")
    assert not any(c == "03" for _, _, c in got), got


def test_a_promise_never_made_is_no_offer():
    got = _roots('"We will never promise to give up our claim," Maduro told the Guyanese president.')
    assert not any(c == "03" for _, _, c in got), got


def test_open_to_working_with_someone():
    # "work" is an act only when offered (clauses.yaml intended_acts), after "open to" as after "ready to"
    assert_coded("Chile's foreign minister said Santiago was open to working with Lima on the water dispute.",
                 "CHL", "PER", ["03"])


def test_not_open_to_working_with_someone_is_no_offer():
    got = _roots("Chile's foreign minister said Santiago was not open to working with Lima on the water dispute.")
    assert ("CHL", "PER", "03") not in got, got


def test_open_to_exploring_is_weighing_not_offering():
    got = _roots("Norway said it was open to exploring a role in the Baltic naval mission led by Denmark.")
    assert not any(r == "03" for _, _, r in got), got
