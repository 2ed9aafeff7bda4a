//! Change password: a signed-in user who knows their password sets a new one, and a user whose
//! right password has expired (or must be changed) replaces it before signing in.

use super::{SignedIn, SignedInForm};
use crate::error::AppError;
use crate::flows::password::{PasswordOutcome, change_password};
use crate::i18n::Text;
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use crate::web::visit::Visit;
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use secrecy::SecretString;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "register/password.html")]
struct ChangePage {
    page: PageCtx,
    min_length: usize,
    reasons: Vec<String>,
    error: Option<String>,
    /// The error is about the current password (tied to that field).
    current_error: bool,
    /// The form for an expired password, before sign-in (not the signed-in change).
    expired: bool,
}

/// The change form, or with `expired` the expired-password form.
async fn show(
    st: &AppState,
    v: Visit,
    expired: bool,
    status: StatusCode,
    refusal: Option<Refusal>,
) -> Result<Response, AppError> {
    let (reasons, error, current_error) = match refusal {
        Some((_, reasons, error, on_current)) => {
            (v.lang.texts(&reasons), Some(v.t(error)), on_current)
        }
        None => (Vec::new(), None, false),
    };
    let page = ChangePage {
        page: v.page(st),
        min_length: v.t.tenant.policy.password.min_length,
        reasons,
        error,
        current_error,
        expired,
    };
    let response = render(status, &page);
    v.finish(st, response).await
}

/// GET /register/password
pub async fn page(
    State(st): State<AppState>,
    SignedIn { v, .. }: SignedIn,
) -> Result<Response, AppError> {
    show(&st, v, false, StatusCode::OK, None).await
}

#[derive(Deserialize)]
pub struct ChangeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

csrf_forms!(ChangeForm);

/// POST /register/password: checked like a reset, written back, the user notified.
pub async fn submit(
    State(st): State<AppState>,
    SignedInForm {
        mut v,
        account,
        form: f,
    }: SignedInForm<ChangeForm>,
) -> Result<Response, AppError> {
    let current = SecretString::from(f.current);
    let new = SecretString::from(f.password);
    let confirm = SecretString::from(f.confirm);
    let ctx = v.flow_ctx(&st);
    let outcome = change_password(&ctx, &account.login, &current, &new, &confirm).await?;
    match outcome {
        PasswordOutcome::Done => {
            v.keep_sign_in_after_password_write(&st).await?;
            v.session.rotate(&st).await?;
            let next = Some(("/register/methods", "back-to-security-info"));
            let text = ["change-done-text"];
            v.say(&st, StatusCode::OK, "change-done-title", &text, next)
                .await
        }
        PasswordOutcome::Unavailable => unavailable(&st, v, "/register/password").await,
        refused => {
            let refused = refusal(refused);
            show(&st, v, false, refused.0, Some(refused)).await
        }
    }
}

async fn unavailable(st: &AppState, v: Visit, retry: &str) -> Result<Response, AppError> {
    v.directory_unavailable(st, "change-unavailable-text", retry)
        .await
}

/// A refused change as shown: status, reasons, the message's catalog key, and whether it is
/// about the current password.
type Refusal = (StatusCode, Vec<Text>, &'static str, bool);

/// How the form shows a change that didn't happen.
fn refusal(outcome: PasswordOutcome) -> Refusal {
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    match outcome {
        PasswordOutcome::WrongCurrent => (unprocessable, Vec::new(), "change-wrong-current", true),
        PasswordOutcome::Throttled => (
            StatusCode::TOO_MANY_REQUESTS,
            Vec::new(),
            "change-throttled",
            true,
        ),
        PasswordOutcome::Mismatch => (unprocessable, Vec::new(), "password-mismatch", false),
        PasswordOutcome::Rejected(reasons) => {
            (unprocessable, reasons, "password-rules-refused", false)
        }
        PasswordOutcome::DirectoryRefused(reasons) => {
            (unprocessable, reasons, "password-directory-refused", false)
        }
        PasswordOutcome::NotVerified | PasswordOutcome::Done | PasswordOutcome::Unavailable => (
            StatusCode::FORBIDDEN,
            Vec::new(),
            "sign-in-again-first",
            false,
        ),
    }
}

/// GET /register/expired: for a user whose sign-in found the right password, expired or to be
/// changed first; anyone else goes to the sign-in page.
pub async fn expired_page(State(st): State<AppState>, v: Visit) -> Result<Response, AppError> {
    if v.session.data.expired.is_none() {
        return v.redirect(&st, "/register").await;
    }
    show(&st, v, true, StatusCode::OK, None).await
}

/// POST /register/expired: the same checks, throttle and writeback as a change of password,
/// for the user the sign-in named (kept in the session, never taken from the form).
pub async fn expired_submit(
    State(st): State<AppState>,
    mut v: Visit,
    Form(f): Form<ChangeForm>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(&f.csrf) {
        return v.csrf_failed_to(&st, "/register").await;
    }
    let Some(login) = v.session.data.expired.clone() else {
        return v.redirect(&st, "/register").await;
    };
    let current = SecretString::from(f.current);
    let new = SecretString::from(f.password);
    let confirm = SecretString::from(f.confirm);
    let ctx = v.flow_ctx(&st);
    match change_password(&ctx, &login, &current, &new, &confirm).await? {
        PasswordOutcome::Done => {
            v.session.data.expired = None;
            v.session.rotate(&st).await?;
            let next = Some(("/register", "sign-in"));
            let text = ["expired-done-text"];
            v.say(&st, StatusCode::OK, "change-done-title", &text, next)
                .await
        }
        PasswordOutcome::Unavailable => unavailable(&st, v, "/register/expired").await,
        refused => {
            let refused = refusal(refused);
            show(&st, v, true, refused.0, Some(refused)).await
        }
    }
}
