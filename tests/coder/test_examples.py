"""The example articles (examples/*.txt) against what a careful coder takes from them.

An expected event is found when an event of the same sentence has the same source and target
country, a CAMEO code under the same root as an accepted code, and the same modality — the
level at which `evaluate` scores (the finer code and sector are reported, not required).
"""

from datetime import date
from pathlib import Path

import pytest
import yaml

from allegiance import api
from allegiance.ingest.readers import iter_documents

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ARTICLES = sorted(p.name.removesuffix(".expected.yaml") for p in EXAMPLES.glob("*.expected.yaml"))
ROOTS = {f"{i:02d}" for i in range(1, 21)}


def _side(actor: dict | None, code: str | None, name: str | None) -> bool:
    if code is None and name is None:
        return actor is None
    if actor is None:
        return False
    if code is not None:
        return code[:3] in (actor["country"], actor["code"][:3])
    name = name.split(" (")[0].lower()
    return name in (actor["name"] or "").lower() or name in actor["text"].lower()


def _matches(event: dict, expected: dict) -> bool:
    return (
        expected["evidence"] in event["sentence"]
        and _side(event["source"], expected.get("source"), expected.get("source_name"))
        and _side(event["target"], expected.get("target"), expected.get("target_name"))
        and event["cameo_root"] in {c[:2] for c in expected["codes"]}
        and event["modality"] == expected["modality"]
    )


@pytest.fixture(scope="module")
def coded():
    out = {}
    for name in ARTICLES:
        expected = yaml.safe_load((EXAMPLES / f"{name}.expected.yaml").read_text("utf-8"))
        published = expected["date"] if isinstance(expected["date"], date) else date.fromisoformat(expected["date"])
        document = next(iter_documents([str(EXAMPLES / expected["document"])], default_date=published))
        events = [e.to_dict() for e in next(api.code_documents([document]))[1]]
        out[name] = (expected, document, events)
    return out


def _found(expected: dict, events: list[dict]) -> list[dict]:
    return [x for x in expected["events"] if any(_matches(e, x) for e in events)]


def test_five_styles_cover_every_root():
    assert len(ARTICLES) >= 5
    roots = set()
    for name in ARTICLES:
        expected = yaml.safe_load((EXAMPLES / f"{name}.expected.yaml").read_text("utf-8"))
        roots |= {x["codes"][0][:2] for x in expected["events"]}
    assert roots == ROOTS


@pytest.mark.parametrize("name", ARTICLES)
def test_metadata_is_read_from_the_page(coded, name):
    expected, document, _ = coded[name]
    assert document.section == expected.get("section", "news")
    for field in ("title", "outlet"):
        if expected.get(field):
            assert getattr(document, field) == expected[field]
    if expected.get("author") and ";" not in expected["author"]:
        assert document.author == expected["author"]


@pytest.mark.parametrize("name", ARTICLES)
def test_most_expected_events_are_found(coded, name):
    expected, _, events = coded[name]
    found = _found(expected, events)
    missing = [f"{x.get('source')}->{x.get('target')} {x['codes']} {x['evidence']!r}"
               for x in expected["events"] if x not in found]
    assert len(found) / len(expected["events"]) >= 0.6, "\n".join(missing)


@pytest.mark.parametrize("name", ARTICLES)
def test_sentences_with_nothing_to_code_give_nothing(coded, name):
    expected, _, events = coded[name]
    for quiet in expected.get("nothing") or []:
        coded_there = [e["cameo"] for e in events if quiet["evidence"] in e["sentence"]]
        assert not coded_there, f"{quiet['evidence']!r} coded as {coded_there}"


def test_overall_recall_and_every_root_found(coded):
    total, found, roots = 0, 0, set()
    for expected, _, events in coded.values():
        hits = _found(expected, events)
        total += len(expected["events"])
        found += len(hits)
        roots |= {x["codes"][0][:2] for x in hits}
    assert found / total >= 0.78, f"recall {found}/{total}"
    assert roots == ROOTS, f"roots never found: {sorted(ROOTS - roots)}"


def test_history_is_never_counted_as_current(coded):
    for expected, _, events in coded.values():
        for x in expected["events"]:
            if x["modality"] == "historical":
                same = [e for e in events if x["evidence"] in e["sentence"] and e["cameo_root"] in
                        {c[:2] for c in x["codes"]}]
                assert all(e["modality"] != "asserted" for e in same), x["evidence"]
