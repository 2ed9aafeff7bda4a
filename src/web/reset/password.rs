//! The last reset step: the new password, and the strength meter that scores it as it is typed.

use super::start::unavailable_then;
use super::steps::{PasswordPage, begin, show};
use crate::domain::password_policy::strength as password_strength;
use crate::error::AppError;
use crate::flows::password::{PasswordOutcome, find_login, name_context, set_new_password};
use crate::state::AppState;
use crate::web::pages::render;
use crate::web::visit::Visit;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

/// POST /reset/password: the new password, typed twice.
pub async fn submit(
    State(st): State<AppState>,
    v: Visit,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let lang = v.lang;
    let (mut v, mut flow) = match begin(&st, v, &form.csrf).await? {
        Ok(pair) => pair,
        Err(response) => return Ok(response),
    };
    let new = SecretString::from(form.password);
    let confirm = SecretString::from(form.confirm);
    let outcome = set_new_password(&v.flow_ctx(&st), &mut flow, &new, &confirm).await?;
    let (reasons, error) = match outcome {
        PasswordOutcome::Done => {
            v.keep_sign_in_after_password_write(&st).await?;
            v.session.data.reset = Some(flow);
            return v.redirect(&st, "/reset/verify").await;
        }
        PasswordOutcome::NotVerified
        | PasswordOutcome::WrongCurrent
        | PasswordOutcome::Throttled => {
            return show(
                &st,
                v,
                flow,
                StatusCode::FORBIDDEN,
                Some(lang.t("reset-verify-first")),
            )
            .await;
        }
        PasswordOutcome::Unavailable => {
            v.session.data.reset = Some(flow);
            return unavailable_then(&st, v, "/reset/verify").await;
        }
        PasswordOutcome::Mismatch => (Vec::new(), Some(lang.t("password-mismatch"))),
        PasswordOutcome::Rejected(reasons) => (
            v.lang.texts(&reasons),
            Some(lang.t("password-rules-refused")),
        ),
        PasswordOutcome::DirectoryRefused(reasons) => (
            v.lang.texts(&reasons),
            Some(lang.t("password-directory-refused")),
        ),
    };
    let page = PasswordPage {
        page: v.page(&st),
        min_length: v.t.tenant.policy.password.min_length,
        reasons,
        error,
    };
    let response = render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    v.session.data.reset = Some(flow);
    v.finish(&st, response).await
}

#[derive(Deserialize)]
pub struct StrengthRequest {
    #[serde(default)]
    password: String,
}

#[derive(Serialize)]
struct StrengthResponse {
    score: u8,
    hint: String,
}

/// POST /reset/strength: the zxcvbn score for the meter (JSON, CSRF in a header), for a reset
/// or a change of password.
pub async fn strength(
    State(st): State<AppState>,
    v: Visit,
    headers: HeaderMap,
    Json(body): Json<StrengthRequest>,
) -> Result<Response, AppError> {
    let token = headers
        .get("x-csrf-token")
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    // The user choosing a password: one who passed the reset gates, one signed in to change
    // it, or one whose sign-in found it expired.
    let login = v
        .session
        .data
        .reset
        .as_ref()
        .filter(|f| f.verified() && !f.done)
        .map(|f| f.login.clone())
        .or_else(|| v.session.data.account.as_ref().map(|a| a.login.clone()))
        .or_else(|| v.session.data.expired.clone());
    let (true, Some(login)) = (v.csrf_ok(token), login) else {
        return Ok(StatusCode::FORBIDDEN.into_response());
    };
    let user = match find_login(&v.flow_ctx(&st), &login).await {
        Ok(user) => user,
        Err(_) => return Ok(StatusCode::SERVICE_UNAVAILABLE.into_response()),
    };
    let password: String = body.password.chars().take(1024).collect();
    let (score, hint) =
        crate::security::cpu::run(move || password_strength(&password, &name_context(&user)))
            .await?;
    let hint = hint.map(|key| v.t(key)).unwrap_or_default();
    Ok(Json(StrengthResponse { score, hint }).into_response())
}
