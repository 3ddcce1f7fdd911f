"""Session 4, blind set g14 (economic statecraft, Europe and the Americas): the general families
added from its misses. Every sentence here was written for these tests, none is taken from a gold
set; each needs one of the rows under "session 4, blind set g14" (verbs.tsv, nouns.tsv, frames.tsv)."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 163 duties, levies and surcharges slapped or levied
    ("Beijing slapped anti-dumping duties on brandy from the European Union.", "CHN", "IGOEUREEC", ["163"]),
    ("Ottawa levied a 25% surcharge on Chinese electric vehicles.", "CAN", "CHN", ["163"]),
    # 163 sanctions and bans kept, retained or rolled over
    ("Warsaw said it would keep its ban on Ukrainian wheat.", "POL", "UKR", ["163"]),
    ("Brussels rolled over its sanctions on Russia for another six months.", "IGOEUREEC", "RUS", ["163"]),
    # 116 a court ruling against the government
    ("The U.S. Supreme Court ruled against the Trump administration.", "USAJUD", "USAGOV", ["116"]),
    # 071 frozen money released for a state
    ("The European Commission unblocked 10.2 billion euros for Budapest.", "IGOEUREEC", "HUN", ["071"]),
    # negate: a summit or talks skipped did not take place
    ("Narendra Modi will skip the summit with Xi Jinping.", "IND", "CHN", ["040"]),
    # 163 counter-tariffs and counter-sanctions ("counter" parsed as the object)
    ("Russia imposed counter-sanctions on EU officials.", "RUS", "IGOEUREEC", ["163"]),
    # 1221 money from a donor turned down
    ("Tunisia turned down a payment of 60 million euros from the European Union.", "TUN", "IGOEUREEC", ["1221"]),
    # 163 a treasury designating firms or banks
    ("The U.S. Treasury designated three Iranian banks.", "USA", "IRN", ["163"]),
    # 163 exports to a state cut off
    ("Beijing cut off rare earth exports to the United States.", "CHN", "USA", ["163"]),
    # 085 a state or its goods exempted from tariffs or sanctions
    ("The Biden administration exempted India from the sanctions.", "USA", "IND", ["085"]),
    # 071 money approved for a state, a bailout, debt written off
    ("The World Bank approved $500 million in financing for Kenya.", "IGOUNOWBK", "KEN", ["071"]),
    ("China bailed out Sri Lanka with a $2 billion loan.", "CHN", "LKA", ["071"]),
    ("Russia wrote off Cuba's debt.", "RUS", "CUB", ["071"]),
    ("China forgave $3 billion of Ethiopian debt.", "CHN", "ETH", ["071"]),
    # 0231 financing sought from a lender
    ("Pakistan will seek financing from the IMF.", "PAK", "IGOUNOIMF", ["0231"]),
    # 057 the outline of a deal unveiled by two partners
    ("Japan and Australia unveiled the outline of a trade deal.", "JPN", "AUS", ["057"]),
    # 071 an IMF stand-by arrangement for a state
    ("The IMF approved a $7 billion stand-by arrangement for Egypt.", "IGOUNOIMF", "EGY", ["071"]),
])
def test_blind_g14_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    "The club will keep its ban on away fans for the derby.",
    "Shareholders approved $2 million for the new stadium.",
    "The carmaker will skip the Geneva motor show this year.",
    "The referee ruled against the visiting side in the second half.",
])
def test_blind_g14_quiet(text):
    assert dyads(text) == []
