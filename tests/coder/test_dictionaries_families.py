"""General verb and noun families in the pattern dictionaries: what is handed over, lifted,
banned or looked into decides the CAMEO code. Sentences written for these tests."""

import pytest
from coding_cases import assert_coded, dyads

from allegiance.coder.patterns import load_patterns


@pytest.mark.parametrize("text,source,target,codes", [
    # aid: the object's word class decides the kind of aid
    ("Norway transferred 80 million euros in budget support to Moldova.", "NOR", "MDA", ["071"]),
    ("Qatar deposited $2 billion with the central bank of Egypt.", "QAT", "EGY", ["071"]),
    ("The Turkish air force dropped food parcels over northern Syria.", "TUR", "SYR", ["073"]),
    ("Japan donated medicine and tents to Nepal after the earthquake.", "JPN", "NPL", ["073"]),
    ("Poland handed over tanks to Ukraine last month.", "POL", "UKR", ["072"]),
    # trade in fuel and goods
    ("Qatar shipped liquefied gas to Pakistan through the winter.", "QAT", "PAK", ["061"]),
    ("Russia supplied grain to Egypt under a new contract.", "RUS", "EGY", ["061"]),
    # evidence and intelligence
    ("Italian prosecutors handed evidence on the smuggling ring to Greece.", "ITA", "GRC", ["063"]),
    # apology and addressed statement
    ("The Dutch prime minister expressed regret to Indonesia for the colonial war.", "NLD", "IDN", ["055"]),
    ("The Kenyan president addressed the African Union summit.", "KEN", "IGOAFR", ["010"]),
])
def test_material_and_verbal_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text,source,target,codes", [
    # easing administrative restrictions (081) and economic sanctions (085)
    ("Beijing eased its ban on tourist groups to Japan.", "CHN", "JPN", ["081"]),
    ("Washington lifted duties on Indian steel.", "USA", "IND", ["085"]),
    # release of captives: the captives' country is the target
    ("Azerbaijan handed back five Armenian soldiers on Thursday.", "AZE", "ARM", ["0841"]),
    ("Iran returned the detained sailors to Britain.", "IRN", "GBR", ["0841"]),
    # withdrawal
    ("Armenia pulled back its troops from the Azerbaijani border.", "ARM", "AZE", ["0874"]),
])
def test_yield_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text,source,target,codes", [
    ("French investigators searched the Russian embassy's annex in Paris.", "FRA", "RUS", ["09"]),
    ("The UN rights office will examine abuses by Ethiopian troops.", "IGOUNO", "ETH", ["09"]),
    ("Moldovan prosecutors opened a criminal case against the Russian energy company.", "MDA", "RUS", ["09"]),
])
def test_investigation_family(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text,source,target,codes", [
    ("China banned imports of beef from Brazil.", "CHN", "BRA", ["163"]),
    ("The EU imposed a travel ban on Belarusian officials.", "IGOEU", "BLR", ["163"]),
    ("Niger ended its defence cooperation with France.", "NER", "FRA", ["16"]),
    ("The World Bank suspended payments to Mali.", "IGO", "MLI", ["162"]),
    ("Russia sent bombers to Venezuela for a week.", "RUS", "VEN", ["154"]),
    ("Protesters hurled stones at Israeli police in Jerusalem.", "", "ISR", ["145"]),
])
def test_conflict_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


def test_plain_fact_stays_quiet():
    """Neutral uses of the new verbs (no actor as target) code nothing from them."""
    got = dyads("The company shipped more cars to dealers this quarter than last year.")
    assert not [c for _, _, c in got if c.startswith("061")], got


def test_word_classes_are_known():
    """Every @class used by the tables exists, and the new classes hold what the rows expect."""
    p = load_patterns()  # raises on an unknown @class
    send = [r for r in p.verbs["send"] if r.words]
    assert any("gas" in r.words and r.code == "061" for r in send)
    assert any("billion" in r.words and r.code == "071" for r in p.verbs["transfer"] if r.words)
