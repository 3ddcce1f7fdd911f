"""Administrative sanctions on office holders and legislatures (172) and a state of emergency kept in
force (1724). Sentences written for these tests."""

from coding_cases import dyads


def codes(text, root):
    return {(s, t) for s, t, code in dyads(text) if code.startswith(root)}


def test_removing_a_named_leader_from_office_is_a_sanction():
    found = codes("Peru's Congress removed Dina Boluarte from office after a late-night vote.", "172")
    assert any(s == "PERLEG" and t.startswith("PER") for s, t in found)


def test_dissolving_parliament_sanctions_the_legislature():
    found = codes("Tunisia's president Kais Saied dissolved parliament on Wednesday.", "172")
    assert ("TUNGOV", "TUNLEG") in found


def test_freezing_parliament_sanctions_the_legislature():
    found = codes("Tunisia's President Kais Saied froze the parliament in July.", "172")
    assert ("TUNGOV", "TUNLEG") in found


def test_extending_a_state_of_emergency_acts_on_the_own_country():
    found = codes("Ecuador's government extended the state of emergency by another sixty days.", "172")
    assert any(s.startswith("ECU") and t == "ECU" for s, t in found)

