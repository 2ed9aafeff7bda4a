//! What every page shares (branding, helpdesk link, tracking ID, CSRF token) and the generic
//! message page used for failures.

use super::session::Session;
use super::tenant::TenantCtx;
use crate::domain::policy::HelpdeskLink;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

/// The frame of every page.
#[derive(Debug, Clone)]
pub struct PageCtx {
    pub org: String,
    pub base: String,
    pub logo: Option<String>,
    pub csrf: String,
    pub tracking: String,
    pub demo: bool,
    pub helpdesk_href: String,
    pub helpdesk_label: String,
    /// The tenant's message for the sign-in pages (plain text).
    pub sign_in_message: Option<String>,
}

impl PageCtx {
    pub fn new(t: &TenantCtx, session: &Session, demo: bool) -> PageCtx {
        let tracking = session.data.tracking.clone();
        let (helpdesk_href, helpdesk_label) = match &t.tenant.policy.helpdesk {
            HelpdeskLink::Url(url) => (url.clone(), "Contact your helpdesk".to_string()),
            HelpdeskLink::Email(address) => (
                format!(
                    "mailto:{address}?subject=Password%20reset%20help%20(tracking%20ID%20{tracking})"
                ),
                format!("Email your helpdesk ({address})"),
            ),
            HelpdeskLink::ContactAdmins => (
                format!("{}/helpdesk?tracking={tracking}", t.base),
                "Contact your administrator".to_string(),
            ),
        };
        PageCtx {
            org: t.tenant.name.clone(),
            base: t.base.clone(),
            logo: t.tenant.policy.branding.logo_src(&t.base),
            csrf: session.data.csrf.clone(),
            tracking,
            demo,
            helpdesk_href,
            helpdesk_label,
            sign_in_message: t.tenant.policy.branding.message.clone(),
        }
    }
}

/// Renders a template with a status; a template failure becomes a plain 500.
pub fn render<T: Template>(status: StatusCode, template: &T) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template rendering failed");
            plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Something went wrong",
                "Please try again in a moment.",
            )
        }
    }
}

/// A page with a title, a few paragraphs and an optional link onwards.
#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub page: PageCtx,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub reasons: Vec<String>,
    pub next: Option<(String, String)>,
}

impl MessagePage {
    pub fn new(page: PageCtx, title: &str, paragraphs: &[&str]) -> MessagePage {
        MessagePage {
            page,
            title: title.to_string(),
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            reasons: Vec::new(),
            next: None,
        }
    }

    pub fn next(mut self, href: String, label: &str) -> MessagePage {
        self.next = Some((href, label.to_string()));
        self
    }

    pub fn respond(&self, status: StatusCode) -> Response {
        render(status, self)
    }
}

/// A page that needs no tenant (unknown organisation, internal error before the tenant is known).
#[derive(Template)]
#[template(path = "plain.html")]
struct PlainPage<'a> {
    title: &'a str,
    text: &'a str,
    tracking: Option<&'a str>,
}

pub fn plain(status: StatusCode, title: &str, text: &str) -> Response {
    render_plain(status, title, text, None)
}

pub fn render_plain(
    status: StatusCode,
    title: &str,
    text: &str,
    tracking: Option<&str>,
) -> Response {
    let page = PlainPage {
        title,
        text,
        tracking,
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(_) => (status, text.to_string()).into_response(),
    }
}
