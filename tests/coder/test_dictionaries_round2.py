"""Second round of general dictionary families: refusals and appeals aimed at someone's call,
investigations with no named target, expulsions by order, posture, seizures,
protest plans and reciprocal verbs ("traded accusations"). Sentences written for these tests."""

import pytest
from coding_cases import PUBLISHED, assert_coded, dyads

from allegiance import code_text
from allegiance.ontology.cameo import matches


def events(text):
    return code_text(text, PUBLISHED)


@pytest.mark.parametrize("text,source,target,codes", [
    # statements: a refused comment, concern with no addressee, weighing options, shared views
    ("The Kremlin declined comment.", "RUS", "", ["011"]),
    ("Germany voiced concern about the violence.", "DEU", "", ["012"]),
    ("Poland's president raised concerns with Kyiv over grain imports.", "POL", "UKR", ["012"]),
    ("Japan is reviewing its options after the missile launch.", "JPN", "", ["014"]),
    ("Egypt and Jordan share a common position on the crisis.", "EGY", "JOR", ["019"]),
    # reciprocal verbs: each side acts on the other
    ("Armenia and Azerbaijan traded accusations on Tuesday.", "ARM", "AZE", ["112"]),
    ("Armenia and Azerbaijan traded accusations on Tuesday.", "AZE", "ARM", ["112"]),
    ("Armenia and Azerbaijan traded fire overnight.", "AZE", "ARM", ["19"]),
    ("Indian soldiers trained alongside French commandos.", "IND", "FRA", ["062"]),
    # support rallied on someone's behalf, or sought for oneself
    ("Hungary drummed up support for Serbia's bid to join the EU.", "HUN", "SRB", ["053"]),
    ("French jets provided air support to the Malian army.", "FRA", "MLI", ["074"]),
    # investigations into things, not actors
    ("Brazilian prosecutors opened an investigation into the dam collapse.", "BRA", "", ["09"]),
    ("Mexico's government said it was looking into the complaints.", "MEX", "", ["09"]),
])
def test_statement_cooperation_and_investigation_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text,source,target,codes", [
    # refusing what someone called for: the caller is the target
    ("Serbia dismissed calls from the European Union to impose sanctions on Russia.", "SRB", "IGOEU", ["12"]),
    # ordering a diplomat or an aid agency out of the country is an expulsion
    ("Mali's junta ordered the French ambassador to leave the country.", "MLI", "FRA", ["161"]),
    ("Sudan ordered the Norwegian aid agency to leave the country.", "SDN", "NOR", ["1663"]),
    # a curfew with no named place is imposed at home
    ("Sri Lanka's government imposed a curfew after the riots.", "LKA", "LKA", ["1723"]),
    # closing airspace or ports to another state's traffic
    ("Canada closed its airspace to Russian aircraft.", "CAN", "RUS", ["163"]),
    # threats of force named by a noun
    ("Iran threatened military action against Israel.", "IRN", "ISR", ["138"]),
])
def test_refusal_expulsion_and_threat_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text,source,target,codes", [
    # sending troops to a place is a show of force (peacekeepers stay 074)
    ("Britain sent 500 troops to Estonia.", "GBR", "EST", ["154"]),
    # seizing installations and ground is occupation, not confiscation
    ("Russian forces seized Ukraine's largest nuclear plant.", "RUS", "UKR", ["192"]),
    ("Russian troops laid siege to Mariupol.", "RUS", "UKR", ["191"]),
    ("The Saudi navy tightened its blockade of Yemen's ports.", "SAU", "YEM", ["191"]),
    ("Kyrgyz border guards skirmished with Tajik troops.", "KGZ", "TJK", ["190"]),
    ("Iran downed an American surveillance drone over the Gulf.", "IRN", "USA", ["190"]),
    ("Russian missiles hit an ammunition depot in Lviv.", "RUS", "UKR", ["190"]),
    # a stated plan to strike is the strike, expected, aimed at the government
    ("Kenyan teachers' unions plan to begin an indefinite strike next week.", "KEN", "KENGOV", ["143"]),
    # persuading someone to act is an appeal to them
    ("France persuaded Iran to release the sailors.", "FRA", "IRN", ["025"]),
])
def test_force_protest_and_appeal_families(text, source, target, codes):
    assert_coded(text, source, target, codes)


def test_boycotting_an_election_is_a_protest_against_the_government():
    assert_coded("Togo's opposition parties boycotted the parliamentary election.", "TGO", "TGOGOV", ["1434"])


@pytest.mark.parametrize("text,code", [
    ("Washington called off strikes on three Iranian sites.", "19"),
    ("The EU held off imposing sanctions on Turkey.", "163"),
])
def test_called_off_and_held_off_events_are_negated(text, code):
    found = [e for e in events(text) if matches(e.cameo, [code])]
    assert found, f"no {code} in {text!r}: {dyads(text)}"
    assert all(e.modality == "negated" for e in found)


@pytest.mark.parametrize("text", [
    "Western sanctions hit Russia's economy hard.",  # "hit" without a military object is no attack
    "Armenia and Azerbaijan traded accusations on Tuesday.",  # no trade (061) in an exchange of blame
])
def test_vague_uses_are_not_attacks_or_trade(text):
    codes = [c for _, _, c in dyads(text)]
    assert not any(c.startswith(("19", "06")) for c in codes), codes
