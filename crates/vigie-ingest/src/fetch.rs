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
