//! The schema, as an ordered list of migrations. `PRAGMA user_version` records how many have run;
//! opening a store runs the missing ones in one transaction each.

pub const MIGRATIONS: &[&str] = &[
    // 1: articles, their events, full-text search over articles.
    r#"
    CREATE TABLE articles (
        id            INTEGER PRIMARY KEY,
        doc_id        TEXT NOT NULL,
        content_hash  TEXT NOT NULL UNIQUE,
        url           TEXT,
        source        TEXT,
        title         TEXT,
        lang          TEXT,
        published     TEXT,
        text          TEXT NOT NULL,
        document      TEXT NOT NULL,   -- the whole annotated Document, as JSON
        ingested_at   TEXT NOT NULL
    );
    CREATE INDEX articles_url ON articles(url);
    CREATE TABLE events (
        id              INTEGER PRIMARY KEY,
        article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ordinal         INTEGER NOT NULL,
        event_type      TEXT,
        sub_event_type  TEXT NOT NULL,
        plover          TEXT,
        cameo           TEXT,
        actor1          TEXT,
        inter1          INTEGER,
        actor1_country  TEXT,
        actor2          TEXT,
        inter2          INTEGER,
        actor2_country  TEXT,
        geonameid       INTEGER,
        location        TEXT,
        latitude        REAL,
        longitude       REAL,
        country         TEXT,
        admin1          TEXT,
        date_start      TEXT,
        date_end        TEXT,
        fatalities      INTEGER,
        evidence_start  INTEGER NOT NULL,
        evidence_end    INTEGER NOT NULL,
        confidence      REAL,
        cluster_id      INTEGER,
        UNIQUE(article_id, ordinal)
    );
    CREATE INDEX events_cluster ON events(cluster_id);
    CREATE INDEX events_date ON events(date_start);
    CREATE INDEX events_type ON events(sub_event_type);
    CREATE INDEX events_country ON events(country);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END;
    "#,
    // 2: merged events are read by `COALESCE(cluster_id, id)` (an event not yet merged is its own
    // cluster); without an index on that expression each lookup of one merged event scanned every
    // event (1.5 s a page of /events on a store of 100,000 events).
    r#"
    CREATE INDEX events_merged ON events(COALESCE(cluster_id, id));
    "#,
    // 3: the kind of an event's place ("country", "city"...): a place that is only a country says
    // nothing about whether two events are one.
    r#"
    ALTER TABLE events ADD COLUMN place_kind TEXT;
    "#,
    // 4: an article's doc_id is unique (see `unique_doc_id`): articles stored before under an id
    // another one already had (two files `a.txt` and `a.html` both gave `a`) take the id followed
    // by `~` and the first 8 hex digits of their content hash, in their row and their document.
    r#"
    UPDATE articles
       SET doc_id = doc_id || '~' || substr(content_hash, 1, 8),
           document = json_set(document, '$.id', doc_id || '~' || substr(content_hash, 1, 8))
     WHERE id NOT IN (SELECT MIN(id) FROM articles GROUP BY doc_id);
    CREATE UNIQUE INDEX articles_doc_id ON articles(doc_id);
    "#,
];
