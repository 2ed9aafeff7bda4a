//! One browser visit to a tenant's pages: the tenant, the session and the client address,
//! extracted together so handlers stay short.

use super::browser::BrowserId;
use super::language;
use super::pages::{MessagePage, PageCtx, language_links};
use super::session::Session;
use super::tenant::{TenantCtx, client_ip};
use crate::error::AppError;
use crate::flows::FlowCtx;
use crate::i18n::Lang;
use crate::security::same;
use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::{StatusCode, request::Parts};
use axum::response::{IntoResponse, Redirect, Response};
use std::net::SocketAddr;

/// The tenant, session and client of a request.
pub struct Visit {
    pub t: TenantCtx,
    pub session: Session,
    pub ip: String,
    pub browser: BrowserId,
    /// The language of the page, and of anything sent from it.
    pub lang: Lang,
    /// Where the language switcher comes back to (empty on pages in one language only).
    pub back: String,
}

impl FromRequestParts<AppState> for Visit {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let t = TenantCtx::from_request_parts(parts, state).await?;
        let browser = parts
            .extensions
            .get::<BrowserId>()
            .cloned()
            .unwrap_or_else(BrowserId::fresh);
        let handle = parts
            .extensions
            .get::<tower_sessions::Session>()
            .cloned()
            .ok_or_else(|| AppError::from(anyhow::anyhow!("no session layer")).into_response())?;
        let mut session = Session::load(state, &t.tenant.id, handle, &browser)
            .await
            .map_err(|e| AppError::from(e).into_response())?;
        end_stale_sign_in(state, &t, &mut session)
            .await
            .map_err(|e| AppError::from(e).into_response())?;
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0);
        let ip = client_ip(peer, &parts.headers, state.config.trust_forwarded_for);
        let path = parts.uri.path();
        let is_get = parts.method == axum::http::Method::GET;
        let resume = language::resume_path(is_get, path, parts.uri.query());
        let lang = language::of_headers(&parts.headers, t.tenant.policy.default_language);
        let back = format!("{}{resume}", t.base);
        Ok(Visit {
            t,
            session,
            ip,
            browser,
            lang,
            back,
        })
    }
}

/// Signs the session out when its sign-in is over: the user's password was written since
/// (a reset or change elsewhere), or `session_hours` have passed since sign-in.
async fn end_stale_sign_in(
    state: &AppState,
    t: &TenantCtx,
    session: &mut Session,
) -> anyhow::Result<()> {
    let Some(account) = &session.data.account else {
        return Ok(());
    };
    let lifetime = i64::from(t.tenant.policy.session_hours) * 3600;
    let too_old = state.clock.now() >= account.signed_in_at + lifetime;
    let epoch = state
        .store
        .password_epoch(&t.tenant.id, &account.login_key)
        .await?;
    if too_old || epoch > account.epoch {
        session.data.account = None;
        session.data.change = None;
        session.data.return_to = None;
    }
    Ok(())
}

impl Visit {
    /// After this session wrote the signed-in user's password: it stays signed in (every other
    /// session of the user is signed out).
    pub async fn keep_sign_in_after_password_write(
        &mut self,
        state: &AppState,
    ) -> anyhow::Result<()> {
        if let Some(account) = &mut self.session.data.account {
            account.epoch = state
                .store
                .password_epoch(&self.t.tenant.id, &account.login_key)
                .await?;
        }
        Ok(())
    }

    pub fn page(&self, state: &AppState) -> PageCtx {
        let languages = if self.back.is_empty() {
            Vec::new()
        } else {
            language_links(&self.t.base, self.lang, &self.back)
        };
        PageCtx::new(
            &self.t,
            &self.session,
            state.config.demo,
            self.lang,
            languages,
        )
    }

    /// A catalog message in the page's language.
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    pub fn flow_ctx<'a>(&'a self, state: &'a AppState) -> FlowCtx<'a> {
        FlowCtx {
            state,
            tenant: &self.t.tenant,
            client_ip: &self.ip,
            tracking_id: &self.session.data.tracking,
            lang: self.lang,
        }
    }

    /// Whether the form's CSRF token is this session's (or, before there is a session, this
    /// browser's).
    pub fn csrf_ok(&self, token: &str) -> bool {
        same(token, &self.session.data.csrf)
    }

    /// Saves the session if it changed, and returns the response. A signed-in session lives
    /// on for the tenant's idle time from now (moved at most once a minute, so reading pages
    /// doesn't write on every request).
    pub async fn finish(
        mut self,
        state: &AppState,
        response: Response,
    ) -> Result<Response, AppError> {
        if self.session.data.account.is_some() {
            let idle = i64::from(self.t.tenant.policy.idle_minutes) * 60;
            let until = state.clock.now() + idle;
            // Moved forward at most once a minute, but shortened at once to a shorter idle time.
            if until - self.session.expires_at >= 60 || self.session.expires_at > until {
                self.session.expires_at = until;
            }
        }
        self.session.commit().await?;
        Ok(response)
    }

    /// A link inside this tenant's pages.
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.t.base)
    }

    /// 303 to a page of this tenant, saving the session.
    pub async fn redirect(self, state: &AppState, path: &str) -> Result<Response, AppError> {
        let to = self.href(path);
        self.finish(state, Redirect::to(&to).into_response()).await
    }

    /// A message page, saving the session.
    pub async fn message(
        self,
        state: &AppState,
        status: StatusCode,
        title: &str,
        paragraphs: &[&str],
        next: Option<(&str, &str)>,
    ) -> Result<Response, AppError> {
        let mut page = MessagePage::new(self.page(state), title, paragraphs);
        if let Some((path, label)) = next {
            page = page.next(self.href(path), label);
        }
        let response = page.respond(status);
        self.finish(state, response).await
    }

    /// A message page from catalog keys: a title, paragraphs and an optional link onwards.
    pub async fn say(
        self,
        state: &AppState,
        status: StatusCode,
        title: &str,
        paragraphs: &[&str],
        next: Option<(&str, &str)>,
    ) -> Result<Response, AppError> {
        let lang = self.lang;
        let paragraphs: Vec<String> = paragraphs.iter().map(|k| lang.t(k)).collect();
        let paragraphs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        let next = next.map(|(path, label)| (path, lang.t(label)));
        self.message(
            state,
            status,
            &lang.t(title),
            &paragraphs,
            next.as_ref().map(|(path, label)| (*path, label.as_str())),
        )
        .await
    }

    /// The directory can't be reached: a 503 saying `text` (a catalog key), "Try again" going to
    /// `retry`.
    pub async fn directory_unavailable(
        self,
        state: &AppState,
        text: &str,
        retry: &str,
    ) -> Result<Response, AppError> {
        let status = StatusCode::SERVICE_UNAVAILABLE;
        let next = Some((retry, "try-again"));
        self.say(state, status, "directory-unavailable-title", &[text], next)
            .await
    }

    /// The form expired or was forged: start the reset again.
    pub async fn csrf_failed(self, state: &AppState) -> Result<Response, AppError> {
        self.csrf_failed_to(state, "/reset").await
    }

    /// The form expired or was forged: start again at `path`.
    pub async fn csrf_failed_to(self, state: &AppState, path: &str) -> Result<Response, AppError> {
        self.say(
            state,
            StatusCode::FORBIDDEN,
            "form-expired-title",
            &["form-expired-text"],
            Some((path, "start-again")),
        )
        .await
    }

    /// The reset session is gone (15 minutes passed, or never started).
    pub async fn expired(self, state: &AppState) -> Result<Response, AppError> {
        self.say(
            state,
            StatusCode::GONE,
            "reset-expired-title",
            &["reset-expired-text"],
            Some(("/reset", "start-again")),
        )
        .await
    }
}
