"""PLOVER JSON: one object per event with the spec's core fields; bad lines are counted."""

import io
import json

from allegiance.exchange import export_store, import_paths
from allegiance.model import Actor, Document, Event, Location


def _event(**changes) -> Event:
    values = {
        "doc_id": "d", "sentence_index": 1, "sentence": "Qatar mediated talks between Sudan's army and the RSF.",
        "source": Actor("Qatar", "QAT", "QAT", None, "Qatar"),
        "target": Actor("Sudan's army", "SDNMIL", "SDN", "MIL", "Sudan"),
        "cameo": "045", "cameo_root": "04", "cameo_name": "Mediate", "plover": "CONSULT",
        "plover_mode": "mediate", "goldstein": 5.0, "quad_class": 1, "modality": "asserted",
        "event_date": "2023-05-07", "date_precision": "day",
        "location": Location("Doha", "QAT", "Doha", 25.29, 51.53), "quote": None,
        "confidence": 0.85, "rule": "verb:mediate", "char_start": 3, "char_end": 40}
    values.update(changes)
    return Event(**values)


def test_export_has_the_plover_core_fields(store):
    store.add(Document(id="d", text="t", url="https://example.net/d"), [_event()])
    out = io.StringIO()
    assert export_store(store, "plover", out) == 1
    obj = json.loads(out.getvalue())
    assert (obj["event_type"], obj["mode"], obj["date"]) == ("CONSULT", "mediate", "2023-05-07")
    assert obj["actor"]["country"] == "QAT" and obj["recipient"]["sector"] == "MIL"
    assert obj["location"]["placename"] == "Doha" and obj["location"]["lat"] == 25.29
    assert obj["cameo"] == "045" and obj["intensity"] == 5.0
    assert obj["source"]["sentence"].startswith("Qatar mediated")


def test_unasserted_events_are_left_out_unless_asked(store):
    store.add(Document(id="d", text="t"), [_event(), _event(sentence_index=2, modality="hypothetical")])
    assert export_store(store, "plover", io.StringIO()) == 1
    out = io.StringIO()
    assert export_store(store, "plover", out, modality=None) == 2
    assert {json.loads(line)["modality"] for line in out.getvalue().splitlines()} == {"asserted", "hypothetical"}


def test_import_reads_foreign_plover_and_counts_bad_lines(tmp_path, store):
    path = tmp_path / "events.jsonl"
    foreign = {"id": "x1", "date": "2022-10-01", "event_type": "PROTEST", "mode": "demonstrate",
               "actor": {"name": "Iranian protesters", "country": "IRN", "sector": "OPP"},
               "recipient": {"name": "Iran", "country": "IRN"}}
    path.write_text(json.dumps(foreign) + "\n{not json\n" + json.dumps({**foreign, "date": "soon"}) + "\n")
    summary = import_paths(store, [path])["plover"]
    assert summary.imported == 1 and dict(summary.skipped) == {"bad JSON": 1, "bad date": 1}
    [event] = store.events()
    assert (event["cameo"], event["plover"], event["plover_mode"]) == ("141", "PROTEST", "demonstrate")
    assert event["source"]["code"] == "IRNOPP"
