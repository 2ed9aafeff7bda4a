//! Step-up: before a change that decides who can sign in to the console or where passwords
//! are written, the admin types their password again. Checked like a sign-in (the same
//! directory bind and the same failed-sign-in throttle), against the settings as they are
//! before the change.

use super::form_page::STEP_UP;
use crate::domain::policy_check::Problem;
use crate::flows::account::{SignIn, sign_in};
use crate::state::AppState;
use crate::web::session::AdminSignIn;
use crate::web::visit::Visit;
use secrecy::SecretString;

/// `None` when `password` is the signed-in admin's; else what to say next to the field.
pub async fn refused(
    st: &AppState,
    v: &Visit,
    admin: &AdminSignIn,
    password: &str,
) -> anyhow::Result<Option<Problem>> {
    let problem = |message: &str| {
        Some(Problem {
            key: STEP_UP,
            message: message.into(),
        })
    };
    if password.is_empty() {
        return Ok(problem("Type your password to make this change."));
    }
    let password = SecretString::from(password.chars().take(1024).collect::<String>());
    Ok(
        match sign_in(&v.flow_ctx(st), &admin.login, &password).await? {
            SignIn::SignedIn(_) | SignIn::MustChange { .. } => None,
            SignIn::Failed => problem("That isn't your password. Nothing was saved."),
            SignIn::Throttled => {
                problem("Too many wrong passwords. For your security, wait an hour and try again.")
            }
            SignIn::Unavailable => problem(
                "The directory couldn't be reached to check your password. Try again in a few minutes.",
            ),
        },
    )
}
