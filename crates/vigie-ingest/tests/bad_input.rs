//! Inputs as users really have them, good and bad: each bad one is one clear error (or a correct
//! document with a diagnostic), and never stops the others. Files are made in a temporary folder.

use std::io::Write;
use std::path::{Path, PathBuf};
use vigie_core::{Document, Origin};
use vigie_ingest::{read_bytes, read_paths, ReadError, ReadOptions};

/// A fresh temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let path = std::env::temp_dir().join(format!("vigie-ingest-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn read_all(paths: &[PathBuf]) -> Vec<Result<Document, ReadError>> {
    read_paths(paths, &ReadOptions::default()).collect()
}

fn read_one(path: &Path) -> Result<Document, ReadError> {
    let mut all = read_all(&[path.to_path_buf()]);
    assert_eq!(all.len(), 1, "{all:?}");
    all.remove(0)
}

const LONG_FR: &str = "Les forces gouvernementales ont repris dimanche le contrôle de la ville, \
    dernier bastion urbain du groupe en Syrie, selon une organisation non gouvernementale. \
    Les combats se poursuivaient toutefois dans les environs, près de la frontière, où des \
    combattants restaient retranchés, a précisé l'Observatoire, qui dispose d'un vaste réseau.";

fn page(head: &str, body: &str) -> String {
    format!("<!DOCTYPE html><html><head>{head}<title>Été meurtrier</title></head><body><article><p>{body}</p><p>{body}</p></article></body></html>")
}

#[test]
fn binary_file() {
    let dir = TempDir::new("binary");
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend((0..2000u32).map(|i| (i * 7 % 256) as u8));
    let err = read_one(&dir.file("image.png", &bytes)).unwrap_err();
    assert_eq!(err.reason, "binary file, not text");
    let err = read_one(&dir.file("image.txt", &bytes)).unwrap_err();
    assert_eq!(err.reason, "binary file, not text");
    let err = read_one(&dir.file("image.jsonl", &bytes)).unwrap_err();
    assert_eq!(err.reason, "binary file, not text");
    let err = read_one(&dir.file("image.html", &bytes)).unwrap_err();
    assert_eq!(err.reason, "binary file, not text");
}

#[test]
fn invalid_utf8_text() {
    let dir = TempDir::new("invalid-utf8");
    let doc = read_one(&dir.file("latin1.txt", b"Le caf\xe9 \xe0 Alep.\r\n")).unwrap();
    assert_eq!(doc.text, "Le café à Alep.\r\n");
    assert_eq!(doc.diagnostics.len(), 1);
    assert_eq!(
        doc.diagnostics[0].message,
        "not UTF-8; decoded as windows-1252"
    );
}

#[test]
fn latin1_html_without_charset() {
    let dir = TempDir::new("latin1-html");
    let html = page("", LONG_FR);
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&html);
    let doc = read_one(&dir.file("page.html", &bytes)).unwrap();
    assert!(doc.text.contains("le contrôle de la ville"), "{}", doc.text);
    assert_eq!(
        doc.meta.title.as_ref().map(|t| t.text.as_str()),
        Some("Été meurtrier")
    );
    let note = &doc
        .diagnostics
        .first()
        .expect("a diagnostic saying the encoding was guessed")
        .message;
    assert!(note.contains("guessed as windows-1252"), "{note}");
}

#[test]
fn windows_1252_html_with_meta_charset() {
    let dir = TempDir::new("cp1252-html");
    for head in [
        "<meta charset=\"windows-1252\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
    ] {
        let html = page(head, LONG_FR);
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&html);
        let doc = read_one(&dir.file("page.htm", &bytes)).unwrap();
        assert!(doc.text.contains("précisé l'Observatoire"), "{}", doc.text);
        assert_eq!(
            doc.meta.title.as_ref().map(|t| t.text.as_str()),
            Some("Été meurtrier")
        );
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    }
}

#[test]
fn utf16_with_bom() {
    let dir = TempDir::new("utf16");
    let text = "Été à Alep.\r\nDeuxième ligne.";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    assert_eq!(read_one(&dir.file("le.txt", &le)).unwrap().text, text);
    assert_eq!(read_one(&dir.file("be", &be)).unwrap().text, text);
    let mut html = vec![0xFF, 0xFE];
    html.extend(page("", LONG_FR).encode_utf16().flat_map(u16::to_le_bytes));
    let doc = read_one(&dir.file("page.html", &html)).unwrap();
    assert!(doc.text.contains("le contrôle de la ville"));
}

#[test]
fn control_characters() {
    let dir = TempDir::new("controls");
    // A few control characters in a text (an escape sequence, a bell, a vertical tab, DEL, C1
    // controls, a zero-width space, a soft hyphen, a BOM inside): read as they are, byte for byte.
    let text = "Alep \u{1b}[1m(AFP)\u{1b}[0m - Au moins\u{7} 12 civils\u{b} ont été\u{7f} tués\u{85} mardi\u{200b} à Alep\u{ad}, \
        selon l'Observatoire\u{feff} syrien.\u{2028}Les combats continuaient.\u{c}\r\n";
    let doc = read_one(&dir.file("controls.txt", text.as_bytes())).unwrap();
    assert_eq!(doc.text, text);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    // The same in a JSON line (escaped) and in an HTML page.
    let line = serde_json::json!({"id": "c", "text": text}).to_string();
    let doc = read_one(&dir.file("controls.jsonl", line.as_bytes())).unwrap();
    assert_eq!(doc.text, text);
    let doc = read_one(&dir.file("controls.html", page("", &text.replace('\u{7f}', "")).as_bytes())).unwrap();
    assert!(doc.text.contains("12 civils"), "{}", doc.text);
    // Mostly control characters: a binary file, not text.
    let noise: Vec<u8> = (0..4000u32).map(|i| if i % 3 == 0 { b'a' } else { (i % 8 + 1) as u8 }).collect();
    assert_eq!(read_one(&dir.file("noise.txt", &noise)).unwrap_err().reason, "binary file, not text");
}

#[test]
fn empty_files() {
    let dir = TempDir::new("empty");
    for name in ["empty.txt", "empty.html", "blank.txt", "noext"] {
        let bytes: &[u8] = if name == "blank.txt" {
            b"  \r\n\t\n"
        } else {
            b""
        };
        let result = read_all(&[dir.file(name, bytes)]);
        match name {
            "empty.html" => assert_eq!(result[0].as_ref().unwrap_err().reason, "no readable text"),
            _ => assert_eq!(result[0].as_ref().unwrap_err().reason, "empty", "{name}"),
        }
    }
    // An empty JSON Lines file holds no record: nothing, and no error.
    assert!(read_all(&[dir.file("empty.jsonl", b"")]).is_empty());
}

#[test]
fn fifty_megabytes_on_one_line() {
    let dir = TempDir::new("huge");
    let size = 50 * 1024 * 1024;
    let write = |name: &str, prefix: &[u8], suffix: &[u8]| {
        let path = dir.0.join(name);
        let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        file.write_all(prefix).unwrap();
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..50 {
            file.write_all(&chunk).unwrap();
        }
        file.write_all(suffix).unwrap();
        file.flush().unwrap();
        path
    };
    // Whole-file formats check the size before reading: these files need no content past
    // their first bytes (the rest is left sparse, so the test writes little).
    let sparse = |name: &str, prefix: &[u8]| {
        let path = dir.0.join(name);
        let mut file = std::fs::File::create(&path).unwrap();
        file.write_all(prefix).unwrap();
        file.write_all(&vec![b'a'; 64 * 1024]).unwrap();
        file.set_len(size as u64).unwrap();
        path
    };
    let expected = format!("{size} bytes is larger than the limit of 10485760 bytes");
    for (name, prefix) in [("huge.txt", &b""[..]), ("huge", b""), ("huge.html", b"<p>")] {
        let err = read_one(&sparse(name, prefix)).unwrap_err();
        assert!(err.reason.starts_with(&expected), "{err}");
    }
    // A JSON Lines file is read line by line: the huge line is one error, the next line is read.
    let path = write(
        "huge.jsonl",
        b"{\"text\":\"",
        b"\"}\n{\"text\":\"after\"}\n",
    );
    let all = read_all(&[path]);
    assert_eq!(all.len(), 2);
    let err = all[0].as_ref().unwrap_err();
    assert_eq!(err.record.as_deref(), Some("1"));
    assert!(
        err.reason.contains(&format!("line of {} bytes", size + 11)),
        "{err}"
    );
    assert_eq!(all[1].as_ref().unwrap().text, "after");
    // In memory too.
    let bytes = vec![b'a'; size];
    let all: Vec<_> = read_bytes("-", &bytes, &ReadOptions::default()).collect();
    assert!(all[0].as_ref().unwrap_err().reason.starts_with(&expected));
}

#[test]
fn jsonl_with_one_broken_line() {
    let dir = TempDir::new("jsonl-broken");
    let lines = concat!(
        "{\"id\":\"a\",\"text\":\"Premier.\",\"lang\":\"fr\"}\n",
        "{\"id\":\"b\",\"text\":\"Deuxième.\"}\n",
        "{\"id\":\"c\",\"text\":\"Troisième sans fin\n",
        "{\"id\":\"d\",\"text\":\"Quatrième.\",\"published\":\"2017-11-13\"}\n",
    );
    let all = read_all(&[dir.file("batch.jsonl", lines.as_bytes())]);
    assert_eq!(all.len(), 4);
    let ids: Vec<_> = all
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(ids, ["a", "b", "d"]);
    let err = all[2].as_ref().unwrap_err();
    assert_eq!(err.record.as_deref(), Some("3"));
    assert!(
        err.to_string()
            .contains("batch.jsonl, record 3: invalid JSON"),
        "{err}"
    );
    assert_eq!(all[3].as_ref().unwrap().meta.record.as_deref(), Some("4"));
}

#[test]
fn html_page_without_body() {
    let dir = TempDir::new("no-body");
    let err = read_one(&dir.file(
        "head.html",
        b"<html><head><title>Rien</title></head></html>",
    ))
    .unwrap_err();
    assert_eq!(err.reason, "no readable text");
    let err = read_one(&dir.file(
        "scripts.html",
        b"<html><body><script>var x = 1;</script></body></html>",
    ))
    .unwrap_err();
    assert_eq!(err.reason, "no readable text");
    // Text outside any body element still counts.
    let doc = read_one(&dir.file(
        "short.html",
        b"<html><head><title>T</title></head>Trois morts.</html>",
    ))
    .unwrap();
    assert_eq!(doc.text, "Trois morts.");
}

#[test]
fn deeply_nested_html() {
    let dir = TempDir::new("nested");
    let nested = |depth: usize| {
        format!(
            "<html><body>{}{LONG_FR}{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        )
    };
    let err = read_one(&dir.file("deep.html", nested(100_000).as_bytes())).unwrap_err();
    assert!(
        err.reason
            .starts_with("HTML nested too deep (100000 levels"),
        "{err}"
    );
    let unclosed = format!("<html><body>{}{LONG_FR}", "<b><span>".repeat(50_000));
    let err = read_one(&dir.file("unclosed.html", unclosed.as_bytes())).unwrap_err();
    assert!(err.reason.starts_with("HTML nested too deep"), "{err}");
    let doc = read_one(&dir.file("fairly-deep.html", nested(400).as_bytes())).unwrap();
    assert_eq!(doc.text, LONG_FR);
    assert!(doc.diagnostics[0].message.contains("400 levels deep"));
    let doc = read_one(&dir.file("shallow.html", nested(30).as_bytes())).unwrap();
    assert_eq!(doc.text, LONG_FR);
    // Malformed markup is read without panicking.
    let malformed = "<html><body><p>Un <b>texte <i>mal</b> fermé</i><table><tr><td>cellule<p>suite</table></div></span>\
        <a href=\"x>lien</a><<>><!-- commentaire jamais fermé <p>fin";
    let _ = read_all(&[dir.file("malformed.html", malformed.as_bytes())]);
}

#[test]
fn json_line_nested_ten_thousand_deep() {
    let dir = TempDir::new("deep-json");
    let depth = 10_000;
    let lines = format!(
        "{}{}\n{}0{}\n{{\"text\":\"ok\",\"x\":{}{}}}\n",
        "[".repeat(depth),
        "]".repeat(depth),
        "{\"text\":".repeat(depth),
        "}".repeat(depth),
        "[".repeat(depth),
        "]".repeat(depth),
    );
    let all = read_all(&[dir.file("deep.jsonl", lines.as_bytes())]);
    assert_eq!(all.len(), 3);
    assert_eq!(all[0].as_ref().unwrap_err().record.as_deref(), Some("1"));
    assert_eq!(all[1].as_ref().unwrap_err().record.as_deref(), Some("2"));
    assert_eq!(all[2].as_ref().unwrap().text, "ok");
}

#[test]
fn folder_mixing_good_and_bad_files() {
    let dir = TempDir::new("folder");
    dir.file("a-article.txt", "Trois civils tués à Idlib.".as_bytes());
    dir.file("b-binary.dat", b"\0\x01\x02\x03 binary");
    dir.file(
        "c-batch.jsonl",
        b"{\"id\":\"c1\",\"text\":\"Un.\"}\n{broken\n{\"text\":\"Trois.\"}\n",
    );
    dir.file("d-empty.txt", b"");
    dir.file(
        "e-page.html",
        page("<meta charset=\"utf-8\">", LONG_FR).as_bytes(),
    );
    dir.file("f-sub/g-nested.md", b"Nested text.");
    dir.file(".hidden.txt", b"Never read.");
    dir.file(".git/config", b"Never read.");
    let all = read_all(std::slice::from_ref(&dir.0));
    let summary: Vec<String> = all
        .iter()
        .map(|r| match r {
            Ok(doc) => format!("ok {}", doc.id),
            Err(err) => format!(
                "error {}{}",
                Path::new(&err.source)
                    .file_name()
                    .unwrap()
                    .to_string_lossy(),
                err.record
                    .as_ref()
                    .map(|r| format!(":{r}"))
                    .unwrap_or_default()
            ),
        })
        .collect();
    assert_eq!(
        summary,
        [
            "ok a-article",
            "error b-binary.dat",
            "ok c1",
            "error c-batch.jsonl:2",
            "ok c-batch#3",
            "error d-empty.txt",
            "ok e-page",
            "ok g-nested",
        ]
    );
    let source = all[0].as_ref().unwrap().meta.source.clone().unwrap();
    assert_eq!(Path::new(&source), dir.0.join("a-article.txt"));
}

#[test]
fn missing_paths_and_caller_metadata() {
    let dir = TempDir::new("caller");
    let good = dir.file("good.txt", b"Some text.");
    let opts = ReadOptions {
        published: Some(jiff::civil::date(2017, 11, 13)),
        lang: Some("fr".to_string()),
        ..Default::default()
    };
    let all: Vec<_> = read_paths(&[dir.0.join("missing.txt"), good], &opts).collect();
    assert_eq!(all.len(), 2);
    assert!(all[0].as_ref().unwrap_err().source.ends_with("missing.txt"));
    let doc = all[1].as_ref().unwrap();
    assert_eq!(
        doc.meta.published.as_ref().map(|p| (p.date, p.origin)),
        Some((jiff::civil::date(2017, 11, 13), Origin::Caller))
    );
    assert_eq!(
        doc.meta.lang.as_ref().map(|l| (l.code.as_str(), l.origin)),
        Some(("fr", Origin::Caller))
    );
}

#[test]
fn the_demo_article_when_shared_is_present() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/examples");
    let article = shared.join("boukamal-2017-11-13.fr.txt");
    if !article.is_file() {
        return;
    }
    let doc = read_one(&article).unwrap();
    assert_eq!(doc.id, "boukamal-2017-11-13.fr");
    assert_eq!(
        doc.text.as_bytes(),
        std::fs::read(&article)
            .unwrap()
            .strip_prefix(b"\xEF\xBB\xBF")
            .unwrap_or(&std::fs::read(&article).unwrap())
    );
    for gold in read_all(&[shared.join("boukamal-2017-11-13.gold.jsonl")]) {
        let gold = gold.unwrap();
        assert!(!gold.text.is_empty());
    }
}
