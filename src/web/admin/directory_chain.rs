//! Adding and removing directory targets in the console: a new target starts blank (with the
//! defaults of `sspr directory load`) before or after the others; removing one leaves a chain
//! that still looks users up. Both need the admin's password again and are audited.

use super::form_page::{FormPage, STEP_UP, step_up_error};
use super::{Admin, step_up};
use crate::directory::settings::{LdapSettings, TargetSettings, WebhookSettings};
use crate::domain::policy_check::Problem;
use crate::error::AppError;
use crate::i18n::{Lang, Text};
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

/// A target of `kind` with nothing set yet.
pub fn blank(kind: &str) -> Option<TargetSettings> {
    Some(match kind {
        "ldap" => TargetSettings::Ldap(Box::new(LdapSettings::blank())),
        "active_directory" => TargetSettings::ActiveDirectory(Box::new(LdapSettings::blank())),
        "webhook" => TargetSettings::Webhook(WebhookSettings::blank()),
        _ => return None,
    })
}

/// Where a target is: its URL, for the audit and the confirmation.
pub fn address(lang: Lang, t: &TargetSettings) -> String {
    match t {
        TargetSettings::Embedded => lang.t("target-embedded-address"),
        TargetSettings::Ldap(l) | TargetSettings::ActiveDirectory(l) => l.url.clone(),
        TargetSettings::Webhook(w) => w.url.clone(),
        TargetSettings::Agent(_) => lang.t("target-agent-address"),
    }
}

#[derive(Deserialize)]
pub struct Which {
    #[serde(default)]
    n: usize,
}

fn confirm_page(
    page: PageCtx,
    n: usize,
    target: &TargetSettings,
    problems: &[Problem],
) -> FormPage {
    let lang = page.lang;
    FormPage {
        title: lang.t2(
            "remove-target-title",
            "n",
            n,
            "kind",
            super::directory_page::kind_name(lang, target),
        ),
        summary: lang.t1("remove-target-about", "address", address(lang, target)),
        action: format!("/admin/directory/remove?n={n}"),
        back: ("/admin/directory".into(), lang.t("directory-title")),
        fields: Vec::new(),
        problems: problems
            .iter()
            .map(|p| super::form_page::SummaryLine {
                href: (p.key == STEP_UP).then(|| "#f-current-password".to_string()),
                text: lang.text(&p.message),
            })
            .collect(),
        step_up: true,
        step_up_error: step_up_error(lang, problems),
        submit: lang.t("remove-target-submit"),
        page,
    }
}

/// GET /admin/directory/remove?n=N: asks to confirm, with the password.
pub async fn confirm(
    State(st): State<AppState>,
    Admin { v, .. }: Admin,
    Query(which): Query<Which>,
) -> Result<Response, AppError> {
    let targets = &v.t.tenant.directory.targets;
    let Some(target) = which.n.checked_sub(1).and_then(|i| targets.get(i)) else {
        return super::directory_page::no_target(&st, v).await;
    };
    let html = confirm_page(v.page(&st), which.n, target, &[]);
    let response = render(StatusCode::OK, &html);
    v.finish(&st, response).await
}

#[derive(Deserialize)]
pub struct RemoveForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    current_password: String,
}

/// POST /admin/directory/remove?n=N.
pub async fn remove(
    State(st): State<AppState>,
    Admin { mut v, admin }: Admin,
    Query(which): Query<Which>,
    Form(form): Form<RemoveForm>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(&form.csrf) {
        return v.csrf_failed_to(&st, "/admin/directory").await;
    }
    let mut tenant = super::fresh_tenant(&st, &v).await?;
    let n = which.n;
    let Some(index) = n
        .checked_sub(1)
        .filter(|i| *i < tenant.directory.targets.len())
    else {
        return super::directory_page::no_target(&st, v).await;
    };
    let removed = tenant.directory.targets.remove(index);
    let mut problems = Vec::new();
    if let Err(message) = tenant.directory.validate() {
        problems.push(Problem {
            key: "chain",
            message: Text::new("remove-target-refused").arg("reason", v.lang.text(&message)),
        });
    }
    if problems.is_empty() {
        problems.extend(step_up::locks_out(&st, &v, &admin, &tenant).await);
        if problems.is_empty() {
            problems.extend(step_up::refused(&st, &v, &admin, &form.current_password).await?);
        }
    }
    if !problems.is_empty() {
        let html = confirm_page(v.page(&st), n, &removed, &problems);
        let response = render(StatusCode::UNPROCESSABLE_ENTITY, &html);
        return v.finish(&st, response).await;
    }
    st.store.update_tenant(&tenant).await?;
    let kind = super::directory_page::kind_name(Lang::En, &removed);
    let detail = format!(
        "Directory: removed target {n} ({kind}, {})",
        address(Lang::En, &removed)
    );
    v.flow_ctx(&st)
        .audit(&admin.login, "admin_directory_changed", "success", &detail)
        .await;
    let kind = super::directory_page::kind_name(v.lang, &removed);
    v.session.data.admin_flash = Some(v.lang.t2("remove-target-flash", "n", n, "kind", kind));
    v.redirect(&st, "/admin").await
}
