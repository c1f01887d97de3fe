//! `vigie extract`, `vigie eval`, `vigie setup`.

use crate::engine::Engine;
use crate::OutputFormat;
use anyhow::Context;
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vigie_core::{Document, LanguageGuess, Origin, Published};
use vigie_eval::{GoldDoc, Scorer};
use vigie_ingest::ReadOptions;

pub fn extract(
    data_dir: &Path,
    inputs: &[PathBuf],
    format: OutputFormat,
    options: ReadOptions,
    explain: bool,
) -> anyhow::Result<ExitCode> {
    if explain && matches!(format, OutputFormat::Gold) {
        anyhow::bail!("--explain lists dropped triggers in JSON: use --format json or jsonl");
    }
    let engine = Engine::load(data_dir)?;
    engine.report_warnings();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failures = 0usize;
    // Ids already written in this run: an input whose name gives one of them again (`a.txt` and
    // `a.html`) is written under the id the store would give it (`vigie_store::unique_doc_id`).
    let mut written = std::collections::HashSet::new();
    for item in vigie_ingest::read_paths(inputs, &options) {
        match item {
            Ok(mut doc) => {
                if written.contains(&doc.id) {
                    let hash = vigie_store::content_hash(&doc);
                    doc.id = vigie_store::unique_doc_id(&doc.id, &hash, |id| Ok::<_, std::convert::Infallible>(written.contains(id)))
                        .unwrap_or_else(|never| match never {});
                }
                written.insert(doc.id.clone());
                if explain {
                    doc.dropped = Some(Vec::new());
                }
                engine.pipeline.run(&mut doc);
                for d in &doc.diagnostics {
                    eprintln!("vigie: {}: {}: {}", describe(&doc), d.origin, d.message);
                }
                match format {
                    OutputFormat::Json => {
                        serde_json::to_writer_pretty(&mut out, &doc)?;
                        writeln!(out)?;
                    }
                    OutputFormat::Jsonl => {
                        serde_json::to_writer(&mut out, &doc)?;
                        writeln!(out)?;
                    }
                    OutputFormat::Gold => writeln!(out, "{}", vigie_eval::to_gold_line(&doc))?,
                }
            }
            Err(err) => {
                failures += 1;
                eprintln!("vigie: {err}");
            }
        }
    }
    out.flush()?;
    if failures > 0 {
        eprintln!("vigie: {failures} input(s) could not be read");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// "path, record N" or the id, for messages about one document.
fn describe(doc: &Document) -> String {
    match (&doc.meta.source, &doc.meta.record) {
        (Some(source), Some(record)) => format!("{source}, record {record}"),
        (Some(source), None) => source.clone(),
        _ => doc.id.clone(),
    }
}

/// The document the engine is given for a gold line: its id and text, and its language and
/// publication date when the line states them.
pub fn document_for_gold(gold: &GoldDoc, source: &str, line: usize) -> Document {
    let mut doc = Document::new(gold.id.clone(), gold.text.clone());
    doc.meta.source = Some(source.to_string());
    doc.meta.record = Some(line.to_string());
    if let Some(code) = gold.lang.as_deref().filter(|c| !c.is_empty()) {
        doc.meta.lang =
            Some(LanguageGuess { code: code.to_string(), confidence: 1.0, origin: Origin::Caller });
    }
    if let Some(date) = gold.published_date() {
        doc.meta.published = Some(Published { date, time: None, origin: Origin::Caller, span: None });
    }
    doc
}

/// Predictions read from a gold-format file, by document id.
fn read_predictions(path: &Path, failures: &mut usize) -> anyhow::Result<HashMap<String, GoldDoc>> {
    let source = path.display().to_string();
    let reader = BufReader::new(File::open(path).with_context(|| format!("cannot open {source}"))?);
    let mut out = HashMap::new();
    for (index, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("cannot read {source}"))?;
        if line.trim().is_empty() {
            continue;
        }
        match vigie_eval::parse_prediction_line(&line) {
            Ok(doc) => {
                out.insert(doc.id.clone(), doc);
            }
            Err(err) => {
                eprintln!("vigie: {source}, line {}: {err}", index + 1);
                *failures += 1;
            }
        }
    }
    Ok(out)
}

pub fn eval(data_dir: &Path, files: &[PathBuf], json: bool, predictions: Option<&Path>) -> anyhow::Result<ExitCode> {
    let mut failures = 0usize;
    let given = match predictions {
        Some(path) => Some(read_predictions(path, &mut failures)?),
        None => None,
    };
    let engine = match given {
        Some(_) => None,
        None => {
            let engine = Engine::load(data_dir)?;
            engine.report_warnings();
            Some(engine)
        }
    };
    for file in files {
        let source = file.display().to_string();
        let reader = match File::open(file) {
            Ok(f) => BufReader::new(f),
            Err(err) => {
                eprintln!("vigie: {source}: {err}");
                failures += 1;
                continue;
            }
        };
        let mut scorer = Scorer::default();
        for (index, line) in reader.lines().enumerate() {
            let number = index + 1;
            let line = match line {
                Ok(line) => line,
                Err(err) => {
                    eprintln!("vigie: {source}, line {number}: {err}");
                    failures += 1;
                    break;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            let gold = match vigie_eval::parse_gold_line(&line) {
                Ok(gold) => gold,
                Err(err) => {
                    eprintln!("vigie: {source}, line {number}: {err}");
                    failures += 1;
                    continue;
                }
            };
            match (&given, &engine) {
                (Some(given), _) => match given.get(&gold.id) {
                    Some(predicted) => scorer.add(&gold, predicted),
                    None => scorer.add(&gold, &GoldDoc::empty_prediction(gold.id.clone())),
                },
                (None, Some(engine)) => {
                    let mut doc = document_for_gold(&gold, &source, number);
                    engine.pipeline.run(&mut doc);
                    scorer.add(&gold, &vigie_eval::prediction_from_document(&doc));
                }
                (None, None) => unreachable!("the engine is loaded when no predictions are given"),
            }
        }
        let report = scorer.report();
        if json {
            let mut value = report.to_json();
            if files.len() > 1 {
                value["file"] = serde_json::Value::String(source.clone());
            }
            println!("{value}");
        } else {
            println!("== {source}");
            println!("{}", report.to_table());
        }
    }
    Ok(if failures > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

pub fn setup(data_dir: &Path) -> anyhow::Result<ExitCode> {
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("cannot create the data directory {}", data_dir.display()))?;
    println!("vigie: data directory {}", data_dir.display());
    let report = vigie_geo::install(data_dir).context("installing the GeoNames gazetteer")?;
    if report.installed {
        println!("vigie: gazetteer built from {}: {} places in {}", report.source, report.records, report.dir.display());
    } else {
        println!("vigie: gazetteer already installed in {} ({} places)", report.dir.display(), report.records);
    }
    Ok(ExitCode::SUCCESS)
}
