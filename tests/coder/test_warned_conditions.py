"""A warning that sets a condition on another actor threatens that actor, even when what is
warned of is no act of the speaker ("bad things would happen if …"), or is force named only by a
noun ("would not hesitate to declare war if …")."""

from coding_cases import assert_coded, dyads


def test_a_warning_of_vague_harm_on_a_condition_threatens_who_must_meet_it():
    assert_coded("Ankara warned that serious trouble would follow if Athens kept arming the islands.",
                 "TUR", "GRC", ["13"])


def test_a_condition_hung_on_what_is_warned_of_counts():
    assert_coded("Beijing warned of chaos and bloodshed if Manila refused to withdraw the ship.",
                 "CHN", "PHL", ["13"])


def test_force_named_by_a_noun_on_a_condition_is_a_threat_of_force():
    assert_coded("Kenya's president said he would not hesitate to declare war if Somalia kept sheltering the militants.",
                 "KEN", "SOM", ["138"])


def test_a_fate_the_speaker_itself_may_bear_threatens_no_one():
    got = dyads("Norway warned that Oslo could face heavy losses if the EU seized the frozen funds.")
    assert not any(t.startswith("IGOEUREEC") and c.startswith("13") for _, t, c in got), got


def test_a_condition_met_by_victims_sets_no_threat():
    got = dyads("Hungary warned that prices would soar if Romanian farmers were hurt by the drought.")
    assert not any(c.startswith("13") for _, _, c in got), got
