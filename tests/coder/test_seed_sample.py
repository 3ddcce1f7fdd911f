"""The shared seed article comes out as a careful human coder reads it.

The article lives outside the project (../shared/samples); it is read at test time, never copied.
"""

from datetime import date
from pathlib import Path

import pytest

from allegiance import api
from allegiance.ingest.readers import iter_documents
from allegiance.ontology.cameo import matches

SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "samples" / "iraq-russia-alliance.txt"
pytestmark = pytest.mark.skipif(not SAMPLE.exists(), reason="shared seed sample not present")

# (source country, source sector or None for any, target country, accepted CAMEO codes, words of the sentence)
MUST_FIND = [
    ("IRQ", None, "RUS", ["031", "030", "032"], "alliance with the Russian"),
    ("IRQ", "GOV", "RUS", ["042"], "is in Moscow"),
    ("IRQ", "GOV", "RUS", ["040", "046"], "talks with Valentina"),
    ("IRQ", "GOV", "RUS", ["040", "044", "046"], "meeting with Russia"),
    ("IRQ", "GOV", "RUS", ["020", "021", "031"], "substantial presence"),
    ("IRQ", "GOV", "RUS", ["051"], "praised Russia"),
    ("IRQ", "GOV", "USA", ["111", "11"], "slammed the US"),
    ("IRQ", "GOV", "IRN", ["051"], "praise Iran"),
    ("IRQ", None, "IRN", ["05", "03"], "embracing Iran"),
    ("IRQ", None, "RUS", ["05", "03"], "embracing Iran"),
    ("IRQ", None, "SYR", ["05", "03"], "embracing Iran"),
    ("IRQ", None, "USA", ["16", "12"], "distancing itself"),
    ("IRQ", "GOV", "RUS", ["03"], "restore the good relations"),
]


@pytest.fixture(scope="module")
def coded():
    documents = [d for d in iter_documents([str(SAMPLE)], default_date=date(2017, 7, 25))]
    assert len(documents) == 1
    document = documents[0]
    events = next(api.code_documents([document]))[1]
    return document, [e.to_dict() for e in events]


def _country(actor):
    return actor["country"] if actor else None


@pytest.mark.parametrize("source,sector,target,codes,words", MUST_FIND)
def test_current_events_are_found(coded, source, sector, target, codes, words):
    _, events = coded
    found = [
        e for e in events
        if words in e["sentence"] and _country(e["source"]) == source and _country(e["target"]) == target
        and (sector is None or e["source"]["sector"] == sector) and matches(e["cameo"], codes)
        and e["modality"] == "asserted"
    ]
    assert found, f"no asserted {source}->{target} {codes} event in the sentence with {words!r}"


def test_speaker_and_quote_of_the_appeal(coded):
    _, events = coded
    quoted = [e for e in events if "substantial presence" in e["sentence"] and e["quote"]]
    assert quoted and quoted[0]["quote"]["speaker"]["country"] == "IRQ"


def test_roles_come_from_the_text(coded):
    _, events = coded
    talks = next(e for e in events if "talks with Valentina" in e["sentence"])
    assert talks["target"]["code"] == "RUSLEG"
    meeting = next(e for e in events if "meeting with Russia" in e["sentence"])
    assert meeting["target"]["code"] == "RUSGOV"
    assert meeting["source"]["code"] == "IRQGOV"


@pytest.mark.parametrize("words,modality", [
    ("waged war", "historical"),
    ("relations Baghdad had", "historical"),
    ("vacates", "hypothetical"),
])
def test_history_and_conditions_are_marked(coded, words, modality):
    _, events = coded
    in_sentence = [e for e in events if words in e["sentence"]]
    assert in_sentence, f"nothing coded in the sentence with {words!r}"
    assert any(e["modality"] == modality for e in in_sentence)


def test_no_event_is_current_for_history(coded):
    _, events = coded
    for e in events:
        if "waged war" in e["sentence"] and e["cameo"].startswith("19"):
            assert e["modality"] == "historical"
        if "fall of South Vietnam" in e["sentence"]:
            assert e["modality"] != "asserted"


def test_page_chrome_is_metadata(coded):
    document, events = coded
    assert document.section == "opinion"
    assert document.author == "Adam Garrie"
    assert document.outlet == "The Duran"
    assert "Print Friendly" not in document.text
    assert all("Source:" not in e["sentence"] and "Print Friendly" not in e["sentence"] for e in events)


def test_report_ranks_russia_first(coded, tmp_path):
    from allegiance.analysis.alignment import build_report

    _, events = coded
    result = build_report(events, "IRQ")
    scores = {p.partner: p.score for p in result.partners}
    assert result.partners[0].partner == "RUS" and scores["RUS"] > 0
    assert scores["IRN"] > 0 and scores["SYR"] > 0 and scores["USA"] < 0
