"""Session 4, blind set g17 (analysis and opinion on great-power rivalry): the general families added
from its misses. Every sentence here was written for these tests, none is taken from a gold set; each
needs one of the rows under "session 4, blind set g17"."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 161 a high commissioner or consul withdrawn, recalled or expelled like an ambassador
    ("Canada withdrew its high commissioner from New Delhi after the row over the killing.", "CAN", "IND", ["161"]),
    ("Pakistan recalled its consul in Dhaka for consultations.", "PAK", "BGD", ["161"]),
    ("Bangladesh expelled India's acting high commissioner on Monday.", "BGD", "IND", ["161"]),
    # 114 a high commissioner or a deputy chief of mission summoned
    ("Bangladesh summoned the Indian high commissioner to lodge a protest.", "BGD", "IND", ["114"]),
    ("Vietnam summoned China's deputy chief of mission over the sinking of a fishing boat.", "VNM", "CHN", ["114"]),
    # 150 jets scrambled against another side's aircraft
    ("Taiwan scrambled jets against Chinese bombers near the Bashi Channel.", "TWN", "CHN", ["150"]),
    # 170 another side's ships or aircraft driven off or "expelled"
    ("The Vietnamese navy drove off a Chinese survey vessel near the Spratlys.", "VNM", "CHN", ["170"]),
    ("China's navy said it expelled a Philippine vessel from the waters near the shoal.", "CHN", "PHL", ["170"]),
    # 150 a neighbour's airspace violated
    ("Russian fighter jets violated Estonian airspace on Friday.", "RUS", "EST", ["150"]),
    # 062 a weapon system picked from a supplier
    ("Poland picked South Korean K2 tanks over German Leopards.", "POL", "KOR", ["062"]),
    # 087 disengagement completed between two armies
    ("India and China completed disengagement along the border last week.", "IND", "CHN", ["087"]),
    # 062 joint development of arms with a partner
    ("Sweden will begin joint development of a new submarine with Poland.", "SWE", "POL", ["062"]),
    # 042 a stopover in another country
    ("Taiwan's president made a stopover in New York on Friday.", "TWN", "USA", ["042"]),
    # 03/07 help pledged to a state
    ("Japan pledged help to Turkey after the earthquake.", "JPN", "TUR", ["033", "030"]),
])
def test_blind_g17_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    "The striker drove off two defenders and scored the winner.",
    "The carmaker picked a new supplier for its batteries.",
    "Heavy rain drove away the crowds before the final.",
    "The singer made a stopover in Paris during her world tour.",
])
def test_blind_g17_quiet(text):
    assert dyads(text) == []
