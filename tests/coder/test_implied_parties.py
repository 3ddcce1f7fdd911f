"""Acts aimed by nature at another party (rejections, threats, sanctions) whose own phrase names
no actor: the target is the one party the sentence links to the act, the maker of the thing
rejected ("the offer, which Seoul had made") or the doer of a clause joined to it by "after",
"as", "when"… — only when that is exactly one actor of another state. Sentences written for
these tests."""

from coding_cases import dyads


def _aimed(text, root):
    return {(s[:3], t[:3] if t else None) for s, t, c in dyads(text) if c[:2] == root}


def test_a_rejected_offer_is_rejected_to_whoever_made_it():
    got = _aimed("Pyongyang rejected the offer, which Seoul had made on Monday.", "12")
    assert ("PRK", "KOR") in got, got


def test_a_threat_answers_the_doer_of_the_after_clause():
    got = _aimed("Tehran threatened to close the strait after Washington imposed new sanctions on its oil "
                 "exports.", "13")
    assert ("IRN", "USA") in got, got


def test_a_measure_answers_the_doer_of_the_after_clause():
    got = _aimed("Hanoi suspended talks two days after Manila detained a Vietnamese trawler "
                 "crew.", "16")
    assert ("VNM", "PHL") in got, got


def test_two_parties_in_the_clause_give_no_target():
    got = _aimed("The Kremlin rejected the plan as Kyiv and Warsaw pressed for a ceasefire.", "12")
    assert not {("RUS", "UKR"), ("RUS", "POL")} & got, got


def test_an_own_state_doer_gives_no_target():
    got = _aimed("Tehran threatened to close the strait after its own parliament voted for the measure.", "13")
    assert not any(t == "IRN" for _, t in got), got


def test_a_refusal_in_the_after_clause_answers_the_main_clause_doer():
    got = _aimed("Moscow cut off gas supplies to Sofia on Wednesday after Bulgaria refused to pay in roubles.", "12")
    assert ("BGR", "RUS") in got, got
