"""Codebook pass over CAMEO roots 01–10: phrasings reporters use for each code, written from the
codebook's code list (not from the dev sentences). Each sentence here was written for this test
and needs one of the rows added under "codebook pass, roots 01–10" in data/patterns/."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target,codes", [
    # 01 statements addressed to an actor, pessimism, options, responsibility, symbols, accord
    ("The Chinese foreign minister wrote to his Australian counterpart last week.", "CHN", "AUS", ["010"]),
    ("Tehran sent a letter to the UN Security Council on Monday.", "IRN", "IGOUNO", ["010"]),
    ("The Egyptian president delivered a speech to the African Union summit.", "EGY", "IGOAFR", ["010"]),
    ("Washington assured Seoul that its commitment remained firm.", "USA", "KOR", ["010"]),
    ("France cast doubt on Russia's promise to withdraw.", "FRA", "RUS", ["012"]),
    ("The UN warned of Russia's growing influence in Mali.", "IGOUNO", "RUS", ["012"]),
    ("The Polish government is mulling a ban on Russian imports.", "POL", "RUS", ["014"]),
    ("The Israeli army acknowledged responsibility for the strike.", "ISR", "", ["015"]),
    ("The Rwandan government rejected responsibility for the violence.", "RWA", "", ["016"]),
    ("The Polish president observed a minute of silence for the victims.", "POL", "", ["017"]),
    ("Ukraine's president lit a candle at the memorial.", "UKR", "", ["017"]),
    ("India and Japan see eye to eye on maritime security.", "IND", "JPN", ["019"]),
    # 02 appeals: the appealed-for act decides the code
    ("Ukraine made a plea to Germany for more tanks.", "UKR", "DEU", ["020"]),
    ("China urged India and Pakistan to ease tensions.", "CHN", "IND", ["0256"]),
    ("The UN urged Israel and Hamas to respect the ceasefire.", "IGOUNO", "ISR", ["0256"]),
    ("The EU urged the United States to lift sanctions.", "IGOEU", "USA", ["0254"]),
    ("The African Union urged Kenya and Somalia to settle their maritime dispute.", "IGOAFR", "SOM", ["027"]),
    ("The UN urged Sudan's army to accept mediation.", "IGOUNO", "SDN", ["028"]),
    ("The EU urged Georgia to carry out democratic reforms.", "IGOEU", "GEO", ["024"]),
    # 03 intent
    ("Azerbaijan accepted an invitation from Russia to attend talks.", "AZE", "RUS", ["036"]),
    ("Ethiopia accepted mediation by the African Union.", "ETH", "IGOAFR", ["038"]),
    ("The Egyptian president pledged political reforms.", "EGY", "", ["034"]),
])
def test_statements_appeals_and_intents(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text,source,target,codes", [
    # 04 consult: phone calls, journeys, hosting, mediation, bargaining
    ("Macron spoke by telephone with Putin on Friday.", "FRA", "RUS", ["041"]),
    ("The Iranian president headed to Moscow on Monday.", "IRN", "RUS", ["042"]),
    ("Lula departed for Beijing on Thursday.", "BRA", "CHN", ["042"]),
    ("The Indonesian president stopped in Singapore on his way home.", "IDN", "SGP", ["042"]),
    ("Egypt played host to Sudan's army chief.", "EGY", "SDN", ["043"]),
    ("India rolled out the red carpet for the Saudi crown prince.", "IND", "SAU", ["043"]),
    ("Qatar hosted talks between the United States and the Taliban.", "QAT", "USA", ["045"]),
    ("Norway facilitated talks between Colombia and the rebels.", "NOR", "COL", ["045"]),
    ("The US envoy shuttled between Israel and Lebanon.", "USA", "LBN", ["045"]),
    ("Ukraine and Russia bargained over grain exports.", "UKR", "RUS", ["046"]),
    # 05 diplomatic cooperation
    ("France threw its weight behind Germany's proposal.", "FRA", "DEU", ["051"]),
    ("The Indian prime minister spoke highly of Japan.", "IND", "JPN", ["051"]),
    ("Saudi Arabia cheered Egypt's decision.", "SAU", "EGY", ["051"]),
    ("Hungary stood up for Russia at the EU summit.", "HUN", "RUS", ["052"]),
    ("Saudi Arabia and Iran exchanged ambassadors.", "SAU", "IRN", ["054"]),
    ("Israel clinched a deal with Lebanon over the maritime border.", "ISR", "LBN", ["057"]),
    ("The UK agreed a trade deal with Australia.", "GBR", "AUS", ["057"]),
    ("India initialled a trade pact with the EU.", "IND", "IGOEU", ["057"]),
])
def test_consultation_and_diplomatic_cooperation(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text,source,target,codes", [
    # 06 material cooperation
    ("China opened its market to Australian firms.", "CHN", "AUS", ["061"]),
    ("Spain handed over the suspect to France.", "ESP", "FRA", ["063"]),
    ("Jordan tipped off Washington about the plot.", "JOR", "USA", ["064"]),
    # 07 aid: protection, peacekeeping, refuge
    ("French warships escorted Greek tankers through the strait.", "FRA", "GRC", ["074"]),
    ("Bangladesh contributed troops to the UN mission in Congo.", "BGD", "IGOUNO", ["074"]),
    ("Germany took in a million Syrian refugees.", "DEU", "SYR", ["075"]),
    # 08 yield
    ("Hungary dropped its objection to Sweden's membership.", "HUN", "SWE", ["080"]),
    ("Mali's president handed over power to the army.", "MLI", "MLI", ["0831"]),
    ("Poland's parliament repealed the law.", "POL", "POL", ["0832"]),
    ("Iran released the British-flagged tanker.", "IRN", "GBR", ["0842"]),
    ("Germany returned the bronzes to Nigeria.", "DEU", "NGA", ["0842"]),
    ("Washington granted India a waiver from sanctions.", "USA", "IND", ["085"]),
    ("Israel paused its airstrikes on Gaza.", "ISR", "PSE", ["087"]),
    ("India and China eased tensions along their border.", "IND", "CHN", ["087"]),
    ("Israel and Hamas agreed a truce.", "ISR", "PSE", ["0871"]),
    ("Libya dismantled its nuclear weapons programme.", "LBY", "", ["0873"]),
    # 09 investigate: what is looked into decides the code
    ("The ICC will investigate war crimes by Russian forces.", "IGOICC", "RUS", ["094"]),
    ("The UN will investigate abuses by Ethiopian troops.", "IGOUNO", "ETH", ["092"]),
    # 10 demand: conditions imposed on an actor
    ("The IMF imposed conditions on Greece.", "IGOUNOIMF", "GRC", ["100"]),
])
def test_material_cooperation_aid_yielding_investigation_demands(text, source, target, codes):
    assert_coded(text, source, target, codes)


@pytest.mark.parametrize("text", [
    # ordinary sentences that share words with the rows above
    "The company headed to court over the patent dispute.",
    "The striker went to Madrid for a medical.",
    "The chef wrote to his customers about the new menu.",
    "Fans cheered the team as it arrived in the city.",
    "The bank eased its lending rules last month.",
    "The coach said sorry to the fans after the loss.",
    "The actor lit a candle for his late mother.",
    "She stopped in Paris on her way to Rome.",
    "The singer played host to hundreds of fans.",
    "The driver was warned of ice on the roads.",
    "Roughly two thirds of the farm's exports go to Germany.",
    "The airline paused its flights to the island during the storm.",
])
def test_everyday_sentences_stay_quiet(text):
    assert dyads(text) == []


def test_mediation_by_several_brokers_is_not_mediation_between_them():
    """'with Russia, Turkey and Iran acting as brokers' names no parties to mediate between."""
    got = dyads("Talks were held in Astana, with Russia, Turkey and Iran acting as brokers.")
    assert not any(c == "045" and {s[:3], t[:3]} <= {"RUS", "TUR", "IRN"} for s, t, c in got), got
