//! An admin resets a user's password from the console: a generated temporary password (shown
//! once, never stored or logged) or one the admin types, "must change at next sign-in" on by
//! default, written through the chain with the same checks as a self-service reset. Resetting
//! an admin's password takes the acting admin's password and an authenticator code again.

use super::users::{ActionForm, Which, acted_on, user_of, user_page};
use super::{Admin, step_up};
use crate::directory::DirUser;
use crate::error::AppError;
use crate::flows::password::{PasswordOutcome, Writer, write};
use crate::flows::{LockAfter, notify};
use crate::security::temporary_password;
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use crate::web::visit::Visit;
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

/// One problem with the form, next to its field and in the summary.
struct Problem {
    field: &'static str,
    message: String,
}

#[derive(Template)]
#[template(path = "admin/user_reset.html")]
struct ResetPage {
    page: PageCtx,
    user: DirUser,
    /// The user is an admin: the form asks for the acting admin's password and code.
    step_up: bool,
    generate: bool,
    must_change: bool,
    problems: Vec<Problem>,
}

impl ResetPage {
    fn error(&self, field: &str) -> Option<&str> {
        self.problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.message.as_str())
    }
}

#[derive(Template)]
#[template(path = "admin/user_reset_done.html")]
struct DonePage {
    page: PageCtx,
    user: DirUser,
    /// The generated password, shown this once.
    temporary: Option<String>,
    must_change: bool,
    still_locked: bool,
    notified: bool,
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    how: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
    #[serde(default)]
    must_change: Option<String>,
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    code: String,
}

/// Whether acting on the user takes step-up: they are an admin (flagged, or in the admin
/// group), or the directory couldn't say.
pub(super) async fn is_admin(st: &AppState, v: &Visit, user: &DirUser) -> bool {
    notify::admin_status(&v.flow_ctx(st), user)
        .await
        .unwrap_or(true)
}

/// GET /admin/user/reset?id=LOGIN
pub async fn page(
    State(st): State<AppState>,
    Admin { v, .. }: Admin,
    Query(which): Query<Which>,
) -> Result<Response, AppError> {
    let (v, user) = match user_of(&st, v, &which.id).await? {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    let page = ResetPage {
        page: v.page(&st),
        step_up: is_admin(&st, &v, &user).await,
        user,
        generate: true,
        must_change: true,
        problems: Vec::new(),
    };
    let response = render(StatusCode::OK, &page);
    v.finish(&st, response).await
}

/// POST /admin/user/reset?id=LOGIN
pub async fn submit(
    State(st): State<AppState>,
    Admin { v, admin }: Admin,
    Query(which): Query<Which>,
    Form(form): Form<ResetForm>,
) -> Result<Response, AppError> {
    let csrf = ActionForm {
        csrf: form.csrf.clone(),
    };
    let (v, user) = match acted_on(&st, v, &which, &csrf).await? {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    let mut page = ResetPage {
        page: v.page(&st),
        step_up: is_admin(&st, &v, &user).await,
        generate: form.how != "set",
        must_change: form.must_change.is_some(),
        user,
        problems: Vec::new(),
    };
    if !page.generate && form.password.is_empty() {
        page.problems.push(Problem {
            field: "password",
            message: page.page.t("admin-reset-password-missing"),
        });
    } else if !page.generate && form.password != form.confirm {
        page.problems.push(Problem {
            field: "confirm",
            message: page.page.t("admin-reset-passwords-differ"),
        });
    }
    if page.problems.is_empty() && page.step_up {
        let proofs =
            step_up::password_and_code(&st, &v, &admin, &form.current_password, &form.code);
        page.problems
            .extend(proofs.await?.map(|(field, message)| Problem {
                field,
                message: v.lang.text(&message),
            }));
    }
    if !page.problems.is_empty() {
        let response = render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        return v.finish(&st, response).await;
    }
    let password = if page.generate {
        temporary_password::generate(v.t.tenant.policy.password.min_length)
    } else {
        SecretString::from(form.password.chars().take(1024).collect::<String>())
    };
    let writer = Writer::Admin {
        login: &admin.login,
        must_change: page.must_change,
    };
    let (outcome, lock) = write(&v.flow_ctx(&st), &page.user, &password, writer).await;
    let refused = |reasons: Vec<crate::i18n::Text>, lead: &str| Problem {
        field: "password",
        message: format!("{} {}", v.lang.t(lead), v.lang.texts(&reasons).join(" ")),
    };
    let problem = match outcome {
        PasswordOutcome::Done => {
            let done = DonePage {
                page: v.page(&st),
                temporary: page.generate.then(|| password.expose_secret().to_string()),
                must_change: page.must_change,
                still_locked: lock == LockAfter::StillLocked,
                notified: v.t.tenant.policy.notify_user_on_reset,
                user: page.user,
            };
            let response = render(StatusCode::OK, &done);
            return v.finish(&st, response).await;
        }
        PasswordOutcome::Rejected(reasons) => refused(reasons, "admin-reset-rules-refuse"),
        PasswordOutcome::DirectoryRefused(reasons) => {
            refused(reasons, "admin-reset-directory-refused")
        }
        _ => {
            let back = user_page(&page.user.login);
            return v
                .say(
                    &st,
                    StatusCode::SERVICE_UNAVAILABLE,
                    "admin-reset-unavailable-title",
                    &["admin-reset-unavailable"],
                    Some((&back, "admin-back-to-user")),
                )
                .await;
        }
    };
    page.problems.push(problem);
    let response = render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    v.finish(&st, response).await
}
