//! Errors: the server's own ([`ServerError`], for whoever starts it) and the API's ([`ApiError`],
//! answered to clients as `{"error": {"status": N, "message": "..."}}`).

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use std::net::SocketAddr;
use std::path::PathBuf;
use utoipa::ToSchema;
use vigie_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("cannot open the store {path}: {source}")]
    Store { path: PathBuf, source: StoreError },
    #[error("cannot open the store {url}: {source}")]
    Postgres { url: String, source: vigie_pg::PgError },
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error("the API token is empty: give a non-empty token, or none for a read-only server")]
    EmptyToken,
    #[error("server error: {0}")]
    Io(#[from] std::io::Error),
}

/// The body of every error answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// The HTTP status code, repeated.
    pub status: u16,
    pub message: String,
}

/// An error answered to a client.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError { status, message: message.into() }
    }

    pub fn bad_request(message: impl Into<String>) -> ApiError {
        Self::new(StatusCode::BAD_REQUEST, message)
    }

    pub fn not_found(message: impl Into<String>) -> ApiError {
        Self::new(StatusCode::NOT_FOUND, message)
    }

    pub fn internal(message: impl Into<String>) -> ApiError {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }
}

impl From<crate::BackendError> for ApiError {
    fn from(e: crate::BackendError) -> ApiError {
        ApiError::internal(e.to_string())
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        ApiError::internal(e.to_string())
    }
}

/// The JSON error body for a status and message.
pub fn error_json(status: StatusCode, message: &str) -> Vec<u8> {
    let body = ErrorBody { error: ErrorDetail { status: status.as_u16(), message: message.to_string() } };
    serde_json::to_vec(&body).unwrap_or_else(|_| br#"{"error":{"status":500,"message":"internal error"}}"#.to_vec())
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status, error_json(self.status, &self.message)).into_response();
        response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
        response
    }
}

/// A value quoted in an error message: at most 80 characters of it.
pub fn quote(value: &str) -> String {
    let mut chars = value.chars();
    let head: String = chars.by_ref().take(80).collect();
    if chars.next().is_some() {
        format!("'{head}…'")
    } else {
        format!("'{head}'")
    }
}
