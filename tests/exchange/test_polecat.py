"""POLECAT: PLOVER types to representative CAMEO codes, intensity, quad labels, 40 columns."""

import io

from allegiance.exchange import export_store, import_paths, polecat
from allegiance.exchange.common import plover_to_cameo
from allegiance.model import Actor, Document, Event

HEADER = "\t".join(polecat.COLUMNS)


def polecat_row(**values) -> str:
    fields = [""] * 40
    for name, value in values.items():
        fields[polecat.COLUMNS.index(name.replace("_", " "))] = str(value)
    return "\t".join(fields)


def test_forty_columns_in_the_expected_places():
    cols = polecat.COLUMNS
    assert len(cols) == 40
    assert cols[:4] == ["Event ID", "Event Date", "Event Type", "Event Mode"]
    assert cols[7:9] == ["Actor Name", "Actor Country"] and cols[15:17] == ["Recipient Name", "Recipient Country"]


def test_every_plover_type_has_a_representative_cameo_code():
    from allegiance.ontology import cameo

    for plover in cameo.plover_types():
        code = cameo.get(plover_to_cameo(plover, None))
        assert code.plover == plover
    assert plover_to_cameo("ASSAULT", "aerial") == "195"
    assert plover_to_cameo("CONSULT", "no-such-mode") == "040"


def test_import_keeps_plover_type_mode_and_intensity(tmp_path, store):
    path = tmp_path / "ngecEvents.20230301.txt"
    path.write_text("\n".join([HEADER, polecat_row(
        Event_ID="p1", Event_Date="2023-03-01", Event_Type="ASSAULT", Event_Mode="aerial",
        Event_Intensity="-9", Quad_Code="MATERIAL CONFLICT", Actor_Name="Türkiye",
        Actor_Country="TUR", Primary_Actor_Sector="MIL", Recipient_Name="Syria",
        Recipient_Country="SYR", Placename="Qamishli", Country="SYR", Latitude="37.05",
        Longitude="41.22")]) + "\n", encoding="utf-8")
    summary = import_paths(store, [path])["polecat"]
    assert summary.imported == 1
    [event] = store.events()
    assert (event["plover"], event["plover_mode"], event["cameo"]) == ("ASSAULT", "aerial", "195")
    assert event["goldstein"] == -9.0 and event["quad_class"] == 4
    assert event["source"]["code"] == "TURMIL" and event["target"]["code"] == "SYR"
    assert event["location"]["name"] == "Qamishli" and event["location"]["country"] == "SYR"


def test_missing_intensity_falls_back_to_the_representative_code(tmp_path, store):
    path = tmp_path / "p.txt"
    path.write_text("\n".join([HEADER, polecat_row(
        Event_ID="p2", Event_Date="2023-03-02", Event_Type="CONSULT", Actor_Country="IRQ",
        Actor_Name="Iraq", Recipient_Country="IRN", Recipient_Name="Iran")]) + "\n")
    import_paths(store, [path], "polecat")
    [event] = store.events()
    assert event["cameo"] == "040" and event["goldstein"] == 1.0 and event["quad_class"] == 1


def test_unknown_types_and_bad_dates_are_skipped(tmp_path, store):
    path = tmp_path / "p.txt"
    path.write_text("\n".join([
        HEADER,
        polecat_row(Event_ID="a", Event_Date="2023-03-02", Event_Type="GOSSIP", Actor_Country="IRQ"),
        polecat_row(Event_ID="b", Event_Date="yesterday", Event_Type="AID", Actor_Country="IRQ"),
        "only\ttwo",
        polecat_row(Event_ID="c", Event_Date="2023-03-02", Event_Type="aid", Actor_Country="IRQ",
                    Recipient_Country="LBN"),
    ]) + "\n")
    summary = import_paths(store, [path], "polecat")["polecat"]
    assert summary.imported == 1
    assert dict(summary.skipped) == {"unknown PLOVER event type": 1, "bad date": 1, "wrong column count": 1}


def test_export_writes_plover_fields(store):
    event = Event(
        doc_id="d", sentence_index=0, sentence="Egypt urged Israel to allow aid into Gaza.",
        source=Actor("Egypt", "EGY", "EGY", None, "Egypt"),
        target=Actor("Israel", "ISR", "ISR", None, "Israel"),
        cameo="023", cameo_root="02", cameo_name="Appeal for aid, not specified below",
        plover="REQUEST", plover_mode="aid", goldstein=3.4, quad_class=1, modality="asserted",
        event_date="2024-01-09", date_precision="day", location=None, quote=None,
        confidence=0.9, rule="frame:urge", char_start=0, char_end=10)
    store.add(Document(id="d", text="t"), [event])
    out = io.StringIO()
    export_store(store, "polecat", out)
    header, line = out.getvalue().splitlines()
    assert header == HEADER
    row = dict(zip(polecat.COLUMNS, line.split("\t")))
    assert (row["Event Type"], row["Event Mode"], row["Quad Code"]) == ("REQUEST", "aid", "VERBAL COOPERATION")
    assert (row["Actor Country"], row["Recipient Country"], row["Event Intensity"]) == ("EGY", "ISR", "3.4")
