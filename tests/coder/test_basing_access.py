"""Basing rights (062): a state that grants, gives or offers another's forces "access to" its
bases cooperates militarily with them; the recipient is the noun before "access" or a dative.
Access to other things (the sea, sites for inspectors) is not basing. Sentences written for
these tests."""

from coding_cases import dyads


def coded(text, root="062"):
    return {(s[:3], t[:3]) for s, t, code in dyads(text) if code.startswith(root)}


def test_forces_granted_access_to_bases():
    assert ("JPN", "USA") in coded("Japan granted American forces access to two more naval bases on Okinawa.")


def test_a_state_given_access_to_a_base():
    assert ("SEN", "FRA") in coded("Senegal will give France access to an air base near Dakar.")


def test_a_dative_recipient_offered_access_to_a_base():
    assert ("DJI", "IND") in coded("Djibouti offered India access to its naval bases.")


def test_access_to_the_sea_is_no_basing():
    assert not coded("Chile granted Bolivia access to the sea through the port of Arica.")
