//! The console's verification methods page: which methods users may verify with, and how
//! many gates a reset has. Saved only when the whole policy validates, with the same check
//! the CLI uses, and audited with what changed.

use super::Admin;
use crate::domain::policy::Method;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use crate::web::visit::Visit;
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

/// One method as a checkbox.
struct Choice {
    name: &'static str,
    label: &'static str,
    checked: bool,
}

#[derive(Template)]
#[template(path = "admin/methods.html")]
struct MethodsPage {
    page: PageCtx,
    choices: Vec<Choice>,
    gates: u8,
    error: Option<String>,
}

/// What an admin reads for each method.
fn admin_label(method: Method) -> &'static str {
    match method {
        Method::Email => "A code by email to the user's alternate email",
        Method::Sms => "A code by text message to the user's mobile",
        Method::Voice => "A phone call to the user's mobile that reads the code",
        Method::OfficeVoice => "A phone call to the user's office phone (from the directory)",
    }
}

async fn show(
    st: &AppState,
    v: Visit,
    methods: &[Method],
    gates: u8,
    status: StatusCode,
    error: Option<String>,
) -> Result<Response, AppError> {
    let choices = Method::ALL
        .into_iter()
        .map(|m| Choice {
            name: m.as_str(),
            label: admin_label(m),
            checked: methods.contains(&m),
        })
        .collect();
    let page = MethodsPage {
        page: v.page(st),
        choices,
        gates,
        error,
    };
    let response = render(status, &page);
    v.finish(st, response).await
}

/// GET /admin/methods: the current methods and gates.
pub async fn page(
    State(st): State<AppState>,
    Admin { v, .. }: Admin,
) -> Result<Response, AppError> {
    let policy = v.t.tenant.policy.clone();
    show(&st, v, &policy.methods, policy.gates, StatusCode::OK, None).await
}

#[derive(Deserialize)]
pub struct MethodsForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    sms: Option<String>,
    #[serde(default)]
    voice: Option<String>,
    #[serde(default)]
    office_voice: Option<String>,
    #[serde(default)]
    gates: String,
}

impl MethodsForm {
    fn methods(&self) -> Vec<Method> {
        let ticked = [&self.email, &self.sms, &self.voice, &self.office_voice];
        Method::ALL
            .into_iter()
            .zip(ticked)
            .filter(|(_, t)| t.is_some())
            .map(|(m, _)| m)
            .collect()
    }
}

/// POST /admin/methods: validates the whole policy with the change, saves it, audits it.
pub async fn submit(
    State(st): State<AppState>,
    Admin { mut v, admin }: Admin,
    Form(form): Form<MethodsForm>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(&form.csrf) {
        return v.csrf_failed_to(&st, "/admin").await;
    }
    let methods = form.methods();
    let mut tenant = v.t.tenant.clone();
    let before = (tenant.policy.methods.clone(), tenant.policy.gates);
    let parsed = form.gates.trim().parse::<u8>();
    tenant.policy.methods = methods.clone();
    tenant.policy.gates = *parsed.as_ref().unwrap_or(&before.1);
    let refusal = match parsed {
        Err(_) => Some("Choose one or two verification steps.".to_string()),
        Ok(_) => tenant
            .policy
            .validate()
            .err()
            .map(|e| format!("Nothing was saved: {e}.")),
    };
    let gates = tenant.policy.gates;
    if let Some(error) = refusal {
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return show(&st, v, &methods, gates, status, Some(error)).await;
    }
    st.store.update_tenant(&tenant).await?;
    let names = |m: &[Method]| m.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(", ");
    let detail = format!(
        "methods: {} → {}; gates: {} → {}",
        names(&before.0),
        names(&methods),
        before.1,
        gates
    );
    v.flow_ctx(&st)
        .audit(&admin.login, "admin_policy_changed", "success", &detail)
        .await;
    v.session.data.admin_flash = Some("Saved: verification methods.".into());
    v.redirect(&st, "/admin").await
}
