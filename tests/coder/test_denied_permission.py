"""A state that says it will not let another actor act ("will not allow Turkish troops to stay",
"would never let Russia open a base") refuses that actor (CAMEO 12); a permission denied in the
past, to no named actor, or to itself is no such refusal. A rejected proposal summed up as "a red
line" after its clause answers whoever drew the line."""

from coding_cases import assert_coded, dyads


def test_will_not_allow_foreign_troops_to_stay():
    assert_coded("Baghdad will not allow Turkish troops to stay in northern Iraq, the Iraqi foreign ministry said.",
                 "IRQ", "TURMIL", ["12"])


def test_will_never_let_a_state_build_a_base():
    assert_coded("Vanuatu's prime minister said his country would never let Russia open a naval base on its islands.",
                 "VUT", "RUS", ["12"])


def test_unnamed_forces_are_no_target():
    codes = dyads("Jordan says it will not allow hostile forces to gather near its border.")
    assert not any(c.startswith("12") for _, _, c in codes)


def test_not_allowing_itself_is_no_refusal():
    codes = dyads("Seoul would not allow itself to be provoked by Pyongyang, the minister said.")
    assert not any(c.startswith("12") for _, _, c in codes)


def test_past_permission_withheld_is_not_a_stated_refusal():
    codes = dyads("Egypt did not let Israeli officials attend the ceremony.")
    assert not any(c.startswith("12") and t and t.startswith("ISR") for _, t, c in codes)


def test_red_line_refused_answers_who_drew_it():
    assert_coded("Iranian officials have said they will never give up enrichment, a red line that "
                 "French diplomats have refused to accept.", "FRA", "IRN", ["12"])
