//! The registration portal: sign in with the directory password, register and verify contacts,
//! re-confirm them, change the password; and the interstitial other applications send users
//! through (`/register?return_to=…`).

mod contact;
mod overview;
mod password;
mod sign_in;

use crate::error::AppError;
use crate::flows::account::{Account, Requirement, Standing, standing};
use crate::state::AppState;
use crate::web::visit::Visit;
use axum::Router;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

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
        .route("/register/resend", post(contact::resend))
        .route("/register/cancel", post(contact::cancel))
        .route(
            "/register/password",
            get(password::page).post(password::submit),
        )
}

/// The signed-in visit, or a redirect to the sign-in page.
async fn signed_in(
    st: &AppState,
    v: Visit,
) -> Result<Result<(Visit, Account), Response>, AppError> {
    match v.session.data.account.clone() {
        Some(account) => Ok(Ok((v, account))),
        None => Ok(Err(v.redirect(st, "/register").await?)),
    }
}

/// The signed-in visit of a form post with a valid CSRF token.
async fn signed_in_form(
    st: &AppState,
    v: Visit,
    csrf: &str,
) -> Result<Result<(Visit, Account), Response>, AppError> {
    if v.session.data.account.is_some() && !v.csrf_ok(csrf) {
        return Ok(Err(v.csrf_failed_to(st, "/register").await?));
    }
    signed_in(st, v).await
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
