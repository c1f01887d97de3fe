//! The queue against a real nats-server (2.9 or later, with JetStream), started on a free port of
//! 127.0.0.1 with its own store folder. Where `nats-server` is not installed it is installed by
//! `apt-get` when the test is root; else the test says what to run and passes.

use std::time::{Duration, Instant};
use vigie_core::Document;
use vigie_queue::test_server::NatsServer;
use vigie_queue::Queue;

/// The server and its folder, removed on drop.
struct Nats {
    server: Option<NatsServer>,
    dir: std::path::PathBuf,
}

impl Nats {
    fn start(tag: &str) -> Option<Nats> {
        if let Err(why) = vigie_core::apt::install(&["nats-server"], NatsServer::installed) {
            eprintln!("SKIPPED {tag}: {why}");
            return None;
        }
        let dir = std::env::temp_dir().join(format!("vigie-queue-{}-{tag}", std::process::id()));
        let server = NatsServer::start(&dir).unwrap();
        Some(Nats { server: Some(server), dir })
    }

    fn url(&self) -> String {
        self.server.as_ref().map(NatsServer::url).unwrap_or_default()
    }
}

impl Drop for Nats {
    fn drop(&mut self) {
        drop(self.server.take());
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn doc(i: usize) -> Document {
    Document::new(format!("d{i}"), format!("Article number {i}."))
}

#[test]
fn duplicates_are_dropped_and_unacknowledged_articles_come_back() {
    let Some(nats) = Nats::start("redeliver") else { return };
    let mut q = Queue::connect(&nats.url()).unwrap();
    for i in 0..10 {
        q.publish(&doc(i)).unwrap();
    }
    // The same texts again, under other ids: the server recognises them by content hash.
    for i in 0..10 {
        let mut again = doc(i);
        again.id = format!("again-{i}");
        q.publish(&again).unwrap();
    }
    let report = q.flush().unwrap();
    assert_eq!((report.published, report.duplicates), (10, 10));
    assert_eq!(q.waiting().unwrap(), 10);

    // A worker takes four and dies without acknowledging them.
    let mut dying = Queue::connect(&nats.url()).unwrap().worker(Duration::from_secs(1)).unwrap();
    let taken = dying.fetch(4, Duration::from_secs(2)).unwrap();
    assert_eq!(taken.len(), 4);
    drop(taken);
    drop(dying);

    // Another takes everything, acknowledging as it goes: it gets all ten, the four again once
    // their ack_wait has passed.
    let mut worker = Queue::connect(&nats.url()).unwrap().worker(Duration::from_secs(1)).unwrap();
    let mut seen = std::collections::BTreeSet::new();
    let mut redelivered = 0;
    let start = Instant::now();
    while worker.waiting().unwrap() > 0 {
        assert!(start.elapsed() < Duration::from_secs(60), "articles never came back: {seen:?}");
        let batch = worker.fetch(3, Duration::from_millis(500)).unwrap();
        for d in &batch {
            let doc = d.document.as_ref().unwrap();
            assert!(seen.insert(doc.id.clone()), "{} delivered again after it was acknowledged", doc.id);
            if d.delivered > 1 {
                redelivered += 1;
            }
        }
        worker.ack(&batch).unwrap();
    }
    assert_eq!(seen.len(), 10);
    assert_eq!(redelivered, 4);
}

#[test]
fn an_article_larger_than_the_server_takes_is_refused_by_name() {
    let Some(nats) = Nats::start("large") else { return };
    let mut q = Queue::connect(&nats.url()).unwrap();
    let big = Document::new("big-one", "x".repeat(2 * 1024 * 1024));
    let err = q.publish(&big).unwrap_err().to_string();
    assert!(err.contains("big-one") && err.contains("limit"), "{err}");
    q.publish(&doc(1)).unwrap();
    assert_eq!(q.flush().unwrap().published, 1);
}
