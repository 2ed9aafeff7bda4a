//! Signing in to (and out of) the registration portal.

use super::onward;
use crate::error::AppError;
use crate::flows::account::{SignIn, sign_in};
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use crate::web::visit::Visit;
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use secrecy::SecretString;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "register/sign_in.html")]
struct SignInPage {
    page: PageCtx,
    user_id: String,
    error: Option<String>,
}

async fn show(
    st: &AppState,
    v: Visit,
    status: StatusCode,
    user_id: String,
    error: Option<String>,
) -> Result<Response, AppError> {
    let page = SignInPage {
        page: v.page(st),
        user_id,
        error,
    };
    let response = render(status, &page);
    v.finish(st, response).await
}

#[derive(Deserialize)]
pub struct EntryQuery {
    return_to: Option<String>,
}

/// GET /register: the sign-in page, or onwards when already signed in. A `return_to` is kept
/// only if its origin is on the tenant's allow-list; any other is ignored.
pub async fn entry(
    State(st): State<AppState>,
    mut v: Visit,
    Query(query): Query<EntryQuery>,
) -> Result<Response, AppError> {
    if let Some(raw) = query.return_to.as_deref() {
        let allowed = v.t.tenant.policy.allowed_return_to(raw);
        if allowed.is_none() {
            tracing::info!(tracking_id = %v.session.data.tracking, "return_to not on the allow-list; ignored");
        }
        v.session.data.return_to = allowed;
    }
    match v.session.data.account.clone() {
        Some(account) => onward(&st, v, &account).await,
        None => show(&st, v, StatusCode::OK, String::new(), None).await,
    }
}

/// A user ID and password, as the registration portal and the admin console take them.
#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    pub(crate) csrf: String,
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    password: String,
}

impl SignInForm {
    /// The typed user ID and the password, each cut to a sane length.
    pub(crate) fn credentials(&self) -> (String, SecretString) {
        let typed: String = self.user_id.chars().take(300).collect();
        let password = SecretString::from(self.password.chars().take(1024).collect::<String>());
        (typed, password)
    }
}

/// POST /register/sign-in: the directory password decides; the session ID changes on success.
pub async fn submit(
    State(st): State<AppState>,
    mut v: Visit,
    Form(form): Form<SignInForm>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(&form.csrf) {
        return v.csrf_failed_to(&st, "/register").await;
    }
    let (typed, password) = form.credentials();
    let outcome = sign_in(&v.flow_ctx(&st), &typed, &password).await?;
    match outcome {
        SignIn::SignedIn(account) => {
            v.session.rotate(&st).await?;
            v.session.data.account = Some(account.clone());
            v.session.data.change = None;
            onward(&st, v, &account).await
        }
        SignIn::Failed => {
            let error = v.t("sign-in-failed");
            show(&st, v, StatusCode::UNPROCESSABLE_ENTITY, typed, Some(error)).await
        }
        SignIn::MustChange { login } => {
            v.session.rotate(&st).await?;
            v.session.data.expired = Some(login);
            v.redirect(&st, "/register/expired").await
        }
        SignIn::Throttled => {
            let error = v.t("sign-in-throttled");
            show(&st, v, StatusCode::TOO_MANY_REQUESTS, typed, Some(error)).await
        }
        SignIn::Unavailable => {
            v.directory_unavailable(&st, "sign-in-unavailable-text", "/register")
                .await
        }
    }
}

/// A form that carries nothing but its CSRF token.
#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    pub(crate) csrf: String,
}

csrf_forms!(CsrfForm);

/// POST /register/sign-out: ends the signed-in session.
pub async fn sign_out(
    State(st): State<AppState>,
    mut v: Visit,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(&form.csrf) {
        return v.csrf_failed_to(&st, "/register").await;
    }
    if let Some(account) = v.session.data.account.take() {
        v.flow_ctx(&st)
            .audit(&account.login, "signed_out", "success", "")
            .await;
    }
    v.session.data.change = None;
    v.session.data.return_to = None;
    v.session.rotate(&st).await?;
    let next = Some(("/register", "sign-in-again"));
    v.say(
        &st,
        StatusCode::OK,
        "signed-out-title",
        &["signed-out-text"],
        next,
    )
    .await
}
