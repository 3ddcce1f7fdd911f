"""A case filed or brought at a court is a lawsuit (115), not an investigation (091); with no
"against", its defendant is whom an accusing participle on it names. Reversing a decision is no
event of its own. Sentences written for these tests."""

from coding_cases import dyads


def _codes(text):
    return {(s[:3] if s else None, t[:3] if t else None, c) for s, t, c in dyads(text)}


def test_a_case_filed_with_an_accusing_participle_is_a_lawsuit_at_the_accused():
    got = _codes("Chile filed a case at the International Court of Justice accusing Bolivia of breaking the treaty.")
    assert ("CHL", "BOL", "115") in got, got
    assert not any(c == "091" for _, _, c in got), got


def test_a_case_filed_against_someone_stays_a_lawsuit():
    got = _codes("Chile filed a case against Bolivia at the World Court.")
    assert ("CHL", "BOL", "115") in got, got


def test_a_case_brought_without_a_defendant_is_still_no_investigation():
    got = _codes("Peru brought a case at the World Trade Organization on Monday.")
    assert not any(c == "091" for _, _, c in got), got


def test_a_criminal_case_opened_stays_an_investigation():
    got = _codes("Prosecutors in Kyrgyzstan opened a criminal case against the former president.")
    assert any(c.startswith("09") for _, _, c in got), got


def test_reversing_a_decision_is_no_event():
    got = _codes("Chile will not join the trade bloc, its president said, reversing the decision of his predecessor.")
    assert not any(c.startswith("083") for _, _, c in got), got
