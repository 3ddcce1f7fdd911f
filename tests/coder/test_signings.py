"""Signings whose signers are named only as "the two governments" after their leaders met, and a
truce signed, which is also an agreement the two sides signed. Sentences written for these tests."""

from coding_cases import dyads


def _coded(text, code):
    return {(s[:3], t[:3]) for s, t, c in dyads(text) if c.startswith(code)}


def test_the_two_governments_are_the_leaders_who_met():
    got = _coded("Gabriel Boric welcomed the Japanese prime minister at La Moneda, where the two governments "
                 "signed several agreements on mining and clean energy.", "057")
    assert {("CHL", "JPN"), ("JPN", "CHL")} <= got, got


def test_a_signed_ceasefire_is_also_an_agreement():
    text = "Myanmar's military and the Arakan Army signed a temporary ceasefire in Kunming on Thursday."
    assert _coded(text, "0871"), dyads(text)
    assert _coded(text, "057"), dyads(text)


def test_a_declared_ceasefire_is_no_signed_agreement():
    text = "Israel and Hamas declared a ceasefire on Sunday after weeks of fighting."
    assert not _coded(text, "057"), dyads(text)


def test_the_venue_of_talks_is_not_one_of_the_two_sides():
    text = ("The Kremlin called the talks in Riyadh constructive, with Putin's adviser saying the two sides "
            "had agreed to keep talking.")
    assert ("RUS", "SAU") not in _coded(text, "0") and ("SAU", "RUS") not in _coded(text, "0"), dyads(text)
