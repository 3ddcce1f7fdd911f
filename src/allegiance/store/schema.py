"""Schema migrations for the DuckDB store.

Each migration is `(version, [SQL statements])`. A store file records every version applied in
`schema_version`; opening a file written by an older allegiance applies the missing ones in
order, inside one transaction, so a file is never left half-migrated. To change the schema,
append a new migration: never edit one that has shipped, because existing files already ran it.
"""

from __future__ import annotations

Migration = tuple[int, list[str]]

MIGRATIONS: list[Migration] = [
    (
        1,
        [
            """
            CREATE TABLE documents (
                doc_id       TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                title        TEXT,
                url          TEXT,
                outlet       TEXT,
                author       TEXT,
                section      TEXT,
                published    DATE,
                origin       TEXT,
                text         TEXT NOT NULL,
                n_events     INTEGER NOT NULL,
                ingested_at  TIMESTAMP NOT NULL
            )
            """,
            """
            CREATE TABLE actors (
                code    TEXT PRIMARY KEY,
                country TEXT,
                sector  TEXT,
                name    TEXT
            )
            """,
            # event_date keeps what the coder found ("2019", "2019-03", "2019-03-14");
            # event_day is only filled when that is a full day, so date queries stay honest.
            """
            CREATE TABLE events (
                event_id       TEXT PRIMARY KEY,
                doc_id         TEXT NOT NULL,
                sentence_index INTEGER NOT NULL,
                sentence       TEXT NOT NULL,
                source_code    TEXT,
                source_country TEXT,
                source_sector  TEXT,
                source_name    TEXT,
                source_text    TEXT,
                target_code    TEXT,
                target_country TEXT,
                target_sector  TEXT,
                target_name    TEXT,
                target_text    TEXT,
                cameo          TEXT NOT NULL,
                cameo_root     TEXT,
                cameo_name     TEXT,
                plover         TEXT,
                plover_mode    TEXT,
                goldstein      DOUBLE,
                quad_class     INTEGER,
                modality       TEXT NOT NULL,
                event_date     TEXT,
                event_day      DATE,
                date_precision TEXT,
                location       TEXT,
                quote          TEXT,
                confidence     DOUBLE,
                rule           TEXT,
                predicate      TEXT,
                char_start     INTEGER,
                char_end       INTEGER,
                extra          TEXT
            )
            """,
            "CREATE INDEX events_doc ON events (doc_id)",
            "CREATE INDEX events_source_country ON events (source_country)",
            "CREATE INDEX events_target_country ON events (target_country)",
        ],
    ),
]


def latest_version(migrations: list[Migration] = MIGRATIONS) -> int:
    """The schema version a store is at once every migration has run."""
    return max((v for v, _ in migrations), default=0)
