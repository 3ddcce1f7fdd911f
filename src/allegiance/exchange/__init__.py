"""Exchange with the event data people already have: GDELT 2.0, ICEWS, POLECAT, PLOVER JSON.

`export_store` writes stored events in one of the formats; `import_paths` reads files in them
(plain, .gz or .zip; streamed, in chunks) into a store so the same analysis sees them. Column
mappings and what each direction loses: docs/exchange.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import IO, Any

from . import gdelt, icews, plover, polecat
from .common import (
    CHUNK_ROWS,
    PROGRESS_MIN_BYTES,
    ImportSummary,
    Progress,
    export_events,
    first_line,
    import_table,
    lines,
    members,
)  # fmt: skip

EXPORT_FORMATS = {
    "gdelt": gdelt.export_events,
    "gdelt-mentions": gdelt.export_mentions,
    "icews": icews.export_events,
    "polecat": polecat.export_events,
    "plover": plover.export_events,
}
IMPORT_FORMATS = {"gdelt": gdelt, "icews": icews, "polecat": polecat, "plover": plover}

__all__ = [
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "PROGRESS_MIN_BYTES",
    "ImportSummary",
    "detect_format",
    "export_store",
    "import_file",
    "import_paths",
]  # fmt: skip


def detect_format(path: str | Path) -> str:
    """Guess a file's format from its first line; ValueError when it fits none."""
    line = first_line(path)
    fields = line.split("\t")
    if line.lstrip().startswith("{"):
        return "plover"
    if fields[0].strip().strip('"').lower() == "event id" and len(fields) > 2:
        third = fields[2].strip().strip('"').lower()
        if third == "source name":
            return "icews"
        if third == "event type":
            return "polecat"
    if len(fields) == len(gdelt.EVENT_COLUMNS):
        return "gdelt"
    raise ValueError(f"{path}: cannot tell the format from its first line; pass --format")


def export_store(
    store: Any,
    fmt: str,
    out: IO[str],
    *,
    country: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    modality: str | None = "asserted",
) -> int:
    """Stream the store's events (filtered) into `out` in format `fmt`; returns rows written."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(EXPORT_FORMATS)}")
    events = export_events(store, country=country, date_from=date_from, date_to=date_to, modality=modality)
    return EXPORT_FORMATS[fmt](events, out)


def import_file(
    store: Any,
    path: str | Path,
    fmt: str,
    summary: ImportSummary,
    *,
    chunk_rows: int = CHUNK_ROWS,
    on_progress: Progress | None = None,
) -> None:
    """Import one file (each member of a zip) in format `fmt`, adding to `summary`."""
    module = IMPORT_FORMATS[fmt]
    for member in members(path):
        summary.files += 1
        with member.open() as stream:
            import_table(store, fmt, member, module.rows(lines(stream)), module.parse, summary,
                         chunk_rows=chunk_rows, on_progress=on_progress, tell=stream.tell)


def import_paths(
    store: Any,
    paths: Iterable[str | Path],
    fmt: str = "auto",
    *,
    chunk_rows: int = CHUNK_ROWS,
    on_progress: Progress | None = None,
) -> dict[str, ImportSummary]:
    """Import files into `store`; one summary per format met ("auto" guesses per file)."""
    if fmt != "auto" and fmt not in IMPORT_FORMATS:
        raise ValueError(f"unknown import format {fmt!r}; choose from auto, {', '.join(IMPORT_FORMATS)}")
    summaries: dict[str, ImportSummary] = {}
    for path in paths:
        kind = detect_format(path) if fmt == "auto" else fmt
        summary = summaries.setdefault(kind, ImportSummary(kind))
        import_file(store, path, kind, summary, chunk_rows=chunk_rows, on_progress=on_progress)
    return summaries
