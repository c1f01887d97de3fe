//! WARC web archives (WARC/1.0 and 1.1), plain or gzip-compressed (one gzip member per record,
//! concatenated, as `.warc.gz` files are made, or one member for the whole file): one document
//! per archived HTML or plain-text page, read record by record (never the whole file).
//!
//! - `response` records holding an HTTP response (`Content-Type: application/http`), and
//!   `resource` records, whose payload is HTML (`text/html`, `application/xhtml+xml`, or no type
//!   and bytes that look like HTML) or plain text (`text/plain`), are read; other payloads
//!   (images, scripts, PDF, ...) are skipped silently, as are `request`, `metadata`, `warcinfo`,
//!   `revisit` and `conversion` records.
//! - HTTP responses whose status is not 2xx (redirects, errors) are skipped silently: they are
//!   not articles, and an archive commonly holds many of them.
//! - The HTTP body is de-chunked (`Transfer-Encoding: chunked`) and decompressed
//!   (`Content-Encoding: gzip`, `x-gzip` or `deflate`); any other content coding (`br`, `zstd`,
//!   ...) is a [`ReadError`] for that record saying it is not supported.
//! - Encoding: the charset of the HTTP `Content-Type` when it names one encoding_rs knows (it
//!   comes before the page's `<meta>`, as in browsers), else the rules of [`crate::html`].
//! - Document: `id` = `WARC-Record-ID` (without its angle brackets; `<file stem>#<n>` when
//!   absent), `meta.record` = the record's 1-based index in the file, `meta.url` =
//!   `WARC-Target-URI`; text, title, byline and publication date from the page, as
//!   [`crate::html`] reads them. `WARC-Date` is the date the page was archived, not the date it
//!   was published, so nothing is taken from it.
//! - A body larger than `max_document_bytes` (before or after decompression) is a [`ReadError`]
//!   for that record; the next records are read.
//! - A damaged file (a truncated record, a corrupt or truncated gzip stream, a record that does
//!   not start with a `WARC/` version line, a missing or bad `Content-Length`) ends the reading:
//!   the records before the damage come out, then one [`ReadError`] naming the index of the
//!   record where it was found and the reason.
//! - An empty file holds no record: it yields nothing, and no error.

use crate::format::{self, Format, Input, ReadError, Records};
use crate::html;
use crate::text;
use crate::ReadOptions;
use encoding_rs::Encoding;
use std::io::{BufRead, BufReader, Read};
use vigie_core::Document;

pub struct Warc;

/// The largest WARC header block, and the largest HTTP header block, read.
pub const MAX_HEADER_BYTES: u64 = 64 * 1024;

impl Format for Warc {
    fn name(&self) -> &'static str {
        "warc"
    }

    /// "x.warc.gz" has the extension "gz" (`Path::extension`), which is not claimed here, since
    /// other gzip files are not WARC: such files are found by sniffing (gzip magic bytes, then a
    /// `WARC/` version line in the decompressed head).
    fn extensions(&self) -> &'static [&'static str] {
        &["warc"]
    }

    fn sniff(&self, head: &[u8]) -> bool {
        if head.starts_with(b"WARC/") {
            return true;
        }
        if !head.starts_with(&[0x1f, 0x8b]) {
            return false;
        }
        let mut decoded = [0u8; 5];
        let mut decoder = flate2::bufread::GzDecoder::new(head);
        let mut filled = 0;
        while filled < decoded.len() {
            match decoder.read(&mut decoded[filled..]) {
                Ok(0) | Err(_) => break,
                Ok(n) => filled += n,
            }
        }
        decoded[..filled] == *b"WARC/"
    }

    fn whole_input(&self) -> bool {
        false
    }

    fn read<'a>(&self, source: &str, input: Input<'a>, opts: &ReadOptions) -> Records<'a> {
        Box::new(WarcRecords {
            input: Some(input),
            source: source.to_string(),
            stem: format::source_stem(source),
            limit: opts.max_document_bytes,
            index: 0,
            started: false,
            done: false,
            pending: None,
            queue: std::collections::VecDeque::new(),
        })
    }
}

struct WarcRecords<'a> {
    /// The input, decompressed once the first bytes have told whether it is gzip.
    input: Option<Input<'a>>,
    source: String,
    stem: String,
    limit: usize,
    /// The 1-based index of the record last started.
    index: usize,
    started: bool,
    done: bool,
    /// A record's error not yet given out, with the record's index.
    pending: Option<(usize, ReadError)>,
    /// Results to give out before reading further.
    queue: std::collections::VecDeque<Result<Document, ReadError>>,
}

/// Why a record could not be read.
enum Problem {
    /// The file is damaged here: no further record can be found.
    Fatal(String),
    /// This record only.
    Record(String),
}

impl From<std::io::Error> for Problem {
    fn from(e: std::io::Error) -> Self {
        Problem::Fatal(io_reason(&e))
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::UnexpectedEof => {
            format!("the file ends in the middle of a record (truncated?): {e}")
        }
        std::io::ErrorKind::InvalidInput | std::io::ErrorKind::InvalidData => {
            format!("corrupt compressed data: {e}")
        }
        _ => e.to_string(),
    }
}

impl Iterator for WarcRecords<'_> {
    type Item = Result<Document, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return self.queue.pop_front();
        }
        if !self.started {
            self.started = true;
            let mut input = self.input.take()?;
            let gzip = match input.fill_buf() {
                Ok(head) => head.starts_with(&[0x1f, 0x8b]),
                Err(e) => {
                    self.done = true;
                    return Some(Err(ReadError::new(&self.source, e.to_string())));
                }
            };
            self.input = Some(if gzip {
                Box::new(BufReader::with_capacity(
                    64 * 1024,
                    flate2::bufread::MultiGzDecoder::new(input),
                ))
            } else {
                input
            });
        }
        if let Some(result) = self.queue.pop_front() {
            return Some(result);
        }
        // A record's error is held until the next record is read: when that reading finds the
        // file damaged before the next record starts (a gzip checksum is only verified past
        // the end of the record's member), the damage is the record's one error.
        loop {
            let outcome = self.next_record();
            let pending = self.pending.take();
            match outcome {
                Ok(None) => {
                    self.done = true;
                    return pending.map(|(_, e)| Err(e));
                }
                Ok(Some(Some(doc))) => {
                    return Some(match pending {
                        Some((_, e)) => {
                            self.queue.push_back(Ok(doc));
                            Err(e)
                        }
                        None => Ok(doc),
                    })
                }
                Ok(Some(None)) => self.pending = pending,
                Err(Problem::Record(reason)) => {
                    self.pending = Some((self.index, self.error(reason)));
                    if let Some((_, e)) = pending {
                        return Some(Err(e));
                    }
                }
                Err(Problem::Fatal(reason)) => {
                    self.done = true;
                    self.input = None;
                    let fatal = self.error(reason);
                    return Some(match pending {
                        Some((index, e)) if index != self.index => {
                            self.queue.push_back(Err(fatal));
                            Err(e)
                        }
                        _ => Err(fatal),
                    });
                }
            }
        }
    }
}

/// A WARC record's header fields, names in lower case.
struct Headers(Vec<(String, String)>);

impl Headers {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl WarcRecords<'_> {
    fn error(&self, reason: String) -> ReadError {
        let err = ReadError::new(&self.source, reason);
        if self.index == 0 {
            err
        } else {
            err.at(self.index.to_string())
        }
    }

    /// Reads one record: None at the end of the input, Some(None) for a record skipped.
    fn next_record(&mut self) -> Result<Option<Option<Document>>, Problem> {
        let Some(input) = self.input.as_mut() else {
            return Ok(None);
        };
        // Records are separated by blank lines; anything else before the version line is
        // damage.
        let mut line = Vec::new();
        loop {
            line.clear();
            let n = read_line(input, &mut line, MAX_HEADER_BYTES)?;
            if n == 0 {
                return Ok(None);
            }
            if !line.iter().all(u8::is_ascii_whitespace) {
                break;
            }
        }
        self.index += 1;
        if !line.starts_with(b"WARC/") {
            let shown = String::from_utf8_lossy(&line[..line.len().min(40)]).into_owned();
            return Err(Problem::Fatal(format!(
                "not a WARC record: expected a WARC/1.x version line, found {:?}",
                shown.trim_end()
            )));
        }
        let headers = read_headers(input, &mut line)
            .map_err(|reason| Problem::Fatal(format!("WARC header: {reason}")))?;
        let length: u64 = headers
            .get("content-length")
            .ok_or_else(|| Problem::Fatal("WARC record without Content-Length".to_string()))?
            .trim()
            .parse()
            .map_err(|_| Problem::Fatal("WARC Content-Length is not a number".to_string()))?;
        let mut block = input.take(length);
        let result = read_block(&mut block, &headers, self.limit);
        // Whatever was read of the block, skip the rest of it.
        let fatal = match std::io::copy(&mut block, &mut std::io::sink()) {
            Err(e) => Some(io_reason(&e)),
            Ok(_) if block.limit() > 0 => Some(format!(
                "the file ends in the middle of a record (truncated?): {} of its {length} bytes are missing",
                block.limit()
            )),
            // Reading the blank lines that end the record also reaches the end of its gzip
            // member, where the member's checksum is verified: damage found there belongs to
            // this record.
            Ok(_) => skip_blank_lines(input).err().map(|e| io_reason(&e)),
        };
        if let Some(reason) = fatal {
            // The record is damaged: whatever was read of it is dropped, and its one error is
            // the damage (or the first fatal problem found while reading it).
            return Err(match result {
                Err(Problem::Fatal(first)) => Problem::Fatal(first),
                _ => Problem::Fatal(reason),
            });
        }
        let payload = result?;
        let Some(payload) = payload else {
            return Ok(Some(None));
        };
        self.document(&headers, payload).map(|doc| Some(Some(doc)))
    }

    fn document(&self, headers: &Headers, payload: Payload) -> Result<Document, Problem> {
        let mut doc = match payload.kind {
            Kind::Html => {
                let bytes = match payload.charset {
                    // The HTTP charset comes first: decode with it, and hand the page on as
                    // UTF-8 with a byte order mark, which the HTML reader obeys over any <meta>.
                    Some(encoding) => {
                        let (text, _, _) = encoding.decode(&payload.body);
                        let mut bytes = Vec::with_capacity(text.len() + 3);
                        bytes.extend_from_slice(b"\xEF\xBB\xBF");
                        bytes.extend_from_slice(text.as_bytes());
                        bytes
                    }
                    None => payload.body,
                };
                html::read_html(&self.source, &bytes).map_err(|e| Problem::Record(e.reason))?
            }
            Kind::Text => {
                let decoded = match payload.charset {
                    Some(encoding) => text::Decoded {
                        text: encoding.decode(&payload.body).0.into_owned(),
                        note: None,
                    },
                    None => text::decode_text(&payload.body)
                        .map_err(|reason| Problem::Record(reason.to_string()))?,
                };
                if decoded.text.trim().is_empty() {
                    return Err(Problem::Record("empty".to_string()));
                }
                let mut doc = format::new_document(String::new(), decoded.text, &self.source, None);
                if let Some(note) = decoded.note {
                    doc.warn("warc", note);
                }
                doc
            }
        };
        doc.id = match headers.get("warc-record-id").map(str::trim) {
            Some(id) if !id.is_empty() => id
                .strip_prefix('<')
                .and_then(|id| id.strip_suffix('>'))
                .unwrap_or(id)
                .to_string(),
            _ => format!("{}#{}", self.stem, self.index),
        };
        doc.meta.source = Some(self.source.clone());
        doc.meta.record = Some(self.index.to_string());
        let uri = headers.get("warc-target-uri").map(|u| {
            let u = u.trim();
            u.strip_prefix('<')
                .and_then(|u| u.strip_suffix('>'))
                .unwrap_or(u)
                .to_string()
        });
        if let Some(uri) = uri.filter(|u| !u.is_empty()) {
            doc.meta.url = Some(uri);
        }
        // WARC-Date is when the page was archived, not published: nothing is taken from it.
        Ok(doc)
    }
}

enum Kind {
    Html,
    Text,
}

/// An archived page to read.
struct Payload {
    kind: Kind,
    /// From the HTTP Content-Type (or the WARC one for resource records).
    charset: Option<&'static Encoding>,
    /// De-chunked and decompressed.
    body: Vec<u8>,
}

/// Reads a record's block: the payload to read, None when the record is skipped.
fn read_block(
    block: &mut dyn BufRead,
    headers: &Headers,
    limit: usize,
) -> Result<Option<Payload>, Problem> {
    let record_type = headers
        .get("warc-type")
        .map(|t| t.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let block_type = headers
        .get("content-type")
        .map(|t| t.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let http = match record_type.as_str() {
        "response" => block_type.starts_with("application/http"),
        "resource" => false,
        _ => return Ok(None),
    };
    let mut content_type = block_type;
    let mut chunked = false;
    let mut coding = String::new();
    if http {
        let mut line = Vec::new();
        let n = read_line(block, &mut line, MAX_HEADER_BYTES)?;
        let status_line = String::from_utf8_lossy(&line[..n]).into_owned();
        let status = status_line
            .strip_prefix("HTTP/")
            .and_then(|rest| rest.split_whitespace().nth(1))
            .and_then(|code| code.parse::<u16>().ok())
            .ok_or_else(|| {
                Problem::Record(format!(
                    "not an HTTP response: status line {:?}",
                    status_line.trim_end()
                ))
            })?;
        let http_headers = read_headers(block, &mut line)
            .map_err(|reason| Problem::Record(format!("HTTP header: {reason}")))?;
        if !(200..300).contains(&status) {
            return Ok(None);
        }
        content_type = http_headers
            .get("content-type")
            .map(|t| t.trim().to_ascii_lowercase())
            .unwrap_or_default();
        chunked = http_headers
            .get("transfer-encoding")
            .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
        coding = http_headers
            .get("content-encoding")
            .map(|c| c.trim().to_ascii_lowercase())
            .unwrap_or_default();
    }
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_string();
    let kind = match mime.as_str() {
        "text/html" | "application/xhtml+xml" => Some(Kind::Html),
        "text/plain" => Some(Kind::Text),
        "" | "application/octet-stream" | "unknown/unknown" => None,
        _ => return Ok(None),
    };
    let charset = charset_of(&content_type);
    let mut body = read_limited(block, limit)?;
    if chunked {
        body = dechunk(&body).map_err(|reason| {
            Problem::Record(format!("bad chunked Transfer-Encoding: {reason}"))
        })?;
    }
    body = decode_content(body, &coding, limit)?;
    let kind = match kind {
        Some(kind) => kind,
        // No type: read it if it looks like HTML.
        None if html::Html.sniff(&body[..body.len().min(format::SNIFF_BYTES)]) => Kind::Html,
        None => return Ok(None),
    };
    Ok(Some(Payload {
        kind,
        charset,
        body,
    }))
}

/// Reads the rest of a block, at most `limit` bytes; a record error past it (the rest is
/// skipped by the caller).
fn read_limited(block: &mut dyn BufRead, limit: usize) -> Result<Vec<u8>, Problem> {
    let mut body = Vec::new();
    block
        .take((limit as u64).saturating_add(1))
        .read_to_end(&mut body)?;
    if body.len() > limit {
        return Err(Problem::Record(format!(
            "page larger than the limit of {limit} bytes per document (max_document_bytes)"
        )));
    }
    Ok(body)
}

/// Undoes an HTTP content coding, keeping at most `limit` bytes.
fn decode_content(body: Vec<u8>, coding: &str, limit: usize) -> Result<Vec<u8>, Problem> {
    let codings: Vec<&str> = coding
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty() && *c != "identity" && *c != "none")
        .collect();
    let mut body = body;
    // Codings are listed in the order they were applied: undo them from the last.
    for coding in codings.into_iter().rev() {
        let mut out = Vec::new();
        let cap = (limit as u64).saturating_add(1);
        let result = match coding {
            "gzip" | "x-gzip" => flate2::read::MultiGzDecoder::new(&body[..])
                .take(cap)
                .read_to_end(&mut out),
            "deflate" => {
                // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate.
                let zlib = body.first().is_some_and(|b| b & 0x0f == 8)
                    && body.len() >= 2
                    && (u16::from(body[0]) << 8 | u16::from(body[1])) % 31 == 0;
                if zlib {
                    flate2::read::ZlibDecoder::new(&body[..])
                        .take(cap)
                        .read_to_end(&mut out)
                } else {
                    flate2::read::DeflateDecoder::new(&body[..])
                        .take(cap)
                        .read_to_end(&mut out)
                }
            }
            other => {
                return Err(Problem::Record(format!(
                    "HTTP Content-Encoding {other:?} is not supported (only gzip and deflate)"
                )))
            }
        };
        result.map_err(|e| {
            Problem::Record(format!("cannot decompress the {coding} HTTP body: {e}"))
        })?;
        if out.len() > limit {
            return Err(Problem::Record(format!(
                "decompressed page larger than the limit of {limit} bytes per document (max_document_bytes)"
            )));
        }
        body = out;
    }
    Ok(body)
}

/// The encoding named by `charset=` in a Content-Type, when encoding_rs knows it. UTF-16 labels
/// are kept (an HTTP header, unlike a `<meta>`, can say UTF-16).
fn charset_of(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        Encoding::for_label(value.trim().trim_matches(['"', '\'']).as_bytes())
    })
}

/// Undoes `Transfer-Encoding: chunked`. A body that ends without its last chunk (as captured
/// by a crawler that stopped early) keeps what it got.
fn dechunk(body: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let Some(eol) = rest.iter().position(|&b| b == b'\n') else {
            if rest.iter().all(u8::is_ascii_whitespace) {
                return Ok(out);
            }
            return Err("chunk size line without an end".to_string());
        };
        let size_line = String::from_utf8_lossy(&rest[..eol]);
        let size_text = size_line.split(';').next().unwrap_or_default().trim();
        if size_text.is_empty() && out.is_empty() {
            return Err("empty chunk size".to_string());
        }
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|_| format!("bad chunk size {size_text:?}"))?;
        rest = &rest[eol + 1..];
        if size == 0 {
            return Ok(out);
        }
        let take = size.min(rest.len());
        out.extend_from_slice(&rest[..take]);
        rest = &rest[take..];
        if take < size {
            return Ok(out);
        }
        rest = rest.strip_prefix(b"\r").unwrap_or(rest);
        rest = rest.strip_prefix(b"\n").unwrap_or(rest);
    }
}

/// Consumes the line endings that follow a record.
fn skip_blank_lines(input: &mut dyn BufRead) -> std::io::Result<()> {
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(());
        }
        let blank = available
            .iter()
            .take_while(|&&b| b == b'\r' || b == b'\n')
            .count();
        let whole = blank == available.len();
        input.consume(blank);
        if !whole {
            return Ok(());
        }
    }
}

/// Reads one line, with its line ending, into `line`, at most `max` bytes; returns its length
/// (0 at the end of the input). A line longer than `max` is an InvalidData error.
fn read_line(input: &mut dyn BufRead, line: &mut Vec<u8>, max: u64) -> std::io::Result<usize> {
    line.clear();
    let n = input.take(max).read_until(b'\n', line)?;
    if n as u64 >= max && line.last() != Some(&b'\n') {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("header line longer than {max} bytes"),
        ));
    }
    Ok(n)
}

/// Reads `Name: value` lines up to a blank line (continuation lines, starting with a space or a
/// tab, are joined to the previous value), at most [`MAX_HEADER_BYTES`] in all. Names are put in
/// lower case.
fn read_headers(input: &mut dyn BufRead, line: &mut Vec<u8>) -> Result<Headers, String> {
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut total = 0u64;
    loop {
        let n = read_line(input, line, MAX_HEADER_BYTES).map_err(|e| io_reason(&e))?;
        if n == 0 {
            return Err("the file ends in the headers (truncated?)".to_string());
        }
        total += n as u64;
        if total > MAX_HEADER_BYTES {
            return Err(format!("headers longer than {MAX_HEADER_BYTES} bytes"));
        }
        let text = String::from_utf8_lossy(line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.trim().is_empty() {
            return Ok(Headers(headers));
        }
        if text.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(text.trim());
            }
            continue;
        }
        match text.split_once(':') {
            Some((name, value)) => {
                headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()))
            }
            None => return Err(format!("not a header line: {:?}", truncate(text, 60))),
        }
    }
}

fn truncate(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies() {
        assert_eq!(
            dechunk(b"5\r\nHello\r\n6;x=y\r\n world\r\n0\r\n\r\n").unwrap(),
            b"Hello world"
        );
        assert_eq!(dechunk(b"5\r\nHel").unwrap(), b"Hel");
        assert!(dechunk(b"zz\r\nHello").is_err());
    }

    #[test]
    fn charsets() {
        assert_eq!(
            charset_of("text/html; charset=\"ISO-8859-1\"").map(|e| e.name()),
            Some("windows-1252")
        );
        assert_eq!(charset_of("text/html"), None);
        assert_eq!(charset_of("text/html; charset=bogus"), None);
    }

    #[test]
    fn sniffing() {
        assert!(Warc.sniff(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n"));
        assert!(!Warc.sniff(b"<html>"));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, b"WARC/1.0\r\n").unwrap();
        assert!(Warc.sniff(&gz.finish().unwrap()));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, b"Just text").unwrap();
        assert!(!Warc.sniff(&gz.finish().unwrap()));
        assert!(!Warc.sniff(&[0x1f, 0x8b]));
    }

    #[test]
    fn content_codings() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, b"<p>Hi</p>").unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(
            decode_content(gz.clone(), "gzip", 100).ok(),
            Some(b"<p>Hi</p>".to_vec())
        );
        assert!(matches!(
            decode_content(gz, "gzip", 3),
            Err(Problem::Record(_))
        ));
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut z, b"zlib").unwrap();
        assert_eq!(
            decode_content(z.finish().unwrap(), "deflate", 100).ok(),
            Some(b"zlib".to_vec())
        );
        let mut d = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut d, b"raw").unwrap();
        assert_eq!(
            decode_content(d.finish().unwrap(), "deflate", 100).ok(),
            Some(b"raw".to_vec())
        );
        match decode_content(b"x".to_vec(), "br", 100) {
            Err(Problem::Record(reason)) => assert!(reason.contains("\"br\" is not supported")),
            _ => panic!("br must be refused"),
        }
        assert_eq!(
            decode_content(b"x".to_vec(), "identity", 100).ok(),
            Some(b"x".to_vec())
        );
    }
}
