"""Aid (07) goes abroad: a state's help, rescue or protection for its own people or forces is
domestic news, not aid between states; help for another state stays aid. Sentences written for
these tests."""

from coding_cases import dyads


def aid(text):
    return {(s[:3], t[:3]) for s, t, code in dyads(text) if code.startswith("07") and s and t}


def test_troops_rescuing_their_own_citizens_is_not_aid():
    assert ("PHL", "PHL") not in aid("The Philippine army said its soldiers had rescued 12 fishermen held by gunmen in Sulu.")


def test_protecting_its_own_civilians_is_not_aid():
    assert ("PER", "PER") not in aid("Peru's president said the army would protect civilians in the Amazon region.")


def test_soldiers_helping_their_own_police_is_not_aid():
    assert ("CHL", "CHL") not in aid("Chile's president deployed soldiers to help police restore order in Santiago.")


def test_protecting_another_countrys_civilians_is_still_aid():
    assert ("ZAF", "COD") in aid("South African peacekeepers protected civilians in Congo's North Kivu province for years.")
