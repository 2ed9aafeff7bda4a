//! What every page shares (branding, helpdesk link, tracking ID, CSRF token, language and the
//! switcher) and the generic message page used for failures.

use super::session::Session;
use super::tenant::TenantCtx;
use crate::domain::policy::HelpdeskLink;
use crate::i18n::{Arg, Lang};
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
    /// The page's language.
    pub lang: Lang,
    /// The language switcher's links (empty where a page is in one language only).
    pub languages: Vec<LanguageLink>,
}

/// One entry of the language switcher.
#[derive(Debug, Clone)]
pub struct LanguageLink {
    pub tag: &'static str,
    pub name: String,
    pub href: String,
    pub current: bool,
}

/// The switcher's links: each sets the language and comes back to `back` (a path here).
pub fn language_links(base: &str, lang: Lang, back: &str) -> Vec<LanguageLink> {
    let back = percent_encode(back);
    Lang::ALL
        .iter()
        .map(|l| LanguageLink {
            tag: l.tag(),
            name: l.own_name(),
            href: format!("{base}/language?to={}&back={back}", l.tag()),
            current: *l == lang,
        })
        .collect()
}

/// Percent-encodes a path for a query value.
fn percent_encode(raw: &str) -> String {
    raw.bytes()
        .map(|b| match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'~'
            | b'/'
            | b'('
            | b')' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

impl PageCtx {
    pub fn new(
        t: &TenantCtx,
        session: &Session,
        demo: bool,
        lang: Lang,
        languages: Vec<LanguageLink>,
    ) -> PageCtx {
        let tracking = session.data.tracking.clone();
        let (helpdesk_href, helpdesk_label) = match &t.tenant.policy.helpdesk {
            HelpdeskLink::Url(url) => (url.clone(), lang.t("helpdesk-link-url")),
            HelpdeskLink::Email(address) => (
                format!(
                    "mailto:{address}?subject={}",
                    percent_encode(&lang.t1("helpdesk-mail-subject", "tracking", &tracking))
                ),
                lang.t1("helpdesk-link-email", "address", address),
            ),
            HelpdeskLink::ContactAdmins => (
                format!("{}/helpdesk?tracking={tracking}", t.base),
                lang.t("helpdesk-link-admins"),
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
            lang,
            languages,
        }
    }

    /// A catalog message in the page's language.
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// A catalog message with one argument.
    pub fn t1(&self, key: &str, name: &'static str, value: impl Into<Arg>) -> String {
        self.lang.t1(key, name, value)
    }

    /// A catalog message with two arguments.
    pub fn t2(
        &self,
        key: &str,
        name: &'static str,
        value: impl Into<Arg>,
        name2: &'static str,
        value2: impl Into<Arg>,
    ) -> String {
        self.lang.t2(key, name, value, name2, value2)
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
                "failure-title",
                "failure-try-again",
            )
        }
    }
}

/// A page with a title, a few paragraphs and an optional link onwards (words already in the
/// page's language).
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
    lang: Lang,
    title: &'a str,
    text: &'a str,
    tracking: Option<&'a str>,
}

/// A plain page's catalog keys, kept on the response so `localise_plain` can write it again
/// in the request's language (it is made where the request's headers aren't at hand).
#[derive(Clone)]
struct PlainKeys {
    title: &'static str,
    text: &'static str,
    tracking: Option<String>,
}

pub fn plain(status: StatusCode, title: &'static str, text: &'static str) -> Response {
    render_plain(status, title, text, None)
}

/// A plain page from catalog keys, in English until `localise_plain` sees it.
pub fn render_plain(
    status: StatusCode,
    title: &'static str,
    text: &'static str,
    tracking: Option<&str>,
) -> Response {
    let keys = PlainKeys {
        title,
        text,
        tracking: tracking.map(str::to_string),
    };
    let mut response = plain_in(Lang::En, status, &keys);
    response.extensions_mut().insert(keys);
    response
}

fn plain_in(lang: Lang, status: StatusCode, keys: &PlainKeys) -> Response {
    let (title, text) = (lang.t(keys.title), lang.t(keys.text));
    let page = PlainPage {
        lang,
        title: &title,
        text: &text,
        tracking: keys.tracking.as_deref(),
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(_) => (status, text.clone()).into_response(),
    }
}

/// Middleware: a plain page is written again in the language the browser asks for.
pub async fn localise_plain(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let lang = crate::web::language::of_headers(request.headers(), Lang::En);
    let response = next.run(request).await;
    match response.extensions().get::<PlainKeys>() {
        Some(keys) if lang != Lang::En => plain_in(lang, response.status(), &keys.clone()),
        _ => response,
    }
}
