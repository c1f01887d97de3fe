//! RSS and Atom feeds (RSS 0.9x and 2.0, RSS 1.0/RDF, Atom 1.0, via feed-rs): one document per
//! item or entry, in feed order.
//!
//! - Text: the item's full content (`content:encoded`, Atom `<content>`) when it has some, else
//!   its summary (`<description>`, Atom `<summary>`), turned from HTML into readable text by the
//!   [`crate::html`] module (paragraphs separated by a blank line). Content that holds no markup
//!   (no `<` nor `&`) is plain text, kept with its lines trimmed.
//! - An item with neither content nor summary (or whose content and summary hold no text, an
//!   image say), but a title, becomes a document whose text is its title (with a diagnostic):
//!   a headline is still something to read events from. An item with no title either is a
//!   [`ReadError`] "no text" naming the item.
//! - `id`: the item's guid or Atom id, else its link, else `<file stem>#<n>`; `meta.record`: the
//!   item's 1-based index in the feed; `meta.title` ([`Origin::Markup`]) from its title;
//!   `meta.url` from its link; `meta.byline` from its authors; `meta.published`
//!   ([`Origin::Markup`]) from its publication date, else its update date, as written (the civil
//!   date in the timestamp's own offset, not converted to UTC).
//! - A malformed feed is one [`ReadError`] for the feed, naming the parser's reason.
//!
//! feed-rs parses a whole feed in memory, so a feed is read up to [`MAX_FEED_BYTES`] and refused
//! past it; memory is then in proportion to the feed's size (about 13 times it for a feed of
//! 100,000 small items: feed-rs's model of an entry is large). Each item's text is bounded by
//! [`ReadOptions::max_document_bytes`]. XML entities declared in a DTD are not expanded (the XML
//! reader, quick-xml, only resolves the five predefined entities and character references, and
//! keeps any other `&name;` as written), so "billion laughs" documents cost nothing.
//!
//! An XHTML page sent here by its `.xml` extension is read as HTML.

use crate::format::{self, Format, Input, ReadError, Records};
use crate::html;
use crate::ReadOptions;
use vigie_core::{Document, Origin};

pub struct Feed;

/// The largest feed file read. feed-rs builds the whole feed in memory (its items and their
/// texts), so unlike a stream of records a feed must fit in memory at once: 64 MiB is far beyond
/// any real news feed (usually well under 1 MiB) and keeps the peak memory of one feed in the
/// low hundreds of MiB.
pub const MAX_FEED_BYTES: usize = 64 * 1024 * 1024;

impl Format for Feed {
    fn name(&self) -> &'static str {
        "feed"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["rss", "atom", "xml", "rdf"]
    }

    /// An XML document whose root element is `<rss>`, `<feed>` or `<RDF>` (any prefix), after an
    /// optional XML declaration, comments, processing instructions and DOCTYPE. An XHTML page
    /// (root `<html>`) is not a feed.
    fn sniff(&self, head: &[u8]) -> bool {
        root_element(head).is_some_and(|name| {
            let local = match name.iter().rposition(|&b| b == b':') {
                Some(colon) => &name[colon + 1..],
                None => name,
            };
            local == b"rss" || local == b"feed" || local == b"RDF"
        })
    }

    /// False: a feed holds many documents and is checked against [`MAX_FEED_BYTES`] instead of
    /// `max_document_bytes`.
    fn whole_input(&self) -> bool {
        false
    }

    fn read<'a>(&self, source: &str, mut input: Input<'a>, opts: &ReadOptions) -> Records<'a> {
        let bytes = match format::read_bounded(source, &mut input, MAX_FEED_BYTES) {
            Ok(bytes) => bytes,
            Err(mut err) => {
                if err.reason.starts_with("larger than the limit") {
                    err.reason = format!(
                        "feed larger than the limit of {MAX_FEED_BYTES} bytes per feed file (MAX_FEED_BYTES)"
                    );
                }
                return Box::new(std::iter::once(Err(err)));
            }
        };
        drop(input);
        let head = &bytes[..bytes.len().min(format::SNIFF_BYTES)];
        if root_element(head).is_some_and(|name| name.eq_ignore_ascii_case(b"html")) {
            if bytes.len() > opts.max_document_bytes {
                return Box::new(std::iter::once(Err(ReadError::new(
                    source,
                    format!(
                        "{} bytes is larger than the limit of {} bytes per document (max_document_bytes)",
                        bytes.len(),
                        opts.max_document_bytes
                    ),
                ))));
            }
            return Box::new(std::iter::once(html::read_html(source, &bytes)));
        }
        read_feed(source, &bytes, opts)
    }
}

/// The documents of a feed held in memory (see the module's documentation).
pub fn read_feed(source: &str, bytes: &[u8], opts: &ReadOptions) -> Records<'static> {
    if format::skip_bom_and_space(bytes).is_empty() {
        return Box::new(std::iter::once(Err(ReadError::new(source, "empty"))));
    }
    let parser = feed_rs::parser::Builder::new()
        // No made-up ids: vigie gives its own (see the module's documentation).
        .id_generator(|_, _, _| String::new())
        .timestamp_parser(civil_timestamp)
        .build();
    // feed-rs and its XML reader are not ours: should they panic on some feed, that feed is an
    // error and the batch goes on.
    let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parser.parse(bytes)));
    let feed = match parsed {
        Ok(Ok(feed)) => feed,
        Ok(Err(e)) => {
            return Box::new(std::iter::once(Err(ReadError::new(
                source,
                format!("not a readable RSS/Atom feed: {e}"),
            ))))
        }
        Err(_) => {
            return Box::new(std::iter::once(Err(ReadError::new(
                source,
                "the feed reader failed on this feed (internal error)",
            ))))
        }
    };
    let source = source.to_string();
    let stem = format::source_stem(&source);
    let limit = opts.max_document_bytes;
    Box::new(
        feed.entries
            .into_iter()
            .enumerate()
            .map(move |(i, entry)| read_entry(&source, &stem, i + 1, entry, limit)),
    )
}

/// The timestamp feed-rs hands to the model: the civil date as written, at midnight UTC, so that
/// converting to UTC does not move it to another day. The time of day is not kept.
fn civil_timestamp(text: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    let text = text.trim();
    let date = format::parse_date(text).or_else(|| {
        // A weekday name the RFC 2822 parser refuses ("Thurs, 13 Jul 2011 ..."): drop it.
        let (_, rest) = text.split_once(", ")?;
        format::parse_date(rest)
    })?;
    let day = chrono::NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        u32::try_from(date.month()).ok()?,
        u32::try_from(date.day()).ok()?,
    )?;
    Some(day.and_hms_opt(0, 0, 0)?.and_utc())
}

fn read_entry(
    source: &str,
    stem: &str,
    index: usize,
    entry: feed_rs::model::Entry,
    limit: usize,
) -> Result<Document, ReadError> {
    let error = |reason: String| ReadError::new(source, reason).at(index.to_string());
    let title = entry
        .title
        .as_ref()
        .map(|t| plain_or_html(&t.content))
        .filter(|t| !t.trim().is_empty());
    let body = entry
        .content
        .as_ref()
        .and_then(|c| c.body.as_deref())
        .filter(|b| !b.trim().is_empty())
        .or_else(|| {
            entry
                .summary
                .as_ref()
                .map(|s| s.content.as_str())
                .filter(|s| !s.trim().is_empty())
        });
    let link = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(entry.links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|l| !l.is_empty());
    let mut notes = Vec::new();
    let from_body = match body {
        Some(body) if body.len() > limit => {
            return Err(error(format!(
                "item text of {} bytes is larger than the limit of {limit} bytes per document (max_document_bytes)",
                body.len()
            )))
        }
        Some(body) if looks_like_markup(body) => match html::read_html(source, body.as_bytes()) {
            Ok(mut doc) => {
                // A feed item is a fragment, not a page: Readability often finds no "article"
                // in it and the visible text is what is wanted; saying so on every item is noise.
                doc.diagnostics
                    .retain(|d| !d.message.starts_with("no readable article"));
                doc.meta.title = None;
                doc.meta.url = None;
                Some(doc)
            }
            // Markup with no text (an image, a link without words): as if there were no content.
            Err(e) if e.reason == "no readable text" => None,
            Err(e) => return Err(error(format!("item content: {}", e.reason))),
        },
        Some(body) => Some(format::new_document(
            String::new(),
            crate::html::tidy(body),
            source,
            None,
        )),
        None => None,
    };
    let mut doc = match (from_body, &title) {
        (Some(doc), _) if !doc.text.trim().is_empty() => doc,
        (_, Some(title)) => {
            notes.push("the item has no content or summary with text; its title is the text");
            format::new_document(String::new(), title.trim().to_string(), source, None)
        }
        (_, None) => return Err(error("no text (no content, summary or title)".to_string())),
    };
    doc.id = if !entry.id.trim().is_empty() {
        entry.id.trim().to_string()
    } else if let Some(link) = &link {
        link.clone()
    } else {
        format!("{stem}#{index}")
    };
    doc.meta.source = Some(source.to_string());
    doc.meta.record = Some(index.to_string());
    doc.meta.url = link;
    if let Some(title) = &title {
        format::set_title(&mut doc, title, Origin::Markup);
    }
    let authors: Vec<&str> = entry
        .authors
        .iter()
        .filter_map(|a| a.name.as_deref().or(a.email.as_deref()))
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .collect();
    if !authors.is_empty() {
        doc.meta.byline = Some(authors.join(", "));
    }
    if let Some(when) = entry.published.or(entry.updated) {
        use chrono::Datelike;
        let day = when.date_naive();
        let date = i16::try_from(day.year())
            .ok()
            .and_then(|year| jiff::civil::Date::new(year, day.month() as i8, day.day() as i8).ok());
        if let Some(date) = date {
            doc.meta.published = Some(format::published(date, Origin::Markup));
            doc.meta.published_at = jiff::Timestamp::from_second(when.timestamp()).ok();
        }
    }
    for note in notes {
        doc.warn("feed", note);
    }
    Ok(doc)
}

/// Whether a feed text holds markup or entities to be read as HTML.
fn looks_like_markup(text: &str) -> bool {
    text.contains(['<', '&'])
}

/// A title as text: feed titles are sometimes HTML-escaped twice ("&amp;eacute;") or carry tags.
fn plain_or_html(text: &str) -> String {
    if !looks_like_markup(text) {
        return text.trim().to_string();
    }
    let doc = dom_query::Document::fragment(text);
    let plain = doc.root().text();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The name of the root element of an XML document, from its first bytes: after a byte order
/// mark, an XML declaration, processing instructions, comments and a DOCTYPE (with its internal
/// subset). None when the head holds no element start.
pub fn root_element(head: &[u8]) -> Option<&[u8]> {
    let mut rest = format::skip_bom_and_space(head);
    loop {
        rest = trim_start(rest);
        if rest.starts_with(b"<?") {
            rest = after(rest, b"?>")?;
        } else if rest.starts_with(b"<!--") {
            rest = after(&rest[4..], b"-->")?;
        } else if rest.len() >= 9 && rest[..9].eq_ignore_ascii_case(b"<!doctype") {
            rest = after_doctype(&rest[9..])?;
        } else if rest.starts_with(b"<") {
            let name = &rest[1..];
            let len = name
                .iter()
                .position(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))?;
            let name = &name[..len];
            return (!name.is_empty() && name[0].is_ascii_alphabetic()).then_some(name);
        } else {
            return None;
        }
    }
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

/// The bytes after the first `needle`.
fn after<'h>(haystack: &'h [u8], needle: &[u8]) -> Option<&'h [u8]> {
    let at = haystack.windows(needle.len()).position(|w| w == needle)?;
    Some(&haystack[at + needle.len()..])
}

/// The bytes after a DOCTYPE declaration whose `<!DOCTYPE` has been read: up to its `>`, past
/// an internal subset in brackets and quoted strings.
fn after_doctype(bytes: &[u8]) -> Option<&[u8]> {
    let (mut in_subset, mut quote) = (false, None);
    for (i, &b) in bytes.iter().enumerate() {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'"' | b'\'' => quote = Some(b),
                b'[' => in_subset = true,
                b']' => in_subset = false,
                b'>' if !in_subset => return Some(&bytes[i + 1..]),
                _ => {}
            },
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots() {
        assert_eq!(root_element(b"<rss version=\"2.0\">"), Some(&b"rss"[..]));
        assert_eq!(
            root_element(b"\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- c --><feed xmlns=\"x\">"),
            Some(&b"feed"[..])
        );
        assert_eq!(
            root_element(b"<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY a \"<b>\">]><rss>"),
            Some(&b"rss"[..])
        );
        assert_eq!(
            root_element(b"<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x\"><html xmlns=\"x\">"),
            Some(&b"html"[..])
        );
        assert_eq!(root_element(b"<?xml version=\"1.0\"?>"), None);
        assert_eq!(root_element(b"hello"), None);
        assert_eq!(root_element(b"<< x"), None);
    }

    #[test]
    fn sniffing() {
        assert!(Feed.sniff(b"<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">"));
        assert!(Feed.sniff(b"<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assert!(Feed.sniff(b"  <rss version=\"2.0\"><channel>"));
        assert!(!Feed.sniff(b"<?xml version=\"1.0\"?><html><body><p>x</p></body></html>"));
        assert!(!Feed.sniff(b"<!DOCTYPE html><html>"));
        assert!(!Feed.sniff(b"<p>rss</p>"));
    }

    #[test]
    fn civil_dates_as_written() {
        let date = |s: &str| civil_timestamp(s).map(|t| t.date_naive().to_string());
        assert_eq!(
            date("Mon, 13 Nov 2017 23:30:00 -0500").as_deref(),
            Some("2017-11-13")
        );
        assert_eq!(
            date("2017-11-13T23:30:00-05:00").as_deref(),
            Some("2017-11-13")
        );
        assert_eq!(
            date("Thurs, 13 Jul 2011 07:38:00 GMT").as_deref(),
            Some("2011-07-13")
        );
        assert_eq!(date("yesterday"), None);
    }

    #[test]
    fn titles_and_plain_text() {
        assert_eq!(plain_or_html("Caf&eacute; <b>bombed</b>"), "Café bombed");
        assert_eq!(plain_or_html(" Plain "), "Plain");
        assert_eq!(crate::html::tidy(" a \n\n\n b\n"), "a\n\nb");
    }
}
