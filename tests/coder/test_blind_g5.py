"""Session 3, blind set g5 (headlines and news briefs, headline verbs: slams, eyes, mulls, inks,
nixes, vows): the general families added from its misses. Every sentence here was written for these
tests, none is taken from a gold set; each needs one of the rows under "session 3, blind set g5"."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 11 disapprove: headline verbs of criticism (a headline parsed without a verb is read again)
    ("Beijing Bashes Washington Over Taiwan Transit", "CHN", "USA", ["111"]),
    ("Ankara rips Stockholm over the Koran burnings.", "TUR", "SWE", ["111"]),
    # 17 arrest: headline verbs
    ("Belarusian police nabbed a Polish journalist in Grodno.", "BLR", "POL", ["173"]),
    # 16 diplomats thrown out or ordered out; ambassadors pulled from a post
    ("Moscow Ousts US Envoy", "RUS", "USA", ["161"]),
    ("The Malian junta ordered the French ambassador out.", "MLI", "FRA", ["161"]),
    ("Serbia pulled its ambassador from Montenegro.", "SRB", "MNE", ["161"]),
    # 16 reduce relations: deals killed or left
    ("Pakistan nixed its trade deal with India.", "PAK", "IND", ["160"]),
    ("Russia exited the grain deal with Ukraine.", "RUS", "UKR", ["160"]),
    # 16 energy supplies cut to a state
    ("Moscow cut gas supplies to Moldova.", "RUS", "MDA", ["1621"]),
    # 08 yield: troops disengaging or pulling back; inspectors let in
    ("Chinese troops disengaged from Indian positions in Ladakh.", "CHN", "IND", ["0874"]),
    ("Israeli forces began a pullback from southern Lebanon.", "ISR", "LBN", ["0874"]),
    ("Tehran received IAEA inspectors at the Karaj site.", "IRN", "IGOUNOIAEA", ["0862"]),
    # 07 refuge: refugees received
    ("Uganda received 50,000 Congolese refugees this year.", "UGA", "COD", ["075"]),
    # 01 policy options: proposals under study, elections mulled
    ("Vanuatu is considering an offer from Beijing to build a new wharf.", "VUT", "CHN", ["014"]),
    ("Japan's prime minister is mulling a snap election.", "JPN", "", ["014"]),
    # 02 appeal for economic aid; 03 money pledged with no state named
    ("Pakistan sought a $3 billion bailout from the IMF.", "PAK", "IGOUNOIMF", ["0231"]),
    ("Norway pledged $50 million for the reconstruction fund.", "NOR", "", ["0331"]),
    # 03 intent: "eyes" in headlines
    ("India eyes a trade deal with Britain.", "IND", "GBR", ["03"]),
    # 18 abduction: schoolchildren seized
    ("Boko Haram fighters seized dozens of Nigerian pupils in Borno.", "NGA", "NGA", ["181"]),
    # 15 force posture: patrols stepped up
    ("The Philippine navy stepped up patrols in the South China Sea.", "PHL", "", ["152"]),
    # 12 reject: the door slammed on talks
    ("Iran slammed the door on talks with Washington.", "IRN", "USA", ["125"]),
    # 14 a call for a strike is the strike
    ("Zimbabwe's opposition called for a nationwide strike.", "ZWE", None, ["143"]),
    # 17 coerce: police raids on homes
    ("Police raided the home of Senegal's opposition leader.", "SEN", "SEN", ["170"]),
    # 05 relations thawed, rifts healed
    ("Ankara thawed relations with Cairo.", "TUR", "EGY", ["050"]),
    ("Qatar healed its rift with Saudi Arabia.", "QAT", "SAU", ["050"]),
])
def test_g5_family(text, source, target, codes):
    assert_coded(text, source, target, codes)


def test_curbing_a_court_is_no_embargo():
    """"power" is an energy word, but "curb the powers of the court" restricts no trade."""
    got = dyads("Israel's government moved to curb the powers of the Supreme Court.")
    assert not [c for _, _, c in got if c.startswith("16")], got


@pytest.mark.parametrize("text", [
    "Investors eye a rate cut as the central bank meets next week.",
    "Japan eyes a gold medal in the relay at the Paris Olympics.",
    "The retailer nixed its supply deal with a battery maker after prices slumped.",
    "The club raided its cash reserves to sign the striker.",
])
def test_g5_quiet(text):
    assert dyads(text) == []
