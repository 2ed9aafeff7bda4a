//! The console's page of one tracking ID, the one a user quotes or the helpdesk email links
//! to: every audit event of that attempt in time order, what the user wrote, and the users it
//! concerned with a link to their page.

use super::Admin;
use crate::error::AppError;
use crate::flows::helpdesk::well_formed;
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

struct EventView {
    at: String,
    login: String,
    activity: String,
    /// The audit code, as the CSV export and the API give it.
    step: String,
    outcome: String,
    detail: String,
    client_ip: String,
}

#[derive(Template)]
#[template(path = "admin/tracking.html")]
struct TrackingPage {
    page: PageCtx,
    id: String,
    events: Vec<EventView>,
    users: Vec<String>,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct Which {
    #[serde(default)]
    id: String,
}

/// GET /admin/tracking?id=ABCD-EFGH-JKLM
pub async fn page(
    State(st): State<AppState>,
    Admin { v, .. }: Admin,
    Query(which): Query<Which>,
) -> Result<Response, AppError> {
    let id: String = which
        .id
        .trim()
        .to_ascii_uppercase()
        .chars()
        .take(20)
        .collect();
    let mut html = TrackingPage {
        page: v.page(&st),
        id: id.clone(),
        events: Vec::new(),
        users: Vec::new(),
        error: None,
    };
    let mut status = StatusCode::OK;
    if !well_formed(&id) {
        status = StatusCode::UNPROCESSABLE_ENTITY;
        html.error = Some(v.lang.t("tracking-malformed"));
    } else {
        let rows = st.store.audit_rows(&v.t.tenant.id, Some(&id)).await?;
        if rows.is_empty() {
            html.error = Some(v.lang.t("tracking-unknown"));
        }
        for row in rows {
            if !row.login.is_empty() && !html.users.contains(&row.login) {
                html.users.push(row.login.clone());
            }
            html.events.push(EventView {
                at: crate::clock::format_utc(row.at),
                login: row.login,
                activity: crate::domain::activities::label_of(v.lang, &row.activity),
                step: row.activity.clone(),
                outcome: super::audit_log::outcome_label(v.lang, &row.outcome),
                detail: row.detail,
                client_ip: row.client_ip,
            });
        }
    }
    let response = render(status, &html);
    v.finish(&st, response).await
}
