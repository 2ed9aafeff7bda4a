//! "I know my password, I'm locked out": after the gates, the account is unlocked in every
//! directory target, and the password stays as it is.

use super::password::{audit_lock, flow_user};
use super::{FlowCtx, LockAfter, ResetFlow};
use crate::directory::DirectoryError;

/// What asking for the unlock led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnlockOutcome {
    Done,
    /// The flow hasn't passed its gates (or isn't an unlock).
    NotVerified,
    /// The directory can't be reached or refused the operation: try later / helpdesk.
    Unavailable,
}

pub async fn unlock_account(
    ctx: &FlowCtx<'_>,
    flow: &mut ResetFlow,
) -> anyhow::Result<UnlockOutcome> {
    if !flow.verified() || !flow.unlock || flow.done {
        return Ok(UnlockOutcome::NotVerified);
    }
    let directory = ctx.directory();
    let result = match flow_user(ctx, flow).await {
        Ok(user) => directory.unlock(&user).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(written) => {
            ctx.audit_partial(&flow.login, &written, "unlock", "unlocked in")
                .await;
            flow.done = true;
            flow.lock_after = audit_lock(ctx, &flow.login, &written, "by self-service").await;
            if flow.lock_after == LockAfter::NotLocked {
                ctx.audit(
                    &flow.login,
                    "unlock_not_needed",
                    "success",
                    "the account wasn't locked",
                )
                .await;
            }
            Ok(UnlockOutcome::Done)
        }
        Err(e) => {
            tracing::error!(tracking_id = ctx.tracking_id, error = %e, "unlock failed");
            let detail = match e {
                DirectoryError::PermissionDenied(_) => {
                    "the portal's service account may not unlock this user"
                }
                _ => "directory unavailable",
            };
            ctx.audit(&flow.login, "unlock_failed", "failure", detail)
                .await;
            Ok(UnlockOutcome::Unavailable)
        }
    }
}
