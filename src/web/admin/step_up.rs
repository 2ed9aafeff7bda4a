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

/// `None` when `code` is the admin's authenticator code now, not used before; else what to
/// say next to the field. Wrong codes count as failed sign-ins, as at the console's door.
pub async fn code_refused(
    st: &AppState,
    v: &Visit,
    admin: &AdminSignIn,
    code: &str,
) -> anyhow::Result<Option<String>> {
    let tenant = &v.t.tenant;
    let now = st.clock.now();
    let throttle = crate::security::throttle::Throttle {
        store: &st.store,
        tenant_id: &tenant.id,
        settings: &tenant.policy.throttle,
        now,
    };
    if !throttle.sign_in_try(&admin.login_key, &v.ip).await? {
        return Ok(Some(
            "Too many wrong codes. For your security, wait an hour and try again.".into(),
        ));
    }
    let Some(mfa) = st.store.admin_mfa(&tenant.id, &admin.login_key).await? else {
        return Ok(Some(
            "You have no authenticator app set up. Sign in again.".into(),
        ));
    };
    let refusal = match crate::security::totp::matching_step(&mfa.secret, code.trim(), now) {
        None => "That code isn't right. Enter the 6 digits your authenticator app shows now.",
        Some(step)
            if st
                .store
                .use_admin_step(&tenant.id, &admin.login_key, step, now)
                .await? =>
        {
            throttle.sign_in_settled(&admin.login_key, &v.ip).await?;
            return Ok(None);
        }
        Some(_) => "That code was used already. Wait for your app to show the next one.",
    };
    v.flow_ctx(st)
        .audit(
            &admin.login,
            "admin_step_up_failed",
            "failure",
            "wrong authenticator code",
        )
        .await;
    Ok(Some(refusal.into()))
}

/// Both proofs for acting on another administrator: the admin's password, then a fresh
/// authenticator code. `None` when both hold, else the field (`current_password` or `code`)
/// and what to say next to it.
pub async fn password_and_code(
    st: &AppState,
    v: &Visit,
    admin: &AdminSignIn,
    password: &str,
    code: &str,
) -> anyhow::Result<Option<(&'static str, String)>> {
    if let Some(p) = refused(st, v, admin, password).await? {
        return Ok(Some(("current_password", p.message)));
    }
    Ok(code_refused(st, v, admin, code)
        .await?
        .map(|message| ("code", message)))
}

/// `None` when the signed-in admin would still be an admin under `changed` (the tenant with
/// the change applied): found by its directory chain, and flagged or in its admin group.
/// Otherwise what to say, so an admin can't lock themselves out of the console by mistake.
pub async fn locks_out(
    st: &AppState,
    v: &Visit,
    admin: &AdminSignIn,
    changed: &crate::store::tenants::Tenant,
) -> Option<Problem> {
    let ctx = crate::flows::FlowCtx {
        state: st,
        tenant: changed,
        client_ip: &v.ip,
        tracking_id: &v.session.data.tracking,
        lang: changed.policy.default_language,
    };
    let id = crate::domain::user_id::UserId::parse(&admin.login).ok()?;
    let message = match st.directory(changed).find_user(&id).await {
        Ok(user) if crate::flows::notify::is_admin(&ctx, &user).await => return None,
        Ok(_) | Err(crate::directory::DirectoryError::NotFound) => format!(
            "After this change you couldn't sign in here: {} wouldn't be found as an admin. Make sure your account is in the new directory and in its admin group, or keep a target you are found in first.",
            admin.login
        ),
        Err(e) => {
            tracing::warn!(tracking_id = %v.session.data.tracking, error = %e, "checking the admin's account with changed directory settings");
            "With these settings the directory couldn't be asked whether you are still an admin (it didn't answer, or refused the service account). Check the address and the service account's password; Test connection on the directory page shows what fails.".to_string()
        }
    };
    Some(Problem {
        key: "chain",
        message,
    })
}
