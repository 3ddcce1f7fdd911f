"""Session 3, blind set g3 (analysis and opinion pieces, long sentences, all roots): the general
families added from its misses. Every sentence here was written for these tests, none is taken
from a gold set; each needs one of the rows under "session 3, blind set g3"."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 06 trade: more bought from a state; weapons acquired from a state
    ("Turkey has boosted its purchases of Iranian gas this winter.", "TUR", "IRN", ["061"]),
    ("Poland is acquiring Abrams tanks from the United States.", "POL", "USA", ["062"]),
    # 07 military aid: named weapon systems and weapons flown or ferried to a state
    ("The Netherlands will send HIMARS to Ukraine.", "NLD", "UKR", ["072"]),
    ("Turkey flew ammunition and rifles to Tripoli last week.", "TUR", "LBY", ["072"]),
    ("Iran ferried missiles to Yemen through Oman.", "IRN", "YEM", ["072"]),
    # 03 aid pledged; 07 sums announced for a state
    ("Japan pledged $500 million to Ukraine for reconstruction.", "JPN", "UKR", ["0331"]),
    ("Germany announced 2 billion euros in loans for Egypt.", "DEU", "EGY", ["071"]),
    # 07 peacekeeping: missions deployed, boots on the ground
    ("The EU deployed a monitoring mission along Georgia's border.", "IGOEU", "GEO", ["074"]),
    ("France is ready to put boots on the ground in Lebanon.", "FRA", "LBN", ["074", "03"]),
    # 16 reduce relations: accession frozen, cooperation suspended or reviewed, partnerships
    # severed, foreign troops expelled
    ("The EU froze Turkey's accession process.", "IGOEU", "TUR", ["160"]),
    ("Niger suspended intelligence sharing with France.", "NER", "FRA", ["160"]),
    ("Washington will review its security cooperation with Budapest.", "USA", "HUN", ["160"]),
    ("Manila severed its defence partnership with Beijing.", "PHL", "CHN", ["161"]),
    ("Burkina Faso expelled French troops in 2023.", "BFA", "FRA", ["166"]),
    # 16 embargo: exports blocked; 17 visas stopped for a state's citizens
    ("Russia blocked Georgian exports of wine.", "RUS", "GEO", ["163"]),
    ("Moscow suspended visa services for Estonians.", "RUS", "EST", ["172"]),
    # 08 yield: a terrorist designation lifted
    ("Washington revoked the Houthis' designation as a terrorist group.", "USA", "YEM", ["081"]),
    # 05 ties revived; credentials accepted
    ("Ankara revived its ties with Cairo.", "TUR", "EGY", ["050"]),
    ("Moscow accepted the credentials of Niger's new ambassador.", "RUS", "NER", ["050"]),
    # 04 a phone call received: the caller is the source
    ("The Turkish president received a phone call from Emmanuel Macron.", "FRA", "TUR", ["041"]),
    # 11x official complaint: a chargé d'affaires summoned
    ("Algeria summoned the French charge d'affaires.", "DZA", "FRA", ["114"]),
    # 11 disapprove: a heated exchange or spat with someone
    ("The Czech president had a heated exchange with the Chinese ambassador.", "CZE", "CHN", ["111"]),
    ("Italy had a public spat with France over migrants.", "ITA", "FRA", ["111"]),
    # 175 repression: water cannon and tear gas fired at people
    ("Serbian police sprayed water cannon at protesters in Belgrade.", "SRB", "SRB", ["175"]),
    # 061 currency swap
    ("Argentina extended its currency swap with China.", "ARG", "CHN", ["061"]),
])
def test_g3_family(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    "Apple increased its purchases of Korean memory chips from Samsung this quarter.",
    "The striker was flown to Madrid for a medical after the club accepted a record bid.",
    "Oil prices rose after refiners boosted imports ahead of the summer driving season.",
    "The coach put his best players on the pitch and the home side fired three shots at goal.",
])
def test_g3_quiet(text):
    assert dyads(text) == []
