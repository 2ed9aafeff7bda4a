//! Notices after a password is reset or changed: to the user (never with the password) and, for
//! admins, to the other admins.

use super::FlowCtx;
use crate::channels::{Email, messages};
use crate::directory::DirUser;

/// How the password was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordEvent<'a> {
    /// Forgotten, reset through the gates.
    Reset,
    /// Known, changed in the registration portal.
    Changed,
    /// Reset from the admin console by this admin.
    ByAdmin(&'a str),
}

impl PasswordEvent<'_> {
    /// The event as the `event` argument of the notice messages.
    fn arg(self) -> &'static str {
        match self {
            PasswordEvent::Reset => "reset",
            PasswordEvent::Changed => "changed",
            PasswordEvent::ByAdmin(_) => "by-admin",
        }
    }
}

/// Sends the notices after a password was written, off the request path: the user's in the
/// language of their page (of the organisation, after an admin's reset), the admins' in the
/// tenant's default language.
pub async fn password_written(ctx: &FlowCtx<'_>, user: &DirUser, event: PasswordEvent<'_>) {
    let policy = &ctx.tenant.policy;
    let mut recipients = Vec::new();
    if policy.notify_user_on_reset {
        if let Ok(regs) = ctx
            .state
            .store
            .registrations(&ctx.tenant.id, &user.key())
            .await
        {
            let regs = super::account::with_directory_contacts(
                regs,
                user.mobile.as_deref(),
                user.alternate_email.as_deref(),
            );
            recipients.extend(
                regs.into_iter()
                    .filter(|r| {
                        r.kind == crate::store::registrations::ContactKind::Email && r.is_usable()
                    })
                    .map(|r| r.value),
            );
        }
        recipients.extend(user.mail.clone());
    }
    // An admin's reset comes from the admin's page, not the user's: the organisation's language.
    let lang = match event {
        PasswordEvent::ByAdmin(_) => policy.default_language,
        _ => ctx.lang,
    };
    let at = crate::i18n::format_date_time(lang, ctx.now());
    let help = messages::helpdesk_words(&policy.helpdesk, lang);
    let user_lines = vec![
        lang.t1("notice-hello", "name", &user.display_name),
        lang.t_args(
            "notice-password-written",
            &[
                ("login", user.login.as_str().into()),
                ("event", event.arg().into()),
                ("at", at.into()),
            ],
        ),
        lang.t_args(
            match event {
                PasswordEvent::ByAdmin(_) => "notice-if-not-asked",
                _ => "notice-if-not-you",
            },
            &[("help", help.into()), ("tracking", ctx.tracking_id.into())],
        ),
    ];
    let mut emails = Vec::new();
    recipients.sort();
    recipients.dedup();
    let subject = lang.t1("notice-password-subject", "event", event.arg());
    for to in recipients {
        match messages::notice(ctx.tenant, lang, &to, &subject, &user_lines) {
            Ok(email) => emails.push(email),
            Err(e) => tracing::error!(error = %format!("{e:#}"), "rendering the reset notice"),
        }
    }
    if policy.notify_admins_on_admin_reset && is_admin(ctx, user).await {
        let lang = policy.default_language;
        let at = crate::i18n::format_date_time(lang, ctx.now());
        let what = match event {
            PasswordEvent::ByAdmin(by) => lang.t_args(
                "notice-admin-reset-by-admin",
                &[
                    ("login", user.login.as_str().into()),
                    ("by", by.into()),
                    ("at", at.into()),
                ],
            ),
            _ => lang.t_args(
                "notice-admin-own-password",
                &[
                    ("login", user.login.as_str().into()),
                    ("event", event.arg().into()),
                    ("at", at.into()),
                ],
            ),
        };
        let admin_lines = vec![
            what,
            lang.t1("notice-tracking-id", "tracking", ctx.tracking_id),
        ];
        let subject = lang.t1("notice-admin-subject", "event", event.arg());
        let admins = admin_mailboxes(ctx).await.unwrap_or_default();
        for to in admins.into_iter().filter(|a| Some(a) != user.mail.as_ref()) {
            if let Ok(email) = messages::notice(ctx.tenant, lang, &to, &subject, &admin_lines) {
                emails.push(email);
            }
        }
    }
    send_later(ctx, emails);
}

/// Sends emails off the request path; a failure is logged for the operator.
pub fn send_later(ctx: &FlowCtx<'_>, emails: Vec<Email>) {
    let state = ctx.state.clone();
    let tenant_id = ctx.tenant.id.clone();
    let tracking = ctx.tracking_id.to_string();
    tokio::spawn(async move {
        for email in emails {
            if let Err(e) = state
                .channels
                .send_email(&tenant_id, &email, state.clock.now())
                .await
            {
                tracing::warn!(tracking_id = %tracking, error = %format!("{e:#}"), "notice not delivered");
            }
        }
    });
}

/// The tenant's admins' mailboxes: the embedded directory's admins, and the members of the
/// policy's `admin_group` in the directory users are found in. A directory that can't be
/// asked leaves the embedded admins (the failure is logged).
pub async fn admin_mailboxes(ctx: &FlowCtx<'_>) -> anyhow::Result<Vec<String>> {
    let mut admins = ctx.state.embedded.admin_mailboxes(&ctx.tenant.id).await?;
    if let Some(group) = &ctx.tenant.policy.admin_group {
        match ctx.directory().group_mailboxes(group).await {
            Ok(mail) => admins.extend(mail),
            Err(e) => {
                tracing::error!(tracking_id = ctx.tracking_id, group = %group, error = %e, "reading the admin group failed")
            }
        }
    }
    admins.sort();
    admins.dedup();
    Ok(admins)
}

/// Whether the user is one of the tenant's admins (flagged, or in `admin_group`); a directory
/// that can't be asked counts as "no" (logged), which suits who gets a notice.
pub async fn is_admin(ctx: &FlowCtx<'_>, user: &DirUser) -> bool {
    match admin_status(ctx, user).await {
        Ok(admin) => admin,
        Err(e) => {
            tracing::error!(tracking_id = ctx.tracking_id, error = %e, "checking the admin group failed");
            false
        }
    }
}

/// Whether the user is one of the tenant's admins, or that the directory couldn't say: for a
/// decision that must not be taken on a guess (may this be done to them without step-up?).
pub async fn admin_status(
    ctx: &FlowCtx<'_>,
    user: &DirUser,
) -> Result<bool, crate::directory::DirectoryError> {
    if user.is_admin {
        return Ok(true);
    }
    let Some(group) = &ctx.tenant.policy.admin_group else {
        return Ok(false);
    };
    ctx.directory().is_member_of(user, group).await
}
