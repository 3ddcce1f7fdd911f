"""The user's own actor knowledge base: office holders added by hand or imported from Wikidata.

The shipped tables in data/actors/ are small and reviewed; this DuckDB file holds what a user
brings on top (millions of Wikidata tenures, local corrections). `people_rows()` returns them in
the shape of people.tsv so the gazetteer (`actors.kb`) reads both the same way.

Rows carry a `source`: 'wikidata' rows are replaced wholesale by each import
(`replace_source`), 'manual' rows are never touched by an import. A manual row overrides the
imported rows for the same person and office: `people_rows()` drops every Wikidata row whose
name (or Wikidata id, where the manual row gives one) and office equal the manual row's, so a
hand-corrected tenure replaces the imported one instead of sitting next to it.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Self

import duckdb

ENV_VAR = "ALLEGIANCE_ACTORS"
DEFAULT_FILE = "allegiance-actors.duckdb"
SOURCES = ("wikidata", "manual")
COLUMNS = ("name", "aliases", "country", "sector", "office", "start", "end")  # as in people.tsv
SCHEMA_VERSION = 1

_SCHEMA = [
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)",
    """
    CREATE TABLE IF NOT EXISTS people (
        name        TEXT NOT NULL,
        aliases     TEXT,
        country     TEXT NOT NULL,
        sector      TEXT,
        office      TEXT,
        start       DATE,
        "end"       DATE,
        source      TEXT NOT NULL CHECK (source IN ('wikidata', 'manual')),
        wikidata_id TEXT,
        added_at    TIMESTAMP NOT NULL
    )
    """,
]

# Wikidata rows hidden by a manual row for the same person and office (see module docstring).
_OVERRIDDEN = """
    p.source = 'wikidata' AND EXISTS (
        SELECT 1 FROM people m WHERE m.source = 'manual'
          AND coalesce(lower(m.office), '') = coalesce(lower(p.office), '')
          AND (lower(m.name) = lower(p.name) OR m.wikidata_id = p.wikidata_id))
"""


def default_path() -> str:
    """$ALLEGIANCE_ACTORS, or allegiance-actors.duckdb in the working directory."""
    return os.environ.get(ENV_VAR) or DEFAULT_FILE


def _text(value) -> str | None:
    """One line of text or None: tabs, newlines and '|' would break the people.tsv shape."""
    if value is None:
        return None
    value = " ".join(str(value).replace("|", " ").split())
    return value or None


def _aliases(value) -> str | None:
    if value is None:
        return None
    items = value.split("|") if isinstance(value, str) else list(value)
    kept = list(dict.fromkeys(a for a in (_text(i) for i in items) if a))
    return "|".join(kept) or None


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, date) else date.fromisoformat(str(value)).isoformat()


def _record(row: dict) -> dict:
    """Clean one row to the stored shape (strings, ISO dates, None for missing)."""
    record = {
        "name": _text(row.get("name")), "aliases": _aliases(row.get("aliases")),
        "country": _text(row.get("country")), "sector": _text(row.get("sector")),
        "office": _text(row.get("office")), "start": _iso(row.get("start")),
        "end": _iso(row.get("end")), "wikidata_id": _text(row.get("wikidata_id")),
    }
    if not record["name"] or not record["country"]:
        raise ValueError(f"an actor row needs a name and a country: {row!r}")
    return record


class UserKB:
    """One user KB file; use as a context manager so the file is released when done."""

    def __init__(self, path: str | os.PathLike | None = None, read_only: bool = False):
        self.path = str(path or default_path())
        self._con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self._migrate()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    def _migrate(self) -> None:
        for statement in _SCHEMA:
            self._con.execute(statement)
        version = self._con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
        if version is None:
            self._con.execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION])
        elif version > SCHEMA_VERSION:
            raise RuntimeError(f"{self.path} was written by a newer allegiance (schema {version})")

    def _rows(self, where: str = "TRUE", params: list | None = None, columns: str = "*",
              limit: int | None = None) -> list[dict]:
        cursor = self._con.execute(
            f'SELECT {columns} FROM people p WHERE {where} ORDER BY lower(name), start NULLS FIRST, office'
            + (f" LIMIT {int(limit)}" if limit else ""), params or [])
        names = [d[0] for d in cursor.description]
        return [{k: _iso(v) if isinstance(v, date) and not isinstance(v, datetime) else v
                 for k, v in zip(names, row)} for row in cursor.fetchall()]

    def add(self, name: str, country: str, sector: str | None = None, office: str | None = None,
            start=None, end=None, aliases: Iterable[str] | str | None = None,
            source: str = "manual", wikidata_id: str | None = None) -> dict:
        """Store one tenure (by default a hand edit) and return it as stored."""
        if source not in SOURCES:
            raise ValueError(f"source must be one of {SOURCES}, not {source!r}")
        record = _record({"name": name, "country": country, "sector": sector, "office": office,
                          "start": start, "end": end, "aliases": aliases, "wikidata_id": wikidata_id})
        if record["start"] and record["end"] and record["end"] <= record["start"]:
            raise ValueError(f"end {record['end']} is not after start {record['start']}")
        self._con.execute(
            'INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())',
            [*(record[c] for c in COLUMNS), source, record["wikidata_id"]])
        return {**record, "source": source}

    def remove(self, name: str, office: str | None = None, source: str = "manual") -> int:
        """Delete `name`'s rows from `source` (only the given office, if one is named); the count."""
        where = "lower(name) = lower(?) AND source = ?"
        params: list = [name, source]
        if office is not None:
            where += " AND lower(office) = lower(?)"
            params.append(office)
        count = self._con.execute(f"SELECT count(*) FROM people WHERE {where}", params).fetchone()[0]
        self._con.execute(f"DELETE FROM people WHERE {where}", params)
        return count

    def find(self, name: str) -> list[dict]:
        """Every row of the people whose name, or an alias on any of their rows, is `name` (any case)."""
        match = "lower(name) = lower(?) OR list_contains(string_split(lower(coalesce(aliases, '')), '|'), lower(?))"
        return self._rows(f"lower(name) IN (SELECT lower(name) FROM people WHERE {match})", [name, name])

    def list(self, country: str | None = None, source: str | None = None,
             limit: int | None = None) -> list[dict]:
        """Stored rows (the first `limit` by name), optionally of one country code and/or source."""
        clauses, params = ["TRUE"], []
        if country:
            clauses.append("upper(country) = upper(?)")
            params.append(country)
        if source:
            clauses.append("source = ?")
            params.append(source)
        return self._rows(" AND ".join(clauses), params, limit=limit)

    def count(self, country: str | None = None, source: str | None = None) -> int:
        where = "(? IS NULL OR upper(country) = upper(?)) AND (? IS NULL OR source = ?)"
        return self._con.execute(f"SELECT count(*) FROM people WHERE {where}",
                                 [country, country, source, source]).fetchone()[0]

    def people_rows(self) -> list[dict]:
        """Rows in people.tsv shape, with imported rows that a manual row overrides left out."""
        return self._rows(f"NOT ({_OVERRIDDEN})", columns=", ".join(f'"{c}"' for c in COLUMNS))

    def replace_source(self, source: str, rows: Iterable[dict]) -> int:
        """Swap every row of `source` for `rows` in one transaction; returns how many were stored.

        `rows` may be a generator over a huge dump: it is spooled to a temporary CSV file first
        (bounded memory), so a dump that fails half-way leaves the old rows in place.
        """
        if source not in SOURCES:
            raise ValueError(f"source must be one of {SOURCES}, not {source!r}")
        fields = [*COLUMNS, "wikidata_id"]
        with tempfile.TemporaryDirectory(prefix="allegiance-actors-") as folder:
            spool = Path(folder) / "rows.csv"
            count = 0
            with spool.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(fields)
                for row in rows:
                    record = _record(row)
                    writer.writerow(["" if record[f] is None else record[f] for f in fields])
                    count += 1
            types = {f: "DATE" if f in ("start", "end") else "VARCHAR" for f in fields}
            self._con.execute("BEGIN TRANSACTION")
            try:
                self._con.execute("DELETE FROM people WHERE source = ?", [source])
                self._con.execute(
                    f"""INSERT INTO people SELECT name, aliases, country, sector, office, start, "end",
                               ?, wikidata_id, now()
                        FROM read_csv(?, header = true, delim = ',', quote = '"', escape = '"',
                                      columns = {types!r})""",
                    [source, str(spool)])
                self._con.execute("COMMIT")
            except BaseException:
                self._con.execute("ROLLBACK")
                raise
        return count


def people_rows(path: str | os.PathLike | None = None) -> list[dict]:
    """The user KB's office holders as people.tsv rows; [] when there is no user KB file."""
    path = str(path or default_path())
    if not Path(path).is_file():
        return []
    with UserKB(path, read_only=True) as kb:
        return kb.people_rows()
