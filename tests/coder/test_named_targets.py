"""The target folded into the object: reporters write "Russia sanctions" for "sanctions on Russia"
and "Iranian oil restrictions" for "restrictions on Iranian oil". When a verb wants its target in
an "on", "against" or "from" phrase and the sentence has none, the state named before the measure
or the goods is the target — but not a body that imposes them ("UN sanctions") or a measure the
subject only joins ("enforced US sanctions"). Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_a_state_before_the_sanctions_is_their_target():
    assert_coded("The European Union extended its Belarus sanctions for another year.", "IGO", "BLR", ["163"])
    assert_coded("Ottawa lifted its Sudan sanctions on Tuesday.", "CAN", "SDN", ["085"])
    assert_coded("Canberra announced new Myanmar sanctions.", "AUS", "MMR", ["163"])


def test_a_demonym_before_restrictions_is_their_target():
    assert_coded("Seoul relaxed its Japanese fishery restrictions.", "KOR", "JPN", ["08"])


def test_the_goods_counted_after_the_target_phrase():
    assert_coded("Ottawa slapped duties on 4 billion dollars of Mexican products.", "CAN", "MEX", ["163"])


def test_a_body_before_the_sanctions_is_their_author():
    got = dyads("The European Union extended UN sanctions for a year.")
    assert not any(t.startswith("IGO") for _, t, _ in got), got


def test_joining_a_measure_is_not_aiming_it_at_its_author():
    got = dyads("Norway enforced British sanctions.")
    assert not any(t.startswith("GBR") for _, t, _ in got), got
