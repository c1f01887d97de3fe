//! Scores vigie's entities against a gold JSON Lines file (see /work/shared/eval/FORMAT.md):
//! `cargo run -p vigie-actors --example score_entities -- FILE.jsonl [--show]`.
//! Mentions pair by surface text (case and accents folded), occurrence by occurrence, with
//! equal label. Prints precision, recall and F1 per label and overall.

use std::collections::HashMap;
use vigie_actors::ActorStage;
use vigie_resources::Resources;

fn fold(s: &str) -> String {
    deunicode::deunicode(s)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: score_entities FILE.jsonl [--show] [--lang xx]");
        std::process::exit(2);
    };
    let show = args.iter().any(|a| a == "--show");
    let forced_lang = args
        .iter()
        .position(|a| a == "--lang")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let t0 = std::time::Instant::now();
    let stage = match ActorStage::new(&Resources::embedded()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    eprintln!("dictionary built in {:.2?}", t0.elapsed());
    let text = std::fs::read_to_string(path).expect("read gold file");
    let mut bytes = 0usize;
    let mut spent = std::time::Duration::ZERO;
    let labels = ["PER", "ORG", "LOC", "MISC"];
    // (tp, predicted, gold) per label
    let mut counts: HashMap<&str, (usize, usize, usize)> = HashMap::new();
    let mut docs = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        let Some(gold) = v.get("entities").and_then(|e| e.as_array()) else {
            continue;
        };
        docs += 1;
        let doc_text = v["text"].as_str().unwrap_or("");
        let lang = forced_lang
            .clone()
            .or_else(|| v.get("lang").and_then(|l| l.as_str()).map(str::to_string))
            .unwrap_or_else(|| stage.guess_lang(doc_text).to_string());
        let date = v
            .get("published")
            .and_then(|d| d.as_str())
            .and_then(|d| d.parse().ok());
        let t1 = std::time::Instant::now();
        let pred = stage.entities(doc_text, &lang, date);
        spent += t1.elapsed();
        bytes += doc_text.len();
        let mut gold_bag: HashMap<(String, String), usize> = HashMap::new();
        for g in gold {
            let t = fold(g["text"].as_str().unwrap_or(""));
            let l = g["label"].as_str().unwrap_or("").to_string();
            counts
                .entry(labels.iter().find(|x| **x == l).copied().unwrap_or("MISC"))
                .or_default()
                .2 += 1;
            *gold_bag.entry((t, l)).or_default() += 1;
        }
        for p in &pred {
            let t = fold(doc_text.get(p.span.start..p.span.end).unwrap_or(""));
            let l = p.label.as_str();
            let c = counts.entry(l).or_default();
            c.1 += 1;
            match gold_bag.get_mut(&(t.clone(), l.to_string())) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    c.0 += 1;
                }
                _ => {
                    if show {
                        println!("FP\t{l}\t{t}");
                    }
                }
            }
        }
        if show {
            for ((t, l), n) in &gold_bag {
                for _ in 0..*n {
                    println!("FN\t{l}\t{t}");
                }
            }
        }
    }
    let prf = |tp: usize, p: usize, g: usize| {
        let pr = if p > 0 { tp as f64 / p as f64 } else { 0.0 };
        let rc = if g > 0 { tp as f64 / g as f64 } else { 0.0 };
        let f = if pr + rc > 0.0 {
            2.0 * pr * rc / (pr + rc)
        } else {
            0.0
        };
        (pr, rc, f)
    };
    println!("{docs} documents");
    eprintln!(
        "{:.2} MB/s ({} bytes in {:.2?})",
        bytes as f64 / 1e6 / spent.as_secs_f64().max(1e-9),
        bytes,
        spent
    );
    println!("label\tP\tR\tF1\ttp\tpred\tgold");
    let mut tot = (0, 0, 0);
    for l in labels {
        let (tp, p, g) = counts.get(l).copied().unwrap_or_default();
        tot = (tot.0 + tp, tot.1 + p, tot.2 + g);
        let (pr, rc, f) = prf(tp, p, g);
        println!("{l}\t{pr:.3}\t{rc:.3}\t{f:.3}\t{tp}\t{p}\t{g}");
    }
    let (pr, rc, f) = prf(tot.0, tot.1, tot.2);
    println!(
        "ALL\t{pr:.3}\t{rc:.3}\t{f:.3}\t{}\t{}\t{}",
        tot.0, tot.1, tot.2
    );
}
