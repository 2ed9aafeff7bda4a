//! The console's home page: who is signed in, the settings pages, the last changes made in
//! the console, and the portal's recent activity.

use super::sections::{SECTIONS, Section};
use super::{current, seen, sign_in};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::store::audit::AuditRow;
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
    /// The audit code, as the CSV export and the API give it.
    step: String,
    outcome: String,
    detail: String,
    client_ip: String,
    tracking_id: String,
}

#[derive(Template)]
#[template(path = "admin/home.html")]
struct HomePage {
    page: PageCtx,
    name: String,
    login: String,
    flash: Option<String>,
    sections: &'static [Section],
    changes: Vec<Event>,
    events: Vec<Event>,
}

fn event(lang: Lang, row: AuditRow) -> Event {
    Event {
        at: crate::clock::format_utc(row.at),
        login: row.login,
        activity: crate::domain::activities::label_of(lang, &row.activity),
        step: row.activity.clone(),
        outcome: super::audit_log::outcome_label(lang, &row.outcome),
        detail: row.detail,
        client_ip: row.client_ip,
        tracking_id: row.tracking_id,
    }
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
    let tenant_id = &v.t.tenant.id;
    let events = st.store.recent_audit(tenant_id, RECENT).await?;
    let changes = st.store.recent_admin_changes(tenant_id, RECENT).await?;
    let page = HomePage {
        page: v.page(&st),
        name: admin.display_name,
        login: admin.login,
        flash: v.session.data.admin_flash.take(),
        sections: &SECTIONS,
        changes: changes.into_iter().map(|r| event(v.lang, r)).collect(),
        events: events.into_iter().map(|r| event(v.lang, r)).collect(),
    };
    let response = render(StatusCode::OK, &page);
    v.finish(&st, response).await
}
