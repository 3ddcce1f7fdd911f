"""Partner alignment: the ranking a reader of `allegiance report` sees."""

from __future__ import annotations

from datetime import date

import pytest

from allegiance.analysis import partner_scores, report
from allegiance.analysis.alignment import build_report, excluded_counts
from allegiance.model import Actor, Document, Event
from allegiance.store import Store


def actor(country: str, sector: str = "GOV") -> Actor:
    return Actor(text=country.title(), code=country + sector, country=country, sector=sector)


def ev(src: str | None, tgt: str | None, goldstein: float, *, quad: int | None = None,
       modality: str = "asserted", i: int = 0, cameo: str = "051", doc_id: str = "d1") -> dict:
    """An event record between two countries (None = no actor on that side)."""
    if quad is None:
        quad = 1 if goldstein >= 0 else 3
    return Event(
        doc_id=doc_id, sentence_index=i, sentence=f"Sentence {i}: {src} and {tgt}.",
        source=actor(src) if src else None, target=actor(tgt) if tgt else None,
        cameo=cameo, cameo_root=cameo[:2], cameo_name=f"code {cameo}", plover="SUPPORT",
        plover_mode=None, goldstein=goldstein, quad_class=quad, modality=modality,
        event_date=None, date_precision=None, location=None, quote=None, confidence=0.7,
        rule="test", char_start=i * 10, char_end=i * 10 + 9,
    ).to_dict()  # fmt: skip


def test_many_praise_events_outrank_one_criticism():
    events = [ev("IRQ", "RUS", 3.4, i=i) for i in range(10)]
    events.append(ev("IRQ", "USA", -2.0, cameo="111", i=10))
    scores = partner_scores(events, "IRQ")
    assert [s.partner for s in scores] == ["RUS", "USA"]
    rus, usa = scores
    assert rus.score > 0 > usa.score
    assert rus.n == 10 and rus.goldstein_sum == pytest.approx(34.0)
    assert rus.score == pytest.approx(34.0 / (10 * 12))
    assert rus.quad_counts == {1: 10, 2: 0, 3: 0, 4: 0}
    assert usa.quad_counts[3] == 1


def test_events_in_either_direction_count():
    scores = partner_scores([ev("RUS", "IRQ", 5.0), ev("IRQ", "RUS", 5.0, i=1)], "irq")
    assert scores[0].partner == "RUS" and scores[0].n == 2


def test_prior_keeps_one_strong_event_from_dominating():
    events = [ev("IRQ", "IRN", 10.0)]
    events += [ev("IRQ", "TUR", 4.0, i=i) for i in range(1, 21)]
    scores = {s.partner: s for s in partner_scores(events, "IRQ")}
    # By the plain mean the single event would win...
    assert scores["IRN"].goldstein_mean > scores["TUR"].goldstein_mean
    # ...but twenty consistent events are stronger evidence of alignment.
    assert [s.partner for s in partner_scores(events, "IRQ")] == ["TUR", "IRN"]
    # Without the prior the lone event would come first again.
    assert partner_scores(events, "IRQ", prior=0)[0].partner == "IRN"


def test_score_stays_within_bounds():
    events = [ev("IRQ", "SYR", -10.0, quad=4, i=i) for i in range(50)]
    [syr] = partner_scores(events, "IRQ")
    assert -1.0 < syr.score < -0.9


def test_non_asserted_events_are_counted_but_not_scored():
    events = [
        ev("IRQ", "RUS", 3.0),
        ev("IRQ", "RUS", -9.0, modality="historical", i=1),
        ev("IRQ", "RUS", -9.0, modality="historical", i=2),
        ev("IRQ", "RUS", -9.0, modality="historical", i=3),
        ev("IRQ", "USA", -5.0, modality="hypothetical", i=4),
        ev("IRQ", "USA", -5.0, modality="negated", i=5),
    ]
    scores = partner_scores(events, "IRQ")
    assert [s.partner for s in scores] == ["RUS"]
    assert scores[0].n == 1 and scores[0].score > 0
    assert scores[0].excluded == {"historical": 3}
    assert excluded_counts(events, "IRQ") == {"historical": 3, "hypothetical": 1, "negated": 1}


def test_domestic_and_unknown_partners_are_ignored():
    events = [ev("IRQ", "IRQ", 5.0), ev("IRQ", None, 5.0, i=1), ev(None, "IRQ", 5.0, i=2),
              ev("USA", "RUS", -5.0, i=3)]  # fmt: skip
    assert partner_scores(events, "IRQ") == []
    rep = build_report(events, "IRQ")
    assert rep.total_events == 3 and rep.no_partner_events == 3 and rep.counted_events == 0


def test_evidence_is_the_strongest_events():
    values = [1.0, -8.0, 2.0, 7.0, 3.0]
    events = [ev("IRQ", "RUS", g, i=i) for i, g in enumerate(values)]
    [rus] = partner_scores(events, "IRQ")
    assert [e["goldstein"] for e in rus.evidence] == [-8.0, 7.0, 3.0]
    first = rus.evidence[0]
    assert first["sentence"] == "Sentence 1: IRQ and RUS."
    assert first["cameo"] == "051" and first["cameo_name"] == "code 051"
    assert first["doc_id"] == "d1"


def test_report_from_store(tmp_path):
    def event_obj(src, tgt, g, i, modality="asserted"):
        return Event(
            doc_id="d1", sentence_index=i, sentence=f"s{i}", source=actor(src), target=actor(tgt),
            cameo="051", cameo_root="05", cameo_name="Praise or endorse", plover="SUPPORT",
            plover_mode=None, goldstein=g, quad_class=1 if g >= 0 else 3, modality=modality,
            event_date=None, date_precision=None, location=None, quote=None, confidence=0.9,
            rule="t", char_start=i, char_end=i + 1,
        )  # fmt: skip

    with Store(tmp_path / "r.duckdb") as store:
        store.add(
            Document(id="d1", text="some text", date=date(2024, 1, 2)),
            [event_obj("IRQ", "RUS", 3.4, 0), event_obj("USA", "IRQ", -4.0, 1),
             event_obj("IRQ", "IRN", 6.0, 2, modality="future"), event_obj("USA", "RUS", 1.0, 3)],
        )  # fmt: skip
        rep = report(store, "IRQ")
    assert rep.country == "IRQ"
    assert [p.partner for p in rep.partners] == ["RUS", "USA"]
    assert rep.excluded == {"future": 1}
    assert rep.total_events == 3 and rep.counted_events == 2
    assert rep.partners[0].evidence[0]["published"] == "2024-01-02"  # for dating the evidence
    assert rep.to_dict()["partners"][0]["partner"] == "RUS"


def test_mirror_events_are_not_counted_twice():
    from allegiance.analysis.alignment import partner_scores

    visit = {"source": {"country": "IRQ"}, "target": {"country": "RUS"}, "modality": "asserted",
             "goldstein": 1.9, "quad_class": 1, "cameo": "042", "rule": "verb:visit/obj", "sentence": "s"}
    hosted = {**visit, "source": {"country": "RUS"}, "target": {"country": "IRQ"}, "cameo": "043",
              "goldstein": 2.8, "rule": "implied:verb:visit/obj"}
    scores = partner_scores([visit, hosted], "IRQ")
    assert scores[0].n == 1
