//! Static assets compiled into the binary, each tenant's accent colour as a stylesheet (CSP
//! allows no inline styles), and the logos uploaded in the console.

use crate::state::AppState;
use crate::web::tenant::TenantCtx;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Router, routing::get};
use std::collections::HashMap;

pub fn global_router() -> Router<AppState> {
    Router::new()
        .route("/static/app.css", get(css))
        .route("/static/strength.js", get(js))
        .route("/static/branding-preview.js", get(branding_js))
        .route("/static/logo.svg", get(logo))
        .route("/healthz", get(|| async { "ok" }))
}

pub fn tenant_router() -> Router<AppState> {
    Router::new()
        .route("/brand.css", get(brand))
        .route("/logo/{file}", get(uploaded_logo))
}

/// A logo uploaded in the console, named by its hash: cached for a year, as a new logo has a
/// new name.
async fn uploaded_logo(
    State(st): State<AppState>,
    t: TenantCtx,
    Path(params): Path<HashMap<String, String>>,
) -> Response {
    // Under `/t/{slug}` the path has the slug too, so the file is taken by name.
    let file = params.get("file").map_or("", String::as_str);
    let Some(hash) = file.strip_suffix(".png") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match st.store.logo(&t.tenant.id, hash).await {
        Ok(Some(png)) => (
            [
                (header::CONTENT_TYPE, "image/png"),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            png,
        )
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => crate::error::AppError::from(e).into_response(),
    }
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

async fn branding_js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            CACHE,
        ],
        include_str!("../../static/branding-preview.js"),
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
