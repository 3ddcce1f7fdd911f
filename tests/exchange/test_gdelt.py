"""GDELT 2.0 events and mentions: column layout, FIPS geography, malformed rows, zip, re-import."""

import io
import zipfile

from allegiance.exchange import export_store, gdelt, import_paths
from allegiance.model import Actor, Document, Event, Location


def gdelt_row(**values) -> str:
    fields = [""] * 61
    for name, value in values.items():
        fields[gdelt.EVENT_COLUMNS.index(name)] = str(value)
    return "\t".join(fields)


def planted(event_id, day, src, src_country, tgt, tgt_country, code, goldstein="", quad="", **geo):
    return gdelt_row(GlobalEventID=event_id, Day=day, Actor1Code=src, Actor1Name=src,
                     Actor1CountryCode=src_country, Actor2Code=tgt, Actor2Name=tgt,
                     Actor2CountryCode=tgt_country, EventCode=code, GoldsteinScale=goldstein,
                     QuadClass=quad, SOURCEURL=f"https://news.example/{event_id}", **geo)


def test_layout_matches_the_codebook_positions():
    cols = gdelt.EVENT_COLUMNS
    assert len(cols) == 61 and len(gdelt.MENTION_COLUMNS) == 16
    assert (cols[0], cols[1], cols[5], cols[7], cols[12]) == (
        "GlobalEventID", "Day", "Actor1Code", "Actor1CountryCode", "Actor1Type1Code")
    assert (cols[26], cols[29], cols[30], cols[53], cols[56], cols[59], cols[60]) == (
        "EventCode", "QuadClass", "GoldsteinScale", "ActionGeo_CountryCode", "ActionGeo_Lat",
        "DATEADDED", "SOURCEURL")


def test_import_maps_actors_codes_and_fips_places(tmp_path, store):
    path = tmp_path / "20240305.export.CSV"
    path.write_text(planted(11, 20240305, "IRQGOV", "IRQ", "RUSGOV", "RUS", "036", 4.0, 1,
                            ActionGeo_Type=4, ActionGeo_FullName="Baghdad, Baghdad, Iraq",
                            ActionGeo_CountryCode="IZ", ActionGeo_Lat="33.34",
                            ActionGeo_Long="44.40") + "\n")
    summary = import_paths(store, [path])["gdelt"]
    assert (summary.imported, sum(summary.skipped.values())) == (1, 0)
    [event] = store.events()
    assert event["source"]["code"] == "IRQGOV" and event["source"]["country"] == "IRQ"
    assert event["source"]["sector"] == "GOV" and event["target"]["country"] == "RUS"
    assert (event["cameo"], event["cameo_name"], event["plover"]) == (
        "036", "Express intent to meet or negotiate", "AGREE")
    assert event["event_date"] == "2024-03-05" and event["modality"] == "asserted"
    assert event["rule"] == "import:gdelt" and event["sentence"] == "https://news.example/11"
    assert event["location"]["country"] == "IRQ"  # FIPS IZ, not ISO IRQ's look-alike
    assert event["location"]["lat"] == 33.34


def test_missing_goldstein_and_quad_come_from_the_ontology(tmp_path, store):
    path = tmp_path / "g.tsv"
    path.write_text(planted(12, 20240301, "USA", "USA", "IRN", "IRN", "163") + "\n")
    import_paths(store, [path], "gdelt")
    [event] = store.events()
    assert event["goldstein"] == -8.0 and event["quad_class"] == 4


def test_malformed_rows_are_skipped_and_counted_by_reason(tmp_path, store):
    good = planted(1, 20240301, "IRQ", "IRQ", "RUS", "RUS", "042")
    rows = [
        good,
        "\t".join(good.split("\t")[:57]),  # a GDELT 1.0-length row
        planted(2, 20241345, "IRQ", "IRQ", "RUS", "RUS", "042"),  # month 13
        planted(3, 20240301, "IRQ", "IRQ", "RUS", "RUS", "999"),  # no such CAMEO code
        planted(4, 20240301, "IRQ", "IRQ", "RUS", "RUS", "X"),
    ]
    path = tmp_path / "bad.CSV"
    path.write_text("\n".join(rows) + "\n")
    summary = import_paths(store, [path], "gdelt")["gdelt"]
    assert summary.rows == 5 and summary.imported == 1
    assert dict(summary.skipped) == {"wrong column count": 1, "bad date": 1, "unknown CAMEO code": 2}
    assert "4 skipped" in summary.line() and "bad date" in summary.line()
    assert store.count_events() == 1


def test_zip_members_chunks_and_idempotent_reimport(tmp_path, store):
    rows = [planted(i, 20240301 + i, "IRQ", "IRQ", "RUS", "RUS", "051") for i in range(5)]
    archive = tmp_path / "gdelt.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.export.CSV", "\n".join(rows[:3]) + "\n")
        z.writestr("b.export.CSV", "\n".join(rows[3:]) + "\n")
    first = import_paths(store, [archive], "gdelt", chunk_rows=2)["gdelt"]
    assert first.files == 2 and first.imported == 5 and first.chunks["added"] == 3
    assert {d["doc_id"] for d in store.documents()} == {
        "import:gdelt:gdelt.zip/a.export.CSV:1", "import:gdelt:gdelt.zip/a.export.CSV:2",
        "import:gdelt:gdelt.zip/b.export.CSV:1"}
    again = import_paths(store, [archive], "gdelt", chunk_rows=2)["gdelt"]
    assert again.chunks == {"unchanged": 3} and store.count_events() == 5


def test_changed_file_replaces_only_its_changed_chunk(tmp_path, store):
    path = tmp_path / "g.CSV"
    rows = [planted(i, 20240301, "IRQ", "IRQ", "RUS", "RUS", "051") for i in range(4)]
    path.write_text("\n".join(rows) + "\n")
    import_paths(store, [path], "gdelt", chunk_rows=2)
    rows[3] = planted(3, 20240301, "IRQ", "IRQ", "USA", "USA", "111")
    path.write_text("\n".join(rows) + "\n")
    summary = import_paths(store, [path], "gdelt", chunk_rows=2)["gdelt"]
    assert summary.chunks == {"unchanged": 1, "replaced": 1}
    targets = store._con.execute("SELECT target_country FROM events ORDER BY 1").fetchall()
    assert [t for (t,) in targets] == ["RUS", "RUS", "RUS", "USA"]


def _stored_event(store):
    event = Event(
        doc_id="d", sentence_index=0, sentence="Iraq hosted Russia's foreign minister in Baghdad.",
        source=Actor("Iraq", "IRQGOV", "IRQ", "GOV", "Iraq"),
        target=Actor("the United Nations", "IGOUNO", None, None, "United Nations"),
        cameo="043", cameo_root="04", cameo_name="Host a visit", plover="CONSULT",
        plover_mode="host", goldstein=2.8, quad_class=1, modality="asserted",
        event_date="2024-02-10", date_precision="day",
        location=Location("Baghdad", "IRQ", "Baghdad", 33.34, 44.4), quote=None,
        confidence=0.9, rule="verb:host", char_start=0, char_end=11)
    store.add(Document(id="d", text="text of d", url="https://wire.example/d"), [event])


def test_export_writes_61_columns_with_fips_places(store):
    _stored_event(store)
    out = io.StringIO()
    assert export_store(store, "gdelt", out) == 1
    fields = out.getvalue().rstrip("\n").split("\t")
    assert len(fields) == 61
    row = dict(zip(gdelt.EVENT_COLUMNS, fields))
    assert (row["Day"], row["MonthYear"], row["Year"]) == ("20240210", "202402", "2024")
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("IRQGOV", "IRQ", "GOV")
    assert (row["Actor2Code"], row["Actor2KnownGroupCode"], row["Actor2Type1Code"]) == ("IGOUNO", "UNO", "IGO")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("043", "043", "04")
    assert row["ActionGeo_CountryCode"] == "IZ" and row["ActionGeo_Lat"] == "33.34"
    assert row["SOURCEURL"] == "https://wire.example/d"


def test_mentions_share_the_event_ids(store):
    _stored_event(store)
    events, mentions = io.StringIO(), io.StringIO()
    export_store(store, "gdelt", events)
    export_store(store, "gdelt-mentions", mentions)
    mention = mentions.getvalue().rstrip("\n").split("\t")
    assert len(mention) == 16
    assert mention[0] == events.getvalue().split("\t")[0]
    assert mention[5] == "https://wire.example/d" and mention[6] == "1"  # sentence 1-based
