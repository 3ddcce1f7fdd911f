"""The example articles (examples/*.txt) against what a careful coder takes from them.

Scored with `allegiance.evaluate`: an annotated event is found when an event of the same
sentence has the same source and target country, a CAMEO code under the same root as an
accepted code, and the same modality.
"""

from pathlib import Path

import pytest

from allegiance.evaluation.articles import load_annotation, score_examples
from allegiance.ingest.readers import iter_documents

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ANNOTATIONS = sorted(EXAMPLES.glob("*.expected.yaml"))
ROOTS = {f"{i:02d}" for i in range(1, 21)}


@pytest.fixture(scope="module")
def scores():
    return {s.name: s for s in score_examples(EXAMPLES)}


def test_five_styles_cover_every_root():
    assert len(ANNOTATIONS) >= 5
    roots = {x["codes"][0][:2] for path in ANNOTATIONS for x in load_annotation(path)["events"]}
    assert roots == ROOTS


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: p.name)
def test_metadata_is_read_from_the_page(path):
    annotation = load_annotation(path)
    document = next(iter_documents([str(EXAMPLES / annotation["document"])], default_date=annotation["date"]))
    assert document.section == annotation.get("section", "news")
    for field in ("title", "outlet"):
        if annotation.get(field):
            assert getattr(document, field) == annotation[field]
    if annotation.get("author") and ";" not in annotation["author"]:
        assert document.author == annotation["author"]


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: p.name)
def test_most_expected_events_are_found(scores, path):
    score = scores[load_annotation(path)["document"]]
    missed = "\n".join(f"{x.get('source')}->{x.get('target')} {x['codes']} {x['evidence']!r}" for x in score.missed)
    assert score.recall >= 0.6, missed


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: p.name)
def test_sentences_with_nothing_to_code_give_nothing(scores, path):
    assert scores[load_annotation(path)["document"]].quiet_violations == []


def test_overall_recall_precision_and_every_root_found(scores):
    expected = sum(s.expected for s in scores.values())
    found = sum(s.found_root for s in scores.values())
    events = sum(s.events for s in scores.values())
    extra = sum(s.unmatched for s in scores.values())
    roots = set().union(*(s.roots_found for s in scores.values()))
    assert found / expected >= 0.78, f"recall {found}/{expected}"
    assert extra / events <= 0.2, f"{extra} of {events} events match nothing annotated"
    assert roots == ROOTS, f"roots never found: {sorted(ROOTS - roots)}"
