"""Session 4, blind set g16 (the Americas and Europe in world affairs): the general families added from
its misses. Every sentence here was written for these tests, none is taken from a gold set; each needs
one of the rows under "session 4, blind set g16"."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 111 "tore into" a state's decision is criticism, not force
    ("Iran's foreign minister tore into London's decision to proscribe the Revolutionary Guards.", "IRN", "GBR", ["111"]),
    # 190 ... while missiles tearing through a town stay an attack
    ("Russian missiles tore through the centre of Odesa overnight.", "RUS", "UKR", ["19", "18"]),
    # 0872 a closed border reopened with a neighbour
    ("Armenia reopened its border with Turkey for aid convoys.", "ARM", "TUR", ["0872"]),
    # 1721 a rally or march banned
    ("Georgian police banned the opposition's rally outside parliament.", "GEO", "GEOOPP", ["1721"]),
    # 172 a visa revoked
    ("Washington revoked the Colombian foreign minister's visa.", "USA", "COL", ["172"]),
    # 051 an honour conferred
    ("Vladimir Putin conferred the Order of Friendship on Kim Jong Un.", "RUS", "PRK", ["051"]),
    # 111 another side's account disputed
    ("Moscow disputed Kyiv's account of the drone attack.", "RUS", "UKR", ["111"]),
    # 051 a membership bid ratified
    ("Turkey's parliament ratified Finland's bid to join the alliance.", "TUR", "FIN", ["051"]),
    # 160 a grid or economy cut loose from a state
    ("Moldova disconnected from the Russian power grid last winter.", "MDA", "RUS", ["160"]),
    ("Estonia completed its disconnection from the Russian electricity network.", "EST", "RUS", ["160"]),
    # 040 an audience with a head of state or the Pope
    ("Pope Francis held an audience with Zelensky at the Vatican.", "VAT", "UKR", ["04"]),
])
def test_blind_g16_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    "The winger tore into the Liverpool defence and scored twice.",
    "The carmaker disputed the account of the crash given by the driver's lawyers.",
    "The club reopened its stadium with a friendly against a Swiss side.",
    "Organisers banned umbrellas from the marathon because of the wind.",
])
def test_blind_g16_quiet(text):
    assert dyads(text) == []
