"""The records that flow through allegiance: documents in, events out.

`Event.to_dict()` is the event record fixed by the design notes; every shell (CLI, store,
exports) serialises events through it so the contract lives in one place.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date

MODALITIES = ("asserted", "negated", "hypothetical", "future", "historical")


@dataclass
class Document:
    """One input document after cleaning: the text to code plus what we know about it."""

    id: str
    text: str
    date: date | None = None  # publication date
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    section: str | None = None  # "news" | "opinion"
    origin: str | None = None  # file path or "-" it came from
    dateline: str | None = None  # the place a wire story was filed from

    @property
    def content_hash(self) -> str:
        """Stable hash of the coded text: storing the same text twice is a no-op."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Actor:
    """A resolved actor: CAMEO-style code = country (or IGO/group code) + sector."""

    text: str
    code: str
    country: str | None
    sector: str | None = None
    name: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Location:
    text: str
    country: str | None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Quote:
    text: str
    speaker: Actor | None

    def to_dict(self) -> dict:
        return {"text": self.text, "speaker": self.speaker.to_dict() if self.speaker else None}


@dataclass
class Event:
    doc_id: str
    sentence_index: int
    sentence: str
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    cameo_name: str
    plover: str
    plover_mode: str | None
    goldstein: float
    quad_class: int
    modality: str
    event_date: str | None
    date_precision: str | None
    location: Location | None
    quote: Quote | None
    confidence: float
    rule: str
    char_start: int
    char_end: int
    predicate: str = ""
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "cameo_name": self.cameo_name,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "modality": self.modality,
            "event_date": self.event_date,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "quote": self.quote.to_dict() if self.quote else None,
            "confidence": self.confidence,
            "rule": self.rule,
            "predicate": self.predicate,
            "char_start": self.char_start,
            "char_end": self.char_end,
        }
