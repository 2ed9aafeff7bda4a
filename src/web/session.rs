//! Server-side sessions: a random token in an HttpOnly cookie, the data in the database.
//!
//! The token is rotated whenever the user proves something (flow start, gate passed, sign-in).
//! A reset session lives 15 minutes; a signed-in session ends after the tenant's idle time.

use crate::flows::ResetFlow;
use crate::flows::account::Account;
use crate::flows::contacts::ContactChange;
use crate::security::{random_token, sha256_hex, tracking_id};
use crate::state::AppState;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use serde::{Deserialize, Serialize};

pub const COOKIE: &str = "sspr_session";
/// How long a reset session lives.
pub const LIFETIME_SECS: i64 = 15 * 60;

/// What the session holds.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct SessionData {
    pub csrf: String,
    pub tracking: String,
    /// HMAC of the captcha answer, removed once checked (single use).
    pub captcha: Option<String>,
    pub reset: Option<ResetFlow>,
    /// The user signed in to the registration portal.
    #[serde(default)]
    pub account: Option<Account>,
    /// Where the registration interstitial sends the user back to (already allow-listed).
    #[serde(default)]
    pub return_to: Option<String>,
    /// A new contact waiting for its code.
    #[serde(default)]
    pub change: Option<ContactChange>,
    /// A one-time confirmation shown on the next page ("Saved.").
    #[serde(default)]
    pub flash: Option<String>,
    /// The login of a user whose sign-in found the right password, expired or to be changed
    /// first: `/register/expired` replaces that user's password, and no one else's.
    #[serde(default)]
    pub expired: Option<String>,
}

/// A loaded (or new) session.
pub struct Session {
    token: String,
    pub data: SessionData,
    pub expires_at: i64,
    /// Whether the cookie sent by the browser named a live session.
    pub existed: bool,
}

fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| v.to_string())
}

impl Session {
    /// The browser's live session for this tenant, or a fresh one (not saved yet).
    pub async fn load(
        state: &AppState,
        tenant_id: &str,
        headers: &HeaderMap,
    ) -> anyhow::Result<Session> {
        let now = state.clock.now();
        if let Some(token) = cookie_token(headers)
            && token.len() <= 64
            && let Some((json, expires_at)) = state
                .store
                .session(&sha256_hex(token.as_bytes()), tenant_id, now)
                .await?
            && let Ok(data) = serde_json::from_str::<SessionData>(&json)
        {
            return Ok(Session {
                token,
                data,
                expires_at,
                existed: true,
            });
        }
        Ok(Session::fresh(now))
    }

    fn fresh(now: i64) -> Session {
        Session {
            token: random_token(),
            data: SessionData {
                csrf: random_token(),
                tracking: tracking_id(),
                ..SessionData::default()
            },
            expires_at: now + LIFETIME_SECS,
            existed: false,
        }
    }

    /// A new token for the same data (and a new CSRF token); the old token stops working.
    pub async fn rotate(&mut self, state: &AppState) -> anyhow::Result<()> {
        state
            .store
            .delete_session(&sha256_hex(self.token.as_bytes()))
            .await?;
        self.token = random_token();
        self.data.csrf = random_token();
        Ok(())
    }

    /// Saves the session and sets its cookie on the response.
    pub async fn commit(
        &self,
        state: &AppState,
        tenant_id: &str,
        base: &str,
        mut response: Response,
    ) -> anyhow::Result<Response> {
        let json = serde_json::to_string(&self.data)?;
        state
            .store
            .save_session(
                &sha256_hex(self.token.as_bytes()),
                tenant_id,
                &json,
                self.expires_at,
            )
            .await?;
        let secure = if state.config.is_tls() {
            "; Secure"
        } else {
            ""
        };
        let path = if base.is_empty() { "/" } else { base };
        let cookie = format!(
            "{COOKIE}={}; Path={path}; HttpOnly; SameSite=Lax{secure}",
            self.token
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
        Ok(response)
    }
}
