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
    /// The "new picture" link.
    captcha_refresh: String,
    /// The same challenge read aloud.
    captcha_audio: String,
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
    let captcha_audio = captcha.as_ref().map_or_else(String::new, |c| {
        crate::web::captcha_audio::href(&v.t.base, "reset-start", &c.token)
    });
    let page = StartPage {
        page: v.page(st),
        captcha,
        captcha_audio,
        captcha_refresh: v.href("/reset"),
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
            let error = v.t(if verdict == captcha::Verdict::Wrong {
                "captcha-wrong"
            } else {
                "captcha-expired"
            });
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return render_start(&st, v, status, typed, unlock, Some(error)).await;
        }
    }
    let id = match UserId::parse(&typed) {
        Ok(id) => id,
        Err(e) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            let error = v.t(e.message_key());
            return render_start(&st, v, status, typed, unlock, Some(error)).await;
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
            v.say(
                &st,
                StatusCode::FORBIDDEN,
                "reset-off-title",
                &["reset-off-text"],
                None,
            )
            .await
        }
        StartOutcome::Refused(Refusal::UnknownUser) => {
            let next = Some(("/reset", "try-again"));
            v.say(
                &st,
                StatusCode::NOT_FOUND,
                "reset-unknown-title",
                &["reset-unknown-text"],
                next,
            )
            .await
        }
        StartOutcome::Refused(Refusal::NotEnabled) => {
            let text = ["reset-not-enabled-text"];
            v.say(
                &st,
                StatusCode::FORBIDDEN,
                "reset-not-enabled-title",
                &text,
                None,
            )
            .await
        }
        StartOutcome::Refused(Refusal::NotRegistered) => {
            let text = ["reset-not-registered-text"];
            v.say(
                &st,
                StatusCode::FORBIDDEN,
                "reset-not-registered-title",
                &text,
                None,
            )
            .await
        }
        StartOutcome::Unavailable => unavailable(&st, v).await,
    }
}

/// The user is blocked from self-service for a while.
pub async fn blocked(st: &AppState, v: Visit, until: i64) -> Result<Response, AppError> {
    let when = crate::i18n::format_date_time(v.lang, until);
    let text = v.lang.t1("reset-blocked-until", "when", when);
    let lead = v.t("reset-blocked-lead");
    let title = v.t("reset-blocked-title");
    v.message(
        st,
        StatusCode::TOO_MANY_REQUESTS,
        &title,
        &[&lead, &text],
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
    v.directory_unavailable(st, "directory-unavailable-text", retry)
        .await
}
