"""An attack named as the subject of a verb of force is the event: "a Russian missile attack on
Kharkiv killed nine" is Russia's air attack on Ukraine, not a killing by an unnamed doer, nor a
mass killing of the attacker's own civilians. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_attack_noun_that_killed_is_the_attackers_attack_on_its_target():
    assert_coded("A Russian missile attack on Kharkiv killed nine people on Tuesday.", "RUS", "UKR", ["195"])
    assert_coded("Turkish air strikes on northern Iraq killed at least six civilians.", "TUR", "IRQ", ["195"])
    assert_coded("Russia's bombardment of Odesa has killed dozens of civilians this month.", "RUS", "UKR", ["194"])


def test_unnamed_victims_are_not_the_attackers_own():
    got = dyads("Israeli strikes on southern Lebanon killed more than 200 people on Monday.")
    assert any(s.startswith("ISR") and t.startswith("LBN") and c.startswith("19") for s, t, c in got), got
    assert not any(t.startswith("ISR") for _, t, _ in got), got  # no Israeli victims
    assert not any(c == "202" for _, _, c in got), got  # the strikes, not a massacre


def test_named_victims_are_the_target():
    assert_coded("An American drone strike killed a senior Iranian commander near Baghdad airport.", "USA", "IRN", ["195"])
