//! Following a feed: an RSS/Atom feed (a URL, or a file) read again and again, each read giving
//! the documents of its items; an item with a link and little text is replaced by the page it
//! links to.
//!
//! - [`Fetcher`] gets one URL over HTTP or HTTPS (ureq, rustls), with a time limit and a size
//!   limit, and with a conditional GET: the `ETag` and `Last-Modified` of the previous answer are
//!   sent back (`If-None-Match`, `If-Modified-Since`), and a `304 Not Modified` costs no parsing.
//! - [`Follower::poll`] reads the feed once. Items the caller already holds (its `is_known`
//!   callback, asked before any page is fetched) are skipped; the others become documents, as
//!   [`crate::feed`] reads them. When an item's text is shorter than
//!   [`Follower::min_item_text`] bytes and it has a link, the linked page is fetched and read as
//!   HTML ([`crate::html`]); the document keeps the item's id, link, record and, where the page
//!   says nothing, its title and date. A page that cannot be fetched or read leaves the item's own
//!   text, with a diagnostic naming the page and the reason.
//! - A feed that cannot be fetched or parsed is one error for that poll; the next poll tries
//!   again. Errors name the URL (or file) and the reason.

use crate::format::{self, ReadError};
use crate::{apply_caller, feed, html, ReadOptions};
use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};
use vigie_core::{Document, Origin};

/// Why a feed or a page could not be fetched.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("{url}: {reason}")]
    Transport { url: String, reason: String },
    #[error("{url}: the server answered HTTP {status}")]
    Status { url: String, status: u16 },
    #[error("{url}: larger than the limit of {limit} bytes")]
    TooLarge { url: String, limit: usize },
    #[error("{path}: {source}")]
    File { path: PathBuf, source: std::io::Error },
}

/// The validators of a previous answer, sent back for a conditional GET.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// What a GET gave.
#[derive(Debug)]
pub enum Fetched {
    /// 304: the validators sent still hold.
    NotModified,
    Body {
        bytes: Vec<u8>,
        /// The validators of this answer, for the next GET.
        validators: Validators,
    },
}

/// An HTTP(S) client with a time limit per request and a size limit per answer.
#[derive(Clone)]
pub struct Fetcher {
    agent: ureq::Agent,
    max_bytes: usize,
}

impl Fetcher {
    /// `timeout` bounds each whole request (connect, send, receive); `max_bytes` each answer's
    /// body (after decompression).
    pub fn new(timeout: Duration, max_bytes: usize) -> Fetcher {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .user_agent(concat!("vigie/", env!("CARGO_PKG_VERSION"), " (feed follower)"))
            // Statuses are ours to report, with the URL.
            .http_status_as_error(false)
            .build()
            .new_agent();
        Fetcher { agent, max_bytes }
    }

    /// GETs `url`, sending `validators` back as a conditional GET.
    pub fn get(&self, url: &str, validators: &Validators) -> Result<Fetched, FetchError> {
        let transport = |e: ureq::Error| FetchError::Transport { url: url.to_string(), reason: e.to_string() };
        let mut request = self.agent.get(url);
        if let Some(etag) = &validators.etag {
            request = request.header("If-None-Match", etag);
        }
        if let Some(date) = &validators.last_modified {
            request = request.header("If-Modified-Since", date);
        }
        let mut response = request.call().map_err(transport)?;
        let status = response.status().as_u16();
        if status == 304 {
            return Ok(Fetched::NotModified);
        }
        if !(200..300).contains(&status) {
            return Err(FetchError::Status { url: url.to_string(), status });
        }
        let header = |name: &str| {
            response.headers().get(name).and_then(|v| v.to_str().ok()).map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
        };
        let validators = Validators { etag: header("etag"), last_modified: header("last-modified") };
        // One byte over the limit tells a body at the limit from a larger one.
        let mut bytes = Vec::new();
        response
            .body_mut()
            .as_reader()
            .take(self.max_bytes as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| FetchError::Transport { url: url.to_string(), reason: format!("reading the answer: {e}") })?;
        if bytes.len() > self.max_bytes {
            return Err(FetchError::TooLarge { url: url.to_string(), limit: self.max_bytes });
        }
        Ok(Fetched::Body { bytes, validators })
    }
}

/// Where a followed feed is: a URL (http or https), else a file read again at each poll.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedLocation {
    Url(String),
    File(PathBuf),
}

impl FeedLocation {
    /// A URL when `s` starts with `http://` or `https://` (any case), else a file path.
    pub fn parse(s: &str) -> FeedLocation {
        let lower = s.trim().to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            FeedLocation::Url(s.trim().to_string())
        } else {
            FeedLocation::File(PathBuf::from(s))
        }
    }
}

impl std::fmt::Display for FeedLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FeedLocation::Url(url) => f.write_str(url),
            FeedLocation::File(path) => write!(f, "{}", path.display()),
        }
    }
}

/// What one poll gave.
#[derive(Debug, Default)]
pub struct Poll {
    /// The feed had not changed since the previous poll (HTTP 304, or a file with the same
    /// modification time and size): nothing was read.
    pub not_modified: bool,
    /// Items in the feed.
    pub items: usize,
    /// Items skipped because the caller already holds them.
    pub known: usize,
    /// Pages fetched for items with little text.
    pub pages_fetched: usize,
    /// The new items' documents, or why an item could not be read.
    pub documents: Vec<Result<Document, ReadError>>,
}

/// One feed, polled again and again (see the module's documentation).
pub struct Follower {
    location: FeedLocation,
    fetcher: Fetcher,
    opts: ReadOptions,
    validators: Validators,
    /// For a file: modification time and size at the last read.
    file_state: Option<(SystemTime, u64)>,
    /// An item whose text is shorter than this (bytes) and that has a link is replaced by the
    /// linked page. Default 600: a headline and a teaser sentence or two.
    pub min_item_text: usize,
}

impl Follower {
    pub fn new(location: FeedLocation, fetcher: Fetcher, opts: ReadOptions) -> Follower {
        Follower { location, fetcher, opts, validators: Validators::default(), file_state: None, min_item_text: 600 }
    }

    pub fn location(&self) -> &FeedLocation {
        &self.location
    }

    /// Forgets what the last poll saw, so that the next one reads the feed whole even if it has
    /// not changed: for a caller that could not keep the last poll's documents.
    pub fn forget(&mut self) {
        self.validators = Validators::default();
        self.file_state = None;
    }

    /// The feed's bytes, or None when it has not changed since the last poll.
    fn feed_bytes(&mut self) -> Result<Option<Vec<u8>>, FetchError> {
        match &self.location {
            FeedLocation::Url(url) => match self.fetcher.get(url, &self.validators)? {
                Fetched::NotModified => Ok(None),
                Fetched::Body { bytes, validators } => {
                    self.validators = validators;
                    Ok(Some(bytes))
                }
            },
            FeedLocation::File(path) => {
                let io = |source| FetchError::File { path: path.clone(), source };
                let meta = std::fs::metadata(path).map_err(io)?;
                let state = meta.modified().ok().map(|m| (m, meta.len()));
                if state.is_some() && state == self.file_state {
                    return Ok(None);
                }
                if meta.len() > feed::MAX_FEED_BYTES as u64 {
                    return Err(FetchError::TooLarge { url: path.display().to_string(), limit: feed::MAX_FEED_BYTES });
                }
                let bytes = std::fs::read(path).map_err(io)?;
                self.file_state = state;
                Ok(Some(bytes))
            }
        }
    }

    /// Reads the feed once. `is_known` is asked about each item's document (its id, link and
    /// item text) before its page is fetched; a known item is skipped.
    pub fn poll(&mut self, is_known: &mut dyn FnMut(&Document) -> bool) -> Result<Poll, FetchError> {
        let Some(bytes) = self.feed_bytes()? else {
            return Ok(Poll { not_modified: true, ..Poll::default() });
        };
        let source = self.location.to_string();
        let mut poll = Poll::default();
        for item in feed::read_feed(&source, &bytes, &self.opts) {
            poll.items += 1;
            let doc = match item {
                Ok(doc) => apply_caller(doc, &self.opts),
                Err(err) => {
                    poll.documents.push(Err(err));
                    continue;
                }
            };
            if is_known(&doc) {
                poll.known += 1;
                continue;
            }
            let link = doc.meta.url.clone().filter(|_| doc.text.trim().len() < self.min_item_text);
            let doc = match link {
                Some(link) => {
                    poll.pages_fetched += 1;
                    self.page(&link, doc)
                }
                None => doc,
            };
            poll.documents.push(Ok(doc));
        }
        Ok(poll)
    }

    /// The document of the page an item links to, carrying the item's identity; the item itself,
    /// with a diagnostic, when the page cannot be had.
    fn page(&self, link: &str, item: Document) -> Document {
        let page = match self.fetcher.get(link, &Validators::default()) {
            Ok(Fetched::Body { bytes, .. }) if bytes.len() > self.opts.max_document_bytes => Err(format!(
                "{link}: {} bytes is larger than the limit of {} bytes per document",
                bytes.len(),
                self.opts.max_document_bytes
            )),
            Ok(Fetched::Body { bytes, .. }) => {
                html::read_html(link, &bytes).map_err(|e| format!("{link}: {}", e.reason))
            }
            Ok(Fetched::NotModified) => Err(format!("{link}: 304 to an unconditional GET")),
            Err(e) => Err(e.to_string()),
        };
        let mut page = match page {
            Ok(page) if page.text.trim().len() > item.text.trim().len() => page,
            Ok(_) => {
                let mut item = item;
                item.warn("follow", format!("the page {link} has no more text than the feed item: the item's text is kept"));
                return item;
            }
            Err(reason) => {
                let mut item = item;
                item.warn("follow", format!("the page of this item could not be read ({reason}): the item's text is kept"));
                return item;
            }
        };
        page.id = item.id;
        page.meta.source = item.meta.source;
        page.meta.record = item.meta.record;
        page.meta.url = Some(link.to_string());
        if page.meta.title.is_none() {
            if let Some(title) = &item.meta.title {
                format::set_title(&mut page, &title.text, Origin::Markup);
            }
        }
        if page.meta.published.is_none() {
            page.meta.published = item.meta.published;
        }
        if page.meta.byline.is_none() {
            page.meta.byline = item.meta.byline;
        }
        apply_caller(page, &self.opts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufRead, BufReader, Write};
    use std::net::{TcpListener, TcpStream};
    use std::sync::{Arc, Mutex};

    /// What the test server was asked: the path and the headers (names in lower case).
    #[derive(Debug, Clone)]
    struct Request {
        path: String,
        headers: Vec<(String, String)>,
    }

    impl Request {
        fn header(&self, name: &str) -> Option<&str> {
            self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
        }
    }

    struct Reply {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: Vec<u8>,
        /// Waited before answering.
        delay: Duration,
    }

    fn reply(status: u16, body: impl Into<Vec<u8>>) -> Reply {
        Reply { status, headers: Vec::new(), body: body.into(), delay: Duration::ZERO }
    }

    type Log = Arc<Mutex<Vec<Request>>>;

    /// A local HTTP/1.1 server on a free port, one thread per connection, each connection closed
    /// after one answer. Returns its base URL and the log of the requests it was sent.
    fn serve(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> (String, Log) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let log: Log = Arc::default();
        let handler = Arc::new(handler);
        let server_log = log.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let (handler, log) = (handler.clone(), server_log.clone());
                std::thread::spawn(move || answer(stream, &*handler, &log));
            }
        });
        (base, log)
    }

    fn answer(mut stream: TcpStream, handler: &dyn Fn(&Request) -> Reply, log: &Log) {
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut line = String::new();
        if reader.read_line(&mut line).is_err() {
            return;
        }
        let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
        let mut headers = Vec::new();
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
                break;
            }
            if let Some((n, v)) = h.split_once(':') {
                headers.push((n.trim().to_ascii_lowercase(), v.trim().to_string()));
            }
        }
        let request = Request { path, headers };
        log.lock().unwrap().push(request.clone());
        let r = handler(&request);
        std::thread::sleep(r.delay);
        let mut head = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", r.status);
        if r.status != 304 {
            head.push_str(&format!("Content-Length: {}\r\n", r.body.len()));
        }
        for (n, v) in &r.headers {
            head.push_str(&format!("{n}: {v}\r\n"));
        }
        head.push_str("\r\n");
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(&r.body);
    }

    fn fetcher() -> Fetcher {
        Fetcher::new(Duration::from_secs(20), 64 * 1024)
    }

    const PAGE: &str = "<html><head><title>Clashes near the border town</title></head><body><article>\
        <h1>Clashes near the border town</h1>\
        <p>Fighting broke out on Monday between government forces and an armed group near the border town, \
        residents said, and went on through the night as both sides brought in reinforcements from the north.</p>\
        <p>Local officials said at least four people were killed and a dozen wounded in the clashes, which \
        began when the armed group attacked a checkpoint on the main road leading to the town centre.</p>\
        <p>The army said it had regained control of the road by Tuesday morning and that the situation was \
        calm, although shops stayed closed and many families left for villages further from the front line.</p>\
        </article></body></html>";

    fn feed(base: &str, items: &[(&str, &str)]) -> String {
        let items: String = items
            .iter()
            .map(|(id, text)| {
                format!(
                    "<item><title>Item {id}</title><link>{base}/{id}.html</link><guid>{id}</guid>\
                     <pubDate>Mon, 06 May 2019 10:00:00 +0000</pubDate><description>{text}</description></item>"
                )
            })
            .collect();
        format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title><link>{base}/</link>\
             <description>news</description>{items}</channel></rss>"
        )
    }

    #[test]
    fn a_200_gives_the_body_and_its_validators_and_a_304_answers_a_matching_etag() {
        let (base, log) = serve(|r| {
            if r.header("if-none-match") == Some("\"v1\"") {
                return reply(304, "");
            }
            let mut ok = reply(200, "hello");
            ok.headers.push(("ETag", "\"v1\"".into()));
            ok.headers.push(("Last-Modified", "Mon, 06 May 2019 10:00:00 GMT".into()));
            ok
        });
        let url = format!("{base}/feed.xml");
        let Fetched::Body { bytes, validators } = fetcher().get(&url, &Validators::default()).unwrap() else {
            panic!("a 200 is a body");
        };
        assert_eq!(bytes, b"hello");
        assert_eq!(validators.etag.as_deref(), Some("\"v1\""));
        assert_eq!(validators.last_modified.as_deref(), Some("Mon, 06 May 2019 10:00:00 GMT"));
        assert!(matches!(fetcher().get(&url, &validators).unwrap(), Fetched::NotModified));
        let log = log.lock().unwrap();
        assert_eq!(log.len(), 2);
        assert_eq!(log[0].header("if-none-match"), None);
        assert_eq!(log[1].header("if-none-match"), Some("\"v1\""));
        assert_eq!(log[1].header("if-modified-since"), Some("Mon, 06 May 2019 10:00:00 GMT"));
    }

    #[test]
    fn a_404_is_a_status_error_naming_the_url() {
        let (base, _) = serve(|_| reply(404, "no such page"));
        let url = format!("{base}/missing.xml");
        let err = fetcher().get(&url, &Validators::default()).unwrap_err();
        assert!(matches!(err, FetchError::Status { status: 404, .. }), "{err:?}");
        let message = err.to_string();
        assert!(message.contains(&url) && message.contains("404"), "{message}");
    }

    #[test]
    fn an_answer_over_the_size_limit_is_refused_and_one_at_the_limit_is_read() {
        let (base, _) = serve(|r| reply(200, vec![b'x'; if r.path == "/big" { 1001 } else { 1000 }]));
        let small = Fetcher::new(Duration::from_secs(20), 1000);
        let err = small.get(&format!("{base}/big"), &Validators::default()).unwrap_err();
        assert!(matches!(err, FetchError::TooLarge { limit: 1000, .. }), "{err:?}");
        assert!(err.to_string().contains("/big"), "{err}");
        let Fetched::Body { bytes, .. } = small.get(&format!("{base}/exact"), &Validators::default()).unwrap() else {
            panic!("a 200 is a body");
        };
        assert_eq!(bytes.len(), 1000);
    }

    #[test]
    fn a_server_slower_than_the_time_limit_is_a_transport_error() {
        let (base, _) = serve(|_| Reply { delay: Duration::from_secs(5), ..reply(200, "late") });
        let impatient = Fetcher::new(Duration::from_millis(300), 1000);
        let url = format!("{base}/slow.xml");
        let err = impatient.get(&url, &Validators::default()).unwrap_err();
        assert!(matches!(err, FetchError::Transport { .. }), "{err:?}");
        assert!(err.to_string().contains(&url), "{err}");
    }

    #[test]
    fn nothing_listening_is_a_transport_error() {
        // A port that was free a moment ago: bind, note it, close.
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let err = fetcher().get(&format!("http://127.0.0.1:{port}/feed.xml"), &Validators::default()).unwrap_err();
        assert!(matches!(err, FetchError::Transport { .. }), "{err:?}");
    }

    #[test]
    fn a_poll_fetches_the_page_of_a_short_item_only_and_skips_known_items() {
        let long = "The army said on Monday that it had repelled an attack on its positions near the river crossing, \
            and that the fighting, which lasted several hours, had left a number of attackers dead. ".repeat(5);
        let base_cell: Arc<Mutex<String>> = Arc::default();
        let cell = base_cell.clone();
        let long_text = long.clone();
        let (base, log) = serve(move |r| match r.path.as_str() {
            "/feed.xml" => {
                let base = cell.lock().unwrap().clone();
                let mut ok = reply(200, feed(&base, &[("a1", "Clashes near the town."), ("a2", &long_text), ("a3", "Gone.")]));
                ok.headers.push(("ETag", "\"f1\"".into()));
                ok
            }
            "/a1.html" => reply(200, PAGE),
            _ => reply(404, ""),
        });
        *base_cell.lock().unwrap() = base.clone();
        let mut follower = Follower::new(FeedLocation::parse(&format!("{base}/feed.xml")), fetcher(), ReadOptions::default());
        let poll = follower.poll(&mut |_| false).unwrap();
        assert!(!poll.not_modified);
        assert_eq!((poll.items, poll.known, poll.pages_fetched), (3, 0, 2));
        let docs: Vec<Document> = poll.documents.into_iter().map(|d| d.unwrap()).collect();
        assert_eq!(docs.len(), 3);
        // a1: the page's text, the item's identity.
        assert_eq!(docs[0].id, "a1");
        assert!(docs[0].text.contains("at least four people were killed"), "{}", docs[0].text);
        assert_eq!(docs[0].meta.url.as_deref(), Some(format!("{base}/a1.html").as_str()));
        assert_eq!(docs[0].meta.record.as_deref(), Some("1"));
        assert!(docs[0].meta.published.is_some());
        // a2: long enough, its page is not asked for.
        assert_eq!(docs[1].text.trim(), long.trim());
        // a3: its page is missing: the item's text is kept, with a diagnostic naming the page.
        assert_eq!(docs[2].text.trim(), "Gone.");
        assert!(docs[2].diagnostics.iter().any(|d| d.message.contains("a3.html") && d.message.contains("404")), "{:?}", docs[2].diagnostics);
        let paths: Vec<String> = log.lock().unwrap().iter().map(|r| r.path.clone()).collect();
        assert_eq!(paths, ["/feed.xml", "/a1.html", "/a3.html"]);

        // The feed answers 200 again (the test server ignores validators): known items are skipped
        // before their page is fetched.
        log.lock().unwrap().clear();
        let poll = follower.poll(&mut |doc| doc.id == "a1" || doc.id == "a3").unwrap();
        assert_eq!((poll.items, poll.known, poll.pages_fetched, poll.documents.len()), (3, 2, 0, 1));
        let paths: Vec<String> = log.lock().unwrap().iter().map(|r| r.path.clone()).collect();
        assert_eq!(paths, ["/feed.xml"]);
        assert_eq!(log.lock().unwrap()[0].header("if-none-match"), Some("\"f1\""));
    }

    #[test]
    fn a_poll_of_an_unchanged_feed_reads_nothing_and_a_failed_poll_is_an_error_then_retried() {
        let fail = Arc::new(Mutex::new(false));
        let failing = fail.clone();
        let (base, _) = serve(move |r| {
            if *failing.lock().unwrap() {
                return reply(500, "oops");
            }
            if r.header("if-none-match") == Some("\"f1\"") {
                return reply(304, "");
            }
            let mut ok = reply(200, feed("http://example.invalid", &[("b1", &"Long enough text. ".repeat(50))]));
            ok.headers.push(("ETag", "\"f1\"".into()));
            ok
        });
        let url = format!("{base}/feed.xml");
        let mut follower = Follower::new(FeedLocation::parse(&url), fetcher(), ReadOptions::default());
        assert_eq!(follower.poll(&mut |_| false).unwrap().documents.len(), 1);
        let unchanged = follower.poll(&mut |_| false).unwrap();
        assert!(unchanged.not_modified && unchanged.documents.is_empty());
        *fail.lock().unwrap() = true;
        let err = follower.poll(&mut |_| false).unwrap_err();
        assert!(err.to_string().contains(&url) && err.to_string().contains("500"), "{err}");
        *fail.lock().unwrap() = false;
        // The validators of the last good answer still hold.
        assert!(follower.poll(&mut |_| false).unwrap().not_modified);
    }

    #[test]
    fn a_feed_that_is_not_a_feed_gives_one_error_item() {
        let (base, _) = serve(|_| reply(200, "<html><body>not a feed</body></html>"));
        let mut follower = Follower::new(FeedLocation::parse(&format!("{base}/feed.xml")), fetcher(), ReadOptions::default());
        let poll = follower.poll(&mut |_| false).unwrap();
        assert_eq!(poll.documents.len(), 1);
        assert!(poll.documents[0].is_err());
    }

    #[test]
    fn a_feed_file_is_read_again_only_when_it_changes() {
        let dir = std::env::temp_dir().join(format!("vigie-fetch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("feed.rss");
        std::fs::write(&path, feed("http://example.invalid", &[("c1", &"Long enough text. ".repeat(50))])).unwrap();
        let mut follower = Follower::new(FeedLocation::parse(path.to_str().unwrap()), fetcher(), ReadOptions::default());
        assert_eq!(follower.poll(&mut |_| false).unwrap().documents.len(), 1);
        assert!(follower.poll(&mut |_| false).unwrap().not_modified);
        std::fs::write(
            &path,
            feed("http://example.invalid", &[("c1", &"Long enough text. ".repeat(50)), ("c2", &"Another long text. ".repeat(50))]),
        )
        .unwrap();
        let poll = follower.poll(&mut |d| d.id == "c1").unwrap();
        assert_eq!((poll.items, poll.known, poll.documents.len()), (2, 1, 1));
        std::fs::remove_file(&path).unwrap();
        let err = follower.poll(&mut |_| false).unwrap_err();
        assert!(matches!(err, FetchError::File { .. }), "{err:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_location_is_a_url_only_with_an_http_scheme() {
        assert_eq!(FeedLocation::parse(" HTTPS://x.org/f "), FeedLocation::Url("HTTPS://x.org/f".into()));
        assert_eq!(FeedLocation::parse("feeds/x.rss"), FeedLocation::File(PathBuf::from("feeds/x.rss")));
    }
}
