//! Readers: articles as users have them (plain text, JSON Lines, HTML, RSS/Atom feeds, WARC archives;
//! files, folders, standard input, bytes in memory) turned into [`Document`]s, one by one.
//!
//! Each format is one file implementing [`Format`]; [`FORMATS`] lists them in detection order.
//! [`read_paths`] and [`read_bytes`] detect the format of each input (by extension, else by
//! sniffing its first bytes; [`ReadOptions::format`] forces one), read it lazily, and set the
//! caller's metadata on every document. A failure is a [`ReadError`] for that input or record;
//! the other inputs and records go on.

pub mod feed;
pub mod fetch;
pub mod format;
pub mod html;
pub mod jsonl;
pub mod text;
pub mod warc;

pub use format::{Format, Input, ReadError, Records};

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use vigie_core::{Document, Origin};

/// Every format vigie reads, in detection order: by extension first, then the first whose
/// `sniff` accepts the input's head. Text accepts anything and comes last.
pub static FORMATS: &[&dyn Format] = &[
    &jsonl::Jsonl, // .jsonl .ndjson .json; head starts with `{`
    &warc::Warc,   // .warc (.warc.gz by sniffing); head starts with `WARC/`, or gzip of it
    &feed::Feed,   // .rss .atom .xml .rdf;  XML whose root is <rss>, <feed> or <rdf:RDF>
    &html::Html,   // .html .htm .xhtml;   head starts with `<` and has HTML tags
    &text::Text,   // .txt .text .md;      anything else
];

/// How inputs are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    /// The largest document (a whole text or HTML file, one JSON line) read; larger ones are a
    /// [`ReadError`] naming the size and the limit. Default 10 MiB.
    pub max_document_bytes: usize,
    /// Set on every document, with [`Origin::Caller`], over anything the input says.
    pub published: Option<jiff::civil::Date>,
    /// A language code set on every document (confidence 1, [`Origin::Caller`]), over anything
    /// the input says.
    pub lang: Option<String>,
    /// Force a format by name ("text", "jsonl", "html", "feed", "warc") instead of detecting it.
    pub format: Option<String>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_document_bytes: 10 * 1024 * 1024,
            published: None,
            lang: None,
            format: None,
        }
    }
}

/// The format of that name.
pub fn find_format(name: &str) -> Option<&'static dyn Format> {
    FORMATS
        .iter()
        .copied()
        .find(|f| f.name().eq_ignore_ascii_case(name))
}

/// The names of all formats, in detection order.
pub fn format_names() -> Vec<&'static str> {
    FORMATS.iter().map(|f| f.name()).collect()
}

/// The format of an input named `path` (None for standard input) whose first bytes are `head`:
/// by extension, else by sniffing.
pub fn detect_format(path: Option<&Path>, head: &[u8]) -> &'static dyn Format {
    let extension = path
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    if let Some(extension) = extension {
        if let Some(format) = FORMATS
            .iter()
            .find(|f| f.extensions().contains(&extension.as_str()))
        {
            return *format;
        }
    }
    FORMATS
        .iter()
        .copied()
        .find(|f| f.sniff(head))
        .unwrap_or(&text::Text)
}

/// The format forced by the options, if any; an error naming the known ones when unknown.
fn forced_format(opts: &ReadOptions) -> Result<Option<&'static dyn Format>, String> {
    match &opts.format {
        None => Ok(None),
        Some(name) => find_format(name).map(Some).ok_or_else(|| {
            format!(
                "unknown input format {name:?} (known: {})",
                format_names().join(", ")
            )
        }),
    }
}

/// Sets what the caller said on a document, over anything the input said.
pub(crate) fn apply_caller(mut doc: Document, opts: &ReadOptions) -> Document {
    if let Some(date) = opts.published {
        doc.meta.published = Some(format::published(date, Origin::Caller));
    }
    if let Some(lang) = &opts.lang {
        let code = format::language_code(lang).unwrap_or_else(|| lang.trim().to_string());
        doc.meta.lang = Some(format::language(code, 1.0, Origin::Caller));
    }
    doc
}

/// Reads documents from files, folders and standard input, lazily, in order.
///
/// A path is a file; a folder, read recursively with its entries in sorted order, hidden
/// entries (names starting with `.`) and symbolic links to folders skipped; or `-` for standard
/// input. Each record yields one `Ok(Document)` or one `Err(ReadError)`; nothing stops the
/// iteration but its end. Memory does not grow with the number or size of the inputs, save for
/// one folder listing at a time and one document (at most `max_document_bytes`).
pub fn read_paths(paths: &[PathBuf], opts: &ReadOptions) -> Documents {
    Documents {
        opts: opts.clone(),
        pending: paths
            .iter()
            .map(|p| Pending {
                path: p.clone(),
                named: true,
            })
            .collect(),
        current: None,
    }
}

/// Reads documents from bytes in memory named `source` (its extension selects the format, as
/// for a file; "-" or a name without extension is sniffed).
pub fn read_bytes<'a>(
    source: &str,
    bytes: &'a [u8],
    opts: &ReadOptions,
) -> impl Iterator<Item = Result<Document, ReadError>> + Send + 'a {
    let opts = opts.clone();
    let records: Records<'a> = match forced_format(&opts) {
        Err(reason) => Box::new(std::iter::once(Err(ReadError::new(source, reason)))),
        Ok(forced) => {
            let path = (source != "-").then(|| Path::new(source));
            let head = &bytes[..bytes.len().min(format::SNIFF_BYTES)];
            let format = forced.unwrap_or_else(|| detect_format(path, head));
            if format.whole_input() && bytes.len() > opts.max_document_bytes {
                Box::new(std::iter::once(Err(too_big(
                    source,
                    bytes.len() as u64,
                    &opts,
                ))))
            } else {
                format.read(source, Box::new(bytes), &opts)
            }
        }
    };
    records.map(move |r| r.map(|doc| apply_caller(doc, &opts)))
}

fn too_big(source: &str, size: u64, opts: &ReadOptions) -> ReadError {
    ReadError::new(
        source,
        format!(
            "{size} bytes is larger than the limit of {} bytes per document (max_document_bytes)",
            opts.max_document_bytes
        ),
    )
}

/// The documents of [`read_paths`].
pub struct Documents {
    opts: ReadOptions,
    /// Inputs still to read, next first.
    pending: VecDeque<Pending>,
    current: Option<Records<'static>>,
}

struct Pending {
    path: PathBuf,
    /// Given by the caller, rather than found in a folder.
    named: bool,
}

impl Iterator for Documents {
    type Item = Result<Document, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(records) = &mut self.current {
                match records.next() {
                    Some(record) => return Some(record.map(|doc| apply_caller(doc, &self.opts))),
                    None => self.current = None,
                }
            }
            let input = self.pending.pop_front()?;
            match self.open(input) {
                Ok(Some(records)) => self.current = Some(records),
                Ok(None) => {}
                Err(err) => return Some(Err(err)),
            }
        }
    }
}

impl Documents {
    /// Opens one input: the records of a file or standard input, or None for a folder, whose
    /// entries are queued.
    fn open(&mut self, input: Pending) -> Result<Option<Records<'static>>, ReadError> {
        let forced = forced_format(&self.opts);
        let source = input.path.to_string_lossy().into_owned();
        let forced = forced.map_err(|reason| ReadError::new(&source, reason))?;
        if input.named && input.path.as_os_str() == "-" {
            let mut stdin = BufReader::new(std::io::stdin());
            let head = read_head(&mut stdin).map_err(|e| ReadError::new("-", e.to_string()))?;
            let format = forced.unwrap_or_else(|| detect_format(None, &head));
            let input: Input<'static> = Box::new(Cursor::new(head).chain(stdin));
            return Ok(Some(format.read("-", input, &self.opts)));
        }
        let io_error = |e: std::io::Error| ReadError::new(&source, e.to_string());
        let meta = std::fs::metadata(&input.path).map_err(io_error)?;
        if meta.is_dir() {
            if !input.named
                && std::fs::symlink_metadata(&input.path)
                    .map_err(io_error)?
                    .is_symlink()
            {
                return Ok(None);
            }
            self.queue_folder(&input.path).map_err(io_error)?;
            return Ok(None);
        }
        let by_name = forced.or_else(|| {
            let extension = input
                .path
                .extension()?
                .to_string_lossy()
                .to_ascii_lowercase();
            FORMATS
                .iter()
                .copied()
                .find(|f| f.extensions().contains(&extension.as_str()))
        });
        if by_name.is_some_and(|f| f.whole_input())
            && meta.len() > self.opts.max_document_bytes as u64
        {
            return Err(too_big(&source, meta.len(), &self.opts));
        }
        let mut file =
            BufReader::with_capacity(64 * 1024, File::open(&input.path).map_err(io_error)?);
        let head = read_head(&mut file).map_err(io_error)?;
        let format = by_name.unwrap_or_else(|| detect_format(None, &head));
        if format.whole_input() && meta.len() > self.opts.max_document_bytes as u64 {
            return Err(too_big(&source, meta.len(), &self.opts));
        }
        let input: Input<'static> = Box::new(Cursor::new(head).chain(file));
        Ok(Some(format.read(&source, input, &self.opts)))
    }

    /// Puts a folder's entries, sorted by name and without hidden ones, at the front of the queue.
    fn queue_folder(&mut self, folder: &Path) -> std::io::Result<()> {
        let mut entries: Vec<PathBuf> = Vec::new();
        for entry in std::fs::read_dir(folder)? {
            let entry = entry?;
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            entries.push(entry.path());
        }
        entries.sort();
        for path in entries.into_iter().rev() {
            self.pending.push_front(Pending { path, named: false });
        }
        Ok(())
    }
}

/// The first bytes of an input (up to [`format::SNIFF_BYTES`], fewer only at its end).
fn read_head(input: &mut impl Read) -> std::io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(format::SNIFF_BYTES);
    input
        .take(format::SNIFF_BYTES as u64)
        .read_to_end(&mut head)?;
    Ok(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection_by_extension_then_head() {
        let name =
            |path: Option<&str>, head: &[u8]| detect_format(path.map(Path::new), head).name();
        assert_eq!(name(Some("a.JSONL"), b"hello"), "jsonl");
        assert_eq!(name(Some("a.ndjson"), b""), "jsonl");
        assert_eq!(name(Some("a.json"), b""), "jsonl");
        assert_eq!(name(Some("a.htm"), b"plain"), "html");
        assert_eq!(name(Some("a.xhtml"), b""), "html");
        assert_eq!(name(Some("a.md"), b"<html>"), "text");
        assert_eq!(name(Some("a.data"), b"  {\"text\":1}"), "jsonl");
        assert_eq!(name(None, b"<!doctype html><p>x"), "html");
        assert_eq!(name(None, b"Bonjour."), "text");
        assert_eq!(name(Some("README"), b"<< pas du HTML"), "text");
    }

    #[test]
    fn formats_by_name() {
        assert_eq!(format_names(), ["jsonl", "warc", "feed", "html", "text"]);
        assert_eq!(find_format("HTML").map(|f| f.name()), Some("html"));
        assert!(find_format("pdf").is_none());
    }

    #[test]
    fn read_bytes_applies_caller_metadata() {
        let opts = ReadOptions {
            published: Some(jiff::civil::date(2020, 1, 2)),
            lang: Some("en".to_string()),
            ..Default::default()
        };
        let line = br#"{"id":"x","text":"Texte.","lang":"fr","published":"2017-11-13"}"#;
        let docs: Vec<_> = read_bytes("in.jsonl", line, &opts).collect();
        let doc = docs[0].as_ref().unwrap();
        let lang = doc.meta.lang.as_ref().unwrap();
        assert_eq!(
            (lang.code.as_str(), lang.confidence, lang.origin),
            ("en", 1.0, Origin::Caller)
        );
        let published = doc.meta.published.as_ref().unwrap();
        assert_eq!(
            (published.date, published.origin),
            (jiff::civil::date(2020, 1, 2), Origin::Caller)
        );
    }

    #[test]
    fn read_bytes_sniffs_and_limits() {
        let docs: Vec<_> = read_bytes("-", b"Plain words.", &ReadOptions::default()).collect();
        assert_eq!(docs[0].as_ref().unwrap().text, "Plain words.");
        assert_eq!(docs[0].as_ref().unwrap().id, "stdin");
        let opts = ReadOptions {
            max_document_bytes: 5,
            ..Default::default()
        };
        let docs: Vec<_> = read_bytes("a.txt", b"123456", &opts).collect();
        assert_eq!(
            docs[0].as_ref().unwrap_err().reason,
            "6 bytes is larger than the limit of 5 bytes per document (max_document_bytes)"
        );
        let opts = ReadOptions {
            format: Some("html".into()),
            ..Default::default()
        };
        let docs: Vec<_> = read_bytes("a.txt", b"<p>Hello there</p>", &opts).collect();
        assert_eq!(docs[0].as_ref().unwrap().text, "Hello there");
        let opts = ReadOptions {
            format: Some("pdf".into()),
            ..Default::default()
        };
        let docs: Vec<_> = read_bytes("a.txt", b"x", &opts).collect();
        assert!(docs[0]
            .as_ref()
            .unwrap_err()
            .reason
            .starts_with("unknown input format \"pdf\""));
    }

    #[test]
    fn documents_are_send() {
        fn is_send<T: Send>(_: &T) {}
        is_send(&read_paths(&[], &ReadOptions::default()));
    }
}
