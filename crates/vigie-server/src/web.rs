//! The web map: an HTML page with its script, style sheet and vendored libraries, all embedded in
//! the binary, so that the page works with no network.
//!
//! Only the names in [`ASSETS`] are served: `GET /` answers the page, `GET /assets/<name>` one
//! asset. A name is looked up in that fixed table as given (no path is ever built from it), so
//! `..`, encoded or not, can only miss the table and be answered 404.
//!
//! The vendored files under `assets/vendor/` are copied from npm at pinned versions by
//! `web/vendor.sh`; their licences are in `assets/vendor/LICENSES.md`.

use crate::error::{quote, ApiError};
use axum::extract::Path;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

/// One embedded file.
pub struct Asset {
    /// Its name under `/assets/`.
    pub name: &'static str,
    pub content_type: &'static str,
    pub bytes: &'static [u8],
}

const HTML: &str = "text/html; charset=utf-8";
const JS: &str = "text/javascript; charset=utf-8";
const CSS: &str = "text/css; charset=utf-8";
const JSON: &str = "application/json";
const MARKDOWN: &str = "text/markdown; charset=utf-8";

/// The page itself, served at `/`.
pub const INDEX_HTML: &str = include_str!("../assets/index.html");

/// Every file `/assets/<name>` serves; nothing else is.
pub const ASSETS: &[Asset] = &[
    Asset { name: "index.html", content_type: HTML, bytes: INDEX_HTML.as_bytes() },
    Asset { name: "app.js", content_type: JS, bytes: include_bytes!("../assets/app.js") },
    Asset { name: "app.css", content_type: CSS, bytes: include_bytes!("../assets/app.css") },
    Asset { name: "vendor/d3-array.min.js", content_type: JS, bytes: include_bytes!("../assets/vendor/d3-array.min.js") },
    Asset { name: "vendor/d3-geo.min.js", content_type: JS, bytes: include_bytes!("../assets/vendor/d3-geo.min.js") },
    Asset {
        name: "vendor/topojson-client.min.js",
        content_type: JS,
        bytes: include_bytes!("../assets/vendor/topojson-client.min.js"),
    },
    Asset {
        name: "vendor/countries-110m.json",
        content_type: JSON,
        bytes: include_bytes!("../assets/vendor/countries-110m.json"),
    },
    Asset { name: "vendor/LICENSES.md", content_type: MARKDOWN, bytes: include_bytes!("../assets/vendor/LICENSES.md") },
];

/// The embedded file called `name`, if there is one.
pub fn asset(name: &str) -> Option<&'static Asset> {
    ASSETS.iter().find(|a| a.name == name)
}

/// What the page may load: only this server's own files and API (no inline script, nothing from
/// outside).
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

fn respond(a: &'static Asset) -> Response {
    let mut response = a.bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(a.content_type));
    // The files change only with the binary: revalidate rather than keep a stale page.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if a.content_type == HTML {
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
        headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    }
    response
}

/// `GET /`: the map.
pub async fn page() -> Response {
    match asset("index.html") {
        Some(a) => respond(a),
        None => ApiError::internal("the page is missing from the binary").into_response(),
    }
}

/// `GET /assets/{*name}`: one embedded file, or 404.
pub async fn get_asset(Path(name): Path<String>) -> Result<Response, ApiError> {
    asset(&name).map(respond).ok_or_else(|| ApiError::not_found(format!("no asset {}", quote(&name))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_asset_is_named_once_and_not_empty() {
        for (i, a) in ASSETS.iter().enumerate() {
            assert!(!a.bytes.is_empty(), "{} is empty", a.name);
            assert!(!a.name.contains(".."), "{}", a.name);
            assert!(ASSETS[..i].iter().all(|b| b.name != a.name), "{} twice", a.name);
        }
    }

    #[test]
    fn the_page_loads_only_embedded_files() {
        // Every src= and href= of the page names an embedded asset.
        for part in INDEX_HTML.split(['"', '\'']).filter(|p| p.starts_with("/assets/")) {
            assert!(asset(&part["/assets/".len()..]).is_some(), "the page loads {part}, which is not embedded");
        }
        assert!(!INDEX_HTML.contains("http://") && !INDEX_HTML.contains("https://"), "the page must fetch nothing from outside");
    }
}
