//! The shared event store on PostgreSQL: the same articles and events as vigie-store's SQLite
//! store, written by any number of workers at once.
//!
//! - Ingest is idempotent: an article is keyed by the SHA-256 of its text
//!   ([`vigie_store::content_hash`]); `INSERT ... ON CONFLICT (content_hash) DO NOTHING` skips an
//!   article already stored, whoever stored it. An article and its events are written in one
//!   transaction, so a worker killed midway leaves nothing of the article behind.
//! - An article's doc id is unique in the store, by the SQLite store's rule
//!   ([`vigie_store::unique_doc_id`]), under a unique index.
//! - Cross-article merging is incremental and safe with several writers: after inserting its
//!   events, a transaction takes one advisory lock (`pg_advisory_xact_lock`, released at commit)
//!   and re-clusters, for each family (sub-event type) of the new events, the days from its first
//!   new placed event's on, after the clusters of earlier days still open
//!   ([`vigie_store::merge::clusters_after`]; families never merge with each other, so each is
//!   clustered apart): the same clusters as the SQLite store's
//!   [`vigie_store::merge::clusters`] over every event. Whichever of two transactions takes the
//!   lock second sees the other's committed events. ([`PgStore::recluster`] recomputes every
//!   cluster from scratch.)
//! - A batch costs a fixed number of round trips whatever its size: one multi-row statement per
//!   table (the batch bound as arrays, `unnest`), prepared once per connection; under the merge
//!   lock, two reads and one write of the clusters that changed.
//! - Reads mirror [`vigie_store::Store`]: merged events with filters, one event, an article,
//!   a timeline, statistics.

pub mod schema;
pub mod test_server;

use postgres::types::ToSql;
use postgres::{Client, GenericClient, NoTls, Statement, Transaction};
use std::collections::HashMap;
use vigie_core::Document;
use vigie_store::merge::{self, day_number, MergeKey};
use vigie_store::filter::{Dialect, FilterValue};
use vigie_store::split_date;
pub use vigie_store::{
    content_hash, event_family, BatchReport, Bucket, EventFilter, Source, Stats, StoredArticle, StoredEvent, TimelinePoint,
};

/// Advisory lock keys ("vigie" in ASCII, then a number), shared by every vigie process.
const MIGRATION_LOCK: i64 = 0x7669_6769_6500_0001;
const MERGE_LOCK: i64 = 0x7669_6769_6500_0002;
/// How many times a transaction aborted by a deadlock or a serialisation failure is tried again.
const RETRIES: usize = 5;

#[derive(Debug, thiserror::Error)]
pub enum PgError {
    #[error("cannot connect to PostgreSQL at {url}: {source}")]
    Connect { url: String, source: postgres::Error },
    #[error("PostgreSQL error: {0}")]
    Db(#[from] postgres::Error),
    #[error("cannot encode a document: {0}")]
    Json(#[from] serde_json::Error),
    #[error("merged event {0} was merged into another while it was read: ask again")]
    Vanished(i64),
    #[error("the database has vigie schema version {found}, newer than this vigie knows ({known}): use a newer vigie")]
    TooNew { found: i64, known: i64 },
}

pub type Result<T> = std::result::Result<T, PgError>;

pub struct PgStore {
    client: Client,
    postgis: bool,
    /// The write statements, prepared on the first batch and reused by every later one.
    writes: Option<Writes>,
    spent: WriteTimes,
}

/// Where a store's writes spent their time, summed over its batches (see [`PgStore::write_times`]).
#[derive(Debug, Default, Clone, Copy)]
pub struct WriteTimes {
    /// Inserting articles and events (before the merge lock).
    pub inserting: std::time::Duration,
    /// Waiting for the merge lock.
    pub waiting_for_lock: std::time::Duration,
    /// Holding it: re-clustering the days touched, then committing.
    pub merging: std::time::Duration,
}

/// The statements a batch is written with: one per table, each taking the whole batch as arrays
/// (`unnest`), so a batch costs a fixed number of round trips whatever its size.
struct Writes {
    articles: Statement,
    events: Statement,
    own_clusters: Statement,
    set_clusters: Statement,
    /// Which of some ids stored articles already have.
    taken_ids: Statement,
}

/// A connection string with its password hidden, for messages.
pub fn redact(url: &str) -> String {
    // postgres://user:password@host/... → postgres://user:***@host/...
    if let Some((scheme, rest)) = url.split_once("://") {
        if let Some((userinfo, host)) = rest.split_once('@') {
            if let Some((user, _)) = userinfo.split_once(':') {
                return format!("{scheme}://{user}:***@{host}");
            }
        }
    }
    // key=value form: hide password=...
    url.split_whitespace()
        .map(|kv| if kv.to_ascii_lowercase().starts_with("password=") { "password=***" } else { kv })
        .collect::<Vec<_>>()
        .join(" ")
}

impl PgStore {
    /// Connects (without TLS: use it on a trusted network or through a tunnel) and brings the
    /// schema up to date; creates the PostGIS extension when the server has it and the user may.
    pub fn connect(url: &str) -> Result<PgStore> {
        let client = Client::connect(url, NoTls).map_err(|source| PgError::Connect { url: redact(url), source })?;
        let mut store = PgStore { client, postgis: false, writes: None, spent: WriteTimes::default() };
        store.migrate()?;
        Ok(store)
    }

    /// Whether events carry a PostGIS `geography` column.
    pub fn postgis(&self) -> bool {
        self.postgis
    }

    /// The underlying connection, for queries this API does not offer.
    pub fn client(&mut self) -> &mut Client {
        &mut self.client
    }

    fn migrate(&mut self) -> Result<()> {
        let known = schema::MIGRATIONS.len() as i64;
        let mut tx = self.client.transaction()?;
        // Several workers starting at once: one migrates, the others wait and find it done.
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
        tx.batch_execute("CREATE TABLE IF NOT EXISTS vigie_schema (version BIGINT NOT NULL)")?;
        let found: Option<i64> = tx.query_opt("SELECT version FROM vigie_schema", &[])?.map(|r| r.get(0));
        if found.is_none() {
            tx.execute("INSERT INTO vigie_schema (version) VALUES (0)", &[])?;
        }
        let found = found.unwrap_or(0);
        if found > known {
            return Err(PgError::TooNew { found, known });
        }
        for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(found as usize) {
            tx.batch_execute(sql)?;
            tx.execute("UPDATE vigie_schema SET version = $1", &[&((i + 1) as i64)])?;
        }
        // PostGIS when it can be had: a failure (extension not installed, no right) only rolls
        // back its savepoint.
        let has = |tx: &mut Transaction| -> Result<bool> {
            Ok(tx.query_opt("SELECT 1 FROM pg_extension WHERE extname = 'postgis'", &[])?.is_some())
        };
        if !has(&mut tx)? {
            let mut sp = tx.transaction()?;
            if sp.batch_execute("CREATE EXTENSION IF NOT EXISTS postgis").is_ok() {
                sp.commit()?;
            }
        }
        self.postgis = has(&mut tx)?;
        if self.postgis {
            tx.batch_execute(schema::POSTGIS)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Where this store's writes have spent their time so far.
    pub fn write_times(&self) -> WriteTimes {
        self.spent
    }

    pub fn schema_version(&mut self) -> Result<i64> {
        Ok(self.client.query_one("SELECT version FROM vigie_schema", &[])?.get(0))
    }

    pub fn contains(&mut self, doc: &Document) -> Result<bool> {
        Ok(self.client.query_opt("SELECT 1 FROM articles WHERE content_hash = $1", &[&content_hash(doc)])?.is_some())
    }

    /// Stores annotated documents and merges their events, in one transaction; documents already
    /// stored (by anyone) are skipped. When this returns `Ok`, the transaction has committed.
    /// A transaction aborted by a deadlock (two writers inserting the same articles in opposite
    /// orders) is tried again.
    pub fn add_batch(&mut self, docs: &[Document]) -> Result<BatchReport> {
        let mut attempt = 0;
        loop {
            match self.try_add_batch(docs) {
                Err(PgError::Db(e)) if attempt < RETRIES && is_retryable(&e) => attempt += 1,
                other => return other,
            }
        }
    }

    /// Prepares the write statements, once per connection.
    fn prepare_writes(&mut self) -> Result<()> {
        if self.writes.is_none() {
            let articles = self.client.prepare(
                "INSERT INTO articles (doc_id, content_hash, url, source, title, lang, published, text, document, ingested_at, fts)
                 SELECT doc_id, content_hash, url, source, title, lang, published, text, document, $10::text, to_tsvector('simple', folded)
                 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $11::text[])
                      WITH ORDINALITY AS u(doc_id, content_hash, url, source, title, lang, published, text, document, folded, ord)
                 ORDER BY ord
                 ON CONFLICT (content_hash) DO NOTHING RETURNING id, content_hash",
            )?;
            let (geog_column, geog_value) = if self.postgis {
                (
                    ", geog",
                    ", CASE WHEN latitude IS NOT NULL AND longitude IS NOT NULL
                            THEN ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography END",
                )
            } else {
                ("", "")
            };
            let columns = "article_id, ordinal, event_type, sub_event_type, plover, cameo,
                actor1, inter1, actor1_country, actor2, inter2, actor2_country,
                geonameid, location, latitude, longitude, country, admin1,
                date_start, date_end, fatalities, evidence_start, evidence_end, confidence, first_day, last_day, place_kind";
            let events = self.client.prepare(&format!(
                "INSERT INTO events ({columns}{geog_column})
                 SELECT {columns}{geog_value}
                 FROM unnest($1::int8[], $2::int8[], $3::text[], $4::text[], $5::text[], $6::text[],
                             $7::text[], $8::int8[], $9::text[], $10::text[], $11::int8[], $12::text[],
                             $13::int8[], $14::text[], $15::float8[], $16::float8[], $17::text[], $18::text[],
                             $19::text[], $20::text[], $21::int8[], $22::int8[], $23::int8[], $24::float8[], $25::int8[], $26::int8[], $27::text[])
                      WITH ORDINALITY AS u({columns}, ord)
                 ORDER BY ord
                 RETURNING id"
            ))?;
            let own_clusters = self.client.prepare("UPDATE events SET cluster_id = id WHERE id = ANY($1::int8[])")?;
            let set_clusters = self.client.prepare(
                "UPDATE events e SET cluster_id = u.cluster FROM unnest($1::int8[], $2::int8[]) AS u(id, cluster)
                 WHERE e.id = u.id AND e.cluster_id IS DISTINCT FROM u.cluster",
            )?;
            let taken_ids = self.client.prepare("SELECT doc_id FROM articles WHERE doc_id = ANY($1::text[])")?;
            self.writes = Some(Writes { articles, events, own_clusters, set_clusters, taken_ids });
        }
        Ok(())
    }

    /// One batch in one transaction: one statement for its articles, one for their events, one
    /// to give each new event its own cluster; then, under the merge lock, two reads and one
    /// write re-cluster the days touched.
    fn try_add_batch(&mut self, docs: &[Document]) -> Result<BatchReport> {
        let mut report = BatchReport::default();
        let now = jiff::Timestamp::now().to_string();
        // The articles, each text once: a second copy in the same batch is skipped as stored.
        let mut batch: Vec<(&Document, String)> = Vec::with_capacity(docs.len());
        let mut seen = std::collections::HashSet::new();
        for doc in docs {
            let hash = content_hash(doc);
            if seen.insert(hash.clone()) {
                batch.push((doc, hash));
            } else {
                report.articles_skipped += 1;
            }
        }
        let mut a = ArticleColumns::default();
        for (doc, hash) in &batch {
            let title = doc.meta.title.as_ref().map(|t| t.text.clone());
            a.folded.push(deunicode::deunicode(&format!("{} {}", title.as_deref().unwrap_or(""), doc.text)));
            a.doc_id.push(doc.id.clone());
            a.hash.push(hash.clone());
            a.url.push(doc.meta.url.clone());
            a.source.push(doc.meta.source.clone());
            a.title.push(title);
            a.lang.push(doc.meta.lang.as_ref().map(|l| l.code.clone()));
            a.published.push(doc.meta.published.as_ref().map(|p| p.date.to_string()));
            a.text.push(doc.text.clone());
            a.document.push(serde_json::to_string(doc)?);
        }
        let clock = std::time::Instant::now();
        self.prepare_writes()?;
        let writes = self.writes.as_ref().expect("prepared above");
        let spent = &mut self.spent;
        let mut tx = self.client.transaction()?;
        if batch.is_empty() {
            tx.commit()?;
            return Ok(report);
        }
        // Each article under an id no other has ([`vigie_store::unique_doc_id`]): the ids in use
        // are read here; a writer storing one of them at the same moment makes this insert fail
        // on the unique index, and the batch is tried again (see `is_retryable`).
        let candidates: Vec<String> = batch
            .iter()
            .flat_map(|(doc, hash)| [doc.id.clone(), format!("{}~{}", doc.id, &hash[..hash.len().min(8)])])
            .collect();
        let mut taken: std::collections::HashSet<String> =
            tx.query(&writes.taken_ids, &[&candidates])?.iter().map(|r| r.get(0)).collect();
        for (i, (doc, hash)) in batch.iter().enumerate() {
            let id = vigie_store::unique_doc_id(&doc.id, hash, |id| Ok::<_, PgError>(taken.contains(id)))?;
            if id != doc.id {
                a.document[i] = serde_json::to_string(&Document { id: id.clone(), ..(*doc).clone() })?;
                a.doc_id[i] = id.clone();
            }
            taken.insert(id);
        }
        let rows = tx.query(
            &writes.articles,
            &[&a.doc_id, &a.hash, &a.url, &a.source, &a.title, &a.lang, &a.published, &a.text, &a.document, &now, &a.folded],
        )?;
        let ids: HashMap<String, i64> = rows.iter().map(|r| (r.get::<_, String>(1), r.get::<_, i64>(0))).collect();
        report.articles_added = ids.len();
        report.articles_skipped += batch.len() - ids.len();
        // Their events. Negated and hypothetical events stay in the stored document, not among
        // the events.
        let mut e_cols = EventColumns::default();
        for (doc, hash) in &batch {
            let Some(&article_id) = ids.get(hash) else { continue };
            for (ordinal, e) in doc.events.iter().enumerate().filter(|(_, e)| e.happened()) {
                e_cols.push(article_id, ordinal, e);
            }
        }
        if e_cols.article_id.is_empty() {
            tx.commit()?;
            spent.inserting += clock.elapsed();
            return Ok(report);
        }
        let c = &e_cols;
        let params: [&(dyn ToSql + Sync); 27] = [
            &c.article_id,
            &c.ordinal,
            &c.event_type,
            &c.sub_event_type,
            &c.plover,
            &c.cameo,
            &c.actor1,
            &c.inter1,
            &c.actor1_country,
            &c.actor2,
            &c.inter2,
            &c.actor2_country,
            &c.geonameid,
            &c.location,
            &c.latitude,
            &c.longitude,
            &c.country,
            &c.admin1,
            &c.date_start,
            &c.date_end,
            &c.fatalities,
            &c.evidence_start,
            &c.evidence_end,
            &c.confidence,
            &c.first_day,
            &c.last_day,
            &c.place_kind,
        ];
        let rows = tx.query(&writes.events, &params)?;
        let new_events: Vec<i64> = rows.iter().map(|r| r.get(0)).collect();
        // The first day of each family's new events that can be the same as another event.
        let from = e_cols.first_days();
        report.events_added = new_events.len();
        tx.execute(&writes.own_clusters, &[&new_events])?;
        // Undated and unplaced events merge with nothing: no lock needed.
        if !from.is_empty() {
            let inserted = std::time::Instant::now();
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MERGE_LOCK])?;
            let locked = std::time::Instant::now();
            merge_new(&mut tx, &writes.set_clusters, &from)?;
            tx.commit()?;
            spent.inserting += inserted - clock;
            spent.waiting_for_lock += locked - inserted;
            spent.merging += locked.elapsed();
        } else {
            tx.commit()?;
            spent.inserting += clock.elapsed();
        }
        Ok(report)
    }

    /// Recomputes every cluster from scratch with [`vigie_store::merge::clusters`], under the merge
    /// lock. The incremental merge of [`PgStore::add_batch`] gives the same clusters; this is for
    /// checking that, or for a store written by an older vigie.
    pub fn recluster(&mut self) -> Result<Stats> {
        let mut tx = self.client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MERGE_LOCK])?;
        let rows = tx.query(&format!("{KEY_COLUMNS} FROM events ORDER BY id"), &[])?;
        let keys: Vec<MergeKey> = rows.iter().map(merge_key).collect();
        let clusters = merge::clusters(&keys);
        let ids: Vec<i64> = keys.iter().map(|k| k.id).collect();
        tx.execute(
            "UPDATE events e SET cluster_id = u.cluster FROM unnest($1::int8[], $2::int8[]) AS u(id, cluster)
             WHERE e.id = u.id AND e.cluster_id IS DISTINCT FROM u.cluster",
            &[&ids, &clusters],
        )?;
        tx.commit()?;
        self.stats()
    }

    pub fn stats(&mut self) -> Result<Stats> {
        let r = self.client.query_one(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM events),
                    (SELECT COUNT(DISTINCT COALESCE(cluster_id, -id)) FROM events)",
            &[],
        )?;
        Ok(Stats { articles: r.get(0), events: r.get(1), clusters: r.get(2) })
    }

    /// Events (merged) matching the filter, by date then id.
    pub fn events(&mut self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        let (clause, args) = filter_clause(filter);
        let mut sql = format!(
            "SELECT COALESCE(e.cluster_id, e.id) AS c, MIN(e.date_start) AS d FROM events e JOIN articles a ON a.id = e.article_id WHERE 1=1{clause}
             GROUP BY c ORDER BY d NULLS FIRST, c"
        );
        let offset = i64::try_from(filter.offset).unwrap_or(i64::MAX);
        if let Some(limit) = filter.limit {
            sql.push_str(&format!(" LIMIT {} OFFSET {offset}", i64::try_from(limit).unwrap_or(i64::MAX)));
        } else if offset > 0 {
            sql.push_str(&format!(" OFFSET {offset}"));
        }
        let clusters: Vec<i64> = self.client.query(&sql, &params(&args))?.iter().map(|r| r.get(0)).collect();
        let mut out = Vec::with_capacity(clusters.len());
        for c in clusters {
            out.push(cluster(&mut self.client, c)?.ok_or_else(|| not_found(c))?);
        }
        Ok(out)
    }

    /// One merged event by id (its cluster id), with every source.
    pub fn event(&mut self, id: i64) -> Result<Option<StoredEvent>> {
        cluster(&mut self.client, id)
    }

    /// How many merged events match the filter, whatever its limit and offset.
    pub fn count_events(&mut self, filter: &EventFilter) -> Result<i64> {
        let (clause, args) = filter_clause(filter);
        let sql = format!(
            "SELECT COUNT(DISTINCT COALESCE(e.cluster_id, e.id)) FROM events e JOIN articles a ON a.id = e.article_id WHERE 1=1{clause}"
        );
        Ok(self.client.query_one(&sql, &params(&args))?.get(0))
    }

    /// Merged events per bucket of their first day, as [`vigie_store::Store::timeline`].
    pub fn timeline(&mut self, filter: &EventFilter, bucket: Bucket) -> Result<Vec<TimelinePoint>> {
        let (clause, args) = filter_clause(filter);
        let trunc = match bucket {
            Bucket::Day => "day",
            Bucket::Week => "week",
            Bucket::Month => "month",
        };
        let sql = format!(
            "WITH m AS (SELECT DISTINCT COALESCE(e.cluster_id, e.id) AS c
                        FROM events e JOIN articles a ON a.id = e.article_id WHERE 1=1{clause}),
                  cl AS (SELECT COALESCE(cluster_id, id) AS c, MIN(date_start) AS d,
                                COALESCE(MIN(CASE WHEN fatalities > 0 THEN fatalities END), 0) AS f
                         FROM events WHERE COALESCE(cluster_id, id) IN (SELECT c FROM m) GROUP BY 1),
                  dated AS (SELECT to_char(date_trunc('{trunc}', d::date), 'YYYY-MM-DD') AS b, f
                            FROM cl WHERE d ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$')
             SELECT b, COUNT(*), SUM(f)::BIGINT FROM dated GROUP BY b ORDER BY b"
        );
        let rows = self.client.query(&sql, &params(&args))?;
        Ok(rows.iter().map(|r| TimelinePoint { date: r.get(0), events: r.get(1), fatalities: r.get(2) }).collect())
    }

    /// One article by its row id, with its stored document.
    pub fn article(&mut self, id: i64) -> Result<Option<StoredArticle>> {
        let row = self.client.query_opt(
            "SELECT id, doc_id, content_hash, url, source, title, lang, published, ingested_at, document
             FROM articles WHERE id = $1",
            &[&id],
        )?;
        Ok(row.map(|r| StoredArticle {
            id: r.get(0),
            doc_id: r.get(1),
            content_hash: r.get(2),
            url: r.get(3),
            source: r.get(4),
            title: r.get(5),
            lang: r.get(6),
            published: r.get(7),
            ingested_at: r.get(8),
            document: r.get(9),
        }))
    }

    /// The row id of the article stored under this content hash.
    pub fn article_id_by_hash(&mut self, hash: &str) -> Result<Option<i64>> {
        Ok(self.client.query_opt("SELECT id FROM articles WHERE content_hash = $1", &[&hash])?.map(|r| r.get(0)))
    }

    /// The ids of the merged events an article tells, in the order the article tells them.
    pub fn article_event_ids(&mut self, article_id: i64) -> Result<Vec<i64>> {
        let rows = self
            .client
            .query("SELECT COALESCE(cluster_id, id) FROM events WHERE article_id = $1 ORDER BY ordinal", &[&article_id])?;
        let mut ids: Vec<i64> = Vec::new();
        for r in rows {
            let id: i64 = r.get(0);
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        Ok(ids)
    }
}

fn is_retryable(e: &postgres::Error) -> bool {
    use postgres::error::SqlState;
    matches!(e.code(), Some(c) if *c == SqlState::T_R_DEADLOCK_DETECTED || *c == SqlState::T_R_SERIALIZATION_FAILURE)
        // Another writer gave one of this batch's ids a moment ago: read the ids in use again.
        || (e.code() == Some(&SqlState::UNIQUE_VIOLATION)
            && e.as_db_error().and_then(|d| d.constraint()) == Some("articles_doc_id"))
}

/// A cluster listed a moment ago and relabelled by a writer since: rare; asking again answers it.
fn not_found(cluster: i64) -> PgError {
    PgError::Vanished(cluster)
}

const KEY_COLUMNS: &str = "SELECT id, article_id, sub_event_type, date_start, date_end,
        latitude, longitude, country, admin1, inter1, inter2, COALESCE(cluster_id, id), place_kind";

/// The merge key of a row of [`KEY_COLUMNS`], converted as the SQLite store converts it.
fn merge_key(r: &postgres::Row) -> MergeKey {
    let id: i64 = r.get(0);
    let (first_day, last_day) = merge::days(id, r.get::<_, Option<String>>(3).as_deref(), r.get::<_, Option<String>>(4).as_deref());
    MergeKey {
        id,
        article_id: r.get(1),
        family: r.get(2),
        first_day,
        last_day,
        lat: r.get(5),
        lon: r.get(6),
        country: r.get(7),
        admin1: r.get(8),
        inter1: r.get(9),
        inter2: r.get(10),
        broad_place: merge::broad(r.get::<_, Option<String>>(12).as_deref()),
    }
}

/// Re-clusters what new events (already inserted, each its own cluster) can change. Events merge
/// only within one family (sub-event type), and which of them merge does not depend on other
/// families' events, so each family is re-clustered apart, from `from`'s day for it (the first day
/// of its new events that have a place): every dated event of the family from that day on, after
/// its clusters of earlier days still open then ([`merge::clusters_after`]). That gives the
/// clusters [`merge::clusters`] gives over the whole table (as the SQLite store computes them).
/// Two reads, then the clusters that changed are written in one statement (`set_clusters`: ids,
/// then clusters, as arrays). Call it holding the merge lock.
fn merge_new(tx: &mut Transaction, set_clusters: &Statement, from: &HashMap<String, i64>) -> Result<()> {
    let (families, days): (Vec<&str>, Vec<i64>) = from.iter().map(|(f, d)| (f.as_str(), *d)).unzip();
    let later_rows = tx.query(
        &format!(
            "{KEY_COLUMNS} FROM events JOIN unnest($1::text[], $2::int8[]) AS f(family, day)
               ON sub_event_type = f.family AND first_day >= f.day"
        ),
        &[&families, &days],
    )?;
    // Earlier events of the clusters still open on that day, grouped by cluster, the clusters in
    // the order their first member is taken.
    let rows = tx.query(
        &format!(
            "WITH f AS (SELECT * FROM unnest($1::text[], $2::int8[]) AS f(family, day)),
                  still_open AS (SELECT DISTINCT COALESCE(o.cluster_id, o.id) AS c, f.day
                                 FROM events o JOIN f ON o.sub_event_type = f.family
                                 WHERE o.first_day < f.day AND o.last_day >= f.day - 1)
             {KEY_COLUMNS} FROM events JOIN still_open ON COALESCE(cluster_id, id) = still_open.c
             WHERE first_day < still_open.day"
        ),
        &[&families, &days],
    )?;
    // The cluster each event has now, to write only those that change.
    let mut current: HashMap<i64, i64> = HashMap::new();
    let mut later: HashMap<String, Vec<MergeKey>> = HashMap::new();
    for row in &later_rows {
        current.insert(row.get(0), row.get(11));
        let key = merge_key(row);
        later.entry(key.family.clone()).or_default().push(key);
    }
    let mut groups: HashMap<i64, Vec<MergeKey>> = HashMap::new();
    for row in &rows {
        current.insert(row.get(0), row.get(11));
        groups.entry(row.get(11)).or_default().push(merge_key(row));
    }
    let mut before: HashMap<String, Vec<Vec<MergeKey>>> = HashMap::new();
    for mut members in groups.into_values() {
        members.sort_by(merge::order);
        before.entry(members[0].family.clone()).or_default().push(members);
    }
    let (mut ids, mut targets): (Vec<i64>, Vec<i64>) = (Vec::new(), Vec::new());
    for (family, keys) in &later {
        let mut open = before.remove(family).unwrap_or_default();
        open.sort_by(|a, b| merge::order(&a[0], &b[0]));
        let clusters = merge::clusters_after(&open, keys);
        for (key, &cluster) in keys.iter().chain(open.iter().flatten()).zip(&clusters) {
            if current.get(&key.id) != Some(&cluster) {
                ids.push(key.id);
                targets.push(cluster);
            }
        }
    }
    if !ids.is_empty() {
        tx.execute(set_clusters, &[&ids, &targets])?;
    }
    Ok(())
}

/// A batch's articles, column by column, bound as arrays.
#[derive(Default)]
struct ArticleColumns {
    doc_id: Vec<String>,
    hash: Vec<String>,
    url: Vec<Option<String>>,
    source: Vec<Option<String>>,
    title: Vec<Option<String>>,
    lang: Vec<Option<String>>,
    published: Vec<Option<String>>,
    text: Vec<String>,
    document: Vec<String>,
    folded: Vec<String>,
}

/// A batch's events, column by column, bound as arrays.
#[derive(Default)]
struct EventColumns {
    article_id: Vec<i64>,
    ordinal: Vec<i64>,
    event_type: Vec<Option<&'static str>>,
    sub_event_type: Vec<String>,
    plover: Vec<Option<String>>,
    cameo: Vec<Option<String>>,
    actor1: Vec<Option<String>>,
    inter1: Vec<Option<i64>>,
    actor1_country: Vec<Option<String>>,
    actor2: Vec<Option<String>>,
    inter2: Vec<Option<i64>>,
    actor2_country: Vec<Option<String>>,
    geonameid: Vec<Option<i64>>,
    location: Vec<Option<String>>,
    latitude: Vec<Option<f64>>,
    longitude: Vec<Option<f64>>,
    country: Vec<Option<String>>,
    admin1: Vec<Option<String>>,
    date_start: Vec<Option<String>>,
    date_end: Vec<Option<String>>,
    fatalities: Vec<Option<i64>>,
    evidence_start: Vec<i64>,
    evidence_end: Vec<i64>,
    confidence: Vec<Option<f64>>,
    first_day: Vec<Option<i64>>,
    last_day: Vec<Option<i64>>,
    place_kind: Vec<Option<String>>,
}

impl EventColumns {
    /// Per family (sub-event type), the first day of its events that can be the same as another
    /// event: dated, and placed by coordinates or by country and subdivision, not by a whole
    /// country or continent (see [`merge::same_event`]).
    fn first_days(&self) -> HashMap<String, i64> {
        let mut from: HashMap<String, i64> = HashMap::new();
        for i in 0..self.article_id.len() {
            let Some(day) = self.first_day[i] else { continue };
            let placed = (self.latitude[i].is_some() && self.longitude[i].is_some())
                || (self.country[i].is_some() && self.admin1[i].is_some());
            if !placed || merge::broad(self.place_kind[i].as_deref()) {
                continue;
            }
            let first = from.entry(self.sub_event_type[i].clone()).or_insert(day);
            *first = (*first).min(day);
        }
        from
    }

    fn push(&mut self, article_id: i64, ordinal: usize, e: &vigie_core::Event) {
        let (start, end) = split_date(e.date.as_deref());
        let first_day = start.as_deref().and_then(day_number);
        let last_day = first_day.map(|f| end.as_deref().and_then(day_number).unwrap_or(f).max(f));
        let a1 = e.actor1.as_ref();
        let a2 = e.actor2.as_ref();
        let loc = e.location.as_ref();
        self.article_id.push(article_id);
        self.ordinal.push(ordinal as i64);
        self.event_type.push(event_family(&e.sub_event_type));
        self.sub_event_type.push(e.sub_event_type.clone());
        self.plover.push(e.plover.clone());
        self.cameo.push(e.cameo.clone());
        self.actor1.push(a1.and_then(|a| a.name.clone()));
        self.inter1.push(a1.and_then(|a| a.inter).map(i64::from));
        self.actor1_country.push(a1.and_then(|a| a.country.clone()));
        self.actor2.push(a2.and_then(|a| a.name.clone()));
        self.inter2.push(a2.and_then(|a| a.inter).map(i64::from));
        self.actor2_country.push(a2.and_then(|a| a.country.clone()));
        self.geonameid.push(loc.and_then(|l| l.geonameid).and_then(|g| i64::try_from(g).ok()));
        self.location.push(loc.and_then(|l| l.name.clone()));
        self.latitude.push(loc.and_then(|l| l.lat));
        self.longitude.push(loc.and_then(|l| l.lon));
        self.country.push(loc.and_then(|l| l.country.clone()));
        self.admin1.push(loc.and_then(|l| l.admin1.clone()));
        self.date_start.push(start);
        self.date_end.push(end);
        self.fatalities.push(e.fatalities.map(i64::from));
        self.evidence_start.push(e.evidence.start as i64);
        self.evidence_end.push(e.evidence.end as i64);
        self.confidence.push(e.confidence);
        self.first_day.push(first_day);
        self.last_day.push(last_day);
        self.place_kind.push(loc.and_then(|l| l.kind.clone()));
    }
}

fn params(args: &[FilterValue]) -> Vec<&(dyn ToSql + Sync)> {
    args.iter()
        .map(|v| match v {
            FilterValue::Text(s) => s as &(dyn ToSql + Sync),
            FilterValue::Real(f) => f as &(dyn ToSql + Sync),
        })
        .collect()
}

/// PostgreSQL's way of saying a filter ([`vigie_store::filter`] writes it, with the SQLite store's
/// meaning): `$N` with its type, `lower()` by ICU's root locale on both sides (the database's
/// own `lower()` and `ILIKE` follow its locale, and under the C locale fold ASCII letters only),
/// and the accent-folded words against `a.fts` (the queries join `articles a`).
const POSTGRES: Dialect = Dialect {
    param: |n, value| match value {
        FilterValue::Text(_) => format!("${n}::text"),
        FilterValue::Real(_) => format!("${n}::float8"),
    },
    equal_any_case: |column, param| format!("lower({column} COLLATE \"und-x-icu\") = lower({param} COLLATE \"und-x-icu\")"),
    like_any_case: |column, param| {
        format!("lower({column} COLLATE \"und-x-icu\") LIKE lower({param} COLLATE \"und-x-icu\") ESCAPE '\\'")
    },
    // Words, accent-folded, all required.
    text_query: |q| {
        let words: String = deunicode::deunicode(q).chars().filter(|c| !c.is_control()).collect();
        words.split_whitespace().next().is_some().then_some(words)
    },
    text_match: |param| format!("a.fts @@ plainto_tsquery('simple', {param})"),
};

/// The WHERE clause (after `WHERE 1=1`) and bound values of a filter, over
/// `events e JOIN articles a`.
fn filter_clause(filter: &EventFilter) -> (String, Vec<FilterValue>) {
    vigie_store::filter::filter_clause(filter, &POSTGRES)
}

/// One merged event, with every source (the first telling's coding, the lowest stated toll).
fn cluster(client: &mut impl GenericClient, cluster: i64) -> Result<Option<StoredEvent>> {
    let rows = client.query(
        "SELECT e.id, e.event_type, e.sub_event_type, e.plover, e.cameo, e.actor1, e.inter1, e.actor1_country,
                e.actor2, e.inter2, e.actor2_country, e.geonameid, e.location, e.latitude, e.longitude,
                e.country, e.admin1, e.date_start, e.date_end, e.fatalities, e.evidence_start, e.evidence_end,
                a.id, a.doc_id, a.url, a.title, a.published,
                substring(convert_to(a.text, 'UTF8') FROM (e.evidence_start + 1)::int FOR GREATEST(e.evidence_end - e.evidence_start, 0)::int)
         FROM events e JOIN articles a ON a.id = e.article_id
         WHERE COALESCE(e.cluster_id, e.id) = $1 ORDER BY e.id",
        &[&cluster],
    )?;
    let mut merged: Option<StoredEvent> = None;
    for r in &rows {
        let evidence: Vec<u8> = r.get(27);
        let source = Source {
            event_id: r.get(0),
            article_id: r.get(22),
            doc_id: r.get(23),
            url: r.get(24),
            title: r.get(25),
            published: r.get(26),
            evidence: String::from_utf8_lossy(&evidence).into_owned(),
            evidence_start: r.get(20),
            evidence_end: r.get(21),
            fatalities: r.get(19),
        };
        match merged.as_mut() {
            Some(m) => m.sources.push(source),
            None => {
                merged = Some(StoredEvent {
                    id: cluster,
                    event_type: r.get(1),
                    sub_event_type: r.get(2),
                    plover: r.get(3),
                    cameo: r.get(4),
                    actor1: r.get(5),
                    inter1: r.get(6),
                    actor1_country: r.get(7),
                    actor2: r.get(8),
                    inter2: r.get(9),
                    actor2_country: r.get(10),
                    geonameid: r.get(11),
                    location: r.get(12),
                    latitude: r.get(13),
                    longitude: r.get(14),
                    country: r.get(15),
                    admin1: r.get(16),
                    date_start: r.get(17),
                    date_end: r.get(18),
                    fatalities: 0,
                    sources: vec![source],
                })
            }
        }
    }
    if let Some(m) = merged.as_mut() {
        m.fatalities = m.sources.iter().filter_map(|s| s.fatalities).filter(|&f| f > 0).min().unwrap_or(0);
    }
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_hidden_in_messages() {
        assert_eq!(redact("postgres://vigie:secret@db:5432/vigie"), "postgres://vigie:***@db:5432/vigie");
        assert_eq!(redact("host=db user=vigie password=secret"), "host=db user=vigie password=***");
        assert_eq!(redact("postgres://db/vigie"), "postgres://db/vigie");
    }

    #[test]
    fn days_are_numbered_from_1970() {
        assert_eq!(day_number("1970-01-02"), Some(1));
        assert_eq!(day_number("2017-11-14").unwrap() - day_number("2017-11-13").unwrap(), 1);
        assert_eq!(day_number("not a date"), None);
        assert_eq!(split_date(Some("2017-11-12/2017-11-13")), (Some("2017-11-12".into()), Some("2017-11-13".into())));
    }

    #[test]
    fn filters_bind_every_value() {
        let f = EventFilter { actor: Some("x%'".into()), text: Some("  ".into()), ..Default::default() };
        let (sql, args) = filter_clause(&f);
        assert!(sql.contains("$1") && !sql.contains("x%'"));
        assert_eq!(args.len(), 1);
    }
}
