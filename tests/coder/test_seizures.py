"""Ground taken from a named force ("captured the town of X from the rebels") is an attack on
that force, even where the town lies in the taker's own state; without a "from", the town
still stands for its state, and a place the sentence does not locate, taken by an armed group,
lies in the group's own state. Sentences written for these tests."""

from coding_cases import dyads


def fights(text):
    return {(s, t) for s, t, code in dyads(text) if code.startswith("19")}


def test_a_town_taken_from_rebels_is_taken_from_the_rebels():
    assert ("MLIMIL", "MLIREB") in fights("Malian troops captured the desert town of Kidal from Tuareg rebels.")


def test_a_retaken_port_is_taken_from_the_insurgents_not_from_a_namesake_state():
    found = fights("Mozambican soldiers retook the port of Praia Nova from Islamist insurgents on Sunday.")
    assert any(s == "MOZMIL" and t.startswith("MOZ") and t != "MOZ" for s, t in found)
    assert not any(t == "CPV" for _, t in found)


def test_a_town_taken_without_from_stays_its_states():
    assert ("RUSMIL", "UKR") in fights("Russian troops captured the town of Avdiivka after months of fighting.")


def test_an_unlocated_airport_seized_by_rebels_lies_in_their_state():
    assert ("CODM23", "COD") in fights("The M23 said its fighters had seized the airport and the border post.")


def test_a_seized_ship_is_not_ground():
    assert not any(t == "COD" for _, t in fights("M23 rebels seized a ship on the lake."))
