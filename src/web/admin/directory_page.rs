//! The console's directory page: the tenant's chain of targets (secrets shown only as "set"),
//! a "Test connection" that runs the checks of `sspr directory test`, and a page per target
//! to change its settings with the validation of `sspr directory load`, after the admin's
//! password again.

use super::fields::{Field, apply, changes, form_value};
use super::form_page::{FormPage, STEP_UP, step_up_error, views};
use super::{Admin, step_up};
use super::{directory_chain, directory_fields};
use crate::directory::settings::{DirectorySettings, TargetSettings};
use crate::domain::policy_check::Problem;
use crate::domain::user_id::UserId;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use crate::web::visit::Visit;
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use std::collections::HashMap;

/// A target as listed.
struct TargetView {
    number: usize,
    kind: &'static str,
    /// `(label, value)` facts; secrets only as "set".
    facts: Vec<(&'static str, String)>,
    editable: bool,
}

/// One line of "Test connection".
struct CheckView {
    what: String,
    label: &'static str,
    detail: String,
}

#[derive(Template)]
#[template(path = "admin/directory.html")]
struct DirectoryPage {
    page: PageCtx,
    targets: Vec<TargetView>,
    admin_group: String,
    shown: String,
    tested: Option<Vec<CheckView>>,
    user_id: String,
    error: Option<String>,
}

pub(super) fn kind_name(t: &TargetSettings) -> &'static str {
    match t {
        TargetSettings::Embedded => "The portal's own database",
        TargetSettings::Ldap(_) => "LDAP directory",
        TargetSettings::ActiveDirectory(_) => "Active Directory",
        TargetSettings::Webhook(_) => "Webhook",
    }
}

fn set_or_not(empty: bool) -> String {
    if empty { "not set" } else { "set" }.into()
}

fn target_view(i: usize, t: &TargetSettings) -> TargetView {
    let facts = match t {
        TargetSettings::Embedded => vec![],
        TargetSettings::Ldap(l) | TargetSettings::ActiveDirectory(l) => vec![
            ("Server", l.url.clone()),
            ("Service account", l.bind_dn.clone()),
            (
                "Service account's password",
                set_or_not(l.bind_password.is_empty()),
            ),
            ("Users under", l.base_dn.clone()),
        ],
        TargetSettings::Webhook(w) => vec![
            ("Address", w.url.clone()),
            ("Signing secret", set_or_not(w.secret.is_empty())),
        ],
    };
    TargetView {
        number: i + 1,
        kind: kind_name(t),
        facts,
        editable: !matches!(t, TargetSettings::Embedded),
    }
}

async fn show_directory(
    st: &AppState,
    v: Visit,
    status: StatusCode,
    tested: Option<Vec<CheckView>>,
    user_id: String,
    error: Option<String>,
) -> Result<Response, AppError> {
    let tenant = &v.t.tenant;
    let html = DirectoryPage {
        page: v.page(st),
        targets: tenant
            .directory
            .targets
            .iter()
            .enumerate()
            .map(|(i, t)| target_view(i, t))
            .collect(),
        admin_group: tenant.policy.admin_group.clone().unwrap_or_default(),
        shown: crate::cli::directory::shown(&tenant.directory)?,
        tested,
        user_id,
        error,
    };
    let response = render(status, &html);
    v.finish(st, response).await
}

/// GET /admin/directory.
pub async fn page(
    State(st): State<AppState>,
    Admin { v, .. }: Admin,
) -> Result<Response, AppError> {
    show_directory(&st, v, StatusCode::OK, None, String::new(), None).await
}

#[derive(Deserialize)]
pub struct TestForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    user_id: String,
}

/// POST /admin/directory/test: the checks of `sspr directory test` on the saved chain,
/// optionally looking a user up.
pub async fn test(
    State(st): State<AppState>,
    Admin { v, admin }: Admin,
    Form(form): Form<TestForm>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(&form.csrf) {
        return v.csrf_failed_to(&st, "/admin/directory").await;
    }
    let typed: String = form.user_id.trim().chars().take(300).collect();
    let user = match typed.as_str() {
        "" => None,
        id => match UserId::parse(id) {
            Ok(id) => Some(id),
            Err(e) => {
                let error = format!("That user ID can't be looked up: {e}.");
                let status = StatusCode::UNPROCESSABLE_ENTITY;
                return show_directory(&st, v, status, None, typed, Some(error)).await;
            }
        },
    };
    let lines = crate::cli::directory::probe(&st, &v.t.tenant, user.as_ref()).await;
    let failed = lines.iter().filter(|(_, c)| c.is_failed()).count();
    let detail = format!("{} checks, {failed} failed", lines.len());
    v.flow_ctx(&st)
        .audit(&admin.login, "admin_directory_tested", "success", &detail)
        .await;
    let tested = lines
        .into_iter()
        .map(|(what, check)| CheckView {
            what,
            label: check.label(),
            detail: check.detail().to_string(),
        })
        .collect();
    show_directory(&st, v, StatusCode::OK, Some(tested), typed, None).await
}

/// Which target a page is about: `n` (from 1), or a new one of `kind` placed `at` the
/// start (`first`) or the end of the chain.
#[derive(Deserialize)]
pub struct Which {
    #[serde(default)]
    n: usize,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    at: String,
}

impl Which {
    fn is_new(&self) -> bool {
        self.n == 0
    }

    /// The form's address for this target.
    fn action(&self) -> String {
        if self.is_new() {
            format!("/admin/directory/target?kind={}&at={}", self.kind, self.at)
        } else {
            format!("/admin/directory/target?n={}", self.n)
        }
    }
}

/// The target a page is about (a blank one when new), if it can be edited.
fn target_of(directory: &DirectorySettings, which: &Which) -> Option<TargetSettings> {
    let target = if which.is_new() {
        directory_chain::blank(&which.kind)?
    } else {
        directory.targets.get(which.n - 1)?.clone()
    };
    (!matches!(target, TargetSettings::Embedded)).then_some(target)
}

/// The target's values as form text.
fn target_values(target: &TargetSettings) -> HashMap<&'static str, String> {
    match target {
        TargetSettings::Ldap(l) | TargetSettings::ActiveDirectory(l) => {
            values_of(&directory_fields::ldap(), &**l)
        }
        TargetSettings::Webhook(w) => values_of(&directory_fields::webhook(), w),
        TargetSettings::Embedded => HashMap::new(),
    }
}

fn values_of<T>(fields: &[Field<T>], settings: &T) -> HashMap<&'static str, String> {
    fields.iter().map(|f| (f.key, (f.get)(settings))).collect()
}

/// The form page for a target.
fn target_page(
    page: PageCtx,
    which: &Which,
    target: &TargetSettings,
    values: &HashMap<&'static str, String>,
    problems: &[Problem],
) -> FormPage {
    let elsewhere = |p: &Problem| p.message.clone();
    let (fields, summary) = match target {
        TargetSettings::Webhook(_) => views(
            &directory_fields::webhook(),
            values,
            problems,
            None,
            elsewhere,
        ),
        _ => views(&directory_fields::ldap(), values, problems, None, elsewhere),
    };
    let (title, submit) = if which.is_new() {
        (
            format!("New target: {}", kind_name(target)),
            "Add this target",
        )
    } else {
        (format!("Target {}: {}", which.n, kind_name(target)), "Save")
    };
    FormPage {
        page,
        title,
        submit,
        summary: "Changes apply to the next sign-in, lookup and password write. Use Test connection on the directory page after saving.".into(),
        action: which.action(),
        back: ("/admin/directory".into(), "Directory"),
        fields,
        problems: summary,
        step_up: true,
        step_up_error: step_up_error(problems),
    }
}

/// GET /admin/directory/target?n=N.
pub async fn target(
    State(st): State<AppState>,
    Admin { v, .. }: Admin,
    Query(which): Query<Which>,
) -> Result<Response, AppError> {
    let Some(target) = target_of(&v.t.tenant.directory, &which) else {
        return no_target(&st, v).await;
    };
    let values = target_values(&target);
    let html = target_page(v.page(&st), &which, &target, &values, &[]);
    let response = render(StatusCode::OK, &html);
    v.finish(&st, response).await
}

pub(super) async fn no_target(st: &AppState, v: Visit) -> Result<Response, AppError> {
    v.message(
        st,
        StatusCode::NOT_FOUND,
        "There's no such directory target",
        &["The directory's settings may have changed since this page was opened."],
        Some(("/admin/directory", "Back to the directory")),
    )
    .await
}

/// The field a `validate()` message of the directory settings is about.
fn field_of(message: &str) -> &'static str {
    let m = message.to_ascii_lowercase();
    if m.contains("secret") {
        "secret"
    } else if m.contains("user_filter") {
        "user_filter"
    } else if m.contains("bind_dn") {
        "bind_dn"
    } else if m.contains("starttls is for") {
        "starttls"
    } else {
        "url"
    }
}

/// POST /admin/directory/target?n=N: applies the fields, checks the whole chain like
/// `sspr directory load`, asks for the password, saves and audits (secrets as "changed").
pub async fn save_target(
    State(st): State<AppState>,
    Admin { mut v, admin }: Admin,
    Query(which): Query<Which>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(form_value(&form, "csrf")) {
        return v.csrf_failed_to(&st, "/admin/directory").await;
    }
    let mut tenant = super::fresh_tenant(&st, &v).await?;
    let Some(before) = target_of(&tenant.directory, &which) else {
        return no_target(&st, v).await;
    };
    let targets = &mut tenant.directory.targets;
    let index = match (which.is_new(), which.at.as_str()) {
        (false, _) => which.n - 1,
        (true, "first") => 0,
        (true, _) => targets.len(),
    };
    if which.is_new() {
        targets.insert(index, before.clone());
    }
    let n = index + 1;
    let target = &mut targets[index];
    let (mut problems, changed, typed) = match (target, &before) {
        (
            TargetSettings::Ldap(l) | TargetSettings::ActiveDirectory(l),
            TargetSettings::Ldap(b) | TargetSettings::ActiveDirectory(b),
        ) => edit(&directory_fields::ldap(), &mut **l, &form, &**b),
        (TargetSettings::Webhook(w), TargetSettings::Webhook(b)) => {
            edit(&directory_fields::webhook(), w, &form, b)
        }
        _ => return no_target(&st, v).await,
    };
    if problems.is_empty() && directory_chain::address(&tenant.directory.targets[index]).is_empty()
    {
        problems.push(Problem {
            key: "url",
            message: "Enter the address.".into(),
        });
    }
    if problems.is_empty()
        && let Err(message) = tenant.directory.validate()
    {
        let message = message
            .split_once(": ")
            .map_or(message.as_str(), |(_, m)| m)
            .to_string();
        problems.push(Problem {
            key: field_of(&message),
            message,
        });
    }
    if problems.is_empty() && !changed.is_empty() {
        problems.extend(step_up::locks_out(&st, &v, &admin, &tenant).await);
        if problems.is_empty() {
            let password = form_value(&form, STEP_UP);
            problems.extend(step_up::refused(&st, &v, &admin, password).await?);
        }
    }
    if !problems.is_empty() {
        let html = target_page(v.page(&st), &which, &before, &typed, &problems);
        let response = render(StatusCode::UNPROCESSABLE_ENTITY, &html);
        return v.finish(&st, response).await;
    }
    if changed.is_empty() {
        v.session.data.admin_flash = Some("Nothing to save: the directory is as it was.".into());
        return v.redirect(&st, "/admin").await;
    }
    st.store.update_tenant(&tenant).await?;
    let kind = kind_name(&before);
    let (detail, flash) = if which.is_new() {
        (
            format!(
                "Directory: added target {n} ({kind}): {}",
                changed.join("; ")
            ),
            format!("Added: directory target {n} ({kind})."),
        )
    } else {
        (
            format!("Directory target {n} ({kind}): {}", changed.join("; ")),
            format!("Saved: directory target {n}."),
        )
    };
    v.flow_ctx(&st)
        .audit(&admin.login, "admin_directory_changed", "success", &detail)
        .await;
    v.session.data.admin_flash = Some(flash);
    v.redirect(&st, "/admin").await
}

/// The form applied to one target's settings: problems, the changes, and the typed values
/// (secrets never among them).
fn edit<T: Clone>(
    fields: &[Field<T>],
    settings: &mut T,
    form: &[(String, String)],
    before: &T,
) -> (Vec<Problem>, Vec<String>, HashMap<&'static str, String>) {
    let typed: HashMap<&'static str, String> =
        fields.iter().map(|f| (f.key, f.typed_in(form))).collect();
    let problems = apply(fields, settings, &typed);
    let changed = changes(fields, before, settings);
    // A refused form is drawn again from what was typed; a secret shows as it is saved.
    let mut shown = typed;
    for f in fields {
        if matches!(f.kind, super::fields::Kind::Secret) {
            shown.insert(f.key, (f.get)(before));
        }
    }
    (problems, changed, shown)
}
