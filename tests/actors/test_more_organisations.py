"""Parties, armed groups and international bodies the news names without saying whose they are."""

from datetime import date

from allegiance.api import code_text


def _events(text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo_root)
            for e in code_text(text, date(2025, 6, 1))]


def test_a_bangladeshi_party_is_banned_by_its_government():
    events = _events("Bangladesh's government banned the Awami League on Saturday.")
    assert any(target == "BGDPTY" for _, target, _ in events)


def test_a_south_african_party_is_south_african():
    events = _events("South African police arrested two leaders of the Economic Freedom Fighters.")
    assert ("ZAFCOP", "ZAFPTY", "17") in events


def test_tripoli_militias_fight_each_other():
    events = _events("The 444 Brigade clashed with the Special Deterrence Force in Tripoli.")
    assert any(source == "LBYBQQ" for source, _, _ in events)


def test_the_eu_border_agency_is_an_eu_body():
    events = _events("Frontex criticised Greece over pushbacks of migrants at sea.")
    assert any(source == "IGOEUREECFTX" and target and target.startswith("GRC") for source, target, _ in events)


def test_a_sinaloa_faction_is_mexican():
    events = _events("Mexican soldiers arrested a leader of Los Chapitos in Culiacan.")
    assert any(target == "MEXCHP" for _, target, _ in events)


def test_taiwans_opposition_party_is_taiwanese():
    events = _events("Taiwan's prosecutors raided the offices of the Kuomintang in Taipei.")
    assert any(target == "TWNPTY" for _, target, _ in events)


def test_a_us_drug_agency_is_american_not_the_country_it_accuses():
    events = _events("The Drug Enforcement Administration accused Mexico of failing to stop fentanyl shipments.")
    assert any(source == "USACOP" and target and target.startswith("MEX") for source, target, _ in events)


def test_taiwans_china_policy_council_speaks_for_taiwan():
    events = _events("Taiwan's Mainland Affairs Council condemned Beijing's military drills.")
    assert any(source == "TWNGOV" for source, _, _ in events)


def test_sanctioned_arms_makers_are_american_businesses():
    events = _events("Beijing imposed sanctions on Raytheon and Lockheed over arms sales to Taiwan.")
    assert any(target == "USABUS" and root == "16" for _, target, root in events)


def test_a_german_carmaker_investigated_abroad():
    events = _events("Brazilian prosecutors opened an investigation into Volkswagen.")
    assert any(target == "DEUBUS" for _, target, _ in events)


def test_turkic_bloc_is_an_international_body():
    events = _events("Erdogan urged the Organization of Turkic States to act together on trade.")
    assert any(target == "IGOCASOTS" for _, target, _ in events)
