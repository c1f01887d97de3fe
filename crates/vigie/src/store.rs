//! `vigie ingest` and `vigie query`: the store from the command line.

use crate::engine::Engine;
use anyhow::Context;
use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vigie_core::Document;
use vigie_ingest::ReadOptions;
use vigie_store::{BatchReport, EventFilter, Store};

pub fn ingest(data_dir: &Path, db: &Path, inputs: &[PathBuf], options: ReadOptions, batch: usize) -> anyhow::Result<ExitCode> {
    let engine = Engine::load(data_dir)?;
    engine.report_warnings();
    let mut store = Store::open(db).with_context(|| format!("cannot open the store {}", db.display()))?;
    // A cap on the store's size (pages of 4 KiB): beyond it writes fail as on a full disk.
    if let Ok(value) = std::env::var("VIGIE_STORE_MAX_PAGES") {
        let pages: u64 = value.trim().parse().with_context(|| format!("VIGIE_STORE_MAX_PAGES={value:?} is not a number of pages"))?;
        store.set_max_pages(pages).with_context(|| format!("cannot cap the store {}", db.display()))?;
    }
    // Drawn only when standard error is a terminal.
    let progress = ProgressBar::new_spinner();
    progress.set_style(
        ProgressStyle::with_template("{spinner} {pos} documents, {per_sec}, {elapsed} {msg}").unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    let mut pending: Vec<Document> = Vec::new();
    let mut totals = BatchReport::default();
    let mut failures = 0usize;
    let flush = |store: &mut Store, pending: &mut Vec<Document>, totals: &mut BatchReport| -> anyhow::Result<()> {
        if pending.is_empty() {
            return Ok(());
        }
        let report = store.add_batch(pending).with_context(|| {
            format!(
                "cannot write to the store {}: the {} article(s) of this batch were not stored; the {} this run added before, and all stored earlier, are kept",
                db.display(),
                pending.len(),
                totals.articles_added
            )
        })?;
        totals.articles_added += report.articles_added;
        totals.articles_skipped += report.articles_skipped;
        totals.events_added += report.events_added;
        pending.clear();
        Ok(())
    };
    for item in vigie_ingest::read_paths(inputs, &options) {
        progress.inc(1);
        match item {
            Ok(mut doc) => {
                if store.contains(&doc).with_context(|| format!("cannot read the store {}", db.display()))? {
                    totals.articles_skipped += 1;
                    continue;
                }
                engine.pipeline.run(&mut doc);
                pending.push(doc);
                if pending.len() >= batch.max(1) {
                    flush(&mut store, &mut pending, &mut totals)?;
                }
            }
            Err(err) => {
                failures += 1;
                progress.suspend(|| eprintln!("vigie: {err}"));
            }
        }
    }
    flush(&mut store, &mut pending, &mut totals)?;
    progress.finish_and_clear();
    let stats = store.merge().with_context(|| format!("cannot merge the events across articles in the store {}", db.display()))?;
    eprintln!(
        "vigie: {} article(s) added, {} already stored, {} event(s) found; the store {} holds {} articles, {} events, {} after merging",
        totals.articles_added,
        totals.articles_skipped,
        totals.events_added,
        db.display(),
        stats.articles,
        stats.events,
        stats.clusters
    );
    if failures > 0 {
        eprintln!("vigie: {failures} input(s) could not be read");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Clone, Copy, ValueEnum)]
pub enum QueryFormat {
    /// One line per event, for reading.
    Table,
    /// ACLED's column names where they apply.
    Csv,
    Jsonl,
    Geojson,
}

#[derive(clap::Args)]
pub struct FilterArgs {
    /// An ACLED sub-event type ("Air/drone strike") or event type ("Battles").
    #[arg(long = "type")]
    event_type: Option<String>,
    /// ISO 3166-1 alpha-2 code of the event's place.
    #[arg(long)]
    country: Option<String>,
    /// First-level subdivision code of the event's place.
    #[arg(long)]
    admin1: Option<String>,
    /// Part of an actor's name.
    #[arg(long)]
    actor: Option<String>,
    /// Events on or after this day (YYYY-MM-DD).
    #[arg(long)]
    from: Option<jiff::civil::Date>,
    /// Events on or before this day (YYYY-MM-DD).
    #[arg(long)]
    to: Option<jiff::civil::Date>,
    /// min_lon,min_lat,max_lon,max_lat
    #[arg(long, value_delimiter = ',', num_args = 4, allow_negative_numbers = true)]
    bbox: Option<Vec<f64>>,
    /// Words the articles must contain (full-text, accents folded).
    #[arg(long)]
    text: Option<String>,
    #[arg(long)]
    limit: Option<usize>,
    #[arg(long, default_value_t = 0)]
    offset: usize,
}

impl FilterArgs {
    fn filter(&self) -> EventFilter {
        EventFilter {
            event_type: self.event_type.clone(),
            country: self.country.clone(),
            admin1: self.admin1.clone(),
            actor: self.actor.clone(),
            date_from: self.from.map(|d| d.to_string()),
            date_to: self.to.map(|d| d.to_string()),
            bbox: self.bbox.as_deref().and_then(|b| <[f64; 4]>::try_from(b).ok()),
            text: self.text.clone(),
            limit: self.limit,
            offset: self.offset,
        }
    }
}

pub fn query(db: &Path, args: &FilterArgs, format: QueryFormat) -> anyhow::Result<ExitCode> {
    if !db.exists() {
        anyhow::bail!("no store at {}: run `vigie ingest` first (or pass --db)", db.display());
    }
    let store = Store::open(db).with_context(|| format!("cannot open the store {}", db.display()))?;
    let events = store.events(&args.filter())?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format {
        QueryFormat::Csv => vigie_store::export::write_csv(&mut out, &events)?,
        QueryFormat::Jsonl => vigie_store::export::write_jsonl(&mut out, &events)?,
        QueryFormat::Geojson => writeln!(out, "{}", vigie_store::export::geojson(&events))?,
        QueryFormat::Table => {
            for e in &events {
                let date = match (&e.date_start, &e.date_end) {
                    (Some(a), Some(b)) if a != b => format!("{a}/{b}"),
                    (Some(a), _) => a.clone(),
                    _ => "?".into(),
                };
                writeln!(
                    out,
                    "{:>6}  {:<21}  {:<34}  {:<24}  {:>4} killed  {} source(s)  {} -> {}",
                    e.id,
                    date,
                    e.sub_event_type,
                    e.location.clone().or_else(|| e.country.clone()).unwrap_or_else(|| "?".into()),
                    e.fatalities,
                    e.sources.len(),
                    e.actor1.as_deref().unwrap_or("?"),
                    e.actor2.as_deref().unwrap_or("?"),
                )?;
                for s in &e.sources {
                    writeln!(out, "        [{}] {}", s.doc_id, s.evidence)?;
                }
            }
            eprintln!("vigie: {} event(s)", events.len());
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `vigie serve`: the API and the map over the SQLite store, or over the shared PostgreSQL store
/// when `db` is a `postgres://` URL.
pub fn serve(data_dir: &Path, db: &Path, addr: std::net::SocketAddr) -> anyhow::Result<ExitCode> {
    let postgres = crate::shared::is_postgres(db);
    if !postgres && !db.exists() {
        anyhow::bail!("no store at {}: run `vigie ingest` first (or pass --db)", db.display());
    }
    let token = std::env::var("VIGIE_TOKEN").ok().filter(|t| !t.is_empty());
    let mut config = vigie_server::ServerConfig::new(db, addr);
    if token.is_some() {
        // Articles posted to the server go through the same pipeline as `vigie ingest`.
        let engine = std::sync::Arc::new(Engine::load(data_dir)?);
        engine.report_warnings();
        config.annotate = Some(std::sync::Arc::new(move |mut doc: Document| {
            engine.pipeline.run(&mut doc);
            doc
        }));
    }
    config.token = token;
    let writable = if config.token.is_some() { "POST /articles allowed with the token" } else { "read-only" };
    let shown = if postgres { vigie_pg::redact(&db.to_string_lossy()) } else { db.display().to_string() };
    eprintln!("vigie: serving {shown} on http://{addr} ({writable})");
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(vigie_server::serve(config))?;
    Ok(ExitCode::SUCCESS)
}
