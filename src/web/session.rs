//! Sessions, on tower-sessions: the cookie holds a random ID, the database (`SessionRecords`)
//! the data. Each tenant's part of a session is one entry in it, with its own expiry.
//!
//! Nothing is stored until there is state to keep: a page view that changes nothing writes
//! nothing. The ID is rotated whenever the user proves something (flow start, gate passed,
//! sign-in). A reset session lives 15 minutes; a signed-in session ends after the tenant's idle
//! time.

use super::browser::BrowserId;
use crate::flows::ResetFlow;
use crate::flows::account::Account;
use crate::flows::contact_proof::{ContactProof, PendingProof};
use crate::flows::contacts::ContactChange;
use crate::security::random_token;
use crate::state::AppState;
use serde::{Deserialize, Serialize};
use tower_sessions::Expiry;

pub const COOKIE: &str = "sspr_session";
/// How long a reset session lives.
pub const LIFETIME_SECS: i64 = 15 * 60;
/// The key of the record-wide expiry (the latest of its tenants' entries).
const UNTIL: &str = "until";

/// What the session holds for one tenant.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct SessionData {
    pub csrf: String,
    pub tracking: String,
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
    /// Contacts the signed-in user proved they hold (changes allowed a while).
    #[serde(default)]
    pub proofs: Vec<ContactProof>,
    /// A proof code sent to one of the user's contacts, waiting to be entered.
    #[serde(default)]
    pub proving: Option<PendingProof>,
    /// An admin signing in to the console (password checked) or signed in (both factors):
    /// kept apart from the registration portal's sign-in.
    #[serde(default)]
    pub admin: Option<AdminSignIn>,
    /// A one-time confirmation for the console's next page (apart from the portal's `flash`).
    #[serde(default)]
    pub admin_flash: Option<String>,
}

/// An admin's sign-in to the console.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AdminSignIn {
    pub login: String,
    pub login_key: String,
    pub display_name: String,
    /// The admin's own mailbox, told when an authenticator is set up.
    #[serde(default)]
    pub mail: Option<String>,
    /// The authenticator code was accepted too.
    pub verified: bool,
    pub signed_in_at: i64,
    pub last_seen: i64,
}

/// One tenant's entry in the session record.
#[derive(Serialize, Deserialize)]
struct Entry {
    data: SessionData,
    expires_at: i64,
}

/// A tenant's session for this request: loaded, or fresh (and not stored unless it changes).
pub struct Session {
    handle: tower_sessions::Session,
    key: String,
    pub data: SessionData,
    pub expires_at: i64,
    /// Whether the browser's cookie named a live session for this tenant.
    pub existed: bool,
    /// The data and expiry as stored (or as the fresh defaults), to tell whether to save.
    stored: String,
    rotated: bool,
}

impl Session {
    /// The browser's live session for this tenant, or a fresh one bound to `browser`.
    pub async fn load(
        state: &AppState,
        tenant_id: &str,
        handle: tower_sessions::Session,
        browser: &BrowserId,
    ) -> anyhow::Result<Session> {
        let now = state.clock.now();
        let key = format!("t:{tenant_id}");
        let entry = match handle.get::<Entry>(&key).await {
            Ok(entry) => entry.filter(|e| e.expires_at > now),
            Err(tower_sessions::session::Error::Store(e)) => {
                return Err(anyhow::anyhow!("loading the session: {e}"));
            }
            // An entry written by an older version: start afresh.
            Err(_) => None,
        };
        let (data, expires_at, existed) = match entry {
            Some(e) => (e.data, e.expires_at, true),
            None => (
                SessionData {
                    csrf: browser.csrf(&state.key, tenant_id),
                    tracking: browser.tracking(&state.key),
                    ..SessionData::default()
                },
                now + LIFETIME_SECS,
                false,
            ),
        };
        Ok(Session {
            handle,
            key,
            stored: fingerprint(&data, expires_at),
            data,
            expires_at,
            existed,
            rotated: false,
        })
    }

    /// A new session ID for the same data, and a new CSRF token; the old ID stops working.
    pub async fn rotate(&mut self, _state: &AppState) -> anyhow::Result<()> {
        if self.handle.id().is_some() {
            self.handle
                .cycle_id()
                .await
                .map_err(|e| anyhow::anyhow!("rotating the session: {e}"))?;
        }
        self.data.csrf = random_token();
        self.rotated = true;
        Ok(())
    }

    /// Hands the session to tower-sessions to store with the response, if anything changed.
    pub async fn commit(&self) -> anyhow::Result<()> {
        if !self.rotated && self.stored == fingerprint(&self.data, self.expires_at) {
            return Ok(());
        }
        let entry = Entry {
            data: self.data.clone(),
            expires_at: self.expires_at,
        };
        let until = match self.handle.get::<i64>(UNTIL).await {
            Ok(Some(until)) => until.max(self.expires_at),
            _ => self.expires_at,
        };
        let store = |e: tower_sessions::session::Error| anyhow::anyhow!("saving the session: {e}");
        self.handle.insert(&self.key, entry).await.map_err(store)?;
        self.handle.insert(UNTIL, until).await.map_err(store)?;
        let until = time::OffsetDateTime::from_unix_timestamp(until)?;
        self.handle.set_expiry(Some(Expiry::AtDateTime(until)));
        Ok(())
    }
}

/// What a session holds, as text to compare.
fn fingerprint(data: &SessionData, expires_at: i64) -> String {
    serde_json::to_string(&(data, expires_at)).unwrap_or_default()
}
