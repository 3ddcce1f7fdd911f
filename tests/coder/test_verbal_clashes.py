"""Leaders, ministers or officials who "clash" or "spar" with one another quarrel in words
(111, `refinements.tsv` rows keyed on the trigger word); troops that clash keep 190. A headline's
verb before a later clause's root still takes the plural subject before it (`nlp/headlines.py`).
Sentences written for these tests."""

from coding_cases import dyads


def _codes(text, a, b):
    return {c for s, t, c in dyads(text) if s.startswith(a) and t.startswith(b)}


def test_leaders_clashing_quarrel_in_words():
    got = dyads("The German chancellor clashed with the French president over energy subsidies on Thursday.")
    assert ("DEUGOV", "FRAGOV", "111") in got, got
    assert not any(c.startswith("19") for _, _, c in got), got


def test_ministers_clashing_with_each_other_in_a_headline_before_a_later_clause():
    got = dyads("Macron and Meloni Clash at Summit as Migration Talks Collapse")
    assert ("FRAGOV", "ITAGOV", "111") in got and ("ITAGOV", "FRAGOV", "111") in got, got
    assert not any(c.startswith("19") for _, _, c in got), got


def test_troops_clashing_stay_armed():
    got = dyads("Armenian and Azerbaijani troops clashed along the border overnight.")
    assert ("ARMMIL", "AZEMIL", "190") in got, got


def test_states_sparring_over_a_map():
    got = dyads("Colombia sparred with Venezuela over a new map of the border region.")
    assert "111" in _codes("Colombia sparred with Venezuela over a new map of the border region.", "COL", "VEN"), got


def test_capitals_attacking_stay_armed():
    got = dyads("Moscow attacked Kyiv with dozens of drones overnight.")
    assert any(s.startswith("RUS") and t.startswith("UKR") and c.startswith("19") for s, t, c in got), got
