//! The shared mode: `vigie ingest --queue` publishes articles to NATS JetStream, `vigie worker`
//! pulls them, annotates them and stores them in PostgreSQL (see crates/vigie-queue and
//! crates/vigie-pg for the guarantees).

use crate::engine::Engine;
use anyhow::Context;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;
use vigie_core::Document;
use vigie_ingest::ReadOptions;
use vigie_pg::PgStore;
use vigie_queue::{Delivery, Queue};

/// Whether a `--db` value names a PostgreSQL database rather than a SQLite file.
pub fn is_postgres(db: &Path) -> bool {
    let s = db.to_string_lossy();
    s.starts_with("postgres://") || s.starts_with("postgresql://")
}

/// `vigie ingest --queue URL INPUT...`: reads the inputs and publishes each article, unannotated.
pub fn publish(queue: &str, inputs: &[PathBuf], options: ReadOptions) -> anyhow::Result<ExitCode> {
    let mut q = Queue::connect(queue)?;
    let mut failures = 0usize;
    for item in vigie_ingest::read_paths(inputs, &options) {
        let result = item.map_err(anyhow::Error::from).and_then(|doc| q.publish(&doc).map_err(anyhow::Error::from));
        if let Err(err) = result {
            failures += 1;
            eprintln!("vigie: {err}");
        }
    }
    let report = q.flush()?;
    eprintln!(
        "vigie: {} article(s) published to {queue}, {} already published; {} waiting in the queue",
        report.published,
        report.duplicates,
        q.waiting()?
    );
    if failures > 0 {
        eprintln!("vigie: {failures} input(s) could not be read or published");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

pub struct WorkerOptions {
    pub batch: usize,
    pub ack_wait: Duration,
    pub until_empty: bool,
}

/// `vigie worker`: pulls articles, annotates them, stores them (one transaction per batch, with
/// the merge), and acknowledges them once the transaction has committed.
pub fn worker(data_dir: &Path, queue: &str, db: &Path, opts: WorkerOptions) -> anyhow::Result<ExitCode> {
    let db = db.to_string_lossy().into_owned();
    let engine = Engine::load(data_dir)?;
    engine.report_warnings();
    let mut store = PgStore::connect(&db)?;
    let mut worker = Queue::connect(queue)?.worker(opts.ack_wait)?;
    eprintln!(
        "vigie: worker {} on {queue}, storing into {}{}",
        std::process::id(),
        vigie_pg::redact(&db),
        if store.postgis() { " (PostGIS)" } else { "" }
    );
    let (mut stored, mut skipped, mut events, mut rejected) = (0usize, 0usize, 0usize, 0usize);
    // Where the time goes: waiting for articles, annotating, writing, acknowledging.
    let mut spent = [Duration::ZERO; 4];
    let mut clock = std::time::Instant::now();
    let mut lap = |i: usize, clock: &mut std::time::Instant| {
        spent[i] += clock.elapsed();
        *clock = std::time::Instant::now();
    };
    loop {
        let deliveries = worker.fetch(opts.batch.max(1), Duration::from_secs(1))?;
        lap(0, &mut clock);
        if deliveries.is_empty() {
            if opts.until_empty && worker.waiting()? == 0 {
                break;
            }
            continue;
        }
        // What can be stored, and the messages that are not articles at all.
        let mut docs: Vec<Document> = Vec::new();
        let mut held: Vec<&Delivery> = Vec::new();
        for d in &deliveries {
            match &d.document {
                Ok(doc) => {
                    if d.delivered > 1 && store.contains(doc)? {
                        // Stored by a worker that died before acknowledging it.
                        skipped += 1;
                        acknowledge(&worker, [d]);
                        continue;
                    }
                    let mut doc = doc.clone();
                    engine.pipeline.run(&mut doc);
                    docs.push(doc);
                    held.push(d);
                }
                Err(message) => {
                    eprintln!("vigie: rejected: {message}");
                    worker.reject(d)?;
                    rejected += 1;
                }
            }
        }
        lap(1, &mut clock);
        let written = store.add_batch(&docs);
        lap(2, &mut clock);
        match written {
            Ok(report) => {
                acknowledge(&worker, held.iter().copied());
                lap(3, &mut clock);
                stored += report.articles_added;
                skipped += report.articles_skipped;
                events += report.events_added;
            }
            // One article the database refuses must not hold back the others: store them one by
            // one, and drop the one that cannot be stored, saying which and why.
            Err(batch_err) => {
                for (doc, d) in docs.iter().zip(&held) {
                    match store.add_batch(std::slice::from_ref(doc)) {
                        Ok(report) => {
                            acknowledge(&worker, [*d]);
                            stored += report.articles_added;
                            skipped += report.articles_skipped;
                            events += report.events_added;
                        }
                        Err(vigie_pg::PgError::Db(e)) if e.as_db_error().is_some() => {
                            eprintln!("vigie: article {} cannot be stored, dropped: {e}", describe(doc));
                            worker.reject(d)?;
                            rejected += 1;
                        }
                        Err(e) => {
                            return Err(anyhow::Error::from(e))
                                .with_context(|| format!("storing a batch (first error: {batch_err})"));
                        }
                    }
                }
            }
        }
    }
    eprintln!(
        "vigie: worker {}: {stored} article(s) stored, {skipped} already stored, {events} event(s), {rejected} rejected; the queue is empty",
        std::process::id()
    );
    let [fetching, annotating, writing, acking] = spent.map(|d| d.as_secs_f64());
    eprintln!(
        "vigie: worker {}: seconds spent fetching {fetching:.2}, annotating {annotating:.2}, writing and merging {writing:.2}, acknowledging {acking:.2}",
        std::process::id()
    );
    let w = store.write_times();
    eprintln!(
        "vigie: worker {}: of the writing, seconds spent inserting {:.2}, waiting for the merge lock {:.2}, merging under it {:.2}",
        std::process::id(),
        w.inserting.as_secs_f64(),
        w.waiting_for_lock.as_secs_f64(),
        w.merging.as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// Acknowledges stored articles. A failed acknowledgement is not fatal: the article was stored,
/// and when it comes back it is skipped as already stored.
fn acknowledge<'a>(worker: &vigie_queue::Worker, deliveries: impl IntoIterator<Item = &'a Delivery>) {
    if let Err(err) = worker.ack(deliveries) {
        eprintln!("vigie: warning: {err}; the articles are stored and will be skipped if delivered again");
    }
}

fn describe(doc: &Document) -> String {
    match (&doc.meta.source, &doc.meta.record) {
        (Some(source), Some(record)) => format!("{} ({source}, record {record})", doc.id),
        _ => doc.id.clone(),
    }
}
