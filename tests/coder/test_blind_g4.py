"""Session 3, blind set g4 (ordinary wire-news leads, all roots, Europe/Americas/Middle East/
Africa): the general families added from its misses. Every sentence here was written for these
tests, none is taken from a gold set; each needs one of the rows under "session 3, blind set g4"."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 17 repression: migrants and crowds pushed back (a verb row, not the appeal of "push")
    ("Hungarian police pushed back hundreds of Syrian refugees at the border.", "HUN", None, ["175"]),
    # 17 property seized: a way forced into an embassy
    ("Venezuelan police forced their way into the Argentine embassy in Caracas.", "VEN", "ARG", ["171"]),
    # 19 armed attack: an enemy's targets hit
    ("American warplanes hit Iranian targets in eastern Syria.", "USA", "IRN", ["19"]),
    # 07 economic aid: money paid to a state
    ("Japan will pay Indonesia 300 million dollars over five years.", "JPN", "IDN", ["071"]),
    # 04 a visiting leader received, titles before the name
    ("Egypt's President Abdel Fattah al-Sisi received Kenyan President William Ruto in Cairo.",
     "EGY", "KEN", ["043"]),
    # 17 an office holder impeached
    ("South Korea's parliament impeached President Yoon Suk Yeol.", "KOR", "KOR", ["172"]),
    # 07 funding and disbursements to a state (through a light verb)
    ("The European Union approved new funding for Jordan.", "IGOEU", "JOR", ["071"]),
    # 18 killing with blades, with people as object
    ("Congolese militiamen hacked 20 villagers to death.", "COD", "COD", ["1823"]),
    # 011 declined to comment: a comment with no one addressed, refused
    ("Turkey's foreign ministry declined to comment.", "TUR", "", ["011"]),
])
def test_g4_family(text, source, target, codes):
    assert_coded(text, source, target, codes)


def test_g4_cyber_hack_is_no_killing():
    """"hack" with a building or a system as object is a cyberattack, never 1823."""
    got = dyads("Russian military intelligence tried to hack the headquarters of the OPCW in The Hague.")
    assert not any(code.startswith("18") for _, _, code in got), got


def test_g4_postponed_talks_are_no_appeal():
    """"pushed back the talks" postpones them: no appeal (02x) to the other side."""
    got = dyads("Seoul pushed back the talks with Tokyo.")
    assert not any(code.startswith("02") for _, _, code in got), got


@pytest.mark.parametrize("text", [
    "Shell will pay shareholders 2 billion dollars in dividends.",
    "Real Madrid hit their target of 90 points this season.",
    "Toyota received a record number of orders from China.",
    "The central bank approved new funding for small businesses.",
    "Manchester United pushed back Chelsea's defence in the second half.",
])
def test_g4_quiet(text):
    assert dyads(text) == []
