"""An answer made with an act ("retaliated with air strikes on X", "responded with sanctions on
X") is the answering subject's own act on X, not a bare reply."""

from coding_cases import dyads


def test_answering_with_air_strikes_is_the_subjects_attack():
    got = dyads("Turkey answered with air strikes on Syria.")
    assert ("TUR", "SYR") in {(s[:3], t[:3]) for s, t, c in got if c.startswith("19")}, got


def test_answering_with_a_missile_volley_at_a_base_hits_its_state():
    got = dyads("Iran answered with a volley of missiles at the Ain al-Asad air base in Iraq.")
    assert any(s.startswith("IRN") and t.startswith("IRQ") and c.startswith("19") for s, t, c in got), got


def test_responding_with_sanctions_is_the_subjects_sanctions():
    got = dyads("Canada responded with new sanctions on Belarus a week later.")
    assert any(s.startswith("CAN") and t.startswith("BLR") and c.startswith("16") for s, t, c in got), got


def test_an_answer_with_words_is_no_attack():
    got = dyads("Pakistan responded with a statement on Sunday.")
    assert not any(c.startswith("19") for _, _, c in got), got
