//! The routes, their answers' types and the OpenAPI description.

use crate::error::{error_json, quote, ApiError, ErrorBody};
use crate::params::{self, BucketParams, FilterParams, PageParams, Route};
use crate::AppState;
use axum::body::{Body, Bytes};
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, Path, Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{OpenApi, ToSchema};
use vigie_core::{Document, LanguageGuess, Origin, Published, Title};
use vigie_store::{Source, StoredEvent, TimelinePoint};

pub fn router(state: AppState) -> Router {
    let body_limit = state.settings.body_limit;
    let timeout = state.settings.request_timeout;
    let ingest = axum::routing::post(post_article).route_layer(middleware::from_fn_with_state(state.clone(), require_token));
    Router::new()
        .route("/", get(crate::web::page))
        .route("/assets/{*name}", get(crate::web::get_asset))
        .route("/api", get(index))
        .route("/events", get(list_events))
        .route("/events/{id}", get(get_event))
        .route("/articles", ingest)
        .route("/articles/{id}", get(get_article))
        .route("/timeline", get(timeline))
        .route("/stats", get(stats))
        .route("/openapi.json", get(openapi_json))
        .fallback(not_found)
        .with_state(state.clone())
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, timeout))
        .layer(RequestBodyLimitLayer::new(body_limit))
        .layer(middleware::from_fn(head_limits))
        .layer(middleware::map_response_with_state(state, json_errors))
}

/// Refuses, with the API's JSON error, a request whose URI or headers exceed vigie's own limits
/// ([`crate::MAX_URI_BYTES`], [`crate::MAX_HEADERS`], [`crate::MAX_HEADER_BYTES`]). These are set
/// below hyper's, so that a head too large gets 414 or 431 with a body saying why; only heads
/// beyond hyper's own bounds (which it refuses before any of this code runs) get hyper's empty
/// answer.
async fn head_limits(request: Request, next: Next) -> Response {
    let uri = request.uri();
    let uri_bytes = uri.authority().map_or(0, |a| a.as_str().len()) + uri.path_and_query().map_or(0, |p| p.as_str().len());
    if uri_bytes > crate::MAX_URI_BYTES {
        let message = format!("the URI is {uri_bytes} bytes long, more than the limit of {} bytes", crate::MAX_URI_BYTES);
        return ApiError::new(StatusCode::URI_TOO_LONG, message).into_response();
    }
    let headers = request.headers();
    if headers.len() > crate::MAX_HEADERS {
        let message = format!("{} header fields, more than the limit of {}", headers.len(), crate::MAX_HEADERS);
        return ApiError::new(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE, message).into_response();
    }
    let header_bytes: usize = headers.iter().map(|(name, value)| name.as_str().len() + value.len() + 4).sum();
    if header_bytes > crate::MAX_HEADER_BYTES {
        let message = format!("the header fields are {header_bytes} bytes, more than the limit of {} bytes", crate::MAX_HEADER_BYTES);
        return ApiError::new(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE, message).into_response();
    }
    next.run(request).await
}

/// Gives every error answer the JSON shape, whichever layer produced it (404 and 405 from the
/// router, 408 from the timeout, 413 from the body limit), and marks every answer `nosniff`.
async fn json_errors(State(state): State<AppState>, mut response: Response) -> Response {
    response.headers_mut().insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let is_json = response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if is_json {
        return response;
    }
    let message = match status {
        StatusCode::NOT_FOUND => "not found".to_string(),
        StatusCode::METHOD_NOT_ALLOWED => "method not allowed on this route".to_string(),
        StatusCode::REQUEST_TIMEOUT => format!("the request took longer than {} s", state.settings.request_timeout.as_secs_f64()),
        StatusCode::PAYLOAD_TOO_LARGE => format!("the request body is larger than {} bytes", state.settings.body_limit),
        other => other.canonical_reason().unwrap_or("error").to_string(),
    };
    let (mut parts, _) = response.into_parts();
    parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(error_json(status, &message)))
}

async fn not_found(request: Request) -> ApiError {
    ApiError::not_found(format!("no route {}: see /api for the endpoints", quote(request.uri().path())))
}

// ----- answers -----------------------------------------------------------------------------

/// A page of merged events.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventsPage {
    /// How many merged events match the filters, on every page.
    pub total: i64,
    pub limit: usize,
    pub offset: usize,
    pub events: Vec<StoredEvent>,
}

/// Merged events that began in one bucket of time.
#[derive(Debug, Serialize, ToSchema)]
pub struct TimelineBucket {
    /// The bucket's first day, `YYYY-MM-DD`.
    pub date: String,
    pub events: i64,
    /// The events' tolls added up (each event's lowest stated toll).
    pub fatalities: i64,
}

impl From<TimelinePoint> for TimelineBucket {
    fn from(p: TimelinePoint) -> TimelineBucket {
        let TimelinePoint { date, events, fatalities } = p;
        TimelineBucket { date, events, fatalities }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StatsBody {
    pub articles: i64,
    /// Events as the articles tell them.
    pub events: i64,
    /// Events after merging across articles.
    pub clusters: i64,
}

/// A stored article and its annotations.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleBody {
    pub id: i64,
    pub doc_id: String,
    /// SHA-256 of the text, in hex: the key that makes ingest idempotent.
    pub content_hash: String,
    pub url: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub lang: Option<String>,
    pub published: Option<String>,
    pub ingested_at: String,
    /// The merged events this article tells, as `/events/{id}`.
    pub events: Vec<i64>,
    /// The annotated document: `text`, `meta`, and the layers `sentences`, `tokens`, `entities`,
    /// `places`, `times`, `events`, `diagnostics`, every annotation a byte range into `text`.
    #[schema(value_type = Object)]
    pub document: serde_json::Value,
}

/// A new article to annotate and store.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewArticle {
    /// Its id; by default `api-` and the start of the text's SHA-256.
    pub id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// The article's text (UTF-8, not empty).
    pub text: String,
    /// The day it was published, `YYYY-MM-DD` (an RFC 3339 timestamp is cut to its day).
    pub published: Option<String>,
    /// Its language as an ISO 639-1 code ("fr", "en"); guessed when absent.
    pub lang: Option<String>,
}

/// What `POST /articles` did.
#[derive(Debug, Serialize, ToSchema)]
pub struct IngestBody {
    /// `created`, or `already stored` when an article with the same text was there.
    pub status: String,
    /// The article, as `/articles/{article_id}`.
    pub article_id: i64,
    pub doc_id: String,
    /// The merged events the article tells.
    pub events: Vec<StoredEvent>,
}

// ----- handlers ----------------------------------------------------------------------------

fn query_pairs(query: Result<Query<Vec<(String, String)>>, QueryRejection>) -> Result<Vec<(String, String)>, ApiError> {
    query.map(|Query(q)| q).map_err(|e| ApiError::bad_request(format!("malformed query string: {}", e.body_text())))
}

fn parse_id(id: &str, what: &str) -> Result<i64, ApiError> {
    id.parse::<i64>()
        .ok()
        .filter(|&i| i > 0)
        .ok_or_else(|| ApiError::bad_request(format!("{what} id: expected a positive whole number, got {}", quote(id))))
}

/// The endpoints.
#[utoipa::path(get, path = "/api", tag = "meta", responses((status = 200, description = "An index of the endpoints", body = Object)))]
async fn index() -> Json<serde_json::Value> {
    Json(serde_json::json!({
        "name": "vigie",
        "version": env!("CARGO_PKG_VERSION"),
        "description": "Events read from news articles: who did what to whom, where, when, how many killed, each with its evidence.",
        "openapi": "/openapi.json",
        "endpoints": [
            {"method": "GET", "path": "/events", "description": "merged events; filters type, country, admin1, actor, from, to, bbox, text; paging limit (100, at most 1000), offset"},
            {"method": "GET", "path": "/events/{id}", "description": "one merged event with its sources and evidence"},
            {"method": "GET", "path": "/articles/{id}", "description": "one article with its annotated document"},
            {"method": "POST", "path": "/articles", "description": "annotate and store an article (Authorization: Bearer <token>)"},
            {"method": "GET", "path": "/timeline", "description": "merged events per day, week or month (bucket), same filters as /events"},
            {"method": "GET", "path": "/stats", "description": "articles, events, merged events"},
            {"method": "GET", "path": "/openapi.json", "description": "the OpenAPI 3 description"},
            {"method": "GET", "path": "/", "description": "the web map (HTML)"},
            {"method": "GET", "path": "/assets/{name}", "description": "the web map's embedded files"}
        ]
    }))
}

/// Merged events matching the filters, by date, paged.
#[utoipa::path(
    get, path = "/events", tag = "events",
    params(FilterParams, PageParams),
    responses(
        (status = 200, description = "A page of merged events", body = EventsPage),
        (status = 400, description = "A malformed parameter, named in the message", body = ErrorBody),
    )
)]
async fn list_events(
    State(state): State<AppState>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Result<Json<EventsPage>, ApiError> {
    let parsed = params::parse(&query_pairs(query)?, Route::Events)?;
    let filter = parsed.filter;
    let limit = filter.limit.unwrap_or(params::DEFAULT_LIMIT);
    let offset = filter.offset;
    let (total, events) = state.db(move |s| Ok((s.count_events(&filter)?, s.events(&filter)?))).await?;
    Ok(Json(EventsPage { total, limit, offset, events }))
}

/// One merged event with every source and its evidence.
#[utoipa::path(
    get, path = "/events/{id}", tag = "events",
    params(("id" = i64, Path, description = "The merged event's id")),
    responses(
        (status = 200, description = "The event", body = StoredEvent),
        (status = 400, description = "The id is not a number", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
    )
)]
async fn get_event(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<StoredEvent>, ApiError> {
    let id = parse_id(&id, "event")?;
    match state.db(move |s| s.event(id)).await? {
        Some(e) => Ok(Json(e)),
        None => Err(ApiError::not_found(format!("no event {id}"))),
    }
}

/// One article with its annotated document.
#[utoipa::path(
    get, path = "/articles/{id}", tag = "articles",
    params(("id" = i64, Path, description = "The article's id")),
    responses(
        (status = 200, description = "The article", body = ArticleBody),
        (status = 400, description = "The id is not a number", body = ErrorBody),
        (status = 404, description = "No such article", body = ErrorBody),
    )
)]
async fn get_article(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<ArticleBody>, ApiError> {
    let id = parse_id(&id, "article")?;
    let found = state
        .db(move |s| match s.article(id)? {
            Some(a) => Ok(Some((a, s.article_event_ids(id)?))),
            None => Ok(None),
        })
        .await?;
    let Some((a, events)) = found else {
        return Err(ApiError::not_found(format!("no article {id}")));
    };
    let document = serde_json::from_str(&a.document)
        .map_err(|e| ApiError::internal(format!("the stored document of article {id} is not valid JSON: {e}")))?;
    Ok(Json(ArticleBody {
        id: a.id,
        doc_id: a.doc_id,
        content_hash: a.content_hash,
        url: a.url,
        source: a.source,
        title: a.title,
        lang: a.lang,
        published: a.published,
        ingested_at: a.ingested_at,
        events,
        document,
    }))
}

/// Merged events matching the filters, counted per day, week or month of their first day.
/// Undated events are left out.
#[utoipa::path(
    get, path = "/timeline", tag = "events",
    params(FilterParams, BucketParams),
    responses(
        (status = 200, description = "Counts over time, oldest first; empty buckets are left out", body = Vec<TimelineBucket>),
        (status = 400, description = "A malformed parameter, named in the message", body = ErrorBody),
    )
)]
async fn timeline(
    State(state): State<AppState>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Result<Json<Vec<TimelineBucket>>, ApiError> {
    let parsed = params::parse(&query_pairs(query)?, Route::Timeline)?;
    let (filter, bucket) = (parsed.filter, parsed.bucket);
    let points = state.db(move |s| s.timeline(&filter, bucket)).await?;
    Ok(Json(points.into_iter().map(TimelineBucket::from).collect()))
}

/// How much the store holds.
#[utoipa::path(get, path = "/stats", tag = "meta", responses((status = 200, description = "Counts", body = StatsBody)))]
async fn stats(State(state): State<AppState>) -> Result<Json<StatsBody>, ApiError> {
    let s = state.db(|s| s.stats()).await?;
    Ok(Json(StatsBody { articles: s.articles, events: s.events, clusters: s.clusters }))
}

/// This description.
#[utoipa::path(get, path = "/openapi.json", tag = "meta", responses((status = 200, description = "The OpenAPI 3 description", body = Object)))]
async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(openapi())
}

/// Refuses writes on a read-only server (403) and requests without the right token (401), before
/// the body is read.
async fn require_token(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(token) = state.settings.token.as_deref() else {
        return ApiError::new(StatusCode::FORBIDDEN, "read-only server: it was started without an API token").into_response();
    };
    let given = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim);
    // `ct_eq` on slices of different lengths answers false at once: the length of the token is
    // not secret, its bytes are compared in constant time.
    let ok = given.is_some_and(|g| bool::from(g.as_bytes().ct_eq(token.as_bytes())));
    if !ok {
        let mut response = ApiError::new(StatusCode::UNAUTHORIZED, "missing or wrong token: send Authorization: Bearer <token>").into_response();
        response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        return response;
    }
    next.run(request).await
}

fn document_of(new: NewArticle) -> Result<Document, ApiError> {
    if new.text.trim().is_empty() {
        return Err(ApiError::bad_request("field 'text': the article's text is empty"));
    }
    let mut doc = Document::new(String::new(), new.text);
    doc.id = match new.id.map(|i| i.trim().to_string()) {
        Some(id) if id.is_empty() || id.len() > 200 => {
            return Err(ApiError::bad_request("field 'id': expected 1 to 200 bytes"));
        }
        Some(id) => id,
        None => format!("api-{}", vigie_store::content_hash(&doc).get(..16).unwrap_or("")),
    };
    doc.meta.url = new.url.map(|u| u.trim().to_string()).filter(|u| !u.is_empty());
    if let Some(title) = new.title.map(|t| t.trim().to_string()).filter(|t| !t.is_empty()) {
        doc.meta.title = Some(Title { text: title, origin: Origin::Caller, span: None });
    }
    if let Some(published) = new.published.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        let day = match published.as_bytes().get(10) {
            Some(b'T' | b't' | b' ') => published.get(..10).unwrap_or(published),
            _ => published,
        };
        let date = day
            .parse::<jiff::civil::Date>()
            .ok()
            .filter(|_| day.len() == 10)
            .ok_or_else(|| ApiError::bad_request(format!("field 'published': expected a date YYYY-MM-DD, got {}", quote(published))))?;
        doc.meta.published = Some(Published { date, time: None, origin: Origin::Caller, span: None });
    }
    if let Some(lang) = new.lang.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        let lang = lang.to_ascii_lowercase();
        if !(2..=3).contains(&lang.len()) || !lang.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(ApiError::bad_request(format!("field 'lang': expected an ISO 639-1 code such as fr or en, got {}", quote(&lang))));
        }
        doc.meta.lang = Some(LanguageGuess { code: lang, confidence: 1.0, origin: Origin::Caller });
    }
    Ok(doc)
}

/// Annotates an article and stores it.
#[utoipa::path(
    post, path = "/articles", tag = "articles",
    request_body(content = NewArticle, content_type = "application/json"),
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Stored, with the events found", body = IngestBody),
        (status = 200, description = "An article with the same text was already stored", body = IngestBody),
        (status = 400, description = "The body is not a valid article", body = ErrorBody),
        (status = 401, description = "Missing or wrong token", body = ErrorBody),
        (status = 403, description = "The server is read-only (started without a token)", body = ErrorBody),
        (status = 413, description = "The body is too large", body = ErrorBody),
        (status = 503, description = "The server has no annotation pipeline", body = ErrorBody),
    )
)]
async fn post_article(State(state): State<AppState>, body: Result<Bytes, BytesRejection>) -> Result<Response, ApiError> {
    let body = body.map_err(|e| ApiError::new(e.status(), e.body_text()))?;
    let new: NewArticle =
        serde_json::from_slice(&body).map_err(|e| ApiError::bad_request(format!("the body is not a valid article: {e}")))?;
    let doc = document_of(new)?;
    let Some(annotate) = state.settings.annotate.clone() else {
        return Err(ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "this server has no annotation pipeline: it cannot ingest"));
    };
    // Stored already? Then there is nothing to annotate.
    let hash = vigie_store::content_hash(&doc);
    let lookup = hash.clone();
    if let Some(answer) = state.db(move |s| existing(s, &lookup)).await? {
        return Ok((StatusCode::OK, Json(answer)).into_response());
    }
    let doc = tokio::task::spawn_blocking(move || annotate(doc))
        .await
        .map_err(|e| ApiError::internal(format!("annotation failed: {e}")))?;
    let hash = vigie_store::content_hash(&doc);
    let writer = state.clone();
    let answer = state
        .db(move |s| {
            let _writing = writer.write_lock.lock().unwrap_or_else(|p| p.into_inner());
            if !s.add_and_merge(&doc)? {
                return Ok(existing(s, &hash)?.map(|a| (StatusCode::OK, a)));
            }
            Ok(existing(s, &hash)?.map(|a| (StatusCode::CREATED, IngestBody { status: "created".into(), ..a })))
        })
        .await?;
    let Some((status, answer)) = answer else {
        return Err(ApiError::internal("the article was stored but cannot be found again"));
    };
    let location = HeaderValue::from_str(&format!("/articles/{}", answer.article_id)).ok();
    let mut response = (status, Json(answer)).into_response();
    if let Some(location) = location {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// The answer for an article already stored under this hash, if it is.
fn existing(s: &mut dyn crate::EventStore, hash: &str) -> Result<Option<IngestBody>, crate::BackendError> {
    let Some(article_id) = s.article_id_by_hash(hash)? else {
        return Ok(None);
    };
    let doc_id = s.article(article_id)?.map(|a| a.doc_id).unwrap_or_default();
    let mut events = Vec::new();
    for id in s.article_event_ids(article_id)? {
        if let Some(e) = s.event(id)? {
            events.push(e);
        }
    }
    Ok(Some(IngestBody { status: "already stored".into(), article_id, doc_id, events }))
}

// ----- OpenAPI -----------------------------------------------------------------------------

#[derive(OpenApi)]
#[openapi(
    info(
        title = "vigie",
        description = "Events read from news articles (who did what to whom, where, when, how many killed), each fact with its evidence as byte offsets into the article. Errors are `{\"error\": {\"status\": N, \"message\": \"...\"}}`.",
    ),
    paths(index, list_events, get_event, get_article, post_article, timeline, stats, openapi_json),
    components(schemas(ErrorBody, StoredEvent, Source, EventsPage, TimelineBucket, StatsBody, ArticleBody, NewArticle, IngestBody)),
    modifiers(&BearerAuth),
)]
struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("bearer", SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)));
    }
}

/// The OpenAPI 3 description of the API.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.info.version = env!("CARGO_PKG_VERSION").to_string();
    doc
}
