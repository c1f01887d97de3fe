//! The web map's page and embedded files, through `router(...)`: served with the right content
//! types, and nothing outside the fixed table of names.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use tower::ServiceExt;
use vigie_server::{router, AppState};
use vigie_store::Store;

fn state() -> AppState {
    AppState::from_store(Store::open_in_memory().expect("an in-memory store"))
}

async fn get(uri: &str) -> (StatusCode, Option<String>, Vec<u8>) {
    let response = router(state()).oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let content_type = response.headers().get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap().to_string());
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
    (status, content_type, bytes.to_vec())
}

#[tokio::test]
async fn the_root_serves_the_page() {
    let (status, content_type, body) = get("/").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type.as_deref(), Some("text/html; charset=utf-8"));
    let html = String::from_utf8(body).unwrap();
    assert!(html.starts_with("<!doctype html>"), "{}", &html[..80.min(html.len())]);
    for id in ["id=\"map\"", "id=\"timeline\"", "id=\"filter-type\"", "id=\"filter-actor\"", "id=\"filter-country\"", "id=\"panel\""] {
        assert!(html.contains(id), "the page has no {id}");
    }
    assert!(html.contains("/assets/app.js") && html.contains("/assets/app.css"));
}

#[tokio::test]
async fn the_page_forbids_loading_anything_from_outside() {
    let response = router(state()).oneshot(Request::get("/").body(Body::empty()).unwrap()).await.unwrap();
    let csp = response.headers().get(header::CONTENT_SECURITY_POLICY).expect("a content security policy").to_str().unwrap();
    assert!(csp.contains("default-src 'none'") && csp.contains("connect-src 'self'") && csp.contains("script-src 'self'"), "{csp}");
}

#[tokio::test]
async fn assets_are_served_with_their_content_types() {
    for (uri, expected) in [
        ("/assets/app.js", "text/javascript; charset=utf-8"),
        ("/assets/app.css", "text/css; charset=utf-8"),
        ("/assets/index.html", "text/html; charset=utf-8"),
        ("/assets/vendor/d3-geo.min.js", "text/javascript; charset=utf-8"),
        ("/assets/vendor/d3-array.min.js", "text/javascript; charset=utf-8"),
        ("/assets/vendor/topojson-client.min.js", "text/javascript; charset=utf-8"),
        ("/assets/vendor/countries-110m.json", "application/json"),
        ("/assets/vendor/LICENSES.md", "text/markdown; charset=utf-8"),
    ] {
        let (status, content_type, body) = get(uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        assert_eq!(content_type.as_deref(), Some(expected), "{uri}");
        assert!(!body.is_empty(), "{uri}");
    }
    let (_, _, js) = get("/assets/app.js").await;
    assert!(String::from_utf8(js).unwrap().contains("mark"), "app.js is the map's script");
    let (_, _, world) = get("/assets/vendor/countries-110m.json").await;
    let world: serde_json::Value = serde_json::from_slice(&world).unwrap();
    assert_eq!(world["type"], "Topology");
    assert!(world["objects"]["countries"].is_object());
}

#[tokio::test]
async fn nothing_outside_the_table_is_served() {
    for uri in [
        "/assets/../Cargo.toml",
        "/assets/%2e%2e/x",
        "/assets/%2e%2e/Cargo.toml",
        "/assets/..%2fCargo.toml",
        "/assets/vendor/../../Cargo.toml",
        "/assets/nope.js",
        "/assets/",
        "/assets/APP.JS",
        "/assets/app.js/",
        "/assets//app.js",
        "/assets/vendor",
        "/assets/%00",
        "/app.js",
    ] {
        let (status, content_type, body) = get(uri).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(content_type.as_deref(), Some("application/json"), "{uri}");
        let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(body["error"]["status"], 404, "{uri}");
    }
}

#[tokio::test]
async fn the_api_index_moved_to_api() {
    let (status, content_type, body) = get("/api").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type.as_deref(), Some("application/json"));
    let index: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert!(index["endpoints"].as_array().unwrap().iter().any(|e| e["path"] == "/events"));
}
