"""Session 4, blind set g15 (Africa, East Asia, Russia-Ukraine news): the general families added from
its misses. Every sentence here was written for these tests, none is taken from a gold set; each needs
one of the rows under "session 4, blind set g15"."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 163 sanctions adopted, unveiled or passed against a state
    ("Congress passed sanctions against Venezuela's oil sector.", "USA", "VEN", ["163"]),
    ("The European Union adopted a fresh package of sanctions against Belarus.", "IGOEUREEC", "BLR", ["163"]),
    # 062 forces fighting alongside another state's forces
    ("Cuban troops fought alongside Angolan forces in the south.", "CUB", "AGO", ["062"]),
    # 116 a court upholding a conviction or impeachment
    ("The Supreme Court upheld Imran Khan's conviction.", "PAK", "PAK", ["116"]),
    # 042 a trip by train or car to a capital
    ("Kim Jong Un rode his train to Moscow for the summit.", "PRK", "RUS", ["042"]),
    # 190 strikes on aircraft
    ("Ukrainian drones hit four Russian bombers at the Engels air base.", "UKR", "RUS", ["190"]),
    # 111 a furious response drawn from a state
    ("Ethiopia signed a port deal with Djibouti, drawing a furious response from Egypt.", "EGY", "ETH", ["111"]),
    # 115 a legal case or complaint against a state
    ("Kenya's compensation case against Britain opened at the High Court.", "KEN", "GBR", ["115"]),
    ("Ukraine lodged an arbitration case against Russia at The Hague.", "UKR", "RUS", ["115"]),
    # 190 enemy forces driven out
    ("Ukrainian forces drove out Russian troops from Kherson.", "UKR", "RUS", ["190"]),
])
def test_blind_g15_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    "The striker rode his luck to score twice against Brazil.",
    "Shares of the carmaker hit a record high after it unveiled a new electric model.",
    "The retailer drove out its rivals with lower prices.",
    "The board approved a package of pay rises for the bank's staff.",
])
def test_blind_g15_quiet(text):
    assert dyads(text) == []
