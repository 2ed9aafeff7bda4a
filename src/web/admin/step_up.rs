//! Step-up: before a change that decides who can sign in to the console or where passwords
//! are written, the admin types their password again. Checked like a sign-in (the same
//! directory bind and the same failed-sign-in throttle), against the settings as they are
//! before the change.

use super::form_page::STEP_UP;
use crate::domain::policy_check::Problem;
use crate::flows::account::{SignIn, sign_in};
use crate::i18n::Text;
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
    let problem = |key: &'static str| {
        Some(Problem {
            key: STEP_UP,
            message: Text::new(key),
        })
    };
    if password.is_empty() {
        return Ok(problem("step-up-password-missing"));
    }
    let password = SecretString::from(password.chars().take(1024).collect::<String>());
    Ok(
        match sign_in(&v.flow_ctx(st), &admin.login, &password).await? {
            SignIn::SignedIn(_) | SignIn::MustChange { .. } => None,
            SignIn::Failed => problem("step-up-password-wrong"),
            SignIn::Throttled => problem("step-up-password-throttled"),
            SignIn::Unavailable => problem("step-up-directory-unavailable"),
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
) -> anyhow::Result<Option<Text>> {
    let tenant = &v.t.tenant;
    let now = st.clock.now();
    let throttle = crate::security::throttle::Throttle {
        store: &st.store,
        tenant_id: &tenant.id,
        settings: &tenant.policy.throttle,
        now,
    };
    if !throttle.sign_in_try(&admin.login_key, &v.ip).await? {
        return Ok(Some(Text::new("step-up-code-throttled")));
    }
    let Some(mfa) = st.store.admin_mfa(&tenant.id, &admin.login_key).await? else {
        return Ok(Some(Text::new("step-up-no-authenticator")));
    };
    let refusal = match crate::security::totp::matching_step(&mfa.secret, code.trim(), now) {
        None => "step-up-code-wrong",
        Some(step)
            if st
                .store
                .use_admin_step(&tenant.id, &admin.login_key, step, now)
                .await? =>
        {
            throttle.sign_in_settled(&admin.login_key, &v.ip).await?;
            return Ok(None);
        }
        Some(_) => "step-up-code-used",
    };
    v.flow_ctx(st)
        .audit(
            &admin.login,
            "admin_step_up_failed",
            "failure",
            "wrong authenticator code",
        )
        .await;
    Ok(Some(Text::new(refusal)))
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
) -> anyhow::Result<Option<(&'static str, Text)>> {
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
        Ok(_) | Err(crate::directory::DirectoryError::NotFound) => {
            Text::new("step-up-locks-out").arg("login", admin.login.as_str())
        }
        Err(e) => {
            tracing::warn!(tracking_id = %v.session.data.tracking, error = %e, "checking the admin's account with changed directory settings");
            Text::new("step-up-cannot-check")
        }
    };
    Some(Problem {
        key: "chain",
        message,
    })
}
