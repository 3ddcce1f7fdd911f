"""A free relative that names what was acted on ("struck what Kyiv described as an ammunition
depot", "pounded what the army called Hamas tunnels"): the parser hangs the naming verb on the
act with "what" as its object, and the thing it names is the act's object. Sentences written
for these tests."""

from coding_cases import dyads


def coded(text, root):
    return {(s[:3], t[:3]) for s, t, code in dyads(text) if code.startswith(root) and t}


def test_a_strike_on_what_someone_described_as_a_group_site_is_on_the_group():
    assert ("ISR", "LBN") in coded(
        "Israeli jets bombed what the army described as Hezbollah rocket launchers near the border.", "19")


def test_a_strike_on_what_someone_called_a_camp_lies_in_the_named_country():
    assert ("ARM", "AZE") in coded(
        "Armenian artillery shelled what Yerevan called an army depot at Lachin, inside Azerbaijan.", "19")


def test_criticism_of_what_someone_called_a_state_act_is_aimed_at_that_state():
    assert ("EST", "RUS") in coded(
        "The Estonian minister condemned what she called Russian sabotage of the undersea cable.", "11")


def test_an_unnamed_thing_gives_no_target():
    assert not coded("Security forces stormed what officials described as a hideout on the hillside.", "19")
