"""A denial names whom it answers: the one a denied deed was done to ("denied arming the
rebels" answers the rebels' state), or the owner of a claim dismissed with the verdict first
("dismissed as absurd Lithuania's allegation that …"). Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_a_denied_gerund_deed_answers_whom_it_was_done_to():
    assert_coded("Belarus has repeatedly denied arming the Wagner group in Ukraine.", "BLR", "RUS", ["016"])


def test_a_denied_supply_answers_its_receiver():
    assert_coded("Pakistan has denied supplying the Taliban with rockets.", "PAK", "AFG", ["016"])


def test_a_claim_dismissed_with_the_verdict_first_answers_its_owner():
    assert_coded("Minsk dismissed as \"absurd\" Lithuania's allegation that Belarusian agents had sabotaged a railway.",
                 "BLR", "LTU", ["016"])


def test_a_claim_rejected_with_the_verdict_first_answers_a_demonym_owner():
    assert_coded("Beijing rejected as baseless Philippine claims that its coast guard had rammed a supply boat.",
                 "CHN", "PHL", ["016"])


def test_a_plan_rejected_as_a_plot_is_no_denial():
    got = dyads("Tehran rejected the proposal as an American trick.")
    assert not any(code.startswith("016") for *_, code in got)
