//! `vigie serve`: an HTTP/JSON API over the event store.
//!
//! Routes (all answers are JSON except the web map's page and files; every error is
//! `{"error": {"status": N, "message": "..."}}`):
//!
//! | method | path | what |
//! | --- | --- | --- |
//! | GET | `/` | the web map: an HTML page (see [`web`]) |
//! | GET | `/assets/{name}` | the page's script, style sheet and vendored files, embedded in the binary |
//! | GET | `/api` | an index of the endpoints |
//! | GET | `/events` | merged events matching filters, paged (`limit` 100 by default, 1000 at most) |
//! | GET | `/events/{id}` | one merged event with every source and its evidence |
//! | GET | `/articles/{id}` | one article with its annotated document (text, metadata, layers) |
//! | POST | `/articles` | annotate and store an article (only with a token; see below) |
//! | GET | `/timeline` | merged events per day, week or month, with the same filters |
//! | GET | `/stats` | how many articles, events and merged events the store holds |
//! | GET | `/openapi.json` | the OpenAPI 3 description of all of the above |
//!
//! Limits and behaviour:
//! - The server listens only on the address it is given ([`ServerConfig::addr`]).
//! - `POST /articles` answers 403 when the server was started without a token (read-only), 401
//!   when the `Authorization: Bearer <token>` header is missing or wrong (compared in constant
//!   time), 201 when the article was added, 200 when an article with the same text was already
//!   stored (the store keys articles by the SHA-256 of their text).
//! - Request bodies are limited ([`ServerConfig::body_limit`], 2 MiB by default: 413), requests
//!   time out ([`ServerConfig::request_timeout`], 30 s by default: 408).
//! - The request line and headers are bounded: a URI over [`MAX_URI_BYTES`] (16 KiB) is answered
//!   414, more than [`MAX_HEADERS`] (100) header fields or more than [`MAX_HEADER_BYTES`] (64 KiB)
//!   of them 431, with the API's JSON error. hyper bounds them too, before any of this code runs,
//!   at higher limits (URIs of 64 KiB, 200 header fields, about 400 KiB of head: its read buffer);
//!   beyond those, and for a request that is not HTTP at all (400), hyper answers itself and
//!   closes the connection, with an empty body: hyper 1 has no hook to shape those answers (its
//!   HTTP/1 parser writes the status line of a parse error straight to the connection, without
//!   calling the service). The whole head must arrive within the request timeout too (hyper's
//!   `header_read_timeout`), so a client trickling its headers cannot hold a connection (an idle
//!   keep-alive connection is closed after the same time).
//! - HTTP/1.1 only (no HTTP/2, no TLS: put a reverse proxy in front to expose it).
//! - SQLite: a `rusqlite::Connection` is `Send` but not `Sync`, so the server keeps a small pool of
//!   [`Store`]s (one connection each, [`ServerConfig::pool_size`]), each behind a `Mutex`; every
//!   query runs on tokio's blocking thread pool (`spawn_blocking`) on the first free connection.
//!   The store is in WAL mode, so readers do not wait for a writer. Writes (`POST /articles`) are
//!   serialised by one more lock, so that two ingests never merge at the same time.
//! - PostgreSQL: when the store given is a `postgres://` URL, the same API is served from the
//!   shared store of `vigie worker` ([`vigie_pg::PgStore`], one connection per pool slot); a
//!   `POST /articles` there merges in its own transaction under the store's advisory lock.
//! - Ctrl-C (and SIGTERM on Unix) stops accepting connections and lets requests in flight finish.

mod api;
mod backend;
mod error;
mod params;
pub mod web;

pub use api::openapi;
pub use backend::{BackendError, EventStore};
pub use error::ServerError;

use axum::Router;
use std::future::Future;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use vigie_core::Document;
use vigie_store::Store;

/// The annotation pipeline `POST /articles` runs on a new article before storing it. The server
/// does not depend on the extraction crates: whoever starts it passes the pipeline in.
pub type Annotate = Arc<dyn Fn(Document) -> Document + Send + Sync>;

/// The longest URI (authority, path and query) the API takes; a longer one is answered 414 with
/// the JSON error. hyper itself refuses URIs over 64 KiB, with an empty 414.
pub const MAX_URI_BYTES: usize = 16 * 1024;
/// The most header fields a request may have; more are answered 431 with the JSON error.
pub const MAX_HEADERS: usize = 100;
/// The most bytes of header fields (names, values and 4 bytes each for `: ` and the line end) a
/// request may have; more are answered 431 with the JSON error.
pub const MAX_HEADER_BYTES: usize = 64 * 1024;
/// How many header fields hyper parses before it refuses the request itself (431, empty body):
/// above [`MAX_HEADERS`], so that vigie's own check answers first.
const HYPER_MAX_HEADERS: usize = 2 * MAX_HEADERS;

/// Where `vigie serve` listens unless told otherwise: the loopback interface only.
pub const DEFAULT_ADDR: SocketAddr = SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 8080));
/// The largest request body accepted: 2 MiB.
pub const DEFAULT_BODY_LIMIT: usize = 2 * 1024 * 1024;
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_POOL_SIZE: usize = 4;

/// Everything `serve` needs. Build it with [`ServerConfig::new`] and set the fields you need.
#[derive(Clone)]
pub struct ServerConfig {
    /// The store's file; created (empty) when missing. A `postgres://` (or `postgresql://`) URL
    /// serves the shared PostgreSQL store instead.
    pub db: PathBuf,
    /// The only address listened on.
    pub addr: SocketAddr,
    /// The bearer token `POST /articles` requires; `None` makes the server read-only.
    pub token: Option<String>,
    /// The annotation pipeline for `POST /articles`; without it that route answers 503.
    pub annotate: Option<Annotate>,
    /// The largest request body, in bytes.
    pub body_limit: usize,
    /// How long one request may take before it is answered 408.
    pub request_timeout: Duration,
    /// How many SQLite connections serve requests at once (at least 1).
    pub pool_size: usize,
}

impl ServerConfig {
    pub fn new(db: impl Into<PathBuf>, addr: SocketAddr) -> ServerConfig {
        ServerConfig {
            db: db.into(),
            addr,
            token: None,
            annotate: None,
            body_limit: DEFAULT_BODY_LIMIT,
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
            pool_size: DEFAULT_POOL_SIZE,
        }
    }
}

impl std::fmt::Debug for ServerConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerConfig")
            .field("db", &self.db)
            .field("addr", &self.addr)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("annotate", &self.annotate.as_ref().map(|_| "<pipeline>"))
            .field("body_limit", &self.body_limit)
            .field("request_timeout", &self.request_timeout)
            .field("pool_size", &self.pool_size)
            .finish()
    }
}

/// A few store connections, each behind a mutex; a query takes the first one free.
struct Pool {
    stores: Vec<Mutex<Box<dyn EventStore>>>,
    next: AtomicUsize,
}

impl Pool {
    /// Runs `f` on a free connection, waiting for one when all are busy. Call it from a blocking
    /// thread, never from an async task.
    fn with<R>(&self, f: impl FnOnce(&mut dyn EventStore) -> R) -> R {
        let n = self.stores.len();
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        for i in 0..n {
            if let Ok(mut store) = self.stores[(start + i) % n].try_lock() {
                return f(&mut **store);
            }
        }
        // A panic while a store was held leaves it consistent (an open transaction rolls back
        // when dropped), so a poisoned lock is taken over.
        let mut store = self.stores[start % n].lock().unwrap_or_else(|p| p.into_inner());
        f(&mut **store)
    }
}

/// The server's settings, shared by every request.
#[derive(Clone)]
struct Settings {
    token: Option<String>,
    annotate: Option<Annotate>,
    body_limit: usize,
    request_timeout: Duration,
}

/// What every request handler shares: the store's connections and the server's settings.
#[derive(Clone)]
pub struct AppState {
    pool: Arc<Pool>,
    /// Held by writers, so that two ingests never add and merge at the same time.
    write_lock: Arc<Mutex<()>>,
    settings: Arc<Settings>,
}

impl AppState {
    /// Opens `pool_size` connections (at least one) to the store at `db`, creating it if needed.
    /// A `postgres://` URL opens the shared PostgreSQL store instead.
    pub fn open(db: &Path, pool_size: usize) -> Result<AppState, ServerError> {
        let url = db.to_string_lossy();
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Self::open_postgres(&url, pool_size);
        }
        let open = || Store::open(db).map_err(|source| ServerError::Store { path: db.to_path_buf(), source });
        let stores = (0..pool_size.max(1))
            .map(|_| open().map(|s| Mutex::new(Box::new(s) as Box<dyn EventStore>)))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self::from_stores(stores))
    }

    /// Opens `pool_size` connections (at least one) to the shared PostgreSQL store at `url`.
    pub fn open_postgres(url: &str, pool_size: usize) -> Result<AppState, ServerError> {
        let open = || {
            vigie_pg::PgStore::connect(url).map_err(|source| ServerError::Postgres { url: vigie_pg::redact(url), source })
        };
        let stores = (0..pool_size.max(1))
            .map(|_| open().map(|s| Mutex::new(Box::new(s) as Box<dyn EventStore>)))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self::from_stores(stores))
    }

    /// A state over one connection (an in-memory store in tests, for instance).
    pub fn from_store(store: Store) -> AppState {
        Self::from_stores(vec![Mutex::new(Box::new(store) as Box<dyn EventStore>)])
    }

    /// A state over one connection of any store.
    pub fn from_event_store(store: Box<dyn EventStore>) -> AppState {
        Self::from_stores(vec![Mutex::new(store)])
    }

    fn from_stores(stores: Vec<Mutex<Box<dyn EventStore>>>) -> AppState {
        AppState {
            pool: Arc::new(Pool { stores, next: AtomicUsize::new(0) }),
            write_lock: Arc::new(Mutex::new(())),
            settings: Arc::new(Settings {
                token: None,
                annotate: None,
                body_limit: DEFAULT_BODY_LIMIT,
                request_timeout: DEFAULT_REQUEST_TIMEOUT,
            }),
        }
    }

    /// The token `POST /articles` requires; `None` (or an empty token) makes the server read-only.
    pub fn with_token(mut self, token: Option<String>) -> AppState {
        Arc::make_mut(&mut self.settings).token = token.filter(|t| !t.is_empty());
        self
    }

    pub fn with_annotate(mut self, annotate: Option<Annotate>) -> AppState {
        Arc::make_mut(&mut self.settings).annotate = annotate;
        self
    }

    pub fn with_body_limit(mut self, bytes: usize) -> AppState {
        Arc::make_mut(&mut self.settings).body_limit = bytes;
        self
    }

    pub fn with_request_timeout(mut self, timeout: Duration) -> AppState {
        Arc::make_mut(&mut self.settings).request_timeout = timeout;
        self
    }

    /// Runs `f` on a store connection on the blocking thread pool.
    async fn db<R: Send + 'static>(
        &self,
        f: impl FnOnce(&mut dyn EventStore) -> Result<R, BackendError> + Send + 'static,
    ) -> Result<R, error::ApiError> {
        let state = self.clone();
        tokio::task::spawn_blocking(move || state.pool.with(f))
            .await
            .map_err(|e| error::ApiError::internal(format!("a database task failed: {e}")))?
            .map_err(error::ApiError::from)
    }
}

/// The application: every route, with the body limit, the timeout and JSON errors.
pub fn router(state: AppState) -> Router {
    api::router(state)
}

/// A server bound to its address, not yet answering.
pub struct Server {
    listener: tokio::net::TcpListener,
    state: AppState,
}

impl Server {
    /// Opens the store and binds the listener (`addr` with port 0 picks a free port).
    pub async fn bind(config: ServerConfig) -> Result<Server, ServerError> {
        if config.token.as_deref() == Some("") {
            return Err(ServerError::EmptyToken);
        }
        let db = config.db.clone();
        let pool_size = config.pool_size;
        let state = tokio::task::spawn_blocking(move || AppState::open(&db, pool_size))
            .await
            .map_err(|e| ServerError::Io(std::io::Error::other(e.to_string())))??
            .with_token(config.token)
            .with_annotate(config.annotate)
            .with_body_limit(config.body_limit)
            .with_request_timeout(config.request_timeout);
        let listener = tokio::net::TcpListener::bind(config.addr)
            .await
            .map_err(|source| ServerError::Bind { addr: config.addr, source })?;
        Ok(Server { listener, state })
    }

    /// The address actually bound (the chosen port when 0 was asked for).
    pub fn local_addr(&self) -> Result<SocketAddr, ServerError> {
        Ok(self.listener.local_addr()?)
    }

    /// Answers requests until `shutdown` completes, then lets the requests in flight finish.
    ///
    /// Each connection speaks HTTP/1.1 through hyper, with a timer so that a client must send a
    /// whole request head within the request timeout (a connection trickling its headers is
    /// closed); the router's own timeout bounds the rest of each request.
    pub async fn run<F>(self, shutdown: F) -> Result<(), ServerError>
    where
        F: Future<Output = ()> + Send + 'static,
    {
        use hyper_util::rt::{TokioIo, TokioTimer};
        let head_timeout = self.state.settings.request_timeout;
        let app = router(self.state);
        let graceful = hyper_util::server::graceful::GracefulShutdown::new();
        let mut shutdown = std::pin::pin!(shutdown);
        loop {
            let stream = tokio::select! {
                accepted = self.listener.accept() => match accepted {
                    Ok((stream, _)) => stream,
                    // Out of file descriptors, a connection reset before it was accepted...:
                    // wait a little rather than spin, and go on serving the others.
                    Err(_) => {
                        tokio::time::sleep(Duration::from_millis(20)).await;
                        continue;
                    }
                },
                _ = &mut shutdown => break,
            };
            let service = hyper_util::service::TowerToHyperService::new(app.clone());
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder.timer(TokioTimer::new()).header_read_timeout(head_timeout).max_headers(HYPER_MAX_HEADERS);
            let connection = graceful.watch(builder.serve_connection(TokioIo::new(stream), service));
            tokio::spawn(async move {
                // A client that goes away or speaks nonsense only ends its own connection.
                let _ = connection.await;
            });
        }
        drop(self.listener);
        graceful.shutdown().await;
        Ok(())
    }
}

/// Serves the API at `config.addr` until Ctrl-C (or SIGTERM on Unix).
pub async fn serve(config: ServerConfig) -> Result<(), ServerError> {
    Server::bind(config).await?.run(shutdown_signal()).await
}

/// Completes on Ctrl-C, or SIGTERM on Unix. Where signals cannot be listened to, never.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
