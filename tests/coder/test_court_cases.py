"""A state taken, hauled or dragged to an international court is sued (115) by the state that
takes it there; the object is the defendant. Sentences written for these tests."""

from coding_cases import dyads


def lawsuits(text):
    return {(s, t) for s, t, code in dyads(text) if code.startswith("115")}


def test_taking_a_state_to_the_world_court_sues_it():
    assert ("BOL", "CHL") in lawsuits("Bolivia took Chile to the International Court of Justice over access to the sea.")


def test_a_state_that_will_take_another_to_court_sues_it():
    assert ("GUY", "VEN") in lawsuits("Guyana said it would take Venezuela to the World Court over the disputed region.")


def test_hauling_a_state_before_a_court_in_a_headline():
    assert ("NIC", "DEU") in lawsuits("Nicaragua Hauls Germany Before World Court Over Arms Sales")
