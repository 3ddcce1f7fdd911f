"""Coordinated subjects of an intent verb that states each one's own aim ("sought to", "proposed
that", "hoped to") are not paired against each other: only a commitment such as "agreed" or
"pledged" binds the group to one another. Sentences written for these tests."""

from coding_cases import dyads


def _within(text, group):
    return {(s[:3], t[:3]) for s, t, c in dyads(text)
            if c.startswith("03") and s[:3] in group and t[:3] in group}


def test_parallel_aims_are_no_intent_toward_each_other():
    got = _within("Norway and Qatar sought to stabilise gas prices ahead of the winter.", {"NOR", "QAT"})
    assert not got, got


def test_a_joint_proposal_is_not_aimed_at_the_proposers():
    got = _within("Chile, Peru and Ecuador proposed that the fishing dispute be settled by arbitration.",
                  {"CHL", "PER", "ECU"})
    assert not got, got


def test_an_agreement_still_binds_the_group():
    got = _within("Chile and Peru agreed to market their copper jointly.", {"CHL", "PER"})
    assert {("CHL", "PER"), ("PER", "CHL")} <= got, got
