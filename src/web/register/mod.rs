//! The registration portal: sign in with the directory password, register and verify contacts,
//! re-confirm them, change the password; and the interstitial other applications send users
//! through (`/register?return_to=…`).

/// Implements `CsrfField` for forms with a `csrf` field.
macro_rules! csrf_forms {
    ($($form:ty),*) => {
        $(impl super::CsrfField for $form {
            fn csrf(&self) -> &str {
                &self.csrf
            }
        })*
    };
}

mod contact;
mod overview;
mod password;
mod prove;
pub(crate) mod sign_in;

use crate::error::AppError;
use crate::flows::account::{Account, Requirement, Standing, standing};
use crate::state::AppState;
use crate::web::visit::Visit;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::de::DeserializeOwned;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/register", get(sign_in::entry))
        .route("/register/sign-in", post(sign_in::submit))
        .route("/register/sign-out", post(sign_in::sign_out))
        .route("/register/methods", get(overview::page))
        .route("/register/remove", post(overview::remove))
        .route(
            "/register/confirm",
            get(overview::confirm_page).post(overview::confirm),
        )
        .route("/register/continue", get(overview::go_on))
        .route("/register/skip", get(overview::skip))
        .route("/register/email", get(contact::email_form))
        .route("/register/mobile", get(contact::mobile_form))
        .route("/register/send", post(contact::send))
        .route(
            "/register/code",
            get(contact::code_page).post(contact::code),
        )
        .route("/register/prove", get(prove::page).post(prove::send))
        .route(
            "/register/prove/code",
            get(prove::code_page).post(prove::code),
        )
        .route("/register/resend", post(contact::resend))
        .route("/register/cancel", post(contact::cancel))
        .route(
            "/register/password",
            get(password::page).post(password::submit),
        )
        .route(
            "/register/expired",
            get(password::expired_page).post(password::expired_submit),
        )
}

/// A visit by a signed-in user; anyone else is sent to the sign-in page.
pub struct SignedIn {
    pub v: Visit,
    pub account: Account,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let v = Visit::from_request_parts(parts, state).await?;
        match v.session.data.account.clone() {
            Some(account) => Ok(SignedIn { v, account }),
            None => Err(Redirect::to(&v.href("/register")).into_response()),
        }
    }
}

/// A form with the session's CSRF token in it.
pub trait CsrfField {
    fn csrf(&self) -> &str;
}

/// A form posted by a signed-in user, with a valid CSRF token.
pub struct SignedInForm<T> {
    pub v: Visit,
    pub account: Account,
    pub form: T,
}

impl<T> FromRequest<AppState> for SignedInForm<T>
where
    T: DeserializeOwned + CsrfField + Send,
{
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let SignedIn { v, account } = SignedIn::from_request_parts(&mut parts, state).await?;
        let request = Request::from_parts(parts, body);
        let Form(form) = Form::<T>::from_request(request, state)
            .await
            .map_err(IntoResponse::into_response)?;
        if !v.csrf_ok(form.csrf()) {
            return Err(match v.csrf_failed_to(state, "/register").await {
                Ok(response) => response,
                Err(e) => e.into_response(),
            });
        }
        Ok(SignedInForm { v, account, form })
    }
}

/// The user's standing, as the pages need it.
async fn read_standing(st: &AppState, v: &Visit, account: &Account) -> Result<Standing, AppError> {
    Ok(standing(&v.flow_ctx(st), account).await?)
}

/// Where a signed-in user goes next: back to the application that sent them once nothing more
/// is required, else re-confirmation or the methods page.
async fn onward(st: &AppState, mut v: Visit, account: &Account) -> Result<Response, AppError> {
    let standing = read_standing(st, &v, account).await?;
    let policy = &v.t.tenant.policy;
    let requirement = standing.requirement(account, policy.require_registration);
    if v.session.data.return_to.is_none() {
        let next = if standing.reconfirm_due {
            "/register/confirm"
        } else {
            "/register/methods"
        };
        return v.redirect(st, next).await;
    }
    match requirement {
        Requirement::Nothing => {
            let url = v.session.data.return_to.take().unwrap_or_default();
            v.flow_ctx(st)
                .audit(&account.login, "returned", "success", &url)
                .await;
            v.finish(st, Redirect::to(&url).into_response()).await
        }
        Requirement::Register => v.redirect(st, "/register/methods").await,
        Requirement::Reconfirm => v.redirect(st, "/register/confirm").await,
    }
}
