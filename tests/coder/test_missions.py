"""Troops an international body sends into a state are a mission that protects it (074), not a
show of force against it (154); a state's troops sent abroad, and troops sent to a border, stay
a show of force. Sentences written for these tests."""

from coding_cases import dyads


def codes(text):
    return {(s[:3], t[:3], code[:3]) for s, t, code in dyads(text) if t}


def test_a_bloc_sending_troops_into_a_state_protects_it():
    found = codes("The European Union will send 900 troops to Bosnia to back the local police.")
    assert any(s == "IGO" and t == "BIH" and code == "074" for s, t, code in found)
    assert not any(code.startswith("15") for _, t, code in found if t == "BIH")


def test_an_african_union_force_deployed_to_a_state_protects_it():
    found = codes("The African Union deployed a new protection force to Sudan on Monday.")
    assert any(s == "IGO" and t == "SDN" and code == "074" for s, t, code in found)


def test_a_state_sending_troops_abroad_stays_a_show_of_force():
    found = codes("Russia sent 4,000 troops to Belarus on Friday.")
    assert ("RUS", "BLR", "154") in found


def test_a_bloc_sending_warships_stays_a_show_of_force():
    found = codes("NATO sent two frigates to the Black Sea on Friday.")
    assert not any(code == "074" for _, _, code in found)
