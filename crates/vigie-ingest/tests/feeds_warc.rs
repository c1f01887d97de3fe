//! RSS/Atom feeds and WARC archives, good and bad. Every fixture is built here, in code (WARC
//! bytes gzipped with flate2), and written to a temporary folder when files are needed.

use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::Write;
use std::path::{Path, PathBuf};
use vigie_core::{Document, Origin};
use vigie_ingest::{detect_format, read_bytes, read_paths, ReadError, ReadOptions};

/// A fresh temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let path =
            std::env::temp_dir().join(format!("vigie-ingest-feeds-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
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

fn read_mem(name: &str, bytes: &[u8]) -> Vec<Result<Document, ReadError>> {
    read_bytes(name, bytes, &ReadOptions::default()).collect()
}

fn ok(result: &Result<Document, ReadError>) -> &Document {
    match result {
        Ok(doc) => doc,
        Err(err) => panic!("expected a document, got the error {err}"),
    }
}

fn err(result: &Result<Document, ReadError>) -> &ReadError {
    match result {
        Ok(doc) => panic!("expected an error, got the document {:?}", doc.id),
        Err(err) => err,
    }
}

fn date(y: i16, m: i8, d: i8) -> jiff::civil::Date {
    jiff::civil::date(y, m, d)
}

fn assert_spans_valid(doc: &Document) {
    if let Some(span) = doc.meta.title.as_ref().and_then(|t| t.span) {
        assert!(doc.text.get(span.start..span.end).is_some());
    }
}

// ---------------------------------------------------------------- feeds

const RSS2: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Le Journal</title>
  <link>https://example.org/</link>
  <description>Nouvelles</description>
  <item>
    <title>Frappes sur Boukamal</title>
    <link>https://example.org/boukamal</link>
    <guid isPermaLink="false">urn:journal:1</guid>
    <pubDate>Mon, 13 Nov 2017 23:30:00 -0500</pubDate>
    <dc:creator>Jeanne Martin</dc:creator>
    <description>Un court résumé.</description>
    <content:encoded><![CDATA[<p>Les forces <b>gouvernementales</b> ont repris la ville.</p><p>Les combats se poursuivaient dans les environs.</p>]]></content:encoded>
  </item>
  <item>
    <title>Second &amp; dernier</title>
    <link>https://example.org/second</link>
    <description>&lt;p&gt;Trois civils tu&amp;eacute;s &amp;agrave; Idlib.&lt;/p&gt;&lt;p&gt;Selon une ONG.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Seulement un titre</title>
    <description>&lt;img src="photo.jpg"/&gt;</description>
  </item>
  <item>
    <link>https://example.org/nothing</link>
  </item>
  <item>
    <description>Plain text, no link, no guid.
    Second line.</description>
  </item>
</channel>
</rss>"#;

#[test]
fn rss2_items_with_html_content_and_metadata() {
    let docs = read_mem("feeds/journal.rss", RSS2.as_bytes());
    assert_eq!(docs.len(), 5, "{docs:?}");

    let first = ok(&docs[0]);
    assert_eq!(first.id, "urn:journal:1");
    assert_eq!(
        first.text,
        "Les forces gouvernementales ont repris la ville.\n\nLes combats se poursuivaient dans les environs."
    );
    assert_eq!(first.meta.source.as_deref(), Some("feeds/journal.rss"));
    assert_eq!(first.meta.record.as_deref(), Some("1"));
    assert_eq!(
        first.meta.url.as_deref(),
        Some("https://example.org/boukamal")
    );
    let title = first.meta.title.as_ref().unwrap();
    assert_eq!(
        (title.text.as_str(), title.origin, title.span),
        ("Frappes sur Boukamal", Origin::Markup, None)
    );
    assert_eq!(first.meta.byline.as_deref(), Some("Jeanne Martin"));
    let published = first.meta.published.as_ref().unwrap();
    // The date as written (in its own offset), not the UTC date (the 14th).
    assert_eq!(
        (published.date, published.origin),
        (date(2017, 11, 13), Origin::Markup)
    );
    assert!(first.diagnostics.is_empty(), "{:?}", first.diagnostics);

    // Escaped HTML in a description, entities and all; no guid: the link is the id.
    let second = ok(&docs[1]);
    assert_eq!(second.id, "https://example.org/second");
    assert_eq!(second.text, "Trois civils tués à Idlib.\n\nSelon une ONG.");
    assert_eq!(
        second.meta.title.as_ref().map(|t| t.text.as_str()),
        Some("Second & dernier")
    );
    assert!(second.meta.published.is_none());

    // Only a title (and an image): the title is the text, with a diagnostic, and its span.
    let third = ok(&docs[2]);
    assert_eq!(third.text, "Seulement un titre");
    assert_eq!(third.id, "journal#3");
    assert_eq!(
        third.meta.title.as_ref().and_then(|t| t.span),
        Some(vigie_core::Span::new(0, 18))
    );
    assert_eq!(third.diagnostics.len(), 1);
    assert_spans_valid(third);

    // Nothing at all: an error naming the item.
    let fourth = err(&docs[3]);
    assert_eq!(fourth.record.as_deref(), Some("4"));
    assert!(fourth.reason.starts_with("no text"), "{fourth}");
    assert!(fourth
        .to_string()
        .starts_with("feeds/journal.rss, record 4: no text"));

    // Plain text is kept, lines trimmed; no guid nor link: `<stem>#<n>`.
    let fifth = ok(&docs[4]);
    assert_eq!(fifth.id, "journal#5");
    assert_eq!(fifth.text, "Plain text, no link, no guid.\nSecond line.");
}

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <id>urn:feed</id>
  <updated>2020-05-04T08:00:00Z</updated>
  <entry>
    <title type="html">Strikes &lt;em&gt;hit&lt;/em&gt; Aleppo</title>
    <link rel="self" href="https://example.com/self/1"/>
    <link rel="alternate" href="https://example.com/aleppo"/>
    <id>tag:example.com,2020:1</id>
    <updated>2020-05-05T10:00:00+02:00</updated>
    <published>2020-05-04T23:30:00-05:00</published>
    <author><name>A. Writer</name></author>
    <author><name>B. Other</name></author>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;Air strikes hit Aleppo on Monday.&lt;/p&gt;&lt;p&gt;Five people were killed.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Summary only</title>
    <id>tag:example.com,2020:2</id>
    <updated>2020-05-06T01:00:00Z</updated>
    <summary type="text">Rebels shelled the town.</summary>
  </entry>
  <entry>
    <title>XHTML content</title>
    <id>tag:example.com,2020:3</id>
    <updated>2020-05-07T01:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First paragraph.</p><p>Second paragraph.</p></div></content>
  </entry>
</feed>"#;

#[test]
fn atom_entries() {
    let docs = read_mem("news.atom", ATOM.as_bytes());
    assert_eq!(docs.len(), 3, "{docs:?}");
    let a = ok(&docs[0]);
    assert_eq!(a.id, "tag:example.com,2020:1");
    assert_eq!(
        a.text,
        "Air strikes hit Aleppo on Monday.\n\nFive people were killed."
    );
    assert_eq!(a.meta.url.as_deref(), Some("https://example.com/aleppo"));
    assert_eq!(
        a.meta.title.as_ref().map(|t| t.text.as_str()),
        Some("Strikes hit Aleppo")
    );
    assert_eq!(a.meta.byline.as_deref(), Some("A. Writer, B. Other"));
    // Published comes before updated, as written.
    assert_eq!(
        a.meta.published.as_ref().map(|p| (p.date, p.origin)),
        Some((date(2020, 5, 4), Origin::Markup))
    );
    let b = ok(&docs[1]);
    assert_eq!(b.text, "Rebels shelled the town.");
    assert_eq!(b.meta.record.as_deref(), Some("2"));
    // No published date: the updated one.
    assert_eq!(
        b.meta.published.as_ref().map(|p| p.date),
        Some(date(2020, 5, 6))
    );
    let c = ok(&docs[2]);
    assert_eq!(c.text, "First paragraph.\n\nSecond paragraph.");
}

const RDF: &str = r#"<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.net/">
    <title>RDF news</title>
    <link>https://example.net/</link>
    <description>d</description>
  </channel>
  <item rdf:about="https://example.net/one">
    <title>One</title>
    <link>https://example.net/one</link>
    <description>&lt;p&gt;Des manifestants ont été arrêtés à Paris.&lt;/p&gt;</description>
    <dc:date>2019-03-16T18:00:00+01:00</dc:date>
    <dc:creator>Agence</dc:creator>
  </item>
  <item rdf:about="https://example.net/two">
    <title>Two</title>
    <link>https://example.net/two</link>
    <description>Second item.</description>
  </item>
</rdf:RDF>"#;

#[test]
fn rdf_items() {
    let docs = read_mem("x.rdf", RDF.as_bytes());
    assert_eq!(docs.len(), 2, "{docs:?}");
    let one = ok(&docs[0]);
    assert_eq!(one.text, "Des manifestants ont été arrêtés à Paris.");
    assert_eq!(one.meta.url.as_deref(), Some("https://example.net/one"));
    assert_eq!(
        one.meta.title.as_ref().map(|t| t.text.as_str()),
        Some("One")
    );
    assert_eq!(
        one.meta.published.as_ref().map(|p| p.date),
        Some(date(2019, 3, 16))
    );
    assert!(!one.id.is_empty());
    assert_eq!(ok(&docs[1]).text, "Second item.");
    // Sniffed too, without an extension.
    assert_eq!(read_mem("-", RDF.as_bytes()).len(), 2);
}

#[test]
fn malformed_and_empty_feeds_are_one_error() {
    for (bytes, name) in [
        (
            &b"<rss version=\"2.0\"><channel><item><title>x</titl"[..],
            "broken.rss",
        ),
        (
            b"<rss version=\"2.0\"><channel><item><title>a</title></item></chanel></rss>",
            "mismatch.rss",
        ),
        (b"<notafeed><x/></notafeed>", "other.xml"),
        (b"just words", "words.rss"),
    ] {
        let docs = read_mem(name, bytes);
        assert_eq!(docs.len(), 1, "{name}: {docs:?}");
        let e = err(&docs[0]);
        assert_eq!(e.source, name);
        assert!(e.record.is_none());
        assert!(
            e.reason.starts_with("not a readable RSS/Atom feed: "),
            "{e}"
        );
    }
    let docs = read_mem("empty.rss", b"");
    assert_eq!(docs.len(), 1);
    assert_eq!(err(&docs[0]).reason, "empty");
    let docs = read_mem("blank.atom", b"\xEF\xBB\xBF \n");
    assert_eq!(err(&docs[0]).reason, "empty");
    // A feed with no items holds no documents.
    let empty_channel = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";
    assert!(read_mem("none.rss", empty_channel.as_bytes()).is_empty());
}

#[test]
fn billion_laughs_is_not_expanded() {
    let mut dtd = String::from("<!ENTITY lol \"lol\">\n");
    let mut previous = "lol".to_string();
    for i in 1..=9 {
        let name = format!("lol{i}");
        dtd.push_str(&format!(
            "<!ENTITY {name} \"{}\">\n",
            format!("&{previous};").repeat(10)
        ));
        previous = name;
    }
    let feed = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n{dtd}]>\n<rss version=\"2.0\"><channel><title>&lol9;</title>\
         <item><title>Laughs &lol9;</title><description>Text &lol9; here.</description></item>\
         <item><title>Normal</title><description>After the laughs.</description></item></channel></rss>"
    );
    // By extension, and by sniffing past the DOCTYPE's internal subset.
    for name in ["lol.rss", "-"] {
        let docs = read_mem(name, feed.as_bytes());
        assert_eq!(docs.len(), 2, "{docs:?}");
        for doc in docs.iter().flatten() {
            assert!(doc.text.len() < 100, "{}", doc.text.len());
        }
        assert_eq!(ok(&docs[1]).text, "After the laughs.");
    }
}

fn many_items(n: usize) -> String {
    let mut feed =
        String::from("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>\n");
    for i in 0..n {
        feed.push_str(&format!(
            "<item><title>Item {i}</title><link>https://example.org/{i}</link>\
             <description>Plain text of item {i}.</description></item>\n"
        ));
    }
    feed.push_str("</channel></rss>");
    feed
}

#[test]
fn ten_thousand_items() {
    let feed = many_items(10_000);
    let docs = read_mem("many.rss", feed.as_bytes());
    assert_eq!(docs.len(), 10_000);
    assert!(docs.iter().all(|d| d.is_ok()));
    assert_eq!(ok(&docs[9_999]).text, "Plain text of item 9999.");
    assert_eq!(ok(&docs[9_999]).meta.record.as_deref(), Some("10000"));
}

/// Slow in a debug build: `cargo test -p vigie-ingest -- --ignored`.
#[test]
#[ignore]
fn hundred_thousand_items() {
    let feed = many_items(100_000);
    let count = read_bytes("many.rss", feed.as_bytes(), &ReadOptions::default())
        .filter(|d| d.is_ok())
        .count();
    assert_eq!(count, 100_000);
}

#[test]
fn feed_size_limit() {
    let dir = TempDir::new("feed-limit");
    let path = dir.0.join("huge.rss");
    let mut file = std::fs::File::create(&path).unwrap();
    file.write_all(b"<rss version=\"2.0\"><channel>").unwrap();
    // Sparse: little is written.
    file.set_len(vigie_ingest::feed::MAX_FEED_BYTES as u64 + 1)
        .unwrap();
    drop(file);
    let docs = read_all(&[path]);
    assert_eq!(docs.len(), 1);
    assert!(
        err(&docs[0])
            .reason
            .starts_with("feed larger than the limit of 67108864 bytes"),
        "{}",
        err(&docs[0])
    );
    // An item's text is bounded by max_document_bytes.
    let opts = ReadOptions {
        max_document_bytes: 20,
        ..Default::default()
    };
    let feed = "<rss version=\"2.0\"><channel><item><description>This description is longer than twenty bytes.</description></item><item><description>Short.</description></item></channel></rss>";
    let docs: Vec<_> = read_bytes("a.rss", feed.as_bytes(), &opts).collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(err(&docs[0]).record.as_deref(), Some("1"));
    assert!(err(&docs[0]).reason.contains("max_document_bytes"));
    assert_eq!(ok(&docs[1]).text, "Short.");
}

// ---------------------------------------------------------------- WARC

fn warc_record(kind: &str, id: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut record = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\n\
         WARC-Date: 2024-02-03T04:05:06Z\r\nWARC-Target-URI: {uri}\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    record.extend_from_slice(block);
    record.extend_from_slice(b"\r\n\r\n");
    record
}

fn http(status: &str, headers: &[&str], body: &[u8]) -> Vec<u8> {
    let mut bytes = format!("HTTP/1.1 {status}\r\n").into_bytes();
    for header in headers {
        bytes.extend_from_slice(header.as_bytes());
        bytes.extend_from_slice(b"\r\n");
    }
    bytes.extend_from_slice(b"\r\n");
    bytes.extend_from_slice(body);
    bytes
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

const ARTICLE_FR: &str =
    "Les forces gouvernementales syriennes ont repris dimanche le contrôle de la ville, \
    dernier bastion urbain du groupe en Syrie, selon une organisation non gouvernementale. \
    Les combats se poursuivaient toutefois dans les environs, près de la frontière, où des \
    combattants restaient retranchés, a précisé l'Observatoire.";

fn article_page(title: &str, meta: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head>{meta}<title>{title}</title>\
         <meta property=\"article:published_time\" content=\"2017-11-13T10:00:00+01:00\"></head>\
         <body><nav>Accueil</nav><article><h1>{title}</h1><p>{ARTICLE_FR}</p><p>{ARTICLE_FR}</p></article></body></html>"
    )
}

/// The records of a test archive: what each one is, and its bytes.
fn archive_records() -> Vec<Vec<u8>> {
    let warcinfo = warc_record(
        "warcinfo",
        "0",
        "",
        "application/warc-fields",
        b"software: test\r\nformat: WARC File Format 1.1\r\n",
    );
    let request = warc_record(
        "request",
        "1",
        "https://example.org/a",
        "application/http; msgtype=request",
        b"GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n",
    );
    // windows-1252 page, charset given only by HTTP.
    let latin_page = article_page("Été meurtrier", "");
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(&latin_page);
    let page_a = warc_record(
        "response",
        "2",
        "https://example.org/a",
        "application/http; msgtype=response",
        &http(
            "200 OK",
            &["Content-Type: text/html; charset=ISO-8859-1", "Server: x"],
            &latin,
        ),
    );
    let image = warc_record(
        "response",
        "3",
        "https://example.org/logo.png",
        "application/http; msgtype=response",
        &http(
            "200 OK",
            &["Content-Type: image/png"],
            b"\x89PNG\r\n\x1a\n\0\0binary",
        ),
    );
    let not_found = warc_record(
        "response",
        "4",
        "https://example.org/missing",
        "application/http; msgtype=response",
        &http(
            "404 Not Found",
            &["Content-Type: text/html"],
            article_page("Introuvable", "").as_bytes(),
        ),
    );
    // gzip Content-Encoding inside chunked Transfer-Encoding.
    let compressed = gzip(article_page("Compressé", "<meta charset=\"utf-8\">").as_bytes());
    let mut chunked = Vec::new();
    for chunk in compressed.chunks(100) {
        chunked.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        chunked.extend_from_slice(chunk);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let page_b = warc_record(
        "response",
        "5",
        "https://example.org/b",
        "application/http; msgtype=response",
        &http(
            "200 OK",
            &[
                "Content-Type: text/html",
                "Transfer-Encoding: chunked",
                "Content-Encoding: gzip",
            ],
            &chunked,
        ),
    );
    let metadata = warc_record(
        "metadata",
        "6",
        "https://example.org/b",
        "application/warc-fields",
        b"outlink: https://example.org/c\r\n",
    );
    let plain = warc_record(
        "response",
        "7",
        "https://example.org/notes.txt",
        "application/http; msgtype=response",
        &http(
            "200 OK",
            &["Content-Type: text/plain; charset=utf-8"],
            "Trois civils tués à Idlib.".as_bytes(),
        ),
    );
    let brotli = warc_record(
        "response",
        "8",
        "https://example.org/br",
        "application/http; msgtype=response",
        &http(
            "200 OK",
            &["Content-Type: text/html", "Content-Encoding: br"],
            b"\x0b\x02\x80compressed",
        ),
    );
    let resource = warc_record(
        "resource",
        "9",
        "file:///archive/page.html",
        "text/html",
        article_page("Ressource", "<meta charset=\"utf-8\">").as_bytes(),
    );
    vec![
        warcinfo, request, page_a, image, not_found, page_b, metadata, plain, brotli, resource,
    ]
}

/// What the test archive reads as: (id, record index) for documents, "error N" for errors.
fn summary(docs: &[Result<Document, ReadError>]) -> Vec<String> {
    docs.iter()
        .map(|d| match d {
            Ok(doc) => format!("{} {}", doc.id, doc.meta.record.as_deref().unwrap_or("-")),
            Err(e) => format!("error {}", e.record.as_deref().unwrap_or("-")),
        })
        .collect()
}

const ARCHIVE_SUMMARY: [&str; 5] = [
    "urn:uuid:2 3",
    "urn:uuid:5 6",
    "urn:uuid:7 8",
    "error 9",
    "urn:uuid:9 10",
];

fn check_archive(docs: &[Result<Document, ReadError>], source: &str) {
    assert_eq!(summary(docs), ARCHIVE_SUMMARY, "{docs:?}");
    let a = ok(&docs[0]);
    assert!(a.text.contains("repris dimanche le contrôle"), "{}", a.text);
    assert!(!a.text.contains("Accueil"));
    assert_eq!(a.meta.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(a.meta.source.as_deref(), Some(source));
    assert_eq!(
        a.meta.title.as_ref().map(|t| t.text.as_str()),
        Some("Été meurtrier")
    );
    // The page's own date; WARC-Date (2024-02-03) is the crawl date and is not used.
    assert_eq!(
        a.meta.published.as_ref().map(|p| p.date),
        Some(date(2017, 11, 13))
    );
    assert!(a.diagnostics.is_empty(), "{:?}", a.diagnostics);
    let b = ok(&docs[1]);
    assert!(b.text.contains("précisé l'Observatoire"), "{}", b.text);
    assert_eq!(
        b.meta.title.as_ref().map(|t| t.text.as_str()),
        Some("Compressé")
    );
    let plain = ok(&docs[2]);
    assert_eq!(plain.text, "Trois civils tués à Idlib.");
    assert_eq!(
        plain.meta.url.as_deref(),
        Some("https://example.org/notes.txt")
    );
    let e = err(&docs[3]);
    assert!(e.reason.contains("\"br\" is not supported"), "{e}");
    let resource = ok(&docs[4]);
    assert_eq!(
        resource.meta.url.as_deref(),
        Some("file:///archive/page.html")
    );
    assert!(resource.text.contains("dernier bastion urbain"));
}

#[test]
fn plain_warc() {
    let bytes: Vec<u8> = archive_records().concat();
    check_archive(&read_mem("crawl.warc", &bytes), "crawl.warc");
    // Sniffed without an extension.
    check_archive(&read_mem("-", &bytes), "-");
}

#[test]
fn gzip_warc_one_member_per_record() {
    let bytes: Vec<u8> = archive_records().iter().flat_map(|r| gzip(r)).collect();
    let dir = TempDir::new("warc-gz");
    let path = dir.file("crawl.warc.gz", &bytes);
    let source = path.to_string_lossy().into_owned();
    check_archive(&read_all(&[path]), &source);
    // One member for the whole file too.
    let whole = gzip(&archive_records().concat());
    check_archive(&read_mem("whole.warc.gz", &whole), "whole.warc.gz");
}

#[test]
fn truncated_gzip_warc() {
    let records = archive_records();
    let members: Vec<Vec<u8>> = records.iter().map(|r| gzip(r)).collect();
    // Cut in the middle of the 6th record's member (the chunked page).
    let before: usize = members[..5].iter().map(Vec::len).sum();
    let mut bytes: Vec<u8> = members.concat();
    bytes.truncate(before + members[5].len() / 2);
    let docs = read_mem("cut.warc.gz", &bytes);
    assert_eq!(summary(&docs), ["urn:uuid:2 3", "error 6"], "{docs:?}");
    let e = err(&docs[1]);
    assert!(
        e.reason.contains("truncated") || e.reason.contains("corrupt"),
        "{e}"
    );

    // Corrupt bytes in the middle of a member.
    let mut bytes: Vec<u8> = members.concat();
    let middle = before + members[5].len() / 2;
    for b in &mut bytes[middle..middle + 8] {
        *b ^= 0x5a;
    }
    let docs = read_mem("corrupt.warc.gz", &bytes);
    assert_eq!(summary(&docs), ["urn:uuid:2 3", "error 6"], "{docs:?}");
    assert!(
        err(&docs[1]).reason.starts_with("corrupt compressed data"),
        "{docs:?}"
    );

    // A plain WARC cut in the middle of a record.
    let mut bytes = records.concat();
    let before: usize = records[..2].iter().map(Vec::len).sum();
    bytes.truncate(before + records[2].len() - 100);
    let docs = read_mem("cut.warc", &bytes);
    assert_eq!(summary(&docs), ["error 3"], "{docs:?}");
    assert!(err(&docs[0]).reason.contains("truncated"));
}

#[test]
fn damaged_and_empty_warc() {
    assert!(read_mem("empty.warc", b"").is_empty());
    let docs = read_mem("bad.warc", b"this is not a WARC file\r\n");
    assert_eq!(docs.len(), 1);
    assert!(
        err(&docs[0]).reason.starts_with("not a WARC record"),
        "{:?}",
        docs
    );
    let no_length = b"WARC/1.0\r\nWARC-Type: response\r\n\r\nbody\r\n\r\n";
    let docs = read_mem("nolength.warc", no_length);
    assert_eq!(summary(&docs), ["error 1"]);
    // A page larger than max_document_bytes is an error for that record; the next is read.
    let records = archive_records();
    let bytes = [records[2].clone(), records[7].clone()].concat();
    let opts = ReadOptions {
        max_document_bytes: 200,
        ..Default::default()
    };
    let docs: Vec<_> = read_bytes("small.warc", &bytes, &opts).collect();
    assert_eq!(summary(&docs), ["error 1", "urn:uuid:7 2"]);
    assert!(err(&docs[0]).reason.contains("max_document_bytes"));
}

// ---------------------------------------------------------------- detection, end to end

#[test]
fn detection_by_extension_and_sniffing_in_a_folder() {
    let dir = TempDir::new("detect");
    let records = archive_records();
    let warc = [records[0].clone(), records[7].clone()].concat();
    let xhtml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \
         \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\
         <head><title>Page</title></head><body><article><p>{ARTICLE_FR}</p></article></body></html>"
    );
    dir.file("a.rss", RSS2.as_bytes());
    dir.file("b.atom", ATOM.as_bytes());
    dir.file("c-feed.xml", RDF.as_bytes());
    dir.file("d-page.xml", xhtml.as_bytes());
    dir.file("e.warc", &warc);
    dir.file(
        "f.warc.gz",
        &records.iter().flat_map(|r| gzip(r)).collect::<Vec<_>>(),
    );
    dir.file("g-feed", ATOM.as_bytes());
    dir.file("h-archive", &warc);
    dir.file("i-page", xhtml.as_bytes());
    let docs = read_all(std::slice::from_ref(&dir.0));
    let by_file = |name: &str| -> Vec<&Result<Document, ReadError>> {
        docs.iter()
            .filter(|d| {
                let source = match d {
                    Ok(doc) => doc.meta.source.clone().unwrap_or_default(),
                    Err(e) => e.source.clone(),
                };
                Path::new(&source).file_name().is_some_and(|f| f == name)
            })
            .collect()
    };
    assert_eq!(by_file("a.rss").len(), 5);
    assert_eq!(by_file("b.atom").len(), 3);
    assert_eq!(by_file("c-feed.xml").len(), 2);
    let page = by_file("d-page.xml");
    assert_eq!(page.len(), 1);
    assert_eq!(ok(page[0]).id, "d-page");
    assert!(ok(page[0]).text.contains("dernier bastion"));
    assert_eq!(
        summary(&by_file("e.warc").into_iter().cloned().collect::<Vec<_>>()),
        ["urn:uuid:7 2"]
    );
    assert_eq!(by_file("f.warc.gz").len(), ARCHIVE_SUMMARY.len());
    assert_eq!(by_file("g-feed").len(), 3);
    assert_eq!(by_file("h-archive").len(), 1);
    assert_eq!(
        ok(by_file("i-page")[0])
            .meta
            .title
            .as_ref()
            .map(|t| t.text.as_str()),
        Some("Page")
    );
    assert_eq!(docs.len(), 5 + 3 + 2 + 1 + 1 + 5 + 3 + 1 + 1);
    for doc in docs.iter().flatten() {
        assert_spans_valid(doc);
    }
}

#[test]
fn folder_with_a_warc_gz_and_an_rss_feed() {
    let dir = TempDir::new("end-to-end");
    dir.file(
        "crawl.warc.gz",
        &archive_records()
            .iter()
            .flat_map(|r| gzip(r))
            .collect::<Vec<_>>(),
    );
    dir.file("news.rss", RSS2.as_bytes());
    let docs = read_all(std::slice::from_ref(&dir.0));
    let mut expected: Vec<String> = ARCHIVE_SUMMARY.iter().map(|s| s.to_string()).collect();
    expected.extend(
        [
            "urn:journal:1 1",
            "https://example.org/second 2",
            "news#3 3",
            "error 4",
            "news#5 5",
        ]
        .map(String::from),
    );
    assert_eq!(summary(&docs), expected);
    // Caller metadata applies to these formats too.
    let opts = ReadOptions {
        lang: Some("fr".into()),
        ..Default::default()
    };
    let docs: Vec<_> = read_paths(std::slice::from_ref(&dir.0), &opts).collect();
    assert!(docs.iter().flatten().all(|d| d
        .meta
        .lang
        .as_ref()
        .is_some_and(|l| l.code == "fr" && l.origin == Origin::Caller)));
}

#[test]
fn latin1_feed_with_an_encoding_declaration() {
    let feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>t</title>\
        <item><title>Été</title><description>Le café à Alep.</description></item></channel></rss>";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(feed);
    let docs = read_mem("latin.rss", &bytes);
    assert_eq!(docs.len(), 1, "{docs:?}");
    assert_eq!(ok(&docs[0]).text, "Le café à Alep.");
    assert_eq!(
        ok(&docs[0]).meta.title.as_ref().map(|t| t.text.as_str()),
        Some("Été")
    );
}

#[test]
fn damaged_archives_never_panic_nor_hang() {
    let plain = archive_records().concat();
    let gz: Vec<u8> = archive_records().iter().flat_map(|r| gzip(r)).collect();
    for bytes in [&plain, &gz] {
        for cut in (0..bytes.len()).step_by(53) {
            let docs = read_mem("cut.warc", &bytes[..cut]);
            // Documents, then at most the "br" record's error and one error for the damage.
            assert!(
                docs.iter().filter(|d| d.is_err()).count() <= 2,
                "{cut}: {docs:?}"
            );
            if let Some(last_ok) = docs.iter().rposition(|d| d.is_ok()) {
                assert!(last_ok < ARCHIVE_SUMMARY.len());
            }
        }
    }
    const PIECES: [&[u8]; 12] = [
        b"WARC/1.1\r\n",
        b"WARC-Type: response\r\n",
        b"Content-Type: application/http\r\n",
        b"Content-Length: 40\r\n",
        b"Content-Length: 99999999999\r\n",
        b"\r\n",
        b"HTTP/1.1 200 OK\r\n",
        b"Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
        b"Content-Encoding: gzip\r\n",
        b"<p>Texte \xc3\xa9</p>",
        b"ffff\r\n",
        b"\x1f\x8b\x08\0",
    ];
    let mut state = 987654321u64;
    for _ in 0..300 {
        let mut bytes = Vec::new();
        for _ in 0..30 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            bytes.extend_from_slice(PIECES[(state >> 33) as usize % PIECES.len()]);
        }
        let _ = read_mem("g.warc", &bytes);
        let _ = read_mem("g.warc.gz", &gzip(&bytes));
        let _ = read_mem("g.rss", &bytes);
    }
}

#[test]
fn format_detection() {
    let name = |path: Option<&str>, head: &[u8]| detect_format(path.map(Path::new), head).name();
    let warc = b"WARC/1.0\r\nWARC-Type: warcinfo\r\n";
    let gz = gzip(warc);
    assert_eq!(name(Some("a.warc"), b""), "warc");
    assert_eq!(name(Some("a.WARC"), b"x"), "warc");
    // "a.warc.gz" has the extension "gz": found by its decompressed head.
    assert_eq!(name(Some("a.warc.gz"), &gz), "warc");
    assert_eq!(name(None, &gz), "warc");
    assert_eq!(name(None, warc), "warc");
    assert_ne!(name(Some("notes.txt.gz"), &gzip(b"Some text")), "warc");
    assert_eq!(name(Some("a.rss"), b""), "feed");
    assert_eq!(name(Some("a.atom"), b""), "feed");
    assert_eq!(name(Some("a.xml"), b""), "feed");
    assert_eq!(name(None, RSS2.as_bytes()), "feed");
    assert_eq!(name(None, ATOM.as_bytes()), "feed");
    assert_eq!(name(None, RDF.as_bytes()), "feed");
    let xhtml = b"<?xml version=\"1.0\"?>\n<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p></body></html>";
    assert_eq!(name(None, xhtml), "html");
    assert_eq!(name(Some("page.xhtml"), RSS2.as_bytes()), "html");
    assert_eq!(name(None, b"<p>Un paragraphe.</p>"), "html");
}
