"""ICEWS: country names and sector words to codes, header handling, malformed rows, export."""

import io
import zipfile

from allegiance.exchange import export_store, icews, import_paths
from allegiance.model import Actor, Document, Event, Location

HEADER = "\t".join(icews.COLUMNS)


def icews_row(**values) -> str:
    fields = [""] * 20
    for name, value in values.items():
        fields[icews.COLUMNS.index(name.replace("_", " "))] = str(value)
    return "\t".join(fields)


def write(path, *rows, header=True):
    path.write_text("\n".join(([HEADER] if header else []) + list(rows)) + "\n", encoding="utf-8")
    return path


def test_header_is_the_twenty_standard_columns():
    assert len(icews.COLUMNS) == 20
    assert icews.COLUMNS[:3] == ["Event ID", "Event Date", "Source Name"]
    assert icews.COLUMNS[6:8] == ["CAMEO Code", "Intensity"] and icews.COLUMNS[-2:] == ["Latitude", "Longitude"]


def test_names_and_sectors_become_codes(tmp_path, store):
    path = write(tmp_path / "events.2019.tab", icews_row(
        Event_ID=501, Event_Date="2019-06-02", Source_Name="Russian Federation",
        Source_Country="Russian Federation", Event_Text="Provide military aid", CAMEO_Code="72",
        Intensity="8.3", Target_Name="Armed forces of Iraq", Target_Sectors="Military,Government",
        Target_Country="Iraq", Publisher="Wire", City="Baghdad", Country="Iraq",
        Latitude="33.34", Longitude="44.4"))
    summary = import_paths(store, [path])["icews"]
    assert summary.imported == 1
    [event] = store.events()
    assert event["source"]["code"] == "RUS" and event["source"]["country"] == "RUS"
    assert event["target"]["code"] == "IRQMIL" and event["target"]["sector"] == "MIL"
    assert event["cameo"] == "072"  # a leading zero lost by a spreadsheet is restored
    assert event["goldstein"] == 8.3 and event["quad_class"] == 2
    assert event["sentence"] == "Provide military aid" and event["rule"] == "import:icews"
    assert event["location"] == {"text": "Baghdad", "country": "IRQ", "name": "Baghdad",
                                 "lat": 33.34, "lon": 44.4}


def test_organisations_keep_their_own_code(tmp_path, store):
    path = write(tmp_path / "e.tab", icews_row(
        Event_ID=1, Event_Date="2019-06-02", Source_Name="United Nations", CAMEO_Code="051",
        Target_Name="Iraq", Target_Country="Iraq"))
    import_paths(store, [path], "icews")
    [event] = store.events()
    assert event["source"]["code"] == "IGOUNO" and event["source"]["country"] is None


def test_unknown_country_is_kept_without_a_country_and_reported(tmp_path, store):
    path = write(tmp_path / "e.tab", icews_row(
        Event_ID=1, Event_Date="2019-06-02", Source_Name="Atlantis", Source_Country="Atlantis",
        CAMEO_Code="042", Target_Name="Iraq", Target_Country="Iraq"))
    summary = import_paths(store, [path], "icews")["icews"]
    assert summary.imported == 1 and summary.unmapped["country name Atlantis"] == 1
    assert store.events()[0]["source"]["country"] is None


def test_malformed_rows_in_a_zip_are_counted(tmp_path, store):
    good = icews_row(Event_ID=1, Event_Date="2019-06-02", Source_Country="Iran", Source_Name="Iran",
                     CAMEO_Code="036", Target_Country="Iraq", Target_Name="Iraq")
    broken_text = good.split("\t")[:5]  # an Event Text with a line break splits the row in two
    rows = [
        good,
        "\t".join(broken_text),
        icews_row(Event_ID=2, Event_Date="2019-02-30", Source_Country="Iran", CAMEO_Code="036"),
        icews_row(Event_ID=3, Event_Date="2019-06-03", Source_Country="Iran", CAMEO_Code="0000"),
        icews_row(Event_ID=4, Event_Date="2019/06/04", Source_Country="Iran", Source_Name="Iran",
                  CAMEO_Code="042", Target_Country="Iraq", Target_Name="Iraq"),
    ]
    archive = tmp_path / "icews.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("events.2019.tab", "\n".join([HEADER, *rows]) + "\n")
    summary = import_paths(store, [archive])["icews"]
    assert summary.imported == 2
    assert dict(summary.skipped) == {"wrong column count": 1, "bad date": 1, "unknown CAMEO code": 1}
    assert sorted(e["event_date"] for e in store.events()) == ["2019-06-02", "2019-06-04"]


def test_a_file_without_header_is_read_with_the_standard_columns(tmp_path, store):
    path = write(tmp_path / "e.tab", icews_row(
        Event_ID=1, Event_Date="2019-06-02", Source_Name="Iran", Source_Country="Iran",
        CAMEO_Code="042", Target_Name="Iraq", Target_Country="Iraq"), header=False)
    assert import_paths(store, [path], "icews")["icews"].imported == 1


def test_export_names_countries_and_sectors_in_words(store):
    event = Event(
        doc_id="d", sentence_index=2, sentence="Turkish police detained Syrian smugglers.",
        source=Actor("Turkish police", "TURCOP", "TUR", "COP", "Türkiye"),
        target=Actor("Syrian smugglers", "SYRCRM", "SYR", "CRM", "Syria"),
        cameo="173", cameo_root="17", cameo_name="Arrest, detain, or charge with legal action",
        plover="COERCE", plover_mode="arrest", goldstein=-5.0, quad_class=4, modality="asserted",
        event_date="2023-11-20", date_precision="day",
        location=Location("Gaziantep", "TUR", "Gaziantep", 37.07, 37.38), quote=None,
        confidence=0.8, rule="verb:detain", char_start=5, char_end=20)
    store.add(Document(id="d", text="text", outlet="Daily Example"), [event])
    out = io.StringIO()
    export_store(store, "icews", out)
    header, line = out.getvalue().splitlines()
    assert header == HEADER
    row = dict(zip(icews.COLUMNS, line.split("\t")))
    assert (row["Source Country"], row["Source Sectors"]) == ("Türkiye", "Police")
    assert (row["Target Country"], row["Target Sectors"]) == ("Syria", "Criminals")
    assert (row["CAMEO Code"], row["Intensity"], row["Event Date"]) == ("173", "-5", "2023-11-20")
    assert (row["City"], row["Country"], row["Sentence Number"], row["Publisher"]) == (
        "Gaziantep", "Türkiye", "3", "Daily Example")
