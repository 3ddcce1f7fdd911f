"""Export → import keeps every field both sides have; imported GDELT + ICEWS rows feed the report."""

from datetime import date

import pytest
from typer.testing import CliRunner

import allegiance.cli.exchange  # noqa: F401  (registers export and import)
from allegiance.analysis.alignment import report
from allegiance.api import code_text
from allegiance.cli.app import app
from allegiance.exchange import export_store, gdelt, icews, import_paths
from allegiance.model import Document
from allegiance.store import Store

TEXT = (
    "Russian President Vladimir Putin met Iraqi Prime Minister Mohammed Shia al-Sudani in Moscow.\n\n"
    "Iraq signed an oil agreement with Russia on Tuesday.\n\n"
    "The United States condemned Iraq for the decision.\n\n"
    "Iranian troops attacked Iraqi soldiers near the border.\n\n"
    "The United Nations praised Iraq."
)


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    path = tmp_path_factory.mktemp("rt") / "coded.duckdb"
    events = code_text(TEXT, date(2024, 3, 5), doc_id="wire-1")
    assert len(events) >= 4 and any(e.location for e in events)
    with Store(path) as store:
        store.add(Document(id="wire-1", text=TEXT, date=date(2024, 3, 5),
                           url="https://wire.example/1", outlet="Example Wire"), events)
    return path


def _actor(a, sector=True, code=True):
    if not a:
        return None
    return (a["country"], a["code"] if code else None, a["sector"] if sector else None, a["name"])


def _key(event, fmt):
    """The fields format `fmt` and the event record both have."""
    loc = event["location"]
    where = None if not loc else (loc["country"], loc["lat"], loc["lon"])
    return (
        event["event_date"],
        _actor(event["source"]), _actor(event["target"]),
        event["cameo"] if fmt != "polecat" else event["plover"],
        event["plover_mode"] if fmt in ("polecat", "plover") else None,
        event["goldstein"], event["quad_class"], where,
        event["sentence"] if fmt == "plover" else None,
    )


@pytest.mark.parametrize("fmt", ["gdelt", "icews", "polecat", "plover"])
def test_round_trip_keeps_shared_fields(coded, tmp_path, fmt):
    out = tmp_path / f"export.{fmt}"
    with Store(coded) as store:
        original = [e for e in store.events() if e["modality"] == "asserted"]
        with open(out, "w", encoding="utf-8") as handle:
            assert export_store(store, fmt, handle) == len(original)
    with Store(tmp_path / "back.duckdb") as back:
        summary = import_paths(back, [out])[fmt]  # the format is recognised from the file
        assert summary.imported == len(original) and not summary.skipped
        again = back.events()
    assert sorted(map(repr, (_key(e, fmt) for e in again))) == sorted(map(repr, (_key(e, fmt) for e in original)))
    assert all(e["rule"] == f"import:{fmt}" for e in again)


def _gdelt(event_id, day, src, tgt, code):
    fields = [""] * 61
    for name, value in {"GlobalEventID": event_id, "Day": day, "Actor1Code": src, "Actor1CountryCode": src[:3],
                            "Actor2Code": tgt, "Actor2CountryCode": tgt[:3], "EventCode": code,
                            "SOURCEURL": f"https://example.org/{event_id}"}.items():
        fields[gdelt.EVENT_COLUMNS.index(name)] = str(value)
    return "\t".join(fields)


def _icews(event_id, day, src, tgt, code):
    fields = dict.fromkeys(icews.COLUMNS, "")
    fields.update({"Event ID": event_id, "Event Date": day, "Source Name": src, "Source Country": src,
                   "Target Name": tgt, "Target Country": tgt, "CAMEO Code": code})
    return "\t".join(str(fields[c]) for c in icews.COLUMNS)


def planted_files(tmp_path):
    """Russia cooperates with Iraq, Iran talks with it, the United States works against it."""
    g = tmp_path / "20240310.export.CSV"
    g.write_text("\n".join([
        _gdelt(1, 20240301, "RUSGOV", "IRQGOV", "057"),   # sign agreement, +8
        _gdelt(2, 20240302, "IRQGOV", "RUSGOV", "042"),   # visit, +1.9
        _gdelt(3, 20240303, "USAGOV", "IRQGOV", "163"),   # sanctions, -8
        _gdelt(4, 20240304, "IRQMIL", "IRNMIL", "062"),   # military cooperation, +7.4
    ]) + "\n")
    i = tmp_path / "events.2024.tab"
    i.write_text("\n".join([
        "\t".join(icews.COLUMNS),
        _icews(11, "2024-03-11", "Russian Federation", "Iraq", "072"),   # military aid, +8.3
        _icews(12, "2024-03-12", "United States", "Iraq", "138"),        # threaten force, -7
        _icews(13, "2024-03-13", "Iraq", "Iran", "111"),                 # criticise, -2
        _icews(14, "2024-03-14", "Iraq", "United States", "112"),        # accuse, -2
    ]) + "\n")
    return g, i


def test_gdelt_and_icews_imports_feed_the_alignment_report(tmp_path, store):
    summaries = import_paths(store, planted_files(tmp_path))
    assert summaries["gdelt"].imported == 4 and summaries["icews"].imported == 4
    result = report(store, "IRQ")
    ranked = [p.partner for p in result.partners]
    assert ranked == ["RUS", "IRN", "USA"]
    scores = {p.partner: p.score for p in result.partners}
    assert scores["RUS"] > 0 > scores["USA"]


def test_cli_import_then_report_and_export(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "cli.duckdb")
    g, i = planted_files(tmp_path)
    first = runner.invoke(app, ["import", str(g), str(i), "--db", db])
    assert first.exit_code == 0, first.output
    assert "gdelt: 1 files, 4 rows, 4 events imported, 0 skipped" in first.output
    again = runner.invoke(app, ["import", str(g), str(i), "--db", db])
    assert "1 unchanged" in again.output
    with Store(db) as store:
        assert [p.partner for p in report(store, "IRQ").partners] == ["RUS", "IRN", "USA"]
    out = tmp_path / "iraq-usa.tab"
    done = runner.invoke(app, ["export", "--format", "icews", "--db", db, "--out", str(out),
                               "--country", "USA", "--from", "2024-03-01", "--to", "2024-03-12"])
    assert done.exit_code == 0, done.output
    lines = out.read_text().splitlines()
    assert len(lines) == 3 and lines[0].startswith("Event ID\tEvent Date")  # header + 2 events
    bad = runner.invoke(app, ["import", str(tmp_path / "missing.tab"), "--db", db])
    assert bad.exit_code == 1 and "missing.tab" in bad.output
