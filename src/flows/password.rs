//! The last step of a reset: check the new password against every policy, then write it back.

use super::{FlowCtx, ResetFlow, notify};
use crate::directory::{DirUser, DirectoryError};
use crate::domain::password_policy::NameContext;
use crate::domain::user_id::UserId;
use secrecy::{ExposeSecret, SecretString};

/// What submitting a new password leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordOutcome {
    Done,
    /// The two entries differ.
    Mismatch,
    /// The tenant's password policy refuses it: every reason, in plain words.
    Rejected(Vec<String>),
    /// The directory refused it; its reasons.
    DirectoryRefused(Vec<String>),
    /// The directory can't be reached or refused the operation: try later / helpdesk.
    Unavailable,
    /// The flow hasn't passed its gates.
    NotVerified,
}

/// Names the password must not contain.
pub fn name_context(user: &DirUser) -> NameContext {
    NameContext {
        login: user.login.clone(),
        display_name: user.display_name.clone(),
        given_name: user.given_name.clone(),
        surname: user.surname.clone(),
    }
}

/// Looks the flow's user up again (the directory may have changed since the flow started).
pub async fn flow_user(ctx: &FlowCtx<'_>, flow: &ResetFlow) -> Result<DirUser, DirectoryError> {
    let id = UserId::parse(&flow.login).map_err(|_| DirectoryError::NotFound)?;
    ctx.state
        .directory(ctx.tenant)
        .find_user(&ctx.tenant.id, &id)
        .await
}

pub async fn set_new_password(
    ctx: &FlowCtx<'_>,
    flow: &mut ResetFlow,
    password: &SecretString,
    confirm: &SecretString,
) -> anyhow::Result<PasswordOutcome> {
    if !flow.verified() || flow.done {
        return Ok(PasswordOutcome::NotVerified);
    }
    if password.expose_secret() != confirm.expose_secret() {
        return Ok(PasswordOutcome::Mismatch);
    }
    let directory = ctx.state.directory(ctx.tenant);
    let user = match flow_user(ctx, flow).await {
        Ok(user) => user,
        Err(e) => return Ok(unavailable(ctx, flow, &e).await),
    };
    let reasons = ctx
        .tenant
        .policy
        .password
        .check(password.expose_secret(), &name_context(&user));
    if !reasons.is_empty() {
        ctx.audit(
            &flow.login,
            "reset_failed",
            "failure",
            &format!("password policy: {}", reasons.join(" ")),
        )
        .await;
        return Ok(PasswordOutcome::Rejected(reasons));
    }
    let written = match directory
        .check_password(&ctx.tenant.id, &user, password)
        .await
    {
        Ok(()) => {
            directory
                .set_password(&ctx.tenant.id, &user, password, false)
                .await
        }
        Err(e) => Err(e),
    };
    match written {
        Ok(()) => {}
        Err(DirectoryError::PolicyRejected { reasons }) => {
            ctx.audit(
                &flow.login,
                "reset_failed",
                "failure",
                &format!("directory refused: {}", reasons.join(" ")),
            )
            .await;
            return Ok(PasswordOutcome::DirectoryRefused(reasons));
        }
        Err(e) => return Ok(unavailable(ctx, flow, &e).await),
    }
    flow.done = true;
    tracing::info!(tracking_id = ctx.tracking_id, tenant = %ctx.tenant.slug, "password reset written back");
    ctx.audit(
        &flow.login,
        "reset_succeeded",
        "success",
        "password reset by self-service",
    )
    .await;
    notify::password_reset(ctx, &user).await;
    Ok(PasswordOutcome::Done)
}

async fn unavailable(ctx: &FlowCtx<'_>, flow: &ResetFlow, e: &DirectoryError) -> PasswordOutcome {
    tracing::error!(tracking_id = ctx.tracking_id, error = %e, "password writeback failed");
    ctx.audit(
        &flow.login,
        "reset_failed",
        "failure",
        "directory unavailable or refused the operation",
    )
    .await;
    PasswordOutcome::Unavailable
}
