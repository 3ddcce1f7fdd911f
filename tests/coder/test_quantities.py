"""An event noun counted by a quantity or collection noun ("hundreds of strikes", "a wave of
drone attacks", "a series of meetings") is the event: the coder sees through the count, and the
event's phrases ("on X", "Israel's") may hang on the count. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_light_verb_with_a_counted_event_noun():
    assert_coded("Jordan carried out dozens of strikes on Syrian drug smugglers last year.", "JOR", "SYR", ["19"])
    assert_coded("Turkey conducted scores of air strikes against Kurdish militants in Iraq.", "TUR", "IRQ", ["19"])
    assert_coded("Ukraine mounted a wave of drone attacks on Moscow overnight.", "UKR", "RUS", ["19"])


def test_frame_with_a_counted_event_noun():
    assert_coded("Tehran threatened a wave of attacks on American bases in the Gulf.", "IRN", "USA", ["13"])


def test_counted_attacks_as_subject_are_the_attackers_act():
    got = dyads("A wave of Israeli air strikes on Gaza City killed 30 people on Sunday.")
    assert any(s.startswith("ISR") and t.startswith("PSE") and c.startswith("19") for s, t, c in got), got
    assert not any(t.startswith("ISR") for _, t, _ in got), got  # no Israeli victims
    assert_coded("Azerbaijan's string of strikes on Armenian positions killed four soldiers.", "AZE", "ARM", ["19"])


def test_killed_in_a_counted_attack():
    got = dyads("Seven people were killed in a wave of Russian drone attacks on Odesa.")
    assert any(s.startswith("RUS") and t.startswith("UKR") and c.startswith("19") for s, t, c in got), got


def test_context_phrase_with_a_counted_event_noun():
    assert_coded("After a series of meetings with Erdogan, Scholz said the dispute was settled.", "DEU", "TUR", ["04"])


def test_a_quantity_noun_with_a_row_of_its_own_keeps_it():
    assert_coded("Iran fired a barrage of missiles at Israel on Tuesday.", "IRN", "ISR", ["19"])
    assert_coded("Washington imposed a fresh round of sanctions on Pyongyang.", "USA", "PRK", ["163"])


def test_counted_people_are_no_event():
    got = dyads("Hundreds of tourists visited the old city of Damascus.")
    assert not any(c.startswith(("18", "19")) for _, _, c in got), got
