"""An act done as the purpose of a call or visit ("called X to apologise") that names no
addressee of its own is aimed at whom was called or visited. Sentences written for these tests."""

from coding_cases import dyads


def _with(text, root):
    return {(s[:3], t[:3] if t else None) for s, t, c in dyads(text) if c.startswith(root)}


def test_apology_on_a_call_goes_to_the_one_called():
    got = _with("The Japanese prime minister called his Korean counterpart to apologise for the remarks.", "055")
    assert ("JPN", "KOR") in got, got


def test_apology_on_a_visit_goes_to_the_host():
    got = _with("Scholz visited Warsaw to apologise for the wartime atrocities.", "055")
    assert ("DEU", "POL") in got, got


def test_an_addressee_of_its_own_still_wins():
    got = _with("Macron called Scholz to apologise to Poland for the leak.", "055")
    assert ("FRA", "POL") in got and ("FRA", "DEU") not in got, got
