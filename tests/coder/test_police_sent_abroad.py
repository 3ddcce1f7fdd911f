"""Police or a contingent sent to another state help protect it (074); troops sent somewhere
stay a show of force (154), and police sent within the own state are no aid. Sentences
written for these tests."""

from coding_cases import dyads


def codes(text):
    return {(s, t, code[:3]) for s, t, code in dyads(text)}


def test_police_officers_sent_to_another_state_are_protection():
    found = codes("Ghana will send 300 police officers to Liberia next month, its interior minister said.")
    assert any(s.startswith("GHA") and t.startswith("LBR") and c == "074" for s, t, c in found)
    assert not any(c == "153" for s, t, c in found)


def test_troops_sent_to_another_state_stay_a_show_of_force():
    found = codes("Ghana will send 300 troops to Liberia next month, its defence minister said.")
    assert not any(c == "074" for s, t, c in found)


def test_police_sent_within_the_own_state_are_no_aid():
    found = codes("France deployed 2,000 police officers to Marseille after the riots.")
    assert not any(c.startswith("07") for s, t, c in found)
