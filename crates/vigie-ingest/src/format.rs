//! The reader interface: one [`Format`] per file of this crate, each turning one input (a file,
//! standard input, bytes in memory) into a stream of documents.
//!
//! To add a format (RSS/Atom, WARC, ...): write `src/<name>.rs` with a unit struct implementing
//! [`Format`], and add it to [`crate::FORMATS`] at the place it should take in detection order.
//! A format that holds many records yields them one by one from its [`BufRead`], so that memory
//! does not grow with the size of the input.

use crate::ReadOptions;
use std::fmt;
use std::io::BufRead;
use std::path::Path;
use vigie_core::{Document, LanguageGuess, Origin, Published, Span, Title};

/// What a reader yields: documents or errors, one per record, in input order.
pub type Records<'a> = Box<dyn Iterator<Item = Result<Document, ReadError>> + Send + 'a>;

/// The input a format reads from.
pub type Input<'a> = Box<dyn BufRead + Send + 'a>;

/// One way of reading articles.
pub trait Format: Send + Sync {
    /// The name users give to force this format (`--input-format NAME`), e.g. "jsonl".
    fn name(&self) -> &'static str;

    /// File extensions (lower case, without the dot) that select this format.
    fn extensions(&self) -> &'static [&'static str];

    /// Whether the first bytes of an input (up to [`SNIFF_BYTES`]) look like this format.
    /// Asked only when no extension matched, in the order of [`crate::FORMATS`].
    fn sniff(&self, head: &[u8]) -> bool;

    /// True when the format reads its whole input as one document: the input's size is then
    /// checked against [`ReadOptions::max_document_bytes`] before anything is read. False for
    /// streams of records (JSON Lines), which check each record instead.
    fn whole_input(&self) -> bool;

    /// Reads `input`, named `source` (a path, or "-" for standard input). The records borrow
    /// nothing but the input: the reader clones what it needs from `source` and `opts`.
    /// Caller-given metadata (`opts.published`, `opts.lang`) is applied by the crate afterwards.
    fn read<'a>(&self, source: &str, input: Input<'a>, opts: &ReadOptions) -> Records<'a>;
}

/// How many bytes of an input are looked at to detect its format.
pub const SNIFF_BYTES: usize = 4096;

/// An input, or one record of it, that could not be read. The batch goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The path, or "-" for standard input.
    pub source: String,
    /// Which record of the source (a JSON Lines line number), when it holds several.
    pub record: Option<String>,
    pub reason: String,
}

impl ReadError {
    pub fn new(source: impl Into<String>, reason: impl Into<String>) -> Self {
        ReadError {
            source: source.into(),
            record: None,
            reason: reason.into(),
        }
    }

    pub fn at(mut self, record: impl Into<String>) -> Self {
        self.record = Some(record.into());
        self
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.record {
            Some(record) => write!(f, "{}, record {}: {}", self.source, record, self.reason),
            None => write!(f, "{}: {}", self.source, self.reason),
        }
    }
}

impl std::error::Error for ReadError {}

/// The id a document takes from its source when its record gives none: the file stem, or
/// "stdin" for standard input.
pub fn source_stem(source: &str) -> String {
    if source == "-" {
        return "stdin".to_string();
    }
    match Path::new(source).file_stem() {
        Some(stem) if !stem.is_empty() => stem.to_string_lossy().into_owned(),
        _ => source.to_string(),
    }
}

/// A fresh document read from `source`, with its other layers empty.
pub fn new_document(id: String, text: String, source: &str, record: Option<String>) -> Document {
    let mut doc = Document::new(id, text);
    doc.meta.source = Some(source.to_string());
    doc.meta.record = record;
    doc
}

/// Sets the title, with its span when the text's first line is the title.
pub fn set_title(doc: &mut Document, title: &str, origin: Origin) {
    let title = title.trim();
    if title.is_empty() {
        return;
    }
    let first_line = doc
        .text
        .strip_prefix(title)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['\n', '\r']));
    let span = first_line.then(|| Span::new(0, title.len()));
    doc.meta.title = Some(Title {
        text: title.to_string(),
        origin,
        span,
    });
}

/// The ISO 639 primary subtag of a language tag ("fr-FR" → "fr"), or None when it is not one.
pub fn language_code(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?;
    let ok = (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic());
    ok.then(|| primary.to_ascii_lowercase())
}

pub fn language(code: String, confidence: f64, origin: Origin) -> LanguageGuess {
    LanguageGuess {
        code,
        confidence,
        origin,
    }
}

/// The civil date of `YYYY-MM-DD`, of an RFC 3339 / ISO 8601 timestamp (the date as written, in
/// the timestamp's own offset), or of an RFC 2822 date ("Mon, 13 Nov 2017 10:00:00 +0100").
pub fn parse_date(s: &str) -> Option<jiff::civil::Date> {
    let s = s.trim();
    if let (Some(head), Some(rest)) = (s.get(..10), s.get(10..)) {
        if rest.is_empty() || rest.starts_with(['T', 't', ' ']) {
            if let Ok(date) = head.parse::<jiff::civil::Date>() {
                return Some(date);
            }
        }
    }
    jiff::fmt::rfc2822::parse(s).ok().map(|zoned| zoned.date())
}

/// The instant of an RFC 3339 / ISO 8601 timestamp with an offset ("2017-11-13T01:30:00Z") or of
/// an RFC 2822 date; None for a date alone or a time without an offset.
pub fn parse_instant(s: &str) -> Option<jiff::Timestamp> {
    let s = s.trim();
    s.parse::<jiff::Timestamp>()
        .ok()
        .or_else(|| jiff::fmt::rfc2822::parse(s).ok().map(|zoned| zoned.timestamp()))
}

pub fn published(date: jiff::civil::Date, origin: Origin) -> Published {
    Published {
        date,
        time: None,
        origin,
        span: None,
    }
}

/// Reads at most `limit` bytes; an error naming the limit when the input holds more.
pub fn read_bounded(
    source: &str,
    input: &mut dyn BufRead,
    limit: usize,
) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    let cap = (limit as u64).saturating_add(1);
    std::io::Read::read_to_end(&mut std::io::Read::take(input, cap), &mut bytes)
        .map_err(|e| ReadError::new(source, e.to_string()))?;
    if bytes.len() > limit {
        return Err(ReadError::new(
            source,
            format!("larger than the limit of {limit} bytes per document (max_document_bytes)"),
        ));
    }
    Ok(bytes)
}

/// Whether bytes that are not UTF-16 look like a binary file rather than text: NUL bytes, or
/// more than 10% control characters (other than tab, line feed, form feed, carriage return and
/// escape) in the first 64 KiB.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0c | b'\r' | 0x1b)) || b == 0x7f)
        .count();
    !head.is_empty() && controls * 10 > head.len()
}

/// The bytes after a UTF-8 byte order mark and leading ASCII whitespace.
pub fn skip_bom_and_space(head: &[u8]) -> &[u8] {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    &head[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_several_shapes() {
        let d = |y, m, day| Some(jiff::civil::date(y, m, day));
        assert_eq!(parse_date("2017-11-13"), d(2017, 11, 13));
        assert_eq!(parse_date("2017-11-13T23:30:00-05:00"), d(2017, 11, 13));
        assert_eq!(parse_date("2017-11-13T23:30:00Z"), d(2017, 11, 13));
        assert_eq!(
            parse_date("Mon, 13 Nov 2017 10:00:00 +0100"),
            d(2017, 11, 13)
        );
        assert_eq!(parse_date("2017-13-45"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("2017-11-13é"), None);
        assert_eq!(parse_date(""), None);
    }

    #[test]
    fn instants_need_an_offset() {
        let at = |s: &str| parse_instant(s).map(|t| t.to_string());
        assert_eq!(at("2017-11-13T23:30:00-05:00").as_deref(), Some("2017-11-14T04:30:00Z"));
        assert_eq!(at("2017-11-13T01:30:00Z").as_deref(), Some("2017-11-13T01:30:00Z"));
        assert_eq!(at("Mon, 13 Nov 2017 10:00:00 +0100").as_deref(), Some("2017-11-13T09:00:00Z"));
        assert_eq!(at("2017-11-13"), None);
        assert_eq!(at("2017-11-13T10:00:00"), None);
    }

    #[test]
    fn language_tags() {
        assert_eq!(language_code("fr").as_deref(), Some("fr"));
        assert_eq!(language_code("EN-us").as_deref(), Some("en"));
        assert_eq!(language_code("fr_FR").as_deref(), Some("fr"));
        assert_eq!(language_code("français"), None);
        assert_eq!(language_code(""), None);
    }

    #[test]
    fn error_display() {
        let e = ReadError::new("a.jsonl", "invalid JSON");
        assert_eq!(e.to_string(), "a.jsonl: invalid JSON");
        assert_eq!(e.at("3").to_string(), "a.jsonl, record 3: invalid JSON");
    }

    #[test]
    fn stems() {
        assert_eq!(source_stem("dir/article.fr.txt"), "article.fr");
        assert_eq!(source_stem("-"), "stdin");
    }

    #[test]
    fn binary_detection() {
        assert!(looks_binary(b"abc\0def"));
        assert!(looks_binary(&[1u8, 2, 3, 4, 5, b'a']));
        assert!(!looks_binary(
            "Texte ordinaire\r\n\tavec tabulation.".as_bytes()
        ));
        assert!(!looks_binary(b""));
    }

    #[test]
    fn bounded_reads() {
        let mut input: &[u8] = b"0123456789";
        assert_eq!(read_bounded("s", &mut input, 10).map(|b| b.len()), Ok(10));
        let mut input: &[u8] = b"0123456789";
        let err = read_bounded("s", &mut input, 9).unwrap_err();
        assert!(err.reason.contains("limit of 9 bytes"), "{err}");
    }
}
