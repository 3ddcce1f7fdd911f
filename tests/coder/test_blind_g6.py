"""Session 3, blind set g6 (quotes, attribution, press conferences, communiqués): the general
families added from its misses. Every sentence here was written for these tests, none is taken
from a gold set; each needs one of the rows under "session 3, blind set g6"."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 016 deny: a claim dismissed is a denial (the claim's owner is the target), not a rejection
    ("Moscow dismissed the British claims of a cyberattack as baseless.", "RUS", "GBR", ["016"]),
    # 07 aid: funding or aid restored
    ("Germany will restore funding to the UN agency next month.", "DEU", "IGOUNO", ["071"]),
    ("Washington restored aid to Ethiopia after the ceasefire.", "USA", "ETH", ["070"]),
    # 1622 military aid cut: weapons deliveries paused, delayed, arms sales cancelled
    ("The United States paused shipments of artillery shells to Israel.", "USA", "ISR", ["1622"]),
    ("Berlin delayed deliveries of Taurus missiles to Ukraine.", "DEU", "UKR", ["1622"]),
    ("Washington cancelled the sale of F-16 jets to Turkey.", "USA", "TUR", ["1622"]),
    # 161 relations paused
    ("Algeria paused relations with Spain over Western Sahara.", "DZA", "ESP", ["161"]),
    # 190 ground retaken from an armed party
    ("Ukrainian forces regained control of the village from Russian troops.", "UKR", "RUS", ["190"]),
    # 14 protest: a labour strike held; protesters gathered outside, a protest staged outside a mission
    ("Thousands of nurses held a strike in Nairobi on Monday.", "KEN", None, ["143"]),
    ("Hundreds of protesters gathered outside the Russian embassy in Vilnius.", "LTU", "RUS", ["141"]),
    ("Kenyan activists staged a protest outside the Chinese embassy in Nairobi.", "KEN", "CHN", ["141"]),
    # 042 a ceremony abroad attended
    ("The Chinese president attended the inauguration of Brazil's president.", "CHN", "BRA", ["042"]),
    # 010 a letter addressed to an actor
    ("In a letter to the Security Council, Iran's envoy warned against escalation.", "IRN", "IGOUNO", ["010"]),
    # 172 a legislature suspended
    ("Tunisia's president suspended parliament and sacked the prime minister.", "TUN", "TUN", ["172"]),
])
def test_g6_family(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    "The airline paused shipments of spare parts to its Asian hubs.",
    "Shareholders gathered outside the company's headquarters in Frankfurt.",
    "The club dismissed the reports about its coach as speculation.",
    "The champion regained the title from his old rival in Las Vegas.",
    "The retailer delayed deliveries of its new phone to Germany.",
])
def test_g6_quiet(text):
    assert dyads(text) == []
