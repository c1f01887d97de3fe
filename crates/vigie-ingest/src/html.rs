//! HTML pages: the article's readable text (Readability, via dom_smoothie), its title, byline,
//! URL and publication date.
//!
//! Encoding, in order: a byte order mark; a `<meta charset>` or `<meta http-equiv=Content-Type>`
//! in the first [`PRESCAN_BYTES`]; UTF-8 when the bytes are valid UTF-8; else chardetng's guess,
//! with a diagnostic on the document.
//!
//! Text: paragraphs separated by a blank line. When Readability finds no article, the visible
//! text of the page is taken instead (with a diagnostic); with no text at all, the page is a
//! [`ReadError`] "no readable text".
//!
//! HTML parsing and Readability cost time quadratic in the nesting depth of the page, so the
//! depth is estimated first by a linear scan: past [`MAX_READABILITY_DEPTH`] the page's visible
//! text is taken without Readability, past [`MAX_PARSE_DEPTH`] the page is refused.

use crate::format::{self, Format, Input, ReadError, Records};
use crate::ReadOptions;
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use vigie_core::{Document, Origin};

pub struct Html;

/// How many bytes are searched for a `<meta>` charset declaration.
pub const PRESCAN_BYTES: usize = 4096;
/// Deeper pages skip Readability and give their visible text.
pub const MAX_READABILITY_DEPTH: usize = 256;
/// Deeper pages are refused.
pub const MAX_PARSE_DEPTH: usize = 1024;
/// Pages with more elements skip Readability and give their visible text.
const MAX_READABILITY_ELEMENTS: usize = 100_000;

impl Format for Html {
    fn name(&self) -> &'static str {
        "html"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["html", "htm", "xhtml"]
    }

    fn sniff(&self, head: &[u8]) -> bool {
        let head = format::skip_bom_and_space(head);
        if !head.starts_with(b"<") {
            return false;
        }
        const TAGS: [&[u8]; 12] = [
            b"<!doctype html",
            b"<html",
            b"<head",
            b"<body",
            b"<meta",
            b"<title",
            b"<div",
            b"<p>",
            b"<p ",
            b"<article",
            b"<br",
            b"<!--",
        ];
        let head = &head[..head.len().min(1024)];
        TAGS.iter().any(|tag| find_ignore_case(head, tag).is_some())
    }

    fn whole_input(&self) -> bool {
        true
    }

    fn read<'a>(&self, source: &str, mut input: Input<'a>, opts: &ReadOptions) -> Records<'a> {
        let result = format::read_bounded(source, &mut input, opts.max_document_bytes)
            .and_then(|bytes| read_html(source, &bytes));
        Box::new(std::iter::once(result))
    }
}

/// A document from the bytes of a whole HTML page.
pub fn read_html(source: &str, bytes: &[u8]) -> Result<Document, ReadError> {
    let (html, encoding_note) =
        decode_html(bytes).map_err(|reason| ReadError::new(source, reason))?;
    let depth = nesting_depth(&html);
    if depth > MAX_PARSE_DEPTH {
        return Err(ReadError::new(
            source,
            format!("HTML nested too deep ({depth} levels; the limit is {MAX_PARSE_DEPTH})"),
        ));
    }
    let mut notes: Vec<String> = encoding_note.into_iter().collect();
    // The HTML libraries are not ours: should one of them panic on some page, that page is an
    // error and the batch goes on.
    let page = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        if depth > MAX_READABILITY_DEPTH {
            notes.push(format!(
                "HTML nested {depth} levels deep (more than {MAX_READABILITY_DEPTH}); took the visible text of the page"
            ));
            visible_page(&html)
        } else {
            readable_page(&html, &mut notes)
        }
    }))
    .map_err(|_| ReadError::new(source, "the HTML reader failed on this page (internal error)"))?;
    if page.text.trim().is_empty() {
        return Err(ReadError::new(source, "no readable text"));
    }
    // The headline is read with the body: it often states the event in the fewest words. It leads
    // the text (and gets its span from `set_title`) unless the body already starts with it.
    let text = match page.title.as_deref().map(str::trim) {
        Some(title) if !title.is_empty() && !page.text.trim_start().starts_with(title) => {
            format!("{title}\n\n{}", page.text)
        }
        _ => page.text,
    };
    let mut doc = format::new_document(format::source_stem(source), text, source, None);
    if let Some(title) = page.title {
        format::set_title(&mut doc, &title, Origin::Markup);
    }
    doc.meta.byline = page
        .byline
        .map(|b| b.trim().to_string())
        .filter(|b| !b.is_empty());
    doc.meta.url = page
        .url
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty());
    let published = page.published.iter().find_map(|p| Some((format::parse_date(p)?, p)));
    doc.meta.published = published.map(|(date, _)| format::published(date, Origin::Markup));
    doc.meta.published_at = published.and_then(|(_, p)| format::parse_instant(p));
    for note in notes {
        doc.warn("html", note);
    }
    Ok(doc)
}

/// What is read from a page.
#[derive(Default)]
struct Page {
    text: String,
    title: Option<String>,
    byline: Option<String>,
    url: Option<String>,
    /// Candidate publication dates, best first.
    published: Vec<String>,
}

fn readable_page(html: &str, notes: &mut Vec<String>) -> Page {
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        max_elements_to_parse: MAX_READABILITY_ELEMENTS,
        ..Default::default()
    };
    let mut readability = match dom_smoothie::Readability::new(html, None, Some(config)) {
        Ok(readability) => readability,
        Err(e) => {
            notes.push(format!(
                "no readable article ({e}); took the visible text of the page"
            ));
            return visible_page(html);
        }
    };
    let time_dates = time_elements(&readability.doc);
    match readability.parse() {
        Ok(article) if !article.text_content.trim().is_empty() => {
            let mut published: Vec<String> = article.published_time.into_iter().collect();
            published.extend(time_dates);
            Page {
                text: tidy(&article.text_content),
                title: Some(article.title).filter(|t| !t.trim().is_empty()),
                byline: article.byline,
                url: article.url,
                published,
            }
        }
        other => {
            let why = match other {
                Err(e) => e.to_string(),
                Ok(_) => "the article is empty".to_string(),
            };
            notes.push(format!(
                "no readable article ({why}); took the visible text of the page"
            ));
            let mut page = visible_page(html);
            page.published.extend(time_dates);
            page
        }
    }
}

/// The `datetime` of `<time>` elements: those marked as the publication date first, then those
/// inside an `<article>`, then the others.
fn time_elements(doc: &dom_query::Document) -> Vec<String> {
    let mut dates = Vec::new();
    for selector in [
        "time[itemprop=datePublished][datetime], time[pubdate][datetime]",
        "article time[datetime]",
        "time[datetime]",
    ] {
        if let Some(node) = doc.select(selector).nodes().first() {
            if let Some(value) = node.attr("datetime") {
                dates.push(value.to_string());
            }
        }
    }
    dates
}

/// The visible text of a whole page, with its `<title>`.
fn visible_page(html: &str) -> Page {
    let doc = dom_query::Document::from(html);
    let title = doc
        .select("title")
        .nodes()
        .first()
        .map(|n| n.text().trim().to_string());
    let published = time_elements(&doc);
    doc.select("head, script, style, noscript, template, svg, iframe, object")
        .remove();
    Page {
        text: tidy(&doc.formatted_text()),
        title: title.filter(|t| !t.is_empty()),
        published,
        ..Default::default()
    }
}

/// Trims the text and its lines, and keeps at most one blank line between paragraphs.
pub(crate) fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.trim().lines() {
        let line = line.trim();
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        out.push_str(line);
        blank = false;
    }
    out
}

/// Decodes a page (see the module's documentation). Returns the text and a note when the
/// encoding was guessed or bytes were invalid.
pub fn decode_html(bytes: &[u8]) -> Result<(String, Option<String>), &'static str> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(decode_as(encoding, &bytes[bom_len..], None));
    }
    if format::looks_binary(bytes) {
        return Err("binary file, not text");
    }
    if let Some(encoding) = declared_charset(&bytes[..bytes.len().min(PRESCAN_BYTES)]) {
        return Ok(decode_as(encoding, bytes, None));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), None));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    let note = format!(
        "no charset declared and not UTF-8; encoding guessed as {}",
        encoding.name()
    );
    Ok(decode_as(encoding, bytes, Some(note)))
}

fn decode_as(
    encoding: &'static Encoding,
    bytes: &[u8],
    note: Option<String>,
) -> (String, Option<String>) {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let note = if had_errors {
        let invalid = format!("invalid {} bytes replaced by U+FFFD", encoding.name());
        Some(match note {
            Some(note) => format!("{note}; {invalid}"),
            None => invalid,
        })
    } else {
        note
    };
    (text.into_owned(), note)
}

/// The encoding named by the first `<meta charset=...>` or `<meta http-equiv="Content-Type"
/// content="...; charset=...">` of `head` that encoding_rs knows, outside comments. As in
/// browsers, a UTF-16 label means UTF-8 (the bytes are ASCII-compatible since we read it) and
/// x-user-defined means windows-1252.
fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let mut at = 0;
    while let Some(offset) = head
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| b == b'<'))
    {
        let start = at + offset;
        let rest = &head[start..];
        if rest.starts_with(b"<!--") {
            at = start + 4 + find(&rest[4..], b"-->").map_or(rest.len(), |i| i + 3);
            continue;
        }
        let end = rest
            .iter()
            .position(|&b| b == b'>')
            .map_or(rest.len(), |i| i + 1);
        let tag = &rest[..end];
        at = start + end.max(1);
        let is_meta = tag.len() > 5
            && tag[1..5].eq_ignore_ascii_case(b"meta")
            && (tag[5].is_ascii_whitespace() || tag[5] == b'/');
        if !is_meta {
            continue;
        }
        let Some(label) = charset_in(tag) else {
            continue;
        };
        let Some(encoding) = Encoding::for_label(label) else {
            continue;
        };
        return Some(
            if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
                UTF_8
            } else if encoding == encoding_rs::X_USER_DEFINED {
                WINDOWS_1252
            } else {
                encoding
            },
        );
    }
    None
}

/// The label after `charset=` in a tag.
fn charset_in(tag: &[u8]) -> Option<&[u8]> {
    let mut from = 0;
    while let Some(i) = find_ignore_case(&tag[from..], b"charset") {
        let mut j = from + i + b"charset".len();
        from = j;
        while tag.get(j).is_some_and(u8::is_ascii_whitespace) {
            j += 1;
        }
        if tag.get(j) != Some(&b'=') {
            continue;
        }
        j += 1;
        while tag
            .get(j)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
        {
            j += 1;
        }
        let len = tag[j..]
            .iter()
            .position(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b';' | b'>' | b'/'))
            .unwrap_or(tag.len() - j);
        if len > 0 {
            return Some(&tag[j..j + len]);
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn find_ignore_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// Elements whose end tag may be omitted or that never have content: not counted as nesting.
const UNCOUNTED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
    "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body",
];

/// Elements whose content is text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// An estimate of the deepest nesting of elements, by a linear scan of the tags: opening tags of
/// elements that must be closed count one level, their end tags take it back.
pub fn nesting_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest, mut i) = (0usize, 0usize, 0usize);
    let mut name = String::new();
    while let Some(offset) = memchr::memchr(b'<', &bytes[i..]) {
        i += offset + 1;
        let rest = &bytes[i..];
        if rest.starts_with(b"!--") {
            i += find(&rest[3..], b"-->").map_or(rest.len(), |j| j + 6);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = i + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric() && *b != b'-' && *b != b':')
            .unwrap_or(bytes.len() - name_start);
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            continue;
        }
        name.clear();
        name.extend(
            bytes[name_start..name_start + name_len]
                .iter()
                .map(|b| b.to_ascii_lowercase() as char),
        );
        let tag_end =
            memchr::memchr(b'>', &bytes[name_start..]).map_or(bytes.len(), |j| name_start + j);
        let self_closing = tag_end > 0 && bytes.get(tag_end - 1) == Some(&b'/');
        i = tag_end.min(bytes.len());
        let counted = !UNCOUNTED.contains(&name.as_str());
        if closing {
            if counted {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        if RAW_TEXT.contains(&name.as_str()) {
            let end_tag = format!("</{name}");
            i += find_ignore_case(&bytes[i..], end_tag.as_bytes()).unwrap_or(bytes.len() - i);
            continue;
        }
        if counted && !self_closing {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = r#"<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Boukamal reprise - Le Journal</title>
<meta property="og:title" content="L'armée reprend Boukamal">
<meta property="article:published_time" content="2017-11-13T10:00:00+01:00">
<meta name="author" content="Jeanne Martin">
<link rel="canonical" href="https://example.org/boukamal">
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article>
<h1>L'armée reprend Boukamal</h1>
<p>Les forces gouvernementales syriennes et leurs alliés ont repris dimanche le contrôle de la ville de Boukamal, dernier bastion urbain du groupe État islamique en Syrie, selon une ONG.</p>
<p>Les combats se poursuivaient toutefois dans les environs de la ville, près de la frontière irakienne, où des jihadistes restaient retranchés, a précisé l'Observatoire syrien des droits de l'homme.</p>
<p>La prise de Boukamal intervient après plusieurs semaines d'offensive menée avec l'appui de l'aviation russe et de milices alliées venues d'Irak et du Liban.</p>
</article>
<footer>© Le Journal</footer>
</body></html>"#;

    #[test]
    fn article_text_title_byline_and_date() {
        let doc = read_html("pages/boukamal.html", ARTICLE.as_bytes()).unwrap();
        assert_eq!(doc.id, "boukamal");
        let paragraphs: Vec<&str> = doc.text.split("\n\n").collect();
        assert!(paragraphs.len() >= 3, "{:?}", doc.text);
        assert!(doc
            .text
            .contains("repris dimanche le contrôle de la ville de Boukamal"));
        assert!(doc.text.contains("\n\nLes combats se poursuivaient"));
        assert!(!doc.text.contains("Accueil") && !doc.text.contains("©"));
        let title = doc.meta.title.as_ref().unwrap();
        assert_eq!(title.text, "L'armée reprend Boukamal");
        assert_eq!(title.origin, Origin::Markup);
        // The headline is read with the body, once, and its span points at it.
        assert!(doc.text.starts_with("L'armée reprend Boukamal\n\n"), "{:?}", doc.text);
        assert_eq!(doc.text.matches("L'armée reprend Boukamal").count(), 1);
        assert_eq!(title.span.map(|s| &doc.text[s.start..s.end]), Some("L'armée reprend Boukamal"));
        assert_eq!(doc.meta.byline.as_deref(), Some("Jeanne Martin"));
        let published = doc.meta.published.as_ref().unwrap();
        assert_eq!(
            (published.date, published.origin),
            (jiff::civil::date(2017, 11, 13), Origin::Markup)
        );
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    }

    #[test]
    fn time_element_and_json_ld_dates() {
        let body = "<p>Un texte assez long pour être lu comme un article, avec plusieurs phrases. \
                    Une autre phrase suit, puis une troisième pour faire bonne mesure.</p>";
        let with_time = format!("<html><body><article><time datetime=\"2020-05-04T08:00\">4 mai</time>{body}</article></body></html>");
        let doc = read_html("a.html", with_time.as_bytes()).unwrap();
        assert_eq!(
            doc.meta.published.map(|p| p.date),
            Some(jiff::civil::date(2020, 5, 4))
        );
        let with_ld = format!(
            "<html><head><script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"H\",\"datePublished\":\"2019-01-02T03:04:05Z\"}}</script></head><body>{body}</body></html>"
        );
        let doc = read_html("a.html", with_ld.as_bytes()).unwrap();
        assert_eq!(
            doc.meta.published.map(|p| p.date),
            Some(jiff::civil::date(2019, 1, 2))
        );
    }

    #[test]
    fn charset_declarations() {
        let enc = |head: &str| declared_charset(head.as_bytes()).map(|e| e.name());
        assert_eq!(enc("<meta charset=\"windows-1252\">"), Some("windows-1252"));
        assert_eq!(enc("<META CHARSET=iso-8859-1>"), Some("windows-1252"));
        assert_eq!(
            enc("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">"),
            Some("ISO-8859-15")
        );
        assert_eq!(enc("<meta charset=\"utf-16\">"), Some("UTF-8"));
        assert_eq!(enc("<!-- <meta charset=\"koi8-r\"> --><p>"), None);
        assert_eq!(enc("<meta name=\"x\" content=\"y\">"), None);
        assert_eq!(
            enc("<meta charset=\"bogus\"><meta charset=\"utf-8\">"),
            Some("UTF-8")
        );
        assert_eq!(enc("<metadata charset=\"koi8-r\">"), None);
    }

    #[test]
    fn sniffing() {
        assert!(Html.sniff(b"\xEF\xBB\xBF  <!DOCTYPE html><html>"));
        assert!(Html.sniff(b"<div><p>Hi</p></div>"));
        assert!(!Html.sniff(b"<< Retour au sommaire"));
        assert!(!Html.sniff(b"Hello <html>"));
    }

    #[test]
    fn nesting_estimate() {
        assert_eq!(
            nesting_depth("<html><body><div><p>a<p>b<br><img src=x/></div></body></html>"),
            1
        );
        assert_eq!(
            nesting_depth("<div><div><span>x</span></div><div></div></div>"),
            3
        );
        assert_eq!(
            nesting_depth("<script>if (a<b) { '<div><div>' }</script><div></div>"),
            1
        );
        assert_eq!(nesting_depth("<!-- <div><div> --><div/>"), 0);
        assert_eq!(nesting_depth("a < b and <"), 0);
    }

    #[test]
    fn visible_text_fallback() {
        let page = visible_page(
            "<html><head><title> Titre </title><style>p{}</style></head><body><script>x()</script>\
             <h2>Un</h2><p>Deux<br>trois</p><noscript>non</noscript><time datetime=\"2021-02-03\">hier</time></body></html>",
        );
        assert_eq!(page.text, "Un\n\nDeux\ntrois\n\nhier");
        assert_eq!(page.title.as_deref(), Some("Titre"));
        assert_eq!(page.published, ["2021-02-03"]);
    }

    #[test]
    fn garbage_does_not_panic() {
        const PIECES: [&str; 16] = [
            "<div>",
            "</div>",
            "<p",
            ">",
            "texte é ",
            "<!--",
            "-->",
            "<script>",
            "</script>",
            "<meta charset=\"",
            "\">",
            "<table><tr><td>",
            "&amp;",
            "&#x",
            "\u{1F600}",
            "</",
        ];
        let mut state = 12345u64;
        for _ in 0..200 {
            let mut page = String::new();
            for _ in 0..40 {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                page.push_str(PIECES[(state >> 33) as usize % PIECES.len()]);
            }
            let _ = read_html("g.html", page.as_bytes());
            let _ = nesting_depth(&page);
            let _ = declared_charset(page.as_bytes());
        }
    }

    #[test]
    fn tidy_keeps_one_blank_line() {
        assert_eq!(tidy("  a \n\n\n  b\nc  \n\n"), "a\n\nb\nc");
    }
}
