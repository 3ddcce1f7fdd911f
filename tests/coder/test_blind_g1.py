"""Session 3, blind set g1 (diplomacy, cooperation, economy; Africa, Latin America, Asia): the
general families added from its misses. Every sentence here was written for these tests, none
is taken from a gold set; each needs one of the rows under "session 3, blind set g1"."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 02 a government wooing foreign money
    ("Ghana courted Chinese investors in Accra on Tuesday.", "GHA", "CHN", ["0211"]),
    ("Kenya is wooing Japanese investment for its new railway.", "KEN", "JPN", ["0211"]),
    # 04 arrivals and hospitality
    ("Kenya's president touched down in Beijing on Monday.", "KEN", "CHN", ["042"]),
    ("The Egyptian president was feted in Delhi by Narendra Modi.", "IND", "EGY", ["043"]),
    ("Hungary gave the Chinese president a lavish welcome in Budapest.", "HUN", "CHN", ["043"]),
    # 05 agreements signed, renewed or joined; reconciliation; recognition switched
    ("Uganda and Tanzania put their signatures to a pipeline agreement.", "UGA", "TZA", ["057"]),
    ("Vanuatu will not sign up to a policing pact with Australia.", "VUT", "AUS", ["057"]),
    ("Palau and the United States renewed the economic provisions of their compact.", "PLW", "USA", ["057"]),
    ("Argentina inked a currency swap line with China.", "ARG", "CHN", ["057"]),
    ("Egypt and Qatar buried the hatchet with a visit by the emir.", "EGY", "QAT", ["05"]),
    ("Kiribati switched recognition to Beijing in 2019.", "KIR", "CHN", ["054"]),
    # 03 an olive branch held out
    ("Kenya extended an olive branch to Somalia after months of acrimony.", "KEN", "SOM", ["03"]),
    # 11 and 12 pushing back at critics; 01 accusations denied
    ("Pretoria hit back at London over the travel advisory.", "ZAF", "GBR", ["111"]),
    ("Kyrgyzstan brushed off criticism from Washington over the media law.", "KGZ", "USA", ["120"]),
    ("Rwanda rejected accusations by Belgium that it had backed the rebels.", "RWA", "BEL", ["016"]),
    # 16 funding stopped and tariffs raised
    ("Sweden cut 20 million euros in budget support to Zambia.", "SWE", "ZMB", ["162"]),
    ("Washington doubled tariffs on Brazilian steel.", "USA", "BRA", ["163"]),
    # 08 tariffs put off
    ("Trump shelved the tariffs on Colombian coffee.", "USA", "COL", ["085"]),
    # 07 money poured into a state
    ("The UAE will pour $35 billion into Egypt.", "ARE", "EGY", ["071"]),
    # 12 defiance of a warrant
    ("Tajikistan ignored an International Criminal Court warrant.", "TJK", "IGOICC", ["128"]),
    # 17 repression and 09 questioning
    ("Ugandan police clamped down on an opposition rally in Kampala.", "UGA", "UGA", ["17"]),
    ("Kenyan police hauled in the opposition leader for questioning.", "KEN", "KEN", ["091"]),
    # 10 foreign troops ordered out
    ("The Maldives ordered Indian troops out.", "MDV", "IND", ["1056"]),
])
def test_blind_g1_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    # business, sport and travel: the same verbs with other objects must stay quiet
    "The start-up courted venture capital firms in San Francisco.",
    "The Boeing jet touched down safely after a bird strike.",
    "Arsenal hit back to draw 2-2 with Chelsea at the Emirates.",
    "The retailer shelved plans for new stores after weak sales.",
    "Shoppers poured into the malls on Black Friday.",
])
def test_blind_g1_quiet(text):
    assert dyads(text) == []
