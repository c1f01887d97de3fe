//! Crash safety of `vigie ingest`: the real binary, killed (SIGKILL) at pseudo-random points and
//! restarted until it completes, leaves a sound store holding every article exactly once; a
//! store it may not write is refused with a clear message and left untouched.
//!
//! `VIGIE_CRASH_ITERATIONS` (default 2) sets how many fresh stores are ingested under kills;
//! `VIGIE_CRASH_DOCS` (default 20000) how many articles each gets; `VIGIE_CRASH_KILLS` (default 6)
//! how many kills each iteration makes before a run is left to finish. A kill comes 20-300 ms
//! (drawn by a seeded LCG) after vigie has loaded its pipeline, i.e. while it reads and writes.
//! Durations only choose the kill points: nothing here asserts how long anything takes.

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;
use vigie_core::Document;
use vigie_store::{content_hash, Store};

/// A small linear congruential generator (Knuth's MMIX constants): reproducible kill points.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok()).unwrap_or(default)
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vigie-crash-{}-{name}", std::process::id()));
    if dir.exists() {
        let _ = make_writable(&dir);
        std::fs::remove_dir_all(&dir).unwrap();
    }
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn make_writable(dir: &Path) -> std::io::Result<()> {
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755))?;
    for entry in std::fs::read_dir(dir)? {
        std::fs::set_permissions(entry?.path(), std::fs::Permissions::from_mode(0o644))?;
    }
    Ok(())
}

fn vigie(data: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vigie"));
    // An empty data folder: no gazetteer, places unresolved (a warning), everything else runs.
    cmd.env("VIGIE_DATA", data).stdin(Stdio::null()).stdout(Stdio::null());
    cmd
}

const PLACES: &[&str] = &["Boukamal", "Alep", "Idleb", "Mossoul", "Kaboul", "Gao", "Mogadiscio", "Sanaa"];
const PLACES_EN: &[&str] = &["Aleppo", "Mosul", "Kabul", "Gao", "Mogadishu", "Sanaa", "Raqqa", "Kandahar"];
const MONTHS: &[&str] = &["janvier", "mars", "mai", "juillet", "septembre", "novembre"];
const MONTHS_EN: &[&str] = &["January", "March", "May", "July", "September", "November"];

/// One short generated article, distinct for each `i`.
fn article(i: u64, rng: &mut Lcg) -> (String, &'static str) {
    let n = rng.below(40) + 1;
    let day = rng.below(28) + 1;
    if rng.below(2) == 0 {
        let place = PLACES[rng.below(PLACES.len() as u64) as usize];
        let month = MONTHS[rng.below(MONTHS.len() as u64) as usize];
        (
            format!(
                "{place} (AFP) - {n} personnes ont été tuées le {day} {month} 2019 dans une frappe aérienne \
                 sur {place}, selon une ONG. Les combats se poursuivaient dans la région (dépêche n° {i})."
            ),
            "fr",
        )
    } else {
        let place = PLACES_EN[rng.below(PLACES_EN.len() as u64) as usize];
        let month = MONTHS_EN[rng.below(MONTHS_EN.len() as u64) as usize];
        (
            format!(
                "{place} (Reuters) - At least {n} people were killed on {month} {day}, 2019 when gunmen attacked \
                 a checkpoint near {place}, officials said. Report number {i}."
            ),
            "en",
        )
    }
}

/// Writes `count` articles (some told twice under another id) as JSON Lines; the distinct texts.
fn write_corpus(path: &Path, count: u64, seed: u64) -> HashSet<String> {
    let mut rng = Lcg(seed);
    let mut texts: Vec<(String, &str)> = Vec::new();
    let mut out = String::new();
    for i in 0..count {
        // One line in twenty repeats an earlier article's text (syndication): stored once.
        let (text, lang) = if i > 10 && rng.below(20) == 0 {
            texts[rng.below(texts.len() as u64) as usize].clone()
        } else {
            article(i, &mut rng)
        };
        let line = serde_json::json!({ "id": format!("doc-{i}"), "text": text, "lang": lang, "published": "2019-12-01" });
        out.push_str(&line.to_string());
        out.push('\n');
        texts.push((text, lang));
    }
    std::fs::write(path, out).unwrap();
    texts.into_iter().map(|(t, _)| t).collect()
}

/// Every distinct text is stored exactly once, nothing else is, and the file is sound.
fn assert_stored_once(db: &Path, texts: &HashSet<String>) {
    let store = Store::open(db).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let stats = store.stats().unwrap();
    assert_eq!(stats.articles, texts.len() as i64, "one article per distinct text");
    let mut ids = HashSet::new();
    for text in texts {
        let hash = content_hash(&Document::new("", text.as_str()));
        let id = store.article_id_by_hash(&hash).unwrap().unwrap_or_else(|| panic!("not stored: {text}"));
        assert!(ids.insert(id), "two texts share article {id}");
    }
}

#[test]
fn ingest_killed_at_random_points_stores_every_article_exactly_once() {
    let iterations = env_number("VIGIE_CRASH_ITERATIONS", 2);
    // vigie ingests these short articles at some 6,000 a second on this machine: 20,000 and kills
    // within 300 ms let every kill land while it writes (with 3,000 and 50-800 ms, most runs ended
    // before their kill).
    let docs = env_number("VIGIE_CRASH_DOCS", 20000);
    // Kills per iteration before the run is left to finish.
    let max_kills = env_number("VIGIE_CRASH_KILLS", 6);
    let data = scratch("data");
    for iteration in 0..iterations {
        let dir = scratch(&format!("run{iteration}"));
        let corpus = dir.join("articles.jsonl");
        let db = dir.join("store.sqlite");
        let texts = write_corpus(&corpus, docs, 1000 + iteration);
        let mut rng = Lcg(0x5eed ^ iteration.wrapping_mul(0x9e37_79b9));
        let mut kills = 0;
        let mut runs = 0;
        let mut stored_after_kills = Vec::new();
        loop {
            runs += 1;
            let mut child = vigie(&data)
                .args(["ingest", "--db"])
                .arg(&db)
                .arg(&corpus)
                .stderr(Stdio::piped())
                .spawn()
                .expect("vigie runs");
            let mut stderr = BufReader::new(child.stderr.take().unwrap());
            // vigie warns (no gazetteer) once its pipeline is loaded, before it opens the store:
            // the kill point is counted from there, so that kills land while it writes.
            let mut first_line = String::new();
            let _ = stderr.read_line(&mut first_line);
            if kills < max_kills {
                let delay = Duration::from_millis(20 + rng.below(281));
                std::thread::sleep(delay);
                if child.try_wait().unwrap().is_none() {
                    child.kill().unwrap(); // SIGKILL
                    child.wait().unwrap();
                    kills += 1;
                    // Every other time, look at what the killed run left (the store recovers
                    // its journal here); otherwise the next run of vigie does.
                    if kills % 2 == 1 && db.exists() {
                        let store = Store::open(&db).unwrap();
                        assert_eq!(store.integrity_check().unwrap(), "ok", "after kill {kills}");
                        stored_after_kills.push(store.stats().unwrap().articles);
                    }
                    continue;
                }
            }
            let mut rest = String::new();
            let _ = stderr.read_to_string(&mut rest);
            let status = child.wait().unwrap();
            assert!(status.success(), "iteration {iteration}, run {runs}: vigie ingest failed: {status}: {first_line}{rest}");
            break;
        }
        eprintln!(
            "iteration {iteration}: {docs} lines, {} distinct, {kills} kill(s), {runs} run(s), stored after odd kills: {stored_after_kills:?}",
            texts.len()
        );
        assert_stored_once(&db, &texts);
        // Once complete, running again adds nothing.
        let again = vigie(&data).args(["ingest", "--db"]).arg(&db).arg(&corpus).output().unwrap();
        assert!(again.status.success(), "{}", String::from_utf8_lossy(&again.stderr));
        assert!(String::from_utf8_lossy(&again.stderr).contains(" 0 article(s) added"), "{}", String::from_utf8_lossy(&again.stderr));
        assert_stored_once(&db, &texts);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

#[test]
fn a_read_only_store_is_refused_and_left_unchanged() {
    let data = scratch("ro-data");
    let dir = scratch("ro");
    let db_dir = dir.join("db");
    std::fs::create_dir_all(&db_dir).unwrap();
    let db = db_dir.join("store.sqlite");
    let first = dir.join("first.jsonl");
    let second = dir.join("second.jsonl");
    write_corpus(&first, 5, 1);
    std::fs::write(
        &second,
        "{\"id\":\"new\",\"text\":\"A new article about a clash in Gao on 3 March 2020.\",\"lang\":\"en\"}\n",
    )
    .unwrap();
    let out = vigie(&data).args(["ingest", "--db"]).arg(&db).arg(&first).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    // The store and its folder are read-only (no journal can be created beside it either).
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::set_permissions(&db_dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let before = std::fs::read(&db).unwrap();
    let listing = |d: &Path| {
        let mut names: Vec<_> = std::fs::read_dir(d).unwrap().map(|e| e.unwrap().file_name()).collect();
        names.sort();
        names
    };
    let files_before = listing(&db_dir);

    let mut cmd = vigie(&data);
    cmd.args(["ingest", "--db"]).arg(&db).arg(&second);
    // Root writes through file modes: run vigie as an unprivileged user, as users run it.
    if std::fs::metadata(&dir).unwrap().uid() == 0 {
        for path in [&data, &dir] {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        std::fs::set_permissions(&second, std::fs::Permissions::from_mode(0o644)).unwrap();
        cmd.uid(65534).gid(65534);
    }
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("read-only store: {}; {}", out.status, stderr.trim());
    assert!(!out.status.success(), "ingest into a read-only store succeeded: {stderr}");
    assert!(stderr.contains(&db.display().to_string()), "the message names the store: {stderr}");
    let lower = stderr.to_lowercase();
    assert!(
        ["readonly", "read-only", "permission", "unable to open"].iter().any(|w| lower.contains(w)),
        "the message says why: {stderr}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), before, "the store file is unchanged");
    assert_eq!(listing(&db_dir), files_before, "nothing was created beside it");

    make_writable(&db_dir).unwrap();
    let store = Store::open(&db).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    assert_eq!(store.stats().unwrap().articles, 5);
    drop(store);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Disk full: the store's file is capped (`VIGIE_STORE_MAX_PAGES`, SQLite's `max_page_count`,
/// which fails a write exactly as a full disk does: `SQLITE_FULL`) some pages above what a
/// first ingest left, room for a few batches of the second. The second ingest fails with a message naming the store and the reason,
/// a non-zero exit code; the file is sound and holds what was committed before; once space is
/// back, the same command completes and every article is stored exactly once.
#[test]
fn a_full_disk_stops_ingest_with_a_clear_error_and_keeps_what_was_committed() {
    let data = scratch("full-data");
    let dir = scratch("full");
    let db = dir.join("store.sqlite");
    let first = dir.join("first.jsonl");
    let second = dir.join("second.jsonl");
    let first_texts = write_corpus(&first, 200, 7);
    let second_texts = write_corpus(&second, 1500, 8);
    let out = vigie(&data).args(["ingest", "--db"]).arg(&db).arg(&first).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let pages = Store::open(&db).unwrap().page_count().unwrap();

    let out = vigie(&data)
        .env("VIGIE_STORE_MAX_PAGES", (pages + 120).to_string())
        .args(["ingest", "--batch", "50", "--db"])
        .arg(&db)
        .arg(&second)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("full store ({pages} pages, cap {}): {}; {}", pages + 120, out.status, stderr.trim());
    assert!(!out.status.success(), "ingest into a full store succeeded: {stderr}");
    assert!(stderr.contains(&db.display().to_string()), "the message names the store: {stderr}");
    assert!(stderr.contains("full"), "the message says why: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");

    let store = Store::open(&db).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    for text in &first_texts {
        let hash = content_hash(&Document::new("", text.as_str()));
        assert!(store.article_id_by_hash(&hash).unwrap().is_some(), "lost after the full disk: {text}");
    }
    let articles = store.stats().unwrap().articles as usize;
    let all: HashSet<String> = first_texts.union(&second_texts).cloned().collect();
    assert!(articles > first_texts.len() && articles < all.len(), "the batches before the full one are kept: {articles} articles stored");
    assert!(stderr.contains(&format!("the {} this run added before", articles - first_texts.len())), "{stderr}");
    drop(store);

    // Space is back: the same command adds what is missing, once.
    let out = vigie(&data).args(["ingest", "--batch", "50", "--db"]).arg(&db).arg(&second).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_stored_once(&db, &all);

    // A new store capped at its size once created: its first batch fails the same way.
    let fresh = dir.join("fresh.sqlite");
    let out = vigie(&data).env("VIGIE_STORE_MAX_PAGES", "1").args(["ingest", "--db"]).arg(&fresh).arg(&first).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("fresh store capped at 1 page: {}; {}", out.status, stderr.trim());
    assert!(!out.status.success(), "{stderr}");
    assert!(stderr.contains(&fresh.display().to_string()) && stderr.contains("full"), "the message names the store and why: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(Store::open(&fresh).unwrap().stats().unwrap().articles, 0);
    std::fs::remove_dir_all(&dir).unwrap();
}
