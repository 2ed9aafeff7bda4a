//! The messages the portal sends, rendered from askama templates with the tenant's branding,
//! in the language of the page the user was on.

use super::Email;
use crate::domain::policy::HelpdeskLink;
use crate::i18n::Lang;
use crate::store::tenants::Tenant;
use anyhow::Context;
use askama::Template;
use secrecy::{ExposeSecret, SecretString};

#[derive(Template)]
#[template(path = "email/code.txt")]
struct CodeText<'a> {
    lang: Lang,
    org: &'a str,
    code: &'a str,
    minutes: i64,
}

#[derive(Template)]
#[template(path = "email/code.html")]
struct CodeHtml<'a> {
    lang: Lang,
    org: &'a str,
    code: &'a str,
    minutes: i64,
    logo: Option<&'a str>,
    accent: &'a str,
}

#[derive(Template)]
#[template(path = "email/notice.txt")]
struct NoticeText<'a> {
    org: &'a str,
    lines: &'a [String],
}

#[derive(Template)]
#[template(path = "email/notice.html")]
struct NoticeHtml<'a> {
    lang: Lang,
    org: &'a str,
    lines: &'a [String],
    logo: Option<&'a str>,
    accent: &'a str,
}

fn logo(tenant: &Tenant) -> Option<&str> {
    tenant
        .policy
        .branding
        .logo_url
        .as_deref()
        .filter(|u| u.starts_with("https://"))
}

fn accent(tenant: &Tenant) -> &str {
    tenant
        .policy
        .branding
        .accent_color
        .as_deref()
        .unwrap_or("#0a5fb4")
}

/// The email carrying a verification code.
pub fn code_email(
    tenant: &Tenant,
    lang: Lang,
    to: &str,
    code: &SecretString,
    minutes: i64,
) -> anyhow::Result<Email> {
    let code = code.expose_secret();
    Ok(Email {
        from_name: tenant.name.clone(),
        to: to.to_string(),
        subject: lang.t1("email-code-subject", "org", &tenant.name),
        text: CodeText {
            lang,
            org: &tenant.name,
            code,
            minutes,
        }
        .render()
        .context("code email")?,
        html: CodeHtml {
            lang,
            org: &tenant.name,
            code,
            minutes,
            logo: logo(tenant),
            accent: accent(tenant),
        }
        .render()
        .context("code email")?,
    })
}

/// The text message carrying a code.
pub fn code_sms(tenant: &Tenant, lang: Lang, code: &SecretString, minutes: i64) -> String {
    lang.t_args(
        "sms-code",
        &[
            ("org", tenant.name.as_str().into()),
            ("code", code.expose_secret().into()),
            ("minutes", minutes.into()),
        ],
    )
}

/// What the voice call reads.
pub fn code_voice(tenant: &Tenant, lang: Lang, code: &SecretString) -> String {
    lang.t2(
        "voice-code",
        "org",
        &tenant.name,
        "code",
        crate::security::codes::spoken(code),
    )
}

/// How the user can reach help, in words for an email.
pub fn helpdesk_words(link: &HelpdeskLink, lang: Lang) -> String {
    match link {
        HelpdeskLink::Url(url) => lang.t1("helpdesk-words-url", "url", url),
        HelpdeskLink::Email(address) => lang.t1("helpdesk-words-email", "address", address),
        HelpdeskLink::ContactAdmins => lang.t("helpdesk-words-admins"),
    }
}

/// A plain notice (no code, no password): a subject (already in `lang`) and a few lines.
pub fn notice(
    tenant: &Tenant,
    lang: Lang,
    to: &str,
    subject: &str,
    lines: &[String],
) -> anyhow::Result<Email> {
    Ok(Email {
        from_name: tenant.name.clone(),
        to: to.to_string(),
        subject: lang.t2(
            "email-notice-subject",
            "org",
            &tenant.name,
            "subject",
            subject,
        ),
        text: NoticeText {
            org: &tenant.name,
            lines,
        }
        .render()
        .context("notice email")?,
        html: NoticeHtml {
            lang,
            org: &tenant.name,
            lines,
            logo: logo(tenant),
            accent: accent(tenant),
        }
        .render()
        .context("notice email")?,
    })
}
