//! One handler pair for every policy page: the page shows each field with its meaning, value
//! and default; a save applies the page's fields to the policy as stored now, checks the whole
//! policy with the CLI's check, and either shows every problem next to its field (nothing
//! saved) or saves and audits a field-by-field before → after summary. A section that decides
//! who is an admin asks for the admin's password again first.

use super::fields::{apply, changes, form_value};
use super::form_page::STEP_UP;
use super::form_page::{FormPage, step_up_error, views};
use super::sections::{SECTIONS, Section, section_of};
use super::{Admin, step_up};
use crate::domain::policy::Policy;
use crate::domain::policy_check::Problem;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::pages::{PageCtx, render};
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use std::collections::HashMap;

/// Draws a section with these values (as stored, or as typed after a refused save) and
/// problems.
fn page(
    page: PageCtx,
    section: &'static Section,
    values: &HashMap<&'static str, String>,
    problems: &[Problem],
) -> FormPage {
    let lang = page.lang;
    let fields = (section.fields)();
    let elsewhere = |p: &Problem| match section_of(p.key) {
        Some(other) => lang.t2(
            "problem-on-page",
            "page",
            lang.t(other.title),
            "problem",
            lang.text(&p.message),
        ),
        None => lang.text(&p.message),
    };
    let default = Policy::default();
    let (fields, problems_shown) =
        views(lang, &fields, values, problems, Some(&default), elsewhere);
    FormPage {
        title: lang.t(section.title),
        summary: lang.t(section.summary),
        action: format!("/admin/policy/{}", section.slug),
        back: ("/admin".into(), lang.t("admin-console")),
        fields,
        problems: problems_shown,
        step_up: section.step_up,
        step_up_error: step_up_error(lang, problems),
        submit: lang.t("action-save"),
        page,
    }
}

/// GET /admin/policy/{section}.
pub async fn show(
    st: AppState,
    Admin { v, .. }: Admin,
    section: &'static Section,
) -> Result<Response, AppError> {
    let policy = &v.t.tenant.policy;
    let values = (section.fields)()
        .iter()
        .map(|f| (f.key, (f.get)(policy)))
        .collect();
    let response = render(StatusCode::OK, &page(v.page(&st), section, &values, &[]));
    v.finish(&st, response).await
}

/// POST /admin/policy/{section}.
pub async fn save(
    st: AppState,
    Admin { mut v, admin }: Admin,
    section: &'static Section,
    form: Vec<(String, String)>,
) -> Result<Response, AppError> {
    if !v.csrf_ok(form_value(&form, "csrf")) {
        return v.csrf_failed_to(&st, "/admin").await;
    }
    let mut tenant = super::fresh_tenant(&st, &v).await?;
    let fields = (section.fields)();
    let typed: HashMap<&'static str, String> =
        fields.iter().map(|f| (f.key, f.typed_in(&form))).collect();
    let before = tenant.policy.clone();
    let mut problems = apply(&fields, &mut tenant.policy, &typed);
    if problems.is_empty() {
        problems = tenant.policy.problems();
    }
    let changed = changes(&fields, &before, &tenant.policy);
    if problems.is_empty() && section.step_up && !changed.is_empty() {
        problems.extend(step_up::locks_out(&st, &v, &admin, &tenant).await);
        if problems.is_empty() {
            let password = form_value(&form, STEP_UP);
            problems.extend(step_up::refused(&st, &v, &admin, password).await?);
        }
    }
    if !problems.is_empty() {
        let html = page(v.page(&st), section, &typed, &problems);
        let response = render(StatusCode::UNPROCESSABLE_ENTITY, &html);
        return v.finish(&st, response).await;
    }
    if changed.is_empty() {
        v.session.data.admin_flash = Some(v.lang.t1(
            "flash-nothing-to-save",
            "page",
            v.lang.t(section.title),
        ));
        return v.redirect(&st, "/admin").await;
    }
    st.store.update_tenant(&tenant).await?;
    let detail = format!("{}: {}", Lang::En.t(section.title), changed.join("; "));
    v.flow_ctx(&st)
        .audit(&admin.login, "admin_policy_changed", "success", &detail)
        .await;
    v.session.data.admin_flash = Some(v.lang.t1("flash-saved", "page", v.lang.t(section.title)));
    v.redirect(&st, "/admin").await
}

/// Every setting that differs, page by page: "Page: Label: before → after".
pub fn policy_changes(before: &Policy, after: &Policy) -> Vec<String> {
    SECTIONS
        .iter()
        .filter_map(|section| {
            let changed = changes(&(section.fields)(), before, after);
            (!changed.is_empty())
                .then(|| format!("{}: {}", Lang::En.t(section.title), changed.join("; ")))
        })
        .collect()
}

/// The router's routes for every section.
pub fn routes(router: axum::Router<AppState>) -> axum::Router<AppState> {
    use axum::routing::get;
    SECTIONS.iter().fold(router, |router, section| {
        let path = format!("/admin/policy/{}", section.slug);
        router.route(
            &path,
            get(move |State(st): State<AppState>, admin: Admin| show(st, admin, section)).post(
                move |State(st): State<AppState>,
                      admin: Admin,
                      Form(form): Form<Vec<(String, String)>>| {
                    save(st, admin, section, form)
                },
            ),
        )
    })
}
