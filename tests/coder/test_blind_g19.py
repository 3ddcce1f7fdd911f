"""Session 4, blind set g19 (domestic politics: arrests, trials, court rulings, protests, coups,
impeachments): the general families added from its misses. Every sentence here was written for
these tests, none is taken from a gold set; each needs one of the rows under "session 4, blind
set g19"."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 172 office holders suspended from office, ousted or stripped of office
    ("A court in Bangkok suspended Prime Minister Srettha Thavisin from duty on Wednesday.", "THAJUD", "THAGOV", ["172"]),
    ("Armenia's parliament ousted Pashinyan in a late-night vote.", "ARMLEG", "ARM", ["172"]),
    ("The Constitutional Court stripped Yoon of office on Friday.", "KORJUD", "KOR", ["172"]),
    # 0841 bail granted
    ("A Harare magistrate granted bail to 12 opposition activists.", "ZWE", "ZWEOPP", ["0841"]),
    # 173 parole revoked
    ("Cuban authorities revoked the parole of dissident Jose Daniel Ferrer.", "CUB", "CUBOPP", ["173"]),
    # 1724 a state of exception declared
    ("Ecuador's president declared a state of exception in five provinces.", "ECUGOV", "ECU", ["1724"]),
    # 143 a strike called (aimed at the government)
    ("Zambia's main opposition party called a general strike over fuel prices.", "ZMB", "ZMBGOV", ["143"]),
    # 1722 a party's activities banned or suspended
    ("Burkina Faso's military rulers suspended the activities of all political parties.", "BFAMIL", "BFA", ["1722"]),
    # 120 complaints thrown out
    ("Malawi's electoral commission threw out opposition complaints of vote rigging.", "MWI", "MWIOPP", ["120"]),
    # 116 a sentence handed down (a finding of guilt, as "sentenced")
    ("A Russian court handed five-year sentences to four journalists.", "RUSJUD", "RUSMED", ["116"]),
    # 141 protests organised (light verb)
    ("The opposition organised a rally against the government in Lusaka.", "ZMBOPP", "ZMBGOV", ["141"]),
])
def test_g19_family(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    "The company suspended its activities in Russia after the sanctions.",
    "The board ousted the chief executive after a scandal.",
    "Airline staff called the strike action by pilots regrettable.",
    "The striker was stripped of the captaincy after the match.",
    "The club organised a friendly against Benfica in Lisbon.",
])
def test_g19_quiet(text):
    assert dyads(text) == []
