"""The store keeps each document once, swaps changed documents whole, and migrates old files."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from allegiance.model import Actor, Document, Event, Location, Quote
from allegiance.store import SchemaError, Store
from allegiance.store.schema import MIGRATIONS

NEXT = MIGRATIONS[-1][0] + 1  # a schema version this allegiance does not know yet

IRQ_GOV = Actor("Baghdad", code="IRQGOV", country="IRQ", sector="GOV", name="Government of Iraq")
RUS_GOV = Actor("Moscow", code="RUSGOV", country="RUS", sector="GOV", name="Government of Russia")


def make_event(doc_id: str = "d1", **over) -> Event:
    """A plausible coded event; tests override only what they care about."""
    fields = dict(
        doc_id=doc_id,
        sentence_index=0,
        sentence="Baghdad praised Moscow for its help.",
        source=IRQ_GOV,
        target=RUS_GOV,
        cameo="051",
        cameo_root="05",
        cameo_name="Praise or endorse",
        plover="SUPPORT",
        plover_mode=None,
        goldstein=3.4,
        quad_class=1,
        modality="asserted",
        event_date="2024-03-14",
        date_precision="day",
        location=None,
        quote=None,
        confidence=0.8,
        rule="verb:praise",
        char_start=0,
        char_end=36,
        predicate="praise",
    )
    fields.update(over)
    return Event(**fields)


def make_doc(doc_id="d1", text="Baghdad praised Moscow for its help.", **over) -> Document:
    return Document(
        id=doc_id, text=text, date=date(2024, 3, 15), title="A test", outlet="Test Wire", **over
    )


def test_adding_the_same_document_twice_changes_nothing(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        assert store.add(make_doc(), [make_event()]) == "added"
        assert store.add(make_doc(), [make_event(), make_event(sentence_index=1)]) == "unchanged"
        assert store.count_documents() == 1
        assert store.count_events() == 1


def test_changed_text_replaces_old_events(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.add(make_doc(), [make_event(), make_event(sentence_index=1, cameo="036")])
        new_text = "Baghdad condemned Moscow."
        outcome = store.add(
            make_doc(text=new_text),
            [make_event(sentence=new_text, cameo="122", goldstein=-2.0, quad_class=3)],
        )
        assert outcome == "replaced"
        events = store.events()
        assert [e["cameo"] for e in events] == ["122"]
        assert store.count_documents() == 1
        assert store.document_text("d1") == new_text
        assert store.documents()[0]["n_events"] == 1


def test_failed_add_leaves_nothing_behind(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.add(make_doc(), [make_event()])
        broken = make_event(sentence=None)  # violates NOT NULL on sentence
        with pytest.raises(duckdb.Error):
            store.add(make_doc(text="Baghdad thanked Moscow."), [broken])
        # The old version of the document and its event are still there, untouched.
        assert store.document_text("d1") == "Baghdad praised Moscow for its help."
        assert store.count_events() == 1


def test_schema_version_recorded_and_data_survive_reopen(tmp_path):
    path = tmp_path / "a.duckdb"
    with Store(path) as store:
        assert store.schema_version == MIGRATIONS[-1][0]
        store.add(make_doc(), [make_event()])
    with Store(path) as store:
        assert store.schema_version == MIGRATIONS[-1][0]
        assert store.count_documents() == 1
        assert store.events()[0]["sentence"] == "Baghdad praised Moscow for its help."


def test_older_file_gets_missing_migrations(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:  # written at the current version
        store.add(make_doc(), [make_event()])
    newer = MIGRATIONS + [(NEXT, ["ALTER TABLE documents ADD COLUMN language TEXT"])]
    with Store(path, migrations=newer) as store:
        assert store.schema_version == NEXT
        assert store.count_events() == 1
        cols = [r[0] for r in store._con.execute("DESCRIBE documents").fetchall()]
        assert "language" in cols


def test_version_zero_file_is_initialised(tmp_path):
    path = tmp_path / "empty.duckdb"
    duckdb.connect(str(path)).close()  # a DuckDB file with no allegiance tables yet
    with Store(path) as store:
        assert store.schema_version == MIGRATIONS[-1][0]
        assert store.add(make_doc(), []) == "added"


def test_newer_file_is_refused_with_clear_error(tmp_path):
    path = tmp_path / "new.duckdb"
    newer = MIGRATIONS + [(NEXT, ["ALTER TABLE documents ADD COLUMN language TEXT"])]
    Store(path, migrations=newer).close()
    with pytest.raises(SchemaError, match=f"version {NEXT}"):
        Store(path)


def test_events_round_trip_as_event_records(tmp_path):
    speaker = Actor(text="Lavrov", code="RUSGOV", country="RUS", sector="GOV", name="Sergei Lavrov")
    event = make_event(
        sentence="«Москва поддерживает Багдад», said Lavrov in Arbīl.",
        location=Location(text="Arbīl", country="IRQ", name="Erbil", lat=36.19, lon=44.01),
        quote=Quote(text="Москва поддерживает Багдад", speaker=speaker),
        source=RUS_GOV,
        target=IRQ_GOV,
        plover_mode="verbal",
        extra={"note": "ignored in the record"},
    )
    with Store(tmp_path / "a.duckdb") as store:
        store.add(make_doc(), [event])
        [back] = store.events()
    expected = event.to_dict()
    assert {k: back[k] for k in expected} == expected
    assert back["published"] == "2024-03-15"
    assert len(back["event_id"]) == 32


def test_null_actor_round_trips_as_none(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.add(make_doc(), [make_event(target=None)])
        assert store.events()[0]["target"] is None


def test_event_ids_are_deterministic(tmp_path):
    ids = []
    for name in ("a", "b"):
        with Store(tmp_path / f"{name}.duckdb") as store:
            store.add(make_doc(), [make_event(), make_event(sentence_index=2)])
            ids.append([e["event_id"] for e in store.events()])
    assert ids[0] == ids[1]
    assert len(set(ids[0])) == 2


def test_event_filters(tmp_path):
    usa = Actor(text="Washington", code="USAGOV", country="USA", sector="GOV")
    with Store(tmp_path / "a.duckdb") as store:
        store.add(make_doc(), [
            make_event(),
            make_event(sentence_index=1, target=usa, modality="historical"),
            make_event(sentence_index=2, source=usa, target=RUS_GOV),
        ])  # fmt: skip
        store.add(make_doc("d2", text="Another text."), [make_event("d2")])
        assert len(store.events(dedup=False)) == 4  # d2 repeats d1's first event: every mention
        assert len(store.events("USA")) == 2
        assert len(store.events("irq", dedup=False)) == 3
        assert len(store.events("IRQ", modality="historical")) == 1
        assert len(store.events(doc_id="d2")) == 1
        assert store.events(doc_id="d2")[0]["doc_id"] == "d2"


def test_actors_are_upserted(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.add(make_doc(), [make_event()])
        unnamed = Actor("Iraq", "IRQGOV", "IRQ", "GOV")
        store.add(make_doc("d2", text="x"), [make_event("d2", source=unnamed)])
        actors = {a["code"]: a for a in store.actors()}
        assert set(actors) == {"IRQGOV", "RUSGOV"}
        assert actors["IRQGOV"]["name"] == "Government of Iraq"  # a blank name does not erase


def test_add_many_counts_outcomes(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        pairs = [(make_doc(f"d{i}", text=f"text {i}"), [make_event(f"d{i}")]) for i in range(5)]
        assert store.add_many(pairs, batch_size=2) == {"added": 5, "unchanged": 0, "replaced": 0}
        again = pairs[:3] + [(make_doc("d4", text="new text"), [])]
        assert store.add_many(again) == {"added": 0, "unchanged": 3, "replaced": 1}
        assert store.count_documents() == 5
        assert store.count_events() == 4


def test_add_many_handles_repeats_inside_one_batch(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.add(make_doc("old", text="first text"), [make_event("old")])
        batch = [
            (make_doc("a", text="alpha"), [make_event("a")]),
            (make_doc("a", text="alpha"), [make_event("a")]),  # exact repeat
            (make_doc("old", text="second text"), [make_event("old", sentence_index=1)]),
            (make_doc("b", text="first text"), [make_event("b")]),  # text freed by the replace
        ]
        assert store.add_many(batch) == {"added": 2, "unchanged": 1, "replaced": 1}
        assert {d["doc_id"] for d in store.documents()} == {"a", "b", "old"}
        assert store.document_text("old") == "second text"
        assert [e["sentence_index"] for e in store.events(doc_id="old")] == [1]
        assert store.count_events() == 3
