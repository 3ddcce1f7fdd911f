"""Sentences handed to someone ("was handed a ten-year term"): the one who receives the sentence
is its target, and with no court named, the courts of that person's own state passed it.
Sentences written for these tests."""

from coding_cases import dyads


def test_a_sentence_handed_with_no_court_named_is_the_own_state_s_courts():
    got = dyads("Kenya's former finance minister was handed a seven-year prison term on Monday.")
    assert ("KENJUD", "KENELI", "116") in got, got


def test_a_sentence_handed_by_a_named_court():
    got = dyads("A Cairo court handed the Egyptian opposition leader a five-year sentence.")
    assert any(s == "EGYJUD" and t.startswith("EGY") and c == "116" for s, t, c in got), got
    got = dyads("The Egyptian opposition leader was handed a five-year sentence by a Cairo court.")
    assert any(s == "EGYJUD" and t.startswith("EGY") and c == "116" for s, t, c in got), got


def test_other_things_handed_over_imply_no_court():
    got = dyads("The Danish ambassador was handed a letter at the ministry.")
    assert not any(s.endswith("JUD") for s, _, _ in got), got


def test_a_term_of_office_is_no_sentence():
    got = dyads("Chad's interim leader was handed a new five-year term by the transitional council.")
    assert not any(c == "116" for _, _, c in got), got
