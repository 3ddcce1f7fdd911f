"""Session 4, blind set g12 (South/Central Asia and the Caucasus): the general families added from
its misses. Every sentence here was written for these tests, none is taken from a gold set; each needs
one of the rows under "session 4, blind set g12" (verbs.tsv, frames.tsv)."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 190 strikes traded between two states (bare "trade" is commerce, 061)
    ("Israel and Hezbollah traded strikes across the border overnight.", "ISR", "LBN", ["190"]),
    ("Armenia and Azerbaijan traded rocket salvos along the frontier.", "ARM", "AZE", ["190"]),
    # 017 gifts or greetings exchanged as a symbolic act
    ("Russian and Ukrainian soldiers exchanged gifts on Christmas Eve.", "RUS", "UKR", ["017"]),
    # 043 a visitor greeted (042 for the guest is implied)
    ("Erdogan greeted Aliyev at the airport in Ankara.", "TUR", "AZE", ["043"]),
    ("Aliyev was greeted at the airport by Erdogan.", "TUR", "AZE", ["043"]),
    # 057 a declaration or framework initialled
    ("Serbia and Kosovo initialled a framework on energy cooperation.", "SRB", "XKX", ["057"]),
    # light: an event completed or wrapped up
    ("French troops completed their withdrawal from Niger on Friday.", "FRA", "NER", ["0874"]),
    ("Mexico and the European Union wrapped up negotiations on a new trade pact.", "MEX", "IGOEUREEC", ["046"]),
    # light: talks relaunched, reopened, restarted
    ("Japan reopened negotiations with South Korea over the fishing zone.", "JPN", "KOR", ["046"]),
    ("Athens restarted talks with Ankara on maritime boundaries.", "GRC", "TUR", ["046"]),
    # 163 a consumer boycott: bookings to a state suspended
    ("Chinese tour operators halted bookings to Japan.", "CHN", "JPN", ["163"]),
    # 062 foreign military facilities hosted
    ("Djibouti hosts a Chinese military installation near its port.", "DJI", "CHN", ["062"]),
    # 061 hydropower bought from a state
    ("Bangladesh will import Nepalese hydropower through India.", "BGD", "NPL", ["061"]),
    # 172 travel or entry restricted for a state's citizens
    ("Brussels suspended visa-free travel for Georgian officials.", "IGOEUREEC", "GEO", ["172"]),
])
def test_blind_g12_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    "The airline suspended bookings for its new premium cabin after a software fault.",
    "Manchester United and Chelsea traded goals in a 2-2 draw on Saturday.",
    "The chipmaker completed its takeover of a Dutch rival on Monday.",
    "Fans greeted the team at the airport after the cup final.",
])
def test_blind_g12_quiet(text):
    assert dyads(text) == []
