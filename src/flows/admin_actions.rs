//! An admin's actions on a user that don't touch a password or contacts, shared by the console
//! and the API: unlock the account, and require re-registration. Each is audited with who
//! acted (`by`: an admin, or an API token and the admin who made it).

use super::FlowCtx;
use crate::directory::{DirUser, DirectoryError};

/// What an unlock did.
pub enum Unlocked {
    /// The account wasn't locked: nothing was asked of the directory.
    WasNotLocked,
    /// Unlocked, or still locked in these targets.
    Done { still_locked: Vec<&'static str> },
}

/// Unlocks the account in every target of the chain, and audits the outcome.
pub async fn unlock(
    ctx: &FlowCtx<'_>,
    user: &DirUser,
    by: &str,
) -> Result<Unlocked, DirectoryError> {
    if !user.locked {
        return Ok(Unlocked::WasNotLocked);
    }
    let activity = "admin_unlocked_account";
    match ctx.directory().unlock(user).await {
        Ok(written) if written.still_locked.is_empty() => {
            ctx.audit(&user.login, activity, "success", &format!("by {by}"))
                .await;
            Ok(Unlocked::Done {
                still_locked: Vec::new(),
            })
        }
        Ok(written) => {
            let detail = format!(
                "by {by}; still locked in {}",
                written.still_locked.join(", ")
            );
            ctx.audit(&user.login, activity, "failure", &detail).await;
            Ok(Unlocked::Done {
                still_locked: written.still_locked,
            })
        }
        Err(e) => {
            tracing::warn!(tracking_id = ctx.tracking_id, error = %e, "an admin's unlock failed");
            let detail = format!("by {by}: the directory refused or didn't answer");
            ctx.audit(&user.login, activity, "failure", &detail).await;
            Err(e)
        }
    }
}

/// Removes the contacts the user registered themselves (those set by an administrator or read
/// from the directory stay), so they register and confirm again at their next sign-in; how
/// many were removed.
pub async fn require_registration(
    ctx: &FlowCtx<'_>,
    user: &DirUser,
    by: &str,
) -> anyhow::Result<u64> {
    let removed = ctx
        .state
        .store
        .remove_self_registered(&ctx.tenant.id, &user.key())
        .await?;
    let detail = format!("by {by}; {removed} self-registered contacts removed");
    ctx.audit(
        &user.login,
        "admin_required_registration",
        "success",
        &detail,
    )
    .await;
    Ok(removed)
}
