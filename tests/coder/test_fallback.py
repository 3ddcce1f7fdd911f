"""The learned fallback: where it looks, what it reads, and when it stays quiet."""

from datetime import date

import numpy as np
import pytest

from allegiance.actors.resolve import DocumentActors
from allegiance.coder import fallback as fb
from allegiance.coder.coder import Coder
from allegiance.model import Document


@pytest.fixture(scope="module")
def coder():
    return Coder()


def parse(coder, text):
    doc = coder.nlp(text)
    actors = DocumentActors(doc, coder.kb, coder.gazetteer(doc), date(2024, 5, 2))
    sent = next(iter(doc.sents))
    found = coder.finder.find(sent, actors.could_be_actor)
    return sent, actors, found


def site_of(coder, text, lemma):
    sent, actors, found = parse(coder, text)
    sites = fb.sites(sent, coder.finder, actors.could_be_actor, fb.taken_tokens(found))
    return next((s for s in sites if s.verb.lemma_ == lemma), None), sites


def constant_model(label: str, p: float, dense_dim: int = 96) -> fb.Model:
    """A model that gives `label` probability `p` whatever it reads (two classes)."""
    classes = sorted({"none", label})
    logit = np.log(p / (1 - p))
    bias = np.array([logit if c == label else 0.0 for c in classes], dtype=np.float32)
    return fb.Model(np.zeros((2, dense_dim + fb.HASH_DIM), np.float32), bias, classes, dense_dim,
                    threshold=0.5, codes={"15": "150"})


def test_site_features_for_an_unknown_verb(coder):
    site, _ = site_of(coder, "Norway serenaded Chad with a folk song.", "serenade")
    assert site is not None
    assert [t.text for t in site.sources] == ["Norway"]
    assert [t.text for t in site.targets] == ["Chad"]
    assert site.link == "dobj"
    names = fb.sparse_names(site)
    assert "lemma=serenade" in names and "link=dobj" in names
    dense, sparse = fb.features(site)
    assert dense.shape == (96,) and abs(float(np.linalg.norm(dense)) - 1) < 1e-4
    assert all(0 <= i < fb.HASH_DIM for i in sparse)


def test_prepositional_object_and_dictionary_words_are_not_sites(coder):
    site, sites = site_of(coder, "Norway quarrelled with Chad over fishing rights.", "quarrel")
    assert site is not None and site.link == "with"
    # "attacked" is a dictionary verb: the dictionary path coded it, the fallback leaves it alone
    _, sites = site_of(coder, "Norway attacked Chad on Monday.", "attack")
    assert all(s.verb.lemma_ != "attack" for s in sites)


def test_labels_come_from_gold_countries(coder):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import train_fallback
    from allegiance.evaluation.gold import GoldActor, GoldEvent, GoldSentence

    gold = [GoldSentence("t1", "Norway serenaded Chad with a folk song.", date(2024, 5, 2),
                         [GoldEvent(GoldActor("NOR"), GoldActor("TCD"), "071")]),
            GoldSentence("t2", "Norway serenaded Chad with a folk song.", date(2024, 5, 2),
                         [GoldEvent(GoldActor("TCD"), GoldActor("NOR"), "071")])]
    events, rows, _ = train_fallback.collect(gold, Coder())
    rows = {r["id"]: r for r in train_fallback.label(gold, events, rows)}
    assert rows["t1"]["label"] == "07" and rows["t1"]["code"] == "071"
    assert rows["t2"]["label"] == "none"  # the gold event runs the other way


def test_packaged_model_loads_and_predicts_probabilities(coder):
    fallback = fb.Fallback.load()
    assert fallback is not None, "src/allegiance/data/models/fallback.npz is missing"
    assert 0 < fallback.threshold < 1
    site, _ = site_of(coder, "Norway serenaded Chad with a folk song.", "serenade")
    label, p = fallback.model.predict(site)
    assert label in fallback.model.classes and 0.0 <= p <= 1.0
    probs = fallback.model.proba(fb.vector(site, fallback.model.dense_dim))
    assert probs.sum() == pytest.approx(1.0, abs=1e-5)


def test_threshold_decides_whether_it_fires(coder):
    sent, actors, found = parse(coder, "Norway serenaded Chad with a folk song.")
    taken = fb.taken_tokens(found)
    quiet = fb.Fallback(constant_model("15", 0.6), threshold=0.7)
    assert quiet.candidates(sent, coder.finder, actors, taken) == []
    loud = fb.Fallback(constant_model("15", 0.6), threshold=0.5)
    (cand,) = loud.candidates(sent, coder.finder, actors, taken)
    assert cand.rule == "fallback:serenade" and cand.code == "150"
    never = fb.Fallback(constant_model("15", 0.4), threshold=0.0)  # "none" wins: nothing fires
    assert never.candidates(sent, coder.finder, actors, taken) == []


def test_never_fires_without_two_actors(coder):
    always = fb.Fallback(constant_model("15", 0.99), threshold=0.1)
    for text in ("The committee serenaded the new stadium.", "Norway serenaded a new stadium.",
                 "Officials said the plan serenaded nothing."):
        sent, actors, found = parse(coder, text)
        assert always.candidates(sent, coder.finder, actors, fb.taken_tokens(found)) == [], text


def test_fallback_events_reach_the_event_record(coder):
    c = Coder()
    c.finder = fb.FallbackFinder(c.finder, fb.Fallback(constant_model("15", 0.99), threshold=0.5))
    doc = Document("d", "Norway serenaded Chad with a folk song.", date(2024, 5, 2))
    ((_, events),) = list(c.code([doc]))
    (event,) = [e for e in events if e.rule.startswith("fallback:")]
    assert (event.source.country, event.target.country, event.cameo) == ("NOR", "TCD", "150")
    plain = list(coder.code([doc]))[0][1]
    assert not any(e.rule.startswith("fallback:") for e in plain)
