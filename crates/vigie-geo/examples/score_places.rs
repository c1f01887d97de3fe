//! Scores the places stage on a gold file.
//!
//! `cargo run -p vigie-geo --example score_places -- DATA_DIR FILE.jsonl [all|dev|test] [--errors]`
//!
//! Installs the gazetteer in DATA_DIR when it is missing, then prints mention precision, recall
//! and F1 (a predicted mention pairs with a gold one of the same surface, folded case- and
//! accent-insensitively, occurrence by occurrence), and over the paired mentions the share within
//! 161 km, the share with the same GeoNames id and the median error in km; with the gazetteer's
//! load time and the process's peak memory. `dev` takes the documents at even line numbers
//! (0-based), `test` the odd ones.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;
use vigie_core::{Document, LanguageGuess, Origin};
use vigie_geo::{fold, Gazetteer, PlaceStage};
use vigie_resources::Resources;

use vigie_core::geo::haversine_km as distance_km;

fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM")).map(|l| l.split_whitespace().skip(1).collect::<Vec<_>>().join(" ")))
        .unwrap_or_else(|| "unknown".into())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: score_places DATA_DIR FILE.jsonl [all|dev|test] [--errors]");
        std::process::exit(2);
    }
    let data_dir = Path::new(&args[0]);
    let split = args.get(2).map(String::as_str).filter(|s| !s.starts_with("--")).unwrap_or("all");
    let show_errors = args.iter().any(|a| a == "--errors");
    let report = vigie_geo::install(data_dir)?;
    if report.installed {
        println!("installed {} places from {} into {}", report.records, report.source, report.dir.display());
    }
    let mem_before = peak_memory();
    let t = Instant::now();
    let gaz = Gazetteer::open(data_dir)?;
    let load = t.elapsed();
    println!("gazetteer: {} places, loaded in {:.3} s; VmHWM before {mem_before}, after {}", gaz.len(), load.as_secs_f64(), peak_memory());
    let stage = PlaceStage::new(Arc::new(gaz), &Resources::embedded())?;

    let text = std::fs::read_to_string(&args[1])?;
    let (mut tp, mut npred, mut ngold) = (0usize, 0usize, 0usize);
    let (mut within, mut same_id, mut with_id, mut located) = (0usize, 0usize, 0usize, 0usize);
    let mut errors_km: Vec<f64> = Vec::new();
    let mut bytes = 0usize;
    let mut run_time = std::time::Duration::ZERO;
    for (n, line) in text.lines().enumerate() {
        if (split == "dev" && n % 2 == 1) || (split == "test" && n % 2 == 0) {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)?;
        let Some(gold) = v.get("places").and_then(|p| p.as_array()) else { continue };
        let mut doc = Document::new(v["id"].as_str().unwrap_or(""), v["text"].as_str().unwrap_or(""));
        if let Some(l) = v.get("lang").and_then(|l| l.as_str()) {
            doc.meta.lang = Some(LanguageGuess { code: l.to_string(), confidence: 1.0, origin: Origin::Caller });
        }
        bytes += doc.text.len();
        let t = Instant::now();
        let mut why = Vec::new();
        let places = stage.find_places_explained(&doc, &mut why);
        if show_errors {
            for (span, rule) in &why {
                println!("DROP\t{}\t{}\t{rule}", doc.id, doc.slice(*span));
            }
        }
        run_time += t.elapsed();
        // Pair occurrence by occurrence per folded surface.
        let mut gold_by: HashMap<String, Vec<&serde_json::Value>> = HashMap::new();
        for g in gold {
            gold_by.entry(fold(g["text"].as_str().unwrap_or(""))).or_default().push(g);
        }
        let mut used: HashMap<String, usize> = HashMap::new();
        ngold += gold.len();
        npred += places.len();
        let mut paired_gold: HashMap<String, usize> = HashMap::new();
        for p in &places {
            let surface = doc.slice(p.span);
            let key = fold(surface);
            let k = used.entry(key.clone()).or_default();
            let Some(g) = gold_by.get(&key).and_then(|v| v.get(*k)) else {
                if show_errors {
                    let a = doc.text.floor_char_boundary(p.span.start.saturating_sub(30));
                    let b = doc.text.ceil_char_boundary((p.span.end + 30).min(doc.text.len()));
                    println!(
                        "FP\t{}\t{surface}\t{:?}\t{}",
                        doc.id,
                        p.geo.as_ref().and_then(|g| g.name.clone()),
                        doc.text[a..b].replace('\n', " ")
                    );
                }
                continue;
            };
            *k += 1;
            *paired_gold.entry(key.clone()).or_default() += 1;
            tp += 1;
            let (glat, glon) = (g["lat"].as_f64(), g["lon"].as_f64());
            let gid = g["geonameid"].as_u64();
            let geo = p.geo.as_ref();
            if let Some(gid) = gid {
                with_id += 1;
                if geo.and_then(|x| x.geonameid) == Some(gid) {
                    same_id += 1;
                }
            }
            if let (Some(glat), Some(glon)) = (glat, glon) {
                located += 1;
                let d = match geo.and_then(|x| Some((x.lat?, x.lon?))) {
                    Some(pos) => distance_km(pos, (glat, glon)),
                    None => 20_000.0,
                };
                if d <= 161.0 {
                    within += 1;
                } else if show_errors {
                    println!(
                        "FAR\t{}\t{surface}\t{:.0} km\tgot {:?} {:?}\tgold {}",
                        doc.id,
                        d,
                        geo.and_then(|x| x.name.clone()),
                        geo.and_then(|x| x.country.clone()),
                        gid.unwrap_or(0)
                    );
                }
                errors_km.push(d);
            }
        }
        if show_errors {
            for (key, gs) in &gold_by {
                let got = paired_gold.get(key).copied().unwrap_or(0);
                for g in gs.iter().skip(got) {
                    println!("FN\t{}\t{}", doc.id, g["text"].as_str().unwrap_or(""));
                }
            }
        }
    }
    let p = tp as f64 / npred.max(1) as f64;
    let r = tp as f64 / ngold.max(1) as f64;
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    errors_km.sort_by(|a, b| a.total_cmp(b));
    let median = errors_km.get(errors_km.len() / 2).copied().unwrap_or(f64::NAN);
    println!("split {split}: gold {ngold}, predicted {npred}, paired {tp}");
    println!("mention P {p:.3} R {r:.3} F1 {f1:.3}");
    println!(
        "acc@161km {:.3} ({within}/{located}), geonameid acc {:.3} ({same_id}/{with_id}), median error {median:.1} km",
        within as f64 / located.max(1) as f64,
        same_id as f64 / with_id.max(1) as f64
    );
    println!(
        "places stage: {:.2} MB in {:.3} s ({:.2} MB/s, unoptimised build unless --release); VmHWM {}",
        bytes as f64 / 1e6,
        run_time.as_secs_f64(),
        bytes as f64 / 1e6 / run_time.as_secs_f64().max(1e-9),
        peak_memory()
    );
    Ok(())
}
