//! A folder read by vigie-ingest and stored: files whose names give the same id all keep their
//! article under an id of their own, and storing the folder again stores nothing twice.

use std::collections::BTreeSet;
use std::path::PathBuf;
use vigie_ingest::{read_paths, ReadOptions};
use vigie_store::{BatchReport, EventFilter, Store};

#[test]
fn a_folder_with_colliding_names_keeps_every_article_and_stores_nothing_twice() {
    let dir = std::env::temp_dir().join(format!("vigie-store-folder-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["x", "y"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    let files = [
        ("a.txt", "Two soldiers were killed in Gao on Monday."),
        ("a.html", "<html><body><p>Rebels attacked a village near Kidal on Tuesday.</p></body></html>"),
        ("x/a.txt", "Protesters gathered in Bamako on Friday."),
        ("y/a.txt", "A bomb exploded in Mopti on Sunday."),
        ("y/b.txt", "Nothing collides with this one."),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let read = || -> Vec<vigie_core::Document> {
        read_paths(&[PathBuf::from(&dir)], &ReadOptions::default()).map(|r| r.unwrap()).collect()
    };
    let docs = read();
    assert_eq!(docs.iter().filter(|d| d.id == "a").count(), 4, "the reader gives the four `a` files one id");
    let mut store = Store::open_in_memory().unwrap();
    let first = store.add_batch(&docs).unwrap();
    assert_eq!(first, BatchReport { articles_added: 5, articles_skipped: 0, events_added: 0 });
    let ids = |store: &Store| -> BTreeSet<String> {
        (1..=5).map(|i| store.article(i).unwrap().expect("stored").doc_id).collect()
    };
    let stored = ids(&store);
    assert_eq!(stored.len(), 5, "{stored:?}");
    assert!(stored.contains("a") && stored.contains("b"), "the first `a` and the lone `b` keep their ids: {stored:?}");
    // Again, in one batch per file: nothing stored twice, every id as it was.
    for doc in read() {
        assert_eq!(store.add_batch(&[doc]).unwrap().articles_added, 0);
    }
    assert_eq!(store.stats().unwrap().articles, 5);
    assert!(store.article(6).unwrap().is_none());
    assert_eq!(ids(&store), stored);
    assert!(store.events(&EventFilter::default()).unwrap().is_empty());
    std::fs::remove_dir_all(&dir).ok();
}
