"""An act of force named by a noun with the doer's adjective ("a Turkish bombardment of Syria's
north", "an Ethiopian strike on Eritrea") is coded even where it only sets the scene of another
clause ("… during a Turkish bombardment of …") or is what another verb reports ("described the
Egyptian strike on …"); talks or bans so placed stay context. Sentences written for these tests."""

from coding_cases import dyads


def force(text):
    return {(s[:3], t[:3]) for s, t, code in dyads(text) if code.startswith("19") and t}


def test_a_bombardment_that_sets_the_scene_is_coded():
    assert ("TUR", "SYR") in force(
        "Two shepherds were wounded near the border during a heavy Turkish bombardment of Syria's northern villages.")


def test_an_air_strike_amid_which_something_happened_is_coded():
    assert ("ETH", "ERI") in force(
        "Several schools closed in the region amid an Ethiopian air strike on Eritrea's border garrison.")


def test_a_reported_strike_is_coded():
    assert ("EGY", "LBY") in force(
        "The minister described the Egyptian strike on Libya's militias as a warning to the smugglers.")


def test_talks_that_set_the_scene_stay_context():
    found = {(s[:3], t[:3], code[:2]) for s, t, code in dyads(
        "The ministers met in Oslo after Turkish talks with Greece.") if t}
    assert not any(s == "TUR" and t == "GRC" for s, t, code in found)


def test_those_killed_in_fighting_with_a_force_were_a_side_of_it():
    assert ("SRB", "ALB") in force(
        "Nine Serbian border guards were killed in heavy fighting with Albanian troops near the crossing.")


def test_protesters_killed_in_clashes_with_police_did_not_fight():
    found = {(s[:3], t[:3]) for s, t, code in dyads(
        "Dozens of Chilean protesters were killed in clashes with police in Santiago.") if code.startswith("19")}
    assert ("CHL", "CHL") not in found
