//! The console's first factor, the directory password, then whether the user is an admin
//! (the embedded directory's flag, or the tenant's `admin_group`), checked at every sign-in.

use crate::domain::user_id::UserId;
use crate::error::AppError;
use crate::flows::account::{SignIn, sign_in};
use crate::flows::notify::is_admin;
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use crate::web::register::sign_in::{CsrfForm, SignInForm};
use crate::web::session::AdminSignIn;
use crate::web::visit::Visit;
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

#[derive(Template)]
#[template(path = "admin/sign_in.html")]
struct SignInPage {
    page: PageCtx,
    user_id: String,
    error: Option<String>,
}

pub(super) async fn show(
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

/// POST /admin/sign-in: the password, throttled like the registration portal's; an admin goes
/// on to the code (the session ID changes), anyone else is told they have no admin access.
pub async fn submit(
    State(st): State<AppState>,
    mut v: Visit,
    Form(form): Form<SignInForm>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(&form.csrf) {
        return v.csrf_failed_to(&st, "/admin").await;
    }
    let (typed, password) = form.credentials();
    let outcome = sign_in(&v.flow_ctx(&st), &typed, &password).await?;
    let account = match outcome {
        SignIn::SignedIn(account) => account,
        SignIn::Failed => {
            let error = v.lang.t("admin-sign-in-wrong");
            return show(&st, v, StatusCode::UNPROCESSABLE_ENTITY, typed, Some(error)).await;
        }
        SignIn::Throttled => {
            let error = v.lang.t("admin-sign-in-throttled");
            return show(&st, v, StatusCode::TOO_MANY_REQUESTS, typed, Some(error)).await;
        }
        SignIn::MustChange { .. } => {
            return v
                .say(
                    &st,
                    StatusCode::FORBIDDEN,
                    "admin-must-change-title",
                    &["admin-must-change"],
                    Some(("/register", "admin-must-change-link")),
                )
                .await;
        }
        SignIn::Unavailable => return unavailable(&st, v).await,
    };
    let user = match UserId::parse(&account.login) {
        Ok(id) => st.directory(&v.t.tenant).find_user(&id).await,
        Err(_) => Err(crate::directory::DirectoryError::NotFound),
    };
    let Ok(user) = user else {
        return unavailable(&st, v).await;
    };
    let ctx = v.flow_ctx(&st);
    if !is_admin(&ctx, &user).await {
        ctx.audit(
            &account.login,
            "admin_sign_in_refused",
            "failure",
            "not an admin",
        )
        .await;
        let title = v.lang.t1("admin-not-admin-title", "org", &v.t.tenant.name);
        let text = v.lang.t("admin-not-admin");
        let link = v.lang.t("admin-not-admin-link");
        return v
            .message(
                &st,
                StatusCode::FORBIDDEN,
                &title,
                &[&text],
                Some(("/register", &link)),
            )
            .await;
    }
    let now = st.clock.now();
    v.session.rotate(&st).await?;
    v.session.data.admin = Some(AdminSignIn {
        login: account.login,
        login_key: account.login_key,
        display_name: account.display_name,
        mail: account.mail,
        verified: false,
        signed_in_at: now,
        last_seen: now,
    });
    v.redirect(&st, "/admin/code").await
}

async fn unavailable(st: &AppState, v: Visit) -> Result<Response, AppError> {
    v.say(
        st,
        StatusCode::SERVICE_UNAVAILABLE,
        "admin-directory-unavailable-title",
        &["admin-directory-unavailable"],
        Some(("/admin", "try-again")),
    )
    .await
}

/// POST /admin/sign-out: ends the admin sign-in (not the registration portal's).
pub async fn sign_out(
    State(st): State<AppState>,
    mut v: Visit,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(&form.csrf) {
        return v.csrf_failed_to(&st, "/admin").await;
    }
    if let Some(admin) = v.session.data.admin.take() {
        v.flow_ctx(&st)
            .audit(&admin.login, "admin_signed_out", "success", "")
            .await;
    }
    v.session.rotate(&st).await?;
    v.say(
        &st,
        StatusCode::OK,
        "admin-signed-out-title",
        &["admin-signed-out"],
        Some(("/admin", "admin-sign-in-again")),
    )
    .await
}
