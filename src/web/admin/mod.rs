//! The admin console (`/admin`): tenant admins sign in with their directory password and an
//! authenticator-app code, enrolled at their first sign-in. Kept apart from the registration
//! portal's sign-in; 15 minutes idle, 8 hours at most.

mod agents_page;
mod api_tokens;
pub mod audit_log;
mod branding;
mod charts;
mod directory_chain;
mod directory_fields;
mod directory_page;
mod factor;
mod fields;
mod form_page;
mod home;
mod logo_image;
pub(crate) mod policy_page;
pub mod reports;
mod sections;
mod sign_in;
mod step_up;
mod tracking;
mod user_contacts;
mod user_reset;
mod users;

use crate::state::AppState;
use crate::web::session::AdminSignIn;
use crate::web::visit::Visit;
use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRequestParts};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

/// How long the password step waits for its code.
const CODE_WAIT_SECS: i64 = 5 * 60;
/// An admin session ends after this long without a request…
pub const IDLE_SECS: i64 = 15 * 60;
/// …and this long after sign-in, however active.
const LIFETIME_SECS: i64 = 8 * 3600;

/// The admin routes with fixed paths and their methods, kept in step with `router`.
const FIXED_ROUTES: &[(&str, &[&str])] = &[
    ("/admin", &["GET"]),
    ("/admin/sign-in", &["POST"]),
    ("/admin/code", &["GET", "POST"]),
    ("/admin/sign-out", &["POST"]),
    ("/admin/branding", &["GET", "POST"]),
    ("/admin/branding/preview.css", &["GET"]),
    ("/admin/directory", &["GET"]),
    ("/admin/directory/test", &["POST"]),
    ("/admin/directory/target?n=1", &["GET", "POST"]),
    (
        "/admin/directory/target?kind=ldap&at=last",
        &["GET", "POST"],
    ),
    ("/admin/directory/remove?n=1", &["GET", "POST"]),
    ("/admin/users?q=a", &["GET"]),
    ("/admin/tracking?id=ABCD-EFGH-JKLM", &["GET"]),
    ("/admin/audit", &["GET"]),
    ("/admin/audit.csv", &["GET"]),
    ("/admin/reports", &["GET"]),
    ("/admin/agents", &["GET", "POST"]),
    ("/admin/agents/revoke?id=0123456789abcdef", &["POST"]),
    ("/admin/api-tokens", &["GET", "POST"]),
    ("/admin/api-tokens/revoke?id=0123456789abcdef", &["POST"]),
    ("/admin/user?id=alice", &["GET"]),
    ("/admin/user/unlock?id=alice", &["POST"]),
    ("/admin/user/reset?id=alice", &["GET", "POST"]),
    ("/admin/user/contacts?id=alice", &["GET", "POST"]),
    ("/admin/user/clear-block?id=alice", &["POST"]),
    ("/admin/user/require-registration?id=alice", &["POST"]),
];

/// The largest branding form: room for a logo well past its 256 KB limit, so an admin who
/// picks a bigger file is told so next to the field instead of getting a bare error.
const BRANDING_FORM_BYTES: usize = 3 * 1024 * 1024;

/// Every admin route and its methods: the tests walk them to check that none serves an
/// anonymous or non-admin session.
pub fn routes() -> Vec<(String, &'static [&'static str])> {
    let policy_pages = sections::SECTIONS
        .iter()
        .map(|s| (format!("/admin/policy/{}", s.slug), &["GET", "POST"][..]));
    FIXED_ROUTES
        .iter()
        .map(|(path, methods)| (path.to_string(), *methods))
        .chain(policy_pages)
        .collect()
}

pub fn router() -> Router<AppState> {
    let router = Router::new()
        .route("/admin", get(home::entry))
        .route("/admin/sign-in", post(sign_in::submit))
        .route("/admin/code", get(factor::page).post(factor::submit))
        .route("/admin/sign-out", post(sign_in::sign_out))
        .route(
            "/admin/branding",
            get(branding::page)
                .post(branding::submit)
                .layer(DefaultBodyLimit::max(BRANDING_FORM_BYTES)),
        )
        .route("/admin/branding/preview.css", get(branding::preview_css))
        .route("/admin/directory", get(directory_page::page))
        .route("/admin/directory/test", post(directory_page::test))
        .route(
            "/admin/directory/target",
            get(directory_page::target).post(directory_page::save_target),
        )
        .route("/admin/users", get(users::search))
        .route("/admin/tracking", get(tracking::page))
        .route("/admin/audit", get(audit_log::page))
        .route("/admin/audit.csv", get(audit_log::export))
        .route("/admin/reports", get(reports::page))
        .route(
            "/admin/api-tokens",
            get(api_tokens::page).post(api_tokens::create),
        )
        .route(
            "/admin/agents",
            get(agents_page::page).post(agents_page::create),
        )
        .route("/admin/agents/revoke", post(agents_page::revoke))
        .route("/admin/api-tokens/revoke", post(api_tokens::revoke))
        .route("/admin/user", get(users::user))
        .route("/admin/user/unlock", post(users::unlock))
        .route(
            "/admin/user/contacts",
            get(user_contacts::page).post(user_contacts::submit),
        )
        .route(
            "/admin/user/reset",
            get(user_reset::page).post(user_reset::submit),
        )
        .route("/admin/user/clear-block", post(users::clear_block))
        .route(
            "/admin/user/require-registration",
            post(users::require_registration),
        )
        .route(
            "/admin/directory/remove",
            get(directory_chain::confirm).post(directory_chain::remove),
        );
    policy_page::routes(router)
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

/// Marks a signed-in admin seen now: moved at most once a minute, so reading pages doesn't
/// write the session each time.
pub(super) fn seen(v: &mut Visit, admin: &mut AdminSignIn, now: i64) {
    if now - admin.last_seen >= 60 {
        admin.last_seen = now;
        v.session.data.admin = Some(admin.clone());
        keep_alive(v, now);
    }
}

/// An admin session's record lives as long as its idle time from now.
pub(super) fn keep_alive(v: &mut Visit, now: i64) {
    let until = now + IDLE_SECS;
    if v.session.expires_at < until {
        v.session.expires_at = until;
    }
}

/// The visit's tenant as stored now, past the cache: a console save applies its change to
/// this, so it never writes back a copy up to 5 seconds old.
pub(super) async fn fresh_tenant(
    st: &AppState,
    v: &Visit,
) -> Result<crate::store::tenants::Tenant, crate::error::AppError> {
    match st.store.tenant_fresh(&v.t.tenant.id).await? {
        Some(tenant) => Ok(tenant),
        None => Err(anyhow::anyhow!("the tenant is gone").into()),
    }
}

/// A visit by an admin signed in with both factors; anyone else is sent to the sign-in page.
pub struct Admin {
    pub v: Visit,
    pub admin: AdminSignIn,
}

impl FromRequestParts<AppState> for Admin {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let mut v = Visit::from_request_parts(parts, state).await?;
        let now = state.clock.now();
        match current(&mut v, now) {
            Some(mut admin) if admin.verified => {
                seen(&mut v, &mut admin, now);
                Ok(Admin { v, admin })
            }
            _ => {
                let to = v.href("/admin");
                Err(
                    match v.finish(state, Redirect::to(&to).into_response()).await {
                        Ok(response) => response,
                        Err(e) => e.into_response(),
                    },
                )
            }
        }
    }
}
