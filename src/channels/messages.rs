//! The messages the portal sends, rendered from askama templates with the tenant's branding.

use super::Email;
use crate::domain::policy::HelpdeskLink;
use crate::store::tenants::Tenant;
use anyhow::Context;
use askama::Template;
use secrecy::{ExposeSecret, SecretString};

#[derive(Template)]
#[template(path = "email/code.txt")]
struct CodeText<'a> {
    org: &'a str,
    code: &'a str,
    minutes: i64,
}

#[derive(Template)]
#[template(path = "email/code.html")]
struct CodeHtml<'a> {
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
    to: &str,
    code: &SecretString,
    minutes: i64,
) -> anyhow::Result<Email> {
    let code = code.expose_secret();
    Ok(Email {
        from_name: tenant.name.clone(),
        to: to.to_string(),
        subject: format!("{}: your verification code", tenant.name),
        text: CodeText {
            org: &tenant.name,
            code,
            minutes,
        }
        .render()
        .context("code email")?,
        html: CodeHtml {
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
pub fn code_sms(tenant: &Tenant, code: &SecretString, minutes: i64) -> String {
    format!(
        "{} verification code: {}. It expires in {minutes} minutes. Don't share it with anyone.",
        tenant.name,
        code.expose_secret()
    )
}

/// What the voice call reads.
pub fn code_voice(tenant: &Tenant, code: &SecretString) -> String {
    format!(
        "This is {}. Your verification code is {}.",
        tenant.name,
        crate::security::codes::spoken(code)
    )
}

/// How the user can reach help, in words for an email.
pub fn helpdesk_words(link: &HelpdeskLink) -> String {
    match link {
        HelpdeskLink::Url(url) => format!("your helpdesk ({url})"),
        HelpdeskLink::Email(address) => format!("your helpdesk at {address}"),
        HelpdeskLink::ContactAdmins => "your administrator".to_string(),
    }
}

/// A plain notice (no code, no password): a subject and a few lines.
pub fn notice(tenant: &Tenant, to: &str, subject: &str, lines: &[String]) -> anyhow::Result<Email> {
    Ok(Email {
        from_name: tenant.name.clone(),
        to: to.to_string(),
        subject: format!("{}: {subject}", tenant.name),
        text: NoticeText {
            org: &tenant.name,
            lines,
        }
        .render()
        .context("notice email")?,
        html: NoticeHtml {
            org: &tenant.name,
            lines,
            logo: logo(tenant),
            accent: accent(tenant),
        }
        .render()
        .context("notice email")?,
    })
}
