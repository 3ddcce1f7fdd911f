"""GDELT 2.0: the events export (61 columns) and the mentions table (16 columns).

Both are tab-separated with no header. GDELT writes actor countries as CAMEO/ISO-3 codes but
places (the *Geo_CountryCode columns) as FIPS 10-4 codes, so geography goes through
data/exchange/fips_iso.tsv. Column-by-column mapping and what is lost: docs/exchange.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from typing import IO

from allegiance.model import Location

from .common import (
    write_table,
    Skip,
    actor_parts,
    country_code,
    export_day,
    fips_to_iso3,
    is_sector,
    iso3_to_fips,
    make_actor,
    make_event,
    number,
    numeric_id,
    parse_day,
    tsv_rows,
)  # fmt: skip

EVENT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                              "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    *[f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                              "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]  # fmt: skip
assert len(EVENT_COLUMNS) == 61

MENTION_COLUMNS = [
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo",
    "Extras",
]  # fmt: skip
assert len(MENTION_COLUMNS) == 16

_GROUP_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
GEO_COUNTRY, GEO_WORLDCITY = 1, 4


def _actor_columns(actor: dict | None) -> list:
    """Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1-3."""
    a = actor_parts(actor)
    code = a["code"] or ""
    group, kind = "", a["sector"]
    if code[:3] in _GROUP_PREFIXES and len(code) >= 6:
        group, kind = code[3:6], kind or code[:3]
    return [code, a["name"] or a["text"], a["country"], group, "", "", "", kind, "", ""]


def _geo_columns(location: dict | None) -> list:
    """ActionGeo_*: Type, FullName, CountryCode (FIPS), ADM1, ADM2, Lat, Long, FeatureID."""
    if not location:
        return [0, "", "", "", "", "", "", ""]
    fips = iso3_to_fips(location.get("country")) or ""
    has_point = location.get("lat") is not None and location.get("lon") is not None
    kind = GEO_WORLDCITY if has_point and location.get("name") else GEO_COUNTRY
    return [kind, location.get("name") or location.get("text") or "", fips, fips, "",
            location.get("lat"), location.get("lon"), ""]


def _stamp(day) -> str:
    return day.strftime("%Y%m%d") + "000000" if day else ""


def _event_row(event: dict) -> list:
    day = export_day(event)
    fraction = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else ""
    cameo = event["cameo"] or ""
    published = event.get("published")
    return [
        numeric_id(event["event_id"]),
        day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
        day.year if day else "", fraction,
        *_actor_columns(event.get("source")),
        *_actor_columns(event.get("target")),
        1 if event.get("sentence_index") == 0 else 0,
        cameo, cameo[:3], event.get("cameo_root") or cameo[:2],
        event.get("quad_class"), event.get("goldstein"),
        1, 1, 1, 0,  # one mention in one source and article; tone is not measured
        0, "", "", "", "", "", "", "",  # Actor1Geo_*: actors carry no place of their own
        0, "", "", "", "", "", "", "",  # Actor2Geo_*
        *_geo_columns(event.get("location")),
        _stamp(date.fromisoformat(published) if published else day),  # DATEADDED: when we saw it
        event.get("url") or event.get("doc_id"),
    ]


def export_events(events: Iterable[dict], out: IO[str]) -> int:
    """Write the GDELT 2.0 events table (no header); returns rows written."""
    return write_table(events, out, None, _event_row)


def export_mentions(events: Iterable[dict], out: IO[str]) -> int:
    """Write the mentions table: one mention per event, the sentence it was coded from."""
    return write_table(events, out, None, _mention_row)


def _mention_row(event: dict) -> list:
    day = export_day(event)
    published = event.get("published")
    confidence = event.get("confidence")
    return [
        numeric_id(event["event_id"]),
        _stamp(day),
        published.replace("-", "") + "000000" if published else _stamp(day),
        1,  # WEB: the closest of GDELT's mention types to a document we were given
        event.get("outlet") or "",
        event.get("url") or event.get("doc_id"),
        (event.get("sentence_index") or 0) + 1,  # GDELT counts sentences from 1
        -1, -1,  # actor offsets are not stored separately
        event.get("char_start"),
        1,
        round(100 * confidence) if confidence is not None else "",
        event.get("doc_len") or "",
        0, "", "",
    ]  # fmt: skip


# -- import ----------------------------------------------------------------------------------

_IDX = {name: i for i, name in enumerate(EVENT_COLUMNS)}


def rows(lines: Iterator[str]):
    return tsv_rows(lines, len(EVENT_COLUMNS))


def _actor(f: list[str], side: str, unmapped: Counter):
    code = f[_IDX[f"{side}Code"]].strip()
    raw_country = f[_IDX[f"{side}CountryCode"]].strip()
    country = country_code(raw_country) if len(raw_country) == 3 else None
    if raw_country and country is None:
        unmapped[f"actor country {raw_country}"] += 1  # regions such as AFR, EUR are not states
    sector = f[_IDX[f"{side}Type1Code"]].strip() or None
    if sector in _GROUP_PREFIXES:
        sector = None  # GDELT's organisation types are part of the code, not a sector
    if sector is None and country and code.startswith(country) and len(code) >= 6:
        sector = code[3:6] if is_sector(code[3:6]) else None  # "IRQGOV" with no Type1Code
    return make_actor(f[_IDX[f"{side}Name"]], country, sector, code or None)


def _location(f: list[str], unmapped: Counter) -> Location | None:
    name = f[_IDX["ActionGeo_FullName"]].strip()
    fips = f[_IDX["ActionGeo_CountryCode"]].strip()
    if fips and fips_to_iso3(fips) is None:
        unmapped[f"FIPS place code {fips}"] += 1
    lat, lon = number(f[_IDX["ActionGeo_Lat"]]), number(f[_IDX["ActionGeo_Long"]])
    if not (name or fips or lat is not None):
        return None
    return Location(text=name, country=fips_to_iso3(fips), name=name or None, lat=lat, lon=lon)


def parse(f: list[str], unmapped: Counter):
    """One GDELT events row → an asserted Event (Skip on bad date or unknown CAMEO code)."""
    day = parse_day(f[_IDX["Day"]])
    if not f[_IDX["EventCode"]].strip():
        raise Skip("unknown CAMEO code")
    return make_event(
        fmt="gdelt",
        cameo_code=f[_IDX["EventCode"]],
        source=_actor(f, "Actor1", unmapped),
        target=_actor(f, "Actor2", unmapped),
        day=day,
        goldstein=f[_IDX["GoldsteinScale"]],
        quad_class=f[_IDX["QuadClass"]],
        location=_location(f, unmapped),
        sentence=f[_IDX["SOURCEURL"]].strip(),
        extra={"source_id": f[_IDX["GlobalEventID"]].strip(), "format": "gdelt"},
    )
