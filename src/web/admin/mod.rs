//! The admin console (`/admin`): tenant admins sign in with their directory password and an
//! authenticator-app code, enrolled at their first sign-in. Kept apart from the registration
//! portal's sign-in; 15 minutes idle, 8 hours at most.

mod factor;
mod home;
mod sign_in;

use crate::state::AppState;
use crate::web::session::AdminSignIn;
use crate::web::visit::Visit;
use axum::Router;
use axum::routing::{get, post};

/// How long the password step waits for its code.
const CODE_WAIT_SECS: i64 = 5 * 60;
/// An admin session ends after this long without a request…
pub const IDLE_SECS: i64 = 15 * 60;
/// …and this long after sign-in, however active.
const LIFETIME_SECS: i64 = 8 * 3600;

/// Every admin route and its methods, kept in step with `router`: the tests walk it to check
/// that none of them serves an anonymous or non-admin session.
pub const ROUTES: &[(&str, &[&str])] = &[
    ("/admin", &["GET"]),
    ("/admin/sign-in", &["POST"]),
    ("/admin/code", &["GET", "POST"]),
    ("/admin/sign-out", &["POST"]),
];

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin", get(home::entry))
        .route("/admin/sign-in", post(sign_in::submit))
        .route("/admin/code", get(factor::page).post(factor::submit))
        .route("/admin/sign-out", post(sign_in::sign_out))
}

/// The session's admin sign-in, if it is still current: a password step waits 5 minutes for
/// its code; a full sign-in ends after 15 idle minutes or 8 hours.
pub(super) fn current(v: &mut Visit, now: i64) -> Option<AdminSignIn> {
    let admin = v.session.data.admin.clone()?;
    let over = if admin.verified {
        now >= admin.last_seen + IDLE_SECS || now >= admin.signed_in_at + LIFETIME_SECS
    } else {
        now >= admin.signed_in_at + CODE_WAIT_SECS
    };
    if over {
        v.session.data.admin = None;
        return None;
    }
    Some(admin)
}

/// An admin session's record lives as long as its idle time from now.
pub(super) fn keep_alive(v: &mut Visit, now: i64) {
    let until = now + IDLE_SECS;
    if v.session.expires_at < until {
        v.session.expires_at = until;
    }
}
