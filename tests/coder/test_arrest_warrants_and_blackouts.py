"""Coercion named indirectly: a warrant "for his arrest" in a clause under another falls on that
clause's subject, and cutting the internet or imposing a communications blackout restricts the
state's own people (1721). Sentences written for these tests."""

from coding_cases import dyads


def codes(text, root):
    return {(s, t) for s, t, code in dyads(text) if code.startswith(root)}


def test_a_warrant_for_his_arrest_falls_on_the_governing_subject():
    found = codes("Edmundo Gonzalez left for Madrid after a Venezuelan judge signed a warrant for his arrest.", "17")
    assert ("VENJUD", "VENOPP") in found


def test_a_warrant_for_her_arrest_under_a_clause_names_her():
    found = codes("Maria Corina Machado went into hiding after a Venezuelan court issued a warrant for her arrest.", "17")
    assert any(s == "VENJUD" and t.startswith("VEN") for s, t in found)


def test_a_plural_possessive_needs_a_plural_subject():
    found = codes("Edmundo Gonzalez left for Madrid after a Venezuelan court issued warrants for their arrest.", "17")
    assert ("VENJUD", "VENOPP") not in found


def test_cutting_internet_access_restricts_the_own_people():
    found = codes("Tanzanian authorities cut internet access nationwide after the election.", "172")
    assert ("TZAGOV", "TZA") in found


def test_a_communications_blackout_restricts_the_own_people():
    found = codes("The Ethiopian government imposed a communications blackout on Tigray.", "172")
    assert any(s.startswith("ETH") and t.startswith("ETH") for s, t in found)
