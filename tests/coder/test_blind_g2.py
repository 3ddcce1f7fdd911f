"""Session 3, blind set g2 (conflict, coercion, protest, sanctions, arrests, violence): the
general families added from its misses. Every sentence here was written for these tests, none
is taken from a gold set; each needs one of the rows under "session 3, blind set g2"."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 19 fight: bombardment verbs with military objects, weapons raining down or slamming into places
    ("Saudi warplanes hammered Houthi positions near the Yemeni port of Hodeidah.", "SAU", "YEM", ["19"]),
    ("Israeli jets pummelled Hezbollah targets overnight.", "ISR", "LBN", ["19"]),
    ("Russian drones rained down on Ukraine's capital overnight.", "RUS", "UKR", ["19"]),
    ("Two Iranian missiles slammed into a U.S. base in Iraq.", "IRN", "USA", ["19"]),
    ("Ukrainian drones devastated Russian tanks near Kursk.", "UKR", "RUS", ["19"]),
    ("Israeli troops took over the Palestinian city of Jenin.", "ISR", "PSE", ["192"]),
    # a vow to raze a city is a threat of force
    ("The Israeli defence minister vowed to flatten Beirut's suburbs.", "ISR", "LBN", ["13"]),
    # 14 protest: missiles thrown by crowds
    ("Kenyan demonstrators pelted police with rocks in Nairobi.", "KEN", "KEN", ["145"]),
    ("Greek protesters lobbed stones at the parliament building in Athens.", "GRC", "GRC", ["145"]),
    # 16 reduce relations: an ambassador recalled from a named post, an organisation left, a
    # membership frozen, channels cut
    ("Algeria recalled its ambassador to Madrid.", "DZA", "ESP", ["161"]),
    ("Burundi will quit the International Criminal Court.", "BDI", "IGOICC", ["160"]),
    ("Mali suspended its participation in the Economic Community of West African States.", "MLI", "IGO", ["160"]),
    ("China cut off communication with the Pentagon.", "CHN", "USA", ["161"]),
    # 12 reject: a veto in effect on a package or bid
    ("Austria blocked Romania's bid to join the Schengen area.", "AUT", "ROU", ["129"]),
    ("Slovakia vetoed the EU's aid package for Kyiv.", "SVK", "IGOEU", ["129"]),
    # 16 sanctions: packages, rounds and waves of them
    ("The EU adopted a new sanctions package against Belarus.", "IGOEU", "BLR", ["163"]),
    # 15 force posture: patrols near another state, interceptions, warning shots, ships sent
    ("Russian bombers flew a patrol near Japan on Tuesday.", "RUS", "JPN", ["150"]),
    ("Norwegian F-35s intercepted two Russian bombers over the Barents Sea.", "NOR", "RUS", ["150"]),
    ("Indian soldiers fired warning shots at Chinese troops along the border.", "IND", "CHN", ["150"]),
    ("Britain dispatched two destroyers on Friday.", "GBR", "", ["15"]),
    ("China could deploy its navy within days.", "CHN", "", ["154"]),
    # 19 blockade: straits closed, entry halted, exports choked
    ("Iran threatened that it would close the Strait of Hormuz.", "IRN", "", ["19", "13"]),
    ("Egypt halted the entry of fuel into Sudan.", "EGY", "SDN", ["191"]),
    ("Washington choked off Iran's oil exports.", "USA", "IRN", ["191"]),
    # 17 coerce: people dragged off, picked up, handed sentences, executed
    ("Belarusian riot police dragged away the opposition leader.", "BLR", "BLR", ["173"]),
    ("Egyptian police picked up three British journalists in Cairo.", "EGY", "GBR", ["173"]),
    # (a sentence handed down is coded 116 since session 4: most annotators code sentencing as a finding of guilt)
    ("An Iranian court handed the French journalist a ten-year sentence.", "IRN", "FRA", ["116"]),
    ("Saudi Arabia executed a Jordanian national on Monday.", "SAU", "JOR", ["1823"]),
    # 09 investigate: a mission set up to look into a state's conduct
    ("The UN set up a commission into Ethiopia's conduct of the war.", "IGOUNO", "ETH", ["09"]),
])
def test_blind_g2_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    # sport, markets and business: the same verbs with other objects must stay quiet
    "Liverpool hammered Arsenal 4-0 at Anfield on Sunday.",
    "Shares of Tesla slammed into a wall of selling after the earnings report.",
    "The company will quit the London Stock Exchange and list its shares in New York.",
    "Fans pelted the referee's car with plastic bottles after the cup final.",
    "The airline dispatched two planes to bring the stranded tourists home.",
])
def test_blind_g2_quiet(text):
    assert dyads(text) == []
