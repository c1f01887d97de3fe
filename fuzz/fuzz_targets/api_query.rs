//! API query parameters and path ids, through the real router (`vigie_server::router`) over an
//! in-memory store holding two articles and their events: arbitrary bytes become the query string
//! of `/events` or `/timeline` (bytes a URI cannot hold are percent-encoded; `%`, `&`, `=` and
//! `+` are kept, so malformed escapes get through), or the id of `/events/{id}` or
//! `/articles/{id}`. Every answer is 200, 400 or 404 (never a 5xx, never a panic), and every
//! answer is JSON; an error's body repeats its status.
#![no_main]

use axum::body::Body;
use axum::http::{Request, StatusCode};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tower::ServiceExt;
use vigie_core::{ActorRef, Document, Event, Span};
use vigie_server::{router, AppState};
use vigie_store::Store;

struct World {
    runtime: tokio::runtime::Runtime,
    state: AppState,
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let mut store = Store::open_in_memory().expect("an in-memory store");
        let event = |kind: &str, date: &str, end: usize| Event {
            sub_event_type: kind.into(),
            plover: None,
            cameo: None,
            actor1: Some(ActorRef { name: Some("Islamic State".into()), inter: Some(2), ..Default::default() }),
            actor2: None,
            location: None,
            date: Some(date.into()),
            fatalities: Some(3),
            evidence: Span::new(0, end),
            confidence: Some(0.5),
            ..Default::default()
        };
        let mut a = Document::new("a", "Des combats à Boukamal, l'État islamique.");
        a.events = vec![event("Armed clash", "2017-11-13", 11)];
        let mut b = Document::new("b", "An air strike hit the market.");
        b.events = vec![event("Air/drone strike", "2017-11-14", 13)];
        store.add_batch(&[a, b]).expect("adding the articles");
        store.merge().expect("merging");
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a tokio runtime");
        World { runtime, state: AppState::from_store(store) }
    })
}

/// The bytes as URI characters: unreserved and sub-delimiter bytes as they are (with `%`, so that
/// broken escapes reach the decoder), every other byte percent-encoded.
fn uri_part(bytes: &[u8], keep: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 3);
    for &b in bytes {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let uri = match selector % 4 {
        0 => format!("/events?{}", uri_part(rest, b"%&=+,:!$'()*;/?")),
        1 => format!("/timeline?{}", uri_part(rest, b"%&=+,:!$'()*;/?")),
        2 => format!("/events/{}", uri_part(rest, b"%+,:!$'()*;")),
        _ => format!("/articles/{}", uri_part(rest, b"%+,:!$'()*;")),
    };
    let Ok(request) = Request::get(uri.as_str()).body(Body::empty()) else { return };
    let w = world();
    let (status, body) = w.runtime.block_on(async {
        let response = router(w.state.clone()).oneshot(request).await.expect("the router answers");
        let status = response.status();
        let body = axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("a body");
        (status, body)
    });
    assert!(
        [StatusCode::OK, StatusCode::BAD_REQUEST, StatusCode::NOT_FOUND].contains(&status),
        "{uri}: {status} {}",
        String::from_utf8_lossy(&body)
    );
    let json: serde_json::Value =
        serde_json::from_slice(&body).unwrap_or_else(|e| panic!("{uri}: {status}, not JSON ({e}): {}", String::from_utf8_lossy(&body)));
    if status != StatusCode::OK {
        assert_eq!(json["error"]["status"], status.as_u16(), "{uri}: {json}");
    }
});
