"""Session 3, blind set g8 (Africa and Latin America news): the general families added from its
misses. Every sentence here was written for these tests, none is taken from a gold set; each
needs one of the rows under "session 3, blind set g8"."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 175 tear gas fired at crowds ("tear" is read as an adjective, the object is "gas")
    ("Riot police fired tear gas at hundreds of residents marching in Harare.", "ZWECOP", "ZWE", ["175"]),
    # 120 a court undoing an election or throwing out a petition
    ("Malawi's Constitutional Court annulled President Peter Mutharika's re-election.", "MWIJUD", "MWIGOV", ["120"]),
    ("Kenya's Supreme Court threw out Raila Odinga's petition.", "KENJUD", "KEN", ["120"]),
    # 0831 stepping aside
    ("The Malian prime minister stepped aside on Friday.", "MLIGOV", None, ["0831"]),
    # 19 "retook" (spaCy's lemma is "retook")
    ("Ukrainian forces retook the village from Russian troops.", "UKRMIL", "RUS", ["190"]),
    ("Russian forces retook the town of Kupiansk.", "RUSMIL", "UKR", ["192"]),
    # 063 drug lords handed to another state's courts
    ("Guatemala handed over three drug lords to the United States.", "GTM", "USA", ["063"]),
    # 191 supplies blockaded
    ("Eritrea blockaded fuel deliveries into Ethiopia.", "ERI", "ETH", ["191"]),
    # 1621 lending frozen
    ("The World Bank froze new lending to Uganda.", "IGOUNOWBK", "UGA", ["1621"]),
    # 071 a loan programme approved
    ("The IMF approved a $3 billion loan programme for Pakistan.", "IGOUNOIMF", "PAK", ["071"]),
    # 074 a multinational force authorised
    ("The Security Council authorised a multinational force for Haiti.", "IGOUNO", "HTI", ["074"]),
    # 172 citizenship stripped
    ("Belarus stripped exiled opposition leaders of their citizenship.", "BLR", "BLROPP", ["172"]),
])
def test_g8_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    "Apple shares retook their record high after strong earnings on Thursday.",
    "The bank fired its chief executive and froze lending to property developers.",
    "Argentina's striker fired a shot at the goal in the final minute.",
    "Shell approved a $2 billion investment programme for its refineries in Nigeria.",
])
def test_g8_quiet(text):
    assert dyads(text) == []
