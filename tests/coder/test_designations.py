"""Listing a group under a terrorism law ("designated X as a terrorist organisation",
"redesignated X as a foreign terrorist group") is a sanction on it (163); lifting measures by
taking them apart ("dismantled sanctions on X") eases them (085). Sentences written for these
tests."""

from coding_cases import dyads


def codes(text, root):
    return {(s, t) for s, t, code in dyads(text) if code.startswith(root)}


def test_designating_a_group_as_terrorist_sanctions_it():
    found = codes("The State Department designated the Houthis as a foreign terrorist organisation on Friday.", "163")
    assert any(s.startswith("USA") and t.startswith("YEM") for s, t in found)


def test_redesignating_a_group_sanctions_it():
    found = codes("Washington redesignated the Houthis as a terrorist group last week.", "163")
    assert any(s.startswith("USA") and t.startswith("YEM") for s, t in found)


def test_designating_someone_as_an_envoy_is_no_sanction():
    assert not codes("Washington designated a veteran diplomat as its envoy to Yemen.", "163")


def test_dismantling_sanctions_eases_them():
    found = codes("The White House dismantled most American sanctions on Syria.", "085")
    assert any(t == "SYR" for s, t in found)
    assert not codes("The White House dismantled most American sanctions on Syria.", "163")
