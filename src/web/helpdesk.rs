//! "Contact your administrator": a confirmation page, then an email to the tenant's admins.

use crate::domain::policy::HelpdeskLink;
use crate::error::AppError;
use crate::flows::FlowCtx;
use crate::flows::helpdesk::{HelpdeskOutcome, contact_admins};
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use crate::web::visit::Visit;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::{Form, Router, routing::get};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new().route("/helpdesk", get(page).post(submit))
}

#[derive(Template)]
#[template(path = "helpdesk.html")]
struct HelpdeskPage {
    page: PageCtx,
    about: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct HelpdeskQuery {
    #[serde(default)]
    tracking: String,
}

fn clean_tracking(raw: &str) -> String {
    raw.trim()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(20)
        .collect::<String>()
        .to_uppercase()
}

pub async fn page(
    State(st): State<AppState>,
    v: Visit,
    Query(q): Query<HelpdeskQuery>,
) -> Result<Response, AppError> {
    if v.t.tenant.policy.helpdesk != HelpdeskLink::ContactAdmins {
        return v
            .message(
                &st,
                StatusCode::NOT_FOUND,
                "Contact your helpdesk",
                &["Use the helpdesk link below."],
                None,
            )
            .await;
    }
    let about = if q.tracking.is_empty() {
        v.session.data.tracking.clone()
    } else {
        clean_tracking(&q.tracking)
    };
    let page = HelpdeskPage {
        page: v.page(&st),
        about,
        error: None,
    };
    let response = render(StatusCode::OK, &page);
    v.finish(&st, response).await
}

#[derive(Deserialize)]
pub struct HelpdeskForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    tracking: String,
    #[serde(default)]
    note: String,
}

pub async fn submit(
    State(st): State<AppState>,
    v: Visit,
    Form(form): Form<HelpdeskForm>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(&form.csrf) {
        return v.csrf_failed(&st).await;
    }
    if v.t.tenant.policy.helpdesk != HelpdeskLink::ContactAdmins {
        return v
            .message(
                &st,
                StatusCode::NOT_FOUND,
                "Contact your helpdesk",
                &["Use the helpdesk link below."],
                None,
            )
            .await;
    }
    let tracking = clean_tracking(&form.tracking);
    let ctx = FlowCtx {
        state: &st,
        tenant: &v.t.tenant,
        client_ip: &v.ip,
        tracking_id: &tracking,
    };
    let outcome = contact_admins(&ctx, &tracking, &form.note).await?;
    let error = match outcome {
        HelpdeskOutcome::Sent => {
            let text = format!(
                "Your administrator has been sent your user ID, what went wrong and tracking ID {tracking}. They will contact you."
            );
            return v
                .message(
                    &st,
                    StatusCode::OK,
                    "Your administrator has been notified",
                    &[&text],
                    None,
                )
                .await;
        }
        HelpdeskOutcome::Throttled => {
            let text = "Your administrator has already been contacted several times in the last hour. Please wait for them to get back to you.";
            return v
                .message(
                    &st,
                    StatusCode::TOO_MANY_REQUESTS,
                    "Already sent",
                    &[text],
                    None,
                )
                .await;
        }
        HelpdeskOutcome::NoAdmins => {
            let text = "No administrator address is set up for your organisation. Please contact your IT department directly and quote the tracking ID below.";
            return v
                .message(
                    &st,
                    StatusCode::SERVICE_UNAVAILABLE,
                    "We couldn't contact your administrator",
                    &[text],
                    None,
                )
                .await;
        }
        HelpdeskOutcome::UnknownTracking => {
            "We couldn't find an attempt with that tracking ID. Check it and try again."
        }
    };
    let page = HelpdeskPage {
        page: v.page(&st),
        about: tracking,
        error: Some(error.to_string()),
    };
    let response = render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    v.finish(&st, response).await
}
