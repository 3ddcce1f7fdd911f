"""A mediation noun that names its mediator ("after mediation by Oman", "after Norwegian
mediation") is the mediator's mediation (045) between the actors of the clause it is set in.
Sentences written for these tests."""

from coding_cases import assert_coded, dyads, has_event


def test_release_after_mediation_by_a_state():
    text = "Iran released two French citizens after mediation by Oman."
    assert_coded(text, "OMN", "IRN", ["045"])


def test_mediation_named_by_an_adjective():
    assert_coded("Venezuela freed three Colombian soldiers after Brazilian mediation.", "BRA", "VEN", ["045"])


def test_mediation_between_sides_keeps_its_own_reading():
    got = dyads("Kenya offered mediation between Ethiopia and Eritrea.")
    assert not has_event(got, "KEN", "KEN", ["045"])
