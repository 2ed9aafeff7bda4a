//! The console's API tokens page: the tenant's tokens (name, scope, who made them, expiry, last
//! use), a form to make one (shown once; it takes the admin's password again, since a
//! read-write token can reset passwords) and revoking.

use super::{Admin, step_up};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::store::api_tokens::{ApiToken, Scope};
use crate::web::pages::{PageCtx, render};
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

/// The longest a token lives.
const MAX_DAYS: i64 = 365;

struct TokenView {
    id: String,
    name: String,
    scope: String,
    created: String,
    created_by: String,
    expires: String,
    last_used: String,
    status: String,
    live: bool,
}

fn view(lang: Lang, t: &ApiToken, now: i64) -> TokenView {
    let date = crate::clock::format_utc;
    TokenView {
        id: t.id.clone(),
        name: t.name.clone(),
        scope: lang.t(match t.scope {
            Scope::Read => "token-scope-read",
            Scope::ReadWrite => "token-scope-read-write",
        }),
        created: date(t.created_at),
        created_by: t.created_by.clone(),
        expires: date(t.expires_at),
        last_used: t.last_used_at.map_or_else(|| lang.t("value-never"), date),
        status: lang.t(match (t.revoked_at, now >= t.expires_at) {
            (Some(_), _) => "token-revoked",
            (None, true) => "token-expired",
            (None, false) => "token-active",
        }),
        live: t.revoked_at.is_none() && now < t.expires_at,
    }
}

struct Problem {
    field: &'static str,
    message: String,
}

#[derive(Template)]
#[template(path = "admin/api_tokens.html")]
struct TokensPage {
    page: PageCtx,
    tokens: Vec<TokenView>,
    /// A token just made: its name and secret, shown this once.
    made: Option<(String, String)>,
    flash: Option<String>,
    name: String,
    scope: String,
    days: String,
    problems: Vec<Problem>,
}

impl TokensPage {
    fn error(&self, field: &str) -> Option<&str> {
        self.problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.message.as_str())
    }
}

async fn tokens_page(st: &AppState, v: &crate::web::visit::Visit) -> anyhow::Result<TokensPage> {
    let now = st.clock.now();
    let tokens = st.store.api_tokens(&v.t.tenant.id).await?;
    Ok(TokensPage {
        page: v.page(st),
        tokens: tokens.iter().map(|t| view(v.lang, t, now)).collect(),
        made: None,
        flash: None,
        name: String::new(),
        scope: "read".into(),
        days: "90".into(),
        problems: Vec::new(),
    })
}

/// GET /admin/api-tokens
pub async fn page(
    State(st): State<AppState>,
    Admin { mut v, .. }: Admin,
) -> Result<Response, AppError> {
    let flash = v.session.data.admin_flash.take();
    let mut page = tokens_page(&st, &v).await?;
    page.flash = flash;
    let response = render(StatusCode::OK, &page);
    v.finish(&st, response).await
}

#[derive(Deserialize)]
pub struct CreateForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    scope: String,
    #[serde(default)]
    days: String,
    #[serde(default)]
    current_password: String,
}

/// POST /admin/api-tokens: makes a token and shows it once.
pub async fn create(
    State(st): State<AppState>,
    Admin { v, admin }: Admin,
    Form(form): Form<CreateForm>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(&form.csrf) {
        return v.csrf_failed_to(&st, "/admin/api-tokens").await;
    }
    let mut page = tokens_page(&st, &v).await?;
    page.name = form.name.trim().chars().take(80).collect();
    page.scope = form.scope.clone();
    page.days = form.days.trim().chars().take(6).collect();
    if page.name.is_empty() {
        page.problems.push(Problem {
            field: "name",
            message: v.lang.t("token-name-missing"),
        });
    }
    let scope = Scope::parse(&form.scope);
    if scope.is_none() {
        page.problems.push(Problem {
            field: "scope",
            message: v.lang.t("token-scope-missing"),
        });
    }
    let days = page
        .days
        .parse::<i64>()
        .ok()
        .filter(|d| (1..=MAX_DAYS).contains(d));
    if days.is_none() {
        page.problems.push(Problem {
            field: "days",
            message: v.lang.t1("token-days-range", "max", MAX_DAYS),
        });
    }
    if page.problems.is_empty()
        && let Some(p) = step_up::refused(&st, &v, &admin, &form.current_password).await?
    {
        page.problems.push(Problem {
            field: "current_password",
            message: v.lang.text(&p.message),
        });
    }
    let (Some(scope), Some(days), true) = (scope, days, page.problems.is_empty()) else {
        let response = render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        return v.finish(&st, response).await;
    };
    let now = st.clock.now();
    let issued = st
        .store
        .create_api_token(
            &v.t.tenant.id,
            &page.name,
            scope,
            &admin.login,
            now,
            now + days * 86_400,
        )
        .await?;
    let detail = format!(
        "by {}; token {:?} ({}), {days} days",
        admin.login,
        page.name,
        scope.as_str()
    );
    v.flow_ctx(&st)
        .audit(&admin.login, "admin_api_token_created", "success", &detail)
        .await;
    let mut page = tokens_page(&st, &v).await?;
    page.made = Some((issued.token.name, issued.secret));
    let response = render(StatusCode::OK, &page);
    v.finish(&st, response).await
}

#[derive(Deserialize)]
pub struct Which {
    #[serde(default)]
    id: String,
}

#[derive(Deserialize)]
pub struct RevokeForm {
    #[serde(default)]
    csrf: String,
}

/// POST /admin/api-tokens/revoke?id=ID
pub async fn revoke(
    State(st): State<AppState>,
    Admin { mut v, admin }: Admin,
    Query(which): Query<Which>,
    Form(form): Form<RevokeForm>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(&form.csrf) {
        return v.csrf_failed_to(&st, "/admin/api-tokens").await;
    }
    let now = st.clock.now();
    let revoked = st
        .store
        .revoke_api_token(&v.t.tenant.id, &which.id, now)
        .await?;
    v.session.data.admin_flash = Some(if revoked {
        let detail = format!("by {}; token {}", admin.login, which.id);
        v.flow_ctx(&st)
            .audit(&admin.login, "admin_api_token_revoked", "success", &detail)
            .await;
        v.lang.t("token-revoked-flash")
    } else {
        v.lang.t("token-not-found-flash")
    });
    v.redirect(&st, "/admin/api-tokens").await
}
