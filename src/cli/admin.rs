//! `sspr admin …`: the admin console's sign-ins.

use super::AdminCommand;
use super::policy::find;
use crate::store::Store;
use crate::store::audit::AuditEvent;
use anyhow::bail;

pub async fn run(store: &Store, cmd: AdminCommand) -> anyhow::Result<()> {
    match cmd {
        AdminCommand::ResetMfa { slug, login } => {
            let tenant = find(store, &slug).await?;
            let login_key = login.trim().to_lowercase();
            if !store.reset_admin_mfa(&tenant.id, &login_key).await? {
                bail!("{slug}: {login} has no authenticator app set up");
            }
            store
                .audit(&AuditEvent {
                    tenant_id: &tenant.id,
                    tracking_id: "cli",
                    login: &login,
                    activity: "admin_mfa_reset",
                    outcome: "success",
                    detail: "authenticator app forgotten with sspr admin reset-mfa",
                    client_ip: "",
                    at: crate::clock::Clock::default().now(),
                })
                .await?;
            println!(
                "{slug}: {login}'s authenticator app is forgotten; they set up a new one at their next admin sign-in"
            );
        }
    }
    Ok(())
}
