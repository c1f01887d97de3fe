//! The demo article (/work/shared/examples, published Monday 13 November 2017): its nine temporal
//! expressions, each found with the right value. Skipped when /work/shared is absent.

mod common;

use std::path::Path;

fn fold(s: &str) -> String {
    s.to_lowercase()
}

#[test]
fn demo_article_expressions_all_right() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/examples/boukamal-2017-11-13.gold.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} absent", path.display());
        return;
    };
    let line = text.lines().next().expect("one line");
    let v: serde_json::Value = serde_json::from_str(line).expect("json");
    let doc_text = v["text"].as_str().expect("text");
    let got = common::run("fr", doc_text, Some("2017-11-13"));
    let mut pool: Vec<(String, String)> = got.iter().map(|(s, v)| (fold(s), v.clone())).collect();
    let gold = v["times"].as_array().expect("times");
    assert_eq!(gold.len(), 9);
    for g in gold {
        let (s, val) = (g["text"].as_str().unwrap_or(""), g["value"].as_str().unwrap_or(""));
        let pos = pool.iter().position(|(ps, _)| *ps == fold(s));
        let Some(pos) = pos else { panic!("{s:?} not found in {got:?}") };
        let (_, pv) = pool.remove(pos);
        assert_eq!(pv, val, "value of {s:?}");
    }
}
