"""Importing office holders from a Wikidata JSON dump (a tiny one, written here in Wikidata's format)."""

from __future__ import annotations

import bz2
import gzip
import json

import pytest
from typer.testing import CliRunner

import allegiance.cli.actors  # noqa: F401  (registers `allegiance actors`)
from allegiance.actors import userkb, wikidata
from allegiance.cli.app import app


def _item(qid: str, prop: str, target: str, rank: str = "normal", qualifiers: dict | None = None) -> dict:
    statement = {
        "mainsnak": {"snaktype": "value", "property": prop, "datatype": "wikibase-item",
                     "datavalue": {"type": "wikibase-entityid",
                                   "value": {"entity-type": "item", "numeric-id": int(target[1:]), "id": target}}},
        "type": "statement", "id": f"{qid}${prop}-{target}", "rank": rank,
    }
    if qualifiers:
        statement["qualifiers"] = qualifiers
    return statement


def _time(prop: str, day: str, precision: int = 11) -> dict:
    return {prop: [{"snaktype": "value", "property": prop, "datatype": "time",
                    "datavalue": {"type": "time", "value": {
                        "time": f"+{day}T00:00:00Z", "timezone": 0, "before": 0, "after": 0,
                        "precision": precision, "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}}}]}


def _entity(qid: str, label: str | None, claims: dict, aliases=(), label_lang: str = "en") -> dict:
    entity = {"type": "item", "id": qid, "labels": {}, "descriptions": {}, "aliases": {}, "claims": claims,
              "sitelinks": {}}
    if label:
        entity["labels"][label_lang] = {"language": label_lang, "value": label}
    if aliases:
        entity["aliases"]["en"] = [{"language": "en", "value": a} for a in aliases]
    return entity


def _country(qid: str, label: str, iso3: str) -> dict:
    code = {"mainsnak": {"snaktype": "value", "property": "P298", "datatype": "external-id",
                         "datavalue": {"type": "string", "value": iso3}}, "type": "statement", "rank": "normal"}
    return _entity(qid, label, {"P298": [code]})


def _position(qid: str, label: str, jurisdiction: str | None = None, country: str | None = None) -> dict:
    claims = {}
    if jurisdiction:
        claims["P1001"] = [_item(qid, "P1001", jurisdiction)]
    if country:
        claims["P17"] = [_item(qid, "P17", country)]
    return _entity(qid, label, claims)


def _human(qid: str, label: str | None, held: list, citizen: str | None = None, aliases=(), **kw) -> dict:
    claims = {"P31": [_item(qid, "P31", "Q5")],
              "P39": [_item(qid, "P39", position, rank, quals) for position, rank, quals in held]}
    if citizen:
        claims["P27"] = [_item(qid, "P27", citizen)]
    return _entity(qid, label, claims, aliases, **kw)


def dump_entities() -> list:
    """Countries, positions and people; None stands for a broken line."""
    return [
        _country("Q796", "Iraq", "IRQ"),
        _country("Q159", "Russia", "RUS"),
        _country("Q183", "Germany", "DEU"),
        _position("Q9001", "President of Iraq", "Q796", "Q796"),
        _position("Q9002", "Vice President of Iraq", "Q796"),
        _position("Q9003", "Minister of Foreign Affairs of Russia", "Q159", "Q159"),
        _position("Q9004", "Secretary-General of the United Nations", "Q1065"),
        _position("Q9005", "Governor of Upper Testland", "Q77001", "Q183"),  # subnational, allowed
        _position("Q9006", "Premier of Lower Testland", "Q77002", "Q183"),  # subnational, not allowed
        _position("Q9007", "Mayor of Baghdad", "Q1530", "Q796"),  # no office rule
        _position("Q9008", "President of Testfield University", None, "Q183"),  # skip rule
        _position("Q9009", "Minister of Defence", None, "Q8888"),  # country unknown: citizenship
        _human("Q10001", "Fuad Masum", [
            ("Q9001", "normal", {**_time("P580", "2014-07-24"), **_time("P582", "2018-10-02")})]),
        _human("Q10002", "Nouri al-Maliki", [
            ("Q9002", "normal", {**_time("P580", "2014-09-09"), **_time("P582", "2015-08-11")}),
            ("Q9002", "deprecated", {**_time("P580", "1990-01-01")}),
        ], aliases=("Nuri al-Maliki", "Nouri Kamil al-Maliki")),
        None,
        _human("Q10003", "Sergey Lavrov", [("Q9003", "preferred", _time("P580", "2004-03-09"))],
               aliases=("Sergei Lavrov",)),
        _human("Q10004", "Antonio Guterres", [("Q9004", "normal", _time("P580", "2017-01-01"))], citizen="Q45"),
        _human("Q10005", "Anna Probe", [
            ("Q9005", "normal", {**_time("P580", "1999-05-00", 10), **_time("P582", "2003-00-00", 9)}),
            ("Q9006", "normal", None), ("Q9007", "normal", None), ("Q9008", "normal", None),
        ]),
        _human("Q10006", "Karl Beispiel", [("Q9009", "normal", _time("P580", "2001-02-03"))], citizen="Q183"),
        _human("Q10007", "Jean Sanslabel", [("Q9001", "normal", None)], label_lang="fr"),
        _entity("Q10008", "Not A Person", {"P31": [_item("Q10008", "P31", "Q515")],
                                            "P39": [_item("Q10008", "P39", "Q9001")]}),
    ]


def write_dump(path, entities=None, opener=open):
    """Wikidata's layout: '[' line, one entity per line ending with ',', ']' line."""
    lines = []
    for entity in entities if entities is not None else dump_entities():
        lines.append('{"type":"item","id":"Q666","claims":{"P39":[' if entity is None
                     else json.dumps(entity, separators=(",", ":"), ensure_ascii=False))
    text = "[\n" + ",\n".join(lines) + "\n]\n"
    with opener(path, "wt", encoding="utf-8") as handle:
        handle.write(text)
    return path


def _by_name(rows):
    found = {}
    for row in rows:
        found.setdefault(row["name"], []).append(row)
    return found


@pytest.fixture
def imported(tmp_path):
    dump = write_dump(tmp_path / "latest-all.json")
    kb = tmp_path / "actors.duckdb"
    stats = wikidata.import_dump(str(dump), str(kb))
    return stats, _by_name(userkb.people_rows(kb))


def test_import_turns_positions_held_into_dated_tenures(imported):
    _, people = imported
    assert people["Fuad Masum"] == [{"name": "Fuad Masum", "aliases": None, "country": "IRQ", "sector": "GOV",
                                     "office": "president", "start": "2014-07-24", "end": "2018-10-02"}]
    maliki = people["Nouri al-Maliki"]
    assert len(maliki) == 1  # the deprecated statement is ignored
    assert maliki[0]["office"] == "vice president" and maliki[0]["aliases"] == "Nuri al-Maliki|Nouri Kamil al-Maliki"
    assert (maliki[0]["start"], maliki[0]["end"]) == ("2014-09-09", "2015-08-11")
    lavrov = people["Sergey Lavrov"][0]
    assert (lavrov["country"], lavrov["office"], lavrov["start"], lavrov["end"]) == ("RUS", "foreign minister", "2004-03-09", None)


def test_international_posts_subnational_posts_and_citizenship(imported):
    _, people = imported
    guterres = people["Antonio Guterres"][0]
    assert (guterres["country"], guterres["sector"], guterres["office"]) == ("IGOUNO", None, "secretary-general")
    # a governor is kept (scope any) with month and year precision read as first days;
    # the premier (subnational), the mayor (no rule) and the university post (skip rule) are not
    assert people["Anna Probe"] == [{"name": "Anna Probe", "aliases": None, "country": "DEU", "sector": "GOV",
                                     "office": "governor", "start": "1999-05-01", "end": "2003-01-01"}]
    beispiel = people["Karl Beispiel"][0]
    assert (beispiel["country"], beispiel["sector"], beispiel["office"]) == ("DEU", "MIL", "defence minister")


def test_import_counts_what_it_skipped(imported):
    stats, people = imported
    assert "Jean Sanslabel" not in people and "Not A Person" not in people
    assert stats.entities == 21 and stats.countries == 3 and stats.positions == 6
    assert stats.people == 6 and stats.tenures == 6
    assert stats.skipped["malformed JSON line"] == 1
    assert stats.skipped["person without English label"] == 1
    assert stats.skipped["position not imported"] == 3
    assert stats.skipped["subnational position"] == 1


@pytest.mark.parametrize("suffix, opener", [(".gz", gzip.open), (".bz2", bz2.open)])
def test_compressed_dumps(tmp_path, suffix, opener):
    dump = write_dump(tmp_path / f"latest-all.json{suffix}", opener=opener)
    kb = tmp_path / "actors.duckdb"
    stats = wikidata.import_dump(str(dump), str(kb))
    assert stats.tenures == 6
    assert {r["name"] for r in userkb.people_rows(kb)} >= {"Fuad Masum", "Sergey Lavrov"}


def test_reimport_replaces_imported_rows_and_keeps_manual_ones(tmp_path):
    kb = tmp_path / "actors.duckdb"
    with userkb.UserKB(kb) as store:
        store.add("Hand Added", "IRQ", "GOV", "minister", "2020-01-01")
        # a correction of an imported tenure: wins over the imported row for the same office
        store.add("Fuad Masum", "IRQ", "GOV", "president", "2014-07-24", "2018-10-03")
    wikidata.import_dump(str(write_dump(tmp_path / "one.json")), str(kb))
    smaller = [e for e in dump_entities() if e is None or e["id"] != "Q10003"]  # Lavrov gone
    wikidata.import_dump(str(write_dump(tmp_path / "two.json", smaller)), str(kb))
    people = _by_name(userkb.people_rows(kb))
    assert "Sergey Lavrov" not in people
    assert people["Hand Added"][0]["start"] == "2020-01-01"
    assert [r["end"] for r in people["Fuad Masum"]] == ["2018-10-03"]
    assert "Nouri al-Maliki" in people
    with userkb.UserKB(kb) as store:
        assert store.count(source="manual") == 2 and store.count(source="wikidata") == 5


def test_wikidata_day_precision():
    assert wikidata.wikidata_day({"time": "+2006-05-20T00:00:00Z", "precision": 11}) == "2006-05-20"
    assert wikidata.wikidata_day({"time": "+2006-05-20T00:00:00Z", "precision": 10}) == "2006-05-01"
    assert wikidata.wikidata_day({"time": "+2006-00-00T00:00:00Z", "precision": 9}) == "2006-01-01"
    assert wikidata.wikidata_day({"time": "+2000-00-00T00:00:00Z", "precision": 8}) is None  # a decade
    assert wikidata.wikidata_day({"time": "-0044-03-15T00:00:00Z", "precision": 11}) is None


def test_office_table_maps_labels_to_titles():
    rules = wikidata.office_rules()

    def office(label):
        rule = wikidata.match_office(label, rules)
        return rule and (rule.office, rule.sector)

    assert office("President of Iraq") == ("president", "GOV")
    assert office("Minister of Foreign Affairs of Russia") == ("foreign minister", "GOV")
    assert office("United States Secretary of Defense") == ("defence minister", "MIL")
    assert office("President of the Senate of Testland") == ("speaker", "LEG")
    assert office("President of Testfield University") == (None, None)
    assert office("Mayor of Baghdad") is None


def test_cli_import(tmp_path):
    dump = write_dump(tmp_path / "latest-all.json")
    kb = tmp_path / "actors.duckdb"
    result = CliRunner().invoke(app, ["actors", "import", str(dump), "--kb", str(kb)])
    assert result.exit_code == 0, result.output
    assert "stored 6 tenures of 6 people" in result.output
    assert "skipped 1: malformed JSON line" in result.output
    missing = CliRunner().invoke(app, ["actors", "import", str(tmp_path / "nope.json"), "--kb", str(kb)])
    assert missing.exit_code == 1
