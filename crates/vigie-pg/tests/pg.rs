//! The PostgreSQL store against a real server: each test starts a PostgreSQL 15 cluster of its
//! own on 127.0.0.1 ([`vigie_pg::test_server::PgServer`], installed by `apt-get` when missing and
//! this is root) and works in a database of its own, dropped at the end. `VIGIE_TEST_POSTGRES`, a
//! URL of a role that may create databases (e.g. `postgres://vigie@127.0.0.1:5432/postgres`),
//! points the tests at a server already running instead. Where neither is possible the tests say
//! why and pass. (`crates/vigie/tests/shared_mode.rs` runs the whole shared mode on such a server.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use vigie_core::{ActorRef, Document, Event, GeoRef, Span};
use vigie_pg::test_server::PgServer;
use vigie_pg::PgStore;

/// A database of its own, dropped on drop, on the server `VIGIE_TEST_POSTGRES` names or on a
/// cluster of the test's own (stopped and removed on drop).
struct TestDb {
    admin: String,
    name: String,
    url: String,
    own: Option<(PgServer, PathBuf)>,
}

impl TestDb {
    fn new(tag: &str) -> Option<TestDb> {
        let (admin, own) = match std::env::var("VIGIE_TEST_POSTGRES") {
            Ok(admin) => (admin, None),
            Err(_) => {
                if let Err(why) = PgServer::install() {
                    eprintln!("SKIPPED {tag}: {why} (or set VIGIE_TEST_POSTGRES to a PostgreSQL URL)");
                    return None;
                }
                let dir = std::env::temp_dir().join(format!("vigie-pg-test-{}-{tag}", std::process::id()));
                let _ = std::fs::remove_dir_all(&dir);
                std::fs::create_dir_all(&dir).unwrap();
                // The server runs as `nobody` when the test is root: it must reach its folder.
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
                let server = PgServer::start(&dir).unwrap_or_else(|why| panic!("{tag}: {why}"));
                (server.url(), Some((server, dir)))
            }
        };
        let name = format!("vigie_test_{}_{tag}", std::process::id());
        let mut client = postgres::Client::connect(&admin, postgres::NoTls).expect("connect to the test server");
        client.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
        client.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
        let url = format!("{base}/{name}");
        Some(TestDb { admin, name, url, own })
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = client.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        }
        if let Some((server, dir)) = self.own.take() {
            drop(server);
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// Article `i`: one or two events on a few days and places, so that many articles tell the same
/// event and some chains join clusters only through a later article.
fn article(i: usize) -> Document {
    let text = format!("Article {i}: an event was reported there. Another one was reported too.");
    let mut doc = Document::new(format!("a{i}"), text);
    let places = [(34.45, 40.92), (36.20, 37.13), (34.46, 40.93), (33.51, 36.29)];
    for k in 0..(1 + i % 2) {
        let (lat, lon) = places[(i * 7 + k) % places.len()];
        let day = 1 + (i * 3 + k * 5) % 9;
        doc.events.push(Event {
            sub_event_type: if (i + k).is_multiple_of(3) { "Peaceful protest".into() } else { "Armed clash".into() },
            actor1: Some(ActorRef { name: Some("Military Forces".into()), inter: Some(1), ..Default::default() }),
            location: Some(GeoRef { lat: Some(lat), lon: Some(lon), country: Some("SY".into()), ..Default::default() }),
            date: Some(format!("2019-03-{day:02}")),
            fatalities: Some((i % 5) as u32),
            evidence: Span { start: 0, end: 10 },
            ..Default::default()
        });
    }
    doc
}

/// A merged event as its sources (document, evidence start and end) and its toll.
type SourcesAndToll = (Vec<(String, i64, i64)>, i64);

fn partition(client: &mut postgres::Client) -> BTreeSet<BTreeSet<(String, i64)>> {
    let mut by: BTreeMap<i64, BTreeSet<(String, i64)>> = BTreeMap::new();
    for r in client
        .query("SELECT e.cluster_id, a.doc_id, e.ordinal FROM events e JOIN articles a ON a.id = e.article_id", &[])
        .unwrap()
    {
        by.entry(r.get(0)).or_default().insert((r.get(1), r.get(2)));
    }
    by.into_values().collect()
}

#[test]
fn concurrent_writers_store_each_article_once_and_merge_as_the_sqlite_store() {
    let Some(db) = TestDb::new("concurrent") else { return };
    let docs: Vec<Document> = (0..240).map(article).collect();
    // Four writers, each writing three quarters of the articles in its own order and batches:
    // every article is offered by three writers at once.
    std::thread::scope(|s| {
        for w in 0..4usize {
            let (docs, url) = (&docs, &db.url);
            s.spawn(move || {
                let mut store = PgStore::connect(url).unwrap();
                let mut mine: Vec<&Document> = docs.iter().enumerate().filter(|(i, _)| i % 4 != w).map(|(_, d)| d).collect();
                if w % 2 == 1 {
                    mine.reverse();
                }
                for batch in mine.chunks(3 + w) {
                    let batch: Vec<Document> = batch.iter().map(|d| (*d).clone()).collect();
                    store.add_batch(&batch).unwrap();
                }
            });
        }
    });
    let mut store = PgStore::connect(&db.url).unwrap();
    let stats = store.stats().unwrap();
    assert_eq!(stats.articles, 240);
    assert_eq!(stats.events, docs.iter().map(|d| d.events.len() as i64).sum::<i64>());
    let incremental = partition(store.client());
    // The SQLite store, given the same articles in order, merges them the same way.
    let mut sqlite = vigie_store::Store::open_in_memory().unwrap();
    sqlite.add_batch(&docs).unwrap();
    let sqlite_stats = sqlite.merge().unwrap();
    assert_eq!(stats.clusters, sqlite_stats.clusters, "as many merged events as the SQLite store");
    assert!(stats.clusters < stats.events, "the articles should share events");
    // A merge from scratch finds the same clusters.
    store.recluster().unwrap();
    assert_eq!(partition(store.client()), incremental);
    // The filters and the merged event read back as the SQLite store answers them.
    let filter = vigie_pg::EventFilter { event_type: Some("battles".into()), ..Default::default() };
    assert_eq!(store.count_events(&filter).unwrap(), sqlite.count_events(&filter).unwrap());
    let (pg_events, sqlite_events) = (store.events(&filter).unwrap(), sqlite.events(&filter).unwrap());
    // (A merged event is coded as its first-stored telling, which depends on who stored first:
    // compare its sources and toll, not that coding.)
    let sources = |events: &[vigie_pg::StoredEvent]| -> BTreeSet<SourcesAndToll> {
        events
            .iter()
            .map(|e| {
                let mut s: Vec<_> = e.sources.iter().map(|s| (s.doc_id.clone(), s.evidence_start, s.evidence_end)).collect();
                s.sort();
                (s, e.fatalities)
            })
            .collect()
    };
    assert_eq!(sources(&pg_events), sources(&sqlite_events));
    assert!(pg_events.iter().flat_map(|e| &e.sources).all(|s| s.evidence.starts_with("Article ")));
    let timeline = |t: Vec<vigie_pg::TimelinePoint>| t.into_iter().map(|p| (p.date, p.events, p.fatalities)).collect::<Vec<_>>();
    for bucket in [vigie_pg::Bucket::Day, vigie_pg::Bucket::Week, vigie_pg::Bucket::Month] {
        assert_eq!(
            timeline(store.timeline(&Default::default(), bucket).unwrap()),
            timeline(sqlite.timeline(&Default::default(), bucket).unwrap())
        );
    }
}

#[test]
fn an_article_stored_again_is_skipped_and_postgis_holds_the_points() {
    let Some(db) = TestDb::new("again") else { return };
    let mut store = PgStore::connect(&db.url).unwrap();
    let first = store.add_batch(&[article(1), article(2)]).unwrap();
    assert_eq!((first.articles_added, first.articles_skipped), (2, 0));
    let mut renamed = article(1);
    renamed.id = "another-id".into();
    let again = store.add_batch(&[renamed, article(3)]).unwrap();
    assert_eq!((again.articles_added, again.articles_skipped), (1, 1));
    assert_eq!(store.stats().unwrap().articles, 3);
    if store.postgis() {
        let n: i64 = store.client().query_one("SELECT COUNT(*) FROM events WHERE geog IS NOT NULL", &[]).unwrap().get(0);
        assert_eq!(n, store.stats().unwrap().events);
    } else {
        eprintln!("PostGIS is not installed on this server: geography not checked");
    }
    // A second connection finds the schema in place.
    assert_eq!(PgStore::connect(&db.url).unwrap().schema_version().unwrap(), vigie_pg::schema::MIGRATIONS.len() as i64);
}

#[test]
fn one_batch_holds_copies_undated_events_and_articles_without_events() {
    let Some(db) = TestDb::new("mixed") else { return };
    let mut store = PgStore::connect(&db.url).unwrap();
    // The same text twice in one batch, an article without events, one whose only event is undated.
    let mut copy = article(4);
    copy.id = "copy-of-4".into();
    let mut quiet = article(5);
    quiet.events.clear();
    let mut undated = article(6);
    undated.events.truncate(1);
    undated.events[0].date = None;
    let docs = [article(4), copy, quiet, undated, article(7)];
    let report = store.add_batch(&docs).unwrap();
    assert_eq!((report.articles_added, report.articles_skipped), (4, 1));
    let expected = [&docs[0], &docs[2], &docs[3], &docs[4]].iter().map(|d| d.events.len()).sum::<usize>();
    assert_eq!(report.events_added, expected);
    assert_eq!(store.stats().unwrap().events, expected as i64);
    // Every event is in a cluster, its own or a merged one; the undated one in its own.
    let client = store.client();
    let unclustered: i64 = client.query_one("SELECT COUNT(*) FROM events WHERE cluster_id IS NULL", &[]).unwrap().get(0);
    assert_eq!(unclustered, 0);
    let own: bool = client
        .query_one("SELECT bool_and(cluster_id = id) FROM events WHERE date_start IS NULL", &[])
        .unwrap()
        .get(0);
    assert!(own);
    // The rows hold what the documents say, in the documents' order.
    let rows = client
        .query("SELECT a.doc_id, e.ordinal, e.latitude, e.date_start FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.id", &[])
        .unwrap();
    let stored: Vec<(String, i64, Option<f64>, Option<String>)> = rows.iter().map(|r| (r.get(0), r.get(1), r.get(2), r.get(3))).collect();
    let told: Vec<(String, i64, Option<f64>, Option<String>)> = [&docs[0], &docs[2], &docs[3], &docs[4]]
        .iter()
        .flat_map(|d| {
            d.events.iter().enumerate().map(|(k, e)| (d.id.clone(), k as i64, e.location.as_ref().and_then(|l| l.lat), e.date.clone()))
        })
        .collect();
    assert_eq!(stored, told);
    // A batch of articles all stored already writes nothing.
    let again = store.add_batch(&docs[..2]).unwrap();
    assert_eq!((again.articles_added, again.articles_skipped, again.events_added), (0, 2, 0));
    // Events without a place, early ones among them, and later batches of every family: the
    // incremental merge still gives the clusters a merge from scratch gives.
    let mut unplaced = article(8);
    for e in &mut unplaced.events {
        e.location = None;
        e.date = Some("2019-02-20".into());
    }
    store.add_batch(&[unplaced]).unwrap();
    for chunk in (9..60).map(article).collect::<Vec<_>>().chunks(5) {
        store.add_batch(chunk).unwrap();
    }
    let incremental = partition(store.client());
    store.recluster().unwrap();
    assert_eq!(partition(store.client()), incremental);
    assert!(store.stats().unwrap().clusters < store.stats().unwrap().events, "the articles should share events");
}

/// The doc ids of the store with their documents' ids, in article order.
fn doc_ids(store: &mut PgStore) -> Vec<(String, String)> {
    store
        .client()
        .query("SELECT doc_id, document FROM articles ORDER BY id", &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), serde_json::from_str::<Document>(r.get::<_, &str>(1)).unwrap().id))
        .collect()
}

#[test]
fn articles_with_the_same_id_each_keep_an_id_of_their_own_as_in_the_sqlite_store() {
    let Some(db) = TestDb::new("sameid") else { return };
    let mut store = PgStore::connect(&db.url).unwrap();
    // Two files `a.txt` and `a.html` (or `x/a.txt` and `y/a.txt`) both give the id "a".
    let same_id = |i: usize| Document { id: "a".into(), ..article(i) };
    let batches = vec![vec![same_id(1), same_id(2)], vec![same_id(3)]];
    let mut sqlite = vigie_store::Store::open_in_memory().unwrap();
    for batch in &batches {
        store.add_batch(batch).unwrap();
        sqlite.add_batch(batch).unwrap();
    }
    let ids = doc_ids(&mut store);
    assert_eq!(ids.len(), 3);
    assert!(ids.iter().all(|(row, document)| row == document), "{ids:?}");
    let unique: BTreeSet<&String> = ids.iter().map(|(row, _)| row).collect();
    assert_eq!(unique.len(), 3, "{ids:?}");
    let in_sqlite: Vec<String> = (1..=3).map(|i| sqlite.article(i).unwrap().unwrap().doc_id).collect();
    assert_eq!(ids.iter().map(|(row, _)| row.clone()).collect::<Vec<_>>(), in_sqlite);
    // Stored again: nothing twice, nothing renamed.
    let again = store.add_batch(&batches.concat()).unwrap();
    assert_eq!((again.articles_added, again.articles_skipped), (0, 3));
    assert_eq!(doc_ids(&mut store), ids);
    // Two writers storing different articles under the same ids at once: each article once, each
    // under an id of its own.
    let url = db.url.clone();
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let url = url.clone();
            std::thread::spawn(move || {
                let mut store = PgStore::connect(&url).unwrap();
                for i in 0..20 {
                    let doc = Document { id: format!("race{}", i % 4), ..article(100 + w * 100 + i) };
                    store.add_batch(&[doc]).unwrap();
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let ids = doc_ids(&mut store);
    assert_eq!(ids.len(), 43);
    assert_eq!(ids.iter().map(|(row, _)| row).collect::<BTreeSet<_>>().len(), 43);
}

#[test]
fn a_store_holding_duplicate_ids_is_migrated_to_unique_ones() {
    let Some(db) = TestDb::new("dupmig") else { return };
    let docs = [Document::new("a", "One."), Document::new("a", "Two."), Document::new("b", "Three.")];
    {
        let mut client = postgres::Client::connect(&db.url, postgres::NoTls).unwrap();
        client.batch_execute(vigie_pg::schema::MIGRATIONS[0]).unwrap();
        client.batch_execute("CREATE TABLE vigie_schema (version BIGINT NOT NULL); INSERT INTO vigie_schema VALUES (1)").unwrap();
        for d in &docs {
            client
                .execute(
                    "INSERT INTO articles (doc_id, content_hash, text, document, ingested_at, fts) VALUES ($1, $2, $3, $4, 'then', ''::tsvector)",
                    &[&d.id, &vigie_store::content_hash(d), &d.text, &serde_json::to_string(d).unwrap()],
                )
                .unwrap();
        }
    }
    let mut store = PgStore::connect(&db.url).unwrap();
    let renamed = format!("a~{}", &vigie_store::content_hash(&docs[1])[..8]);
    assert_eq!(doc_ids(&mut store), [("a".into(), "a".into()), (renamed.clone(), renamed), ("b".into(), "b".into())]);
}

#[test]
fn every_filter_selects_the_same_events_as_in_the_sqlite_store() {
    let Some(db) = TestDb::new("filters") else { return };
    let mut store = PgStore::connect(&db.url).unwrap();
    let mut sqlite = vigie_store::Store::open_in_memory().unwrap();
    let mut docs: Vec<Document> = (0..12).map(article).collect();
    docs[3].text = format!("{} Une manifestation à Alep.", docs[3].text);
    docs[4].events[0].actor1 = Some(ActorRef { name: Some("Front 100%_libre".into()), ..Default::default() });
    docs[5].events[0].actor1 = Some(ActorRef { name: Some("ÉTAT ISLAMIQUE".into()), ..Default::default() });
    store.add_batch(&docs).unwrap();
    sqlite.add_batch(&docs).unwrap();
    sqlite.merge().unwrap();
    let f = vigie_pg::EventFilter::default;
    let filters = [
        vigie_pg::EventFilter { event_type: Some("ARMED CLASH".into()), ..f() },
        vigie_pg::EventFilter { event_type: Some("protests".into()), ..f() },
        vigie_pg::EventFilter { country: Some("sy".into()), ..f() },
        vigie_pg::EventFilter { actor: Some("military".into()), ..f() },
        vigie_pg::EventFilter { actor: Some("100%_".into()), ..f() },
        vigie_pg::EventFilter { actor: Some("0%".into()), ..f() },
        // Case beyond ASCII is ignored in both stores, whatever the database's locale.
        vigie_pg::EventFilter { actor: Some("état islamique".into()), ..f() },
        vigie_pg::EventFilter { date_from: Some("2019-03-04".into()), date_to: Some("2019-03-06".into()), ..f() },
        vigie_pg::EventFilter { bbox: Some([40.0, 34.0, 41.0, 35.0]), ..f() },
        vigie_pg::EventFilter { text: Some("ALEP".into()), ..f() },
        vigie_pg::EventFilter { text: Some("alep manifestation".into()), country: Some("SY".into()), ..f() },
        vigie_pg::EventFilter { text: Some(" \t ".into()), ..f() },
    ];
    for filter in &filters {
        let pg = store.count_events(filter).unwrap();
        assert_eq!(pg, sqlite.count_events(filter).unwrap(), "{filter:?}");
        let n = |events: Vec<vigie_pg::StoredEvent>| events.len() as i64;
        assert_eq!(n(store.events(filter).unwrap()), pg, "{filter:?}");
    }
    // The filters do narrow: not all alike.
    let counts: BTreeSet<i64> = filters.iter().map(|filter| store.count_events(filter).unwrap()).collect();
    assert!(counts.len() >= 4, "{counts:?}");
    assert!(counts.contains(&1), "{counts:?}");
    let accented = vigie_pg::EventFilter { actor: Some("état islamique".into()), ..f() };
    assert_eq!(store.count_events(&accented).unwrap(), 1, "ÉTAT ISLAMIQUE is found in lower case");
}
