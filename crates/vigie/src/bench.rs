//! `vigie bench`: throughput and peak memory of the whole pipeline and of each stage, on a fixed
//! corpus replicated to a minimum size. Figures are wall-clock and vary with the machine; the
//! report names the machine it ran on.

use crate::engine::Engine;
use anyhow::bail;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};
use vigie_core::Document;

pub fn run(
    data_dir: &Path,
    corpus: &[PathBuf],
    min_mb: f64,
    threads: &[usize],
    as_json: bool,
) -> anyhow::Result<ExitCode> {
    let paths = if corpus.is_empty() { default_corpus() } else { corpus.to_vec() };
    let mut originals: Vec<Document> = Vec::new();
    for item in vigie_ingest::read_paths(&paths, &Default::default()) {
        match item {
            Ok(doc) => originals.push(doc),
            Err(err) => eprintln!("vigie: bench: skipping {err}"),
        }
    }
    if originals.is_empty() {
        bail!("no readable document in the bench corpus {paths:?}");
    }
    let corpus_bytes: usize = originals.iter().map(|d| d.text.len()).sum();
    let copies = ((min_mb * 1e6) / corpus_bytes as f64).ceil().max(1.0) as usize;
    // The replicated corpus is never held: each document is cloned from its original when it is
    // read and dropped once annotated, as a streaming run would, so peak memory is the pipeline's.
    let count = originals.len() * copies;
    let nth = |i: usize| &originals[i % originals.len()];
    let bytes = corpus_bytes * copies;
    let words = originals.iter().map(|d| d.text.split_whitespace().count()).sum::<usize>() * copies;

    let started = Instant::now();
    let engine = Engine::load(data_dir)?;
    let startup = started.elapsed();
    engine.report_warnings();

    // Per stage, on one thread.
    let stage_names: Vec<&str> = engine.pipeline.stage_names();
    let mut stage_time = vec![Duration::ZERO; stage_names.len()];
    for k in 0..count {
        let mut doc = nth(k).clone();
        for (i, stage) in engine.pipeline.stages().enumerate() {
            let t = Instant::now();
            stage.run(&mut doc);
            stage_time[i] += t.elapsed();
        }
    }

    // The whole pipeline, on each thread count.
    let mut runs = Vec::new();
    for &n in threads.iter().filter(|&&n| n > 0) {
        let chunk = count.div_ceil(n);
        let t = Instant::now();
        let events: usize = std::thread::scope(|scope| {
            let parts: Vec<_> = (0..n)
                .map(|part| {
                    let pipeline = &engine.pipeline;
                    let nth = &nth;
                    scope.spawn(move || {
                        let mut events = 0;
                        for k in part * chunk..((part + 1) * chunk).min(count) {
                            let mut doc = nth(k).clone();
                            pipeline.run(&mut doc);
                            events += doc.events.len();
                        }
                        events
                    })
                })
                .collect();
            parts.into_iter().map(|p| p.join().expect("a bench thread panicked")).sum()
        });
        let secs = t.elapsed().as_secs_f64();
        runs.push(json!({
            "threads": n,
            "seconds": secs,
            "docs_per_s": count as f64 / secs,
            "mb_per_s": bytes as f64 / 1e6 / secs,
            "mb_per_s_per_core": bytes as f64 / 1e6 / secs / n as f64,
            "words_per_s": words as f64 / secs,
            "events": events,
        }));
    }

    let stages: Vec<_> = stage_names
        .iter()
        .zip(&stage_time)
        .map(|(name, time)| {
            let secs = time.as_secs_f64().max(1e-9);
            json!({"stage": name, "seconds": secs, "mb_per_s": bytes as f64 / 1e6 / secs})
        })
        .collect();
    let report = json!({
        "machine": machine(),
        "corpus": {"paths": paths, "documents": count, "distinct_documents": originals.len(),
                   "copies": copies, "megabytes": bytes as f64 / 1e6, "words": words},
        "startup_seconds": startup.as_secs_f64(),
        "loading": engine.loading,
        "pipeline": runs,
        "stages_one_thread": stages,
        "peak_memory_mb": peak_memory_kb().map(|kb| kb as f64 / 1024.0),
    });
    if as_json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_table(&report);
    }
    Ok(ExitCode::SUCCESS)
}

/// The news sets of `../shared/eval` beside the working directory (the clone's root, where the
/// README's commands run), else beside the source tree this binary was built from; else the
/// examples.
fn default_corpus() -> Vec<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let roots = [PathBuf::from("."), manifest.join("../..")];
    for root in &roots {
        let shared = if root.as_os_str() == "." { PathBuf::from("../shared/eval") } else { root.join("../shared/eval") };
        let mut paths: Vec<PathBuf> = std::fs::read_dir(shared)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("news-")))
            .map(|p| p.join("gold.jsonl"))
            .filter(|p| p.is_file())
            .collect();
        if !paths.is_empty() {
            paths.sort();
            return paths;
        }
    }
    let examples = roots.iter().map(|r| r.join("examples")).find(|p| p.is_dir());
    vec![examples.unwrap_or_else(|| manifest.join("../../examples"))]
}

fn machine() -> serde_json::Value {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name").and_then(|r| r.split(':').nth(1)))
        .map(str::trim)
        .unwrap_or("unknown");
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    json!({"cpu": model, "cores": cores, "os": std::env::consts::OS})
}

/// The process's peak resident memory (VmHWM), in kB, where /proc tells it.
fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn print_table(r: &serde_json::Value) {
    let c = &r["corpus"];
    println!("machine: {} ({} cores)", r["machine"]["cpu"].as_str().unwrap_or("?"), r["machine"]["cores"]);
    println!(
        "corpus: {} documents ({} distinct x {}), {:.1} MB, {} words",
        c["documents"], c["distinct_documents"], c["copies"], c["megabytes"].as_f64().unwrap_or(0.0), c["words"]
    );
    println!("start-up (resources and data loaded): {:.3} s", r["startup_seconds"].as_f64().unwrap_or(0.0));
    for part in r["loading"].as_array().into_iter().flatten() {
        let memory = match part["memory_kb"].as_i64() {
            Some(kb) => format!("{:+.1} MB", kb as f64 / 1024.0),
            None => "memory not measured".into(),
        };
        println!("  {:<12} {:>7.3} s  {memory}", part["part"].as_str().unwrap_or("?"), part["seconds"].as_f64().unwrap_or(0.0));
    }
    println!("{:<8} {:>10} {:>10} {:>10} {:>14} {:>12}", "threads", "seconds", "docs/s", "MB/s", "MB/s per core", "words/s");
    for run in r["pipeline"].as_array().into_iter().flatten() {
        let f = |k: &str| run[k].as_f64().unwrap_or(0.0);
        println!(
            "{:<8} {:>10.2} {:>10.0} {:>10.2} {:>14.2} {:>12.0}",
            run["threads"], f("seconds"), f("docs_per_s"), f("mb_per_s"), f("mb_per_s_per_core"), f("words_per_s")
        );
    }
    println!("per stage, one thread:");
    for s in r["stages_one_thread"].as_array().into_iter().flatten() {
        println!(
            "  {:<12} {:>8.2} s {:>10.2} MB/s",
            s["stage"].as_str().unwrap_or("?"),
            s["seconds"].as_f64().unwrap_or(0.0),
            s["mb_per_s"].as_f64().unwrap_or(0.0)
        );
    }
    match r["peak_memory_mb"].as_f64() {
        Some(mb) => println!("peak memory: {mb:.0} MB"),
        None => println!("peak memory: not available on this system"),
    }
}

/// `vigie bench --api`: API latency on a store of at least `min_events` events, grown from the
/// real events of `source` (each copy's dates moved by whole years, see
/// [`vigie_store::Store::replicate`]) in a scratch file, served in this process on a free port
/// of the loopback interface, and queried by the load generator of [`crate::loadgen`].
pub fn run_api(source: &Path, min_events: usize, load: &crate::loadgen::LoadOptions, as_json: bool) -> anyhow::Result<ExitCode> {
    let report = api_report(source, min_events, load)?;
    if as_json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        let st = &report["store"];
        println!("machine: {} ({} cores)", report["machine"]["cpu"].as_str().unwrap_or("?"), report["machine"]["cores"]);
        println!(
            "store: {} events ({} after merging), {} articles: the {} events of {} copied {} times",
            st["events"], st["merged_events"], st["articles"], st["real_events"], source.display(), st["copies"]
        );
        crate::loadgen::print_report(&report);
    }
    let errors = report["overall"]["errors"].as_u64().unwrap_or(1);
    Ok(if errors == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// The report of [`run_api`], as JSON.
pub fn api_report(source: &Path, min_events: usize, load: &crate::loadgen::LoadOptions) -> anyhow::Result<serde_json::Value> {
    use anyhow::Context;
    if !source.exists() {
        bail!("no store at {}: run `vigie ingest` first (or pass --db)", source.display());
    }
    let scratch = std::env::temp_dir().join(format!("vigie-api-bench-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&scratch);
    let built = Instant::now();
    let original = vigie_store::Store::open(source).with_context(|| format!("cannot open the store {}", source.display()))?;
    let real = original.stats()?;
    if real.events == 0 {
        bail!("the store {} holds no event to replicate", source.display());
    }
    original.copy_to(&scratch).with_context(|| format!("cannot copy the store to {}", scratch.display()))?;
    drop(original);
    let copies = (min_events as u64).div_ceil(real.events as u64).max(1) - 1;
    let mut store = vigie_store::Store::open(&scratch)?;
    let stats = store.replicate(copies as usize)?;
    drop(store);
    let build_seconds = built.elapsed().as_secs_f64();
    eprintln!(
        "vigie: bench: {} real events x {} = {} events ({} after merging), {} articles, built in {build_seconds:.1} s",
        real.events,
        copies + 1,
        stats.events,
        stats.clusters,
        stats.articles
    );
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let config = vigie_server::ServerConfig::new(&scratch, std::net::SocketAddr::from(([127, 0, 0, 1], 0)));
    let server = runtime.block_on(vigie_server::Server::bind(config))?;
    let addr = server.local_addr()?;
    let (stop, stopped) = std::sync::mpsc::channel::<()>();
    let serving = runtime.spawn(server.run(async move {
        let _ = tokio::task::spawn_blocking(move || stopped.recv()).await;
    }));
    let result = crate::loadgen::run_load(&format!("http://{addr}"), load);
    let _ = stop.send(());
    let _ = runtime.block_on(serving);
    drop(runtime);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", scratch.display()));
    }
    let mut report = result?;
    report["machine"] = machine();
    report["store"] = json!({"source": source, "real_events": real.events, "copies": copies + 1,
        "articles": stats.articles, "events": stats.events, "merged_events": stats.clusters,
        "build_seconds": build_seconds});
    Ok(report)
}

#[cfg(test)]
mod tests {
    use vigie_core::{ActorRef, Document, Event, GeoRef, Span};

    #[test]
    fn the_api_benchmark_grows_the_store_serves_it_and_its_load_has_no_errors() {
        let dir = std::env::temp_dir().join(format!("vigie-bench-api-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("store.sqlite");
        let _ = std::fs::remove_file(&db);
        let mut store = vigie_store::Store::open(&db).unwrap();
        let docs: Vec<Document> = (0..6)
            .map(|i| {
                let mut d = Document::new(format!("a{i}"), format!("Report {i} of fighting near Abu Kamal."));
                d.events.push(Event {
                    sub_event_type: if i % 2 == 0 { "Armed clash" } else { "Air/drone strike" }.into(),
                    actor1: Some(ActorRef { name: Some("Islamic State".into()), inter: Some(2), ..Default::default() }),
                    location: Some(GeoRef {
                        name: Some("Abu Kamal".into()),
                        lat: Some(34.45 + i as f64),
                        lon: Some(40.92),
                        country: Some("SY".into()),
                        ..Default::default()
                    }),
                    date: Some(format!("2020-01-{:02}", 1 + 5 * i)),
                    fatalities: Some(i),
                    evidence: Span::new(0, 6),
                    ..Default::default()
                });
                d
            })
            .collect();
        store.add_batch(&docs).unwrap();
        store.merge().unwrap();
        drop(store);
        let load = crate::loadgen::LoadOptions { concurrency: 2, requests: 70, warmup: 7, seed: 3 };
        let report = super::api_report(&db, 40, &load).unwrap();
        assert_eq!(report["store"]["events"], 42, "{report}");
        assert_eq!(report["overall"]["requests"], 70, "{report}");
        assert_eq!(report["overall"]["errors"], 0, "{report}");
        for kind in crate::loadgen::KINDS {
            assert_eq!(report["per_kind"][kind]["requests"], 10, "{kind}: {report}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
