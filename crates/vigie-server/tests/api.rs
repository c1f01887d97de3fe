//! The API end to end, through `router(...)` with `tower::ServiceExt::oneshot`, over a temporary
//! store filled by hand; and once through a real listener on 127.0.0.1.

use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;
use tower::ServiceExt;
use vigie_core::{ActorRef, Document, Entity, EntityLabel, Event, GeoRef, Span};
use vigie_server::{router, Annotate, AppState, Server, ServerConfig};
use vigie_store::Store;

/// A temporary store file, removed when dropped.
struct TempDb {
    dir: PathBuf,
}

impl TempDb {
    fn new(name: &str) -> TempDb {
        let dir = std::env::temp_dir().join(format!("vigie-server-{}-{name}", std::process::id()));
        std::fs::remove_dir_all(&dir).ok();
        TempDb { dir }
    }

    fn path(&self) -> PathBuf {
        self.dir.join("store.sqlite")
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.dir).ok();
    }
}

fn actor(name: &str, inter: u8) -> Option<ActorRef> {
    Some(ActorRef { name: Some(name.into()), inter: Some(inter), ..Default::default() })
}

fn place(name: &str, lat: f64, lon: f64, admin1: &str) -> Option<GeoRef> {
    Some(GeoRef { geonameid: None, name: Some(name.into()), lat: Some(lat), lon: Some(lon), country: Some("SY".into()), admin1: Some(admin1.into()), ..Default::default() })
}

#[allow(clippy::too_many_arguments)]
/// An event whose evidence is the first occurrence of `evidence` in `text`.
fn event(text: &str, evidence: &str, kind: &str, date: &str, where_: Option<GeoRef>, a1: Option<ActorRef>, a2: Option<ActorRef>, killed: u32) -> Event {
    let start = text.find(evidence).expect("evidence in text");
    Event {
        sub_event_type: kind.into(),
        plover: None,
        cameo: None,
        actor1: a1,
        actor2: a2,
        location: where_,
        date: Some(date.into()),
        fatalities: Some(killed),
        evidence: Span::new(start, start + evidence.len()),
        confidence: None,
        ..Default::default()
    }
}

fn article(id: &str, title: &str, text: &str, events: impl FnOnce(&str) -> Vec<Event>) -> Document {
    let mut d = Document::new(id, text);
    d.meta.url = Some(format!("https://example.org/{id}"));
    d.meta.title = Some(vigie_core::Title { text: title.into(), origin: vigie_core::Origin::Caller, span: None });
    d.events = events(text);
    d
}

const CLASH_A: &str = "Des combats ont opposé l'État islamique à l'armée syrienne à Boukamal, faisant sept morts.";
const CLASH_B: &str = "Fighting between Islamic State and the Syrian army in Abu Kamal killed five.";
const PROTEST: &str = "Manifestation à Alep contre la vie chère.";
const STRIKE: &str = "Russian air strikes hit Idlib, killing twelve civilians.";

/// Three merged events from four articles: a clash told twice (7 and 5 killed), a protest, an
/// air strike.
fn fill(path: &std::path::Path) {
    let mut store = Store::open(path).unwrap();
    let mut a = article("a", "Combats à Boukamal", CLASH_A, |t| {
        vec![event(t, "combats", "Armed clash", "2020-01-01", place("Abu Kamal", 34.45, 40.92, "07"), actor("Islamic State", 2), actor("Military Forces of Syria", 1), 7)]
    });
    let boukamal = CLASH_A.find("Boukamal").unwrap();
    a.entities.push(Entity { span: Span::new(boukamal, boukamal + "Boukamal".len()), label: EntityLabel::Location, actor: None });
    let b = article("b", "Fighting in Abu Kamal", CLASH_B, |t| {
        vec![event(t, "Fighting", "Armed clash", "2020-01-02", place("Abu Kamal", 34.46, 40.91, "07"), actor("Islamic State", 2), actor("Military Forces of Syria", 1), 5)]
    });
    let c = article("c", "Manifestation à Alep", PROTEST, |t| {
        vec![event(t, "Manifestation", "Peaceful protest", "2020-02-03", place("Alep", 36.2, 37.15, "09"), actor("Protesters (Syria)", 6), None, 0)]
    });
    let d = article("d", "Strikes on Idlib", STRIKE, |t| {
        vec![event(t, "air strikes", "Air/drone strike", "2020-02-15", place("Idlib", 35.93, 36.63, "08"), actor("Military Forces of Russia", 8), None, 12)]
    });
    store.add_batch(&[a, b, c, d]).unwrap();
    store.merge().unwrap();
}

fn state(db: &TempDb) -> AppState {
    fill(&db.path());
    AppState::open(&db.path(), 2).unwrap()
}

async fn send(state: &AppState, request: Request<Body>) -> (StatusCode, HeaderMap, Value) {
    let response = router(state.clone()).oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
    let body = serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&bytes)));
    (status, headers, body)
}

async fn get(state: &AppState, uri: &str) -> (StatusCode, Value) {
    let (status, headers, body) = send(state, Request::get(uri).body(Body::empty()).unwrap()).await;
    assert_eq!(headers[header::CONTENT_TYPE], "application/json", "{uri}");
    (status, body)
}

async fn post(state: &AppState, token: Option<&str>, body: impl Into<Body>) -> (StatusCode, HeaderMap, Value) {
    let mut request = Request::post("/articles").header(header::CONTENT_TYPE, "application/json");
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    send(state, request.body(body.into()).unwrap()).await
}

/// The error shape, with the status repeated and a message containing `needle`.
fn assert_error(status: StatusCode, body: &Value, expected: StatusCode, needle: &str) {
    assert_eq!(status, expected, "{body}");
    assert_eq!(body["error"]["status"], expected.as_u16(), "{body}");
    let message = body["error"]["message"].as_str().unwrap_or_else(|| panic!("no message: {body}"));
    assert!(message.contains(needle), "{message:?} should contain {needle:?}");
}

fn ids(body: &Value) -> Vec<i64> {
    body["events"].as_array().unwrap().iter().map(|e| e["id"].as_i64().unwrap()).collect()
}

#[tokio::test]
async fn the_index_stats_and_openapi_describe_the_api() {
    let db = TempDb::new("index");
    let state = state(&db);
    let (status, index) = get(&state, "/api").await;
    assert_eq!(status, StatusCode::OK);
    let paths: Vec<&str> = index["endpoints"].as_array().unwrap().iter().map(|e| e["path"].as_str().unwrap()).collect();
    assert!(paths.contains(&"/events") && paths.contains(&"/timeline"), "{paths:?}");

    let (status, stats) = get(&state, "/stats").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(stats, json!({"articles": 4, "events": 4, "clusters": 3}));

    let (status, spec) = get(&state, "/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert!(spec["openapi"].as_str().unwrap().starts_with("3."), "{}", spec["openapi"]);
    for path in ["/api", "/events", "/events/{id}", "/articles", "/articles/{id}", "/timeline", "/stats", "/openapi.json"] {
        assert!(spec["paths"][path].is_object(), "{path} missing from the description");
    }
    assert!(spec["paths"]["/articles"]["post"].is_object());
    let params: Vec<&str> = spec["paths"]["/events"]["get"]["parameters"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    for p in ["type", "country", "admin1", "actor", "from", "to", "bbox", "text", "limit", "offset"] {
        assert!(params.contains(&p), "parameter {p} undocumented: {params:?}");
    }
    assert!(spec["components"]["schemas"]["StoredEvent"]["properties"]["sources"].is_object());
    assert!(spec["components"]["schemas"]["Source"]["properties"]["evidence_start"].is_object());
    assert!(spec["components"]["securitySchemes"]["bearer"].is_object());
}

#[tokio::test]
async fn events_are_merged_with_their_sources_and_counted() {
    let db = TempDb::new("events");
    let state = state(&db);
    let (status, body) = get(&state, "/events").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!((body["total"].as_i64(), body["limit"].as_i64(), body["offset"].as_i64()), (Some(3), Some(100), Some(0)));
    let events = body["events"].as_array().unwrap();
    assert_eq!(events.len(), 3);
    // By date: the clash (2020-01-01), the protest, the strike.
    assert_eq!(events[0]["sub_event_type"], "Armed clash");
    assert_eq!(events[0]["event_type"], "Battles");
    assert_eq!(events[0]["fatalities"], 5, "the lowest stated toll");
    assert_eq!(events[0]["sources"].as_array().unwrap().len(), 2);
    assert_eq!(events[0]["sources"][0]["evidence"], "combats");
    assert_eq!(events[1]["sub_event_type"], "Peaceful protest");
    assert_eq!(events[2]["actor1"], "Military Forces of Russia");
    assert_eq!(events[2]["fatalities"], 12);
}

#[tokio::test]
async fn filters_narrow_the_events() {
    let db = TempDb::new("filters");
    let state = state(&db);
    for (query, expected) in [
        ("type=Battles", 1),
        ("type=peaceful%20protest", 1),
        ("type=Explosions%2FRemote%20violence", 1),
        ("country=SY", 3),
        ("country=fr", 0),
        ("admin1=09", 1),
        ("actor=russia", 1),
        ("actor=ISLAMIC", 1),
        ("from=2020-02-01", 2),
        ("to=2020-01-15", 1),
        ("from=2020-02-01&to=2020-02-10", 1),
        ("bbox=40,34,41,35", 1),
        ("bbox=36,35,38,37", 2),
        ("text=manifestation", 1),
        ("text=etat", 1),
        ("text=strikes%20idlib", 1),
        ("country=SY&type=Battles&from=2019-12-31&to=2020-01-31&bbox=40,34,41,35&actor=state&text=combats", 1),
        ("actor=&type=", 3),
    ] {
        let (status, body) = get(&state, &format!("/events?{query}")).await;
        assert_eq!(status, StatusCode::OK, "{query}: {body}");
        assert_eq!(body["events"].as_array().unwrap().len(), expected, "{query}");
        assert_eq!(body["total"], expected, "{query}");
    }
}

#[tokio::test]
async fn pages_cover_the_events_once_each() {
    let db = TempDb::new("pages");
    let state = state(&db);
    let (_, all) = get(&state, "/events").await;
    let mut seen = Vec::new();
    for offset in 0..3 {
        let (status, page) = get(&state, &format!("/events?limit=1&offset={offset}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!((page["total"].as_i64(), page["limit"].as_i64(), page["offset"].as_i64()), (Some(3), Some(1), Some(offset)));
        seen.extend(ids(&page));
    }
    assert_eq!(seen, ids(&all));
    let (_, past) = get(&state, "/events?offset=10").await;
    assert_eq!((past["total"].as_i64(), ids(&past).len()), (Some(3), 0));
    let (_, none) = get(&state, "/events?limit=0").await;
    assert_eq!((none["total"].as_i64(), ids(&none).len()), (Some(3), 0));
    let (_, two) = get(&state, "/events?limit=2&offset=1").await;
    assert_eq!(ids(&two), ids(&all)[1..]);
}

#[tokio::test]
async fn malformed_parameters_are_400_naming_the_parameter() {
    let db = TempDb::new("bad");
    let state = state(&db);
    for (uri, name) in [
        ("/events?from=2020-13-01", "'from'"),
        ("/events?from=tomorrow", "'from'"),
        ("/events?to=2020-02-30", "'to'"),
        ("/events?bbox=1,2,3", "'bbox'"),
        ("/events?bbox=1,2,3,4,5", "'bbox'"),
        ("/events?bbox=a,b,c,d", "'bbox'"),
        ("/events?bbox=0,0,200,10", "'bbox'"),
        ("/events?limit=abc", "'limit'"),
        ("/events?limit=-5", "'limit'"),
        ("/events?limit=1001", "'limit'"),
        ("/events?offset=-1", "'offset'"),
        ("/events?offset=1.5", "'offset'"),
        ("/events?colour=red", "'colour'"),
        ("/events?type=a&type=b", "'type'"),
        ("/events?from=2020-03-01&to=2020-01-01", "'from'"),
        ("/timeline?from=2020-1-1", "'from'"),
        ("/timeline?bucket=year", "'bucket'"),
        ("/timeline?limit=10", "'limit'"),
        ("/events/abc", "event id"),
        ("/events/-3", "event id"),
        ("/articles/1x", "article id"),
    ] {
        let (status, body) = get(&state, uri).await;
        assert_error(status, &body, StatusCode::BAD_REQUEST, name);
    }
}

#[tokio::test]
async fn sql_looking_filters_match_nothing_and_break_nothing() {
    let db = TempDb::new("sql");
    let state = state(&db);
    for query in [
        "actor=%27%20OR%201%3D1%20--",
        "type=%27%3B%20DROP%20TABLE%20events%3B%20--",
        "country=SY%27%20OR%20%271%27%3D%271",
        "admin1=%22%20OR%20%22%22%3D%22",
        "text=%22%20OR%201%3D1%20--",
        "text=*%20NEAR%28a%20b%29",
        "actor=%25",
        "actor=_",
        "text=%22",
        "text=-",
        "text=%28%29%20%2A%20%5E",
        "text=title%3Acombats",
    ] {
        let (status, body) = get(&state, &format!("/events?{query}")).await;
        assert_eq!(status, StatusCode::OK, "{query}: {body}");
        assert_eq!(body["total"], 0, "{query}");
        let (status, body) = get(&state, &format!("/timeline?{query}")).await;
        assert_eq!(status, StatusCode::OK, "{query}: {body}");
        assert_eq!(body, json!([]), "{query}");
    }
    let (_, stats) = get(&state, "/stats").await;
    assert_eq!(stats["events"], 4, "nothing was dropped");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_requests_share_the_connections() {
    let db = TempDb::new("concurrent");
    let state = state(&db);
    let tasks: Vec<_> = (0..24)
        .map(|i| {
            let state = state.clone();
            tokio::spawn(async move {
                let uri = if i % 2 == 0 { "/events?country=SY" } else { "/timeline?bucket=month" };
                get(&state, uri).await
            })
        })
        .collect();
    for (i, task) in tasks.into_iter().enumerate() {
        let (status, body) = task.await.unwrap();
        assert_eq!(status, StatusCode::OK);
        if i % 2 == 0 {
            assert_eq!(body["total"], 3);
        } else {
            assert_eq!(body.as_array().unwrap().len(), 2);
        }
    }
}

#[tokio::test]
async fn odd_query_strings_are_answered_200_or_400_never_more() {
    let db = TempDb::new("odd");
    let state = state(&db);
    for query in ["actor=%FF", "actor=%", "text=%zz", "&&&", "=x", "type", "bbox=%2C%2C%2C", "limit=%2B5", "text=%00", "from=2020-01-01T00:00"] {
        for route in ["/events", "/timeline"] {
            let (status, body) = get(&state, &format!("{route}?{query}")).await;
            assert!(status == StatusCode::OK || status == StatusCode::BAD_REQUEST, "{route}?{query}: {status} {body}");
            if status == StatusCode::BAD_REQUEST {
                assert_eq!(body["error"]["status"], 400);
            }
        }
    }
}

#[tokio::test]
async fn one_event_has_its_sources_and_their_evidence() {
    let db = TempDb::new("event");
    let state = state(&db);
    let (_, all) = get(&state, "/events?type=Battles").await;
    let id = ids(&all)[0];
    let (status, event) = get(&state, &format!("/events/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(event["id"], id);
    let sources = event["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 2);
    for (source, text) in sources.iter().zip([CLASH_A, CLASH_B]) {
        let (start, end) = (source["evidence_start"].as_u64().unwrap() as usize, source["evidence_end"].as_u64().unwrap() as usize);
        assert_eq!(source["evidence"].as_str(), text.get(start..end), "the evidence is the text at its offsets");
        assert!(source["article_id"].as_i64().is_some());
        assert!(source["url"].as_str().unwrap().starts_with("https://example.org/"));
    }
    assert_eq!(sources[0]["title"], "Combats à Boukamal");
    assert_eq!(sources[1]["evidence"], "Fighting");

    let (status, body) = get(&state, "/events/999999").await;
    assert_error(status, &body, StatusCode::NOT_FOUND, "999999");
}

#[tokio::test]
async fn an_article_comes_with_its_annotations() {
    let db = TempDb::new("article");
    let state = state(&db);
    let (_, clash) = get(&state, "/events?type=Battles").await;
    let source = &clash["events"][0]["sources"][0];
    let article_id = source["article_id"].as_i64().unwrap();
    let (status, article) = get(&state, &format!("/articles/{article_id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(article["id"], article_id);
    assert_eq!(article["doc_id"], "a");
    assert_eq!(article["title"], "Combats à Boukamal");
    assert_eq!(article["events"], json!([clash["events"][0]["id"]]));
    let document = &article["document"];
    assert_eq!(document["text"], CLASH_A);
    assert_eq!(document["meta"]["url"], "https://example.org/a");
    assert_eq!(document["entities"][0]["label"], "LOC");
    let span = &document["entities"][0]["span"];
    let (start, end) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
    assert_eq!(CLASH_A.get(start..end), Some("Boukamal"));
    assert_eq!(document["events"][0]["type"], "Armed clash");

    let (status, body) = get(&state, "/articles/424242").await;
    assert_error(status, &body, StatusCode::NOT_FOUND, "424242");
}

#[tokio::test]
async fn the_timeline_counts_events_per_bucket() {
    let db = TempDb::new("timeline");
    let state = state(&db);
    let (status, days) = get(&state, "/timeline").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        days,
        json!([
            {"date": "2020-01-01", "events": 1, "fatalities": 5},
            {"date": "2020-02-03", "events": 1, "fatalities": 0},
            {"date": "2020-02-15", "events": 1, "fatalities": 12},
        ])
    );
    let (_, months) = get(&state, "/timeline?bucket=month").await;
    assert_eq!(months, json!([{"date": "2020-01-01", "events": 1, "fatalities": 5}, {"date": "2020-02-01", "events": 2, "fatalities": 12}]));
    // Weeks are named by their Monday: 2020-01-01 is a Wednesday, 2020-02-03 a Monday, and
    // 2020-02-15 the Saturday of the week after.
    let (_, weeks) = get(&state, "/timeline?bucket=week").await;
    assert_eq!(
        weeks,
        json!([
            {"date": "2019-12-30", "events": 1, "fatalities": 5},
            {"date": "2020-02-03", "events": 1, "fatalities": 0},
            {"date": "2020-02-10", "events": 1, "fatalities": 12},
        ])
    );
    let (_, strikes) = get(&state, "/timeline?bucket=month&type=Air%2Fdrone%20strike").await;
    assert_eq!(strikes, json!([{"date": "2020-02-01", "events": 1, "fatalities": 12}]));
}

#[tokio::test]
async fn unknown_routes_and_wrong_methods_answer_json() {
    let db = TempDb::new("routes");
    let state = state(&db);
    let (status, body) = get(&state, "/nowhere").await;
    assert_error(status, &body, StatusCode::NOT_FOUND, "/nowhere");
    let (status, body) = get(&state, "/articles").await;
    assert_error(status, &body, StatusCode::METHOD_NOT_ALLOWED, "method");
    for (method, uri) in [(Method::POST, "/events"), (Method::DELETE, "/events/1"), (Method::PUT, "/stats")] {
        let (status, headers, body) = send(&state, Request::builder().method(method).uri(uri).body(Body::empty()).unwrap()).await;
        assert_error(status, &body, StatusCode::METHOD_NOT_ALLOWED, "method");
        assert_eq!(headers[header::CONTENT_TYPE], "application/json");
        assert!(headers.contains_key(header::ALLOW), "{uri}");
    }
}

const NEW_ARTICLE: &str = "Une frappe aérienne a touché Deir ez-Zor, tuant quatre personnes.";

/// A stand-in for the pipeline: one "Air/drone strike" on the first sentence.
fn annotate() -> Annotate {
    Arc::new(|mut doc: Document| {
        let end = doc.text.find('.').map_or(doc.text.len(), |i| i + 1);
        doc.events.push(Event {
            sub_event_type: "Air/drone strike".into(),
            plover: None,
            cameo: None,
            actor1: None,
            actor2: None,
            location: place("Deir ez-Zor", 35.33, 40.14, "05"),
            date: Some("2020-03-01".into()),
            fatalities: Some(4),
            evidence: Span::new(0, end),
            confidence: None,
            ..Default::default()
        });
        doc
    })
}

#[tokio::test]
async fn posting_without_a_configured_token_is_forbidden() {
    let db = TempDb::new("readonly");
    let state = state(&db).with_annotate(Some(annotate()));
    let body = json!({"text": NEW_ARTICLE}).to_string();
    let (status, _, body) = post(&state, Some("anything"), body).await;
    assert_error(status, &body, StatusCode::FORBIDDEN, "read-only");
    let (_, stats) = get(&state, "/stats").await;
    assert_eq!(stats["articles"], 4);
}

#[tokio::test]
async fn posting_with_a_wrong_or_missing_token_is_unauthorised() {
    let db = TempDb::new("wrongtoken");
    let state = state(&db).with_token(Some("s3cret-token".into())).with_annotate(Some(annotate()));
    let body = json!({"text": NEW_ARTICLE}).to_string();
    for token in [Some("s3cret-tokem"), Some("s3cret"), Some("s3cret-token-and-more"), Some(""), None] {
        let (status, headers, body) = post(&state, token, body.clone()).await;
        assert_error(status, &body, StatusCode::UNAUTHORIZED, "token");
        assert_eq!(headers[header::WWW_AUTHENTICATE], "Bearer");
    }
    let request = Request::post("/articles").header(header::AUTHORIZATION, "Basic czNjcmV0LXRva2Vu").body(Body::from(body)).unwrap();
    let (status, _, body) = send(&state, request).await;
    assert_error(status, &body, StatusCode::UNAUTHORIZED, "token");
    let (_, stats) = get(&state, "/stats").await;
    assert_eq!(stats["articles"], 4);
}

#[tokio::test]
async fn posting_with_the_token_stores_once_and_answers_201_then_200() {
    let db = TempDb::new("ingest");
    let state = state(&db).with_token(Some("s3cret-token".into())).with_annotate(Some(annotate()));
    let article = json!({"url": "https://example.org/new", "title": "Frappe", "text": NEW_ARTICLE, "published": "2020-03-02", "lang": "fr"}).to_string();
    let (status, headers, created) = post(&state, Some("s3cret-token"), article.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["status"], "created");
    let article_id = created["article_id"].as_i64().unwrap();
    assert_eq!(headers[header::LOCATION], format!("/articles/{article_id}").as_str());
    assert!(created["doc_id"].as_str().unwrap().starts_with("api-"));
    let events = created["events"].as_array().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["sub_event_type"], "Air/drone strike");
    assert_eq!(events[0]["sources"][0]["evidence"], NEW_ARTICLE);

    let (status, _, again) = post(&state, Some("s3cret-token"), article).await;
    assert_eq!(status, StatusCode::OK, "{again}");
    assert_eq!(again["status"], "already stored");
    assert_eq!(again["article_id"], article_id);
    assert_eq!(again["events"], created["events"]);

    let (_, stats) = get(&state, "/stats").await;
    assert_eq!((stats["articles"].as_i64(), stats["events"].as_i64()), (Some(5), Some(5)));
    let (status, stored) = get(&state, &format!("/articles/{article_id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(stored["document"]["meta"]["title"]["text"], "Frappe");
    assert_eq!(stored["document"]["meta"]["lang"]["code"], "fr");
    assert_eq!(stored["published"], "2020-03-02");
    let (_, found) = get(&state, "/events?text=frappe").await;
    assert_eq!(found["total"], 1);

    // Odd but valid text is stored as it is.
    let odd = json!({"text": "Nul\u{0}byte, tab\tand emoji 🕊 — in one article."}).to_string();
    let (status, _, odd) = post(&state, Some("s3cret-token"), odd).await;
    assert_eq!(status, StatusCode::CREATED, "{odd}");

    // An id another stored article has ("a"): stored under one of its own, told in the answer.
    let same_id = json!({"id": "a", "text": "Another article that calls itself a."}).to_string();
    let (status, _, renamed) = post(&state, Some("s3cret-token"), same_id).await;
    assert_eq!(status, StatusCode::CREATED, "{renamed}");
    let doc_id = renamed["doc_id"].as_str().unwrap();
    assert!(doc_id.starts_with("a~") && doc_id.len() == 10, "{renamed}");
    let (_, stored) = get(&state, &format!("/articles/{}", renamed["article_id"])).await;
    assert_eq!(stored["document"]["id"], doc_id);
}

#[tokio::test]
async fn malformed_articles_are_400() {
    let db = TempDb::new("badpost");
    let state = state(&db).with_token(Some("t".into())).with_annotate(Some(annotate()));
    for (body, needle) in [
        ("not json".to_string(), "not a valid article"),
        (json!({"title": "no text"}).to_string(), "text"),
        (json!({"text": "   "}).to_string(), "'text'"),
        (json!({"text": "x", "colour": "red"}).to_string(), "colour"),
        (json!({"text": "x", "published": "March 2020"}).to_string(), "'published'"),
        (json!({"text": "x", "lang": "french"}).to_string(), "'lang'"),
        (json!({"text": 42}).to_string(), "not a valid article"),
    ] {
        let (status, _, answer) = post(&state, Some("t"), body.clone()).await;
        assert_error(status, &answer, StatusCode::BAD_REQUEST, needle);
    }
}

#[tokio::test]
async fn an_oversized_body_is_413() {
    let db = TempDb::new("oversized");
    let state = state(&db).with_token(Some("t".into())).with_annotate(Some(annotate())).with_body_limit(64 * 1024);
    let big = json!({"text": "a".repeat(100 * 1024)}).to_string();
    // Refused on its Content-Length, before reading.
    let request = Request::post("/articles")
        .header(header::AUTHORIZATION, "Bearer t")
        .header(header::CONTENT_LENGTH, big.len())
        .body(Body::from(big.clone()))
        .unwrap();
    let (status, _, body) = send(&state, request).await;
    assert_error(status, &body, StatusCode::PAYLOAD_TOO_LARGE, "larger than");
    // Without a Content-Length, the limit holds while reading; and even without a token.
    let (status, _, body) = post(&state, Some("t"), big.clone()).await;
    assert_error(status, &body, StatusCode::PAYLOAD_TOO_LARGE, "");
    let request = Request::post("/articles").header(header::CONTENT_LENGTH, big.len()).body(Body::from(big)).unwrap();
    let (status, _, body) = send(&state, request).await;
    assert_error(status, &body, StatusCode::PAYLOAD_TOO_LARGE, "");
    let (_, stats) = get(&state, "/stats").await;
    assert_eq!(stats["articles"], 4);
}

#[tokio::test]
async fn a_server_with_a_token_but_no_pipeline_cannot_ingest() {
    let db = TempDb::new("nopipeline");
    let state = state(&db).with_token(Some("t".into()));
    let (status, _, body) = post(&state, Some("t"), json!({"text": NEW_ARTICLE}).to_string()).await;
    assert_error(status, &body, StatusCode::SERVICE_UNAVAILABLE, "pipeline");
}

#[tokio::test]
async fn a_request_that_takes_too_long_is_408() {
    let db = TempDb::new("timeout");
    // The pipeline blocks until the test lets it go, after the answer: no race on the clock.
    let (release, wait) = mpsc::channel::<()>();
    let wait = Mutex::new(wait);
    let slow: Annotate = Arc::new(move |doc| {
        wait.lock().map(|w| w.recv().ok()).ok();
        doc
    });
    let state = state(&db).with_token(Some("t".into())).with_annotate(Some(slow)).with_request_timeout(Duration::from_millis(50));
    let (status, _, body) = post(&state, Some("t"), json!({"text": NEW_ARTICLE}).to_string()).await;
    assert_error(status, &body, StatusCode::REQUEST_TIMEOUT, "longer than");
    release.send(()).ok();
}

#[tokio::test]
async fn serve_answers_on_a_real_socket_and_stops_when_told() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let db = TempDb::new("socket");
    fill(&db.path());
    let config = ServerConfig::new(db.path(), "127.0.0.1:0".parse().unwrap());
    let server = Server::bind(config).await.unwrap();
    let addr = server.local_addr().unwrap();
    assert!(addr.ip().is_loopback());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(server.run(async move {
        stopped.await.ok();
    }));
    let exchange = async {
        let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        stream.write_all(b"GET /stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.unwrap();
        answer
    };
    // A guard against hanging, not a measurement.
    let answer = tokio::time::timeout(Duration::from_secs(60), exchange).await.expect("the server answers");
    assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"), "{answer}");
    assert!(answer.contains("\"articles\":4"), "{answer}");
    stop.send(()).unwrap();
    let result = tokio::time::timeout(Duration::from_secs(60), running).await.expect("the server stops");
    result.unwrap().unwrap();
}

#[tokio::test]
async fn a_client_that_never_finishes_its_headers_is_disconnected() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let db = TempDb::new("slowloris");
    let mut config = ServerConfig::new(db.path(), "127.0.0.1:0".parse().unwrap());
    config.request_timeout = Duration::from_millis(200);
    let server = Server::bind(config).await.unwrap();
    let addr = server.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(server.run(async move {
        stopped.await.ok();
    }));
    let exchange = async {
        let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        stream.write_all(b"GET /stats HTTP/1.1\r\nHost: x\r\n").await.unwrap();
        let mut answer = Vec::new();
        // The server closes the connection: the read ends (with or without a 408 answer).
        stream.read_to_end(&mut answer).await.ok();
        answer
    };
    let answer = tokio::time::timeout(Duration::from_secs(60), exchange).await.expect("the server hangs up");
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.is_empty() || answer.starts_with("HTTP/1.1 408"), "{answer}");
    stop.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(60), running).await.expect("the server stops").unwrap().unwrap();
}
