"""PLOVER JSON: one JSON object per line, one event per object.

The core fields follow the PLOVER specification's event record: an id, the date, the event
type, mode and context, the actor and recipient, the location. Fields PLOVER does not define
but this project knows (CAMEO code, Goldstein intensity, QuadClass, modality, the evidence
sentence) travel alongside under their own keys, so our own exports import back losslessly;
a PLOVER file from elsewhere needs only the core fields.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import IO

from allegiance.model import MODALITIES, Location

from .common import (
    Skip,
    country_code,
    export_day,
    make_actor,
    make_event,
    number,
    parse_day,
    plover_to_cameo,
)


def _actor(actor: dict | None) -> dict | None:
    if not actor:
        return None
    return {"name": actor.get("name"), "country": actor.get("country"), "sector": actor.get("sector"),
            "code": actor.get("code"), "text": actor.get("text")}


def record(event: dict) -> dict:
    """The PLOVER JSON object for one stored event."""
    day = export_day(event)
    loc = event.get("location")
    return {
        "id": event["event_id"],
        "date": day.isoformat() if day else None,
        "event_type": event.get("plover") or None,
        "mode": event.get("plover_mode"),
        "context": [],
        "actor": _actor(event.get("source")),
        "recipient": _actor(event.get("target")),
        "location": None if not loc else {
            "placename": loc.get("name"), "country": loc.get("country"),
            "lat": loc.get("lat"), "lon": loc.get("lon"), "text": loc.get("text"),
        },
        "intensity": event.get("goldstein"),
        "quad_class": event.get("quad_class"),
        "cameo": event.get("cameo"),
        "modality": event.get("modality"),
        "confidence": event.get("confidence"),
        "source": {
            "doc_id": event.get("doc_id"), "url": event.get("url"), "outlet": event.get("outlet"),
            "published": event.get("published"), "sentence": event.get("sentence"),
            "sentence_index": event.get("sentence_index"),
            "char_start": event.get("char_start"), "char_end": event.get("char_end"),
            "rule": event.get("rule"),
        },
    }  # fmt: skip


def export_events(events: Iterable[dict], out: IO[str]) -> int:
    """Write PLOVER JSON Lines; returns objects written."""
    n = 0
    for event in events:
        out.write(json.dumps(record(event), ensure_ascii=False) + "\n")
        n += 1
    return n


# -- import ----------------------------------------------------------------------------------


def rows(lines: Iterator[str]):
    for line in lines:
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            yield line, None, "bad JSON"
            continue
        if not isinstance(obj, dict):
            yield line, None, "bad JSON"
        else:
            yield line, obj, None


def _import_actor(obj: dict | None, unmapped: Counter):
    if not isinstance(obj, dict):
        return None
    country = country_code(obj.get("country"))
    if obj.get("country") and country is None:
        unmapped[f"country {obj.get('country')}"] += 1
    actor = make_actor(obj.get("name"), country, obj.get("sector") or None, obj.get("code") or None)
    if actor is not None and obj.get("text"):
        actor.text = obj["text"]
    return actor


def parse(obj: dict, unmapped: Counter):
    """One PLOVER object → an Event; our own extension keys are used when present."""
    day = parse_day(obj.get("date"))
    plover = (obj.get("event_type") or "").strip().upper()
    mode = obj.get("mode") or None
    code = obj.get("cameo") or (plover_to_cameo(plover, mode) if plover else None)
    if not code:
        raise Skip("unknown PLOVER event type")
    loc = obj.get("location") if isinstance(obj.get("location"), dict) else None
    location = None
    if loc:
        location = Location(text=loc.get("text") or loc.get("placename") or "",
                            country=country_code(loc.get("country")), name=loc.get("placename"),
                            lat=number(loc.get("lat")), lon=number(loc.get("lon")))
    source = obj.get("source") if isinstance(obj.get("source"), dict) else {}
    event = make_event(
        fmt="plover",
        cameo_code=code,
        source=_import_actor(obj.get("actor"), unmapped),
        target=_import_actor(obj.get("recipient"), unmapped),
        day=day,
        goldstein=obj.get("intensity"),
        quad_class=obj.get("quad_class"),
        location=location,
        sentence=source.get("sentence") or source.get("url") or "",
        plover=plover or None,
        plover_mode=mode,
        extra={"source_id": obj.get("id"), "context": obj.get("context") or None, "format": "plover"},
    )
    if obj.get("modality") in MODALITIES:
        event.modality = obj["modality"]
    return event
