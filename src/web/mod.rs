//! HTTP: one router per area, tenant pages mounted at `/` (by host) and `/t/{slug}`, and the
//! security headers every response carries.

pub mod admin;
pub mod agent_api;
pub mod agent_jobs;
pub mod api;
mod assets;
pub mod browser;
pub mod captcha_audio;
pub mod dev;
pub mod helpdesk;
pub mod language;
pub mod pages;
pub mod register;
pub mod reset;
pub mod server;
pub mod session;
pub mod tenant;
pub mod visit;

use crate::state::AppState;
use crate::store::sessions::SessionRecords;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use std::time::Duration;
use tower_http::timeout::TimeoutLayer;
use tower_sessions::SessionManagerLayer;
use tower_sessions::cookie::SameSite;

/// The whole application router.
pub fn router(state: AppState) -> Router {
    let tenant_pages = || {
        Router::new()
            .merge(reset::router())
            .merge(register::router())
            .merge(admin::router())
            .merge(helpdesk::router())
            .merge(dev::router())
            .merge(language::router())
            .merge(captcha_audio::router())
            .merge(assets::tenant_router())
    };
    let sessions = SessionRecords::new(state.store.clone(), state.clock.clone());
    let sessions = SessionManagerLayer::new(sessions)
        .with_name(session::COOKIE)
        .with_path("/")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.config.is_tls());
    // Sessions and the browser cookie only where tenant pages are: assets and /healthz skip them.
    Router::new()
        .route("/t/{slug}/", axum::routing::get(reset::home))
        .nest("/t/{slug}", tenant_pages())
        .merge(tenant_pages())
        .layer(middleware::from_fn_with_state(
            state.clone(),
            browser::ensure,
        ))
        .layer(sessions)
        .merge(api::router())
        .merge(agent_api::router())
        .merge(assets::global_router())
        .layer(middleware::from_fn(pages::localise_plain))
        .layer(DefaultBodyLimit::max(16 * 1024))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(state.config.http.request_timeout_secs.max(1)),
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security_headers,
        ))
        .with_state(state)
}

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; media-src 'self'; \
connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

async fn security_headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let fixed = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            header::HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=()",
        ),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if state.config.is_tls() {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}
