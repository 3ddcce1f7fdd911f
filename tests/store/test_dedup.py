"""Syndicated copies become one story; one real event reported many times is counted once."""

from __future__ import annotations

from datetime import date

import duckdb

from allegiance.analysis.alignment import report
from allegiance.model import Actor, Document, Event
from allegiance.store import Store
from allegiance.store.dedup import shingles, signature, similarity
from allegiance.store.schema import MIGRATIONS

IRQ = Actor("Baghdad", code="IRQGOV", country="IRQ", sector="GOV")
RUS = Actor("Moscow", code="RUSGOV", country="RUS", sector="GOV")
TUR = Actor("Ankara", code="TURGOV", country="TUR", sector="GOV")

# A wire story of a plausible length, written for this test.
WIRE = """\
By Maria Lindqvist

Iraq and Russia signed an agreement on Tuesday to expand cooperation on oil exploration in the
southern provinces, officials in Baghdad said after a meeting of the joint economic commission.
The deal covers three fields near Basra and commits Russian firms to train Iraqi engineers over
the next five years. Iraq's oil minister told reporters that the partnership would raise output
without adding to the national debt, and that payment would be made partly in crude.
Russian diplomats described the talks as constructive and said further meetings were planned for
the autumn. Analysts in the region said the agreement reflected a broader effort by Baghdad to
balance its ties with Washington, Moscow and Beijing, while keeping its own budget under control.
Opposition members of parliament asked for the contract terms to be published in full before any
drilling begins, and a vote on the matter is expected later this month in the capital.

The commission also discussed electricity supplies for the summer, when demand in Baghdad and
Basra regularly outstrips what the grid can deliver. Iraqi officials said Russian companies had
offered to repair two power stations damaged years ago, but no contract was signed on that point.
Trade between the two countries has grown steadily, according to figures released by the
planning ministry, although it remains far smaller than Iraq's trade with its neighbours.
"""

SYNDICATED = WIRE.replace("By Maria Lindqvist", "By Staff and Agencies").replace(
    "Russian diplomats described the talks as constructive",
    "Diplomats from Moscow called the discussions useful",
)

OTHER = """\
Turkey closed two border crossings with Syria on Friday after heavy shelling near the frontier
town, the interior ministry in Ankara announced. Aid agencies warned that thousands of families
were waiting on the Syrian side with little food and no shelter as temperatures dropped. The
ministry said the crossings would reopen once the army judged the area safe, but gave no date.
"""


def doc(doc_id: str, text: str, outlet: str, day: date = date(2024, 3, 12)) -> Document:
    return Document(id=doc_id, text=text, date=day, outlet=outlet)


def event(doc_id: str, sentence_index: int = 0, *, day: str | None = "2024-03-12",
          source=IRQ, target=RUS, cameo="057", root="05", modality="asserted") -> Event:
    return Event(
        doc_id=doc_id, sentence_index=sentence_index, sentence="Iraq and Russia signed an agreement.",
        source=source, target=target, cameo=cameo, cameo_root=root, cameo_name="Sign agreement",
        plover="AGREE", plover_mode=None, goldstein=8.0, quad_class=1, modality=modality,
        event_date=day, date_precision="day" if day else "publication", location=None, quote=None,
        confidence=0.9, rule="verb:sign", char_start=sentence_index * 10, char_end=sentence_index * 10 + 5,
        predicate="sign",
    )  # fmt: skip


def story_of(store: Store, doc_id: str) -> str:
    return {d["doc_id"]: d["story_id"] for d in store.documents()}[doc_id]


def test_signatures_estimate_similarity():
    assert similarity(signature(WIRE), signature(SYNDICATED)) >= 0.8
    assert similarity(signature(WIRE), signature(OTHER)) < 0.2
    assert shingles("too short") == {b"too short"}


def test_syndicated_copy_joins_the_story_and_a_different_story_does_not(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        assert store.add(doc("wire", WIRE, "Wire Agency"), []) == "added"
        assert store.add(doc("copy", SYNDICATED, "Daily Paper"), []) == "added"
        assert store.add(doc("other", OTHER, "Wire Agency"), []) == "added"
        assert story_of(store, "copy") == story_of(store, "wire")
        assert story_of(store, "other") != story_of(store, "wire")
        assert store.near_copies == 1
        stories = {s["story_id"]: s for s in store.stories()}
        assert stories[story_of(store, "wire")]["n_documents"] == 2
        assert stories[story_of(store, "wire")]["n_sources"] == 2


def test_stories_are_found_after_reopening_the_file(tmp_path):
    path = tmp_path / "a.duckdb"
    with Store(path) as store:
        store.add(doc("wire", WIRE, "Wire Agency"), [])
    with Store(path) as store:  # the LSH index is rebuilt from the stored signatures
        store.add(doc("copy", SYNDICATED, "Daily Paper"), [])
        assert story_of(store, "copy") == story_of(store, "wire")


def test_copies_in_one_batch_share_a_story(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.add_many([(doc("wire", WIRE, "A"), []), (doc("copy", SYNDICATED, "B"), [])])
        assert story_of(store, "copy") == story_of(store, "wire")


def test_one_event_reported_by_copies_is_counted_once(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.add(doc("wire", WIRE, "Wire Agency"), [event("wire")])
        store.add(doc("copy", SYNDICATED, "Daily Paper"), [event("copy", day="2024-03-13")])
        store.add(doc("late", OTHER, "Weekly"), [event("late", day="2024-03-20")])  # a week on
        assert store.count_events() == 3
        assert len(store.events(dedup=False)) == 3
        rows = store.events()
        assert [(r["doc_id"], r["n_mentions"], r["n_sources"]) for r in rows] == [
            ("wire", 2, 2), ("late", 1, 1)]
        groups = store.event_groups()
        assert sorted(g["n_mentions"] for g in groups) == [1, 2]
        # The alignment report sees two agreements, not three.
        [partner] = report(store, "IRQ").partners
        assert partner.partner == "RUS" and partner.n == 2


def test_two_events_in_one_article_stay_two_and_copies_map_one_to_one(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.add(doc("wire", WIRE, "A"), [event("wire", 0), event("wire", 3)])
        store.add(doc("copy", SYNDICATED, "B"), [event("copy", 0), event("copy", 3)])
        rows = store.events()
        assert len(rows) == 2 and all(r["n_mentions"] == 2 for r in rows)


def test_different_dyad_root_or_modality_are_different_events(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.add(doc("a", "first text", "A"), [event("a")])
        store.add(doc("b", "second text", "B"), [
            event("b", 0, target=TUR),
            event("b", 1, cameo="111", root="11"),
            event("b", 2, modality="negated"),
        ])  # fmt: skip
        assert len(store.events()) == 4


def test_undated_events_group_by_publication_date(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.add(doc("a", "first text", "A"), [event("a", day=None)])
        store.add(doc("b", "second text", "B", day=date(2024, 3, 14)), [event("b", day=None)])
        store.add(doc("c", "third text", "C", day=date(2024, 3, 20)), [event("c", day=None)])
        assert [r["n_mentions"] for r in store.events()] == [2, 1]


def test_replacing_a_document_keeps_groups_consistent(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.add(doc("wire", WIRE, "A"), [event("wire")])
        store.add(doc("copy", SYNDICATED, "B"), [event("copy")])
        assert store.add(doc("copy", OTHER, "B"), []) == "replaced"  # the copy was corrected
        assert story_of(store, "copy") != story_of(store, "wire")
        [row] = store.events()
        assert row["n_mentions"] == 1


def test_version_one_file_is_upgraded_with_stories_and_groups(tmp_path):
    path = tmp_path / "old.duckdb"
    Store(path, migrations=MIGRATIONS[:1]).close()
    con = duckdb.connect(str(path))
    con.execute(
        "INSERT INTO documents (doc_id, content_hash, text, n_events, ingested_at, outlet)"
        " VALUES ('wire', 'h1', ?, 1, now()::TIMESTAMP, 'A')", [WIRE])
    con.execute(
        "INSERT INTO events (event_id, doc_id, sentence_index, sentence, cameo, modality)"
        " VALUES ('e1', 'wire', 0, 'Iraq and Russia signed.', '057', 'asserted')")
    con.close()
    with Store(path) as store:
        assert store.events()[0]["group_id"] == "e1"
        store.add(doc("copy", SYNDICATED, "B"), [])
        assert story_of(store, "copy") == story_of(store, "wire") == "h1"
