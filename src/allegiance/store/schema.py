"""Schema migrations for the DuckDB store.

Each migration is `(version, [SQL statements])`. A store file records every version applied in
`schema_version`; opening a file written by an older allegiance applies the missing ones in
order, inside one transaction, so a file is never left half-migrated. To change the schema,
append a new migration: never edit one that has shipped, because existing files already ran it.

Version 2 adds duplicate handling (see `store/dedup.py` and docs/ingest.md): `stories` and
`documents.story_id` tie near-copies of one article together, `events.group_id` ties mentions
of one real-world event together, and the `event_groups` / `story_mentions` views count them
(like GDELT's NumMentions and NumSources). Analyses count `COALESCE(group_id, event_id)` once.
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
    (
        2,
        [
            # Near-copies of one article (syndication, small edits) share a story.
            """
            CREATE TABLE stories (
                story_id     TEXT PRIMARY KEY,
                first_doc_id TEXT NOT NULL,
                created_at   TIMESTAMP NOT NULL
            )
            """,
            "ALTER TABLE documents ADD COLUMN story_id TEXT",
            # Mentions of one real-world event, across documents, share a group.
            "ALTER TABLE events ADD COLUMN group_id TEXT",
            # One MinHash signature per document (128 unsigned 64-bit values as bytes).
            "CREATE TABLE minhashes (doc_id TEXT PRIMARY KEY, signature BLOB NOT NULL)",
            # What a new mention must match to join a group: same dyad, root and modality,
            # and a date (event day, else publication) within a few days of `anchor`.
            """
            CREATE TABLE event_group_keys (
                group_id       TEXT PRIMARY KEY,
                source_country TEXT NOT NULL,
                target_country TEXT NOT NULL,
                cameo_root     TEXT NOT NULL,
                modality       TEXT NOT NULL,
                anchor         DATE NOT NULL
            )
            """,
            "CREATE INDEX event_group_keys_dyad ON event_group_keys (source_country, target_country)",
            # Files written at version 1: every document its own story, every event its own group.
            (
                "INSERT INTO stories SELECT content_hash[1:32], doc_id,"
                " current_timestamp::TIMESTAMP FROM documents"
            ),
            "UPDATE documents SET story_id = content_hash[1:32]",
            "UPDATE events SET group_id = event_id",
            """
            CREATE VIEW event_groups AS
            SELECT coalesce(e.group_id, e.event_id)                AS group_id,
                   count(*)                                       AS n_mentions,
                   count(DISTINCT coalesce(d.outlet, d.doc_id))   AS n_sources,
                   count(DISTINCT coalesce(d.story_id, d.doc_id)) AS n_stories,
                   min(coalesce(e.event_day, d.published))        AS first_seen,
                   max(coalesce(e.event_day, d.published))        AS last_seen,
                   any_value(e.source_country)                    AS source_country,
                   any_value(e.target_country)                    AS target_country,
                   any_value(e.cameo_root)                        AS cameo_root,
                   any_value(e.modality)                          AS modality
            FROM events e JOIN documents d USING (doc_id)
            GROUP BY coalesce(e.group_id, e.event_id)
            """,
            """
            CREATE VIEW story_mentions AS
            SELECT coalesce(story_id, doc_id)       AS story_id,
                   count(*)                         AS n_documents,
                   count(DISTINCT coalesce(outlet, doc_id)) AS n_sources,
                   min(published)                   AS first_published,
                   arg_min(doc_id, ingested_at)     AS first_doc_id
            FROM documents
            GROUP BY coalesce(story_id, doc_id)
            """,
        ],
    ),
]


def latest_version(migrations: list[Migration] = MIGRATIONS) -> int:
    """The schema version a store is at once every migration has run."""
    return max((v for v, _ in migrations), default=0)
