//! Static assets compiled into the binary, and each tenant's accent colour as a stylesheet
//! (CSP allows no inline styles).

use crate::state::AppState;
use crate::web::tenant::TenantCtx;
use axum::http::header;
use axum::response::IntoResponse;
use axum::{Router, routing::get};

pub fn global_router() -> Router<AppState> {
    Router::new()
        .route("/static/app.css", get(css))
        .route("/static/strength.js", get(js))
        .route("/static/logo.svg", get(logo))
        .route("/healthz", get(|| async { "ok" }))
}

pub fn tenant_router() -> Router<AppState> {
    Router::new().route("/brand.css", get(brand))
}

const CACHE: (header::HeaderName, &str) = (header::CACHE_CONTROL, "public, max-age=3600");

async fn css() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8"), CACHE],
        include_str!("../../static/app.css"),
    )
}

async fn js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            CACHE,
        ],
        include_str!("../../static/strength.js"),
    )
}

async fn logo() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "image/svg+xml"), CACHE],
        include_str!("../../static/logo.svg"),
    )
}

async fn brand(t: TenantCtx) -> impl IntoResponse {
    // validate() guarantees the colour is #rrggbb, so it can't break out of the declaration.
    let accent = t
        .tenant
        .policy
        .branding
        .accent_color
        .clone()
        .unwrap_or_else(|| "#0a5fb4".into());
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        format!(":root {{ --accent: {accent}; }}\n"),
    )
}
