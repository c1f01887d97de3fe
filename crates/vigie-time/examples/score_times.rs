//! Scores the time stage on a gold JSONL file (`{id,text,lang,published,times:[{text,value}]}`).
//!
//! `cargo run -p vigie-time --example score_times -- FILE.jsonl [--part dev|test] [--errors] [--published YYYY-MM-DD]`
//!
//! Predictions pair with gold mentions by surface text, compared case- and accent-insensitively,
//! occurrence by occurrence. Prints mention precision, recall and F1, and the share of paired
//! mentions whose value is equal. `--part dev` keeps the even lines (0, 2, ...), `--part test`
//! the odd ones.

use std::collections::HashMap;
use vigie_core::{Document, LanguageGuess, Origin, Published, Stage};

fn fold(s: &str) -> String {
    s.chars()
        .flat_map(|c| c.to_lowercase())
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            '’' => '\'',
            c => c,
        })
        .collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.iter().find(|a| !a.starts_with("--")).ok_or("usage: score_times FILE.jsonl [--part dev|test] [--errors]")?;
    let part = args.iter().position(|a| a == "--part").and_then(|i| args.get(i + 1)).map(String::as_str);
    let errors = args.iter().any(|a| a == "--errors");
    // An anchor for lines that carry no `published` date.
    let fallback: Option<jiff::civil::Date> =
        args.iter().position(|a| a == "--published").and_then(|i| args.get(i + 1)).and_then(|d| d.parse().ok());
    let stage = vigie_time::TimeStage::new(&vigie_resources::Resources::embedded())?;
    let text = std::fs::read_to_string(path)?;
    let (mut n_pred, mut n_gold, mut paired, mut equal) = (0usize, 0usize, 0usize, 0usize);
    let (mut bytes, mut busy) = (0usize, std::time::Duration::ZERO);
    for (idx, line) in text.lines().enumerate() {
        match part {
            Some("dev") if idx % 2 == 1 => continue,
            Some("test") if idx % 2 == 0 => continue,
            _ => {}
        }
        let v: serde_json::Value = serde_json::from_str(line)?;
        let mut doc = Document::new(v["id"].as_str().unwrap_or(""), v["text"].as_str().unwrap_or(""));
        if let Some(l) = v["lang"].as_str() {
            doc.meta.lang = Some(LanguageGuess { code: l.to_string(), confidence: 1.0, origin: Origin::Caller });
        }
        if let Some(p) = v["published"].as_str() {
            if let Ok(date) = p.get(..10).unwrap_or(p).parse() {
                doc.meta.published = Some(Published { date, time: None, origin: Origin::Caller, span: None });
            }
        }
        if doc.meta.published.is_none() {
            if let Some(date) = fallback {
                doc.meta.published = Some(Published { date, time: None, origin: Origin::Caller, span: None });
            }
        }
        let started = std::time::Instant::now();
        stage.run(&mut doc);
        busy += started.elapsed();
        bytes += doc.text.len();
        let gold: Vec<(String, String)> = v["times"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|t| (t["text"].as_str().unwrap_or("").to_string(), t["value"].as_str().unwrap_or("").to_string()))
                    .collect()
            })
            .unwrap_or_default();
        let pred: Vec<(String, String)> = doc.times.iter().map(|t| (doc.slice(t.span).to_string(), t.value.clone())).collect();
        n_pred += pred.len();
        n_gold += gold.len();
        let mut pool: HashMap<String, Vec<(usize, &str)>> = HashMap::new();
        for (i, (s, val)) in gold.iter().enumerate() {
            pool.entry(fold(s.trim())).or_default().push((i, val));
        }
        for v in pool.values_mut() {
            v.reverse();
        }
        let mut gold_hit = vec![false; gold.len()];
        for (s, val) in &pred {
            match pool.get_mut(&fold(s.trim())).and_then(|v| v.pop()) {
                Some((gi, gv)) => {
                    gold_hit[gi] = true;
                    paired += 1;
                    if gv == val {
                        equal += 1;
                    } else if errors {
                        println!("VALUE\t{}\t{s}\tpred={val}\tgold={gv}", doc.id);
                    }
                }
                None if errors => println!("FP\t{}\t{s}\t{val}", doc.id),
                None => {}
            }
        }
        if errors {
            for (i, (s, gv)) in gold.iter().enumerate() {
                if !gold_hit[i] {
                    println!("FN\t{}\t{s}\t{gv}", doc.id);
                }
            }
        }
    }
    let p = paired as f64 / n_pred.max(1) as f64;
    let r = paired as f64 / n_gold.max(1) as f64;
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    let acc = equal as f64 / paired.max(1) as f64;
    println!(
        "{path}: gold {n_gold} predicted {n_pred} paired {paired} | P {p:.3} R {r:.3} F1 {f1:.3} | value accuracy {acc:.3} ({equal}/{paired})"
    );
    println!("speed: {:.2} MB/s ({bytes} bytes in {:.3} s)", bytes as f64 / 1e6 / busy.as_secs_f64().max(1e-9), busy.as_secs_f64());
    Ok(())
}
