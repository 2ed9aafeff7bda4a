//! Change password: a signed-in user who knows their password sets a new one.

use super::{SignedIn, SignedInForm};
use crate::error::AppError;
use crate::flows::password::{PasswordOutcome, change_password};
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use crate::web::visit::Visit;
use askama::Template;
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
}

async fn show(
    st: &AppState,
    v: Visit,
    status: StatusCode,
    reasons: Vec<String>,
    error: Option<String>,
    current_error: bool,
) -> Result<Response, AppError> {
    let page = ChangePage {
        page: v.page(st),
        min_length: v.t.tenant.policy.password.min_length,
        reasons,
        error,
        current_error,
    };
    let response = render(status, &page);
    v.finish(st, response).await
}

/// GET /register/password
pub async fn page(
    State(st): State<AppState>,
    SignedIn { v, .. }: SignedIn,
) -> Result<Response, AppError> {
    show(&st, v, StatusCode::OK, Vec::new(), None, false).await
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
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    let (status, reasons, error, on_current) = match outcome {
        PasswordOutcome::Done => {
            v.session.rotate(&st).await?;
            return v
                .message(
                    &st,
                    StatusCode::OK,
                    "Your password was changed",
                    &["Use your new password from now on, everywhere you sign in. We've emailed you a notice."],
                    Some(("/register/methods", "Back to your security info")),
                )
                .await;
        }
        PasswordOutcome::Unavailable => {
            return v.message(&st, StatusCode::SERVICE_UNAVAILABLE, "The directory is unavailable right now",
                &["Your password was not changed. Please try again in a few minutes, or contact the helpdesk with the tracking ID below."],
                Some(("/register/password", "Try again"))).await;
        }
        PasswordOutcome::WrongCurrent => (
            unprocessable,
            Vec::new(),
            "Your current password isn't right.",
            true,
        ),
        PasswordOutcome::Throttled => (
            StatusCode::TOO_MANY_REQUESTS,
            Vec::new(),
            "Too many wrong passwords. For your security, wait an hour and try again.",
            true,
        ),
        PasswordOutcome::Mismatch => (
            unprocessable,
            Vec::new(),
            "The two new passwords don't match. Type the same password twice.",
            false,
        ),
        PasswordOutcome::Rejected(reasons) => (
            unprocessable,
            reasons,
            "That password doesn't meet your organisation's rules:",
            false,
        ),
        PasswordOutcome::DirectoryRefused(reasons) => (
            unprocessable,
            reasons,
            "Your directory refused that password:",
            false,
        ),
        PasswordOutcome::NotVerified => (
            StatusCode::FORBIDDEN,
            Vec::new(),
            "Sign in again first.",
            false,
        ),
    };
    show(&st, v, status, reasons, Some(error.into()), on_current).await
}
