"""Aid whose recipient is an indirect-object pronoun ("granted him asylum", "gave them loans")
is given to whom the pronoun stands for. Sentences written for these tests."""

from coding_cases import dyads


def asylum(text):
    return {(s, t) for s, t, code in dyads(text) if code.startswith("075")}


def test_asylum_granted_to_a_pronoun_goes_to_the_person_it_stands_for():
    assert ("ESP", "VENOPP") in asylum("Edmundo Gonzalez left Caracas quietly once Spain granted him refuge.")


def test_a_pronoun_for_a_thing_is_no_recipient():
    assert not asylum("Lithuania gave it priority over the budget talks.")


def protection(text):
    return {(s, t) for s, t, code in dyads(text) if code.startswith("074")}


def test_a_brigade_stationed_in_another_state_protects_it():
    assert any(s.startswith("FRA") and t == "EST" for s, t in protection(
        "France will station an armoured battalion in Estonia from next spring, the army said."))


def economic_aid(text):
    return {(s[:3], t[:3]) for s, t, code in dyads(text) if code.startswith("071")}


def test_a_sum_lent_to_a_state_named_before_it_goes_to_that_state():
    # the parser folds the indirect object into the sum ("Kenya billions")
    assert ("CHN", "KEN") in economic_aid("Beijing has lent Kenya billions of dollars for railways.")


def test_a_sum_with_no_name_after_the_verb_has_no_folded_recipient():
    assert not economic_aid("China lent $2 billion last year.")
