"""Codebook pass over CAMEO roots 11-20: the usual news phrasings of each code (idioms,
light verb + noun, event nouns) that the pattern tables learned from the codebook rather than
from the dev sentences. One or two sentences of our own per family, and sentences outside
politics that must stay quiet."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 11 disapprove: idioms of criticism and blame, formal complaints, lawsuits, fines
    ("Japan took issue with China's maritime claims.", "JPN", "CHN", ["110"]),
    ("Canada voiced displeasure with India over the visa decision.", "CAN", "IND", ["110"]),
    ("The French foreign minister took aim at Turkey over its policy in Syria.", "FRA", "TUR", ["111"]),
    ("Brazil's president pilloried the United States for its trade stance.", "BRA", "USA", ["111"]),
    ("Kenya upbraided Uganda over the border closure.", "KEN", "UGA", ["111"]),
    ("Norway called out Saudi Arabia over the execution.", "NOR", "SAU", ["111"]),
    ("Australia issued a sharp rebuke to China.", "AUS", "CHN", ["111"]),
    ("Iran pointed the finger at Israel for the blast.", "IRN", "ISR", ["112"]),
    ("France mobilised opposition against Russia among EU members.", "FRA", "RUS", ["113"]),
    ("Greece protested to Turkey over the airspace violations.", "GRC", "TUR", ["114"]),
    ("India registered a strong protest with Pakistan.", "IND", "PAK", ["114"]),
    ("Gambia instituted proceedings against Myanmar.", "GMB", "MMR", ["115"]),
    ("A Chinese court fined the Australian company.", "CHN", "AUS", ["116"]),
])
def test_disapprove(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text,source,target,codes", [
    # 12 reject and 13 threaten
    ("Iran repudiated the IAEA's report.", "IRN", "IGOUNOIAEA", ["120"]),
    ("Israel balked at the American proposal.", "ISR", "USA", ["120"]),
    ("Venezuela voiced opposition to the US plan.", "VEN", "USA", ["120"]),
    ("Israel ignored the ruling of the International Court of Justice.", "ISR", "IGO", ["128"]),
    ("Russia blocked a UN Security Council resolution on Syria.", "RUS", "IGOUNO", ["129"]),
    ("The United States cast a veto against the resolution on Gaza.", "USA", "PSE", ["129"]),
    ("Hamas shunned talks with Israel.", "PSEHMS", "ISR", ["125"]),
    ("The opposition in Venezuela boycotted talks with the government.", "VENOPP", "VENGOV", ["125"]),
    ("Iran menaced Saudi Arabia.", "IRN", "SAU", ["130"]),
    ("The United States gave Iran a deadline to respond.", "USA", "IRN", ["139"]),
    ("The militants threatened to assassinate the Nigerian governor.", "NGA", "NGAGOV", ["1383"]),
    ("Iran vowed revenge against Israel.", "IRN", "ISR", ["138"]),
])
def test_reject_and_threaten(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text,source,target,codes", [
    # 14 protest: strikes called, roads obstructed, rampages, embassies burned
    ("Iran boycotted the summit.", "IRN", None, ["143"]),
    ("Kenyan farmers blockaded the main highway into Nairobi.", "KEN", None, ["144"]),
    ("Georgian activists formed a human chain around the parliament in Tbilisi.", "GEO", None, ["144"]),
    ("Sri Lankan protesters rampaged through the streets of Colombo.", "LKA", None, ["145"]),
    ("Demonstrators in Colombo went on the rampage.", "LKA", None, ["145"]),
    ("Protesters set fire to the Swedish embassy in Baghdad.", "IRQ", "SWE", ["1712", "145"]),
    # 15 force posture
    ("China paraded its new missiles in Beijing.", "CHN", "", ["150"]),
    ("The United States sailed a destroyer through the Taiwan Strait.", "USA", "", ["150"]),
    ("Russian warplanes buzzed an American destroyer in the Black Sea.", "RUS", "USA", ["150"]),
    ("Japan scrambled jets to intercept Chinese aircraft.", "JPN", "", ["150"]),
    ("North Korea staged a military parade in Pyongyang.", "PRK", "", ["150"]),
    ("Kenya deployed riot police across Nairobi.", "KEN", "", ["153"]),
    ("Egypt tightened security around churches.", "EGY", "", ["153"]),
    ("Russia called up 300,000 reservists.", "RUS", "", ["154"]),
    # the border names whom the show of force is aimed at (test_complement_targets.py)
    ("Azerbaijan amassed troops on the border with Armenia.", "AZE", "ARM", ["154"]),
])
def test_protest_and_force_posture(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text,source,target,codes", [
    # 16 reduce relations
    ("Estonia closed the Russian consulate in Narva.", "EST", "RUS", ["161"]),
    ("Germany slashed aid to Niger.", "DEU", "NER", ["162"]),
    ("Britain reduced aid to Rwanda.", "GBR", "RWA", ["162"]),
    ("China banned imports of Japanese seafood.", "CHN", "JPN", ["163"]),
    ("Venezuela froze dialogue with the opposition.", "VEN", "VENOPP", ["164"]),
    ("Russia withdrew its observers from the OSCE mission.", "RUS", "IGOEUROSCE", ["1662"]),
    ("The African Union suspended Niger's membership.", "IGOAFRAFU", "NER", ["160"]),
    # 17 coerce
    ("Russia blackmailed Moldova over gas supplies.", "RUS", "MDA", ["170"]),
    ("Israeli troops destroyed Palestinian homes near Jenin.", "ISR", "PSE", ["1712"]),
    ("Russia blocked the BBC website.", "RUS", "GBR", ["1721"]),
    ("Ethiopia shut down the internet in Tigray.", "ETH", None, ["1721"]),
    ("Thailand dissolved the opposition party.", "THA", "THA", ["1722"]),
    ("Iran disqualified reformist candidates from the election.", "IRN", "IRN", ["1722"]),
    ("The ICC issued an arrest warrant for Putin.", "IGOICC", "RUS", ["173"]),
    ("The regime in Syria crushed the uprising.", "SYR", "SYR", ["175"]),  # repression with no named victim: at its own country (domestic_codes)
])
def test_reduce_relations_and_coerce(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text,source,target,codes", [
    # 18 assault
    ("Gunmen seized two Chinese engineers in Pakistan.", "", "CHN", ["181"]),
    ("Soldiers raped women in Darfur.", "SDN", "SDN", ["1821"]),
    ("Russian soldiers abused Ukrainian prisoners.", "RUS", "UKR", ["182"]),
    ("Saudi agents strangled the Yemeni journalist.", "SAU", "YEM", ["1823"]),
    ("A suicide bomber from the Pakistani Taliban blew himself up at a mosque.", "", "", ["1831"]),
    ("Hamas used Palestinian civilians as human shields.", "PSEHMS", "PSE", ["184"]),
    # 19 fight
    ("Ukrainian forces counterattacked Russian troops near Bakhmut.", "UKR", "RUS", ["190"]),
    ("The Houthis sank a British cargo ship.", "YEMHTH", "GBR", ["190"]),
    ("Azerbaijani troops engaged Armenian forces near the border.", "AZE", "ARM", ["190"]),
    ("Turkish forces carried out a cross-border operation against the PKK.", "TUR", "TURPKK", ["190"]),
    ("Russian troops took control of Kharkiv.", "RUS", "UKR", ["192"]),
    ("Pakistan closed its border with Afghanistan.", "PAK", "AFG", ["191"]),
    # 20 unconventional mass violence
    ("Azerbaijan forcibly displaced the Armenian population of Karabakh.", "AZE", "ARM", ["201"]),
    ("Serbian forces carried out ethnic cleansing in Bosnia.", "SRB", "BIH", ["203"]),
])
def test_assault_fight_and_mass_violence(text, source, target, codes):
    assert_coded(text, source, target, codes)


def test_boycott_frame_leaves_goods_boycotts_as_sanctions():
    # "boycotted talks" is a refusal (frames.tsv); a boycott of a state's goods stays 163
    assert_coded("Turkey boycotted Israeli goods.", "TUR", "ISR", ["163"])
    assert_coded("China boycotted Lithuanian products.", "CHN", "LTU", ["163"])


@pytest.mark.parametrize("text", [
    # sport, business and weather with the same verbs: nothing to code
    "Spain beat France 2-1 in the final in Paris.",
    "Real Madrid took control of the match in the second half.",
    "The storm sank a fishing boat off the coast of Japan.",
    "The company engaged French consultants to review its accounts.",
    "The referee disqualified the Kenyan runner after a false start.",
    "Wildfires destroyed homes in California.",
    "The German carmaker pushed into the Chinese market.",
    "The American team crushed the opposition in the second half.",
    "The Chinese firm bolstered its presence in Europe.",
    "Tourists took the city by storm during the festival in Rome.",
    "The study documented the abuse of alcohol in Britain.",
    "The Spanish club held a victory parade in Madrid.",
])
def test_everyday_sentences_stay_quiet(text):
    assert dyads(text) == []
