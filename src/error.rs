//! Unexpected failures: logged once with their cause chain and a tracking ID, never shown.
//! The user sees a friendly page with the tracking ID.

use crate::web::pages;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// An unexpected error on the way to a response.
#[derive(Debug)]
pub struct AppError {
    pub source: anyhow::Error,
}

impl From<anyhow::Error> for AppError {
    fn from(source: anyhow::Error) -> Self {
        AppError { source }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let tracking = crate::security::tracking_id();
        tracing::error!(tracking_id = %tracking, error = %format!("{:#}", self.source), "request failed");
        pages::render_plain(
            StatusCode::INTERNAL_SERVER_ERROR,
            "failure-title",
            "failure-step",
            Some(&tracking),
        )
    }
}
