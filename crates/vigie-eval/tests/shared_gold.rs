//! Every public gold file of `shared/eval` (and the example's gold) parses, and scores perfectly
//! against itself. Skips when `shared` is absent. Never opens `shared/eval/sealed`.

use serde_json::Value;
use std::path::{Path, PathBuf};
use vigie_eval::{parse_gold_file, GoldDoc, Scorer};

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    dir.is_dir().then_some(dir)
}

fn gold_files(shared: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    if let Ok(entries) = std::fs::read_dir(shared.join("eval")) {
        for entry in entries.flatten() {
            let path = entry.path();
            if !path.is_dir() || path.file_name().is_some_and(|n| n == "sealed") {
                continue;
            }
            let gold = path.join("gold.jsonl");
            if gold.is_file() {
                files.push(gold);
            }
        }
    }
    files.sort();
    let example = shared.join("examples/boukamal-2017-11-13.gold.jsonl");
    if example.is_file() {
        files.push(example);
    }
    files
}

/// Every figure of a layer is 1 (0 for `median_km`) or null.
fn assert_perfect(file: &Path, json: &Value) {
    for (layer, figures) in json.as_object().unwrap() {
        let Some(figures) = figures.as_object() else {
            continue;
        };
        for (name, v) in figures {
            let want = if name == "median_km" { 0.0 } else { 1.0 };
            assert!(
                v.is_null() || v.as_f64() == Some(want),
                "{}: {layer}.{name} = {v}",
                file.display()
            );
        }
    }
}

#[test]
fn every_shared_gold_file_parses_and_scores_perfectly_against_itself() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared is absent");
        return;
    };
    let files = gold_files(&shared);
    assert!(
        !files.is_empty(),
        "no gold files under {}",
        shared.display()
    );
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let docs = parse_gold_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert!(!docs.is_empty(), "{}", file.display());
        let mut scorer = Scorer::default();
        for d in &docs {
            scorer.add(d, d);
        }
        let report = scorer.report();
        let json = report.to_json();
        assert_eq!(json["docs"], docs.len(), "{}", file.display());
        assert_perfect(&file, &json);
        // Each layer some document carries is reported, and only those.
        for layer in ["events", "places", "times", "entities"] {
            let carried = docs.iter().any(|d| match layer {
                "events" => d.events.is_some(),
                "places" => d.places.is_some(),
                "times" => d.times.is_some(),
                _ => d.entities.is_some(),
            });
            assert_eq!(
                json.get(layer).is_some(),
                carried,
                "{}: {layer}",
                file.display()
            );
        }
        if let Some(e) = &report.events {
            assert_eq!(e.micro().f1(), Some(1.0), "{}", file.display());
        }
        if let Some(p) = &report.places {
            assert_eq!(p.median_km, Some(0.0), "{}", file.display());
        }

        // Against an empty prediction: F1 0 wherever gold holds something, accuracies unmeasured.
        let mut empty = Scorer::default();
        for d in &docs {
            empty.add(d, &GoldDoc::empty_prediction(d.id.clone()));
        }
        let json = empty.report().to_json();
        for (layer, figures) in json.as_object().unwrap() {
            let Some(figures) = figures.as_object() else {
                continue;
            };
            for (name, v) in figures {
                let zero_or_null = v.is_null() || v.as_f64() == Some(0.0);
                assert!(
                    zero_or_null,
                    "{}: {layer}.{name} = {v} against nothing",
                    file.display()
                );
            }
        }
    }
}
