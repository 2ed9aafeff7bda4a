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
    /// The email to the admins couldn't be sent (the SMTP server refused or is unreachable).
    Undeliverable,
}

/// A request for help: the attempt's tracking ID, the user this session verifiably worked on
/// (a flow started past the captcha, or a sign-in), and the user's own words.
pub struct HelpRequest<'a> {
    pub tracking_id: &'a str,
    pub user: Option<&'a str>,
    pub note: &'a str,
    /// The console's page of this tracking ID, as an absolute address for the email.
    pub console_link: &'a str,
}

/// Whether `id` has the shape of a tracking ID (`ABCD-EFGH-JKLM`).
pub fn well_formed(id: &str) -> bool {
    id.len() == 14
        && id.char_indices().all(|(i, c)| {
            if i == 4 || i == 9 {
                c == '-'
            } else {
                c.is_ascii_uppercase() || c.is_ascii_digit()
            }
        })
}

/// Emails the admins about the attempt with the request's tracking ID. The user is named only
/// when the session worked on them, never from what a request typed.
pub async fn contact_admins(
    ctx: &FlowCtx<'_>,
    request: &HelpRequest<'_>,
) -> anyhow::Result<HelpdeskOutcome> {
    let tracking_id = request.tracking_id;
    if !well_formed(tracking_id) {
        return Ok(HelpdeskOutcome::UnknownTracking);
    }
    let rows = ctx
        .state
        .store
        .audit_rows(&ctx.tenant.id, Some(tracking_id))
        .await?;
    if rows.is_empty() {
        return Ok(HelpdeskOutcome::UnknownTracking);
    }
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
        .unwrap_or_else(|| ctx.tenant.policy.default_language.t("helpdesk-mail-asked"));
    let throttle = Throttle {
        store: &ctx.state.store,
        tenant_id: &ctx.tenant.id,
        settings: &ctx.tenant.policy.throttle,
        now: ctx.now(),
    };
    let user_key = request.user.map(str::to_lowercase);
    if !throttle
        .helpdesk(user_key.as_deref(), ctx.client_ip)
        .await?
    {
        return Ok(HelpdeskOutcome::Throttled);
    }
    let admins = super::notify::admin_mailboxes(ctx).await?;
    if admins.is_empty() {
        tracing::error!(tenant = %ctx.tenant.slug, "helpdesk request with no admin mailbox configured");
        return Ok(HelpdeskOutcome::NoAdmins);
    }
    let note: String = note_text(request.note);
    // For the admins: in the tenant's language, whatever the user's page was in.
    let lang = ctx.tenant.policy.default_language;
    let (user_line, subject) = match request.user {
        Some(login) => (
            lang.t1("helpdesk-mail-user", "login", login),
            lang.t1("helpdesk-mail-subject-user", "login", login),
        ),
        None => (
            lang.t("helpdesk-mail-user-unknown"),
            lang.t1("helpdesk-mail-subject-someone", "tracking", tracking_id),
        ),
    };
    let mut lines = vec![
        user_line,
        lang.t1("helpdesk-mail-what", "what", what),
        lang.t1("notice-tracking-id", "tracking", tracking_id),
        lang.t1("helpdesk-mail-address", "address", ctx.client_ip),
    ];
    if !note.is_empty() {
        lines.push(lang.t1("helpdesk-mail-note", "note", &note));
    }
    lines.push(lang.t1("helpdesk-mail-console", "link", request.console_link));
    for to in admins {
        let email = messages::notice(ctx.tenant, lang, &to, &subject, &lines)?;
        let sent = ctx
            .state
            .channels
            .send_email(&ctx.tenant.id, &email, ctx.now())
            .await;
        if let Err(e) = sent {
            tracing::error!(tracking_id = ctx.tracking_id, error = %format!("{e:#}"), "helpdesk email not delivered");
            ctx.audit(
                request.user.unwrap_or_default(),
                "helpdesk_failed",
                "failure",
                "the email to the admins could not be sent",
            )
            .await;
            return Ok(HelpdeskOutcome::Undeliverable);
        }
    }
    // What the user wrote is kept with the request, for the console's tracking page.
    let detail = if note.is_empty() {
        String::new()
    } else {
        format!("the user wrote: {note}")
    };
    ctx.audit(
        request.user.unwrap_or_default(),
        "helpdesk_contacted",
        "success",
        &detail,
    )
    .await;
    Ok(HelpdeskOutcome::Sent)
}

/// The user's note: at most 1,000 characters, trimmed, hidden characters dropped.
fn note_text(note: &str) -> String {
    note.chars()
        .take(1000)
        .filter(|c| !crate::domain::user_id::is_invisible(*c) && (*c == '\n' || !c.is_control()))
        .collect::<String>()
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_tracking_id_shape_is_accepted() {
        assert!(well_formed("ABCD-EF12-3456"));
        for bad in [
            "",
            "ABCD-EF12-345",
            "abcd-ef12-3456",
            "ABCD_EF12_3456",
            "%%%%-%%%%-%%%%",
        ] {
            assert!(!well_formed(bad), "{bad:?}");
        }
    }
}
