//! The console's directory page: the tenant's chain of targets (secrets shown only as "set"),
//! a "Test connection" that runs the checks of `sspr directory test`, and a page per target
//! to change its settings with the validation of `sspr directory load`, after the admin's
//! password again.

use super::fields::{Field, apply, changes, form_value};
use super::form_page::{FormPage, STEP_UP, step_up_error, views};
use super::{Admin, step_up};
use super::{directory_chain, directory_fields};
use crate::directory::check::Check;
use crate::directory::settings::{DirectorySettings, TargetSettings};
use crate::domain::policy_check::Problem;
use crate::domain::user_id::UserId;
use crate::error::AppError;
use crate::i18n::{Lang, Text};
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
    kind: String,
    /// `(label, value)` facts; secrets only as "set".
    facts: Vec<(String, String)>,
    editable: bool,
    /// Why there is nothing to edit here, when there isn't.
    note: String,
}

/// One line of "Test connection".
struct CheckView {
    what: String,
    label: String,
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

pub(super) fn kind_name(lang: Lang, t: &TargetSettings) -> String {
    lang.t(match t {
        TargetSettings::Embedded => "target-kind-embedded",
        TargetSettings::Ldap(_) => "target-kind-ldap",
        TargetSettings::ActiveDirectory(_) => "target-kind-ad",
        TargetSettings::Webhook(_) => "target-kind-webhook",
        TargetSettings::Agent(_) => "target-kind-agent",
    })
}

fn target_view(lang: Lang, i: usize, t: &TargetSettings) -> TargetView {
    let set_or_not = |empty: bool| lang.t(if empty { "value-not-set" } else { "value-set" });
    let facts = match t {
        TargetSettings::Embedded => vec![],
        TargetSettings::Ldap(l) | TargetSettings::ActiveDirectory(l) => vec![
            (lang.t("target-fact-server"), l.url.clone()),
            (lang.t("target-fact-service-account"), l.bind_dn.clone()),
            (
                lang.t("target-fact-service-password"),
                set_or_not(l.bind_password.is_empty()),
            ),
            (lang.t("target-fact-users-under"), l.base_dn.clone()),
        ],
        TargetSettings::Webhook(w) => vec![
            (lang.t("target-fact-address"), w.url.clone()),
            (
                lang.t("target-fact-signing-secret"),
                set_or_not(w.secret.is_empty()),
            ),
        ],
        TargetSettings::Agent(a) => vec![(
            lang.t("target-fact-agent-wait"),
            lang.t1("amount-seconds", "n", a.timeout_secs),
        )],
    };
    TargetView {
        number: i + 1,
        kind: kind_name(lang, t),
        facts,
        editable: !matches!(t, TargetSettings::Embedded | TargetSettings::Agent(_)),
        note: match t {
            TargetSettings::Embedded => lang.t("directory-embedded-note"),
            TargetSettings::Agent(_) => lang.t("directory-agent-note"),
            _ => String::new(),
        },
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
            .map(|(i, t)| target_view(v.lang, i, t))
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
                let error = v.lang.t1(
                    "directory-test-bad-user-id",
                    "reason",
                    v.lang.t(e.message_key()),
                );
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
            label: v.lang.t(match check {
                Check::Passed(_) => "check-passed",
                Check::Note(_) => "check-note",
                Check::Failed(_) => "check-failed",
            }),
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
    (!matches!(target, TargetSettings::Embedded | TargetSettings::Agent(_))).then_some(target)
}

/// The target's values as form text.
fn target_values(target: &TargetSettings) -> HashMap<&'static str, String> {
    match target {
        TargetSettings::Ldap(l) | TargetSettings::ActiveDirectory(l) => {
            values_of(&directory_fields::ldap(), &**l)
        }
        TargetSettings::Webhook(w) => values_of(&directory_fields::webhook(), w),
        TargetSettings::Embedded | TargetSettings::Agent(_) => HashMap::new(),
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
    let lang = page.lang;
    let elsewhere = |p: &Problem| lang.text(&p.message);
    let (fields, summary) = match target {
        TargetSettings::Webhook(_) => views(
            lang,
            &directory_fields::webhook(),
            values,
            problems,
            None,
            elsewhere,
        ),
        _ => views(
            lang,
            &directory_fields::ldap(),
            values,
            problems,
            None,
            elsewhere,
        ),
    };
    let kind = kind_name(lang, target);
    let (title, submit) = if which.is_new() {
        (
            lang.t1("target-new-title", "kind", kind),
            lang.t("target-add-submit"),
        )
    } else {
        (
            lang.t2("target-title", "n", which.n, "kind", kind),
            lang.t("action-save"),
        )
    };
    FormPage {
        page,
        title,
        submit,
        summary: lang.t("target-about"),
        action: which.action(),
        back: ("/admin/directory".into(), lang.t("directory-title")),
        fields,
        problems: summary,
        step_up: true,
        step_up_error: step_up_error(lang, problems),
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
    v.say(
        st,
        StatusCode::NOT_FOUND,
        "target-missing-title",
        &["target-missing"],
        Some(("/admin/directory", "directory-back")),
    )
    .await
}

/// The field a `validate()` message of the directory settings is about.
fn field_of(message: &Text) -> &'static str {
    match message {
        Text::Msg { key, .. } => match *key {
            "target-webhook-secret-short" => "secret",
            "target-user-filter" => "user_filter",
            "target-dns-required" => "bind_dn",
            "target-starttls-ldaps" => "starttls",
            _ => "url",
        },
        Text::Verbatim(_) => "url",
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
    let address = directory_chain::address(v.lang, &tenant.directory.targets[index]);
    if problems.is_empty() && address.is_empty() {
        problems.push(Problem {
            key: "url",
            message: Text::new("target-address-missing"),
        });
    }
    if problems.is_empty()
        && let Err(message) = tenant.directory.validate()
    {
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
        v.session.data.admin_flash = Some(v.lang.t("directory-nothing-to-save"));
        return v.redirect(&st, "/admin").await;
    }
    st.store.update_tenant(&tenant).await?;
    let kind = kind_name(Lang::En, &before);
    let shown_kind = kind_name(v.lang, &before);
    let (detail, flash) = if which.is_new() {
        (
            format!(
                "Directory: added target {n} ({kind}): {}",
                changed.join("; ")
            ),
            v.lang.t2("target-added-flash", "n", n, "kind", shown_kind),
        )
    } else {
        (
            format!("Directory target {n} ({kind}): {}", changed.join("; ")),
            v.lang.t1("target-saved-flash", "n", n),
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
