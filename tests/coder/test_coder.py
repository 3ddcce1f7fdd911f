"""Who did what to whom, sentence by sentence, on texts written for these tests."""

from datetime import date

import pytest

from allegiance import code_text
from allegiance.ontology.cameo import matches

PUBLISHED = date(2024, 3, 4)


def dyads(text, published=PUBLISHED):
    return [
        (e.source.country if e.source else None, e.target.country if e.target else None, e.cameo, e.modality)
        for e in code_text(text, published)
    ]


def find(text, source, target, codes, modality="asserted", published=PUBLISHED):
    events = code_text(text, published)
    hits = [e for e in events
            if e.source and e.source.country == source and (e.target.country if e.target else None) == target
            and matches(e.cameo, codes)]
    assert hits, f"no {source}->{target} {codes} in {text!r}; got {dyads(text, published)}"
    assert any(e.modality == modality for e in hits), f"modality {[e.modality for e in hits]} != {modality}"
    return hits[0]


@pytest.mark.parametrize("text,source,target,codes", [
    ("Egypt's President met the Jordanian foreign minister in Cairo on Sunday.", "EGY", "JOR", ["04"]),
    ("Turkey strongly condemned Greece over the naval incident.", "TUR", "GRC", ["11"]),
    ("The Indian government accused Pakistan of sheltering militants.", "IND", "PAK", ["112"]),
    ("Japan and the Philippines signed a defence agreement with Australia.", "JPN", "AUS", ["057", "06"]),
    ("Russian troops shelled Ukrainian positions near the border.", "RUS", "UKR", ["19"]),
    ("Norway pledged humanitarian aid to Sudan.", "NOR", "SDN", ["03", "07"]),
    ("Germany expelled two Russian diplomats on Friday.", "DEU", "RUS", ["16", "17"]),
])
def test_common_events(text, source, target, codes):
    find(text, source, target, codes)


def test_coordinated_targets_give_one_event_each():
    text = "Brazil praised Argentina, Chile and Uruguay for their cooperation."
    for target in ("ARG", "CHL", "URY"):
        find(text, "BRA", target, ["051"])


def test_passive_with_agent_swaps_roles():
    find("A Syrian army convoy was attacked by Turkish drones on Tuesday.", "TUR", "SYR", ["19", "18"])


def test_role_in_apposition_sets_sector():
    e = find("Lena Hartmann, the speaker of Germany's parliament, met the Polish ambassador.", "DEU", "POL", ["04"])
    assert e.source.sector == "LEG"


def test_later_mentions_refer_back():
    text = ("Kenya's Foreign Minister Amos Wekesa arrived in Addis Ababa on Monday. "
            "Wekesa praised Ethiopia for its mediation. He later criticised Somalia.")
    praise = find(text, "KEN", "ETH", ["051"])
    assert praise.source.code == "KENGOV"
    find(text, "KEN", "SOM", ["11"])


def test_capital_metonymy():
    e = find("The Kremlin warned Finland against joining the alliance.", "RUS", "FIN", ["13", "11", "10"])
    assert e.source.code == "RUSGOV"


def test_negated():
    find("Iran did not meet the Saudi delegation.", "IRN", "SAU", ["04"], modality="negated")


def test_future():
    find("Vietnam will sign a trade agreement with Indonesia next week.", "VNM", "IDN", ["05", "06"], modality="future")


def test_hypothetical():
    # sanctions promised on a condition are threatened (threats.py _conditional_threat)
    find("If Serbia attacks Kosovo, Germany would impose sanctions on Belgrade.", "DEU", "SRB", ["1312"],
         modality="hypothetical")
    find("Serbia could attack Kosovo within days, analysts warned.", "SRB", "XKX", ["19"], modality="hypothetical")


@pytest.mark.parametrize("text", [
    "If Serbia attacks Kosovo, the EU would impose sanctions on Belgrade.",
    "Should Kyiv request it, Warsaw would train the pilots.",
    "Minsk could free more prisoners if Washington relaxes its sanctions on Belarus.",
])
def test_a_condition_is_no_event_of_its_own(text):
    """Only the main clause is coded; the condition it depends on did not happen."""
    got = dyads(text)
    assert not any((s, t) in {("SRB", "XKX"), ("UKR", "POL"), ("KOR", "UKR"), ("USA", "BLR")} for s, t, _, _ in got), got


def test_historical_year():
    find("In 1991, Iraq invaded Kuwait.", "IRQ", "KWT", ["19"], modality="historical")


def test_intent_frame():
    find("Morocco seeks a military alliance with France.", "MAR", "FRA", ["031", "03"])


def test_appeal_frame_targets_the_addressee():
    find("Qatar urged Israel to hold talks with Hamas.", "QAT", "ISR", ["02"])


def test_quote_speaker():
    text = ("Chile's President said on Monday: \n\n"
            "“We strongly condemn Bolivia for closing the border to our trucks.”")
    events = code_text(text, PUBLISHED)
    quoted = [e for e in events if e.quote is not None]
    assert quoted and quoted[0].quote.speaker.country == "CHL"
    assert quoted[0].source.country == "CHL" and quoted[0].target.country == "BOL"


def test_nothing_to_code():
    for text in ("The central bank kept interest rates unchanged on Thursday.",
                 "Heavy rain is expected across the region this weekend.",
                 "The striker scored twice as the home side won 3-1."):
        assert dyads(text) == []


def test_event_record_is_complete():
    e = code_text("Canada criticised China over the detentions.", PUBLISHED)[0].to_dict()
    for field in ("doc_id", "sentence_index", "sentence", "source", "target", "cameo", "cameo_root", "plover",
                  "plover_mode", "goldstein", "quad_class", "modality", "event_date", "location", "quote",
                  "confidence", "rule", "char_start", "char_end"):
        assert field in e
    assert e["cameo_root"] == e["cameo"][:2] and 1 <= e["quad_class"] <= 4
    assert 0 < e["confidence"] <= 1
    text = "Canada criticised China over the detentions."
    assert text[e["char_start"]:e["char_end"]].startswith("Canada")


def test_a_dateline_left_in_the_text_is_no_actor():
    events = code_text("PARIS, March 23 (Seine Press) - More than a million people marched across France "
                       "against the pension reform.", PUBLISHED)
    assert events and all(e.source.sector != "MED" for e in events)
    assert all(e.char_start > 30 for e in events)  # offsets still point into the text as written


def test_an_option_weighed_is_considered_not_done():
    got = dyads("Seoul is weighing whether to ship artillery shells to Kyiv.")
    assert [(s, t, c) for s, t, c, _ in got] == [("KOR", "UKR", "014")]
