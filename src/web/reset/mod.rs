//! The reset pages: "Can't access your account?", the gates, the new password.

mod password;
mod start;

pub use start::home;
mod steps;

use crate::state::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(start::home))
        .route("/reset", get(start::page).post(start::submit))
        .route("/reset/verify", get(steps::current))
        .route("/reset/method", post(steps::choose))
        .route("/reset/phone", post(steps::phone))
        .route("/reset/code", post(steps::code))
        .route("/reset/resend", post(steps::resend))
        .route("/reset/another", post(steps::another))
        .route("/reset/password", post(password::submit))
        .route("/reset/unlock", post(steps::unlock))
        .route("/reset/strength", post(password::strength))
}
