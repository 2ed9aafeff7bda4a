//! A random cookie per browser that needs no database row. Before a session exists it binds
//! forms (CSRF and captcha tokens) to the browser that loaded them, and gives the pages a stable
//! tracking ID, so an anonymous page view writes nothing.

use crate::security::{hmac_hex, random_token, tracking_id_from};
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

pub const COOKIE: &str = "sspr_browser";

/// This browser's random ID (from its cookie, or new with this response).
#[derive(Clone, Debug)]
pub struct BrowserId(String);

impl BrowserId {
    /// A fresh, random ID (when the request carried none).
    pub fn fresh() -> BrowserId {
        BrowserId(random_token())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The CSRF token of this browser's forms at `tenant_id` while it has no session.
    pub fn csrf(&self, key: &[u8], tenant_id: &str) -> String {
        hmac_hex(key, &["anonymous csrf", tenant_id, &self.0])
    }

    /// The tracking ID shown to this browser while it has no session.
    pub fn tracking(&self, key: &[u8]) -> String {
        let mac = hex::decode(hmac_hex(key, &["tracking", &self.0])).unwrap_or_default();
        tracking_id_from(&mac)
    }
}

/// The value of cookie `name`, if the request has one.
pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// Middleware: reads the browser cookie, or sets a new one on the response.
pub async fn ensure(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let existing = cookie_value(request.headers(), COOKIE).filter(|v| {
        v.len() == 43
            && v.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    });
    let fresh = existing.is_none();
    let id = existing.map(BrowserId).unwrap_or_else(BrowserId::fresh);
    request.extensions_mut().insert(id.clone());
    let mut response = next.run(request).await;
    if fresh {
        let secure = if state.config.is_tls() {
            "; Secure"
        } else {
            ""
        };
        let cookie = format!("{COOKIE}={}; Path=/; HttpOnly; SameSite=Lax{secure}", id.0);
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}
