"""Jailings for a term, posts quit and sanctions exemptions won. A jailing "for seven years" or
"for life" is a sentence (116), not an arrest; "quit as prime minister" is a resignation (0831);
"won an exemption from U.S. sanctions" is the sanctioner easing them for the winner (085).
Sentences written for these tests."""

from coding_cases import dyads


def test_a_jailing_for_a_term_is_a_sentence():
    got = dyads("A Minsk court jailed the Belarusian blogger for eight years on Friday.")
    assert ("BLRJUD", "173") not in {(s, c) for s, _, c in got}, got
    assert any(s == "BLRJUD" and t.startswith("BLR") and c == "116" for s, t, c in got), got


def test_imprisoned_for_life_is_a_sentence():
    got = dyads("A Turkish court imprisoned the Kurdish politician for life.")
    assert any(s == "TURJUD" and t.startswith("TUR") and c == "116" for s, t, c in got), got


def test_a_detention_for_days_stays_an_arrest():
    got = dyads("Georgian police detained the opposition activist for two days.")
    assert any(c == "173" for _, _, c in got), got
    assert not any(c == "116" for _, _, c in got), got


def test_quitting_as_prime_minister_is_a_resignation():
    got = dyads("Peru's prime minister quit as premier on Monday after weeks of protests.")
    assert any(s.startswith("PER") and c == "0831" for s, _, c in got), got


def test_quitting_a_deal_is_no_resignation():
    got = dyads("Russia quit the grain deal on Monday.")
    assert not any(c == "0831" for _, _, c in got), got


def test_an_exemption_won_from_sanctions_is_granted_by_the_sanctioner():
    got = dyads("India won a six-month exemption from American sanctions on Iranian oil.")
    assert ("USA", "IND", "085") in {(s[:3], t[:3], c) for s, t, c in got}, got


def test_found_guilty_by_a_court_is_a_finding_of_guilt():
    got = dyads("A court in Almaty found the former Kazakh minister guilty of bribery.")
    assert any(s == "KAZJUD" and t.startswith("KAZ") and c == "116" for s, t, c in got), got
    got = dyads("The former Kazakh minister was found guilty of bribery by a court in Almaty.")
    assert any(s == "KAZJUD" and t.startswith("KAZ") and c == "116" for s, t, c in got), got
