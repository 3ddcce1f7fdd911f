"""A condition set on one's own state's organs is no demand ("will not sign the bill until the
court rules"), while one set on another party still is; and a seized ship's owner is not the shore
state named in the waters it was taken in ("in the Gulf of Oman"). Sentences written for these tests."""

from coding_cases import dyads


def _demands(text):
    return {(s[:3], t[:3] if t else None) for s, t, c in dyads(text) if c.startswith("10")}


def test_waiting_on_ones_own_courts_is_no_demand():
    got = {c for s, t, c in dyads("Mexico will not reopen the inquiry into the massacre until the courts order it, "
                                  "the interior minister said.") if c.startswith("10")}
    assert not got, got


def test_waiting_on_ones_own_army_is_no_demand():
    got = _demands("Colombia's president said his government would not sign the decree until the army "
                   "had finished its review.")
    assert ("COL", "COL") not in got, got


def test_a_condition_on_another_state_is_still_a_demand():
    got = _demands("Seoul will not resume aid shipments until Pyongyang returns the detained fishermen.")
    assert ("KOR", "PRK") in got, got


def test_the_shore_in_a_waters_name_is_not_the_owner_of_a_seized_ship():
    got = {(s[:3], t) for s, t, c in dyads("Venezuela's navy seized a cargo ship in the Gulf of Mexico on Monday.")
           if c.startswith("171")}
    assert not any(t and t.startswith("MEX") for _, t in got), got


def test_a_coast_still_names_the_owner():
    got = {(s[:3], t[:3] if t else None) for s, t, c in dyads(
        "A Spanish patrol seized a fishing boat off the coast of Morocco.") if c.startswith("171")}
    assert ("ESP", "MAR") in got, got
