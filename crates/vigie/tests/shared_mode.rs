//! The shared mode against the real servers: NATS JetStream (nats-server -js) and PostgreSQL 15
//! with PostGIS, each started on 127.0.0.1 on a free port with its own data directory, stopped
//! when the test ends.
//!
//! A few thousand articles are published (twice: the second time the server drops them as
//! duplicates), two `vigie worker`s pull them, one is killed with SIGKILL mid-run and a third
//! started; then every article must be stored exactly once, and the events (type, dates,
//! evidence, toll, actors, place) and their merging across articles must be those `vigie ingest`
//! gives in the embedded SQLite mode on the same input.
//!
//! The servers are installed with `apt-get install -y nats-server postgresql-15-postgis-3` when
//! missing (as root). Where they cannot be installed or started the test says so and passes
//! without checking anything: the message starts with "SKIPPED".
//!
//! `VIGIE_SHARED_DOCS` (default 2500, 300 in a debug build) sets how many generated articles the corpus holds, beside up
//! to 600 real ones from ../shared/eval when present. Durations below only bound waits; nothing
//! asserts how long anything takes.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use vigie_pg::test_server::PgServer;
use vigie_queue::test_server::NatsServer;

fn skip(why: &str) {
    eprintln!("SKIPPED shared_mode: {why}");
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn wait_for_port(port: u16, within: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < within {
        // A connection to itself (the client handed the very port as its source) is no listener.
        if let Ok(stream) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            if stream.local_addr().ok() != stream.peer_addr().ok() {
                return true;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

fn have_servers() -> bool {
    NatsServer::installed() && PgServer::installed()
}

/// Installs the servers when missing; `Err` says why they are not there.
fn install_servers() -> Result<(), String> {
    vigie_core::apt::install(&["nats-server", vigie_pg::test_server::PACKAGES], have_servers)
}

/// A scratch directory, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Scratch {
        let dir = std::env::temp_dir().join(format!("vigie-shared-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        // PostgreSQL runs as an unprivileged user when the test is root: it must reach its folder.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A small linear congruential generator (Knuth's MMIX constants): a reproducible corpus.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

const PLACES_FR: &[&str] = &["Boukamal", "Alep", "Idleb", "Mossoul", "Kaboul", "Gao", "Mogadiscio", "Sanaa"];
const PLACES_EN: &[&str] = &["Aleppo", "Mosul", "Kabul", "Gao", "Mogadishu", "Sanaa", "Raqqa", "Kandahar"];

/// The real articles of ../shared/eval (news and ACLED notes) when present, then generated ones
/// (varied sentences on a few places and days, so that many tell the same event and merge), one
/// in forty repeating an earlier text under another id; as JSON Lines. Returns the distinct texts.
fn write_corpus(path: &Path, generated: u64) -> HashSet<String> {
    let mut lines: Vec<serde_json::Value> = Vec::new();
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval");
    for (set, take) in [("news-fr-orangesum", 150), ("news-en-guardian", 150), ("acled-2020", 300)] {
        let Ok(text) = std::fs::read_to_string(shared.join(set).join("gold.jsonl")) else {
            eprintln!("shared_mode: {set} absent, generated articles only for it");
            continue;
        };
        for line in text.lines().take(if cfg!(debug_assertions) { take / 6 } else { take }) {
            let Ok(gold) = serde_json::from_str::<serde_json::Value>(line) else { continue };
            let mut doc = serde_json::Map::new();
            for key in ["id", "text", "lang", "published"] {
                if let Some(v) = gold.get(key) {
                    doc.insert(key.into(), v.clone());
                }
            }
            lines.push(serde_json::Value::Object(doc));
        }
    }
    let mut rng = Lcg(8);
    for i in 0..generated {
        let n = rng.below(30) + 1;
        let day = rng.below(6) + 1;
        let (text, lang) = if rng.below(2) == 0 {
            let place = PLACES_FR[rng.below(PLACES_FR.len() as u64) as usize];
            let verb = ["ont été tuées", "ont péri", "sont mortes"][rng.below(3) as usize];
            (
                format!(
                    "{place} (AFP) - {n} personnes {verb} le {day} mars 2019 dans une frappe aérienne sur {place}, \
                     selon une ONG. Des manifestants ont défilé le lendemain à {place} (dépêche n° {i})."
                ),
                "fr",
            )
        } else {
            let place = PLACES_EN[rng.below(PLACES_EN.len() as u64) as usize];
            let what = ["gunmen attacked a checkpoint", "militants clashed with soldiers", "a car bomb exploded"][rng.below(3) as usize];
            (
                format!(
                    "{place} (Reuters) - At least {n} people were killed on March {day}, 2019 when {what} near {place}, \
                     officials said. Police arrested two suspects. Report number {i}."
                ),
                "en",
            )
        };
        lines.push(serde_json::json!({ "id": format!("gen-{i}"), "text": text, "lang": lang, "published": "2019-03-08" }));
        if i > 10 && rng.below(40) == 0 {
            let again = lines[rng.below(lines.len() as u64) as usize].clone();
            let mut again = again.as_object().unwrap().clone();
            again.insert("id".into(), format!("again-{i}").into());
            lines.push(serde_json::Value::Object(again));
        }
    }
    let mut out = String::new();
    let mut texts = HashSet::new();
    for line in &lines {
        texts.insert(line["text"].as_str().unwrap().to_string());
        out.push_str(&line.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).unwrap();
    texts
}

fn vigie() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vigie"));
    cmd.stdin(Stdio::null());
    cmd
}

/// One event as an article tells it, ids left out: the article's content hash and the event's
/// ordinal, then its coding and evidence.
type Row = (String, i64, Vec<Option<String>>);

const COLUMNS: &str = "a.content_hash, e.ordinal, e.event_type, e.sub_event_type, e.plover, e.cameo, e.actor1, \
     CAST(e.inter1 AS TEXT), e.actor1_country, e.actor2, CAST(e.inter2 AS TEXT), e.actor2_country, CAST(e.geonameid AS TEXT), \
     e.location, e.country, e.admin1, e.date_start, e.date_end, CAST(e.fatalities AS TEXT), \
     CAST(e.evidence_start AS TEXT), CAST(e.evidence_end AS TEXT)";
const VALUES: usize = 19;

/// The clusters as sets of (content hash, ordinal): the same partition whatever the ids.
fn partition(members: impl IntoIterator<Item = (i64, (String, i64))>) -> BTreeSet<BTreeSet<(String, i64)>> {
    let mut by: BTreeMap<i64, BTreeSet<(String, i64)>> = BTreeMap::new();
    for (cluster, key) in members {
        by.entry(cluster).or_default().insert(key);
    }
    by.into_values().collect()
}

struct Dump {
    articles: BTreeMap<String, String>,
    events: Vec<Row>,
    clusters: BTreeSet<BTreeSet<(String, i64)>>,
}

fn dump_sqlite(path: &Path) -> Dump {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut articles = BTreeMap::new();
    let mut stmt = conn.prepare("SELECT content_hash, text FROM articles").unwrap();
    for r in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))).unwrap() {
        let (h, t) = r.unwrap();
        assert!(articles.insert(h, t).is_none());
    }
    let sql = format!("SELECT {COLUMNS}, COALESCE(e.cluster_id, e.id) FROM events e JOIN articles a ON a.id = e.article_id");
    let mut stmt = conn.prepare(&sql).unwrap();
    let mut events = Vec::new();
    let mut members = Vec::new();
    let rows = stmt
        .query_map([], |r| {
            let values = (2..2 + VALUES).map(|i| r.get::<_, Option<String>>(i)).collect::<Result<Vec<_>, _>>()?;
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, values, r.get::<_, i64>(2 + VALUES)?))
        })
        .unwrap();
    for r in rows {
        let (h, o, values, cluster) = r.unwrap();
        members.push((cluster, (h.clone(), o)));
        events.push((h, o, values));
    }
    events.sort();
    Dump { articles, events, clusters: partition(members) }
}

fn dump_pg(store: &mut vigie_pg::PgStore) -> Dump {
    let client = store.client();
    let mut articles = BTreeMap::new();
    for r in client.query("SELECT content_hash, text FROM articles", &[]).unwrap() {
        assert!(articles.insert(r.get::<_, String>(0), r.get::<_, String>(1)).is_none());
    }
    let sql = format!("SELECT {COLUMNS}, COALESCE(e.cluster_id, e.id) FROM events e JOIN articles a ON a.id = e.article_id");
    let mut events = Vec::new();
    let mut members = Vec::new();
    for r in client.query(&sql, &[]).unwrap() {
        let (h, o): (String, i64) = (r.get(0), r.get(1));
        let values: Vec<Option<String>> = (2..2 + VALUES).map(|i| r.get(i)).collect();
        members.push((r.get::<_, i64>(2 + VALUES), (h.clone(), o)));
        events.push((h, o, values));
    }
    events.sort();
    Dump { articles, events, clusters: partition(members) }
}

fn pg_articles(store: &mut vigie_pg::PgStore) -> i64 {
    store.client().query_one("SELECT COUNT(*) FROM articles", &[]).unwrap().get(0)
}

#[test]
fn workers_killed_midway_store_every_article_once_with_the_embedded_modes_events() {
    if let Err(why) = install_servers() {
        return skip(&why);
    }
    let scratch = Scratch::new();
    let dir = &scratch.0;
    let nats = match NatsServer::start(dir) {
        Ok(n) => n,
        Err(why) => return skip(&why),
    };
    let pg = match PgServer::start(dir) {
        Ok(p) => p,
        Err(why) => return skip(&why),
    };
    // The installed data when there is some, else an empty folder (places unresolved): the same
    // for both modes.
    let data = std::env::var_os("VIGIE_DATA").map(PathBuf::from).unwrap_or_else(|| dir.join("data"));
    let corpus = dir.join("corpus.jsonl");
    // A debug build annotates some twenty times slower: fewer articles there.
    let default_docs = if cfg!(debug_assertions) { 300 } else { 2500 };
    let generated = std::env::var("VIGIE_SHARED_DOCS").ok().and_then(|v| v.parse().ok()).unwrap_or(default_docs);
    let texts = write_corpus(&corpus, generated);

    // The embedded mode.
    let sqlite = dir.join("embedded.sqlite");
    let status = vigie().env("VIGIE_DATA", &data).arg("ingest").arg("--db").arg(&sqlite).arg(&corpus).stderr(Stdio::null()).status().unwrap();
    assert!(status.success(), "embedded ingest failed");
    let embedded = dump_sqlite(&sqlite);
    assert_eq!(embedded.articles.len(), texts.len());

    // Publish, twice: the second time every article is a duplicate the server drops.
    for round in 0..2 {
        let out = vigie().arg("ingest").arg("--queue").arg(nats.url()).arg(&corpus).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "publishing failed: {stderr}");
        let waiting = format!("{} waiting in the queue", texts.len());
        assert!(stderr.contains(&waiting), "round {round}: expected '{waiting}': {stderr}");
        if round == 1 {
            assert!(stderr.contains(" 0 article(s) published"), "the second round should be all duplicates: {stderr}");
        }
    }

    let mut store = vigie_pg::PgStore::connect(&pg.url()).expect("connect to the test PostgreSQL");
    assert!(store.postgis(), "PostGIS should be available in the test cluster");
    let worker = |name: &str| {
        vigie()
            .env("VIGIE_DATA", &data)
            .args(["worker", "--queue", &nats.url(), "--db", &pg.url(), "--batch", "8", "--ack-wait", "3", "--until-empty"])
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.join(format!("{name}.log"))).unwrap())
            .spawn()
            .unwrap()
    };
    // Guards: a failing assertion still stops every worker.
    let mut first = Server(worker("worker-1"));
    let mut second = Server(worker("worker-2"));
    // Kill the first once a fifth of the articles are stored (it is then mid-run: it holds a
    // batch it has not acknowledged, which must be delivered again to the others).
    let total = texts.len() as i64;
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut at_kill = 0;
    while Instant::now() < deadline {
        at_kill = pg_articles(&mut store);
        if at_kill >= total / 5 {
            break;
        }
        assert!(first.0.try_wait().unwrap().is_none(), "worker 1 stopped early: {}", std::fs::read_to_string(dir.join("worker-1.log")).unwrap());
        std::thread::sleep(Duration::from_millis(50));
    }
    first.0.kill().unwrap(); // SIGKILL
    first.0.wait().unwrap();
    assert!(at_kill < total, "worker 1 was killed after the end ({at_kill} of {total}): nothing tested");
    let mut third = Server(worker("worker-3"));
    for (name, Server(child)) in [("worker-2", &mut second), ("worker-3", &mut third)] {
        let deadline = Instant::now() + Duration::from_secs(150);
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                let log = std::fs::read_to_string(dir.join(format!("{name}.log"))).unwrap();
                assert!(status.success(), "{name} failed: {log}");
                break;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                panic!("{name} did not finish: {}", std::fs::read_to_string(dir.join(format!("{name}.log"))).unwrap());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    eprintln!("shared_mode: {total} articles, worker 1 killed after {at_kill} were stored");

    // Every article exactly once (the table's unique key makes twice impossible: check the count
    // and the texts), the same events, the same clusters.
    let shared = dump_pg(&mut store);
    assert_eq!(shared.articles.len(), texts.len(), "one article per distinct text");
    assert_eq!(shared.articles, embedded.articles, "the same articles as the embedded mode");
    assert_eq!(shared.events.len(), embedded.events.len(), "as many events as the embedded mode");
    assert!(!shared.events.is_empty(), "the corpus should give events");
    eprintln!(
        "shared_mode: {} articles, {} events, {} merged events ({} told by several articles)",
        shared.articles.len(),
        shared.events.len(),
        shared.clusters.len(),
        shared.clusters.iter().filter(|c| c.len() > 1).count()
    );
    for (a, b) in shared.events.iter().zip(&embedded.events) {
        assert_eq!(a, b, "an event differs from the embedded mode's");
    }
    assert_eq!(shared.clusters, embedded.clusters, "events merged across articles differently from the embedded mode");
    // Merging needs places (coordinates, or country and subdivision): without the gazetteer
    // nothing merges, and only the equality above is checked.
    let placed_events = shared.events.iter().filter(|(_, _, v)| v[10].is_some()).count();
    if placed_events > 0 {
        assert!(shared.clusters.iter().any(|c| c.len() > 1), "the corpus should have events told by several articles");
    } else {
        eprintln!("shared_mode: no gazetteer in the data folder: no place resolved, nothing to merge");
    }
    // The incremental merge equals a merge from scratch.
    store.recluster().unwrap();
    assert_eq!(dump_pg(&mut store).clusters, shared.clusters, "recomputing the clusters changed them");
    // PostGIS holds each placed event's point.
    let placed: i64 = store.client().query_one("SELECT COUNT(*) FROM events WHERE latitude IS NOT NULL", &[]).unwrap().get(0);
    let points: i64 = store.client().query_one("SELECT COUNT(*) FROM events WHERE geog IS NOT NULL", &[]).unwrap().get(0);
    assert_eq!(placed, points);
    drop(store);

    // `vigie serve` answers the same from PostgreSQL as from the embedded store (the counts, the
    // filters, the timeline; a merged event's own coding is its first-stored telling, which
    // depends on which worker stored first, so whole pages are not compared).
    let serve = |db: &str, name: &str| {
        let port = free_port();
        let child = vigie()
            .args(["serve", "--db", db, "--addr", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.join(format!("{name}.log"))).unwrap())
            .spawn()
            .unwrap();
        let server = Server(child);
        assert!(wait_for_port(port, Duration::from_secs(30)), "{name} did not listen");
        (server, port)
    };
    let (_pg_server, pg_port) = serve(&pg.url(), "serve-pg");
    let (_sqlite_server, sqlite_port) = serve(sqlite.to_str().unwrap(), "serve-sqlite");
    for path in [
        "/stats",
        "/timeline?bucket=day",
        "/timeline?bucket=week&type=battles",
        "/events?limit=0",
        "/events?limit=0&type=Armed%20clash",
        "/events?limit=0&from=2019-03-03&to=2019-03-04",
        "/events?limit=0&text=Mosul",
        "/events?limit=0&actor=police",
        "/events?limit=0&bbox=30,30,50,40",
    ] {
        let (a, b) = (http_get(pg_port, path), http_get(sqlite_port, path));
        assert!(a.starts_with("HTTP/1.1 200"), "{path}: {a}");
        assert_eq!(body(&a), body(&b), "{path} differs between PostgreSQL and SQLite");
    }
    let page = http_get(pg_port, "/events?limit=5");
    assert!(body(&page).contains("\"evidence\""), "events from PostgreSQL carry their evidence: {page}");
    assert!(http_get(pg_port, "/").starts_with("HTTP/1.1 200"), "the map is served from PostgreSQL");
    drop(pg);
    drop(nats);
}

/// A child process killed on drop.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A GET over HTTP/1.1 with `Connection: close`: the whole answer, head and body.
fn http_get(port: u16, path: &str) -> String {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

fn body(answer: &str) -> &str {
    answer.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("")
}
