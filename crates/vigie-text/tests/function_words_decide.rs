//! The language stage lets the function words decide without the language model when they are
//! decisive (see `DECISIVE_WORDS` in `src/language.rs`). On every text of the evaluation sets
//! beside the repository (`../shared/eval`, skipped when absent; not the CASE 2021 test half,
//! which is for measuring only), that decision must be the model's, and the gold's where the gold
//! gives a language.

use std::path::PathBuf;
use vigie_resources::Resources;
use vigie_text::LanguageStage;

const SETS: &[&str] = &[
    "news-en-guardian",
    "news-fr-orangesum",
    "acled-2020",
    "geo-lgl",
    "ner-en-wikigold",
    "ner-fr-wikineural",
    "ner-fr-hipe-dev",
    "time-en-timebank",
    "time-en-aquaint",
    "time-fr-timebank",
];

#[test]
fn decisive_function_words_agree_with_the_model_and_the_gold() {
    let eval = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval");
    if !eval.is_dir() {
        println!("skipped: {} is absent", eval.display());
        return;
    }
    let stage = LanguageStage::new(&Resources::embedded()).unwrap();
    let (mut texts, mut decided) = (0usize, 0usize);
    let mut disagree: Vec<String> = Vec::new();
    for set in SETS {
        let Ok(body) = std::fs::read_to_string(eval.join(set).join("gold.jsonl")) else {
            println!("skipped set {set}: no gold.jsonl");
            continue;
        };
        let (texts_before, decided_before) = (texts, decided);
        for line in body.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let Some(text) = v["text"].as_str() else { continue };
            texts += 1;
            let Some((code, conf)) = stage.identify_by_function_words(text) else { continue };
            decided += 1;
            assert!((0.5..=1.0).contains(&conf), "{set} {}: confidence {conf}", v["id"]);
            let model = stage.identify(text).0;
            let gold = v["lang"].as_str();
            if code != model || gold.is_some_and(|g| g != code) {
                disagree.push(format!("{set} {}: words {code}, model {model}, gold {gold:?}", v["id"]));
            }
        }
        println!("{set}: decided {} of {}", decided - decided_before, texts - texts_before);
    }
    println!("function words decided {decided} of {texts} texts; {} disagreements", disagree.len());
    assert!(disagree.is_empty(), "{disagree:#?}");
    // They must decide most of the real articles, or the shortcut saves nothing.
    assert!(texts == 0 || decided * 2 > texts, "decided only {decided} of {texts}");
}
