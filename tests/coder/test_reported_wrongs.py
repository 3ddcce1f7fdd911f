"""A set-off participle of saying whose clause tells of another state's wrong ("…, saying Ankara had
broken the accord", "…, arguing that Caracas was undermining the talks") accuses that actor (11);
a reported good deed, a denied wrong or a state's own people accuse no one. Sentences written for
these tests."""

from coding_cases import dyads


def criticism(text):
    return {(s[:3], t[:3]) for s, t, code in dyads(text) if code.startswith("11")}


def test_a_reported_breach_accuses_the_breaker():
    assert ("GRC", "TUR") in criticism(
        "Greece recalled its ambassador from Turkey, saying Ankara had breached the maritime accord.")


def test_a_failure_to_keep_a_promise_accuses():
    assert ("NOR", "COL") in criticism(
        "Norway froze its funding for the peace programme, saying Bogota had failed to keep its commitments.")


def test_arguing_after_a_quote_accuses():
    assert ("BRA", "VEN") in criticism(
        'Brazil called the vote "a farce," arguing that Caracas was undermining the regional talks.')


def test_a_reported_good_deed_accuses_no_one():
    assert ("GRC", "TUR") not in criticism(
        "Greece welcomed the proposal, saying Ankara had agreed to resume the maritime talks.")


def test_a_denied_wrong_accuses_no_one():
    assert ("NOR", "COL") not in criticism(
        "Norway renewed its funding for the peace programme, saying Bogota had not broken its commitments.")


def test_a_states_own_forces_are_not_accused():
    assert ("KEN", "KEN") not in criticism(
        "Kenya opened an inquiry, saying Kenyan police had violated the law.")
