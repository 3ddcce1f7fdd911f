"""Helping an actor dodge, evade or get around something ("helping Moscow evade sanctions") is no
aid to that actor: the aid reading (07) of "help" is dropped, while plain help stays aid.
Sentences written for these tests."""

from coding_cases import dyads


def aid(text):
    return {(s, t) for s, t, code in dyads(text) if code.startswith("07")}


def test_helping_evade_sanctions_is_not_aid():
    assert not aid("Armenia has helped Moscow evade the export controls, Lithuanian officials said.")


def test_getting_around_sanctions_is_not_aid():
    assert not aid("Georgia will not help Russia get around the oil price cap, its prime minister said.")


def test_helping_skirt_an_embargo_is_not_aid():
    assert not aid("Cyprus helped Syria skirt the arms embargo for years, a UN panel found.")


def test_plain_help_is_still_aid():
    assert aid("Norway helped Moldova with emergency generators after the storms.") or aid(
        "Norway helped Moldova after the storms.")
