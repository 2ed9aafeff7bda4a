//! The first reset page: user ID and captcha.

use crate::domain::user_id::UserId;
use crate::error::AppError;
use crate::flows::start::{Refusal, StartOutcome, start};
use crate::security::captcha;
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use crate::web::session::LIFETIME_SECS;
use crate::web::visit::Visit;
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: PageCtx,
}

pub async fn home(State(st): State<AppState>, v: Visit) -> Result<Response, AppError> {
    let page = HomePage { page: v.page(&st) };
    let response = render(StatusCode::OK, &page);
    v.finish(&st, response).await
}

#[derive(Template)]
#[template(path = "reset/start.html")]
struct StartPage {
    page: PageCtx,
    captcha: Option<captcha::Issued>,
    user_id: String,
    allow_unlock: bool,
    unlock: bool,
    error: Option<String>,
}

pub async fn page(State(st): State<AppState>, mut v: Visit) -> Result<Response, AppError> {
    v.session.data.reset = None;
    render_start(&st, v, StatusCode::OK, String::new(), false, None).await
}

/// Shows the start page with a fresh captcha (the previous one can't be reused).
async fn render_start(
    st: &AppState,
    v: Visit,
    status: StatusCode,
    user_id: String,
    unlock: bool,
    error: Option<String>,
) -> Result<Response, AppError> {
    let captcha = if st.config.captcha {
        let bind = captcha_binding(&v);
        Some(st.captcha.issue(&st.key, bind, st.clock.now()).await?)
    } else {
        None
    };
    let page = StartPage {
        page: v.page(st),
        captcha,
        user_id,
        allow_unlock: v.t.tenant.policy.allow_unlock,
        unlock,
        error,
    };
    let response = render(status, &page);
    v.finish(st, response).await
}

/// The start form's captcha tokens work on this form, for this tenant, in this browser.
fn captcha_binding(v: &Visit) -> captcha::Binding<'_> {
    captcha::Binding {
        form: "reset-start",
        tenant_id: &v.t.tenant.id,
        browser: v.browser.as_str(),
    }
}

#[derive(Deserialize)]
pub struct StartForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    captcha: String,
    /// The signed token of the picture the user answered.
    #[serde(default)]
    captcha_token: String,
    /// `unlock` for "I know my password, I'm locked out".
    #[serde(default)]
    need: String,
}

pub async fn submit(
    State(st): State<AppState>,
    mut v: Visit,
    Form(form): Form<StartForm>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(&form.csrf) {
        return v.csrf_failed(&st).await;
    }
    let typed = form.user_id.chars().take(300).collect::<String>();
    let unlock = form.need == "unlock";
    if st.config.captcha {
        let bind = captcha_binding(&v);
        let token = &form.captcha_token;
        let verdict = captcha::redeem(
            &st.store,
            &st.key,
            bind,
            token,
            &form.captcha,
            st.clock.now(),
        );
        let verdict = verdict.await?;
        if verdict != captcha::Verdict::Passed {
            v.flow_ctx(&st)
                .audit(typed.trim(), "captcha_failed", "failure", "")
                .await;
            let error = if verdict == captcha::Verdict::Wrong {
                "The characters you typed don't match the picture. Try this new one."
            } else {
                "That picture has expired or was already used. Type the characters in this new one."
            }
            .to_string();
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return render_start(&st, v, status, typed, unlock, Some(error)).await;
        }
    }
    let id = match UserId::parse(&typed) {
        Ok(id) => id,
        Err(e) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return render_start(&st, v, status, typed, unlock, Some(e.to_string())).await;
        }
    };
    let outcome = start(&v.flow_ctx(&st), &id, unlock).await?;
    match outcome {
        StartOutcome::Started(flow) => {
            v.session.rotate(&st).await?;
            v.session.expires_at = st.clock.now() + LIFETIME_SECS;
            v.session.data.reset = Some(flow);
            v.redirect(&st, "/reset/verify").await
        }
        StartOutcome::Blocked(until) => blocked(&st, v, until).await,
        StartOutcome::ResetOff => {
            v.message(&st, StatusCode::FORBIDDEN, "Self-service password reset is turned off",
                &["Your organisation doesn't let users reset their own passwords here. Your helpdesk can reset it for you."], None).await
        }
        StartOutcome::Refused(Refusal::UnknownUser) => {
            v.message(&st, StatusCode::NOT_FOUND, "We couldn't find that user ID",
                &["Check the user ID (it is usually your sign-in name or email address) and try again."],
                Some(("/reset", "Try again"))).await
        }
        StartOutcome::Refused(Refusal::NotEnabled) => {
            v.message(&st, StatusCode::FORBIDDEN, "You can't reset your password here",
                &["Your account isn't enabled for self-service password reset. Your helpdesk can reset it for you."], None).await
        }
        StartOutcome::Refused(Refusal::NotRegistered) => {
            v.message(&st, StatusCode::FORBIDDEN, "You haven't registered enough ways to verify you",
                &["To reset your password yourself you need contact methods registered ahead of time. Your helpdesk can reset it for you."], None).await
        }
        StartOutcome::Unavailable => unavailable(&st, v).await,
    }
}

/// The user is blocked from self-service for a while.
pub async fn blocked(st: &AppState, v: Visit, until: i64) -> Result<Response, AppError> {
    let when = crate::clock::format_utc(until);
    let text = format!(
        "For your security, self-service reset is blocked for this account until {when}. Your helpdesk can still help you now."
    );
    v.message(
        st,
        StatusCode::TOO_MANY_REQUESTS,
        "Too many attempts",
        &[
            "You have tried to reset this password too many times.",
            &text,
        ],
        None,
    )
    .await
}

/// The directory can't be reached.
pub async fn unavailable(st: &AppState, v: Visit) -> Result<Response, AppError> {
    unavailable_then(st, v, "/reset").await
}

/// The directory can't be reached; "Try again" goes to `retry` (the verified flow is kept, so
/// a user past the gates doesn't start over).
pub async fn unavailable_then(st: &AppState, v: Visit, retry: &str) -> Result<Response, AppError> {
    v.message(st, StatusCode::SERVICE_UNAVAILABLE, "The directory is unavailable right now",
        &["We couldn't reach your organisation's directory. Please try again in a few minutes, or contact the helpdesk with the tracking ID below."],
        Some((retry, "Try again"))).await
}
