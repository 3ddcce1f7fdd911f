"""Session 4, blind set g18 (conflict wire copy: strikes, ambushes, kidnappings, captures,
ceasefires): the general families added from its misses. Every sentence here was written for these
tests, none is taken from a gold set; each needs one of the rows under "session 4, blind set g18"
(verbs.tsv, nouns.tsv)."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 192 territory "liberated" (a named town stands for the town)
    ("Russian troops liberated Kupiansk.", "RUSMIL", "UKR", ["192"]),
    # 190 an assault beaten back, fought off or fended off: the attacker is the target
    ("Ukrainian troops beat back a Russian assault near Pokrovsk.", "UKRMIL", "RUS", ["190"]),
    ("Malian soldiers fought off an attack by jihadists.", "MLIMIL", "MLI", ["190"]),
    # 046 a round of talks concluded or wrapped up
    ("Iran wrapped up a round of nuclear talks with the United States.", "IRN", "USA", ["046"]),
    ("Russia and Ukraine concluded a round of talks in Istanbul.", "RUS", "UKR", ["046"]),
    # 0871 a cessation of hostilities
    ("Israel and Hamas agreed to a cessation of hostilities.", "ISR", "PSEHMS", ["0871"]),
    # 195 strikes across a country
    ("Russia launched missile strikes across Ukraine overnight.", "RUS", "UKR", ["195"]),
    ("Russia unleashed a wave of drone strikes across Ukraine.", "RUS", "UKR", ["195"]),
    ("Israeli warplanes carried out air strikes across the Gaza Strip.", "ISRMIL", "PSE", ["195"]),
    # 192 control regained
    ("The Sudanese army regained control of Khartoum.", "SDNMIL", "SDN", ["192"]),
    # 190 a counterattack, an offensive into a country
    ("Ukraine launched a counterattack on Russian positions near Bakhmut.", "UKR", "RUS", ["190"]),
    ("Ukraine launched an offensive into Russia's Kursk region.", "UKR", "RUS", ["190"]),
    # 196 a ceasefire with a named party broken or shattered
    ("Israel broke the ceasefire with Hamas.", "ISR", "PSEHMS", ["196"]),
    ("Azerbaijani jets shattered the truce with Armenia.", "AZE", "ARM", ["196"]),
])
def test_g18_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    "Barcelona launched a counterattack on the Real Madrid goal.",
    "The company regained control of its Russian subsidiary after a court ruling.",
    "Apple began talks with suppliers about chip prices.",
    "Storms swept across France, cutting power to thousands of homes.",
    "The scandal shattered the truce between the coalition partners.",
])
def test_g18_quiet(text):
    assert dyads(text) == []
