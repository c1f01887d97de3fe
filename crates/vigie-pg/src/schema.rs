//! The PostgreSQL schema, as an ordered list of migrations; `vigie_schema.version` records how many
//! have run. Opening a store runs the missing ones, under an advisory lock so that several workers
//! starting at once do not race.
//!
//! The tables mirror vigie-store's SQLite schema column for column, with three differences:
//! - `articles.fts` is a `tsvector` of the accent-folded title and text (the `simple` configuration:
//!   no stemming, no stop words, as SQLite's `unicode61 remove_diacritics` tokenizer), filled on
//!   insert, with a GIN index;
//! - ids are `BIGSERIAL`, numbers `BIGINT` and `DOUBLE PRECISION`;
//! - `events.first_day` and `last_day` hold the event's days as day numbers since 1970-01-01
//!   (NULL when undated; `last_day` never before `first_day`), with a GiST index on their range:
//!   the merge looks up the events a new one could be the same as by overlapping days, instead of
//!   reading the whole table;
//! - when the PostGIS extension can be created, `events.geog` holds the place as a
//!   `geography(Point, 4326)` with a GiST index (see [`POSTGIS`]).

pub const MIGRATIONS: &[&str] = &[
    // 1: articles, their events, full-text search over articles.
    r#"
    CREATE TABLE articles (
        id            BIGSERIAL PRIMARY KEY,
        doc_id        TEXT NOT NULL,
        content_hash  TEXT NOT NULL UNIQUE,
        url           TEXT,
        source        TEXT,
        title         TEXT,
        lang          TEXT,
        published     TEXT,
        text          TEXT NOT NULL,
        document      TEXT NOT NULL,
        ingested_at   TEXT NOT NULL,
        fts           TSVECTOR NOT NULL
    );
    CREATE INDEX articles_url ON articles(url);
    CREATE INDEX articles_fts ON articles USING GIN (fts);
    CREATE TABLE events (
        id              BIGSERIAL PRIMARY KEY,
        article_id      BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ordinal         BIGINT NOT NULL,
        event_type      TEXT,
        sub_event_type  TEXT NOT NULL,
        plover          TEXT,
        cameo           TEXT,
        actor1          TEXT,
        inter1          BIGINT,
        actor1_country  TEXT,
        actor2          TEXT,
        inter2          BIGINT,
        actor2_country  TEXT,
        geonameid       BIGINT,
        location        TEXT,
        latitude        DOUBLE PRECISION,
        longitude       DOUBLE PRECISION,
        country         TEXT,
        admin1          TEXT,
        date_start      TEXT,
        date_end        TEXT,
        fatalities      BIGINT,
        evidence_start  BIGINT NOT NULL,
        evidence_end    BIGINT NOT NULL,
        confidence      DOUBLE PRECISION,
        cluster_id      BIGINT,
        first_day       BIGINT,
        last_day        BIGINT,
        place_kind      TEXT,
        UNIQUE(article_id, ordinal)
    );
    CREATE INDEX events_first_day ON events(first_day);
    CREATE INDEX events_days ON events USING GIST (int8range(first_day, last_day, '[]')) WHERE first_day IS NOT NULL;
    CREATE INDEX events_cluster ON events(cluster_id);
    CREATE INDEX events_date ON events(date_start);
    CREATE INDEX events_type ON events(sub_event_type);
    CREATE INDEX events_country ON events(country);
    "#,
    // 2: an article's doc_id is unique (`vigie_store::unique_doc_id`), as in the SQLite store:
    // articles stored before under an id another one already had take the id followed by `~` and
    // the first 8 hex digits of their content hash, in their row and their document.
    r#"
    UPDATE articles
       SET doc_id = doc_id || '~' || substr(content_hash, 1, 8),
           document = jsonb_set(document::jsonb, '{id}', to_jsonb(doc_id || '~' || substr(content_hash, 1, 8)))::text
     WHERE id NOT IN (SELECT MIN(id) FROM articles GROUP BY doc_id);
    CREATE UNIQUE INDEX articles_doc_id ON articles(doc_id);
    "#,
];

/// Run after the migrations when `CREATE EXTENSION postgis` succeeded; idempotent.
pub const POSTGIS: &str = r#"
    ALTER TABLE events ADD COLUMN IF NOT EXISTS geog geography(Point, 4326);
    CREATE INDEX IF NOT EXISTS events_geog ON events USING GIST (geog);
"#;
