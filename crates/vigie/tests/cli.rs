//! The command line, run as a user runs it.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn vigie() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vigie"));
    // No installed data: the commands must still work, with a warning.
    cmd.env("VIGIE_DATA", scratch("no-data"));
    cmd
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn shared() -> Option<PathBuf> {
    let dir = repo().join("../shared");
    dir.join("examples").is_dir().then_some(dir)
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vigie-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("vigie runs")
}

fn stdout_json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("stdout is not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout))
    })
}

/// Every sentence span slices the text exactly and none is empty.
fn assert_sentences_slice(doc: &Value) {
    let text = doc["text"].as_str().unwrap();
    let sentences = doc["sentences"].as_array().unwrap();
    assert!(!sentences.is_empty());
    for s in sentences {
        let (a, b) = (s["span"]["start"].as_u64().unwrap() as usize, s["span"]["end"].as_u64().unwrap() as usize);
        let slice = text.get(a..b).unwrap_or_else(|| panic!("sentence {a}..{b} does not slice the text"));
        assert!(!slice.trim().is_empty());
        assert_eq!(slice, slice.trim(), "sentence {a}..{b} has surrounding blanks");
    }
}

#[test]
fn extract_json_reads_the_french_example() {
    let out = run(vigie().args(["extract", "--format", "json"]).arg(repo().join("examples/idleb-2019-05-06.fr.txt")));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc = stdout_json(&out);
    assert_eq!(doc["meta"]["lang"]["code"], "fr");
    assert_eq!(doc["meta"]["published"]["date"], "2019-05-06");
    let agencies: Vec<&str> = doc["meta"]["agencies"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert_eq!(agencies, ["AFP"]);
    assert_sentences_slice(&doc);
    assert!(!doc["tokens"].as_array().unwrap().is_empty());
}

#[test]
fn extract_json_reads_the_english_example() {
    let out = run(vigie().args(["extract", "--format", "json"]).arg(repo().join("examples/mosul-2017-07-10.en.txt")));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc = stdout_json(&out);
    assert_eq!(doc["meta"]["lang"]["code"], "en");
    assert_eq!(doc["meta"]["published"]["date"], "2017-07-10");
    let agencies: Vec<&str> = doc["meta"]["agencies"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert_eq!(agencies, ["Reuters"]);
    assert_sentences_slice(&doc);
}

#[test]
fn a_date_given_by_the_caller_wins() {
    let out = run(vigie()
        .args(["extract", "--format", "json", "--published", "2020-01-02"])
        .arg(repo().join("examples/idleb-2019-05-06.fr.txt")));
    assert!(out.status.success());
    let doc = stdout_json(&out);
    assert_eq!(doc["meta"]["published"]["date"], "2020-01-02");
    assert_eq!(doc["meta"]["published"]["origin"], "caller");
}

#[test]
fn standard_input_is_read() {
    let mut child = vigie()
        .args(["extract", "--format", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"Les manifestants se sont rassembles samedi devant le parlement.").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let doc = stdout_json(&out);
    assert_eq!(doc["meta"]["source"], "-");
}

#[test]
fn gold_format_prints_one_line_per_document_with_the_four_layers() {
    let dir = scratch("gold");
    let file = dir.join("in.jsonl");
    std::fs::write(
        &file,
        concat!(
            r#"{"id": "a", "text": "Des rebelles ont attaqué la ville lundi.", "lang": "fr", "published": "2021-03-04", "events": []}"#, "\n",
            r#"{"id": "b", "text": "Protesters gathered in the capital on Friday."}"#, "\n",
        ),
    )
    .unwrap();
    let out = run(vigie().args(["extract", "--format", "gold"]).arg(&file));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["published"], "2021-03-04");
    for line in &lines {
        for layer in ["events", "places", "times", "entities"] {
            assert!(line[layer].is_array(), "{layer} missing in {line}");
        }
    }
}

#[test]
fn the_shared_example_gold_file_gives_one_valid_line() {
    let Some(shared) = shared() else { return };
    let out = run(vigie().args(["extract", "--format", "gold"]).arg(shared.join("examples/boukamal-2017-11-13.gold.jsonl")));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1);
    let line: Value = serde_json::from_str(text.trim()).unwrap();
    assert_eq!(line["id"], "boukamal-2017-11-13");
}

#[test]
fn the_shared_example_text_is_french_of_2017_11_13_by_afp_and_reuters() {
    let Some(shared) = shared() else { return };
    let out = run(vigie().args(["extract", "--format", "json"]).arg(shared.join("examples/boukamal-2017-11-13.fr.txt")));
    assert!(out.status.success());
    let doc = stdout_json(&out);
    assert_eq!(doc["meta"]["lang"]["code"], "fr");
    assert_eq!(doc["meta"]["published"]["date"], "2017-11-13");
    let agencies: Vec<&str> = doc["meta"]["agencies"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert_eq!(agencies, ["AFP", "Reuters"]);
    assert_sentences_slice(&doc);
}

#[test]
fn a_batch_with_bad_inputs_reports_each_and_goes_on() {
    let dir = scratch("batch");
    std::fs::write(dir.join("a-good.txt"), "Les forces de sécurité ont dispersé les manifestants mardi à Alger.").unwrap();
    std::fs::write(dir.join("b-binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3, 0, 0, 255, 254]).unwrap();
    std::fs::write(dir.join("c-empty.txt"), "").unwrap();
    std::fs::write(
        dir.join("d-lines.jsonl"),
        "{\"id\": \"ok1\", \"text\": \"Gunmen killed three villagers on Monday.\"}\n{broken\n{\"id\": \"ok2\", \"text\": \"Soldiers arrested five people.\"}\n",
    )
    .unwrap();
    let out = run(vigie().args(["extract", "--format", "gold"]).arg(&dir));
    assert_eq!(out.status.code(), Some(1), "a failed input makes the exit code non-zero");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("b-binary.txt"), "{stderr}");
    assert!(stderr.contains("c-empty.txt"), "{stderr}");
    assert!(stderr.contains("d-lines.jsonl") && stderr.contains('2'), "{stderr}");
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert!(ids.contains(&"ok1".to_string()) && ids.contains(&"ok2".to_string()));
}

#[test]
fn eval_scores_a_gold_file_and_prints_the_json_keys() {
    let dir = scratch("eval");
    let file = dir.join("gold.jsonl");
    std::fs::write(
        &file,
        r#"{"id": "t", "text": "Hier, des soldats ont été tués.", "lang": "fr", "published": "2020-05-04", "times": [{"text": "Hier", "value": "2020-05-03"}]}"#,
    )
    .unwrap();
    let out = run(vigie().args(["eval", "--json"]).arg(&file));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report = stdout_json(&out);
    assert_eq!(report["docs"], 1);
    assert!(report["times"]["f1"].is_number() || report["times"]["f1"].is_null());
    assert!(report.get("events").is_none(), "a file without events is not scored on events");
}

#[test]
fn eval_reports_a_broken_gold_line_and_scores_the_rest() {
    let dir = scratch("eval-broken");
    let file = dir.join("gold.jsonl");
    std::fs::write(&file, "{\"id\": \"t\", \"text\": \"Rien.\", \"times\": []}\nnot json\n").unwrap();
    let out = run(vigie().args(["eval", "--json"]).arg(&file));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2"));
    assert_eq!(stdout_json(&out)["docs"], 1);
}

#[test]
fn ingest_twice_adds_nothing_the_second_time_and_query_exports() {
    let dir = scratch("store");
    let db = dir.join("events.sqlite");
    let _ = std::fs::remove_file(&db);
    let examples = repo().join("examples");
    let first = run(vigie().arg("ingest").arg("--db").arg(&db).arg(&examples));
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    assert!(String::from_utf8_lossy(&first.stderr).contains("2 article(s) added"));
    let second = run(vigie().arg("ingest").arg("--db").arg(&db).arg(&examples));
    assert!(second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("0 article(s) added, 2 already stored"));
    let csv = run(vigie().args(["query", "--format", "csv", "--db"]).arg(&db));
    assert!(csv.status.success());
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.starts_with("event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,actor2,inter2"));
    let geo = run(vigie().args(["query", "--format", "geojson", "--db"]).arg(&db));
    assert_eq!(stdout_json(&geo)["type"], "FeatureCollection");
}

#[test]
fn query_without_a_store_says_what_to_run() {
    let out = run(vigie().args(["query", "--db"]).arg(scratch("none").join("missing.sqlite")));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("vigie ingest"));
}

#[test]
fn eval_scores_given_predictions_instead_of_running_vigie() {
    let dir = scratch("eval-predictions");
    let gold = dir.join("gold.jsonl");
    std::fs::write(
        &gold,
        r#"{"id": "t", "text": "Hier, des soldats ont été tués.", "times": [{"text": "Hier", "value": "2020-05-03"}]}"#,
    )
    .unwrap();
    let perfect = run(vigie().args(["eval", "--json", "--predictions"]).arg(&gold).arg(&gold));
    assert!(perfect.status.success(), "{}", String::from_utf8_lossy(&perfect.stderr));
    let report = stdout_json(&perfect);
    assert_eq!(report["times"]["f1"], 1.0);
    assert_eq!(report["times"]["value_accuracy"], 1.0);
    let empty = dir.join("empty.jsonl");
    std::fs::write(&empty, "").unwrap();
    let none = run(vigie().args(["eval", "--json", "--predictions"]).arg(&empty).arg(&gold));
    assert_eq!(stdout_json(&none)["times"]["f1"], 0.0, "a document without a prediction predicts nothing");
}

#[test]
fn the_same_input_gives_the_same_output_from_one_run_to_the_next() {
    // Short texts, too short for the function words to decide their language: the statistical
    // model answers, whose sums follow a hash map's order that each process draws anew.
    let dir = scratch("same-output");
    let input = dir.join("short.jsonl");
    let texts = [
        "On 9 May 2020, the monitors observed a total of 2 explosions involving unknown weapons near Verkhnyoshyrokivske.",
        "On 9 May 2020, a group of adult literacy teachers held a protest in Shadegan, demanding permanent contracts.",
        "On 3 May 2020, the monitors recorded 14 ceasefire violations, including 6 explosions, near Zolote.",
        "On 7 May 2020, nurses staged a sit-in outside the provincial hospital in Ahvaz over unpaid wages.",
        "Le 9 mai 2020, les observateurs ont relevé 2 explosions d'armes inconnues près de Verkhnyoshyrokivske.",
        "Le 4 mai 2020, des enseignants contractuels ont manifesté devant le rectorat de Bouaké.",
        "On 2 May 2020, unidentified gunmen shot dead a shopkeeper in Kandahar city.",
        "On 6 May 2020, farmers blocked the highway near Ludhiana, demanding procurement of wheat.",
    ];
    let mut lines = String::new();
    for (i, t) in texts.iter().enumerate() {
        lines.push_str(&serde_json::json!({"id": format!("s{i}"), "text": t, "published": "2020-05-04"}).to_string());
        lines.push('\n');
    }
    std::fs::write(&input, lines).unwrap();
    let outputs: Vec<Vec<u8>> = (0..4)
        .map(|_| {
            let out = run(vigie().args(["extract", "--format", "jsonl"]).arg(&input));
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            out.stdout
        })
        .collect();
    assert!(!outputs[0].is_empty());
    assert!(outputs.iter().all(|o| *o == outputs[0]), "two runs of one input differ");
}

/// `extract --explain` lists why each trigger made no event (S21); without the flag the output
/// has no `dropped` field and is otherwise the same; the gold format cannot hold it.
#[test]
fn extract_explain_lists_the_dropped_triggers() {
    let text = "Such attacks are rare in the region.\nOn Friday, rebels threatened to attack the town.";
    let extract = |format: &str, extra: &[&str]| {
        let mut child = vigie()
            .args(["extract", "--format", format, "--published", "2020-05-09", "--lang", "en"])
            .args(extra)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        if let Err(e) = child.stdin.take().unwrap().write_all(text.as_bytes()) {
            // A call refused before its input is read (gold with --explain) may close the pipe first.
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
        child.wait_with_output().unwrap()
    };
    let plain = extract("jsonl", &[]);
    assert!(plain.status.success(), "{}", String::from_utf8_lossy(&plain.stderr));
    let plain = stdout_json(&plain);
    assert!(plain.get("dropped").is_none());
    let out = extract("jsonl", &["--explain"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut doc = stdout_json(&out);
    let dropped = doc["dropped"].as_array().unwrap().clone();
    let reasons: Vec<&str> = dropped.iter().map(|x| x["reason"].as_str().unwrap()).collect();
    assert_eq!(reasons, ["generic_determiner", "hypothetical"], "{dropped:?}");
    let slice = |v: &Value| text.get(v["start"].as_u64().unwrap() as usize..v["end"].as_u64().unwrap() as usize).unwrap().to_string();
    assert_eq!(slice(&dropped[0]["trigger"]), "attacks");
    assert_eq!(slice(&dropped[0]["cue"]), "Such");
    assert_eq!(slice(&dropped[1]["cue"]), "threatened to");
    doc.as_object_mut().unwrap().remove("dropped");
    assert_eq!(doc, plain, "--explain adds `dropped` and changes nothing else");
    let gold = extract("gold", &["--explain"]);
    assert!(!gold.status.success());
    assert!(String::from_utf8_lossy(&gold.stderr).contains("--explain"));
}

#[test]
fn inputs_whose_names_give_the_same_id_each_keep_an_id_of_their_own() {
    // `x/a.txt` and `y/a.txt` (and `a.txt` beside `a.html`) both give the id `a`: extract writes the
    // second under the id the store gives it (`a~` and 8 hex digits of its text's hash), the same
    // on every run, so that the output can be stored or scored without one overwriting the other.
    let dir = scratch("collide");
    for (sub, text) in [("x", "Gunmen killed three villagers on Monday."), ("y", "Soldiers arrested five people on Tuesday.")] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        std::fs::write(dir.join(sub).join("a.txt"), text).unwrap();
    }
    let ids = |out: Output| -> Vec<String> {
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_str().unwrap().to_string())
            .collect()
    };
    let first = ids(run(vigie().args(["extract", "--format", "gold"]).arg(&dir)));
    assert_eq!(first.len(), 2, "{first:?}");
    assert_ne!(first[0], first[1], "{first:?}");
    let plain = first.iter().filter(|id| !id.contains('~')).count();
    assert_eq!(plain, 1, "one keeps its name, the other gets a suffix: {first:?}");
    let suffixed = first.iter().find(|id| id.contains('~')).unwrap();
    let (stem, hash) = suffixed.split_once('~').unwrap();
    assert_eq!(hash.len(), 8, "{suffixed}");
    assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()), "{suffixed}");
    assert!(first.contains(&stem.to_string()), "{first:?}");
    let again = ids(run(vigie().args(["extract", "--format", "gold"]).arg(&dir)));
    assert_eq!(first, again, "the same ids on every run");
}

/// S221: a trigger word that a figurative cue of the very same words reads as another word
/// ("manifestement": plainly, not a protest) is no trigger for the rules that read every trigger of
/// the sentence: a minister calling an attack "manifestement" terrorism is no protest met by force
/// (the whole pipeline: the actor stage's reading of "islamiste" is part of it).
#[test]
fn a_word_of_another_sense_is_no_protest_beside_an_attack() {
    let mut child = vigie()
        .args(["extract", "--format", "gold", "--published", "2020-09-26", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let text = "Pour le ministre de l'Intérieur Paul Martin, l'attaque était \"manifestement (...) un acte de terrorisme islamiste\", a-t-il estimé vendredi soir sur une radio.";
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let doc = stdout_json(&out);
    let types: Vec<&str> = doc["events"].as_array().unwrap().iter().filter_map(|e| e["type"].as_str()).collect();
    assert!(!types.iter().any(|t| t.contains("protest")), "{types:?}");
}
