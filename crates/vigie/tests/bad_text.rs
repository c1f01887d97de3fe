//! Odd texts through the whole pipeline, run as a user runs it (`vigie extract`): control
//! characters, right-to-left text and combining marks, articles in languages vigie does not read.
//! Each gives a correct result or a clear diagnostic, never a panic, and the batch goes on.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vigie-bad-text-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `vigie extract --format jsonl` on `inputs`, without installed data (places unresolved).
fn extract(inputs: &[&Path]) -> (Output, Vec<Value>) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vigie"));
    cmd.env("VIGIE_DATA", scratch("no-data")).args(["extract", "--format", "jsonl"]).args(inputs);
    let out = cmd.output().expect("vigie runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let docs = String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    (out, docs)
}

fn slice<'a>(text: &'a str, span: &Value) -> &'a str {
    let (a, b) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
    text.get(a..b).unwrap_or_else(|| panic!("span {a}..{b} does not slice the text ({} bytes)", text.len()))
}

/// Every span of every layer slices the text.
fn assert_spans_slice(doc: &Value) {
    let text = doc["text"].as_str().unwrap();
    for layer in ["sentences", "tokens", "entities", "mentions", "places", "times"] {
        for item in doc[layer].as_array().into_iter().flatten() {
            slice(text, &item["span"]);
        }
    }
    for event in doc["events"].as_array().into_iter().flatten() {
        slice(text, &event["evidence"]);
    }
}

/// (type, fatalities) of each event.
fn events(doc: &Value) -> Vec<(String, Option<u64>)> {
    doc["events"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| (e["type"].as_str().unwrap_or("").to_string(), e["fatalities"].as_u64()))
        .collect()
}

fn entities(doc: &Value) -> Vec<String> {
    let text = doc["text"].as_str().unwrap();
    doc["entities"].as_array().into_iter().flatten().map(|e| slice(text, &e["span"]).to_string()).collect()
}

const PLAIN: &str = "Alep (AFP) - Au moins 12 civils ont été tués mardi dans une frappe aérienne sur un marché d'Alep, \
    a indiqué l'Observatoire syrien des droits de l'homme. Les combats se poursuivaient.\n";

#[test]
fn control_characters_are_kept_and_change_nothing_else() {
    let dir = scratch("controls");
    let plain = dir.join("a-plain.txt");
    let controls = dir.join("b-controls.txt");
    std::fs::write(&plain, PLAIN).unwrap();
    // An escape sequence, a bell, a vertical tab, a form feed, NEL, a line separator, a zero-width
    // space, a soft hyphen, a byte-order mark inside the text, CR LF.
    let odd = "Alep (AFP) -\u{1b}[31m Au moins 12 civils\u{7} ont été\u{200b} tués\u{ad} mardi\u{b} dans une frappe aérienne \
        sur un marché\u{85} d'Alep,\u{c} a indiqué\u{feff} l'Observatoire syrien des droits de l'homme.\u{2028}Les combats se poursuivaient.\r\n";
    std::fs::write(&controls, odd).unwrap();
    let (out, docs) = extract(&[&plain, &controls]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1]["text"], odd, "the text is kept byte for byte");
    for doc in &docs {
        assert_spans_slice(doc);
        assert_eq!(doc["meta"]["lang"]["code"], "fr");
    }
    assert!(!events(&docs[0]).is_empty());
    assert_eq!(events(&docs[1]), events(&docs[0]), "the same events with and without control characters");
}

#[test]
fn right_to_left_text_and_combining_marks() {
    let dir = scratch("rtl");
    let plain = dir.join("a-plain.txt");
    let rtl = dir.join("b-rtl.txt");
    let nfd = dir.join("c-nfd.txt");
    std::fs::write(&plain, PLAIN).unwrap();
    // An Arabic name between embedding marks, right-to-left and left-to-right marks, a
    // right-to-left override, a Hebrew word.
    let mixed = "Alep (AFP) - Au moins 12 civils ont été tués mardi à \u{202b}حلب\u{202c} (\u{200f}Alep\u{200e}) dans une frappe aérienne \
        sur un marché, a indiqué l'\u{202e}Observatoire\u{202c} syrien des droits de l'homme. Le ministre \u{5d1}\u{5e0}\u{5d9} a réagi.\n";
    std::fs::write(&rtl, mixed).unwrap();
    // French with its accents as combining marks (NFD: "e" + U+0301), as some systems write it.
    let decomposed = PLAIN.replace('é', "e\u{301}").replace('è', "e\u{300}");
    std::fs::write(&nfd, &decomposed).unwrap();
    let (out, docs) = extract(&[&plain, &rtl, &nfd]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[1]["text"], mixed);
    assert_eq!(docs[2]["text"], decomposed.as_str());
    for doc in &docs {
        assert_spans_slice(doc);
        assert_eq!(doc["meta"]["lang"]["code"], "fr");
        // The toll and the day are read whatever the marks.
        assert_eq!(events(doc).first().and_then(|e| e.1), Some(12), "{}", doc["text"]);
        assert!(doc["times"].as_array().unwrap().iter().any(|t| slice(doc["text"].as_str().unwrap(), &t["span"]) == "mardi"));
    }
    assert_eq!(events(&docs[1]), events(&docs[0]), "bidirectional marks change no event");
    assert_eq!(events(&docs[2]), events(&docs[0]), "decomposed accents change no event");
    // Words of scripts without capitals are no cue of a name (they were all taken as entities).
    for name in entities(&docs[1]) {
        assert!(!name.chars().any(|c| ('\u{590}'..='\u{6ff}').contains(&c)), "{name:?} taken for a name");
    }
}

#[test]
fn articles_in_languages_vigie_does_not_read_are_flagged_and_the_batch_goes_on() {
    let dir = scratch("languages");
    let de = dir.join("a-de.txt");
    let ar = dir.join("b-ar.txt");
    let fr = dir.join("c-fr.txt");
    let given = dir.join("d-given.jsonl");
    std::fs::write(
        &de,
        "Berlin (dpa) - Bei einem Anschlag auf einen Markt in Kabul sind am Dienstag mindestens 12 Menschen getötet \
         und 30 verletzt worden. Die Polizei nahm zwei Verdächtige fest, teilte das Innenministerium mit.\n",
    )
    .unwrap();
    std::fs::write(
        &ar,
        "بغداد (رويترز) - قتل 12 شخصا على الأقل وأصيب 30 آخرون في هجوم على سوق في كابول يوم الثلاثاء، وفقا لمصادر في الشرطة.\n",
    )
    .unwrap();
    std::fs::write(&fr, PLAIN).unwrap();
    std::fs::write(&given, "{\"id\": \"given-de\", \"lang\": \"de\", \"text\": \"Soldaten haben am Montag drei Menschen in Gao getötet.\"}\n").unwrap();
    let (out, docs) = extract(&[&de, &ar, &fr, &given]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "a diagnostic is no failure: {stderr}");
    assert_eq!(docs.len(), 4, "{stderr}");
    for (doc, file) in docs[..2].iter().zip(["a-de.txt", "b-ar.txt"]) {
        assert_eq!(doc["meta"]["lang"]["code"], "und", "{file}");
        assert!(events(doc).is_empty(), "{file}: events invented: {:?}", doc["events"]);
        let line = stderr.lines().find(|l| l.contains(file)).unwrap_or_else(|| panic!("no diagnostic for {file}: {stderr}"));
        assert!(line.contains("none of the languages vigie reads"), "{line}");
        assert_spans_slice(doc);
    }
    assert!(entities(&docs[1]).is_empty(), "{:?}", entities(&docs[1]));
    assert_eq!(docs[2]["meta"]["lang"]["code"], "fr");
    assert!(!events(&docs[2]).is_empty(), "the French article after them is read as before");
    assert!(stderr.lines().any(|l| l.contains("d-given.jsonl") && l.contains("language \"de\" is not one vigie reads")), "{stderr}");
}
