//! `vigie ingest --follow FEED`: an RSS/Atom feed (a URL or a file) read again every interval.
//!
//! Each poll asks the feed for what changed (a conditional GET: an unchanged feed costs one
//! `304`); items already in the store (same text, or same link: a stored item holds its page's
//! text) are skipped before their page is fetched; the new ones go through the pipeline and are
//! stored in one transaction, then the events are merged again across all articles. A poll that
//! fails (the feed cannot be fetched or parsed, the store cannot be written) is reported on
//! standard error and the next poll tries again. Ctrl-C (or SIGTERM) ends the run after the
//! document in hand: what the poll has annotated so far is stored and merged, nothing is lost.

use crate::engine::Engine;
use anyhow::Context;
use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;
use vigie_core::Document;
use vigie_ingest::fetch::{FeedLocation, Fetcher, Follower};
use vigie_ingest::ReadOptions;
use vigie_store::Store;

/// How long one request (the feed, or one page) may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

pub struct FollowOptions {
    pub interval: Duration,
    /// Stop after this many polls (for scripts and tests); None runs until Ctrl-C.
    pub max_polls: Option<u64>,
}

/// Receives one message when Ctrl-C or SIGTERM arrives.
fn stop_signal() -> Receiver<()> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
            Ok(runtime) => runtime,
            Err(err) => {
                eprintln!("vigie: warning: cannot listen for Ctrl-C ({err}); the run ends only with --max-polls or when killed");
                // Keep the sender: a dropped channel is not a stop.
                std::mem::forget(tx);
                return;
            }
        };
        runtime.block_on(vigie_server::shutdown_signal());
        let _ = tx.send(());
    });
    rx
}

pub fn follow(data_dir: &Path, db: &Path, feed: &str, options: ReadOptions, follow: FollowOptions) -> anyhow::Result<ExitCode> {
    let stop = stop_signal();
    let engine = Engine::load(data_dir)?;
    engine.report_warnings();
    let mut store = Store::open(db).with_context(|| format!("cannot open the store {}", db.display()))?;
    let location = FeedLocation::parse(feed);
    let fetcher = Fetcher::new(REQUEST_TIMEOUT, vigie_ingest::feed::MAX_FEED_BYTES);
    let mut follower = Follower::new(location.clone(), fetcher, options);
    let mut stopping = false;
    let (mut polls, mut failed_polls, mut unreadable) = (0u64, 0u64, 0usize);
    eprintln!("vigie: following {location} every {} s into {}", follow.interval.as_secs_f64(), db.display());
    loop {
        polls += 1;
        let polled = {
            let store = &store;
            follower.poll(&mut |doc: &Document| {
                // A store that cannot answer says "not known": the item is read, and storing it
                // skips it if it was there after all.
                store.contains(doc).unwrap_or(false)
                    || doc.meta.url.as_deref().is_some_and(|url| store.contains_url(url).unwrap_or(false))
            })
        };
        match polled {
            Err(err) => {
                failed_polls += 1;
                eprintln!("vigie: poll {polls} failed: {err}; trying again at the next poll");
            }
            Ok(poll) if poll.not_modified => eprintln!("vigie: poll {polls}: {location} has not changed"),
            Ok(poll) => {
                let mut docs: Vec<Document> = Vec::new();
                for item in poll.documents {
                    if !stopping && stop.try_recv().is_ok() {
                        stopping = true;
                    }
                    if stopping {
                        // Not stored now; the next run reads the feed again and finds it new.
                        continue;
                    }
                    match item {
                        Ok(mut doc) => {
                            for d in doc.diagnostics.iter().filter(|d| d.origin == "follow") {
                                eprintln!("vigie: {}: {}", doc.id, d.message);
                            }
                            engine.pipeline.run(&mut doc);
                            docs.push(doc);
                        }
                        Err(err) => {
                            unreadable += 1;
                            eprintln!("vigie: {err}");
                        }
                    }
                }
                let stored = store.add_batch(&docs).and_then(|report| Ok((report, store.merge()?)));
                match stored {
                    Ok((report, stats)) => eprintln!(
                        "vigie: poll {polls}: {} item(s), {} already stored, {} page(s) fetched; {} article(s) added, {} event(s); the store holds {} articles, {} events, {} after merging",
                        poll.items,
                        poll.known,
                        poll.pages_fetched,
                        report.articles_added,
                        report.events_added,
                        stats.articles,
                        stats.events,
                        stats.clusters
                    ),
                    Err(err) => {
                        failed_polls += 1;
                        // Nothing of this poll was kept: read the whole feed again next time.
                        follower.forget();
                        eprintln!("vigie: poll {polls}: cannot write to the store {}: {err}; trying again at the next poll", db.display());
                    }
                }
            }
        }
        if stopping || follow.max_polls.is_some_and(|max| polls >= max) {
            break;
        }
        match stop.recv_timeout(follow.interval) {
            Ok(()) => break,
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => std::thread::sleep(follow.interval),
        }
    }
    eprintln!("vigie: stopped after {polls} poll(s), {failed_polls} failed");
    Ok(if failed_polls > 0 || unreadable > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
