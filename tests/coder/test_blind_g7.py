"""Session 3, blind set g7 (Asia-Pacific news): the general families added from its misses.
Every sentence here was written for these tests, none is taken from a gold set; each needs one
of the rows under "session 3, blind set g7"."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 114 "representations" lodged with a government
    ("China lodged solemn representations with South Korea over the remarks.", "CHN", "KOR", ["114"]),
    # 172 an office holder ousted, unseated, voted out
    ("Nepal's parliament ousted the prime minister in a confidence vote.", "NPL", "NPL", ["172"]),
    ("Peru's Congress voted out President Vizcarra.", "PER", "PER", ["172"]),
    # 150 show of force: an air defence identification zone entered, ships chased
    ("Russian bombers entered Japan's air defence identification zone.", "RUS", "JPN", ["150"]),
    ("Chinese coast guard ships chased a Vietnamese fishing boat near the Paracels.", "CHN", "VNM", ["150"]),
    # 150 live-fire drills and test-firings with no target named
    ("Russian warships held live-fire drills in the Baltic Sea.", "RUS", "", ["150"]),
    ("Kim Jong Un oversaw the test-firing of a cruise missile.", "PRK", "", ["150"]),
    # 062 joint exercises kicked off
    ("India and Japan kicked off joint naval exercises on Monday.", "IND", "JPN", ["062"]),
    # 042 setting foot in a country; 040 shaking hands
    ("The Indian prime minister set foot in Israel for the first time.", "IND", "ISR", ["042"]),
    ("Xi shook hands with Albanese at the summit.", "CHN", "AUS", ["040"]),
    # 161 recognition switched away from a state
    ("The Solomon Islands switched its recognition from Taipei in 2019.", "SLB", "TWN", ["161"]),
    # 163 trade suspended with a state
    ("Turkey suspended all trade with Israel.", "TUR", "ISR", ["163"]),
    # 060 technology shared
    ("Russia shared satellite technology with Iran.", "RUS", "IRN", ["060"]),
    # 085 tariffs slashed
    ("Washington slashed tariffs on Chinese goods.", "USA", "CHN", ["085"]),
    # 072 an arms sale approved or cleared
    ("The State Department cleared a $2 billion sale of missiles to Taiwan.", "USA", "TWN", ["072"]),
    # 050 a relationship upgraded (coordinated subjects upgrade it with each other)
    ("India and Vietnam upgraded their relationship to a comprehensive strategic partnership.", "IND", "VNM", ["050"]),
])
def test_g7_family(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    "The airline's board ousted its chairman after the merger.",
    "The carmaker slashed prices on its electric models.",
    "The two clubs kicked off the new season with a friendly match.",
    "Shareholders approved the sale of the chip unit to a private equity firm.",
    "Fishermen chased a school of tuna off the coast.",
])
def test_g7_quiet(text):
    assert dyads(text) == []
