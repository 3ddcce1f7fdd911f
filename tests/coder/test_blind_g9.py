"""Session 3, blind set g9 (Europe, US and Middle East news): the general families added from its
misses. Every sentence here was written for these tests, none is taken from a gold set; each needs one
of the rows under "session 3, blind set g9"."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 087 de-escalate: operations or attacks against an enemy halted or suspended
    ("The Houthis suspended their attacks on American warships.", "YEM", "USA", ["087"]),
    # 162 money frozen or withheld for a state
    ("The European Commission suspended 6 billion euros in funds for Hungary.", "IGOEUREEC", "HUN", ["162"]),
    # 191 walls and fences built on a border
    ("Lithuania erected a razor-wire fence along its border with Belarus.", "LTU", "BLR", ["191"]),
    # 051 a candidate's accession ratified
    ("Hungary's parliament ratified Finland's accession to NATO.", "HUN", "FIN", ["051"]),
    # 120 a court striking down a law
    ("The Constitutional Court struck down the Knesset's law on Monday.", "ISR", "ISR", ["120"]),
    # 183 a bomb set off outside a mission
    ("Militants set off a car bomb outside the Indian embassy in Kabul.", "AFG", "IND", ["183"]),
    # 127 any settlement ruled out
    ("Erdogan ruled out any solution in Cyprus other than two separate states.", "TUR", "CYP", ["127"]),
    # 190 a barrage launched against a state
    ("Hezbollah launched a barrage against northern Israel.", "LBN", "ISR", ["190"]),
    # 072 arms sales resumed
    ("Washington will resume sales of offensive weapons to Saudi Arabia.", "USA", "SAU", ["072"]),
    # 163 revenues owed to an authority withheld
    ("Israel withheld the Palestinian Authority's tax revenues.", "ISR", "PSE", ["163"]),
    ("Israel froze tax revenues for the Palestinian Authority.", "ISR", "PSE", ["163"]),
])
def test_blind_g9_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    "The carmaker froze 2 billion euros in investment for its new plant in Bavaria.",
    "Real Madrid routed Barcelona 4-0 on Sunday.",
    "The striker hit the base of the post in the final minute.",
    "Shares of the chipmaker rose after a court overturned the decision on its merger.",
])
def test_blind_g9_quiet(text):
    assert dyads(text) == []
