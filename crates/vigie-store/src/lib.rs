//! The event store: articles and the events vigie found in them, in SQLite.
//!
//! - Ingest is idempotent: an article is keyed by the SHA-256 of its text, so the same article read
//!   again (from the same file, or from another URL that syndicates it) is skipped.
//! - An article's doc id is unique in the store: one whose id another stored article already has
//!   (`a.txt` and `a.html` both give `a`) is stored under a longer one made from its text, the same
//!   on every run ([`unique_doc_id`]).
//! - Writes are transactional per batch: a run killed midway leaves every earlier batch whole and
//!   none of the interrupted one, and running it again adds exactly what is missing.
//! - Events told by several articles are merged into clusters (see [`merge`]); a cluster keeps
//!   every source with its own claims, and reports the lowest stated toll, as ACLED does.

pub mod export;
pub mod filter;
pub mod merge;
mod schema;

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use vigie_core::Document;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("cannot encode a document: {0}")]
    Json(#[from] serde_json::Error),
    #[error("cannot create {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("the store {path} has schema version {found}, newer than this vigie knows ({known}): use a newer vigie")]
    TooNew { path: PathBuf, found: i64, known: i64 },
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// What one batch did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BatchReport {
    pub articles_added: usize,
    pub articles_skipped: usize,
    pub events_added: usize,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub articles: i64,
    pub events: i64,
    /// Events after merging across articles.
    pub clusters: i64,
}

/// Which events a query wants. Every field narrows the result; `None` leaves it open.
#[derive(Debug, Default, Clone)]
pub struct EventFilter {
    /// An ACLED sub-event type or event type.
    pub event_type: Option<String>,
    /// ISO 3166-1 alpha-2 of the event's place.
    pub country: Option<String>,
    pub admin1: Option<String>,
    /// A substring of actor1's or actor2's name, any case.
    pub actor: Option<String>,
    /// Inclusive bounds, `YYYY-MM-DD`.
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    /// min_lon, min_lat, max_lon, max_lat.
    pub bbox: Option<[f64; 4]>,
    /// A full-text query over the articles (FTS5 syntax; accents folded).
    pub text: Option<String>,
    pub limit: Option<usize>,
    pub offset: usize,
}

/// One article's telling of an event: where it says so (byte offsets into the article's text) and
/// the words themselves.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Source {
    /// The event's row as this article told it.
    pub event_id: i64,
    /// The article, as `/articles/{article_id}` of the HTTP API.
    pub article_id: i64,
    pub doc_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The words that state the event.
    pub evidence: String,
    /// Byte offsets of the evidence in the article's text, `[start, end)`.
    pub evidence_start: i64,
    pub evidence_end: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fatalities: Option<i64>,
}

/// An event after merging: the first telling's coding, every source, the lowest stated toll.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StoredEvent {
    /// The merged event's id (its cluster's), as `/events/{id}` of the HTTP API.
    pub id: i64,
    /// ACLED event type ("Battles").
    pub event_type: Option<String>,
    /// ACLED sub-event type ("Armed clash").
    pub sub_event_type: String,
    pub plover: Option<String>,
    pub cameo: Option<String>,
    pub actor1: Option<String>,
    /// ACLED inter code of actor1, 1 to 8.
    pub inter1: Option<i64>,
    pub actor1_country: Option<String>,
    pub actor2: Option<String>,
    pub inter2: Option<i64>,
    pub actor2_country: Option<String>,
    pub geonameid: Option<i64>,
    pub location: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub admin1: Option<String>,
    /// `YYYY-MM-DD`.
    pub date_start: Option<String>,
    pub date_end: Option<String>,
    pub fatalities: i64,
    pub sources: Vec<Source>,
}

/// The key an article is stored under: SHA-256 of its text, in hex.
pub fn content_hash(doc: &Document) -> String {
    let digest = Sha256::digest(doc.text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The id an article is stored under, unique in its store: its own id when no other stored
/// article has it, else the id followed by `~` and the first 8 hex digits of its content hash
/// (`a~1b2c3d4e`), else by `~` and the whole hash. Two inputs whose names give the same id (`a.txt`
/// and `a.html`, `x/a.txt` and `y/a.txt`) thus both keep an id of their own, the same one on every
/// run, since it depends only on the id and the text. `taken` says whether an id is already used
/// by another article (SQLite and PostgreSQL answer it each their way).
pub fn unique_doc_id<E>(id: &str, hash: &str, mut taken: impl FnMut(&str) -> std::result::Result<bool, E>) -> std::result::Result<String, E> {
    let short = format!("{id}~{}", &hash[..hash.len().min(8)]);
    for candidate in [id, short.as_str()] {
        if !taken(candidate)? {
            return Ok(candidate.to_string());
        }
    }
    Ok(format!("{id}~{hash}"))
}

impl Store {
    /// Opens (creating it if needed) the store at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Io { path: dir.to_path_buf(), source })?;
        }
        let conn = Connection::open(path)?;
        Self::init(conn, path.to_path_buf())
    }

    pub fn open_in_memory() -> Result<Store> {
        Self::init(Connection::open_in_memory()?, PathBuf::from(":memory:"))
    }

    fn init(conn: Connection, path: PathBuf) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        filter::register_fold_case(&conn)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Store { conn, path };
        store.migrate()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn migrate(&mut self) -> Result<()> {
        let known = schema::MIGRATIONS.len() as i64;
        let found: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > known {
            return Err(StoreError::TooNew { path: self.path.clone(), found, known });
        }
        for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(found as usize) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        Ok(())
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    pub fn contains(&self, doc: &Document) -> Result<bool> {
        let hash = content_hash(doc);
        Ok(self
            .conn
            .query_row("SELECT 1 FROM articles WHERE content_hash = ?1", [hash], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Whether an article with this URL is stored (a followed feed's item, whose stored text is
    /// its page's, is known by its link).
    pub fn contains_url(&self, url: &str) -> Result<bool> {
        Ok(self.conn.query_row("SELECT 1 FROM articles WHERE url = ?1 LIMIT 1", [url], |_| Ok(())).optional()?.is_some())
    }

    /// Stores annotated documents in one transaction; documents already stored are skipped.
    pub fn add_batch(&mut self, docs: &[Document]) -> Result<BatchReport> {
        let mut report = BatchReport::default();
        let now = jiff::Timestamp::now().to_string();
        // Immediate: the write lock is taken before the ids in use are read, so that no other
        // writer can give the same id between the read and the write.
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        {
            let mut hash_stored = tx.prepare_cached("SELECT 1 FROM articles WHERE content_hash = ?1")?;
            let mut id_taken = tx.prepare_cached("SELECT 1 FROM articles WHERE doc_id = ?1")?;
            let mut insert_article = tx.prepare_cached(
                "INSERT INTO articles (doc_id, content_hash, url, source, title, lang, published, text, document, ingested_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            let mut insert_event = tx.prepare_cached(
                "INSERT INTO events (article_id, ordinal, event_type, sub_event_type, plover, cameo,
                    actor1, inter1, actor1_country, actor2, inter2, actor2_country,
                    geonameid, location, latitude, longitude, country, admin1,
                    date_start, date_end, fatalities, evidence_start, evidence_end, confidence, place_kind)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
            )?;
            for doc in docs {
                let hash = content_hash(doc);
                if hash_stored.exists([&hash])? {
                    report.articles_skipped += 1;
                    continue;
                }
                let doc_id = unique_doc_id(&doc.id, &hash, |id| id_taken.exists([id]))?;
                let renamed;
                let doc = if doc_id == doc.id {
                    doc
                } else {
                    renamed = Document { id: doc_id, ..doc.clone() };
                    &renamed
                };
                insert_article.execute(params![
                    doc.id,
                    hash,
                    doc.meta.url,
                    doc.meta.source,
                    doc.meta.title.as_ref().map(|t| t.text.as_str()),
                    doc.meta.lang.as_ref().map(|l| l.code.as_str()),
                    doc.meta.published.as_ref().map(|p| p.date.to_string()),
                    doc.text,
                    serde_json::to_string(doc)?,
                    now,
                ])?;
                report.articles_added += 1;
                let article_id = tx.last_insert_rowid();
                // Negated and hypothetical events stay in the stored document, not among the events.
                for (ordinal, e) in doc.events.iter().enumerate().filter(|(_, e)| e.happened()) {
                    let (start, end) = split_date(e.date.as_deref());
                    let a1 = e.actor1.as_ref();
                    let a2 = e.actor2.as_ref();
                    let loc = e.location.as_ref();
                    insert_event.execute(params![
                        article_id,
                        ordinal as i64,
                        event_family(&e.sub_event_type),
                        e.sub_event_type,
                        e.plover,
                        e.cameo,
                        a1.and_then(|a| a.name.clone()),
                        a1.and_then(|a| a.inter).map(i64::from),
                        a1.and_then(|a| a.country.clone()),
                        a2.and_then(|a| a.name.clone()),
                        a2.and_then(|a| a.inter).map(i64::from),
                        a2.and_then(|a| a.country.clone()),
                        loc.and_then(|l| l.geonameid).and_then(|g| i64::try_from(g).ok()),
                        loc.and_then(|l| l.name.clone()),
                        loc.and_then(|l| l.lat),
                        loc.and_then(|l| l.lon),
                        loc.and_then(|l| l.country.clone()),
                        loc.and_then(|l| l.admin1.clone()),
                        start,
                        end,
                        e.fatalities.map(i64::from),
                        e.evidence.start as i64,
                        e.evidence.end as i64,
                        e.confidence,
                        loc.and_then(|l| l.kind.clone()),
                    ])?;
                    report.events_added += 1;
                }
            }
        }
        tx.commit()?;
        Ok(report)
    }

    /// Recomputes the clusters of events across articles. Deterministic: the same events give the
    /// same clusters whatever order they were ingested in.
    pub fn merge(&mut self) -> Result<Stats> {
        let keys: Vec<merge::MergeKey> = {
            let mut stmt = self.conn.prepare(
                "SELECT id, article_id, sub_event_type, date_start, date_end,
                        latitude, longitude, country, admin1, inter1, inter2, place_kind FROM events ORDER BY id",
            )?;
            let rows = stmt.query_map([], |r| {
                let id: i64 = r.get(0)?;
                let (first_day, last_day) =
                    merge::days(id, r.get::<_, Option<String>>(3)?.as_deref(), r.get::<_, Option<String>>(4)?.as_deref());
                Ok(merge::MergeKey {
                    id,
                    article_id: r.get(1)?,
                    family: r.get(2)?,
                    first_day,
                    last_day,
                    lat: r.get(5)?,
                    lon: r.get(6)?,
                    country: r.get(7)?,
                    admin1: r.get(8)?,
                    inter1: r.get(9)?,
                    inter2: r.get(10)?,
                    broad_place: merge::broad(r.get::<_, Option<String>>(11)?.as_deref()),
                })
            })?;
            rows.collect::<std::result::Result<_, _>>()?
        };
        let clusters = merge::clusters(&keys);
        let tx = self.conn.transaction()?;
        {
            let mut update = tx.prepare_cached("UPDATE events SET cluster_id = ?1 WHERE id = ?2 AND cluster_id IS NOT ?1")?;
            for (key, cluster) in keys.iter().zip(&clusters) {
                update.execute(params![cluster, key.id])?;
            }
        }
        tx.commit()?;
        self.stats()
    }

    /// Writes a consistent copy of the whole store to a new file `to` (SQLite's `VACUUM INTO`),
    /// even while others write to it.
    pub fn copy_to(&self, to: &Path) -> Result<()> {
        self.conn.execute("VACUUM INTO ?1", [to.to_string_lossy()])?;
        Ok(())
    }

    /// For benchmarks: adds `copies` copies of every stored article with its events, then merges.
    /// Copy `k` has its dates (publication, events) moved `k` years later, so that the copies of
    /// one event never merge with each other, and `#copy-k` after its doc id, URL and content
    /// hash, so that it is a distinct article; its text, places, actors and tolls are the
    /// original's. A store of real events grown this way keeps their mix of types, places and
    /// sources.
    pub fn replicate(&mut self, copies: usize) -> Result<Stats> {
        let tx = self.conn.transaction()?;
        let last: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) FROM articles", [], |r| r.get(0))?;
        for k in 1..=copies as i64 {
            tx.execute(
                "INSERT INTO articles (id, doc_id, content_hash, url, source, title, lang, published, text, document, ingested_at)
                 SELECT id + ?1 * ?2, doc_id || '#copy-' || ?1, content_hash || '#copy-' || ?1, url || '#copy-' || ?1,
                        source, title, lang, date(published, '+' || ?1 || ' years'), text, document, ingested_at
                 FROM articles WHERE id <= ?2",
                params![k, last],
            )?;
            tx.execute(
                "INSERT INTO events (article_id, ordinal, event_type, sub_event_type, plover, cameo,
                    actor1, inter1, actor1_country, actor2, inter2, actor2_country,
                    geonameid, location, latitude, longitude, country, admin1,
                    date_start, date_end, fatalities, evidence_start, evidence_end, confidence, place_kind)
                 SELECT article_id + ?1 * ?2, ordinal, event_type, sub_event_type, plover, cameo,
                    actor1, inter1, actor1_country, actor2, inter2, actor2_country,
                    geonameid, location, latitude, longitude, country, admin1,
                    date(date_start, '+' || ?1 || ' years'), date(date_end, '+' || ?1 || ' years'),
                    fatalities, evidence_start, evidence_end, confidence, place_kind
                 FROM events WHERE article_id <= ?2",
                params![k, last],
            )?;
        }
        tx.commit()?;
        self.merge()
    }

    pub fn stats(&self) -> Result<Stats> {
        Ok(self.conn.query_row(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM events),
                    (SELECT COUNT(DISTINCT COALESCE(cluster_id, -id)) FROM events)",
            [],
            |r| Ok(Stats { articles: r.get(0)?, events: r.get(1)?, clusters: r.get(2)? }),
        )?)
    }

    /// Caps the store's file at `pages` pages (SQLite's `max_page_count`, 4 KiB pages): a write
    /// that would grow it further fails as on a full disk ("database or disk is full") and its
    /// transaction rolls back. Never below the current size; returns the cap in force.
    pub fn set_max_pages(&self, pages: u64) -> Result<u64> {
        let pages = i64::try_from(pages).unwrap_or(i64::MAX);
        Ok(self.conn.query_row(&format!("PRAGMA max_page_count = {pages}"), [], |r| r.get::<_, i64>(0))? as u64)
    }

    /// How many pages the store's file holds (`PRAGMA page_count`).
    pub fn page_count(&self) -> Result<u64> {
        Ok(self.conn.query_row("PRAGMA page_count", [], |r| r.get::<_, i64>(0))? as u64)
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// Events (merged) matching the filter, by date then id.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        let (clause, args) = filter::filter_clause(filter, &filter::SQLITE);
        let mut sql = format!(
            "SELECT COALESCE(e.cluster_id, e.id) AS c, MIN(e.date_start) FROM events e WHERE 1=1{clause}"
        );
        sql.push_str(" GROUP BY c ORDER BY MIN(e.date_start), c");
        // SQLite's LIMIT and OFFSET are 64-bit signed: a larger value is as good as the largest.
        let offset = i64::try_from(filter.offset).unwrap_or(i64::MAX);
        if let Some(limit) = filter.limit {
            sql.push_str(&format!(" LIMIT {} OFFSET {offset}", i64::try_from(limit).unwrap_or(i64::MAX)));
        } else if offset > 0 {
            sql.push_str(&format!(" LIMIT -1 OFFSET {offset}"));
        }
        let clusters: Vec<i64> = {
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| r.get(0))?;
            rows.collect::<std::result::Result<_, _>>()?
        };
        clusters.into_iter().map(|c| self.cluster(c)).collect()
    }

    /// One merged event by id (its cluster id), with every source.
    pub fn event(&self, id: i64) -> Result<Option<StoredEvent>> {
        let exists = self
            .conn
            .query_row("SELECT 1 FROM events WHERE COALESCE(cluster_id, id) = ?1", [id], |_| Ok(()))
            .optional()?;
        exists.map(|_| self.cluster(id)).transpose()
    }

    fn cluster(&self, cluster: i64) -> Result<StoredEvent> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.event_type, e.sub_event_type, e.plover, e.cameo, e.actor1, e.inter1, e.actor1_country,
                    e.actor2, e.inter2, e.actor2_country, e.geonameid, e.location, e.latitude, e.longitude,
                    e.country, e.admin1, e.date_start, e.date_end, e.fatalities, e.evidence_start, e.evidence_end,
                    a.id, a.doc_id, a.url, a.title, a.published, substr(CAST(a.text AS BLOB), e.evidence_start + 1, e.evidence_end - e.evidence_start)
             FROM events e JOIN articles a ON a.id = e.article_id
             WHERE COALESCE(e.cluster_id, e.id) = ?1 ORDER BY e.id",
        )?;
        let mut rows = stmt.query([cluster])?;
        let mut merged: Option<StoredEvent> = None;
        while let Some(r) = rows.next()? {
            let evidence: Vec<u8> = r.get(27)?;
            let source = Source {
                event_id: r.get(0)?,
                article_id: r.get(22)?,
                doc_id: r.get(23)?,
                url: r.get(24)?,
                title: r.get(25)?,
                published: r.get(26)?,
                evidence: String::from_utf8_lossy(&evidence).into_owned(),
                evidence_start: r.get(20)?,
                evidence_end: r.get(21)?,
                fatalities: r.get(19)?,
            };
            match merged.as_mut() {
                Some(m) => m.sources.push(source),
                None => {
                    merged = Some(StoredEvent {
                        id: cluster,
                        event_type: r.get(1)?,
                        sub_event_type: r.get(2)?,
                        plover: r.get(3)?,
                        cameo: r.get(4)?,
                        actor1: r.get(5)?,
                        inter1: r.get(6)?,
                        actor1_country: r.get(7)?,
                        actor2: r.get(8)?,
                        inter2: r.get(9)?,
                        actor2_country: r.get(10)?,
                        geonameid: r.get(11)?,
                        location: r.get(12)?,
                        latitude: r.get(13)?,
                        longitude: r.get(14)?,
                        country: r.get(15)?,
                        admin1: r.get(16)?,
                        date_start: r.get(17)?,
                        date_end: r.get(18)?,
                        fatalities: 0,
                        sources: vec![source],
                    })
                }
            }
        }
        let mut merged = merged.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
        // The lowest figure any source states; a source that states none is not a figure.
        merged.fatalities = merged.sources.iter().filter_map(|s| s.fatalities).filter(|&f| f > 0).min().unwrap_or(0);
        Ok(merged)
    }
}

/// ACLED's event type of a sub-event type.
pub fn event_family(sub_event_type: &str) -> Option<&'static str> {
    Some(match sub_event_type {
        "Armed clash" | "Government regains territory" | "Non-state actor overtakes territory" => "Battles",
        "Chemical weapon" | "Air/drone strike" | "Suicide bomb" | "Shelling/artillery/missile attack"
        | "Remote explosive/landmine/IED" | "Grenade" => "Explosions/Remote violence",
        "Sexual violence" | "Attack" | "Abduction/forced disappearance" => "Violence against civilians",
        "Peaceful protest" | "Protest with intervention" | "Excessive force against protesters" => "Protests",
        "Violent demonstration" | "Mob violence" => "Riots",
        "Agreement" | "Arrests" | "Change to group/activity" | "Disrupted weapons use"
        | "Headquarters or base established" | "Looting/property destruction"
        | "Non-violent transfer of territory" | "Other" => "Strategic developments",
        _ => return None,
    })
}

/// "A/B" into its two days; a single day is its own start and end.
/// An event's date as stored: "A/B" into its first and last day, a single day as both.
pub fn split_date(date: Option<&str>) -> (Option<String>, Option<String>) {
    match date {
        Some(d) => match d.split_once('/') {
            Some((a, b)) => (Some(a.to_string()), Some(b.to_string())),
            None => (Some(d.to_string()), Some(d.to_string())),
        },
        None => (None, None),
    }
}

#[cfg(test)]
mod tests;

// ---------------------------------------------------------------------------------------------
// Read-only queries for the HTTP API (`vigie serve`): totals, a timeline, articles by id.

/// One stored article, with the whole annotated [`Document`] as the JSON it was stored as.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredArticle {
    pub id: i64,
    pub doc_id: String,
    pub content_hash: String,
    pub url: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub lang: Option<String>,
    pub published: Option<String>,
    pub ingested_at: String,
    /// The annotated `Document` (text, meta, layers), serialised as JSON.
    pub document: String,
}

/// How wide a timeline bucket is. A bucket is named by its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    Day,
    /// ISO weeks, named by their Monday.
    Week,
    /// Calendar months, named by their first day.
    Month,
}

/// Merged events per bucket of time: how many began in it, and their tolls added up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelinePoint {
    /// `YYYY-MM-DD`, the bucket's first day.
    pub date: String,
    pub events: i64,
    pub fatalities: i64,
}

impl Store {
    /// How many merged events match the filter, whatever its limit and offset.
    pub fn count_events(&self, filter: &EventFilter) -> Result<i64> {
        let (clause, args) = filter::filter_clause(filter, &filter::SQLITE);
        let sql = format!(
            "SELECT COUNT(DISTINCT COALESCE(e.cluster_id, e.id)) FROM events e WHERE 1=1{clause}"
        );
        Ok(self.conn.query_row(&sql, rusqlite::params_from_iter(args.iter()), |r| r.get(0))?)
    }

    /// Merged events matching the filter, counted per bucket of their first day, oldest first.
    /// A cluster counts once, on its earliest day, with its lowest stated toll (as
    /// [`Store::events`] reports it); undated events are left out. Limit and offset are ignored.
    pub fn timeline(&self, filter: &EventFilter, bucket: Bucket) -> Result<Vec<TimelinePoint>> {
        let (clause, args) = filter::filter_clause(filter, &filter::SQLITE);
        let bucket_sql = match bucket {
            Bucket::Day => "date(d)",
            // 'weekday 0' moves to the coming Sunday (or stays on one): six days before is Monday.
            Bucket::Week => "date(d, 'weekday 0', '-6 days')",
            Bucket::Month => "date(d, 'start of month')",
        };
        let sql = format!(
            "WITH m AS (SELECT DISTINCT COALESCE(e.cluster_id, e.id) AS c
                        FROM events e WHERE 1=1{clause}),
                  cl AS (SELECT COALESCE(cluster_id, id) AS c, MIN(date_start) AS d,
                                COALESCE(MIN(CASE WHEN fatalities > 0 THEN fatalities END), 0) AS f
                         FROM events WHERE COALESCE(cluster_id, id) IN (SELECT c FROM m) GROUP BY 1)
             SELECT {bucket_sql} AS b, COUNT(*), SUM(f) FROM cl WHERE d IS NOT NULL AND {bucket_sql} IS NOT NULL
             GROUP BY b ORDER BY b"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            Ok(TimelinePoint { date: r.get(0)?, events: r.get(1)?, fatalities: r.get(2)? })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// One article by its row id, with its stored document.
    pub fn article(&self, id: i64) -> Result<Option<StoredArticle>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, doc_id, content_hash, url, source, title, lang, published, ingested_at, document
                 FROM articles WHERE id = ?1",
                [id],
                |r| {
                    Ok(StoredArticle {
                        id: r.get(0)?,
                        doc_id: r.get(1)?,
                        content_hash: r.get(2)?,
                        url: r.get(3)?,
                        source: r.get(4)?,
                        title: r.get(5)?,
                        lang: r.get(6)?,
                        published: r.get(7)?,
                        ingested_at: r.get(8)?,
                        document: r.get(9)?,
                    })
                },
            )
            .optional()?)
    }

    /// The row id of the article stored under this content hash (see [`content_hash`]).
    pub fn article_id_by_hash(&self, hash: &str) -> Result<Option<i64>> {
        Ok(self.conn.query_row("SELECT id FROM articles WHERE content_hash = ?1", [hash], |r| r.get(0)).optional()?)
    }

    /// The ids of the merged events an article tells, in the order the article tells them.
    pub fn article_event_ids(&self, article_id: i64) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT COALESCE(cluster_id, id) FROM events WHERE article_id = ?1 ORDER BY ordinal",
        )?;
        let rows = stmt.query_map([article_id], |r| r.get::<_, i64>(0))?;
        let mut ids: Vec<i64> = Vec::new();
        for id in rows {
            let id = id?;
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        Ok(ids)
    }
}
