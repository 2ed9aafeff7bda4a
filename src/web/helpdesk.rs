//! "Contact your administrator": a confirmation page, then an email to the tenant's admins.

use crate::domain::policy::HelpdeskLink;
use crate::error::AppError;
use crate::flows::FlowCtx;
use crate::flows::helpdesk::{HelpRequest, HelpdeskOutcome, contact_admins};
use crate::security::captcha;
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
    captcha: Option<captcha::Issued>,
    /// The "new picture" link.
    captcha_refresh: String,
    /// The same challenge read aloud.
    captcha_audio: String,
    error: Option<String>,
}

/// The user this session verifiably worked on: a reset flow started past the captcha, or a
/// sign-in with the password. Nobody, when the session only typed a user ID.
fn worked_on(v: &Visit) -> Option<String> {
    let flow = v.session.data.reset.as_ref().map(|f| f.login.clone());
    flow.or_else(|| v.session.data.account.as_ref().map(|a| a.login.clone()))
}

/// Whether this request must solve a captcha: when the session didn't solve one already.
fn needs_captcha(st: &AppState, v: &Visit) -> bool {
    st.config.captcha && worked_on(v).is_none()
}

fn captcha_binding(v: &Visit) -> captcha::Binding<'_> {
    captcha::Binding {
        form: "helpdesk",
        tenant_id: &v.t.tenant.id,
        browser: v.browser.as_str(),
    }
}

/// The form (with a fresh captcha when one is needed) and an optional error.
async fn show(
    st: &AppState,
    v: Visit,
    status: StatusCode,
    about: String,
    error: Option<String>,
) -> Result<Response, AppError> {
    let captcha = if needs_captcha(st, &v) {
        Some(
            st.captcha
                .issue(&st.key, captcha_binding(&v), st.clock.now())
                .await?,
        )
    } else {
        None
    };
    let captcha_audio = captcha.as_ref().map_or_else(String::new, |c| {
        crate::web::captcha_audio::href(&v.t.base, "helpdesk", &c.token)
    });
    let page = HelpdeskPage {
        page: v.page(st),
        captcha_refresh: v.href(&format!("/helpdesk?tracking={about}")),
        about,
        captcha,
        captcha_audio,
        error,
    };
    let response = render(status, &page);
    v.finish(st, response).await
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
        let text = ["helpdesk-use-link"];
        return v
            .say(&st, StatusCode::NOT_FOUND, "helpdesk-link-url", &text, None)
            .await;
    }
    let about = if q.tracking.is_empty() {
        v.session.data.tracking.clone()
    } else {
        clean_tracking(&q.tracking)
    };
    show(&st, v, StatusCode::OK, about, None).await
}

#[derive(Deserialize)]
pub struct HelpdeskForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    tracking: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    captcha: String,
    #[serde(default)]
    captcha_token: String,
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
        let text = ["helpdesk-use-link"];
        return v
            .say(&st, StatusCode::NOT_FOUND, "helpdesk-link-url", &text, None)
            .await;
    }
    let tracking = clean_tracking(&form.tracking);
    if needs_captcha(&st, &v) {
        let verdict = captcha::redeem(
            &st.store,
            &st.key,
            captcha_binding(&v),
            &form.captcha_token,
            &form.captcha,
            st.clock.now(),
        )
        .await?;
        if verdict != captcha::Verdict::Passed {
            let error = v.t(if verdict == captcha::Verdict::Wrong {
                "captcha-wrong"
            } else {
                "captcha-expired"
            });
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return show(&st, v, status, tracking, Some(error)).await;
        }
    }
    // The user is named only for this session's own attempt.
    let user = worked_on(&v).filter(|_| tracking == v.session.data.tracking);
    let ctx = FlowCtx {
        state: &st,
        tenant: &v.t.tenant,
        client_ip: &v.ip,
        tracking_id: &tracking,
        lang: v.lang,
    };
    let console_link = format!(
        "{}{}/admin/tracking?id={tracking}",
        st.config.portal_address(),
        v.t.base
    );
    let request = HelpRequest {
        tracking_id: &tracking,
        user: user.as_deref(),
        note: &form.note,
        console_link: &console_link,
    };
    let outcome = contact_admins(&ctx, &request).await?;
    let error = match &outcome {
        HelpdeskOutcome::Sent => {
            let text = v.lang.t1("helpdesk-sent-text", "tracking", &tracking);
            let title = v.t("helpdesk-sent-title");
            return v.message(&st, StatusCode::OK, &title, &[&text], None).await;
        }
        HelpdeskOutcome::Throttled => {
            let text = ["helpdesk-throttled-text"];
            return v
                .say(
                    &st,
                    StatusCode::TOO_MANY_REQUESTS,
                    "helpdesk-throttled-title",
                    &text,
                    None,
                )
                .await;
        }
        HelpdeskOutcome::NoAdmins | HelpdeskOutcome::Undeliverable => {
            let text = if outcome == HelpdeskOutcome::NoAdmins {
                "helpdesk-no-admins-text"
            } else {
                "helpdesk-undeliverable-text"
            };
            let title = "helpdesk-failed-title";
            return v
                .say(&st, StatusCode::SERVICE_UNAVAILABLE, title, &[text], None)
                .await;
        }
        HelpdeskOutcome::UnknownTracking => v.t("helpdesk-unknown-tracking"),
    };
    show(
        &st,
        v,
        StatusCode::UNPROCESSABLE_ENTITY,
        tracking,
        Some(error),
    )
    .await
}
