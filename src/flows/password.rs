//! Writing a new password, after a reset or as a change: check it against every policy, then
//! write it back and tell the user.

use super::notify::{self, PasswordEvent};
use super::{FlowCtx, LockAfter, ResetFlow};
use crate::directory::{DirUser, DirectoryError, PasswordCheck, WriteKind, Written};
use crate::domain::password_policy::NameContext;
use crate::domain::user_id::UserId;
use crate::i18n::{Lang, Text};
use crate::security::throttle::Throttle;
use secrecy::{ExposeSecret, SecretString};

/// What submitting a new password leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordOutcome {
    Done,
    /// The two entries differ.
    Mismatch,
    /// The tenant's password policy refuses it: every reason, in plain words.
    Rejected(Vec<Text>),
    /// The directory refused it; its reasons.
    DirectoryRefused(Vec<Text>),
    /// The directory can't be reached or refused the operation: try later / helpdesk.
    Unavailable,
    /// The flow hasn't passed its gates.
    NotVerified,
    /// Change password: the current password is wrong.
    WrongCurrent,
    /// Change password: too many wrong current passwords lately.
    Throttled,
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

/// Looks a user up again (the directory may have changed since the flow or sign-in).
pub async fn find_login(ctx: &FlowCtx<'_>, login: &str) -> Result<DirUser, DirectoryError> {
    let id = UserId::parse(login).map_err(|_| DirectoryError::NotFound)?;
    ctx.directory().find_user(&id).await
}

/// The reset flow's user, looked up again.
pub async fn flow_user(ctx: &FlowCtx<'_>, flow: &ResetFlow) -> Result<DirUser, DirectoryError> {
    find_login(ctx, &flow.login).await
}

pub async fn set_new_password(
    ctx: &FlowCtx<'_>,
    flow: &mut ResetFlow,
    password: &SecretString,
    confirm: &SecretString,
) -> anyhow::Result<PasswordOutcome> {
    // An unlock flow unlocks; it never sets a password.
    if !flow.verified() || flow.done || flow.unlock {
        return Ok(PasswordOutcome::NotVerified);
    }
    if password.expose_secret() != confirm.expose_secret() {
        return Ok(PasswordOutcome::Mismatch);
    }
    // One write per verified flow, however many requests carry it at once: the claim is one
    // statement, and is given back when the write didn't happen (so the user can try again).
    let claim = format!("password-write:{}", flow.flow_id);
    let claim_until = ctx.now() + crate::web::session::LIFETIME_SECS;
    if !ctx.state.store.claim_nonce(&claim, claim_until).await? {
        return Ok(PasswordOutcome::NotVerified);
    }
    let (outcome, lock) = match flow_user(ctx, flow).await {
        Ok(user) => write(ctx, &user, password, Writer::SelfService(WriteKind::Reset)).await,
        Err(e) => (
            unavailable(ctx, &flow.login, &e, "reset_failed").await,
            LockAfter::NotLocked,
        ),
    };
    if outcome == PasswordOutcome::Done {
        flow.done = true;
        flow.lock_after = lock;
    } else {
        ctx.state.store.release_nonce(&claim).await?;
    }
    Ok(outcome)
}

/// A signed-in user changes the password they know.
pub async fn change_password(
    ctx: &FlowCtx<'_>,
    login: &str,
    current: &SecretString,
    password: &SecretString,
    confirm: &SecretString,
) -> anyhow::Result<PasswordOutcome> {
    if password.expose_secret() != confirm.expose_secret() {
        return Ok(PasswordOutcome::Mismatch);
    }
    let directory = ctx.directory();
    let user = match find_login(ctx, login).await {
        Ok(user) => user,
        Err(e) => return Ok(unavailable(ctx, login, &e, "password_change_failed").await),
    };
    let throttle = Throttle {
        store: &ctx.state.store,
        tenant_id: &ctx.tenant.id,
        settings: &ctx.tenant.policy.throttle,
        now: ctx.now(),
    };
    // The current password is checked like a sign-in: a try is taken first, and stays
    // counted as a failure unless the password is right (no guessing from here either).
    if !throttle.sign_in_try(&user.key(), ctx.client_ip).await? {
        return Ok(PasswordOutcome::Throttled);
    }
    match directory.verify_password(&user, current).await {
        // An expired current password is still the right one: replacing it is the point.
        Ok(PasswordCheck::Accepted | PasswordCheck::MustChange) => {
            throttle.sign_in_settled(&user.key(), ctx.client_ip).await?;
        }
        Ok(PasswordCheck::Wrong) => {
            ctx.audit(
                login,
                "password_change_failed",
                "failure",
                "wrong current password",
            )
            .await;
            return Ok(PasswordOutcome::WrongCurrent);
        }
        Err(e) => {
            throttle.sign_in_settled(&user.key(), ctx.client_ip).await?;
            return Ok(unavailable(ctx, login, &e, "password_change_failed").await);
        }
    }
    let kind = WriteKind::Change { current };
    Ok(write(ctx, &user, password, Writer::SelfService(kind))
        .await
        .0)
}

/// Who writes a password, and how.
#[derive(Debug, Clone, Copy)]
pub enum Writer<'a> {
    /// The user: a reset through the gates, or a change of the password they know.
    SelfService(WriteKind<'a>),
    /// An admin from the console, for the user: a reset, which also unlocks the account.
    Admin { login: &'a str, must_change: bool },
}

impl<'a> Writer<'a> {
    fn kind(self) -> WriteKind<'a> {
        match self {
            Writer::SelfService(kind) => kind,
            Writer::Admin { .. } => WriteKind::Reset,
        }
    }

    fn event(self) -> PasswordEvent<'a> {
        match self {
            Writer::SelfService(WriteKind::Reset) => PasswordEvent::Reset,
            Writer::SelfService(WriteKind::Change { .. }) => PasswordEvent::Changed,
            Writer::Admin { login, .. } => PasswordEvent::ByAdmin(login),
        }
    }

    /// The audit activities of a success and of a failure.
    fn activities(self) -> (&'static str, &'static str) {
        match self.event() {
            PasswordEvent::Reset => ("reset_succeeded", "reset_failed"),
            PasswordEvent::Changed => ("password_changed", "password_change_failed"),
            PasswordEvent::ByAdmin(_) => ("admin_reset_password", "admin_reset_password"),
        }
    }
}

/// Checks the tenant's password policy, then the directory's, then writes and notifies. A
/// reset also unlocks a locked account when the policy allows unlocking (an admin's always
/// does); what the directory says of the lock after the write comes back with the outcome.
pub async fn write(
    ctx: &FlowCtx<'_>,
    user: &DirUser,
    password: &SecretString,
    writer: Writer<'_>,
) -> (PasswordOutcome, LockAfter) {
    let outcome = |o: PasswordOutcome| (o, LockAfter::NotLocked);
    let kind = writer.kind();
    let event = writer.event();
    let (done, failed) = writer.activities();
    let reasons = ctx
        .tenant
        .policy
        .password
        .check(password.expose_secret(), &name_context(user));
    if !reasons.is_empty() {
        let detail = format!("password policy: {}", Lang::En.texts(&reasons).join(" "));
        ctx.audit(&user.login, failed, "failure", &detail).await;
        return outcome(PasswordOutcome::Rejected(reasons));
    }
    let directory = ctx.directory();
    let written = match directory.check_password(user, password).await {
        Ok(()) => {
            let (unlock, must_change) = match writer {
                Writer::SelfService(kind) => (
                    matches!(kind, WriteKind::Reset) && ctx.tenant.policy.allow_unlock,
                    false,
                ),
                Writer::Admin { must_change, .. } => (true, must_change),
            };
            directory
                .set_password(user, password, must_change, kind, unlock)
                .await
        }
        Err(e) => Err(e),
    };
    let written = match written {
        Ok(written) => {
            ctx.audit_partial(&user.login, &written, "writeback", "written to")
                .await;
            written
        }
        Err(DirectoryError::PolicyRejected { reasons }) => {
            let detail = format!("directory refused: {}", Lang::En.texts(&reasons).join(" "));
            ctx.audit(&user.login, failed, "failure", &detail).await;
            return outcome(PasswordOutcome::DirectoryRefused(reasons));
        }
        // The user's own change, refused by the directory's permissions (AD's "User cannot
        // change password"): not an outage, and a reset is still open to them.
        Err(DirectoryError::PermissionDenied(cause))
            if matches!(kind, WriteKind::Change { .. }) =>
        {
            tracing::warn!(tracking_id = ctx.tracking_id, %cause, "the directory refused the user's own change");
            let detail = "the directory doesn't let this user change their own password";
            ctx.audit(&user.login, failed, "failure", detail).await;
            let reason = Text::new("directory-no-self-change");
            return outcome(PasswordOutcome::DirectoryRefused(vec![reason]));
        }
        Err(e) => return outcome(unavailable(ctx, &user.login, &e, failed).await),
    };
    tracing::info!(tracking_id = ctx.tracking_id, tenant = %ctx.tenant.slug, event = ?event, "password written back");
    let detail = match writer {
        Writer::SelfService(WriteKind::Reset) => "password reset by self-service".to_string(),
        Writer::SelfService(WriteKind::Change { .. }) => {
            "password changed in the registration portal".to_string()
        }
        Writer::Admin { login, must_change } => format!(
            "by {login}; {}",
            if must_change {
                "must be changed at next sign-in"
            } else {
                "no change required at next sign-in"
            }
        ),
    };
    ctx.audit(&user.login, done, "success", &detail).await;
    let how = match writer {
        Writer::Admin { .. } => "by the administrator's reset",
        Writer::SelfService(_) => "by the reset",
    };
    let lock = audit_lock(ctx, &user.login, &written, how).await;
    // Every session signed in as this user before now ends (the one that made the change is
    // moved to the new epoch by its handler).
    if let Err(e) = ctx
        .state
        .store
        .raise_password_epoch(&ctx.tenant.id, &user.key())
        .await
    {
        tracing::error!(tracking_id = ctx.tracking_id, error = %format!("{e:#}"), "ending the user's other sessions failed");
    }
    notify::password_written(ctx, user, event).await;
    (PasswordOutcome::Done, lock)
}

/// Audits where a locked account was unlocked and where it is still locked, and sums it up
/// for the page: still locked anywhere counts as still locked.
pub async fn audit_lock(ctx: &FlowCtx<'_>, login: &str, written: &Written, how: &str) -> LockAfter {
    for target in &written.unlocked {
        let detail = format!("unlocked in the {target} {how}");
        ctx.audit(login, "account_unlocked", "success", &detail)
            .await;
    }
    for target in &written.still_locked {
        let detail = format!("still locked in the {target} {how}");
        ctx.audit(login, "account_still_locked", "failure", &detail)
            .await;
    }
    if !written.still_locked.is_empty() {
        LockAfter::StillLocked
    } else if !written.unlocked.is_empty() {
        LockAfter::Unlocked
    } else {
        LockAfter::NotLocked
    }
}

async fn unavailable(
    ctx: &FlowCtx<'_>,
    login: &str,
    e: &DirectoryError,
    activity: &str,
) -> PasswordOutcome {
    tracing::error!(tracking_id = ctx.tracking_id, error = %e, "password writeback failed");
    let detail = match e {
        DirectoryError::PermissionDenied(_) => {
            "the portal's service account may not change this user's password"
        }
        _ => "directory unavailable",
    };
    ctx.audit(login, activity, "failure", detail).await;
    PasswordOutcome::Unavailable
}
