"""Hand-made stores for the analysis tests: events placed on chosen days between chosen states."""

from __future__ import annotations

from datetime import date

from allegiance.model import Actor, Document, Event
from allegiance.store import Store


def actor(code: str) -> Actor:
    """`IRQ` (the state) or `IRQGOV` (a sector of it)."""
    return Actor(text=code, code=code, country=code[:3], sector=code[3:] or None)


def event(src: str, tgt: str, goldstein: float, day: str | None, *, i: int = 0,
          modality: str = "asserted", rule: str = "test", quad: int | None = None,
          sentence: str | None = None) -> Event:
    if quad is None:
        quad = (2 if goldstein >= 6 else 1) if goldstein >= 0 else (4 if goldstein <= -6 else 3)
    return Event(
        doc_id="x", sentence_index=i, sentence=sentence or f"Event {i}: {src} to {tgt}.",
        source=actor(src), target=actor(tgt), cameo="051" if goldstein >= 0 else "111",
        cameo_root="05" if goldstein >= 0 else "11", cameo_name="test code", plover="SUPPORT",
        plover_mode=None, goldstein=goldstein, quad_class=quad, modality=modality,
        event_date=day, date_precision="day" if day else None, location=None, quote=None,
        confidence=0.8, rule=rule, char_start=i, char_end=i + 1,
    )  # fmt: skip


def add(store: Store, doc_id: str, published: str, events: list[Event]) -> None:
    """One document holding `events`; its text is unique so it is never taken for a copy."""
    for e in events:
        e.doc_id = doc_id
    store.add(Document(id=doc_id, text=f"document {doc_id} " + " ".join(
        f"{e.sentence_index}:{e.source.code}-{e.target.code}:{e.goldstein}:{e.event_date}" for e in events),
        date=date.fromisoformat(published)), events)


def repeat(src: str, tgt: str, goldstein: float, day: str | None, n: int, start: int = 0) -> list[Event]:
    return [event(src, tgt, goldstein, day, i=start + k) for k in range(n)]
