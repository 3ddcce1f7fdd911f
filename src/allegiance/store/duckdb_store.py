"""A single-file DuckDB store for coded documents and their events.

Storing is idempotent per document: the same text twice changes nothing, a document whose text
changed has its old events swapped for the new ones, and every write happens in one transaction
so a crash never leaves half a document behind. Near-copies of a stored article join its story and
mentions of one real-world event share a group (`store/dedup.py`); `events()` returns one row
per group unless asked for every mention. Events go in as `allegiance.model.Event` objects
and come back as dicts in the event-record shape of `Event.to_dict()`, so every shell reads the
same thing whether events were just coded or loaded from disk.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from allegiance.model import Document, Event

from . import dedup
from .schema import MIGRATIONS, Migration, latest_version

_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_EVENT_COLUMNS = [
    "event_id", "doc_id", "sentence_index", "sentence",
    "source_code", "source_country", "source_sector", "source_name", "source_text",
    "target_code", "target_country", "target_sector", "target_name", "target_text",
    "cameo", "cameo_root", "cameo_name", "plover", "plover_mode", "goldstein", "quad_class",
    "modality", "event_date", "event_day", "date_precision", "location", "quote",
    "confidence", "rule", "predicate", "char_start", "char_end", "extra",
]  # fmt: skip

_DOCUMENT_COLUMNS = [
    "doc_id", "content_hash", "title", "url", "outlet", "author", "section", "published",
    "origin", "n_events", "ingested_at", "story_id",
]  # fmt: skip


class SchemaError(RuntimeError):
    """The store file was written by a newer allegiance than this one."""


def event_id(content_hash: str, event: Event) -> str:
    """Deterministic id: re-coding the same text yields the same ids."""
    parts = [
        content_hash,
        str(event.sentence_index),
        str(event.char_start),
        str(event.char_end),
        event.cameo,
        event.source.code if event.source else "",
        event.target.code if event.target else "",
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _event_day(event: Event) -> date | None:
    """A DATE only when the coder pinned the event to a day; year/month stay NULL."""
    if not event.event_date or event.date_precision not in (None, "day"):
        return None
    if not _FULL_DAY.match(event.event_date):
        return None
    try:
        return date.fromisoformat(event.event_date)
    except ValueError:
        return None


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _event_row(content_hash: str, event: Event) -> list[Any]:
    src, tgt = event.source, event.target
    return [
        event_id(content_hash, event),
        event.doc_id,
        event.sentence_index,
        event.sentence,
        src.code if src else None,
        src.country if src else None,
        src.sector if src else None,
        src.name if src else None,
        src.text if src else None,
        tgt.code if tgt else None,
        tgt.country if tgt else None,
        tgt.sector if tgt else None,
        tgt.name if tgt else None,
        tgt.text if tgt else None,
        event.cameo,
        event.cameo_root,
        event.cameo_name,
        event.plover,
        event.plover_mode,
        event.goldstein,
        event.quad_class,
        event.modality,
        event.event_date,
        _event_day(event),
        event.date_precision,
        _json(event.location.to_dict() if event.location else None),
        _json(event.quote.to_dict() if event.quote else None),
        event.confidence,
        event.rule,
        event.predicate,
        event.char_start,
        event.char_end,
        _json(event.extra or None),
    ]


def _document_row(document: Document, n_events: int, now: datetime, story_id: str) -> list[Any]:
    return [
        document.id,
        document.content_hash,
        document.title,
        document.url,
        document.outlet,
        document.author,
        document.section,
        document.date,
        document.origin,
        n_events,
        now,
        story_id,
        document.text,
    ]


def _collect_actors(actors: dict[str, list], event: Event) -> None:
    """Remember each coded actor once per batch; a later blank field keeps the earlier value."""
    for actor in (event.source, event.target):
        if actor is not None and actor.code:
            known = actors.get(actor.code, [None] * 4)
            new = [actor.code, actor.country, actor.sector, actor.name]
            actors[actor.code] = [n if n is not None else k for n, k in zip(new, known)]


def _actor(row: dict, side: str) -> dict | None:
    if row[f"{side}_code"] is None and row[f"{side}_text"] is None:
        return None
    return {
        "text": row[f"{side}_text"],
        "code": row[f"{side}_code"],
        "country": row[f"{side}_country"],
        "sector": row[f"{side}_sector"],
        "name": row[f"{side}_name"],
    }


def _event_dict(row: dict) -> dict:
    """Rebuild the event record (same keys as Event.to_dict()) plus event_id and published."""
    return {
        "doc_id": row["doc_id"],
        "sentence_index": row["sentence_index"],
        "sentence": row["sentence"],
        "source": _actor(row, "source"),
        "target": _actor(row, "target"),
        "cameo": row["cameo"],
        "cameo_root": row["cameo_root"],
        "cameo_name": row["cameo_name"],
        "plover": row["plover"],
        "plover_mode": row["plover_mode"],
        "goldstein": row["goldstein"],
        "quad_class": row["quad_class"],
        "modality": row["modality"],
        "event_date": row["event_date"],
        "date_precision": row["date_precision"],
        "location": json.loads(row["location"]) if row["location"] else None,
        "quote": json.loads(row["quote"]) if row["quote"] else None,
        "confidence": row["confidence"],
        "rule": row["rule"],
        "predicate": row["predicate"],
        "char_start": row["char_start"],
        "char_end": row["char_end"],
        "event_id": row["event_id"],
        "published": row["published"].isoformat() if row["published"] else None,
        "group_id": row.get("group_id") or row["event_id"],
        "n_mentions": row.get("n_mentions", 1),
        "n_sources": row.get("n_sources", 1),
    }


class Store:
    """One DuckDB file holding documents, actors and events.

    `migrations` exists so tests can simulate older and newer schema histories; normal callers
    leave it alone.
    """

    def __init__(
        self,
        path: str | Path = "allegiance.duckdb",
        *,
        migrations: list[Migration] | None = None,
    ) -> None:
        self.path = Path(path)
        self._migrations = sorted(migrations if migrations is not None else MIGRATIONS)
        self._con = duckdb.connect(str(self.path))
        try:
            self._migrate()
        except BaseException:
            self._con.close()
            raise
        self._stories = dedup.StoryIndex(self._con)
        self.near_copies = 0  # documents this Store added to an already stored story

    # -- lifecycle -----------------------------------------------------------------------

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema --------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        row = self._con.execute("SELECT max(version) FROM schema_version").fetchone()
        return row[0] or 0

    def _migrate(self) -> None:
        con = self._con
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)"
        )
        current = self.schema_version
        known = latest_version(self._migrations)
        if current > known:
            raise SchemaError(
                f"{self.path} uses store schema version {current}, but this allegiance only "
                f"knows up to version {known}; upgrade allegiance to open it."
            )
        pending = [(v, stmts) for v, stmts in self._migrations if v > current]
        if not pending:
            return
        con.begin()
        try:
            for version, statements in pending:
                for sql in statements:
                    con.execute(sql)
                con.execute("INSERT INTO schema_version VALUES (?, ?)", [version, _now()])
            con.commit()
        except BaseException:
            con.rollback()
            raise

    # -- writing -------------------------------------------------------------------------

    def add(self, document: Document, events: list[Event]) -> str:
        """Store one document and its events; returns "added", "unchanged" or "replaced"."""
        return self._write_batch([(document, events)])[0]

    def add_batch(self, pairs: list[tuple[Document, list[Event]]]) -> list[str]:
        """Store documents in one transaction; returns each one's outcome, in order."""
        return self._write_batch(list(pairs))

    def has_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are stored already (so their text need not be coded)."""
        hashes = list(hashes)
        if not hashes:
            return set()
        rows = self._con.execute(
            "SELECT content_hash FROM documents WHERE content_hash IN (SELECT unnest(?))", [hashes]
        ).fetchall()
        return {r[0] for r in rows}

    def add_many(
        self, pairs: Iterable[tuple[Document, list[Event]]], *, batch_size: int = 200
    ) -> dict[str, int]:
        """Store many documents, one transaction per batch; returns counts per outcome.

        Documents are handled in order, as if `add` were called for each: a document that
        appears twice is stored once, a later version of the same id replaces an earlier one.
        """
        counts = {"added": 0, "unchanged": 0, "replaced": 0}
        batch: list[tuple[Document, list[Event]]] = []
        for pair in pairs:
            batch.append(pair)
            if len(batch) >= batch_size:
                for outcome in self._write_batch(batch):
                    counts[outcome] += 1
                batch = []
        if batch:
            for outcome in self._write_batch(batch):
                counts[outcome] += 1
        return counts

    def _write_batch(self, pairs: list[tuple[Document, list[Event]]]) -> list[str]:
        """Decide each document's outcome, then write the whole batch in one transaction.

        Writes are grouped into a few multi-row statements: DuckDB pays a fixed cost per
        statement, so row-by-row inserts would dominate ingest time.
        """
        con = self._con
        con.begin()
        try:
            outcomes, stale, fresh = self._plan(pairs)
            if stale:
                con.execute("DELETE FROM events WHERE doc_id IN (SELECT unnest(?))", [stale])
                con.execute("DELETE FROM documents WHERE doc_id IN (SELECT unnest(?))", [stale])
                con.execute("DELETE FROM minhashes WHERE doc_id IN (SELECT unnest(?))", [stale])
                self._stories.remove(stale)
            now = _now()
            doc_rows, event_rows, actors, sig_rows, story_rows = [], [], {}, [], []
            grouper = dedup.EventGrouper(con)
            planned = []
            for document, events in fresh.values():
                rows = {}
                for event in events:
                    row = _event_row(document.content_hash, event)
                    row[1] = document.id  # events belong to the document they are stored with
                    rows.setdefault(row[0], row)  # an exact repeat of an event is stored once
                    _collect_actors(actors, event)
                planned.append((document, list(rows.values())))
            grouper.load(_group_wants(planned))
            near, batch_stories = 0, {}
            for document, rows in planned:
                story_id, sig = self._story(document, batch_stories)
                if story_id is None:
                    story_id = document.content_hash[:32]
                    story_rows.append([story_id, document.id, now])
                else:
                    near += 1
                batch_stories[document.id] = story_id
                sig_rows.append([document.id, dedup.to_blob(sig)])
                taken: set[str] = set()
                for row in rows:
                    fields = dict(zip(_EVENT_COLUMNS, row))
                    day = row[_EVENT_COLUMNS.index("event_day")] or document.date
                    row.append(grouper.assign(row[0], dedup.group_key(fields), day, taken))
                event_rows.extend(rows)
                doc_rows.append(_document_row(document, len(rows), now, story_id))
            self._insert("documents", _DOCUMENT_COLUMNS + ["text"], doc_rows)
            self._insert("events", _EVENT_COLUMNS + ["group_id"], event_rows)
            self._insert("minhashes", ["doc_id", "signature"], sig_rows)
            self._insert("stories", ["story_id", "first_doc_id", "created_at"], story_rows,
                         suffix=" ON CONFLICT DO NOTHING")  # fmt: skip
            self._insert(
                "event_group_keys",
                ["group_id", "source_country", "target_country", "cameo_root", "modality", "anchor"],
                grouper.new_groups, suffix=" ON CONFLICT DO NOTHING",
            )  # fmt: skip
            # Keep what we knew when a new mention leaves a field blank.
            self._insert(
                "actors", ["code", "country", "sector", "name"], list(actors.values()),
                suffix=" ON CONFLICT (code) DO UPDATE SET "
                "country = coalesce(excluded.country, actors.country), "
                "sector = coalesce(excluded.sector, actors.sector), "
                "name = coalesce(excluded.name, actors.name)",
            )  # fmt: skip
            con.commit()
        except BaseException:
            con.rollback()
            self._stories.reset()  # the in-memory index may hold what was just rolled back
            raise
        self._stories.committed()
        self.near_copies += near
        return outcomes

    def _story(self, document: Document, batch_stories: dict[str, str]):
        """(story id of a stored near-copy or None, the document's signature); indexes it."""
        sig = dedup.signature(document.text)
        found = self._stories.match(sig)
        story_id = None
        if found is not None:
            story_id = batch_stories.get(found[0])
            if story_id is None:
                row = self._con.execute(
                    "SELECT coalesce(story_id, content_hash[1:32]) FROM documents WHERE doc_id = ?",
                    [found[0]],
                ).fetchone()
                story_id = row[0] if row else None
        self._stories.add(document.id, sig)
        return story_id, sig

    def _plan(self, pairs):
        """Outcome per document, stored doc ids to delete, and the documents to insert."""
        hashes = [doc.content_hash for doc, _ in pairs]
        ids = [doc.id for doc, _ in pairs]
        found = self._con.execute(
            "SELECT doc_id, content_hash FROM documents WHERE content_hash IN (SELECT unnest(?))"
            " OR doc_id IN (SELECT unnest(?))",
            [hashes, ids],
        ).fetchall()
        hash_of = dict(found)  # doc_id -> content hash, as it will be after each step
        id_of = {h: d for d, h in found}  # content hash -> doc_id
        stored = set(hash_of)
        outcomes, stale, fresh = [], [], {}
        for document, events in pairs:
            digest = document.content_hash
            if digest in id_of:
                outcomes.append("unchanged")
                continue
            if document.id in hash_of:
                outcomes.append("replaced")
                id_of.pop(hash_of[document.id], None)
                if document.id in stored:
                    stale.append(document.id)
                    stored.discard(document.id)
            else:
                outcomes.append("added")
            hash_of[document.id] = digest
            id_of[digest] = document.id
            fresh[document.id] = (document, events)
        return outcomes, stale, fresh

    def _insert(self, table: str, columns: list[str], rows: list[list], suffix: str = "") -> None:
        """One INSERT per batch with one list parameter per column: binding a handful of
        lists is far cheaper than binding every value on its own."""
        if not rows:
            return
        values = ", ".join(f"unnest(?::{self._types(table)[c]}[])" for c in columns)
        self._con.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT {values}" + suffix,
            [list(column) for column in zip(*rows)],
        )

    def _types(self, table: str) -> dict[str, str]:
        """Column types of a table, read once (lists of NULLs need them to bind)."""
        cache = self.__dict__.setdefault("_column_types", {})
        if table not in cache:
            cache[table] = {name: kind for _, name, kind, *_ in
                            self._con.execute(f"PRAGMA table_info('{table}')").fetchall()}
        return cache[table]

    # -- reading -------------------------------------------------------------------------

    def _dicts(self, sql: str, params: list[Any] | None = None) -> list[dict]:
        cur = self._con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def documents(self) -> list[dict]:
        """Document metadata (without the text), oldest publication first."""
        return self._dicts(
            f"SELECT {', '.join(_DOCUMENT_COLUMNS)} FROM documents "
            "ORDER BY published NULLS LAST, doc_id"
        )

    def document_text(self, doc_id: str) -> str | None:
        row = self._con.execute("SELECT text FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    def actors(self) -> list[dict]:
        return self._dicts("SELECT code, country, sector, name FROM actors ORDER BY code")

    def events(
        self,
        country: str | None = None,
        *,
        modality: str | None = None,
        doc_id: str | None = None,
        dedup: bool = True,
    ) -> list[dict]:
        """Events as event-record dicts, optionally only those where `country` is on either side.

        Each dict also carries `event_id`, the document's `published` date (ISO or None), so
        analyses can fall back to publication dates without another query, and its group:
        `group_id`, `n_mentions` (events in the group) and `n_sources` (distinct outlets).
        With `dedup` (the default) a real-world event reported by several documents comes back
        once, as its earliest mention; `dedup=False` returns every stored mention.
        """
        where, params = [], []
        if country is not None:
            where.append("(e.source_country = ? OR e.target_country = ?)")
            params += [country.upper(), country.upper()]
        if modality is not None:
            where.append("e.modality = ?")
            params.append(modality)
        if doc_id is not None:
            where.append("e.doc_id = ?")
            params.append(doc_id)
        keep_first = (
            " QUALIFY row_number() OVER (PARTITION BY gid ORDER BY"
            " coalesce(e.event_day, d.published) NULLS LAST, d.published NULLS LAST, e.doc_id,"
            " e.sentence_index, e.char_start, e.event_id) = 1"
        )
        sql = (
            "WITH picked AS ("
            f"SELECT {', '.join('e.' + c for c in _EVENT_COLUMNS)}, e.group_id, d.published,"
            " coalesce(e.group_id, e.event_id) AS gid"
            " FROM events e JOIN documents d USING (doc_id)"
            + (" WHERE " + " AND ".join(where) if where else "")
            + (keep_first if dedup else "")
            + "), sizes AS ("
            " SELECT coalesce(e.group_id, e.event_id) AS gid, count(*) AS n_mentions,"
            " count(DISTINCT coalesce(d.outlet, d.doc_id)) AS n_sources"
            " FROM events e JOIN documents d USING (doc_id)"
            " WHERE coalesce(e.group_id, e.event_id) IN (SELECT gid FROM picked) GROUP BY 1)"
            " SELECT p.*, s.n_mentions, s.n_sources FROM picked p JOIN sizes s USING (gid)"
            " ORDER BY coalesce(p.event_day, p.published) NULLS LAST, p.doc_id,"
            " p.sentence_index, p.char_start, p.event_id"
        )
        return [_event_dict(row) for row in self._dicts(sql, params)]

    def event_groups(self) -> list[dict]:
        """One row per real-world event: mentions, distinct outlets and stories, dates, dyad."""
        return self._dicts("SELECT * FROM event_groups ORDER BY first_seen NULLS LAST, group_id")

    def count_event_groups(self) -> int:
        return self._con.execute("SELECT count(*) FROM event_groups").fetchone()[0]

    def stories(self) -> list[dict]:
        """Stories (an article and its near-copies): documents, distinct outlets, first date."""
        return self._dicts("SELECT * FROM story_mentions ORDER BY first_published NULLS LAST, story_id")

    def count_events(self) -> int:
        return self._con.execute("SELECT count(*) FROM events").fetchone()[0]

    def count_documents(self) -> int:
        return self._con.execute("SELECT count(*) FROM documents").fetchone()[0]


def _group_wants(planned):
    """(group key, day) pairs of a batch's events, to fetch the groups they could join."""
    key_at = [_EVENT_COLUMNS.index(c) for c in
              ("source_country", "target_country", "cameo_root", "modality")]  # fmt: skip
    day_at = _EVENT_COLUMNS.index("event_day")
    for document, rows in planned:
        for row in rows:
            key = tuple(row[i] for i in key_at)
            day = row[day_at] or document.date
            if all(key) and day is not None:
                yield key, day


def _now() -> datetime:
    """UTC wall clock without tzinfo, matching DuckDB's plain TIMESTAMP."""
    return datetime.now(timezone.utc).replace(tzinfo=None)
