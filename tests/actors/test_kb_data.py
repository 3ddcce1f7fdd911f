"""Consistency checks for the actor knowledge base under ``allegiance/data/actors/``.

These tables are edited by hand by political scientists; the checks catch the mistakes a
reviewer would not spot by eye: a country code used in one file but missing from another,
a name that two countries both claim, an office held by two people on the same day, a
misspelt sector code or a reversed pair of dates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from importlib.resources import files

import pytest

from allegiance.datafiles import read_tsv

SECTORS = set(
    "GOV MIL LEG JUD COP SPY REB INS OPP PTY BUS MED CVL REF ELI NGO HRI REL EDU LAB AGR "
    "MOD RAD SEP CRM UAF".split()
)
GROUP_KINDS = {"insurgent", "militia", "terrorist", "rebel", "separatist", "paramilitary", "criminal"}
COUNTRY_STATUSES = {"member", "observer", "other", "historical"}

HEADERS = {
    "countries.tsv": [
        "code", "name", "aliases", "demonyms", "capital", "capital_aliases", "lat", "lon",
        "status", "successor", "ended",
    ],
    "organizations.tsv": ["code", "name", "aliases", "members", "other_codes"],
    "groups.tsv": ["code", "name", "aliases", "country", "kind"],
    "metonyms.tsv": ["phrase", "country", "sector", "note"],
    "descriptions.tsv": ["phrase", "countries", "note"],
    "sectors.tsv": ["word", "sector", "only", "note"],
    "offices.tsv": ["title", "sector", "note"],
    "people.tsv": ["name", "aliases", "country", "sector", "office", "start", "end"],
}

# Offices with a single holder per country at any one time. Offices with several concurrent
# holders (vice president in Iraq, speaker of each chamber, intelligence chiefs of several
# services) are deliberately absent.
SINGLE_HOLDER_OFFICES = {
    "president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "emperor",
    "supreme leader", "crown prince", "foreign minister", "secretary of state",
    "foreign secretary", "external affairs minister", "defence minister", "defense secretary",
    "secretary-general", "high representative", "army chief", "chief of general staff",
}


def table(name: str) -> list[dict]:
    return read_tsv("actors", name)


def alts(value: str | None) -> list[str]:
    """Split a ``|`` field into its alternatives (empty list for ``-``)."""
    return [v.strip() for v in value.split("|") if v.strip()] if value else []


def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@pytest.fixture(scope="module")
def countries():
    return table("countries.tsv")


@pytest.fixture(scope="module")
def country_codes(countries):
    return {row["code"] for row in countries}


@pytest.fixture(scope="module")
def org_codes():
    return {row["code"] for row in table("organizations.tsv")}


@pytest.fixture(scope="module")
def group_codes():
    return {row["code"] for row in table("groups.tsv")}


@pytest.fixture(scope="module")
def office_sectors():
    sectors = {}
    for row in table("offices.tsv"):
        for title in alts(row["title"]):
            sectors[title] = row["sector"]
    return sectors


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_every_table_loads_with_its_documented_header(name):
    rows = table(name)  # read_tsv itself rejects rows with the wrong number of fields
    assert rows, f"{name} is empty"
    assert list(rows[0]) == HEADERS[name]


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_every_table_starts_with_a_comment_explaining_it(name):
    from importlib.resources import files

    text = files("allegiance").joinpath("data", "actors", name).read_text(encoding="utf-8")
    assert text.startswith("#"), f"{name} should open with a comment describing its columns"


# --- countries -----------------------------------------------------------------------------


def test_country_codes_are_unique_three_letter_uppercase(countries):
    codes = [row["code"] for row in countries]
    assert len(codes) == len(set(codes)), "duplicate country codes"
    bad = [c for c in codes if not re.fullmatch(r"[A-Z]{3}", c)]
    assert not bad, f"malformed country codes: {bad}"


def test_all_un_members_and_observers_are_present(countries):
    statuses = [row["status"] for row in countries]
    assert set(statuses) <= COUNTRY_STATUSES
    assert statuses.count("member") == 193
    assert sum(s in ("member", "observer") for s in statuses) >= 195


def test_key_countries_and_their_status(countries):
    by_code = {row["code"]: row for row in countries}
    for code in ("IRQ", "RUS", "USA", "IRN", "SYR", "GBR", "CHN", "UKR", "ISR"):
        assert by_code[code]["status"] == "member", code
    assert by_code["PSE"]["status"] == "observer"
    assert by_code["VAT"]["status"] == "observer"
    assert by_code["TWN"]["status"] == "other"
    assert by_code["XKX"]["status"] == "other"
    assert by_code["IRQ"]["capital"] == "Baghdad"
    assert "Kiev" in alts(by_code["UKR"]["capital_aliases"])
    assert "Iraqi" in alts(by_code["IRQ"]["demonyms"])
    assert {"US", "U.S.", "America"} <= set(alts(by_code["USA"]["aliases"]))
    assert "Burma" in alts(by_code["MMR"]["aliases"])


def test_historical_states_point_to_existing_successors(countries, country_codes):
    by_code = {row["code"]: row for row in countries}
    assert by_code["SUN"]["status"] == "historical"
    assert by_code["SUN"]["successor"] == "RUS"
    assert by_code["YUG"]["successor"] == "SRB"
    for row in countries:
        if row["status"] == "historical":
            assert row["successor"] in country_codes, row["code"]
        else:
            assert row["successor"] is None, row["code"]


def test_capital_coordinates_are_plausible(countries):
    by_code = {row["code"]: row for row in countries}
    for row in countries:
        lat, lon = float(row["lat"]), float(row["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, row["code"]
    # spot checks: Baghdad and Moscow are where they should be, to the nearest degree
    assert round(float(by_code["IRQ"]["lat"])) == 33 and round(float(by_code["IRQ"]["lon"])) == 44
    assert round(float(by_code["RUS"]["lat"])) == 56 and round(float(by_code["RUS"]["lon"])) == 38


def test_no_name_is_claimed_by_two_countries(countries):
    """Names, aliases and demonyms must resolve to one country; capitals among live states."""
    owners: dict[str, set[str]] = defaultdict(set)
    for row in countries:
        for text in [row["name"], *alts(row["aliases"]), *alts(row["demonyms"])]:
            owners[text].add(row["code"])
    clashes = {text: codes for text, codes in owners.items() if len(codes) > 1}
    assert not clashes, f"names claimed by several countries: {clashes}"

    capitals: dict[str, set[str]] = defaultdict(set)
    for row in countries:
        if row["status"] != "historical":
            for text in [row["capital"], *alts(row["capital_aliases"])]:
                capitals[text].add(row["code"])
    clashes = {text: codes for text, codes in capitals.items() if len(codes) > 1}
    assert not clashes, f"capitals claimed by several countries: {clashes}"


def test_ambiguous_bare_names_are_left_out(countries):
    every = set()
    for row in countries:
        every.update([row["name"], *alts(row["aliases"]), *alts(row["demonyms"])])
    for ambiguous in ("Congo", "Korea", "Korean", "Koreans", "Congolese", "Guinea-"):
        assert ambiguous not in every, ambiguous
    assert "Georgia" in {row["name"] for row in countries if row["code"] == "GEO"}


# --- organisations and groups --------------------------------------------------------------


def test_organisation_codes_and_members(country_codes):
    rows = table("organizations.tsv")
    codes = [row["code"] for row in rows]
    assert len(codes) == len(set(codes))
    for row in rows:
        assert re.fullmatch(r"(IGO|NGO)[A-Z0-9]+", row["code"]), row["code"]
        for member in alts(row["members"]):
            assert member in country_codes, (row["code"], member)
    by_name = {row["name"]: row for row in rows}
    assert by_name["United Nations"]["code"] == "IGOUNO"
    assert by_name["NATO"]["code"] == "IGOWSTNAT"
    assert set(alts(by_name["Gulf Cooperation Council"]["members"])) == {
        "SAU", "ARE", "QAT", "KWT", "BHR", "OMN",
    }
    for required in ("UN Security Council", "European Union", "African Union", "Arab League",
                     "International Atomic Energy Agency", "International Criminal Court",
                     "Amnesty International", "Human Rights Watch", "Doctors Without Borders",
                     "International Committee of the Red Cross", "OPEC", "BRICS"):
        assert required in by_name, required


def test_group_codes_kinds_and_countries(country_codes):
    rows = table("groups.tsv")
    codes = [row["code"] for row in rows]
    assert len(codes) == len(set(codes))
    for row in rows:
        code, country = row["code"], row["country"]
        assert re.fullmatch(r"[A-Z0-9]{6}", code), code
        assert row["kind"] in GROUP_KINDS, (code, row["kind"])
        assert code[3:] not in SECTORS, f"{code} would read as a country+sector code"
        if country:
            assert country in country_codes, (code, country)
            assert code.startswith(country), f"{code} should start with its country {country}"
        else:
            assert code.startswith("IMG"), f"transnational {code} should start with IMG"
    names = {row["name"]: row for row in rows}
    assert "ISIS" in alts(names["Islamic State"]["aliases"])
    assert "Daesh" in alts(names["Islamic State"]["aliases"])
    assert names["Hezbollah"]["country"] == "LBN"
    assert names["Rapid Support Forces"]["country"] == "SDN"


def test_no_surface_form_points_to_two_different_actors(countries):
    """A phrase in text must not be claimed by a country, an organisation and a group at once."""
    owners: dict[str, set[str]] = defaultdict(set)
    for row in countries:
        for text in [row["name"], *alts(row["aliases"]), *alts(row["demonyms"])]:
            owners[text].add(row["code"])
    for row in table("organizations.tsv"):
        for text in [row["name"], *alts(row["aliases"])]:
            owners[text].add(row["code"])
    for row in table("groups.tsv"):
        for text in [row["name"], *alts(row["aliases"])]:
            owners[text].add(row["code"])
    for row in table("metonyms.tsv"):
        for text in alts(row["phrase"]):
            owners[text].add(f"{row['country']}{row['sector']}")
    clashes = {text: codes for text, codes in owners.items() if len(codes) > 1}
    assert not clashes, f"phrases with several owners: {clashes}"


# --- metonyms, sectors, offices ------------------------------------------------------------


def test_metonyms_point_to_known_countries_and_sectors(country_codes):
    rows = table("metonyms.tsv")
    assert len(rows) >= 80
    organisations = {row["code"] for row in table("organizations.tsv")}
    for row in rows:
        if row["country"] in organisations:  # "Brussels" for the EU: no sector needed
            assert row["sector"] in (None, *SECTORS), row["phrase"]
            continue
        assert row["country"] in country_codes, row["phrase"]
        assert row["sector"] in SECTORS, row["phrase"]
    by_phrase = {p: row for row in rows for p in alts(row["phrase"])}
    assert (by_phrase["the Kremlin"]["country"], by_phrase["the Kremlin"]["sector"]) == ("RUS", "GOV")
    assert (by_phrase["Pentagon"]["country"], by_phrase["Pentagon"]["sector"]) == ("USA", "MIL")
    assert by_phrase["Federation Council"]["sector"] == "LEG"
    assert by_phrase["IRGC"]["country"] == "IRN"
    assert by_phrase["Brussels"]["country"].startswith("IGO")


@pytest.mark.parametrize("name,key", [("sectors.tsv", "word"), ("offices.tsv", "title")])
def test_lexicons_are_lowercase_unique_and_use_known_sectors(name, key):
    rows = table(name)
    assert len(rows) >= 80
    seen: set[str] = set()
    for row in rows:
        for text in alts(row[key]):
            assert text == text.lower(), f"{name}: {text!r} should be lowercase"
            assert text not in seen, f"{name}: {text!r} listed twice"
            seen.add(text)
        if name == "sectors.tsv":
            assert row["sector"] in SECTORS, row[key]
            assert row["only"] in (None, "target", "named", "weapon"), row[key]
        else:
            assert row["sector"] is None or row["sector"] in SECTORS, row[key]


def test_common_words_map_to_the_expected_sector(office_sectors):
    words = {w: row["sector"] for row in table("sectors.tsv") for w in alts(row["word"])}
    assert words["troops"] == "MIL"
    assert words["government"] == "GOV"
    assert words["lawmakers"] == "LEG"
    assert words["police"] == "COP"
    assert words["refugees"] == "REF"
    assert office_sectors["vice president"] == "GOV"
    assert office_sectors["speaker"] == "LEG"
    assert office_sectors["general"] == "MIL"
    assert office_sectors["former president"] == "ELI"


# --- people --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def people():
    """people.tsv and the regional tables in people/: the checks hold across all of them."""
    rows = table("people.tsv")
    folder = files("allegiance") / "data" / "actors" / "people"
    for name in sorted(p.name for p in folder.iterdir() if p.name.endswith(".tsv")):
        rows += read_tsv("actors", "people", name)
    return rows


def test_people_reference_known_actors_offices_and_valid_dates(
    people, country_codes, org_codes, group_codes, office_sectors
):
    assert len(people) >= 200
    for row in people:
        who = f"{row['name']} ({row['office']})"
        assert row["country"] in country_codes | org_codes | group_codes, who
        assert row["sector"] is None or row["sector"] in SECTORS, who
        assert row["office"] in office_sectors, f"{who}: office not in offices.tsv"
        start, end = day(row["start"]), day(row["end"])  # raises on a malformed date
        if start and end:
            assert start <= end, who
        if row["country"] in country_codes and office_sectors[row["office"]]:
            assert row["sector"] == office_sectors[row["office"]], f"{who}: sector differs from office"


def _tenures(people):
    """(start, end) pairs per person, open ends as date.max; used as [start, end)."""
    spans = defaultdict(list)
    for row in people:
        spans[row["name"]].append((day(row["start"]) or date.min, day(row["end"]) or date.max))
    return spans


def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def test_single_holder_offices_have_one_holder_on_any_day(people):
    by_post = defaultdict(list)
    for row in people:
        if row["office"] in SINGLE_HOLDER_OFFICES:
            span = (day(row["start"]) or date.min, day(row["end"]) or date.max)
            by_post[(row["country"], row["office"])].append((row["name"], span))
    for post, holders in by_post.items():
        for i, (name_a, a) in enumerate(holders):
            for name_b, b in holders[i + 1:]:
                if name_a != name_b:
                    assert not _overlap(a, b), f"{post}: {name_a} and {name_b} overlap"


def test_shared_aliases_never_overlap_in_time(people):
    """A surname shared by two people is only safe if date resolution can tell them apart."""
    spans = _tenures(people)
    owners = defaultdict(set)
    for row in people:
        for text in [row["name"], *alts(row["aliases"])]:
            owners[text.casefold()].add(row["name"])
    for text, names in owners.items():
        names = sorted(names)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                clash = any(_overlap(x, y) for x in spans[a] for y in spans[b])
                assert not clash, f"alias {text!r} is shared by {a} and {b} at the same time"


def _roles(people, name):
    return [(r["country"], r["sector"], r["office"], r["start"], r["end"])
            for r in people if r["name"] == name]


def test_maliki_lavrov_and_matvienko_have_their_dated_roles(people):
    maliki = _roles(people, "Nouri al-Maliki")
    assert ("IRQ", "GOV", "prime minister", "2006-05-20", "2014-09-08") in maliki
    assert ("IRQ", "GOV", "vice president", "2014-09-09", "2015-08-11") in maliki
    assert any(r[2] == "vice president" and r[3] == "2016-10-10" for r in maliki)
    maliki_aliases = {a for r in people if r["name"] == "Nouri al-Maliki" for a in alts(r["aliases"])}
    assert {"Nuri al-Maliki", "al-Maliki", "Maliki"} <= maliki_aliases
    assert ("RUS", "GOV", "foreign minister", "2004-03-09", None) in _roles(people, "Sergey Lavrov")
    assert ("RUS", "LEG", "speaker", "2011-09-21", None) in _roles(people, "Valentina Matvienko")


def holder(people, country, office, on):
    """The person holding ``office`` in ``country`` on date ``on`` (half-open tenures)."""
    when = date.fromisoformat(on)
    found = {r["name"] for r in people
             if r["country"] == country and r["office"] == office
             and (day(r["start"]) or date.min) <= when < (day(r["end"]) or date.max)}
    assert len(found) == 1, (country, office, on, found)
    return found.pop()


@pytest.mark.parametrize("country,office,on,expected", [
    ("USA", "president", "2003-03-20", "George W. Bush"),
    ("USA", "president", "2009-01-20", "Barack Obama"),
    ("USA", "secretary of state", "2015-07-14", "John Kerry"),
    ("RUS", "president", "2010-01-01", "Dmitry Medvedev"),
    ("RUS", "prime minister", "2010-01-01", "Vladimir Putin"),
    ("IRQ", "prime minister", "2010-01-01", "Nouri al-Maliki"),
    ("IRQ", "prime minister", "2016-01-01", "Haider al-Abadi"),
    ("GBR", "prime minister", "2003-03-20", "Tony Blair"),
    ("DEU", "chancellor", "2015-09-01", "Angela Merkel"),
    ("IRN", "president", "2015-07-14", "Hassan Rouhani"),
    ("CHN", "foreign minister", "2023-05-01", "Qin Gang"),
    ("IGOUNO", "secretary-general", "2010-06-01", "Ban Ki-moon"),
    ("IGOWSTNAT", "secretary-general", "2020-06-01", "Jens Stoltenberg"),
])
def test_office_holder_on_a_date(people, country, office, on, expected):
    assert holder(people, country, office, on) == expected


def test_other_codes_of_a_body_name_no_other_actor():
    """An other dictionary's code may stand for one body only, and never for one of ours."""
    ours = {row["code"] for name in ("organizations.tsv", "groups.tsv", "countries.tsv") for row in table(name)}
    seen = {}
    for row in table("organizations.tsv"):
        for other in alts(row["other_codes"]):
            assert other not in ours, f"{other} (other code of {row['code']}) is one of our own codes"
            assert seen.setdefault(other, row["code"]) == row["code"], f"{other} names two bodies"


def test_descriptions_name_only_known_states(country_codes):
    for row in table("descriptions.tsv"):
        assert set(row["countries"].split("|")) <= country_codes, row["phrase"]
