//! The console's writeback agents page: the tenant's agents (name, ID, version, address, when
//! enrolled and last seen, connected or not), revoking one, and making an enrolment token
//! (shown once; it takes the admin's password again, since an agent receives new passwords).

use super::{Admin, step_up};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::store::agents::Agent;
use crate::web::pages::{PageCtx, render};
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

/// The longest an enrolment token lives, as for `sspr agent-token create`.
const MAX_HOURS: i64 = 168;

struct AgentView {
    id: String,
    name: String,
    version: String,
    address: String,
    enrolled: String,
    last_seen: String,
    status: String,
    live: bool,
}

fn view(lang: Lang, a: &Agent, now: i64) -> AgentView {
    let date = crate::clock::format_utc;
    let connected = a.is_connected(now);
    AgentView {
        id: a.id.clone(),
        name: a.name.clone(),
        version: a.version.clone(),
        address: a.address.clone(),
        enrolled: date(a.enrolled_at),
        last_seen: a.last_seen_at.map_or_else(|| lang.t("value-never"), date),
        status: lang.t(match (a.revoked_at, connected) {
            (Some(_), _) => "agents-revoked",
            (None, true) => "agents-connected",
            (None, false) => "agents-not-connected",
        }),
        live: a.revoked_at.is_none(),
    }
}

#[derive(Template)]
#[template(path = "admin/agents.html")]
struct AgentsPage {
    page: PageCtx,
    agents: Vec<AgentView>,
    /// A token just made and when it expires (UTC), shown this once.
    made: Option<(String, String)>,
    /// The portal address an agent's configuration names.
    portal: String,
    flash: Option<String>,
    hours: String,
    /// `(field, message)`.
    problems: Vec<(&'static str, String)>,
}

impl AgentsPage {
    fn error(&self, field: &str) -> Option<&str> {
        self.problems
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }
}

async fn agents_page(st: &AppState, v: &crate::web::visit::Visit) -> anyhow::Result<AgentsPage> {
    let now = st.clock.now();
    let agents = st.store.agents(&v.t.tenant.id).await?;
    let page = v.page(st);
    // Without a public URL configured, the host is left for the admin to fill in.
    let portal = match &st.config.public_url {
        Some(url) => format!("{}{}", url.trim_end_matches('/'), page.base),
        None => format!("https://…{}", page.base),
    };
    Ok(AgentsPage {
        page,
        agents: agents.iter().map(|a| view(v.lang, a, now)).collect(),
        made: None,
        portal,
        flash: None,
        hours: "24".into(),
        problems: Vec::new(),
    })
}

/// GET /admin/agents
pub async fn page(
    State(st): State<AppState>,
    Admin { mut v, .. }: Admin,
) -> Result<Response, AppError> {
    let flash = v.session.data.admin_flash.take();
    let mut page = agents_page(&st, &v).await?;
    page.flash = flash;
    let response = render(StatusCode::OK, &page);
    v.finish(&st, response).await
}

#[derive(Deserialize)]
pub struct CreateForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    hours: String,
    #[serde(default)]
    current_password: String,
}

/// POST /admin/agents: makes an enrolment token and shows it once.
pub async fn create(
    State(st): State<AppState>,
    Admin { v, admin }: Admin,
    Form(form): Form<CreateForm>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(&form.csrf) {
        return v.csrf_failed_to(&st, "/admin/agents").await;
    }
    let mut page = agents_page(&st, &v).await?;
    page.hours = form.hours.trim().chars().take(6).collect();
    let hours = page
        .hours
        .parse::<i64>()
        .ok()
        .filter(|h| (1..=MAX_HOURS).contains(h));
    if hours.is_none() {
        let message = v.lang.t1("agents-hours-range", "max", MAX_HOURS);
        page.problems.push(("hours", message));
    }
    if page.problems.is_empty()
        && let Some(p) = step_up::refused(&st, &v, &admin, &form.current_password).await?
    {
        page.problems
            .push(("current_password", v.lang.text(&p.message)));
    }
    let (Some(hours), true) = (hours, page.problems.is_empty()) else {
        let response = render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        return v.finish(&st, response).await;
    };
    let now = st.clock.now();
    let until = now + hours * 3600;
    let token = st
        .store
        .create_agent_enrolment(&v.t.tenant.id, &admin.login, now, until)
        .await?;
    let detail = format!("by {}; enrolment token for {hours} hours", admin.login);
    v.flow_ctx(&st)
        .audit(&admin.login, "agent_token_created", "success", &detail)
        .await;
    let mut page = agents_page(&st, &v).await?;
    page.made = Some((token, crate::clock::format_utc(until)));
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

/// POST /admin/agents/revoke?id=ID: the agent's key is refused from now on.
pub async fn revoke(
    State(st): State<AppState>,
    Admin { mut v, admin }: Admin,
    Query(which): Query<Which>,
    Form(form): Form<RevokeForm>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(&form.csrf) {
        return v.csrf_failed_to(&st, "/admin/agents").await;
    }
    let now = st.clock.now();
    let revoked = st
        .store
        .revoke_agent(&v.t.tenant.id, &which.id, now)
        .await?;
    v.session.data.admin_flash = Some(if revoked {
        let detail = format!("by {}; agent {}", admin.login, which.id);
        v.flow_ctx(&st)
            .audit(&admin.login, "agent_revoked", "success", &detail)
            .await;
        v.lang.t("agents-revoked-flash")
    } else {
        v.lang.t("agents-not-found-flash")
    });
    v.redirect(&st, "/admin/agents").await
}
