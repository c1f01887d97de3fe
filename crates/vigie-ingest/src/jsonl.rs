//! JSON Lines: one JSON object per line, read line by line (never the whole file).
//!
//! Two shapes are read, and any other key is ignored:
//! - the gold format (`/work/shared/eval/FORMAT.md`): `id`, `text`, `lang`, `published`;
//! - article lines: `id`, `url`, `title`, `byline` (or `author`), `text`, `published`, `lang`.
//!
//! `published` is `YYYY-MM-DD`, an RFC 3339 timestamp or an RFC 2822 date (its civil date is
//! taken); `lang` a language tag ("fr", "en-GB"). Both are caller metadata ([`Origin::Caller`]).
//! A line that is not JSON, not an object, has no `text`, or is larger than
//! `max_document_bytes` is one [`ReadError`] naming the line; the other lines go on.
//! Blank lines are skipped. Deeply nested lines cannot overflow the stack: serde_json refuses
//! more than 128 levels where it builds values and skips ignored values without recursion.

use crate::format::{self, Format, Input, ReadError, Records};
use crate::ReadOptions;
use serde::Deserialize;
use std::io::BufRead;
use vigie_core::{Document, Origin};

pub struct Jsonl;

impl Format for Jsonl {
    fn name(&self) -> &'static str {
        "jsonl"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["jsonl", "ndjson", "json"]
    }

    fn sniff(&self, head: &[u8]) -> bool {
        format::skip_bom_and_space(head).starts_with(b"{")
    }

    fn whole_input(&self) -> bool {
        false
    }

    fn read<'a>(&self, source: &str, input: Input<'a>, opts: &ReadOptions) -> Records<'a> {
        Box::new(Lines {
            input,
            source: source.to_string(),
            stem: format::source_stem(source),
            limit: opts.max_document_bytes,
            line: 0,
            buf: Vec::new(),
            done: false,
        })
    }
}

/// The keys vigie reads from a line.
#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default, alias = "author")]
    byline: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    lang: Option<String>,
}

struct Lines<'a> {
    input: Input<'a>,
    source: String,
    stem: String,
    limit: usize,
    /// The number of the line last read, 1-based.
    line: usize,
    buf: Vec<u8>,
    done: bool,
}

impl Iterator for Lines<'_> {
    type Item = Result<Document, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            if self.line == 0 {
                match self.input.fill_buf() {
                    Ok(head) if head.contains(&0) => {
                        self.done = true;
                        return Some(Err(ReadError::new(&self.source, "binary file, not text")));
                    }
                    Ok(_) => {}
                    Err(e) => {
                        self.done = true;
                        return Some(Err(ReadError::new(&self.source, e.to_string())));
                    }
                }
            }
            let length = match read_line_bounded(&mut *self.input, &mut self.buf, self.limit) {
                Ok(Some(length)) => length,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    let err = ReadError::new(&self.source, e.to_string());
                    return Some(Err(err.at((self.line + 1).to_string())));
                }
            };
            self.line += 1;
            if length > self.limit {
                let reason = format!(
                    "line of {length} bytes is larger than the limit of {} bytes per document \
                     (max_document_bytes)",
                    self.limit
                );
                return Some(Err(self.error(reason)));
            }
            let mut bytes = &self.buf[..];
            if self.line == 1 {
                bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            }
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(self.record(bytes));
        }
        None
    }
}

impl Lines<'_> {
    fn error(&self, reason: impl Into<String>) -> ReadError {
        ReadError::new(&self.source, reason).at(self.line.to_string())
    }

    fn record(&self, bytes: &[u8]) -> Result<Document, ReadError> {
        if !format::skip_bom_and_space(bytes).starts_with(b"{") {
            return Err(self.error(
                match serde_json::from_slice::<serde::de::IgnoredAny>(bytes) {
                    Ok(_) => "not a JSON object".to_string(),
                    Err(e) => json_error(&e),
                },
            ));
        }
        let record: Record =
            serde_json::from_slice(bytes).map_err(|e| self.error(json_error(&e)))?;
        let Some(text) = record.text else {
            return Err(self.error("no \"text\" field"));
        };
        if text.trim().is_empty() {
            return Err(self.error("empty"));
        }
        let id = match record.id {
            None | Some(serde_json::Value::Null) => format!("{}#{}", self.stem, self.line),
            Some(serde_json::Value::String(id)) => id,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            Some(_) => return Err(self.error("\"id\" is neither a string nor a number")),
        };
        let mut doc = format::new_document(id, text, &self.source, Some(self.line.to_string()));
        doc.meta.url = record.url.filter(|u| !u.trim().is_empty());
        if let Some(title) = record.title {
            format::set_title(&mut doc, &title, Origin::Caller);
        }
        doc.meta.byline = record.byline.filter(|b| !b.trim().is_empty());
        if let Some(published) = record.published {
            match format::parse_date(&published) {
                Some(date) => {
                    doc.meta.published = Some(format::published(date, Origin::Caller));
                    doc.meta.published_at = format::parse_instant(&published);
                }
                None => doc.warn(
                    "jsonl",
                    format!("\"published\" {published:?} is not a date; ignored"),
                ),
            }
        }
        if let Some(lang) = record.lang {
            match format::language_code(&lang) {
                Some(code) => doc.meta.lang = Some(format::language(code, 1.0, Origin::Caller)),
                None => doc.warn(
                    "jsonl",
                    format!("\"lang\" {lang:?} is not a language code; ignored"),
                ),
            }
        }
        Ok(doc)
    }
}

/// serde_json's message without its position (always "line 1" here), with the column.
fn json_error(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let message = match message.rfind(" at line ") {
        Some(at) => &message[..at],
        None => &message,
    };
    format!("invalid JSON at column {}: {message}", e.column())
}

/// Reads one line, without its line ending, into `buf`, keeping at most `limit` bytes in
/// memory. Returns the line's full length (which may exceed `limit`: then `buf` is left empty
/// and the rest of the line skipped), or None at the end of the input.
fn read_line_bounded(
    input: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<Option<usize>> {
    buf.clear();
    let mut length = 0usize;
    let mut any = false;
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        any = true;
        let (chunk, found) = match memchr::memchr(b'\n', available) {
            Some(i) => (&available[..i], true),
            None => (available, false),
        };
        length += chunk.len();
        if length <= limit {
            buf.extend_from_slice(chunk);
        } else if !buf.is_empty() {
            buf.clear();
            buf.shrink_to(4096);
        }
        let used = chunk.len() + usize::from(found);
        input.consume(used);
        if found {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
        length = length.saturating_sub(1);
    }
    Ok(Some(length))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<Result<Document, ReadError>> {
        let input: Input<'_> = Box::new(text.as_bytes());
        Jsonl
            .read("dir/batch.jsonl", input, &ReadOptions::default())
            .collect()
    }

    #[test]
    fn gold_and_article_lines() {
        let docs = read(concat!(
            r#"{"id":"g1","text":"Des frappes ont touché Alep.","lang":"fr","published":"2017-11-13","events":[{"type":"Air/drone strike"}],"places":[]}"#,
            "\n\n",
            r#"{"id":"a2","url":"https://example.org/x","title":"Strikes","text":"Strikes hit Aleppo.","published":"2017-11-13T23:30:00-05:00","lang":"en-GB","author":"A. Writer"}"#,
            "\r\n",
            r#"{"text":"No id here."}"#,
        ));
        assert_eq!(docs.len(), 3);
        let g = docs[0].as_ref().unwrap();
        assert_eq!(g.id, "g1");
        assert_eq!(g.text, "Des frappes ont touché Alep.");
        assert_eq!(g.meta.record.as_deref(), Some("1"));
        assert_eq!(g.meta.lang.as_ref().map(|l| l.code.as_str()), Some("fr"));
        assert_eq!(g.meta.lang.as_ref().map(|l| l.origin), Some(Origin::Caller));
        assert_eq!(
            g.meta.published.as_ref().map(|p| p.date),
            Some(jiff::civil::date(2017, 11, 13))
        );
        assert!(g.events.is_empty() && g.places.is_empty());
        let a = docs[1].as_ref().unwrap();
        assert_eq!(a.meta.record.as_deref(), Some("3"));
        assert_eq!(a.meta.url.as_deref(), Some("https://example.org/x"));
        let title = a.meta.title.as_ref().unwrap();
        assert_eq!(
            (title.text.as_str(), title.origin, title.span),
            ("Strikes", Origin::Caller, None)
        );
        assert_eq!(a.meta.byline.as_deref(), Some("A. Writer"));
        assert_eq!(a.meta.lang.as_ref().map(|l| l.code.as_str()), Some("en"));
        assert_eq!(
            a.meta.published.as_ref().map(|p| p.date),
            Some(jiff::civil::date(2017, 11, 13))
        );
        let titled = read(r#"{"title":"Strikes","text":"Strikes\n\nStrikes hit Aleppo."}"#);
        let span = titled[0]
            .as_ref()
            .unwrap()
            .meta
            .title
            .as_ref()
            .unwrap()
            .span;
        assert_eq!(span, Some(vigie_core::Span::new(0, 7)));
        let c = docs[2].as_ref().unwrap();
        assert_eq!(c.id, "batch#4");
        assert_eq!(c.meta.source.as_deref(), Some("dir/batch.jsonl"));
    }

    #[test]
    fn bad_lines_are_errors_naming_the_line() {
        let docs = read("{\"text\":\"one\"}\n{\"text\": \"broken\n[1,2]\n{\"id\":\"x\"}\n\"str\"\n{\"text\":\"six\"}\n");
        assert_eq!(docs.len(), 6);
        assert_eq!(docs[0].as_ref().unwrap().text, "one");
        let err = |i: usize| docs[i].as_ref().unwrap_err().clone();
        assert_eq!(err(1).record.as_deref(), Some("2"));
        assert!(err(1).reason.starts_with("invalid JSON"), "{}", err(1));
        assert_eq!(err(2).reason, "not a JSON object");
        assert_eq!(err(3).reason, "no \"text\" field");
        assert_eq!(err(4).reason, "not a JSON object");
        assert_eq!(
            err(3).to_string(),
            "dir/batch.jsonl, record 4: no \"text\" field"
        );
        assert_eq!(docs[5].as_ref().unwrap().meta.record.as_deref(), Some("6"));
    }

    #[test]
    fn bad_metadata_is_a_diagnostic() {
        let docs = read(r#"{"id":7,"text":"t","published":"hier","lang":"français"}"#);
        let doc = docs[0].as_ref().unwrap();
        assert_eq!(doc.id, "7");
        assert!(doc.meta.published.is_none() && doc.meta.lang.is_none());
        assert_eq!(doc.diagnostics.len(), 2);
    }

    #[test]
    fn long_lines_are_skipped_within_the_limit() {
        let long = format!("{{\"text\":\"{}\"}}", "a".repeat(100));
        let text = format!("{long}\n{{\"text\":\"short\"}}\n");
        let input: Input<'_> = Box::new(std::io::BufReader::with_capacity(16, text.as_bytes()));
        let opts = ReadOptions {
            max_document_bytes: 50,
            ..Default::default()
        };
        let docs: Vec<_> = Jsonl.read("x.jsonl", input, &opts).collect();
        assert_eq!(docs.len(), 2);
        let err = docs[0].as_ref().unwrap_err();
        assert!(err.reason.contains("line of 111 bytes"), "{err}");
        assert_eq!(docs[1].as_ref().unwrap().text, "short");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 10_000;
        let array = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let object = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
        let lines = [
            array.clone(),
            object,
            format!("{{\"text\":{array}}}"),
            format!("{{\"text\":\"kept\",\"extra\":{array}}}"),
        ]
        .join("\n");
        // A small stack, like a test thread's, must be enough.
        let docs = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(move || read(&lines))
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(docs.len(), 4);
        assert!(docs[0].is_err() && docs[1].is_err() && docs[2].is_err());
        assert_eq!(docs[3].as_ref().unwrap().text, "kept");
    }
}
