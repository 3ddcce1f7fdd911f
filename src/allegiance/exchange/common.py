"""What every exchange format shares: code tables, streaming readers, chunked import, export rows.

Imports never load a whole file: rows stream from plain, gzipped or zipped files, are parsed one
at a time by the format module, and go to the store in chunks. Each chunk is stored as one
document whose text is a canonical line naming the format, file, chunk number and a SHA-256 of
the chunk's raw rows, so importing the same file again is a no-op (the store keys documents on
their text's hash) and a changed file replaces only the chunks that changed.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import math
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import IO, Any

from allegiance.datafiles import read_tsv
from allegiance.model import Actor, Document, Event, Location
from allegiance.ontology import cameo

CHUNK_ROWS = 10_000
PROGRESS_MIN_BYTES = 1_000_000  # files smaller than this import without a progress bar


class Skip(Exception):
    """A row that cannot become an event; the message is the reason counted in the summary."""


# -- code tables -----------------------------------------------------------------------------


@cache
def _countries() -> dict[str, dict]:
    return {row["code"]: row for row in read_tsv("actors", "countries.tsv")}


def country_name(iso3: str | None) -> str | None:
    """The display name of a project country code ("IRQ" → "Iraq")."""
    row = _countries().get(iso3 or "")
    return row["name"] if row else None


@cache
def _names() -> dict[str, str]:
    """Lower-cased country name or alias → code (ICEWS and POLECAT name countries in words)."""
    out: dict[str, str] = {}
    for code, row in _countries().items():
        for name in [row["name"], *(row.get("aliases") or "").split("|")]:
            if name and name.strip():
                out.setdefault(name.strip().lower(), code)
    return out


def country_code(text: str | None) -> str | None:
    """A country code from a code or a name, or None when it names no known state.

    Historical states keep their own code here; `analysis_country` maps them to the successor.
    """
    if not text or not text.strip():
        return None
    text = text.strip()
    if text.upper() in _countries():
        return text.upper()
    return _names().get(text.lower())


def analysis_country(code: str | None) -> str | None:
    """The country an actor counts as in analysis: historical states as their successor."""
    row = _countries().get(code or "")
    if row is None:
        return None
    return row.get("successor") or code


@cache
def _fips() -> tuple[dict[str, str], dict[str, str]]:
    to_iso: dict[str, str] = {}
    to_fips: dict[str, str] = {}
    for row in read_tsv("exchange", "fips_iso.tsv"):
        to_iso[row["fips"]] = row["iso3"]
        to_fips.setdefault(row["iso3"], row["fips"])
    return to_iso, to_fips


def fips_to_iso3(fips: str | None) -> str | None:
    return _fips()[0].get((fips or "").strip().upper())


def iso3_to_fips(iso3: str | None) -> str | None:
    return _fips()[1].get(analysis_country(iso3) or iso3 or "")


@cache
def _sectors() -> list[tuple[str, list[str], list[str]]]:
    def alts(value: str | None) -> list[str]:
        return [v.strip() for v in (value or "").split("|") if v.strip()]

    return [(r["sector"], alts(r["icews"]), alts(r["polecat"])) for r in read_tsv("exchange", "sectors.tsv")]


def is_sector(code: str | None) -> bool:
    """Whether a 3-letter code is one of the project's sectors (GOV, MIL, ...)."""
    return any(code == row[0] for row in _sectors())


def sector_label(sector: str | None, scheme: str) -> str:
    """The word a format writes for a project sector ("GOV" → "Government" for ICEWS)."""
    for code, icews, polecat in _sectors():
        if code == sector:
            labels = icews if scheme == "icews" else polecat
            return labels[0] if labels else code
    return sector or ""


def sector_code(labels: Iterable[str], scheme: str) -> str | None:
    """The project sector for a list of a format's sector words; table order breaks ties."""
    wanted = {label.strip().lower() for label in labels if label and label.strip()}
    if not wanted:
        return None
    for code, icews, polecat in _sectors():
        words = icews + polecat if scheme == "icews" else polecat + icews
        if code.lower() in wanted or any(w.lower() in wanted for w in words):
            return code
    return None


@cache
def _plover_cameo() -> dict[tuple[str, str | None], str]:
    return {(r["plover"], r["mode"]): r["cameo"] for r in read_tsv("exchange", "plover_cameo.tsv")}


def plover_to_cameo(plover: str, mode: str | None) -> str:
    """A representative CAMEO code for a PLOVER type and mode; raises Skip for unknown types."""
    table = _plover_cameo()
    key = (plover or "").strip().upper()
    mode = (mode or "").strip().lower() or None
    code = table.get((key, mode)) or table.get((key, None))
    if code is None:
        raise Skip("unknown PLOVER event type")
    return code


def _kb_actor_code(name: str | None) -> str | None:
    """An organisation or armed group's own code from its name ("United Nations" → IGOUNO)."""
    if not name:
        return None
    from allegiance.actors.kb import load_kb

    for entry in load_kb().phrases.get(name.strip(), []):
        if entry.kind in ("igo", "group") and entry.code:
            return entry.code
    return None


def make_actor(name: str | None, country: str | None, sector: str | None, code: str | None = None) -> Actor | None:
    """An Actor from what a format gives; the code is rebuilt CAMEO-style when it has none.

    A name the gazetteer knows as an organisation or armed group keeps that group's own code,
    so "Islamic State" round-trips as IMGISL rather than as a country plus sector.
    """
    name = (name or "").strip() or None
    if not (name or country or code):
        return None
    if not code:
        code = _kb_actor_code(name) or ((country or "") + (sector or "")) or None
    return Actor(text=name or code or "", code=code or "", country=analysis_country(country), sector=sector, name=name)


def parse_day(text: str | None) -> date:
    """A day from YYYYMMDD, YYYY-MM-DD or YYYY/MM/DD (a time part is ignored); Skip otherwise."""
    value = (text or "").strip().split(" ")[0].split("T")[0]
    try:
        if len(value) == 8 and value.isdigit():
            return date(int(value[:4]), int(value[4:6]), int(value[6:]))
        return date.fromisoformat(value.replace("/", "-"))
    except ValueError:
        raise Skip("bad date") from None


def number(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def make_event(
    *,
    fmt: str,
    cameo_code: str | int,
    source: Actor | None,
    target: Actor | None,
    day: date,
    goldstein: str | float | None = None,
    quad_class: str | int | None = None,
    location: Location | None = None,
    sentence: str = "",
    plover: str | None = None,
    plover_mode: str | None = None,
    extra: dict | None = None,
) -> Event:
    """An asserted Event with everything the file lacks filled in from the CAMEO ontology."""
    try:
        code = cameo.get(str(cameo_code).strip())
    except (KeyError, TypeError):
        raise Skip("unknown CAMEO code") from None
    score = number(goldstein) if not isinstance(goldstein, float) else goldstein
    try:
        quad = int(quad_class) if quad_class not in (None, "") else code.quad_class
    except (TypeError, ValueError):
        quad = code.quad_class
    if quad not in (1, 2, 3, 4):
        quad = code.quad_class
    return Event(
        doc_id="",  # set to the chunk's document when stored
        sentence_index=0,  # set to the row number when stored
        sentence=sentence or "",
        source=source,
        target=target,
        cameo=code.code,
        cameo_root=code.root,
        cameo_name=code.name,
        plover=plover or code.plover or "",
        plover_mode=plover_mode if plover else code.plover_mode,
        goldstein=code.goldstein if score is None else score,
        quad_class=quad,
        modality="asserted",
        event_date=day.isoformat(),
        date_precision="day",
        location=location,
        quote=None,
        confidence=1.0,
        rule=f"import:{fmt}",
        char_start=0,
        char_end=0,
        extra=dict(extra or {}),
    )


# -- reading files ---------------------------------------------------------------------------


@dataclass
class Member:
    """One readable table: a plain file, a gzip file, or one member of a zip archive."""

    label: str  # the file name used in document ids ("events.zip/2019.tab")
    origin: str  # the path on disk
    size: int  # uncompressed bytes when known, for the progress bar
    open: Callable[[], IO[bytes]]


def members(path: str | Path) -> Iterator[Member]:
    """Every table in `path`; a zip archive yields each file it contains, in archive order."""
    path = Path(path)
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
        for info in infos:
            def opener(info=info):
                archive = zipfile.ZipFile(path)
                return archive.open(info)
            yield Member(f"{path.name}/{info.filename}", str(path), info.file_size, opener)
    elif path.suffix == ".gz":
        yield Member(path.name[:-3], str(path), path.stat().st_size * 5, lambda: gzip.open(path, "rb"))  # noqa: SIM115
    else:
        yield Member(path.name, str(path), path.stat().st_size, lambda: open(path, "rb"))  # noqa: SIM115


def lines(stream: IO[bytes]) -> Iterator[str]:
    """Text lines without their line ending; undecodable bytes become U+FFFD, not a crash."""
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="")
    try:
        for line in text:
            yield line.rstrip("\r\n")
    finally:
        text.detach()  # the caller owns the stream (and still asks it how far it has read)


def first_line(path: str | Path) -> str:
    """The first line of the first table in `path` (to guess its format)."""
    for member in members(path):
        with member.open() as stream:
            return next(lines(stream), "")
    return ""


# -- importing -------------------------------------------------------------------------------


@dataclass
class ImportSummary:
    """What an import did, for the summary line and for tests."""

    format: str
    files: int = 0
    rows: int = 0
    imported: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason → rows
    unmapped: Counter = field(default_factory=Counter)  # "country name: Xyz" → rows, kept anyway
    chunks: Counter = field(default_factory=Counter)  # added / unchanged / replaced

    def line(self) -> str:
        skipped = sum(self.skipped.values())
        why = ", ".join(f"{n} {reason}" for reason, n in self.skipped.most_common())
        chunks = ", ".join(f"{n} {k}" for k, n in sorted(self.chunks.items()))
        return (f"{self.format}: {self.files} files, {self.rows} rows, {self.imported} events "
                f"imported, {skipped} skipped" + (f" ({why})" if why else "")
                + (f"; chunks: {chunks}" if chunks else ""))


RowParser = Callable[[Any, Counter], Event]  # (fields, unmapped-value counter) → Event
Progress = Callable[[str, int, int], None]  # (file label, bytes done, bytes total)


def import_table(
    store: Any,
    fmt: str,
    member: Member,
    rows: Iterator[tuple[str, list[str] | None, str | None]],
    parse: RowParser,
    summary: ImportSummary,
    *,
    chunk_rows: int = CHUNK_ROWS,
    on_progress: Progress | None = None,
    tell: Callable[[], int] | None = None,
) -> None:
    """Parse `rows` (raw line, fields or None, skip reason or None) and store them in chunks."""
    chunk_no = 0
    raw: list[str] = []
    events: list[Event] = []

    def flush() -> None:
        nonlocal chunk_no, raw, events
        if not raw:
            return
        chunk_no += 1
        digest = hashlib.sha256("\n".join(raw).encode("utf-8")).hexdigest()
        doc_id = f"import:{fmt}:{member.label}:{chunk_no}"
        text = f"allegiance import | format {fmt} | file {member.label} | chunk {chunk_no} | rows {len(raw)} | sha256 {digest}"
        for event in events:
            event.doc_id = doc_id
        outcome = store.add(Document(id=doc_id, text=text, origin=member.origin, outlet=fmt.upper()), events)
        summary.chunks[outcome] += 1
        if on_progress and tell:
            on_progress(member.label, tell(), member.size)
        raw, events = [], []

    for raw_line, fields, reason in rows:
        summary.rows += 1
        raw.append(raw_line)
        if reason is None and fields is not None:
            try:
                event = parse(fields, summary.unmapped)
            except Skip as skip:
                reason = str(skip)
            else:
                event.sentence_index = summary.rows  # unique per row, so each keeps its own id
                events.append(event)
                summary.imported += 1
        if reason is not None:
            summary.skipped[reason] += 1
        if len(raw) >= chunk_rows:
            flush()
    flush()


def tsv_rows(stream_lines: Iterator[str], n_columns: int | None, header: list[str] | None = None):
    """Split tab-separated lines; rows with the wrong number of columns carry a skip reason."""
    for line in stream_lines:
        if not line.strip():
            continue
        fields = line.split("\t")
        expected = n_columns if n_columns is not None else len(header or [])
        if len(fields) != expected:
            yield line, None, "wrong column count"
        else:
            yield line, fields, None


def header_rows(stream_lines: Iterator[str], default_header: list[str]):
    """Tab-separated rows with a header line, as dicts keyed by column name.

    A file without a header is read with the format's standard columns. Extra or missing
    columns in the header are fine (columns are found by name); a row whose field count differs
    from its header is skipped as "wrong column count".
    """
    header: list[str] | None = None
    for line in stream_lines:
        if not line.strip():
            continue
        if header is None:
            first = [f.strip().strip('"') for f in line.split("\t")]
            if first and first[0].lower() == default_header[0].lower():
                header = first
                continue
            header = default_header
        fields = line.split("\t")
        if len(fields) != len(header):
            yield line, None, "wrong column count"
        else:
            yield line, dict(zip(header, (f.strip() for f in fields))), None


# -- exporting -------------------------------------------------------------------------------


def export_events(
    store: Any,
    *,
    country: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    modality: str | None = "asserted",
    batch: int = 2000,
) -> Iterator[dict]:
    """Stream stored events as event-record dicts plus document url, outlet and text length.

    Only asserted events by default: the exchange formats record what happened and have no
    column for "negated" or "hypothetical", so exporting those would turn them into facts.
    The date filter uses the event's day, else the document's publication date.
    """
    from allegiance.store.duckdb_store import _EVENT_COLUMNS, _event_dict

    where, params = [], []
    if country:
        where.append("(e.source_country = ? OR e.target_country = ?)")
        params += [country.upper(), country.upper()]
    if modality:
        where.append("e.modality = ?")
        params.append(modality)
    day = "coalesce(e.event_day, d.published)"
    if date_from:
        where.append(f"{day} >= ?")
        params.append(date_from)
    if date_to:
        where.append(f"{day} <= ?")
        params.append(date_to)
    sql = (
        f"SELECT {', '.join('e.' + c for c in _EVENT_COLUMNS)}, d.published, d.url, d.outlet, "
        "length(d.text) AS doc_len FROM events e JOIN documents d USING (doc_id)"
        + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY {day} NULLS LAST, e.doc_id, e.sentence_index, e.event_id"
    )
    cursor = store._con.cursor()  # own cursor: writing to the same store meanwhile is safe
    cursor.execute(sql, params)
    names = [d[0] for d in cursor.description]
    while True:
        rows = cursor.fetchmany(batch)
        if not rows:
            break
        for row in rows:
            record = dict(zip(names, row))
            event = _event_dict(record)
            event.update(url=record["url"], outlet=record["outlet"], doc_len=record["doc_len"])
            yield event


def export_day(event: dict) -> date | None:
    """The day an exported row carries: the event's date (padded to a day), else publication."""
    value = event.get("event_date") or ""
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return date.fromisoformat(value)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 1 and len(value) == 4 and value.isdigit():
            return date(int(value), 1, 1)
    except ValueError:
        pass
    published = event.get("published")
    return date.fromisoformat(published) if published else None


def numeric_id(event_id: str) -> int:
    """A positive 60-bit integer id from our hex event id: GDELT and ICEWS ids are integers."""
    return int(event_id[:15], 16)


def clean(value: Any) -> str:
    """One TSV field: None → empty, tabs and line breaks → spaces, floats without noise."""
    if value is None:
        return ""
    if isinstance(value, float):
        value = "" if math.isnan(value) else f"{value:.6f}".rstrip("0").rstrip(".")
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def write_table(events: Iterable[dict], out: IO[str], columns: list[str] | None, row) -> int:
    """Write one row per event (after a header row when `columns` is given); returns rows written."""
    if columns:
        out.write("\t".join(columns) + "\n")
    n = 0
    for event in events:
        write_tsv_row(out, row(event))
        n += 1
    return n


def write_tsv_row(out: IO[str], values: Iterable[Any]) -> None:
    out.write("\t".join(clean(v) for v in values) + "\n")


def actor_parts(actor: dict | None) -> dict:
    """Always a dict with code, country, sector, name (empty actor → all None)."""
    actor = actor or {}
    return {k: actor.get(k) for k in ("code", "country", "sector", "name", "text")}
