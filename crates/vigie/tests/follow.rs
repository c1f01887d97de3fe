//! `vigie ingest --follow`, run as a user runs it, against a feed served on this machine.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::Command;
use std::sync::{Arc, Mutex};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vigie-follow-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The requests the server was sent: path and If-None-Match.
type Log = Arc<Mutex<Vec<(String, Option<String>)>>>;

/// What the server answers: status, ETag, body.
type Answer = (u16, Option<&'static str>, String);

/// A local HTTP/1.1 server: `answer(path, if_none_match, nth request of that path)` gives the
/// answer; each connection is closed after one answer.
fn serve(answer: impl Fn(&str, Option<&str>, usize) -> Answer + Send + Sync + 'static) -> (String, Log) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let log: Log = Arc::default();
    let server_log = log.clone();
    let answer = Arc::new(answer);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let (answer, log) = (answer.clone(), server_log.clone());
            std::thread::spawn(move || handle(stream, &*answer, &log));
        }
    });
    (base, log)
}

fn handle(mut stream: TcpStream, answer: &dyn Fn(&str, Option<&str>, usize) -> Answer, log: &Log) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let mut etag = None;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((n, v)) = h.split_once(':') {
            if n.trim().eq_ignore_ascii_case("if-none-match") {
                etag = Some(v.trim().to_string());
            }
        }
    }
    let nth = {
        let mut log = log.lock().unwrap();
        log.push((path.clone(), etag.clone()));
        log.iter().filter(|(p, _)| *p == path).count()
    };
    let (status, new_etag, body) = answer(&path, etag.as_deref(), nth);
    let mut head = format!("HTTP/1.1 {status} X\r\nConnection: close\r\n");
    if status != 304 {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    if let Some(e) = new_etag {
        head.push_str(&format!("ETag: {e}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body.as_bytes());
}

fn item(base: &str, id: &str, text: &str) -> String {
    format!(
        "<item><title>{id}</title><link>{base}/{id}.html</link><guid>{id}</guid>\
         <pubDate>Mon, 06 May 2019 10:00:00 +0000</pubDate><description>{text}</description></item>"
    )
}

fn feed(items: &[String]) -> String {
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title><link>http://example.invalid/</link>\
         <description>news</description>{}</channel></rss>",
        items.concat()
    )
}

fn page(sentence: &str) -> String {
    format!(
        "<html><head><title>News of the day</title></head><body><article><h1>News of the day</h1>\
         <p>{sentence} Residents said the fighting went on through the night as both sides brought in \
         reinforcements, and officials said the toll could rise as rescuers reached the outlying villages.</p>\
         <p>The army said on Tuesday that it had regained control of the main road and that the situation \
         was calm, although shops stayed closed and many families left for villages further from the front.</p>\
         </article></body></html>"
    )
}

#[test]
fn following_a_feed_stores_each_new_item_once_and_survives_a_failed_poll() {
    let base_cell: Arc<Mutex<String>> = Arc::default();
    let cell = base_cell.clone();
    // Poll 1: one item. Poll 2: unchanged (304). Poll 3: the server fails. Poll 4: a second item.
    let (base, log) = serve(move |path, etag, nth| {
        let base = cell.lock().unwrap().clone();
        let first = item(&base, "a1", "Clashes in Idleb.");
        let second = item(&base, "a2", "Air strikes on Maarat al-Numan.");
        match (path, nth) {
            ("/feed.xml", 1) => (200, Some("\"v1\""), feed(&[first])),
            ("/feed.xml", 2) if etag == Some("\"v1\"") => (304, None, String::new()),
            ("/feed.xml", 3) => (503, None, "busy".into()),
            ("/feed.xml", _) => (200, Some("\"v2\""), feed(&[second, first])),
            ("/a1.html", _) => (200, None, page("Government forces and rebels clashed on Monday in the province of Idleb, in north-western Syria, leaving 12 fighters dead.")),
            ("/a2.html", _) => (200, None, page("Air strikes killed seven civilians on Monday in Maarat al-Numan, in the province of Idleb, a monitor said.")),
            _ => (404, None, String::new()),
        }
    });
    *base_cell.lock().unwrap() = base.clone();
    let dir = scratch("feed");
    let db = dir.join("store.sqlite");
    let out = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .env("VIGIE_DATA", dir.join("no-data"))
        .args(["ingest", "--db"])
        .arg(&db)
        .args(["--follow", &format!("{base}/feed.xml"), "--interval", "0", "--max-polls", "4"])
        .output()
        .expect("vigie runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    // A poll failed: the run says so in its exit status, and went on.
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("poll 1: 1 item(s), 0 already stored, 1 page(s) fetched; 1 article(s) added"), "{stderr}");
    assert!(stderr.contains("poll 2:") && stderr.contains("has not changed"), "{stderr}");
    assert!(stderr.contains("poll 3 failed") && stderr.contains("503"), "{stderr}");
    assert!(stderr.contains("poll 4: 2 item(s), 1 already stored, 1 page(s) fetched; 1 article(s) added"), "{stderr}");

    // Each page was fetched once: the known item was skipped before its page was asked for.
    let paths: Vec<String> = log.lock().unwrap().iter().map(|(p, _)| p.clone()).collect();
    assert_eq!(paths, ["/feed.xml", "/a1.html", "/feed.xml", "/feed.xml", "/feed.xml", "/a2.html"]);

    let store = vigie_store::Store::open(&db).unwrap();
    assert_eq!(store.stats().unwrap().articles, 2);
    let first = store.article(1).unwrap().unwrap();
    assert_eq!(first.doc_id, "a1");
    assert_eq!(first.url.as_deref(), Some(format!("{base}/a1.html").as_str()));
    // The page's text was stored, not the feed's one-line teaser.
    assert!(first.document.contains("leaving 12 fighters dead"), "{}", first.document);

    // A second run over the same feed adds nothing and fetches no page.
    let before = log.lock().unwrap().len();
    let again = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .env("VIGIE_DATA", dir.join("no-data"))
        .args(["ingest", "--db"])
        .arg(&db)
        .args(["--follow", &format!("{base}/feed.xml"), "--interval", "0", "--max-polls", "1"])
        .output()
        .expect("vigie runs");
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(again.status.success(), "{stderr}");
    assert!(stderr.contains("poll 1: 2 item(s), 2 already stored, 0 page(s) fetched; 0 article(s) added"), "{stderr}");
    assert_eq!(store.stats().unwrap().articles, 2);
    let paths: Vec<String> = log.lock().unwrap()[before..].iter().map(|(p, _)| p.clone()).collect();
    assert_eq!(paths, ["/feed.xml"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn follow_takes_no_other_input_and_a_missing_feed_file_is_a_failed_poll() {
    let dir = scratch("file");
    let out = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .env("VIGIE_DATA", dir.join("no-data"))
        .args(["ingest", "some-file.txt", "--follow", "feed.xml"])
        .output()
        .expect("vigie runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--follow"), "{}", String::from_utf8_lossy(&out.stderr));

    let missing = dir.join("missing.rss");
    let out = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .env("VIGIE_DATA", dir.join("no-data"))
        .args(["ingest", "--db"])
        .arg(dir.join("store.sqlite"))
        .arg("--follow")
        .arg(&missing)
        .args(["--interval", "0", "--max-polls", "2"])
        .output()
        .expect("vigie runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("poll 1 failed") && stderr.contains("poll 2 failed") && stderr.contains("missing.rss"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}
