"""ICEWS event files: 20 tab-separated columns with a header row.

ICEWS names countries in words ("Russian Federation") and sectors in words ("Government,
Executive"), so both go through the project's tables: actors/countries.tsv names and aliases,
exchange/sectors.tsv. Mapping and losses: docs/exchange.md.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import IO

from allegiance.model import Location

from .common import (
    write_table,
    Skip,
    actor_parts,
    country_code,
    country_name,
    export_day,
    header_rows,
    make_actor,
    make_event,
    number,
    numeric_id,
    parse_day,
    sector_code,
    sector_label,
)  # fmt: skip

COLUMNS = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
]  # fmt: skip
assert len(COLUMNS) == 20


def _actor_columns(actor: dict | None) -> list:
    """Name, Sectors, Country (as a name)."""
    a = actor_parts(actor)
    if not a["code"] and not a["name"]:
        return ["", "", ""]
    name = a["name"] or country_name(a["country"]) or a["text"] or a["code"]
    return [name, sector_label(a["sector"], "icews") if a["sector"] else "", country_name(a["country"]) or ""]


def _story_id(doc_id: str) -> int:
    """ICEWS story ids are integers: a stable number derived from our document id."""
    return int(hashlib.sha256((doc_id or "").encode("utf-8")).hexdigest()[:12], 16)


def _row(event: dict) -> list:
    day = export_day(event)
    loc = event.get("location") or {}
    country = country_name(loc.get("country")) or ""
    city = loc.get("name") or loc.get("text") or ""
    if city == country:
        city = ""  # a country-level place has no city
    return [
        numeric_id(event["event_id"]),
        day.isoformat() if day else "",
        *_actor_columns(event.get("source")),
        event.get("cameo_name") or "",
        event.get("cameo"),
        event.get("goldstein"),
        *_actor_columns(event.get("target")),
        _story_id(event.get("doc_id") or ""),
        (event.get("sentence_index") or 0) + 1,  # ICEWS counts sentences from 1
        event.get("outlet") or "",
        city, "", "", country,
        loc.get("lat"), loc.get("lon"),
    ]


def export_events(events: Iterable[dict], out: IO[str]) -> int:
    """Write an ICEWS table with its header; returns rows written."""
    return write_table(events, out, COLUMNS, _row)


# -- import ----------------------------------------------------------------------------------


def rows(lines: Iterator[str]):
    return header_rows(lines, COLUMNS)


def _actor(row: dict, side: str, unmapped: Counter):
    name = row.get(f"{side} Name", "")
    raw_country = row.get(f"{side} Country", "")
    country = country_code(raw_country)
    if raw_country and country is None:
        unmapped[f"country name {raw_country}"] += 1
    sector = sector_code((row.get(f"{side} Sectors") or "").split(","), "icews")
    return make_actor(name, country, sector)


def _location(row: dict, unmapped: Counter) -> Location | None:
    raw_country = row.get("Country", "")
    country = country_code(raw_country)
    if raw_country and country is None:
        unmapped[f"country name {raw_country}"] += 1
    place = row.get("City") or row.get("District") or row.get("Province") or ""
    lat, lon = number(row.get("Latitude")), number(row.get("Longitude"))
    if not (place or raw_country or lat is not None):
        return None
    name = place or raw_country
    return Location(text=name, country=country, name=name or None, lat=lat, lon=lon)


def parse(row: dict, unmapped: Counter):
    """One ICEWS row → an asserted Event; the sentence is ICEWS's own event description."""
    day = parse_day(row.get("Event Date"))
    code = (row.get("CAMEO Code") or "").strip()
    if not code:
        raise Skip("unknown CAMEO code")
    return make_event(
        fmt="icews",
        cameo_code=code,
        source=_actor(row, "Source", unmapped),
        target=_actor(row, "Target", unmapped),
        day=day,
        goldstein=row.get("Intensity"),
        location=_location(row, unmapped),
        sentence=row.get("Event Text") or "",
        extra={"source_id": row.get("Event ID"), "story_id": row.get("Story ID"),
               "publisher": row.get("Publisher"), "format": "icews"},
    )
