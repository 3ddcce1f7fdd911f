"""The user actor KB: hand edits, imports that keep them, and the people.tsv-shaped rows it gives the gazetteer."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest
from typer.testing import CliRunner

import allegiance.cli.actors  # noqa: F401  (registers `allegiance actors`)
from allegiance.actors import userkb
from allegiance.cli.app import app

IMPORTED = [
    {"name": "Fuad Masum", "aliases": ["Fouad Massoum"], "country": "IRQ", "sector": "GOV",
     "office": "president", "start": "2014-07-24", "end": "2018-10-02", "wikidata_id": "Q10001"},
    {"name": "Nouri al-Maliki", "aliases": None, "country": "IRQ", "sector": "GOV",
     "office": "vice president", "start": "2014-09-09", "end": "2015-08-11", "wikidata_id": "Q10002"},
]


def test_people_rows_have_the_people_tsv_shape(tmp_path):
    path = tmp_path / "kb.duckdb"
    with userkb.UserKB(path) as kb:
        kb.add("Nouri al-Maliki", "IRQ", "GOV", "vice president", date(2014, 9, 9), date(2015, 8, 11),
               ["Nuri al-Maliki", "Nouri Kamil al-Maliki"])
    assert userkb.people_rows(path) == [{
        "name": "Nouri al-Maliki", "aliases": "Nuri al-Maliki|Nouri Kamil al-Maliki", "country": "IRQ",
        "sector": "GOV", "office": "vice president", "start": "2014-09-09", "end": "2015-08-11"}]


def test_no_file_means_no_rows_and_the_environment_names_the_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(userkb.ENV_VAR, raising=False)
    assert userkb.people_rows() == []
    assert userkb.people_rows(tmp_path / "missing.duckdb") == []
    with userkb.UserKB(tmp_path / userkb.DEFAULT_FILE) as kb:
        kb.add("Cwd Person", "IRQ")
    assert [r["name"] for r in userkb.people_rows()] == ["Cwd Person"]
    other = tmp_path / "elsewhere.duckdb"
    with userkb.UserKB(other) as kb:
        kb.add("Env Person", "RUS")
    monkeypatch.setenv(userkb.ENV_VAR, str(other))
    assert [r["name"] for r in userkb.people_rows()] == ["Env Person"]


def test_find_list_remove(tmp_path):
    with userkb.UserKB(tmp_path / "kb.duckdb") as kb:
        kb.replace_source("wikidata", IMPORTED)
        kb.add("Haider al-Abadi", "IRQ", "GOV", "prime minister", "2014-09-08", "2018-10-25")
        assert [r["name"] for r in kb.find("fouad massoum")] == ["Fuad Masum"]  # by alias, any case
        assert [r["source"] for r in kb.list(source="manual")] == ["manual"]
        assert len(kb.list(country="irq")) == 3 and kb.list(country="RUS") == []
        assert kb.remove("Fuad Masum") == 0  # imported rows are not hand edits
        assert kb.remove("haider al-abadi") == 1 and kb.count() == 2


def test_replace_source_keeps_manual_rows_and_manual_wins(tmp_path):
    with userkb.UserKB(tmp_path / "kb.duckdb") as kb:
        kb.add("Fuad Masum", "IRQ", "GOV", "president", "2014-07-24", "2018-10-03")
        kb.add("Hand Added", "RUS", "GOV", "minister")
        assert kb.replace_source("wikidata", IMPORTED) == 2
        assert kb.replace_source("wikidata", IMPORTED[:1]) == 1  # a second import replaces the first
        rows = kb.people_rows()
        assert kb.count(source="wikidata") == 1 and kb.count(source="manual") == 2
    names = {(r["name"], r["end"]) for r in rows}
    assert names == {("Fuad Masum", "2018-10-03"), ("Hand Added", None)}  # imported Masum hidden


def test_failed_import_leaves_the_old_rows(tmp_path):
    def broken():
        yield IMPORTED[0]
        raise OSError("dump truncated")

    with userkb.UserKB(tmp_path / "kb.duckdb") as kb:
        kb.replace_source("wikidata", IMPORTED)
        with pytest.raises(OSError):
            kb.replace_source("wikidata", broken())
        assert kb.count(source="wikidata") == 2


def test_bad_rows_are_refused(tmp_path):
    with userkb.UserKB(tmp_path / "kb.duckdb") as kb:
        with pytest.raises(ValueError):
            kb.add("Backwards", "IRQ", start="2015-01-01", end="2014-01-01")
        with pytest.raises(ValueError):
            kb.add("", "IRQ")


def test_schema_version_is_recorded(tmp_path):
    path = tmp_path / "kb.duckdb"
    userkb.UserKB(path).close()
    userkb.UserKB(path).close()  # reopening does not add a second version row
    con = duckdb.connect(str(path))
    assert con.execute("SELECT version FROM schema_version").fetchall() == [(userkb.SCHEMA_VERSION,)]
    con.close()


def run(*args):
    return CliRunner().invoke(app, ["actors", *args])


def test_cli_add_show_list(tmp_path):
    kb = str(tmp_path / "kb.duckdb")
    added = run("add", "Testy McTestface", "--country", "irq", "--sector", "GOV", "--office", "vice president",
                "--start", "2014-09-09", "--end", "2015-08-11", "--alias", "T. McTestface", "--kb", kb)
    assert added.exit_code == 0, added.output
    run("add", "Testy McTestface", "--country", "IRQ", "--sector", "GOV", "--office", "president",
        "--start", "2020-01-01", "--kb", kb)
    shown = run("show", "t. mctestface", "--kb", kb)
    assert shown.exit_code == 0, shown.output
    assert "vice president" in shown.output and "in office" in shown.output  # the 2020 tenure is open
    assert shown.output.count("in office") == 1
    assert "IRQGOV  president" in shown.output  # sector taken from offices.tsv when left out
    listed = run("list", "--country", "IRQ", "--source", "manual", "--kb", kb)
    assert "2 of 2 rows" in listed.output and "McTestface" in listed.output
    assert "0 of 0 rows" in run("list", "--source", "wikidata", "--kb", kb).output


def test_cli_show_includes_shipped_tenures(tmp_path):
    from allegiance.actors.kb import load_kb

    name, tenures = next((n, t) for n, t in load_kb().people.items() if t)
    shown = run("show", name, "--kb", str(tmp_path / "none.duckdb"))
    assert shown.exit_code == 0, shown.output
    assert "shipped" in shown.output and tenures[0].country in shown.output


def test_cli_refuses_unknown_codes_and_bad_dates(tmp_path):
    kb = str(tmp_path / "kb.duckdb")
    assert run("add", "Somebody", "--country", "XXQ", "--kb", kb).exit_code == 1
    assert run("add", "Somebody", "--country", "IRQ", "--start", "09/09/2014", "--kb", kb).exit_code != 0
    assert run("show", "Nobody At All", "--kb", kb).exit_code == 1
    assert run("list", "--kb", str(tmp_path / "missing.duckdb")).exit_code == 1
