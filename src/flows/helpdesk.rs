//! "Contact your administrator": emails the tenant's admins the user ID, what went wrong and the
//! tracking ID, throttled per user.

use super::FlowCtx;
use crate::channels::messages;
use crate::security::throttle::Throttle;

/// What the user is told after asking for help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpdeskOutcome {
    Sent,
    /// Asked too often lately.
    Throttled,
    /// No attempt with that tracking ID.
    UnknownTracking,
    /// The tenant has no admin with a mailbox.
    NoAdmins,
}

/// Emails the admins about the attempt with `tracking_id`; `note` is the user's own words.
pub async fn contact_admins(
    ctx: &FlowCtx<'_>,
    tracking_id: &str,
    note: &str,
) -> anyhow::Result<HelpdeskOutcome> {
    let rows = ctx
        .state
        .store
        .audit_rows(&ctx.tenant.id, Some(tracking_id))
        .await?;
    let Some(last) = rows.last() else {
        return Ok(HelpdeskOutcome::UnknownTracking);
    };
    let login = last.login.clone();
    let what = rows
        .iter()
        .rev()
        .find(|r| r.outcome == "failure")
        .map(|r| {
            if r.detail.is_empty() {
                r.activity.replace('_', " ")
            } else {
                r.detail.clone()
            }
        })
        .unwrap_or_else(|| "the user asked for help".to_string());
    let throttle = Throttle {
        store: &ctx.state.store,
        tenant_id: &ctx.tenant.id,
        settings: &ctx.tenant.policy.throttle,
        now: ctx.now(),
    };
    let subject_key = if login.is_empty() {
        format!("ip:{}", ctx.client_ip)
    } else {
        login.to_lowercase()
    };
    if !throttle.helpdesk(&subject_key).await? {
        return Ok(HelpdeskOutcome::Throttled);
    }
    let admins = ctx.state.embedded.admin_mailboxes(&ctx.tenant.id).await?;
    if admins.is_empty() {
        tracing::error!(tenant = %ctx.tenant.slug, "helpdesk request with no admin mailbox configured");
        return Ok(HelpdeskOutcome::NoAdmins);
    }
    let note: String = note.chars().take(1000).collect();
    let mut lines = vec![
        format!("User ID: {login}"),
        format!("What went wrong: {what}"),
        format!("Tracking ID: {tracking_id}"),
        format!("Client address: {}", ctx.client_ip),
    ];
    if !note.trim().is_empty() {
        lines.push(format!("The user wrote: {}", note.trim()));
    }
    for to in admins {
        let email = messages::notice(
            ctx.tenant,
            &to,
            &format!("{login} needs help with their password"),
            &lines,
        )?;
        ctx.state
            .channels
            .send_email(&ctx.tenant.id, &email, ctx.now())
            .await?;
    }
    ctx.audit(&login, "helpdesk_contacted", "success", "").await;
    Ok(HelpdeskOutcome::Sent)
}
