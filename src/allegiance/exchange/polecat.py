"""POLECAT: PLOVER-coded events, 40 tab-separated columns with a header row.

POLECAT carries a PLOVER type and mode but no CAMEO code; on import a representative CAMEO
code comes from data/exchange/plover_cameo.tsv. Columns are found by header name, so a release
that adds, drops or reorders columns still imports. Where the column list below may differ
from a real release is noted in docs/exchange.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import IO

from allegiance import __version__ as _version
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
    parse_day,
    plover_to_cameo,
    sector_code,
    sector_label,
)  # fmt: skip

COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code",
    "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
    "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "State", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type",
    "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations",
    "Language", "Version", "Story ID",
]  # fmt: skip
assert len(COLUMNS) == 40

QUADS = {1: "VERBAL COOPERATION", 2: "MATERIAL COOPERATION", 3: "VERBAL CONFLICT", 4: "MATERIAL CONFLICT"}
_QUAD_OF = {name: q for q, name in QUADS.items()}


def _actor_columns(actor: dict | None) -> list:
    """Name, Country, COW, Primary Sector, Sectors, Title, Name Raw, Wikipedia ID."""
    a = actor_parts(actor)
    if not a["code"] and not a["name"]:
        return [""] * 8
    sector = sector_label(a["sector"], "polecat") if a["sector"] else ""
    name = a["name"] or country_name(a["country"]) or a["code"]
    return [name, a["country"] or "", "", sector, sector, "", a["text"] or "", ""]


def _row(event: dict) -> list:
    day = export_day(event)
    loc = event.get("location") or {}
    place = loc.get("name") or loc.get("text") or ""
    is_country = place and place == country_name(loc.get("country"))
    return [
        event["event_id"],
        day.isoformat() if day else "",
        event.get("plover") or "",
        event.get("plover_mode") or "",
        event.get("goldstein"),
        QUADS.get(event.get("quad_class"), ""),
        "",  # contexts: not coded by this project
        *_actor_columns(event.get("source")),
        *_actor_columns(event.get("target")),
        place, "" if is_country else place, "", loc.get("country") or "",
        loc.get("lat"), loc.get("lon"), "", loc.get("text") or "",
        ("country" if is_country else "city") if place else "",
        event.get("outlet") or event.get("url") or "",
        event.get("published") or "",
        "", "", "", "en", f"allegiance-{_version}",
        event.get("doc_id") or "",
    ]


def export_events(events: Iterable[dict], out: IO[str]) -> int:
    """Write a POLECAT table with its header; returns rows written."""
    return write_table(events, out, COLUMNS, _row)


# -- import ----------------------------------------------------------------------------------


def rows(lines: Iterator[str]):
    return header_rows(lines, COLUMNS)


def _actor(row: dict, side: str, unmapped: Counter):
    raw_country = row.get(f"{side} Country", "")
    country = country_code(raw_country)
    if raw_country and country is None:
        unmapped[f"country {raw_country}"] += 1
    labels = [row.get(f"Primary {side} Sector", ""), *(row.get(f"{side} Sectors") or "").split(";")]
    sector = sector_code(labels, "polecat")
    actor = make_actor(row.get(f"{side} Name"), country, sector)
    if actor is not None and row.get(f"{side} Name Raw"):
        actor.text = row[f"{side} Name Raw"]  # the words in the story, as the coder's `text`
    return actor


def _location(row: dict, unmapped: Counter) -> Location | None:
    raw_country = row.get("Country", "")
    country = country_code(raw_country)
    if raw_country and country is None:
        unmapped[f"country {raw_country}"] += 1
    name = row.get("Placename") or row.get("City") or row.get("State") or ""
    lat, lon = number(row.get("Latitude")), number(row.get("Longitude"))
    if not (name or raw_country or lat is not None):
        return None
    return Location(text=row.get("Raw Placename") or name, country=country, name=name or None, lat=lat, lon=lon)


def _quad(value: str | None) -> int | None:
    value = (value or "").strip().upper()
    if value.isdigit():
        return int(value)
    return _QUAD_OF.get(value.replace("_", " "))


def parse(row: dict, unmapped: Counter):
    """One POLECAT row → an asserted Event with the file's PLOVER type and mode."""
    day = parse_day(row.get("Event Date"))
    plover = (row.get("Event Type") or "").strip().upper()
    mode = (row.get("Event Mode") or "").strip().lower() or None
    if not plover:
        raise Skip("unknown PLOVER event type")
    return make_event(
        fmt="polecat",
        cameo_code=plover_to_cameo(plover, mode),
        source=_actor(row, "Actor", unmapped),
        target=_actor(row, "Recipient", unmapped),
        day=day,
        goldstein=row.get("Event Intensity"),
        quad_class=_quad(row.get("Quad Code")),
        location=_location(row, unmapped),
        sentence="",
        plover=plover,
        plover_mode=mode,
        extra={"source_id": row.get("Event ID"), "contexts": row.get("Contexts") or None,
               "format": "polecat"},
    )
