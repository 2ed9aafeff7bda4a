//! The console's home page: who is signed in, and the portal's recent activity.

use super::{current, seen, sign_in};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use crate::web::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

/// How many events the home page lists.
const RECENT: i64 = 20;

/// One event as listed.
struct Event {
    at: String,
    login: String,
    activity: String,
    outcome: String,
    detail: String,
    tracking_id: String,
}

#[derive(Template)]
#[template(path = "admin/home.html")]
struct HomePage {
    page: PageCtx,
    name: String,
    login: String,
    flash: Option<String>,
    events: Vec<Event>,
}

/// GET /admin: the console for a signed-in admin, the code for one half-way, else sign-in.
pub async fn entry(State(st): State<AppState>, mut v: Visit) -> Result<Response, AppError> {
    let now = st.clock.now();
    let Some(mut admin) = current(&mut v, now) else {
        return sign_in::show(&st, v, StatusCode::OK, String::new(), None).await;
    };
    if !admin.verified {
        return v.redirect(&st, "/admin/code").await;
    }
    seen(&mut v, &mut admin, now);
    let events = st
        .store
        .recent_audit(&v.t.tenant.id, RECENT)
        .await?
        .into_iter()
        .map(|row| Event {
            at: crate::clock::format_utc(row.at),
            login: row.login,
            activity: row.activity.replace('_', " "),
            outcome: row.outcome,
            detail: row.detail,
            tracking_id: row.tracking_id,
        })
        .collect();
    let page = HomePage {
        page: v.page(&st),
        name: admin.display_name,
        login: admin.login,
        flash: v.session.data.admin_flash.take(),
        events,
    };
    let response = render(StatusCode::OK, &page);
    v.finish(&st, response).await
}
